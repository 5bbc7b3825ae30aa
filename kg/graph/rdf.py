"""The RDF stage: extracted facts become triples in the policykg vocabulary.

Each document becomes canonical N-Triples text (sorted, one triple per line), which is what a worker process
returns, what the cache keeps, and what the writers turn into Turtle, TriG or N-Quads with pyoxigraph. IRIs are
derived from the source name, the article number and the statement key, so the same input always gives the same
IRIs and the same bytes.

>>> from kg.model import Article, Page, Source, DocumentFacts, ArticleFacts
>>> page = Page(Source("a.txt", "x"), (Article("1", "a.txt", title="发展数字经济"),))
>>> nt = document_ntriples(DocumentFacts(page, (ArticleFacts(page.articles[0]),)))
>>> sum(line.endswith(f"<{POL}Article> .".encode()) for line in nt.own.splitlines())
1
"""

from __future__ import annotations

import hashlib
import io
import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox

from kg.model import Article, ArticleFacts, Concept, DocumentFacts, Span
from kg.resources import ontology_dir
from kg.text.formats import MEDIA_TYPES

POL = "https://w3id.org/policykg/ontology#"
ID = "https://w3id.org/policykg/id/"
ONTOLOGY_GRAPH = "https://w3id.org/policykg/ontology"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
PROV = "http://www.w3.org/ns/prov#"
DCTERMS = "http://purl.org/dc/terms/"
FOAF = "http://xmlns.com/foaf/0.1/"
OWL = "http://www.w3.org/2002/07/owl#"
PREFIXES = {"pol": POL, "concept": f"{ID}concept/", "owl": OWL, "skos": SKOS, "prov": PROV, "dcterms": DCTERMS,
            "foaf": FOAF, "rdf": RDF, "rdfs": RDFS, "xsd": XSD}
SUPPORT_PROPERTY = {"supports": "supports", "partOf": "partOf", "purpose": "servesPurpose", "means": "isMeansTo"}
CLASS = {"goal": "Goal", "measure": "Measure"}
A = f"<{RDF}type>"


def short_hash(text: str) -> str:
    """The first 12 hex digits of the SHA-1 of ``text`` (UTF-8): the last step of every node's IRI.

    >>> short_hash("数字经济")
    'a137faa1e5e5'
    """
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


@lru_cache(maxsize=4096)
def doc_iri(source: str) -> str:
    """The IRI of the document (page) read from ``source``.

    >>> doc_iri("a.txt")
    'https://w3id.org/policykg/id/doc/cfc7b4885384'
    """
    return f"{ID}doc/{short_hash(source)}"


def article_iri(article: Article) -> str:
    """The IRI of an article: its document's, then ``a`` and its key.

    >>> article_iri(Article("1", "a.txt"))
    'https://w3id.org/policykg/id/doc/cfc7b4885384/a1'
    """
    return f"{doc_iri(article.source)}/a{article.key}"


CONCEPT = f"{ID}concept/"


@lru_cache(maxsize=65536)
def concept_iri(label: str) -> str:
    """The IRI of the concept labelled ``label``: the same label names the same concept in every document.

    >>> concept_iri("数字经济")
    'https://w3id.org/policykg/id/concept/a137faa1e5e5'
    """
    return f"{CONCEPT}{short_hash(label)}"


def statement_iri(article: Article, key: str) -> str:
    """The IRI of the goal or measure ``key`` of an article.

    >>> statement_iri(Article("1", "a.txt"), "m2")
    'https://w3id.org/policykg/id/doc/cfc7b4885384/a1/m2'
    """
    return f"{article_iri(article)}/{key}"


def pol(name: str) -> str:
    """A term of the policykg ontology, written as N-Triples write an IRI.

    >>> pol("Goal")
    '<https://w3id.org/policykg/ontology#Goal>'
    """
    return f"<{POL}{name}>"


# The predicates and classes the writers of many nodes use, written once as N-Triples write them.
_P = {name: pol(name) for name in (
    "Evidence", "quote", "startOffset", "endOffset", "inSource", "linkSource", "linkProperty", "linkTarget",
    "statedIn", "level", "supports", "mentions", "instrument", "InstrumentCoding", "codes", "tool", "cue", "basis",
    "coMentionedWith", "Concept", *CLASS.values())}
_P.update(derived=f"<{PROV}wasDerivedFrom>", label=f"<{RDFS}label>", skosConcept=f"<{SKOS}Concept>",
          prefLabel=f"<{SKOS}prefLabel>", altLabel=f"<{SKOS}altLabel>", broader=f"<{SKOS}broader>")


_ESCAPES = {i: f"\\u{i:04X}" for i in (*range(0x20), 0x7F)}
_ESCAPES.update({0x08: "\\b", 0x09: "\\t", 0x0A: "\\n", 0x0C: "\\f", 0x0D: "\\r", 0x22: '\\"', 0x5C: "\\\\"})
_ESCAPED = re.compile('[\x00-\x1f\x7f"\\\\]')  # what _ESCAPES changes: most texts have none, a page's text a few (sub them)
_INTEGER = f"^^<{XSD}integer>"
_BOOLEAN = f"^^<{XSD}boolean>"


def _quoted(text: str) -> str:
    """``text`` as an N-Triples string, escaped as oxigraph writes it.

    >>> _quoted('说"是"\\n') == str(ox.Literal('说"是"\\n'))
    True
    >>> _quoted("数字经济")
    '"数字经济"'
    """
    return f'"{_ESCAPED.sub(lambda m: _ESCAPES[ord(m.group())], text)}"' if _ESCAPED.search(text) else f'"{text}"'


def zh(text: str) -> str:
    """A Chinese literal (language tag ``zh``) in N-Triples.

    >>> zh("数字经济")
    '"数字经济"@zh'
    """
    return f"{_quoted(text)}@zh"


def plain(value: str | int | bool) -> str:
    """A literal without language in N-Triples: a string, an xsd:integer or an xsd:boolean.

    >>> plain("GB/T 9704"), plain(3)
    ('"GB/T 9704"', '"3"^^<http://www.w3.org/2001/XMLSchema#integer>')
    """
    if isinstance(value, bool):
        return f'"{"true" if value else "false"}"{_BOOLEAN}'
    if isinstance(value, int):
        return f'"{value}"{_INTEGER}'
    return _quoted(value)


@dataclass(frozen=True)
class DocumentTriples:
    """One document's triples as sorted UTF-8 N-Triples lines.

    ``own`` holds the triples about nodes only this document has (its page,
    articles, statements, evidence); ``shared`` those about concepts, which
    other documents may state too and which a union therefore de-duplicates.
    """

    own: bytes
    shared: bytes

    @property
    def lines(self) -> bytes:
        """All of the document's triples: its own, then the shared.

        >>> DocumentTriples(b"a\\n", b"b\\n").lines
        b'a\\nb\\n'
        """
        return self.own + self.shared


class _Lines:
    """Triples as N-Triples lines in the order written (a node's lines together: runs a sort merges; duplicates go
    when sorted); IRIs are written bare and wrapped here. The writers of the many nodes a document has (evidence,
    statements, codings, concepts) put their lines in :attr:`own` or :attr:`shared` themselves (:data:`_P`)."""

    def __init__(self) -> None:
        self.own: list[str] = []
        self.shared: list[str] = []
        self.evidence: set[str] = set()

    def add(self, s: str, p: str, o: str) -> None:
        (self.shared if s.startswith(CONCEPT) else self.own).append(f"<{s}> {p} {o} .\n")

    def triples(self) -> DocumentTriples:
        return DocumentTriples(_sorted_utf8(self.own), _sorted_utf8(self.shared))


def _sorted_utf8(lines: Iterable[str]) -> bytes:
    """The lines once each in code point order, as UTF-8: sorted as bytes (the same order, and faster to compare).

    >>> _sorted_utf8({"b\\n", "数\\n", "a\\n"}).decode()
    'a\\nb\\n数\\n'
    """
    return b"".join(sorted(map(str.encode, dict.fromkeys(lines))))  # str.encode: UTF-8


def document_ntriples(doc: DocumentFacts) -> DocumentTriples:
    """Canonical N-Triples of one document: sorted lines, no duplicates, no blank nodes.

    >>> from kg.model import Source
    >>> from kg.extract import extract_document
    >>> doc = extract_document(Source("a.txt", "发展数字经济\\n\\n一是加快建设数据中心。\\n"))
    >>> triples = document_ntriples(doc)
    >>> triples.own == b"".join(sorted(set(triples.own.splitlines(keepends=True)))), b"_:" in triples.own
    (True, False)
    """
    out = _Lines()
    page = doc.page
    node = doc_iri(page.source.name)
    out.add(node, A, pol("Page"))
    out.add(node, f"<{DCTERMS}source>", plain(page.source.name))
    out.add(node, f"<{DCTERMS}format>", plain(MEDIA_TYPES.get(page.source.format, page.source.format)))
    out.add(node, pol("text"), plain(page.source.text))  # what evidence offsets count in; the reader shows it
    for name in page.editors:
        out.add(node, pol("pageEditor"), plain(name))
    for line in page.furniture:
        out.add(node, pol("pageNote"), plain(line))
    for facts in doc.articles:
        out.add(node, pol("article"), f"<{article_iri(facts.article)}>")
        _article(out, facts.article)
        _profile(out, facts.article, page.source.text)
        _citations(out, facts)
        _statements(out, facts)
        _instruments(out, facts)
        _concept_facts(out, facts)
    for concept in doc.concepts:
        _concept(out, concept)
    return out.triples()


def _article(out: _Lines, art: Article) -> None:
    node = article_iri(art)
    out.add(node, A, pol("Article"))
    out.add(node, f"<{DCTERMS}source>", plain(art.source))
    out.add(node, f"<{RDFS}label>", zh(art.label))
    for prop, value in ((f"<{DCTERMS}title>", art.title), (pol("column"), art.column),
                        (pol("affiliation"), art.affiliation), (f"<{DCTERMS}publisher>", art.issuer),
                        (f"<{DCTERMS}subject>", art.subject)):
        if value:
            out.add(node, prop, zh(value))
    if art.identifier:
        out.add(node, f"<{DCTERMS}identifier>", plain(art.identifier))
    if art.catalog:
        out.add(node, pol("catalogNumber"), plain(art.catalog))
    if art.issued:
        out.add(node, f"<{DCTERMS}issued>", str(ox.Literal(art.issued, datatype=ox.NamedNode(f"{XSD}date"))))
    for i, name in enumerate(art.authors, 1):
        person = f"{node}/author{i}"
        out.add(node, f"<{DCTERMS}creator>", f"<{person}>")
        out.add(person, A, f"<{FOAF}Person>")
        out.add(person, f"<{FOAF}name>", zh(name))
        if art.affiliation:
            out.add(person, pol("affiliation"), zh(art.affiliation))


def _profile(out: _Lines, art: Article, text: str) -> None:
    """What the document is, as data (:mod:`kg.text.profile`): year, region, genre."""
    from kg.text.profile import profile

    node, found = article_iri(art), profile(art, text[:300])
    if found.year:
        out.add(node, pol("year"), plain(found.year))
    if found.region:
        out.add(node, pol("region"), zh(found.region))
    out.add(node, pol("genre"), pol(found.genre.value.capitalize() + "Genre"))


def citation_iri(article: Article, number: int) -> str:
    """The IRI of an article's ``number``-th citation.

    >>> citation_iri(Article("1", "a.txt"), 2)
    'https://w3id.org/policykg/id/doc/cfc7b4885384/a1/cite2'
    """
    return f"{article_iri(article)}/cite{number}"


def _citations(out: _Lines, facts: ArticleFacts) -> None:
    """Each document the article names, as written, with its sentence; what it resolves to is stated across
    documents (:mod:`kg.graph.citations`)."""
    art = facts.article
    for i, cite in enumerate(facts.citations, 1):
        node = citation_iri(art, i)
        out.add(node, A, pol("Citation"))
        out.add(node, pol("citingDocument"), f"<{article_iri(art)}>")
        if cite.title:
            out.add(node, pol("citedTitle"), zh(cite.title))
        if cite.identifier:
            out.add(node, pol("citedIdentifier"), plain(cite.identifier))
        if cite.frame:
            out.add(node, pol("frame"), zh(cite.frame))
        _evidence(out, node, cite.evidence, art.source)


def _evidence(out: _Lines, node: str, span: Span, source: str) -> None:
    """``node`` derives from a stretch of the source; one evidence node per stretch, shared by everything
    the same sentence states (its IRI is the article's and the offsets)."""
    ev = f"{doc_iri(source)}/q{span.start}-{span.end}"
    own = out.own.append
    own(f"<{node}> {_P['derived']} <{ev}> .\n")
    if ev in out.evidence:
        return
    out.evidence.add(ev)
    own(f"<{ev}> {A} {_P['Evidence']} .\n")
    own(f"<{ev}> {_P['quote']} {zh(span.quote)} .\n")
    own(f"<{ev}> {_P['startOffset']} \"{span.start}\"{_INTEGER} .\n")
    own(f"<{ev}> {_P['endOffset']} \"{span.end}\"{_INTEGER} .\n")
    own(f"<{ev}> {_P['inSource']} {_quoted(source)} .\n")


def _qualified(out: _Lines, node: str, cls: str, triple: tuple[str, str, str], span: Span, source: str) -> None:
    """A node that stands for one relation triple and carries its evidence."""
    own = out.own.append
    own(f"<{node}> {A} {pol(cls)} .\n")
    own(f"<{node}> {_P['linkSource']} <{triple[0]}> .\n")
    own(f"<{node}> {_P['linkProperty']} <{triple[1]}> .\n")
    own(f"<{node}> {_P['linkTarget']} <{triple[2]}> .\n")
    _evidence(out, node, span, source)


def _statements(out: _Lines, facts: ArticleFacts) -> None:
    art, art_node = facts.article, article_iri(facts.article)
    own = out.own.append
    for st in facts.statements:
        node = f"{art_node}/{st.key}"  # statement_iri
        own(f"<{node}> {A} {_P[CLASS[st.kind]]} .\n")
        own(f"<{node}> {_P['label']} {zh(st.label)} .\n")
        own(f"<{node}> {_P['statedIn']} <{art_node}> .\n")
        own(f"<{node}> {_P['level']} {plain(st.level)} .\n")
        _evidence(out, node, st.evidence, art.source)
        for span in st.mentions:
            _evidence(out, node, span, art.source)
    for link in facts.supports:
        s, t = f"{art_node}/{link.source}", f"{art_node}/{link.target}"
        prop = POL + SUPPORT_PROPERTY[link.relation]
        own(f"<{s}> <{prop}> <{t}> .\n")
        own(f"<{s}> {_P['supports']} <{t}> .\n")  # stated for every link, so `pol:supports+` needs no reasoner
        _qualified(out, f"{s}/to/{link.target}", "SupportLink", (s, prop, t), link.evidence, art.source)
    for resp in facts.responsibilities:
        prop = pol("leadAgency") if resp.lead else pol("responsibleAgency")
        out.add(statement_iri(art, resp.measure), prop, f"<{concept_iri(resp.agency)}>")
        _concept(out, Concept(resp.agency, "Actor"))
    for mention in facts.mentions:
        own(f"<{art_node}/{mention.statement}> {_P['mentions']} <{concept_iri(mention.concept)}> .\n")


def _instruments(out: _Lines, facts: ArticleFacts) -> None:
    """``pol:instrument pol:tool-…`` on each coded statement, and a coding node that keeps the cue, what
    decided (the statement's own words, a heading, the statute, a development direction) and where the cue
    stands."""
    art, art_node, own = facts.article, article_iri(facts.article), out.own.append
    for ins in facts.instruments:
        node = f"{art_node}/{ins.statement}"  # statement_iri
        tool = pol(ins.tool.local_name)
        own(f"<{node}> {_P['instrument']} {tool} .\n")
        coding = f"{node}/instrument"
        own(f"<{coding}> {A} {_P['InstrumentCoding']} .\n")
        own(f"<{coding}> {_P['codes']} <{node}> .\n")
        own(f"<{coding}> {_P['tool']} {tool} .\n")
        own(f"<{coding}> {_P['cue']} {zh(ins.cue)} .\n")
        own(f"<{coding}> {_P['basis']} {_quoted(ins.basis.value)} .\n")
        _evidence(out, coding, ins.evidence, art.source)


def _concept_facts(out: _Lines, facts: ArticleFacts) -> None:
    art, art_node = facts.article, f"<{article_iri(facts.article)}>"
    for link in facts.concept_links:
        s, t, prop = concept_iri(link.source), concept_iri(link.target), POL + link.relation
        out.add(s, f"<{prop}>", f"<{t}>")
        key = f"{short_hash(link.source + '→' + link.target)}/{link.evidence.start}"  # a link per sentence stating it
        qualified = f"{article_iri(art)}/link/{link.relation}/{key}"
        _qualified(out, qualified, "ConceptLink", (s, prop, t), link.evidence, art.source)
        out.add(qualified, pol("statedIn"), art_node)
    shared = out.shared.append
    for co in facts.co_mentions:  # how often, per article, is counted from pol:mentions and pol:supports (co-mentions.rq)
        shared(f"<{concept_iri(co.first)}> {_P['coMentionedWith']} <{concept_iri(co.second)}> .\n")
    for ind in facts.indicators:
        node = f"{article_iri(art)}/ind{ind.evidence.start}-{short_hash(ind.concept + ind.value + ind.unit)}"
        out.add(node, A, pol("Indicator"))
        out.add(node, f"<{RDFS}label>", zh(f"{ind.concept} {ind.value}{ind.unit}"))
        out.add(node, pol("indicatorOf"), f"<{concept_iri(ind.concept)}>")
        out.add(node, pol("value"), plain(ind.value))
        out.add(node, pol("unit"), zh(ind.unit))
        if ind.year:
            out.add(node, pol("year"), plain(ind.year))
        out.add(node, pol("isTarget"), plain(ind.target))
        out.add(node, pol("statedIn"), art_node)
        _evidence(out, node, ind.evidence, art.source)


def _concept(out: _Lines, concept: Concept) -> None:
    node, shared = concept_iri(concept.label), out.shared.append
    shared(f"<{node}> {A} {_P['skosConcept']} .\n")
    shared(f"<{node}> {A} {_P['Concept']} .\n")
    shared(f"<{node}> {A} {pol(concept.kind)} .\n")
    shared(f"<{node}> {_P['prefLabel']} {zh(concept.label)} .\n")
    for alias in concept.aliases:
        shared(f"<{node}> {_P['altLabel']} {zh(alias)} .\n")
    if concept.broader:
        shared(f"<{node}> {_P['broader']} <{concept_iri(concept.broader)}> .\n")


@lru_cache(maxsize=1)
def ontology_ntriples() -> bytes:
    """The bundled ontology (ontology/policykg.ttl) as canonical N-Triples.

    >>> ontology_ntriples().count(b"\\n") > 100, f"<{POL}Goal>".encode() in ontology_ntriples()
    (True, True)
    """
    triples = ox.parse(path=ontology_dir() / "policykg.ttl", format=ox.RdfFormat.TURTLE)
    data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""
    return b"".join(sorted(set(data.splitlines(keepends=True))))


def union(docs: Sequence[DocumentTriples], *, ontology: bool = True) -> list[bytes]:
    """N-Triples parts holding every triple of the documents (and the ontology) exactly once.

    Documents' own triples are disjoint; shared concept triples are merged and sorted.

    >>> from kg.model import Source
    >>> from kg.extract import extract_document
    >>> a, b = (document_ntriples(extract_document(Source(name, "发展数字经济\\n\\n一是加快建设数据中心。\\n"))) for name in "ab")
    >>> lines = b"".join(union([a, b], ontology=False)).splitlines()
    >>> len(lines) == len(set(lines)), len(lines) == len(a.own.splitlines()) * 2 + len(a.shared.splitlines())
    (True, True)
    """
    shared: set[bytes] = set()
    for doc in docs:
        shared.update(doc.shared.splitlines(keepends=True))
    head = [ontology_ntriples()] if ontology else []
    return head + [d.own for d in docs] + [b"".join(sorted(shared))]


def _parse_all(parts: Iterable[bytes], *, checked: bool = True) -> Iterator[ox.Triple]:
    """The triples of every part, chained without a Python step per triple; IRIs and language tags are
    validated only when ``checked``."""
    return itertools.chain.from_iterable(ox.parse(part, format=ox.RdfFormat.N_TRIPLES, lenient=not checked)
                                         for part in parts)


def write_turtle(parts: Iterable[bytes], output: Path | BinaryIO, *, checked: bool = True) -> None:
    """Turtle with the policykg prefixes; the same N-Triples parts give the same bytes. Without ``checked``
    the IRIs are not validated (half the time): for triples that are validated elsewhere, as a build's
    are by the store that loads them.

    >>> out = io.BytesIO()
    >>> write_turtle([f'<{ID}doc/a> <{RDFS}label> "发展数字经济"@zh .\\n'.encode()], out)
    >>> out.getvalue().decode().splitlines()[-1]
    '<https://w3id.org/policykg/id/doc/a> rdfs:label "发展数字经济"@zh .'
    >>> write_turtle([b'<a b> <http://e/p> "x" .\\n'], io.BytesIO())
    Traceback (most recent call last):
    SyntaxError: ...
    """
    ox.serialize(_parse_all(parts, checked=checked), output, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)


def turtle(parts: Iterable[bytes]) -> bytes:
    """:func:`write_turtle` into bytes.

    >>> turtle([f"<{ID}concept/x> <{RDFS}label> {zh('数字经济')} .\\n".encode()]).decode().splitlines()[-1]
    'concept:x rdfs:label "数字经济"@zh .'
    """
    buffer = io.BytesIO()
    write_turtle(parts, buffer)
    return buffer.getvalue()


def write_nquads(named: Iterable[tuple[str, bytes]], output: BinaryIO) -> None:
    """N-Quads of (graph IRI, N-Triples) pairs: one named graph each.

    >>> out = io.BytesIO()
    >>> write_nquads([("http://e/g", b'<http://e/a> <http://e/p> "x" .\\n')], out)
    >>> out.getvalue()
    b'<http://e/a> <http://e/p> "x" <http://e/g> .\\n'
    """
    for graph, nt in named:
        output.write(nt.replace(b" .\n", f" <{graph}> .\n".encode()))


def dataset_graphs(docs: Sequence[tuple[str, DocumentTriples]]) -> Iterator[tuple[str, bytes]]:
    """(graph IRI, N-Triples) for the ontology and for each (source name, triples) document.

    >>> from kg.model import Source
    >>> from kg.extract import extract_document
    >>> doc = extract_document(Source("a.txt", "发展数字经济\\n\\n一是加快建设数据中心。\\n"))
    >>> [iri for iri, _ in dataset_graphs([("a.txt", document_ntriples(doc))])]
    ['https://w3id.org/policykg/ontology', 'https://w3id.org/policykg/id/doc/cfc7b4885384']
    """
    yield ONTOLOGY_GRAPH, ontology_ntriples()
    for name, t in docs:
        yield doc_iri(name), t.lines
