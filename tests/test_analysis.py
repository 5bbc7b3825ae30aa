"""`analyze`, `viz`, `validate` and `export` on the seed graph and on deliberately broken graphs."""

from __future__ import annotations

import json

import networkx as nx
import pytest
from rdflib import Graph
from rdflib.compare import isomorphic
from typer.testing import CliRunner

from kg.cli import app
from tests.conftest import SEED

runner = CliRunner()


@pytest.fixture(scope="module")
def seed_out(tmp_path_factory):
    out = tmp_path_factory.mktemp("seed")
    assert runner.invoke(app, ["build", str(SEED), "-o", str(out), "--no-page"]).exit_code == 0
    return out


def cli(*args):
    return runner.invoke(app, [str(a) for a in args])


def test_analyze_json_ranks_concepts_and_names_communities(seed_out):
    result = cli("analyze", "--graph", seed_out / "graph.ttl", "--format", "json", "--top", "10")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["nodes"] > 300 and data["edges"] > 300
    top = [r["label"] for r in data["degree"]]
    assert "人工智能" in top[:3]
    assert len(data["pagerank"]) == len(data["betweenness"]) == 10
    assert all(c["size"] >= 3 and c["name"] == "、".join(c["top"][:3]) for c in data["communities"])
    assert {a["title"] for a in data["articles"]} >= {"抢抓人工智能发展重大机遇", "推进产业智能化绿色化融合化"}
    assert all(b["articles"] >= 2 for b in data["bridges"])


def test_analyze_is_deterministic_and_markdown(seed_out):
    first = cli("analyze", "--graph", seed_out / "graph.ttl", "--format", "markdown")
    second = cli("analyze", "--graph", seed_out / "graph.ttl", "--format", "markdown")
    assert first.exit_code == 0 and first.output == second.output
    assert "## Communities (Louvain, seed 1)" in first.output


def test_viz_goal_and_article(seed_out, tmp_path):
    goal = cli("viz", "--graph", seed_out / "graph.ttl", "--goal", "制造业高质量发展", "-o", tmp_path / "g.html")
    assert goal.exit_code == 0 and "推动制造业高质量发展" in goal.output
    html = (tmp_path / "g.html").read_text(encoding="utf-8")
    assert json.dumps("通过强化基础突破短板制约")[1:-1] in html
    whole = cli("viz", "--graph", seed_out / "graph.ttl", "-o", tmp_path / "all.html")
    assert whole.exit_code == 0
    assert len(html) < len((tmp_path / "all.html").read_text(encoding="utf-8"))
    art = cli("viz", "--graph", seed_out / "graph.ttl", "--article", "人工智能", "-o", tmp_path / "a.html")
    assert art.exit_code == 0 and "抢抓人工智能发展重大机遇" in art.output
    miss = cli("viz", "--graph", seed_out / "graph.ttl", "--goal", "量子引力", "-o", tmp_path / "x.html")
    assert miss.exit_code == 1 and not (tmp_path / "x.html").exists()


def test_validate_conforms_on_the_seed(seed_out):
    result = cli("validate", "--graph", seed_out / "graph.ttl")
    assert result.exit_code == 0 and result.output.startswith("conforms")


BROKEN = {
    "a goal without quote": ('\tpol:quote "', '\tpol:note "'),
    "a measure supporting a concept": ("pol:partOf <https://w3id.org/policykg/id/doc/",
                                       "pol:partOf <https://w3id.org/policykg/id/concept/0> , <https://w3id.org/policykg/id/doc/"),
    "a concept without label": ("\tskos:prefLabel ", "\tskos:note "),
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_validate_fails_readably_on_a_broken_graph(seed_out, tmp_path, name):
    old, new = BROKEN[name]
    text = (seed_out / "graph.ttl").read_text(encoding="utf-8")
    assert old in text
    broken = tmp_path / "broken.ttl"
    broken.write_text(text.replace(old, new, 1), encoding="utf-8")
    result = cli("validate", "--graph", broken)
    assert result.exit_code == 1
    assert result.output.startswith("does not conform: ")
    assert "first violations:" in result.output and "Traceback" not in result.output


def test_gexf_graphml_csv_read_back(seed_out, tmp_path):
    for fmt in ("gexf", "graphml"):
        assert cli("export", "--graph", seed_out / "graph.ttl", "--format", fmt, "-o", tmp_path / f"g.{fmt}").exit_code == 0
    g = nx.read_gexf(tmp_path / "g.gexf")
    labels = {d["label"] for _, d in g.nodes(data=True)}
    kinds = {d["kind"] for _, d in g.nodes(data=True)}
    assert "人工智能" in labels and {"Goal", "Measure", "Technology"} <= kinds
    h = nx.read_graphml(tmp_path / "g.graphml")
    assert h.number_of_nodes() == g.number_of_nodes() and h.number_of_edges() == g.number_of_edges()
    assert cli("export", "--graph", seed_out / "graph.ttl", "--format", "csv", "-o", tmp_path / "e.csv").exit_code == 0
    rows = (tmp_path / "e.csv").read_text(encoding="utf-8").splitlines()
    assert rows[0].startswith("source,source_type,relation,target") and len(rows) - 1 == g.number_of_edges()


@pytest.mark.parametrize("fmt", ["turtle", "nt", "jsonld", "xml"])
def test_rdf_exports_are_the_same_graph(seed_out, tmp_path, fmt):
    out = tmp_path / f"g.{fmt}"
    assert cli("export", "--graph", seed_out / "graph.ttl", "--format", fmt, "-o", out).exit_code == 0
    parsed = Graph().parse(out, format={"nt": "nt", "turtle": "turtle", "jsonld": "json-ld", "xml": "xml"}[fmt])
    assert isomorphic(parsed, Graph().parse(seed_out / "graph.ttl"))


def test_trig_and_nquads_keep_one_graph_per_document(seed_out, tmp_path):
    from rdflib import Dataset

    for fmt, rdflib_fmt in (("trig", "trig"), ("nquads", "nquads")):
        out = tmp_path / f"g.{fmt}"
        assert cli("export", "--graph", seed_out / "graph.ttl", "--format", fmt, "-o", out).exit_code == 0
        ds = Dataset().parse(out, format=rdflib_fmt)
        names = {str(g.identifier) for g in ds.graphs() if len(g)}
        assert "https://w3id.org/policykg/ontology" in names and any("/id/doc/" in n for n in names)


def test_unknown_export_format(seed_out, tmp_path):
    result = cli("export", "--graph", seed_out / "graph.ttl", "--format", "docx", "-o", tmp_path / "x")
    assert result.exit_code == 1 and "unknown format" in result.output and not (tmp_path / "x").exists()


def test_validate_a_dataset_one_document_at_a_time(small_corpus, tmp_path):
    from kg.corpus.build import build

    build([small_corpus], tmp_path / "out", workers=1)
    dataset = tmp_path / "out" / "graph.nq"
    assert cli("validate", "--graph", dataset, "--workers", "2").output.startswith("conforms")
    lines = dataset.read_text(encoding="utf-8").splitlines(keepends=True)
    quote = next(i for i, line in enumerate(lines) if "ontology#quote>" in line and "/id/doc/" in line)
    broken = tmp_path / "broken.nq"
    broken.write_text("".join(lines[:quote] + lines[quote + 1:]), encoding="utf-8")
    result = cli("validate", "--graph", broken, "--workers", "2")
    assert result.exit_code == 1 and "evidence needs exactly one non-empty pol:quote" in result.output
