"""Screenshots of every view of the workbench and of the concept map of `policykg viz`, for docs/ and
the README (headless Chromium, nothing fetched from anywhere but the page's own server).

    python scripts/screenshot.py [--folder ../shared/corpus/state_council_2018_2019] [--out docs] [--concept NAME]

Builds the seed page and the folder into temporary folders, serves each with `policykg serve`, and
writes reader.png (a measure clicked: its chain up to the document goal), collapsed.png (a goal of
the outline: only its measures), tree.png, ask.png, sparql.png, graph.png (the seed's goal
hierarchy), graph-documents.png / graph-expanded.png (the folder's documents, one expanded),
concepts.png (the seed's concept view, a concept clicked), concepts-neighbourhood.png (the neighbourhood
of the folder's concept related to the most concepts in two documents or more, among those related to at
most 25 concepts), and, from `policykg viz`, concept-map.png (a concept's
neighbourhood on the seed) and concept-map-document.png (the concept map of one of the folder's documents).
NAME is the concept whose neighbourhood concept-map.png draws (default: chosen on the seed as for
concepts-neighbourhood.png, so that the picture stays readable).
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


def readable_concept(graph: Path, most: int = 25) -> str:
    """The concept related to the most concepts (one related in two documents or more first), among those
    related to at most ``most`` concepts, so that its neighbourhood can be read."""
    from kg.graph.store import Store
    from kg.views.conceptmap import concept_map

    cmap = concept_map(Store.open(graph))
    near: dict[str, set[str]] = {}
    docs: dict[str, set[str]] = {}
    for r in cmap.relations:
        for a, b in ((r.source, r.target), (r.target, r.source)):
            near.setdefault(a, set()).add(b)
            docs.setdefault(a, set()).add(r.article.rsplit("/", 1)[0])
    fits = [c for c in near if len(near[c]) <= most] or list(near)
    return cmap.label(max(fits, key=lambda c: (len(docs[c]) >= 2, len(near[c]), len(docs[c]), cmap.label(c))))


def concept_views(url: str, out: Path, concept: str) -> None:
    """The workbench's concept view: the seed's document with a concept clicked."""
    with served_page(url) as (page, requests, errors):
        page.wait_for_function("window.policykgReady === true", timeout=60_000)
        page.locator('#tabs button[data-tab="concepts"]').click()
        page.wait_for_function("window.policykgConceptsDrawn === true", timeout=60_000)
        page.evaluate("name => policykgConcepts.details(policykgConcepts.find(name))", concept)
        page.wait_for_timeout(300)
        page.screenshot(path=str(out / "concepts.png"))
    report(requests, errors)


def neighbourhood_view(url: str, out: Path, concept: str) -> None:
    """The workbench's neighbourhood of one of the folder's concepts, typed into the concept box."""
    with served_page(url) as (page, requests, errors):
        page.wait_for_function("window.policykgReady === true", timeout=60_000)
        page.locator('#tabs button[data-tab="concepts"]').click()
        page.wait_for_function("window.policykgConceptsDrawn === true", timeout=60_000)
        page.fill("#csearch", concept)
        page.dispatch_event("#csearch", "change")
        page.wait_for_function("window.policykgConceptShown && window.policykgConceptsDrawn === true", timeout=60_000)
        page.wait_for_timeout(300)
        page.screenshot(path=str(out / "concepts-neighbourhood.png"))
    report(requests, errors)


def viz_views(seed: Path, folder: Path, out: Path, concept: str) -> None:
    """The concept map of `policykg viz`: a concept's neighbourhood on the seed, one document of the folder."""
    from tests.browser import offline_page

    docs = sorted({r for r in _titles(folder / "graph.ttl")})
    document = next((t for t in docs if "农业机械化" in t), docs[0] if docs else None)
    shots = [(["--graph", seed / "graph.ttl", "--concept", concept], "concept-map.png")]
    if document:
        shots.append((["--graph", folder / "graph.ttl", "--article", document], "concept-map-document.png"))
    for args, name in shots:
        html = out / (name + ".html")
        subprocess.run([sys.executable, "-m", "kg", "viz", *map(str, args), "-o", str(html)], check=True,
                       stdout=subprocess.DEVNULL)
        try:
            with offline_page(html) as (page, requests, dialogs):
                page.wait_for_function("window.policykgSettled === true", timeout=120_000)
                page.wait_for_timeout(300)
                page.screenshot(path=str(out / name))
            report(requests, dialogs)
        finally:
            html.unlink()


def _titles(graph: Path) -> list[str]:
    from kg.graph.store import Store
    from kg.views.conceptmap import concept_map

    return [r.title for r in concept_map(Store.open(graph)).relations if r.title]


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
    parser.add_argument("--concept", help="the concept whose neighbourhood concept-map.png draws")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for name, source in (("seed", ROOT / "seeds"), ("folder", args.folder)):
            subprocess.run([sys.executable, "-m", "kg", "build", str(source), "-o", str(Path(tmp) / name), "--no-page"],
                           check=True, stdout=subprocess.DEVNULL)
        seed, folder = Path(tmp) / "seed", Path(tmp) / "folder"
        concept = args.concept or readable_concept(seed / "graph.ttl")
        server, url = serve(seed / "graph.ttl")
        with server:
            seed_views(url, args.out)
            concept_views(url, args.out, concept)
        server, url = serve(folder / "graph.ttl")
        with server:
            folder_views(url, args.out)
            neighbourhood_view(url, args.out, readable_concept(folder / "graph.ttl"))
        viz_views(seed, folder, args.out, concept)
    for png in sorted(args.out.glob("*.png")):
        print(png)


if __name__ == "__main__":
    main()
