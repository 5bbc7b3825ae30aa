#!/usr/bin/env python3
"""Build and score every development gold: one table of statements, links, concepts, metadata.

    python scripts/eval.py [--shared ../shared] [--dir FOLDER] [--gold d1_zhijiao.json …] [--json report.json] [--details]

Each gold's source is extracted on its own (the same pure function ``build``
maps over documents), written as Turtle and scored by ``shared/eval/score.py``
exactly as the command line scorer would score ``out/graph.ttl``. The last row
is the mean; ``--details`` prints each document's wrong and missed statements.
Golds with policy-instrument labels (``shared/gold/tools/NAME.json``) are scored on the instruments too:
family and subtype accuracy over the labelled statements found, and a confusion table of the families.
``--dir`` scores the gold files of another folder (their "source" is read relative
to the shared folder, as the development golds' are).

The scorer breaks some ties in the order of Python's sets of strings, which changes from process to
process; the script runs itself with ``PYTHONHASHSEED=0`` so that its tables are the same on every run
(the graphs it scores are the same bytes under any seed).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.extract import extract_document  # noqa: E402
from kg.graph.rdf import document_ntriples, turtle, union  # noqa: E402
from kg.model import Source  # noqa: E402


def load_scorer(shared: Path):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("score", shared / "eval" / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score_gold(gold_path: Path, shared: Path, scorer) -> dict:  # type: ignore[no-untyped-def]
    from rdflib import Graph

    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    source_path = shared / gold["source"]
    text = source_path.read_text(encoding="utf-8")
    facts = extract_document(Source(source_path.name, text))
    graph = Graph()
    graph.parse(data=turtle(union([document_ntriples(facts)])), format="turtle")
    tools_path = shared / "gold" / "tools" / gold_path.name
    tools = json.loads(tools_path.read_text(encoding="utf-8")) if tools_path.is_file() else None
    report = scorer.score_v2(graph, gold, text, tools)
    report["_source"] = text
    if tools:
        report["instrument_pairs"] = instrument_pairs(graph, gold, tools, scorer, report)
    return report


def instrument_pairs(graph, gold: dict, tools: dict, scorer, report: dict) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """(gold family, graph family) of every labelled statement found: the labels of one gold family at a
    time are scored, so each run's list of wrong ones names the family the graph gave instead."""
    family = scorer.FAMILY
    pairs: list[tuple[str, str]] = []
    for fam in sorted(set(family.values())):
        labels = {k: v for k, v in tools["labels"].items() if family[v] == fam}
        if not labels:
            continue
        part = scorer.score_v2(graph, gold, report["_source"], {"labels": labels})["instruments"]
        have = [family[m.group(1)] for line in part["wrong"] if (m := WRONG.search(line))]
        pairs += [(fam, h) for h in have] + [(fam, fam)] * (part["matched"] - len(have))
    return pairs


WRONG = re.compile(r": (\w+) \(gold \w+\)$")


def row(name: str, r: dict) -> str:
    s, k, c, m = r["statements"], r["links"], r["concepts"], r["metadata"]
    return (f"| {name} | {r['macro_f1']:.3f} | {s['precision']:.2f} / {s['recall']:.2f} | "
            f"{k['precision']:.2f} / {k['recall']:.2f} | {c['found']}/{c['of']} | {len(c['junk'])} | {m['ok']}/{m['of']} |")


def concept_row(name: str, g: dict) -> str:
    c, k = g["concepts"], g["relations"]
    return (f"| {name} | {c['precision']:.2f} / {c['recall']:.2f} | {k['precision']:.2f} / {k['recall']:.2f} | "
            f"{k['untyped_precision']:.2f} / {k['untyped_recall']:.2f} | {g['f1']:.3f} |")


def print_instruments(reports: dict) -> None:
    """Family and subtype accuracy per labelled document, over all, and the confusion table of families."""
    print("\n| document | labelled found | family accuracy | subtype accuracy |")
    print("|---|---|---|---|")
    n = fam = sub = 0
    for name, r in reports.items():
        ins = r["instruments"]
        print(f"| {name} | {ins['matched']}/{ins['of']} | {ins['family_accuracy']:.3f} | {ins['subtype_accuracy']:.3f} |")
        n += ins["matched"]
        fam += round(ins["family_accuracy"] * ins["matched"])
        sub += round(ins["subtype_accuracy"] * ins["matched"])
    if n:
        print(f"| all | {n} | {fam / n:.3f} | {sub / n:.3f} |")
    pairs = [p for r in reports.values() for p in r.get("instrument_pairs", [])]
    families = ["supply", "environment", "demand", "none"]
    print("\n| gold family \\ graph | " + " | ".join(families) + " |")
    print("|---|" + "---|" * len(families))
    for want in families:
        print(f"| {want} | " + " | ".join(str(sum(1 for w, h in pairs if w == want and h == have))
                                         for have in families) + " |")


def print_details(reports: dict) -> None:
    """Each document's wrong and missed statements, links and concepts."""
    for name, r in reports.items():
        print(f"\n## {name}")
        for reg in r["regions"]:
            for kind in ("wrong_statements", "missed_statements", "wrong_links", "missed_links"):
                for x in reg[kind]:
                    print(f"  {reg['region']} {kind.split('_')[0]} {kind.split('_')[1][:4]}: {x}")
        print(f"  concepts missing: {'、'.join(r['concepts']['missing'])}")
        for reg in (r.get("concept_graph") or {}).get("regions", []):
            for kind in ("concepts_not_in_gold", "concepts_missed", "relations_wrong", "relations_missed"):
                print(f"  {reg['region']} {kind}: {' | '.join(reg[kind])}")
        print(f"  junk: {'、'.join(r['concepts']['junk'])}")
        print(f"  metadata: {r['metadata']['detail']}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--dir", type=Path, help="a folder of gold files to score instead of shared/gold/dev")
    ap.add_argument("--gold", nargs="*", help="gold file names in that folder (default: all)")
    ap.add_argument("--json", type=Path, help="write every report here")
    ap.add_argument("--details", action="store_true", help="print wrong and missed statements and links")
    a = ap.parse_args(argv)
    scorer = load_scorer(a.shared)
    golds = sorted((a.dir or a.shared / "gold" / "dev").glob("*.json"))
    if a.gold:
        golds = [g for g in golds if g.name in a.gold or g.stem in a.gold]
    print("| document | macro F1 | statements P / R | links P / R | concepts | junk | metadata |")
    print("|---|---|---|---|---|---|---|")
    reports, f1s, recalls = {}, [], []
    for path in golds:
        r = score_gold(path, a.shared, scorer)
        reports[path.stem] = r
        f1s.append(r["macro_f1"])
        recalls.append(r["concepts"]["found"] / max(r["concepts"]["of"], 1))
        print(row(path.stem, r), flush=True)
    if f1s:
        print(f"| mean | {sum(f1s) / len(f1s):.3f} | | | {sum(recalls) / len(recalls):.2f} | | |")
    graphs = {name: r["concept_graph"] for name, r in reports.items() if r.get("concept_graph")}
    if graphs:
        print("\n| document | concept P / R | relations P / R (typed) | ignoring kind and direction P / R | concept-graph F1 |")
        print("|---|---|---|---|---|")
        for name, g in graphs.items():
            print(concept_row(name, g))
        print(f"| mean | | | | {sum(g['f1'] for g in graphs.values()) / len(graphs):.3f} |")
    tooled = {name: r for name, r in reports.items() if r.get("instruments")}
    if tooled:
        print_instruments(tooled)
    if a.details:
        print_details(reports)
    for r in reports.values():
        r.pop("_source", None)
    if a.json:
        a.json.write_text(json.dumps(reports, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    if os.environ.get("PYTHONHASHSEED") != "0":  # the scorer's ties in one order on every run
        os.execve(sys.executable, [sys.executable, *sys.argv], {**os.environ, "PYTHONHASHSEED": "0"})
    sys.exit(main())
