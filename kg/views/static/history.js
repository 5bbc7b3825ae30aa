// The workbench across documents: the documents the open document cites (under its outline), and a term's
// timeline (served: /trend). Text is only ever shown with textContent; years without a document are gaps.
(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";
  function $(id) { return document.getElementById(id); }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = text; }
    return e;
  }

  // -- citations of the open document ----------------------------------------------------------
  var drawn = null;
  function drawCites() {
    var d = window.policykg && window.policykg.current();
    if (!d || d === drawn || !$("cites")) { return; }
    drawn = d;
    var box = $("cites");
    box.textContent = "";
    var cites = d.cites || [];
    box.appendChild(el("h3", null, "引用的文件 Cites（" + cites.length + "）"));
    if (!cites.length) { box.appendChild(el("p", "hint", "这份文件没有点名引用文件。")); return; }
    var seen = {};
    cites.forEach(function (c) {
      var a = el("a", c[3] >= 0 ? "cite in" : "cite out", (c[4] ? c[4] + " " : "") + c[0]);
      a.href = "#";
      a.title = c[3] >= 0 ? "图中的文件：点击看引用它的句子，双击打开它" : "图外的文件：点击看引用它的句子";
      if (seen[c[0]]) { a.classList.add("again"); }
      seen[c[0]] = true;
      a.addEventListener("click", function (e) { e.preventDefault(); window.policykg.showRange(d.i, c[1], c[2]); });
      if (c[3] >= 0) {
        a.addEventListener("dblclick", function (e) { e.preventDefault(); window.policykg.openDoc(c[3]); });
      }
      box.appendChild(a);
    });
  }
  var text = $("text");
  if (text && window.MutationObserver) { new MutationObserver(drawCites).observe(text, { childList: true }); }

  // -- a term's timeline -------------------------------------------------------------------------
  function chart(rows) {
    var series = {};
    rows.forEach(function (r) { (series[r.scope] = series[r.scope] || []).push(r); });
    var years = rows.map(function (r) { return r.year; });
    var lo = Math.min.apply(null, years), hi = Math.max.apply(null, years);
    var top = Math.max.apply(null, rows.map(function (r) { return r.per_10k || 0; }).concat([0.001]));
    var W = 900, H = 260, L = 50, B = 30;
    var svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("viewBox", "0 0 " + W + " " + H);
    svg.setAttribute("class", "trendsvg");
    function x(y) { return L + (hi === lo ? 0.5 : (y - lo) / (hi - lo)) * (W - L - 10); }
    function y(v) { return H - B - v / top * (H - B - 10); }
    function line(x1, y1, x2, y2, cls) {
      var l = document.createElementNS(SVG, "line");
      l.setAttribute("x1", x1); l.setAttribute("y1", y1); l.setAttribute("x2", x2); l.setAttribute("y2", y2);
      l.setAttribute("class", cls);
      svg.appendChild(l);
    }
    function label(tx, ty, s, anchor) {
      var t = document.createElementNS(SVG, "text");
      t.setAttribute("x", tx); t.setAttribute("y", ty); t.setAttribute("text-anchor", anchor || "middle");
      t.textContent = s;
      svg.appendChild(t);
    }
    line(L, H - B, W - 10, H - B, "axis");
    line(L, 10, L, H - B, "axis");
    for (var yr = lo; yr <= hi; yr++) {
      if ((yr - lo) % Math.max(1, Math.round((hi - lo) / 12)) === 0 || yr === hi) { label(x(yr), H - B + 16, String(yr)); }
    }
    label(L - 4, 16, top.toFixed(2), "end");
    label(L - 4, H - B, "0", "end");
    var colours = ["#c62828", "#1565c0", "#2e7d32", "#6a1b9a", "#ef6c00", "#00838f"];
    Object.keys(series).forEach(function (name, k) {
      var path = "", pen = false, colour = colours[k % colours.length];
      series[name].forEach(function (r) {
        if (r.per_10k === null) { pen = false; return; }  // no document that year: a gap, never 0
        path += (pen ? "L" : "M") + x(r.year).toFixed(1) + " " + y(r.per_10k).toFixed(1) + " ";
        pen = true;
        var c = document.createElementNS(SVG, "circle");
        c.setAttribute("cx", x(r.year)); c.setAttribute("cy", y(r.per_10k)); c.setAttribute("r", 2.5);
        c.setAttribute("fill", colour);
        var tip = document.createElementNS(SVG, "title");
        tip.textContent = name + " " + r.year + "：" + r.count + " 次";
        c.appendChild(tip);
        svg.appendChild(c);
      });
      var p = document.createElementNS(SVG, "path");
      p.setAttribute("d", path); p.setAttribute("stroke", colour); p.setAttribute("fill", "none");
      svg.appendChild(p);
      label(W - 14, 20 + 14 * k, name === "national" ? "全国" : name, "end");
      svg.lastChild.setAttribute("fill", colour);
    });
    return svg;
  }
  function table(rows) {
    var t = el("table", "trendtable");
    var head = el("tr");
    ["范围 scope", "年份 year", "次数 count", "每万字 per 10k", "文件 documents"].forEach(function (h) { head.appendChild(el("th", null, h)); });
    t.appendChild(head);
    rows.forEach(function (r) {
      var tr = el("tr", r.count === null ? "nodata" : null);
      tr.appendChild(el("td", null, r.scope === "national" ? "全国" : r.scope));
      tr.appendChild(el("td", null, String(r.year)));
      tr.appendChild(el("td", null, r.count === null ? "无文件" : String(r.count)));
      tr.appendChild(el("td", null, r.per_10k === null ? "" : String(r.per_10k)));
      tr.appendChild(el("td", null, r.documents.map(function (d) { return d.name + "×" + d.count; }).join("；")));
      t.appendChild(tr);
    });
    return t;
  }
  function trend(term, by) {
    $("trendchart").textContent = "…";
    $("trendrows").textContent = "";
    return fetch("trend?term=" + encodeURIComponent(term) + "&by=" + encodeURIComponent(by)).then(function (r) {
      return r.ok ? r.json() : r.text().then(function (t) { throw new Error(t); });
    }).then(function (data) {
      $("trendchart").textContent = "";
      var rows = by === "region" ? data.rows.filter(function (r) { return r.scope !== "national" || r.count; }) : data.rows;
      $("trendchart").appendChild(el("p", "hint", "「" + data.term + "」每万字出现次数；空缺 = 该年没有文件（不是 0）"));
      $("trendchart").appendChild(chart(rows));
      $("trendrows").appendChild(table(rows));
      return data;
    }).catch(function (e) { $("trendchart").textContent = String(e.message || e); });
  }
  var form = $("trendform");
  if (form) {
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      var term = $("term").value.trim();
      if (term) { trend(term, $("trendby").value); }
    });
  }
  window.policykgTrend = trend;
})();
