"""The concept map: concepts and the relations the text states between them, each with its quote.

A stated relation is one of the four core kinds (包括 includes, 推动 enables, 融合 integratesWith,
作用于 appliesTo) with a ``pol:ConceptLink`` and its evidence. The map is read from a store
(:func:`concept_map`, the bundled ``concept-map`` and ``concept-nodes`` queries) or computed from
extracted facts during a build (:func:`map_from_facts`); both give the same map.

Two concepts that one goal or measure names together are *not* related by that: co-mention is
a statistic counted beside the map (:func:`co_mentions`), never a relation.

>>> from kg.extract import extract_document
>>> from kg.model import Source
>>> doc = extract_document(Source("a.txt", "发展数字经济\\n\\n张三 李四\\n\\n推动人工智能与实体经济深度融合。\\n"))
>>> cmap = map_from_facts([doc])
>>> [(cmap.label(r.source), r.kind.value, cmap.label(r.target)) for r in cmap.relations]
[('人工智能', 'integratesWith', '实体经济')]
>>> cmap.relations[0].quote
'推动人工智能与实体经济深度融合'
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import combinations

from kg.graph.rdf import POL, article_iri, concept_iri, statement_iri
from kg.graph.store import Store
from kg.model import ConceptRelation, DocumentFacts


@lru_cache(maxsize=1)
def bundled_kind_labels() -> dict[ConceptRelation, str]:
    """The Chinese label of each kind (rdfs:label …@zh) in the bundled ontology.

    >>> bundled_kind_labels()[ConceptRelation.INCLUDES]
    '包括'
    """
    from kg.graph.rdf import ontology_ntriples

    return _labels(Store.from_ntriples(ontology_ntriples()))


def _labels(store: Store) -> dict[ConceptRelation, str]:
    return {ConceptRelation(_local(row["kind"] or "")): row["zh"] for row in store.run("relation-kinds") if row["zh"]}


@dataclass(frozen=True)
class ConceptNode:
    """A concept: its IRI, preferred label and class (Technology, Industry, … or Concept)."""

    id: str
    label: str
    kind: str


@dataclass(frozen=True, order=True)
class StatedRelation:
    """``source`` —kind→ ``target`` (concept IRIs), with the quote that states it, its offsets in the
    document's text and the article (IRI and title) it is stated in."""

    source: str
    target: str
    kind: ConceptRelation
    quote: str
    start: int
    end: int
    article: str
    title: str

    @property
    def symmetric(self) -> bool:
        """Whether the relation reads the same both ways (融合 integratesWith).

        >>> StatedRelation("a", "b", ConceptRelation.INTEGRATES_WITH, "", 0, 0, "", "").symmetric
        True
        """
        return self.kind is ConceptRelation.INTEGRATES_WITH


@dataclass(frozen=True)
class ConceptMap:
    """Concepts, the relations stated between them, and which goal or measure names which concept
    (``mentions``: (statement IRI, concept IRI) pairs, for co-mention and for "mentioned by")."""

    nodes: Mapping[str, ConceptNode]
    relations: tuple[StatedRelation, ...]
    mentions: tuple[tuple[str, str], ...] = ()
    kind_labels: Mapping[ConceptRelation, str] = field(default_factory=lambda: dict(bundled_kind_labels()))

    def label(self, node: str) -> str:
        """A concept's preferred label (its IRI when the map does not hold it).

        >>> from kg.extract import extract_document
        >>> from kg.model import Source
        >>> text = "发展未来产业\\n\\n张三 李四\\n\\n一是培育量子科技、生物制造等未来产业。\\n"
        >>> cmap = map_from_facts([extract_document(Source("a.txt", text))])
        >>> sorted(cmap.label(r.target) for r in cmap.relations), cmap.label("x")
        (['生物制造', '量子科技'], 'x')
        """
        found = self.nodes.get(node)
        return found.label if found else node

    @property
    def by_article(self) -> dict[str, list[StatedRelation]]:
        """The relations stated in each article.

        >>> from kg.extract import extract_document
        >>> from kg.model import Source
        >>> text = "发展未来产业\\n\\n张三 李四\\n\\n一是培育量子科技、生物制造等未来产业。\\n"
        >>> cmap = map_from_facts([extract_document(Source("a.txt", text))])
        >>> [len(v) for v in cmap.by_article.values()]
        [2]
        """
        return self._by_article

    @cached_property
    def _by_article(self) -> dict[str, list[StatedRelation]]:
        out: dict[str, list[StatedRelation]] = defaultdict(list)
        for r in self.relations:
            out[r.article].append(r)
        return out

    @property
    def mentions_by_article(self) -> dict[str, list[tuple[str, str]]]:
        """The mentions of each article's goals and measures (a statement's IRI is its article's and a key).

        >>> from kg.extract import extract_document
        >>> from kg.model import Source
        >>> text = "发展未来产业\\n\\n张三 李四\\n\\n一是培育量子科技、生物制造等未来产业。\\n"
        >>> cmap = map_from_facts([extract_document(Source("a.txt", text))])
        >>> [sorted(cmap.label(c) for _, c in v) for v in cmap.mentions_by_article.values()]
        [['未来产业', '未来产业', '生物制造', '量子科技']]
        """
        return self._mentions_by_article

    @cached_property
    def _mentions_by_article(self) -> dict[str, list[tuple[str, str]]]:
        out: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for m in self.mentions:
            out[m[0].rsplit("/", 1)[0]].append(m)
        return out

    @property
    def related(self) -> list[str]:
        """The concepts with at least one stated relation, by label.

        >>> from kg.extract import extract_document
        >>> from kg.model import Source
        >>> text = "发展未来产业\\n\\n张三 李四\\n\\n一是培育量子科技、生物制造等未来产业。\\n"
        >>> cmap = map_from_facts([extract_document(Source("a.txt", text))])
        >>> [cmap.label(c) for c in cmap.related]
        ['未来产业', '生物制造', '量子科技']
        """
        ends = {r.source for r in self.relations} | {r.target for r in self.relations}
        return sorted(ends, key=lambda n: (self.label(n), n))


def concept_map(store: Store) -> ConceptMap:
    """The concept map of the graph in ``store``.

    >>> from kg.extract import extract_document
    >>> from kg.model import Source
    >>> text = "发展未来产业\\n\\n张三 李四\\n\\n一是培育量子科技、生物制造等未来产业。\\n"
    >>> cmap = map_from_facts([extract_document(Source("a.txt", text))])
    >>> from kg.graph.rdf import document_ntriples
    >>> doc = extract_document(Source("a.txt", text))
    >>> stored = concept_map(Store.from_ntriples(document_ntriples(doc).lines))
    >>> [(stored.label(r.source), r.kind.value, stored.label(r.target)) for r in stored.relations] == [
    ...     (cmap.label(r.source), r.kind.value, cmap.label(r.target)) for r in cmap.relations]
    True
    """
    nodes = _nodes((row["concept"] or "", row["label"], row["type"]) for row in store.run("concept-nodes"))
    relations = sorted({StatedRelation(row["source"] or "", row["target"] or "",
                                       ConceptRelation(_local(row["kind"] or "")), row["quote"] or "",
                                       int(row["start"] or 0), int(row["end"] or 0), row["article"] or "",
                                       row["title"] or "")
                        for name in ("concept-map", "concept-map-inverse") for row in store.run(name)
                        if row["source"] != row["target"]})
    mentions = tuple(sorted({(row["statement"] or "", row["concept"] or "") for row in store.run("mentions")}))
    return ConceptMap(nodes, tuple(relations), mentions, kind_labels(store))


def map_from_facts(docs: Iterable[DocumentFacts]) -> ConceptMap:
    """The same map as :func:`concept_map`, computed from extracted facts without a store.

    >>> from kg.extract import extract_document
    >>> from kg.model import Source
    >>> text = "发展未来产业\\n\\n张三 李四\\n\\n一是培育量子科技、生物制造等未来产业。\\n"
    >>> cmap = map_from_facts([extract_document(Source("a.txt", text))])
    >>> [(cmap.label(r.source), r.kind.value, cmap.label(r.target), r.quote) for r in cmap.relations][0]
    ('未来产业', 'includes', '生物制造', '一是培育量子科技、生物制造等未来产业')
    """
    kinds: list[tuple[str, str, str | None]] = []
    relations: set[StatedRelation] = set()
    mentions: set[tuple[str, str]] = set()
    for doc in docs:
        kinds += [(concept_iri(c.label), c.label, c.kind) for c in doc.concepts]
        for facts in doc.articles:
            art = facts.article
            kinds += [(concept_iri(r.agency), r.agency, "Actor") for r in facts.responsibilities]
            mentions.update((statement_iri(art, m.statement), concept_iri(m.concept)) for m in facts.mentions)
            relations.update(StatedRelation(concept_iri(x.source), concept_iri(x.target), x.relation,
                                            x.evidence.quote, x.evidence.start, x.evidence.end, article_iri(art),
                                            art.label)
                             for x in facts.concept_links if x.source != x.target)
    return ConceptMap(_nodes(kinds), tuple(sorted(relations)), tuple(sorted(mentions)))


def kind_labels(store: Store) -> dict[ConceptRelation, str]:
    """The Chinese label of each kind, from the ontology in the graph (the bundled ontology's where it has none).

    >>> kind_labels(Store.from_turtle(b""))[ConceptRelation.INCLUDES]
    '包括'
    """
    return {**bundled_kind_labels(), **_labels(store)}


def _local(iri: str) -> str:
    return iri[len(POL):] if iri.startswith(POL) else iri.rsplit("#", 1)[-1]


def _nodes(rows: Iterable[tuple[str, str | None, str | None]]) -> dict[str, ConceptNode]:
    """One node per labelled concept; of several classes the most specific (not Concept), the first by name."""
    labels: dict[str, str] = {}
    classes: dict[str, set[str]] = defaultdict(set)
    for node, label, kind in rows:
        if label is not None:
            labels[node] = min(labels.get(node, label), label)
        classes[node].add(_local(kind) if kind else "Concept")
    out = {}
    for node in sorted(labels):
        specific = sorted(classes[node] - {"Concept"})
        out[node] = ConceptNode(node, labels[node], specific[0] if specific else "Concept")
    return out


# ---------------------------------------------------------------- parts of the map

def neighbourhood(cmap: ConceptMap, concept: str, *, depth: int = 1) -> ConceptMap:
    """The relations within ``depth`` steps of ``concept`` (either direction).

    >>> a, b, c = (ConceptNode(x, x, "Concept") for x in "abc")
    >>> m = ConceptMap({n.id: n for n in (a, b, c)}, (StatedRelation("a", "b", ConceptRelation.INCLUDES, "", 0, 0, "", ""),
    ...                                            StatedRelation("b", "c", ConceptRelation.ENABLES, "", 0, 0, "", "")))
    >>> [(r.source, r.target) for r in neighbourhood(m, "a").relations]
    [('a', 'b')]
    >>> len(neighbourhood(m, "a", depth=2).relations)
    2
    """
    near = {concept}
    for _ in range(depth):
        near |= {end for r in cmap.relations if r.source in near or r.target in near for end in (r.source, r.target)}
    kept = tuple(r for r in cmap.relations if r.source in near and r.target in near)
    return _with(cmap, kept)


def of_articles(cmap: ConceptMap, articles: Iterable[str]) -> ConceptMap:
    """The relations stated in the given articles (IRIs), and the mentions of their statements.

    >>> from kg.model import ConceptRelation as K
    >>> nodes = {x: ConceptNode(x, x, "Concept") for x in ("未来产业", "量子科技", "生物制造")}
    >>> cmap = ConceptMap(nodes, (StatedRelation("未来产业", "量子科技", K.INCLUDES, "", 0, 0, "a1", "文一"),
    ...                           StatedRelation("未来产业", "生物制造", K.INCLUDES, "", 0, 0, "a2", "文二")))
    >>> [r.target for r in of_articles(cmap, ["a2"]).relations]
    ['生物制造']
    """
    wanted = sorted(set(articles))
    kept = tuple(sorted(r for a in wanted for r in cmap.by_article.get(a, ())))
    mentions = tuple(sorted(m for a in wanted for m in cmap.mentions_by_article.get(a, ())))
    return _with(cmap, kept, mentions)


def _with(cmap: ConceptMap, relations: tuple[StatedRelation, ...],
          mentions: tuple[tuple[str, str], ...] | None = None) -> ConceptMap:
    ends = {r.source for r in relations} | {r.target for r in relations}
    nodes = {n: cmap.nodes[n] for n in sorted(ends) if n in cmap.nodes}
    return ConceptMap(nodes, relations, cmap.mentions if mentions is None else mentions, cmap.kind_labels)


@dataclass(frozen=True)
class Edge:
    """All statements of one relation (one source, kind and target) drawn as one edge."""

    source: str
    target: str
    kind: ConceptRelation
    evidence: tuple[StatedRelation, ...]


def edges(cmap: ConceptMap) -> list[Edge]:
    """One edge per (source, kind, target), its statements in the order of the text; an integratesWith
    stated both ways is one edge.

    >>> r = [StatedRelation(s, t, ConceptRelation.INTEGRATES_WITH, q, 0, 0, "", "") for s, t, q in (("a", "b", "甲"), ("b", "a", "乙"))]
    >>> [(e.source, e.target, len(e.evidence)) for e in edges(ConceptMap({}, tuple(r)))]
    [('a', 'b', 2)]
    """
    grouped: dict[tuple[str, str, ConceptRelation], list[StatedRelation]] = defaultdict(list)
    for r in cmap.relations:
        ends = sorted((r.source, r.target)) if r.symmetric else [r.source, r.target]
        grouped[(ends[0], ends[1], r.kind)].append(r)
    return [Edge(s, t, kind, tuple(sorted(found, key=lambda r: (r.article, r.start, r.end, r.quote))))
            for (s, t, kind), found in sorted(grouped.items())]


def co_mentions(mentions: Iterable[tuple[str, str]]) -> Counter[tuple[str, str]]:
    """How many goals or measures name both concepts of a pair: a statistic, not a relation.

    >>> co_mentions([("s1", "a"), ("s1", "b"), ("s2", "a"), ("s2", "b"), ("s2", "c")])[("a", "b")]
    2
    """
    named: dict[str, set[str]] = defaultdict(set)
    for statement, concept in mentions:
        named[statement].add(concept)
    out: Counter[tuple[str, str]] = Counter()
    for concepts in named.values():
        out.update(combinations(sorted(concepts), 2))
    return out
