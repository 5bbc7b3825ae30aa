"""The overview page of `policykg viz` (pyvis) in headless Chromium with the network cut off."""

from __future__ import annotations

import pytest

from kg.corpus.build import build
from kg.graph.store import Store
from kg.views.page import render_page
from tests.browser import offline_page
from tests.conftest import SEED, require_shared

DRAWN = "window.policykgDrawn === true"
SCRIPTS_IN_A_PAGE = 4  # pyvis's helpers, vis-network, pyvis's drawGraph with the data, policykg's panel
INK = """() => {
  const c = document.querySelector('#mynetwork canvas');
  const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
  let ink = 0;
  for (let i = 0; i < d.length; i += 4) { if (d[i + 3] > 0 && (d[i] < 200 || d[i + 1] < 200 || d[i + 2] < 200)) ink++; }
  return ink;
}"""


@pytest.fixture(scope="module")
def seed_page(tmp_path_factory):
    out = tmp_path_factory.mktemp("seed")
    build([SEED], out, workers=1, page=False)
    return overview(out)


def overview(out):
    page = out / "overview.html"
    page.write_text(render_page(Store.open(out / "graph.ttl"), title="policykg"), encoding="utf-8")
    return page


def test_seed_page_draws_offline_with_a_legend(seed_page, tmp_path):
    with offline_page(seed_page) as (page, requests, dialogs):
        page.wait_for_function(DRAWN, timeout=30_000)
        assert page.evaluate("network.body.nodeIndices.length") > 200
        assert page.evaluate("network.body.edgeIndices.length") > 200
        assert page.evaluate(INK) > 5000  # the canvas has coloured pixels: nodes were drawn
        legend = page.locator("#legend label")
        texts = legend.all_inner_texts()
        assert any("目标" in t for t in texts) and any("举措" in t for t in texts) and legend.first.is_visible()
        assert "目标 Goal" in page.locator("#legend").inner_text()
        shot = tmp_path / "seed.png"
        page.screenshot(path=str(shot))
        assert shot.stat().st_size > 20_000
    assert requests == [] and dialogs == []


def test_clicking_a_goal_selects_its_measures_transitively(seed_page):
    with offline_page(seed_page) as (page, _, _):
        page.wait_for_function(DRAWN, timeout=30_000)
        goal = page.evaluate("""() => nodes.get().filter(n => n.kind === 'Goal')
            .map(n => [n.id, window.policykg.supporters(n.id).length]).sort((a, b) => b[1] - a[1])[0]""")
        assert goal[1] > 10
        page.evaluate("id => { network.body.emitter.emit('click', {nodes: [id], edges: []}); }", goal[0])
        assert len(page.evaluate("network.getSelectedNodes()")) == goal[1] + 1
        dimmed = page.evaluate("nodes.get().filter(n => n.color && n.color.background === '#e8e8e8').length")
        assert dimmed == page.evaluate("nodes.length") - goal[1] - 1
        page.evaluate("() => { network.body.emitter.emit('click', {nodes: [], edges: []}); }")
        assert page.evaluate("nodes.get().filter(n => n.color && n.color.background === '#e8e8e8').length") == 0
        assert "支撑举措 supporting measures: " in page.locator("#details").inner_text()


def test_filters_by_type_and_article(seed_page):
    with offline_page(seed_page) as (page, _, _):
        page.wait_for_function(DRAWN, timeout=30_000)
        hidden = "kind => nodes.get().filter(n => n.kind === kind && n.hidden).length"
        page.locator('#legend input[data-kind="Measure"]').uncheck()
        measures = page.evaluate("nodes.get().filter(n => n.kind === 'Measure').length")
        assert page.evaluate(f"({hidden})('Measure')") == measures > 0
        assert page.evaluate(f"({hidden})('Goal')") == 0
        page.locator('#legend input[data-kind="Measure"]').check()
        options = page.locator("#article option")
        assert options.count() == 4  # all, and the three articles
        page.locator("#article").select_option(index=1)
        chosen = page.evaluate("document.getElementById('article').value")
        other = "a => nodes.get().filter(n => n.article && n.article !== a && !n.hidden).length"
        assert page.evaluate(other, chosen) == 0


HOSTILE = ("关于发展数字经济<img src=x onerror=alert(1)>的意见\n\n一、加快建设数据中心\n\n"
           "（一）推进算力网络建设。要完善<img src=x onerror=alert(1)>算力网络，"
           "加强</script><script>alert(2)</script>人工智能应用。\n")


def test_text_from_the_article_never_runs_as_script(tmp_path):
    src = tmp_path / "hostile.txt"
    src.write_text(HOSTILE, encoding="utf-8")
    build([src], tmp_path / "out", workers=1, page=False)
    with offline_page(overview(tmp_path / "out")) as (page, requests, dialogs):
        page.wait_for_function(DRAWN, timeout=30_000)
        labels = page.evaluate("nodes.get().map(n => n.full)")
        hostile = next(label for label in labels if "onerror" in label)
        node = page.evaluate("id => nodes.get().find(n => n.full === id).id", hostile)
        page.evaluate("id => { network.body.emitter.emit('click', {nodes: [id], edges: []}); }", node)
        page.wait_for_timeout(300)
        assert "<img src=x onerror=alert(1)>" in page.locator("#details").inner_text()
        assert page.locator("#details img").count() == 0 and page.locator("body img").count() == 0
        assert any("</script><script>alert(2)</script>" in label for label in labels)
        assert page.evaluate("document.scripts.length") == SCRIPTS_IN_A_PAGE
    assert dialogs == [] and requests == []


def test_whole_corpus_page_draws_within_seconds(tmp_path):
    corpus = require_shared() / "corpus"
    report = build([corpus], tmp_path / "out", workers=2, page=False)
    with offline_page(overview(tmp_path / "out")) as (page, requests, dialogs):
        page.wait_for_function(DRAWN, timeout=60_000)
        seconds = page.evaluate("window.policykgDrawnAt") / 1000  # from the start of navigation
        nodes = page.evaluate("network.body.nodeIndices.length")
        edges = page.evaluate("network.body.edgeIndices.length")
        assert page.evaluate(INK) > 5000
    print(f"\ncorpus page: {report.documents} documents, {nodes} nodes, {edges} edges drawn in {seconds:.1f} s")
    assert nodes > 5000 and seconds < 20
    assert requests == [] and dialogs == []
