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
