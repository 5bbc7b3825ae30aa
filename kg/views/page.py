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
from typing import Any

from kg.graph.store import Store
from kg.views.view import ViewEdge, ViewNode, overview, view_of

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
    "Programme": ("#393b79", "box", "工程/行动 Programme"),
    "Document": ("#843c39", "box", "文件/法规 Document"),
    "Place": ("#7f7f7f", "dot", "地区 Place"),
    "Concept": ("#aec7e8", "ellipse", "概念 Concept"),
    "Article": ("#333333", "box", "文章 Article"),
}
PHYSICS_LIMIT = 500
INSIDE = frozenset({"box", "ellipse", "circle", "database"})  # shapes that draw their label inside them


def font_of(colour: str, shape: str) -> dict[str, str] | None:
    """The label's font where a node draws it inside itself on a dark fill: white, so that a 工程/行动 or 文件 box
    stays readable; None where the default (dark text) reads well.

    >>> font_of("#393b79", "box"), font_of("#17becf", "ellipse"), font_of("#393b79", "dot")
    ({'color': '#ffffff'}, None, None)
    """
    if shape not in INSIDE:
        return None
    red, green, blue = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return {"color": "#ffffff"} if 0.299 * red + 0.587 * green + 0.114 * blue < 128 else None


# Each kind of stated concept relation: its colour, and whether it has a direction (融合 has none).
RELATION_STYLE = {"includes": ("#3949ab", True), "enables": ("#d84315", True), "integratesWith": ("#00897b", False),
                  "appliesTo": ("#8d6e63", True)}



def positions(ids: list[str], pairs: list[tuple[str, str]]) -> dict[str, tuple[float, float]]:
    """A fixed layout for large graphs: each connected part as rings around its hub, parts on a grid.

    >>> positions(["a", "b", "c"], [("a", "b")])
    {'b': (150.0, 150.0), 'a': (236.0, 176.6), 'c': (360.0, 60.0)}
    """
    import math

    import networkx as nx

    g = nx.Graph()
    g.add_nodes_from(ids)
    g.add_edges_from(pairs)
    parts = sorted((sorted(c) for c in nx.connected_components(g)), key=lambda c: (-len(c), c[0]))
    pos: dict[str, tuple[float, float]] = {}
    cursor_x = cursor_y = row_height = 0.0
    width = 60.0 * math.sqrt(len(ids)) * 12
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
    """The HTML of the page for the graph in ``store``.

    >>> "<title>policykg</title>" in render_page(Store.from_turtle(b""))
    True
    """
    nodes, edges = view_of(store)
    return render_view(nodes, edges, title=title)


def render_view(nodes: list[ViewNode], edges: list[ViewEdge], *, title: str, total: int | None = None,
                counts: dict[str, int] | None = None) -> str:
    """The page of a view; ``total`` and ``counts`` (nodes of the whole view, measures supporting each
    statement) are given when the view is already an overview (:mod:`kg.views.overview`).

    >>> page = render_view([ViewNode("g", "目标", "Goal", "", "")], [], title="示例")
    >>> "<title>示例</title>" in page, "cdn.jsdelivr" in page
    (True, False)
    """
    from pyvis.network import Network

    total = len(nodes) if total is None else total
    counts = statement_counts(nodes, edges) if counts is None else counts
    nodes, edges = overview(nodes, edges)
    note = "" if len(nodes) == total else (
        f"显示 {len(nodes)} / {total} 个节点：最细一级举措与提及关系从略，"
        f"单篇细节见 policykg viz --article。Showing {len(nodes)} of {total} nodes.")
    net = Network(height="100vh", width="100%", directed=True, cdn_resources="in_line", heading="")
    physics = len(nodes) <= PHYSICS_LIMIT
    pos = {} if physics else positions([n.id for n in nodes], [(e.source, e.target) for e in edges])
    # Filled directly: pyvis's add_node checks a list for duplicates, quadratic on large graphs.
    net.nodes = [_node_data(n, pos.get(n.id), counts.get(n.id)) for n in nodes]
    net.node_ids = [n.id for n in nodes]
    net.node_map = {n["id"]: n for n in net.nodes}
    net.edges = [{"from": e.source, "to": e.target, "kind": e.kind, "color": _edge_color(e.kind),
                  "dashes": e.kind != "supports", "arrows": "to"} for e in edges]
    net.set_options(json.dumps(_options(physics)))
    html = net.generate_html()
    return _finish(html, title, physics, note)


def statement_counts(nodes: list[ViewNode], edges: list[ViewEdge]) -> dict[str, int]:
    """How many measures support each goal and measure: the count `policykg measures` gives,
    computed before the overview leaves any node out.

    >>> nodes = [ViewNode("g", "目标", "Goal", "", ""), ViewNode("m1", "举措", "Measure", "", ""),
    ...          ViewNode("m2", "举措二", "Measure", "", "")]
    >>> statement_counts(nodes, [ViewEdge("m1", "g", "supports"), ViewEdge("m2", "m1", "supports")])
    {'g': 2, 'm1': 1, 'm2': 0}
    """
    from kg.ask.records import measure_counts
    from kg.support import support_links

    kinds = {n.id: n.kind.lower() for n in nodes if n.kind in ("Goal", "Measure")}
    incoming, _ = support_links((e.source, e.target) for e in edges if e.kind == "supports")
    return measure_counts(kinds, incoming)


def _node_data(n: ViewNode, xy: tuple[float, float] | None, measures: int | None = None) -> dict[str, object]:
    color, shape, _ = STYLE[n.kind]
    data: dict[str, object] = {"id": n.id, "label": _short(n.label), "color": color, "shape": shape, "kind": n.kind,
            "full": n.label, "article": n.article, "quote": n.quote, "size": 18 if n.kind == "Goal" else 10}
    if measures is not None:
        data["measures"] = measures
    if font := font_of(color, shape):
        data["font"] = font
    if xy is not None:
        data["x"], data["y"] = xy
    return data


def _short(label: str) -> str:
    return label if len(label) <= 16 else label[:15] + "…"


def _edge_color(kind: str) -> str:
    if kind in RELATION_STYLE:
        return RELATION_STYLE[kind][0]
    return {"supports": "#555555", "mentions": "#c7c7c7", "agency": "#9467bd"}.get(kind, "#2ca02c")


def _options(physics: bool) -> dict[str, Any]:
    return {
        "physics": {"enabled": physics, "stabilization": {"iterations": 150},
                    "barnesHut": {"gravitationalConstant": -6000, "springLength": 120}},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": not physics},
        "nodes": {"font": {"size": 14, "face": "Noto Sans CJK SC, sans-serif"}},
        "edges": {"smooth": False, "arrows": {"to": {"scaleFactor": 0.5}}},
    }


def _finish(html: str, title: str, physics: bool, note: str = "") -> str:
    legend = "".join(
        f'<label class="kind"><input type="checkbox" data-kind="{k}" checked>'
        f'<span class="swatch" style="background:{c}"></span>{_escape(name)}</label>'
        for k, (c, _, name) in STYLE.items() if k != "Article")
    panel = PANEL_HTML.replace("{legend}", legend).replace("{note}", _escape(note))
    panel = panel.replace("{title}", _escape(title))
    script = PANEL_JS.replace("{physics}", "true" if physics else "false").replace("{search}", _search_data())
    return finish_page(html, title, css=PANEL_CSS, panel=panel, script=script)


def finish_page(html: str, title: str, *, css: str, panel: str, script: str) -> str:
    """pyvis's page made self-contained (its CDN links removed), titled, with a panel and its script.

    >>> finish_page("<html><head></head><body></body></html>", "T", css="", panel="<div></div>", script="x").splitlines()[-2:]
    ['<style></style></head><body><div></div><script>x</script>', '</body></html>']
    """
    html = re.sub(r"<link[^>]*cdn\.jsdelivr[^>]*/?>", "", html, flags=re.S)
    html = re.sub(r"<script[^>]*cdn\.jsdelivr[^>]*>\s*</script>", "", html, flags=re.S)
    html = re.sub(r"<center>\s*<h1>\s*</h1>\s*</center>", "", html)
    html = html.replace("<html>", '<!DOCTYPE html>\n<html lang="zh">', 1)
    head = f"<title>{_escape(title)}</title>\n<style>{css}</style>"
    html = html.replace("<head>", "<head>\n" + head, 1)
    return html.replace("</body>", panel + f"<script>{script}</script>\n</body>", 1)


def _search_data() -> str:
    """What the page's search needs to match names as `policykg ask` does: the words stripped for
    the core tier, and the folded readings of the common characters (GB2312) for the typo tier."""
    from kg.ask.names import LEAD, TRAIL

    data = {"lead": LEAD, "trail": TRAIL, "sounds": _readings()}
    return json.dumps(data, ensure_ascii=False, sort_keys=True).replace("</", "<\\/")


def _readings() -> dict[str, str]:
    from kg.ask.keys import sounds

    by: dict[str, list[str]] = {}
    for high in range(0xB0, 0xF8):
        for low in range(0xA1, 0xFF):
            try:
                ch = bytes([high, low]).decode("gb2312")
            except UnicodeDecodeError:
                continue
            for reading in sorted(sounds(ch)):
                by.setdefault(reading, []).append(ch)
    return {reading: "".join(chars) for reading, chars in sorted(by.items())}


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
#hits { color: #333; font-size: 12px; white-space: pre-wrap; }
#details { margin-top: 8px; border-top: 1px solid #ddd; padding-top: 6px; white-space: pre-wrap; }
#details .quote { color: #444; background: #f6f6f6; padding: 4px; border-left: 3px solid #d62728; }
"""

PANEL_HTML = """
<div id="panel">
  <h2>{title}</h2>
  <div id="note">{note}</div>
  <input id="search" type="search" placeholder="搜索节点 Search">
  <div id="hits"></div>
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
  var found = null;
  // Names matched as `policykg ask` matches them (kg/match.py): exact, contains, core, typo, words.
  var SEARCH = {search};
  var soundOf = {};
  Object.keys(SEARCH.sounds).forEach(function (r) {
    Array.from(SEARCH.sounds[r]).forEach(function (ch) { (soundOf[ch] = soundOf[ch] || []).push(r); });
  });
  function norm(t) { return t.normalize("NFKC").toLowerCase().replace(/[\p{P}\p{S}\p{Z}\p{C}\s]/gu, ""); }
  function core(t) {
    var changed = true;
    while (changed) {
      changed = false;
      SEARCH.lead.forEach(function (w) {
        if (t.startsWith(w) && t.length - w.length >= 2) { t = t.slice(w.length); changed = true; }
      });
      SEARCH.trail.forEach(function (w) {
        if (t.endsWith(w) && t.length - w.length >= 2) { t = t.slice(0, t.length - w.length); changed = true; }
      });
    }
    return t;
  }
  function alike(a, b) {
    if (a === b) { return true; }
    var x = soundOf[a] || [], y = soundOf[b] || [];
    return x.some(function (r) { return y.indexOf(r) >= 0; });
  }
  function budget(n) { return n < 4 ? 0 : n < 10 ? 1 : 2; }
  function less(a, b) {
    for (var i = 0; i < a.length; i++) { if (a[i] !== b[i]) { return a[i] < b[i]; } }
    return false;
  }
  function slips(name, label) {
    var q = Array.from(name), l = Array.from(label), n = q.length, most = budget(n);
    if (!most) { return null; }
    var big = most + 1, gap = n >= 6 ? 1 : big, prev = [], j;
    for (j = 0; j <= l.length; j++) { prev.push([0, j]); }
    for (var i = 1; i <= n; i++) {
      var cur = [[Math.min(prev[0][0] + gap, big), 0]];
      for (j = 1; j <= l.length; j++) {
        var step = q[i - 1] === l[j - 1] ? 0 : alike(q[i - 1], l[j - 1]) ? 1 : big;
        var options = [[prev[j - 1][0] + step, prev[j - 1][1]], [prev[j][0] + gap, prev[j][1]],
                       [cur[j - 1][0] + gap, cur[j - 1][1]]];
        cur.push(options.reduce(function (m, o) { return less(o, m) ? o : m; }));
      }
      prev = cur;
    }
    var best = null;
    for (j = 0; j <= l.length; j++) {
      var rank = [prev[j][0], Math.abs(j - prev[j][1] - n), j];
      if (best === null || less(rank, best)) { best = rank; }
    }
    if (best[0] === 0 || best[0] > most) { return null; }
    return [best[0], l.slice(prev[best[2]][1], best[2]).join("")];
  }
  function pieces(name, label) {
    var out = 0, at = 0, rest = name;
    while (rest) {
      var size = rest.length;
      while (size >= 2 && label.indexOf(rest.slice(0, size), at) < 0) { size--; }
      if (size < 2 || out === 3) { return 0; }
      at = label.indexOf(rest.slice(0, size), at) + size;
      out++;
      rest = rest.slice(size);
    }
    return out;
  }
  var byKind = {};
  all.forEach(function (n) {
    var kind = n.kind === "Goal" ? "goal" : n.kind === "Measure" ? "measure" : "concept", key = norm(n.full);
    if (!key || n.kind === "Article") { return; }
    var keys = byKind[kind] = byKind[kind] || {};
    (keys[key] = keys[key] || []).push(n.id);
  });
  function resolveKind(text, kind) {
    var keys = byKind[kind] || {}, names = Object.keys(keys);
    var containing = function (t) { return names.filter(function (k) { return k.indexOf(t) >= 0; }); };
    var found = function (how, used, hit) {
      var ids = [];
      hit.forEach(function (k) { ids = ids.concat(keys[k]); });
      return { how: how, used: used, ids: ids };
    };
    var hit = containing(text);
    if (hit.length) { return found(hit.every(function (k) { return k === text; }) ? "exact" : "contains", text, hit); }
    var short = core(text);
    if (short !== text && (hit = containing(short)).length) { return found("core", short, hit); }
    var most = budget(text.length), bestFix = null;
    names.forEach(function (k) {
      if (!most || k.length < text.length - most) { return; }
      var fix = slips(text, k);
      if (fix === null) { return; }
      var rank = [fix[0], -containing(fix[1]).length, fix[1]];
      if (bestFix === null || less(rank, bestFix)) { bestFix = rank; }
    });
    if (bestFix !== null) { return found("typo", bestFix[2], containing(bestFix[2])); }
    var tried = [text].concat(short !== text ? [short] : []);
    for (var t = 0; t < tried.length; t++) {
      var name = tried[t];
      if (name.length < 4) { continue; }
      var fewest = 99, chosen = [];
      names.forEach(function (k) {
        if (k.length < name.length || k.indexOf(name.slice(0, 2)) < 0 || k.indexOf(name.slice(-2)) < 0) { return; }
        var cut = pieces(name, k);
        if (cut && cut < fewest) { fewest = cut; chosen = [k]; } else if (cut && cut === fewest) { chosen.push(k); }
      });
      if (chosen.length) { return found("words", name, chosen); }
    }
    return { how: "none", used: text, ids: [] };
  }
  function search(q) {
    var text = norm(q), out = { all: {} };
    ["goal", "measure", "concept"].forEach(function (kind) {
      out[kind] = text ? resolveKind(text, kind) : { how: "none", used: "", ids: [] };
      out[kind].ids.forEach(function (id) { out.all[id] = true; });
    });
    return out;
  }
  var HOW = { exact: "名称相同", contains: "名称含它", core: "去掉动词等后匹配", typo: "按读音相近的名称匹配",
              words: "名称依次含它的各部分" };
  function describe(found) {
    var parts = [], lines = [];
    [["goal", "目标"], ["measure", "举措"], ["concept", "概念"]].forEach(function (k) {
      var f = found[k[0]];
      if (f.ids.length) { parts.push(k[1] + " " + f.ids.length + "（" + HOW[f.how] + (f.used ? "「" + f.used + "」" : "") + "）"); }
    });
    found.goal.ids.slice(0, 12).forEach(function (id) {
      lines.push("· " + byId[id].full + "：" + byId[id].measures + " 项举措");
    });
    return parts.length ? parts.join(" · ") + "\n" + lines.join("\n") : "没有名称匹配 No name matches";
  }
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
    var on = kindsOn(), art = select.value;
    nodes.update(all.map(function (n) {
      var visible = on[n.kind] !== false && (!art || !n.article || n.article === art);
      var match = found !== null && found.all[n.id] === true;
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
    show(n, n.kind === "Goal" || n.kind === "Measure" ? n.measures : null);
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
    var q = this.value.trim();
    found = q ? search(q) : null;
    applyFilters();
    var box = document.getElementById("hits");
    box.textContent = found ? describe(found) : "";
    var hit = found && found.goal.ids.concat(found.measure.ids, found.concept.ids)[0];
    if (hit) { network.focus(hit, { scale: 1.0, animation: false }); }
  });
  network.once("afterDrawing", function () {
    if (!physics) { network.fit(); }
    window.policykgDrawnAt = performance.now();
    window.policykgDrawn = true;
  });
  network.redraw();
  window.policykg = { supporters: supporters, show: show, search: search };
  window.policykgReady = true;
})();
"""
