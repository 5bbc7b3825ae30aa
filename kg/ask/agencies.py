"""Agencies: which department leads a measure (pol:leadAgency) and which take part
(pol:responsibleAgency), and which measures an agency leads or takes part in.

>>> from kg.ask.answers import Context
>>> from kg.ask.index import Index
>>> from kg.ask.records import DocumentRow, ItemRow, Rows
>>> rows = Rows(documents=[DocumentRow("d", "p", "a.txt", "意见")])
>>> rows.items.append(ItemRow("m1", "measure", "完善农机装备创新体系", "完善农机装备创新体系。", 0, "item", "d"))
>>> rows.concept("a1", "工业和信息化部"); rows.agencies.append(("m1", "a1", True))
>>> index = Index.of_rows([rows])
>>> lead_answer(Context(index, "谁牵头"), "完善农机装备创新体系").heading
'举措 完善农机装备创新体系 由 工业和信息化部 牵头'
>>> tasks_answer(Context(index, "工信部牵头哪些"), "工业和信息化部").heading
'工业和信息化部：牵头 1 项举措'
"""

from __future__ import annotations

from kg.ask.answers import (
    Answer,
    Context,
    Group,
    Line,
    Match,
    finish,
    how_of,
    line_of,
    match_of,
    not_found,
    resolve_statements,
)
from kg.ask.records import Item


def lead_answer(ctx: Context, name: str) -> Answer:
    """The agencies of every measure ``name`` matches: stated with the measure itself, else with the nearest
    measure or heading above it (said so).

    >>> text = "发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。二是培育量子科技、生物制造等未来产业。\\n"
    >>> ctx = Context.of_text(text)
    >>> lead_answer(ctx, "加快建设数据中心").heading
    '图中没有写明 举措 加快建设数据中心 由哪个部门牵头或负责'
    """
    resolution, kind = resolve_statements(ctx, name, ("measure", "goal"))
    if not resolution.found:
        return not_found(ctx, "lead", [name], kinds=("goal", "measure"))
    nodes = list(dict.fromkeys(e.node for e in resolution.entries))[:60]
    own = ctx.index.agencies_of(nodes)
    groups = [_agency_group(ctx, item, own.get(item.node, [])) for item in ctx.index.items(nodes)]
    stated = [g for g in groups if g.lines]
    if len(groups) == 1:
        heading = _one_heading(groups[0])
    else:
        heading = (f"「{resolution.used}」：{len(groups)} 项{_kind(kind)}的名称含它，其中 {len(stated)} 项写明了牵头或负责部门")
    return finish(ctx, "lead", heading, stated or groups, [match_of(resolution, kind)], how_of(resolution))


def _agency_group(ctx: Context, item: Item, agencies: list[tuple[str, bool]]) -> Group:
    """An item's agencies: its own, else those of the nearest measure or heading above it (said so)."""
    via = None
    if not agencies:
        for above, _ in ctx.index.above(item.node):
            agencies = ctx.index.agencies_of([above.node]).get(above.node, [])
            if agencies:
                via = above
                break
    lines = tuple(Line(label, (via or item).quote, item.article, "牵头" if lead else "参与", "", "agency")
                  for label, lead in agencies)
    note = f"写在上级举措「{via.label}」处" if via else ""
    return Group(item.node, item.kind, item.label, item.article, item.quote, len(lines), lines, note)


def _one_heading(g: Group) -> str:
    leads = "、".join(line.label for line in g.lines if line.relation == "牵头")
    others = [line.label for line in g.lines if line.relation != "牵头"]
    if leads:
        heading = f"{_kind(g.kind)} {g.label} 由 {leads} 牵头" + (f"，{'、'.join(others)} 参与" if others else "")
    elif others:
        heading = f"{_kind(g.kind)} {g.label} 没有写明牵头部门；负责部门：{'、'.join(others)}"
    else:
        heading = f"图中没有写明 {_kind(g.kind)} {g.label} 由哪个部门牵头或负责"
    return heading + (f"（{g.note}）" if g.note else "")


def _kind(kind: str) -> str:
    return "目标" if kind == "goal" else "举措"


def tasks_answer(ctx: Context, name: str) -> Answer:
    """The measures the agency ``name`` leads, then those it takes part in.

    >>> text = "发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。二是培育量子科技、生物制造等未来产业。\\n"
    >>> ctx = Context.of_text(text)
    >>> tasks_answer(ctx, "发展改革委").heading
    '图中没有「发展改革委」'
    """
    resolution = ctx.resolve(name, ("concept",))
    agencies = ctx.index.is_agency([e.node for e in resolution.exact]) or ctx.index.is_agency(
        [e.node for e in resolution.entries])
    if not agencies:
        return not_found(ctx, "tasks", [name], kinds=("concept",),
                         heading=f"图中没有写明「{name}」牵头或负责的举措" if resolution.found else "")
    return _tasks(ctx, agencies, [match_of(resolution, "concept")], how_of(resolution))


def agencies_answer(ctx: Context) -> Answer:
    """Every agency that leads or takes part in a measure of the question's documents, with those measures
    (国发〔2019〕5号的牵头部门有哪些).

    >>> text = "发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。\\n"
    >>> agencies_answer(Context.of_text(text)).found
    False
    """
    agencies = ctx.index.agencies_in(ctx.docs or [])
    if not agencies:
        return not_found(ctx, "lead", [], heading=f"图中没有写明牵头或负责部门（{ctx.where or '全部文件'}）")
    return _tasks(ctx, agencies[:40], [], "", intent="lead")


def _tasks(ctx: Context, agencies: list[str], matched: list[Match], how: str, *, intent: str = "tasks") -> Answer:
    tasks = [(item, label, lead) for item, label, lead in ctx.index.tasks_of(agencies) if ctx.docs is None
             or item.document in ctx.nodes]
    groups = []
    labels = ctx.index.concept_labels(agencies)
    for agency in agencies:
        label = labels[agency]
        mine = [(item, lead) for item, who, lead in tasks if who == label]
        led = [line_of(item, "牵头") for item, lead in mine if lead]
        part = [line_of(item, "参与") for item, lead in mine if not lead]
        groups.append(Group(agency, "agency", label, "", "", len(led) + len(part), tuple(led + part),
                            f"牵头 {len(led)} 项，参与 {len(part)} 项"))
    parts = []
    for g in groups:
        leads = sum(line.relation == "牵头" for line in g.lines)
        others = len(g.lines) - leads
        parts.append(f"{g.label}：牵头 {leads} 项举措" + (f"，参与 {others} 项" if others else ""))
    return finish(ctx, intent, "；".join(parts), groups, matched, how)
