"""Verbs used as things (kg.extract.nominal): tiny texts of each shape."""

from __future__ import annotations

import pytest

from kg.extract.nominal import compounds, with_things
from kg.extract.terms import chunks
from kg.text.segment import segmenter


@pytest.mark.parametrize(("text", "expected"), [
    ("促进就业", ["就业"]),  # the object of an action verb, nothing after it
    ("扩大就业和消费", ["就业"]),
    ("做好就业、医疗等工作", ["就业"]),  # a whole item of a list of nouns
    ("高校毕业生的就业", []),  # not the head after 的
    ("依法就业", []),  # after an adverb: a verb
    ("加快推进", []),  # an action verb after an action verb chains actions
    ("促进就业形态转变", []),  # something follows it may act on
])
def test_verbs_used_as_things(text: str, expected: list[str]) -> None:
    tags = segmenter().tag(text)
    found = with_things(tags, chunks(tags))
    assert [c.text for c in found if c.tags == ("vn",) and segmenter().tags.get(c.text) == "v"] == expected


def test_a_thing_inside_a_phrase_is_not_added_again() -> None:
    tags = segmenter().tag("促进创业带动就业")
    assert [c.text for c in with_things(tags, chunks(tags))] == [c.text for c in chunks(tags)]


@pytest.mark.parametrize(("word", "terms", "expected"), [
    ("就业", {"就业政策": 3, "就业机会": 2, "就业门路": 2}, 3),
    ("贡献", {"贡献率": 5, "贡献者": 2}, 0),  # a suffix makes no phrase
    ("实践", {"理论实践": 4}, 0),  # only phrases it opens
])
def test_compounds(word: str, terms: dict[str, int], expected: int) -> None:
    assert compounds(word, terms) == expected


def test_a_text_that_keeps_promoting_employment_names_it() -> None:
    from kg.extract import extract_document
    from kg.model import Source

    text = "稳就业\n\n张三\n\n要促进就业。各地要扩大就业和消费。做好就业、医疗等工作。\n"
    labels = {c.label for c in extract_document(Source("a.txt", text)).concepts}
    assert "就业" in labels


@pytest.mark.parametrize("word", ["就业", "养老", "融资", "贡献", "实践", "发展"])
def test_the_index_of_openings_counts_as_compounds_does(word: str) -> None:
    background = segmenter().background()
    assert background.compounds(word) == compounds(word, background.terms)
