"""Questions: how tests/questions.tsv is answered (right / partly / wrong / refused per group), and /ask times
from `policykg serve` answering from the whole corpus's store.

    python scripts/bench_questions.py [--corpus out/corpus] [--shared ../shared] [--rounds 3]

1. Builds the graphs of the table (the seed page, the state-council folder, and the
   reports a new user asked about: the State Council folder, the 2026 provincial
   reports and the national reports) into a temporary folder and gives every row its
   verdict as the tests do (tests/question_table.py): right, partly (the right node, not
   the fact of the source the row names), wrong, or refused (nothing found where the
   graph holds the answer). Prints a table per group (graph, tag) and each row not right.
2. Starts `policykg serve` on the whole corpus's store folder (``--corpus DIR``: a build's
   output folder; built first when not given), so that questions are answered from the
   index in the store and the Turtle file is never read, asks every question of the table
   ``--rounds`` times over HTTP (/ask) and prints p50, p95 and the maximum, for all and for
   the new user's questions.
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
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.ask import answer, index_for  # noqa: E402
from kg.corpus.build import build  # noqa: E402
from kg.graph.diskstore import open_graph  # noqa: E402
from tests.question_table import VERDICTS, built, rows, verdict  # noqa: E402
from tests.servers import free_port, wait_until_up  # noqa: E402


def share(shared: Path) -> None:
    table = rows()
    graphs = {name: built(name, shared) for name in dict.fromkeys(row.graph for row in table)}
    indexes = {name: index_for(path) for name, path in graphs.items()}
    stores = {name: open_graph(path) for name, path in graphs.items()}
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    others = []
    for row in table:
        found, problems = verdict(row, answer(indexes[row.graph], row.question), stores[row.graph])
        for key in ("all", f"graph {row.graph}", *sorted(row.tags)):
            counts[key][found] += 1
        if found != "right":
            others.append(f"{found}: {row.graph} {row.question}: {'; '.join(problems)}")
    print("| questions | " + " | ".join(VERDICTS) + " | of |\n|---|" + "---:|" * (len(VERDICTS) + 1))
    for key, found in counts.items():
        print(f"| {key} | " + " | ".join(str(found[v]) for v in VERDICTS) + f" | {sum(found.values())} |")
    for line in others:
        print(line)


def timings(corpus: Path, rounds: int) -> None:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    store = corpus / "graph.db"
    args = [sys.executable, "-m", "kg", "serve", "--graph", str(store), "--port", str(port), "--timeout", "30"]
    started = time.perf_counter()
    process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        wait_until_up(f"{base}/sparql?query=ASK%7B%7D", process, seconds=600)
        print(f"\nstore: {store} · serve up in {time.perf_counter() - started:.1f} s")
        table = rows()
        questions = list(dict.fromkeys(row.question for row in table))
        newuser = {row.question for row in table if "newuser" in row.tags}
        first, _ = ask(base, questions[0])
        print(f"first /ask: {first * 1000:.0f} ms")
        seconds: list[tuple[float, str, int]] = []
        for _ in range(rounds):
            for q in questions:
                took, size = ask(base, q)
                seconds.append((took, q, size))
        for name, chosen in (("all questions", seconds), ("the new user's", [s for s in seconds if s[1] in newuser])):
            times = sorted(s for s, _, _ in chosen)
            p95 = times[int(0.95 * (len(times) - 1))]
            print(f"{name}: {len(times) // rounds} × {rounds}: p50 {statistics.median(times) * 1000:.0f} ms, "
                  f"p95 {p95 * 1000:.0f} ms, max {times[-1] * 1000:.0f} ms, over 300 ms: {sum(t > 0.3 for t in times)}")
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
    parser.add_argument("--corpus", type=Path, help="A whole-corpus build's output folder (built when not given).")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--no-serve", action="store_true", help="Only the verdicts.")
    options = parser.parse_args()
    share(options.shared)
    if options.no_serve:
        return
    with tempfile.TemporaryDirectory() as tmp:
        corpus = options.corpus
        if corpus is None:
            corpus = Path(tmp) / "corpus"
            build([options.shared / "corpus"], corpus, page=False)
        timings(corpus, options.rounds)


if __name__ == "__main__":
    main()
