"""The clause splitter: where a paragraph's sentences and clauses end, and that each clause quotes its source."""

from __future__ import annotations

import pytest

from kg.model import Paragraph
from kg.text.sentences import split_sentences


@pytest.mark.parametrize(("text", "clauses"), [
    # a comma between digit groups is part of the number
    ("全国职工人数达到２，４５０，０００人，比上年增加。", ["全国职工人数达到２，４５０，０００人", "比上年增加"]),
    ("新建铁路8,500公里，改建公路。", ["新建铁路8,500公里", "改建公路"]),
    ("收入１２，７４５，３９０千元，支出减少。", ["收入１２，７４５，３９０千元", "支出减少"]),
    # not a digit group: the comma ends a clause
    ("到2025年，建成100个基地。", ["到2025年", "建成100个基地"]),
    ("增长5，2000户受益。", ["增长5", "2000户受益"]),  # four digits after it
    ("完成12，100项在建。", ["完成12，100项在建"]),
    ("第3，第4项，要加快。", ["第3", "第4项", "要加快"]),
    ("产量增加1，提高质量。", ["产量增加1", "提高质量"]),
])
def test_clauses(text: str, clauses: list[str]) -> None:
    para = Paragraph(text, "body", ((0, 0),))
    got = [c for s in split_sentences(para) for c in s.clauses]
    assert [c.text for c in got] == clauses
    assert all(text[c.start:c.end] == c.text for c in got)
