"""A build's output files, written one document at a time.

Documents arrive in input order as (cache key, facts, triples), each read
from the cache (or kept from extraction when the cache cannot be written), and
flow at once into every output: their own triples into ``graph.ttl``
(pyoxigraph's Turtle writer pulls them as it writes) and the on-disk store
with the index questions read (:mod:`kg.ask.index`), all their triples into ``graph.nq``. Then the
document is dropped. What is kept across documents is bounded by the
vocabulary and the number of articles, not by the text: the concept triples
(shared by documents, de-duplicated, written last), concept counts and article
names. The workbench's data of each document (:mod:`kg.views.pages`) is made from its facts
and written into the store beside the index of questions; the page ``graph.html`` is written
from it a document at a time.

>>> import tempfile, pathlib
>>> from kg.extract import extract_document
>>> from kg.graph.rdf import document_ntriples
>>> from kg.model import Source
>>> out = pathlib.Path(tempfile.mkdtemp())
>>> facts = extract_document(Source("a.txt", "发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。\\n"))
>>> totals = write_outputs(out, iter([("key", facts, document_ntriples(facts))]), page=True)
>>> totals.documents, totals.goals, sorted(p.name for p in out.iterdir())
(1, 1, ['graph.db', 'graph.html', 'graph.nq', 'graph.ttl'])
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from kg.ask.indexing import INDEX_NAME, IndexWriter
from kg.ask.records import document_rows
from kg.corpus.files import Staged
from kg.corpus.task import sweep
from kg.errors import InputError
from kg.graph import rdf
from kg.graph.citations import CITATIONS_GRAPH, Edge, Known, citation_triples, of_document, resolve
from kg.graph.diskstore import STORE_NAME, StoreUpdate
from kg.graph.rdf import DocumentTriples
from kg.model import Citation, DocumentFacts
from kg.views.pages import PAGES_NAME, PageWriter, document_page

Document = tuple[str, DocumentFacts, DocumentTriples]  # cache key, facts, triples


@dataclass
class Totals:
    """What a build reports, counted as the documents pass."""

    documents: int = 0
    articles: int = 0
    goals: int = 0
    measures: int = 0
    triples: int = 0
    characters: int = 0
    keys: list[str] = field(default_factory=list)
    title: str = ""
    shared: set[bytes] = field(default_factory=set)
    concepts: bytes = b""  # the shared concept triples, sorted, once every document is in
    warnings: list[str] = field(default_factory=list)
    known: list[Known] = field(default_factory=list)  # documents and their citations, resolved at the end
    cited: list[tuple[str, str, Citation]] = field(default_factory=list)
    edges: list[Edge] = field(default_factory=list)  # the citations resolved, once every document is in

    def add(self, key: str, facts: DocumentFacts, triples: DocumentTriples) -> None:
        """Count one document's articles, goals, measures, triples and characters, and keep what its citations need.

        >>> from kg.corpus.task import extract_one
        >>> from kg.model import Source
        >>> facts, triples = extract_one(Source("a.txt", "发展数字经济\\n\\n一是加快建设数据中心。\\n"))
        >>> totals = Totals()
        >>> totals.add("k1", facts, triples)
        >>> totals.documents, totals.goals, totals.measures, totals.keys
        (1, 1, 1, ['k1'])
        """
        statements = [s for a in facts.articles for s in a.statements]
        self.documents += 1
        self.articles += len(facts.articles)
        self.goals += sum(s.kind == "goal" for s in statements)
        self.measures += sum(s.kind == "measure" for s in statements)
        self.characters += len(facts.page.source.text)
        self.triples += triples.own.count(b"\n")
        self.shared.update(triples.shared.splitlines(keepends=True))
        self.keys.append(key)
        known, cited = of_document(facts)
        self.known += known
        self.cited += cited
        if self.documents == 1:
            titles = [a.article.title for a in facts.articles if a.article.title]
            self.title = "policykg · " + (" / ".join(titles) or facts.page.source.name)
        else:
            self.title = f"policykg · {self.documents} documents"


def write_outputs(out: Path, documents: Iterator[Document], *, page: bool = True) -> Totals:
    """Write graph.ttl, graph.nq, the store graph.db and (with ``page``) graph.html from ``documents``
    in input order; every file appears only when all are written.

    >>> import tempfile
    >>> from kg.corpus.task import extract_one
    >>> from kg.model import Source
    >>> facts, triples = extract_one(Source("a.txt", "发展数字经济\\n\\n一是加快建设数据中心。\\n"))
    >>> out = Path(tempfile.mkdtemp())
    >>> totals = write_outputs(out, iter([("k1", facts, triples)]), page=False)
    >>> totals.documents, sorted(p.name for p in out.iterdir() if not p.name.startswith("."))
    (1, ['graph.db', 'graph.nq', 'graph.ttl'])
    """
    totals = Totals()
    with Staged() as staged, StoreUpdate(out / STORE_NAME) as store:
        totals.warnings += [store.problem] if store.problem else []
        ttl, nq = staged.path(out / "graph.ttl"), staged.path(out / "graph.nq")
        index = IndexWriter(store.tmp / INDEX_NAME)  # what questions read (kg.ask.index)
        pages = PageWriter(store.tmp / PAGES_NAME)  # what the workbench reads (kg.views.pages)
        try:
            with nq.open("wb") as quads:
                # not checked twice: the store's load validates the same triples and fails the build
                rdf.write_turtle(_parts(documents, quads, _Sinks(store, index, pages), totals), ttl, checked=False)
            if not totals.documents:
                raise InputError("no input")
            store.seal(shared=totals.concepts)  # the store is finished beside what follows
            index.finish()
            pages.finish(totals.edges)
        except BaseException:
            index.abort()
            pages.abort()
            raise
        if page:  # the workbench, every document's record read back one at a time
            from kg.views.pages import Pages
            from kg.views.workbench import render_page

            written = Pages(store.tmp / PAGES_NAME)
            with staged.path(out / "graph.html").open("w", encoding="utf-8", newline="\n") as html:
                html.writelines(render_page(written.index, title=totals.title, documents=written.documents))
        store.finish(mirrors={"graph.ttl": ttl, "graph.nq": nq})
    store.commit()
    totals.concepts = b""
    return totals


@dataclass(frozen=True)
class _Sinks:
    """Where a document goes besides the graph files: the store, the index of questions, the workbench's data."""

    store: StoreUpdate
    index: IndexWriter
    pages: PageWriter


def _parts(documents: Iterator[Document], quads: BinaryIO, sinks: _Sinks, totals: Totals) -> Iterator[bytes]:
    """N-Triples for the Turtle writer: the ontology, each document's own triples (writing the document
    to every other output on the way), then the shared concept triples."""
    onto = rdf.ontology_ntriples()
    rdf.write_nquads([(rdf.ONTOLOGY_GRAPH, onto)], quads)
    totals.triples += onto.count(b"\n")
    yield onto
    for key, facts, triples in documents:
        graph = rdf.doc_iri(facts.page.source.name)
        rdf.write_nquads([(graph, triples.own), (graph, triples.shared)], quads)  # as triples.lines, without joining them
        sinks.store.document(graph, key, triples.own)
        sinks.index.add(document_rows(facts))
        sinks.pages.add(document_page(facts), of_document(facts)[1])
        totals.add(key, facts, triples)
        sweep()  # the collector is paused for the build: what this document left behind is freed here
        yield triples.own
    totals.concepts, totals.shared = b"".join(sorted(totals.shared)), set()
    totals.triples += totals.concepts.count(b"\n")
    yield totals.concepts
    totals.edges = resolve(totals.known, totals.cited)
    cites = citation_triples(totals.edges)  # across documents: pol:cites
    rdf.write_nquads([(CITATIONS_GRAPH, cites)], quads)
    sinks.store.document(CITATIONS_GRAPH, hashlib.sha256(cites).hexdigest(), cites)
    totals.triples += cites.count(b"\n")
    yield cites
