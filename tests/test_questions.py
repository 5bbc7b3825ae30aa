"""Questions read by their cues, names resolved in tiers, and `policykg ask` / `measures` / `query` on the seed graph."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from kg.ask import answer
from kg.ask.index import Index
from kg.ask.keys import sounds
from kg.ask.names import core, resolve, slips
from kg.ask.questions import Question, name_of, parse_question
from kg.ask.scope import Scope
from kg.cli import app
from kg.graph.store import Store
from tests.conftest import SEED

runner = CliRunner()


@pytest.mark.parametrize(("text", "expected"), [
    ("哪些措施支撑现代化产业体系建设？", Question("measures", ("现代化产业体系建设",))),
    ("哪些举措支持制造业高质量发展", Question("measures", ("制造业高质量发展",))),
    ("有哪些政策服务于乡村振兴？", Question("measures", ("乡村振兴",))),
    ("数字经济由哪些举措支撑？", Question("measures", ("数字经济",))),
    ("支撑粮食安全的举措有哪些", Question("measures", ("粮食安全",))),
    ("人工智能方面有哪些政策措施？", Question("measures", ("人工智能",))),
    ("提升可靠性的措施有哪些", Question("measures", ("提升可靠性",))),
    ("如何推动绿色低碳转型？", Question("measures", ("推动绿色低碳转型",))),
    ("怎样加快发展智能制造？", Question("measures", ("加快发展智能制造",))),
    ("推进产业绿色化要做哪些工作？", Question("measures", ("推进产业绿色化",))),
    ("实现制造强国的路径是什么？", Question("measures", ("实现制造强国",))),
    ("数据要素有关的政策有哪些？", Question("measures", ("数据要素",))),
    ("智能化升级改造靠什么？", Question("measures", ("智能化升级改造",))),
    ("卡脖子问题怎么解决", Question("measures", ("卡脖子问题",))),
    ("请问关于乡村振兴有哪些政策？", Question("measures", ("乡村振兴",))),
    ("制造业高质量发展需要哪些政策支持？", Question("measures", ("制造业高质量发展",))),
    ("无废城市建设试点有多少项举措？", Question("measures", ("无废城市建设试点",), True)),
    ("举措加快建设算力基础设施服务于哪些目标？", Question("goals", ("加快建设算力基础设施",))),
    ("“推广智能农机”支撑哪些目标", Question("goals", ("推广智能农机",))),
    ("夯实算力基础是为了什么？", Question("goals", ("夯实算力基础",))),
    ("加强基础研究的目的是什么", Question("goals", ("加强基础研究",))),
    ("提升产品可靠性有什么用", Question("goals", ("提升产品可靠性",))),
    ("与人工智能相关的概念有哪些？", Question("concepts", ("人工智能",))),
    ("算力的相关概念", Question("concepts", ("算力",))),
    ("人工智能涉及哪些领域", Question("concepts", ("人工智能",))),
    ("新质生产力出现在哪些文章中？", Question("articles", ("新质生产力",))),
    ("哪些文件提到了营商环境", Question("articles", ("营商环境",))),
    ("哪篇文章提到了卡脖子？", Question("articles", ("卡脖子",))),
    ("提到可靠性的文章有哪些", Question("articles", ("可靠性",))),
    ("可靠性出现在几篇文章中？", Question("articles", ("可靠性",), True)),
    ("人工智能和实体经济有什么关系？", Question("relation", ("人工智能", "实体经济"))),
    ("数字经济与实体经济之间有什么联系", Question("relation", ("数字经济", "实体经济"))),
    ("数字经济对实体经济有什么影响？", Question("relation", ("数字经济", "实体经济"))),
    ("人工智能", Question("about", ("人工智能",))),
    ("制造业高质量发张", Question("about", ("制造业高质量发张",))),
    ("一共有多少个目标？", Question("about", (), True)),
    ("今天天气怎么样？", Question("measures", ("今天天气",))),
    ("哪些？", Question("about", ())),
])
def test_intent_and_name_from_cues(text, expected):
    assert parse_question(text) == expected


@pytest.mark.parametrize(("text", "name"), [
    ("支撑农业机械化的举措有哪些", "农业机械化"),
    ("哪些举措支撑高质量发展", "高质量发展"),
    ("城镇小区配套幼儿园治理怎么做", "城镇小区配套幼儿园治理"),
    ("政务新媒体健康有序发展需要哪些措施", "政务新媒体健康有序发展"),
    ("国家职业教育改革实施方案", "国家职业教育改革实施方案"),  # 方案 inside a name stays
    ("实现制造强国的路径是什么", "实现制造强国"),  # …的路径 is the question's frame
    ("坚持需求导向的科技研发路径", "坚持需求导向的科技研发路径"),  # …的科技研发路径 is a name
])
def test_name_is_what_the_frame_leaves(text, name):
    assert name_of(text) == name


NAMES = Index.of_names([
    ("推动制造业高质量发展", "goal", "g1"), ("制造业", "goal", "g2"),
    ("现代化产业体系", "goal", "g3"), ("构建现代化产业体系", "goal", "g4"),
    ("推进产业智能化绿色化融合化", "goal", "g5"), ("优化学术环境", "measure", "m1"),
    ("加快发展智能制造", "measure", "m2"), ("人工智能", "concept", "c1"), ("AI", "concept", "c1"),
])


@pytest.mark.parametrize(("query", "how", "used", "nodes"), [
    ("制造业", "contains", "制造业", ["g2", "g1"]),
    ("现代化产业体系", "contains", "现代化产业体系", ["g3", "g4"]),
    ("现代化产业体系建设", "core", "现代化产业体系", ["g3", "g4"]),
    ("制造业高质量发张", "typo", "制造业高质量发展", ["g1"]),
    ("现代化产业体习", "typo", "现代化产业体系", ["g3", "g4"]),
    ("加快发展智能制照", "typo", "加快发展智能制造", ["m2"]),
    ("产业绿色化", "words", "产业绿色化", ["g5"]),
    ("推进产业绿色化", "words", "推进产业绿色化", ["g5"]),
    ("ai", "exact", "ai", ["c1"]),
    ("优化学术民主环境", "none", "优化学术民主环境", []),
    ("人工智慧", "none", "人工智慧", []),  # 慧 does not sound like 能: a word, not a slip
    ("量子引力", "none", "量子引力", []),
])
def test_resolution_tiers(query, how, used, nodes):
    found = resolve(NAMES, query)
    assert (found.how, found.used, [e.node for e in found.entries]) == (how, used, nodes)


def test_a_miss_offers_the_closest_names():
    assert [e.label for e in resolve(NAMES, "优化学术民主环境").suggestions][:1] == ["优化学术环境"]
    assert "人工智能" in [e.label for e in resolve(NAMES, "人工智慧").suggestions]


@pytest.mark.parametrize(("a", "b", "alike"), [("张", "展", True), ("智", "制", True), ("习", "系", True),
                                               ("姓", "性", True), ("慧", "能", False), ("量", "两", True)])
def test_characters_that_sound_alike(a, b, alike):
    assert bool(sounds(a) & sounds(b)) is alike


def test_slips_are_counted_on_the_aligned_part_of_a_label():
    assert slips("制造业高质发展", "推动制造业高质量发展") == (1, 2, 10)  # one character left out
    assert slips("优化学术民主环境", "优化学术环境") is None
    assert core("加快推进农业机械化") == "农业机械化"


@pytest.fixture(scope="module")
def seed_graph(tmp_path_factory):
    out = tmp_path_factory.mktemp("seed")
    assert runner.invoke(app, ["build", str(SEED), "-o", str(out)]).exit_code == 0
    return out / "graph.ttl"


def ask(graph, question, *extra):
    return runner.invoke(app, ["ask", question, "--graph", str(graph), *extra])


def data(result):
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_ask_broad_goal_covers_its_three_directions(seed_graph):
    broad = {line["label"] for line in data(ask(seed_graph, "哪些举措支撑现代化产业体系建设？", "--format", "json"))["lines"]}
    for direction in ("推进产业智能化", "推进产业绿色化", "推进产业融合化"):
        narrow = data(ask(seed_graph, f"哪些举措支撑{direction}？", "--format", "json"))
        assert narrow["lines"] and {line["label"] for line in narrow["lines"]} <= broad


def test_ask_text_says_counts_first_and_quotes(seed_graph):
    result = ask(seed_graph, "人工智能方面有哪些政策措施？")
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert re.search("个目标.*的名称含它", lines[0])
    assert re.match(r"\s+\d+\s+目标 ", lines[1])  # the count of each goal before any measure
    assert "「" in result.output and "另有" in result.output


def test_ask_typo_says_what_it_matched(seed_graph):
    result = ask(seed_graph, "制造业高质量发张")
    assert result.exit_code == 0
    assert "按读音相近或差一两个字的「制造业高质量发展」匹配" in result.output and "推动制造业高质量发展" in result.output


def test_ask_nothing_in_the_graph_is_an_honest_answer_with_suggestions(seed_graph):
    result = ask(seed_graph, "与人工智慧相关的概念有哪些？")
    assert result.exit_code == 1
    assert "图中没有「人工智慧」" in result.output and "概念 人工智能" in result.output
    assert "可以这样问" in result.output and "Traceback" not in result.output
    found = json.loads(ask(seed_graph, "今天天气怎么样？", "--format", "json").output)
    assert found["found"] is False and found["forms"]


def test_the_example_questions_offered_work_on_the_graph(seed_graph):
    store = Store.open(seed_graph)
    forms = answer(store, "今天天气怎么样？").forms
    assert len(forms) >= 6
    for form in forms:
        for example in form.split("例：")[1].split():
            assert answer(store, example).found, example


@pytest.fixture(scope="module")
def seed_store(seed_graph):
    return Store.open(seed_graph)


CUE_WORDS = st.sampled_from(["哪些", "举措", "支撑", "的", "措施", "有哪些", "如何", "和", "关系", "出现", "多少", "制造业",
                             "人工智能", "发张", "？", "“", "、", " ", "a"])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.one_of(st.text(max_size=40), st.lists(CUE_WORDS, max_size=12).map("".join)))
def test_any_question_gets_an_answer_or_one_clear_error(seed_store, text):
    from kg.errors import PolicyKGError

    try:
        found = answer(seed_store, text)
    except PolicyKGError as exc:
        assert "empty question" in str(exc)
        return
    assert found.heading and (found.found or found.forms or found.suggestions)


@pytest.mark.parametrize(("question", "message"), [("", "empty question"), ("？" * 3 + "问" * 600, "too long")])
def test_empty_or_overlong_questions_are_one_line(seed_graph, question, message):
    result = ask(seed_graph, question)
    assert result.exit_code == 1 and message in result.output and len(result.output.strip().splitlines()) == 1


def test_ask_relation_gives_a_chain_with_quotes(seed_graph):
    found = data(ask(seed_graph, "人工智能和实体经济有什么关系？", "--format", "json"))
    assert found["lines"] and all(line["quote"] for line in found["lines"])
    assert "人工智能" in found["lines"][0]["label"] and "实体经济" in found["lines"][-1]["label"]


def test_ask_goals_of_a_measure_and_where_a_name_appears(seed_graph):
    goals = [line["label"] for line in data(ask(seed_graph, "通过强化基础突破短板制约服务于哪些目标？", "--format", "json"))["lines"]]
    assert "推动制造业高质量发展" in goals
    found = data(ask(seed_graph, "哪篇文章提到了卡脖子？", "--format", "json"))
    assert all("卡脖子" in line["quote"] or "卡脖子" in line["label"] for line in found["lines"])
    assert len(found["groups"]) == 2  # two articles of the seed page say 卡脖子


def test_measures_for_a_goal_lists_the_four_means(seed_graph):
    found = data(runner.invoke(app, ["measures", "制造业高质量发展", "--graph", str(seed_graph), "--format", "json"]))
    assert [g["label"] for g in found["groups"]] == ["推动制造业高质量发展"]
    labels = [m["label"] for m in found["groups"][0]["lines"]]
    for means in ("通过强化基础突破短板制约", "通过改进工艺升级技术路径", "通过完善标准优化产业生态",
                  "通过夯实配套支撑构筑系统保障"):
        assert means in labels
    assert all(m["quote"] for m in found["groups"][0]["lines"])


def test_measures_tree_and_unknown_goal(seed_graph):
    tree = runner.invoke(app, ["measures", "--graph", str(seed_graph)])
    assert tree.exit_code == 0 and "夯实算力基础" in tree.output and "推进产业智能化绿色化融合化" in tree.output
    miss = runner.invoke(app, ["measures", "量子引力", "--graph", str(seed_graph)])
    assert miss.exit_code == 1 and "no goal or measure matches '量子引力'; did you mean: 概念 量子" in miss.output
    assert len(miss.output.strip().splitlines()) == 1


def test_measures_of_a_measure_says_it_is_one(seed_graph):
    result = runner.invoke(app, ["measures", "加快发展智能制造", "--graph", str(seed_graph)])
    assert result.exit_code == 0 and "举措 加快发展智能制造" in result.output and "下位举措" in result.output


@pytest.fixture(scope="module")
def two_reports(tmp_path_factory):
    """Two provincial reports of the corpus: 甘肃 2026 states 科技创新能力明显提升, 上海 2025 优化学术环境."""
    from tests.conftest import require_shared

    shared = require_shared()
    folder = tmp_path_factory.mktemp("reports")
    for path in (shared / "corpus/gwr_provincial_2026/2026_甘肃省_政府工作报告.txt",
                 shared / "corpus/gwr_provincial_2025/2025年上海市政府工作报告.txt"):
        (folder / path.name).write_bytes(path.read_bytes())
    assert runner.invoke(app, ["build", str(folder), "-o", str(folder / "out"), "--no-page"]).exit_code == 0
    return folder / "out" / "graph.ttl"


def test_measures_never_answers_for_another_name_silently(two_reports):
    near = runner.invoke(app, ["measures", "优化学术民主环境", "--graph", str(two_reports)])
    assert near.exit_code == 1 and "did you mean" in near.output and "优化学术环境" in near.output
    named = runner.invoke(app, ["measures", "科技创新能力明显提升", "--graph", str(two_reports), "--format", "json"])
    found = data(named)
    assert found["found"] and all("科技创新能力明显提升" in g["label"] for g in found["groups"])


GOALS = "PREFIX pol: <https://w3id.org/policykg/ontology#> SELECT ?g WHERE { ?g a pol:Goal } ORDER BY ?g LIMIT 3"


@pytest.mark.parametrize(("fmt", "check"), [
    ("json", lambda out: len(json.loads(out)["results"]["bindings"]) == 3),
    ("csv", lambda out: out.splitlines()[0] == "g" and len(out.splitlines()) == 4),
    ("tsv", lambda out: out.splitlines()[0] == "?g"),
    ("xml", lambda out: out.startswith("<?xml")),
    ("table", lambda out: "3 rows" in out),
])
def test_query_formats(seed_graph, fmt, check):
    result = runner.invoke(app, ["query", GOALS, "--graph", str(seed_graph), "--format", fmt])
    assert result.exit_code == 0, result.output
    assert check(result.output)


def test_query_table_never_cuts_an_iri(seed_graph):
    result = runner.invoke(app, ["query", GOALS, "--graph", str(seed_graph)])
    iris = [b["g"]["value"] for b in json.loads(runner.invoke(
        app, ["query", GOALS, "--graph", str(seed_graph), "--format", "json"]).output)["results"]["bindings"]]
    assert all(iri in result.output for iri in iris) and "…" not in result.output


def goal_iri(graph, label):
    query = ("PREFIX pol: <https://w3id.org/policykg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
             "SELECT ?g ?label WHERE { ?g a pol:Goal ; rdfs:label ?l FILTER(STR(?l) = STR(?label)) }")
    rows = json.loads(runner.invoke(app, ["query", query, "--graph", str(graph), "--format", "json",
                                          "--bind", f"label=\"{label}\"@zh"]).output)["results"]["bindings"]
    return rows[0]["g"]["value"]


@pytest.mark.parametrize("form", ["<{iri}>", "{iri}", "推动制造业高质量发展", "制造业高质量发展"])
def test_bind_takes_an_iri_bare_or_bracketed_or_a_name(seed_graph, form):
    iri = goal_iri(seed_graph, "推动制造业高质量发展")
    result = runner.invoke(app, ["query", "--name", "measures-for-goal", "--bind", f"goal={form.format(iri=iri)}",
                                 "--graph", str(seed_graph), "--format", "json"])
    rows = json.loads(result.output)["results"]["bindings"]
    assert rows and {r["goal"]["value"] for r in rows} == {iri}


@pytest.mark.parametrize(("value", "message"), [
    ("高质量发展", "nodes (contains)"),  # several goals hold the name: the error lists them
    ("量子引力", "no node is named '量子引力'"),
])
def test_bind_a_name_that_is_not_one_node(seed_graph, value, message):
    result = runner.invoke(app, ["query", "--name", "measures-for-goal", "--bind", f"goal={value}",
                                 "--graph", str(seed_graph)])
    assert result.exit_code == 3 and message in result.output and len(result.output.strip().splitlines()) == 1


def test_supports_is_stated_for_every_support_link(seed_graph):
    count = ("PREFIX pol: <https://w3id.org/policykg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
             "SELECT (COUNT(*) AS ?n) WHERE { ?p rdfs:subPropertyOf+ pol:supports . ?s ?p ?t "
             "FILTER NOT EXISTS { ?s pol:supports ?t } }")
    rows = json.loads(runner.invoke(app, ["query", count, "--graph", str(seed_graph), "--format", "json"]).output)
    assert rows["results"]["bindings"][0]["n"]["value"] == "0"
    path = ("PREFIX pol: <https://w3id.org/policykg/ontology#> SELECT (COUNT(DISTINCT ?m) AS ?n) "
            "WHERE { ?m a pol:Measure ; pol:supports+ ?g . ?g a pol:Goal }")
    rows = json.loads(runner.invoke(app, ["query", path, "--graph", str(seed_graph), "--format", "json"]).output)
    assert int(rows["results"]["bindings"][0]["n"]["value"]) > 150


def test_query_ask_construct_and_listing(seed_graph):
    yes = runner.invoke(app, ["query", "ASK { ?s ?p ?o }", "--graph", str(seed_graph), "--format", "json"])
    assert json.loads(yes.output)["boolean"] is True
    graph = runner.invoke(app, ["query", "CONSTRUCT { ?s a ?t } WHERE { ?s a ?t } LIMIT 3", "--graph", str(seed_graph)])
    assert graph.exit_code == 0 and "@prefix" in graph.output
    listing = runner.invoke(app, ["query", "--list"])
    assert "measures-for-goal" in listing.output and "concept-neighbours" in listing.output


@pytest.mark.parametrize(("args", "message"), [
    (["SELECT ?x WHERE { ?x a }"], "SPARQL syntax error at line 1, column"),
    (["INSERT DATA { <http://e/a> <http://e/b> <http://e/c> }"], "read-only"),
    (["--name", "no-such-query"], "no named query"),
    (["ASK {}", "--name", "goals"], "exactly one of"),
    (["--name", "measures-for-goal", "--bind", "goal"], "bad --bind"),
])
def test_query_errors_are_one_line_exit_3(seed_graph, args, message):
    result = runner.invoke(app, ["query", *args, "--graph", str(seed_graph)])
    assert result.exit_code == 3 and message in result.output
    assert len(result.output.strip().splitlines()) == 1


# -- scope, English, subjects inside, relations, agencies, documents (tiny hand-made graphs) ---------------

@pytest.mark.parametrize(("text", "intent", "names", "scope"), [
    ("国发〔2018〕42号的目标是什么？", "goals", (), Scope(documents=("国发〔2018〕42号",))),
    ("国发[2018]42号有哪些举措", "measures", (), Scope(documents=("国发〔2018〕42号",))),
    ("哪些省份的政府工作报告提到了新质生产力？", "articles", ("新质生产力",), Scope(genres=("政府工作报告",), by="region")),
    ("广东省发展人工智能有哪些举措？", "measures", ("发展人工智能",), Scope(regions=("广东省",))),
    ("2024年以来的政府工作报告提到了哪些人工智能举措？", "measures", ("人工智能",),
     Scope(years=(2024, 9999), genres=("政府工作报告",))),
    ("2016年至2018年的政府工作报告提到中国制造2025了吗", "articles", ("中国制造2025",),
     Scope(years=(2016, 2018), genres=("政府工作报告",))),
    ("哪一年的政府工作报告最早提到供给侧结构性改革", "articles", ("供给侧结构性改革",),
     Scope(genres=("政府工作报告",), by="year")),
    ("海南自由贸易港有哪些举措", "measures", ("海南自由贸易港",), Scope()),  # a province inside a name is no scope
    ("哪篇文件引用了《中国制造2025》？", "articles", ("中国制造2025",), Scope()),
])
def test_scope_is_taken_off_the_question(text, intent, names, scope):
    found = parse_question(text)
    assert (found.intent, found.names, found.scope) == (intent, names, scope)


@pytest.mark.parametrize(("text", "expected"), [
    ("完善农机装备创新体系由哪个部门牵头？", Question("lead", ("完善农机装备创新体系",))),
    ("加强农机装备质量可靠性建设的牵头部门是谁", Question("lead", ("加强农机装备质量可靠性建设",))),
    ("工业和信息化部牵头了哪些任务？", Question("tasks", ("工业和信息化部",))),
    ("哪些任务由市场监管总局负责？", Question("tasks", ("市场监管总局",))),
    ("未来产业包括哪些？", Question("includes", ("未来产业",))),
    ("什么推动了智能化？", Question("enables", ("智能化",))),
    ("实体经济和数字经济怎么融合？", Question("relation", ("实体经济", "数字经济"))),
    ("制造业可靠性怎么提升？", Question("measures", ("制造业可靠性",))),
    ("推动人工智能发展需要做哪些事？", Question("measures", ("推动人工智能发展",))),
    ("文章对算力基础设施提了哪些要求？", Question("measures", ("算力基础设施",))),
    ("数据要素方面提了什么", Question("measures", ("数据要素",))),
    ("Which measures support 制造业高质量发展?", Question("measures", ("制造业高质量发展",))),
    ("what does 夯实算力基础 serve", Question("goals", ("夯实算力基础",))),
    ("Where does 芯片 appear?", Question("articles", ("芯片",))),
    ("How many measures does 人工智能 have?", Question("measures", ("人工智能",), True)),
    ("Who leads 完善农机装备创新体系?", Question("lead", ("完善农机装备创新体系",))),
    ("How many goals are there?", Question("about", (), True)),
])
def test_new_forms(text, expected):
    assert parse_question(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("哪些技术属于新材料？", Question("includes", ("新材料",))),
    ("新能源有哪些类型", Question("includes", ("新能源",))),
    ("数字经济的组成部分有哪些", Question("includes", ("数字经济",))),
    ("未来产业涵盖哪些领域", Question("includes", ("未来产业",))),
    ("量子科技属于什么？", Question("classes", ("量子科技",))),
    ("人工智能能带动什么", Question("effects", ("人工智能",))),
    ("基础研究对什么有促进作用", Question("effects", ("基础研究",))),
    ("乡村振兴依托什么？", Question("enables", ("乡村振兴",))),
    ("新型工业化离不开什么", Question("enables", ("新型工业化",))),
    ("推动绿色转型的因素有哪些", Question("enables", ("绿色转型",))),
    ("是什么在推动数字化转型", Question("enables", ("数字化转型",))),
    ("哪些举措支撑乡村振兴？", Question("measures", ("乡村振兴",))),  # statements asked: no verb form
    ("哪些政策促进消费", Question("measures", ("消费",))),
    ("数字经济如何赋能实体经济", Question("relation", ("数字经济", "实体经济"))),
    ("数字经济与实体经济之间有没有联系", Question("relation", ("数字经济", "实体经济"))),
    ("数字经济和实体经济融合了吗", Question("relation", ("数字经济", "实体经济"))),
    ("什么是新质生产力", Question("about", ("新质生产力",))),
    ("新质生产力的内涵是什么", Question("about", ("新质生产力",))),
    ("数据中心建设谁来管", Question("lead", ("数据中心建设",))),
    ("有几篇文章提到人工智能", Question("articles", ("人工智能",), True)),
    ("为了乡村振兴要做什么", Question("measures", ("乡村振兴",))),
    ("未来产业由哪些产业组成", Question("includes", ("未来产业",))),
    ("量子科技是哪一类产业", Question("classes", ("量子科技",))),
    ("人工智能可以用在哪些领域", Question("applies", ("人工智能",))),
    ("人工智能的应用场景有哪些", Question("applies", ("人工智能",))),
    ("建设数据中心有什么意义", Question("goals", ("建设数据中心",))),
    ("数字经济对实体经济的影响", Question("relation", ("数字经济", "实体经济"))),
    ("人工智能会对就业产生什么影响", Question("relation", ("人工智能", "就业"))),
    ("数字经济与实体经济的关系如何", Question("relation", ("数字经济", "实体经济"))),
    ("发展新质生产力的关键是什么", Question("enables", ("发展新质生产力",))),
    ("推进乡村振兴有哪些办法", Question("measures", ("推进乡村振兴",))),  # ways asked, not documents of a genre
    ("关于乡村振兴国家出台了哪些举措", Question("measures", ("乡村振兴",))),
    ("乡村振兴要干些啥", Question("measures", ("乡村振兴",))),
    ("乡村振兴具体怎么做", Question("measures", ("乡村振兴",))),
    ("想了解一下乡村振兴的具体措施", Question("measures", ("乡村振兴",))),
    ("人工智能被提到了多少次", Question("articles", ("人工智能",), True)),
    ("What does 基础研究 drive?", Question("effects", ("基础研究",))),
    ("What is 量子科技 part of?", Question("classes", ("量子科技",))),
    ("未来产业都有啥", Question("members", ("未来产业",))),
    ("未来产业主要有哪些？", Question("members", ("未来产业",))),
    ("新能源通常有哪几类", Question("members", ("新能源",))),
    ("重点任务有哪些", Question("measures", ())),  # the kind of node asked, not a concept's members
    ("乡村振兴有哪些举措", Question("measures", ("乡村振兴",))),
    ("这项举措服务于什么", Question("goals", (), points_back=True)),  # points back to a name it does not give
    ("它有哪些", Question("about", (), points_back=True)),
    ("这些产业包括哪些", Question("includes", ("产业",), points_back=True)),  # a name after the pointer is asked about
    ("未来产业包括啥", Question("includes", ("未来产业",))),  # the same intent however the parts are asked for
    ("未来产业包括什么", Question("includes", ("未来产业",))),
    ("新动能属于什么", Question("classes", ("新动能",))),  # 能 closing a name is no modal
])
def test_relation_questions_read_by_their_verb_and_the_side_asked(text, expected):
    assert parse_question(text) == expected


def test_what_a_concept_is_part_of_and_what_it_drives_come_from_stated_relations():
    index = relation_index()
    classes = answer(index, "量子科技属于什么？")
    assert [(line.label, line.quote) for line in classes.lines] == [("未来产业", "未来产业包括量子科技、人形机器人等。")]
    drives = answer(index, "基础研究能带动什么")
    assert [(line.label, line.quote) for line in drives.lines] == [("量子科技", "以基础研究推动量子科技突破。")]
    assert answer(index, "哪些技术属于未来产业？").intent == "includes"
    developed = answer(index, "什么推动量子科技发展？")  # no concept 量子科技发展: the thing to develop is asked about
    assert [line.label for line in developed.lines] == ["基础研究"]
    assert [line.label for line in answer(index, "量子科技是哪一类产业").lines] == ["未来产业"]
    none = answer(index, "人形机器人能带动什么")
    assert none.heading.startswith("图中没有陈述人形机器人 推动什么")


def test_what_a_concept_has_is_its_stated_members_else_everything_about_it():
    index = relation_index()
    members = answer(index, "未来产业都有啥")
    assert (members.intent, sorted(line.label for line in members.lines)) == ("includes", ["人形机器人", "量子科技"])
    assert answer(index, "基础研究有哪些").intent == "about"  # nothing stated to be part of it


@pytest.mark.parametrize("question", ["基础研究能对什么有推动作用", "量子科技可以属于什么", "基础研究会带动什么"])
def test_a_modal_the_name_kept_is_dropped_when_the_name_with_it_is_unknown(question):
    found = answer(relation_index(), question)
    assert found.found and [m.used for m in found.matched][-1] in ("基础研究", "量子科技")


@pytest.mark.parametrize("question", ["这项举措服务于什么", "它有哪些", "这个有什么作用"])
def test_a_question_that_only_points_back_asks_for_a_name(question):
    found = answer(relation_index(), question)
    assert not found.found and "请写出它的名称" in found.heading


def test_a_name_closed_by_neng_is_not_cut_when_the_graph_lacks_it():
    found = answer(relation_index(), "新动能属于什么")
    assert not found.found and "新动能" in found.heading and "「新动」" not in found.heading


def tiny_index(text: str, name: str = "a.txt") -> Index:
    return texts_index({name: text})


def texts_index(texts: dict[str, str]) -> Index:
    """The index of questions of small texts, each built as a document named by its key."""
    from kg.ask.records import document_rows
    from kg.extract import extract_document
    from kg.model import Source

    return Index.of_rows([document_rows(extract_document(Source(name, text))) for name, text in texts.items()])


def relation_index() -> Index:
    """Two concepts stated to be one part of the other, and a third stated to drive the second."""
    from kg.ask.records import DocumentRow, RelationRow, Rows

    rows = Rows(documents=[DocumentRow("d", "p", "甲.txt", "关于培育未来产业的意见", year=2024, issuer="国务院")])
    for node, label in (("c1", "未来产业"), ("c2", "量子科技"), ("c3", "基础研究"), ("c4", "人形机器人")):
        rows.concept(node, label)
    rows.relations += [RelationRow("c1", "includes", "c2", "未来产业包括量子科技、人形机器人等。", "d"),
                       RelationRow("c1", "includes", "c4", "未来产业包括量子科技、人形机器人等。", "d"),
                       RelationRow("c3", "enables", "c2", "以基础研究推动量子科技突破。", "d")]
    return Index.of_rows([rows])


def test_what_a_concept_includes_and_what_drives_it_come_from_stated_relations():
    index = relation_index()
    found = answer(index, "未来产业包括哪些？")
    assert [(line.label, line.quote) for line in found.lines] == [
        ("人形机器人", "未来产业包括量子科技、人形机器人等。"), ("量子科技", "未来产业包括量子科技、人形机器人等。")]
    assert "关于培育未来产业的意见" in found.lines[0].article and "2024年" in found.lines[0].article
    driven = answer(index, "什么推动量子科技？")
    assert [line.label for line in driven.lines] == ["基础研究"] and driven.lines[0].quote == "以基础研究推动量子科技突破。"


def test_a_relation_stated_in_two_sentences_keeps_both_quotes_and_counts_once():
    text = "关于培育未来产业的意见\n\n一、培育量子科技、生物制造等未来产业。\n\n二、壮大量子科技、类脑智能等未来产业。\n"
    found = answer(tiny_index(text), "未来产业包括哪些？")
    assert found.heading.startswith("未来产业 包括 3 个概念")
    quotes = {line.quote for line in found.lines if line.label == "量子科技"}
    assert len(quotes) == 1 and "量子科技" in quotes.pop()  # one line per concept, quoting the first sentence


def test_none_stated_is_said_plainly():
    index = relation_index()
    found = answer(index, "人形机器人包括哪些？")
    assert found.found and found.heading.startswith("图中没有陈述人形机器人 包括什么")
    assert [line.label for line in found.lines] == ["未来产业"]  # what is stated of it instead, with its quote
    chain = answer(index, "基础研究和人形机器人是什么关系？")  # no relation stated between them: a chain of stated ones
    assert "没有直接陈述的关系" in chain.heading and all(line.quote for line in chain.lines)
    assert [line.relation for line in chain.lines] == ["推动", "包括", "包括"]


def test_two_subjects_give_their_stated_relation_and_the_statements_with_both():
    index = relation_index()
    found = answer(index, "未来产业和量子科技是什么关系？")
    assert found.intent == "relation" and found.lines[0].relation == "包括" and found.lines[0].label == "量子科技"
    text = ("关于发展数字经济的意见\n\n一、推动数字经济和实体经济深度融合\n\n（一）建设工业互联网。"
            "要以工业互联网促进数字经济和实体经济融合。\n\n二、发展智能制造\n\n（二）推广智能工厂。\n")
    both = answer(tiny_index(text), "实体经济和数字经济怎么融合？")
    labels = [line.label for line in both.lines]
    assert both.found and "建设工业互联网" in labels  # the measures of the goal named with both
    assert "推广智能工厂" not in labels


def test_agencies_lead_and_take_part():
    text = ("关于推进农业机械化的意见\n\n一、提升农机装备水平\n\n（一）完善农机装备创新体系。支持企业建设研发中心。"
            "（工业和信息化部、农业农村部、科技部等负责。列第一位者为牵头单位，下同）\n\n"
            "（二）加强农机装备质量可靠性建设。健全标准体系。（市场监管总局、工业和信息化部等负责）\n")
    index = tiny_index(text)
    lead = answer(index, "完善农机装备创新体系由哪个部门牵头？")
    assert lead.heading == "举措 完善农机装备创新体系 由 工业和信息化部 牵头，农业农村部、科技部 参与"
    assert answer(index, "支持企业建设研发中心由哪个部门负责").heading.endswith("（写在上级举措「完善农机装备创新体系」处）")
    tasks = answer(index, "哪些任务由市场监管总局负责？")
    assert [line.label for line in tasks.lines] == ["加强农机装备质量可靠性建设"]
    both = answer(index, "工业和信息化部牵头了哪些任务？")
    assert [(line.label, line.relation) for line in both.lines] == [("完善农机装备创新体系", "牵头"),
                                                                   ("加强农机装备质量可靠性建设", "参与")]


def test_a_document_by_its_number_or_title():
    text = "专利代理条例\n\n第一条 为了规范专利代理行为，保障委托人的合法权益，制定本条例。\n\n第二条 专利代理机构应当依法执业。\n"
    index = tiny_index(text, name="国令第706号_专利代理条例.txt")
    for question in ("专利代理条例的目的是什么？", "国令第706号的目标是什么？", "国务院令第706号有哪些目标"):
        found = answer(index, question)
        assert found.found and found.groups[0].kind == "article" and "专利代理条例" in found.groups[0].label, question
        assert "规范专利代理行为" in [line.label for line in found.lines], question
    assert not answer(index, "国发〔2019〕3号的目标是什么？").found


def test_regions_and_years_limit_the_documents():
    texts = {"2026_广东省_政府工作报告.txt": "政府工作报告\n\n一、发展人工智能\n\n要加快建设算力中心，推进大模型应用。\n",
             "2026_浙江省_政府工作报告.txt": "政府工作报告\n\n一、发展人工智能\n\n要培育智能产业。\n",
             "2016_政府工作报告.txt": "政府工作报告\n\n一、实施中国制造2025\n\n要推动智能制造。\n"}
    index = texts_index(texts)
    canton = answer(index, "广东省发展人工智能有哪些举措？")
    assert [line.label for line in canton.lines] == ["加快建设算力中心", "推进大模型应用"] and "广东省" in canton.note
    listed = answer(index, "哪些省份的政府工作报告提到了人工智能？")
    assert [g.label for g in listed.groups] == ["广东省", "浙江省"] and all(g.count == 1 for g in listed.groups)
    since = answer(index, "2020年以来哪些文件提到了中国制造2025？")
    assert not since.found
    assert [g.label for g in answer(index, "哪些年份的政府工作报告提到了中国制造2025？").groups] == ["2016年"]


def test_the_subjects_inside_an_unknown_phrasing_are_answered():
    text = ("关于支持小微企业的意见\n\n一、缓解小微企业融资难题\n\n（一）发挥融资担保作用。降低担保费率。\n\n"
            "二、减轻税费负担\n\n（二）落实减税政策。\n")
    found = answer(tiny_index(text), "怎样支持小微企业融资？")
    assert found.found and "发挥融资担保作用" in [line.label for line in found.lines]
    assert "落实减税政策" not in [line.label for line in found.lines]


def _drawn(tree, depth=0):
    yield depth, tree.kind, tree.label
    for child in tree.children:
        yield from _drawn(child, depth + 1)


def test_a_measure_serving_a_goal_of_its_sentence_is_drawn_once_under_that_goal():
    """一、着力扩大消费。A，B，提高消费能力。: A and B serve both the goal and the item; the tree shows them under the goal."""
    from kg.ask.trees import statement_links, trees_of
    from kg.extract import extract_document
    from kg.graph.rdf import document_ntriples
    from kg.model import Source

    text = "关于促进消费的意见\n\n一、着力扩大消费。深入开展提振消费专项行动，实施城乡居民增收计划，提高消费能力。巩固传统消费。\n"
    doc = extract_document(Source("a.txt", text))
    drawn = [row for tree in trees_of(*statement_links(Store.from_ntriples(document_ntriples(doc).lines)))
             for row in _drawn(tree)]
    labels = [label for _, _, label in drawn]
    assert labels.count("深入开展提振消费专项行动") == 1 and labels.count("实施城乡居民增收计划") == 1
    goal = next(d for d, kind, label in drawn if label == "提高消费能力" and kind == "goal")
    assert (goal + 1, "measure", "实施城乡居民增收计划") in drawn


@pytest.mark.parametrize(("text", "expected"), [
    ("关于算力有什么说法", Question("about", ("算力",))),  # what the text says of a name
    ("算力有哪些论述", Question("about", ("算力",))),
    ("报告对数字经济讲了什么", Question("about", ("数字经济",))),
    ("这篇文章讲了什么", Question("about", ())),  # the document pointed at is the graph's own
    ("本文的主要内容是什么", Question("about", ())),
    ("这份报告的主要任务有哪些", Question("measures", ())),
    ("全文的核心目标是什么", Question("goals", ())),
    ("这项举措服务于什么", Question("goals", (), points_back=True)),  # a statement pointed at is not named
    ("森林覆盖率要达到多少", Question("about", ("森林覆盖率",))),  # a value asked for, not a number of things
    ("耕地保有量的目标是到2030年达到多少", Question("goals", ("耕地保有量",))),  # 到2030年: the target's year
    ("湿地保护的主要内容", Question("about", ("湿地保护",))),
    ("有关湿地保护的文件有哪些", Question("articles", ("湿地保护",))),
    ("为什么要加强湿地保护", Question("goals", ("加强湿地保护",))),  # why: what it serves
    ("湿地保护有多少项举措", Question("measures", ("湿地保护",), True)),
    ("哪些省份提出了湿地保护", Question("articles", ("湿地保护",), scope=Scope(by="region"))),
    ("政府对湿地保护的态度", Question("about", ("湿地保护",))),
    ("今年的湿地保护目标是多少", Question("about", ("湿地保护",))),
    ("湿地保护的发展路径", Question("measures", ("湿地保护",))),
    ("湿地保护要抓哪些重点", Question("measures", ("湿地保护",))),
    ("湿地保护为什么重要", Question("goals", ("湿地保护",))),  # its weight: what it serves
    ("加强湿地保护有什么好处", Question("goals", ("加强湿地保护",))),
    ("这几篇文章的作者", Question("about", ())),  # the documents themselves, with their authors
    ("哪篇文章讲湿地保护", Question("articles", ("湿地保护",))),
    ("哪篇文章讲好湿地故事", Question("articles", ("讲好湿地故事",))),  # 讲好 opens the name
    ("遥感有哪些应用", Question("applies", ("遥感",))),
    ("湿地保护在哪些年份的报告中出现", Question("articles", ("湿地保护",), scope=Scope(by="year"))),
    ("历年政府工作报告中的湿地保护", Question("articles", ("湿地保护",), scope=Scope(genres=("政府工作报告",), by="year"))),
    ("比较广东和江苏的湿地保护举措", Question("measures", ("湿地保护",), scope=Scope(regions=("江苏省", "广东省")), compare=True)),
    ("湿地保护和湿地修复有什么区别", Question("relation", ("湿地保护", "湿地修复"), compare=True)),
    ("中小企业融资", Question("about", ("中小企业融资",))),  # 中 opens the name
])
def test_questions_about_what_a_text_says(text, expected):
    assert parse_question(text) == expected


TWO_DOCUMENTS = ("关于发展海洋经济的意见\n\n要加快建设港口。要培育海洋牧场。\n",
                 "关于推进数字乡村建设的通知\n\n一是完善农村网络。\n")


@pytest.mark.parametrize("question", ["有哪些目标", "这篇文章讲了什么", "文件提出了哪些措施", "主要内容是什么",
                                      "What are the main goals?", "What is this document about?"])
def test_a_question_that_names_nothing_is_answered_with_each_documents_goals(question):
    index = texts_index({f"{i}.txt": text for i, text in enumerate(TWO_DOCUMENTS)})
    found = answer(index, question)
    assert found.found and found.heading.startswith("2 份文件（图中全部文件），共 2 个目标、3 项举措")
    assert [line.label for line in found.lines] == ["发展海洋经济", "推进数字乡村建设"]


@pytest.mark.parametrize(("text", "expected"), [
    ("十九大报告关于生态文明的论述", ("十九大",)),
    ("党的二十大提出了哪些目标", ("二十大",)),
    ("党的九大报告", ("九大",)),
    ("党的十九大以来的举措", ()),  # since the congress: a time, not its report
])
def test_a_congress_named_by_its_ordinal_is_its_report(text, expected):
    assert parse_question(text).scope.documents == expected


def test_the_report_to_a_congress_is_the_document_that_says_it_is():
    texts = {"a.txt": "发展农业\n\n同志们：\n\n我代表中央委员会向第九次全国代表大会作报告。\n\n要加强农业。\n",
             "b.txt": "政府工作报告\n\n在党的第九次全国代表大会精神鼓舞下，要发展工业。\n",
             "c.txt": "发展科技\n\n同志们：\n\n我代表中央委员会向第十九次全国代表大会作报告。\n\n要加强科技。\n"}
    index = texts_index(texts)
    found = answer(index, "九大报告有哪些举措")
    assert found.found and "限于九大（1 份文件）" in found.note
    assert [line.label for line in found.lines] == ["加强农业"]
