"""Whole-folder builds: the cache, parallel workers, named graphs, failures."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg import extract
from kg.corpus.build import build
from kg.graph.rdf import doc_iri
from kg.graph.store import Store


def outputs(out):
    return {name: (out / name).read_bytes() for name in ("graph.ttl", "graph.nq", "graph.html")}


def test_rebuild_extracts_only_the_changed_document(small_corpus, tmp_path):
    out = tmp_path / "out"
    assert build([small_corpus], out, workers=1).extracted == 3
    assert build([small_corpus], out, workers=1).extracted == 0
    changed = small_corpus / "乙.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\n（二）发展智慧农业。\n", encoding="utf-8")
    report = build([small_corpus], out, workers=1)
    assert report.extracted == 1 and report.documents == 3
    fresh = tmp_path / "fresh"
    build([small_corpus], fresh, workers=1)
    assert outputs(out) == outputs(fresh)
    assert "发展智慧农业" in (out / "graph.ttl").read_text(encoding="utf-8")


def quads(out):
    return sorted(str(q) for q in ox.Store.read_only(str(out / "graph.db")))


def test_two_workers_write_the_same_bytes_as_one(small_corpus, tmp_path):
    build([small_corpus], tmp_path / "one", workers=1)
    report = build([small_corpus], tmp_path / "two", workers=2)
    assert report.extracted == 3
    assert outputs(tmp_path / "one") == outputs(tmp_path / "two")
    assert quads(tmp_path / "one") == quads(tmp_path / "two")


def test_one_named_graph_per_document(small_corpus, tmp_path):
    build([small_corpus], tmp_path / "out", workers=1)
    store = Store.open(tmp_path / "out" / "graph.nq")
    graphs = {g.value for g in store.store.named_graphs()}
    assert {doc_iri(name) for name in ("甲.txt", "乙.txt", "丙.txt")} <= graphs
    one = ox.NamedNode(doc_iri("乙.txt"))
    labels = {q.object.value for q in store.store.quads_for_pattern(
        None, ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"), None, one)}
    assert "加强农机装备创新" in labels and "加快建设充电桩" not in labels


def test_a_document_that_fails_is_reported_and_the_others_kept(small_corpus, tmp_path, monkeypatch):
    original = extract.extract_document

    def broken(source):
        if source.name == "丙.txt":
            raise RuntimeError("boom")
        return original(source)

    monkeypatch.setattr("kg.extract.extract_document", broken)
    report = build([small_corpus], tmp_path / "out", workers=1)
    assert report.documents == 2
    assert report.failures == ("丙.txt: extraction failed: RuntimeError: boom",)
    ttl = (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")
    assert "加强农机装备创新" in ttl and "加快建设充电桩" not in ttl


def test_all_inputs_bad_is_an_error_and_writes_nothing(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    with pytest.raises(Exception, match="empty file"):
        build([bad], tmp_path / "out", workers=1)
    assert not (tmp_path / "out" / "graph.ttl").exists()


def test_progress_is_reported_for_every_document(small_corpus, tmp_path):
    seen = []
    build([small_corpus], tmp_path / "out", workers=2, progress=lambda done, total, name: seen.append((done, total)))
    assert seen == [(1, 3), (2, 3), (3, 3)]


def test_extraction_leaves_no_garbage_while_the_collector_is_paused():
    import gc

    from kg.corpus.task import extract_one
    from kg.model import Source

    text = "发展数字经济\n\n一、加快数字基础设施建设\n\n（一）建设数据中心。推动人工智能与实体经济融合。\n"
    paused = gc.isenabled()
    gc.disable()  # as in a pool worker forked from the build
    try:
        gc.collect()
        for n in range(3):
            extract_one(Source(f"{n}.txt", text))
        assert gc.collect() == 0  # each document's reference cycles were freed when it was done
    finally:
        if paused:
            gc.enable()
