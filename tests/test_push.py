"""`policykg push` into a real Graph Store Protocol server: `oxigraph serve` on loopback."""

from __future__ import annotations

import json
import shutil
import sys
import urllib.parse
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.corpus.build import build
from kg.graph.store import Store
from tests.conftest import require_program
from tests.servers import free_port, running

COUNT = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"


@pytest.fixture
def oxigraph_server():
    binary = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    program = require_program(binary, "oxigraph (pip install oxigraph)")
    port = free_port()
    with running([program, "serve", "--bind", f"127.0.0.1:{port}"], f"http://127.0.0.1:{port}/"):
        yield f"http://127.0.0.1:{port}"


def remote_counts(base: str) -> dict[str, int]:
    url = f"{base}/query?" + urllib.parse.urlencode({"query": COUNT})
    request = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        rows = json.load(response)["results"]["bindings"]
    return {r["g"]["value"]: int(r["n"]["value"]) for r in rows}


def local_counts(store: Store) -> dict[str, int]:
    return {g.value: len(list(store.store.quads_for_pattern(None, None, None, g)))
            for g in store.store.named_graphs() if isinstance(g, ox.NamedNode)}


def test_push_loads_every_named_graph(small_corpus, tmp_path, oxigraph_server):
    build([small_corpus], tmp_path / "out", workers=1)
    dataset = tmp_path / "out" / "graph.nq"
    runner = CliRunner()
    for _ in range(2):  # a second push replaces the graphs instead of doubling them
        result = runner.invoke(app, ["push", "--endpoint", f"{oxigraph_server}/store", "--graph", str(dataset)])
        assert result.exit_code == 0, result.output
    local = local_counts(Store.open(dataset))
    assert len(local) == 4  # three documents and the ontology
    assert remote_counts(oxigraph_server) == local


def test_push_to_nothing_is_one_line(tmp_path, small_corpus):
    build([small_corpus], tmp_path / "out", workers=1)
    url = f"http://127.0.0.1:{free_port()}/store"
    result = CliRunner().invoke(app, ["push", "--endpoint", url, "--graph", str(tmp_path / "out" / "graph.nq")])
    assert result.exit_code == 1
    assert len(result.output.strip().splitlines()) == 1 and "Connection refused" in result.output
