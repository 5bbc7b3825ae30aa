"""Concept graphs written by hand with rdflib: concepts, stated relations (each with its pol:ConceptLink
and evidence), and statements that mention concepts, on top of the bundled ontology."""

from __future__ import annotations

import hashlib
from pathlib import Path

from rdflib import OWL, RDF, RDFS, SKOS, Graph, Literal, Namespace, URIRef

from kg.resources import ontology_dir

POL = Namespace("https://w3id.org/policykg/ontology#")
PROV = Namespace("http://www.w3.org/ns/prov#")
ID = "https://w3id.org/policykg/id/"
EX = Namespace("https://example.org/mine#")
DOC = URIRef(f"{ID}doc/hand")


def concept(label: str) -> URIRef:
    return URIRef(f"{ID}concept/{hashlib.sha1(label.encode()).hexdigest()[:12]}")


def article(key: str) -> URIRef:
    return URIRef(f"{DOC}/a{key}")


class Hand:
    """A graph built a relation at a time."""

    def __init__(self, *, ontology: bool = True) -> None:
        self.g = Graph()
        if ontology:
            self.g.parse(ontology_dir() / "policykg.ttl", format="turtle")
        self.links = 0

    def concept(self, label: str, kind: str = "Concept") -> URIRef:
        node = concept(label)
        self.g.add((node, RDF.type, SKOS.Concept))
        self.g.add((node, RDF.type, POL.Concept))
        if kind != "Concept":
            self.g.add((node, RDF.type, POL[kind]))
        self.g.add((node, SKOS.prefLabel, Literal(label, lang="zh")))
        return node

    def article(self, key: str, title: str) -> URIRef:
        node = article(key)
        self.g.add((node, RDF.type, POL.Article))
        self.g.add((node, RDFS.label, Literal(title, lang="zh")))
        return node

    def stated(self, source: str, prop: str | URIRef, target: str, quote: str, *, art: str = "1",
               start: int = 0, link: bool = True) -> None:
        """``source`` prop ``target`` as a triple, and (unless ``link`` is false) its ConceptLink with the quote."""
        s, t = concept(source), concept(target)
        p = prop if isinstance(prop, URIRef) else POL[prop]
        for label, node in ((source, s), (target, t)):
            if (node, SKOS.prefLabel, None) not in self.g:
                self.concept(label)
        self.g.add((s, p, t))
        if not link:
            return
        self.links += 1
        node = URIRef(f"{article(art)}/link/{self.links}")
        evidence = URIRef(f"{DOC}/q{start}-{start + len(quote)}")
        self.g.add((node, RDF.type, POL.ConceptLink))
        self.g.add((node, POL.linkSource, s))
        self.g.add((node, POL.linkProperty, p))
        self.g.add((node, POL.linkTarget, t))
        self.g.add((node, POL.statedIn, article(art)))
        self.g.add((node, PROV.wasDerivedFrom, evidence))
        self.g.add((evidence, RDF.type, POL.Evidence))
        self.g.add((evidence, POL.quote, Literal(quote, lang="zh")))
        self.g.add((evidence, POL.startOffset, Literal(start)))
        self.g.add((evidence, POL.endOffset, Literal(start + len(quote))))

    def mentions(self, statement: str, *labels: str, art: str = "1") -> None:
        node = URIRef(f"{article(art)}/{statement}")
        self.g.add((node, RDF.type, POL.Measure))
        self.g.add((node, RDFS.label, Literal(statement, lang="zh")))
        self.g.add((node, POL.statedIn, article(art)))
        for label in labels:
            self.g.add((node, POL.mentions, concept(label)))

    def subproperty(self, name: str, of: str) -> URIRef:
        self.g.add((EX[name], RDFS.subPropertyOf, POL[of]))
        return EX[name]

    def inverse(self, name: str, of: str) -> URIRef:
        self.g.add((EX[name], OWL.inverseOf, POL[of]))
        return EX[name]

    def write(self, path: Path) -> Path:
        self.g.serialize(path, format="turtle", encoding="utf-8")
        return path


def two_clusters() -> Hand:
    """Two stars joined by one enables edge:

        数字经济 —includes→ 云计算, 大数据, 人工智能;  未来产业 —includes→ 量子科技, 生物制造, 人形机器人;
        人工智能 —enables→ 人形机器人.
    """
    hand = Hand()
    hand.article("1", "关于发展数字经济的意见")
    for member in ("云计算", "大数据", "人工智能"):
        hand.stated("数字经济", "includes", member, "发展云计算、大数据、人工智能等数字经济")
    for member in ("量子科技", "生物制造", "人形机器人"):
        hand.stated("未来产业", "includes", member, "培育量子科技、生物制造、人形机器人等未来产业", start=30)
    hand.stated("人工智能", "enables", "人形机器人", "以人工智能推动人形机器人发展", start=60)
    return hand
