import os

import pytest
from rdflib import RDF, Graph, Namespace
from typer.testing import CliRunner

from kg.cli import app
from kg.graph.rdf import POL as POL_IRI

from .conftest import SEED, require_shared

POL = Namespace(POL_IRI)

runner = CliRunner()
PAGE = "数字中国\n\n王明 赵亮\n\n一是加快建设数据中心。要完善算力网络，推动数据开放共享。\n\n(作者系研究员)\n"


def build(*args):
    return runner.invoke(app, ["build", *map(str, args)])


def test_build_seed_writes_graph_and_page(tmp_path):
    result = build(SEED, "-o", tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert "3 articles" in result.output
    graph = Graph().parse(tmp_path / "out" / "graph.ttl")
    assert len(list(graph.subjects(RDF.type, POL.Article))) == 3
    html = (tmp_path / "out" / "graph.html").read_text(encoding="utf-8")
    assert "cdn.jsdelivr" not in html and "<script src=" not in html and 'id="index"' in html


def test_build_official_document_from_corpus(tmp_path):
    doc = (require_shared() / "corpus" / "state_council_2018_2019" /
           "国发〔2018〕42号_国务院关于加快推进农业机械化和农机装备产业转型升级的指导意见.txt")
    assert build(doc, "-o", tmp_path).exit_code == 0
    g = Graph().parse(tmp_path / "graph.ttl")
    q = """PREFIX dcterms: <http://purl.org/dc/terms/>
           SELECT ?t ?id WHERE { ?a dcterms:title ?t ; dcterms:identifier ?id }"""
    assert [(str(t), str(i)) for t, i in g.query(q)] == [
        ("国务院关于加快推进农业机械化和农机装备产业转型升级的指导意见", "国发〔2018〕42号")]


@pytest.mark.parametrize(("content", "message"), [
    (b"", "empty file"),
    (bytes(range(256)) * 8, "binary file"),
    ("规划".encode() + b"\xff\xfe\x80\x81\xfa", "cannot decode"),
])
def test_bad_input_is_one_line_and_nothing_is_half_written(tmp_path, content, message):
    out = tmp_path / "out"
    assert build(SEED, "-o", out).exit_code == 0
    before = (out / "graph.ttl").read_bytes()
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    result = build(bad, "-o", out)
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and message in lines[0] and "Traceback" not in result.output
    assert (out / "graph.ttl").read_bytes() == before
    assert sorted(p.name for p in out.iterdir()) == [".cache", "graph.db", "graph.html", "graph.nq", "graph.ttl"]
    assert sorted(p.name[-6:] for p in (out / ".cache").iterdir()) == [".entry", "secret"]


def test_missing_path_is_an_error(tmp_path):
    result = build(tmp_path / "nope.txt", "-o", tmp_path / "out")
    assert result.exit_code == 1 and "no such file" in result.output
    assert not (tmp_path / "out").exists()


def test_folder_with_a_bad_file_builds_the_good_ones_and_says_so(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(PAGE, encoding="gbk")
    (tmp_path / "in" / "b.txt").write_bytes(b"")
    result = build(tmp_path / "in", "-o", tmp_path / "out")
    assert result.exit_code == 1
    assert "b.txt: empty file" in result.output
    assert "1 documents" in result.output


def test_gbk_file_builds_like_utf8(tmp_path):
    (tmp_path / "u.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "g.txt").write_text(PAGE, encoding="gbk")
    build(tmp_path / "u.txt", "-o", tmp_path / "u")
    build(tmp_path / "g.txt", "-o", tmp_path / "g")
    labels = []
    for name in ("u", "g"):
        g = Graph().parse(tmp_path / name / "graph.ttl")
        labels.append(sorted(str(o) for s in g.subjects(None, POL.Measure) for o in g.objects(s, None)
                             if hasattr(o, "language") and o.language == "zh"))
    assert labels[0] == labels[1] and "加快建设数据中心" in labels[0]


@pytest.fixture(scope="module")
def seed_graph(tmp_path_factory):
    out = tmp_path_factory.mktemp("seed")
    assert build(SEED, "-o", out).exit_code == 0
    return out / "graph.ttl"


def test_missing_graph_suggests_build(tmp_path):
    result = runner.invoke(app, ["measures", "--graph", str(tmp_path / "none.ttl")])
    assert result.exit_code == 1 and "policykg build" in result.output


@pytest.mark.parametrize("args", [
    ["ask", "哪些举措支撑数字经济？"],
    ["query", "ASK {}"],
    ["viz", "-o", "{tmp}/v.html"],
    ["analyze"],
    ["instruments", "--by", "document"],
    ["validate"],
    ["export", "--format", "trig", "-o", "{tmp}/x.trig"],
    ["push", "--endpoint", "http://127.0.0.1:9/store"],
])
def test_every_command_that_reads_a_graph_says_when_it_is_missing(tmp_path, args):
    missing = tmp_path / "none.ttl"
    result = runner.invoke(app, [a.replace("{tmp}", str(tmp_path)) for a in args] + ["--graph", str(missing)])
    assert result.exit_code == 1
    assert result.output.strip() == f"policykg: error: {missing}: no graph here; run `policykg build` first (or pass --graph)"


@pytest.mark.parametrize("value", ["nan", "inf", "1e300", "-1", "0"])
def test_max_mb_outside_its_range_is_one_line(tmp_path, value):
    result = build(SEED, "-o", tmp_path / "out", f"--max-mb={value}")
    assert result.exit_code == 1 and result.output.count("\n") == 1 and "--max-mb" in result.output
    assert not (tmp_path / "out").exists()


def test_an_empty_output_name_is_refused(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = build(SEED, "-o", "")
    assert result.exit_code == 1 and "-o/--out is empty" in result.output
    assert list(tmp_path.iterdir()) == []


def test_a_link_out_of_the_folder_is_not_followed_unless_asked(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("一、机密事项\n一是保守国家秘密，严防泄露。\n", encoding="utf-8")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "page.txt").write_text(PAGE, encoding="utf-8")
    (folder / "link.txt").symlink_to(secret)
    result = build(folder, "-o", tmp_path / "out")
    assert result.exit_code == 1 and "link.txt: a link to a file outside the folder: not followed" in result.output
    assert "保守国家秘密" not in (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")
    result = build(folder, "-o", tmp_path / "out", "--follow-links")
    assert result.exit_code == 0 and "保守国家秘密" in (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")


def test_building_a_folder_twice_never_reads_its_own_output(tmp_path, monkeypatch):
    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    first = build(".", "-o", "out")
    elsewhere = build(".", "-o", "second")  # now out/ is a folder a build wrote, inside the input
    again = build(".", "-o", "out")
    assert [r.exit_code for r in (first, elsewhere, again)] == [0, 0, 0]
    assert all(r.output.startswith("1 documents") for r in (first, elsewhere, again))
    assert (tmp_path / "out" / "graph.ttl").read_bytes() == (tmp_path / "second" / "graph.ttl").read_bytes()
    inside = build(".", "-o", ".")
    assert inside.exit_code == 0 and build(".", "-o", ".").output.startswith("1 documents")


COUNT = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"


def test_a_damaged_store_is_one_line_and_the_next_build_makes_it_anew(tmp_path):
    out = tmp_path / "out"
    assert build(SEED, "-o", out, "--no-page").exit_code == 0
    whole = runner.invoke(app, ["query", COUNT, "--graph", str(out / "graph.db"), "--format", "csv"]).output
    sst = sorted((out / "graph.db").glob("*.sst"), key=lambda p: p.stat().st_size)[-1]
    os.truncate(sst, sst.stat().st_size // 2)
    broken = runner.invoke(app, ["query", COUNT, "--graph", str(out / "graph.db")])
    assert broken.exit_code == 1 and "changed or damaged since it was built" in broken.output
    assert broken.output.count("\n") == 1
    again = build(SEED, "-o", out, "--no-page")
    assert again.exit_code == 0 and "graph.db: changed or damaged since it was built" in again.output
    assert runner.invoke(app, ["query", COUNT, "--graph", str(out / "graph.db"), "--format", "csv"]).output == whole


def test_a_store_edited_since_its_build_is_never_read_and_rebuilt(tmp_path):
    import pyoxigraph as ox

    out = tmp_path / "out"
    assert build(SEED, "-o", out, "--no-page").exit_code == 0
    store = ox.Store(str(out / "graph.db"))
    store.update(f'DELETE {{ GRAPH ?g {{ ?s <{LABEL}> ?l }} }} INSERT {{ GRAPH ?g {{ ?s <{LABEL}> "篡改"@zh }} }} '
                 f"WHERE {{ GRAPH ?g {{ ?s <{LABEL}> ?l }} }}")
    del store
    edited = f'SELECT (COUNT(*) AS ?n) {{ ?s <{LABEL}> "篡改"@zh }}'
    seen = runner.invoke(app, ["query", edited, "--graph", str(out / "graph.ttl"), "--format", "csv"])
    assert seen.output.split() == ["n", "0"]
    assert build(SEED, "-o", out, "--no-page").exit_code == 0
    seen = runner.invoke(app, ["query", edited, "--graph", str(out / "graph.db"), "--format", "csv"])
    assert seen.output.split() == ["n", "0"]


def test_a_reader_that_stops_early_gets_no_error_line(tmp_path):
    """policykg … | head: the output's reader closes the pipe first; the command stops without a word."""
    import subprocess
    import sys

    out = tmp_path / "out"
    assert CliRunner().invoke(app, ["build", str(SEED), "-o", str(out), "--no-page"]).exit_code == 0
    command = [sys.executable, "-m", "kg", "measures", "--graph", str(out / "graph.ttl"), "--limit", "0"]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # the reader is gone before the first line is written
    error = proc.stderr.read().decode("utf-8")
    proc.wait(timeout=120)
    assert error == "" and proc.returncode == 1
