"""`analyze` and `viz` on concept graphs built by hand and on the seed; `validate` and `export` on the seed graph
and on deliberately broken graphs."""

from __future__ import annotations

import json

import networkx as nx
import pytest
from rdflib import Graph
from rdflib.compare import isomorphic
from typer.testing import CliRunner

from kg.cli import app
from tests.concept_graphs import Hand, two_clusters
from tests.conftest import SEED

runner = CliRunner()


@pytest.fixture(scope="module")
def seed_out(tmp_path_factory):
    out = tmp_path_factory.mktemp("seed")
    assert runner.invoke(app, ["build", str(SEED), "-o", str(out), "--no-page"]).exit_code == 0
    return out


def cli(*args):
    return runner.invoke(app, [str(a) for a in args])


# -------------------------------------------------------------- analysis of hand-built concept graphs

def analysis_of(hand, **options):
    from kg.graph.store import Store
    from kg.views.analysis import analyze
    from kg.views.conceptmap import concept_map

    data = hand.g.serialize(format="nt", encoding="utf-8")
    return analyze(concept_map(Store.from_ntriples(data)), **options)


def scores(rows):
    return {r.label: r.score for r in rows}


def test_two_clusters_joined_by_one_relation():
    result = analysis_of(two_clusters())
    assert result.network == "stated relations" and result.concepts == 8 and result.edges == 7
    assert [(kind, n) for kind, _, n in result.stated] == [("includes", 6), ("enables", 1), ("integratesWith", 0),
                                                           ("appliesTo", 0)]
    assert scores(result.degree) == {"数字经济": 3, "未来产业": 3, "人工智能": 2, "人形机器人": 2, "云计算": 1,
                                     "大数据": 1, "量子科技": 1, "生物制造": 1}
    # Betweenness, normalised by (n-1)(n-2)/2 = 21 pairs of other nodes … counted by hand: every one of the
    # 3 × 4 pairs across the bridge passes 人工智能 (and 人形机器人); a hub lies between its 3 neighbours'
    # 3 pairs and the 2 × 4 pairs from its two leaves across.
    assert scores(result.betweenness) == {"人工智能": round(12 / 21, 6), "人形机器人": round(12 / 21, 6),
                                          "数字经济": round(11 / 21, 6), "未来产业": round(11 / 21, 6),
                                          "云计算": 0, "大数据": 0, "量子科技": 0, "生物制造": 0}
    rank = scores(result.pagerank)
    assert rank["数字经济"] == rank["未来产业"] == max(rank.values())  # the two hubs, alike by symmetry
    assert rank["人工智能"] == rank["人形机器人"] > rank["云计算"] == rank["量子科技"]
    assert abs(sum(rank.values()) - 1) < 1e-4
    # Modularity (m = 7 edges), by hand: the two stars with their bridge ends, 2 × (3/7 - (7/14)²) = 0.357;
    # the two hubs with their three leaves and the bridge pair apart, 2 × (2/7 - (5/14)²) + (1/7 - (4/14)²) = 0.378.
    assert {frozenset(c.top) for c in result.communities} == {frozenset({"数字经济", "云计算", "大数据"}),
                                                             frozenset({"未来产业", "量子科技", "生物制造"})}
    assert [(b.label, b.communities) for b in result.bridges] == [("人工智能", 2), ("人形机器人", 2), ("数字经济", 2),
                                                                   ("未来产业", 2)]
    [art] = result.articles
    assert (art.title, art.concepts, art.relations, art.kinds) == ("关于发展数字经济的意见", 8, 7, (("包括", 6), ("推动", 1)))


def test_co_mention_is_not_a_relation_unless_asked_for_and_then_labelled():
    hand = two_clusters()
    hand.mentions("m1", "量子科技", "云计算")
    hand.mentions("m2", "量子科技", "云计算", "大数据")
    stated = analysis_of(hand)
    assert scores(stated.degree)["量子科技"] == 1 and stated.co_mention == 0 and stated.edges == 7
    both = analysis_of(hand, co_mention=True)
    assert "co-mention" in both.network and "not a relation" in both.network
    assert scores(both.degree)["量子科技"] == 3  # 未来产业, and 云计算 and 大数据 by co-mention
    assert both.co_mention == 3 and both.edges == 10  # 量子科技–云计算 (2 statements), 量子科技–大数据, 云计算–大数据
    assert scores(analysis_of(hand, co_mention=True, least=2).degree)["量子科技"] == 2  # only the pair named twice


RELATIONS = [  # (how the graph states it, what the concept map holds)
    ("a plain triple without a ConceptLink", lambda h: h.stated("工业", "includes", "制造业", "工业包括制造业", link=False), []),
    ("pol:appliesTo with its link", lambda h: h.stated("可靠性", "appliesTo", "高端轴承", "提升高端轴承的可靠性"),
     [("可靠性", "appliesTo", "高端轴承")]),
    ("a sub-property of pol:includes", lambda h: h.stated("现代化产业体系", h.subproperty("hasPillar", "includes"), "先进制造业",
                                                         "先进制造业是现代化产业体系的支柱"),
     [("现代化产业体系", "includes", "先进制造业")]),
    ("an inverse of pol:includes", lambda h: h.stated("量子科技", h.inverse("isPartOf", "includes"), "未来产业",
                                                    "量子科技等未来产业"),
     [("未来产业", "includes", "量子科技")]),
    ("pol:relatedTo itself is no kind", lambda h: h.stated("甲概念", "relatedTo", "乙概念", "甲概念与乙概念有关"), []),
]


@pytest.mark.parametrize(("how", "state", "expected"), RELATIONS, ids=[r[0] for r in RELATIONS])
def test_only_stated_relations_of_the_four_kinds_are_in_the_map(how, state, expected):
    from kg.graph.store import Store
    from kg.views.conceptmap import concept_map

    hand = Hand()
    state(hand)
    cmap = concept_map(Store.from_ntriples(hand.g.serialize(format="nt", encoding="utf-8")))
    assert [(cmap.label(r.source), r.kind.value, cmap.label(r.target)) for r in cmap.relations] == expected
    assert all(r.quote for r in cmap.relations)


def test_concept_map_from_the_store_is_the_map_from_facts():
    from kg.extract import extract_document
    from kg.graph.rdf import document_ntriples, ontology_ntriples
    from kg.graph.store import Store
    from kg.model import Source
    from kg.views.conceptmap import concept_map, map_from_facts

    text = ("关于发展新兴产业的意见\n\n张三 李四\n\n加快发展量子科技、生物制造、人形机器人等未来产业。"
            "推动人工智能与实体经济深度融合。以科技创新推动产业创新。\n")
    doc = extract_document(Source("a.txt", text))
    from_store = concept_map(Store.from_ntriples(ontology_ntriples() + document_ntriples(doc).lines))
    from_facts = map_from_facts([doc])
    assert from_store.relations and from_store.relations == from_facts.relations
    assert {n: from_store.nodes[n] for n in from_store.related} == {n: from_facts.nodes[n] for n in from_facts.related}
    assert set(from_store.mentions) == set(from_facts.mentions)
    for r in from_store.relations:
        assert text[r.start:r.end].replace("\n", "") == r.quote


def test_analyze_cli_json_markdown_and_co_mention(tmp_path):
    hand = two_clusters()
    hand.mentions("m1", "量子科技", "云计算")
    graph = hand.write(tmp_path / "hand.ttl")
    result = cli("analyze", "--graph", graph, "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["network"] == "stated relations" and data["concepts"] == 8
    assert [b["label"] for b in data["bridges"]][:2] == ["人工智能", "人形机器人"]
    co = json.loads(cli("analyze", "--graph", graph, "--format", "json", "--co-mention").output)
    assert co["co_mention"] == 1 and "co-mention" in co["network"]
    first, second = (cli("analyze", "--graph", graph, "--format", "markdown", "--co-mention") for _ in range(2))
    assert first.exit_code == 0 and first.output == second.output
    assert "network: stated relations + co-mention" in first.output and "## Bridging concepts" in first.output
    table = cli("analyze", "--graph", graph)
    assert table.exit_code == 0 and "network: stated relations" in table.output and "co-mention" not in table.output
    bad = cli("analyze", "--graph", graph, "--format", "xml")
    assert bad.exit_code == 1 and "unknown format" in bad.output and "Traceback" not in bad.output


def test_analyze_the_seed_is_deterministic(seed_out):
    first = cli("analyze", "--graph", seed_out / "graph.ttl", "--format", "markdown")
    second = cli("analyze", "--graph", seed_out / "graph.ttl", "--format", "markdown")
    assert first.exit_code == 0 and first.output == second.output
    assert "## Communities (Louvain, seed 1)" in first.output


# -------------------------------------------------------------- viz: the concept map page

def page_data(path):
    """The nodes and edges a pyvis page draws, as its script holds them."""
    import re

    html = path.read_text(encoding="utf-8")
    nodes = json.loads(re.search(r"nodes = new vis\.DataSet\((.*?)\);\n", html).group(1))
    edges = json.loads(re.search(r"edges = new vis\.DataSet\((.*?)\);\n", html).group(1))
    return {n["id"]: n for n in nodes}, edges


def test_viz_draws_the_concept_map_with_kinds_and_quotes(tmp_path):
    hand = two_clusters()
    hand.stated("先进制造业", "integratesWith", "现代服务业", "推动先进制造业与现代服务业深度融合", start=90)
    graph = hand.write(tmp_path / "hand.ttl")
    result = cli("viz", "--graph", graph, "-o", tmp_path / "map.html")
    assert result.exit_code == 0, result.output
    nodes, edges = page_data(tmp_path / "map.html")
    assert {n["full"] for n in nodes.values()} == {"数字经济", "云计算", "大数据", "人工智能", "未来产业", "量子科技",
                                                   "生物制造", "人形机器人", "先进制造业", "现代服务业"}
    drawn = {(nodes[e["from"]]["full"], e["label"], nodes[e["to"]]["full"]): e for e in edges}
    assert set(drawn) >= {("数字经济", "包括", "云计算"), ("人工智能", "推动", "人形机器人"), ("先进制造业", "融合", "现代服务业")}
    assert drawn[("人工智能", "推动", "人形机器人")]["arrows"] == "to" and drawn[("先进制造业", "融合", "现代服务业")]["arrows"] == ""
    assert [q[0] for q in drawn[("人工智能", "推动", "人形机器人")]["quotes"]] == ["以人工智能推动人形机器人发展"]
    assert [len(e["quotes"]) for e in drawn.values()] == [1] * len(drawn)
    assert {n["kind"] for n in nodes.values()} == {"Concept"} and all("title" not in n for n in nodes.values())


def test_viz_writes_a_label_drawn_inside_a_dark_box_in_white(tmp_path):
    hand = Hand()
    hand.concept("东数西算工程", "Programme")
    hand.concept("算力", "Technology")
    hand.stated("东数西算工程", "enables", "算力", "以东数西算工程提升算力")
    graph = hand.write(tmp_path / "hand.ttl")
    assert cli("viz", "--graph", graph, "-o", tmp_path / "map.html").exit_code == 0
    nodes = {n["full"]: n for n in page_data(tmp_path / "map.html")[0].values()}
    assert nodes["东数西算工程"]["shape"] == "box" and nodes["东数西算工程"]["font"] == {"color": "#ffffff"}
    assert "font" not in nodes["算力"]  # a diamond draws its label below itself, on the page


def test_viz_a_concepts_neighbourhood_an_article_and_errors(tmp_path):
    hand = two_clusters()
    hand.article("2", "关于培育未来产业的通知")
    hand.stated("未来产业", "includes", "脑机接口", "前瞻布局脑机接口等未来产业", art="2")
    graph = hand.write(tmp_path / "hand.ttl")
    near = cli("viz", "--graph", graph, "--concept", "人工智能", "-o", tmp_path / "near.html")
    assert near.exit_code == 0 and "人工智能" in near.output
    nodes, _ = page_data(tmp_path / "near.html")
    assert {n["full"] for n in nodes.values()} == {"人工智能", "数字经济", "人形机器人"}
    wider = cli("viz", "--graph", graph, "--concept", "人工智能", "--depth", "2", "-o", tmp_path / "wide.html")
    assert wider.exit_code == 0 and len(page_data(tmp_path / "wide.html")[0]) == 6  # + 云计算, 大数据, 未来产业
    art = cli("viz", "--graph", graph, "--article", "培育未来产业", "-o", tmp_path / "art.html")
    assert art.exit_code == 0 and "关于培育未来产业的通知" in art.output
    assert {n["full"] for n in page_data(tmp_path / "art.html")[0].values()} == {"未来产业", "脑机接口"}
    miss = cli("viz", "--graph", graph, "--concept", "量子引力", "-o", tmp_path / "x.html")
    assert miss.exit_code == 1 and "no concept with stated relations matches" in miss.output
    assert not (tmp_path / "x.html").exists() and "Traceback" not in miss.output


def test_viz_statements_goal_and_article(seed_out, tmp_path):
    goal = cli("viz", "--graph", seed_out / "graph.ttl", "--goal", "制造业高质量发展", "-o", tmp_path / "g.html")
    assert goal.exit_code == 0 and "推动制造业高质量发展" in goal.output
    html = (tmp_path / "g.html").read_text(encoding="utf-8")
    assert json.dumps("通过强化基础突破短板制约")[1:-1] in html
    whole = cli("viz", "--graph", seed_out / "graph.ttl", "--statements", "-o", tmp_path / "all.html")
    assert whole.exit_code == 0
    assert len(html) < len((tmp_path / "all.html").read_text(encoding="utf-8"))
    art = cli("viz", "--graph", seed_out / "graph.ttl", "--statements", "--article", "人工智能", "-o", tmp_path / "a.html")
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


def test_betweenness_is_estimated_on_a_large_graph_and_says_so(tmp_path):
    hand = Hand()
    hand.article("1", "一条长链")
    for i in range(130):
        hand.stated(f"概念{i:03d}", "includes", f"概念{i + 1:03d}", f"概念{i:03d}包括概念{i + 1:03d}", start=i * 12)
    graph = hand.write(tmp_path / "chain.ttl")
    data = json.loads(cli("analyze", "--graph", graph, "--format", "json").output)
    assert data["concepts"] == 131 and data["sampled"] == 100
    assert data["betweenness"][0]["label"] in {f"概念{i:03d}" for i in range(50, 81)}  # near the middle of the chain
    assert "## Top concepts by Betweenness (estimated from 100 sources)" in cli("analyze", "--graph", graph,
                                                                                 "--format", "markdown").output
    assert json.loads(cli("analyze", "--graph", tmp_path / "chain.ttl", "--format", "json", "--top", "3").output)["degree"][0]["score"] == 2


def test_a_map_too_large_to_draw_keeps_its_most_related_concepts_and_says_so(tmp_path, monkeypatch):
    from kg.graph.store import Store
    from kg.views import conceptpage
    from kg.views.conceptmap import concept_map

    monkeypatch.setattr(conceptpage, "CONCEPT_LIMIT", 4)
    cmap = concept_map(Store.open(two_clusters().write(tmp_path / "hand.ttl")))
    (tmp_path / "map.html").write_text(conceptpage.render_concept_map(cmap, title="概念图"), encoding="utf-8")
    nodes, edges = page_data(tmp_path / "map.html")
    # the four with the most related concepts: the two hubs (3 each) and the two ends of the bridge (2 each)
    assert {n["full"] for n in nodes.values()} == {"数字经济", "未来产业", "人工智能", "人形机器人"}
    assert len(edges) == 3 and "显示关系最多的 4 个概念（共 8 个）" in (tmp_path / "map.html").read_text(encoding="utf-8")


@pytest.mark.parametrize(("kind", "pairs"), [("pol:includes", 6), ("pol:enables", 1), ("pol:integratesWith", 1),
                                             ("pol:appliesTo", 0)])
def test_the_bundled_concept_map_query_answers_each_kind_bound(tmp_path, kind, pairs):
    hand = two_clusters()
    hand.stated("先进制造业", hand.subproperty("deeplyIntegratesWith", "integratesWith"), "现代服务业",
                "推动先进制造业与现代服务业深度融合", start=90)
    graph = hand.write(tmp_path / "hand.ttl")
    result = cli("query", "--graph", graph, "--name", "concept-map", "--bind", f"kind={kind}", "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)["results"]["bindings"]
    assert len(rows) == pairs and all(r["kind"]["value"].endswith(kind.split(":")[1]) and r["quote"]["value"] for r in rows)
