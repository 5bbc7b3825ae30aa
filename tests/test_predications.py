"""Phrases that state something of a thing (a change of its level, an adverb of manner on a verb) name no concept."""

import pytest

from kg.extract import extract_document
from kg.extract.predications import predication
from kg.model import Source
from kg.text.segment import segmenter


def concepts(body: str) -> set[str]:
    doc = extract_document(Source("t.txt", f"测试文章\n\n张三 李四\n\n{body}\n"))
    return {c.label for c in doc.concepts}


@pytest.mark.parametrize(("text", "states"), [
    ("物价上涨", True),  # a thing and its change of level, one word of the dictionary
    ("蔬菜价格上涨", True),
    ("运输成本上升", True),
    ("有所提高", True),  # an adverb of degree on a verb
    ("大胆探索", True),
    ("竞相发展", True),
    ("高度重视", True),
    ("企业竞相", True),  # the adverb closing what its verb was cut from
    ("物价上涨因素", True),  # the change stated inside the phrase
    ("融资成本上升势头", True),
    ("市委扩大会议", False),  # 扩大 also names: a meeting
    ("经济增长", False),  # a process a reader indexes
    ("过度负债", False),  # an adverb on a noun: a state named
    ("价格指数", False),
    ("战略高度", False),  # 高度 a noun here
])
def test_predication(text: str, states: bool) -> None:
    seg = segmenter()
    assert predication(text, seg.tag(text), seg.background().tag) is states


@pytest.mark.parametrize(("body", "refused"), [
    ("要防止蔬菜价格上涨过快。", "蔬菜价格上涨"),
    ("鼓励各地大胆探索，形成经验。", "大胆探索"),
    ("推动新业态竞相发展。", "新业态竞相"),
    ("要充分考虑原料价格上涨因素。", "原料价格上涨因素"),  # the adverb closing a cut phrase
])
def test_no_predication_concept(body: str, refused: str) -> None:
    assert refused not in concepts(body)
