"""Particles and conjunctions read only where they are words of their own, comparisons of more than two sides,
比较 as "relatively", names written with and without an inner +, did-you-mean offered only for names the graph
lacks, and the documents of a named scope listed: tiny hand-written questions and names."""

from __future__ import annotations

import pytest

from kg.ask import answer, documents
from kg.ask.compare import compares, pair_in, sides
from kg.ask.index import Index
from kg.ask.names import close, joined_forms, resolve
from kg.ask.questions import Question, parse_question
from kg.ask.scope import Scope
from tests.two_reports import reports_index

KNOWN = {"湿地保护": 2, "区域协同发展": 1, "对外开放": 2, "对口帮扶": 2, "就业优先": 1, "湿地": 2}


def known(name: str) -> int:
    return KNOWN.get(name, 0)


@pytest.fixture(scope="module")
def index() -> Index:
    return reports_index()


@pytest.mark.parametrize(("text", "expected"), [
    # after a scope took the document, 对/关于 names nothing …
    ("政府工作报告对湿地保护的表述", Question("about", ("湿地保护",), scope=Scope(genres=("政府工作报告",)))),
    ("2024年政府工作报告对湿地保护的说法", Question("about", ("湿地保护",), scope=Scope(
        years=(2024, 2024), genres=("政府工作报告",)))),
    # … but the 对 that opens a word stays
    ("广东的对外开放", Question("about", ("对外开放",), scope=Scope(regions=("广东省",)))),
    ("2024年对口帮扶", Question("about", ("对口帮扶",), scope=Scope(years=(2024, 2024)))),
    # after the word for the whole country, likewise
    ("中国对外开放", Question("about", ("对外开放",))),
    ("全国对口帮扶", Question("about", ("对口帮扶",))),
    ("我国就业优先政策", Question("measures", ("就业优先",))),
    ("我国在湿地保护方面", Question("about", ("湿地保护",))),
    # 比较 before a quality and 的 says "relatively"; 比较一下 alone names nothing to compare
    ("比较完善的湿地保护", Question("about", ("完善的湿地保护",))),
    ("比较充分的湿地保护", Question("about", ("充分的湿地保护",))),
    ("比较一下", Question("about", (), compare=True)),
    # two names that hold 同 inside a word are split at the conjunction
    ("比较区域协同发展和湿地保护", Question("relation", ("区域协同发展", "湿地保护"), compare=True)),
    ("共同富裕与湿地保护的区别", Question("relation", ("共同富裕", "湿地保护"), compare=True)),
    ("区域协同发展和湿地保护有什么关系", Question("relation", ("区域协同发展", "湿地保护"))),
])
def test_particles_are_read_as_words(text, expected):
    assert parse_question(text, known=known) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("比较完整的产业链", False),
    ("比较发达的地区", False),
    ("比较广东的湿地保护和江苏的湿地保护", True),
    ("比较一下湿地保护和湿地修复", True),
])
def test_relatively_is_no_request_to_compare(text, expected):
    assert compares(text) is expected


@pytest.mark.parametrize(("name", "expected"), [
    ("区域协同发展和湿地保护", ("区域协同发展", "湿地保护")),
    ("产学研协同创新和成果转化", ("产学研协同创新", "成果转化")),
    ("湿地保护同湿地修复", ("湿地保护", "湿地修复")),
    ("协同发展", None),
])
def test_a_conjunction_inside_a_word_joins_nothing(name, expected):
    assert pair_in(name) == expected


@pytest.mark.parametrize(("scope", "question", "labels"), [
    (Scope(regions=("江苏省", "浙江省", "广东省")), "广东、江苏、浙江的湿地保护对比", ["广东省", "江苏省", "浙江省"]),
    (Scope(regions=("广东省",), years=(2024, 2025)), "广东2024年和2025年湿地保护对比", ["广东省2024年", "广东省2025年"]),
])
def test_more_sides_of_a_comparison(scope, question, labels):
    assert [label for label, _ in sides(scope, question)] == labels


@pytest.mark.parametrize(("text", "expected"), [
    ("文化+旅游", ["文化旅游"]),
    ("文化旅游", ["文化+旅游"]),
    ("数据要素×", []),  # at the end, part of the name
    ("湿地", []),
])
def test_the_other_writing_of_a_name_with_plus(text, expected):
    assert joined_forms(text) == expected


@pytest.mark.parametrize(("query", "expected"), [
    ("文化旅游", ["文化+旅游", "发展文化旅游"]),
    ("文化+旅游", ["文化+旅游", "发展文化旅游"]),
    ("互联网+", ["互联网+"]),
])
def test_a_name_finds_its_other_writing(query, expected):
    names = Index.of_names([("文化+旅游", "goal"), ("发展文化旅游", "goal"), ("互联网+", "concept"), ("互联网", "concept")])
    assert sorted(e.label for e in resolve(names, query).entries) == sorted(expected)


@pytest.mark.parametrize(("query", "expected"), [
    ("科技+金融", ["发展科技金融", "载体+科技+金融+服务"]),  # only a link of a longer chain: the other writing too
    ("科技金融", ["发展科技金融"]),
])
def test_a_link_of_a_chain_is_few(query, expected):
    names = Index.of_names([("载体+科技+金融+服务", "measure"), ("发展科技金融", "goal")])
    assert sorted(e.label for e in resolve(names, query).entries) == sorted(expected)


@pytest.mark.parametrize(("typed", "meant"), [
    ("湿地保护", None),  # held by 加强湿地保护: no slip
    ("林地保护", "耕地保护"),
    ("农业强市", None),  # 农业强县 is another level, not the name meant
    ("农业强国", None),
])
def test_a_did_you_mean_only_for_a_name_the_graph_lacks(typed, meant):
    names = Index.of_names([("加强湿地保护", "measure"), ("耕地保护", "concept"), ("农业强县", "concept")])
    assert close(names, typed) == meant


def test_a_comparison_naming_nothing_asks_what_to_compare(index):
    found = answer(index, "比较一下")
    assert not found.found and found.heading.startswith("问题要对比，但没有写出对比的对象")


def test_measures_of_a_named_scope_list_each_document(index, monkeypatch):
    monkeypatch.setattr(documents, "BRIEF", 3)  # the two reports stand for a large graph
    monkeypatch.setattr(documents, "MAX_GROUPS", 1)  # of more documents than one answer lists
    found = answer(index, "2025年政府工作报告的主要任务")
    assert found.heading.startswith("2 份文件（2025年、政府工作报告）")
    brief = answer(index, "有哪些举措")  # no scope: the headings, one per label, with the documents sharing it
    assert [g.label for g in brief.groups] == ["发展职业教育"] and "2 份文件有此标题" in brief.groups[0].note
