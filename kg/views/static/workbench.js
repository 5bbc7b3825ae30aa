// The policykg workbench: reader, tree, ask, SPARQL and graph. Text from documents is only ever
// shown with textContent; the page fetches nothing but its own server's /doc, /ask, /sparql, /static.
(function () {
  "use strict";
  var INDEX = JSON.parse(document.getElementById("index").textContent);
  var EMBEDDED = JSON.parse(document.getElementById("documents").textContent);
  var QUERIES = JSON.parse(document.getElementById("queries").textContent);
  var SERVED = document.body.dataset.served === "yes";
  var KIND = { goal: "目标", measure: "举措" };
  var cache = {};
  var current = null;  // the open document
  var articleDoc = {}, articleTitle = {};
  var FAMILY = {}, TOOL = {};  // key -> [name, colour] and key -> [name, family]
  INDEX.tools.families.forEach(function (f) { FAMILY[f[0]] = [f[1], f[2]]; });
  INDEX.tools.tools.forEach(function (t) { TOOL[t[0]] = [t[1], t[2]]; });
  INDEX.docs.forEach(function (d) {
    d.articles.forEach(function (a, k) { articleDoc[a] = d.i; articleTitle[a] = d.titles[k]; });
  });

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = text; }
    return e;
  }
  function $(id) { return document.getElementById(id); }

  // -- documents --------------------------------------------------------------------------
  function load(i) {
    if (cache[i]) { return Promise.resolve(cache[i]); }
    if (EMBEDDED[String(i)]) { cache[i] = prepare(EMBEDDED[String(i)]); return Promise.resolve(cache[i]); }
    if (!SERVED) { return Promise.reject(new Error("no document " + i)); }
    return fetch("doc/" + i).then(function (r) {
      if (!r.ok) { throw new Error("doc/" + i + ": " + r.status); }
      return r.json();
    }).then(function (d) { cache[i] = prepare(d); return cache[i]; });
  }
  function prepare(d) {
    d.root = null;
    Object.keys(d.statements).forEach(function (id) {
      var s = d.statements[id];
      s.id = id;
      if (s.kind === "goal" && s.level === "article" && !d.root) { d.root = id; }
    });
    return d;
  }
  function docOfNode(node) {
    var art = node.slice(0, node.lastIndexOf("/"));
    return articleDoc[art];
  }

  // -- tabs ---------------------------------------------------------------------------------
  var shown = {};
  function tab(name) {
    document.querySelectorAll("#tabs button").forEach(function (b) { b.classList.toggle("on", b.dataset.tab === name); });
    document.querySelectorAll(".tab").forEach(function (t) { t.classList.toggle("on", t.id === name); });
    if (!shown[name]) { shown[name] = true; (OPEN[name] || (window.policykgOpen || {})[name] || function () {})(); }
  }
  document.querySelectorAll("#tabs button").forEach(function (b) {
    b.addEventListener("click", function () { tab(b.dataset.tab); });
  });

  // -- reader -------------------------------------------------------------------------------
  var select = $("doc");
  INDEX.docs.forEach(function (d) {
    var o = el("option", null, d.title + "（" + d.goals + " 目标 / " + d.measures + " 举措）");
    o.value = d.i;
    select.appendChild(o);
  });
  select.addEventListener("change", function () { openDoc(Number(select.value)); });

  function openDoc(i, node) {
    select.value = i;
    return load(i).then(function (d) {
      if (current !== d) { current = d; drawText(d); drawOutline(d); }
      if (node) { focusNode(node); }
      return d;
    });
  }

  function pieces(d) {
    // Boundaries of every span; each piece of text carries the statements that cover it.
    var events = [];
    Object.keys(d.statements).forEach(function (id) {
      d.statements[id].spans.forEach(function (sp) {
        if (sp[1] > sp[0]) { events.push([sp[0], 1, id]); events.push([sp[1], 0, id]); }
      });
    });
    events.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1]; });
    return events;
  }

  function drawText(d) {
    var box = $("text");
    box.textContent = "";
    box.scrollTop = 0;
    var text = d.text, heads = d.headings, events = pieces(d), e = 0, active = {};
    var marks = d.marks = {};
    var headAt = {};
    heads.forEach(function (h) { headAt[h[0]] = h; });
    var sec = el("div", "sec"), pos = 0;
    box.appendChild(sec);
    text.split("\n").forEach(function (line) {
      var start = pos, end = pos + line.length;
      pos = end + 1;
      if (!line.trim()) { return; }
      var first = start + (line.length - line.replace(/^\s+/, "").length);
      var h = headAt[first];
      if (h && h[2] <= 1 && sec.childNodes.length) { sec = el("div", "sec"); box.appendChild(sec); }
      var p = el("p", h ? "h h" + h[2] : null);
      p.dataset.start = start;
      if (h) { p.id = "at" + first; }
      var at = start;
      while (at < end) {
        while (e < events.length && events[e][0] <= at) {
          if (events[e][1]) { active[events[e][2]] = true; } else { delete active[events[e][2]]; }
          e++;
        }
        var next = e < events.length ? Math.min(events[e][0], end) : end;
        var ids = Object.keys(active);
        var piece = text.slice(at, next);
        if (ids.length) {
          var goal = ids.some(function (id) { return d.statements[id].kind === "goal"; });
          var m = el("mark", goal ? "goal" : "measure" + familyClass(d, ids), piece);
          m.dataset.ids = ids.join(" ");
          ids.forEach(function (id) { (marks[id] = marks[id] || []).push(m); });
          p.appendChild(m);
        } else {
          p.appendChild(document.createTextNode(piece));
        }
        at = next;
      }
      sec.appendChild(p);
    });
  }

  function familyClass(d, ids) {
    // A measure's piece of text takes the family of its (innermost coded) statement's policy instrument.
    var coded = ids.filter(function (id) { return d.statements[id].family; });
    coded.sort(function (a, b) { return span(a, d) - span(b, d); });
    return coded.length ? " fam-" + d.statements[coded[0]].family : "";
  }

  function drawOutline(d) {
    var box = $("outline");
    box.textContent = "";
    var goalAt = {};
    Object.keys(d.statements).forEach(function (id) {
      var s = d.statements[id];
      if (s.kind === "goal") { s.spans.forEach(function (sp) { goalAt[sp[0]] = goalAt[sp[0]] || id; }); }
    });
    d.headings.forEach(function (h) {
      var text = d.text.slice(h[0], h[1]);
      var goal = null;
      for (var k = h[0]; k < h[1] && !goal; k++) { goal = goalAt[k] || null; }
      var a = el("a", "d" + h[2] + (goal ? " goal" : ""), text);
      if (goal) {
        a.dataset.goal = goal;
        a.title = "只看支撑它的 " + d.statements[goal].count + " 项举措 · show its measures";
      }
      a.addEventListener("click", function () {
        if (goal) { collapse(goal); } else { expandAll(); scrollToOffset(h[0]); }
      });
      box.appendChild(a);
    });
    if (!d.headings.length) { box.appendChild(el("p", "hint", "此文件没有标题行。No headings.")); }
  }

  function scrollToOffset(offset) {
    var target = document.getElementById("at" + offset);
    if (target) { target.scrollIntoView({ block: "start" }); }
  }

  function supporters(d, id) {
    var out = [], seen = {}, stack = [id];
    seen[id] = true;
    while (stack.length) {
      (d.down[stack.pop()] || []).forEach(function (s) {
        if (!seen[s]) { seen[s] = true; out.push(s); stack.push(s); }
      });
    }
    return out;
  }

  function collapse(goal) {
    var d = current, keep = {};
    keep[goal] = true;
    supporters(d, goal).forEach(function (s) { keep[s] = true; });
    var shownCount = 0;
    document.querySelectorAll("#text p").forEach(function (p) {
      var hit = Array.prototype.some.call(p.querySelectorAll("mark"), function (m) {
        return m.dataset.ids.split(" ").some(function (id) { return keep[id]; });
      });
      p.hidden = !hit;
      if (hit) { shownCount++; }
    });
    document.querySelectorAll("#outline a").forEach(function (a) { a.classList.toggle("on", a.dataset.goal === goal); });
    var old = document.querySelector("#text .collapsed-note");
    if (old) { old.remove(); }
    var note = el("div", "collapsed-note");
    var measures = supporters(d, goal).filter(function (s) { return d.statements[s].kind === "measure"; }).length;
    note.appendChild(document.createTextNode("只显示「" + d.statements[goal].label + "」及支撑它的 " + measures +
      " 项举措（" + shownCount + " 段）。"));
    var all = el("a", "quote", "显示全文 Show all");
    all.style.display = "inline";
    all.addEventListener("click", expandAll);
    note.appendChild(all);
    $("text").prepend(note);
    $("text").scrollTop = 0;
    showChain(goal);
  }

  function expandAll() {
    document.querySelectorAll("#text p[hidden]").forEach(function (p) { p.hidden = false; });
    var old = document.querySelector("#text .collapsed-note");
    if (old) { old.remove(); }
    document.querySelectorAll("#outline a.on").forEach(function (a) { a.classList.remove("on"); });
  }

  function focusNode(node) {
    expandAll();
    var marks = (current.marks || {})[node] || [];
    document.querySelectorAll("#text mark.flash").forEach(function (m) { m.classList.remove("flash"); });
    marks.forEach(function (m) { m.classList.add("flash"); });
    if (marks.length) { marks[0].scrollIntoView({ block: "center" }); }
    if (current.statements[node]) { showChain(node); }
  }

  function showRange(i, start, end) {
    // A stretch of a document's text (UTF-16 offsets), such as the quote of a concept relation: opened, scrolled to, marked.
    tab("reader");
    return openDoc(i).then(function () {
      expandAll();
      var range = rangeOf(start, end);
      if (!range) { return null; }
      if (window.CSS && CSS.highlights && window.Highlight) { CSS.highlights.set("quoted", new window.Highlight(range)); }
      var p = range.startContainer.parentElement.closest("p");
      if (p) { p.scrollIntoView({ block: "center" }); }
      window.policykgRange = range.toString();
      return range;
    });
  }
  function rangeOf(start, end) {
    var range = document.createRange(), begun = false, last = null;
    var ps = document.querySelectorAll("#text p");
    for (var k = 0; k < ps.length; k++) {
      var at = Number(ps[k].dataset.start), walker = document.createTreeWalker(ps[k], NodeFilter.SHOW_TEXT), t;
      while ((t = walker.nextNode())) {
        var next = at + t.length;
        if (!begun && start < next) { range.setStart(t, Math.max(start - at, 0)); begun = true; }
        if (begun && end <= next) { range.setEnd(t, Math.max(end - at, 0)); return range; }
        last = t;
        at = next;
      }
    }
    if (begun && last) { range.setEnd(last, last.length); return range; }
    return null;
  }

  $("text").addEventListener("click", function (ev) {
    var m = ev.target.closest("mark");
    if (!m) { return; }
    var ids = m.dataset.ids.split(" ");
    // The narrowest statement under the click: the one whose text is shortest.
    ids.sort(function (a, b) { return span(a) - span(b) || (a < b ? -1 : 1); });
    document.querySelectorAll("#text mark.sel").forEach(function (x) { x.classList.remove("sel"); });
    (current.marks[ids[0]] || []).forEach(function (x) { x.classList.add("sel"); });
    showChain(ids[0]);
  });
  function span(id, d) {
    var s = (d || current).statements[id].spans[0];
    return s ? s[1] - s[0] : 1e9;
  }

  function card(d, id, extra) {
    var s = d.statements[id];
    var c = el("div", "card " + s.kind);
    c.dataset.node = id;
    var head = el("div");
    head.appendChild(el("span", "kind", KIND[s.kind]));
    head.appendChild(el("span", "label", s.label));
    c.appendChild(head);
    var meta = (s.level === "article" ? "文件目标 document goal · " : "") + s.count + " 项举措支撑 measures";
    c.appendChild(el("div", "meta", meta + (extra || "")));
    if (s.tool) {
      var tool = el("div", "tool");
      tool.appendChild(el("b", null, "政策工具 "));
      tool.appendChild(document.createTextNode(FAMILY[s.family][0] + " · " + TOOL[s.tool][0] +
                                               "（线索「" + s.cue + "」）"));
      c.appendChild(tool);
    }
    if (s.quote) {
      var q = el("a", "quote", "「" + s.quote + "」");
      q.addEventListener("click", function () { focusNode(id); });
      c.appendChild(q);
    }
    return c;
  }

  function chainUp(d, id) {
    // The nearest path from ``id`` up to the document goal (or as far as links go).
    var prev = {}, queue = [id], seen = {}, end = id, top = null;
    seen[id] = true;
    while (queue.length && top === null) {
      var x = queue.shift();
      end = x;
      if (d.statements[x].level === "article") { top = x; }
      (d.up[x] || []).forEach(function (t) { if (!seen[t]) { seen[t] = true; prev[t] = x; queue.push(t); } });
    }
    end = top === null ? end : top;
    var path = [end];
    while (path[0] !== id) { path.unshift(prev[path[0]]); }
    return path;
  }

  function showChain(id) {
    var d = current, box = $("chain");
    box.textContent = "";
    box.appendChild(card(d, id));
    var path = chainUp(d, id);
    box.appendChild(el("h3", null, path.length > 1 ? "它支撑 Supports (up to the document goal)" : "它不支撑其他目标或举措 Supports nothing"));
    var chain = el("div", "up");
    path.slice(1).forEach(function (x) {
      chain.appendChild(el("div", "arrow", "↓ 支撑"));
      chain.appendChild(card(d, x));
    });
    box.appendChild(chain);
    var down = d.down[id] || [];
    box.appendChild(el("h3", null, down.length ? "支撑它的 Supported by (" + down.length + ")" : "没有举措支撑它 Nothing supports it"));
    var list = el("div", "down");
    down.slice(0, 40).forEach(function (x) { list.appendChild(card(d, x)); });
    if (down.length > 40) { list.appendChild(el("p", "hint", "另有 " + (down.length - 40) + " 项")); }
    box.appendChild(list);
  }

  // -- tree ---------------------------------------------------------------------------------
  function drawTree() {
    var box = $("docs");
    box.textContent = "";
    INDEX.docs.forEach(function (d) {
      var det = el("details", "tree-doc");
      det.dataset.doc = d.i;
      var sum = el("summary", null, d.title + "（" + d.goals + " 目标 / " + d.measures + " 举措）");
      det.appendChild(sum);
      var roots = el("ul");
      d.roots.forEach(function (r) {
        var li = el("li");
        li.appendChild(nodeLine("goal", r[1], r[2], r[0], d.i));
        roots.appendChild(li);
      });
      det.appendChild(roots);
      det.addEventListener("toggle", function () {
        if (det.open && !det.dataset.full) {
          det.dataset.full = "1";
          load(d.i).then(function (doc) { det.replaceChild(fullTree(doc), roots); });
        }
      }, { once: false });
      box.appendChild(det);
    });
  }
  function nodeLine(kind, label, count, node, doc) {
    var span = el("span", "node " + kind);
    span.appendChild(el("span", "count", String(count)));
    span.appendChild(document.createTextNode(KIND[kind] + " " + label));
    span.dataset.node = node;
    span.dataset.count = count;
    span.addEventListener("click", function (ev) {
      ev.preventDefault();
      tab("reader");
      openDoc(doc, node);
    });
    return span;
  }
  function fullTree(d) {
    var ul = el("ul");
    d.tree.forEach(function (t) { ul.appendChild(branch(d, t)); });
    return ul;
  }
  function branch(d, t) {
    var s = d.statements[t[0]], li = el("li");
    var line = nodeLine(s.kind, s.label, s.count, t[0], d.i);
    if (!t[1].length) { li.appendChild(line); return li; }
    var det = el("details"), sum = el("summary");
    sum.appendChild(line);
    det.appendChild(sum);
    det.addEventListener("toggle", function () {
      if (det.open && det.childNodes.length === 1) {
        var ul = el("ul");
        t[1].forEach(function (c) { ul.appendChild(branch(d, c)); });
        det.appendChild(ul);
      }
    });
    li.appendChild(det);
    return li;
  }
  // The filter lists the goals whose names hold the text, with the counts `policykg measures` gives: served,
  // it asks /ask ("哪些举措支撑X？", resolved as every question is: exact, contains, core, typo, words);
  // offline, where every document is in the page, it lists the goals whose names contain the text.
  var filterAsked = 0;
  $("filter").addEventListener("input", function () {
    var q = this.value.trim(), asked = ++filterAsked;
    var box = $("filtered");
    box.textContent = "";
    if (!q) { showDocs(null); return; }
    if (SERVED) {
      box.textContent = "…";
      fetch("ask?q=" + encodeURIComponent("哪些举措支撑" + q + "？")).then(function (r) { return r.json(); }).then(function (a) {
        if (asked !== filterAsked) { return; }
        var found = (a.groups || []).filter(function (g) { return g.kind === "goal"; }).map(function (g) {
          return ["goal", g.label, g.count, g.node, docOfNode(g.node)];
        });
        listFiltered(q, found, a.found ? a.heading : "图中没有「" + q + "」", a.note, a.more);
      }).catch(function (e) { box.textContent = String(e.message || e); });
      return;
    }
    var found = [];
    INDEX.docs.forEach(function (d) {
      var doc = EMBEDDED[String(d.i)];
      Object.keys(doc ? doc.statements : {}).forEach(function (id) {
        var st = doc.statements[id];
        if (st.kind === "goal" && st.label.indexOf(q) >= 0) { found.push(["goal", st.label, st.count, id, d.i]); }
      });
    });
    var docs = {};
    found.forEach(function (f) { docs[f[4]] = true; });
    listFiltered(q, found, Object.keys(docs).length + " 个文件中 " + found.length + " 个目标的名称含「" + q + "」", "", 0);
  });
  function listFiltered(q, found, heading, note, more) {
    var box = $("filtered"), docs = {};
    found.forEach(function (f) { docs[f[4]] = true; });
    showDocs(docs);
    box.textContent = "";
    box.appendChild(el("div", null, heading));
    if (note) { box.appendChild(el("div", "hint", note)); }
    var ul = el("ul", "found");
    found.slice(0, 50).forEach(function (f) { var li = el("li"); li.appendChild(nodeLine.apply(null, f)); ul.appendChild(li); });
    if (found.length > 50 || more) { ul.appendChild(el("li", "hint", "（列出前 " + Math.min(found.length, 50) + " 个）")); }
    box.appendChild(ul);
  }
  function showDocs(docs) {
    document.querySelectorAll("#docs > details").forEach(function (det) {
      det.hidden = docs !== null && !docs[det.dataset.doc];
    });
  }

  // -- ask ----------------------------------------------------------------------------------
  function ask(q) {
    var box = $("answer");
    box.textContent = "…";
    return fetch("ask?q=" + encodeURIComponent(q)).then(function (r) {
      return r.headers.get("content-type").indexOf("json") >= 0 ? r.json() : r.text().then(function (t) { return { error: t }; });
    }).then(function (a) { drawAnswer(a); return a; });
  }
  function drawAnswer(a) {
    var box = $("answer");
    box.textContent = "";
    if (a.error) { box.appendChild(el("p", "hint", a.error)); return; }
    box.appendChild(el("div", "heading", a.heading));
    if (a.note) { box.appendChild(el("p", "hint", a.note)); }
    (a.suggestions || []).forEach(function (s) {
      // "你是不是想问" a name of the graph: asks the question again with it in place of the name not found
      var label = s.split(" ").slice(1).join(" ") || s;
      var missed = (a.matched || []).filter(function (m) { return m.how === "none" && m.name; })[0];
      var again = missed && a.question.indexOf(missed.name) >= 0 ? a.question.replace(missed.name, label) : label;
      var link = el("a", "hint suggestion", "你是不是想问：" + s);
      link.href = "#";
      link.title = again;
      link.addEventListener("click", function (ev) { ev.preventDefault(); $("question").value = again; ask(again); });
      box.appendChild(el("div")).appendChild(link);
    });
    (a.forms || []).forEach(function (f) {
      var example = f.split("例：")[1];
      var line = el("div", "hint", f.split("  例：")[0] + "  ");
      if (example) {
        var link = el("a", "suggestion", "例：" + example);
        link.href = "#";
        link.addEventListener("click", function (ev) { ev.preventDefault(); $("question").value = example; ask(example); });
        line.appendChild(link);
      }
      box.appendChild(line);
    });
    (a.groups || []).forEach(function (g) {
      var grp = el("div", "card group " + (g.kind === "goal" ? "goal" : ""));
      var head = el("div");
      head.appendChild(el("span", "kind", KIND[g.kind] || g.kind));
      head.appendChild(el("span", "label", g.label));
      head.appendChild(el("span", "meta", "  " + g.count + " · " + (g.article || "")));
      grp.appendChild(head);
      if (g.quote) { grp.appendChild(quoteLink(g.quote, g.node)); }
      var ul = el("ul");
      (g.lines || []).slice(0, 30).forEach(function (l) {
        var li = el("li");
        li.appendChild(el("span", null, (l.relation ? l.relation + " " : "") + l.label));
        if (l.quote) { li.appendChild(quoteLink(l.quote, l.node)); }
        ul.appendChild(li);
      });
      if ((g.lines || []).length > 30) { ul.appendChild(el("li", "hint", "另有 " + (g.lines.length - 30) + " 项")); }
      grp.appendChild(ul);
      box.appendChild(grp);
    });
  }
  function quoteLink(quote, node) {
    var a = el("a", "quote", "「" + quote + "」");
    var doc = node ? docOfNode(node) : undefined;
    if (doc !== undefined) {
      a.dataset.node = node;
      a.title = "在原文中查看 open in the reader";
      a.addEventListener("click", function () { tab("reader"); openDoc(doc, node); });
    }
    return a;
  }
  if (SERVED) {
    $("askform").addEventListener("submit", function (ev) { ev.preventDefault(); ask($("question").value.trim()); });
  }

  // -- SPARQL -------------------------------------------------------------------------------
  var editor = null;
  function openSparql() {
    var names = Object.keys(QUERIES);
    names.forEach(function (n) {
      var o = el("option", null, n + " — " + QUERIES[n].split("\n")[0].replace(/^#\s*/, ""));
      o.value = n;
      $("examples").appendChild(o);
    });
    var first = names.indexOf("goals") >= 0 ? "goals" : names[0];
    $("examples").value = first;
    return new Promise(function (resolve, reject) {
      var s = document.createElement("script");
      s.src = "static/editor.js";
      s.onload = function () {
        editor = window.PolicykgEditor.create($("editor"), QUERIES[first] || "");
        window.policykgEditor = editor;
        resolve();
      };
      s.onerror = reject;
      document.head.appendChild(s);
    });
  }
  function queryText() { return editor ? window.PolicykgEditor.read(editor) : ""; }
  $("examples") && $("examples").addEventListener("change", function () {
    window.PolicykgEditor.write(editor, QUERIES[this.value]);
  });
  function sparql(accept) {
    var body = new URLSearchParams();
    body.set("query", queryText());
    return fetch("sparql", { method: "POST", body: body, headers: { Accept: accept } }).then(function (r) {
      if (!r.ok) { return r.text().then(function (t) { throw new Error(t); }); }
      return r;
    });
  }
  function run() {
    $("qstatus").textContent = "…";
    var t0 = performance.now();
    return sparql("application/sparql-results+json").then(function (r) { return r.json(); }).then(function (res) {
      drawResults(res);
      var n = res.results ? res.results.bindings.length : 1;
      $("qstatus").textContent = n + " 行 rows · " + Math.round(performance.now() - t0) + " ms";
    }).catch(function (e) { $("qstatus").textContent = e.message; $("results").textContent = ""; });
  }
  function labelOf(iri) {
    var doc = articleDoc[iri] !== undefined ? articleDoc[iri] : docOfNode(iri);
    if (doc !== undefined && cache[doc] && cache[doc].statements[iri]) { return [cache[doc].statements[iri].label, doc]; }
    if (articleDoc[iri] !== undefined) { return [articleTitle[iri] || INDEX.docs[articleDoc[iri]].title, articleDoc[iri]]; }
    var doc2 = INDEX.docs.filter(function (d) { return iri.indexOf(d.articles[0] ? d.articles[0].split("/a")[0] + "/" : "\u0000") === 0; })[0];
    var local = decodeURIComponent(iri.replace(/^.*[#/]/, ""));
    return [local, doc !== undefined ? doc : doc2 ? doc2.i : undefined];
  }
  function drawResults(res) {
    var box = $("results");
    box.textContent = "";
    if (res.boolean !== undefined) { box.appendChild(el("p", null, String(res.boolean))); return; }
    var vars = res.head.vars, table = el("table"), tr = el("tr");
    vars.forEach(function (v) { tr.appendChild(el("th", null, v)); });
    table.appendChild(tr);
    var labels = {};
    res.results.bindings.forEach(function (b) {
      vars.forEach(function (v) { if (b[v] && b[v].type === "uri") { labels[b[v].value] = true; } });
    });
    res.results.bindings.slice(0, 2000).forEach(function (b) {
      var row = el("tr");
      vars.forEach(function (v) {
        var td = el("td"), x = b[v];
        if (x && x.type === "uri") {
          var found = labelOf(x.value);
          var a = el("a", "iri", found[0]);
          a.title = x.value;
          a.dataset.iri = x.value;
          if (found[1] !== undefined) {
            a.addEventListener("click", function () { tab("reader"); openDoc(found[1], x.value); });
          }
          td.appendChild(a);
        } else if (x) {
          td.textContent = x.value;
        }
        row.appendChild(td);
      });
      table.appendChild(row);
    });
    box.appendChild(table);
    relabel(table);
    if (res.results.bindings.length > 2000) { box.appendChild(el("p", "hint", "表中只列前 2000 行；下载 CSV/JSON 看全部。")); }
  }
  function relabel(table) {
    // Statements of documents not yet read: read them (at most 20), then show their labels.
    var wanted = {};
    table.querySelectorAll("a.iri").forEach(function (a) {
      var doc = docOfNode(a.dataset.iri);
      if (doc !== undefined && !cache[doc]) { wanted[doc] = true; }
    });
    var docs = Object.keys(wanted).slice(0, 20).map(Number);
    return Promise.all(docs.map(load)).then(function () {
      table.querySelectorAll("a.iri").forEach(function (a) { a.textContent = labelOf(a.dataset.iri)[0]; });
      window.policykgLabelled = true;
    });
  }
  function download(accept, name) {
    return sparql(accept).then(function (r) { return r.blob(); }).then(function (blob) {
      var a = el("a");
      a.href = URL.createObjectURL(blob);
      a.download = name;
      document.body.appendChild(a);
      a.click();
      a.remove();
    });
  }
  if (SERVED) {
    $("run").addEventListener("click", run);
    $("csv").addEventListener("click", function () { download("text/csv", "results.csv"); });
    $("json").addEventListener("click", function () { download("application/sparql-results+json", "results.json"); });
  }

  // -- graph --------------------------------------------------------------------------------
  var network = null, gnodes = null, gedges = null, expanded = {};
  function loadVis() {
    if (window.vis) { return Promise.resolve(); }
    return new Promise(function (resolve, reject) {
      var s = document.createElement("script");
      s.src = "static/vis-network.min.js";
      s.onload = resolve;
      s.onerror = reject;
      document.head.appendChild(s);
    });
  }
  function short(t) { return t.length <= 14 ? t : t.slice(0, 13) + "…"; }
  var COLUMN = 420, ROW = 44, BOX = 380;  // a column's width, a row's height and a box's width, in the graph's pixels
  function openGraph() {
    return loadVis().then(function () {
      gnodes = new window.vis.DataSet();
      gedges = new window.vis.DataSet();
      var options = {
        layout: { hierarchical: { enabled: false } },
        physics: false,
        nodes: { shape: "box", margin: 6, widthConstraint: { maximum: 380 },
                 font: { size: 15, face: "Noto Sans CJK SC, sans-serif" } },
        edges: { arrows: { from: { enabled: true, scaleFactor: 0.5 } }, color: "#90a4ae",
                 smooth: { type: "cubicBezier", forceDirection: "horizontal", roundness: 0.4 } },
        interaction: { hover: true }
      };
      network = new window.vis.Network($("network"), { nodes: gnodes, edges: gedges }, options);
      network.on("click", function (p) {
        if (!p.nodes.length) { return; }
        var id = p.nodes[0], n = gnodes.get(id);
        if (n.kind === "document") { expandDoc(n.doc); }
        else if (n.kind === "goal") { grow(n.doc, id); }
        else if (n.doc !== undefined) { tab("reader"); openDoc(n.doc, id); }
      });
      network.on("doubleClick", function (p) {
        var n = p.nodes.length && gnodes.get(p.nodes[0]);
        if (n && n.doc !== undefined && n.kind !== "document") { tab("reader"); openDoc(n.doc, n.id); }
      });
      window.policykgGraph = { network: network, nodes: gnodes, edges: gedges, expand: expandDoc, grow: grow };
      if (INDEX.docs.length > INDEX.graphDocuments) { return showDocuments(); }
      return Promise.all(INDEX.docs.map(function (d) { return expandDoc(d.i, true); })).then(fit);
    });
  }
  function fit() {
    // Everything on the screen: the columns of relevel() keep it readable.
    network.fit({ animation: false });
    window.policykgGraphDrawn = true;
  }
  function relevel() {
    // The goal hierarchy laid out in columns, left to right: what supports a node stands in a column to its
    // right, and a long list of supporters is wrapped into as many columns as make the whole fit the screen at
    // the largest scale. Each column is centred; positions are set here (no physics, no vis layout).
    var out = {}, level = {}, queue = [], most = 1, columns = [];
    gedges.get().forEach(function (e) { (out[e.from] = out[e.from] || []).push(e.to); });
    Object.keys(out).forEach(function (k) { most = Math.max(most, out[k].length); });
    var rows = bestRows(most);
    gnodes.get().forEach(function (n) { if (n.root) { level[n.id] = 0; queue.push(n.id); } });
    while (queue.length) {
      var id = queue.shift(), kids = (out[id] || []).filter(function (k) { return level[k] === undefined; });
      kids.forEach(function (k, j) { level[k] = level[id] + 1 + Math.floor(j / rows); queue.push(k); });
      (columns[level[id]] = columns[level[id]] || []).push(id);
    }
    var moved = [];
    columns.forEach(function (col, c) {
      col.forEach(function (id, r) { moved.push({ id: id, x: c * COLUMN, y: (r - (col.length - 1) / 2) * ROW }); });
    });
    gnodes.update(moved);
  }
  function bestRows(count) {
    // rows per column for a fan of ``count`` boxes beside their goal: the one that fits at the largest scale
    var box = $("network").getBoundingClientRect(), best = count, scale = 0;
    for (var rows = Math.min(count, 5); rows <= count; rows++) {
      var cols = Math.ceil(count / rows);
      var s = Math.min(box.width / (cols * COLUMN + BOX), box.height / (rows * ROW + 40));
      if (s > scale + 1e-9) { scale = s; best = rows; }
    }
    return best;
  }
  function showDocuments() {
    gnodes.clear(); gedges.clear(); expanded = {};
    var cols = Math.max(1, Math.floor($("network").getBoundingClientRect().width / 0.9 / 230));
    gnodes.add(INDEX.docs.map(function (d, k) {
      var name = d.title.replace(/^国务院(办公厅)?关于/, "");
      return { id: "doc:" + d.i, label: short(name) + "\n" + d.goals + " 目标 · " + d.measures + " 举措", doc: d.i, title: d.title,
               kind: "document", x: (k % cols) * 230, y: Math.floor(k / cols) * 90,
               color: { background: "#eceff1", border: "#546e7a" } };
    }));
    $("gnote").textContent = INDEX.docs.length + " 个文件：点击一个文件展开它的目标层级。Click a document to open its goal hierarchy.";
    fit();
    return Promise.resolve();
  }
  function expandDoc(i, quiet) {
    return load(i).then(function (d) {
      if (expanded[i]) { return; }
      expanded[i] = true;
      if (!quiet) { gnodes.clear(); gedges.clear(); }
      // The document goals (roots of the tree) and the goals and measures that support them directly.
      var roots = d.tree.map(function (t) { return t[0]; });
      var top = roots.filter(function (r) { return d.statements[r].level === "article"; });
      (top.length ? top : roots).forEach(function (r) { put(d, r); gnodes.update({ id: r, root: true }); grow(d.i, r, true); });
      relevel();
      $("gnote").textContent = (quiet ? "目标层级" : d.title) + "：" + gnodes.length +
        " 个节点；点击目标展开支撑它的目标与举措，双击打开原文。Click a goal to expand it; double-click to read.";
      if (!quiet) { fit(); }
    });
  }
  function put(d, id) {
    if (!gnodes.get(id)) { gnodes.add(gnode(d, id)); }
  }
  function grow(i, id, quiet) {
    var d = cache[i], kids = d.down[id] || [], open = gnodes.get(id).open;
    if (open) {  // collapse: drop what only this goal brought in
      var drop = [];
      kids.forEach(function (k) { if (gedges.get({ filter: function (e) { return e.to === k; } }).length <= 1) { drop.push(k); } });
      gedges.remove(gedges.get({ filter: function (e) { return e.from === id; } }).map(function (e) { return e.id; }));
      gnodes.remove(drop.filter(function (k) { return !gnodes.get(k).open; }));
    } else {
      kids.forEach(function (k) { put(d, k); gedges.add({ id: id + ">" + k, from: id, to: k }); });
    }
    gnodes.update({ id: id, open: !open });
    if (!quiet) { relevel(); fit(); }
  }
  function gnode(d, id) {
    var s = d.statements[id], goal = s.kind === "goal";
    return { id: id, label: (goal ? "〔" + s.count + "〕" : "") + (s.label.length > 22 ? s.label.slice(0, 21) + "…" : s.label),
             title: s.label, doc: d.i, kind: s.kind, open: false,
             color: goal ? { background: "#fde2e0", border: "#c62828" } : { background: "#dde9fb", border: "#1565c0" } };
  }
  function showConcepts() {
    var add = [], links = [], have = {};
    gnodes.get().forEach(function (n) {
      if (n.doc === undefined || n.kind === "document" || !cache[n.doc]) { return; }
      (cache[n.doc].concepts[n.id] || []).forEach(function (c) {
        var cid = "concept:" + c;
        if (!have[cid] && !gnodes.get(cid)) {
          have[cid] = true;
          add.push({ id: cid, label: c, shape: "ellipse", color: { background: "#e8f5e9", border: "#2e7d32" } });
        }
        links.push({ from: n.id, to: cid, dashes: true, color: "#c8e6c9" });
      });
    });
    gnodes.add(add);
    gedges.add(links);
    $("gnote").textContent += " · " + add.length + " 个概念 concepts";
  }
  $("concepts").addEventListener("click", showConcepts);
  $("gback").addEventListener("click", function () {
    if (INDEX.docs.length > INDEX.graphDocuments) { showDocuments(); }
  });

  // -- policy instruments: counts per document and family, a bar chart and the table ----------------
  function drawTools() {
    var fams = INDEX.tools.families.map(function (f) { return f[0]; });
    var tools = INDEX.tools.tools.map(function (t) { return t[0]; });
    var chart = $("toolchart"), table = el("table"), head = el("tr");
    chart.textContent = "";
    $("tooltable").textContent = "";
    ["文件 Document", "合计"].concat(fams.map(function (f) { return FAMILY[f][0]; }),
        tools.map(function (t) { return TOOL[t][0]; })).forEach(function (h) { head.appendChild(el("th", null, h)); });
    table.appendChild(head);
    var all = {};
    INDEX.docs.forEach(function (d) {
      var counts = d.tools || {}, total = 0, byFam = {};
      tools.forEach(function (t) {
        var n = counts[t] || 0, f = TOOL[t][1];
        total += n; byFam[f] = (byFam[f] || 0) + n; all[t] = (all[t] || 0) + n;
      });
      if (!total) { return; }
      var row = el("div", "row"), bar = el("div", "bar");
      row.appendChild(el("span", "name", d.title));
      fams.forEach(function (f) {
        var share = (byFam[f] || 0) / total, part = el("span", "fam-" + f, share >= 0.08 ? Math.round(share * 100) + "%" : "");
        part.style.width = (share * 100).toFixed(2) + "%";
        part.style.background = FAMILY[f][1];
        part.title = FAMILY[f][0] + " " + (byFam[f] || 0);
        bar.appendChild(part);
      });
      row.appendChild(bar);
      row.appendChild(el("span", "total", String(total)));
      row.addEventListener("click", function () { tab("reader"); openDoc(d.i); });
      chart.appendChild(row);
      var tr = el("tr");
      tr.appendChild(el("td", null, d.title));
      tr.appendChild(el("td", null, String(total)));
      fams.forEach(function (f) {
        tr.appendChild(el("td", null, (byFam[f] || 0) + "（" + Math.round(100 * (byFam[f] || 0) / total) + "%）"));
      });
      tools.forEach(function (t) { tr.appendChild(el("td", null, String(counts[t] || 0))); });
      table.appendChild(tr);
    });
    if (!chart.childNodes.length) { chart.appendChild(el("p", "hint", "图中没有政策工具。No policy instruments in this graph.")); }
    $("tooltable").appendChild(table);
  }

  var OPEN = { tree: drawTree, sparql: openSparql, graph: openGraph, tools: drawTools };
  window.policykg = { openDoc: openDoc, collapse: collapse, ask: ask, run: run, tab: tab, load: load,
                      chainUp: function (id) { return chainUp(current, id); }, current: function () { return current; },
                      expandDoc: expandDoc, showConcepts: showConcepts, drawTools: drawTools, showRange: showRange, loadVis: loadVis };
  shown.tree = true;
  drawTree();
  var first = INDEX.docs.length ? openDoc(0) : Promise.resolve();
  first.then(function () {
    requestAnimationFrame(function () { window.policykgReadyAt = performance.now(); window.policykgReady = true; });
  });
})();
