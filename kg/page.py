"""The graph page: a self-contained, offline HTML view of a policy graph (pyvis).

vis-network is inlined; the CDN links pyvis adds are removed. Text from the
articles only ever reaches the page as JSON data shown with ``textContent``,
never as HTML.

>>> html = render_page(Store.from_ntriples(b""), title="空图")
>>> "cdn.jsdelivr" in html, "<script src=" in html
(False, False)
"""

from __future__ import annotations

import json
import re

from kg.store import Store
from kg.view import ViewEdge, ViewNode, overview, view_of

STYLE = {
    "Goal": ("#d62728", "star", "目标 Goal"),
    "Measure": ("#1f77b4", "dot", "举措 Measure"),
    "Technology": ("#2ca02c", "diamond", "技术 Technology"),
    "Industry": ("#ff7f0e", "square", "产业 Industry"),
    "Infrastructure": ("#8c564b", "triangle", "基础设施 Infrastructure"),
    "Actor": ("#9467bd", "triangleDown", "主体 Actor"),
    "PolicyEvent": ("#e377c2", "hexagon", "会议/文件 Policy event"),
    "PolicyTerm": ("#17becf", "ellipse", "政策术语 Policy term"),
    "IndicatorConcept": ("#bcbd22", "box", "指标 Indicator"),
    "Place": ("#7f7f7f", "dot", "地区 Place"),
    "Concept": ("#aec7e8", "ellipse", "概念 Concept"),
    "Article": ("#333333", "box", "文章 Article"),
}
PHYSICS_LIMIT = 500



def _positions(nodes: list[ViewNode], edges: list[ViewEdge]) -> dict[str, tuple[float, float]]:
    """A fixed layout for large graphs: each connected part as rings around its hub, parts on a grid."""
    import math

    import networkx as nx

    g = nx.Graph()
    g.add_nodes_from(n.id for n in nodes)
    g.add_edges_from((e.source, e.target) for e in edges)
    parts = sorted((sorted(c) for c in nx.connected_components(g)), key=lambda c: (-len(c), c[0]))
    pos: dict[str, tuple[float, float]] = {}
    cursor_x = cursor_y = row_height = 0.0
    width = 60.0 * math.sqrt(len(nodes)) * 12
    for part in parts:
        hub = max(part, key=lambda n: (g.degree(n), n))
        depth = nx.single_source_shortest_path_length(g, hub)
        rings: dict[int, list[str]] = {}
        for node in part:
            rings.setdefault(depth[node], []).append(node)
        radius = 0.0
        local: dict[str, tuple[float, float]] = {}
        for d in sorted(rings):
            ring = sorted(rings[d])
            radius = max(radius + 90.0, len(ring) * 36.0 / (2 * math.pi)) if d else 0.0
            for i, node in enumerate(ring):
                angle = 2 * math.pi * i / len(ring) + d * 0.3
                local[node] = (radius * math.cos(angle), radius * math.sin(angle))
        size = 2 * radius + 120
        if cursor_x + size > width and cursor_x > 0:
            cursor_x, cursor_y, row_height = 0.0, cursor_y + row_height, 0.0
        for node, (x, y) in local.items():
            pos[node] = (round(cursor_x + size / 2 + x, 1), round(cursor_y + size / 2 + y, 1))
        cursor_x += size
        row_height = max(row_height, size)
    return pos




def render_page(store: Store, *, title: str = "policykg") -> str:
    """The HTML of the page for the graph in ``store``."""
    nodes, edges = view_of(store)
    return render_view(nodes, edges, title=title)


def render_view(nodes: list[ViewNode], edges: list[ViewEdge], *, title: str) -> str:
    from pyvis.network import Network

    total = len(nodes)
    nodes, edges = overview(nodes, edges)
    note = "" if len(nodes) == total else (
        f"显示 {len(nodes)} / {total} 个节点：最细一级举措与提及关系从略，"
        f"单篇细节见 policykg viz --article。Showing {len(nodes)} of {total} nodes.")
    net = Network(height="100vh", width="100%", directed=True, cdn_resources="in_line", heading="")
    physics = len(nodes) <= PHYSICS_LIMIT
    pos = {} if physics else _positions(nodes, edges)
    # Filled directly: pyvis's add_node checks a list for duplicates, quadratic on large graphs.
    net.nodes = [_node_data(n, pos.get(n.id)) for n in nodes]
    net.node_ids = [n.id for n in nodes]
    net.node_map = {n["id"]: n for n in net.nodes}
    net.edges = [{"from": e.source, "to": e.target, "kind": e.kind, "color": _edge_color(e.kind),
                  "dashes": e.kind != "supports", "arrows": "to"} for e in edges]
    net.set_options(json.dumps(_options(physics)))
    html = net.generate_html()
    return _finish(html, title, physics, note)


def _node_data(n: ViewNode, xy: tuple[float, float] | None) -> dict[str, object]:
    color, shape, _ = STYLE[n.kind]
    data: dict[str, object] = {"id": n.id, "label": _short(n.label), "color": color, "shape": shape, "kind": n.kind,
            "full": n.label, "article": n.article, "quote": n.quote, "size": 18 if n.kind == "Goal" else 10}
    if xy is not None:
        data["x"], data["y"] = xy
    return data


def _short(label: str) -> str:
    return label if len(label) <= 16 else label[:15] + "…"


def _edge_color(kind: str) -> str:
    return {"supports": "#555555", "mentions": "#c7c7c7", "agency": "#9467bd"}.get(kind, "#2ca02c")


def _options(physics: bool) -> dict:
    return {
        "physics": {"enabled": physics, "stabilization": {"iterations": 150},
                    "barnesHut": {"gravitationalConstant": -6000, "springLength": 120}},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": not physics},
        "nodes": {"font": {"size": 14, "face": "Noto Sans CJK SC, sans-serif"}},
        "edges": {"smooth": False, "arrows": {"to": {"scaleFactor": 0.5}}},
    }


def _finish(html: str, title: str, physics: bool, note: str = "") -> str:
    html = re.sub(r"<link[^>]*cdn\.jsdelivr[^>]*/?>", "", html, flags=re.S)
    html = re.sub(r"<script[^>]*cdn\.jsdelivr[^>]*>\s*</script>", "", html, flags=re.S)
    html = re.sub(r"<center>\s*<h1>\s*</h1>\s*</center>", "", html)
    html = html.replace("<html>", '<!DOCTYPE html>\n<html lang="zh">', 1)
    head = f"<title>{_escape(title)}</title>\n<style>{PANEL_CSS}</style>"
    html = html.replace("<head>", "<head>\n" + head, 1)
    legend = "".join(
        f'<label class="kind"><input type="checkbox" data-kind="{k}" checked>'
        f'<span class="swatch" style="background:{c}"></span>{_escape(name)}</label>'
        for k, (c, _, name) in STYLE.items() if k != "Article")
    panel = PANEL_HTML.replace("{legend}", legend).replace("{note}", _escape(note))
    panel = panel.replace("{title}", _escape(title))
    script = PANEL_JS.replace("{physics}", "true" if physics else "false")
    return html.replace("</body>", panel + f"<script>{script}</script>\n</body>", 1)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


PANEL_CSS = """
body { margin: 0; font-family: "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; }
#mynetwork { border: none !important; float: none !important; }
#panel { position: fixed; top: 8px; left: 8px; width: 300px; max-height: 95vh; overflow: auto;
  background: rgba(255,255,255,.95); border: 1px solid #ccc; border-radius: 6px; padding: 8px;
  font-size: 13px; z-index: 10; box-shadow: 0 1px 4px rgba(0,0,0,.2); }
#panel h2 { font-size: 15px; margin: 0 0 6px; }
#panel input[type=search], #panel select { width: 100%; box-sizing: border-box; margin: 3px 0; }
.kind { display: block; cursor: pointer; }
.swatch { display: inline-block; width: 11px; height: 11px; margin: 0 5px; border-radius: 2px; }
#note { color: #666; font-size: 12px; }
#details { margin-top: 8px; border-top: 1px solid #ddd; padding-top: 6px; white-space: pre-wrap; }
#details .quote { color: #444; background: #f6f6f6; padding: 4px; border-left: 3px solid #d62728; }
"""

PANEL_HTML = """
<div id="panel">
  <h2>{title}</h2>
  <div id="note">{note}</div>
  <input id="search" type="search" placeholder="搜索节点 Search">
  <select id="article"><option value="">全部文章 All articles</option></select>
  <div id="legend">{legend}</div>
  <div id="details">点击目标查看支撑它的举措。Click a goal to highlight its measures.</div>
</div>
"""

PANEL_JS = r"""
(function () {
  var physics = {physics};
  var all = nodes.get();
  var byId = {};
  all.forEach(function (n) { byId[n.id] = n; });
  var incoming = {};
  edges.get().forEach(function (e) {
    if (e.kind === "supports") { (incoming[e.to] = incoming[e.to] || []).push(e.from); }
  });
  var select = document.getElementById("article");
  var seen = {};
  all.forEach(function (n) {
    if (n.article && !seen[n.article]) {
      seen[n.article] = true;
      var o = document.createElement("option");
      o.value = n.article; o.textContent = n.article; select.appendChild(o);
    }
  });
  function kindsOn() {
    var on = {};
    document.querySelectorAll("#legend input").forEach(function (c) { on[c.dataset.kind] = c.checked; });
    return on;
  }
  function applyFilters() {
    var on = kindsOn(), art = select.value, q = document.getElementById("search").value.trim();
    nodes.update(all.map(function (n) {
      var visible = on[n.kind] !== false && (!art || !n.article || n.article === art);
      var match = q && n.full.indexOf(q) >= 0;
      return { id: n.id, hidden: !visible, borderWidth: match ? 4 : 1, font: { color: "#343434" },
               color: match ? { background: byId[n.id].color, border: "#000" } : byId[n.id].color };
    }));
  }
  function supporters(id) {
    var out = {}, stack = [id];
    while (stack.length) {
      (incoming[stack.pop()] || []).forEach(function (s) { if (!out[s]) { out[s] = true; stack.push(s); } });
    }
    return Object.keys(out);
  }
  function show(n, count) {
    var box = document.getElementById("details");
    box.textContent = "";
    var add = function (tag, text, cls) {
      var el = document.createElement(tag); el.textContent = text; if (cls) { el.className = cls; }
      box.appendChild(el); return el;
    };
    add("b", n.full);
    add("div", "类型 type: " + n.kind);
    if (n.article) { add("div", "文章 article: " + n.article); }
    if (n.quote) { add("div", n.quote, "quote"); }
    if (count !== null) { add("div", "支撑举措 supporting measures: " + count); }
  }
  network.on("click", function (params) {
    if (!params.nodes.length) { applyFilters(); return; }
    var n = byId[params.nodes[0]];
    var ups = n.kind === "Goal" || n.kind === "Measure" ? supporters(n.id) : [];
    show(n, n.kind === "Goal" || n.kind === "Measure" ? ups.length : null);
    if (ups.length) {
      var keep = {};
      [n.id].concat(ups).forEach(function (id) { keep[id] = true; });
      applyFilters();
      nodes.update(all.filter(function (m) { return !keep[m.id]; }).map(function (m) {
        return { id: m.id, color: { background: "#e8e8e8", border: "#d0d0d0" }, font: { color: "#bbbbbb" } };
      }));
      network.selectNodes(Object.keys(keep));
    }
  });
  document.querySelectorAll("#legend input").forEach(function (c) { c.addEventListener("change", applyFilters); });
  select.addEventListener("change", applyFilters);
  document.getElementById("search").addEventListener("input", function () {
    applyFilters();
    var q = this.value.trim();
    var hit = q && all.filter(function (n) { return n.full.indexOf(q) >= 0; })[0];
    if (hit) { network.focus(hit.id, { scale: 1.0, animation: false }); }
  });
  network.once("afterDrawing", function () {
    if (!physics) { network.fit(); }
    window.policykgDrawnAt = performance.now();
    window.policykgDrawn = true;
  });
  network.redraw();
  window.policykg = { supporters: supporters, show: show };
  window.policykgReady = true;
})();
"""
