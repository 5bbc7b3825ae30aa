"""Questions: the share of tests/questions.tsv answered right, and /ask times on the whole-corpus graph from serve.

    python scripts/bench_questions.py [--graph out/corpus/graph.ttl] [--shared ../shared] [--rounds 3]

1. Builds the seed page and the state-council folder into a temporary folder and
   checks every row of tests/questions.tsv (the same check as the tests), printing
   the share right by graph and by tag, and each wrong row.
2. Starts `policykg serve` on the whole-corpus graph (built first when --graph is
   not given) on a free loopback port, asks every question of the table over
   HTTP (/ask), ``--rounds`` times, and prints the time of the first request (which
   reads what every question needs) and the p50, p95 and maximum of the others.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.ask import answer  # noqa: E402
from kg.corpus.build import build  # noqa: E402
from kg.graph.store import Store  # noqa: E402
from kg.resources import seeds_dir  # noqa: E402
from tests.question_table import problems, rows  # noqa: E402
from tests.servers import free_port, wait_until_up  # noqa: E402


def share(shared: Path, work: Path) -> None:
    sources = {"seed": seeds_dir(), "state_council": shared / "corpus" / "state_council_2018_2019"}
    stores = {}
    for name, source in sources.items():
        build([source], work / name, page=False)
        stores[name] = Store.open(work / name / "graph.ttl")
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    wrong = []
    for row in rows():
        found = problems(row, answer(stores[row.graph], row.question), stores[row.graph])
        for key in ("all", row.graph, *sorted(row.tags)):
            total[key] += 1
            right[key] += not found
        if found:
            wrong.append(f"{row.graph} {row.question}: {'; '.join(found)}")
    print("| questions | right | of | share |\n|---|---:|---:|---:|")
    for key in total:
        print(f"| {key} | {right[key]} | {total[key]} | {right[key] / total[key]:.0%} |")
    for line in wrong:
        print(f"wrong: {line}")


def timings(graph: Path, rounds: int) -> None:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    args = [sys.executable, "-m", "kg", "serve", "--graph", str(graph), "--port", str(port), "--timeout", "30"]
    started = time.perf_counter()
    process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        wait_until_up(f"{base}/sparql?query=ASK%7B%7D", process, seconds=300)
        print(f"\ngraph: {graph} · serve up in {time.perf_counter() - started:.1f} s")
        questions = list(dict.fromkeys(row.question for row in rows()))
        first, _ = ask(base, questions[0])
        seconds: list[tuple[float, str, int]] = []
        for _ in range(rounds):
            for q in questions:
                took, size = ask(base, q)
                seconds.append((took, q, size))
        times = sorted(s for s, _, _ in seconds)
        p95 = times[int(0.95 * (len(times) - 1))]
        print(f"first /ask (reads what every question needs): {first:.2f} s")
        print(f"{len(questions)} questions × {rounds}: p50 {statistics.median(times) * 1000:.0f} ms, "
              f"p95 {p95 * 1000:.0f} ms, max {times[-1] * 1000:.0f} ms, over 1 s: {sum(t > 1 for t in times)}")
        for took, q, size in sorted(seconds, reverse=True)[:5]:
            print(f"  {took * 1000:6.0f} ms  {size / 1e6:5.2f} MB  {q}")
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def ask(base: str, question: str) -> tuple[float, int]:
    start = time.perf_counter()
    with urllib.request.urlopen(f"{base}/ask?" + urllib.parse.urlencode({"q": question}), timeout=60) as response:
        body = response.read()
    took = time.perf_counter() - start
    json.loads(body)
    return took, len(body)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--graph", type=Path, help="The whole-corpus graph (built when not given).")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--rounds", type=int, default=3)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        share(options.shared, work)
        graph = options.graph
        if graph is None:
            build([options.shared / "corpus"], work / "corpus", page=False)
            graph = work / "corpus" / "graph.ttl"
        timings(graph, options.rounds)


if __name__ == "__main__":
    main()
