"""Printing answers for a terminal (rich) or as JSON."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict
from typing import TYPE_CHECKING

from kg.ask.answers import Answer, Group
from kg.ask.trees import TreeItem as Item
from kg.errors import PolicyKGError

if TYPE_CHECKING:
    from rich.console import Console
    from rich.tree import Tree

    from kg.graph.results import Result
    from kg.views.analysis import Analysis


def _console() -> Console:
    from rich.console import Console

    return Console(highlight=False, soft_wrap=False)


def _check(fmt: str) -> None:
    if fmt not in ("tree", "json"):
        raise PolicyKGError(f"unknown format {fmt!r}; use tree or json")


def _json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=1))


def _strip(item: Item) -> dict[str, object]:
    return asdict(item)


def trees(roots: list[Item], *, fmt: str, note: str = "") -> None:
    """Goal → measure trees, by article: as rich trees (``tree``), a line per goal when no goal has
    measures under it, or as JSON.

    >>> from kg.api import Graph, read_text
    >>> from kg.ask import answer as ask, prepare
    >>> store = Graph([read_text("发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。\\n", name="a.txt")]).store
    >>> from kg.ask.trees import document_trees
    >>> trees(document_trees(prepare(store)), fmt="tree")
    《发展数字经济》（张三 李四）
    └── 目标 发展数字经济
        └── 举措 加快建设数据中心
    """
    _check(fmt)
    if fmt == "json":
        _json([_strip(r) for r in roots])
        return
    if not any(r.children for r in roots):  # a summary: a line per goal, printed plainly
        if note:
            print(note)
        article = None
        for root in roots:
            if root.article != article:
                article = root.article
                print(article)
            print(f"  {root.count:>5}  目标 {root.label}")
        return
    from rich.markup import escape
    from rich.tree import Tree

    console = _console()
    if note:
        console.print(f"[yellow]{escape(note)}[/yellow]")
    by_article: dict[str, list[Item]] = {}
    for root in roots:
        by_article.setdefault(root.article, []).append(root)
    for article, items in by_article.items():
        top = Tree(f"[bold]{escape(article)}[/bold]")
        for item in items:
            _grow(top, item, escape)
        console.print(top)


def _grow(parent: Tree, item: Item, escape: Callable[[str], str]) -> None:
    style = "red" if item.kind == "goal" else "cyan"
    mark = "目标" if item.kind == "goal" else "举措"
    serves = f"  [dim]→ 服务于 {escape('；'.join(item.serves))}[/dim]" if item.serves else ""
    count = f"  [dim]({item.count} 项举措)[/dim]" if item.count and not item.children else ""
    branch = parent.add(f"[{style}]{mark}[/{style}] {escape(item.label)}{count}{serves}")
    for child in item.children:
        _grow(branch, child, escape)


@contextmanager
def progress_bar() -> Iterator[Callable[[int, int, str], None]]:
    """A rich progress bar on stderr (only on a terminal) fed by ``(done, total, name)`` calls.

    >>> with progress_bar() as update:
    ...     update(1, 2, "a.txt")
    """
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    console = Console(stderr=True)
    bar = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                   TextColumn("{task.fields[name]}"), console=console, transient=True,
                   disable=not console.is_terminal)
    task = bar.add_task("extracting", total=None, name="")

    def update(done: int, total: int, name: str) -> None:
        bar.update(task, completed=done, total=total, name=name[-40:])

    with bar:
        yield update


def answer(found: Answer, *, fmt: str, limit: int = 10) -> None:
    """An answer as text (heading, how its names matched, counts per group, then each group's
    lines, ``limit`` per group, 0 for all) or as JSON (everything). On a terminal the text is coloured
    (rich); elsewhere (a pipe, a file) it is written plainly, at once.

    >>> from kg.api import Graph, read_text
    >>> from kg.ask import answer as ask, prepare
    >>> store = Graph([read_text("发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。\\n", name="a.txt")]).store
    >>> answer(ask(store, "哪些举措支撑发展数字经济？"), fmt="text")
    目标 发展数字经济（《发展数字经济》（张三 李四））由 1 项举措支撑
    <BLANKLINE>
    目标 发展数字经济 —— 《发展数字经济》（张三 李四）  (1)
      「发展数字经济」
      • 加快建设数据中心
        「一是加快建设数据中心」 —— 《发展数字经济》（张三 李四）
    """
    if fmt not in ("text", "json", "tree"):
        raise PolicyKGError(f"unknown format {fmt!r}; use text or json")
    if fmt == "json":
        _json(asdict(found))
        return
    out: list[tuple[str, str]] = [("bold", found.heading)]  # (style, text) per line
    if found.note:
        out.append(("yellow", found.note))
    if not found.found:
        out += _miss(found)
    else:
        out += _body(found, limit)
    _write(out)


GROUPS_SHOWN = 10  # groups whose lines the text shows (every group's count is listed first)
MARKS = {"goal": ("red", "目标"), "measure": ("cyan", "举措"), "concept": ("green", "概念"), "article": ("magenta", "文章"),
         "agency": ("yellow", "部门"), "region": ("blue", "省份"), "year": ("blue", "年份")}


def _body(found: Answer, limit: int) -> list[tuple[str, str]]:
    out = []
    if len(found.groups) > 1 or found.count_only:
        for g in found.groups:
            where = f" —— {g.article}" if g.article and g.kind != "article" else ""
            out.append(("", f"  {g.count:>5}  {_mark(g.kind)} {g.label}{where}"))
        if found.more:
            out.append(("dim", f"  另有 {found.more} 组未列出 (--format json 看全部)"))
    if found.count_only:
        return out
    shown = found.groups if limit <= 0 else found.groups[:GROUPS_SHOWN]
    for g in shown:
        out += _group(g, limit, header=len(found.groups) > 1 or bool(g.quote))
    if len(shown) < len(found.groups):
        out += [("", ""), ("dim", f"… 另有 {len(found.groups) - len(shown)} 组的内容未列出 (--limit 0 或 --format json 看全部)")]
    return out


def _mark(kind: str) -> str:
    return MARKS.get(kind, ("", ""))[1]


def _group(g: Group, limit: int, *, header: bool) -> list[tuple[str, str]]:
    out = []
    if header:
        where = f" —— {g.article}" if g.article and g.kind != "article" else ""
        out += [("", ""), ("bold", f"{_mark(g.kind)} {g.label}{where}  ({g.count})")]
        if g.quote:
            out.append(("dim", f"  「{g.quote}」"))
    shown = g.lines if limit <= 0 else g.lines[:limit]
    for line in shown:
        said = line.relation and f"—{line.relation}→" not in line.label
        out.append(("", f"  • {line.relation + ' ' if said else ''}{line.label}"))
        if line.quote or line.article:
            out.append(("dim", f"    「{line.quote}」 —— {line.article}"))
    if len(shown) < len(g.lines):
        out.append(("dim", f"  … 另有 {len(g.lines) - len(shown)} 项 (--limit 0 看全部)"))
    return out


def _write(lines: list[tuple[str, str]]) -> None:
    """Lines in their styles on a terminal (one rich print), plainly elsewhere."""
    import sys

    if not sys.stdout.isatty():
        sys.stdout.write("".join(text + "\n" for _, text in lines))
        return
    from rich.markup import escape

    _console().print("\n".join(f"[{style}]{escape(text)}[/{style}]" if style else escape(text) for style, text in lines))


def _miss(found: Answer) -> list[tuple[str, str]]:
    out = []
    if found.suggestions:
        out.append(("", "你是不是想问 (did you mean):"))
        out += [("", f"  • {s}") for s in found.suggestions]
    if found.forms:
        out.append(("", "可以这样问 (questions this graph answers):"))
        out += [("", f"  {form}") for form in found.forms]
    return out


def named(queries: dict[str, str]) -> None:
    """Names and what they are, one a line, the names in a column.

    >>> named({"concepts": "Every concept", "goals": "Every goal"})
    concepts  Every concept
    goals     Every goal
    """
    width = max(map(len, queries), default=0)
    for name, about in queries.items():
        print(f"{name.ljust(width)}  {about}")


def table(result: Result) -> None:
    """A text table that never cuts a value: on a terminal long values wrap inside their cell,
    elsewhere (a pipe, a file) the table is as wide as its longest values.

    >>> from kg.graph.results import run_query
    >>> from kg.graph.store import Store
    >>> table(run_query(Store.from_turtle('<http://e/a> <http://e/p> "甲" .'.encode()), "SELECT ?s ?o { ?s ?p ?o }"))
    ┏━━━━━━━━━━━━┳━━━━┓
    ┃ s          ┃ o  ┃
    ┡━━━━━━━━━━━━╇━━━━┩
    │ http://e/a │ 甲 │
    └────────────┴────┘
    1 rows
    """
    from rich.cells import cell_len
    from rich.console import Console
    from rich.table import Table

    from kg.graph.results import render, table_rows

    if result.kind == "graph":
        raw(render(result, "turtle"))
        return
    header, rows = table_rows(result)
    out = Table(show_lines=False)
    for name in header:
        out.add_column(name, overflow="fold")
    for row in rows:
        out.add_row(*row)
    widths = [max([cell_len(name), *(cell_len(r[i]) for r in rows)]) for i, name in enumerate(header)]
    console = Console(highlight=False, soft_wrap=False)
    if not console.is_terminal:
        console = Console(highlight=False, soft_wrap=False, width=max(80, sum(widths) + 3 * len(widths) + 1))
    console.print(out)
    if result.kind == "select":
        print(f"{len(rows)} rows")


def raw(data: bytes) -> None:
    """Write bytes to standard output as they are (an export in any format).

    >>> import contextlib, io
    >>> out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    >>> with contextlib.redirect_stdout(out):
    ...     raw("数据中心\\n".encode())
    >>> out.buffer.getvalue().decode()
    '数据中心\\n'
    """
    import sys

    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()


def analysis(result: Analysis, *, fmt: str) -> None:
    """Print a network analysis as ``policykg analyze`` does: JSON, Markdown, or tables in the terminal.

    >>> import contextlib, io
    >>> from kg.model import ConceptRelation as K
    >>> from kg.views.analysis import analyze
    >>> from kg.views.conceptmap import ConceptMap, ConceptNode, StatedRelation
    >>> nodes = {x: ConceptNode(x, x, "Concept") for x in ("未来产业", "量子科技")}
    >>> result = analyze(ConceptMap(nodes, (StatedRelation("未来产业", "量子科技", K.INCLUDES, "", 0, 0, "a", "文一"),)))
    >>> with contextlib.redirect_stdout(out := io.StringIO()):
    ...     analysis(result, fmt="json")
    >>> [(row["label"], row["score"]) for row in json.loads(out.getvalue())["degree"]]
    [('未来产业', 1.0), ('量子科技', 1.0)]
    """
    from kg.views.analysis import as_json, as_markdown, betweenness_title, heading

    if fmt == "json":
        print(as_json(result))
        return
    if fmt == "markdown":
        print(as_markdown(result), end="")
        return
    from rich.table import Table

    console = _console()
    console.print(heading(result), soft_wrap=True)
    for title, rows in (("degree", result.degree), ("PageRank", result.pagerank),
                        (betweenness_title(result).lower(), result.betweenness)):
        t = Table("concept", "type", title, title=f"top concepts by {title}")
        for r in rows:
            t.add_row(r.label, r.kind, f"{r.score:g}")
        console.print(t)
    t = Table("community", "concepts", "top concepts", title="communities (Louvain, seed 1)")
    for c in result.communities:
        t.add_row(c.name, str(c.size), "、".join(c.top))
    console.print(t)
    t = Table("concept", "type", "communities", "joins", "betweenness", title="bridging concepts (related into several communities)")
    for b in result.bridges:
        t.add_row(b.label, b.kind, str(b.communities), " / ".join(b.joins), f"{b.betweenness:g}")
    console.print(t)
    t = Table("article", "concepts", "relations", "by kind", "most related", title="articles compared")
    for a in result.articles:
        t.add_row(a.title, str(a.concepts), str(a.relations), " · ".join(f"{zh} {n}" for zh, n in a.kinds), "、".join(a.top))
    console.print(t)
