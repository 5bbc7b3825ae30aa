"""Concepts and how things relate: the concepts related to X, what X includes, what drives X, and two
subjects together (their stated relations, the goals named with both, the statements that mention
both), each from the stated concept relations (pol:includes, pol:enables, pol:integratesWith,
pol:appliesTo) with their quotes; when the graph states none, the answer says so.

>>> from kg.ask.answers import Context
>>> from kg.ask.index import Index
>>> from kg.ask.records import DocumentRow, RelationRow, Rows
>>> rows = Rows(documents=[DocumentRow("d", "p", "a.txt", "意见")])
>>> rows.concept("c1", "未来产业"); rows.concept("c2", "量子科技")
>>> rows.relations.append(RelationRow("c1", "includes", "c2", "未来产业包括量子科技等。", "d"))
>>> index = Index.of_rows([rows])
>>> found = includes_answer(Context(index, "未来产业包括哪些"), "未来产业")
>>> found.heading, [(line.label, line.quote) for line in found.lines]
('未来产业 包括 1 个概念（陈述的关系）', [('量子科技', '未来产业包括量子科技等。')])
>>> enables_answer(Context(index, "什么推动量子科技"), "量子科技").heading
'图中没有陈述什么推动 量子科技（没有 pol:enables 关系）；陈述的其他关系 1 条'
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator, Sequence

from kg.ask.answers import (
    TIERS,
    Answer,
    Context,
    Group,
    Line,
    Match,
    finish,
    goal_groups,
    goals_answer,
    how_of,
    line_of,
    match_of,
    not_found,
    resolve_statements,
)
from kg.ask.index import Index
from kg.ask.keys import normalize
from kg.ask.names import Resolution, core
from kg.ask.records import Entry, Item, Link

WORDS = {"includes": "包括", "enables": "推动", "integratesWith": "融合", "appliesTo": "作用于", "supports": "支撑"}


def _concepts(ctx: Context, name: str) -> tuple[Resolution, list[str]]:
    found = ctx.resolve(name, ("concept",))
    nodes = list(dict.fromkeys(e.node for e in ([*found.exact, *_joined(ctx.index, found.used)] if found.exact
                                                else found.entries)))
    return found, nodes[:20]


def _joined(index: Index, key: str) -> list[Entry]:
    """The concepts named ``key`` with + or × after it or inside it (人工智能+, 数据要素× of 人工智能, 数据要素; 文化+旅游 of
    文化旅游): the policies named after a concept, and the concept written with a joining sign.

    >>> names = Index.of_names([("数据", "concept"), ("数据+", "concept"), ("数据×", "concept"), ("数+据", "concept")])
    >>> [e.name for e in _joined(names, "数据")]
    ['数据+', '数据×', '数+据']
    """
    keys = [f"{key}+", f"{key}×", *(f"{key[:i]}+{key[i:]}" for i in range(1, len(key)))]
    return [e for k in keys for e in index.exact(k, ("concept",))]


def _without_activity(name: str) -> str:
    """``name`` without a closing 发展 (what the question asks to develop), two characters or more kept."""
    return name[:-2] if name.endswith("发展") and len(name) >= 4 else name


def link_line(link: Link, concept: str) -> Line:
    """A stated relation seen from ``concept``: the other concept, the relation (its way), the quote.

    >>> link = Link("c1", "includes", "c2", "数字经济包括数据中心。", "a.txt", "数字经济", "数据中心")
    >>> line = link_line(link, "c2")
    >>> line.label, line.relation
    ('数字经济', '包括它')
    """
    out = link.source == concept
    other, label = (link.target, link.target_label) if out else (link.source, link.source_label)
    word = WORDS.get(link.relation, link.relation)
    return Line(label, link.quote, link.article, word if out or link.relation == "integratesWith" else f"{word}它",
                other, "concept")


def concepts_answer(ctx: Context, name: str) -> Answer:
    """The concepts stated to relate to the concept ``name`` matches, then those mentioned with it.

    >>> text = "发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。二是培育量子科技、生物制造等未来产业。\\n"
    >>> ctx = Context.of_text(text)
    >>> concepts_answer(ctx, "未来产业").heading
    '与 未来产业 相关的概念 2 个'
    """
    found, nodes = _concepts(ctx, name)
    if not found.found:
        return not_found(ctx, "concepts", [name], kinds=("concept",))
    groups = [_concept_group(ctx, c) for c in nodes]
    labels = "、".join(g.label for g in groups[:5])
    total = len({line.label for g in groups for line in g.lines})
    heading = f"与 {labels} 相关的概念 {total} 个"
    return finish(ctx, "concepts", heading, groups, [match_of(found, "concept")], how_of(found))


def _concept_group(ctx: Context, concept: str) -> Group:
    links = ctx.index.relations([concept])
    lines = [link_line(k, concept) for k in links]
    stated = {line.node for line in lines}
    for other, label, count, example in ctx.index.together(concept, docs=ctx.docs):
        if other not in stated:
            lines.append(Line(label, example.quote, example.article, f"同句提及 {count} 次", other, "concept"))
    label = ctx.index.concept_labels([concept]).get(concept, concept)
    return Group(concept, "concept", label, "", "", len({line.node for line in lines}), tuple(lines))


def _stated_links(ctx: Context, name: str, relation: str, way: str) -> tuple[Resolution, list[str], list[Link]]:
    """The concepts ``name`` names and the relations of one kind stated out of (or into) them; when none is
    stated there, those of the name without its activity word (人工智能发展 → 人工智能, 数据中心建设 → 数据中心).

    >>> text = "发展数字经济\\n\\n张三 李四\\n\\n一是培育量子科技、生物制造等未来产业。\\n"
    >>> found, nodes, links = _stated_links(Context.of_text(text), "未来产业发展", "includes", "out")
    >>> found.used, len(links)
    ('未来产业', 2)
    """
    tried = []
    for asked in dict.fromkeys((name, core(name), _without_activity(name))):
        found, nodes = _concepts(ctx, asked)
        links = ctx.index.relations(nodes, relation=relation, way=way) if nodes else []
        tried.append((found, nodes, [k for k in links if (k.source if way == "out" else k.target) in nodes]))
        if tried[-1][2]:
            return tried[-1]
    return tried[0]


def _stated(ctx: Context, name: str, relation: str, way: str, intent: str,
            stated: tuple[Resolution, list[str], list[Link]] | None = None) -> Answer:
    """The stated relations of one kind at the concept ``name`` names (``stated``, where already read); when none,
    said plainly, with the other relations stated of it and, for a goal's name, the measures that support it."""
    found, nodes, links = stated or _stated_links(ctx, name, relation, way)
    label = "、".join(ctx.index.concept_labels(nodes[:3]).values()) or name
    word = WORDS[relation]
    if links:
        groups = _stated_groups(ctx, nodes, links, way)
        ends = len({k.target if way == "out" else k.source for k in links})  # a relation stated twice is one
        shown = f"{label} {word} {ends} 个概念" if way == "out" else f"{ends} 个概念{word} {label}"
        return finish(ctx, intent, f"{shown}（陈述的关系）", groups, [match_of(found, "concept")], how_of(found))
    what = f"{label} {word}什么" if way == "out" else f"什么{word} {label}"
    return _none_stated(ctx, name, intent, found, nodes, label, f"图中没有陈述{what}（没有 pol:{relation} 关系）")


def _stated_groups(ctx: Context, nodes: list[str], links: list[Link], way: str) -> list[Group]:
    """A group per concept with the links stated at it (out of it, or into it)."""
    groups = [Group(c, "concept", ctx.index.concept_labels([c]).get(c, c), "", "", 0,
                    tuple(link_line(k, c) for k in links if (k.source if way == "out" else k.target) == c))
              for c in nodes]
    return [Group(g.node, g.kind, g.label, g.article, g.quote, len(g.lines), g.lines) for g in groups if g.lines]


def _none_stated(ctx: Context, name: str, intent: str, found: Resolution, nodes: list[str], label: str,
                 heading: str) -> Answer:
    """No relation of the kind asked is stated: the other relations stated of the concept and, for a goal's
    name, the measures that support it."""
    others = ctx.index.relations(nodes) if nodes else []
    groups = []
    if others:
        groups.append(Group(nodes[0], "concept", label, "", "", len(others),
                            tuple(link_line(k, k.source if k.source in nodes else k.target) for k in others)))
        heading += f"；陈述的其他关系 {len(others)} 条"
    statements, _ = resolve_statements(ctx, name, ("goal",))
    if statements.found and intent == "enables":
        groups += goal_groups(ctx, [e.node for e in statements.entries][:20])
        heading += f"；名称含「{statements.used}」的目标 {len(statements.entries)} 个，附支撑它们的举措"
    if not groups and not found.found and not statements.found:
        return not_found(ctx, intent, [name])
    return finish(ctx, intent, heading, groups, [match_of(found, "concept")], how_of(found))


def includes_answer(ctx: Context, name: str) -> Answer:
    """What the concept ``name`` is stated to include (pol:includes from it).

    >>> text = "发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。二是培育量子科技、生物制造等未来产业。\\n"
    >>> ctx = Context.of_text(text)
    >>> [line.label for line in includes_answer(ctx, "未来产业").lines]
    ['生物制造', '量子科技']
    """
    return _stated(ctx, name, "includes", "out", "includes")


def members_answer(ctx: Context, name: str) -> Answer | None:
    """X有哪些: what the concept ``name`` is stated to include, or None when nothing is stated.

    >>> text = "发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。二是培育量子科技、生物制造等未来产业。\\n"
    >>> ctx = Context.of_text(text)
    >>> [line.label for line in members_answer(ctx, "未来产业").lines], members_answer(ctx, "数据中心")
    (['生物制造', '量子科技'], None)
    """
    stated = _stated_links(ctx, name, "includes", "out")
    return _stated(ctx, name, "includes", "out", "includes", stated) if stated[2] else None


def enables_answer(ctx: Context, name: str) -> Answer:
    """What is stated to drive the concept ``name`` (pol:enables into it).

    >>> text = "发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。二是培育量子科技、生物制造等未来产业。\\n"
    >>> ctx = Context.of_text(text)
    >>> enables_answer(ctx, "数据中心").heading
    '图中没有陈述什么推动 数据中心（没有 pol:enables 关系）'
    """
    return _stated(ctx, name, "enables", "in", "enables")


def classes_answer(ctx: Context, name: str) -> Answer:
    """The wholes, classes or lists the concept ``name`` is stated to be part of (pol:includes into it).

    >>> text = "发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。二是培育量子科技、生物制造等未来产业。\\n"
    >>> [line.label for line in classes_answer(Context.of_text(text), "量子科技").lines]
    ['未来产业']
    """
    return _stated(ctx, name, "includes", "in", "classes")


def effects_answer(ctx: Context, name: str) -> Answer:
    """What the concept ``name`` is stated to drive (pol:enables out of it); when none is stated and a
    measure or goal holds the name, the goals it serves.

    >>> text = "发展数字经济\\n\\n张三 李四\\n\\n一是以工业互联网推动智能制造。\\n"
    >>> [line.label for line in effects_answer(Context.of_text(text), "工业互联网").lines]
    ['智能制造']
    """
    stated = _stated_links(ctx, name, "enables", "out")
    if not stated[2]:
        served = goals_answer(ctx, name)
        if served.found:
            return served
    return _stated(ctx, name, "enables", "out", "effects", stated)


def applies_answer(ctx: Context, name: str) -> Answer:
    """What the concept ``name`` is stated to apply to: the things a quality is of, the fields a technology is
    used in (pol:appliesTo out of it).

    >>> text = "发展数字经济\\n\\n张三 李四\\n\\n一是提升高端轴承的可靠性。\\n"
    >>> [line.label for line in applies_answer(Context.of_text(text), "可靠性").lines]
    ['高端轴承']
    """
    return _stated(ctx, name, "appliesTo", "out", "applies")


# -- two subjects ----------------------------------------------------------------------------

def pair_answer(ctx: Context, a: str, b: str, *, intent: str = "relation", chain: bool = True) -> Answer:
    """Two subjects together: the relations stated between them, the goals whose names hold both (with
    their measures), the goals and measures that mention both; else (with ``chain``) the shortest chain of
    stated links.

    >>> text = "发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。二是培育量子科技、生物制造等未来产业。\\n"
    >>> ctx = Context.of_text(text)
    >>> pair_answer(ctx, "量子科技", "未来产业").heading
    '「量子科技」与「未来产业」：陈述的关系 1 条；同时提到两者的目标或举措 1 个'
    """
    ra, nodes_a = _concepts(ctx, a)
    rb, nodes_b = _concepts(ctx, b)
    ta, tb = _text(ctx, a, ra), _text(ctx, b, rb)
    links = _between(ctx, nodes_a, nodes_b)
    groups = _links_group(ctx, nodes_a, links, ta)
    goals = [i for i in ctx.index.statements_named(ta, tb, docs=ctx.docs) if i.kind == "goal"]
    groups += goal_groups(ctx, [g.node for g in goals][:30])
    both = _mentioning_both(ctx, ta, tb, nodes_a, nodes_b)
    groups += _by_document(ctx, both)
    matched = [_match(a, ra, ta), _match(b, rb, tb)]
    if not groups:
        linked = chain_answer(ctx, a, b) if chain else None
        if linked is not None:
            return linked
        return not_found(ctx, intent, [n for n, r in ((a, ra), (b, rb)) if not r.found and not _said(ctx, n)] or [a, b],
                         heading=f"图中没有陈述「{ta}」与「{tb}」的关系，也没有同时提到两者的目标或举措")
    parts = [f"陈述的关系 {len(links)} 条" if links else "没有陈述两者的概念关系",
             f"名称同时含两者的目标 {len(goals)} 个" if goals else "",
             f"同时提到两者的目标或举措 {len(both)} 个"]
    heading = f"「{ta}」与「{tb}」：" + "；".join(p for p in parts if p)
    return finish(ctx, intent, heading, groups, matched, _hows(ra, rb))


def _hows(*found: Resolution) -> str:
    return "；".join(p for p in map(how_of, found) if p)


def _between(ctx: Context, nodes_a: list[str], nodes_b: list[str]) -> list[Link]:
    """The links stated between a concept of ``nodes_a`` and one of ``nodes_b``."""
    if not (nodes_a and nodes_b):
        return []
    return [k for k in ctx.index.relations(nodes_a) if {k.source, k.target} & set(nodes_b)]


def _links_group(ctx: Context, nodes: list[str], links: list[Link], text: str) -> list[Group]:
    """The links stated between two subjects, as one group at the first's concept (none without links)."""
    if not links:
        return []
    label = ctx.index.concept_labels(nodes[:1]).get(nodes[0], text)
    return [Group(nodes[0], "concept", label, "", "", len(links),
                  tuple(link_line(k, k.source if k.source in nodes else k.target) for k in links))]


def _match(name: str, found: Resolution, text: str) -> Match:
    return Match(name, found.how if found.found else "quote", text, "concept" if found.found else "")


def _text(ctx: Context, name: str, found: Resolution) -> str:
    return found.used if found.found and found.how in ("exact", "contains", "typo") else normalize(name)


def _said(ctx: Context, name: str) -> bool:
    return bool(ctx.index.text_hits(normalize(name), ctx.docs))


def _mentioning_both(ctx: Context, ta: str, tb: str, nodes_a: list[str], nodes_b: list[str]) -> list[Item]:
    found = {i.node: i for i in ctx.index.statements_with_both(ta, tb, docs=ctx.docs)}
    if nodes_a and nodes_b:
        a = {i.node for i in ctx.index.mentioning(nodes_a)}
        for item in ctx.within(ctx.index.mentioning(nodes_b)):
            if item.node in a:
                found.setdefault(item.node, item)
    return sorted(found.values(), key=lambda i: (i.document, i.start))


def _by_document(ctx: Context, items: list[Item]) -> list[Group]:
    by_doc: dict[str, list[Item]] = defaultdict(list)
    for item in items:
        by_doc[item.document].append(item)
    ranks = ctx.index.rank_of(by_doc)
    return [Group(doc, "article", found[0].article, found[0].article, "", len(found),
                  tuple(line_of(i, "同时提到") for i in found))
            for doc, found in sorted(by_doc.items(), key=lambda kv: ranks.get(kv[0], 0))]


# -- the shortest chain of stated links ----------------------------------------------------

def chain_answer(ctx: Context, a: str, b: str, *, max_hops: int = 4, widest: int = 800) -> Answer | None:
    """The shortest chain of stated links (support, mention, concept relation) between two names, each
    hop with its quote; None when either name matches nothing or no chain is within ``max_hops``.

    >>> text = "发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。二是培育量子科技、生物制造等未来产业。\\n"
    >>> ctx = Context.of_text(text)
    >>> linked = chain_answer(ctx, "量子科技", "生物制造")
    >>> linked.heading, [line.label for line in linked.lines]
    ('量子科技 与 生物制造：没有直接陈述的关系，经 2 步陈述的关系相连', ['未来产业 —包括→ 量子科技', '未来产业 —包括→ 生物制造'])
    """
    first, second = _node_named(ctx, a), _node_named(ctx, b)
    if first is None or second is None:
        return None
    (start, ra), (goal, rb) = first, second
    path = shortest(ctx.index, start, goal, max_hops=max_hops, widest=widest)
    if not path:
        return None
    labels = ctx.index.labels({start, goal, *(n for hop in path for n in hop[:2])})
    lines = [Line(f"{labels.get(s, s)} —{WORDS.get(rel, rel)}→ {labels.get(t, t)}", quote, article, WORDS.get(rel, rel),
                  "", "link") for s, t, rel, quote, article in path]
    group = Group(start, "", labels.get(start, a), "", "", len(lines), tuple(lines))
    heading = f"{labels.get(start, a)} 与 {labels.get(goal, b)}：没有直接陈述的关系，经 {len(lines)} 步陈述的关系相连"
    return finish(ctx, "relation", heading, [group], [match_of(ra, ""), match_of(rb, "")],
                  "；".join(p for p in (how_of(ra), how_of(rb)) if p))


def _node_named(ctx: Context, name: str) -> tuple[str, Resolution] | None:
    """The node a name in a relation question stands for: a concept first, on equal tiers."""
    concept = ctx.resolve(name, ("concept",))
    statements, _ = resolve_statements(ctx, name, ("goal", "measure"))
    options = [r for r in (concept, statements) if r.found]
    if not options:
        return None
    best = min(options, key=lambda r: TIERS.index(r.how))
    return best.entries[0].node, best


def shortest(index: Index, start: str, goal: str, *, max_hops: int = 4, widest: int = 3000) -> list[tuple[str, str, str, str, str]]:
    """The shortest chain of stated links between two nodes (support links, mentions and concept relations,
    each usable either way): (source, target, relation, quote, document) per hop; [] when none within
    ``max_hops`` steps or the search grows past ``widest`` nodes a step.

    >>> from kg.ask.answers import Context
    >>> ctx = Context.of_text("发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。二是培育量子科技、生物制造等未来产业。\\n")
    >>> goal = ctx.index.containing("发展数字经济", ("goal",))[0].node
    >>> measure = ctx.index.containing("数据中心", ("measure",))[0].node
    >>> [(hop[2], hop[3]) for hop in shortest(ctx.index, measure, goal)]
    [('supports', '一是加快建设数据中心')]
    """
    back: dict[str, tuple[str, tuple[str, str, str, str, str]]] = {start: (start, ("", "", "", "", ""))}
    frontier = [start]
    for _ in range(max_hops):
        if goal in back or not frontier or len(frontier) > widest:
            break
        new = []
        for other, hop, via in _neighbours(index, frontier):
            if other not in back:
                back[other] = (via, hop)
                new.append(other)
        frontier = new
    if goal not in back or goal == start:
        return []
    hops, node = [], goal
    while node != start:
        node, hop = back[node]
        hops.append(hop)
    return hops[::-1]

def _neighbours(index: Index, nodes: Sequence[str]) -> Iterator[tuple[str, tuple[str, str, str, str, str], str]]:
    """(other node, hop, from which node) for every stated link at ``nodes``, in a fixed order; each kind of
    link looked up by its indexes from either end."""
    data = json.dumps(sorted(nodes))
    start = """WITH i0(id) AS (SELECT id FROM items WHERE node IN (SELECT value FROM json_each(?1))),
                    c0(id) AS (SELECT id FROM concepts WHERE node IN (SELECT value FROM json_each(?1)))"""
    support = """SELECT s.node, t.node, 'supports', s.quote, COALESCE(d.name, '') FROM edges e
                 JOIN items s ON s.id = e.source JOIN items t ON t.id = e.target LEFT JOIN docs d ON d.id = s.doc
                 WHERE e.{end} IN (SELECT id FROM i0)"""
    mention = """SELECT i.node, c.node, 'mentions', i.quote, COALESCE(d.name, '') FROM mentions m
                 JOIN items i ON i.id = m.item JOIN concepts c ON c.id = m.concept LEFT JOIN docs d ON d.id = i.doc
                 WHERE m.{end} IN (SELECT id FROM {ends})"""
    relation = """SELECT s.node, t.node, r.relation, r.quote, COALESCE(d.name, '') FROM relations r
                  JOIN concepts s ON s.id = r.source JOIN concepts t ON t.id = r.target LEFT JOIN docs d ON d.id = r.doc
                  WHERE r.{end} IN (SELECT id FROM c0)"""
    parts = [support.format(end="source"), support.format(end="target"), mention.format(end="item", ends="i0"),
             mention.format(end="concept", ends="c0"), relation.format(end="source"), relation.format(end="target")]
    asked = set(nodes)
    rows = sorted(set(index.rows(f"{start} {' UNION ALL '.join(parts)}", data)))
    for row in rows:
        source, target = row[0], row[1]
        hop = (source, target, row[2] if row[2] != "mentions" else "提及", row[3], row[4])
        if source in asked:
            yield target, hop, source
        if target in asked:
            yield source, hop, target
