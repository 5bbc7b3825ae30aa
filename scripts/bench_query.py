"""Named queries on the whole-corpus graph: pyoxigraph against rdflib's own engine, in one run.

    python scripts/bench_query.py [--graph out/corpus/graph.ttl] [--corpus ../shared/corpus]

Without --graph the corpus is built first into a temporary folder. Both engines
load the same N-Triples, run each named query with the same bound values
(pyoxigraph substitutions, rdflib initBindings), and the median (p50) of
several runs is printed with the ratio.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox
import rdflib

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.graph.store import Store, named_query  # noqa: E402

QUERIES = ("measures-for-goal", "goals-of-measure", "concept-neighbours", "articles-mentioning", "goals")


def p50(run, times: int) -> tuple[float, int]:
    seconds, rows = [], 0
    for _ in range(times):
        start = time.perf_counter()
        rows = run()
        seconds.append(time.perf_counter() - start)
    return statistics.median(seconds), rows


def pick_bindings(store: Store) -> dict[str, dict[str, str]]:
    """Real values to bind: the goal with most measures, a measure under it, the most linked concept."""
    top_goal = next(store.select(
        "PREFIX pol: <https://w3id.org/policykg/ontology#> SELECT ?g (COUNT(?m) AS ?n) "
        "WHERE { ?m (pol:supports|pol:partOf|pol:servesPurpose|pol:isMeansTo)+ ?g . ?g a pol:Goal } "
        "GROUP BY ?g ORDER BY DESC(?n) ?g LIMIT 1"))["g"]
    measure = next(store.select(
        "PREFIX pol: <https://w3id.org/policykg/ontology#> SELECT ?m ?g WHERE { ?m a pol:Measure ; "
        "(pol:supports|pol:partOf|pol:servesPurpose|pol:isMeansTo) ?g } "
        "ORDER BY ?m LIMIT 1", {"g": ox.NamedNode(str(top_goal))}))["m"]
    concept = next(store.select(
        "PREFIX pol: <https://w3id.org/policykg/ontology#> SELECT ?c (COUNT(?s) AS ?n) "
        "WHERE { ?s pol:mentions ?c } GROUP BY ?c ORDER BY DESC(?n) ?c LIMIT 1"))["c"]
    return {"measures-for-goal": {"goal": str(top_goal)}, "goals-of-measure": {"measure": str(measure)},
            "concept-neighbours": {"concept": str(concept)}, "articles-mentioning": {"concept": str(concept)},
            "goals": {}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--graph", type=Path)
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        graph = args.graph
        if graph is None:
            from kg.corpus.build import build

            graph = build([args.corpus], Path(tmp), page=False).graph_path
        data = graph.read_bytes()
    start = time.perf_counter()
    ox_store = Store.from_turtle(data)
    ox_load = time.perf_counter() - start
    nt = ox_store.store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
    start = time.perf_counter()
    rdf_graph = rdflib.Graph().parse(data=nt, format="nt")
    rdf_load = time.perf_counter() - start
    print(f"graph: {graph} · {len(rdf_graph):,} triples · load: pyoxigraph {ox_load:.1f} s, rdflib {rdf_load:.1f} s")
    print("| query | rows | pyoxigraph p50 | rdflib p50 | rdflib / pyoxigraph |")
    print("|---|---:|---:|---:|---:|")
    ratios = []
    for name, bound in pick_bindings(ox_store).items():
        text = named_query(name)
        ox_subs = {k: ox.NamedNode(v) for k, v in bound.items()}
        rdf_subs = {k: rdflib.URIRef(v) for k, v in bound.items()}
        ox_time, ox_rows = p50(lambda t=text, s=ox_subs: len(list(ox_store.select(t, s))), args.runs)
        rdf_time, rdf_rows = p50(lambda t=text, s=rdf_subs: len(list(rdf_graph.query(t, initBindings=s))),
                                 max(1, args.runs // 2))
        ratio = rdf_time / ox_time
        ratios.append(ratio)
        same = "" if ox_rows == rdf_rows else f" (rdflib: {rdf_rows} rows)"
        print(f"| {name} | {ox_rows}{same} | {ox_time * 1000:.1f} ms | {rdf_time * 1000:.0f} ms | {ratio:.0f}× |",
              flush=True)
    print(f"geometric mean ratio: {statistics.geometric_mean(ratios):.0f}×")


if __name__ == "__main__":
    main()
