"""`policykg ask`, `policykg measures`, `/ask`, SPARQL and the page give the same measures for the same goal."""

from __future__ import annotations

import json

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner
from werkzeug.test import Client

from kg.cli import app
from kg.corpus.build import build
from kg.graph.store import Store
from kg.serve.server import Endpoint
from kg.views.page import render_page
from tests.browser import offline_page
from tests.conftest import SEED

runner = CliRunner()
NAMES = ("制造业高质量发展", "现代化产业体系", "人工智能", "提升可靠性", "推进产业智能化", "智能化升级改造", "制造业高质量发张")


@pytest.fixture(scope="module")
def seed(tmp_path_factory):
    out = tmp_path_factory.mktemp("seed")
    build([SEED], out, workers=1)
    overview = render_page(Store.open(out / "graph.ttl"), title="policykg")
    (out / "overview.html").write_text(overview, encoding="utf-8")  # the page of `policykg viz`
    return out


def counts(answer: dict) -> dict[str, int]:
    """Goal IRI -> how many measures support it, from an answer's JSON."""
    return {g["node"]: g["count"] for g in answer["groups"] if g["kind"] == "goal"}


def by_cli(graph, name):
    measures = json.loads(runner.invoke(app, ["measures", name, "--graph", str(graph), "--format", "json"]).output)
    asked = json.loads(runner.invoke(app, ["ask", f"哪些举措支撑{name}？", "--graph", str(graph), "--format", "json"]).output)
    return counts(measures), counts(asked)


def by_sparql(store, goal):
    rows = store.run("measures-for-goal", goal=ox.NamedNode(goal))
    return len({r["measure"] for r in rows})


@pytest.fixture(scope="module")
def cli_counts(seed):
    found = {}
    for name in NAMES:
        measures, asked = by_cli(seed / "graph.ttl", name)
        assert measures and measures == asked, name
        found[name] = measures
    return found


def test_ask_measures_and_sparql_agree(seed, cli_counts):
    store = Store.open(seed / "graph.ttl")
    for name, goals in cli_counts.items():
        for goal, count in goals.items():
            assert by_sparql(store, goal) == count, (name, goal)


def test_the_ask_endpoint_agrees(seed, cli_counts):
    client = Client(Endpoint(Store.open(seed / "graph.ttl"), page="<p>页</p>", timeout=20))
    for name, goals in cli_counts.items():
        response = client.get("/ask", query_string={"q": f"哪些举措支撑{name}？"})
        assert response.status_code == 200
        assert counts(response.json) == goals, name


def test_the_page_search_and_counts_agree(seed, cli_counts):
    with offline_page(seed / "overview.html") as (page, _, _):
        page.wait_for_function("window.policykgDrawn === true", timeout=30_000)
        for name, goals in cli_counts.items():
            found = page.evaluate("q => window.policykg.search(q).goal.ids", name)
            assert set(found) == set(goals), name
            shown = page.evaluate("ids => ids.map(id => nodes.get(id).measures)", list(goals))
            assert shown == list(goals.values()), name
        node = next(iter(cli_counts["制造业高质量发展"]))
        page.evaluate("id => { network.body.emitter.emit('click', {nodes: [id], edges: []}); }", node)
        count = cli_counts["制造业高质量发展"][node]
        assert f"支撑举措 supporting measures: {count}" in page.locator("#details").inner_text()
        page.fill("#search", "制造业高质量发张")
        assert f"推动制造业高质量发展：{count} 项举措" in page.locator("#hits").inner_text()


def test_the_workbench_tree_counts_agree(seed, cli_counts):
    """Every goal the tree of graph.html shows carries the count `policykg measures` gives for it."""
    tree_counts = "() => Object.fromEntries([...document.querySelectorAll('#docs .node')].map(n => [n.dataset.node, +n.dataset.count]))"
    with offline_page(seed / "graph.html") as (page, requests, _):
        page.wait_for_function("window.policykgReady === true", timeout=30_000)
        page.evaluate("policykg.tab('tree')")
        page.locator("#docs > details > summary").first.click()
        for _ in range(8):  # open every branch, a level at a time (each level is drawn when it opens)
            page.evaluate("document.querySelectorAll('#docs details').forEach(d => { d.open = true; })")
            page.wait_for_timeout(50)
        shown = page.evaluate(tree_counts)
        checked = 0
        for goals in cli_counts.values():
            for goal, count in goals.items():
                if goal in shown:
                    assert shown[goal] == count, goal
                    checked += 1
        assert checked >= 5
        assert len(shown) > 40
        page.fill("#filter", "制造业高质量发展")
        listed = page.evaluate("() => Object.fromEntries([...document.querySelectorAll('#filtered .node')].map(n => [n.dataset.node, +n.dataset.count]))")
        assert listed == cli_counts["制造业高质量发展"]  # the filter lists the goals `measures` answers for, with its counts
    assert requests == []
    api_counts = {}
    for node in list(shown)[:40]:
        name = runner.invoke(app, ["query", "--name", "measures-for-goal", "--bind", f"goal=<{node}>", "--format", "json",
                                   "--graph", str(seed / "graph.ttl")]).output
        api_counts[node] = len({b["measure"]["value"] for b in json.loads(name)["results"]["bindings"]})
    assert {n: shown[n] for n in api_counts} == api_counts


# -- the new forms of question: documents, provinces, years, agencies, English -------------------------------

FORMS_TEXTS = {
    "2026_广东省_政府工作报告.txt": "政府工作报告\n\n一、发展人工智能\n\n要加快建设算力中心，推进大模型应用。\n\n"
                              "二、发展低空经济\n\n要建设低空起降设施，拓展低空物流。\n",
    "2026_浙江省_政府工作报告.txt": "政府工作报告\n\n一、发展人工智能\n\n要培育智能产业，建设人工智能创新平台。\n",
    "2016_政府工作报告.txt": "政府工作报告\n\n一、实施中国制造2025\n\n要推动智能制造，发展工业互联网。\n",
    "国发〔2018〕42号_关于推进农业机械化的意见.txt": (
        "关于推进农业机械化的意见\n\n国发〔2018〕42号\n\n一、提升农机装备水平\n\n（一）完善农机装备创新体系。支持企业建设研发中心。"
        "（工业和信息化部、农业农村部、科技部等负责。列第一位者为牵头单位，下同）\n\n"
        "（二）加强农机装备质量可靠性建设。健全标准体系。（市场监管总局、工业和信息化部等负责）\n"),
}
FORMS = ("广东省发展人工智能有哪些举措？", "哪些省份的政府工作报告提到了人工智能？", "2016年政府工作报告提到中国制造2025了吗",
         "国发〔2018〕42号的目标是什么？", "完善农机装备创新体系由哪个部门牵头？", "哪些任务由工业和信息化部负责？",
         "人工智能有多少项举措？", "Which measures support 发展人工智能?", "哪些年份的文件提到了智能制造？",
         "人工智障有哪些举措？")


@pytest.fixture(scope="module")
def forms_graph(tmp_path_factory):
    folder = tmp_path_factory.mktemp("forms")
    for name, text in FORMS_TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    build([folder], folder / "out", workers=1)
    return folder / "out" / "graph.ttl"


def test_cli_ask_endpoint_and_api_agree_on_the_new_forms(forms_graph):
    """The same answer, group for group and count for count, from `policykg ask`, `/ask` (on the store and on
    the graph file read into memory) and kg.Graph."""
    import dataclasses

    import kg
    from kg.graph.diskstore import open_graph

    graph = kg.Graph.open(forms_graph)
    clients = [Client(Endpoint(open_graph(forms_graph), page="<p>页</p>", timeout=20)),
               Client(Endpoint(Store.open(forms_graph), page="<p>页</p>", timeout=20))]
    for question in FORMS:
        cli = json.loads(runner.invoke(app, ["ask", question, "--graph", str(forms_graph), "--format", "json"]).output)
        api = json.loads(json.dumps(dataclasses.asdict(graph.ask(question)), ensure_ascii=False))
        served = [client.get("/ask", query_string={"q": question}).json for client in clients]
        assert cli == api == served[0] == served[1], question
        assert cli["found"] == (question != "人工智障有哪些举措？"), question


def test_the_served_tree_filter_and_did_you_mean_follow_ask(forms_graph):
    """The served workbench's tree filter lists the goals `/ask` answers for, with its counts, and a
    "did you mean" suggestion asks again with the name it offers."""
    import sys

    from tests.browser import served_page
    from tests.servers import free_port, running

    port = free_port()
    args = [sys.executable, "-m", "kg", "serve", "--graph", str(forms_graph), "--port", str(port), "--processes", "2"]
    client = Client(Endpoint(Store.open(forms_graph), page="<p>页</p>", timeout=20))
    asked = counts(client.get("/ask", query_string={"q": "哪些举措支撑发展人工智能？"}).json)
    assert len(asked) == 2
    with running(args, f"http://127.0.0.1:{port}/doc/0"), served_page(f"http://127.0.0.1:{port}/") as (page, requests, _):
        page.wait_for_function("window.policykgReady === true", timeout=30_000)
        page.evaluate("policykg.tab('tree')")
        page.fill("#filter", "发展人工智能")
        page.wait_for_selector("#filtered .node")
        listed = page.evaluate("() => Object.fromEntries([...document.querySelectorAll('#filtered .node')].map(n => [n.dataset.node, +n.dataset.count]))")
        assert listed == asked
        page.evaluate("policykg.tab('ask')")
        page.fill("#question", "人工智障有哪些举措？")
        page.locator("#askform button").click()
        page.wait_for_selector("#answer a.suggestion")
        page.locator("#answer a.suggestion", has_text="人工智能").first.click()
        page.wait_for_function("document.querySelector('#question').value === '人工智能有哪些举措？'")
        page.wait_for_selector("#answer .card")
        assert "人工智能" in page.locator("#answer .heading").inner_text()
    assert requests == []
