"""Citations as RDF: each document's own citation nodes, and the ``pol:cites`` edges resolved across documents.

A document states its citations in its own graph (:func:`citation_lines`: the title or 文号 as written, the frame,
the sentence). Which document a citation names is known only once every document is: :func:`resolve` matches
each citation to a document of the graph by 文号 or title (a notice that issues a plan, …关于印发X的通知, is
found by X too) and otherwise to a named external document, one node per title or 文号, so a law or a plan
cited by many documents is one hub. The resolved edges make the graph :data:`CITATIONS_GRAPH`.

>>> from kg.model import Citation, Span
>>> docs = [Known("d1", "国务院关于印发国家职业教育改革实施方案的通知", "国发〔2019〕4号")]
>>> cites = [("d2", "d2/c1", Citation("国家职业教育改革实施方案", None, "按照", Span(0, 9, "按照…"), "1")),
...          ("d2", "d2/c2", Citation("中华人民共和国职业教育法", None, "根据", Span(0, 9, "根据…"), "1"))]
>>> [(e.source, e.target.startswith("https://w3id.org/policykg/id/work/")) for e in resolve(docs, cites)]
[('d2', False), ('d2', True)]
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from kg.extract.citations import cited_key, number_key
from kg.graph.rdf import DCTERMS, ID, RDFS, A, plain, pol, short_hash, zh
from kg.model import Citation, DocumentFacts

__all__ = ["CITATIONS_GRAPH", "Edge", "Known", "citation_triples", "graph_of", "of_document", "resolve", "resolver"]

CITATIONS_GRAPH = f"{ID}citations"
WORK = f"{ID}work/"
# The sentence by which a notice issues or transmits what it carries (现将《X》印发给你们, 《X》已经国务院同意，现转发给你们,
# 现予印发): X is the notice's own attachment, not a document it relies on (12 sentences of the corpus, all such).
ATTACHED = re.compile(r"(?:印发|转发|发)给你们|现予(?:印发|发布|公布)")
ISSUES = re.compile(r"(?:关于)?(?:印发|转发|发布)[〈《]?(?P<issued>.{2,60}?)[〉》]?的(?:通知|决定|函)$")


@dataclass(frozen=True)
class Known:
    """A document of the graph as citations find it: its node, title and 文号."""

    node: str
    title: str
    identifier: str


@dataclass(frozen=True)
class Edge:
    """A citation (``node``) of the document ``source`` resolved to ``target`` (a document of the graph or an
    external document); ``label`` names an external target."""

    source: str
    node: str
    target: str
    label: str = ""
    title: str = ""
    identifier: str = ""


def of_document(facts: DocumentFacts) -> tuple[list[Known], list[tuple[str, str, Citation]]]:
    """A document's articles as citations find them, and its citations with their nodes.

    >>> from kg.model import Source
    >>> from kg.extract import extract_document
    >>> doc = extract_document(Source("a.txt", "关于推进职业教育的意见\\n\\n根据《国家职业教育改革实施方案》，加快发展职业教育。\\n"))
    >>> known, cited = of_document(doc)
    >>> [k.title for k in known], [c.title for _, _, c in cited]
    (['关于推进职业教育的意见'], ['国家职业教育改革实施方案'])
    """
    from kg.graph.rdf import article_iri, citation_iri

    known = [Known(article_iri(a.article), a.article.title or "", a.article.identifier or "") for a in facts.articles]
    cited = [(article_iri(a.article), citation_iri(a.article, i), c) for a in facts.articles
             for i, c in enumerate(a.citations, 1)]
    return known, cited


def graph_of(documents: Iterable[DocumentFacts]) -> bytes:
    """The citations graph of documents held in memory.

    >>> graph_of([])
    b''
    """
    known: list[Known] = []
    cited: list[tuple[str, str, Citation]] = []
    for facts in documents:
        k, c = of_document(facts)
        known += k
        cited += c
    return citation_triples(resolve(known, cited))


def keys_of(doc: Known) -> Iterator[str]:
    """The keys a document is found by: its 文号, its title, what its title issues.

    >>> sorted(keys_of(Known("d1", "国务院关于印发国家职业教育改革实施方案的通知", "国发〔2019〕4号")))
    ['no:国发〔2019〕4号', 'title:国务院关于印发国家职业教育改革实施方案的通知', 'title:国家职业教育改革实施方案']
    """
    if doc.identifier:
        yield "no:" + number_key(doc.identifier)
    if doc.title:
        yield "title:" + cited_key(doc.title)
        if m := ISSUES.search(doc.title):
            yield "title:" + cited_key(m["issued"])


def resolver(documents: Iterable[Known]) -> dict[str, str]:
    """Key -> the one document of the graph it names; a key that names several (the 52 national reports are all
    titled 政府工作报告) resolves to none of them.

    >>> sorted(resolver([Known("a", "政府工作报告", ""), Known("b", "政府工作报告", ""), Known("c", "专利代理条例", "")]))
    ['title:专利代理条例']
    """
    found: dict[str, set[str]] = defaultdict(set)
    for doc in documents:
        for key in keys_of(doc):
            found[key].add(doc.node)
    return {key: next(iter(nodes)) for key, nodes in found.items() if len(nodes) == 1}


def resolve(documents: Iterable[Known], citations: Iterable[tuple[str, str, Citation]]) -> list[Edge]:
    """The ``pol:cites`` edges of (citing document, citation node, citation) triples; a document never cites
    itself (a notice naming the plan it issues or transmits, a report's glossary of 《政府工作报告》 terms).

    >>> from kg.model import Span
    >>> docs = [Known("d1", "国家职业教育改革实施方案", "")]
    >>> cites = [("d2", "d2/c1", Citation("国家职业教育改革实施方案", None, "按照", Span(0, 9, "按照…"), "1")),
    ...          ("d1", "d1/c1", Citation("国家职业教育改革实施方案", None, "", Span(0, 9, "…"), "1"))]
    >>> [(e.source, e.target) for e in resolve(docs, cites)]
    [('d2', 'd1')]
    """
    documents = list(documents)
    found = resolver(documents)
    own = {doc.node: set(keys_of(doc)) for doc in documents}
    edges, named = [], set()
    for source, node, cite in citations:
        keys = [*(["no:" + number_key(cite.identifier)] if cite.identifier else []),
                *(["title:" + cited_key(cite.title)] if cite.title else [])]
        target = next((found[k] for k in keys if k in found), None)
        if target == source or own.get(source, set()) & set(keys) or ATTACHED.search(cite.evidence.text):
            continue
        if target is None:
            target = WORK + short_hash(keys[0])
            first = target not in named
            named.add(target)
            edges.append(Edge(source, node, target, *((_label(cite), cite.title or "", cite.identifier or "")
                                                       if first else ())))
        else:
            edges.append(Edge(source, node, target))
    return edges


def _label(cite: Citation) -> str:
    return f"《{cite.title}》" if cite.title else cite.identifier or ""


def citation_triples(edges: Iterable[Edge]) -> bytes:
    """Sorted N-Triples of the resolved edges: ``pol:cites`` from document to document, ``pol:citedDocument``
    from each citation node, and each external document named once.

    >>> print(citation_triples([Edge("d2", "https://e/d2/c1", "https://e/d1")]).decode().strip())
    <d2> <https://w3id.org/policykg/ontology#cites> <https://e/d1> .
    <https://e/d2/c1> <https://w3id.org/policykg/ontology#citedDocument> <https://e/d1> .
    """
    lines: set[str] = set()
    for e in edges:
        lines.add(f"<{e.source}> {pol('cites')} <{e.target}> .\n")
        lines.add(f"<{e.node}> {pol('citedDocument')} <{e.target}> .\n")
        if e.label:
            lines.add(f"<{e.target}> {A} {pol('ExternalDocument')} .\n")
            lines.add(f"<{e.target}> <{RDFS}label> {zh(e.label)} .\n")
            if e.title:
                lines.add(f"<{e.target}> <{DCTERMS}title> {zh(e.title)} .\n")
            if e.identifier:
                lines.add(f"<{e.target}> <{DCTERMS}identifier> {plain(e.identifier)} .\n")
    return "".join(sorted(lines)).encode("utf-8")
