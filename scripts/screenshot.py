"""Screenshots of every view of the workbench, for docs/ and the README (headless Chromium, nothing
fetched from anywhere but the page's own server).

    python scripts/screenshot.py [--folder ../shared/corpus/state_council_2018_2019] [--out docs]

Builds the seed page and the folder into temporary folders, serves each with `policykg serve`, and
writes reader.png (a measure clicked: its chain up to the document goal), collapsed.png (a goal of
the outline: only its measures), tree.png, ask.png, sparql.png, graph.png (the seed's goal
hierarchy) and graph-documents.png / graph-expanded.png (the folder's documents, one expanded).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.browser import served_page  # noqa: E402
from tests.servers import free_port, running  # noqa: E402

QUESTION = "哪些举措支撑现代化产业体系建设？"


def serve(graph: Path):  # type: ignore[no-untyped-def]
    port = free_port()
    args = [sys.executable, "-m", "kg", "serve", "--graph", str(graph), "--port", str(port), "--processes", "2"]
    return running(args, f"http://127.0.0.1:{port}/doc/0"), f"http://127.0.0.1:{port}/"


def seed_views(url: str, out: Path) -> None:
    with served_page(url) as (page, requests, errors):
        page.wait_for_function("window.policykgReady === true", timeout=60_000)
        page.locator("#text mark.measure", has_text="应当从国家层面统筹整合资源").first.click()
        page.locator("#text mark.sel").first.scroll_into_view_if_needed()
        page.wait_for_timeout(200)
        page.screenshot(path=str(out / "reader.png"))
        page.locator("#outline a.goal", has_text="科技创新与产业应用相互促进").click()
        page.wait_for_timeout(200)
        page.screenshot(path=str(out / "collapsed.png"))
        page.locator('#tabs button[data-tab="tree"]').click()
        page.locator("#docs > details > summary").first.click()
        for _ in range(2):
            page.evaluate("document.querySelectorAll('#docs details details').forEach((d, i) => { if (i < 4) d.open = true; })")
            page.wait_for_timeout(100)
        page.screenshot(path=str(out / "tree.png"))
        page.locator('#tabs button[data-tab="ask"]').click()
        page.fill("#question", QUESTION)
        page.locator("#askform button").click()
        page.wait_for_selector("#answer .card")
        page.screenshot(path=str(out / "ask.png"))
        page.locator('#tabs button[data-tab="sparql"]').click()
        page.wait_for_function("window.policykgEditor !== undefined")
        page.select_option("#examples", "goals")
        page.locator("#run").click()
        page.wait_for_selector("#results table")
        page.screenshot(path=str(out / "sparql.png"))
        page.locator('#tabs button[data-tab="graph"]').click()
        page.wait_for_function("window.policykgGraphDrawn === true")
        page.wait_for_timeout(300)
        page.screenshot(path=str(out / "graph.png"))
    report(requests, errors)


def folder_views(url: str, out: Path) -> None:
    with served_page(url) as (page, requests, errors):
        page.wait_for_function("window.policykgReady === true", timeout=60_000)
        page.locator('#tabs button[data-tab="graph"]').click()
        page.wait_for_function("window.policykgGraphDrawn === true")
        page.wait_for_timeout(300)
        page.screenshot(path=str(out / "graph-documents.png"))
        docs = page.evaluate("JSON.parse(document.getElementById('index').textContent).docs")
        chosen = next((d["i"] for d in docs if "农业机械化" in d["title"]), 0)
        page.evaluate("i => policykgGraph.expand(i)", chosen)
        page.wait_for_function("policykgGraph.nodes.get().some(n => n.kind === 'goal')")
        page.wait_for_timeout(300)
        page.screenshot(path=str(out / "graph-expanded.png"))
    report(requests, errors)


def report(requests: list[str], errors: list[str]) -> None:
    if requests or errors:
        raise SystemExit(f"requests to other origins: {requests}; page errors: {errors}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folder", type=Path, default=ROOT.parent / "shared" / "corpus" / "state_council_2018_2019")
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for name, source in (("seed", ROOT / "seeds"), ("folder", args.folder)):
            subprocess.run([sys.executable, "-m", "kg", "build", str(source), "-o", str(Path(tmp) / name), "--no-page"],
                           check=True, stdout=subprocess.DEVNULL)
        server, url = serve(Path(tmp) / "seed" / "graph.ttl")
        with server:
            seed_views(url, args.out)
        server, url = serve(Path(tmp) / "folder" / "graph.ttl")
        with server:
            folder_views(url, args.out)
    for png in sorted(args.out.glob("*.png")):
        print(png)


if __name__ == "__main__":
    main()
