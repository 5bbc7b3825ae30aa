"""SPARQL results as documents: SPARQL 1.1 JSON/XML/CSV/TSV, RDF for graphs, or a text table.

>>> store = Store.from_ntriples('<http://e/a> <http://www.w3.org/2000/01/rdf-schema#label> "目标"@zh .\\n'.encode())
>>> result = run_query(store, "SELECT ?label WHERE { ?s ?p ?label }")
>>> render(result, "csv").decode().split()
['label', '目标']
>>> render(run_query(store, "ASK { ?s ?p ?o }"), "json")
b'{"head":{},"boolean":true}'
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import pyoxigraph as ox

from kg.errors import QueryError
from kg.graph.rdf import PREFIXES
from kg.graph.store import Store, Term

SOLUTION_FORMATS = {"json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML,
                    "csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV}
GRAPH_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "xml": ox.RdfFormat.RDF_XML,
                 "jsonld": ox.RdfFormat.JSON_LD}
_LANG = re.compile(r'^"(.*)"@([A-Za-z]+(?:-[A-Za-z0-9]+)*)$', re.S)
_TYPED = re.compile(r'^"(.*)"\^\^<([^<>"\s]+)>$', re.S)
_PREFIXED = re.compile(r"^([A-Za-z][\w-]*):([\w-]*)$")
_BARE_IRI = re.compile(r"^(?:[A-Za-z][A-Za-z0-9+.-]*://|urn:)[^\s<>\"{}|\\^`]+$")
XSD_INTEGER = "http://www.w3.org/2001/XMLSchema#integer"


@dataclass(frozen=True)
class Result:
    """What a query returned: ``kind`` is "select", "ask" or "graph"."""

    kind: str
    value: Any  # ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples


def parse_term(text: str) -> Term | None:
    """A value given on the command line: <IRI>, a bare IRI, a prefixed name (pol:Goal),
    "text"@lang, "text"^^<type>, an integer; None for plain text (a name, see :func:`kg.ask.bindings.bind_values`).

    >>> parse_term("<http://e/a>"), parse_term("https://w3id.org/policykg/id/doc/x"), parse_term("pol:Goal")
    (<NamedNode value=http://e/a>, <NamedNode value=https://w3id.org/policykg/id/doc/x>, <NamedNode value=https://w3id.org/policykg/ontology#Goal>)
    >>> parse_term('"制造业"@zh'), parse_term("3"), parse_term("制造业") is None
    (<Literal value=制造业 language=zh>, <Literal value=3 datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#integer>>, True)
    """
    try:
        if text.startswith("<") and text.endswith(">"):
            return ox.NamedNode(text[1:-1])
        if m := _LANG.match(text):
            return ox.Literal(m.group(1), language=m.group(2))
        if m := _TYPED.match(text):
            return ox.Literal(m.group(1), datatype=ox.NamedNode(m.group(2)))
        if m := _PREFIXED.match(text):
            if m.group(1) in PREFIXES:
                return ox.NamedNode(PREFIXES[m.group(1)] + m.group(2))
        if _BARE_IRI.match(text):
            return ox.NamedNode(text)
        if re.fullmatch(r"[+-]?\d+", text):
            return ox.Literal(text, datatype=ox.NamedNode(XSD_INTEGER))
    except ValueError as exc:
        raise QueryError(f"bad value {text!r}: {exc}") from None
    return None


def parse_bindings(pairs: list[str]) -> dict[str, str]:
    """``var=value`` pairs (from ``--bind``) as variable name -> the value as typed.

    >>> parse_bindings(["goal=制造业高质量发展", "?n=3"])
    {'goal': '制造业高质量发展', 'n': '3'}
    """
    out = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        name = name.strip().lstrip("?$")
        if not sep or not re.fullmatch(r"\w+", name) or not value.strip():
            raise QueryError(f"bad --bind {pair!r}; use var=value, e.g. goal=<https://…>, goal=制造业高质量发展 "
                             "or label='\"制造业\"@zh'")
        out[name] = value.strip()
    return out


def run_query(store: Store, query: str, bindings: Mapping[str, Term] | None = None) -> Result:
    """Evaluate a SELECT, ASK, CONSTRUCT or DESCRIBE query (UPDATE is refused).

    >>> store = Store.from_turtle('<http://e/a> <http://e/p> "甲" .'.encode())
    >>> run_query(store, "ASK { ?s ?p ?o }").kind
    'ask'
    >>> run_query(store, "DELETE WHERE { ?s ?p ?o }")
    Traceback (most recent call last):
    kg.errors.QueryError: SPARQL UPDATE is refused: the graph is read-only
    """
    if re.match(r"^\s*(?:(?:PREFIX|BASE)\s[^{]*?)?(?:INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b",
                _strip_comments(query), re.I):
        raise QueryError("SPARQL UPDATE is refused: the graph is read-only")
    value = store.raw(query, bindings)
    if isinstance(value, ox.QuerySolutions):
        return Result("select", value)
    if isinstance(value, ox.QueryBoolean):
        return Result("ask", value)
    return Result("graph", value)


def _strip_comments(query: str) -> str:
    return re.sub(r"(?m)#[^\n]*$", "", query)


def render(result: Result, fmt: str) -> bytes:
    """Bytes of ``result`` in ``fmt``: json/xml/csv/tsv for solutions and booleans, turtle/nt/xml/jsonld for graphs.

    >>> store = Store.from_turtle('<http://e/a> <http://e/p> "甲" .'.encode())
    >>> render(run_query(store, "SELECT ?o { ?s ?p ?o }"), "csv").decode()
    'o\\r\\n甲\\r\\n'
    """
    if result.kind == "graph":
        fmt = "turtle" if fmt in ("table", "json") else fmt
        if fmt not in GRAPH_FORMATS:
            raise QueryError(f"a graph result cannot be written as {fmt}; use {', '.join(GRAPH_FORMATS)}")
        prefixes = PREFIXES if fmt in ("turtle", "xml") else None
        return ox.serialize(result.value, format=GRAPH_FORMATS[fmt], prefixes=prefixes) or b""
    if fmt not in SOLUTION_FORMATS:
        raise QueryError(f"results cannot be written as {fmt}; use table, {', '.join(SOLUTION_FORMATS)}")
    return result.value.serialize(format=SOLUTION_FORMATS[fmt]) or b""


def table_rows(result: Result) -> tuple[list[str], list[list[str]]]:
    """Header and rows for a text table; terms shown by value, IRIs with a known prefix shortened.

    >>> store = Store.from_turtle('<http://e/a> <http://e/p> "甲" .'.encode())
    >>> table_rows(run_query(store, "SELECT ?s ?o { ?s ?p ?o }")), table_rows(run_query(store, "ASK {}"))
    ((['s', 'o'], [['http://e/a', '甲']]), (['ask'], [['true']]))
    """
    if result.kind == "ask":
        return ["ask"], [["true" if bool(result.value) else "false"]]
    names = [v.value for v in result.value.variables]
    rows = [[_show(solution[n]) for n in names] for solution in result.value]
    return names, rows


def _show(term: Term | None) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for prefix, ns in PREFIXES.items():
            if term.value.startswith(ns) and "/" not in term.value[len(ns):]:
                return f"{prefix}:{term.value[len(ns):]}"
    return str(term.value)
