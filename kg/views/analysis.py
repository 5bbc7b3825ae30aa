"""Network analysis of the domain relations: a networkx projection of the view.

The projection has goals, measures and concepts as nodes and the support,
mention, agency and concept relations as edges; evidence nodes, articles and
the ontology stay out.

>>> from kg.views.view import ViewEdge, ViewNode
>>> g = projection_of([ViewNode("a", "人工智能", "Technology", "", ""), ViewNode("m", "发展人工智能", "Measure", "文一", "")],
...                   [ViewEdge("m", "a", "mentions")])
>>> sorted(g.nodes(data="label"))
[('a', '人工智能'), ('m', '发展人工智能')]
"""

from __future__ import annotations

import io
import json
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass

import networkx as nx

from kg.errors import PolicyKGError
from kg.graph.store import Store
from kg.views.view import ViewEdge, ViewNode, view_of

STATEMENTS = ("Goal", "Measure")
BETWEENNESS_SAMPLE = 300


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
    label: str
    articles: int
    titles: tuple[str, ...]


@dataclass(frozen=True)
class ArticleSummary:
    title: str
    goals: int
    measures: int
    concepts: int
    top: tuple[str, ...]


@dataclass(frozen=True)
class Analysis:
    nodes: int
    edges: int
    degree: tuple[Ranked, ...]
    pagerank: tuple[Ranked, ...]
    betweenness: tuple[Ranked, ...]
    communities: tuple[Community, ...]
    bridges: tuple[Bridge, ...]
    articles: tuple[ArticleSummary, ...]


def projection_of(nodes: list[ViewNode], edges: list[ViewEdge]) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for n in nodes:
        g.add_node(n.id, label=n.label, kind=n.kind, article=n.article)
    for e in edges:
        g.add_edge(e.source, e.target, key=e.kind, kind=e.kind)
    return g


def projection(store: Store) -> nx.MultiDiGraph:
    return projection_of(*view_of(store))


def analyze(g: nx.MultiDiGraph, *, top: int = 20, seed: int = 1) -> Analysis:
    """Centrality of concepts, communities, bridging concepts and a per-article comparison."""
    simple = nx.Graph(g.to_undirected(as_view=True))
    concepts = [n for n, kind in g.nodes(data="kind") if kind not in STATEMENTS]
    cg = concept_graph(g, simple, concepts)
    k = BETWEENNESS_SAMPLE if len(cg) > BETWEENNESS_SAMPLE else None
    scores = {
        "degree": dict(simple.degree()),
        "pagerank": pagerank(simple),
        "betweenness": nx.betweenness_centrality(cg, k=k, seed=seed) if len(cg) else {},
    }
    ranked = {name: _rank(g, concepts, values, top) for name, values in scores.items()}
    return Analysis(g.number_of_nodes(), g.number_of_edges(), ranked["degree"], ranked["pagerank"],
                    ranked["betweenness"], _communities(g, cg, seed), _bridges(g, concepts, top), _articles(g))


def concept_graph(g: nx.MultiDiGraph, simple: nx.Graph, concepts: list[str]) -> nx.Graph:
    """Concepts joined when a relation links them or one statement mentions both."""
    cg = nx.Graph()
    concept_set = set(concepts)
    cg.add_edges_from((u, v) for u, v in simple.edges() if u in concept_set and v in concept_set)
    for node, kind in g.nodes(data="kind"):
        if kind in STATEMENTS:
            named = sorted(t for t in g.successors(node) if t in concept_set)
            cg.add_edges_from((a, b) for i, a in enumerate(named) for b in named[i + 1:])
    cg.remove_edges_from(nx.selfloop_edges(cg))
    return cg


def pagerank(g: nx.Graph, *, alpha: float = 0.85, tol: float = 1.0e-6, rounds: int = 200) -> dict[str, float]:
    """PageRank of an undirected graph by power iteration (pure Python; networkx's needs SciPy).

    >>> r = pagerank(nx.star_graph(3))
    >>> max(r, key=r.get), round(sum(r.values()), 6)
    (0, 1.0)
    """
    n = len(g)
    if not n:
        return {}
    rank = dict.fromkeys(g, 1.0 / n)
    degree = dict(g.degree())
    for _ in range(rounds):
        dangling = alpha * sum(rank[v] for v in g if not degree[v]) / n
        new = {v: (1 - alpha) / n + dangling + alpha * sum(rank[u] / degree[u] for u in g[v]) for v in g}
        if sum(abs(new[v] - rank[v]) for v in g) < n * tol:
            return new
        rank = new
    return rank


def _rank(g: nx.MultiDiGraph, ids: list[str], values: dict, top: int) -> tuple[Ranked, ...]:
    best = sorted(ids, key=lambda n: (-values.get(n, 0), g.nodes[n]["label"]))[:top]
    return tuple(Ranked(g.nodes[n]["label"], g.nodes[n]["kind"], round(float(values.get(n, 0)), 6)) for n in best)


def _communities(g: nx.MultiDiGraph, cg: nx.Graph, seed: int) -> tuple[Community, ...]:
    """Louvain communities of the concept graph, each named by its three best-connected concepts."""
    if not len(cg):
        return ()
    parts = nx.community.louvain_communities(cg, seed=seed)
    out = []
    for part in sorted(parts, key=lambda p: (-len(p), min(p))):
        if len(part) < 3:
            continue
        top = sorted(part, key=lambda n: (-cg.degree(n), g.nodes[n]["label"]))[:5]
        labels = tuple(g.nodes[n]["label"] for n in top)
        out.append(Community("、".join(labels[:3]), len(part), labels))
    return tuple(out)


def _bridges(g: nx.MultiDiGraph, concepts: list[str], top: int) -> tuple[Bridge, ...]:
    """Concepts that statements of several articles mention."""
    titles: dict[str, set[str]] = defaultdict(set)
    for s, t in g.edges():
        if t in g and g.nodes[t]["kind"] not in STATEMENTS and g.nodes[s]["article"]:
            titles[t].add(g.nodes[s]["article"])
    shared = [c for c in concepts if len(titles[c]) >= 2]
    shared.sort(key=lambda c: (-len(titles[c]), g.nodes[c]["label"]))
    return tuple(Bridge(g.nodes[c]["label"], len(titles[c]), tuple(sorted(titles[c]))) for c in shared[:top])


def _articles(g: nx.MultiDiGraph) -> tuple[ArticleSummary, ...]:
    kinds: dict[str, Counter] = defaultdict(Counter)
    named: dict[str, Counter] = defaultdict(Counter)
    for node, data in g.nodes(data=True):
        if data["kind"] in STATEMENTS and data["article"]:
            kinds[data["article"]][data["kind"]] += 1
            for t in g.successors(node):
                if g.nodes[t]["kind"] not in STATEMENTS:
                    named[data["article"]][g.nodes[t]["label"]] += 1
    return tuple(ArticleSummary(title, kinds[title]["Goal"], kinds[title]["Measure"], len(named[title]),
                                tuple(label for label, _ in sorted(named[title].items(),
                                                                   key=lambda x: (-x[1], x[0]))[:5]))
                 for title in sorted(kinds))


def as_json(result: Analysis) -> str:
    return json.dumps(asdict(result), ensure_ascii=False, indent=1)


def as_markdown(result: Analysis) -> str:
    out = [f"# policykg analysis\n\n{result.nodes} nodes, {result.edges} edges (goals, measures, concepts).\n"]
    for title, rows in (("Degree", result.degree), ("PageRank", result.pagerank),
                        ("Betweenness", result.betweenness)):
        out.append(f"## Top concepts by {title}\n\n| concept | type | score |\n|---|---|---:|")
        out += [f"| {_cell(r.label)} | {r.kind} | {r.score:g} |" for r in rows]
        out.append("")
    out.append("## Communities (Louvain, seed 1)\n\n| community | concepts | top concepts |\n|---|---:|---|")
    out += [f"| {_cell(c.name)} | {c.size} | {_cell('、'.join(c.top))} |" for c in result.communities]
    out.append("\n## Bridging concepts\n\n| concept | articles | articles |\n|---|---:|---|")
    out += [f"| {_cell(b.label)} | {b.articles} | {_cell('；'.join(b.titles[:5]))} |" for b in result.bridges]
    out.append("\n## Articles\n\n| article | goals | measures | concepts | top concepts |\n|---|---:|---:|---:|---|")
    out += [f"| {_cell(a.title)} | {a.goals} | {a.measures} | {a.concepts} | {_cell('、'.join(a.top))} |"
            for a in result.articles]
    return "\n".join(out) + "\n"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def network_bytes(g: nx.MultiDiGraph, fmt: str) -> bytes:
    """GEXF (opens in Gephi, with labels and types), GraphML, or CSV edges with labels."""
    simple = nx.DiGraph()
    simple.add_nodes_from(g.nodes(data=True))
    for s, t, kind in g.edges(keys=True):
        simple.add_edge(s, t, kind=kind)
    buffer = io.BytesIO()
    if fmt == "gexf":
        nx.write_gexf(simple, buffer, encoding="utf-8")
    elif fmt == "graphml":
        nx.write_graphml(simple, buffer, encoding="utf-8")
    elif fmt == "csv":
        return _csv(g).encode("utf-8")
    else:
        raise PolicyKGError(f"unknown network format {fmt!r}; use gexf, graphml or csv")
    return buffer.getvalue()


def _csv(g: nx.MultiDiGraph) -> str:
    import csv

    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\n")
    writer.writerow(["source", "source_type", "relation", "target", "target_type", "source_iri", "target_iri"])
    for s, t, kind in sorted(g.edges(keys=True)):
        writer.writerow([g.nodes[s]["label"], g.nodes[s]["kind"], kind, g.nodes[t]["label"], g.nodes[t]["kind"], s, t])
    return text.getvalue()
