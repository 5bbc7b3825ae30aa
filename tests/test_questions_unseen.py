"""Shapes of Chinese questions no single rule was written for: context before the ask, yes/no, colloquial
endings, trends, comparisons, a document by its 《title》 or 文号 inside a request, English with a scope,
traditional characters; each read into (intent, names, scope)."""

from __future__ import annotations

import pytest

from kg.ask import answer
from kg.ask.index import Index
from kg.ask.instruments import instrument_question
from kg.ask.questions import clauses, parse_question
from kg.ask.reply import simplified
from kg.ask.scope import Scope


@pytest.mark.parametrize(("text", "intent", "names", "scope"), [
    # context before the ask: the ask's clause is read, the context names what it leaves unnamed
    ("我在研究智慧农业，想知道推进农机装备升级有哪些举措？", "measures", ("推进农机装备升级",), Scope()),
    ("关于海洋经济，国务院有哪些举措", "measures", ("海洋经济",), Scope()),
    ("背景：我在写关于文化旅游的报告。问题：有哪些具体措施？", "measures", ("文化旅游",), Scope()),
    ("最近在写论文，主题是绿色金融，请问相关的措施有哪些？", "measures", ("绿色金融",), Scope()),
    ("我们关注养老服务，国发〔2020〕1号这个文件的主要目标和举措是什么？", "measures", (),
     Scope(documents=("国发〔2020〕1号",))),
    # yes/no
    ("有没有文件提到量子通信", "articles", ("量子通信",), Scope()),
    ("2024年政府工作报告是否提到了银发经济？", "articles", ("银发经济",), Scope(years=(2024, 2024), genres=("政府工作报告",))),
    ("二十大报告提到海洋强国没有", "articles", ("海洋强国",), Scope(documents=("二十大",))),
    ("是否有关于数字乡村的举措", "measures", ("数字乡村",), Scope()),
    ("普惠金融和小微企业有关系吗", "relation", ("普惠金融", "小微企业"), Scope()),
    # colloquial endings
    ("物流成本高咋办", "measures", ("物流成本高",), Scope()),
    ("中小企业融资难咋整", "measures", ("中小企业融资难",), Scope()),
    ("稳外贸有啥办法不", "measures", ("稳外贸",), Scope()),
    ("关于托育有啥新政策", "measures", ("托育",), Scope()),
    ("我最近在研究城市更新，想问一下各省都出台了哪些举措？", "articles", ("城市更新",), Scope(by="region")),
    # where and how often a term appears
    ("智慧城市在哪里提到的", "articles", ("智慧城市",), Scope()),
    ("碳排放这个词在哪些政府工作报告里", "articles", ("碳排放",), Scope(genres=("政府工作报告",))),
    ("有多少省份提到了银发经济", "articles", ("银发经济",), Scope(by="region")),
    ("2025年有哪几个省的报告提到冰雪经济", "articles", ("冰雪经济",), Scope(years=(2025, 2025), by="region")),
    # trends: read by year
    ("绿色金融这几年的变化", "articles", ("绿色金融",), Scope(by="year")),
    ("历年政府工作报告对粮食安全的表述有什么变化", "articles", ("粮食安全",), Scope(genres=("政府工作报告",), by="year")),
    ("从2010年到2020年，城镇化的提法怎么演变的", "articles", ("城镇化",), Scope(years=(2010, 2020), by="year")),
    ("数字政府的提及趋势", "articles", ("数字政府",), Scope(by="year")),
    # comparisons
    ("比较2023年和2024年广东的政府工作报告目标", "goals", (), Scope(regions=("广东省",), years=(2023, 2024),
                                                        genres=("政府工作报告",))),
    ("四川和重庆在成渝双城经济圈上的举措对比", "measures", ("成渝双城经济圈",), Scope(regions=("重庆市", "四川省"))),
    # goals of a document, a year, a province
    ("湖南省2026年的发展目标有哪些", "goals", (), Scope(regions=("湖南省",), years=(2026, 2026))),
    ("国办发〔2018〕1号要达到什么目标", "goals", (), Scope(documents=("国办发〔2018〕1号",))),
    ("2020年国务院文件有哪些目标", "goals", (), Scope(years=(2020, 2020))),
    # counts and agencies of a document
    ("国发〔2017〕9号里有几个目标", "about", (), Scope(documents=("国发〔2017〕9号",))),
    ("请帮我查一下国办发〔2017〕3号的牵头部门", "lead", (), Scope(documents=("国办发〔2017〕3号",))),
    ("商务部负责的举措有哪些", "tasks", ("商务部",), Scope()),
    # the Party congress reports as a kind
    ("共有几篇党代会报告", "articles", (), Scope(genres=("党代会报告",))),
    ("历次党代会报告提到生态文明了吗", "articles", ("生态文明",), Scope(genres=("党代会报告",))),
    ("全国人民代表大会常务委员会", "about", ("全国人民代表大会常务委员会",), Scope()),
    # English with a scope
    ("Show me measures about 低空经济 in 四川", "measures", ("低空经济",), Scope(regions=("四川省",))),
    ("Which provinces mention 冰雪经济?", "articles", ("冰雪经济",), Scope(by="region")),
    ("Is 银发经济 mentioned in 2024?", "articles", ("银发经济",), Scope(years=(2024, 2024))),
    ("List the goals of 国发〔2017〕9号", "goals", ("国发〔2017〕9号",), Scope(documents=("国发〔2017〕9号",))),
    ("What goals does the 2023 government work report set?", "goals", (), Scope(years=(2023, 2023),
                                                                                 genres=("政府工作报告",))),
])
def test_unseen_shapes_are_read(text, intent, names, scope):
    q = parse_question(text)
    assert (q.intent, q.names, q.scope) == (intent, names, scope)


@pytest.mark.parametrize(("text", "count"), [("国发〔2017〕9号里有几个目标", True), ("语料里有多少份政府工作报告", True),
                                             ("有多少省份提到了银发经济", True), ("绿色金融这几年的变化", False)])
def test_how_many_is_read_in_unseen_shapes(text, count):
    assert parse_question(text).count is count


@pytest.mark.parametrize(("text", "asked", "context"), [
    ("我在研究农业，想知道推进农业机械化有哪些举措？", "想知道推进农业机械化有哪些举措", ("我在研究农业，",)),
    ("背景：物流。问题：有哪些举措？", "有哪些举措", ("背景：", "物流。", "问题：")),
    ("哪些举措支撑海洋经济，请列出", "哪些举措支撑海洋经济", ()),
    ("发展海洋经济", "发展海洋经济", ()),
])
def test_the_clause_that_asks(text, asked, context):
    assert clauses(text) == (asked, context)


@pytest.mark.parametrize(("text", "plain"), [("鄉村振興有哪些舉措", "乡村振兴有哪些举措"), ("高質量發展", "高质量发展"),
                                             ("数字经济", "数字经济"), ("Which measures support 數字經濟?", "Which measures support 数字经济?")])
def test_traditional_characters_are_simplified(text, plain):
    assert simplified(text) == plain


@pytest.mark.parametrize(("text", "subject"), [("用什么政策工具支持民营企业", "支持民营企业"), ("这份文件用了哪些政策工具？", ""),
                                               ("需求型政策工具有哪些？", ""), ("发展海洋经济的供给型举措有哪些", "发展海洋经济")])
def test_the_goal_an_instrument_question_names(text, subject):
    asked = instrument_question(text)
    assert asked is not None and asked.subject == subject


TEXT = ("国务院关于发展海洋经济的意见\n\n国发〔2030〕7号\n\n（一）加快建设海洋牧场。支持发展深远海养殖。（农业农村部、财政部等负责）\n"
        "（二）推进海上风电开发。\n")


@pytest.fixture(scope="module")
def index() -> Index:
    return Index.of_text(TEXT)


@pytest.mark.parametrize(("question", "intent", "found"), [
    ("國發〔2030〕7號的牽頭部門", "lead", True),
    ("国发〔2030〕7号的牵头部门", "lead", True),
    ("《关于发展海洋经济的意见》提出了哪些目标？", "goals", True),
    ("有没有文件提到海上风电", "articles", True),
    ("是否提到了火星基地？", "articles", False),
    ("《关于发展海洋经济的意见》由哪些部门负责", "lead", True),
    ("哪一年第一次提到海洋牧场", "first", True),
])
def test_unseen_shapes_are_answered(index, question, intent, found):
    got = answer(index, question)
    assert (got.intent, got.found) == (intent, found), got.heading
