"""Values bound to a query's variables: an RDF term as written, or a name resolved against the graph
as questions resolve names (``policykg query --bind goal=数字经济``)."""

from __future__ import annotations

from collections.abc import Mapping

import pyoxigraph as ox

from kg.ask.index import Index
from kg.ask.names import resolve
from kg.errors import QueryError
from kg.graph.results import parse_term
from kg.graph.store import Term


def bind_values(index: Index | None, values: Mapping[str, str]) -> dict[str, Term]:
    """Each value as an RDF term; plain text names a node of the graph (a goal, measure or concept
    label or alias, matched as questions match names), which must be just one node; for the
    variables ``goal``, ``measure`` and ``concept`` one of that kind. ``index`` is read only for names.

    >>> bind_values(None, {"x": "<http://e/a>"})
    {'x': <NamedNode value=http://e/a>}
    """
    out: dict[str, Term] = {}
    for name, value in values.items():
        term = parse_term(value)
        if term is None:
            if index is None:
                raise QueryError(f"{name}={value!r}: a name needs a graph to be looked up in")
            kinds = (name,) if name in ("goal", "measure", "concept") else ("goal", "measure", "concept")
            term = node_named(index, value, kinds=kinds)
        out[name] = term
    return out


def node_named(index: Index, text: str, *, kinds: tuple[str, ...]) -> ox.NamedNode:
    """The one node whose label or alias is (or alone contains) ``text``; a variable named goal,
    measure or concept looks among those only.

    >>> from kg.ask.records import document_rows
    >>> from kg.extract import extract_document
    >>> from kg.model import Source
    >>> text = "发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。\\n"
    >>> index = Index.of_rows([document_rows(extract_document(Source("a.txt", text)))])
    >>> node_named(index, "数据中心", kinds=("measure",))
    <NamedNode value=https://w3id.org/policykg/id/doc/cfc7b4885384/a1/m2>
    >>> node_named(index, "海洋牧场", kinds=("goal",))
    Traceback (most recent call last):
    kg.errors.QueryError: no node is named '海洋牧场'; a literal is written '"海洋牧场"@zh'
    """
    found = resolve(index, text, kinds=kinds, suggest=5)
    entries = found.exact or found.entries
    nodes = sorted({e.node for e in entries})
    if len(nodes) == 1 and found.how in ("exact", "contains"):
        return ox.NamedNode(nodes[0])
    if not nodes:
        close = "、".join(e.label for e in found.suggestions)
        hint = f"; did you mean: {close}" if close else ""
        raise QueryError(f"no node is named {text!r}{hint}; a literal is written '\"{text}\"@zh'")
    listed = "; ".join(f"<{e.node}> ({e.kind} {e.label})" for e in entries[:6])
    more = f" and {len(nodes) - 6} more" if len(nodes) > 6 else ""
    raise QueryError(f"{text!r} names {len(nodes)} nodes ({found.how}): {listed}{more}; bind one IRI")
