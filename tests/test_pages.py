"""The workbench's data made from each document's facts during a build (kg.views.pages) is the data the
workbench reads from the graph, and serve starts on it without reading the graph."""

from __future__ import annotations

import json
import socket
import subprocess
import sys

from kg.corpus.build import build
from kg.graph.store import Store
from kg.views.pages import PAGES_NAME, Pages
from kg.views.workbench import Workbench, render_workbench

from .conftest import SEED


def test_the_page_data_of_a_build_is_the_workbench_of_its_graph(small_corpus, tmp_path):
    (small_corpus / "seed.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "out"
    build([small_corpus], out, workers=1)
    pages = Pages(out / "graph.db" / PAGES_NAME)
    bench = Workbench(Store.open(out / "graph.ttl"))
    assert pages.count == 4 and pages.index == bench.index
    for n in range(pages.count):
        assert pages.document_json(n) == bench.document_json(n)
    assert pages.index["docs"][0]["source"] == "seed.txt" and json.loads(pages.document_json(0))["statements"]
    html = (out / "graph.html").read_text(encoding="utf-8")
    assert html == render_workbench(bench, title="policykg · 4 documents", served=False)


def test_a_busy_port_is_refused_before_the_graph_is_read(tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = subprocess.run([sys.executable, "-m", "kg", "serve", "--graph", str(tmp_path / "none" / "graph.ttl"),
                               "--port", str(port)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 1 and done.stderr.strip().splitlines() == [
        f"policykg: error: cannot listen on 127.0.0.1:{port}: Address already in use"]
