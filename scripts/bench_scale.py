"""Build time and memory as the input grows: the corpus at 1×, 2× and 4×.

The larger inputs are copies of the corpus under new names (``copy2/…``), so
every copy is a new document with new IRIs and is extracted again. Each build
runs in a fresh process with an empty output folder, once with the local
process pool and once on a Dask LocalCluster (``--scheduler local``), both with
two workers, without the page (the page holds every document and grows with them).
Peak memory is the build process's own (the workers are apart);
the largest worker's is shown for the pool.

    python scripts/bench_scale.py [--corpus ../shared/corpus] [--scales 1 2 4] [--workers 2]

Prints one row per build and the ratios the design asks for: 4× within 4.4×
the time of 1×, and the build process's peak memory at most 20 % above 1×.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHILD = """
import json, resource, sys, time
from pathlib import Path
from kg.corpus.build import build
from kg.processes import share_malloc_arenas
share_malloc_arenas()  # as `policykg build` does
source, out, workers, scheduler = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4] or None
start = time.perf_counter()
report = build([Path(source)], Path(out), workers=workers, scheduler=scheduler, page=False)
seconds = time.perf_counter() - start
print(json.dumps({"seconds": seconds, "documents": report.documents, "characters": report.characters,
                  "triples": report.triples, "failures": len(report.failures),
                  "main_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                  "children_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}))
"""


def copies(corpus: Path, scale: int, into: Path) -> Path:
    """``scale`` copies of every .txt of ``corpus`` under ``into``, each copy in its own folder."""
    folder = into / f"x{scale}"
    for k in range(scale):
        for path in sorted(corpus.rglob("*.txt")):
            target = folder / f"copy{k + 1}" / path.relative_to(corpus)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target)
    return folder


def run(source: Path, out: Path, workers: int, scheduler: str) -> dict[str, float]:
    shutil.rmtree(out, ignore_errors=True)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", CHILD, str(source), str(out), str(workers), scheduler],
                          capture_output=True, text=True, env=env, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--scales", type=int, nargs="+", default=[1, 2, 4])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--modes", nargs="+", default=["pool", "local"], help="pool and/or local (Dask LocalCluster)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-scale-") as tmp:
        work = Path(tmp)
        inputs = {s: copies(args.corpus, s, work) for s in args.scales}
        print("| extraction | input | documents | characters | triples | seconds | × time of 1× | peak memory (build process) "
              "| × memory of 1× | peak memory (largest pool worker) |")
        print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        verdicts = []
        for mode in args.modes:
            base: dict[str, float] = {}
            for scale in args.scales:
                found = run(inputs[scale], work / "out", args.workers, "" if mode == "pool" else "local")
                base = base or found
                time_ratio = found["seconds"] / base["seconds"]
                memory_ratio = found["main_kb"] / base["main_kb"]
                worker = f"{found['children_kb'] / 1024:.0f} MB" if mode == "pool" else "–"
                name = f"pool, {args.workers} workers" if mode == "pool" else f"--scheduler local, {args.workers} workers"
                print(f"| {name} | {scale}× | {found['documents']:,} | {found['characters']:,} | {found['triples']:,} "
                      f"| {found['seconds']:.1f} | {time_ratio:.2f} | {found['main_kb'] / 1024:.0f} MB "
                      f"| {memory_ratio:.2f} | {worker} |", flush=True)
                if scale == max(args.scales) and scale > min(args.scales):
                    verdicts.append((name, scale, time_ratio, memory_ratio))
        for name, scale, time_ratio, memory_ratio in verdicts:
            print(f"{name}: {scale}× the input took {time_ratio:.2f}× the time (linear within {1.1 * scale:.1f}×: "
                  f"{'yes' if time_ratio <= 1.1 * scale else 'no'}), build-process peak memory {memory_ratio:.2f}× "
                  f"(at most 1.20×: {'yes' if memory_ratio <= 1.2 else 'no'})")


if __name__ == "__main__":
    main()
