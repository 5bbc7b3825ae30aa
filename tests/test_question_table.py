"""tests/questions.tsv: every question asked of the seed graph and of the state-council folder."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from kg.ask import answer
from kg.corpus.build import build
from kg.graph.store import Store
from tests.conftest import SEED, require_shared
from tests.question_table import problems, rows

ROWS = rows()


@pytest.fixture(scope="module")
def stores(tmp_path_factory) -> dict[str, Store]:
    out = tmp_path_factory.mktemp("questions")
    build([SEED], out / "seed", workers=1, page=False)
    graphs = {"seed": out / "seed"}
    folder = require_shared() / "corpus" / "state_council_2018_2019"
    build([folder], out / "state_council", page=False)
    graphs["state_council"] = out / "state_council"
    return {name: Store.open(Path(path) / "graph.ttl") for name, path in graphs.items()}


@pytest.fixture(scope="module")
def on_disk(stores, tmp_path_factory) -> dict[str, Store]:
    """The on-disk stores the same builds wrote beside each graph file."""
    from kg.graph.diskstore import DiskStore

    found = {}
    for name in stores:
        folder = next(p for p in tmp_path_factory.getbasetemp().glob(f"questions*/{name}/graph.db"))
        found[name] = DiskStore.at(folder)
    return found


@pytest.fixture(scope="module")
def verdicts(stores) -> dict[str, list[str]]:
    return {row.id: problems(row, answer(stores[row.graph], row.question), stores[row.graph]) for row in ROWS}


def test_the_table_covers_what_people_ask():
    tags = Counter(tag for row in ROWS for tag in row.tags)
    assert len(ROWS) >= 80
    assert {row.graph for row in ROWS} == {"seed", "state_council"}
    assert tags["issue"] == 21 and tags["typo"] >= 8 and tags["plain"] >= 8 and tags["several"] >= 4
    assert tags["nothing"] >= 8 and tags["count"] >= 4
    assert {row.intent.split("+")[0] for row in ROWS} >= {"measures", "goals", "concepts", "articles", "relation",
                                                           "about", "count"}


def test_nine_in_ten_questions_are_answered_right(verdicts):
    wrong = {q: p for q, p in verdicts.items() if p}
    share = 1 - len(wrong) / len(verdicts)
    report = "\n".join(f"{q}: {'; '.join(p)}" for q, p in wrong.items())
    assert share >= 0.9, f"{share:.0%} right\n{report}"


@pytest.mark.parametrize("row", [r for r in ROWS if "issue" in r.tags], ids=lambda r: r.id)
def test_each_question_of_the_issue_is_answered_right(verdicts, row):
    assert verdicts[row.id] == []


@pytest.mark.parametrize("row", [r for r in ROWS if r.graph == "state_council"], ids=lambda r: r.id)
def test_the_on_disk_store_answers_like_the_graph_file(stores, on_disk, row):
    from dataclasses import asdict

    assert asdict(answer(on_disk[row.graph], row.question)) == asdict(answer(stores[row.graph], row.question))
