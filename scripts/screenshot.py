"""Screenshot of a built page in headless Chromium (network cut off), for docs/.

    python scripts/screenshot.py out/graph.html docs/seed-page.png [--click-goal]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.browser import offline_page  # noqa: E402

TOP_GOAL = """() => nodes.get().filter(n => n.kind === 'Goal')
  .map(n => [n.id, window.policykg.supporters(n.id).length]).sort((a, b) => b[1] - a[1])[0][0]"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("page", type=Path)
    parser.add_argument("png", type=Path)
    parser.add_argument("--click-goal", action="store_true", help="click the goal with most measures first")
    args = parser.parse_args()
    with offline_page(args.page) as (page, requests, _):
        page.wait_for_function("window.policykgDrawn === true", timeout=60_000)
        if args.click_goal:
            page.evaluate("id => { network.body.emitter.emit('click', {nodes: [id], edges: []}); }",
                          page.evaluate(TOP_GOAL))
        page.wait_for_timeout(500)
        page.screenshot(path=str(args.png))
        drawn = page.evaluate("[network.body.nodeIndices.length, window.policykgDrawnAt]")
    print(f"{args.png}: {drawn[0]} nodes drawn {drawn[1] / 1000:.1f} s after navigation; "
          f"blocked requests: {len(requests)}")


if __name__ == "__main__":
    main()
