"""Loading a built graph into a SPARQL 1.1 Graph Store Protocol server.

Each named graph of the dataset is sent with one ``PUT ?graph=IRI`` (so a
repeated push replaces rather than duplicates); triples outside named graphs
go to ``PUT ?default``. Only the standard library speaks HTTP here.

>>> graph_url("http://127.0.0.1:7878/store", "https://w3id.org/policykg/id/doc/1")
'http://127.0.0.1:7878/store?graph=https%3A%2F%2Fw3id.org%2Fpolicykg%2Fid%2Fdoc%2F1'
"""

from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

from kg.errors import RemoteError
from kg.graph.store import Store


@dataclass(frozen=True)
class PushReport:
    graphs: int
    triples: int


def graph_url(endpoint: str, graph: str | None) -> str:
    """The Graph Store Protocol address of one graph of ``endpoint`` (None: the default graph).

    >>> graph_url("http://127.0.0.1:7878/store", None)
    'http://127.0.0.1:7878/store?default'
    >>> graph_url("http://127.0.0.1:7878/store?x=1", "https://w3id.org/policykg/id/doc/1")
    'http://127.0.0.1:7878/store?x=1&graph=https%3A%2F%2Fw3id.org%2Fpolicykg%2Fid%2Fdoc%2F1'
    """
    query = "default" if graph is None else urllib.parse.urlencode({"graph": graph})
    return f"{endpoint}{'&' if '?' in endpoint else '?'}{query}"


def check_endpoint(endpoint: str) -> str:
    """``endpoint`` if it is a well-formed http(s) URL with a host; otherwise one :class:`RemoteError` line.

    >>> check_endpoint("http://[::1")
    Traceback (most recent call last):
    kg.errors.RemoteError: http://[::1: not a valid URL (Invalid IPv6 URL)
    """
    try:
        parts = urllib.parse.urlsplit(endpoint)
        _ = parts.port  # raises for a port that is not a number in range
    except ValueError as exc:
        raise RemoteError(f"{endpoint}: not a valid URL ({exc})") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise RemoteError(f"{endpoint}: not an http(s) URL")
    return endpoint


def push(store: Store, endpoint: str, *, timeout: float = 60.0) -> PushReport:
    """PUT every graph of ``store`` to the Graph Store endpoint ``endpoint``.

    >>> push(Store.from_ntriples(b"<http://e/a> <http://e/p> <http://e/b> .\\n"), "http://127.0.0.1:9/store", timeout=5)
    ... # doctest: +ELLIPSIS
    Traceback (most recent call last):
    kg.errors.RemoteError: http://127.0.0.1:9/store?default: ...
    """
    check_endpoint(endpoint)
    graphs = triples = 0
    for name, data in store.graphs():
        _put(graph_url(endpoint, name), data, timeout)
        graphs, triples = graphs + 1, triples + data.count(b"\n")
    return PushReport(graphs, triples)


def _put(url: str, data: bytes, timeout: float) -> None:
    request = urllib.request.Request(url, data=data, method="PUT",
                                     headers={"Content-Type": "application/n-triples"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            response.read()
    except urllib.error.HTTPError as exc:
        body = exc.read().decode("utf-8", "replace").strip().splitlines()
        raise RemoteError(f"{url}: HTTP {exc.code} {exc.reason}: {body[0] if body else ''}".rstrip(": ")) from None
    except (urllib.error.URLError, OSError) as exc:
        raise RemoteError(f"{url}: {getattr(exc, 'reason', exc)}") from None
