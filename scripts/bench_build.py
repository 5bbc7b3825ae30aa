"""Build throughput and peak memory against jieba.lcut, measured in one run.

    python scripts/bench_build.py [CORPUS] [--workers 1 2]

Every build starts from an empty output folder (no cache) in a fresh process;
jieba.lcut runs over the same decoded texts in this process after its
dictionary is loaded. Printed ratios compare times taken minutes apart on the
same machine, so a slow machine slows both sides.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = """
import json, resource, sys, time
from pathlib import Path
from kg.corpus.build import build
from kg.processes import share_malloc_arenas
share_malloc_arenas()  # as `policykg build` does
t = time.perf_counter()
r = build([Path(sys.argv[1])], Path(sys.argv[2]), workers=int(sys.argv[3]))
seconds = time.perf_counter() - t
use = [resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
print(json.dumps({"seconds": seconds, "cpu": sum(u.ru_utime + u.ru_stime for u in use),
                  "documents": r.documents, "characters": r.characters,
                  "triples": r.triples, "failures": len(r.failures),
                  "rss_main": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "rss_worker": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
"""


def jieba_seconds(corpus: Path) -> tuple[float, float, int]:
    import jieba

    from kg.text.sources import inputs, read

    texts = []
    for path, name in inputs([corpus]):
        try:
            texts.append(read(path, name=name).text)
        except Exception:
            continue
    jieba.initialize()
    start, cpu = time.perf_counter(), time.process_time()
    for text in texts:
        jieba.lcut(text)
    return time.perf_counter() - start, time.process_time() - cpu, sum(map(len, texts))


def build_once(corpus: Path, workers: int) -> dict:
    with tempfile.TemporaryDirectory() as out:
        done = subprocess.run([sys.executable, "-c", CHILD, str(corpus), out, str(workers)],
                              check=True, capture_output=True, text=True, cwd=ROOT)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    base, base_cpu, chars = jieba_seconds(args.corpus)
    print(f"jieba.lcut: {chars:,} characters in {base:.2f} s ({chars / base:,.0f} chars/s), {base_cpu:.2f} s of processor; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} processors")
    print("| workers | documents | characters | triples | seconds | chars/s | × jieba.lcut time "
          "| processor s (all processes) | × jieba.lcut processor | peak memory (main) | peak memory (largest worker) |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for workers in args.workers:
        r = build_once(args.corpus, workers)
        worker = f"{r['rss_worker']:.0f} MB" if r['rss_worker'] else "–"  # one worker is a process too
        print(f"| {workers} | {r['documents']} | {r['characters']:,} | {r['triples']:,} | {r['seconds']:.1f} "
              f"| {r['characters'] / r['seconds']:,.0f} | {r['seconds'] / base:.2f} | {r['cpu']:.1f} | {r['cpu'] / base_cpu:.2f} "
              f"| {r['rss_main']:.0f} MB "
              f"| {worker} |", flush=True)


if __name__ == "__main__":
    main()
