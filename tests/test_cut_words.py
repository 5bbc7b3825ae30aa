"""Phrases the tagger cuts at a word it reads as a verb: hand-written texts of the shape, never taken from a document."""

import pytest

from kg.extract import extract_document
from kg.model import Source


def concepts(body: str) -> set[str]:
    doc = extract_document(Source("t.txt", f"测试文章\n\n张三 李四\n\n{body}\n"))
    return {c.label for c in doc.concepts}


@pytest.mark.parametrize(("body", "kept", "cut"), [
    # a run of verbs before a head of arrangements names what the arrangement is for
    ("健全流域水质联防联控机制。", "流域水质联防联控机制", "联控机制"),
    ("建立湿地候鸟巡护监测制度。", "湿地候鸟巡护监测制度", "监测制度"),
])
def test_a_purpose_before_an_arrangement_stays_with_it(body: str, kept: str, cut: str) -> None:
    found = concepts(body)
    assert kept in found
    assert cut not in found


@pytest.mark.parametrize(("body", "clause"), [
    # an action verb before the arrangement is the action on it
    ("县级政府建立激励机制。", "县级政府建立激励机制"),
])
def test_an_action_on_an_arrangement_is_no_name(body: str, clause: str) -> None:
    assert clause not in concepts(body)


def test_a_modifier_and_a_verb_cut_from_their_attribute_name_nothing() -> None:
    # 主要|预期 before 目标: the corpus names it only before such a noun (its term statistics)
    found = concepts("今年经济发展的主要预期目标是：就业稳定。")
    assert "主要预期" not in found


@pytest.mark.parametrize(("body", "kept", "cut"), [
    # a noun of a manner adverb and a one-character noun (共同|体, 主动|权) is a thing, no manner
    ("建设城乡教育共同体。", "城乡教育共同体", "城乡教育"),
    ("掌握产业发展主动权。", "产业发展主动权", "产业发展主动"),
    ("加强青年科学家队伍建设。", "青年科学家队伍", "青年"),
    # a one-character verb and its result the segmenter split (铸|牢) open no name
    ("铸牢乡村振兴意识。", "乡村振兴", "铸牢乡村振兴"),
])
def test_words_the_tagger_splits_stay_whole(body: str, kept: str, cut: str) -> None:
    found = concepts(body)
    assert cut not in found
    assert any(kept in f or f in kept for f in found)


@pytest.mark.parametrize(("body", "kept"), [
    # a verb and the preposition of where its object goes (放在, 用于) is the clause's predicate, no word of a name
    ("新增债券资金用于城市更新。", "城市更新"),
    ("把农民增收放在突出位置。", "农民增收"),
])
def test_a_verb_of_placing_ends_the_name(body: str, kept: str) -> None:
    found = concepts(body)
    assert kept in found
    assert not any(f.endswith(("放在", "用于")) or "用于" in f or "放在" in f for f in found)


def test_an_adverb_of_growth_ends_the_name() -> None:
    # 日益|增长 (one word of the dictionary, tagged a noun) says how the thing before it changes
    assert not any("日益" in f for f in concepts("满足农民日益增长的文化需求。"))


@pytest.mark.parametrize(("body", "kept", "cut"), [
    # an adverb between two one-character nouns is inside an abbreviation the segmenter could not read (医|共|体)
    ("推进区域医共体建设。", "区域医共体", "区域医"),
    ("发展农村医共体。", "农村医共体", "农村医"),
])
def test_an_abbreviation_split_in_characters_stays_whole(body: str, kept: str, cut: str) -> None:
    found = concepts(body)
    assert kept in found
    assert cut not in found


@pytest.mark.parametrize("body", ["深入实施创新驱动发展战略。", "坚持改革驱动发展。"])
def test_what_drives_is_not_cut_from_the_name(body: str) -> None:
    # 创新|驱动: an action before a verb of driving names what drives; the phrase is never cut after it
    assert not any(f.startswith(("驱动", "引领")) for f in concepts(body))
