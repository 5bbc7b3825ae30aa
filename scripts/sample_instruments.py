#!/usr/bin/env python3
"""Print random measures with the policy instrument each was given, the cue and its basis, for a reader to judge.

    python scripts/sample_instruments.py ../shared/corpus [--exclude-dev ../shared/gold/dev] [--n 40] [--seed 7373]
        [--workers 2]

Every .txt file under the folders given is extracted (documents a dev gold file names are left out with
``--exclude-dev``), in sorted order; the measures are drawn with a fixed seed, so the same code and corpus print
the same lines: number, document, measure, subtype, family, basis, cue.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.extract import extract_document  # noqa: E402
from kg.model import Kind, Source  # noqa: E402


def measures_of(path: Path) -> list[tuple[str, str, str, str, str, str]]:
    doc = extract_document(Source(path.name, path.read_text(encoding="utf-8")))
    out = []
    for art in doc.articles:
        coded = {i.statement: i for i in art.instruments}
        for st in art.statements:
            if st.kind == Kind.MEASURE:
                i = coded.get(st.key)
                out.append((path.name, st.label, i.tool.value if i else "none", i.tool.family.value if i else "none",
                            i.basis.value if i else "", i.cue if i else ""))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folders", nargs="+", type=Path)
    ap.add_argument("--exclude-dev", type=Path, help="a folder of dev gold files whose sources are left out")
    ap.add_argument("--n", type=int, default=40)
    ap.add_argument("--seed", type=int, default=7373)
    ap.add_argument("--workers", type=int, default=2)
    a = ap.parse_args(argv)
    dev = {json.loads(p.read_text(encoding="utf-8"))["source"].rsplit("/", 1)[-1]
           for p in sorted(a.exclude_dev.glob("*.json"))} if a.exclude_dev else set()
    paths = sorted(p for f in a.folders for p in f.rglob("*.txt") if p.name not in dev)
    with ProcessPoolExecutor(a.workers) as pool:
        measures = [m for found in pool.map(measures_of, paths) for m in found]
    for n, m in enumerate(random.Random(a.seed).sample(measures, min(a.n, len(measures))), 1):
        print(n, *m, sep="\t")
    return 0


if __name__ == "__main__":
    sys.exit(main())
