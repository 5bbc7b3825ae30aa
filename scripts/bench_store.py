"""A question from the command line on a built graph: from the Turtle file, and from the on-disk store.

    python scripts/bench_store.py out/corpus [--runs 5]

Each command runs as a user runs it, a fresh ``policykg`` process, timed from
start to exit. "Turtle file" is the same graph.ttl with no store beside it
(a hard link in a temporary folder), which is how every command read a graph
before the store; "store" is ``--graph out/corpus/graph.ttl`` with the build's
``graph.db`` beside it. Prints a Markdown table of medians.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COMMANDS = [
    ["ask", "哪些举措支撑制造业高质量发展？"],
    ["ask", "数字经济有多少项举措？"],
    ["ask", "哪些文章提到人工智能？"],
    ["ask", "与数字经济相关的概念有哪些？"],
    ["measures", "现代化产业体系"],
    ["query", "--name", "measures-for-goal", "--bind", "goal=推动制造业高质量发展", "--format", "csv"],
]


def seconds(command: list[str], graph: Path, runs: int) -> float:
    policykg = Path(os.environ.get("POLICYKG", ROOT / ".venv" / "bin" / "policykg"))
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([str(policykg), *command, "--graph", str(graph)], capture_output=True, check=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="a build's output folder (graph.ttl and graph.db)")
    parser.add_argument("--runs", type=int, default=5, help="runs per command on the store (the file: 1 + runs // 5)")
    args = parser.parse_args()
    graph = args.out / "graph.ttl"
    with tempfile.TemporaryDirectory(dir=args.out.parent) as tmp:
        bare = Path(tmp) / "graph.ttl"
        os.link(graph, bare)
        print(f"graph: {graph} ({graph.stat().st_size / 2**20:.0f} MB Turtle)\n")
        print("| command | Turtle file | store | file / store |")
        print("|---|---:|---:|---:|")
        for command in COMMANDS:
            before = seconds(command, bare, 1 + args.runs // 5)
            after = seconds(command, graph, args.runs)
            shown = " ".join(f'"{c}"' if any(ord(ch) > 127 for ch in c) else c for c in command)
            print(f"| `policykg {shown}` | {before:.2f} s | {after:.2f} s | {before / after:.0f}× |", flush=True)


if __name__ == "__main__":
    main()
