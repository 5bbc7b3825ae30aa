"""Focused pages for ``policykg viz``: the whole graph, one goal's support tree, or one article.

>>> from kg.extract import extract_document
>>> from kg.model import Source
>>> from kg.graph.rdf import document_ntriples
>>> doc = extract_document(Source("a.txt", "发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。\\n"))
>>> html, title = focused_page(Store.from_ntriples(document_ntriples(doc).lines), goal="数字经济")
>>> title
'目标 发展数字经济'
"""

from __future__ import annotations

from kg.ask.names import best
from kg.ask.reply import measures_for
from kg.errors import NotFoundError
from kg.graph.store import Store
from kg.views.page import render_view
from kg.views.view import article_view, goal_tree, view_of


def focused_page(store: Store, *, goal: str | None = None, article: str | None = None) -> tuple[str, str]:
    """(HTML, title) of the page for the whole graph, a goal (fuzzy) or an article (fuzzy title)."""
    nodes, edges = view_of(store)
    if goal is not None:
        groups = measures_for(store, goal).groups
        top = max(groups, key=lambda g: g.count)  # several goals may hold the name: draw the largest tree
        others = f"（另有 {len(groups) - 1} 个名称含「{goal}」的节点）" if len(groups) > 1 else ""
        title = f"{'目标' if top.kind == 'goal' else '举措'} {top.label}{others}"
        nodes, edges = goal_tree(nodes, edges, top.node)
    elif article is not None:
        titles = sorted({n.article for n in nodes if n.article})
        ranked = best(article, titles, floor=0.3)
        if not ranked:
            raise NotFoundError(f"no article matches {article!r}")
        title = ranked[0][1]
        nodes, edges = article_view(nodes, edges, title)
    else:
        title = "policykg"
    return render_view(nodes, edges, title=f"policykg · {title}" if title != "policykg" else title), title
