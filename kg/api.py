"""The Python API: documents read into records, many documents into a graph that answers.

>>> doc = read_text("发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。要完善算力网络。\\n", name="a.txt")
>>> [(s.kind.value, s.label) for s in doc.statements]
[('goal', '发展数字经济'), ('measure', '加快建设数据中心'), ('measure', '完善算力网络')]
>>> graph = Graph([doc])
>>> [line.label for line in graph.ask("哪些举措支撑发展数字经济？").lines]
['加快建设数据中心', '完善算力网络']
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from kg.errors import InputError
from kg.model import DocumentFacts, Source

if TYPE_CHECKING:  # imported where used, so that a command pays only for what it runs
    from kg.ask.answers import Answer
    from kg.ask.index import Index
    from kg.ask.trends import First, Trend, Wording
    from kg.graph.store import Store, Term
    from kg.serve.server import Endpoint, Limits
    from kg.text.lexicon import Lexicon

__all__ = ["Graph", "diffusion", "read_file", "read_files", "read_text", "serve", "trend", "wording"]

SUFFIX_FORMATS = {".ttl": "turtle", ".nq": "nquads", ".nt": "nt", ".trig": "trig", ".jsonld": "jsonld",
                  ".rdf": "xml", ".xml": "xml", ".graphml": "graphml", ".gexf": "gexf", ".csv": "csv"}


def read_text(text: str, *, name: str = "text.txt", lexicon: Lexicon | None = None) -> DocumentFacts:
    """One document's articles, statements, support links, concepts and relations, with their offsets
    in ``text``; ``name`` identifies the document in the graph.

    >>> doc = read_text("发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。\\n", name="a.txt")
    >>> [(s.label, s.evidence.start, s.evidence.end) for s in doc.statements]
    [('发展数字经济', 0, 6), ('加快建设数据中心', 15, 25)]
    """
    from kg.extract import extract_document

    return extract_document(Source(name, text), lexicon=lexicon)


def read_file(path: str | Path, *, lexicon: Lexicon | None = None) -> DocumentFacts:
    """A file read as ``policykg build`` reads it (encoding detected, size bounded), then extracted.

    >>> read_file("no/such/file.txt")
    Traceback (most recent call last):
    ...
    kg.errors.InputError: no/such/file.txt: no such file
    """
    from kg.extract import extract_document
    from kg.text.sources import read

    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    return extract_document(read(path, name=path.name), lexicon=lexicon)


def read_files(paths: Iterable[str | Path], *, lexicon: Lexicon | None = None) -> Iterator[DocumentFacts]:
    """Every text file under ``paths`` (files or folders), read one after another.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("发展数字经济\\n\\n一是加快建设数据中心。\\n", encoding="utf-8")
    >>> [(d.page.source.name, len(d.statements)) for d in read_files([folder])]
    [('a.txt', 2)]
    """
    from kg.extract import extract_document
    from kg.text.sources import inputs, read

    for path, name in inputs([Path(p) for p in paths]):
        yield extract_document(read(path, name=name), lexicon=lexicon)


class Graph:
    """Documents as one RDF graph: SPARQL, Chinese questions, and any RDF format out.

    >>> graph = Graph([read_text("发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。\\n", name="a.txt")])
    >>> [row["label"] for row in graph.query("SELECT ?label WHERE { ?g a pol:Goal ; rdfs:label ?label }")]
    ['发展数字经济']
    >>> graph.write(io.BytesIO(), format="turtle") > 0
    True
    """

    def __init__(self, documents: Iterable[DocumentFacts] = (), *, store: Store | None = None,
                 index: Index | None = None) -> None:
        from kg.graph.citations import CITATIONS_GRAPH, graph_of
        from kg.graph.rdf import dataset_graphs, document_ntriples

        self.documents = tuple(documents)
        if store is None:
            named = [*dataset_graphs([(d.page.source.name, document_ntriples(d)) for d in self.documents]),
                     (CITATIONS_GRAPH, graph_of(self.documents))]
            import pyoxigraph as ox

            from kg.graph.store import Store

            store = Store.load(_nquads(named), ox.RdfFormat.N_QUADS)
        self.store = store
        self._index = index

    @classmethod
    def open(cls, path: str | Path) -> Graph:
        """A graph written by ``policykg build`` (``graph.ttl`` or ``graph.nq``); the on-disk store ``graph.db``
        beside it is read instead when the same build wrote both (:func:`kg.graph.diskstore.open_graph`).

        >>> Graph.open("no/such/graph.ttl")
        Traceback (most recent call last):
        kg.errors.GraphError: no/such/graph.ttl: no graph here; run `policykg build` first (or pass --graph)
        """
        from kg.graph.diskstore import open_graph

        return cls(store=open_graph(Path(path)))

    @property
    def index(self) -> Index:
        """The index questions read: made from the documents' facts, or the build's beside the store it opened,
        or made from the graph.

        >>> graph = Graph([read_text("发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。\\n", name="a.txt")])
        >>> [e.label for e in graph.index.containing("数字经济", ("goal",))]
        ['发展数字经济']
        """
        if self._index is None:
            from kg.ask import prepare
            from kg.ask.index import Index
            from kg.ask.records import document_rows

            self._index = (Index.of_rows(document_rows(d) for d in self.documents) if self.documents
                           else prepare(self.store))
        return self._index

    def query(self, sparql: str, **bindings: str | Term) -> list[dict[str, str | None]]:
        """Rows of a SELECT query; the policykg prefixes (pol:, rdfs:, skos:, prov: …) need no
        declaring; each keyword binds a variable to an RDF term, an IRI or a node's name.

        >>> graph = Graph([read_text("发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。\\n", name="a.txt")])
        >>> graph.query("SELECT ?label WHERE { ?m a pol:Measure ; rdfs:label ?label }")
        [{'label': '加快建设数据中心'}]
        """
        from kg.ask.bindings import bind_values
        from kg.graph.rdf import PREFIXES

        head = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())
        text = {k: v for k, v in bindings.items() if isinstance(v, str)}
        terms = {k: v for k, v in bindings.items() if not isinstance(v, str)}
        from kg.graph.results import parse_term

        named = any(parse_term(v) is None for v in text.values())
        return list(self.store.select(head + sparql, {**bind_values(self.index if named else None, text), **terms}))

    def ask(self, question: str) -> Answer:
        """A Chinese question answered as ``policykg ask`` answers it.

        >>> graph = Graph([read_text("发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。\\n", name="a.txt")])
        >>> graph.ask("哪些举措支撑发展数字经济？").heading
        '目标 发展数字经济（《发展数字经济》（张三 李四））由 1 项举措支撑'
        """
        from kg.ask import answer

        return answer(self.index, question)

    def write(self, target: str | Path | BinaryIO, *, format: str | None = None) -> int:
        """Write the graph in any format of ``policykg export`` (turtle, nquads, trig, nt, jsonld, xml,
        graphml, gexf, csv; by default from the file's suffix); return the number of bytes written.

        >>> graph = Graph([read_text("发展数字经济\\n\\n一是加快建设数据中心。\\n", name="a.txt")])
        >>> out = io.BytesIO()
        >>> graph.write(out, format="nt") == len(out.getvalue()), "数据中心".encode() in out.getvalue()
        (True, True)
        """
        from kg.views.export import export_bytes

        fmt = format or SUFFIX_FORMATS.get(Path(str(target)).suffix.lower(), "")
        data = export_bytes(self.store, fmt)
        if isinstance(target, (str, Path)):
            from kg.corpus.files import Staged

            with Staged() as staged:
                staged.path(Path(target)).write_bytes(data)
        else:
            target.write(data)
        return len(data)


def trend(graph: str | Path | Graph, term: str, *, by: str = "year", scope: str | None = None,
          kind: str = "政府工作报告") -> Trend:
    """Per year (and region or genre) the documents that use ``term``: the count in their texts, per 10,000
    characters, the goals and measures that name it; a year without a document is ``None``, never 0.
    ``graph`` is a graph built by ``policykg build`` (its index is read) or a :class:`Graph`; ``scope`` is
    national, provincial or all; ``kind`` the kind of document followed ("" for every kind).

    >>> g = Graph([read_text("政府工作报告\\n\\n——2024年3月5日\\n\\n我代表国务院，向大会报告。发展新质生产力。\\n", name="r.txt")])
    >>> [(r.year, r.count) for r in trend(g, "新质生产力").rows]
    [(2024, 1)]
    """
    from kg.ask.trends import By, Within
    from kg.ask.trends import trend as run

    if by not in set(By) or (scope and scope not in set(Within)):
        raise InputError(f"trend: by {by!r}, scope {scope!r}: by is year, region or genre; scope national, provincial or all")
    how, within = By(by), Within(scope) if scope else None
    return run(_index_of(graph), term, by=how, within=within, kind=kind)


def diffusion(graph: str | Path | Graph, term: str, *, kind: str = "政府工作报告") -> list[First]:
    """The first year ``term`` appears in the national documents and in each province's, with the sentence.

    >>> g = Graph([read_text("政府工作报告\\n\\n——2024年3月5日\\n\\n我代表国务院，向大会报告。发展新质生产力。\\n", name="r.txt")])
    >>> [(f.scope, f.year, f.quote) for f in diffusion(g, "新质生产力")]
    [('national', 2024, '发展新质生产力。')]
    """
    from kg.ask.trends import diffusion as run

    return run(_index_of(graph), term, kind=kind)


def wording(graph: str | Path | Graph, term: str, *, kind: str = "政府工作报告") -> list[Wording]:
    """Per year, the words before ``term`` in the national goals and measures that name it (推进 → 加快推进).

    >>> g = Graph([read_text("政府工作报告\\n\\n——2024年3月5日\\n\\n我代表国务院，向大会报告。加快发展新质生产力。\\n", name="r.txt")])
    >>> [(w.year, w.lead) for w in wording(g, "新质生产力")]
    [(2024, '加快发展')]
    """
    from kg.ask.trends import wording as run

    return run(_index_of(graph), term, kind=kind)


def _index_of(graph: str | Path | Graph) -> Index:
    if isinstance(graph, Graph):
        return graph.index
    from kg.ask import index_for

    return index_for(Path(graph))


def serve(graph: str | Path, *, host: str = "127.0.0.1", port: int = 7878, limits: Limits | None = None,
          ready: Callable[[str], None] = print) -> None:
    """Serve a graph written by ``policykg build`` until interrupted (Ctrl-C or SIGTERM): the workbench at
    ``/``, SPARQL 1.1 Protocol at ``/sparql`` (read-only), questions at ``/ask?q=…``, each request bounded
    by ``limits`` (:class:`kg.serve.server.Limits`); ``ready`` is called with the address once it listens.

    The port is bound before anything is read, so a busy port is one error at once. On a build's store (the
    ``graph.db`` beside the graph file, or named) only indexes are opened: the store itself, the index of
    questions and the workbench's data the build wrote (:mod:`kg.views.pages`); the Turtle file is never
    read. Any other graph file is read into memory.

    >>> serve("no/such/graph.ttl", port=0)
    Traceback (most recent call last):
    kg.errors.GraphError: no/such/graph.ttl: no graph here; run `policykg build` first (or pass --graph)
    """
    from kg.serve import listener, server

    sock = listener.listen(host, port)  # a busy port is refused before anything loads
    try:
        app = _endpoint(Path(graph), limits=limits or server.Limits())
    except BaseException:
        sock.close()
        raise
    listener.serve(app, host=host, port=port, sock=sock, ready=ready)


WARM_QUESTIONS = ("人工智能包括哪些？", "量子引力波动")  # a name resolved, and one found nowhere (suggestions)


def _endpoint(graph: Path, *, limits: Limits) -> Endpoint:
    """The application serving ``graph``: the build's store beside it, with the index of questions and the
    workbench's data the build wrote (nothing else is read, so it starts in a moment); else the graph file,
    loaded into memory."""
    from kg.ask import answer, prepare
    from kg.errors import PolicyKGError
    from kg.graph.diskstore import open_graph
    from kg.serve.server import Endpoint
    from kg.views.pages import Pages
    from kg.views.workbench import Workbench, render_page, render_workbench

    store = open_graph(graph)
    prepare(store, graph=graph)  # the index questions read: the build's beside the graph file when there is one
    for question in WARM_QUESTIONS:  # load what questions read (modules, readings, name tables) before the pool forks
        try:
            answer(store, question)
        except PolicyKGError:
            pass
    title = f"policykg · {graph.name}"
    pages = Pages.beside(store)
    if pages is not None:
        page, documents = "".join(render_page(pages.index, title=title, documents=None)), pages.document_json
    else:
        bench = Workbench(store)
        page, documents = render_workbench(bench, title=title, served=True), bench.document_json
    return Endpoint(store, page=page, limits=limits, warm=True, documents=documents)


def _nquads(named: Iterable[tuple[str, bytes]]) -> bytes:
    from kg.graph.rdf import write_nquads

    buffer = io.BytesIO()
    write_nquads(named, buffer)
    return buffer.getvalue()
