"""Beyond one machine: the on-disk store (graph.db) and extraction on a Dask cluster."""

from __future__ import annotations

import json
import shutil
from dataclasses import asdict
from pathlib import Path

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from kg.ask import answer
from kg.cli import app
from kg.corpus.build import build
from kg.corpus.cache import decode_entry
from kg.graph.diskstore import CONCEPTS_GRAPH, DiskStore, mirror_of, open_graph
from kg.graph.store import Store, named_queries, named_query
from tests.conftest import SEED, require_shared
from tests.question_table import rows as table_rows

OUTPUTS = ("graph.ttl", "graph.nq", "graph.html", "graph.db/ask.sqlite")


def corpus_sample(tmp_path: Path, count: int = 3) -> Path:
    """The seed page and a few real State Council documents, copied into one folder."""
    folder = tmp_path / "docs"
    folder.mkdir()
    shutil.copy(SEED, folder / SEED.name)
    for path in sorted((require_shared() / "corpus" / "state_council_2018_2019").glob("*.txt"))[:count]:
        shutil.copy(path, folder / path.name)
    return folder


@pytest.fixture(scope="module")
def seed_build(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("seed")
    build([SEED], out, workers=1)
    return out


def quads(folder: Path) -> set[tuple[str, ...]]:
    store = ox.Store.read_only(str(folder))
    return {(str(q.subject), str(q.predicate), str(q.object), str(q.graph_name)) for q in store}


def manifest(out: Path) -> dict:
    """The store's manifest but for the identity (inode, time) of the files it mirrors and the store's own
    files (RocksDB names each store anew: its IDENTITY and LOG differ)."""
    data = json.loads((out / "graph.db" / "policykg.json").read_text(encoding="utf-8"))
    assert set(data.pop("mirrors")) == {"graph.ttl", "graph.nq"}
    assert "IDENTITY" in data.pop("files")
    return data


def test_a_local_cluster_writes_the_same_bytes_as_a_local_build(tmp_path):
    docs = corpus_sample(tmp_path)
    build([docs], tmp_path / "local", workers=2)
    report = build([docs], tmp_path / "cluster", workers=2, scheduler="local")
    assert report.extracted == report.documents == 4
    for name in OUTPUTS:
        assert (tmp_path / "local" / name).read_bytes() == (tmp_path / "cluster" / name).read_bytes(), name
    assert quads(tmp_path / "local" / "graph.db") == quads(tmp_path / "cluster" / "graph.db")
    assert manifest(tmp_path / "local") == manifest(tmp_path / "cluster")
    local, cluster = sorted((tmp_path / "local" / ".cache").glob("*.entry")), sorted((tmp_path / "cluster" / ".cache").glob("*.entry"))
    assert [p.name for p in local] == [p.name for p in cluster]
    secrets = [(tmp_path / side / ".cache" / "secret").read_bytes() for side in ("local", "cluster")]
    assert [decode_entry(p.read_bytes(), secrets[0]) for p in local] == [decode_entry(p.read_bytes(), secrets[1]) for p in cluster]


def test_an_unreachable_scheduler_is_one_line_and_nothing_is_written(tmp_path):
    result = CliRunner().invoke(app, ["build", str(SEED), "-o", str(tmp_path / "out"), "--scheduler", "tcp://127.0.0.1:9"])
    assert result.exit_code == 1
    assert result.output.count("\n") == 1 and "cannot reach the Dask scheduler" in result.output
    assert not (tmp_path / "out" / "graph.ttl").exists() and not (tmp_path / "out" / "graph.db").exists()


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_the_store_answers_every_bundled_query_like_the_turtle_file(seed_build, name):
    from_file = Store.open(seed_build / "graph.ttl")
    on_disk = open_graph(seed_build / "graph.ttl")
    assert isinstance(on_disk, DiskStore)

    def rows(store: Store) -> list[tuple[tuple[str, str], ...]]:
        return sorted(tuple(sorted((k, v or "") for k, v in r.items())) for r in store.select(named_query(name)))

    found = rows(from_file)
    assert found == rows(on_disk)
    # the seed states no relation through a property declared the inverse of a kind, and names no document in 《》
    assert found or name in {"relation-labels", "ask-agencies", "concept-map-inverse", "citations", "cited-hubs"}, \
        "a bundled query finds nothing on the seed graph"


def test_the_union_of_the_store_is_the_turtle_graph_triple_for_triple(seed_build):
    store = ox.Store.read_only(str(seed_build / "graph.db"))
    union = [(q.subject, q.predicate, q.object) for q in store]
    assert len(union) == len(set(union))  # concept triples are kept once, not once per document
    turtle = {(q.subject, q.predicate, q.object) for q in ox.parse(path=seed_build / "graph.ttl", format=ox.RdfFormat.TURTLE)}
    assert set(union) == turtle
    assert ox.NamedNode(CONCEPTS_GRAPH) in set(store.named_graphs())


@pytest.mark.parametrize("question", [row.question for row in table_rows() if row.graph == "seed"])
def test_questions_on_the_store_get_the_answers_from_the_turtle_file(seed_build, question):
    from_file = Store.open(seed_build / "graph.ttl")
    on_disk = open_graph(seed_build / "graph.ttl")
    assert asdict(answer(on_disk, question)) == asdict(answer(from_file, question))


def test_the_cli_reads_the_store(seed_build, monkeypatch):
    """`ask` reads the index of questions in the store, never the Turtle file; `query` opens the store."""
    from kg.ask.index import Index

    opened: list[str] = []
    reading = Index.open.__func__  # type: ignore[attr-defined]
    monkeypatch.setattr(Index, "open", classmethod(lambda cls, path: opened.append(path.parent.name) or reading(cls, path)))
    monkeypatch.setattr(Store, "open", classmethod(lambda cls, path: pytest.fail(f"{path} was read")))
    result = CliRunner().invoke(app, ["ask", "哪些举措支撑发展数字经济？", "--graph", str(seed_build / "graph.ttl")])
    assert result.exit_code == 0 and opened == ["graph.db"]
    assert "加快建设数据中心" in result.output or result.output.count("\n") > 2
    stores: list[str] = []
    monkeypatch.setattr(DiskStore, "at", classmethod(lambda cls, folder: stores.append(folder.name) or _open(cls, folder)))
    assert CliRunner().invoke(app, ["query", "ASK { ?s ?p ?o }", "--graph", str(seed_build / "graph.ttl")]).exit_code == 0
    assert stores == ["graph.db"]


def _open(cls, folder: Path) -> DiskStore:
    from kg.graph.diskstore import read_manifest

    manifest = read_manifest(folder)
    assert manifest is not None
    return cls(ox.Store.read_only(str(folder)), folder, manifest)


def test_a_store_that_does_not_mirror_the_graph_file_is_not_read(seed_build, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(seed_build, out)  # copies keep contents, not the files' identity
    assert mirror_of(out / "graph.ttl") is None
    assert not isinstance(open_graph(out / "graph.ttl"), DiskStore)
    assert isinstance(open_graph(seed_build / "graph.nq"), DiskStore)
    assert isinstance(open_graph(out / "graph.db"), DiskStore)  # named directly, it is read


def test_an_incremental_update_equals_a_fresh_build(small_corpus, tmp_path):
    out = tmp_path / "out"
    build([small_corpus], out, workers=1)
    changed = small_corpus / "乙.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\n（二）发展智慧农业。\n", encoding="utf-8")
    (small_corpus / "丙.txt").unlink()
    assert build([small_corpus], out, workers=1).extracted == 1
    build([small_corpus], tmp_path / "fresh", workers=1)
    assert quads(out / "graph.db") == quads(tmp_path / "fresh" / "graph.db")
    for name in ("ask.sqlite",):
        assert (out / "graph.db" / name).read_bytes() == (tmp_path / "fresh" / "graph.db" / name).read_bytes()
    assert not [p for p in out.iterdir() if p.name.startswith(".graph.db")]


def test_an_interrupted_build_leaves_the_store_it_had(small_corpus, tmp_path, monkeypatch):
    out = tmp_path / "out"
    build([small_corpus], out, workers=1)
    before = quads(out / "graph.db")
    (small_corpus / "丁.txt").write_text("关于发展智慧农业的意见\n\n一、加快建设数字乡村\n", encoding="utf-8")

    def fail(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("kg.views.workbench.render_page", fail)
    with pytest.raises(KeyboardInterrupt):
        build([small_corpus], out, workers=1)
    assert quads(out / "graph.db") == before
    assert isinstance(open_graph(out / "graph.ttl"), DiskStore)
    assert sorted(p.name for p in out.iterdir()) == [".cache", "graph.db", "graph.html", "graph.nq", "graph.ttl"]
