"""The goal → measure trees of documents: for ``policykg measures`` (from the index of questions, a
document at a time, and summarised for a large graph) and for the workbench (from a store).

>>> from kg.extract import extract_document
>>> from kg.model import Source
>>> from kg.ask.index import Index
>>> from kg.ask.records import document_rows
>>> index = Index.of_rows([document_rows(extract_document(Source("a.txt", "发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。\\n")))])
>>> [(t.label, [c.label for c in t.children]) for t in document_trees(index)]
[('发展数字经济', ['加快建设数据中心'])]
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from kg.ask.index import Index
from kg.ask.records import Item, measure_counts
from kg.ask.scope import Scope, documents_in
from kg.errors import NotFoundError
from kg.support import support_links

__all__ = ["TreeItem", "document_trees", "goal_summary", "measure_counts", "statement_links", "trees_of"]


@dataclass(frozen=True)
class TreeItem:
    """A goal or measure with what supports it directly (``children``) and, for a root, what it serves."""

    node: str
    kind: str
    label: str
    quote: str
    article: str
    level: str = ""
    children: tuple[TreeItem, ...] = ()
    serves: tuple[str, ...] = ()
    document: str = ""
    count: int = 0


def document_trees(index: Index, docs: Sequence[int] | None = None) -> list[TreeItem]:
    """The trees of the documents ``docs`` (every document when None), read in one pass over their statements.

    >>> from kg.ask.records import document_rows
    >>> from kg.extract import extract_document
    >>> from kg.model import Source
    >>> doc = extract_document(Source("a.txt", "发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。\\n"))
    >>> [(t.label, [c.label for c in t.children]) for t in document_trees(Index.of_rows([document_rows(doc)]), [1])]
    [('发展数字经济', ['加快建设数据中心'])]
    """
    where = "1" if docs is None else "i.doc IN (SELECT value FROM json_each(?))"
    args = () if docs is None else (json.dumps(list(docs)),)
    items = {i.node: i for i in index._items(where, *args)}
    edges = index.rows(f"""SELECT s.node, t.node FROM edges e JOIN items s ON s.id = e.source
                           JOIN items t ON t.id = e.target WHERE t.id IN (SELECT i.id FROM items i WHERE {where})""", *args)
    incoming, outgoing = support_links(edges)
    return trees_of({n: _tree_item(i) for n, i in items.items()}, incoming, outgoing)


def _tree_item(item: Item) -> TreeItem:
    return TreeItem(item.node, item.kind, item.label, item.quote, item.article, item.level, document=item.document,
                    count=item.count)


SUMMARY_ROOTS = 3  # top goals a summary shows of each document


def goal_summary(index: Index) -> list[TreeItem]:
    """Each document's largest top goals (by the measures that support them) with their counts and no children:
    the tree of a graph too large to print whole.

    >>> from kg.ask.records import document_rows
    >>> from kg.extract import extract_document
    >>> from kg.model import Source
    >>> doc = extract_document(Source("a.txt", "发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。\\n"))
    >>> [(t.label, t.count, t.children) for t in goal_summary(Index.of_rows([document_rows(doc)]))]
    [('发展数字经济', 1, ())]
    """
    by_doc: dict[str, list[Item]] = defaultdict(list)
    for item in index.roots():
        by_doc[item.document].append(item)
    out = []
    for items in by_doc.values():
        out += [_tree_item(i) for i in sorted(items, key=lambda i: -i.count)[:SUMMARY_ROOTS]]
    return out


def trees_of(items: Mapping[str, Any], incoming: Mapping[str, list[str]], outgoing: Mapping[str, list[str]]) -> list[TreeItem]:
    """Every article's goal → measure trees from statements and their support links. The roots are the
    article goals (a headline or a title), and, in articles without one, the goals that support nothing;
    each root lists the goals it serves in turn.

    >>> from kg.ask.records import document_rows
    >>> from kg.extract import extract_document
    >>> from kg.model import Source
    >>> doc = extract_document(Source("a.txt", "发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。\\n"))
    >>> from kg.graph.rdf import document_ntriples
    >>> from kg.graph.store import Store
    >>> trees = trees_of(*statement_links(Store.from_ntriples(document_ntriples(doc).lines)))
    >>> [(t.label, [c.label for c in t.children]) for t in trees]
    [('发展数字经济', ['加快建设数据中心'])]
    """
    items = {n: (i if isinstance(i, TreeItem) else TreeItem(i.node, i.kind, i.label, i.quote, i.article, i.level,
                                                             document=i.document)) for n, i in items.items()}
    articles_with_root = {i.document for i in items.values() if i.level == "article"}
    roots = [i for i in items.values() if i.kind == "goal" and (
        i.level == "article" or (i.document not in articles_with_root and not outgoing.get(i.node)))]
    trees = []
    for root in sorted(roots, key=lambda i: _order(i.node)):
        tree = _tree(root, items, (incoming, outgoing), set(outgoing.get(root.node, [])))
        serves = tuple(items[t].label for t in sorted(outgoing.get(root.node, []), key=_order) if t in items)
        trees.append(replace(tree, serves=serves))
    return trees


Links = tuple[Mapping[str, list[str]], Mapping[str, list[str]]]  # incoming and outgoing support links


def _tree(item: TreeItem, items: Mapping[str, TreeItem], links: Links, seen: set[str]) -> TreeItem:
    """``item`` with what supports it below, each child once: one that also supports a sibling stands under the
    sibling only (a measure serving a goal of its sentence and the heading the goal serves)."""
    incoming, outgoing = links
    below = {s for s in incoming.get(item.node, []) if s in items and s not in seen and s != item.node}
    if not below and not item.children:
        return item  # a leaf, as it is (its children are none)
    seen = seen | {item.node}
    kids = [items[s] for s in sorted(below, key=_order) if not any(
        t in below and t != s and s not in outgoing.get(t, []) for t in outgoing.get(s, []))]
    return replace(item, children=tuple(_tree(k, items, links, seen) for k in kids))


def _order(node: str) -> tuple[str, int]:
    head, _, key = node.rpartition("/")
    digits = "".join(filter(str.isdigit, key))
    return head, int(digits or 0)


def statement_links(store: Any) -> tuple[dict[str, TreeItem], dict[str, list[str]], dict[str, list[str]]]:
    """Every goal and measure of a store and the support links into and out of each (what the workbench's
    reader and tree need), read with the bundled queries.

    >>> from kg.ask.records import document_rows
    >>> from kg.extract import extract_document
    >>> from kg.model import Source
    >>> doc = extract_document(Source("a.txt", "发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。\\n"))
    >>> from kg.graph.rdf import document_ntriples
    >>> from kg.graph.store import Store
    >>> items, incoming, outgoing = statement_links(Store.from_ntriples(document_ntriples(doc).lines))
    >>> [i.label for i in items.values()], [[items[s].label for s in v] for v in incoming.values()]
    (['发展数字经济', '加快建设数据中心'], [['加快建设数据中心']])
    """
    items = {}
    for row in store.run("statements"):
        kind = "goal" if (row["kind"] or "").endswith("Goal") else "measure"
        node = row["node"] or ""
        items[node] = TreeItem(node, kind, row["label"] or "", row["quote"] or "", row["title"] or "", row["level"] or "",
                               document=row["article"] or "")
    incoming, outgoing = support_links((r["source"] or "", r["target"] or "") for r in store.run("support-edges"))
    return items, incoming, outgoing


def measures_by_document(trees: list[TreeItem]) -> dict[str, list[TreeItem]]:
    """Trees grouped by the article they belong to, in the order met.

    >>> measures_by_document([TreeItem("g1", "goal", "甲", "", "文一"), TreeItem("g2", "goal", "乙", "", "文一")])["文一"][1].label
    '乙'
    """
    out: dict[str, list[TreeItem]] = defaultdict(list)
    for tree in trees:
        out[tree.article].append(tree)
    return out


FULL_TREE = 3000  # statements: a larger graph's tree is summarised unless one document is asked for


@dataclass(frozen=True)
class Trees:
    trees: list[TreeItem]
    note: str = ""


def measure_trees(index: Index, *, document: str | None = None) -> Trees:
    """``policykg measures`` without a goal: every tree of a small graph; of a large one, each document's
    top goals with their counts (and how to see more); with ``document`` (文号 or title) its whole tree.

    >>> from kg.ask.records import document_rows
    >>> from kg.extract import extract_document
    >>> from kg.model import Source
    >>> doc = extract_document(Source("a.txt", "发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。\\n"))
    >>> [t.label for t in measure_trees(Index.of_rows([document_rows(doc)])).trees]
    ['发展数字经济']
    >>> measure_trees(Index.of_rows([document_rows(doc)]), document="国发〔2018〕1号")
    Traceback (most recent call last):
    kg.errors.NotFoundError: no document has the 文号 or title '国发〔2018〕1号'
    """
    if document is not None:
        found = documents_in(index, Scope(documents=(document,)))
        if not found:
            raise NotFoundError(f"no document has the 文号 or title {document!r}")
        return Trees(document_trees(index, index.doc_ids(d.node for d in found)))
    meta = index.meta
    if meta["goals"] + meta["measures"] <= FULL_TREE:
        return Trees(document_trees(index))
    note = (f"{meta['documents']} 份文件、{meta['goals']} 个目标、{meta['measures']} 项举措：列出每份文件最大的 "
            f"{SUMMARY_ROOTS} 个顶层目标及支撑它们的举措数。一份文件的整棵树：policykg measures --document 文号或标题；"
            "一个目标：policykg measures 目标名")
    return Trees(goal_summary(index), note)
