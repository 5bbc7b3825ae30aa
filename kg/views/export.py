"""Writing a built graph in other formats.

RDF formats come from pyoxigraph: ``trig`` and ``nquads`` keep one named
graph per document, ``turtle``, ``nt``, ``jsonld`` and ``xml`` hold the union.
Graph formats for network tools (``gexf``, ``graphml``, ``csv``) are the
domain projection of the view (:func:`projection`): goals, measures and concepts
as nodes; support, mention, agency and the stated concept relations (by kind) as edges.

>>> store = Store.from_ntriples('<http://e/a> <http://e/p> "目标"@zh .\\n'.encode())
>>> export_bytes(store, "nt").decode()
'<http://e/a> <http://e/p> "目标"@zh .\\n'
"""

from __future__ import annotations

import io

import networkx as nx
import pyoxigraph as ox

from kg.errors import PolicyKGError
from kg.graph.rdf import PREFIXES
from kg.graph.results import GRAPH_FORMATS
from kg.graph.store import Store
from kg.views.view import ViewEdge, ViewNode, view_of

DATASET_FORMATS = {"trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS}
NETWORK_FORMATS = ("gexf", "graphml", "csv")
FORMATS = (*DATASET_FORMATS, *GRAPH_FORMATS, *NETWORK_FORMATS)


def export_bytes(store: Store, fmt: str) -> bytes:
    """The graph in ``store`` as bytes of format ``fmt`` (one of :data:`FORMATS`).

    >>> store = Store.from_turtle('<http://e/a> <http://e/p> "甲" .'.encode())
    >>> export_bytes(store, "nt").decode()
    '<http://e/a> <http://e/p> "甲" .\\n'
    >>> export_bytes(store, "pdf")
    Traceback (most recent call last):
    kg.errors.PolicyKGError: unknown format 'pdf'; use one of: trig, nquads, turtle, nt, xml, jsonld, gexf, graphml, csv
    """
    if fmt in DATASET_FORMATS:
        return store.store.dump(format=DATASET_FORMATS[fmt], prefixes=_prefixes(fmt)) or b""
    if fmt in GRAPH_FORMATS:
        triples = sorted({q.triple for q in store.store}, key=_key)
        return ox.serialize(triples, format=GRAPH_FORMATS[fmt], prefixes=_prefixes(fmt)) or b""
    if fmt in NETWORK_FORMATS:
        return network_bytes(projection(store), fmt)
    raise PolicyKGError(f"unknown format {fmt!r}; use one of: {', '.join(FORMATS)}")


def _prefixes(fmt: str) -> dict[str, str] | None:
    return PREFIXES if fmt in ("trig", "turtle", "xml") else None


def _key(t: ox.Triple) -> tuple[str, str, str]:
    return str(t.subject), str(t.predicate), str(t.object)


def projection_of(nodes: list[ViewNode], edges: list[ViewEdge]) -> nx.MultiDiGraph:
    """The view as a networkx graph.

    >>> g = projection_of([ViewNode("a", "人工智能", "Technology", "", ""), ViewNode("m", "发展人工智能", "Measure", "文一", "")],
    ...                   [ViewEdge("m", "a", "mentions")])
    >>> sorted(g.nodes(data="label")), list(g.edges(keys=True))
    ([('a', '人工智能'), ('m', '发展人工智能')], [('m', 'a', 'mentions')])
    """
    g = nx.MultiDiGraph()
    for n in nodes:
        g.add_node(n.id, label=n.label, kind=n.kind, article=n.article)
    for e in edges:
        g.add_edge(e.source, e.target, key=e.kind, kind=e.kind)
    return g


def projection(store: Store) -> nx.MultiDiGraph:
    """The view of the graph in ``store`` (:func:`kg.views.view.view_of`) as a networkx graph.

    >>> projection(Store.from_turtle('<http://e/a> <http://e/p> "甲" .'.encode())).number_of_nodes()
    0
    """
    return projection_of(*view_of(store))


def network_bytes(g: nx.MultiDiGraph, fmt: str) -> bytes:
    """GEXF (opens in Gephi, with labels and types), GraphML, or CSV edges with labels; two nodes related
    in two ways (包括 and 推动) keep both edges.

    >>> g = projection_of([ViewNode("a", "人工智能", "Technology", "", ""), ViewNode("m", "发展人工智能", "Measure", "文一", "")],
    ...                   [ViewEdge("m", "a", "mentions")])
    >>> network_bytes(g, "csv").decode().splitlines()[1]
    '发展人工智能,Measure,mentions,人工智能,Technology,m,a'
    """
    buffer = io.BytesIO()
    if fmt == "gexf":
        nx.write_gexf(g, buffer, encoding="utf-8")
    elif fmt == "graphml":
        nx.write_graphml(g, buffer, encoding="utf-8")
    elif fmt == "csv":
        return _csv(g).encode("utf-8")
    else:
        raise PolicyKGError(f"unknown network format {fmt!r}; use gexf, graphml or csv")
    return buffer.getvalue()


def _csv(g: nx.MultiDiGraph) -> str:
    import csv

    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\n")
    writer.writerow(["source", "source_type", "relation", "target", "target_type", "source_iri", "target_iri"])
    for s, t, kind in sorted(g.edges(keys=True)):
        writer.writerow([g.nodes[s]["label"], g.nodes[s]["kind"], kind, g.nodes[t]["label"], g.nodes[t]["kind"], s, t])
    return text.getvalue()
