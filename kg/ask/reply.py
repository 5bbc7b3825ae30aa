"""``policykg ask``: a question to an answer read from the index of the graph.

The question is read by its cues (:mod:`kg.ask.questions`), its documents found
(:mod:`kg.ask.scope`), its names resolved in tiers (:mod:`kg.ask.names`); a name
that resolves to nothing as a whole is searched for the names it holds (the
subjects inside it, longest first), and a question without a known cue is
answered with everything about its subject. Nothing is refused that the graph
holds.

>>> from kg.extract import extract_document
>>> from kg.model import Source
>>> from kg.ask.records import document_rows
>>> index = Index.of_rows([document_rows(extract_document(Source("a.txt", "发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。\\n")))])
>>> [line.label for line in answer(index, "哪些举措支撑发展数字经济？").lines]
['加快建设数据中心']
>>> answer(index, "数字经济有多少项举措？").heading
'「数字经济」：1 个目标的名称含它，共 1 项举措'
>>> answer(index, "Which measures support 发展数字经济?").intent
'measures'
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from kg.ask.agencies import agencies_answer, lead_answer, tasks_answer
from kg.ask.answers import (
    Answer,
    Context,
    Group,
    Match,
    finish,
    goals_answer,
    measures_answer,
    measures_groups,
    not_found,
    resolve_statements,
    totals_answer,
)
from kg.ask.appearance import articles_answer
from kg.ask.compare import sides
from kg.ask.documents import EVERY, document_answer
from kg.ask.index import Index
from kg.ask.indexing import INDEX_NAME
from kg.ask.instruments import instrument_question, instruments_answer
from kg.ask.keys import normalize
from kg.ask.names import INNER, close, subjects_in
from kg.ask.questions import Question, parse_question
from kg.ask.relations import (
    applies_answer,
    classes_answer,
    concepts_answer,
    effects_answer,
    enables_answer,
    includes_answer,
    members_answer,
    pair_answer,
)
from kg.ask.scope import TITLED
from kg.errors import PolicyKGError

MODAL = re.compile(r"(?:能够|可以|应该|需要|能|会|可|应|要)$")  # a modal the name kept from the question's verb
MAX_QUESTION = 500  # characters: a question, not a document
KIND_WORDS = {"目标", "举措", "措施", "概念", "文章", "文件", "节点", "政策", "图谱", "图", "报告"}
HANDLERS: dict[str, Callable[[Context, str], Answer]] = {
    "measures": measures_answer,
    "goals": goals_answer,
    "concepts": concepts_answer,
    "includes": includes_answer,
    "enables": enables_answer,
    "classes": classes_answer,
    "effects": effects_answer,
    "applies": applies_answer,
    "lead": lead_answer,
    "tasks": tasks_answer,
}
_PREPARED: weakref.WeakKeyDictionary[Any, Index] = weakref.WeakKeyDictionary()


def prepare(store: Any, *, graph: Path | None = None) -> Index:
    """The index of a graph (a :class:`kg.graph.store.Store`): the file the build wrote in the store's folder
    when the store is the build's (or, given the ``graph`` file the store was read from, beside it when the
    same build wrote both), else made in memory from the graph, once per store.

    >>> from kg.graph.store import Store
    >>> store = Store.from_turtle(b"")
    >>> prepare(store).where, prepare(store) is prepare(store)
    ('memory', True)
    """
    index = _PREPARED.get(store)
    if index is None and graph is not None:
        from kg.graph.diskstore import mirror_of

        folder = mirror_of(graph) if graph.is_file() else None
        if folder is not None and (folder / INDEX_NAME).is_file():
            try:
                index = _PREPARED[store] = Index.open(folder / INDEX_NAME)
            except PolicyKGError:
                index = None
    if index is None:
        folder = getattr(store, "folder", None)
        path = Path(folder) / INDEX_NAME if folder is not None else None
        index = None
        if path is not None and path.is_file():
            try:
                index = Index.open(path)
            except PolicyKGError:
                index = None
        _PREPARED[store] = index = index or Index.of_graph(store)
    return index


def index_for(graph: Path) -> Index:
    """The index of the graph a command names: the build's file when the store beside ``graph`` mirrors it
    (or ``graph`` is the store), else made from the graph file (read into memory).

    >>> index_for(Path("no/such/graph.ttl"))
    Traceback (most recent call last):
    kg.errors.GraphError: no/such/graph.ttl: no graph here; run `policykg build` first (or pass --graph)
    """
    from kg.graph.diskstore import STORE_NAME, mirror_of, read_manifest

    folder = graph if graph.is_dir() else mirror_of(graph)
    if folder is not None and read_manifest(folder) is not None and (folder / INDEX_NAME).is_file():
        try:
            return Index.open(folder / INDEX_NAME)
        except PolicyKGError:
            if graph.is_dir():
                raise
    if graph.is_dir():
        raise PolicyKGError(f"{graph}: not a policykg store with an index of questions; run `policykg build`"
                            if graph.name == STORE_NAME else f"{graph}: a folder, not a graph file")
    from kg.graph.store import Store

    return prepare(Store.open(graph))


def answer(source: Index | Any, question: str) -> Answer:
    """Read ``question`` by its cues, resolve its names within its documents, and answer with quotes.

    >>> from kg.ask.records import document_rows
    >>> from kg.extract import extract_document
    >>> from kg.model import Source
    >>> text = "发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。要推进人工智能创新发展。\\n"
    >>> index = Index.of_rows([document_rows(extract_document(Source("a.txt", text)))])
    >>> answer(index, "哪些举措支撑发展数字经济？").heading
    '目标 发展数字经济（《发展数字经济》（张三 李四））由 2 项举措支撑'
    """
    question = question.strip()
    if not question:
        raise PolicyKGError("empty question; ask e.g. 哪些举措支撑现代化产业体系建设？")
    if len(question) > MAX_QUESTION:
        raise PolicyKGError(f"question too long: {len(question)} characters, at most {MAX_QUESTION}")
    index = source if isinstance(source, Index) else prepare(source)
    from kg.ask.history import history_answer

    if (across := history_answer(index, question)) is not None:  # first appearances, citations
        return across
    typed, question = question, simplified(question)
    found = _answered(index, question)
    if typed != question and not found.found:  # a title stored in traditional characters (廣州共產黨報告)
        as_typed = _answered(index, typed)
        written = any(not all(map(_simple, s)) for s in as_typed.suggestions)  # a name stored as typed is near
        return as_typed if as_typed.found or written else found
    return found


def _known(index: Index) -> Callable[[str], int]:
    """2 where the graph has a goal, measure or concept named ``name``, 1 where some name holds it, else 0."""
    def known(name: str) -> int:
        key = normalize(name)
        if index.exact(key, ("goal", "measure", "concept")):
            return 2
        return int(len(key) >= 3 and bool(index.keys_containing(key, limit=1)))
    return known


def _answered(index: Index, question: str) -> Answer:
    parsed = parse_question(question, known=_known(index))
    ctx = Context.of(index, question, parsed.scope)
    if (asked := instrument_question(question)) is not None:
        return instruments_answer(ctx, asked)
    if parsed.points_back and not parsed.names:
        return not_found(ctx, parsed.intent, [], heading="问题用「这项」「它」指向前文，没有写出要问的名称：请写出它的名称")
    if parsed.compare:
        return _compared(ctx, parsed)
    return _asked(ctx, parsed)


def _compared(ctx: Context, parsed: Question) -> Answer:
    """The answer of a question that asks to compare: each side (province, year, name) side by side where it names
    two or more, else the one thing's answer and a note that a comparison needs two."""
    if parsed.intent != "relation" and (two := sides(parsed.scope, ctx.question)):  # 广东和江苏在X上有什么区别
        each = [(label, Context.of(ctx.index, ctx.question, scope)) for label, scope in two]
        answers = [(label, _asked(side, parsed)) for label, side in each]
        if any(a.found for _, a in answers):  # neither side found: the one answer, with its suggestions, below
            return side_by_side(answers, sum(len(c.docs or ()) for _, c in each))
    if not parsed.names and not parsed.scope.limits:  # 比较一下: nothing named to compare
        return not_found(ctx, parsed.intent, [], heading="问题要对比，但没有写出对比的对象：请写出两个对象，如"
                         "两个省份（广东和江苏的数字经济有什么区别？）、两个年份（2024年和2025年的数字经济对比）或两个名称（数字经济和实体经济的比较）")
    found = _asked(ctx, parsed)
    if parsed.intent == "relation" and len(parsed.names) == 2 and not found.found:
        return _each_name(ctx, parsed.names) or found
    if parsed.intent != "relation" and len(parsed.names) == 1 and found.found:  # 对比分析X: one thing, and said so
        return replace(found, note="；".join(p for p in (found.note, one_thing(parsed.names[0])) if p))
    return found


def _each_name(ctx: Context, names: tuple[str, ...]) -> Answer | None:
    """Two names compared that the graph never relates nor mentions together (京津冀协同发展与长江经济带发展): what it
    holds of each, side by side; None when it holds neither."""
    each = [(name, _answer(ctx, "about", (name,), "", False)) for name in names]
    if not any(a.found for _, a in each):
        return None
    return side_by_side(each, len(ctx.docs) if ctx.docs is not None else len(ctx.index.documents()))


def _asked(ctx: Context, parsed: Question) -> Answer:
    """The answer of the question ``parsed`` within the documents of ``ctx``."""
    found = _answer(ctx, parsed.intent, parsed.names, parsed.scope.by, parsed.count)
    return replace(found, count_only=parsed.count and found.found and not found.count_only) \
        if found.intent != "count" else found


def _answer(ctx: Context, intent: str, names: tuple[str, ...], by: str, count: bool) -> Answer:
    if ctx.docs is not None and not ctx.docs:
        return not_found(ctx, intent, list(names), heading=f"图中没有符合的文件（{ctx.where}）")
    if not names or (count and names[0] in KIND_WORDS):
        if count or intent == "count":
            return totals_answer(ctx)
        if intent == "lead" and ctx.docs is not None:
            return agencies_answer(ctx)
        if intent in ("about", "goals", "measures", "members") or ctx.docs is not None:
            return document_answer(ctx if ctx.docs is not None else _every_document(ctx), intent)
        if intent == "articles" and by:  # 全国各地有哪些举措: asked by province, of nothing named
            return document_answer(_every_document(ctx), "measures")
        return not_found(ctx, intent, [])
    if intent == "relation" and len(names) == 2:
        return pair_answer(ctx, *names)
    document = _document_named(ctx, names[0])
    if document is not None and intent not in ("articles", "tasks"):
        return _of_document(document, intent)
    if intent == "articles":
        return articles_answer(ctx, names[0], by=by)
    return _about(ctx, intent, names[0], by, count)


def _of_document(document: Context, intent: str) -> Answer:
    """A question about one document the question names: its agencies (《…方案》由哪些部门负责), else its goals or
    measures."""
    if intent == "lead":
        return agencies_answer(document)
    return document_answer(document, "about" if intent == "members" else intent)


def _about(ctx: Context, intent: str, name: str, by: str, count: bool) -> Answer:
    """The answer of one intent about one name."""
    if intent == "about":
        return about_answer(ctx, name)
    if intent == "members":  # X有哪些: the members stated, else everything about X
        return members_answer(ctx, name) or about_answer(ctx, name)
    found = HANDLERS[intent](ctx, name)
    if found.found or intent in ("tasks",):
        return found
    if (bare := MODAL.sub("", name)) and bare != name:  # 数据能在哪些领域应用: 能 is no part of the name …
        without = _answer(ctx, intent, (bare,), by, count)
        if without.found:  # … where the name without it is known (新动能 keeps its 能)
            return without
    return _inside(ctx, intent, name) or found


def simplified(question: str) -> str:
    """``question`` in simplified characters where it is written in traditional ones (characters outside GB2312).

    >>> simplified("鄉村振興有哪些舉措"), simplified("乡村振兴有哪些举措")
    ('乡村振兴有哪些举措', '乡村振兴有哪些举措')
    """
    if all(_simple(ch) for ch in question):
        return question
    from kg.text.normalize import to_simplified

    return to_simplified(question)


def _simple(ch: str) -> bool:
    if not "\u4e00" <= ch <= "\u9fff":
        return True
    try:
        ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def _every_document(ctx: Context) -> Context:
    """The question limited to every document of the graph: a question that names nothing (有哪些目标, 本文讲了什么)
    asks about the documents as a whole."""
    nodes = [d.node for d in ctx.index.documents()]
    return replace(ctx, docs=ctx.index.doc_ids(nodes), nodes=frozenset(nodes), where=EVERY)


def _document_named(ctx: Context, name: str) -> Context | None:
    """The question limited to the document ``name`` is the title or 文号 of (exactly), or that a 《title》 of the
    question names within its title (《国家职业教育改革实施方案》 for 国务院关于印发国家职业教育改革实施方案的通知), if any."""
    entries = [e for e in ctx.index.exact(normalize(name), ("document",)) if ctx.keep(e)]
    nodes = list(dict.fromkeys(e.node for e in entries))
    if not nodes and any(name in t for t in TITLED.findall(ctx.question)) and len(key := normalize(name)) >= 4:
        nodes = [d.node for d in ctx.index.documents() if key in normalize(d.title)
                 and (ctx.docs is None or d.node in ctx.nodes)]
    if not nodes or ctx.index.exact(normalize(name), ("goal", "measure")):
        return None
    return replace(ctx, docs=ctx.index.doc_ids(nodes), nodes=frozenset(nodes),
                   where="；".join(p for p in (ctx.where, f"文件「{name}」") if p))


def _inside(ctx: Context, intent: str, name: str) -> Answer | None:
    """An answer for the names found inside ``name`` when ``name`` as a whole matched nothing."""
    found = [s for s in subjects_in(ctx.index, name) if s != normalize(name)]
    bare = normalize(name).replace("+", "").replace("×", "")  # AI+教育: the + is no part to cover
    if not found or 2 * sum(map(len, found)) < len(bare):  # 生产 is not what 新质生产力 asks about
        return None
    if close(ctx.index, normalize(name)):  # 乡村振光: a slip of 乡村振兴, offered, not 乡村 answered
        return None
    used = found[:2]
    inner = pair_answer(ctx, found[0], found[1], intent=intent, chain=False) if len(found) > 1 else None
    if inner is None or not inner.found:  # one name, or two the graph never puts together: the most specific
        tried = [(part, _answer(ctx, intent, (part,), "", False)) for part in sorted(found, key=len, reverse=True)[:3]]
        part, inner = max(((p, a) for p, a in tried if a.found), key=lambda pa: _near(ctx, pa, found), default=tried[0])
        used = [part]
    if not inner.found:
        return None
    note = f"图中没有名称含「{name}」；按问题中认出的名称「{'」「'.join(used)}」回答"
    matched = (Match(name, "subjects", "、".join(used)), *inner.matched)
    return replace(inner, note="；".join(p for p in (note, inner.note) if p), matched=matched)


def _near(ctx: Context, tried: tuple[str, Answer], names: list[str]) -> tuple[int, int]:
    """How well an answer for one of ``names`` keeps to the others: its groups in documents whose text holds
    another of them (绿色制造 for 绿色制造支撑体系, not a 支撑体系 of hospitals), then the fewer groups."""
    part, found = tried
    near: set[str] = set()
    for other in names:
        if other != part:
            near |= set(ctx.index.text_hits(other, ctx.docs))
    items = {i.node: i.document for i in ctx.index.items(g.node for g in found.groups[:60])}
    documents = {items.get(g.node, g.node) for g in found.groups[:60]}
    return len(documents & near), -len(found.groups)


def about_answer(ctx: Context, name: str) -> Answer:
    """A plain name: the goals it names with their measures, the measures with the goals they serve, the
    concept with what relates to it, the agency with its measures; with where its text appears.

    >>> ctx = Context.of_text("发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。二是培育量子科技、生物制造等未来产业。\\n")
    >>> about_answer(ctx, "数据中心").heading
    '举措 加快建设数据中心 服务于 1 个目标；与 数据中心 相关的概念 0 个；原文中出现在 1 份文件（1 处）'
    """
    parts: list[Answer] = []
    statements, kind = resolve_statements(ctx, name, ("goal", "measure"))
    if statements.found:
        parts.append(measures_groups(ctx, statements, kind, intent="about") if kind == "goal"
                     else goals_answer(ctx, name))
    concept = ctx.resolve(name, ("concept",))
    if concept.exact:
        if ctx.index.is_agency([e.node for e in concept.exact]):
            parts.append(tasks_answer(ctx, concept.used))
        parts.append(concepts_answer(ctx, concept.used))
    if not parts:
        return _unnamed(ctx, name)
    groups = [g for p in parts for g in p.groups]
    matched = [m for p in parts for m in p.matched]
    heading = "；".join(p.heading for p in parts)
    hits = _hits(ctx, statements.used if statements.how in ("exact", "contains") else normalize(name))
    if hits:
        heading += f"；原文中出现在 {len(hits)} 份文件（{sum(hits.values())} 处）"
    note = "；".join(dict.fromkeys(p.note for p in parts if p.note and p.note != ctx.where))
    return finish(ctx, "about", heading, groups, matched, note)


def _unnamed(ctx: Context, name: str) -> Answer:
    """A name that is no goal, measure or concept: the goals and measures quoting it where the scope's text holds it
    whole (2025年的湿地保护), else the names inside it, else where its text appears."""
    said = articles_answer(ctx, name)
    if any(line.kind in ("goal", "measure") for line in said.lines) and ctx.index.text_hits(normalize(name), ctx.docs):
        return replace(said, intent="about")
    return _inside(ctx, "about", name) or replace(said, intent="about")


def _hits(ctx: Context, key: str) -> dict[str, int]:
    """Where the text of the question's documents holds ``key``, with the writing without its inner + (文化+旅游,
    文化旅游)."""
    hits = dict(ctx.index.text_hits(key, ctx.docs))
    if INNER.search(key):
        for doc, n in ctx.index.text_hits(INNER.sub("", key), ctx.docs).items():
            hits[doc] = hits.get(doc, 0) + n
    return hits


def measures_for(source: Index | Any, name: str) -> Answer:
    """``policykg measures GOAL``: the measures for every goal ``name`` matches; a miss is an error naming the
    closest names.

    >>> from kg.ask.records import document_rows
    >>> from kg.extract import extract_document
    >>> from kg.model import Source
    >>> text = "发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。要推进人工智能创新发展。\\n"
    >>> index = Index.of_rows([document_rows(extract_document(Source("a.txt", text)))])
    >>> measures_for(index, "数字经济").heading
    '「数字经济」：1 个目标的名称含它，共 2 项举措'
    >>> measures_for(index, "海洋牧场")
    Traceback (most recent call last):
    kg.errors.NotFoundError: no goal or measure matches '海洋牧场'
    """
    from kg.errors import NotFoundError

    index = source if isinstance(source, Index) else prepare(source)
    found = measures_answer(Context(index, name), name)
    if not found.found:
        close = "、".join(found.suggestions[:5])
        raise NotFoundError(f"no goal or measure matches {name!r}" + (f"; did you mean: {close}" if close else ""))
    return found


def side_by_side(parts: list[tuple[str, Answer]], documents: int) -> Answer:
    """One answer of the answers for each side of a comparison (of ``documents`` documents in all): each side's
    heading, then its groups (a group both sides share, a concept, once).

    >>> from kg.ask.answers import Group
    >>> a = Answer("q", "2 项举措", (), "measures", groups=(Group("n1", "measure", "甲", "", "", 1),))
    >>> b = Answer("q", "没有", (), "measures", found=False)
    >>> found = side_by_side([("广东省", a), ("江苏省", b)], 3)
    >>> found.heading, [g.label for g in found.groups], found.found
    ('对比 广东省、江苏省（3 份文件）：广东省——2 项举措；江苏省——没有', ['甲'], True)
    """
    first = parts[0][1]
    seen: set[str] = set()
    groups: list[Group] = []
    for _, part in parts:
        for group in part.groups:
            if group.node not in seen:
                seen.add(group.node)
                groups.append(group)
    lines = {(line.node or line.label): line for _, part in parts for line in part.lines}
    heading = (f"对比 {'、'.join(label for label, _ in parts)}（{documents} 份文件）："
               + "；".join(f"{label}——{part.heading}" for label, part in parts))
    notes = "；".join(dict.fromkeys(p for _, part in parts for p in part.note.split("；") if p))
    return replace(first, heading=heading, groups=tuple(groups), lines=tuple(lines.values()), note=notes,
                   found=any(part.found for _, part in parts), more=sum(part.more for _, part in parts),
                   suggestions=() if any(part.found for _, part in parts) else first.suggestions)


def one_thing(name: str) -> str:
    """The note of a comparison that names one thing: what is answered, and how to ask for a comparison.

    >>> one_thing("职业教育")[:21]
    '问题要对比，但只写出了一个对象「职业教育」'
    """
    return (f"问题要对比，但只写出了一个对象「{name}」：以下是关于它本身的回答；要对比，请写出两个对象，"
            f"如两个省份（广东和江苏的{name}有什么区别？）、两个年份（2024年和2025年的{name}对比）或两个名称（{name}和X的比较）")
