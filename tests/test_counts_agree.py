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
