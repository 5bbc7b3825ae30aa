"""`policykg serve`: a real server process on a free loopback port."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request

import pytest
from SPARQLWrapper import JSON, SPARQLWrapper

from kg.corpus.build import build
from tests.servers import free_port, running

COUNT_GOALS = "PREFIX pol: <https://w3id.org/policykg/ontology#> SELECT (COUNT(?g) AS ?n) WHERE { ?g a pol:Goal }"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    from tests.conftest import DOCS

    folder = tmp_path_factory.mktemp("corpus")
    for name, text in DOCS.items():
        (folder / name).write_text(text, encoding="utf-8")
    out = folder / "out"
    build([folder], out, workers=1)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    args = [sys.executable, "-m", "kg", "serve", "--graph", str(out / "graph.ttl"), "--port", str(port),
            "--timeout", "2"]
    with running(args, f"{base}/sparql?query=ASK%7B%7D") as process:
        yield base, process


def fetch(url, data=None, headers=None, method=None):
    request = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=20) as response:
            return response.status, response.headers.get_content_type(), response.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers.get_content_type(), exc.read().decode("utf-8")


def test_sparqlwrapper_gets_json_results(server):
    base, _ = server
    client = SPARQLWrapper(f"{base}/sparql")
    client.setQuery(COUNT_GOALS)
    client.setReturnFormat(JSON)
    rows = client.query().convert()["results"]["bindings"]
    assert int(rows[0]["n"]["value"]) >= 3


@pytest.mark.parametrize(("accept", "media", "start"), [
    ("application/sparql-results+json", "application/sparql-results+json", '{"head"'),
    ("application/sparql-results+xml", "application/sparql-results+xml", "<?xml"),
    ("text/csv", "text/csv", "n\r\n"),
    ("text/tab-separated-values", "text/tab-separated-values", "?n\n"),
])
def test_get_negotiates_the_result_format(server, accept, media, start):
    base, _ = server
    status, got, body = fetch(f"{base}/sparql?" + urllib.parse.urlencode({"query": COUNT_GOALS}),
                              headers={"Accept": accept})
    assert (status, got) == (200, media) and body.startswith(start)


def test_post_form_and_direct_body(server):
    base, _ = server
    form = urllib.parse.urlencode({"query": COUNT_GOALS}).encode()
    status, _, body = fetch(f"{base}/sparql", data=form,
                            headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 200 and int(json.loads(body)["results"]["bindings"][0]["n"]["value"]) >= 3
    construct = "CONSTRUCT { ?g a ?t } WHERE { ?g a ?t } LIMIT 2"
    status, media, body = fetch(f"{base}/sparql", data=construct.encode(),
                                headers={"Content-Type": "application/sparql-query", "Accept": "text/turtle"})
    assert (status, media) == (200, "text/turtle") and " a " in body


def test_update_is_refused(server):
    base, _ = server
    update = "INSERT DATA { <http://e/a> <http://e/p> <http://e/o> }"
    status, _, body = fetch(f"{base}/sparql", data=urllib.parse.urlencode({"update": update}).encode(),
                            headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 403 and "read-only" in body
    status, _, _ = fetch(f"{base}/sparql", data=update.encode(),
                         headers={"Content-Type": "application/sparql-update"})
    assert status == 403
    status, _, body = fetch(f"{base}/sparql?" + urllib.parse.urlencode({"query": update}))
    assert status == 400 and "read-only" in body


def test_syntax_error_is_a_400_with_the_position(server):
    base, _ = server
    status, media, body = fetch(f"{base}/sparql?" + urllib.parse.urlencode({"query": "SELECT ?x WHERE { ?x a }"}))
    assert (status, media) == (400, "text/plain") and "1:" in body and len(body.strip().splitlines()) == 1


def test_page_and_ask(server):
    base, _ = server
    status, media, body = fetch(f"{base}/")
    assert (status, media) == (200, "text/html") and "vis-network" in body
    status, media, body = fetch(f"{base}/ask?" + urllib.parse.urlencode({"q": "哪些举措支撑加快建设数据中心？"}))
    labels = [line["label"] for line in json.loads(body)["lines"]]
    assert status == 200 and "推进算力网络建设" in labels
    status, _, body = fetch(f"{base}/../../etc/passwd")
    assert status == 404


def test_stops_cleanly_on_sigterm(tmp_path):
    from tests.conftest import SEED

    build([SEED], tmp_path / "out", workers=1, page=False)
    port = free_port()
    args = [sys.executable, "-m", "kg", "serve", "--graph", str(tmp_path / "out" / "graph.ttl"), "--port", str(port)]
    with running(args, f"http://127.0.0.1:{port}/sparql?query=ASK%7B%7D") as process:
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=10) == 0
    assert process.returncode == 0


def test_binds_to_loopback_by_default():
    import inspect

    from kg.cli import serve

    assert inspect.signature(serve).parameters["host"].default == "127.0.0.1"


def test_a_runaway_query_is_stopped_and_the_server_goes_on(server):
    base, _ = server
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    status, _, body = fetch(f"{base}/sparql?" + urllib.parse.urlencode({"query": slow}))
    assert status == 503 and "time limit" in body
    status, _, _ = fetch(f"{base}/sparql?" + urllib.parse.urlencode({"query": COUNT_GOALS}))
    assert status == 200


def test_oversized_request_is_refused(server):
    base, _ = server
    big = urllib.parse.urlencode({"query": "ASK {}" + " " * 400_000}).encode()
    status, _, _ = fetch(f"{base}/sparql", data=big, headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 413


def test_unknown_graph_is_one_line(tmp_path):
    done = subprocess.run([sys.executable, "-m", "kg", "serve", "--graph", str(tmp_path / "none.ttl")],
                          capture_output=True, text=True, timeout=30)
    assert done.returncode == 1 and len(done.stderr.strip().splitlines()) == 1 and "policykg build" in done.stderr


def test_a_port_in_use_is_one_line(tmp_path):
    import socket

    from tests.conftest import SEED

    build([SEED], tmp_path / "out", workers=1, page=False)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = subprocess.run([sys.executable, "-m", "kg", "serve", "--graph", str(tmp_path / "out" / "graph.ttl"),
                               "--port", str(port)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 1 and f"cannot listen on 127.0.0.1:{port}" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


# --- limits, SERVICE, Host, the query processes ---------------------------------------------------

from kg.graph.store import Store  # noqa: E402
from kg.serve.listener import loopback_hosts  # noqa: E402
from kg.serve.server import Endpoint, Limits, service_refusal  # noqa: E402


@pytest.mark.parametrize(("query", "allowed", "refused"), [
    ("SELECT * { ?s ?p ?o }", (), False),
    ("SELECT ?service { ?service ?p ?o }", (), False),
    ("PREFIX ex: <http://e/> SELECT * { ?s ex:service ?o }", (), False),
    ("SELECT * { SERVICE <http://127.0.0.1:8080/sparql> { ?s ?p ?o } }", (), True),
    ("SELECT * { service silent <http://10.0.0.1/> { ?s ?p ?o } }", (), True),
    ("SELECT * { \\u0053ERVICE <http://10.0.0.1/> { ?s ?p ?o } }", (), True),
    ("SELECT * { SERVICE ?x { ?s ?p ?o } }", ("example.org",), True),
    ("SELECT * { SERVICE <https://example.org/sparql> { ?s ?p ?o } }", ("example.org",), False),
    ("SELECT * { SERVICE <https://example.org.evil.net/sparql> { ?s ?p ?o } }", ("example.org",), True),
])
def test_service_is_refused_unless_its_host_is_allowed(query, allowed, refused):
    assert (service_refusal(query, allowed) is not None) == refused


@pytest.mark.parametrize("spelling", ["SERVICE <{url}>", "SERVICESILENT<{url}>", "service silent<{url}>"])
@pytest.mark.parametrize("send", ["get", "form", "body"])
def test_no_query_reaches_the_network_whatever_the_text_check_misses(monkeypatch, spelling, send):
    """With the text check switched off, the query processes still open no connection."""
    import socket

    from werkzeug.test import Client

    import kg.serve.server as server

    monkeypatch.setattr(server, "service_refusal", lambda query, allowed=(): None)
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.3)
    url = f"http://127.0.0.1:{listener.getsockname()[1]}/internal"
    query = "SELECT * WHERE { " + spelling.format(url=url) + " { ?x ?y ?z } }"
    app = Endpoint(Store.from_ntriples(b'<http://e/a> <http://e/p> "x" .\n'), page="", limits=Limits(processes=1))
    try:
        client = Client(app)
        if send == "get":
            r = client.get("/sparql", query_string={"query": query})
        elif send == "form":
            r = client.post("/sparql", data={"query": query})
        else:
            r = client.post("/sparql", data=query.encode(), content_type="application/sparql-query")
        with pytest.raises(TimeoutError):
            listener.accept()
        assert r.status_code != 200 or "SILENT" in query.upper()
    finally:
        app.close()
        listener.close()


def test_a_question_too_long_is_414(small_app):
    from werkzeug.test import Client

    r = Client(small_app).get("/ask", query_string={"q": "制造业" * 400})
    assert r.status_code == 414 and "too long" in r.get_data(as_text=True)


def test_loopback_hosts_only_on_loopback():
    assert "localhost:7878" in loopback_hosts("127.0.0.1", 7878)
    assert "attacker.example:7878" not in loopback_hosts("127.0.0.1", 7878)
    assert loopback_hosts("0.0.0.0", 7878) is None


@pytest.fixture(scope="module")
def small_app():
    data = "".join(f'<http://e/{i}> <http://e/p> "目标{i}"@zh .\n' for i in range(200)).encode()
    app = Endpoint(Store.from_ntriples(data), page="<p>页</p>",
                   limits=Limits(timeout=3, max_rows=50, max_bytes=1000, processes=2, memory_mb=256))
    yield app
    app.close()


@pytest.mark.parametrize(("query", "status", "words"), [
    ("SELECT ?o { ?s ?p ?o } LIMIT 40", 200, "目标"),
    ("SELECT ?o { ?s ?p ?o } LIMIT 60", 507, "more than 50 rows"),
    ("SELECT * { ?s ?p ?o } LIMIT 45", 507, "over the limit of"),
    ("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", 507, "more than 50 rows"),
    ('SELECT (SUM(STRLEN(REPLACE(STR(?c), "(.)", "$1$1"))) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }',
     503, "time limit"),
])
def test_answers_are_bounded_in_rows_bytes_and_time(small_app, query, status, words):
    from werkzeug.test import Client

    r = Client(small_app).get("/sparql", query_string={"query": query}, headers={"Accept": "text/csv"})
    assert r.status_code == status and words in r.get_data(as_text=True)


def test_a_query_past_its_memory_limit_is_507():
    """Sorting 200^4 rows fills 256 MB in well under a second on a quiet machine; the time limit is
    generous so that a busy machine still reaches the memory limit first."""
    from werkzeug.test import Client

    data = "".join(f'<http://e/{i}> <http://e/p> "目标{i}"@zh .\n' for i in range(200)).encode()
    app = Endpoint(Store.from_ntriples(data), page="<p>页</p>",
                   limits=Limits(timeout=60, max_rows=50, max_bytes=1000, processes=1, memory_mb=256))
    try:
        query = "SELECT ?a ?c { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l } ORDER BY ?c ?f ?i ?l LIMIT 1"
        r = Client(app).get("/sparql", query_string={"query": query}, headers={"Accept": "text/csv"})
        assert r.status_code == 507 and "memory limit" in r.get_data(as_text=True)
    finally:
        app.close()


def test_a_query_over_its_memory_cap_dies_alone_and_is_replaced():
    from kg.serve.pool import QueryPool

    def hog(store, megabytes):
        return len(bytearray(megabytes * 2**20))

    pool = QueryPool(None, {"hog": hog}, size=1, timeout=10, memory_mb=100)
    try:
        assert pool.run("hog", (20,)) == ("ok", 20 * 2**20)
        status, message = pool.run("hog", (2000,))  # far past the cap whatever the forked process frees after it
        assert status == "memory" and "memory" in message
        assert pool.run("hog", (20,)) == ("ok", 20 * 2**20)
    finally:
        pool.close()


def test_query_processes_die_with_the_server(tmp_path):
    from tests.conftest import SEED

    build([SEED], tmp_path / "out", workers=1, page=False)
    port = free_port()
    args = [sys.executable, "-m", "kg", "serve", "--graph", str(tmp_path / "out" / "graph.ttl"), "--port", str(port),
            "--processes", "2"]
    with running(args, f"http://127.0.0.1:{port}/sparql?query=ASK%7B%7D") as process:
        children = [int(p) for p in open(f"/proc/{process.pid}/task/{process.pid}/children").read().split()]
        assert len(children) == 2
        process.kill()
        process.wait(timeout=10)
    import os
    import time

    deadline = time.monotonic() + 10
    alive = children
    while alive and time.monotonic() < deadline:
        time.sleep(0.1)
        alive = [c for c in children if os.path.exists(f"/proc/{c}") and "Z" not in open(f"/proc/{c}/stat").read().split()[2]]
    assert not alive


def test_the_workbench_routes_read_only_what_they_name(tmp_path):
    from werkzeug.test import Client

    from kg.graph.store import Store
    from kg.serve.server import Endpoint
    from kg.views.workbench import Workbench
    from tests.conftest import SEED

    build([SEED], tmp_path / "out", workers=1, page=False)
    store = Store.open(tmp_path / "out" / "graph.ttl")
    bench = Workbench(store)
    app = Endpoint(store, page="<p>页</p>", timeout=20, documents=bench.document_json)
    try:
        client = Client(app)
        doc = client.get("/doc/0")
        assert doc.status_code == 200 and doc.json["text"].startswith(bench.document(0)["text"][:20])
        assert "人工智能" in doc.json["text"] and len(doc.json["statements"]) > 200
        assert client.get("/doc/1").status_code == 404
        assert client.get("/doc/-1").status_code == 404
        assert client.post("/doc/0").status_code == 405
        editor = client.get("/static/editor.js")
        assert editor.status_code == 200 and editor.mimetype == "text/javascript" and b"EditorView" in editor.data
        assert client.get("/static/vis-network.min.js").status_code == 200
        for bad in ("/static/workbench.py", "/static/..%2Fworkbench.py", "/static/../workbench.py"):
            assert client.get(bad).status_code == 404, bad
    finally:
        app.close()
