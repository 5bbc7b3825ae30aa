"""Answers to "which measures support which goal?" read from a built graph.

>>> from kg.extract import extract_document
>>> from kg.model import Source
>>> from kg.rdf import document_ntriples
>>> from kg.store import Store
>>> doc = extract_document(Source("a.txt", "发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。\\n"))
>>> store = Store.from_ntriples(document_ntriples(doc).lines)
>>> [m.label for m in measures_for(store, "数字经济").measures]
['加快建设数据中心']
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import pyoxigraph as ox

from kg.errors import NotFoundError
from kg.match import best
from kg.store import Store


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


@dataclass(frozen=True)
class GoalAnswer:
    goal: Item
    measures: tuple[Item, ...]


class AmbiguousError(NotFoundError):
    """A name that matches several goals equally well."""

    def __init__(self, query: str, candidates: list[str]) -> None:
        super().__init__(f"{query!r} matches several goals: " + "; ".join(candidates))
        self.candidates = candidates


def _items(store: Store) -> dict[str, Item]:
    out = {}
    for row in store.run("statements"):
        kind = "goal" if (row["kind"] or "").endswith("Goal") else "measure"
        node = row["node"] or ""
        out[node] = Item(node, kind, row["label"] or "", row["quote"] or "", row["title"] or "",
                         row["level"] or "")
    return out


def _incoming(store: Store) -> dict[str, list[str]]:
    incoming: dict[str, list[str]] = defaultdict(list)
    for row in store.run("support-edges"):
        if row["source"] and row["target"] and row["source"] not in incoming[row["target"]]:
            incoming[row["target"]].append(row["source"])
    return incoming


def goal_trees(store: Store) -> list[Item]:
    """Every article's goal → measure trees.

    The roots are the article goals (a headline or a title), and, in articles
    without one, the goals that support nothing; each root lists the goals it
    serves in turn.
    """
    items, incoming = _items(store), _incoming(store)
    outgoing: dict[str, list[str]] = defaultdict(list)
    for target, sources in incoming.items():
        for s in sources:
            outgoing[s].append(target)
    articles_with_root = {i.article for i in items.values() if i.level == "article"}
    roots = [i for i in items.values() if i.kind == "goal" and (
        i.level == "article" or (i.article not in articles_with_root and not outgoing.get(i.node)))]
    trees = []
    for root in sorted(roots, key=lambda i: _order(i.node)):
        tree = _tree(root, items, incoming, set(outgoing.get(root.node, [])))
        serves = tuple(items[t].label for t in sorted(outgoing.get(root.node, []), key=_order) if t in items)
        trees.append(Item(tree.node, tree.kind, tree.label, tree.quote, tree.article, tree.level,
                          tree.children, serves))
    return trees


def _order(node: str) -> tuple[str, int]:
    head, _, key = node.rpartition("/")
    digits = "".join(ch for ch in key if ch.isdigit())
    return head, int(digits or 0)


def _tree(item: Item, items: dict[str, Item], incoming: dict[str, list[str]], seen: set[str]) -> Item:
    seen = seen | {item.node}
    kids = [items[s] for s in sorted(incoming.get(item.node, []), key=_order) if s in items and s not in seen]
    return Item(item.node, item.kind, item.label, item.quote, item.article, item.level,
                tuple(_tree(k, items, incoming, seen) for k in kids))


def find_goal(store: Store, query: str) -> Item:
    """The goal whose label best matches ``query``; ambiguity and misses raise."""
    goals = {i.node: i for i in _items(store).values() if i.kind == "goal"}
    by_label: dict[str, list[Item]] = defaultdict(list)
    for g in goals.values():
        by_label[g.label].append(g)
    ranked = best(query, by_label)
    if not ranked:
        raise NotFoundError(f"no goal matches {query!r}")
    top = [label for score, label in ranked if score == ranked[0][0]]
    if len(top) > 1:
        raise AmbiguousError(query, top)
    return sorted(by_label[top[0]], key=lambda i: _order(i.node))[0]


def measures_for(store: Store, query: str) -> GoalAnswer:
    """The measures that support the goal best matching ``query``, each with its quote and article."""
    goal = find_goal(store, query)
    same = [i for i in _items(store).values() if i.kind == "goal" and i.label == goal.label]
    found: dict[str, Item] = {}
    for g in same:
        for row in store.run("measures-for-goal", goal=ox.NamedNode(g.node)):
            node = row["measure"] or ""
            found[node] = Item(node, "measure", row["label"] or "", row["quote"] or "", row["title"] or "")
    return GoalAnswer(goal, tuple(sorted(found.values(), key=lambda i: _order(i.node))))


@dataclass(frozen=True)
class Line:
    """One item of an answer: what, how it relates, the sentence that says so, and where."""

    label: str
    quote: str
    article: str
    relation: str = ""


@dataclass(frozen=True)
class Answer:
    question: str
    heading: str
    lines: tuple[Line, ...]


def _miss(kind: str, query: str, names: list[str]) -> NotFoundError:
    close = [label for _, label in best(query, names, floor=0.2)]
    hint = f"; closest: {'、'.join(close)}" if close else ""
    return NotFoundError(f"no {kind} matches {query!r}{hint}")


def _concepts(store: Store) -> tuple[dict[str, str], dict[str, str]]:
    """Every concept name (preferred or alternative label) -> IRI, and IRI -> preferred label."""
    rows = store.run("concepts")
    labels = {row["concept"] or "": row["label"] or "" for row in rows}
    names = {label: iri for iri, label in labels.items()}
    for row in rows:
        names.setdefault(row["name"] or "", row["concept"] or "")
    return names, labels


def find_concept(store: Store, query: str) -> tuple[str, str]:
    """(IRI, label) of the concept best matching ``query`` (exact name first, then fuzzy)."""
    names, labels = _concepts(store)
    if query not in names:
        ranked = best(query, names, floor=0.6)
        if not ranked:
            raise _miss("concept", query, list(names))
        query = ranked[0][1]
    return names[query], labels[names[query]]


def find_statement(store: Store, query: str, *, kind: str | None = None) -> Item:
    """The goal or measure (or either) whose label best matches ``query``."""
    items = [i for i in _items(store).values() if kind is None or i.kind == kind]
    by_label: dict[str, list[Item]] = defaultdict(list)
    for i in items:
        by_label[i.label].append(i)
    ranked = best(query, by_label, floor=0.5)
    if not ranked:
        raise _miss(kind or "goal or measure", query, list(by_label))
    return sorted(by_label[ranked[0][1]], key=lambda i: _order(i.node))[0]


def goals_of(store: Store, query: str) -> Answer:
    """The goals the measure best matching ``query`` serves, directly or through other measures."""
    measure = find_statement(store, query, kind="measure")
    rows = store.run("goals-of-measure", measure=ox.NamedNode(measure.node))
    lines = tuple(Line(r["label"] or "", r["quote"] or "", r["title"] or "") for r in rows)
    return Answer(query, f"举措 {measure.label} 服务于 {len(lines)} 个目标", lines)


def related_concepts(store: Store, query: str) -> Answer:
    iri, label = find_concept(store, query)
    rows = store.run("concept-neighbours", concept=ox.NamedNode(iri))
    lines = tuple(Line(r["label"] or "", r["quote"] or "",
                       r["title"] or "", _direction(r["relation"] or "", r["direction"] or "")) for r in rows)
    return Answer(query, f"与 {label} 相关的概念 {len({ln.label for ln in lines})} 个", lines)


def _direction(relation: str, direction: str) -> str:
    return relation if direction == "out" else f"被…{relation}"


def articles_with(store: Store, query: str) -> Answer:
    iri, label = find_concept(store, query)
    rows = store.run("articles-mentioning", concept=ox.NamedNode(iri))
    lines = tuple(Line(r["label"] or "", r["quote"] or "", r["title"] or "") for r in rows)
    articles = len({ln.article for ln in lines})
    return Answer(query, f"{label} 出现在 {articles} 篇文章的 {len(lines)} 个目标/举措中", lines)


def measures_answer(store: Store, query: str) -> Answer:
    found = measures_for(store, query)
    lines = tuple(Line(m.label, m.quote, m.article) for m in found.measures)
    return Answer(query, f"目标 {found.goal.label}（{found.goal.article}）由 {len(lines)} 项举措支撑", lines)


def _node_of(store: Store, name: str) -> tuple[str, str]:
    """A concept, else a goal or measure, named ``name``: (IRI, label)."""
    try:
        return find_concept(store, name)
    except NotFoundError:
        item = find_statement(store, name)
        return item.node, item.label


def relation_between(store: Store, a: str, b: str, *, max_hops: int = 4) -> Answer:
    """The shortest chain of stated relations between two names, each hop with its quote."""
    (start, a_label), (goal, b_label) = _node_of(store, a), _node_of(store, b)
    evidence = {(r["source"], r["target"]): r for r in store.run("link-evidence")}
    labels = {r["property"]: r["label"] for r in store.run("relation-labels")}
    nodes = store.run("view-nodes")
    names = {r["node"]: r["label"] for r in nodes}
    quotes = {r["node"]: r["quote"] for r in nodes if r["quote"]}
    nxt: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for r in store.run("view-edges"):
        s, t = r["source"] or "", r["target"] or ""
        nxt[s].append((t, s, t))
        nxt[t].append((s, s, t))
    path = _shortest(nxt, start, goal, max_hops)
    lines = []
    for s, t in path:
        ev = evidence.get((s, t)) or {}
        relation = labels.get(ev.get("property")) or "提及"
        lines.append(Line(f"{names.get(s, s)} —{relation}→ {names.get(t, t)}",
                          ev.get("quote") or quotes.get(s) or "", ev.get("title") or "", relation))
    found = f"经 {len(lines)} 步相连" if lines else f"在 {max_hops} 步之内没有相连的关系"
    return Answer(f"{a}/{b}", f"{a_label} 与 {b_label}：{found}", tuple(lines))


def _shortest(nxt: dict[str, list[tuple[str, str, str]]], start: str, goal: str,
              max_hops: int) -> list[tuple[str, str]]:
    """Breadth-first search over edges used in either direction; the hops as (source, target)."""
    back: dict[str, tuple[str, tuple[str, str]]] = {start: (start, ("", ""))}
    frontier = [start]
    for _ in range(max_hops):
        if goal in back:
            break
        new = []
        for node in frontier:
            for other, s, t in sorted(nxt.get(node, [])):
                if other not in back:
                    back[other] = (node, (s, t))
                    new.append(other)
        frontier = new
    if goal not in back or goal == start:
        return []
    hops = []
    node = goal
    while node != start:
        node, hop = back[node]
        hops.append(hop)
    return hops[::-1]
