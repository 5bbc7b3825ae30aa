"""The graph page's view gathered one document at a time, in bounded memory.

While the graph is small enough to draw whole (at most
:data:`kg.views.view.NODE_LIMIT` nodes) the gathered view is exactly the view of
the whole graph. Past that the page is an overview, as
:func:`kg.views.view.overview` makes it: the finest measures (level ``action``)
and mention edges are left out; here the goals and measures kept are also
capped at the limit, coarsest levels first and then in input order, so that
the page, and the memory it takes to make it, stop growing with the input.
The number of measures supporting each statement is counted per document
(support links never cross documents) before anything is left out.

>>> from kg.views.view import ViewEdge, ViewNode
>>> sample = Overview(limit=3)
>>> sample.add([ViewNode("g", "目标", "Goal", "文", "", "section"), ViewNode("m", "举措", "Measure", "文", "", "action"),
...             ViewNode("c", "概念", "Concept", "", "")], [ViewEdge("m", "g", "supports"), ViewEdge("m", "c", "mentions")],
...            {"g": 1, "m": 0})
>>> nodes, edges, counts, total = sample.result()
>>> [n.id for n in nodes], total
(['c', 'g', 'm'], 3)
>>> sample.add([ViewNode("g2", "目标二", "Goal", "文", "", "section")], [], {"g2": 0})
>>> [n.id for n in sample.result()[0]], sample.result()[3]
(['g', 'g2'], 4)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from kg.views.view import NODE_LIMIT, ViewEdge, ViewNode

LEVELS = {"article": 0, "section": 1, "item": 2, "thesis": 3}  # coarsest first; "action" and others last
STATEMENT_KINDS = ("Goal", "Measure")


class Overview:
    """Add each document's view (nodes, edges, measure counts); :meth:`result` gives the page's view."""

    def __init__(self, *, limit: int = NODE_LIMIT) -> None:
        self.limit = limit
        self.whole = True  # still the whole graph's view
        self.statements: dict[str, tuple[tuple[int, int], ViewNode, int, list[ViewEdge]]] = {}
        self.concepts: dict[str, ViewNode] = {}
        self.related: set[ViewEdge] = set()
        self.used: set[str] = set()  # concepts at the end of some edge: drawn in the whole view
        self.total_statements = 0
        self.order = 0

    def add(self, nodes: Iterable[ViewNode], edges: Iterable[ViewEdge], counts: Mapping[str, int]) -> None:
        out: dict[str, list[ViewEdge]] = {}
        for e in edges:
            if e.kind == "related":
                self.related.add(e)
            elif self.whole or e.kind != "mentions":
                out.setdefault(e.source, []).append(e)
            if e.kind in ("mentions", "agency", "related"):
                self.used.update((e.source, e.target) if e.kind == "related" else (e.target,))
        for n in nodes:
            if n.kind not in STATEMENT_KINDS:
                known = self.concepts.get(n.id)
                if known is None or n.kind < known.kind:
                    self.concepts[n.id] = n
                continue
            self.total_statements += 1
            self.order += 1
            if self.whole or n.level != "action":
                rank = (LEVELS.get(n.level, len(LEVELS)), self.order)
                self.statements[n.id] = (rank, n, counts.get(n.id, 0), out.get(n.id, []))
        if self.whole and self.total_statements + len(self.used) > self.limit:
            self.whole = False
            self._thin()
        if not self.whole and len(self.statements) > 2 * self.limit:
            self._cap()

    def _thin(self) -> None:
        """From the whole view to the overview: no finest measures, no mention edges."""
        self.statements = {k: (rank, n, c, [e for e in out if e.kind != "mentions"])
                           for k, (rank, n, c, out) in self.statements.items() if n.level != "action"}

    def _cap(self) -> None:
        kept = sorted(self.statements.items(), key=lambda kv: kv[1][0])[: self.limit]
        self.statements = dict(kept)

    def result(self) -> tuple[list[ViewNode], list[ViewEdge], dict[str, int], int]:
        """(nodes, edges, measure counts, number of nodes in the whole view)."""
        total = self.total_statements + len(self.used & self.concepts.keys())
        if not self.whole:
            self._cap()
        statements = {k: n for k, (_, n, _, _) in self.statements.items()}
        counts = {k: c for k, (_, _, c, _) in self.statements.items()}
        edges = {e for _, _, _, out in self.statements.values() for e in out} | self.related
        ends = statements.keys() | self.concepts.keys()
        kept = sorted(e for e in edges if e.source in ends and e.target in ends and e.source != e.target)
        if self.whole:
            used = {e.source for e in kept} | {e.target for e in kept}
            nodes = [*statements.values(), *(c for k, c in self.concepts.items() if k in used)]
            return sorted(nodes, key=lambda n: n.id), kept, counts, total
        kept = [e for e in kept if e.source in statements or e.target in statements or e.kind == "related"]
        degree: dict[str, int] = {}
        for e in kept:
            for end in (e.source, e.target):
                degree[end] = degree.get(end, 0) + 1
        room = max(self.limit - len(statements), 0)
        chosen = sorted((k for k in self.concepts if degree.get(k)), key=lambda k: (-degree[k], k))[:room]
        ids = statements.keys() | set(chosen)
        nodes = sorted([*statements.values(), *(self.concepts[k] for k in chosen)], key=lambda n: n.id)
        return nodes, [e for e in kept if e.source in ids and e.target in ids], counts, total
