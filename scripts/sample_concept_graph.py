#!/usr/bin/env python3
"""Print what a reader judges of the concept graph: random stated relations with their quotes, and the concepts
with the most stated relations.

    python scripts/sample_concept_graph.py ../shared/corpus [--exclude-dev ../shared/gold/dev] [--relations 30]
        [--concepts 50] [--seed 1] [--workers 2]

Every .txt file under the folders given is extracted (documents a dev gold file names are left out with
``--exclude-dev``); the sample is drawn with a fixed seed, so the same code and corpus print the same lines.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.extract import extract_document  # noqa: E402
from kg.model import Source  # noqa: E402


def relations_of(path: Path) -> list[tuple[str, str, str, str, str]]:
    doc = extract_document(Source(path.name, path.read_text(encoding="utf-8")))
    return [(x.source, str(x.relation), x.target, x.evidence.quote, path.name) for a in doc.articles for x in a.concept_links]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folders", nargs="+", type=Path)
    ap.add_argument("--exclude-dev", type=Path, help="a folder of dev gold files whose sources are left out")
    ap.add_argument("--relations", type=int, default=30)
    ap.add_argument("--concepts", type=int, default=50)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--workers", type=int, default=2)
    a = ap.parse_args(argv)
    skip = set()
    if a.exclude_dev:
        skip = {Path(json.loads(p.read_text(encoding="utf-8"))["source"]).name for p in a.exclude_dev.glob("*.json")}
    files = sorted(p for folder in a.folders for p in folder.rglob("*.txt") if p.name not in skip and p.name != "README.md")
    with ProcessPoolExecutor(a.workers) as pool:
        found = [r for rows in pool.map(relations_of, files, chunksize=4) for r in rows]
    kinds = Counter(r[1] for r in found)
    print(f"{len(files)} documents, {len(found)} stated relations: " + ", ".join(f"{k} {n}" for k, n in kinds.most_common()))
    print(f"\n{a.relations} random stated relations (seed {a.seed}):")
    for i, (s, kind, t, quote, name) in enumerate(random.Random(a.seed).sample(found, min(a.relations, len(found))), 1):
        print(f"{i:3}. {s} -{kind}-> {t}  「{quote[:160]}」  ({name})")
    ends = Counter(x for r in found for x in (r[0], r[2]))
    print(f"\nThe {a.concepts} concepts with the most stated relations:")
    print("  " + "  ".join(f"{c}({n})" for c, n in ends.most_common(a.concepts)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
