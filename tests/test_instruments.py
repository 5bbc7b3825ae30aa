"""Policy instruments: the subtype a measure's own words, its heading or its document decide; the cue
resource's entry rule; the graph's triples and the ontology's scheme; the cross-table and its command."""

import json
import re
from functools import lru_cache

import pytest
from rdflib import RDF, Graph, Literal, Namespace
from rdflib.namespace import SKOS
from typer.testing import CliRunner

from kg.api import read_text
from kg.cli import app
from kg.extract.instruments import Strength, classify, load_instrument_cues
from kg.graph.rdf import POL as POL_IRI
from kg.graph.rdf import document_ntriples, ontology_ntriples, turtle, union
from kg.model import Basis, Tool, ToolFamily
from kg.views.instruments import By, chart_svg, cross_table, instrument_rows, render

from .conftest import require_shared

POL = Namespace(POL_IRI)
CUES = load_instrument_cues()


@pytest.mark.parametrize("text, expected", [
    ("设立产业发展专项资金", Tool.FUNDING),
    ("提高生均拨款标准和经费保障水平", Tool.FUNDING),
    ("对小微企业减半征收所得税", Tool.TAX),
    ("落实研发费用加计扣除和增值税留抵退税政策", Tool.TAX),
    ("扩大普惠小微贷款投放", Tool.FINANCE),
    ("设立政府引导基金", Tool.FINANCE),
    ("鼓励机关事业单位优先采购农产品", Tool.PROCUREMENT),
    ("推行政府购买服务", Tool.OUTSOURCING),
    ("扩大先进设备进口", Tool.TRADE),
    ("支持企业走出去", Tool.OVERSEAS),
    ("建设一批智能工厂示范项目", Tool.DEMONSTRATION),
    ("开展家电以旧换新", Tool.DEMONSTRATION),
    ("大规模开展职业技能培训", Tool.TALENT),
    ("加强关键核心技术攻关", Tool.TECHNOLOGY),
    ("加快5G基站建设", Tool.INFRASTRUCTURE),
    ("完善中小企业公共服务平台", Tool.PUBLIC_SERVICE),
    ("编制国土空间规划", Tool.PLANNING),
    ("加强食品安全监管", Tool.REGULATION),
    ("严禁新增隐性债务", Tool.REGULATION),
    ("建立部门协调机制", Tool.STRATEGIC),
    ("开展经营主体宣传表彰活动", Tool.STRATEGIC),
    ("开展医疗服务价格改革试点", Tool.STRATEGIC),
    ("培育壮大人工智能产业", Tool.PLANNING),          # an industry as object: planning
    ("培育算力装备制造业", Tool.PLANNING),            # supply words naming the industry do not decide
    ("推进城乡一体化发展", Tool.PLANNING),            # a direction with no instrument named
])
def test_a_measure_is_coded_by_its_own_words(text, expected):
    found = classify(text, cues=CUES)
    assert found is not None and found[0] == expected


@pytest.mark.parametrize("text, headings, expected, basis", [
    ("优化支出结构", ("健全经费投入机制",), Tool.FUNDING, Basis.HEADING),
    ("推进示范区建设", ("加大财政支持",), Tool.DEMONSTRATION, Basis.STATEMENT),   # its own means decide
    ("推动兰白一体化发展", ("深化经济体制改革",), Tool.PLANNING, Basis.DIRECTION),  # reform is not passed down
    ("完善配套措施", ("强化人才培养", "加大财政支持"), Tool.TALENT, Basis.HEADING),  # the nearest heading only
])
def test_a_heading_decides_what_the_measure_does_not(text, headings, expected, basis):
    assert classify(text, cues=CUES, headings=headings)[:2] == (expected, basis)


@pytest.mark.parametrize("text", ["坚持稳中求进工作总基调", "把就业摆在更加突出的位置", "对经济形势作一些分析"])
def test_attitudes_and_fragments_use_no_instrument(text):
    assert classify(text, cues=CUES) is None


def test_a_statute_regulates_what_names_no_other_means():
    assert classify("任何单位可以自行申请", cues=CUES, statute="条例")[:2] == (Tool.REGULATION, Basis.DOCUMENT)
    assert classify("给予资金补助", cues=CUES, statute="条例")[0] == Tool.FUNDING


def test_a_cue_across_a_word_is_no_cue():
    words = lambda text: ["取得", "代理师", "资格证"]  # noqa: E731
    assert not [h for h in CUES.hits("取得代理师资格证", words=words) if h.text == "师资"]


def test_the_documents_subject_only_hints():
    """消费 names a document on 消费扶贫 as a whole: in its statements it no longer outweighs a heading's means."""
    assert classify("鼓励干部参与消费扶贫", cues=CUES, headings=("加大财政投入",))[0] == Tool.DEMONSTRATION
    assert classify("鼓励干部参与消费扶贫", cues=CUES, headings=("加大财政投入",),
                    statute=None)[1] == Basis.STATEMENT
    from kg.extract.instruments import decide

    found = decide(["鼓励干部参与消费扶贫", "加大财政投入"], cues=CUES, subject="关于深入开展消费扶贫的指导意见")
    assert (found.tool, found.basis) == (Tool.FUNDING, Basis.HEADING)


# ---------------------------------------------------------------- the resource


@lru_cache(maxsize=1)
def held_out_texts() -> list[str]:
    shared = require_shared()
    dev = {json.loads(p.read_text(encoding="utf-8"))["source"] for p in (shared / "gold" / "dev").glob("*.json")}
    return [p.read_text(encoding="utf-8") for p in sorted((shared / "corpus").rglob("*.txt"))
            if str(p.relative_to(shared)) not in dev]


def test_every_corpus_cue_occurs_in_three_held_out_documents():
    texts = held_out_texts()
    rare = []
    for cue in CUES.cues:
        if cue.source != "corpus":
            continue
        first, _, second = cue.text.partition("…")
        pattern = re.compile(re.escape(first) + (f"[^，。；、]{{0,24}}?{re.escape(second)}" if second else ""))
        if sum(1 for t in texts if pattern.search(t)) < 3:
            rare.append(cue.text)
    assert not rare


def test_every_cue_says_where_it_comes_from():
    assert all(c.source in ("TOOLS.md", "corpus", "立法法") or c.source.startswith("TOOLS.md: ") for c in CUES.cues)
    assert {c.strength for c in CUES.cues} == set(Strength)


# ---------------------------------------------------------------- the graph


DOC = "关于支持小微企业发展的意见\n一、加大财政投入\n（一）设立专项资金。\n（二）优化支出结构。\n二、落实税收优惠\n（三）对小微企业减半征收所得税。\n"


def graph_of(text: str) -> Graph:
    doc = read_text(text, name="a.txt")
    return Graph().parse(data=turtle(union([document_ntriples(doc)])), format="turtle")


def test_each_coded_statement_has_its_instrument_and_the_cue_with_its_offsets():
    g = graph_of(DOC)
    rows = {(str(g.value(c, POL.cue)), str(g.value(c, POL.tool)).rsplit("-", 1)[-1], str(g.value(c, POL.basis)))
            for c in g.subjects(RDF.type, POL.InstrumentCoding)}
    assert ("专项资金", "funding", "statement") in rows
    assert ("加大财政投入", "funding", "heading") in rows    # 优化支出结构 under 加大财政投入
    assert ("税", "tax", "statement") in rows
    for coding in g.subjects(RDF.type, POL.InstrumentCoding):
        statement = g.value(coding, POL.codes)
        assert g.value(statement, POL.instrument) == g.value(coding, POL.tool)
        ev = g.value(coding, prov_iri("wasDerivedFrom"))
        start, end = int(g.value(ev, POL.startOffset)), int(g.value(ev, POL.endOffset))
        assert DOC[start:end] == str(g.value(ev, POL.quote)) == str(g.value(coding, POL.cue))


def prov_iri(name: str):
    from rdflib import URIRef

    return URIRef("http://www.w3.org/ns/prov#" + name)


def test_the_ontology_declares_the_scheme_with_families_as_broader():
    g = Graph().parse(data=ontology_ntriples(), format="nt")
    for tool in Tool:
        node = POL[tool.local_name]
        assert g.value(node, SKOS.broader) == POL[f"tool-{tool.family.value}"]
        assert g.value(node, SKOS.inScheme) == POL.InstrumentScheme
        assert {lit.language for lit in g.objects(node, SKOS.prefLabel)} == {"zh", "en"}
    tops = set(g.objects(POL.InstrumentScheme, SKOS.hasTopConcept))
    assert tops == {POL[f"tool-{f.value}"] for f in ToolFamily}
    # no scheme label is a word a policy text would use for a concept of its own
    assert not any(str(lit) in DOC for lit in g.objects(None, SKOS.prefLabel) if isinstance(lit, Literal))


# ---------------------------------------------------------------- the cross-table and its command


def store_of(text: str):
    from kg.graph.store import Store

    return Store.from_turtle(turtle(union([document_ntriples(read_text(text, name="a.txt"))])))


def test_the_cross_table_counts_families_and_subtypes():
    table = cross_table(instrument_rows(store_of(DOC)), by=By.ALL)
    (group,) = table.groups
    assert group.tools[Tool.FUNDING] == 3 and group.tools[Tool.TAX] == 2
    assert group.families[ToolFamily.SUPPLY] == 3 and group.families[ToolFamily.ENVIRONMENT] == 2
    data = json.loads(render(table, fmt="json"))
    assert data["groups"][0]["families"]["supply"] == {"count": 3, "share": 0.6}
    lines = render(table, fmt="csv").splitlines()
    assert lines[0].startswith("all,total,supply,environment,demand") and lines[1].startswith("全部,5,3,2,0")
    svg = chart_svg(table)
    assert "供给型 60%" in svg and "环境型 40%" in svg


runner = CliRunner()


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("inst")
    (folder / "a.txt").write_text(DOC, encoding="utf-8")
    (folder / "b.txt").write_text("关于扩大对外贸易的意见\n（一）扩大先进设备进口。\n（二）支持企业走出去。\n",
                                  encoding="utf-8")
    out = folder / "out"
    assert runner.invoke(app, ["build", str(folder / "a.txt"), str(folder / "b.txt"), "-o", str(out),
                               "--no-page"]).exit_code == 0
    return out / "graph.ttl"


def test_the_command_prints_the_table_by_document_and_writes_the_chart(built, tmp_path):
    chart = tmp_path / "c.svg"
    result = runner.invoke(app, ["instruments", "--graph", str(built), "--by", "document", "--format", "csv",
                                 "--chart", str(chart)])
    assert result.exit_code == 0, result.output
    rows = {line.split(",")[0]: line.split(",") for line in result.output.splitlines()[1:]}
    trade = next(v for k, v in rows.items() if "对外贸易" in k)
    assert trade[1:5] == ["2", "0", "0", "2"]          # two demand-side measures
    assert chart.read_text(encoding="utf-8").startswith("<svg")
    text = runner.invoke(app, ["instruments", "--graph", str(built)])
    assert text.exit_code == 0 and "供给型" in text.output and "合计" in text.output


@pytest.mark.parametrize("args, message", [
    (["--by", "month"], "unknown --by 'month'"),
    (["--format", "xml"], "unknown format 'xml'"),
])
def test_bad_options_are_one_line(built, args, message):
    result = runner.invoke(app, ["instruments", "--graph", str(built), *args])
    assert result.exit_code != 0 and result.output.strip().startswith("policykg: error: " + message)


def test_an_unwritable_chart_is_one_line_and_the_table_is_not_printed(built, tmp_path):
    result = runner.invoke(app, ["instruments", "--graph", str(built), "--chart", str(tmp_path / "no" / "c.svg")])
    assert result.exit_code == 1 and result.output.count("\n") == 1 and "cannot write the chart" in result.output


# ---------------------------------------------------------------- questions


ASKED = ("关于发展数字经济的意见\n一、加大财政投入\n（一）设立数字经济专项资金。\n（二）开展数字经济应用示范。\n"
         "二、扩大数字消费\n（三）推广数字产品应用场景。\n")


@pytest.mark.parametrize("question, heading, tools", [
    ("这份文件用了哪些政策工具？", "供给型 2（40%），环境型 0（0%），需求型 3（60%）", {"示范工程（需求型）": 3, "资金投入（供给型）": 2}),
    ("供给型政策工具有哪些？", "供给型政策工具：共 2 项", {"资金投入（供给型）": 2}),
    ("扩大数字消费的需求型举措有哪些", "「扩大数字消费」下需求型政策工具：共 2 项", {"示范工程（需求型）": 2}),
])
def test_questions_about_instruments(question, heading, tools):
    from kg.api import Graph

    found = Graph([read_text(ASKED, name="a.txt")]).ask(question)
    assert found.found and heading in found.heading
    assert {g.label: g.count for g in found.groups} == tools
    assert all(line.quote for line in found.lines)


def test_a_question_about_supply_side_reform_is_no_instrument_question():
    from kg.api import Graph

    found = Graph([read_text(ASKED, name="a.txt")]).ask("哪些举措支撑供给侧结构性改革？")
    assert found.intent != "instruments"


def test_ask_answers_from_the_built_store_as_from_the_graph(built):
    result = runner.invoke(app, ["ask", "需求型政策工具有哪些", "--graph", str(built), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["intent"] == "instruments" and {g["label"] for g in data["groups"]} == {"贸易管制（需求型）", "海外机构（需求型）"}
