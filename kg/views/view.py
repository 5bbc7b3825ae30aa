"""The view: the part of a graph worth drawing or analysing, as plain records.

Goals, measures and concepts are the nodes; support, mention, agency and
concept relations the edges (not every triple: evidence, articles and
ontology stay out). It is read from a store with SPARQL, or computed from
extracted facts during a build; both give the same view.

>>> from kg.extract import extract_document
>>> from kg.model import Source
>>> doc = extract_document(Source("a.txt", "发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。\\n"))
>>> nodes, edges = view_from_facts([doc])
>>> sorted(n.label for n in nodes if n.kind in ("Goal", "Measure"))
['加快建设数据中心', '发展数字经济']
>>> [e.kind for e in edges if e.kind == "supports"]
['supports']
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

from kg.graph.rdf import SUPPORT_PROPERTY, concept_iri, statement_iri
from kg.graph.store import Store
from kg.model import ArticleFacts, DocumentFacts
from kg.support import reach, support_links

KINDS = ("Goal", "Measure", "Technology", "Industry", "Infrastructure", "Actor", "PolicyEvent", "PolicyTerm",
         "IndicatorConcept", "Programme", "Document", "Place", "Concept")
NODE_LIMIT = 12000


@dataclass(frozen=True)
class ViewNode:
    id: str
    label: str
    kind: str
    article: str
    quote: str
    level: str = ""


@dataclass(frozen=True, order=True)
class ViewEdge:
    source: str
    target: str
    kind: str  # "supports", "mentions", "agency", or a concept relation's kind ("includes", "enables" …)


def view_of(store: Store, *, mentions: bool = True) -> tuple[list[ViewNode], list[ViewEdge]]:
    """Nodes and edges worth drawing: statements, concepts and the links between them.

    >>> from kg.extract import extract_document
    >>> from kg.model import Source
    >>> doc = extract_document(Source("a.txt", "发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。\\n"))
    >>> from kg.graph.rdf import document_ntriples
    >>> nodes, edges = view_of(Store.from_ntriples(document_ntriples(doc).lines))
    >>> [(n.label, n.kind) for n in nodes][2:], sorted(e.kind for e in edges)
    ([('发展数字经济', 'Goal'), ('加快建设数据中心', 'Measure')], ['mentions', 'mentions', 'supports'])
    """
    nodes: dict[str, ViewNode] = {}
    for row in sorted(store.run("view-nodes"), key=lambda r: (r["node"] or "", r["type"] or "")):
        found = _view_node(row)
        if found.id not in nodes and found.kind in KINDS:
            nodes[found.id] = found
    edges = sorted((ViewEdge(r["source"] or "", r["target"] or "", r["kind"] or "")
                    for r in store.run("view-edges") if _drawn(r, nodes, mentions=mentions)),
                   key=_edge_key)
    used = {e.source for e in edges} | {e.target for e in edges}
    kept = [n for n in nodes.values() if n.kind in ("Goal", "Measure") or n.id in used]
    return kept, _dedupe(edges)


def _view_node(row: Mapping[str, str | None]) -> ViewNode:
    kind = (row["type"] or "Concept").rsplit("#", 1)[-1]
    return ViewNode(row["node"] or "", row["label"] or "", kind, row["title"] or "", row["quote"] or "", row["level"] or "")


def _drawn(row: Mapping[str, str | None], nodes: Mapping[str, ViewNode], *, mentions: bool) -> bool:
    return row["source"] in nodes and row["target"] in nodes and (mentions or row["kind"] != "mentions")


def view_from_facts(docs: list[DocumentFacts], *, mentions: bool = True) -> tuple[list[ViewNode], list[ViewEdge]]:
    """The same view as :func:`view_of`, computed from extracted facts without a store.

    >>> from kg.extract import extract_document
    >>> from kg.model import Source
    >>> doc = extract_document(Source("a.txt", "发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。\\n"))
    >>> nodes, edges = view_from_facts([doc])
    >>> [(n.label, n.kind) for n in nodes][2:], sorted(e.kind for e in edges)
    ([('发展数字经济', 'Goal'), ('加快建设数据中心', 'Measure')], ['mentions', 'mentions', 'supports'])
    """
    nodes: dict[str, ViewNode] = {}
    kinds: dict[str, set[str]] = {}
    edges: list[ViewEdge] = []
    for doc in docs:
        for c in doc.concepts:
            kinds.setdefault(c.label, set()).add(c.kind)
        for facts in doc.articles:
            _facts_view(facts, nodes, kinds, edges, mentions=mentions)
    for label, found in kinds.items():
        nodes[concept_iri(label)] = ViewNode(concept_iri(label), label, min(found), "", "")
    edges = sorted((e for e in set(edges) if e.source in nodes and e.target in nodes and e.source != e.target),
                   key=_edge_key)
    used = {e.source for e in edges} | {e.target for e in edges}
    kept = [nodes[k] for k in sorted(nodes) if nodes[k].kind in ("Goal", "Measure") or k in used]
    return kept, edges


def _facts_view(facts: ArticleFacts, nodes: dict[str, ViewNode], kinds: dict[str, set[str]],
                edges: list[ViewEdge], *, mentions: bool) -> None:
    art = facts.article
    title = art.label
    for st in facts.statements:
        node = statement_iri(art, st.key)
        nodes[node] = ViewNode(node, st.label, st.kind.capitalize(), title, st.evidence.quote, st.level)
    for link in facts.supports:
        if link.relation in SUPPORT_PROPERTY:
            edges.append(ViewEdge(statement_iri(art, link.source), statement_iri(art, link.target), "supports"))
    for resp in facts.responsibilities:
        kinds.setdefault(resp.agency, set()).add("Actor")
        edges.append(ViewEdge(statement_iri(art, resp.measure), concept_iri(resp.agency), "agency"))
    if mentions:
        edges += [ViewEdge(statement_iri(art, m.statement), concept_iri(m.concept), "mentions")
                  for m in facts.mentions]
    edges += [ViewEdge(concept_iri(x.source), concept_iri(x.target), x.relation.value) for x in facts.concept_links]


def _edge_key(e: ViewEdge) -> tuple[str, str, str]:
    return e.source, e.target, e.kind


def _dedupe(edges: list[ViewEdge]) -> list[ViewEdge]:
    seen: set[tuple[str, str, str]] = set()
    out = []
    for e in edges:
        key = (e.source, e.target, e.kind)
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out


def overview(nodes: list[ViewNode], edges: list[ViewEdge], *, limit: int = NODE_LIMIT,
             ) -> tuple[list[ViewNode], list[ViewEdge]]:
    """A view small enough to draw: beyond ``limit`` nodes, the finest measures (level "action"),
    mention edges and the least connected concepts are left out, in that order.

    >>> n = [ViewNode(f"m{i}", "举措", "Measure", "", "", "action") for i in range(3)]
    >>> n += [ViewNode("g", "目标", "Goal", "", "", "section")]
    >>> [x.id for x in overview(n, [], limit=2)[0]]
    ['g']
    """
    if len(nodes) <= limit:
        return nodes, edges
    kept = [n for n in nodes if n.level != "action"]
    edges = [e for e in _inside(edges, {n.id for n in kept}) if e.kind != "mentions"]
    degree = Counter(end for e in edges for end in (e.source, e.target))
    statements = [n for n in kept if n.kind in ("Goal", "Measure")]
    concepts = sorted((n for n in kept if n.kind not in ("Goal", "Measure") and degree[n.id]),
                      key=lambda n: (-degree[n.id], n.id))[: max(limit - len(statements), 0)]
    ids = {n.id for n in statements} | {n.id for n in concepts}
    return [n for n in kept if n.id in ids], _inside(edges, ids)


def _inside(edges: list[ViewEdge], ids: set[str]) -> list[ViewEdge]:
    return [e for e in edges if e.source in ids and e.target in ids]




def around(nodes: list[ViewNode], edges: list[ViewEdge], keep: set[str]) -> tuple[list[ViewNode], list[ViewEdge]]:
    """``keep`` plus the concepts its statements mention or are assigned to, and the edges among them.

    >>> from kg.extract import extract_document
    >>> from kg.model import Source
    >>> doc = extract_document(Source("a.txt", "发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。\\n"))
    >>> nodes, edges = view_from_facts([doc])
    >>> [n.label for n in around(nodes, edges, {n.id for n in nodes if n.kind == "Measure"})[0]]
    ['数据中心', '加快建设数据中心']
    """
    reach = set(keep)
    for e in edges:
        if e.source in keep and e.kind in ("mentions", "agency"):
            reach.add(e.target)
    return [n for n in nodes if n.id in reach], [e for e in edges if e.source in reach and e.target in reach]


def goal_tree(nodes: list[ViewNode], edges: list[ViewEdge], goal: str) -> tuple[list[ViewNode], list[ViewEdge]]:
    """One goal, every statement that supports it (transitively), and their concepts.

    >>> n = [ViewNode(x, x, "Measure", "", "") for x in "abc"]
    >>> [x.id for x in goal_tree(n, [ViewEdge("b", "a", "supports"), ViewEdge("c", "b", "supports")], "b")[0]]
    ['b', 'c']
    """
    incoming, _ = support_links((e.source, e.target) for e in edges if e.kind == "supports")
    return around(nodes, edges, {goal, *reach(incoming, goal)})


def article_view(nodes: list[ViewNode], edges: list[ViewEdge], title: str) -> tuple[list[ViewNode], list[ViewEdge]]:
    """The goals and measures of one article (by its title) and their concepts.

    >>> from kg.extract import extract_document
    >>> from kg.model import Source
    >>> doc = extract_document(Source("a.txt", "发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。\\n"))
    >>> nodes, edges = view_from_facts([doc])
    >>> [n.label for n in article_view(nodes, edges, "发展数字经济")[0]]
    ['数据中心', '数字经济', '发展数字经济', '加快建设数据中心']
    """
    return around(nodes, edges, {n.id for n in nodes if n.article == title and n.kind in ("Goal", "Measure")})
