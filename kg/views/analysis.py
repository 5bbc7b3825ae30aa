"""Network analysis of the concept map: central concepts, communities and the concepts that bridge them.

The network is the stated relations (包括, 推动, 融合, 作用于, each with its quote), undirected,
weighted by how many statements state each pair. Co-mention, two concepts named by one goal or
measure, is not a relation; asked for (``co_mention=True``), it is added as weighted edges of its
own and the result says so.

>>> from kg.model import ConceptRelation as K
>>> from kg.views.conceptmap import ConceptMap, ConceptNode, StatedRelation
>>> nodes = {x: ConceptNode(x, x, "Concept") for x in ("未来产业", "量子科技", "生物制造")}
>>> rel = tuple(StatedRelation("未来产业", t, K.INCLUDES, "", 0, 0, "a", "文一") for t in ("量子科技", "生物制造"))
>>> result = analyze(ConceptMap(nodes, rel))
>>> [(r.label, r.score) for r in result.degree]
[('未来产业', 2.0), ('生物制造', 1.0), ('量子科技', 1.0)]
>>> result.network
'stated relations'
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import asdict, dataclass

import networkx as nx

from kg.model import ConceptRelation
from kg.views.conceptmap import ConceptMap, StatedRelation, co_mentions

BETWEENNESS_SAMPLE = 100  # beyond this many concepts, betweenness is estimated from this many sources
STATED = "stated relations"
WITH_CO_MENTION = "stated relations + co-mention (named by one statement; not a relation)"


@dataclass(frozen=True)
class Ranked:
    label: str
    kind: str
    score: float


@dataclass(frozen=True)
class Community:
    name: str
    size: int
    top: tuple[str, ...]


@dataclass(frozen=True)
class Bridge:
    """A concept whose relations reach into several communities."""

    label: str
    kind: str
    communities: int
    joins: tuple[str, ...]  # the names of the communities it touches, its own first
    betweenness: float


@dataclass(frozen=True)
class ArticleSummary:
    title: str
    concepts: int
    relations: int
    kinds: tuple[tuple[str, int], ...]  # (Chinese label of a kind, relations of that kind)
    top: tuple[str, ...]


@dataclass(frozen=True)
class Analysis:
    network: str  # which edges were analysed: STATED or WITH_CO_MENTION
    concepts: int
    edges: int
    stated: tuple[tuple[str, str, int], ...]  # (kind, Chinese label, pairs related so)
    co_mention: int  # pairs joined by co-mention alone (0 unless asked for)
    sampled: int  # the sources betweenness was estimated from (0: computed exactly)
    degree: tuple[Ranked, ...]
    pagerank: tuple[Ranked, ...]
    betweenness: tuple[Ranked, ...]
    communities: tuple[Community, ...]
    bridges: tuple[Bridge, ...]
    articles: tuple[ArticleSummary, ...]


def concept_network(cmap: ConceptMap, *, co_mention: bool = False, least: int = 1) -> nx.Graph:
    """The undirected network of concepts: an edge per related pair, ``weight`` the number of statements
    that state it, ``kinds`` its kinds; with ``co_mention``, pairs named together by at least ``least``
    statements too, their count as ``co_mention`` (added to ``weight``).

    >>> from kg.views.conceptmap import ConceptNode
    >>> cmap = ConceptMap({x: ConceptNode(x, x, "Concept") for x in "ab"}, (), (("s1", "a"), ("s1", "b")))
    >>> concept_network(cmap).number_of_edges(), concept_network(cmap, co_mention=True).edges["a", "b"]["co_mention"]
    (0, 1)
    """
    g = nx.Graph()
    for r in cmap.relations:
        for end in (r.source, r.target):
            if end not in g:
                node = cmap.nodes.get(end)
                g.add_node(end, label=node.label if node else end, kind=node.kind if node else "Concept")
        if g.has_edge(r.source, r.target):
            data = g.edges[r.source, r.target]
            data["weight"] += 1
            data["kinds"] = tuple(sorted({*data["kinds"], r.kind.value}))
        else:
            g.add_edge(r.source, r.target, weight=1, kinds=(r.kind.value,), co_mention=0)
    if co_mention:
        for (a, b), count in sorted(co_mentions(cmap.mentions).items()):
            if count < least or a not in cmap.nodes or b not in cmap.nodes:
                continue
            for end in (a, b):
                if end not in g:
                    g.add_node(end, label=cmap.nodes[end].label, kind=cmap.nodes[end].kind)
            if g.has_edge(a, b):
                g.edges[a, b]["co_mention"] = count
                g.edges[a, b]["weight"] += count
            else:
                g.add_edge(a, b, weight=count, kinds=(), co_mention=count)
    return g


def analyze(cmap: ConceptMap, *, co_mention: bool = False, least: int = 1, top: int = 20, seed: int = 1) -> Analysis:
    """Centrality (degree, PageRank, betweenness), Louvain communities, bridging concepts and a
    comparison of articles, over the stated relations (and co-mention when asked for).

    >>> from kg.views.conceptmap import ConceptNode
    >>> cmap = ConceptMap({"a": ConceptNode("a", "未来产业", "Industry"), "b": ConceptNode("b", "量子科技", "Technology")},
    ...                   (StatedRelation("a", "b", ConceptRelation.INCLUDES, "培育量子科技等未来产业", 2, 14, "d/a1", "文一"),), ())
    >>> result = analyze(cmap)
    >>> result.concepts, result.edges, [r.label for r in result.pagerank], result.articles[0].kinds
    (2, 1, ['未来产业', '量子科技'], (('包括', 1),))
    """
    g = concept_network(cmap, co_mention=co_mention, least=least)
    k = BETWEENNESS_SAMPLE if len(g) > BETWEENNESS_SAMPLE else None
    between = nx.betweenness_centrality(g, k=k, seed=seed) if len(g) else {}
    scores = {"degree": {n: float(d) for n, d in g.degree()}, "pagerank": pagerank(g), "betweenness": between}
    ranked = {name: _rank(g, values, top) for name, values in scores.items()}
    parts = _partition(g, seed)
    pairs = Counter(kind for _, _, kinds in g.edges(data="kinds") for kind in kinds)
    stated = tuple((k.value, cmap.kind_labels.get(k, k.value), pairs[k.value]) for k in ConceptRelation)
    alone = sum(1 for _, _, kinds in g.edges(data="kinds") if not kinds)
    return Analysis(WITH_CO_MENTION if co_mention else STATED, g.number_of_nodes(), g.number_of_edges(), stated,
                    alone, k or 0, ranked["degree"], ranked["pagerank"], ranked["betweenness"], _communities(g, parts),
                    _bridges(g, parts, between, top), _articles(cmap))


def pagerank(g: nx.Graph, *, alpha: float = 0.85, tol: float = 1.0e-6, rounds: int = 200) -> dict[str, float]:
    """PageRank of an undirected graph, edges weighted by ``weight``, by power iteration (pure Python;
    networkx's needs SciPy).

    >>> r = pagerank(nx.star_graph(3))
    >>> max(r, key=r.get), round(sum(r.values()), 6)
    (0, 1.0)
    """
    n = len(g)
    if not n:
        return {}
    rank = dict.fromkeys(g, 1.0 / n)
    strength = dict(g.degree(weight="weight"))
    for _ in range(rounds):
        dangling = alpha * sum(rank[v] for v in g if not strength[v]) / n
        new = {v: (1 - alpha) / n + dangling
               + alpha * sum(rank[u] * g.edges[u, v].get("weight", 1) / strength[u] for u in g[v]) for v in g}
        if sum(abs(new[v] - rank[v]) for v in g) < n * tol:
            return new
        rank = new
    return rank


def _rank(g: nx.Graph, values: Mapping[str, float], top: int) -> tuple[Ranked, ...]:
    best = sorted(g, key=lambda n: (-values.get(n, 0), g.nodes[n]["label"], n))[:top]
    return tuple(Ranked(g.nodes[n]["label"], g.nodes[n]["kind"], round(float(values.get(n, 0)), 6)) for n in best)


def _partition(g: nx.Graph, seed: int) -> list[list[str]]:
    """Louvain communities, largest first, each listed by degree (its best-connected concepts first)."""
    if not g.number_of_edges():
        return []
    parts = nx.community.louvain_communities(g, weight="weight", seed=seed)
    ordered = [sorted(p, key=lambda n: (-g.degree(n), g.nodes[n]["label"], n)) for p in parts]
    return sorted(ordered, key=lambda p: (-len(p), g.nodes[p[0]]["label"]))


def _name(g: nx.Graph, part: list[str]) -> str:
    return "、".join(g.nodes[n]["label"] for n in part[:3])


def _communities(g: nx.Graph, parts: list[list[str]]) -> tuple[Community, ...]:
    return tuple(Community(_name(g, p), len(p), tuple(g.nodes[n]["label"] for n in p[:5])) for p in parts if len(p) >= 3)


def _bridges(g: nx.Graph, parts: list[list[str]], between: Mapping[str, float], top: int) -> tuple[Bridge, ...]:
    """Concepts related to concepts of two or more communities besides their own."""
    home = {n: i for i, p in enumerate(parts) for n in p}
    out = []
    for n in g:
        reached = {home[m] for m in g[n]} - {home[n]}
        if reached:
            joins = [home[n], *sorted(reached)]
            out.append((n, joins))
    out.sort(key=lambda x: (-len(x[1]), -between.get(x[0], 0), g.nodes[x[0]]["label"], x[0]))
    return tuple(Bridge(g.nodes[n]["label"], g.nodes[n]["kind"], len(joins), tuple(_name(g, parts[i]) for i in joins),
                        round(float(between.get(n, 0)), 6)) for n, joins in out[:top])


def _articles(cmap: ConceptMap) -> tuple[ArticleSummary, ...]:
    """Per article: the concepts it relates, its relations by kind, its most related concepts."""
    by_title: dict[str, list[StatedRelation]] = defaultdict(list)
    for r in cmap.relations:
        by_title[r.title or r.article].append(r)
    out = []
    for title in sorted(by_title):
        found = by_title[title]
        pairs = {(r.source, r.kind, r.target) for r in found}
        degree = Counter(end for source, _, target in pairs for end in (source, target))
        kinds = Counter(r.kind for r in found)
        top = sorted(degree, key=lambda n: (-degree[n], cmap.label(n), n))[:5]
        out.append(ArticleSummary(title, len(degree), len(found),
                                  tuple((cmap.kind_labels.get(k, k.value), kinds[k]) for k in ConceptRelation if kinds[k]),
                                  tuple(cmap.label(n) for n in top)))
    return tuple(out)


def as_json(result: Analysis) -> str:
    """The analysis as JSON (every field of :class:`Analysis`).

    >>> from kg.views.conceptmap import ConceptNode
    >>> cmap = ConceptMap({"a": ConceptNode("a", "未来产业", "Industry"), "b": ConceptNode("b", "量子科技", "Technology")},
    ...                   (StatedRelation("a", "b", ConceptRelation.INCLUDES, "培育量子科技等未来产业", 2, 14, "d/a1", "文一"),), ())
    >>> import json; json.loads(as_json(analyze(cmap)))["degree"][0]
    {'label': '未来产业', 'kind': 'Industry', 'score': 1.0}
    """
    return json.dumps(asdict(result), ensure_ascii=False, indent=1)


def heading(result: Analysis) -> str:
    """What was analysed, in one line: the network, its size and its edges by kind.

    >>> from kg.views.conceptmap import ConceptNode
    >>> cmap = ConceptMap({"a": ConceptNode("a", "未来产业", "Industry"), "b": ConceptNode("b", "量子科技", "Technology")},
    ...                   (StatedRelation("a", "b", ConceptRelation.INCLUDES, "培育量子科技等未来产业", 2, 14, "d/a1", "文一"),), ())
    >>> heading(analyze(cmap))
    'network: stated relations; 2 concepts, 1 related pairs (包括 1，推动 0，融合 0，作用于 0)'
    """
    kinds = "，".join(f"{zh} {n}" for _, zh, n in result.stated)
    co = f"，共现 co-mention {result.co_mention}" if result.network == WITH_CO_MENTION else ""
    return f"network: {result.network}; {result.concepts} concepts, {result.edges} related pairs ({kinds}{co})"


def as_markdown(result: Analysis) -> str:
    """The analysis as a Markdown report: its heading, then a table per measure, the communities, the
    bridging concepts and the articles.

    >>> from kg.views.conceptmap import ConceptNode
    >>> cmap = ConceptMap({"a": ConceptNode("a", "未来产业", "Industry"), "b": ConceptNode("b", "量子科技", "Technology")},
    ...                   (StatedRelation("a", "b", ConceptRelation.INCLUDES, "培育量子科技等未来产业", 2, 14, "d/a1", "文一"),), ())
    >>> as_markdown(analyze(cmap)).splitlines()[4:9]
    ['## Top concepts by Degree', '', '| concept | type | score |', '|---|---|---:|', '| 未来产业 | Industry | 1 |']
    """
    out = [f"# policykg analysis of the concept graph\n\n{heading(result)}.\n"]
    for title, rows in (("Degree", result.degree), ("PageRank", result.pagerank),
                        (betweenness_title(result), result.betweenness)):
        out.append(f"## Top concepts by {title}\n\n| concept | type | score |\n|---|---|---:|")
        out += [f"| {_cell(r.label)} | {r.kind} | {r.score:g} |" for r in rows]
        out.append("")
    out.append("## Communities (Louvain, seed 1)\n\n| community | concepts | top concepts |\n|---|---:|---|")
    out += [f"| {_cell(c.name)} | {c.size} | {_cell('、'.join(c.top))} |" for c in result.communities]
    out.append("\n## Bridging concepts\n\n| concept | type | communities | joins | betweenness |\n|---|---|---:|---|---:|")
    out += [f"| {_cell(b.label)} | {b.kind} | {b.communities} | {_cell(' / '.join(b.joins))} | {b.betweenness:g} |"
            for b in result.bridges]
    out.append("\n## Articles\n\n| article | concepts | relations | by kind | most related |\n|---|---:|---:|---|---|")
    out += [f"| {_cell(a.title)} | {a.concepts} | {a.relations} | {_cell(_kinds(a))} | {_cell('、'.join(a.top))} |"
            for a in result.articles]
    return "\n".join(out) + "\n"


def betweenness_title(result: Analysis) -> str:
    """The betweenness column's title, with the sample it was estimated from on a large network.

    >>> from kg.views.conceptmap import ConceptNode
    >>> cmap = ConceptMap({"a": ConceptNode("a", "未来产业", "Industry"), "b": ConceptNode("b", "量子科技", "Technology")},
    ...                   (StatedRelation("a", "b", ConceptRelation.INCLUDES, "培育量子科技等未来产业", 2, 14, "d/a1", "文一"),), ())
    >>> betweenness_title(analyze(cmap))
    'Betweenness'
    """
    return f"Betweenness (estimated from {result.sampled} sources)" if result.sampled else "Betweenness"


def _kinds(a: ArticleSummary) -> str:
    return " · ".join(f"{zh} {n}" for zh, n in a.kinds)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")
