"""Questions about documents themselves: a document named by 文号 or title (its goals, what it is for,
its measures), and the documents of a province, a year or a kind, each named by title, year and
issuer with its goals and measures counted.

>>> from kg.ask.answers import Context
>>> from kg.ask.index import Index
>>> from kg.ask.records import DocumentRow, ItemRow, Rows
>>> from kg.ask.scope import Scope
>>> rows = Rows(documents=[DocumentRow("d", "p", "a.txt", "专利代理条例", "国令第706号", "国务院", year=2018)])
>>> rows.items.append(ItemRow("g1", "goal", "规范专利代理行为", "为了规范专利代理行为，制定本条例。", 0, "article", "d"))
>>> index = Index.of_rows([rows])
>>> document_answer(Context.of(index, "专利代理条例的目的", Scope(documents=("专利代理条例",))), "goals").heading
'《专利代理条例》（国令第706号，2018年，国务院）：1 个目标，0 项举措'
"""

from __future__ import annotations

import json
from dataclasses import replace

from kg.ask.answers import MAX_GROUPS, Answer, Context, Group, Line, finish, goal_groups, line_of, not_found
from kg.ask.keys import normalize
from kg.ask.records import DocumentRow, Item

LEVELS = {"article": 0, "section": 1, "thesis": 2, "item": 3, "action": 4}
SHOWN = 40  # goals listed for a document
BRIEF = 3000  # goals and measures: measures asked of more, naming no goal nor documents, of more documents than one
# answer lists (MAX_GROUPS), are answered by the largest goals
EVERY = "图中全部文件"  # where a question that limits no documents is answered
LARGEST = 10  # goals of such a brief answer


def document_answer(ctx: Context, intent: str) -> Answer:
    """Each document of the question's scope: its goals (the document's own first, then its headings and
    the purposes it states), or with intent "measures" its top goals with the measures under each.

    >>> from kg.ask.scope import Scope
    >>> ctx = Context.of_text("发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。二是培育量子科技、生物制造等未来产业。\\n")
    >>> ctx = Context.of(ctx.index, "", Scope(documents=("发展数字经济",)))
    >>> document_answer(ctx, "goals").heading
    '《发展数字经济》（张三 李四）：1 个目标，2 项举措'
    >>> [(g.label, [line.label for line in g.lines]) for g in document_answer(ctx, "measures").groups]
    [('发展数字经济', ['加快建设数据中心', '培育量子科技、生物制造等未来产业'])]
    """
    documents = ctx.index.documents("id IN (SELECT value FROM json_each(?))", _ids(ctx)) if ctx.docs else []
    if not documents:
        return not_found(ctx, intent, [], heading=f"图中没有这样的文件（{ctx.where or '没有符合的文件'}）")
    if intent == "measures" and len(documents) == 1:
        return _measures(ctx, documents[0])
    ids = dict(zip((d.node for d in documents), ctx.index.doc_ids(d.node for d in documents), strict=True))
    counts = {doc: (goals or 0, measures or 0) for doc, goals, measures in ctx.index.rows(
        "SELECT doc, SUM(kind = 0), SUM(kind = 1) FROM items WHERE doc IN (SELECT value FROM json_each(?)) GROUP BY doc",
        json.dumps(list(ids.values())))}
    if (intent == "measures" and ctx.where == EVERY and len(documents) > MAX_GROUPS
            and sum(map(sum, counts.values())) > BRIEF):  # not one document of the list left out
        return _largest(ctx, list(ids.values()), counts)
    groups = [_document_group(ctx, document, ids[document.node], counts.get(ids[document.node], (0, 0)),
                              read=i < MAX_GROUPS) for i, document in enumerate(documents)]
    if len(groups) == 1:
        heading = f"{groups[0].label}：{groups[0].note}"
    else:
        heading = (f"{len(groups)} 份文件（{ctx.where.removeprefix('限于').split('（')[0]}），"
                   f"共 {sum(g.count for g in groups)} 个目标、{sum(m for _, m in counts.values())} 项举措")
    return finish(ctx, intent, heading, groups, [])


def _largest(ctx: Context, ids: list[int], counts: dict[int, tuple[int, int]]) -> Answer:
    """Measures asked of many documents with no goal named (关于中国，有哪些举措; 2025年有哪些举措): too many to list,
    so the headings of the documents that most measures support, each with its measures, and how to ask for one."""
    labels: dict[str, tuple[str, set[int]]] = {}  # a heading's label -> its largest node, the documents using it
    for node, label, doc in ctx.index.rows("""SELECT node, label, doc FROM items WHERE kind = 0 AND level = 'section'
                                              AND doc IN (SELECT value FROM json_each(?)) ORDER BY count DESC, rank""",
                                           json.dumps(ids)):
        if normalize(label) in labels or len(labels) < LARGEST:
            labels.setdefault(normalize(label), (node, set()))[1].add(doc)
    shared = {node: len(docs) for node, docs in labels.values() if len(docs) > 1}
    groups = sorted((replace(g, note="；".join(p for p in (g.note, f"{shared[g.node]} 份文件有此标题") if p))
                     if g.node in shared else g for g in goal_groups(ctx, [node for node, _ in labels.values()])),
                    key=lambda g: -g.count)
    where = ctx.where.removeprefix("限于").split("（")[0] or EVERY
    heading = (f"问题没有写出目标或主题：{len(ids)} 份文件（{where}）共 {sum(g for g, _ in counts.values())} 个目标、"
               f"{sum(m for _, m in counts.values())} 项举措，不一一列出；"
               f"下面是举措最多的 {len(groups)} 个标题目标（同名的标题只列一次）及其举措")
    ask = f"要看一个目标或主题的举措，请写出它，例如：哪些举措支撑{groups[0].label}？（或：X有哪些举措？）" if groups else ""
    return finish(ctx, "measures", heading, groups, [], ask)


def _document_group(ctx: Context, document: DocumentRow, doc: int, counted: tuple[int, int], *, read: bool) -> Group:
    """A document with its goals counted, and listed (the document's own first, then its headings and the purposes
    it states) where the answer shows it (``read``)."""
    goals = sorted(ctx.index.in_documents([doc], "goal"), key=lambda i: (LEVELS.get(i.level, 5), i.start)) if read else []
    note = f"{counted[0]} 个目标，{counted[1]} 项举措" + (f"（列出前 {SHOWN} 个目标）" if counted[0] > SHOWN else "")
    return Group(document.node, "article", document.name, document.name, goals[0].quote if goals else "", counted[0],
                 tuple(_goal_line(g) for g in goals[:SHOWN]), note)


def _measures(ctx: Context, document: DocumentRow) -> Answer:
    """A document's measures, under the goals of its title and headings (each with the measures under it)."""
    items = ctx.index.in_documents(ctx.index.doc_ids([document.node]))
    heads = [i for i in items if i.kind == "goal" and i.level in ("article", "section")]
    groups = goal_groups(ctx, [i.node for i in heads]) if heads else []
    measures = sum(i.kind == "measure" for i in items)
    goals = sum(i.kind == "goal" for i in items)
    heading = f"{document.name}：{goals} 个目标，{measures} 项举措（按文件及各部分的目标列出）"
    return finish(ctx, "measures", heading, groups, [])


def _goal_line(goal: Item) -> Line:
    level = {"article": "文件的目标", "section": "标题", "thesis": "目的"}.get(goal.level, "目标")
    return line_of(goal, f"{level}（{goal.count} 项举措）")


def _ids(ctx: Context) -> str:
    return json.dumps(ctx.docs or [])
