"""``policykg serve``: a read-only SPARQL 1.1 Protocol endpoint, the graph page and the ask API.

Routes: ``/sparql`` (GET and POST, form or direct body; results negotiated
from the Accept header), ``/ask?q=…`` (JSON), ``/`` (the graph page). Werkzeug
parses HTTP. Each query runs in a forked child process that is killed when
the time limit passes, so a runaway query cannot hold the server. The server
handles one request at a time, which keeps forking safe and suits a local tool.

>>> app = Endpoint(Store.from_ntriples('<http://e/a> <http://e/p> "目标"@zh .\\n'.encode()), page="<p>页</p>")
>>> from werkzeug.test import Client
>>> r = Client(app).get("/sparql", query_string={"query": "ASK { ?s ?p ?o }"})
>>> r.status_code, r.json["boolean"]
(200, True)
"""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
from collections.abc import Callable, Iterable
from dataclasses import asdict
from typing import Any

from werkzeug.exceptions import HTTPException, MethodNotAllowed
from werkzeug.routing import Map, Rule
from werkzeug.wrappers import Request, Response

from kg.errors import PolicyKGError, QueryError
from kg.graph.store import Store

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


class Endpoint:
    """The WSGI application."""

    def __init__(self, store: Store, *, page: str, timeout: float = 10.0, warm: bool = False) -> None:
        self.store, self.page, self.timeout = store, page, timeout
        if warm:  # rows every question reads, computed once here so that forked queries inherit them
            from kg.ask import prepare

            prepare(store)
        self.urls = Map([Rule("/", endpoint="page"), Rule("/graph.html", endpoint="page"),
                         Rule("/sparql", endpoint="sparql"), Rule("/ask", endpoint="ask")])

    def __call__(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
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
        if len(request.query_string) > MAX_URL_BYTES:
            return _text(414, f"request URL longer than {MAX_URL_BYTES} bytes")
        endpoint, _ = self.urls.bind_to_environ(request.environ).match()
        if endpoint == "page":
            if request.method not in ("GET", "HEAD"):
                raise MethodNotAllowed(["GET", "HEAD"])
            return Response(self.page, content_type="text/html; charset=utf-8")
        if endpoint == "ask":
            return self.ask(request)
        return self.sparql(request)

    def sparql(self, request: Request) -> Response:
        if request.method not in ("GET", "POST"):
            raise MethodNotAllowed(["GET", "POST"])
        if "update" in request.values or request.mimetype == "application/sparql-update":
            return _text(403, "SPARQL UPDATE is refused: this endpoint is read-only")
        query = _query_of(request)
        if not query:
            return _text(400, "no query: pass query=… (GET or form POST) or a application/sparql-query body")
        kind, fmt = "select", _negotiate(request, SOLUTION_TYPES, "json")
        graph_fmt = _negotiate(request, GRAPH_TYPES, "turtle")
        status, payload = run_limited(_evaluate, (self.store, query, fmt, graph_fmt), self.timeout)
        if status != "ok":
            return _text(400 if status == "error" else 503, payload)
        kind, body = payload
        fmt = graph_fmt if kind == "graph" else fmt
        return Response(body, content_type=MEDIA[("select" if kind == "ask" else kind, fmt)] + "; charset=utf-8")

    def ask(self, request: Request) -> Response:
        question = request.args.get("q", "").strip()
        if not question:
            return _text(400, "no question: pass q=…, e.g. /ask?q=哪些举措支撑现代化产业体系建设？")
        from kg.ask import prepare

        prepare(self.store)  # read once in this process, so that every forked question inherits it
        status, payload = run_limited(_answer, (self.store, question), self.timeout)
        if status != "ok":
            return _text(404 if status == "error" else 503, payload)
        return Response(payload, content_type="application/json; charset=utf-8")


def _query_of(request: Request) -> str:
    if request.method == "POST" and request.mimetype == "application/sparql-query":
        return request.get_data(as_text=True)
    return request.values.get("query", "")


def _negotiate(request: Request, types: dict[str, str], default: str) -> str:
    best = request.accept_mimetypes.best_match(list(types))
    return types[best] if best else default


def _text(status: int, message: str) -> Response:
    return Response(message.rstrip() + "\n", status=status, content_type="text/plain; charset=utf-8")


def _evaluate(store: Store, query: str, fmt: str, graph_fmt: str) -> tuple[str, bytes]:
    from kg.graph.results import render, run_query

    result = run_query(store, query)
    return result.kind, render(result, graph_fmt if result.kind == "graph" else fmt)


def _answer(store: Store, question: str) -> bytes:
    from kg.ask import answer

    return json.dumps(asdict(answer(store, question)), ensure_ascii=False).encode("utf-8")


def run_limited(function: Callable[..., Any], args: tuple, timeout: float) -> tuple[str, Any]:
    """Run ``function(*args)`` in a forked child; ("ok", value), ("error", message) or ("timeout", message)."""
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(send, function, args), daemon=True)
    child.start()
    send.close()
    try:
        if not receive.poll(timeout):
            return "timeout", f"the query ran past the time limit of {timeout:g} s and was stopped"
        try:
            return receive.recv()
        except EOFError:
            return "error", "the query process ended without an answer"
    finally:
        receive.close()
        if child.is_alive():
            child.kill()
        child.join()


def _child(send: Any, function: Callable[..., Any], args: tuple) -> None:
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        outcome: tuple[str, Any] = ("ok", function(*args))
    except (PolicyKGError, QueryError) as exc:
        outcome = ("error", str(exc))
    except Exception as exc:
        outcome = ("error", f"{type(exc).__name__}: {exc}")
    send.send(outcome)
    send.close()
    os._exit(0)


def serve(app: Endpoint, *, host: str, port: int, ready: Callable[[str], None]) -> None:
    """Serve until interrupted (Ctrl-C or SIGTERM)."""
    import socket

    from werkzeug.serving import make_server

    try:  # werkzeug reports a busy port itself, in several lines; say it in one
        with socket.create_server((host, port)):
            pass
        server = make_server(host, port, app, threaded=False)
    except (OSError, SystemExit) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else "address in use"
        raise PolicyKGError(f"cannot listen on {host}:{port}: {reason}") from None
    signal.signal(signal.SIGTERM, _stop)
    ready(f"http://{_url_host(host)}:{server.server_port}/")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


def _stop(*_: object) -> None:
    raise KeyboardInterrupt


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host

