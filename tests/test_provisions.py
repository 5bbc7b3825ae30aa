"""Provisions of statutes and regulations that the action verbs miss, and commentary shapes of a second round: one
hand-written case per shape; none is taken from a document the scores are measured on.
"""

import pytest

from kg.extract.statements import article_goal, extract_statements, read_clause
from kg.model import Article, Genre, Kind, Source
from kg.text.layout import layout


def measures(text: str, name: str = "条例.txt") -> list[str]:
    facts = extract_statements(layout(Source(name, text)).articles[0])
    return [s.label for s in facts.statements if s.kind is Kind.MEASURE]


@pytest.mark.parametrize(("clause", "kind"), [
    ("港务机构实行首长负责制", Kind.MEASURE),  # a system a subject runs
    ("海洋渔业实行捕捞许可制度", Kind.MEASURE),
    ("无论实行哪种承包制", None),  # a concession
    ("有些地方实行承包制", None),  # a practice described
    ("当时实行这种体制", None),
    ("航道管理机构依法履行航道养护职责", Kind.MEASURE),  # a duty exercised
    ("行使港口规划审批职权", Kind.MEASURE),  # the duty after a comma
    ("才能使港务机构更好地行使监督职能", None),  # a result
    ("能否履行会员的义务", None),
    ("国家颁布港口建设的技术标准", Kind.MEASURE),  # what the state issues
    ("国家为船员培训提供条件", Kind.MEASURE),
    ("国家颁布了港口法", None),  # the past
    ("船员有获得劳动保护的权利", Kind.MEASURE),  # a right granted
    ("渔民依法享有使用海域的权利", Kind.MEASURE),
    ("港务机关以电子单证为报关凭证", Kind.MEASURE),  # the means a body uses
    ("港务机关以服务群众为基础", None),  # a basis, no provision
    ("码头及其他港务机构以电子单证为报关凭证", Kind.MEASURE),  # 其他 inside the subject
])
def test_a_provision_is_a_measure(clause, kind):
    reading = read_clause(clause)
    assert (reading.kind if reading else None) is kind
    if reading:
        assert reading.label == clause


def test_a_regulations_duty_after_its_holder_and_a_comma_is_a_measure():
    text = ("港口管理条例\n第一条　为了规范港口管理，制定本条例。\n"
            "第二条　交通运输部根据本条例的规定，行使全国港口管理职权。\n")
    assert "行使全国港口管理职权" in measures(text)


@pytest.mark.parametrize(("title", "goal"), [
    ("海洋经济是沿海发展的新引擎", "海洋经济"),  # a judgment of X: the article argues for X
    ("坚持扩大开放是港口繁荣之道", "坚持扩大开放"),
])
def test_a_judgment_headline_of_commentary_names_its_goal_by_its_subject(title, goal):
    assert article_goal(Article("1", "a.txt", title=title, genre=Genre.COMMENTARY)) == goal


def test_a_judgment_title_of_an_official_document_is_kept_whole():
    assert article_goal(Article("1", "a.txt", title="海洋经济是沿海发展的新引擎")) == "海洋经济是沿海发展的新引擎"


def test_quoted_demands_side_by_side_are_one_measure_each():
    text = "港口开新局\n本报评论员\n会议对港口工作提出明确要求：“必须加快建设深水泊位”“必须深化口岸通关改革”。\n"
    found = measures(text, name="评论.txt")
    assert "加快建设深水泊位" in found and "深化口岸通关改革" in found
    assert not any("”" in m for m in found)


COMMENTARY = "港口开新局\n本报评论员\n{body}\n"


@pytest.mark.parametrize(("body", "expected", "absent"), [
    ("会议期间，代表们热议港口发展。总书记参加审议时多次提到港口，在江苏团强调把重点放在港口转型升级上。", "把重点放在港口转型升级上", "在江苏团强调把重点放在港口转型升级上"),
    ("会议期间，总书记多次提到港口，在座谈会上要求扎扎实实把港口建设好。", "把港口建设好", "在座谈会上要求扎扎实实把港口建设好"),
])
def test_a_speech_frame_is_no_part_of_what_was_asked_for(body, expected, absent):
    found = measures(COMMENTARY.format(body=body), name="评论.txt")
    assert expected in found and absent not in found


@pytest.mark.parametrize(("clause", "kept"), [
    ("任何时候都必须始终坚持", False),  # a bare verb that wants an object
    ("要切实抓好", False),
    ("任何时候都必须坚持扩大开放", True),
    ("各级干部必须深入基层", True),  # the object after an adverb-like verb
    ("对违规行为必须认真处理", True),  # the object before the modal
])
def test_an_appeal_with_nothing_to_act_on_is_no_measure(clause, kept):
    assert (read_clause(clause) is not None) is kept


def test_the_cause_a_sentence_names_is_no_call():
    body = "港口为什么兴旺？一个根本原因就是：港口始终坚持扩大开放，依靠群众建设码头。要继续深化改革。"
    assert measures(COMMENTARY.format(body=body), name="评论.txt") == ["继续深化改革"]


def test_the_states_duty_goes_on_after_a_comma():
    text = "港口法\n第一条　为了规范港口管理，制定本法。\n第二条　国家颁布港口建设的技术标准，管理港口岸线的使用，支持港口科技研究。\n"
    found = measures(text)
    assert "管理港口岸线的使用" in found and "国家颁布港口建设的技术标准" in found


@pytest.mark.parametrize(("body", "expected"), [
    ("党的十九大在此基础上，明确提出推动港口建设，促进航运繁荣。", []),  # what a congress decided: history
    ("党的十一届三中全会重新确立港口开放方针。", []),
    ("党的十九大以后，要加快港口建设。", ["加快港口建设"]),  # a call
])
def test_what_a_congress_decided_is_told_in_commentary(body, expected):
    assert [m for m in measures(COMMENTARY.format(body=body), name="评论.txt") if "港口" in m] == expected


@pytest.mark.parametrize(("body", "goal"), [
    ("建设海洋强市，根本在于科技创新。", "建设海洋强市"),  # the crux a noun names: what turns on it is an end
    ("推动港口转型，关键在于深化体制改革。", "推动港口转型"),  # the crux an action names (as before)
])
def test_what_turns_on_a_crux_is_a_goal(body, goal):
    text = COMMENTARY.format(body=body)
    facts = extract_statements(layout(Source("评论.txt", text)).articles[0])
    assert goal in [s.label for s in facts.statements if s.kind is Kind.GOAL]


@pytest.mark.parametrize("lead", ["只有", "唯有", "惟有"])
def test_only_if_names_what_serves(lead):
    assert "坚定不移扩大港口开放" in measures(COMMENTARY.format(body=f"{lead}坚定不移扩大港口开放，才能赢得发展主动。"), name="评论.txt")
