"""Shapes of a work report's aims and targets on short hand-written texts: a striving's close (为Y而奋斗, Y的总体目标
努力奋斗), a target the speaker sets (提出…增长5%), and a frame that counts the points it goes on to list (从N个方面…).
None of the texts is taken from a document the scores are measured on."""

import pytest

from kg.extract.statements import extract_statements, read_clause
from kg.model import Kind

from .conftest import article_of


def statements(body: str) -> list[tuple[str, str]]:
    facts = extract_statements(article_of(body, title=None))
    return [(s.kind.value, s.label) for s in facts.statements]


@pytest.mark.parametrize(("text", "goal", "not_label"), [
    ("要朝着港口服务更加便捷，航运生态更加优良的总体目标努力奋斗。", "航运生态更加优良", "航运生态更加优良的总体目标努力奋斗"),
    ("我们要团结一致，为壮大海洋产业而共同奋斗。", "壮大海洋产业", "壮大海洋产业而共同奋斗"),
    ("为巩固渔业基础，建设现代渔港而不懈努力。", "建设现代渔港", "建设现代渔港而不懈努力"),
    ("全市上下要朝着建成国际枢纽港的目标阔步前进。", "建成国际枢纽港", "全市上下要朝着建成国际枢纽港的目标阔步前进"),
])
def test_the_close_of_a_striving_leaves_the_end_striven_for(text, goal, not_label):
    found = statements(text)
    assert ("goal", goal) in found
    assert all(label != not_label for _, label in found)


@pytest.mark.parametrize("text", ["各地都在为此而奋斗。", "全体船员要努力奋斗。", "港口要沿着正确方向前进。"])
def test_a_striving_with_no_end_of_its_own_names_no_goal(text):
    assert all(kind != "goal" for kind, _ in statements(text))


@pytest.mark.parametrize(("clause", "goal"), [
    ("提出港口吞吐量增长6%左右", "港口吞吐量增长6%左右"),
    ("建议渔业产值年均增长4%以上", "渔业产值年均增长4%以上"),
])
def test_a_target_the_speaker_sets_is_a_goal_without_the_verb_that_sets_it(clause, goal):
    reading = read_clause(clause)
    assert reading is not None and reading.kind is Kind.GOAL and reading.label == goal


@pytest.mark.parametrize("clause", ["提出具体措施", "提出三项改革举措", "建议港务局制定疏港方案"])
def test_what_is_proposed_that_is_no_target_stays_an_action(clause):
    reading = read_clause(clause)
    assert reading is not None and reading.kind is Kind.MEASURE


@pytest.mark.parametrize("clause", ["重点从六个方面实现突破", "力争在以下几个方面取得新进展", "着重从5个方面加大力度"])
def test_a_frame_that_counts_the_points_it_lists_is_no_statement(clause):
    assert read_clause(clause) is None


def test_aspects_named_before_their_count_are_an_action():
    reading = read_clause("从港口和航道两个方面加大投入")
    assert reading is not None and reading.kind is Kind.MEASURE


@pytest.mark.parametrize(("text", "goal"), [
    ("今年主要预期目标是：港口吞吐量增长5%左右，在实际工作中努力争取更好结果；", "港口吞吐量增长5%左右"),
    ("今年主要预期目标是：渔业产值增长4%左右、力争更好结果；", "渔业产值增长4%左右"),
    ("全年目标是：货运量增长3%左右，根据实际情况争取更好的结果。", "货运量增长3%左右"),
])
def test_the_hedge_after_a_target_is_no_statement_of_its_own(text, goal):
    assert statements(text) == [("goal", goal)]


def test_a_better_thing_named_is_still_a_statement():
    assert read_clause("争取更好的港口服务") is not None


@pytest.mark.parametrize(("clause", "kind"), [
    ("可再生能源装机突破2000万千瓦", Kind.GOAL),  # 可 of 可再生 is no modal: a target
    ("可依法申请行政复议", Kind.MEASURE),  # the modal 可
])
def test_the_ke_of_kezaisheng_is_no_modal(clause, kind):
    reading = read_clause(clause)
    assert reading is not None and reading.kind is kind


@pytest.mark.parametrize("clause", [
    "积极争取超长期港口建设基金、中央预算内投资、政策性金融工具支持",  # the resource closes a list
    "争取国家级现代海洋经济发展示范区建设试点",
])
def test_seeking_a_resource_after_a_list_is_an_action(clause):
    reading = read_clause(clause)
    assert reading is not None and reading.kind is Kind.MEASURE


def test_seeking_an_end_stays_a_goal():
    reading = read_clause("争取港口吞吐量再上新台阶")
    assert reading is not None and reading.kind is Kind.GOAL


@pytest.mark.parametrize("clause", ["在港口发展项目上", "在航运服务的布局上", "在渔业管理的各个环节上"])
def test_the_area_a_sentence_speaks_of_is_no_statement(clause):
    assert read_clause(clause) is None


def test_a_figure_above_a_floor_in_a_place_is_still_read():
    assert read_clause("在港区布局应急救护设备100处以上") is not None


def test_an_area_before_the_modal_leaves_the_topic_before_it():
    facts = extract_statements(article_of("全面完成今年港口建设任务，在工作部署上，要突出抓好集疏运体系建设。", title=None))
    assert ("goal", "全面完成今年港口建设任务") in [(s.kind.value, s.label) for s in facts.statements]


@pytest.mark.parametrize(("text", "found"), [
    ("港口投资达到90亿元左右、增长10%以上。", [("goal", "港口投资达到90亿元左右、增长10%以上")]),
    ("今年港口建设资金安排36亿元，增长12%。", []),  # the rate alone is no target; the sum is no action either
])
def test_a_rate_without_its_subject_belongs_to_the_figure_before_it(text, found):
    assert [f for f in statements(text) if "增长" in f[1]] == [f for f in found if "增长" in f[1]]


@pytest.mark.parametrize("clause", ["必须付出艰苦努力", "但必须付出更大努力", "还要作出极其艰巨的努力"])
def test_an_appeal_for_effort_alone_is_no_statement(clause):
    assert read_clause(clause) is None


def test_effort_for_an_end_names_the_end():
    reading = read_clause("为提高港口服务质量而作出不懈的努力")
    assert reading is not None and (reading.kind, reading.label) == (Kind.GOAL, "提高港口服务质量")


@pytest.mark.parametrize("clause", [
    "为有需求的渔民提供免费技能培训",
    "为3000户困难船员家庭实施住房改造",
    "为超2万名港口职工免费开展职业病筛查",
    "为中小航运企业提供融资担保服务",
])
def test_a_service_delivered_to_recipients_is_a_measure(clause):
    reading = read_clause(clause)
    assert reading is not None and reading.kind is Kind.MEASURE


def test_support_for_an_end_is_still_the_purpose_of_the_actions_before_it():
    found = statements("完善集疏运体系，为港口高质量发展提供有力支撑。")
    assert found[0] == ("measure", "完善集疏运体系")
    assert found[1][0] == "goal" and "港口高质量发展" in found[1][1]


def test_a_scope_with_a_list_keeps_the_action_before_the_service():
    found = statements("面向渔业企业推出渔船抵押、保单质押等多种信贷产品，为中小渔业企业提供金融服务。")
    assert [kind for kind, _ in found] == ["measure", "measure"]


def test_support_provided_for_an_end_keeps_its_words_together():
    found = statements("持续扩大港口开放，为充分释放航运潜能提供有力支撑。")
    assert ("goal", "为充分释放航运潜能提供有力支撑") in found
    assert all(label != "充分释放航运潜能提供有力支撑" for _, label in found)


def test_a_glossary_states_nothing_of_the_report():
    body = ("一、扩大港口开放\n\n要加快建设国际枢纽港。\n\n名词解释\n\n1.“两港一航”：推进港口升级、加快建设航运中心。\n\n"
            "2.智慧港口：推动港口装卸自动化，实现船岸数据共享。")
    found = [label for _, label in statements(body)]
    assert "加快建设国际枢纽港" in found
    assert not any(word in label for label in found for word in ("港口升级", "航运中心", "装卸自动化", "数据共享"))
