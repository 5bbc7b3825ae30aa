"""The Python API: what `import kg` gives a notebook, checked against what the command line builds."""

import io
import re
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Graph as RDFGraph
from rdflib.compare import isomorphic

import kg
from kg.corpus.build import build

ROOT = Path(__file__).resolve().parents[1]
TEXT = "发展数字经济\n\n张三 李四\n\n一是加快建设数据中心。二是完善算力网络。\n"


def test_import_kg_is_light_and_lists_its_api():
    code = "import sys, kg; print(sorted(kg.__all__)); print('kg.extract' in sys.modules, 'jieba' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split("\n")
    assert "read_text" in out[0] and "Graph" in out[0]
    assert out[1] == "False False"


def test_answering_questions_does_not_load_the_extraction_pipeline():
    # a question needs kg.extract.citations (citation keys) but not extract_document's stages
    code = ("import sys, kg.ask.reply, kg.ask.history, kg.views.show; "
            "print('kg.extract.citations' in sys.modules, 'kg.extract.document' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["True", "False"]
    from kg.extract import extract_document  # still there when asked for
    assert extract_document.__module__ == "kg.extract.document"


def test_every_name_in_all_resolves():
    for name in kg.__all__:
        assert getattr(kg, name) is not None


@pytest.mark.parametrize(("text", "kinds"), [
    (TEXT, ["goal", "measure", "measure"]),
    ("发展数字经济\n\n张三 李四\n\n要完善算力网络，提高算力供给水平。\n", ["goal", "measure", "goal"]),  # a result clause
    ("推进乡村振兴\n\n张三 李四\n\n要加强耕地保护。\n", ["goal", "measure"]),
])
def test_read_text_gives_statements_with_quotes_at_their_offsets(text, kinds):
    doc = kg.read_text(text, name="a.txt")
    assert [s.kind.value for s in doc.statements] == kinds
    for s in doc.statements:
        quote = re.sub(r"\s", "", text[s.evidence.start:s.evidence.end])
        assert s.evidence.quote == quote


def test_a_lexicon_is_passed_in_not_global():
    own = kg.parse_lexicon("算力网络\tInfrastructure\t\n")
    with_own = {c.label: c.kind for c in kg.read_text(TEXT, name="a.txt", lexicon=own).concepts}
    assert with_own.get("算力网络") == "Infrastructure"
    assert kg.load_lexicon().kind("人工智能") == "Technology"  # the bundled lexicon is unchanged


def test_graph_of_documents_equals_the_built_graph(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(TEXT, encoding="utf-8")
    build([tmp_path / "in"], tmp_path / "out", page=False, workers=1)
    graph = kg.Graph(kg.read_files([tmp_path / "in"]))
    ours = RDFGraph().parse(data=graph.write(buffer := io.BytesIO(), format="turtle") and buffer.getvalue(),
                            format="turtle")
    built = RDFGraph().parse(tmp_path / "out" / "graph.ttl", format="turtle")
    assert isomorphic(ours, built)
    opened = kg.Graph.open(tmp_path / "out" / "graph.nq")
    assert opened.query("SELECT (COUNT(*) AS ?n) WHERE { ?s a pol:Measure }") == \
        graph.query("SELECT (COUNT(*) AS ?n) WHERE { ?s a pol:Measure }")


def test_query_binds_a_name_as_a_node_and_ask_answers():
    graph = kg.Graph([kg.read_text(TEXT, name="a.txt")])
    rows = graph.query("SELECT ?goal ?m WHERE { ?m pol:supports ?goal ; rdfs:label ?l } ORDER BY ?l", goal="发展数字经济")
    assert len(rows) == 2
    assert [line.label for line in graph.ask("哪些举措支撑发展数字经济？").lines] == ["加快建设数据中心", "完善算力网络"]


def test_write_by_suffix_is_atomic_and_refuses_unknown_formats(tmp_path):
    graph = kg.Graph([kg.read_text(TEXT, name="a.txt")])
    assert graph.write(tmp_path / "g.nq") > 0
    assert not list(tmp_path.glob(".*.tmp"))
    with pytest.raises(kg.PolicyKGError):
        graph.write(tmp_path / "g.unknown")
    assert not (tmp_path / "g.unknown").exists()


def test_read_file_missing_is_one_clear_error(tmp_path):
    with pytest.raises(kg.PolicyKGError, match="no such file"):
        kg.read_file(tmp_path / "nope.txt")


def test_readme_python_examples_run():
    """The README's "In Python" section is runnable as written."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## In Python", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```python\n(.*?)```", section, re.S)
    assert len(blocks) >= 3
    for block in blocks:
        exec(compile(block, "README.md", "exec"), {"__name__": "readme"})
