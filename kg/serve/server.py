"""``policykg serve``: a read-only SPARQL 1.1 Protocol endpoint, the graph page and the ask API.

Routes: ``/sparql`` (GET and POST, form or direct body; results negotiated
from the Accept header), ``/ask?q=…`` (JSON), ``/`` (the graph page).
:mod:`kg.serve.listener` serves it over HTTP. Queries and questions run in a pool of forked
processes (:mod:`kg.serve.pool`), each bounded in time and memory; each answer is
bounded in rows and bytes; ``SERVICE`` (which would make the server fetch)
is refused unless its host is allowed, and, unless some host is allowed, the
query processes cannot open a network socket at all, so that no spelling of
it the text check misses reaches anything; bound to loopback, only requests that
name this server in their ``Host`` header are answered (no DNS rebinding).

>>> app = Endpoint(Store.from_ntriples('<http://e/a> <http://e/p> "目标"@zh .\\n'.encode()), page="<p>页</p>")
>>> from werkzeug.test import Client
>>> r = Client(app).get("/sparql", query_string={"query": "ASK { ?s ?p ?o }"})
>>> r.status_code, r.json["boolean"]
(200, True)
>>> Client(app).get("/sparql", query_string={"query": "SELECT * { SERVICE <http://127.0.0.1:22/> { ?s ?p ?o } }"}).status_code
403
>>> app.close()
"""

from __future__ import annotations

import contextlib
import ipaddress
import os
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from werkzeug.exceptions import HTTPException, MethodNotAllowed
from werkzeug.routing import Map, Rule
from werkzeug.wrappers import Request, Response

from kg.errors import PolicyKGError
from kg.graph.store import Store
from kg.serve.jobs import answer_json, evaluate, trend_json
from kg.serve.pool import QueryPool
from kg.serve.service import service_refusal

if TYPE_CHECKING:
    pass

MAX_REQUEST_BYTES = 256 * 1024
MAX_URL_BYTES = 64 * 1024
SOLUTION_TYPES = {"application/sparql-results+json": "json", "application/json": "json",
                  "application/sparql-results+xml": "xml", "application/xml": "xml", "text/csv": "csv",
                  "text/tab-separated-values": "tsv"}
GRAPH_TYPES = {"text/turtle": "turtle", "application/n-triples": "nt", "application/rdf+xml": "xml",
               "application/ld+json": "jsonld"}
MEDIA = {("select", "json"): "application/sparql-results+json", ("select", "xml"): "application/sparql-results+xml",
         ("select", "csv"): "text/csv", ("select", "tsv"): "text/tab-separated-values",
         ("graph", "turtle"): "text/turtle", ("graph", "nt"): "application/n-triples",
         ("graph", "xml"): "application/rdf+xml", ("graph", "jsonld"): "application/ld+json"}
STATUS = {"error": 400, "refused": 403, "limit": 507, "memory": 507, "timeout": 503, "busy": 503}


def default_processes() -> int:
    """How many query processes serve by default: the processors this process may run on, plus two, at least four.

    >>> default_processes() >= 4
    True
    """
    return max(4, (len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1) + 2)


@dataclass(frozen=True)
class Limits:
    """What one request may cost; every field is a ``serve`` option."""

    timeout: float = 10.0  # seconds a query or question may run
    memory_mb: float = 1024.0  # address space a query process may add to what it inherits
    max_rows: int = 100_000  # solutions or triples in one answer
    max_bytes: int = 32 * 2**20  # bytes of one answer
    processes: int = field(default_factory=default_processes)  # query processes
    read_timeout: float = 10.0  # seconds to send a whole request, or to stay idle between requests
    allow_service: tuple[str, ...] = ()  # hosts a SERVICE clause may name


class Endpoint:
    """The WSGI application; :meth:`close` stops its query processes."""

    def __init__(self, store: Store, *, page: str, timeout: float | None = None, limits: Limits | None = None,
                 warm: bool = False, documents: Callable[[int], bytes] | None = None) -> None:
        limits = limits or Limits()
        self.limits = limits if timeout is None else Limits(**{**asdict(limits), "timeout": timeout})
        self.store, self.page, self.documents = store, page, documents
        self.document_cache: dict[int, bytes] = {}
        self.hosts: frozenset[str] | None = None  # Host header values accepted; None: any
        if warm:  # what every question reads, computed once here so that the query processes inherit it
            from kg.ask import prepare

            prepare(store)
        from kg.processes import network_filter

        # without hosts allowed, the query processes get no network where the system can take it away
        self.sealed = not self.limits.allow_service and network_filter() is not None
        self.pool = QueryPool(store, {"sparql": evaluate, "ask": answer_json, "trend": trend_json}, size=self.limits.processes,
                              timeout=self.limits.timeout, memory_mb=self.limits.memory_mb,
                              offline=self.sealed)
        self.urls = Map([Rule("/", endpoint="page"), Rule("/graph.html", endpoint="page"),
                         Rule("/sparql", endpoint="sparql"), Rule("/ask", endpoint="ask"),
                         Rule("/trend", endpoint="trend"),
                         Rule("/doc/<int:n>", endpoint="doc"), Rule("/static/<name>", endpoint="static")])

    def close(self) -> None:
        """Stop the query processes.

        >>> app = Endpoint(Store.from_ntriples(b""), page="")
        >>> app.close(); app.pool.children
        {}
        """
        self.pool.close()

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        request = Request(environ)
        request.max_content_length = MAX_REQUEST_BYTES
        request.max_form_memory_size = MAX_REQUEST_BYTES
        try:
            response = self.dispatch(request)
        except HTTPException as exc:
            response = _text(exc.code or 500, exc.description or exc.name)
        except PolicyKGError as exc:
            response = _text(400, str(exc))
        except Exception as exc:
            response = _text(500, f"internal error: {type(exc).__name__}")
        return response(environ, start_response)

    def dispatch(self, request: Request) -> Response:
        """The response to ``request`` by its route: the page, a document, a static file, an answer, a trend or
        a SPARQL result; a request whose Host header names another server is answered 421.

        >>> from werkzeug.test import EnvironBuilder
        >>> app = Endpoint(Store.from_ntriples(b""), page="<p>图谱</p>")
        >>> app.dispatch(Request(EnvironBuilder("/").get_environ())).get_data(as_text=True)
        '<p>图谱</p>'
        >>> app.close()
        """
        if self.hosts is not None and request.host.lower() not in self.hosts:
            return _text(421, f"Host {request.host[:100]!r} is not this server; use http://{min(self.hosts)}/")
        if len(request.query_string) > MAX_URL_BYTES:
            return _text(414, f"request URL longer than {MAX_URL_BYTES} bytes")
        endpoint, args = self.urls.bind_to_environ(request.environ).match()
        if endpoint in ("page", "doc", "static", "trend") and request.method not in ("GET", "HEAD"):
            raise MethodNotAllowed(["GET", "HEAD"])
        if endpoint == "page":
            return Response(self.page, content_type="text/html; charset=utf-8")
        if endpoint == "doc":
            return self.document(args["n"])
        if endpoint == "static":
            return _static(args["name"])
        if endpoint == "ask":
            return self.ask(request)
        if endpoint == "trend":
            return self.trend(request)
        return self.sparql(request)

    def sparql(self, request: Request) -> Response:
        """The result of the SPARQL query of ``request`` (GET, form POST or a direct body), in the format its
        Accept header asks for; an update, or a SERVICE to a host not allowed, is refused (403).

        >>> from werkzeug.test import EnvironBuilder
        >>> app = Endpoint(Store.from_ntriples('<http://e/a> <http://e/p> "目标"@zh .\\n'.encode()), page="")
        >>> r = app.sparql(Request(EnvironBuilder("/sparql", query_string={"query": "SELECT ?o { ?s ?p ?o }"}).get_environ()))
        >>> r.status_code, r.json["results"]["bindings"][0]["o"]["value"]
        (200, '目标')
        >>> app.close()
        """
        if request.method not in ("GET", "POST"):
            raise MethodNotAllowed(["GET", "POST"])
        if "update" in request.values or request.mimetype == "application/sparql-update":
            return _text(403, "SPARQL UPDATE is refused: this endpoint is read-only")
        query = _query_of(request)
        if not query:
            return _text(400, "no query: pass query=… (GET or form POST) or a application/sparql-query body")
        refusal = service_refusal(query, self.limits.allow_service, strict=not self.sealed)
        if refusal:
            return _text(403, refusal)
        fmt, graph_fmt = _negotiate(request, SOLUTION_TYPES, "json"), _negotiate(request, GRAPH_TYPES, "turtle")
        limits = self.limits
        status, payload = self.pool.run("sparql", (query, fmt, graph_fmt, limits.max_rows, limits.max_bytes),
                                        client_of(request))
        if status != "ok":
            return _text(STATUS[status], payload)
        kind, body = payload
        fmt = graph_fmt if kind == "graph" else fmt
        return Response(body, content_type=MEDIA[("select" if kind == "ask" else kind, fmt)] + "; charset=utf-8")

    def document(self, n: int) -> Response:
        """One document of the workbench's reader (its text, statements and links) as JSON.

        >>> app = Endpoint(Store.from_ntriples(b""), page="", documents=[b'{"i": 0}'].__getitem__)
        >>> app.document(0).get_data(), app.document(1).status_code
        (b'{"i": 0}', 404)
        >>> app.close()
        """
        if self.documents is None:
            return _text(404, "this server has no documents to read")
        body = self.document_cache.get(n)
        if body is None:
            try:
                body = self.documents(n)
            except IndexError:
                return _text(404, f"no document {n}")
            self.document_cache[n] = body
        return Response(body, content_type="application/json; charset=utf-8")

    def ask(self, request: Request) -> Response:
        """The answer to the question ``q=…`` of ``request``, as ``policykg ask --format json`` prints it.

        >>> from werkzeug.test import EnvironBuilder
        >>> from kg.api import Graph, read_text
        >>> app = Endpoint(Graph([read_text("发展数字经济\\n\\n一是加快建设数据中心。\\n", name="a.txt")]).store, page="")
        >>> r = app.ask(Request(EnvironBuilder("/ask", query_string={"q": "哪些举措支撑发展数字经济"}).get_environ()))
        >>> r.status_code, r.json["heading"], [line["label"] for line in r.json["lines"]]
        (200, '目标 发展数字经济（《发展数字经济》）由 1 项举措支撑', ['加快建设数据中心'])
        >>> app.close()
        """
        question = request.args.get("q", "").strip()
        if not question:
            return _text(400, "no question: pass q=…, e.g. /ask?q=哪些举措支撑现代化产业体系建设？")
        from kg.ask.reply import MAX_QUESTION

        if len(question) > MAX_QUESTION:
            return _text(414, f"question too long: {len(question)} characters, at most {MAX_QUESTION}")
        status, payload = self.pool.run("ask", (question, self.limits.max_bytes), client_of(request))
        if status != "ok":
            return _text(404 if status == "error" else STATUS[status], payload)
        return Response(payload, content_type="application/json; charset=utf-8")

    def trend(self, request: Request) -> Response:
        """A term per year (``by=year``, national) or per region (``by=region``), as ``policykg trend --format json``.

        >>> from werkzeug.test import Client
        >>> app = Endpoint(Store.from_ntriples(b""), page="")
        >>> r = Client(app).get("/trend", query_string={"term": "新质生产力"})
        >>> r.status_code, r.json["term"]
        (200, '新质生产力')
        >>> app.close()
        """
        term, by = request.args.get("term", "").strip(), request.args.get("by", "year")
        if not term or by not in ("year", "region"):
            return _text(400, "pass term=… and by=year or by=region, e.g. /trend?term=新质生产力")
        status, payload = self.pool.run("trend", (term, by, self.limits.max_bytes), client_of(request))
        if status != "ok":
            return _text(404 if status == "error" else STATUS[status], payload)
        return Response(payload, content_type="application/json; charset=utf-8")


def client_of(request: Request) -> str:
    """Who is asking, for the per-client limits: the remote address (an IPv6 one by its /64 network).

    >>> client_of(Request({"REMOTE_ADDR": "2001:db8::1:2"}))
    '2001:db8::/64'
    """
    address = request.remote_addr or ""
    return network_of(address)


def network_of(address: str) -> str:
    """The network a client address is counted in for its share of the query processes: the address, or its /64.

    >>> network_of("127.0.0.1"), network_of("2001:db8::1:2")
    ('127.0.0.1', '2001:db8::/64')
    """
    if ":" in address:
        with contextlib.suppress(ValueError):
            return str(ipaddress.ip_network(f"{address}/64", strict=False))
    return address


STATIC = {"editor.js": "text/javascript", "vis-network.min.js": "text/javascript"}


def _static(name: str) -> Response:
    """The page's scripts, from the package (a fixed list of names: no path is read from the request)."""
    if name not in STATIC:
        return _text(404, f"no such file: {name[:100]}")
    if name == "editor.js":
        from kg.views.workbench import STATIC as FOLDER

        body = (FOLDER / name).read_bytes()
    else:
        from kg.views.workbench import vis_network

        body = vis_network().encode("utf-8")
    response = Response(body, content_type=STATIC[name] + "; charset=utf-8")
    response.cache_control.max_age = 3600
    return response


def _query_of(request: Request) -> str:
    if request.method == "POST" and request.mimetype == "application/sparql-query":
        return request.get_data(as_text=True)
    return request.values.get("query", "")


def _negotiate(request: Request, types: dict[str, str], default: str) -> str:
    best = request.accept_mimetypes.best_match(list(types))
    return types[best] if best else default


def _text(status: int, message: str) -> Response:
    return Response(message.rstrip() + "\n", status=status, content_type="text/plain; charset=utf-8")
