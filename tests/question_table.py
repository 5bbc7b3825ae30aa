"""The question table (tests/questions.tsv): rows, and whether an answer is right for a row.

Used by tests/test_question_table.py and scripts/bench_questions.py.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pyoxigraph as ox

from kg.ask.answers import Answer
from kg.graph.store import Store

TABLE = Path(__file__).with_name("questions.tsv")
# Each graph: the folders of ../shared built into it (seed: the bundled page).
GRAPHS = {"seed": (), "state_council": ("corpus/state_council_2018_2019",),
          "reports": ("corpus/state_council_2018_2019", "corpus/gwr_provincial_2026", "corpus/gwr_national")}
VERDICTS = ("right", "partly", "wrong", "refused")
GOALS_CONTAINING = """PREFIX pol: <https://w3id.org/policykg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?goal ?text WHERE { ?goal a pol:Goal ; rdfs:label ?label . FILTER(CONTAINS(STR(?label), STR(?text))) }"""


@cache
def built(name: str, shared: Path) -> Path:
    """The graph file of ``name`` (see :data:`GRAPHS`), built once per process into a temporary folder."""
    from kg.resources import seeds_dir
    from tests.corpus_builds import shared_build

    out = Path(tempfile.mkdtemp(prefix=f"questions-{name}-"))
    atexit.register(shutil.rmtree, out, ignore_errors=True)
    folders = [shared / f for f in GRAPHS[name]] or [seeds_dir()]
    shared_build(folders, out, page=False, workers=1 if name == "seed" else None)
    return out / "graph.ttl"


@dataclass(frozen=True)
class Row:
    graph: str
    question: str
    intent: str
    found: bool
    match: str
    fact: str
    tags: frozenset[str]

    @property
    def id(self) -> str:
        return f"{self.graph}:{self.question}"


def rows(path: Path = TABLE) -> list[Row]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = (line.split("\t") + [""] * 7)[:7]
        graph, question, intent, found, match, fact, tags = cells
        out.append(Row(graph, question, intent, found == "yes", match, fact, frozenset(tags.split())))
    return out


def text_of(answer: Answer) -> str:
    """Everything an answer says, as one text to look for facts in."""
    parts = [answer.heading, answer.note, *answer.suggestions, *answer.forms]
    for g in answer.groups:
        parts += [g.label, g.quote, g.article, g.note]
        parts += [f"{line.label} {line.relation} {line.quote} {line.article}" for line in g.lines]
    parts += [f"{line.label} {line.quote}" for line in answer.lines]
    return "\n".join(parts)


def verdict(row: Row, answer: Answer, store: Store) -> tuple[str, list[str]]:
    """right (nothing wrong), refused (nothing found where the graph holds the answer), partly (the right node
    answered but without the fact of the source the row names), else wrong; with what is wrong."""
    found = problems(row, answer, store)
    if not found:
        return "right", []
    if row.found and not answer.found:
        return "refused", found
    if all(p.startswith("the answer does not contain") or p.startswith("answered for") for p in found):
        return "partly", found
    return "wrong", found


def problems(row: Row, answer: Answer, store: Store) -> list[str]:
    """What is wrong with ``answer`` for ``row`` (nothing when it is right)."""
    wrong = []
    intent = answer.intent + ("+count" if answer.count_only and answer.intent != "count" else "")
    if intent != row.intent:
        wrong.append(f"intent {intent!r}, expected {row.intent!r}")
    if answer.found != row.found:
        wrong.append(f"found={answer.found}, expected {row.found}: {answer.heading}")
    if not row.found and not answer.found and not (answer.suggestions or answer.forms):
        wrong.append("nothing found, but neither suggestions nor forms offered")
    if row.found and answer.found and row.match:
        wrong += _match_problems(row.match, answer, store)
    if row.fact and row.fact not in text_of(answer):
        wrong.append(f"the answer does not contain {row.fact!r}: {answer.heading}")
    return wrong


def _match_problems(spec: str, answer: Answer, store: Store) -> list[str]:
    want, _, rest = spec.partition(" ")
    kinds, _, text = want.partition("~")
    allowed = set(kinds.split("/"))
    hits = [g for g in answer.groups if ("any" in allowed or g.kind in allowed) and text in g.label]
    if not hits:
        shown = "; ".join(f"{g.kind} {g.label}" for g in answer.groups[:5])
        return [f"no {kinds} named with {text!r} among the groups: {shown or answer.heading}"]
    if rest.strip() == "all":
        every = {r["goal"] for r in store.select(GOALS_CONTAINING, {"text": ox.Literal(text)})}
        goals = {g.node for g in answer.groups if g.kind == "goal"}
        if not goals <= every or len(goals) + answer.more != len(every):
            return [f"answered for {len(goals) + answer.more} goals, the graph has {len(every)} containing {text!r}"]
    return []
