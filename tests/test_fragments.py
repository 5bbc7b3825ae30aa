"""A verb closing a phrase that makes a term with the word before it: dropping it alone would leave a cut word
(hand-written phrases and texts)."""

import pytest

from kg.extract.fragments import acts_on_the_rest, glued_verb, rejoined, unglued
from kg.extract.terms import Chunk
from kg.extract.units import units
from tests.test_concepts import concepts, facts_of

KNOWN = {"基础研究": 40, "防灾减灾": 30, "有机结合": 3, "设施建设": 20, "环保设施": 5, "项目开工": 4, "储能项目": 3,
         "物资储备": 6, "实际生活": 7, "应急物资": 8, "经济增长": 60}


def known(text: str) -> int:
    return KNOWN.get(text, 0)


@pytest.mark.parametrize(("words", "tags", "glued"), [
    (["前瞻性", "基础", "研究"], ["n", "n", "vn"], True),  # 基础研究 is a term, 前瞻性基础 is nowhere
    (["山区", "农业", "防灾", "减灾"], ["n", "n", "vn", "vn"], True),
    (["运输", "设施", "有机", "结合"], ["vn", "n", "n", "v"], True),
    (["环保", "设施", "建设"], ["j", "n", "vn"], False),  # 环保设施 is attested: 建设 is its predicate
    (["氢", "储能", "项目", "开工"], ["n", "n", "n", "v"], False),  # a head noun (项目) ends a term
    (["港口", "应急", "物资", "储备"], ["n", "vn", "n", "vn"], False),  # 应急物资 binds tighter to the left
    (["消费", "拉动", "经济", "增长"], ["vn", "v", "n", "v"], False),  # another verb: a clause
    (["基础", "研究"], ["n", "vn"], False),  # two words: nothing to cut
])
def test_a_verb_glued_to_the_word_before_it(words, tags, glued):
    assert glued_verb(words, tags, known) is glued


@pytest.mark.parametrize(("words", "tags", "expected"), [
    (("运输", "设施", "有机", "结合"), ("vn", "n", "n", "v"), ["运输设施"]),  # not 运输设施有机
    (("人民", "实际", "生活"), ("n", "n", "vn"), ["人民"]),  # not 人民实际
    (("环保", "设施", "建设"), ("j", "n", "vn"), ["环保设施"]),  # the predicate alone is dropped
])
def test_units_drop_a_glued_verb_with_its_word(words, tags, expected):
    found = units(Chunk(words, tags, 0), known=known)
    assert [u.text for u in found if not u.attribute] == expected


def test_a_verb_the_phrase_is_named_without_is_its_predicate():
    assert acts_on_the_rest(["专利", "代理机构", "提出"], ["n", "n", "v"], lambda t: {"专利代理机构": 9}.get(t, 0))
    assert not acts_on_the_rest(["专利", "代理机构", "提出"], ["n", "n", "v"], lambda t: 9)


@pytest.mark.parametrize(("text", "cut"), [
    ("要把铁路、公路、水路等运输设施有机结合起来。", "运输设施有机"),
    ("切实保障特困人员基本生活。", "特困人员基本"),
])
def test_no_concept_is_a_word_cut_before_its_verb(text, cut):
    assert cut not in concepts(facts_of(text))


def _chunk_of(text: str, tags: tuple[tuple[str, str], ...]) -> Chunk:
    """The phrase ``text`` inside the tagged clause ``tags``."""
    clause = "".join(w for w, _ in tags)
    at = clause.index(text)
    inside, pos = [], 0
    for w, t in tags:
        if at <= pos < at + len(text):
            inside.append((w, t))
        pos += len(w)
    return Chunk(tuple(w for w, _ in inside), tuple(t for _, t in inside), at)


@pytest.mark.parametrize(("tags", "phrase", "expected"), [
    # a verb and its complement split: the complement is no part of the name after it
    ((("建", "v"), ("强", "a"), ("国家", "n"), ("实验室", "n")), "强国家实验室", "国家实验室"),
    ((("做", "v"), ("大", "a"), ("装备", "n"), ("制造业", "n")), "大装备制造业", "装备制造业"),
    # a noun and a verb split (营收): the half before the verb is no part of the name
    ((("物流", "n"), ("企业", "n"), ("营", "n"), ("收", "v"), ("增长", "v")), "物流企业营", "物流企业"),
    # a run of one-character words is left as it is
    ((("赋", "v"), ("能", "v"), ("文", "n"), ("旅", "n"), ("产业", "n")), "文旅产业", "文旅产业"),
    # after a verb of predication the adjective opens the name (是|老|解放区)
    ((("是", "v"), ("老", "a"), ("工业", "n"), ("基地", "n")), "老工业基地", "老工业基地"),
    # a suffix closing the phrase stays (紧密|型)
    ((("县域", "n"), ("紧密", "a"), ("型", "k"), ("建", "v")), "县域紧密型", "县域紧密型"),
    # no verb outside: nothing to leave out
    ((("强", "a"), ("国家", "n"), ("实验室", "n")), "强国家实验室", "强国家实验室"),
])
def test_a_character_glued_to_a_verb_outside_the_phrase_is_left_out(tags, phrase, expected):
    assert unglued(_chunk_of(phrase, tags), tags).text == expected


@pytest.mark.parametrize(("tags", "phrase", "expected"), [
    # a run of one-character words the segmenter could not read: the phrase takes the characters before it back
    ((("争取", "v"), ("自", "p"), ("贸", "vn"), ("园区", "n")), "贸园区", "自贸园区"),
    ((("发展", "v"), ("普", "ad"), ("惠", "nr"), ("金融", "n")), "惠金融", "普惠金融"),
    ((("建设", "v"), ("近", "a"), ("零", "m"), ("碳", "n"), ("社区", "n")), "碳社区", "近零碳社区"),
    # a word of grammar before it is no half of a word (对|小微企业, 同|大企业, 用|新理念)
    ((("对", "p"), ("小", "a"), ("微", "n"), ("企业", "n")), "小微企业", "小微企业"),
    ((("同", "p"), ("大", "a"), ("企业", "n"), ("合作", "v")), "大企业", "大企业"),
    # a numeral counts what follows (三|大|产业), but for 零
    ((("壮大", "v"), ("三", "m"), ("大", "a"), ("产业", "n")), "大产业", "大产业"),
    # a complement after a verb tagged a preposition is left out (用|好|资金)
    ((("用", "p"), ("好", "a"), ("专项", "n"), ("资金", "n")), "好专项资金", "专项资金"),
    # a verb's complement before it (做|强) is no half of the word after it
    ((("做", "v"), ("强", "a"), ("绿", "a"), ("电", "n"), ("产业", "n")), "绿电产业", "绿电产业"),
    # a word of two characters before it: nothing was split
    ((("发展", "v"), ("新", "a"), ("产业", "n")), "新产业", "新产业"),
])
def test_a_phrase_opening_inside_a_split_word_takes_its_first_half_back(tags, phrase, expected):
    assert rejoined(_chunk_of(phrase, tags), tags).text == expected


@pytest.mark.parametrize(("text", "kept", "cut"), [
    # a character glued to a verb outside the phrase is left out (建|强, 营|收)
    ("要建强国家实验室等战略科技力量。", "国家实验室", "强国家实验室"),
    ("推动物流企业营收快速增长。", "物流企业", "物流企业营"),
    # a phrase opening inside a split word takes its first half back (近|零|碳), a complement is left out (用|好)
    ("推动近零碳园区建设。", "近零碳园区", "碳园区"),
    ("用好专项资金。", "专项资金", "好专项资金"),
])
def test_no_concept_keeps_half_of_a_split_word(text, kept, cut):
    found = concepts(facts_of(text))
    assert kept in found
    assert cut not in found
