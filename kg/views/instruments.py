"""The policy-instrument cross-table (政策工具分析): how many measures of each family and subtype, per
document, goal, year or region, with shares; as a table, CSV, JSON, or a bar chart (SVG).

>>> from kg.api import read_text
>>> from kg.graph.store import Store
>>> from kg.graph.rdf import document_ntriples, turtle, union
>>> doc = read_text("关于支持发展的意见\\n一、加大财政投入\\n（一）设立专项资金。\\n（二）落实税收减免政策。\\n", name="a.txt")
>>> rows = instrument_rows(Store.from_turtle(turtle(union([document_ntriples(doc)]))))
>>> table = cross_table(rows, by=By.DOCUMENT)
>>> [(g.name, g.total, g.families[ToolFamily.SUPPLY], g.families[ToolFamily.ENVIRONMENT]) for g in table.groups]
[('关于支持发展的意见', 3, 2, 1)]
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from html import escape
from pathlib import Path
from typing import Any

from kg.errors import PolicyKGError
from kg.graph.rdf import POL
from kg.model import Tool, ToolFamily

FAMILY_NAMES = {f: f.zh for f in ToolFamily}
TOOL_NAMES = {t: t.zh for t in Tool}
FAMILY_COLOURS = {ToolFamily.SUPPLY: "#2f6db5", ToolFamily.ENVIRONMENT: "#3a9a5b", ToolFamily.DEMAND: "#d9822b"}
TOOL_PREFIX = f"{POL}tool-"


class By(StrEnum):
    """What the cross-table's rows are."""

    ALL = "all"
    DOCUMENT = "document"
    GOAL = "goal"
    YEAR = "year"
    REGION = "region"


@dataclass(frozen=True)
class CodedRow:
    """One statement with its instrument, and what it can be grouped by."""

    node: str
    label: str
    tool: Tool
    cue: str
    basis: str
    document: str
    article: str = ""
    year: int = 0
    region: str = ""
    goal: str = ""


@dataclass
class Group:
    """One row of the cross-table: counts per family and per subtype."""

    name: str
    tools: Counter[Tool] = field(default_factory=Counter)

    @property
    def total(self) -> int:
        """How many statements the group counts.

        >>> Group("文一", Counter({Tool.FUNDING: 2, Tool.TAX: 1})).total
        3
        """
        return sum(self.tools.values())

    @property
    def families(self) -> Counter[ToolFamily]:
        """The counts per family (every family, 0 when none).

        >>> Group("文一", Counter({Tool.FUNDING: 2, Tool.TAX: 1})).families[ToolFamily.SUPPLY]
        2
        """
        out: Counter[ToolFamily] = Counter({f: 0 for f in ToolFamily})
        for tool, n in self.tools.items():
            out[tool.family] += n
        return out

    def share(self, n: int) -> float:
        """``n`` as a share of the group's total (0.0 for an empty group).

        >>> Group("文一", Counter({Tool.FUNDING: 3, Tool.TAX: 1})).share(3), Group("文二").share(0)
        (0.75, 0.0)
        """
        return n / self.total if self.total else 0.0


@dataclass(frozen=True)
class Table:
    by: By
    groups: tuple[Group, ...]


def tool_of(iri: str | None) -> Tool | None:
    """The subtype an IRI names (``pol:tool-public-service`` → Tool.PUBLIC_SERVICE), else None.

    >>> tool_of(POL + "tool-public-service")
    <Tool.PUBLIC_SERVICE: 'public_service'>
    """
    if not iri or not iri.startswith(TOOL_PREFIX):
        return None
    try:
        return Tool(iri[len(TOOL_PREFIX):].replace("-", "_"))
    except ValueError:
        return None


def instrument_rows(store: Any, documents: Mapping[str, Any] | None = None, *, goals: bool = False) -> list[CodedRow]:
    """Every coded statement of a store (bundled query ``instruments.rq``); ``documents`` maps an article IRI to
    its index row (name, year, region: :meth:`kg.ask.index.Index.documents`); with ``goals``, each statement's
    nearest goal above it (itself when it is a heading).

    >>> from kg.api import Graph, read_text
    >>> store = Graph([read_text("关于支持发展的意见\\n一、加大财政投入\\n（一）设立专项资金。\\n", name="a.txt")]).store
    >>> [(r.label, r.tool.value, r.cue) for r in instrument_rows(store)]
    [('加大财政投入', 'funding', '加大财政投入'), ('设立专项资金', 'funding', '专项资金')]
    """
    docs = documents or {}
    nearest = _nearest_goals(store) if goals else {}
    out = []
    for r in store.run("instruments"):
        tool = tool_of(r["tool"])
        if tool is None or r["node"] is None:
            continue
        doc = docs.get(r["article"] or "")
        out.append(CodedRow(r["node"], r["label"] or "", tool, r["cue"] or "", r["basis"] or "",
                            doc.name if doc is not None else r.get("title") or r["article"] or "", r["article"] or "",
                            getattr(doc, "year", 0) or 0, getattr(doc, "region", "") or "",
                            nearest.get(r["node"], "") or (r["label"] or "" if r["kind"] == POL + "Goal" else "")))
    return out


def _nearest_goals(store: Any) -> dict[str, str]:
    """Each statement's nearest goal along support links (breadth first), by label."""
    up: dict[str, list[str]] = {}
    for r in store.run("support-edges"):
        if r["source"] and r["target"]:
            up.setdefault(r["source"], []).append(r["target"])
    goals = {r["node"]: r["label"] for r in store.run("statements") if r["kind"] == POL + "Goal"}
    out = {}
    for node in up:
        seen, queue = {node}, list(up[node])
        while queue:
            current = queue.pop(0)
            if current in goals:
                out[node] = goals[current]
                break
            for nxt in up.get(current, ()):
                if nxt not in seen:
                    seen.add(nxt)
                    queue.append(nxt)
    return out


def cross_table(rows: Iterable[CodedRow], *, by: By = By.ALL) -> Table:
    """Counts per family and subtype, one group per document, goal, year or region (first seen order;
    years ascending), or one group of all.

    >>> rows = [CodedRow("m1", "设立专项资金", Tool.FUNDING, "专项资金", "statement", "文一"),
    ...         CodedRow("m2", "落实税收减免政策", Tool.TAX, "税收减免", "statement", "文二")]
    >>> [(g.name, g.total) for g in cross_table(rows, by=By.DOCUMENT).groups], cross_table(rows).groups[0].total
    ([('文一', 1), ('文二', 1)], 2)
    """
    groups: dict[str, Group] = {}
    for row in rows:
        key = _key(row, by)
        groups.setdefault(key, Group(key)).tools[row.tool] += 1
    ordered = sorted(groups.values(), key=lambda g: g.name) if by == By.YEAR else list(groups.values())
    return Table(by, tuple(ordered))


def _key(row: CodedRow, by: By) -> str:
    if by == By.DOCUMENT:
        return row.document
    if by == By.GOAL:
        return row.goal or "（无目标）"
    if by == By.YEAR:
        return str(row.year) if row.year else "（无年份）"
    if by == By.REGION:
        return row.region or "全国"
    return "全部"


# ---------------------------------------------------------------- output


def render(table: Table, *, fmt: str = "table") -> str:
    """The table as aligned text, CSV or JSON (counts and shares per family and subtype).

    >>> rows = [CodedRow("m1", "设立专项资金", Tool.FUNDING, "专项资金", "statement", "文一")]
    >>> print(render(cross_table(rows), fmt="csv"), end="")
    all,total,supply,environment,demand,supply_share,environment_share,demand_share,talent,funding,technology,infrastructure,public_service,planning,finance,tax,regulation,strategic,procurement,outsourcing,trade,overseas,demonstration
    全部,1,1,0,0,1.0000,0.0000,0.0000,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0
    """
    if fmt == "json":
        return json.dumps(_data(table), ensure_ascii=False, indent=1) + "\n"
    if fmt == "csv":
        return _csv(table)
    if fmt == "table":
        return _text(table)
    raise PolicyKGError(f"unknown format {fmt!r}; use table, csv or json")


def _data(table: Table) -> dict[str, Any]:
    return {"by": table.by.value, "groups": [
        {"name": g.name, "total": g.total,
         "families": {f.value: {"count": g.families[f], "share": round(g.share(g.families[f]), 4)} for f in ToolFamily},
         "tools": {t.value: {"count": g.tools[t], "share": round(g.share(g.tools[t]), 4)} for t in Tool}}
        for g in table.groups]}


def _csv(table: Table) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([table.by.value, "total", *(f"{f.value}" for f in ToolFamily),
                     *(f"{f.value}_share" for f in ToolFamily), *(t.value for t in Tool)])
    for g in table.groups:
        fam = g.families
        writer.writerow([g.name, g.total, *(fam[f] for f in ToolFamily),
                         *(f"{g.share(fam[f]):.4f}" for f in ToolFamily), *(g.tools[t] for t in Tool)])
    return buffer.getvalue()


def _text(table: Table) -> str:
    head = [table.by.value if table.by != By.ALL else "", "合计", *(FAMILY_NAMES[f] for f in ToolFamily),
            *(TOOL_NAMES[t] for t in Tool)]
    rows = [[_short(g.name, 36), str(g.total), *(f"{g.families[f]} ({g.share(g.families[f]):.0%})" for f in ToolFamily),
             *(str(g.tools[t]) for t in Tool)] for g in table.groups]
    if len(table.groups) > 1:
        total = Group("合计")
        for g in table.groups:
            total.tools.update(g.tools)
        rows.append(["合计", str(total.total), *(f"{total.families[f]} ({total.share(total.families[f]):.0%})"
                                               for f in ToolFamily), *(str(total.tools[t]) for t in Tool)])
    widths = [max(_width(r[i]) for r in [head, *rows]) for i in range(len(head))]
    lines = ["  ".join(_pad(c, w, left=i == 0) for i, (c, w) in enumerate(zip(r, widths, strict=True))).rstrip()
             for r in [head, *rows]]
    return "\n".join(lines) + "\n"


def _width(text: str) -> int:
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _pad(text: str, width: int, *, left: bool) -> str:
    gap = " " * (width - _width(text))
    return text + gap if left else gap + text


def chart_svg(table: Table, *, title: str = "") -> str:
    """A horizontal bar per group, split by family share (100%), with its count: an SVG document.

    >>> svg = chart_svg(Table(By.ALL, (Group("全部", Counter({Tool.TAX: 1, Tool.TALENT: 3})),)))
    >>> svg.startswith("<svg") and "供给型 75%" in svg
    True
    """
    label_w, bar_w, row_h, top = 260, 520, 26, 64
    height = top + row_h * len(table.groups) + 20
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{label_w + bar_w + 90}" height="{height}" '
           f'font-family="Noto Sans CJK SC, WenQuanYi Micro Hei, sans-serif" font-size="12">',
           '<rect width="100%" height="100%" fill="white"/>',
           f'<text x="10" y="22" font-size="15" font-weight="bold">{escape(title or "政策工具结构")}</text>']
    x = label_w
    for fam in ToolFamily:
        out.append(f'<rect x="{x}" y="34" width="12" height="12" fill="{FAMILY_COLOURS[fam]}"/>'
                   f'<text x="{x + 16}" y="45">{FAMILY_NAMES[fam]}</text>')
        x += 90
    for i, g in enumerate(table.groups):
        y = top + i * row_h
        out.append(f'<text x="{label_w - 8}" y="{y + 16}" text-anchor="end">{escape(_short(g.name))}</text>')
        x0 = float(label_w)
        for fam in ToolFamily:
            share = g.share(g.families[fam])
            w = bar_w * share
            if w > 0:
                out.append(f'<rect x="{x0:.1f}" y="{y + 3}" width="{w:.1f}" height="{row_h - 6}" '
                           f'fill="{FAMILY_COLOURS[fam]}"><title>{escape(g.name)} {FAMILY_NAMES[fam]} '
                           f'{g.families[fam]} ({share:.0%})</title></rect>')
                if w > 34:
                    out.append(f'<text x="{x0 + w / 2:.1f}" y="{y + 17}" text-anchor="middle" fill="white">'
                               f'{FAMILY_NAMES[fam]} {share:.0%}</text>' if w > 80 else
                               f'<text x="{x0 + w / 2:.1f}" y="{y + 17}" text-anchor="middle" fill="white">'
                               f'{share:.0%}</text>')
            x0 += w
        out.append(f'<text x="{label_w + bar_w + 6}" y="{y + 16}">{g.total}</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"


def _short(name: str, limit: int = 20) -> str:
    return name if len(name) <= limit else name[:limit - 1] + "…"


# ---------------------------------------------------------------- the command's one call


def instruments(graph: Path, *, by: By = By.ALL, chart: Path | None = None) -> Table:
    """The cross-table of the graph a command names (the store beside it when the build wrote one);
    ``chart`` writes the bar chart there as SVG.

    >>> instruments(Path("no/such/graph.ttl"))
    Traceback (most recent call last):
    kg.errors.GraphError: no/such/graph.ttl: no graph here; run `policykg build` first (or pass --graph)
    """
    from kg.ask import index_for
    from kg.graph.diskstore import open_graph

    store = open_graph(graph)
    docs = {d.node: d for d in index_for(graph).documents()}
    order = {node: i for i, node in enumerate(docs)}
    rows = sorted(instrument_rows(store, docs, goals=by == By.GOAL), key=lambda r: order.get(r.article, len(order)))
    table = cross_table(rows, by=by)
    if chart is not None:
        write_chart(table, chart)
    return table


def write_chart(table: Table, path: Path) -> None:
    """The chart as SVG, written whole or not at all.

    >>> import tempfile
    >>> rows = [CodedRow("m1", "设立专项资金", Tool.FUNDING, "专项资金", "statement", "文一")]
    >>> path = Path(tempfile.mkdtemp()) / "tools.svg"
    >>> write_chart(cross_table(rows), path)
    >>> path.read_text(encoding="utf-8").startswith("<svg"), "政策工具结构" in path.read_text(encoding="utf-8")
    (True, True)
    """
    title = "政策工具结构" + ("" if table.by == By.ALL else f"（按{_BY_NAMES[table.by]}）")
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        tmp.write_text(chart_svg(table, title=title), encoding="utf-8")
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise PolicyKGError(f"{path}: cannot write the chart ({exc.strerror or exc})") from None


_BY_NAMES = {By.DOCUMENT: "文件", By.GOAL: "目标", By.YEAR: "年份", By.REGION: "地区", By.ALL: "全部"}

