"""The pages of `policykg viz` (pyvis) in headless Chromium with the network cut off: the statements
overview, and the concept map of hand-built concept graphs."""

from __future__ import annotations

import pytest

from kg.corpus.build import build
from kg.graph.store import Store
from kg.views.page import render_page
from tests.browser import offline_page
from tests.concept_graphs import Hand, two_clusters
from tests.conftest import SEED, require_shared
from tests.corpus_builds import corpus_folders, shared_build

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


@pytest.mark.corpus
def test_whole_corpus_page_draws_within_seconds(tmp_path):
    report = shared_build(corpus_folders(require_shared()), tmp_path / "out", workers=2, page=False)
    with offline_page(overview(tmp_path / "out")) as (page, requests, dialogs):
        page.wait_for_function(DRAWN, timeout=60_000)
        seconds = page.evaluate("window.policykgDrawnAt") / 1000  # from the start of navigation
        nodes = page.evaluate("network.body.nodeIndices.length")
        edges = page.evaluate("network.body.edgeIndices.length")
        assert page.evaluate(INK) > 5000
    print(f"\ncorpus page: {report.documents} documents, {nodes} nodes, {edges} edges drawn in {seconds:.1f} s")
    assert nodes > 5000 and seconds < 20
    assert requests == [] and dialogs == []


# -------------------------------------------------------------- the concept map of `policykg viz`

SETTLED = "window.policykgSettled === true"
FITTED = """() => {
  const box = document.getElementById('mynetwork').getBoundingClientRect();
  const pos = network.getPositions();
  return Object.keys(pos).filter(id => {
    const b = network.getBoundingBox(id), a = network.canvasToDOM({x: b.left, y: b.top}), z = network.canvasToDOM({x: b.right, y: b.bottom});
    return a.x < 0 || a.y < 0 || z.x > box.width || z.y > box.height;
  }).length;
}"""


def concept_page(hand, tmp_path, **options):
    from kg.views.focus import focused_page

    graph = hand.write(tmp_path / "hand.ttl")
    html, _ = focused_page(Store.open(graph), **options)
    page = tmp_path / "map.html"
    page.write_text(html, encoding="utf-8")
    return page


def hover(page, edge_id):
    """Move the mouse onto the middle of an edge, as a reader would to see its tooltip."""
    x, y = page.evaluate("""id => {
      const e = network.body.edges[id], p = network.getPositions([e.fromId, e.toId]);
      const m = network.canvasToDOM({x: (p[e.fromId].x + p[e.toId].x) / 2, y: (p[e.fromId].y + p[e.toId].y) / 2});
      const box = document.getElementById('mynetwork').getBoundingClientRect();
      return [box.left + m.x, box.top + m.y];
    }""", edge_id)
    page.mouse.move(x - 30, y - 30)
    page.mouse.move(x, y, steps=5)
    page.wait_for_selector("div.vis-tooltip", state="visible", timeout=5000)
    return page.locator("div.vis-tooltip").inner_text()


def test_concept_map_labels_edges_by_kind_with_quotes_in_tooltips(tmp_path):
    hand = two_clusters()
    hand.stated("先进制造业", "integratesWith", "现代服务业", "推动先进制造业与现代服务业深度融合", start=90)
    with offline_page(concept_page(hand, tmp_path)) as (page, requests, dialogs):
        page.wait_for_function(SETTLED, timeout=30_000)
        assert page.evaluate("network.body.nodeIndices.length") == 10
        labels = page.evaluate("edges.get().map(e => [nodes.get(e.from).full, e.label, nodes.get(e.to).full])")
        assert ["人工智能", "推动", "人形机器人"] in labels and ["数字经济", "包括", "云计算"] in labels
        assert ["先进制造业", "融合", "现代服务业"] in labels
        assert page.evaluate(FITTED) == 0  # every node inside the drawing, none cut off at the edge
        enables = page.evaluate("edges.get().find(e => e.kind === 'enables').id")
        tip = hover(page, enables)
        assert "人工智能 —推动→ 人形机器人" in tip and "「以人工智能推动人形机器人发展」 —— 关于发展数字经济的意见" in tip
        page.evaluate("id => network.body.emitter.emit('click', {nodes: [], edges: [id]})", enables)
        assert "以人工智能推动人形机器人发展" in page.locator("#details").inner_text()
        hub = page.evaluate("nodes.get().find(n => n.full === '数字经济').id")
        page.evaluate("id => network.body.emitter.emit('click', {nodes: [id], edges: []})", hub)
        details = page.locator("#details").inner_text()
        assert details.count("数字经济 —包括→") == 3 and "「发展云计算、大数据、人工智能等数字经济」" in details
        page.locator('#kinds input[data-rel="includes"]').uncheck()
        assert page.evaluate("edges.get().filter(e => e.hidden).map(e => e.kind)") == ["includes"] * 6
    assert requests == [] and dialogs == []


def test_concept_map_neighbourhood_is_focused_and_fitted(tmp_path):
    hand = two_clusters()
    for i in range(30):  # a hub with many neighbours: still all on the screen
        hand.stated("人工智能", "enables", f"应用场景{i:02d}", f"以人工智能推动应用场景{i:02d}", start=200 + i * 20)
    with offline_page(concept_page(hand, tmp_path, concept="人工智能")) as (page, _, _):
        page.wait_for_function(SETTLED, timeout=30_000)
        assert page.evaluate("network.body.nodeIndices.length") == 33
        assert page.evaluate(FITTED) == 0
        assert page.evaluate("network.getSelectedNodes().map(id => nodes.get(id).full)") == ["人工智能"]
        assert "人工智能 —推动→ 应用场景00" in page.locator("#details").inner_text()


def test_text_in_a_concept_map_never_runs_as_script(tmp_path):
    hand = Hand()
    hand.article("1", "关于<img src=x onerror=alert(1)>的意见")
    hand.stated("人工智能<img src=x onerror=alert(1)>", "enables", 'href="javascript:alert(3)"',
                "推动</script><script>alert(2)</script>人工智能<img src=x onerror=alert(1)>发展")
    with offline_page(concept_page(hand, tmp_path)) as (page, requests, dialogs):
        page.wait_for_function(SETTLED, timeout=30_000)
        edge = page.evaluate("edges.get()[0].id")
        tip = hover(page, edge)
        assert "</script><script>alert(2)</script>" in tip and "<img src=x onerror=alert(1)>" in tip
        page.evaluate("id => network.body.emitter.emit('click', {nodes: [], edges: [id]})", edge)
        assert "<img src=x onerror=alert(1)>" in page.locator("#details").inner_text()
        node = page.evaluate("nodes.get()[0].id")
        page.evaluate("id => network.body.emitter.emit('click', {nodes: [id], edges: []})", node)
        page.wait_for_timeout(200)
        assert page.locator("body img").count() == 0 and page.locator("div.popup").count() == 0
        assert page.evaluate("document.scripts.length") == SCRIPTS_IN_A_PAGE
    assert dialogs == [] and requests == []
