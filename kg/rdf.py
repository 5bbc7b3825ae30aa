"""The RDF stage: extracted facts become an rdflib graph in the policykg vocabulary.

IRIs are derived from the source name, the article number and the statement
key, so the same input always gives the same IRIs and the same bytes.

>>> from kg.model import Article, Page, Source, DocumentFacts, ArticleFacts
>>> page = Page(Source("a.txt", "x"), (Article("1", "a.txt", title="发展数字经济"),))
>>> g = to_graph([DocumentFacts(page, (ArticleFacts(page.articles[0]),))], ontology=False)
>>> len(list(g.subjects(RDF.type, POL.Article)))
1
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, PROV, SKOS

from kg.model import Article, ArticleFacts, Concept, DocumentFacts, Span
from kg.resources import ontology_dir

POL = Namespace("https://w3id.org/policykg/ontology#")
ID = Namespace("https://w3id.org/policykg/id/")
SUPPORT_PROPERTY = {"supports": POL.supports, "partOf": POL.partOf, "purpose": POL.servesPurpose,
                    "means": POL.isMeansTo}
CLASS = {"goal": POL.Goal, "measure": POL.Measure}


def zh(text: str) -> Literal:
    return Literal(text, lang="zh")


def short_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def doc_iri(source: str) -> URIRef:
    return ID[f"doc/{short_hash(source)}"]


def article_iri(article: Article) -> URIRef:
    return URIRef(f"{doc_iri(article.source)}/a{article.key}")


def concept_iri(label: str) -> URIRef:
    return ID[f"concept/{short_hash(label)}"]


def bind_prefixes(graph: Graph) -> Graph:
    for prefix, ns in (("pol", POL), ("pkg", ID), ("skos", SKOS), ("prov", PROV), ("dcterms", DCTERMS),
                       ("foaf", FOAF), ("rdfs", RDFS), ("xsd", XSD)):
        graph.bind(prefix, ns, override=True)
    return graph


def load_ontology(graph: Graph) -> Graph:
    graph.parse(ontology_dir() / "policykg.ttl", format="turtle")
    return graph


def to_graph(docs: Iterable[DocumentFacts], *, ontology: bool = True) -> Graph:
    """One graph for all documents (plus the ontology unless told otherwise)."""
    graph = bind_prefixes(Graph())
    if ontology:
        load_ontology(graph)
    for doc in docs:
        add_document(graph, doc)
    return graph


def add_document(graph: Graph, doc: DocumentFacts) -> None:
    page = doc.page
    page_node = doc_iri(page.source.name)
    graph.add((page_node, RDF.type, POL.Page))
    graph.add((page_node, DCTERMS.source, Literal(page.source.name)))
    for name in page.editors:
        graph.add((page_node, POL.pageEditor, Literal(name)))
    for line in page.furniture:
        graph.add((page_node, POL.pageNote, Literal(line)))
    for facts in doc.articles:
        graph.add((page_node, POL.article, article_iri(facts.article)))
        _article(graph, facts.article)
        _statements(graph, facts)
    for concept in doc.concepts:
        add_concept(graph, concept)


def _article(graph: Graph, art: Article) -> None:
    node = article_iri(art)
    graph.add((node, RDF.type, POL.Article))
    graph.add((node, DCTERMS.source, Literal(art.source)))
    graph.add((node, RDFS.label, zh(art.title or f"{art.source} #{art.key}")))
    for prop, value in ((DCTERMS.title, art.title), (POL.column, art.column), (POL.affiliation, art.affiliation),
                        (DCTERMS.identifier, art.identifier), (DCTERMS.publisher, art.issuer)):
        if value:
            graph.add((node, prop, zh(value) if prop != DCTERMS.identifier else Literal(value)))
    if art.issued:
        graph.add((node, DCTERMS.issued, Literal(art.issued, datatype=XSD.date)))
    for i, name in enumerate(art.authors, 1):
        person = URIRef(f"{node}/author{i}")
        graph.add((node, DCTERMS.creator, person))
        graph.add((person, RDF.type, FOAF.Person))
        graph.add((person, FOAF.name, zh(name)))
        if art.affiliation:
            graph.add((person, POL.affiliation, zh(art.affiliation)))


def evidence(graph: Graph, node: URIRef, span: Span, source: str) -> URIRef:
    ev = URIRef(f"{node}/ev")
    graph.add((node, PROV.wasDerivedFrom, ev))
    graph.add((ev, RDF.type, POL.Evidence))
    graph.add((ev, POL.quote, zh(span.quote)))
    graph.add((ev, POL.startOffset, Literal(span.start)))
    graph.add((ev, POL.endOffset, Literal(span.end)))
    graph.add((ev, POL.inSource, Literal(source)))
    return ev


def statement_iri(article: Article, key: str) -> URIRef:
    return URIRef(f"{article_iri(article)}/{key}")


def _statements(graph: Graph, facts: ArticleFacts) -> None:
    art, art_node = facts.article, article_iri(facts.article)
    for st in facts.statements:
        node = statement_iri(art, st.key)
        graph.add((node, RDF.type, CLASS[st.kind]))
        graph.add((node, RDFS.label, zh(st.label)))
        graph.add((node, POL.statedIn, art_node))
        graph.add((node, POL.level, Literal(st.level)))
        evidence(graph, node, st.evidence, art.source)
    for link in facts.supports:
        s, t = statement_iri(art, link.source), statement_iri(art, link.target)
        prop = SUPPORT_PROPERTY[link.relation]
        graph.add((s, prop, t))
        _qualified(graph, URIRef(f"{s}/to/{link.target}"), POL.SupportLink, (s, prop, t), link.evidence, art.source)
    for resp in facts.responsibilities:
        s = statement_iri(art, resp.measure)
        agency = concept_iri(resp.agency)
        graph.add((s, POL.leadAgency if resp.lead else POL.responsibleAgency, agency))
        add_concept(graph, Concept(resp.agency, "Actor"))
    for mention in facts.mentions:
        graph.add((statement_iri(art, mention.statement), POL.mentions, concept_iri(mention.concept)))
    for link in facts.concept_links:
        s, t = concept_iri(link.source), concept_iri(link.target)
        prop = POL[link.relation]
        graph.add((s, prop, t))
        qualified = URIRef(f"{s}/{link.relation}/{short_hash(link.target)}")
        _qualified(graph, qualified, POL.ConceptLink, (s, prop, t), link.evidence, art.source)
        graph.add((qualified, POL.statedIn, art_node))
    for ind in facts.indicators:
        node = URIRef(f"{art_node}/ind{ind.evidence.start}-{short_hash(ind.concept + ind.value + ind.unit)}")
        graph.add((node, RDF.type, POL.Indicator))
        graph.add((node, RDFS.label, zh(f"{ind.concept} {ind.value}{ind.unit}")))
        graph.add((node, POL.indicatorOf, concept_iri(ind.concept)))
        graph.add((node, POL.value, Literal(ind.value)))
        graph.add((node, POL.unit, zh(ind.unit)))
        if ind.year:
            graph.add((node, POL.year, Literal(ind.year)))
        graph.add((node, POL.isTarget, Literal(ind.target)))
        graph.add((node, POL.statedIn, art_node))
        evidence(graph, node, ind.evidence, art.source)


def _qualified(graph: Graph, node: URIRef, cls: URIRef, triple: tuple[URIRef, URIRef, URIRef],
               span: Span, source: str) -> None:
    """A node that stands for one relation triple and carries its evidence."""
    graph.add((node, RDF.type, cls))
    graph.add((node, POL.linkSource, triple[0]))
    graph.add((node, POL.linkProperty, triple[1]))
    graph.add((node, POL.linkTarget, triple[2]))
    evidence(graph, node, span, source)


def add_concept(graph: Graph, concept: Concept) -> None:
    node = concept_iri(concept.label)
    graph.add((node, RDF.type, SKOS.Concept))
    graph.add((node, RDF.type, POL.Concept))
    graph.add((node, RDF.type, POL[concept.kind]))
    graph.add((node, SKOS.prefLabel, zh(concept.label)))
    for alias in concept.aliases:
        graph.add((node, SKOS.altLabel, zh(alias)))


def serialize(graph: Graph) -> bytes:
    """Turtle bytes; deterministic for the same graph."""
    data = graph.serialize(format="turtle", encoding="utf-8")
    return data if isinstance(data, bytes) else data.encode("utf-8")
