"""Readings that must not cut a name: a name ending in 变化/趋势/差别/的问题 or opening with 比较, a congress that is
no kind of document, a polite clause after the ask, 它 pointing back across a comma, a value asked by province,
a year inside an English question's name, a bare agent, a title kept in traditional characters."""

from __future__ import annotations

import pytest

from kg.ask import answer
from kg.ask.english import english_scope
from kg.ask.index import Index
from kg.ask.instruments import instrument_question
from kg.ask.questions import Question, clauses, parse_question
from kg.ask.scope import Scope


@pytest.mark.parametrize(("text", "expected"), [
    # a name that ends in a word of trend stays a name; a trend is asked (的, 提法, 有什么, 这几年)
    ("应对海平面变化", Question("about", ("应对海平面变化",))),
    ("海平面变化是什么", Question("about", ("海平面变化",))),
    ("人口老化趋势", Question("about", ("人口老化趋势",))),
    ("就业结构变化", Question("about", ("就业结构变化",))),
    ("湿地保护的提及趋势", Question("articles", ("湿地保护",), scope=Scope(by="year"))),
    ("湿地保护这几年的变化", Question("articles", ("湿地保护",), scope=Scope(by="year"))),
    ("对湿地保护的表述有什么变化", Question("articles", ("湿地保护",), scope=Scope(by="year"))),
    ("湿地保护的变化趋势", Question("articles", ("湿地保护",), scope=Scope(by="year"))),
    # 这几年 alone asks for measures or results, not documents by year
    ("近几年出台了哪些支持湿地保护的举措", Question("measures", ("湿地保护",))),
    ("近几年湿地保护有哪些举措", Question("measures", ("湿地保护",))),
    # the congress itself is a name; only its reports are a kind of document
    ("完善党的代表大会制度有哪些举措", Question("measures", ("完善党的代表大会制度",))),
    ("各级党代会代表", Question("about", ("各级党代会代表",))),
    ("历次党代会报告提到湿地保护了吗", Question("articles", ("湿地保护",), scope=Scope(genres=("党代会报告",)))),
    # 比较, 差别 and 的问题 inside a name
    ("比较优势有哪些", Question("members", ("比较优势",))),
    ("比较效益", Question("about", ("比较效益",))),
    ("城乡差别", Question("about", ("城乡差别",))),
    ("北京和上海的举措对比", Question("measures", (), scope=Scope(regions=("北京市", "上海市")), compare=True)),
    ("解决“看病难”的问题", Question("about", ("解决“看病难”的问题",))),
    # goals: a name holding a goal word, and the goals of a scope's documents
    ("实现预期目标的举措有哪些", Question("measures", ("实现预期",))),
    ("实现湿地保护目标有哪些举措", Question("measures", ("实现湿地保护",))),
    ("湿地保护预期目标", Question("about", ("湿地保护预期",))),
    ("发展目标有哪些", Question("about", ("发展",))),
    ("2030年的发展目标有哪些", Question("goals", (), scope=Scope(years=(2030, 2030)))),
    # a value asked by province or by year is no count
    ("各省的湿地保护率是多少", Question("articles", ("湿地保护率",), scope=Scope(by="region"))),
    ("各地的湿地面积要达到多少", Question("articles", ("湿地面积",), scope=Scope(by="region"))),
    ("历年的湿地保护目标是多少", Question("articles", ("湿地保护",), scope=Scope(by="year"))),
    # an agent alone is a name
    ("我国", Question("about", ("我国",))),
    ("政府", Question("about", ("政府",))),
])
def test_a_name_is_not_cut(text, expected):
    assert parse_question(text) == expected


@pytest.mark.parametrize(("text", "names", "intent"), [
    ("湿地保护是什么？它有哪些举措？", ("湿地保护",), "measures"),
    ("湿地保护，它有哪些举措", ("湿地保护",), "measures"),
    ("什么是湿地保护，它和湿地修复有什么关系", ("湿地保护", "湿地修复"), "relation"),
    ("我在研究湿地保护，哪些省份提到了它", ("湿地保护",), "articles"),
    ("湿地保护有哪些举措，能列举一下吗", ("湿地保护",), "measures"),
    ("湿地保护有哪些举措，可以详细说说吗", ("湿地保护",), "measures"),
    ("湿地保护在哪些文件中出现，能告诉我吗", ("湿地保护",), "articles"),
    ("哪些举措支撑湿地保护，具体有什么", ("湿地保护",), "measures"),
    ("哪些举措支撑湿地保护？比如哪些方面", ("湿地保护",), "measures"),
    ("湿地保护，其主要举措有哪些", ("湿地保护",), "measures"),  # 其: the name's
])
def test_it_and_a_polite_clause_point_to_the_name_before(text, names, intent):
    found = parse_question(text)
    assert (found.intent, found.names, found.points_back) == (intent, names, False)


def test_it_alone_names_nothing():
    found = parse_question("哪些省份提到了它")
    assert (found.names, found.points_back) == ((), True)


@pytest.mark.parametrize(("text", "asked"), [("湿地保护有哪些举措，能列举一下吗", "湿地保护有哪些举措"),
                                             ("湿地保护，具体有什么", "湿地保护")])
def test_a_follow_up_clause_is_not_the_ask(text, asked):
    assert clauses(text)[0] == asked


@pytest.mark.parametrize(("text", "whole", "name"), [
    ("群众反映强烈的问题", "群众反映强烈的问题", "群众反映强烈的问题"),
    ("城乡差距有哪些举措", "城乡差距", "城乡差距"),  # no frame cut off: as it is
    ("地区差异", "地区差异", "地区差异"),
    ("实现第二步奋斗目标", "实现第二步奋斗目标", "实现第二步奋斗目标"),
    ("实现第二步奋斗目标", "", "实现第二步奋斗"),  # 目标 is put back only onto a name the graph has
    ("乡村振兴目标有哪些", "乡村振兴目标", "乡村振兴"),  # the goals asked for
])
def test_the_whole_name_wins_where_the_graph_has_it(text, whole, name):
    assert parse_question(text, known=lambda n: 2 if n == whole else 0).names == (name,)


def test_a_year_inside_an_english_questions_name_is_no_scope():
    assert english_scope("Which documents mention 2035年远景目标?") == Scope()
    assert english_scope("Which provinces mention 低空经济 in 2025?").years == (2025, 2025)


@pytest.mark.parametrize(("text", "subject"), [
    ("2030年政府工作报告用了哪些政策工具", ""), ("国发〔2030〕7号用了哪些政策工具", ""), ("各省用了哪些政策工具", ""),
    ("广东省政府工作报告的政策工具", ""), ("需求型政策工具占多少", ""), ("供给型政策工具占比多少", ""),
    ("政策工具的结构是什么", ""), ("用什么政策工具支持湿地保护", "支持湿地保护"),
])
def test_an_instrument_question_scope_and_shares_name_no_goal(text, subject):
    asked = instrument_question(text)
    assert asked is not None and asked.subject == subject


def test_a_title_in_traditional_characters_is_looked_up_as_typed():
    from kg.ask.records import document_rows
    from kg.extract import extract_document
    from kg.model import Source

    index = Index.of_rows([document_rows(extract_document(Source("01_廣州黨報告.txt", "廣州黨報告\n\n要發展工業。\n")))])
    found = answer(index, "廣州黨報告")
    assert any("廣州" in s for s in found.suggestions) or found.found, (found.heading, found.suggestions)


def test_a_bare_agent_is_answered_with_the_goals_holding_it():
    index = Index.of_text("发展海洋经济\n\n一是推动我国海洋经济高质量发展。\n")
    found = answer(index, "我国")
    assert found.found and "图中全部文件" not in found.heading, found.heading


KNOWN = ("湿地保护", "推进湿地保护", "发展海洋经济")


@pytest.mark.parametrize(("text", "expected"), [
    # the ask's clause names only a word of reference or of function (其中, 由, 哪个): the whole question is read
    ("哪些文件提到了湿地保护，其中有哪些举措", Question("articles", ("湿地保护",))),
    ("谁负责推进湿地保护，有哪些举措", Question("lead", ("推进湿地保护",))),
    ("推进湿地保护有哪些举措，由哪个部门牵头", Question("lead", ("推进湿地保护",))),
    ("推进湿地保护有哪些举措？哪个部门牵头？", Question("lead", ("推进湿地保护",))),
    ("发展海洋经济有哪些目标，其中有哪些举措", Question("goals", ("发展海洋经济",))),
    # the ask's clause names what the graph has: it is read
    ("湿地保护是什么？它有哪些举措？", Question("measures", ("湿地保护",))),
    ("推进湿地保护有哪些举措，能列举一下吗", Question("measures", ("推进湿地保护",))),
])
def test_a_clause_that_names_nothing_known_gives_way_to_the_whole_question(text, expected):
    assert parse_question(text, known=lambda n: 2 if n in KNOWN else 0) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("适应湿地面积的变化", Question("about", ("适应湿地面积的变化",))),  # a name the graph has, though it ends in 的变化
    ("湿地面积的变化", Question("articles", ("湿地面积",), scope=Scope(by="year"))),  # not a name: a trend is asked
])
def test_a_question_that_is_a_name_of_the_graph_is_that_name(text, expected):
    assert parse_question(text, known=lambda n: 2 if n == "适应湿地面积的变化" else 0) == expected
