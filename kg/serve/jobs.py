"""The jobs the query processes run: a SPARQL query with its results capped, a question, a trend; each returns
the bytes of its answer or raises :class:`kg.errors.LimitError`.

>>> too_large(2 ** 20)
'the answer is over the limit of 1 MB (serve --max-response-mb); add LIMIT or narrow the query'
"""

from __future__ import annotations

import functools
import json
from itertools import islice
from typing import IO, Any, cast

from kg.errors import LimitError
from kg.graph.store import Store


class _Capped:
    """A writer that refuses to grow past ``limit`` bytes."""

    def __init__(self, limit: int) -> None:
        self.limit, self.size = limit, 0
        self.parts: list[bytes] = []

    def write(self, data: bytes) -> int:
        self.size += len(data)
        if self.size > self.limit:
            raise LimitError(too_large(self.limit))
        self.parts.append(bytes(data))
        return len(data)

    def flush(self) -> None:
        pass

    def value(self) -> bytes:
        return b"".join(self.parts)


def too_large(limit: int) -> str:
    """The message of an answer over the response limit of ``limit`` bytes.

    >>> too_large(5 * 2 ** 20)
    'the answer is over the limit of 5 MB (serve --max-response-mb); add LIMIT or narrow the query'
    """
    return f"the answer is over the limit of {limit / 2**20:g} MB (serve --max-response-mb); add LIMIT or narrow the query"


def too_many(limit: int) -> str:
    """The message of an answer over the limit of ``limit`` rows.

    >>> too_many(1000)
    'the answer has more than 1000 rows, the limit (serve --max-rows); add LIMIT or narrow the query'
    """
    return f"the answer has more than {limit} rows, the limit (serve --max-rows); add LIMIT or narrow the query"


def evaluate(store: Store, query: str, fmt: str, graph_fmt: str, max_rows: int, max_bytes: int) -> tuple[str, bytes]:
    """(kind, body) of a query, within ``max_rows`` rows (solutions or triples) and ``max_bytes`` bytes.

    >>> store = Store.from_ntriples("".join(f'<http://e/{i}> <http://e/p> "{i}" .\\n' for i in range(5)).encode())
    >>> evaluate(store, "SELECT ?o { ?s ?p ?o } ORDER BY ?o", "csv", "nt", 10, 1000)
    ('select', b'o\\r\\n0\\r\\n1\\r\\n2\\r\\n3\\r\\n4\\r\\n')
    >>> evaluate(store, "SELECT ?o { ?s ?p ?o }", "csv", "nt", 3, 1000)
    Traceback (most recent call last):
    kg.errors.LimitError: the answer has more than 3 rows, the limit (serve --max-rows); add LIMIT or narrow the query
    """
    import pyoxigraph as ox

    from kg.graph.rdf import PREFIXES
    from kg.graph.results import GRAPH_FORMATS, SOLUTION_FORMATS, render, run_query

    result = run_query(store, query)
    out = _Capped(max_bytes)
    if result.kind == "graph":
        fmt = "turtle" if graph_fmt not in GRAPH_FORMATS else graph_fmt
        triples = list(islice(result.value, max_rows + 1))
        if len(triples) > max_rows:
            raise LimitError(too_many(max_rows))
        ox.serialize(triples, cast("IO[bytes]", out), format=GRAPH_FORMATS[fmt],
                     prefixes=PREFIXES if fmt in ("turtle", "xml") else None)
        return "graph", out.value()
    if result.kind == "ask":
        return "ask", render(result, fmt)
    result.value.serialize(out, format=SOLUTION_FORMATS[fmt])
    body = out.value()
    if _row_bound(body, fmt) > max_rows and sum(1 for _ in islice(run_query(store, query).value, max_rows + 1)) > max_rows:
        raise LimitError(too_many(max_rows))
    return "select", body


def _row_bound(body: bytes, fmt: str) -> int:
    """At least the number of rows in a serialized result (each row has one of these marks, or more)."""
    mark = {"json": b"{", "xml": b"<result>"}.get(fmt, b"\n")
    return body.count(mark)


def answer_json(store: Store, question: str, max_bytes: int) -> bytes:
    """A question's answer as the JSON ``/ask`` sends; :class:`kg.errors.LimitError` when over ``max_bytes``.

    >>> store = Store.from_ntriples(b"")
    >>> json.loads(answer_json(store, "哪些举措支撑发展数字经济？", 10 ** 6))["found"]
    False
    >>> answer_json(store, "哪些举措支撑发展数字经济？", 10)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    kg.errors.LimitError: the answer is over the limit of ... MB (serve --max-response-mb); add LIMIT or narrow the query
    """
    from kg.ask import answer

    body = json.dumps(plain(answer(store, question)), ensure_ascii=False).encode("utf-8")
    if len(body) > max_bytes:
        raise LimitError(too_large(max_bytes))
    return body


def plain(value: Any) -> Any:
    """Dataclasses, lists and tuples as dicts and lists, as ``dataclasses.asdict`` gives them for JSON, without
    its deep copies (several times faster on an answer of many lines).

    >>> from dataclasses import asdict
    >>> from kg.ask.answers import Answer
    >>> a = Answer(question="问", heading="标题", lines=())
    >>> json.dumps(plain(a)) == json.dumps(asdict(a))
    True
    """
    if hasattr(value, "__dataclass_fields__"):
        kind: type = type(value)
        return {name: plain(getattr(value, name)) for name in _field_names(kind)}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value


@functools.cache
def _field_names(cls: type) -> tuple[str, ...]:
    from dataclasses import fields

    return tuple(f.name for f in fields(cls))
def trend_json(store: Store, term: str, by: str, max_bytes: int) -> bytes:
    """A term's trend as the JSON ``/trend`` sends (``by`` year or region); :class:`kg.errors.LimitError` when over ``max_bytes``.

    >>> data = json.loads(trend_json(Store.from_ntriples(b""), "新质生产力", "year", 10 ** 6))
    >>> data["term"], data["rows"]
    ('新质生产力', [])
    """
    from kg.ask import prepare
    from kg.ask.trends import By, trend

    body = json.dumps(trend(prepare(store), term, by=By(by)).data(), ensure_ascii=False).encode("utf-8")
    if len(body) > max_bytes:
        raise LimitError(too_large(max_bytes))
    return body
