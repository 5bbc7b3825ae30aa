"""The workbench's data made from each document's facts during a build (kg.views.pages) is the data the
workbench reads from the graph, and serve starts on it without reading the graph."""

from __future__ import annotations

import json
import socket
import sqlite3
import subprocess
import sys

import pytest

import kg
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


def _page_data(tmp_path, chunk, monkeypatch):
    from kg.graph.citations import of_document, resolve
    from kg.views.pages import PageWriter, document_page

    monkeypatch.setattr(PageWriter, "CHUNK", chunk)
    texts = {"a.txt": "国务院关于印发数字经济发展规划的通知\n国发〔2018〕41号\n\n现将规划印发给你们。\n",
             "b.txt": "关于落实数字经济工作的意见\n\n按照国发〔2018〕41号要求，依据《数字经济发展规划》，加快建设数据中心。\n",
             "c.txt": "关于网络安全的通知\n\n根据《网络安全法》和《数字经济发展规划》，加强网络安全。\n"}
    path = tmp_path / f"{chunk}.sqlite"
    writer, known, cited = PageWriter(path), [], []
    for name, text in texts.items():
        facts = kg.read_text(text, name=name)
        k, c = of_document(facts)
        writer.add(document_page(facts), c)
        known += k
        cited += c
    writer.finish(resolve(known, cited))
    db = sqlite3.connect(path)
    cites = [cite for (before,) in db.execute("SELECT before FROM docs ORDER BY n") for cite in json.loads(before)["cites"]]
    return list(db.iterdump()), cites


@pytest.mark.parametrize("chunk", [1, 2])
def test_citations_are_named_the_same_reading_the_records_back_a_few_at_a_time(tmp_path, chunk, monkeypatch):
    (few, cites), (all_at_once, _) = _page_data(tmp_path, chunk, monkeypatch), _page_data(tmp_path, 1000, monkeypatch)
    assert few == all_at_once
    assert [(c[0], c[3]) for c in cites] == [("2018年国务院关于印发数字经济发展规划的通知", 0)] * 3 + [("《网络安全法》", -1)]
