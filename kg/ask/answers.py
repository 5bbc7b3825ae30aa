"""Answers read from a built graph: which measures support a goal, what a measure serves,
what relates to a concept, where a name appears, how two names connect.

Every answer says what its names matched and how (:mod:`kg.ask.names`), answers for
every goal that contains a name (one group per goal, grouped by document, counts
first), and when nothing matches says so with the closest names.

>>> from kg.extract import extract_document
>>> from kg.model import Source
>>> from kg.graph.rdf import document_ntriples
>>> doc = extract_document(Source("a.txt", "发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。\\n"))
>>> graph = prepare(Store.from_ntriples(document_ntriples(doc).lines))
>>> found = measures_answer(graph, "数字经济")
>>> found.heading, [line.label for line in found.lines]
('「数字经济」：1 个目标的名称含它，共 1 项举措', ['加快建设数据中心'])
"""

from __future__ import annotations

import weakref
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import pyoxigraph as ox

from kg.ask.names import Entry, Names, Resolution, resolve
from kg.errors import NotFoundError
from kg.graph.store import Store
from kg.model import reach, support_links

MAX_GROUPS = 60  # groups listed in one answer; the heading still counts them all
HOW = {"exact": "名称相同", "contains": "名称含它", "core": "去掉动词等后按「{used}」匹配",
       "typo": "图中没有「{query}」，按读音相近的「{used}」匹配（错字？）",
       "words": "没有名称含「{used}」整词，按名称中依次含其各部分匹配", "concept": "概念", "quote": "原文含它"}
KIND = {"goal": "目标", "measure": "举措", "concept": "概念", "article": "文章"}


@dataclass(frozen=True)
class Item:
    node: str
    kind: str  # "goal" or "measure"
    label: str
    quote: str
    article: str
    level: str = ""
    children: tuple[Item, ...] = ()
    serves: tuple[str, ...] = ()
    document: str = ""  # the article's IRI


@dataclass(frozen=True)
class Line:
    """One item of an answer: what, how it relates, the sentence that says so, and where."""

    label: str
    quote: str
    article: str
    relation: str = ""
    node: str = ""
    kind: str = ""


@dataclass(frozen=True)
class Group:
    """The answer for one matched node: its own quote, a count, and the lines counted."""

    node: str
    kind: str
    label: str
    article: str
    quote: str
    count: int
    lines: tuple[Line, ...] = ()
    note: str = ""


@dataclass(frozen=True)
class Match:
    """What a name in the question matched, and how."""

    name: str
    how: str  # exact, contains, core, typo, concept, quote, none
    used: str
    kind: str = ""
    nodes: int = 0


@dataclass(frozen=True)
class Answer:
    question: str
    heading: str
    lines: tuple[Line, ...]
    intent: str = ""
    found: bool = True
    note: str = ""
    matched: tuple[Match, ...] = ()
    groups: tuple[Group, ...] = ()
    more: int = 0  # groups left out past MAX_GROUPS
    suggestions: tuple[str, ...] = ()
    forms: tuple[str, ...] = ()
    count_only: bool = False


@dataclass
class Graph:
    """What every answer reads, computed once per store: statements, concepts, links, names.

    On an on-disk store the mappings are read as answers ask for them (:mod:`kg.ask.lookup`); ``summary``
    then holds the counts and example names the build recorded, and ``search`` finds the statements
    whose label or quote contains a text."""

    store: Store
    items: Mapping[str, Item]
    concepts: Mapping[str, str]
    incoming: Mapping[str, list[str]]
    outgoing: Mapping[str, list[str]]
    mentions: Mapping[str, list[str]]
    mentioned_by: Mapping[str, list[str]]
    related: Mapping[str, list[Link]]  # concept -> its stated relations, either way
    names: Names
    documents: dict[str, int] = field(default_factory=dict)  # article IRI -> position
    summary: dict[str, Any] | None = None
    search: Callable[[str], list[str]] | None = None


@dataclass(frozen=True)
class Link:
    """A stated relation of a concept: the other concept, the relation, which way, and the evidence."""

    other: str
    relation: str
    way: str  # "out" (concept → other) or "in"
    quote: str = ""
    title: str = ""


_PREPARED: weakref.WeakKeyDictionary[Store, Graph] = weakref.WeakKeyDictionary()


def prepare(store: Store) -> Graph:
    """The :class:`Graph` of ``store``, built on first use and kept while the store lives."""
    from kg.graph.diskstore import DiskStore

    graph = _PREPARED.get(store)
    if graph is None:
        if isinstance(store, DiskStore):  # read as questions need it
            from kg.ask.lookup import lazy_graph

            graph = _PREPARED[store] = lazy_graph(store)
        else:
            graph = _PREPARED[store] = _build(store)
    return graph


def _build(store: Store) -> Graph:
    items = _items(store)
    incoming, outgoing = support_links((r["source"] or "", r["target"] or "") for r in store.run("support-edges"))
    concepts: dict[str, str] = {}
    entries = [Entry(i.label, i.kind, i.node) for i in items.values()]
    for row in store.run("concepts"):
        iri, label, name = row["concept"] or "", row["label"] or "", row["name"] or ""
        concepts[iri] = label
        entries.append(Entry(name, "concept", iri, label))
    mentions: dict[str, list[str]] = defaultdict(list)
    mentioned_by: dict[str, list[str]] = defaultdict(list)
    for row in store.run("mentions"):
        s, c = row["statement"] or "", row["concept"] or ""
        if s in items:
            mentions[s].append(c)
            mentioned_by[c].append(s)
    related: dict[str, list[Link]] = defaultdict(list)
    seen: set[tuple[str, str, str]] = set()
    for row in store.run("concept-links"):
        s, t, rel = row["source"] or "", row["target"] or "", row["relation"] or "相关"
        if (s, t, rel) not in seen:
            seen.add((s, t, rel))
            quote, title = row["quote"] or "", row["title"] or ""
            related[s].append(Link(t, rel, "out", quote, title))
            related[t].append(Link(s, rel, "in", quote, title))
    documents = {d: n for n, d in enumerate(dict.fromkeys(sorted((i.document for i in items.values()), key=_order)))}
    names = Names(entries)
    names.warm()
    return Graph(store, items, concepts, incoming, outgoing, mentions, mentioned_by, related, names, documents)


def statement_links(store: Store) -> tuple[Mapping[str, Item], Mapping[str, list[str]], Mapping[str, list[str]]]:
    """Every goal and measure, and the support links into and out of each: what trees and counts need,
    without the name tables :func:`prepare` also builds."""
    graph = _PREPARED.get(store)
    if graph is not None:
        return graph.items, graph.incoming, graph.outgoing
    incoming, outgoing = support_links((r["source"] or "", r["target"] or "") for r in store.run("support-edges"))
    return _items(store), incoming, outgoing


def _items(store: Store) -> dict[str, Item]:
    out = {}
    for row in store.run("statements"):
        kind = "goal" if (row["kind"] or "").endswith("Goal") else "measure"
        node = row["node"] or ""
        out[node] = Item(node, kind, row["label"] or "", row["quote"] or "", row["title"] or "",
                         row["level"] or "", document=row["article"] or "")
    return out


def supporting_measures(graph: Graph, node: str) -> list[Item]:
    """The measures that support ``node``, directly or through other measures and goals, in graph order."""
    found = [graph.items[n] for n in reach(graph.incoming, node) if n in graph.items]
    return sorted((i for i in found if i.kind == "measure"), key=lambda i: _order(i.node))


def served_goals(graph: Graph, node: str) -> list[Item]:
    """The goals ``node`` serves, directly or through what it supports, nearest first."""
    return [graph.items[n] for n in reach(graph.outgoing, node) if n in graph.items and graph.items[n].kind == "goal"]


def measure_counts(kinds: Mapping[str, str], incoming: Mapping[str, Sequence[str]]) -> dict[str, int]:
    """For every node of ``kinds`` (node -> "goal"/"measure"), how many measures support it.

    >>> measure_counts({"g": "goal", "m1": "measure", "m2": "measure"}, {"g": ["m1"], "m1": ["m2"]})
    {'g': 2, 'm1': 1, 'm2': 0}
    """
    return {node: sum(kinds.get(n) == "measure" for n in reach(incoming, node)) for node in kinds}


def _order(node: str) -> tuple[str, int]:
    head, _, key = node.rpartition("/")
    digits = "".join(ch for ch in key if ch.isdigit())
    return head, int(digits or 0)


def _line(item: Item, relation: str = "") -> Line:
    return Line(item.label, item.quote, item.article, relation, item.node, item.kind)


# -- the goal → measure trees -------------------------------------------------------------

def goal_trees(store: Store) -> list[Item]:
    """Every article's goal → measure trees.

    The roots are the article goals (a headline or a title), and, in articles
    without one, the goals that support nothing; each root lists the goals it
    serves in turn.
    """
    graph = prepare(store)
    return trees_of(graph.items, graph.incoming, graph.outgoing)


def trees_of(items: Mapping[str, Item], incoming: Mapping[str, list[str]], outgoing: Mapping[str, list[str]]) -> list[Item]:
    """The trees of :func:`goal_trees` from statements and their support links (:func:`statement_links`)."""
    articles_with_root = {i.article for i in items.values() if i.level == "article"}
    roots = [i for i in items.values() if i.kind == "goal" and (
        i.level == "article" or (i.article not in articles_with_root and not outgoing.get(i.node)))]
    trees = []
    for root in sorted(roots, key=lambda i: _order(i.node)):
        tree = _tree(root, items, incoming, set(outgoing.get(root.node, [])))
        serves = tuple(items[t].label for t in sorted(outgoing.get(root.node, []), key=_order) if t in items)
        trees.append(replace(tree, serves=serves))
    return trees


def _tree(item: Item, items: Mapping[str, Item], incoming: Mapping[str, list[str]], seen: set[str]) -> Item:
    seen = seen | {item.node}
    kids = [items[s] for s in sorted(incoming.get(item.node, []), key=_order) if s in items and s not in seen]
    return replace(item, children=tuple(_tree(k, items, incoming, seen) for k in kids))


# -- resolution shared by every answer -----------------------------------------------------

TIERS = ("exact", "contains", "core", "typo", "words")


def _resolve_statements(graph: Graph, name: str, order: Sequence[str]) -> tuple[Resolution, str]:
    """The best resolution among goals and measures: by tier first, then by ``order`` of kinds."""
    found = {kind: resolve(graph.names, name, kinds=(kind,), suggest=0) for kind in order}
    ranked = sorted(((TIERS.index(r.how) if r.how in TIERS else 9, order.index(k), k) for k, r in found.items()))
    tier, _, kind = ranked[0]
    if tier == 1 and found[kind].how == "contains" and any(found[k].how == "exact" for k in order):
        kind = next(k for k in order if found[k].how == "exact")
    return found[kind], kind


def _match(resolution: Resolution, kind: str) -> Match:
    return Match(resolution.query, resolution.how, resolution.used, kind, len({e.node for e in resolution.entries}))


def _how(resolution: Resolution) -> str:
    text = HOW.get(resolution.how, "")
    return text.format(query=resolution.query, used=resolution.used)


def _sorted_groups(graph: Graph, groups: list[Group]) -> list[Group]:
    def key(g: Group) -> tuple[int, tuple[str, int]]:
        item = graph.items.get(g.node)
        return graph.documents.get(item.document if item else "", 1 << 30), _order(g.node)

    return sorted(groups, key=key)


def _answer(question: str, intent: str, heading: str, groups: list[Group], matched: Iterable[Match],
            note: str = "") -> Answer:
    shown = groups[:MAX_GROUPS]
    lines: dict[str, Line] = {}
    for g in shown:
        for line in g.lines:
            lines.setdefault(line.node or f"{line.label}\0{line.quote}", line)
    return Answer(question, heading, tuple(lines.values()), intent, True, note, tuple(matched), tuple(shown),
                  max(0, len(groups) - MAX_GROUPS))


def not_found(graph: Graph, question: str, intent: str, names: Sequence[str], *,
              kinds: Sequence[str] | None = None) -> Answer:
    """An honest "not in the graph", with the closest names and the forms that work on this graph."""
    suggestions: list[str] = []
    for name in names:
        for entry in graph.names.closest(name, kinds) if name else ():
            text = f"{KIND[entry.kind]} {entry.label}"
            if text not in suggestions:
                suggestions.append(text)
    shown = "、".join(f"「{n}」" for n in names if n) or "这个问题"
    heading = f"图中没有{shown}" + (f"；相近的名称：{'；'.join(suggestions[:5])}" if suggestions else "")
    return Answer(question, heading, (), intent, False, "", tuple(Match(n, "none", n) for n in names),
                  suggestions=tuple(suggestions[:8]), forms=tuple(example_questions(graph)))


def example_questions(graph: Graph) -> list[str]:
    """One working question per form, made from this graph's own names."""
    from kg.ask.questions import EXAMPLE_FORMS

    goal, measure, concept = _example_names(graph)
    partner = max(graph.related.get(concept, []), key=lambda k: k.other, default=None)
    label = graph.concepts.get(concept, "")
    filled = {"measures": goal, "goals": measure, "concepts": label, "articles": label, "count": goal, "about": label,
              "relation": label and partner and graph.concepts.get(partner.other, "")}
    out = []
    for intent, form in EXAMPLE_FORMS:
        name = filled.get(intent) or ""
        if not name:
            continue
        if intent == "relation":
            out.append(f"{form}  例：{label}和{name}有什么关系？")
        else:
            example = form.split(" / ")[0].split("（")[0].replace("X", name).replace("Y", name)
            out.append(f"{form}  例：{example}")
    return out


def _example_names(graph: Graph) -> tuple[str, str, str]:
    """(goal label, label of its first supporting statement, concept IRI) for the examples: the goal most
    statements support directly, and the concept most statements mention."""
    if graph.summary is not None:
        found = graph.summary.get("example", {})
        return found.get("goal", ""), found.get("measure", ""), found.get("concept", "")
    goals = [i for i in graph.items.values() if i.kind == "goal" and graph.incoming.get(i.node) and len(i.label) >= 4]
    goal = max(goals, key=lambda i: (len(graph.incoming[i.node]), -len(i.label)), default=None)
    measure = next((graph.items[n] for n in graph.incoming.get(goal.node, []) if n in graph.items), None) if goal else None
    concept = max(graph.mentioned_by, key=lambda c: (len(graph.mentioned_by[c]), c), default=None)
    return goal.label if goal else "", measure.label if measure else "", concept or ""


# -- measures for X -------------------------------------------------------------------------

def measures_answer(graph: Graph, name: str, *, question: str = "") -> Answer:
    """The measures that support every goal ``name`` matches (else every measure it matches, else
    the measures that mention the concept it names), one group per node, counted."""
    question = question or name
    resolution, kind = _resolve_statements(graph, name, ("goal", "measure"))
    if resolution.found:
        also = resolve(graph.names, name, kinds=("measure",), suggest=0) if kind == "goal" else None
        if also is not None and also.found and also.how == resolution.how:
            return _measures_groups(graph, question, resolution, kind, also=also)
        return _measures_groups(graph, question, resolution, kind)
    concept = resolve(graph.names, name, kinds=("concept",), suggest=0)
    if concept.how in ("exact", "contains"):
        return _mentioning(graph, question, concept, "measures")
    return not_found(graph, question, "measures", [name])


def _measures_groups(graph: Graph, question: str, resolution: Resolution, kind: str,
                     also: Resolution | None = None) -> Answer:
    """One group per goal matched, counted; measures named like the goal (加快钢铁等行业绿色低碳转型 for
    绿色低碳转型) come after them, each with the measures under it."""
    groups = []
    for node in dict.fromkeys(e.node for e in resolution.entries):
        item = graph.items[node]
        measures = supporting_measures(graph, node)
        groups.append(Group(node, item.kind, item.label, item.article, item.quote, len(measures),
                            tuple(_line(m) for m in measures)))
    covered = {line.node for g in groups for line in g.lines}
    for node in dict.fromkeys(e.node for e in (also.entries if also else ())):
        if node in covered:
            continue
        item = graph.items[node]
        measures = [item, *supporting_measures(graph, node)]
        groups.append(Group(node, item.kind, item.label, item.article, item.quote, len(measures),
                            tuple(_line(m) for m in measures)))
    groups = _sorted_groups(graph, groups)
    total = len({line.node for g in groups for line in g.lines})
    docs = len({graph.items[g.node].document for g in groups})
    where = f"（{docs} 篇文章）" if docs > 1 else ""
    sub = "项举措" if kind == "goal" else "项下位举措"
    if resolution.how == "exact" and len(groups) == 1:
        heading = f"{KIND[kind]} {groups[0].label}（{groups[0].article}）由 {total} {sub}支撑"
    else:
        unit = "个目标" if kind == "goal" else "项举措"
        heading = f"「{resolution.used}」：{len(groups)} {unit}{where}的名称{_contains(resolution)}，共 {total} {sub}"
        if kind == "measure":
            heading = f"没有目标的名称含「{resolution.used}」；" + heading
    note = _how(resolution) if resolution.how in ("core", "typo", "words") else ""
    return _answer(question, "measures", heading, groups, [_match(resolution, kind)], note)


def _contains(resolution: Resolution) -> str:
    return "依次含它的各部分" if resolution.how == "words" else "含它"


def _mentioning(graph: Graph, question: str, resolution: Resolution, intent: str) -> Answer:
    """The goals and measures that mention the concepts matched, grouped by article."""
    by_doc: dict[str, list[Item]] = defaultdict(list)
    concepts = list(dict.fromkeys(e.node for e in resolution.entries))
    for c in concepts:
        for s in graph.mentioned_by.get(c, []):
            item = graph.items[s]
            if intent != "measures" or item.kind == "measure":
                by_doc[item.document].append(item)
    groups = [_article_group(graph, doc, items, "提及") for doc, items in by_doc.items()]
    groups = sorted(groups, key=lambda g: graph.documents.get(g.node, 0))
    labels = "、".join(graph.concepts[c] for c in concepts[:5])
    total = sum(g.count for g in groups)
    what = "举措" if intent == "measures" else "目标/举措"
    heading = f"概念 {labels}：{len(groups)} 篇文章的 {total} 项{what}提及它"
    note = f"没有目标或举措的名称含「{resolution.used}」；按概念的提及回答" if intent == "measures" else ""
    return _answer(question, intent, heading, groups, [_match(resolution, "concept")], note)


def _article_group(graph: Graph, document: str, items: list[Item], relation: str) -> Group:
    unique = sorted({i.node: i for i in items}.values(), key=lambda i: _order(i.node))
    title = unique[0].article if unique else ""
    return Group(document, "article", title, title, "", len(unique), tuple(_line(i, relation) for i in unique))


# -- goals a measure serves ------------------------------------------------------------------

def goals_answer(graph: Graph, name: str, *, question: str = "") -> Answer:
    """The goals served by every measure (or goal) ``name`` matches, directly or through others."""
    question = question or name
    resolution, kind = _resolve_statements(graph, name, ("measure", "goal"))
    if not resolution.found:
        return not_found(graph, question, "goals", [name], kinds=("goal", "measure"))
    groups = []
    for node in dict.fromkeys(e.node for e in resolution.entries):
        item = graph.items[node]
        goals = served_goals(graph, node)
        groups.append(Group(node, item.kind, item.label, item.article, item.quote, len(goals),
                            tuple(_line(g, "服务于") for g in goals)))
    groups = _sorted_groups(graph, groups)
    total = len({line.node for g in groups for line in g.lines})
    if len(groups) == 1:
        heading = f"{KIND[kind]} {groups[0].label} 服务于 {total} 个目标"
    else:
        unit = "个目标" if kind == "goal" else "项举措"
        heading = f"「{resolution.used}」：{len(groups)} {unit}的名称{_contains(resolution)}，共服务于 {total} 个目标"
    note = _how(resolution) if resolution.how in ("core", "typo", "words") else ""
    return _answer(question, "goals", heading, groups, [_match(resolution, kind)], note)


# -- concepts related to X -------------------------------------------------------------------

def concepts_answer(graph: Graph, name: str, *, question: str = "") -> Answer:
    """The concepts stated to relate to the concept ``name`` matches, then those mentioned with it."""
    question = question or name
    resolution = resolve(graph.names, name, kinds=("concept",), suggest=0)
    if not resolution.found:
        return not_found(graph, question, "concepts", [name])
    concepts = list(dict.fromkeys(e.node for e in (resolution.exact or resolution.entries)))
    groups = [_concept_group(graph, c) for c in concepts]
    label = "、".join(graph.concepts[c] for c in concepts[:5])
    total = len({line.label for g in groups for line in g.lines})
    heading = f"与 {label} 相关的概念 {total} 个"
    note = _how(resolution) if resolution.how in ("core", "typo", "words") else ""
    return _answer(question, "concepts", heading, groups, [_match(resolution, "concept")], note)


def _concept_group(graph: Graph, concept: str) -> Group:
    links = sorted(graph.related.get(concept, []), key=lambda k: (graph.concepts.get(k.other, ""), k.relation, k.way))
    lines = [Line(graph.concepts.get(k.other, k.other), k.quote, k.title,
                  k.relation if k.way == "out" else f"被…{k.relation}", k.other, "concept") for k in links]
    stated = {line.node for line in lines}
    together: Counter[str] = Counter()
    example: dict[str, Item] = {}
    for s in graph.mentioned_by.get(concept, []):
        for other in graph.mentions.get(s, []):
            if other != concept and other not in stated:
                together[other] += 1
                example.setdefault(other, graph.items[s])
    for other, n in sorted(together.items(), key=lambda kv: (-kv[1], graph.concepts.get(kv[0], "")))[:20]:
        item = example[other]
        lines.append(Line(graph.concepts.get(other, other), item.quote, item.article, f"同句提及 {n} 次", other, "concept"))
    label = graph.concepts[concept]
    return Group(concept, "concept", label, "", "", len({line.node for line in lines}), tuple(lines))


# -- where X appears ------------------------------------------------------------------------

def articles_answer(graph: Graph, name: str, *, question: str = "") -> Answer:
    """The articles whose goals or measures mention the concept ``name`` or contain it in name or quote."""
    question = question or name
    concept = resolve(graph.names, name, kinds=("concept",), suggest=0)
    text = concept.used if concept.exact else _plain(name)
    if graph.search is not None:
        hits = {n: graph.items[n] for n in (graph.search(text) if text else []) if n in graph.items}
    else:
        hits = {i.node: i for i in graph.items.values() if text and (text in i.label or text in i.quote)}
    for c in {e.node for e in concept.exact}:
        hits.update((s, graph.items[s]) for s in graph.mentioned_by.get(c, []))
    how = "concept" if concept.exact else "quote"
    if not hits:
        fixed = resolve(graph.names, name, suggest=0)
        if fixed.how == "typo":
            found = articles_answer(graph, fixed.used, question=question)
            return replace(found, note=_how(fixed), matched=(_match(fixed, ""), *found.matched))
        return not_found(graph, question, "articles", [name])
    by_doc: dict[str, list[Item]] = defaultdict(list)
    for item in hits.values():
        by_doc[item.document].append(item)
    groups = sorted((_article_group(graph, d, items, "") for d, items in by_doc.items()),
                    key=lambda g: graph.documents.get(g.node, 0))
    total = sum(g.count for g in groups)
    heading = f"「{text}」出现在 {len(groups)} 篇文章的 {total} 个目标/举措中"
    match = Match(name, how, text, "concept" if concept.exact else "", len(hits))
    return _answer(question, "articles", heading, groups, [match])


def _plain(name: str) -> str:
    from kg.ask.names import normalize

    return name.strip() if normalize(name) == name.strip() else normalize(name)


# -- everything about X ----------------------------------------------------------------------

def about_answer(graph: Graph, name: str, *, question: str = "") -> Answer:
    """A plain name: the goals it names with their measures, the measures with the goals they serve,
    and the concept with what relates to it."""
    question = question or name
    concept = resolve(graph.names, name, kinds=("concept",), suggest=0)
    statements, kind = _resolve_statements(graph, name, ("goal", "measure"))
    parts: list[Answer] = []
    if statements.found:
        parts.append(_measures_groups(graph, question, statements, kind) if kind == "goal"
                     else goals_answer(graph, name, question=question))
    if concept.exact:
        parts.append(concepts_answer(graph, concept.used, question=question))
    if not parts:
        return not_found(graph, question, "about", [name])
    groups = [g for p in parts for g in p.groups]
    matched = [m for p in parts for m in p.matched]
    heading = "；".join(p.heading for p in parts)
    note = "；".join(dict.fromkeys(p.note for p in parts if p.note))
    return _answer(question, "about", heading, groups, matched, note)


# -- how X and Y relate ----------------------------------------------------------------------

def relation_answer(graph: Graph, a: str, b: str, *, question: str = "", max_hops: int = 4) -> Answer:
    """The shortest chain of stated links (support, mention, concept relation) between two names,
    each hop with its quote."""
    question = question or f"{a}和{b}有什么关系"
    ends = [_node_named(graph, n) for n in (a, b)]
    missing = [n for n, e in zip((a, b), ends, strict=True) if e is None]
    if missing:
        return not_found(graph, question, "relation", missing)
    (start, ra), (goal, rb) = ends  # type: ignore[misc]
    path = _shortest(graph, start, goal, max_hops)
    lines = [_hop(graph, s, t, rel) for s, t, rel in path]
    la, lb = _label(graph, start), _label(graph, goal)
    found = f"经 {len(lines)} 步相连" if lines else f"在 {max_hops} 步之内没有相连的关系"
    group = Group(start, _kind(graph, start), la, "", "", len(lines), tuple(lines))
    note = "；".join(_how(r) for r in (ra, rb) if r.how in ("core", "typo", "words"))
    return _answer(question, "relation", f"{la} 与 {lb}：{found}", [group], [_match(ra, ""), _match(rb, "")], note)


def _node_named(graph: Graph, name: str) -> tuple[str, Resolution] | None:
    """The node a name in a relation question stands for: a concept first, on equal tiers."""
    concept = resolve(graph.names, name, kinds=("concept",), suggest=0)
    statements, _ = _resolve_statements(graph, name, ("goal", "measure"))
    options = [r for r in (concept, statements) if r.found]
    if not options:
        return None
    best = min(options, key=lambda r: TIERS.index(r.how))
    return best.entries[0].node, best


def _label(graph: Graph, node: str) -> str:
    return graph.items[node].label if node in graph.items else graph.concepts.get(node, node)


def _kind(graph: Graph, node: str) -> str:
    return graph.items[node].kind if node in graph.items else "concept"


def _neighbours(graph: Graph, node: str) -> list[tuple[str, str, str, str]]:
    """(other, source, target, relation) for every stated link at ``node``, either way."""
    out = [(t, node, t, "支撑") for t in graph.outgoing.get(node, [])]
    out += [(s, s, node, "支撑") for s in graph.incoming.get(node, [])]
    out += [(c, node, c, "提及") for c in graph.mentions.get(node, [])]
    out += [(s, s, node, "提及") for s in graph.mentioned_by.get(node, [])]
    out += [(k.other, node, k.other, k.relation) if k.way == "out" else (k.other, k.other, node, k.relation)
            for k in graph.related.get(node, [])]
    return sorted(set(out))


def _shortest(graph: Graph, start: str, goal: str, max_hops: int) -> list[tuple[str, str, str]]:
    """Breadth-first search over links used in either direction; the hops as (source, target, relation)."""
    back: dict[str, tuple[str, tuple[str, str, str]]] = {start: (start, ("", "", ""))}
    frontier = [start]
    for _ in range(max_hops):
        if goal in back:
            break
        new = []
        for node in frontier:
            for other, s, t, rel in _neighbours(graph, node):
                if other not in back:
                    back[other] = (node, (s, t, rel))
                    new.append(other)
        frontier = new
    if goal not in back or goal == start:
        return []
    hops, node = [], goal
    while node != start:
        node, hop = back[node]
        hops.append(hop)
    return hops[::-1]


def _hop(graph: Graph, source: str, target: str, relation: str) -> Line:
    rows = graph.store.run("link-quote", source=ox.NamedNode(source), target=ox.NamedNode(target))
    row = rows[0] if rows else {}
    relation = row.get("relation") or relation
    quote = row.get("quote") or (graph.items[source].quote if source in graph.items else "")
    title = row.get("title") or (graph.items[source].article if source in graph.items else "")
    return Line(f"{_label(graph, source)} —{relation}→ {_label(graph, target)}", quote, title, relation, target,
                _kind(graph, target))


# -- totals ----------------------------------------------------------------------------------

def totals_answer(graph: Graph, *, question: str = "") -> Answer:
    """How many articles, goals, measures and concepts the graph holds."""
    if graph.summary is not None:
        goals, measures = graph.summary["totals"]["goals"], graph.summary["totals"]["measures"]
    else:
        goals = sum(i.kind == "goal" for i in graph.items.values())
        measures = len(graph.items) - goals
    articles = len(graph.documents)
    heading = f"图中有 {articles} 篇文章、{goals} 个目标、{measures} 项举措、{len(graph.concepts)} 个概念"
    return Answer(question, heading, (), "count", True, count_only=True)


def measures_for(store: Store, name: str) -> Answer:
    """``policykg measures GOAL``: :func:`measures_answer`, and a miss is an error naming the closest names."""
    found = measures_answer(prepare(store), name)
    if not found.found:
        close = "、".join(found.suggestions[:5])
        raise NotFoundError(f"no goal or measure matches {name!r}" + (f"; did you mean: {close}" if close else ""))
    return found
