"""tests/questions.tsv: every question asked of the seed graph, the state-council folder and the reports a new
user asked about (the State Council folder, the 2026 provincial reports and the national reports)."""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict

import pytest

from kg.ask import answer, index_for
from kg.graph.diskstore import open_graph
from kg.graph.store import Store
from tests.conftest import require_shared
from tests.question_table import VERDICTS, built, rows, verdict

ROWS = rows()
pytestmark = pytest.mark.corpus  # builds the state-council folder and the reports


@pytest.fixture(scope="module")
def graphs():
    shared = require_shared()
    return {name: built(name, shared) for name in {row.graph for row in ROWS}}


@pytest.fixture(scope="module")
def verdicts(graphs) -> dict[str, tuple[str, list[str]]]:
    indexes = {name: index_for(path) for name, path in graphs.items()}
    stores = {name: open_graph(path) for name, path in graphs.items()}
    return {row.id: verdict(row, answer(indexes[row.graph], row.question), stores[row.graph]) for row in ROWS}


def test_the_table_covers_what_people_ask():
    tags = Counter(tag for row in ROWS for tag in row.tags)
    assert len(ROWS) >= 120
    assert {row.graph for row in ROWS} == {"seed", "state_council", "reports"}
    assert tags["issue"] == 21 and tags["typo"] >= 8 and tags["plain"] >= 8 and tags["several"] >= 4
    assert tags["nothing"] >= 8 and tags["count"] >= 4
    assert tags["newuser"] == 35 and tags["refused"] == 5 and tags["unseen"] == 43 and tags["whole"] == 3
    assert sum(1 for row in ROWS if row.tags & {"new", "newuser", "refused"}) >= 40
    for kind in ("measures", "goals", "lead", "region", "document", "year", "count", "appearance", "english"):
        assert tags[kind] >= 3, kind
    assert {row.intent.split("+")[0] for row in ROWS} >= {"measures", "goals", "concepts", "articles", "relation",
                                                           "about", "count", "lead", "tasks", "includes", "enables"}


def test_nine_in_ten_questions_are_answered_right(verdicts):
    wrong = {q: p for q, (v, p) in verdicts.items() if v != "right"}
    share = 1 - len(wrong) / len(verdicts)
    report = "\n".join(f"{q}: {'; '.join(p)}" for q, p in wrong.items())
    assert share >= 0.9, f"{share:.0%} right\n{report}"


@pytest.mark.parametrize("row", [r for r in ROWS if r.tags & {"issue", "refused", "newuser", "unseen"}], ids=lambda r: r.id)
def test_each_question_of_the_issues_is_right_or_partly(verdicts, row):
    found, problems = verdicts[row.id]
    assert found in ("right", "partly"), problems
    assert found == "right" or "newuser" in row.tags, problems


def test_verdicts_are_one_of_four(verdicts):
    assert {v for v, _ in verdicts.values()} <= set(VERDICTS)


@pytest.mark.parametrize("row", [r for r in ROWS if r.graph == "state_council"], ids=lambda r: r.id)
def test_the_index_made_from_the_graph_file_answers_like_the_build_s(graphs, row):
    on_disk = index_for(graphs[row.graph])
    assert on_disk.where != "memory"
    in_memory = _memory(graphs[row.graph])
    assert asdict(answer(on_disk, row.question)) == asdict(answer(in_memory, row.question))


_MEMORY: dict = {}


def _memory(path):
    from kg.ask import prepare

    if path not in _MEMORY:
        _MEMORY[path] = prepare(Store.open(path))
        assert _MEMORY[path].where == "memory"
    return _MEMORY[path]
