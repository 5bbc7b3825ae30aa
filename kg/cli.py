"""The command line: parse, call one library function, print.

Library errors (:class:`kg.errors.PolicyKGError`) become one line on stderr
and a non-zero exit, here and nowhere else.
"""

from __future__ import annotations

import contextlib
import os
import shlex
import sys
import tempfile
from functools import cache
from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperGroup
from typer.exceptions import TyperException
from typer.testing import CliRunner

from kg.errors import InputError, OutputError, PolicyKGError, unexpected

DEFAULT_GRAPH = Path("out/graph.ttl")
DEFAULT_DATASET = Path("out/graph.nq")
GraphOption = Annotated[Path, typer.Option("--graph", "-g", help="Graph file (Turtle) to read.")]
# ask, measures, query, serve and viz read the store graph.db beside it instead, when the build wrote both.
StoreOption = Annotated[Path, typer.Option("--graph", "-g", help="Graph file (Turtle) to read; the store graph.db "
                                           "beside it is read instead when the same build wrote both.")]


MAX_INPUT_MB = 1024.0  # the largest --max-mb: a gigabyte for one document


def _bytes(megabytes: float, option: str, *, most: float) -> int:
    """``megabytes`` as bytes, when it is a number above 0 and at most ``most``; else one error line.

    >>> _bytes(0.5, "--max-mb", most=10)
    524288
    >>> _bytes(float("nan"), "--max-mb", most=10)
    Traceback (most recent call last):
    kg.errors.InputError: --max-mb nan: give a number of megabytes above 0 and at most 10
    """
    if not 0 < megabytes <= most:  # also false for nan
        raise InputError(f"{option} {megabytes:g}: give a number of megabytes above 0 and at most {most:g}")
    return int(megabytes * 2**20)


def _folder(name: str) -> Path:
    """An output folder's name as a path; an empty name is an error, not the current folder."""
    if not name.strip():
        raise OutputError("-o/--out is empty: name the output folder (e.g. -o out)")
    return Path(name)


class _Group(TyperGroup):
    def invoke(self, ctx: Any) -> Any:  # a click Context: click's own or the copy newer typer vendors
        try:
            return super().invoke(ctx)
        except PolicyKGError as exc:
            typer.echo(f"policykg: error: {exc}", err=True)
            raise typer.Exit(exc.exit_code) from None
        except KeyboardInterrupt:
            typer.echo("policykg: interrupted; nothing half-written was left in place", err=True)
            raise typer.Exit(130) from None
        except (typer.Exit, typer.Abort, TyperException):  # usage errors: typer prints them
            raise
        except BrokenPipeError:  # the output's reader stopped (policykg … | head): stop as quietly, flushing into nothing
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            raise typer.Exit(1) from None
        except Exception as exc:  # never a traceback: one line, naming what failed
            typer.echo(f"policykg: error: {unexpected(exc)}", err=True)
            raise typer.Exit(1) from None


app = typer.Typer(cls=_Group, pretty_exceptions_show_locals=False, no_args_is_help=True,
                  add_completion=False, help="Chinese policy writing → a knowledge graph of goals, measures "
                  "and concepts, with the sentence that says so.")


@app.command()
def build(
    paths: Annotated[list[Path] | None, typer.Argument(help="Files or folders: .txt, .pdf, .docx, .html (default: the seed page).")] = None,
    out: Annotated[str, typer.Option("--out", "-o", help="Output folder.")] = "out",
    page: Annotated[bool, typer.Option(help="Also write graph.html.")] = True,
    workers: Annotated[int | None, typer.Option(min=1, help="Extraction processes (default: the CPU count).")] = None,
    max_mb: Annotated[float, typer.Option(help="Refuse input files larger than this many MB.")] = 20.0,
    scheduler: Annotated[str | None, typer.Option(
        help="Extract on a Dask cluster: its scheduler's address (tcp://host:8786), or `local` for a local one.")] = None,
    follow_links: Annotated[bool, typer.Option(help="Follow links that lead out of a folder given.")] = False,
) -> None:
    """Build graph.ttl, graph.nq (one named graph per document), the store graph.db and graph.html from policy texts.

    Example: policykg build a.txt -o out
    \f
    >>> _example("policykg build a.txt -o out2 --no-page", first=1, lines=1)
    graph: out2/graph.ttl  dataset: out2/graph.nq
    """
    from kg.corpus.build import build as run
    from kg.processes import share_malloc_arenas
    from kg.resources import seeds_dir
    from kg.views.show import progress_bar

    share_malloc_arenas()  # this process is the build's: its store loaders give back to one another what they free
    with progress_bar() as progress:
        report = run(paths or [seeds_dir()], _folder(out), page=page, workers=workers, progress=progress,
                     max_bytes=_bytes(max_mb, "--max-mb", most=MAX_INPUT_MB), scheduler=scheduler,
                     follow_links=follow_links)
    for warning in report.warnings:
        typer.echo(f"policykg: warning: {warning}", err=True)
    for failure in report.failures:
        typer.echo(f"policykg: skipped: {failure}", err=True)
    typer.echo(f"{report.documents} documents ({report.extracted} extracted, "
               f"{report.documents - report.extracted} from the cache), "
               f"{report.articles} articles, {report.goals} goals, {report.measures} measures, "
               f"{report.triples} triples")
    typer.echo(f"graph: {report.graph_path}  dataset: {report.dataset_path}")
    if report.page_path:
        typer.echo(f"page:  {report.page_path}")
    if report.failures:
        raise typer.Exit(1)


@app.command()
def measures(
    goal: Annotated[str | None, typer.Argument(help="A goal, matched loosely (e.g. 制造业高质量发展).")] = None,
    graph: StoreOption = DEFAULT_GRAPH,
    fmt: Annotated[str, typer.Option("--format", "-f", help="tree or json.")] = "tree",
    limit: Annotated[int, typer.Option(help="Measures shown per goal in the tree (0: all).")] = 0,
    document: Annotated[str | None, typer.Option(help="Print the whole tree of one document (its 文号 or title).")] = None,
) -> None:
    """The goal → measure tree of every article (a summary of each document's top goals when the graph is
    large), of one document, or the measures supporting every goal a name matches.

    Example: policykg measures
    \f
    >>> _example("policykg measures")
    《关于发展数字经济的意见》
    └── 目标 发展数字经济
        ├── 举措 加快建设数据中心
    """
    from kg.ask import index_for
    from kg.ask.reply import measures_for
    from kg.ask.trees import measure_trees
    from kg.views import show

    index = index_for(graph)
    if goal is None:
        found = measure_trees(index, document=document)
        show.trees(found.trees, fmt=fmt, note=found.note)
    else:
        show.answer(measures_for(index, goal), fmt=fmt, limit=limit)


@app.command()
def instruments(
    graph: StoreOption = DEFAULT_GRAPH,
    by: Annotated[str, typer.Option("--by", help="Rows: all, document, goal, year or region.")] = "all",
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv or json.")] = "table",
    chart: Annotated[Path | None, typer.Option("--chart", help="Also write a bar chart of the family shares (SVG).")] = None,
) -> None:
    """The policy-instrument cross-table: measures per family (supply, environment, demand) and subtype,
    with shares, per document, goal, year or region.

    Example: policykg instruments --by document -f csv
    \f
    >>> _example("policykg instruments --by document -f csv", first=1, lines=1)
    《关于发展数字经济的意见》,3,2,1,0,0.6667,0.3333,0.0000,0,1,0,1,0,1,0,0,0,0,0,0,0,0,0
    """
    from kg.views.instruments import By, render
    from kg.views.instruments import instruments as run

    if by not in [b.value for b in By]:
        raise PolicyKGError(f"unknown --by {by!r}; use all, document, goal, year or region")
    if fmt not in ("table", "csv", "json"):
        raise PolicyKGError(f"unknown format {fmt!r}; use table, csv or json")
    typer.echo(render(run(graph, by=By(by), chart=chart), fmt=fmt), nl=False)


@app.command()
def ask(
    question: Annotated[str, typer.Argument(help="A question in Chinese, e.g. 哪些举措支撑现代化产业体系建设？")],
    graph: StoreOption = DEFAULT_GRAPH,
    fmt: Annotated[str, typer.Option("--format", "-f", help="text or json.")] = "text",
    limit: Annotated[int, typer.Option(help="Lines shown per group in text (0: all).")] = 10,
) -> None:
    """Answer a question about goals, measures, concepts, agencies and documents, with quotes.

    Exits 1 when the graph holds nothing the question names (the answer then lists the closest names).

    Example: policykg ask 哪些举措支撑发展数字经济
    \f
    >>> _example("policykg ask 哪些举措支撑发展数字经济", lines=1)
    目标 发展数字经济（《关于发展数字经济的意见》）由 3 项举措支撑
    """
    from kg.ask import answer, index_for
    from kg.views import show

    found = answer(index_for(graph), question)
    show.answer(found, fmt=fmt, limit=limit)
    if not found.found:
        raise typer.Exit(1)


@app.command()
def trend(
    term: Annotated[str, typer.Argument(help="A term, e.g. 新质生产力.")],
    graph: StoreOption = DEFAULT_GRAPH,
    by: Annotated[str, typer.Option(help="year, region or genre.")] = "year",
    scope: Annotated[str | None, typer.Option(help="national, provincial or all (default: national by year, "
                                              "all by region or genre).")] = None,
    kind: Annotated[str, typer.Option(help="The kind of document followed (all: every kind).")] = "政府工作报告",
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv, json or png.")] = "table",
    out: Annotated[Path | None, typer.Option("--out", "-o", help="The chart's file (png or svg).")] = None,
) -> None:
    """How often a term is used per year (and region or genre); a year without a document is no data, never 0.

    Example: policykg trend 新质生产力 --by region
    \f
    >>> _example("policykg trend 数字经济 --kind all", lines=2)
    「数字经济」 by year, national
    series        year   count   per 10k  stmts  documents
    """
    from kg.api import trend as run
    from kg.views import trendview

    if fmt not in ("table", "csv", "json", "png", "svg"):
        raise typer.BadParameter(f"{fmt}: use table, csv, json or png", param_hint="--format")
    found = run(graph, term, by=by, scope=scope, kind="" if kind == "all" else kind)
    if fmt in ("png", "svg"):
        target = out or Path(f"trend-{term}-{by}.{fmt}")
        trendview.chart(found, target)
        typer.echo(f"chart: {target}")
    else:
        typer.echo({"table": trendview.as_table, "csv": trendview.as_csv, "json": trendview.as_json}[fmt](found), nl=False)


@app.command()
def diffusion(
    term: Annotated[str, typer.Argument(help="A term, e.g. 低空经济.")],
    graph: StoreOption = DEFAULT_GRAPH,
    kind: Annotated[str, typer.Option(help="The kind of document read (all: every kind).")] = "政府工作报告",
) -> None:
    """The first year a term appears nationally and in each province, with the sentence; then, per year, the
    words before it in the national goals and measures that name it (推进 → 加快推进 → 全面推进).

    Example: policykg diffusion 低空经济
    \f
    >>> _example("policykg diffusion 数字经济 --kind all", lines=1)
    「数字经济」首次出现 first appearance
    """
    from kg.api import diffusion as run
    from kg.api import wording
    from kg.views import trendview

    kind = "" if kind == "all" else kind
    typer.echo(trendview.diffusion_table(run(graph, term, kind=kind), term), nl=False)
    typer.echo(trendview.wording_table(wording(graph, term, kind=kind), term), nl=False)


@app.command()
def query(
    sparql: Annotated[str | None, typer.Argument(help="A SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE).")] = None,
    file: Annotated[Path | None, typer.Option("--file", "-f", help="Read the query from a .rq file.")] = None,
    name: Annotated[str | None, typer.Option("--name", "-n", help="A bundled query (see --list).")] = None,
    bind: Annotated[list[str] | None, typer.Option(
        help="var=value: an IRI (bare or <…>), pol:Goal, a node's name (goal=制造业高质量发展) or a literal '\"制造业\"@zh'.")] = None,
    fmt: Annotated[str, typer.Option("--format", help="table, csv, tsv, json, xml; turtle, nt, jsonld for graphs.")] = "table",
    list_: Annotated[bool, typer.Option("--list", help="List the bundled queries.")] = False,
    graph: StoreOption = DEFAULT_GRAPH,
) -> None:
    """Run a SPARQL query on the graph (read-only); the standard prefixes (pol:, rdfs:, skos: …) need no
    declaring; values are bound, never pasted into the text.

    Example: policykg query 'SELECT ?label WHERE { ?g a pol:Goal ; rdfs:label ?label }' --format csv
    \f
    >>> _example("policykg query 'SELECT ?label WHERE { ?g a pol:Goal ; rdfs:label ?label }' --format csv")
    label
    发展数字经济
    """
    from kg.ask import prepare
    from kg.ask.bindings import bind_values
    from kg.graph.diskstore import open_graph
    from kg.graph.prologue import run
    from kg.graph.results import parse_bindings, parse_term, render
    from kg.graph.store import named_queries, query_text
    from kg.views import show

    if list_:
        show.named(named_queries())
        return
    text = query_text(sparql=sparql, file=file, name=name)
    values = parse_bindings(bind or [])
    store = open_graph(graph)
    index = prepare(store) if any(parse_term(v) is None for v in values.values()) else None
    result = run(store, text, bind_values(index, values))
    if fmt == "table":
        show.table(result)
    else:
        show.raw(render(result, fmt))


@app.command()
def serve(
    graph: StoreOption = DEFAULT_GRAPH,
    host: Annotated[str, typer.Option(help="Address to listen on (loopback unless told otherwise).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port (0: any free port).")] = 7878,
    timeout: Annotated[float, typer.Option(min=0.1, help="Seconds a query may run before it is stopped.")] = 10.0,
    processes: Annotated[int | None, typer.Option(min=1, max=64, help="Query processes (default: CPUs + 2, at least 4).")] = None,
    max_rows: Annotated[int, typer.Option(min=1, help="Rows (solutions or triples) one answer may hold.")] = 100_000,
    max_response_mb: Annotated[float, typer.Option(min=0.01, help="Megabytes one answer may hold.")] = 32.0,
    max_query_mb: Annotated[float, typer.Option(min=16, help="Megabytes of memory one query may use.")] = 1024.0,
    read_timeout: Annotated[float, typer.Option(min=0.5, help="Seconds to send a whole request, or to idle between requests.")] = 10.0,
    allow_service: Annotated[list[str] | None, typer.Option(help="A host SERVICE clauses may query (repeatable; default: none).")] = None,
) -> None:
    """Serve the graph: SPARQL 1.1 Protocol at /sparql (read-only), the page at /, /ask?q=…. Until Ctrl-C.

    Example: policykg serve --port 7878
    \f
    >>> _example("policykg serve --graph 没有这个文件.ttl", lines=1)  # the port is bound, then the graph opened
    policykg: error: 没有这个文件.ttl: no graph here; run `policykg build` first (or pass --graph)
    """
    from kg.api import serve as run
    from kg.serve.server import Limits, default_processes

    limits = Limits(timeout=timeout, memory_mb=max_query_mb, max_rows=max_rows, max_bytes=int(max_response_mb * 2**20),
                    processes=processes or default_processes(), read_timeout=read_timeout,
                    allow_service=tuple(allow_service or ()))
    run(graph, host=host, port=port, limits=limits,
        ready=lambda url: typer.echo(f"serving {url} (SPARQL: {url}sparql)", err=False))


@app.command()
def viz(
    graph: StoreOption = DEFAULT_GRAPH,
    concept: Annotated[str | None, typer.Option(help="Draw one concept's neighbourhood (matched loosely).")] = None,
    depth: Annotated[int, typer.Option(min=1, max=4, help="With --concept: steps of relations to draw.")] = 1,
    article: Annotated[str | None, typer.Option(help="Draw one article (title matched loosely).")] = None,
    goal: Annotated[str | None, typer.Option(help="Draw one goal's support tree (matched loosely).")] = None,
    statements: Annotated[bool, typer.Option("--statements", help="Draw goals and measures instead of concepts.")] = False,
    output: Annotated[Path, typer.Option("--output", "-o", help="HTML file to write.")] = Path("out/view.html"),
) -> None:
    """Write an interactive page: the concept map (stated relations, labelled by kind, quotes in tooltips)
    of the whole graph, of one concept's neighbourhood or of one article; or the goals and measures.

    Example: policykg viz --concept 数字经济 -o view.html
    \f
    >>> _example("policykg viz -o view.html")
    概念图 policykg: view.html
    """
    from kg.corpus.files import write_text_atomic
    from kg.graph.diskstore import open_graph
    from kg.views.focus import focused_page

    page, title = focused_page(open_graph(graph), goal=goal, article=article, concept=concept, depth=depth,
                               statements=statements)
    write_text_atomic(output, page)
    typer.echo(f"{title}: {output}")


@app.command()
def analyze(
    graph: GraphOption = DEFAULT_GRAPH,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, markdown or json.")] = "table",
    top: Annotated[int, typer.Option(help="How many concepts to list per measure.")] = 15,
    co_mention: Annotated[bool, typer.Option(
        "--co-mention", help="Also join concepts that one goal or measure names together (co-mention, not a relation).")] = False,
    least: Annotated[int, typer.Option("--min-co-mention", min=1,
                                       help="With --co-mention: statements that must name a pair together.")] = 1,
) -> None:
    """Network analysis of the stated concept relations: central concepts, communities, bridging concepts, articles.

    Example: policykg analyze -f markdown
    \f
    >>> _example("policykg analyze -f markdown", lines=1)
    # policykg analysis of the concept graph
    """
    from kg.graph.store import Store
    from kg.views import show
    from kg.views.analysis import analyze as run
    from kg.views.conceptmap import concept_map

    if fmt not in ("table", "markdown", "json"):
        raise PolicyKGError(f"unknown format {fmt!r}; use table, markdown or json")
    show.analysis(run(concept_map(Store.open(graph)), co_mention=co_mention, least=least, top=top), fmt=fmt)


@app.command()
def validate(
    graph: GraphOption = DEFAULT_GRAPH,
    workers: Annotated[int | None, typer.Option(min=1, help="Processes for a dataset (default: the CPU count).")] = None,
) -> None:
    """Check the graph against the SHACL shapes in ontology/shapes.ttl.

    A dataset (graph.nq) is checked one document at a time, in parallel: faster and far
    smaller than the union in graph.ttl.

    Example: policykg validate -g out/graph.nq
    \f
    >>> _example("policykg validate -g out/graph.nq", lines=1)  # doctest: +NORMALIZE_WHITESPACE
    conforms: every goal and measure has a Chinese label, an article and a quote; pol:supports links goals and
    measures; every concept has a prefLabel
    """
    from kg.corpus.build import default_workers
    from kg.graph.store import Store
    from kg.graph.validate import validate_store

    report = validate_store(Store.open(graph), workers=workers or default_workers())
    typer.echo(report.summary())
    if not report.conforms:
        raise typer.Exit(1)


@app.command()
def export(
    fmt: Annotated[str, typer.Option("--format", "-f", help="trig, nquads, turtle, nt, jsonld, xml, gexf, graphml or csv.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="File to write.")],
    graph: GraphOption = DEFAULT_GRAPH,
) -> None:
    """Write the graph in another format (trig/nquads keep one named graph per document).

    Example: policykg export -f trig -o graph.trig
    \f
    >>> _example("policykg export -f trig -o graph.trig")
    trig: graph.trig
    """
    from kg.corpus.files import write_atomic
    from kg.graph.diskstore import dataset_beside
    from kg.graph.store import Store
    from kg.views.export import export_bytes

    write_atomic(output, export_bytes(Store.open(dataset_beside(graph, fmt)), fmt))
    typer.echo(f"{fmt}: {output}")


@app.command()
def push(
    endpoint: Annotated[str, typer.Option(help="Graph Store Protocol URL, e.g. http://127.0.0.1:7878/store.")],
    graph: Annotated[Path, typer.Option("--graph", "-g", help="Dataset (.nq/.trig) or graph file.")] = DEFAULT_DATASET,
    timeout: Annotated[float, typer.Option(help="Seconds to wait for each request.")] = 60.0,
) -> None:
    """Load every named graph into a SPARQL 1.1 Graph Store Protocol server (PUT, replacing).

    Example: policykg push --endpoint http://127.0.0.1:3030/ds/data
    \f
    >>> import http.server, threading
    >>> class Accepting(http.server.BaseHTTPRequestHandler):  # a Graph Store that takes every PUT
    ...     def do_PUT(self):
    ...         self.rfile.read(int(self.headers["Content-Length"])); self.send_response(201); self.end_headers()
    ...     def log_message(self, *args): pass
    >>> server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Accepting)
    >>> threading.Thread(target=server.serve_forever, daemon=True).start()
    >>> _example(f"policykg push --endpoint http://127.0.0.1:{server.server_port}/store -g out/graph.nq", lines=1)
    ... # doctest: +ELLIPSIS
    2 graphs, ... triples → http://127.0.0.1:.../store
    >>> server.shutdown(); server.server_close()
    """
    from kg.graph.push import check_endpoint
    from kg.graph.push import push as run
    from kg.graph.store import Store

    report = run(Store.open(graph), check_endpoint(endpoint), timeout=timeout)
    typer.echo(f"{report.graphs} graphs, {report.triples} triples → {endpoint}")


@cache
def _example_folder() -> tempfile.TemporaryDirectory[str]:
    """A folder (made once per process, removed at its exit) holding a.txt, a short document, and out/, its graph:
    the commands' examples (after \\f in their docstrings, which --help leaves out) run on it."""
    holder = tempfile.TemporaryDirectory(prefix="policykg-example-")
    folder = Path(holder.name)
    text = "关于发展数字经济的意见\n\n一是加快建设数据中心。二是推动人工智能与实体经济深度融合。三是设立数字经济发展专项资金。\n"
    (folder / "a.txt").write_text(text, encoding="utf-8")
    _example("policykg build a.txt --workers 1 --no-page", lines=0, folder=folder)
    return holder


def _example(command: str, *, first: int = 0, lines: int = 3, folder: Path | None = None) -> None:
    """Print lines ``first`` to ``first + lines`` of what ``command`` (split as a shell would) prints in ``folder``.

    >>> _example("policykg export -f nquads -o graph.nq")
    nquads: graph.nq
    """
    with contextlib.chdir(folder or _example_folder().name):
        output = CliRunner().invoke(app, shlex.split(command)[1:], prog_name="policykg").output
    if lines:
        print("\n".join(line.rstrip() for line in output.splitlines()[first:first + lines]))


def main() -> None:
    """The ``policykg`` command: its words from ``sys.argv``; an error is one line on stderr and a non-zero exit.

    >>> from unittest import mock
    >>> with mock.patch("sys.argv", ["policykg", "validate", "-g", "没有这个文件.ttl"]):
    ...     main()
    Traceback (most recent call last):
    SystemExit: 1
    """
    app(prog_name="policykg")
