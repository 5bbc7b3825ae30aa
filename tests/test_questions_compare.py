"""Comparisons, the whole country, names ending in +, and slips of one character that do not sound alike: read
into (intent, names, scope, compare) and answered on tiny hand-written reports of two provinces."""

from __future__ import annotations

import pytest

from kg.ask import answer, documents
from kg.ask.compare import compares, pair_in, sides
from kg.ask.index import Index
from kg.ask.keys import normalize
from kg.ask.names import close
from kg.ask.questions import Question, parse_question
from kg.ask.scope import Scope
from tests.two_reports import reports_index

TWO = Scope(regions=("江苏省", "广东省"))


@pytest.fixture(scope="module")
def index() -> Index:
    return reports_index()


@pytest.mark.parametrize(("text", "expected"), [
    # a comparison of two provinces or two years on a topic: the topic named, the places kept, compare marked
    ("广东和江苏在湿地保护上有什么区别", Question("about", ("湿地保护",), scope=TWO, compare=True)),
    ("江苏和广东的湿地保护有何不同", Question("about", ("湿地保护",), scope=TWO, compare=True)),
    ("对比分析广东和江苏的湿地保护", Question("about", ("湿地保护",), scope=TWO, compare=True)),
    ("广东省和江苏省关于湿地保护的举措有什么差异", Question("measures", ("湿地保护",), scope=TWO, compare=True)),
    ("2023年和2024年的湿地保护对比", Question("about", ("湿地保护",), scope=Scope(years=(2023, 2024)), compare=True)),
    ("江苏与广东湿地保护举措的异同", Question("measures", ("湿地保护",), scope=TWO, compare=True)),  # 广东 before a name
    ("广东和江苏的湿地保护有哪些差别", Question("about", ("湿地保护",), scope=TWO, compare=True)),
    ("比较2024年广东和江苏的政府工作报告", Question("about", (), compare=True, scope=Scope(
        regions=("江苏省", "广东省"), years=(2024, 2024), genres=("政府工作报告",)))),
    ("湿地保护有哪些举措？对比一下", Question("measures", ("湿地保护",), compare=True)),  # a follow-up clause
    # the words that ask to compare are frame at either end, never part of the name
    ("对比分析湿地保护", Question("about", ("湿地保护",), compare=True)),
    ("比较研究湿地保护", Question("about", ("湿地保护",), compare=True)),
    ("湿地保护比较研究", Question("about", ("湿地保护",), compare=True)),
    ("湿地保护对比分析", Question("about", ("湿地保护",), compare=True)),
    # two names compared: how they relate
    ("比较一下湿地保护和湿地修复", Question("relation", ("湿地保护", "湿地修复"), compare=True)),
    ("湿地保护与湿地修复对比", Question("relation", ("湿地保护", "湿地修复"), compare=True)),
    # a contrast written as a name, and 比较 before a quality, ask for no comparison
    ("城乡差别有哪些", Question("members", ("城乡差别",))),
    ("比较优势", Question("about", ("比较优势",))),
    # the whole country limits nothing and names nothing
    ("全国有哪些举措", Question("measures", ())),
    ("关于我国，有哪些举措", Question("measures", ())),
    ("全国范围内有哪些举措", Question("measures", ())),
    ("我国在湿地保护方面有哪些举措", Question("measures", ("湿地保护",))),
    ("中国的湿地保护举措有哪些", Question("measures", ("湿地保护",))),
    ("全国统一大市场有哪些举措", Question("measures", ("全国统一大市场",))),  # a name that opens with 全国
    ("中国", Question("about", ("中国",))),  # alone, a name after all
    # what the text says of X: 的表述, 的说法 are frame, and 说法有哪些 asks for no members
    ("2023年和2024年政府工作报告关于湿地保护的表述有什么不同", Question("about", ("湿地保护",), compare=True, scope=Scope(
        years=(2023, 2024), genres=("政府工作报告",)))),
    ("关于湿地保护的说法有哪些", Question("about", ("湿地保护",))),
    # a name ending in + keeps it
    ("“数据+”行动有哪些举措", Question("measures", ("数据+”行动",))),
    ("数据+", Question("about", ("数据+",))),
])
def test_comparisons_and_the_whole_country_are_read(text, expected):
    assert parse_question(text) == expected


@pytest.mark.parametrize(("text", "names", "expected"), [
    ("对比分析湿地保护", (), True),
    ("湿地保护有什么区别", ("湿地保护",), True),
    ("城乡差别", ("城乡差别",), False),
    ("地区差异有哪些", ("地区差异",), False),
    ("比较优势", ("比较优势",), False),
    ("比较好的做法", (), False),
])
def test_what_asks_to_compare(text, names, expected):
    assert compares(text, names) is expected


@pytest.mark.parametrize(("name", "known", "expected"), [
    ("湿地保护和湿地修复", None, ("湿地保护", "湿地修复")),
    ("中华人民共和国", None, None),
    ("湿地保护和修复", None, ("湿地保护", "修复")),
    ("湿地保护和修复", {"湿地保护和修复": 2, "湿地保护": 2, "修复": 1}, None),  # the graph has the whole name
    ("湿地保护与海洋牧场", {"湿地保护": 2}, None),  # one half the graph does not hold
])
def test_a_compared_name_made_of_two(name, known, expected):
    assert pair_in(name, None if known is None else lambda n: known.get(n, 0)) == expected


@pytest.mark.parametrize(("scope", "question", "labels"), [
    (TWO, "江苏和广东的湿地保护有什么区别", ["江苏省", "广东省"]),
    (Scope(years=(2023, 2024)), "2023年和2024年的湿地保护对比", ["2023年", "2024年"]),
    (Scope(years=(2023, 2025)), "2023年至2025年的湿地保护对比", []),  # a range, not two years
    (Scope(regions=("广东省",)), "广东的湿地保护对比", []),
])
def test_the_sides_of_a_comparison(scope, question, labels):
    assert [label for label, _ in sides(scope, question)] == labels


@pytest.mark.parametrize(("text", "expected"), [
    ("“互联网\uff0b”行动", "互联网+行动"),
    ("数据+", "数据+"),
    ("“数据要素×”行动", "数据要素×行动"),
    ("数据 中心", "数据中心"),
])
def test_a_key_keeps_plus(text, expected):
    assert normalize(text) == expected


@pytest.mark.parametrize(("typed", "meant"), [
    ("湿地保户", "湿地保护"),  # 户 and 护 sound alike, but the rule takes any character
    ("湿地保扩", "湿地保护"),
    ("海洋牧厂", "海洋牧场"),
    ("海洋牧场", None),  # the name itself
    ("湿地保护区", None),  # one more character: the name inside it answers
    ("湿地", None),  # too short to guess
    ("山林保护", None),  # two characters off
])
def test_a_close_name_differs_by_one_character(typed, meant):
    names = Index.of_names([("湿地保护", "concept"), ("海洋牧场", "goal"), ("湿地保护修复", "measure")])
    assert close(names, typed) == meant


@pytest.mark.parametrize(("question", "first", "second"), [
    ("广东和江苏在职业教育上有什么区别", "广东省", "江苏省"),
    ("江苏和广东的职业教育举措对比", "江苏省", "广东省"),
])
def test_two_provinces_compared_side_by_side(index, question, first, second):
    found = answer(index, question)
    assert found.found and found.heading.startswith(f"对比 {first}、{second}（2 份文件）：{first}——")
    assert f"；{second}——" in found.heading
    articles = [line.article for line in found.lines]
    assert any(first in a for a in articles) and any(second in a for a in articles)
    assert articles.index(next(a for a in articles if first in a)) < articles.index(next(a for a in articles if second in a))


def test_a_comparison_of_one_thing_says_it_needs_two(index):
    found = answer(index, "对比分析职业教育")
    assert found.found and "只写出了一个对象「职业教育」" in found.note
    assert "职业教育" in found.heading


@pytest.mark.parametrize(("question", "meant"), [
    ("职业教肓有哪些举措", "职业教育"),
    ("数据中忆", "数据中心"),
    ("关于职业教肓有什么说法", "职业教育"),
])
def test_a_slip_that_does_not_sound_alike_is_offered_not_answered(index, question, meant):
    found = answer(index, question)
    assert not found.found and f"你是不是想问「{meant}」" in found.heading
    assert found.suggestions[0].endswith(meant)


def test_measures_asked_of_many_documents_naming_nothing_are_answered_briefly(index, monkeypatch):
    monkeypatch.setattr(documents, "BRIEF", 3)  # the two reports stand for a large graph
    monkeypatch.setattr(documents, "MAX_GROUPS", 1)  # of more documents than one answer lists
    for question in ("关于中国，有哪些举措", "全国有哪些举措", "有哪些举措", "全国各地有哪些举措"):
        found = answer(index, question)
        assert found.heading.startswith("问题没有写出目标或主题：2 份文件（图中全部文件）")
        assert [g.label for g in found.groups] == ["发展职业教育"]  # one per label
        assert "请写出它，例如：哪些举措支撑发展职业教育？" in found.note


def test_measures_of_a_small_graph_naming_nothing_list_every_document(index):
    assert answer(index, "全国有哪些举措").heading == "2 份文件（图中全部文件），共 2 个目标、4 项举措"


def test_measures_of_documents_one_answer_lists_are_listed_however_many(index, monkeypatch):
    monkeypatch.setattr(documents, "BRIEF", 3)  # many goals and measures, but every document fits in one answer
    assert answer(index, "有哪些举措").heading == "2 份文件（图中全部文件），共 2 个目标、4 项举措"


@pytest.mark.parametrize(("name", "heading"), [
    ("数据", "与 数据、数据+ 相关的概念 0 个"),  # X's concepts take in the policy named X+
    ("数据+", "与 数据+ 相关的概念 0 个"),  # and X+ is not X
])
def test_a_concept_and_the_policy_named_after_it(name, heading):
    from kg.ask.answers import Context
    from kg.ask.relations import concepts_answer

    names = Index.of_names([("数据", "concept"), ("数据+", "concept"), ("数据中心", "concept")])
    assert concepts_answer(Context(names, name), name).heading == heading


def test_a_slip_at_the_end_of_a_long_name_names_the_whole_name():
    from kg.ask.names import resolve

    names = Index.of_names([("推动湿地保护修复", "goal"), ("湿地保护修复", "concept")])
    found = resolve(names, "推动湿地保护修夏", kinds=("goal",))  # 夏 sounds like no 复: once read as 推动湿地保护修
    assert (found.how, found.used, [e.name for e in found.entries]) == ("typo", "推动湿地保护修复", ["推动湿地保护修复"])
