"""Writing a built graph in other formats.

RDF formats come from pyoxigraph: ``trig`` and ``nquads`` keep one named
graph per document, ``turtle``, ``nt``, ``jsonld`` and ``xml`` hold the union.
Graph formats for network tools (``gexf``, ``graphml``, ``csv``) are the
domain projection of :mod:`kg.views.analysis`.

>>> store = Store.from_ntriples('<http://e/a> <http://e/p> "目标"@zh .\\n'.encode())
>>> export_bytes(store, "nt").decode()
'<http://e/a> <http://e/p> "目标"@zh .\\n'
"""

from __future__ import annotations

import pyoxigraph as ox

from kg.errors import PolicyKGError
from kg.graph.rdf import PREFIXES
from kg.graph.results import GRAPH_FORMATS
from kg.graph.store import Store

DATASET_FORMATS = {"trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS}
NETWORK_FORMATS = ("gexf", "graphml", "csv")
FORMATS = (*DATASET_FORMATS, *GRAPH_FORMATS, *NETWORK_FORMATS)


def export_bytes(store: Store, fmt: str) -> bytes:
    """The graph in ``store`` as bytes of format ``fmt`` (one of :data:`FORMATS`)."""
    if fmt in DATASET_FORMATS:
        return store.store.dump(format=DATASET_FORMATS[fmt], prefixes=_prefixes(fmt)) or b""
    if fmt in GRAPH_FORMATS:
        triples = sorted({q.triple for q in store.store}, key=_key)
        return ox.serialize(triples, format=GRAPH_FORMATS[fmt], prefixes=_prefixes(fmt)) or b""
    if fmt in NETWORK_FORMATS:
        from kg.views.analysis import network_bytes, projection

        return network_bytes(projection(store), fmt)
    raise PolicyKGError(f"unknown format {fmt!r}; use one of: {', '.join(FORMATS)}")


def _prefixes(fmt: str) -> dict[str, str] | None:
    return PREFIXES if fmt in ("trig", "turtle", "xml") else None


def _key(t: ox.Triple) -> tuple[str, str, str]:
    return str(t.subject), str(t.predicate), str(t.object)
