"""Start-up time of `policykg --help` against a bare `python -c pass`, measured in one run.

    python scripts/bench_startup.py [--runs 15]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time


def median_seconds(args: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(args, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs
    bare = median_seconds([sys.executable, "-c", "pass"], runs)
    cli = median_seconds([sys.executable, "-m", "kg", "--help"], runs)
    heavy = median_seconds([sys.executable, "-c", "import rdflib, jieba, networkx, pyvis"], runs)
    print(f"python -c pass:                      {bare * 1000:6.0f} ms")
    print(f"policykg --help:                     {cli * 1000:6.0f} ms  ({cli / bare:.1f}× bare python)")
    print(f"import rdflib, jieba, networkx, pyvis: {heavy * 1000:4.0f} ms  (what --help does not load: "
          f"{heavy / cli:.1f}× the --help time)")


if __name__ == "__main__":
    main()
