"""Focused pages for ``policykg viz``: the concept map (whole, one concept's neighbourhood, one article),
or the statements (goals and measures: the whole graph, one goal's support tree, one article).

>>> from kg.extract import extract_document
>>> from kg.model import Source
>>> from kg.graph.rdf import document_ntriples, ontology_ntriples
>>> doc = extract_document(Source("a.txt", "发展数字经济\\n\\n张三 李四\\n\\n一是推动人工智能与实体经济深度融合。\\n"))
>>> store = Store.from_ntriples(ontology_ntriples() + document_ntriples(doc).lines)
>>> focused_page(store, goal="数字经济")[1]
'目标 发展数字经济'
>>> focused_page(store, concept="实体经济")[1]
'概念 实体经济 及其相关概念'
"""

from __future__ import annotations

from kg.ask.index import Index
from kg.ask.names import best, resolve
from kg.ask.reply import measures_for
from kg.errors import NotFoundError, PolicyKGError
from kg.graph.store import Store
from kg.views.conceptmap import ConceptMap, concept_map, neighbourhood, of_articles
from kg.views.conceptpage import render_concept_map
from kg.views.page import render_view
from kg.views.view import article_view, goal_tree, view_of

NO_RELATIONS = "图中没有文中明说的概念关系。No relation between concepts is stated in this graph."


def focused_page(store: Store, *, goal: str | None = None, article: str | None = None, concept: str | None = None,
                 depth: int = 1, statements: bool = False) -> tuple[str, str]:
    """(HTML, title) of the page: the concept map of the whole graph, of a concept's neighbourhood
    (``concept``, fuzzy, ``depth`` steps) or of an article (fuzzy title); with ``statements``, or for a
    ``goal``, the goals and measures instead.

    >>> from kg.api import Graph, read_text
    >>> store = Graph([read_text("发展数字经济\\n\\n张三 李四\\n\\n一是推动人工智能与实体经济深度融合。\\n", name="a.txt")]).store
    >>> focused_page(store, concept="人工智能")[1]
    '概念 人工智能 及其相关概念'
    """
    if goal is not None and concept is not None:
        raise PolicyKGError("give --goal or --concept, not both")
    if goal is not None or statements:
        return _statements_page(store, goal=goal, article=article)
    cmap = concept_map(store)
    title = "概念图 policykg"
    focus = None
    if article is not None:
        title = _article_title(sorted({r.title for r in cmap.relations if r.title}), article,
                               what="article with stated concept relations")
        cmap = of_articles(cmap, {r.article for r in cmap.relations if r.title == title})
        title = f"概念图 {title}"
    if concept is not None:
        focus = concept_named(cmap, concept)
        cmap = neighbourhood(cmap, focus, depth=depth)
        title = f"概念 {cmap.label(focus)} 及其相关概念"
    note = (f"{len(cmap.related)} 个概念，{len(cmap.relations)} 条文中明说的关系；共现不算关系。"
            if cmap.relations else NO_RELATIONS)
    return render_concept_map(cmap, title=title, note=note, focus=focus), title


def concept_named(cmap: ConceptMap, name: str) -> str:
    """The concept with stated relations that ``name`` names (as questions match names): the one so named,
    else the one with most relations among those whose labels match.

    >>> from kg.model import ConceptRelation as K
    >>> from kg.views.conceptmap import ConceptNode, StatedRelation
    >>> nodes = {"a": ConceptNode("a", "未来产业", "Industry"), "b": ConceptNode("b", "量子科技", "Technology")}
    >>> cmap = ConceptMap(nodes, (StatedRelation("a", "b", K.INCLUDES, "培育量子科技等未来产业", 0, 11, "x", "文一"),))
    >>> concept_named(cmap, "量子科技"), concept_named(cmap, "产业")
    ('b', 'a')
    """
    related = cmap.related
    found = resolve(Index.of_names((cmap.label(n), "concept", n) for n in related), name, kinds=("concept",))
    if not found.found:
        near = "、".join(e.label for e in found.suggestions[:5])
        raise NotFoundError(f"no concept with stated relations matches {name!r}" + (f"; closest: {near}" if near else ""))
    count = {n: 0 for n in related}
    for r in cmap.relations:
        count[r.source] += 1
        count[r.target] += 1
    exact = found.exact or found.entries
    return min(exact, key=lambda e: (-count[e.node], len(e.label), e.label)).node


def _article_title(titles: list[str], article: str, *, what: str = "article") -> str:
    ranked = best(article, titles, floor=0.3)
    if not ranked:
        raise NotFoundError(f"no {what} matches {article!r}")
    return ranked[0][1]


def _statements_page(store: Store, *, goal: str | None, article: str | None) -> tuple[str, str]:
    nodes, edges = view_of(store)
    if goal is not None:
        groups = measures_for(store, goal).groups
        top = max(groups, key=lambda g: g.count)  # several goals may hold the name: draw the largest tree
        others = f"（另有 {len(groups) - 1} 个名称含「{goal}」的节点）" if len(groups) > 1 else ""
        title = f"{'目标' if top.kind == 'goal' else '举措'} {top.label}{others}"
        nodes, edges = goal_tree(nodes, edges, top.node)
    elif article is not None:
        title = _article_title(sorted({n.article for n in nodes if n.article}), article)
        nodes, edges = article_view(nodes, edges, title)
    else:
        title = "policykg"
    return render_view(nodes, edges, title=f"policykg · {title}" if title != "policykg" else title), title
