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
