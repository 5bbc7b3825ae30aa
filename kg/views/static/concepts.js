// The concept view of the workbench: the concepts of one document, or one concept's neighbourhood, joined by
// the relations the text states (edge label: the kind; tooltip: the sentence), laid out and fitted to the screen.
// Clicking a concept lists its relations with their sentences and the goals and measures that mention it.
// Text from documents is only ever shown with textContent (and vis-network shows string tooltips as text).
(function () {
  "use strict";
  var INDEX = JSON.parse(document.getElementById("index").textContent);
  var CONCEPTS = INDEX.concepts || {};
  var CLASSES = INDEX.conceptClasses || {};
  var KIND = {};
  (INDEX.relationKinds || []).forEach(function (k) { KIND[k[0]] = { word: k[1], colour: k[2], directed: k[3] }; });
  var MOST_DOCS = 40;  // a neighbourhood reads at most this many documents
  var MOST_CONCEPTS = 40;  // a document opens on its most related concepts, so that the fitted view stays readable
  var network = null, nodes = null, edges = null;
  var shown = { mode: null, doc: null, concept: null, relations: [], names: {} };
  var byLabel = {};

  function $(id) { return document.getElementById(id); }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = text; }
    return e;
  }
  function api() { return window.policykg; }
  var readDocs = {};  // the documents read for the view, so that details need no promise
  function load(i) { return api().load(i).then(function (d) { readDocs[i] = d; return d; }); }
  function labelOf(id) { return CONCEPTS[id] ? CONCEPTS[id][0] : (shown.names[id] || [id])[0]; }
  function classOf(id) { return CONCEPTS[id] ? CONCEPTS[id][1] : (shown.names[id] || [0, "Concept"])[1]; }
  function docsOf(id) {
    // the documents that relate a concept: the index lists those related in several; else the one open
    return CONCEPTS[id] ? CONCEPTS[id][2] : shown.doc !== null ? [shown.doc] : [];
  }
  function colourOf(id) { return (CLASSES[classOf(id)] || CLASSES.Concept || ["", "#aec7e8"])[1]; }
  function className(id) { return (CLASSES[classOf(id)] || ["概念 Concept"])[0]; }

  // -- controls ---------------------------------------------------------------------------------
  INDEX.docs.forEach(function (d) {
    var o = el("option", null, d.title);
    o.value = d.i;
    $("cdoc").appendChild(o);
  });
  Object.keys(CONCEPTS).forEach(function (id) { if (byLabel[CONCEPTS[id][0]] === undefined) { byLabel[CONCEPTS[id][0]] = id; } });
  function names(d) {
    // what the concept box offers: the concepts related in several documents, and those of the open one
    var local = {};
    Object.keys(byLabel).forEach(function (n) { local[n] = byLabel[n]; });
    Object.keys(d.conceptMap.nodes).forEach(function (id) {
      var n = d.conceptMap.nodes[id][0];
      if (local[n] === undefined) { local[n] = id; }
    });
    var list = $("cnames");
    list.textContent = "";
    Object.keys(local).sort().forEach(function (n) { list.appendChild(el("option", null, n)); });
    return local;
  }
  var named = byLabel;
  Object.keys(KIND).forEach(function (k) {
    var key = el("span", "rel-key", KIND[k].word);
    key.style.borderBottomColor = KIND[k].colour;
    key.title = k;
    $("ckinds").appendChild(key);
  });
  $("cdoc").addEventListener("change", function () { showDocument(Number(this.value)); });
  $("call").addEventListener("click", function () { showDocument(shown.doc, true); });
  $("csearch").addEventListener("change", function () {
    var id = findConcept(this.value.trim());
    if (id) { showConcept(id); } else if (this.value.trim()) { $("cnote").textContent = "没有文中明说关系的概念名为「" + this.value.trim() + "」"; }
  });
  function findConcept(text) {
    // the concept so named, else the one whose name holds the text, related in the most documents
    if (!text) { return null; }
    if (named[text] !== undefined) { return named[text]; }
    var hits = Object.keys(named).filter(function (n) { return n.indexOf(text) >= 0; });
    hits.sort(function (a, b) { return docsOf(named[b]).length - docsOf(named[a]).length || a.length - b.length || (a < b ? -1 : 1); });
    return hits.length ? named[hits[0]] : null;
  }

  // -- data ---------------------------------------------------------------------------------------
  function relationsOf(d) {
    // a quote is sent only where it differs from its stretch of the text without line breaks
    return d.conceptMap.relations.map(function (r) {
      return { source: r[0], kind: r[1], target: r[2], start: r[3], end: r[4], article: r[5], doc: d.i,
               quote: r[6] || d.text.slice(r[3], r[4]).replace(/\n/g, "") };
    });
  }
  function grouped(relations) {
    // one edge per (source, kind, target); an integration stated both ways is one edge
    var out = {}, order = [];
    relations.forEach(function (r) {
      var ends = KIND[r.kind] && !KIND[r.kind].directed && r.target < r.source ? [r.target, r.source] : [r.source, r.target];
      var key = ends[0] + "|" + r.kind + "|" + ends[1];
      if (!out[key]) { out[key] = { id: key, from: ends[0], to: ends[1], kind: r.kind, quotes: [] }; order.push(key); }
      out[key].quotes.push(r);
    });
    return order.map(function (k) { return out[k]; });
  }
  function arrow(e) {
    var k = KIND[e.kind] || { word: e.kind, directed: true };
    return labelOf(e.from) + (k.directed ? " —" + k.word + "→ " : " —" + k.word + "— ") + labelOf(e.to);
  }
  function tip(e) {
    var lines = [arrow(e)];
    e.quotes.slice(0, 3).forEach(function (q) { lines.push("「" + q.quote + "」"); });
    if (e.quotes.length > 3) { lines.push("另有 " + (e.quotes.length - 3) + " 句 (点击查看)"); }
    return lines.join("\n");
  }

  // -- drawing -----------------------------------------------------------------------------------
  function ensureNetwork() {
    return api().loadVis().then(function () {
      if (network) { return; }
      nodes = new window.vis.DataSet();
      edges = new window.vis.DataSet();
      network = new window.vis.Network($("cnetwork"), { nodes: nodes, edges: edges }, {
        layout: { randomSeed: 7, improvedLayout: false },
        physics: { enabled: false, solver: "barnesHut", stabilization: { enabled: false },
                   barnesHut: { gravitationalConstant: -4000, centralGravity: 1.2, springLength: 150, avoidOverlap: 0.5 } },
        nodes: { shape: "box", margin: 6, font: { size: 15, face: "Noto Sans CJK SC, sans-serif" } },
        edges: { smooth: false, arrows: { to: { scaleFactor: 0.55 } },
                 font: { size: 12, align: "middle", strokeWidth: 3, strokeColor: "#ffffff", face: "Noto Sans CJK SC, sans-serif" } },
        interaction: { hover: true, tooltipDelay: 120 }
      });
      network.on("click", function (p) {
        if (p.nodes.length) { details(p.nodes[0]); }
        else if (p.edges.length) { edgeDetails(edges.get(p.edges[0])); }
      });
      network.on("doubleClick", function (p) { if (p.nodes.length) { showConcept(p.nodes[0]); } });
      window.addEventListener("resize", function () { if ($("concepts").classList.contains("on")) { network.fit(); } });
      window.policykgConceptGraph = { network: network, nodes: nodes, edges: edges };
    });
  }
  function draw(relations, focus, note) {
    return ensureNetwork().then(function () {
      window.policykgConceptsDrawn = false;
      shown.relations = relations;
      var drawn = grouped(relations), degree = {};
      drawn.forEach(function (e) { degree[e.from] = (degree[e.from] || 0) + 1; degree[e.to] = (degree[e.to] || 0) + 1; });
      var ids = Object.keys(degree).sort();
      network.setOptions({ physics: { enabled: false } });
      nodes.clear(); edges.clear();
      nodes.add(ids.map(function (id) {
        var name = labelOf(id), on = id === focus;
        return { id: id, label: name.length > 14 ? name.slice(0, 13) + "…" : name, title: name + "\n" + className(id) + " · " + degree[id] + " 个相关概念",
                 kind: classOf(id), degree: degree[id], borderWidth: on ? 3 : 1,
                 font: { size: on ? 19 : 15 },
                 color: { background: tint(colourOf(id)), border: colourOf(id), highlight: { background: "#fff3e0", border: "#e65100" } } };
      }));
      edges.add(drawn.map(function (e) {
        var k = KIND[e.kind] || { word: e.kind, colour: "#999", directed: true };
        return { id: e.id, from: e.from, to: e.to, kind: e.kind, label: k.word, title: tip(e), quotes: e.quotes,
                 color: { color: k.colour, highlight: k.colour }, width: 1 + Math.min(e.quotes.length, 4) * 0.6,
                 arrows: k.directed ? "to" : "" };
      }));
      $("cnote").textContent = note + "：" + ids.length + " 个概念，" + drawn.length + " 对关系（" + relations.length + " 句）。";
      if (!ids.length) { $("cnote").textContent = note + "：文中没有明说的概念关系。No relation between concepts is stated here."; }
      return settle(ids.length).then(function () {
        if (focus) { network.selectNodes([focus]); details(focus); }
        window.policykgConceptsDrawn = true;
      });
    });
  }
  function settle(count) {
    // lay out with physics, then stop it and fit everything on the screen
    if (!count) { window.policykgConceptsFitted = true; return Promise.resolve(); }
    return new Promise(function (resolve) {
      network.setOptions({ physics: { enabled: true } });
      network.once("stabilizationIterationsDone", function () {
        network.setOptions({ physics: { enabled: false } });
        network.fit({ animation: false });
        resolve();
      });
      network.stabilize(count > 300 ? 120 : 250);
    });
  }
  function tint(hex) {
    // the class colour, lightened for a box's background
    var n = parseInt(hex.slice(1), 16), mix = function (c) { return Math.round(c + (255 - c) * 0.78); };
    return "rgb(" + mix(n >> 16 & 255) + "," + mix(n >> 8 & 255) + "," + mix(n & 255) + ")";
  }

  // -- views ---------------------------------------------------------------------------------------
  function showDocument(i, all) {
    $("cdoc").value = i;
    return load(i).then(function (d) {
      shown.mode = "document"; shown.doc = i; shown.concept = null;
      shown.names = d.conceptMap.nodes;
      named = names(d);
      var relations = relationsOf(d), core = mostRelated(relations, all ? Infinity : MOST_CONCEPTS);
      var cut = core.total > core.kept;
      $("call").hidden = !cut;
      $("call").textContent = "显示全部 " + core.total + " 个概念 Show all";
      var note = cut ? "本文件关系最多的概念（共 " + core.total + " 个）The most related concepts of this document"
        : "本文件的概念 Concepts of this document";
      return draw(core.relations, null, note);
    });
  }
  function mostRelated(relations, most) {
    // the ``most`` concepts with the most related concepts, and the relations among them
    var near = {};
    relations.forEach(function (r) {
      (near[r.source] = near[r.source] || {})[r.target] = true;
      (near[r.target] = near[r.target] || {})[r.source] = true;
    });
    var ids = Object.keys(near), degree = function (id) { return Object.keys(near[id]).length; };
    if (ids.length <= most) { return { relations: relations, kept: ids.length, total: ids.length }; }
    ids.sort(function (a, b) { return degree(b) - degree(a) || (labelOf(a) < labelOf(b) ? -1 : 1); });
    var keep = {};
    ids.slice(0, most).forEach(function (id) { keep[id] = true; });
    return { relations: relations.filter(function (r) { return keep[r.source] && keep[r.target]; }), kept: most, total: ids.length };
  }
  function showConcept(id) {
    var docs = docsOf(id).slice(0, MOST_DOCS);
    return Promise.all(docs.map(load)).then(function (ds) {
      var all = [], labels = {};
      ds.forEach(function (d) {
        all = all.concat(relationsOf(d));
        Object.keys(d.conceptMap.nodes).forEach(function (c) { labels[c] = d.conceptMap.nodes[c]; });
      });
      var near = {};
      near[id] = true;
      all.forEach(function (r) { if (r.source === id) { near[r.target] = true; } if (r.target === id) { near[r.source] = true; } });
      shown.mode = "concept"; shown.concept = id; shown.names = labels;
      if (ds.length === 1) { shown.doc = ds[0].i; }
      $("call").hidden = true;
      $("cdoc").selectedIndex = -1;  // a neighbourhood is of no one document
      $("csearch").value = labelOf(id);
      var kept = all.filter(function (r) { return near[r.source] && near[r.target]; });
      var more = docsOf(id).length > MOST_DOCS ? "（前 " + MOST_DOCS + " 个文件）" : "";
      return draw(kept, id, "「" + labelOf(id) + "」的邻域 neighbourhood，" + docs.length + " 个文件" + more);
    });
  }

  // -- details -------------------------------------------------------------------------------------
  function quoteLink(q) {
    var a = el("a", "quote", "「" + q.quote + "」");
    var d = INDEX.docs[q.doc];
    a.title = (d ? d.title + " · " : "") + "在原文中查看 open in the reader";
    a.dataset.doc = q.doc;
    a.addEventListener("click", function () { api().showRange(q.doc, q.start, q.end); });
    return a;
  }
  function details(id) {
    var box = $("cinfo");
    box.textContent = "";
    var head = el("div", "card concept");
    var badge = el("span", "kind", className(id));
    badge.style.background = colourOf(id);
    head.appendChild(badge);
    head.style.borderLeftColor = colourOf(id);
    head.appendChild(el("span", "label", labelOf(id)));
    box.appendChild(head);
    var mine = grouped(shown.relations.filter(function (r) { return r.source === id || r.target === id; }));
    box.appendChild(el("h3", null, mine.length ? "文中明说的关系 Stated relations (" + mine.length + ")" : "这里没有它的关系 No stated relation here"));
    mine.forEach(function (e) {
      var c = el("div", "card relation");
      c.dataset.kind = e.kind;
      c.style.borderLeftColor = (KIND[e.kind] || { colour: "#999" }).colour;
      c.appendChild(el("div", "label", arrow(e)));
      e.quotes.forEach(function (q) { c.appendChild(quoteLink(q)); });
      box.appendChild(c);
    });
    var statements = mentions(id);
    box.appendChild(el("h3", null, statements.length ? "提及它的目标与举措 Mentioned by (" + statements.length + ")" : "没有目标或举措提及它 Mentioned by none"));
    var list = el("div", "mentions");
    statements.slice(0, 40).forEach(function (m) {
      var s = m.d.statements[m.node];
      var a = el("a", "statement " + s.kind, (s.kind === "goal" ? "目标 " : "举措 ") + s.label);
      a.dataset.node = m.node;
      a.addEventListener("click", function () { api().tab("reader"); api().openDoc(m.d.i, m.node); });
      list.appendChild(a);
    });
    if (statements.length > 40) { list.appendChild(el("p", "hint", "另有 " + (statements.length - 40) + " 项")); }
    box.appendChild(list);
    window.policykgConceptShown = id;
  }
  function mentions(id) {
    var out = [], docs = {};
    shown.relations.forEach(function (r) { docs[r.doc] = true; });
    if (shown.doc !== null) { docs[shown.doc] = true; }
    Object.keys(docs).map(Number).sort(function (a, b) { return a - b; }).forEach(function (i) {
      var d = readDocs[i];
      if (!d) { return; }
      (d.conceptMap.mentionedBy[id] || []).forEach(function (node) { if (d.statements[node]) { out.push({ d: d, node: node }); } });
    });
    return out;
  }
  function edgeDetails(e) {
    var box = $("cinfo");
    box.textContent = "";
    var c = el("div", "card relation");
    c.style.borderLeftColor = (KIND[e.kind] || { colour: "#999" }).colour;
    c.appendChild(el("div", "label", arrow(e)));
    e.quotes.forEach(function (q) { c.appendChild(quoteLink(q)); });
    box.appendChild(c);
  }

  function open() {
    var current = api().current();
    return showDocument(current ? current.i : 0);
  }
  window.policykgOpen = window.policykgOpen || {};
  window.policykgOpen.concepts = open;
  window.policykgConcepts = { showDocument: showDocument, showConcept: showConcept, details: details, find: findConcept };
})();
