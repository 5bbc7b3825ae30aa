"""Question templates (tiny texts) and `policykg ask` / `policykg query` on the seed graph."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.questions import Question, UnknownQuestion, parse_question
from tests.conftest import SEED

runner = CliRunner()


@pytest.mark.parametrize(("text", "expected"), [
    ("哪些措施支撑现代化产业体系建设？", Question("measures", ("现代化产业体系建设",))),
    ("哪些举措支持制造业高质量发展", Question("measures", ("制造业高质量发展",))),
    ("有哪些政策服务于乡村振兴？", Question("measures", ("乡村振兴",))),
    ("数字经济由哪些举措支撑？", Question("measures", ("数字经济",))),
    ("支撑粮食安全的举措有哪些", Question("measures", ("粮食安全",))),
    ("举措加快建设算力基础设施服务于哪些目标？", Question("goals", ("加快建设算力基础设施",))),
    ("“推广智能农机”支撑哪些目标", Question("goals", ("推广智能农机",))),
    ("与人工智能相关的概念有哪些？", Question("concepts", ("人工智能",))),
    ("算力的相关概念", Question("concepts", ("算力",))),
    ("新质生产力出现在哪些文章中？", Question("articles", ("新质生产力",))),
    ("哪些文件提到了营商环境", Question("articles", ("营商环境",))),
    ("人工智能和实体经济有什么关系？", Question("relation", ("人工智能", "实体经济"))),
    ("数字经济与实体经济之间有什么联系", Question("relation", ("数字经济", "实体经济"))),
])
def test_templates(text, expected):
    assert parse_question(text) == expected


@pytest.mark.parametrize("text", ["今天天气怎么样？", "人工智能", "", "哪些？"])
def test_unrecognised_questions(text):
    with pytest.raises(UnknownQuestion, match="哪些举措支撑X"):
        parse_question(text)


@pytest.fixture(scope="module")
def seed_graph(tmp_path_factory):
    out = tmp_path_factory.mktemp("seed")
    assert runner.invoke(app, ["build", str(SEED), "-o", str(out), "--no-page"]).exit_code == 0
    return str(out / "graph.ttl")


def ask(graph, question, *extra):
    return runner.invoke(app, ["ask", question, "--graph", graph, *extra])


def labels(result):
    assert result.exit_code == 0, result.output
    return [line["label"] for line in json.loads(result.output)["lines"]]


def test_ask_broad_goal_covers_its_three_directions(seed_graph):
    broad = labels(ask(seed_graph, "哪些举措支撑现代化产业体系建设？", "--format", "json"))
    for direction in ("加快智能化升级改造", "锚定绿色化转型发展", "构建融合化产业链条"):
        narrow = labels(ask(seed_graph, f"哪些举措支撑{direction}？", "--format", "json"))
        assert narrow and set(narrow) <= set(broad)
    data = json.loads(ask(seed_graph, "哪些举措支撑现代化产业体系建设？", "--format", "json").output)
    assert all(line["quote"] and line["article"] for line in data["lines"])


def test_ask_text_output_has_quotes(seed_graph):
    result = ask(seed_graph, "制造业高质量发展由哪些举措支撑？")
    assert result.exit_code == 0 and "通过强化基础突破短板制约" in result.output and "「" in result.output


def test_ask_goals_of_a_measure(seed_graph):
    goals = labels(ask(seed_graph, "通过强化基础突破短板制约服务于哪些目标？", "--format", "json"))
    assert "推动制造业高质量发展" in goals


def test_ask_related_concepts_and_articles(seed_graph):
    related = labels(ask(seed_graph, "与人工智能相关的概念有哪些？", "--format", "json"))
    assert "大语言模型" in related
    articles = json.loads(ask(seed_graph, "人工智能出现在哪些文章中？", "--format", "json").output)
    assert {line["article"] for line in articles["lines"]} >= {"抢抓人工智能发展重大机遇"}


def test_ask_relation_gives_a_chain_with_quotes(seed_graph):
    data = json.loads(ask(seed_graph, "人工智能和实体经济有什么关系？", "--format", "json").output)
    assert data["lines"] and all(line["quote"] for line in data["lines"])
    assert "人工智能" in data["lines"][0]["label"] and "实体经济" in data["lines"][-1]["label"]


def test_ask_unknown_name_and_unknown_question(seed_graph):
    miss = ask(seed_graph, "与量子引力相关的概念有哪些？")
    assert miss.exit_code == 1 and "no concept matches" in miss.output
    close = ask(seed_graph, "与人工智慧相关的概念有哪些？")
    assert close.exit_code == 1 and "closest: " in close.output and "人工智能" in close.output
    odd = ask(seed_graph, "今天天气怎么样？")
    assert odd.exit_code == 1 and "例 e.g." in odd.output


GOALS = "PREFIX pol: <https://w3id.org/policykg/ontology#> SELECT ?g WHERE { ?g a pol:Goal } ORDER BY ?g LIMIT 3"


@pytest.mark.parametrize(("fmt", "check"), [
    ("json", lambda out: len(json.loads(out)["results"]["bindings"]) == 3),
    ("csv", lambda out: out.splitlines()[0] == "g" and len(out.splitlines()) == 4),
    ("tsv", lambda out: out.splitlines()[0] == "?g"),
    ("xml", lambda out: out.startswith("<?xml")),
    ("table", lambda out: "3 rows" in out),
])
def test_query_formats(seed_graph, fmt, check):
    result = runner.invoke(app, ["query", GOALS, "--graph", seed_graph, "--format", fmt])
    assert result.exit_code == 0, result.output
    assert check(result.output)


def test_query_ask_construct_and_named_with_binding(seed_graph):
    yes = runner.invoke(app, ["query", "ASK { ?s ?p ?o }", "--graph", seed_graph, "--format", "json"])
    assert json.loads(yes.output)["boolean"] is True
    graph = runner.invoke(app, ["query", "CONSTRUCT { ?s a ?t } WHERE { ?s a ?t } LIMIT 3", "--graph", seed_graph])
    assert graph.exit_code == 0 and "@prefix" in graph.output
    goal = json.loads(runner.invoke(app, ["query", GOALS, "--graph", seed_graph, "--format", "json"]).output)
    iri = goal["results"]["bindings"][0]["g"]["value"]
    named = runner.invoke(app, ["query", "--name", "measures-for-goal", "--bind", f"goal=<{iri}>",
                                "--graph", seed_graph, "--format", "json"])
    rows = json.loads(named.output)["results"]["bindings"]
    assert rows and {r["goal"]["value"] for r in rows} == {iri}
    listing = runner.invoke(app, ["query", "--list"])
    assert "measures-for-goal" in listing.output and "concept-neighbours" in listing.output


@pytest.mark.parametrize(("args", "message"), [
    (["SELECT ?x WHERE { ?x a }"], "SPARQL syntax error: error at 1:"),
    (["INSERT DATA { <http://e/a> <http://e/b> <http://e/c> }"], "read-only"),
    (["--name", "no-such-query"], "no named query"),
    (["ASK {}", "--name", "goals"], "exactly one of"),
    (["--name", "measures-for-goal", "--bind", "goal"], "bad --bind"),
])
def test_query_errors_are_one_line_exit_2(seed_graph, args, message):
    result = runner.invoke(app, ["query", *args, "--graph", seed_graph])
    assert result.exit_code == 2 and message in result.output
    assert len(result.output.strip().splitlines()) == 1
