"""``policykg serve``: a read-only SPARQL 1.1 Protocol endpoint, the graph page and the ask API.

Routes: ``/sparql`` (GET and POST, form or direct body; results negotiated
from the Accept header), ``/ask?q=…`` (JSON), ``/`` (the graph page).
waitress serves HTTP: it reads every request whole before a thread sees it,
so a slow or idle client holds no thread, and it closes connections that
stall (``read_timeout``: a request must arrive whole within it). One address
(an IPv6 /64) holds at most 128 connections; more are answered 503 and closed
at once, so that a crowd of half-sent requests from one place cannot take the
server from everyone else. Queries and questions run in a pool of forked
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
import logging
import os
import re
import signal
import socket
import time
import urllib.parse
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

from werkzeug.exceptions import HTTPException, MethodNotAllowed
from werkzeug.routing import Map, Rule
from werkzeug.wrappers import Request, Response

from kg.errors import PolicyKGError
from kg.graph.store import Store
from kg.serve.jobs import answer_json, evaluate, trend_json
from kg.serve.pool import QueryPool

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
LOOPBACK_NAMES = ("127.0.0.1", "localhost", "[::1]")
MAX_CONNECTIONS = 4096  # open connections in all
MAX_CONNECTIONS_PER_CLIENT = 128  # open connections of one address (an IPv6 /64); more are refused at once


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


# --- SERVICE --------------------------------------------------------------------------------------

_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_SERVICE = re.compile(r"(?<![\w?$:])(?:[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)?SERVICE", re.I)  # SERVICESILENT<…>, 1SERVICE <…>
_SERVICE_ANYWHERE = re.compile("SERVICE", re.I)  # with hosts allowed, the processes have the network
_TARGET = re.compile(r"\s*(?:SILENT\s*)?<([^<>\"{}|^`\\\s]*)>", re.I)


def service_refusal(query: str, allowed: tuple[str, ...] = (), *, strict: bool = False) -> str | None:
    """Why the query may not run here, when it has a ``SERVICE`` clause whose host is not in ``allowed``.

    The word is looked for anywhere, after SPARQL's ``\\u`` escapes are undone as the parser does, so
    each one must name an allowed http(s) host in a full IRI. With hosts allowed, or ``strict`` (where
    the query processes cannot be kept off the network), every occurrence of the word counts, whatever
    is around it. This check gives the reason; without allowed hosts the
    query processes have no network anyway (a text check alone cannot know how the parser splits words).

    >>> service_refusal("SELECT * { ?s ?p ?o }") is None
    True
    >>> service_refusal("SELECT * { \\\\u0053ervice <http://10.0.0.1/> { ?s ?p ?o } }")[:21]
    'SERVICE is refused: t'
    >>> service_refusal("SELECT * { SERVICE <https://query.wikidata.org/sparql> {} }", ("query.wikidata.org",)) is None
    True
    """
    text = _ESCAPE.sub(lambda m: _codepoint(m.group(1) or m.group(2)), query)
    for found in (_SERVICE_ANYWHERE if allowed or strict else _SERVICE).finditer(text):
        target = _TARGET.match(text, found.end())
        host = urllib.parse.urlsplit(target.group(1)) if target else None
        if host is None or host.scheme not in ("http", "https") or not host.hostname:
            reason = "a SERVICE clause must name its endpoint in a full http(s) <IRI>"
        elif (host.hostname or "").lower() not in {h.lower() for h in allowed}:
            reason = f"host {host.hostname!r} is not allowed"
        else:
            continue
        extra = "; `serve --allow-service HOST` allows one" if not allowed else f" (allowed: {', '.join(allowed)})"
        return f"SERVICE is refused: this endpoint does not query other servers: {reason}{extra}"
    return None


def _codepoint(digits: str) -> str:
    value = int(digits, 16)
    return chr(value) if value <= 0x10FFFF else "\ufffd"


# --- serving --------------------------------------------------------------------------------------

def loopback_hosts(host: str, port: int) -> frozenset[str] | None:
    """The Host header values a server bound to ``host``:``port`` answers; None (any) off loopback.

    >>> sorted(loopback_hosts("127.0.0.1", 7878))
    ['127.0.0.1:7878', '[::1]:7878', 'localhost:7878']
    >>> loopback_hosts("0.0.0.0", 7878) is None
    True
    """
    try:
        loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    if not loopback:
        return None
    names = {*LOOPBACK_NAMES, _url_host(host)}
    return frozenset({f"{n}:{port}" for n in names} | (names if port == 80 else set()))


def listen(host: str, port: int) -> socket.socket:
    """A socket bound to ``host``:``port`` and listening, made before anything is loaded, so that a busy port
    is one line at once; connections wait in its backlog until :func:`serve` answers them.

    >>> sock = listen("127.0.0.1", 0); busy = sock.getsockname()[1]
    >>> listen("127.0.0.1", busy)
    Traceback (most recent call last):
    kg.errors.PolicyKGError: cannot listen on 127.0.0.1:... Address already in use
    >>> sock.close()
    """
    try:
        info = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)[0]
        sock = socket.socket(info[0], socket.SOCK_STREAM)
    except (OSError, OverflowError, ValueError, UnicodeError) as exc:
        raise PolicyKGError(f"cannot listen on {host}:{port}: {_reason(exc)}") from None
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        if info[0] == socket.AF_INET6:
            sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
        sock.bind(info[4])
        sock.listen(1024)
    except (OSError, OverflowError) as exc:
        sock.close()
        raise PolicyKGError(f"cannot listen on {host}:{port}: {_reason(exc)}") from None
    return sock


def _reason(exc: BaseException) -> str:
    return exc.strerror if isinstance(exc, OSError) and exc.strerror else " ".join(str(exc).split())


def serve(app: Endpoint, *, host: str, port: int, ready: Callable[[str], None], sock: socket.socket | None = None) -> None:
    """Serve until interrupted (Ctrl-C or SIGTERM), then stop the query processes; on ``sock`` when given
    (see :func:`listen`)."""
    app.pool.start()  # fork before the server starts its threads
    try:
        server = _make_server(app, host, port, sock)
    except (OSError, OverflowError, ValueError) as exc:
        app.close()
        raise PolicyKGError(f"cannot listen on {host}:{port}: {_reason(exc)}") from None
    app.hosts = loopback_hosts(host, server.effective_port)
    signal.signal(signal.SIGTERM, _stop)
    ready(f"http://{_url_host(host)}:{server.effective_port}/")
    try:
        server.run()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()
        server.task_dispatcher.shutdown(timeout=1)
        app.close()


def _make_server(app: Endpoint, host: str, port: int, sock: socket.socket | None = None) -> Any:
    from waitress.adjustments import Adjustments
    from waitress.channel import HTTPChannel
    from waitress.server import TcpWSGIServer

    logging.getLogger("waitress.queue").setLevel(logging.ERROR)
    limits = app.limits

    class Channel(HTTPChannel):  # type: ignore[misc]
        started: float | None = None  # when the request being read began to arrive
        counted = ""  # the client network counted for this connection, until it closes

        def del_channel(self, map: Any = None) -> None:
            super().del_channel(map)
            _uncount(self.server.per_client, self.counted)
            self.counted = ""

        def received(self, data: bytes) -> bool:
            if self.request is None and data:
                self.started = time.monotonic()
            done = bool(super().received(data))
            if self.request is None:
                self.started = None
            return done

    class Server(TcpWSGIServer):  # type: ignore[misc]
        channel_class = Channel

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            self.per_client: Counter[str] = Counter()
            super().__init__(*args, **kwargs)

        def handle_accept(self) -> None:
            accepted = _accept(self)
            if accepted is None:
                return
            conn, addr = accepted
            client = network_of(str(addr[0]))
            if self.per_client[client] >= MAX_CONNECTIONS_PER_CLIENT:
                _refuse(conn)
                return
            channel = self.channel_class(self, conn, addr, self.adj, map=self._map)
            if channel.connected:
                channel.counted = client
                self.per_client[client] += 1

        def maintenance(self, now: float) -> None:
            super().maintenance(now)
            cutoff = time.monotonic() - limits.read_timeout
            for channel in list(self.active_channels.values()):
                if channel.started is not None and channel.started < cutoff:
                    channel.will_close = True

    adj = Adjustments(host=host, port=port, threads=max(64, 2 * limits.processes), channel_timeout=limits.read_timeout,
                      cleanup_interval=1, connection_limit=MAX_CONNECTIONS, asyncore_use_poll=True, ident="policykg",
                      max_request_body_size=MAX_REQUEST_BYTES, max_request_header_size=MAX_URL_BYTES + 16 * 1024,
                      outbuf_high_watermark=limits.max_bytes + 2**20, clear_untrusted_proxy_headers=True)
    if sock is None:
        return Server(app, adj=adj)
    return Server(app, adj=adj, _sock=sock, bind_socket=False, sockinfo=(sock.family, sock.type, None, sock.getsockname()))


def _accept(server: Any) -> tuple[Any, Any] | None:
    """A connection accepted with waitress's socket options (TCP_NODELAY), or None."""
    try:
        accepted = server.accept()
        if accepted is not None:
            server.set_socket_options(accepted[0])
        return accepted  # type: ignore[no-any-return]
    except OSError:
        return None


def _refuse(conn: Any) -> None:
    """Answer 503 without reading the request, and close."""
    with contextlib.suppress(OSError):
        conn.setblocking(False)
        conn.send(b"HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nContent-Length: 0\r\n\r\n")
    conn.close()


def _uncount(counts: Counter[str], client: str) -> None:
    if client:
        counts[client] -= 1
        if counts[client] <= 0:
            del counts[client]


def _stop(*_: object) -> None:
    raise KeyboardInterrupt


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host
