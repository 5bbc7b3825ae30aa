"""The concept map page of ``policykg viz`` (pyvis): concepts typed and coloured by class, each stated
relation an edge labelled with its kind (包括, 推动, 融合, 作用于), its quotes and articles in the
edge's tooltip and in the panel when clicked.

Self-contained like the statements page (:mod:`kg.views.page`); text from the documents reaches
the page only as JSON and is shown with ``textContent`` (vis-network shows a string tooltip as text).

>>> from kg.model import ConceptRelation as K
>>> from kg.views.conceptmap import ConceptMap, ConceptNode, StatedRelation
>>> nodes = {"a": ConceptNode("a", "未来产业", "Industry"), "b": ConceptNode("b", "量子科技", "Technology")}
>>> cmap = ConceptMap(nodes, (StatedRelation("a", "b", K.INCLUDES, "培育量子科技等未来产业", 0, 11, "x", "文一"),))
>>> html = render_concept_map(cmap, title="概念图")
>>> "cdn.jsdelivr" in html, '"label": ' + json.dumps("包括") in html
(False, True)
"""

from __future__ import annotations

import json
import math
from collections import Counter
from typing import Any

from kg.views.conceptmap import ConceptMap, Edge, edges
from kg.views.page import RELATION_STYLE, STYLE, _escape, finish_page, font_of

QUOTES_IN_TOOLTIP = 4
QUOTES_KEPT = 20  # sentences kept for one relation in the page
CONCEPT_LIMIT = 1500  # beyond this many, the concepts with the most related concepts are drawn (physics settles
# 1,500 concepts of the whole corpus in about 10 s; more would take too long)


def render_concept_map(cmap: ConceptMap, *, title: str, note: str = "", focus: str | None = None) -> str:
    """The page of a concept map; ``focus`` (a concept IRI) is drawn larger and selected first.

    >>> from kg.model import ConceptRelation as K
    >>> from kg.views.conceptmap import ConceptNode, StatedRelation
    >>> nodes = {"a": ConceptNode("a", "未来产业", "Industry"), "b": ConceptNode("b", "量子科技", "Technology")}
    >>> cmap = ConceptMap(nodes, (StatedRelation("a", "b", K.INCLUDES, "培育量子科技等未来产业", 0, 11, "x", "文一"),))
    >>> html = render_concept_map(cmap, title="概念图", focus="b")
    >>> "<title>概念图</title>" in html, json.dumps("培育量子科技等未来产业") in html
    (True, True)

    """
    from pyvis.network import Network

    drawn = [e for e in edges(cmap) if e.source in cmap.nodes and e.target in cmap.nodes]
    near: dict[str, set[str]] = {}
    for e in drawn:
        near.setdefault(e.source, set()).add(e.target)
        near.setdefault(e.target, set()).add(e.source)
    ids = [n for n in cmap.nodes if n in near]
    if len(ids) > CONCEPT_LIMIT:
        kept = set(sorted(ids, key=lambda n: (-len(near[n]), n))[:CONCEPT_LIMIT])
        note = f"{note} 显示关系最多的 {CONCEPT_LIMIT} 个概念（共 {len(ids)} 个），其余见 --concept 或 --article。".strip()
        ids = [n for n in ids if n in kept]
        drawn = [e for e in drawn if e.source in kept and e.target in kept]
    degree = Counter(end for e in drawn for end in {e.source, e.target})
    ids = [n for n in ids if degree[n]]
    net = Network(height="100vh", width="100%", directed=True, cdn_resources="in_line", heading="")
    # Filled directly: pyvis's add_node checks a list for duplicates, quadratic on large graphs.
    # No `title` here: pyvis switches to an HTML tooltip when a title holds "href"; the panel sets them.
    net.nodes = [_node(cmap, n, degree[n], n == focus) for n in ids]
    net.node_ids = list(ids)
    net.node_map = {n["id"]: n for n in net.nodes}
    titles: dict[str, int] = {}
    net.edges = [_edge(cmap, e, titles) for e in drawn]
    net.set_options(json.dumps(_options()))
    panel = PANEL_HTML.replace("{title}", _escape(title)).replace("{note}", _escape(note))
    panel = panel.replace("{classes}", _class_legend(cmap, ids)).replace("{kinds}", _kind_legend(cmap, drawn))
    script = PANEL_JS.replace("{focus}", json.dumps(focus))
    script = script.replace("{titles}", json.dumps(list(titles), ensure_ascii=False).replace("</", "<\\/"))
    script = script.replace("{shown}", str(QUOTES_IN_TOOLTIP))
    return finish_page(net.generate_html(), title, css=PANEL_CSS, panel=panel, script=script)


def _node(cmap: ConceptMap, node: str, degree: int, focus: bool) -> dict[str, object]:
    c = cmap.nodes[node]
    colour, shape, name = STYLE.get(c.kind, STYLE["Concept"])
    data: dict[str, object] = {"id": node, "label": c.label if len(c.label) <= 16 else c.label[:15] + "…",
                               "full": c.label, "kind": c.kind, "className": name, "color": colour,
                               "shape": shape, "size": (26 if focus else 10 + 3 * math.sqrt(degree)),
                               "degree": degree, "tip": f"{c.label}\n{name} · {degree} 个相关概念"}
    if focus:
        data["borderWidth"] = 4
    if font := font_of(colour, shape):
        data["font"] = font
    return data


def _edge(cmap: ConceptMap, e: Edge, titles: dict[str, int]) -> dict[str, object]:
    """An edge: its kind as its label, its sentences as [quote, article number] (the page's tooltip and
    panel show them; at most QUOTES_KEPT, with the count of the others)."""
    colour, directed = RELATION_STYLE[e.kind.value]
    word = cmap.kind_labels.get(e.kind, e.kind.value)
    quotes = [[r.quote, titles.setdefault(r.title, len(titles))] for r in e.evidence[:QUOTES_KEPT]]
    return {"id": f"{e.source}|{e.kind.value}|{e.target}", "from": e.source, "to": e.target, "label": word,
            "kind": e.kind.value, "word": word, "color": colour, "arrows": "to" if directed else "",
            "width": 1 + min(len(e.evidence), 5) * 0.6, "quotes": quotes, "more": len(e.evidence) - len(quotes)}


def _class_legend(cmap: ConceptMap, ids: list[str]) -> str:
    counts = Counter(cmap.nodes[n].kind for n in ids)
    return "".join(f'<label class="kind"><input type="checkbox" data-kind="{k}" checked>'
                   f'<span class="swatch" style="background:{c}"></span>{_escape(name)} ({counts[k]})</label>'
                   for k, (c, _, name) in STYLE.items() if counts[k])


def _kind_legend(cmap: ConceptMap, drawn: list[Edge]) -> str:
    counts = Counter(e.kind.value for e in drawn)
    return "".join(f'<label class="rel"><input type="checkbox" data-rel="{k}" checked>'
                   f'<span class="line" style="background:{colour}"></span>'
                   f'{_escape(cmap.kind_labels.get(kind, k))} {k} ({counts[k]})</label>'
                   for kind in cmap.kind_labels for k in [kind.value] for colour in [RELATION_STYLE[k][0]])


def _options() -> dict[str, Any]:
    return {
        # stabilised by the panel's script (network.stabilize), which then stops physics and fits the view
        "physics": {"enabled": True, "stabilization": {"enabled": False},
                    # a pull to the centre strong enough to keep the small parts of a sparse map close
                    "barnesHut": {"gravitationalConstant": -4000, "centralGravity": 1.2, "springLength": 140,
                                  "avoidOverlap": 0.5}},
        "layout": {"randomSeed": 7},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": True},
        "nodes": {"font": {"size": 15, "face": "Noto Sans CJK SC, sans-serif"}},
        "edges": {"smooth": False, "arrows": {"to": {"scaleFactor": 0.6}},
                  "font": {"size": 12, "align": "middle", "face": "Noto Sans CJK SC, sans-serif",
                           "strokeWidth": 3, "strokeColor": "#ffffff"}},
    }


PANEL_CSS = """
body { margin: 0; font-family: "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; }
#mynetwork { border: none !important; float: none !important; margin-left: 340px; width: calc(100% - 340px) !important; }
.card { border: none !important; }
#loadingBar { display: none !important; }  /* pyvis's bar waits for a stabilisation the panel's script runs itself */
#panel { position: fixed; top: 0; left: 0; bottom: 0; width: 340px; box-sizing: border-box; overflow: auto;
  background: #fff; border-right: 1px solid #ccc; padding: 10px; font-size: 13px; z-index: 10; }
#panel h2 { font-size: 15px; margin: 0 0 6px; }
#panel input[type=search] { width: 100%; box-sizing: border-box; margin: 3px 0; }
#panel h3 { font-size: 12px; color: #555; margin: 8px 0 2px; }
.kind, .rel { display: block; cursor: pointer; }
.swatch { display: inline-block; width: 11px; height: 11px; margin: 0 5px; border-radius: 2px; }
.line { display: inline-block; width: 18px; height: 3px; margin: 0 5px 3px; vertical-align: middle; }
#note { color: #666; font-size: 12px; }
#hits { color: #333; font-size: 12px; }
#details { margin-top: 8px; border-top: 1px solid #ddd; padding-top: 6px; }
#details .rel-line { margin: 6px 0 2px; font-weight: 600; }
#details .quote { color: #444; background: #f6f6f6; padding: 3px 5px; margin: 2px 0; border-left: 3px solid #999;
  white-space: pre-wrap; }
#details .where { color: #777; font-size: 12px; }
div.vis-tooltip { white-space: pre-wrap !important; max-width: 460px; font-family: inherit !important; font-size: 13px !important; }
"""

PANEL_HTML = """
<div id="panel">
  <h2>{title}</h2>
  <div id="note">{note}</div>
  <input id="search" type="search" placeholder="搜索概念 Search concepts">
  <div id="hits"></div>
  <h3>关系 Relations (文中明说的 stated in the text)</h3>
  <div id="kinds">{kinds}</div>
  <h3>概念类型 Concept classes</h3>
  <div id="legend">{classes}</div>
  <div id="details">点击概念或关系，查看原文句子。Click a concept or a relation to see the sentences that state it.</div>
</div>
"""

PANEL_JS = r"""
(function () {
  var focus = {focus}, STEPS = nodes.length > 400 ? 150 : 300;
  var all = nodes.get(), links = edges.get(), byId = {};
  all.forEach(function (n) { byId[n.id] = n; });
  var TITLES = {titles}, SHOWN = {shown};
  function tip(e) {
    var lines = [arrow(e)];
    e.quotes.slice(0, SHOWN).forEach(function (q) { lines.push("「" + q[0] + "」 —— " + TITLES[q[1]]); });
    var more = e.quotes.length - SHOWN + e.more;
    if (more > 0) { lines.push("另有 " + more + " 句 (点击查看)"); }
    return lines.join("\n");
  }
  nodes.update(all.map(function (n) { return { id: n.id, title: n.tip }; }));   // tooltips as text
  edges.update(links.map(function (e) { return { id: e.id, title: tip(e) }; }));
  var box = document.getElementById("details");
  function add(parent, tag, text, cls) {
    var el = document.createElement(tag);
    el.textContent = text;
    if (cls) { el.className = cls; }
    parent.appendChild(el);
    return el;
  }
  function quotes(parent, e) {
    e.quotes.forEach(function (q) {
      add(parent, "div", "「" + q[0] + "」", "quote");
      if (TITLES[q[1]]) { add(parent, "div", "—— " + TITLES[q[1]], "where"); }
    });
    if (e.more) { add(parent, "div", "另有 " + e.more + " 句 more sentences", "where"); }
  }
  function arrow(e) {
    var kindOn = e.arrows === "to";
    return byId[e.from].full + (kindOn ? " —" + e.word + "→ " : " —" + e.word + "— ") + byId[e.to].full;
  }
  function showEdge(e) {
    box.textContent = "";
    add(box, "div", arrow(e), "rel-line");
    quotes(box, e);
  }
  function showNode(n) {
    box.textContent = "";
    add(box, "b", n.full);
    add(box, "div", n.className + " · " + n.degree + " 个相关概念 related concepts", "where");
    links.filter(function (e) { return e.from === n.id || e.to === n.id; }).forEach(function (e) {
      add(box, "div", arrow(e), "rel-line");
      quotes(box, e);
    });
  }
  function filters() {
    var cls = {}, rel = {};
    document.querySelectorAll("#legend input").forEach(function (c) { cls[c.dataset.kind] = c.checked; });
    document.querySelectorAll("#kinds input").forEach(function (c) { rel[c.dataset.rel] = c.checked; });
    nodes.update(all.map(function (n) { return { id: n.id, hidden: cls[n.kind] === false }; }));
    edges.update(links.map(function (e) { return { id: e.id, hidden: rel[e.kind] === false }; }));
  }
  document.querySelectorAll("#legend input, #kinds input").forEach(function (c) { c.addEventListener("change", filters); });
  network.on("click", function (p) {
    if (p.nodes.length) { showNode(byId[p.nodes[0]]); }
    else if (p.edges.length) { showEdge(edges.get(p.edges[0])); }
  });
  document.getElementById("search").addEventListener("input", function () {
    var q = this.value.trim(), hits = q ? all.filter(function (n) { return n.full.indexOf(q) >= 0; }) : [];
    document.getElementById("hits").textContent = q ? hits.length + " 个概念含「" + q + "」" : "";
    network.selectNodes(hits.map(function (n) { return n.id; }));
    if (hits.length) { network.focus(hits[0].id, { scale: 1.0, animation: false }); showNode(hits[0]); }
  });
  network.once("afterDrawing", function () {
    if (focus && byId[focus]) { network.selectNodes([focus]); showNode(byId[focus]); }
    window.policykgDrawnAt = performance.now();
    window.policykgDrawn = true;
  });
  network.once("stabilizationIterationsDone", function () {
    network.setOptions({ physics: { enabled: false } });  // the layout stays where it settled, fitted to the screen
    network.fit();
    window.policykgSettled = true;
  });
  network.stabilize(STEPS);
  network.redraw();
  window.policykg = { showNode: function (id) { showNode(byId[id]); }, showEdge: function (id) { showEdge(edges.get(id)); } };
  window.policykgReady = true;
})();
"""
