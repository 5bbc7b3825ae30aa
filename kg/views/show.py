"""Printing answers for a terminal (rich) or as JSON."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict

from kg.ask.answers import Answer, Item
from kg.errors import PolicyKGError


def _console():  # type: ignore[no-untyped-def]
    from rich.console import Console

    return Console(highlight=False, soft_wrap=False)


def _check(fmt: str) -> None:
    if fmt not in ("tree", "json"):
        raise PolicyKGError(f"unknown format {fmt!r}; use tree or json")


def _json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=1))


def _strip(item: Item) -> dict:
    return asdict(item)


def trees(roots: list[Item], *, fmt: str) -> None:
    _check(fmt)
    if fmt == "json":
        _json([_strip(r) for r in roots])
        return
    from rich.markup import escape
    from rich.tree import Tree

    console = _console()
    by_article: dict[str, list[Item]] = {}
    for root in roots:
        by_article.setdefault(root.article, []).append(root)
    for article, items in by_article.items():
        top = Tree(f"[bold]{escape(article)}[/bold]")
        for item in items:
            _grow(top, item, escape)
        console.print(top)


def _grow(parent, item: Item, escape) -> None:  # type: ignore[no-untyped-def]
    style = "red" if item.kind == "goal" else "cyan"
    mark = "目标" if item.kind == "goal" else "举措"
    serves = f"  [dim]→ 服务于 {escape('；'.join(item.serves))}[/dim]" if item.serves else ""
    branch = parent.add(f"[{style}]{mark}[/{style}] {escape(item.label)}{serves}")
    for child in item.children:
        _grow(branch, child, escape)


@contextmanager
def progress_bar() -> Iterator[Callable[[int, int, str], None]]:
    """A rich progress bar on stderr (only on a terminal) fed by ``(done, total, name)`` calls."""
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
    lines, ``limit`` per group, 0 for all) or as JSON (everything)."""
    if fmt not in ("text", "json", "tree"):
        raise PolicyKGError(f"unknown format {fmt!r}; use text or json")
    if fmt == "json":
        _json(asdict(found))
        return
    from rich.markup import escape

    console = _console()
    console.print(f"[bold]{escape(found.heading)}[/bold]")
    if found.note:
        console.print(f"[yellow]{escape(found.note)}[/yellow]")
    if not found.found:
        _miss(console, found, escape)
        return
    if len(found.groups) > 1 or found.count_only:
        for g in found.groups:
            where = f" —— {escape(g.article)}" if g.article and g.kind != "article" else ""
            console.print(f"  [bold]{g.count:>5}[/bold]  {_mark(g.kind)} {escape(g.label)}{where}")
        if found.more:
            console.print(f"  [dim]另有 {found.more} 组未列出 (--format json 看全部)[/dim]")
    if found.count_only:
        return
    for g in found.groups:
        _group(console, g, escape, limit, header=len(found.groups) > 1 or bool(g.quote))


def _mark(kind: str) -> str:
    style, word = {"goal": ("red", "目标"), "measure": ("cyan", "举措"), "concept": ("green", "概念"),
                   "article": ("magenta", "文章")}.get(kind, ("white", ""))
    return f"[{style}]{word}[/{style}]"


def _group(console, g, escape, limit: int, *, header: bool) -> None:  # type: ignore[no-untyped-def]
    if header:
        where = f" —— {escape(g.article)}" if g.article and g.kind != "article" else ""
        console.print(f"\n{_mark(g.kind)} [bold]{escape(g.label)}[/bold]{where}  ({g.count})")
        if g.quote:
            console.print(f"  [dim]「{escape(g.quote)}」[/dim]")
    shown = g.lines if limit <= 0 else g.lines[:limit]
    for line in shown:
        said = line.relation and f"—{line.relation}→" not in line.label
        relation = f"[green]{escape(line.relation)}[/green] " if said else ""
        console.print(f"  [cyan]•[/cyan] {relation}{escape(line.label)}")
        if line.quote or line.article:
            console.print(f"    [dim]「{escape(line.quote)}」 —— {escape(line.article)}[/dim]")
    if len(shown) < len(g.lines):
        console.print(f"  [dim]… 另有 {len(g.lines) - len(shown)} 项 (--limit 0 看全部)[/dim]")


def _miss(console, found: Answer, escape) -> None:  # type: ignore[no-untyped-def]
    if found.suggestions:
        console.print("你是不是想问 (did you mean):")
        for s in found.suggestions:
            console.print(f"  • {escape(s)}")
    if found.forms:
        console.print("可以这样问 (questions this graph answers):")
        for form in found.forms:
            console.print(f"  {escape(form)}")


def named(queries: dict[str, str]) -> None:
    width = max(map(len, queries), default=0)
    for name, about in queries.items():
        print(f"{name.ljust(width)}  {about}")


def table(result) -> None:  # type: ignore[no-untyped-def]
    """A text table that never cuts a value: on a terminal long values wrap inside their cell,
    elsewhere (a pipe, a file) the table is as wide as its longest values."""
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
    import sys

    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()


def analysis(result, *, fmt: str) -> None:  # type: ignore[no-untyped-def]
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
