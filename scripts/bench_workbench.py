"""Time to first paint of the workbench: the reader and the tree, served and offline.

    python scripts/bench_workbench.py [--graph out/corpus/graph.ttl] [--runs 5]

Starts `policykg serve` on the graph (by default the whole corpus) on a free loopback port, opens
the page in headless Chromium (Debian's chromium through Playwright) ``--runs`` times and reports,
from the start of navigation: the first contentful paint, the moment the reader has drawn the
first document and the tree its documents (``policykgReady``), then the time to open and draw the
longest document, and the longest frame while scrolling through it a screen at a time. Then builds
the seed page into a temporary folder and times graph.html opened from the file the same way.
Prints a Markdown table; the target is 1 s for each.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.browser import FLAGS, chromium_path  # noqa: E402
from tests.servers import free_port, wait_until_up  # noqa: E402

TIMES = """() => ({
  fcp: (performance.getEntriesByType('paint').find(e => e.name === 'first-contentful-paint') || {}).startTime,
  ready: window.policykgReadyAt,
  tree: document.querySelectorAll('#docs > details').length,
  marks: document.querySelectorAll('#text mark').length,
})"""
LONGEST = """async () => {
  const docs = JSON.parse(document.getElementById('index').textContent).docs;
  const big = docs.reduce((a, b) => (b.chars > a.chars ? b : a));
  const t0 = performance.now();
  const d = await window.policykg.openDoc(big.i);
  await new Promise(r => requestAnimationFrame(() => setTimeout(r, 0)));
  const ms = performance.now() - t0;
  // scroll through it, a screen a frame, and keep the longest frame
  const box = document.getElementById('text');
  let worst = 0, last = performance.now();
  while (box.scrollTop + box.clientHeight < box.scrollHeight - 1) {
    box.scrollTop += box.clientHeight;
    await new Promise(r => requestAnimationFrame(r));
    const now = performance.now();
    worst = Math.max(worst, now - last);
    last = now;
  }
  return { ms: ms, frame: worst, chars: d.text.length, statements: Object.keys(d.statements).length, title: d.title };
}"""


def measure(url: str, runs: int) -> list[dict]:
    from playwright.sync_api import sync_playwright

    out = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium_path(), args=FLAGS)
        try:
            for _ in range(runs):
                page = browser.new_page(viewport={"width": 1400, "height": 900})
                page.goto(url)
                page.wait_for_function("window.policykgReady === true", timeout=60_000)
                page.wait_for_function("performance.getEntriesByType('paint').some(e => e.name === 'first-contentful-paint')")
                row = page.evaluate(TIMES)
                row["longest"] = page.evaluate(LONGEST)
                out.append(row)
                page.close()
        finally:
            browser.close()
    return out


def served(graph: Path, runs: int) -> tuple[float, list[dict]]:
    port = free_port()
    started = time.monotonic()
    process = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--graph", str(graph), "--port", str(port)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        wait_until_up(f"http://127.0.0.1:{port}/doc/0", process, seconds=300)
        up = time.monotonic() - started
        return up, measure(f"http://127.0.0.1:{port}/", runs)
    finally:
        process.terminate()
        process.wait(timeout=20)


def offline(runs: int) -> list[dict]:
    from kg.corpus.build import build

    with tempfile.TemporaryDirectory() as tmp:
        build([ROOT / "seeds"], Path(tmp), workers=1)
        return measure((Path(tmp) / "graph.html").as_uri(), runs)


def line(name: str, rows: list[dict]) -> str:
    fcp = statistics.median(r["fcp"] for r in rows) / 1000
    ready = statistics.median(r["ready"] for r in rows) / 1000
    worst = max(r["ready"] for r in rows) / 1000
    longest = rows[0]["longest"]
    long_ms = statistics.median(r["longest"]["ms"] for r in rows)
    frame = max(r["longest"]["frame"] for r in rows)
    return (f"| {name} | {rows[0]['tree']} | {fcp:.2f} s | {ready:.2f} s | {worst:.2f} s | "
            f"{longest['chars']:,} chars, {longest['statements']:,} statements: {long_ms:.0f} ms | {frame:.0f} ms |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--graph", type=Path, default=Path("out/corpus/graph.ttl"))
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    up, online = served(args.graph, args.runs)
    seed = offline(args.runs)
    print(f"graph: {args.graph} · serve up in {up:.1f} s · {args.runs} page loads each\n")
    print("| page | documents in the tree | first paint (p50) | reader and tree drawn (p50) | (max) | longest document opened "
          "| longest frame scrolling through it a screen a frame |")
    print("|---|---:|---:|---:|---:|---|---:|")
    print(line("served, whole graph", online))
    print(line("offline graph.html, seed page", seed))


if __name__ == "__main__":
    main()
