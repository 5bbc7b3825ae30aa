"""A query as a user types it: the standard prefixes declared for it when it uses them without
declaring them (as :meth:`kg.Graph.query` does), and a syntax error told as line, column and a short hint
instead of the parser's list of expected characters.

>>> with_prefixes("SELECT ?g WHERE { ?g a pol:Goal }")[1]
1
>>> with_prefixes("PREFIX pol: <https://w3id.org/policykg/ontology#> SELECT * WHERE { ?g a pol:Goal }")[1]
0
>>> explain("error at 2:19: expected one of Prefix not found, ['%']", "SELECT *\\nWHERE { ?g a zz:Goal }", 0)[:57]
'line 2, column 19: unknown prefix zz: (declare it: PREFIX'
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from kg.errors import QueryError
from kg.graph.rdf import PREFIXES
from kg.graph.results import Result, run_query
from kg.graph.store import Store, Term

_DECLARED = re.compile(r"(?i)\bPREFIX\s+([A-Za-z][\w.-]*)?\s*:")
_USED = re.compile(r"(?<![\w<?$:/#.-])([A-Za-z][\w-]*):(?=[\w(]|\s|$)")
_POSITION = re.compile(r"error at (\d+):(\d+):\s*(.*)", re.S)
_QUOTED = re.compile(r"\"(?:[^\"\\\n]|\\.)*\"|'(?:[^'\\\n]|\\.)*'|<[^<>\s]*>|#[^\n]*")


def with_prefixes(query: str) -> tuple[str, int]:
    """``query`` with a ``PREFIX`` line for each standard prefix it uses but does not declare, and how many
    lines were added in front.

    >>> query, added = with_prefixes("SELECT ?g WHERE { ?g a pol:Goal ; rdfs:label ?l }")
    >>> added, query.splitlines()[0]
    (2, 'PREFIX pol: <https://w3id.org/policykg/ontology#>')
    """
    bare = _QUOTED.sub(" ", query)
    declared = set(_DECLARED.findall(bare))
    used = {m.group(1) for m in _USED.finditer(bare)}
    missing = [p for p in PREFIXES if p in used and p not in declared]
    head = "".join(f"PREFIX {p}: <{PREFIXES[p]}>\n" for p in missing)
    return head + query, len(missing)


def explain(message: str, query: str, added: int) -> str:
    """The parser's message as "line L, column C: hint" (lines counted in the query as typed).

    >>> explain("error at 3:5: expected one of Prefix not found", "SELECT *\\nWHERE {\\n?g a zz:Goal }", 2)
    ... # doctest: +ELLIPSIS
    'line 1, column 5: unknown prefix zz: (declare it: PREFIX zz: <…>, or use one of pol, concept, ...)'
    """
    m = _POSITION.search(message)
    if m is None:
        return " ".join(message.split())
    line, column, said = int(m.group(1)) - added, int(m.group(2)), m.group(3)
    lines = query.splitlines() or [""]
    text = lines[line - 1] if 0 < line <= len(lines) else ""
    if "Prefix not found" in said:
        bare = _QUOTED.sub(" ", query)
        declared = set(_DECLARED.findall(bare)) | set(PREFIXES)
        prefix = next((m.group(1) for m in _USED.finditer(bare) if m.group(1) not in declared), "?")
        return (f"line {line}, column {column}: unknown prefix {prefix}: (declare it: PREFIX {prefix}: <…>, "
                f"or use one of {', '.join(PREFIXES)})")
    near = text[max(column - 16, 0):column + 4].strip()
    where = f" (near {near!r})" if near else " (at the end of the query)"
    words = [w for w in dict.fromkeys(re.findall(r"\b[A-Z][A-Z_]+\b", said)) if w != "IRI"][:5]
    marks = [t for t in dict.fromkeys(re.findall(r"'([^'\s]{1,2})'|\"([^\"\s]{1,2})\"", said)) for t in t if t][:5]
    hint = "; expected " + " or ".join([*words, *marks]) if words or marks else ""
    bare = _QUOTED.sub(" ", query)
    if bare.count("{") > bare.count("}"):
        hint += "; a { is never closed"
    return f"line {line}, column {column}{where}: the query does not parse here{hint}"


def run(store: Store, query: str, bindings: Mapping[str, Term] | None = None) -> Result:
    """Run a query typed by a user: standard prefixes declared for it, a syntax error explained.

    >>> store = Store.from_turtle('<http://e/a> a <https://w3id.org/policykg/ontology#Goal> .'.encode())
    >>> result = run(store, "SELECT ?g WHERE { ?g a pol:Goal }")
    >>> result.kind, [str(row["g"]) for row in result.value]
    ('select', ['<http://e/a>'])
    >>> run(store, "SELECT ?g WHERE { ?g a pol:Goal")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    kg.errors.QueryError: SPARQL syntax error at line 1, column 32 (near '{ ?g a pol:Goal'): ... a { is never closed
    """
    text, added = with_prefixes(query)
    try:
        return run_query(store, text, bindings)
    except QueryError as exc:
        said = str(exc)
        if said.startswith("SPARQL syntax error:"):
            raise QueryError(f"SPARQL syntax error at {explain(said, query, added)}") from None
        raise
