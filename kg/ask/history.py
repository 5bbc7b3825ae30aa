"""Questions across documents and years: when a term first appeared (新质生产力第一次出现在哪一年), and which
documents a document relies on (国办发〔2019〕6号依据了哪些文件; 这份文件 when the graph holds one document).

>>> from kg.ask.index import Index
>>> from kg.ask.records import CitationRow, DocumentRow, Rows
>>> doc = DocumentRow("d", "p", "a.txt", "关于落实的意见", "国办发〔2019〕6号", "国务院办公厅", year=2019)
>>> rows = Rows(text="根据《中华人民共和国专利法》，做好工作。", documents=[doc],
...             citations=[CitationRow("d", "中华人民共和国专利法", "", "根据", "根据《中华人民共和国专利法》，做好工作。", 0)])
>>> found = history_answer(Index.of_rows([rows]), "国办发〔2019〕6号依据了哪些文件？")
>>> found.heading, [line.label for line in found.lines]
('《关于落实的意见》（国办发〔2019〕6号，2019年，国务院办公厅）依据或引用了 1 份文件，0 份在图中', ['《中华人民共和国专利法》'])
"""

from __future__ import annotations

import re

from kg.ask.answers import Answer, Context, Group, Line, Match, finish, not_found
from kg.ask.index import Index
from kg.ask.records import DocumentRow
from kg.ask.scope import scope_of
from kg.ask.trends import diffusion
from kg.extract.citations import cited_key, number_key
from kg.graph.citations import ATTACHED, Known, keys_of, resolver
from kg.text.normalize import matching_text

__all__ = ["history_answer"]

FIRST = re.compile(r"(?:第一次|首次|最早|最先|最初)(?:是在|在)?(?:出现|提出|提到|提及|写入|使用)|"
                   r"(?:什么时候|何时|哪一年|哪年)(?:开始|首次|第一次|最早)?(?:出现|提出|提到|写入)")
CITES = re.compile(r"(?:依据|根据|引用|援引|参照|按照|依照)了?(?:哪些|什么|哪几份|哪几个|哪几部|哪份|几份|多少)"
                   r"(?:文件|法律|法规|规定|政策|规划|文本)")
THIS = re.compile(r"这份文件|这个文件|这篇文件|本文件|该文件|这份报告|本文|这篇文章")
FRAME = re.compile(r"^(?:请问|请告诉我|告诉我)?|(?:第一次|首次|最早|最先|最初|是在|在|什么时候|何时|哪一年|哪年|开始|出现|提出|提到|"
                   r"提及|写入|使用|是|的|了|？|\?|。|政府工作报告|文件)+$")


def history_answer(index: Index, question: str) -> Answer | None:
    """The answer to a question of first appearance or of citations, or None for any other question.

    >>> history_answer(Index.of_names([("数据中心", "measure")]), "哪些举措支撑发展数字经济？") is None
    True
    """
    if CITES.search(question):
        return _citations(index, question)
    if FIRST.search(question):
        return _first(index, question)
    return None


def _first(index: Index, question: str) -> Answer:
    scope, rest = scope_of(question)
    # the term stands before the cue (X第一次出现在哪一年), else after it (哪一年第一次提到X)
    term = next((t for piece in FIRST.split(rest) if (t := FRAME.sub("", piece).strip("的在 ？?。"))), "")
    ctx = Context.of(index, question, scope)
    if not term:
        return not_found(ctx, "first", [])
    firsts = [f for f in diffusion(index, term, kind="") if f.year is not None]
    if not firsts:
        return not_found(ctx, "first", [term])
    earliest = min(firsts, key=lambda f: (f.year or 0, f.scope != "national"))
    groups = [Group(f.document, "article", _where(f.scope), f.document, f.quote, f.year or 0,
                    (Line(f"{f.year}年 {f.document}", f.quote, f.document, f"首次出现（{_where(f.scope)}）"),))
              for f in firsts]
    national = next((f for f in firsts if f.scope == "national"), None)
    heading = f"「{term}」最早出现在 {earliest.year} 年：{earliest.document}" + (
        f"；全国性文件中首次出现于 {national.year} 年" if national and national is not earliest else "") + (
        f"；{len(firsts) - 1 if national else len(firsts)} 个省份的文件也提到了它" if len(firsts) > 1 else "")
    return finish(ctx, "first", heading, groups, [Match(term, "quote", term, "", len(groups))],
                  note="按文件年份，各文件全文中第一次出现之处")


def _where(scope: str) -> str:
    return "全国" if scope == "national" else scope


def _citations(index: Index, question: str) -> Answer:
    scope, _ = scope_of(question)
    ctx = Context.of(index, question, scope)
    if ctx.docs is None:
        named = _named(index, question)
        if named is None:
            return not_found(ctx, "citations", [], heading="请指明文件（文号或《标题》），例如：国办发〔2019〕6号依据了哪些文件？")
        ctx = named
    if not ctx.docs:
        return not_found(ctx, "citations", [], heading=f"图中没有这样的文件（{ctx.where}）")
    known = _known(index)
    groups = [_cited_by(index, document, known)
              for document in index.documents("id IN (SELECT value FROM json_each(?))", _ids(ctx.docs))]
    heading = (f"{groups[0].label}依据或引用了 {groups[0].count} 份文件，{groups[0].note.split('，')[1]}" if len(groups) == 1
               else f"{len(groups)} 份文件共依据或引用了 {sum(g.count for g in groups)} 份文件")
    return finish(ctx, "citations", heading, groups, [])


def _known(index: Index) -> dict[str, DocumentRow]:
    """Key (文号 or title) -> the one document of the graph it names."""
    documents = {d.node: d for d in index.documents()}
    return {k: documents[n] for k, n in resolver(Known(d.node, d.title, d.identifier) for d in documents.values()).items()}


def _cited_by(index: Index, document: DocumentRow, known: dict[str, DocumentRow]) -> Group:
    """The documents ``document`` cites, each once (with the first sentence that cites it), attachments and
    the document itself left out."""
    own = set(keys_of(Known(document.node, document.title, document.identifier)))
    cited: dict[str, Line] = {}
    for _, title, identifier, frame, quote, _ in index.citations(index.doc_ids([document.node])):
        keys = _keys(title, identifier)
        target = next((known[k] for k in keys if k in known), None)
        if (target is not None and target.node == document.node) or ATTACHED.search(matching_text(quote)) or set(keys) & own:
            continue
        label = target.name if target else (f"《{title}》" if title else identifier)
        relation = "图中的文件" if target else "图外的文件"
        cited.setdefault(label, Line(label, quote, document.name, f"{frame or '引用'}（{relation}）",
                                     target.node if target else "", "article"))
    lines = tuple(cited.values())
    inside = sum(1 for line in lines if line.node)
    return Group(document.node, "article", document.name, document.name, "", len(lines), lines,
                 f"{len(lines)} 份文件，{inside} 份在图中")


def _keys(title: str, identifier: str) -> list[str]:
    """The keys a citation is resolved by: its 文号, then its title."""
    return [*(["no:" + number_key(identifier)] if identifier else []), *(["title:" + cited_key(title)] if title else [])]


def _named(index: Index, question: str) -> Context | None:
    """这份文件: the one document of a graph that holds one."""
    if THIS.search(question):
        documents = index.documents()
        if len(documents) == 1:
            return Context(index, question, docs=index.doc_ids([documents[0].node]),
                           nodes=frozenset([documents[0].node]), where=f"文件{documents[0].name}")
    return None


def _ids(docs: list[int]) -> str:
    import json

    return json.dumps(docs)
