"""Shapes of letters (批复, 通知), decrees with their regulations, and newspaper commentary on short hand-written
texts: one case per shape. None of the texts is taken from a document the scores are measured on.
"""

import pytest

from kg.extract.statements import article_goal, extract_statements, read_clause
from kg.extract.statements.collect import Collector
from kg.model import Article, Kind, Level, Source, Span
from kg.text.layout import layout


def page_facts(text: str, name: str = "文件.txt"):
    return extract_statements(layout(Source(name, text)).articles[0])


def statements(facts, kind=None):
    return [s.label for s in facts.statements if kind is None or s.kind is kind]


LETTER = ("国务院关于同意设立海洋经济示范区的批复\n国函〔2030〕12号\n{addressee}\n"
          "你们关于设立海洋经济示范区的请示收悉。现批复如下：\n一、同意设立海洋经济示范区。要加快完善港口设施。\n国务院\n2030年3月1日\n")


@pytest.mark.parametrize("addressee", ["教育部：", "发展改革委、农业农村部：", "各省、自治区、直辖市人民政府，国务院各部委、各直属机构："])
def test_a_letters_addressee_line_is_no_statement(addressee):
    facts = page_facts(LETTER.format(addressee=addressee))
    assert not any(s.label in addressee for s in facts.statements)
    assert "加快完善港口设施" in statements(facts, Kind.MEASURE)


@pytest.mark.parametrize(("clause", "scope"), [
    ("在技术推广、产品加工、仓储运输等方面", True),
    ("在港口建设、航运服务等领域", True),
    ("在渔业资源的保护问题上", True),
    ("在餐饮、住宿等服务性行业", True),
    ("在重点园区推广节水技术", False),
    ("在渔业资源保护方面加大投入", False),
])
def test_the_area_a_sentence_speaks_of_is_no_measure(clause, scope):
    assert (read_clause(clause) is None) is scope


@pytest.mark.parametrize(("title", "goal"), [
    ("国务院关于海滨新区总体规划（2030—2045年）的批复", "海滨新区总体规划"),
    ("港口建设开新局——论加快建设海洋强市", "港口建设开新局"),
])
def test_a_dash_inside_brackets_joins_years_and_cuts_no_subtitle(title, goal):
    assert article_goal(Article("1", "a.txt", title=title)) == goal


@pytest.mark.parametrize(("label", "year", "kept"), [
    ("到一九六三年底，全省共有渔港三十个", 1964, False),
    ("截至2029年，全市建成泊位120个", 2030, False),
    ("到2035年，港口吞吐量达到5亿吨", 2030, True),
])
def test_a_figure_reached_by_a_past_year_is_a_result(label, year, kept):
    out = Collector(Article("1", "报告.txt", year=year))
    assert (out.add(Kind.GOAL, label, Span(0, len(label), label), Level.THESIS) is not None) is kept


@pytest.mark.parametrize(("clause", "kind"), [
    ("我省发展的内部条件正在发生深刻变化", None),  # the verb names a thing through 的
    ("高质量发展的产业根基更加坚实", None),
    ("加快改革的步伐", Kind.MEASURE),  # 加快 is the verb
    ("发展海洋经济", Kind.MEASURE),
])
def test_a_verb_that_modifies_a_noun_is_no_action(clause, kind):
    reading = read_clause(clause)
    assert (reading.kind if reading else None) is kind


@pytest.mark.parametrize(("text", "measures"), [
    ("港口的区位条件决定了这一点，必须坚持扩大开放，加快建设国际枢纽港。", ["坚持扩大开放", "加快建设国际枢纽港"]),
    ("我们完成了港口改造，建成了三个泊位。", []),  # a report throughout
    ("实践证明了这一点，要把成功经验推广了。", []),  # a perfective mark after the modal: still a report
])
def test_a_call_after_what_was_found_is_read(text, measures):
    facts = extract_statements(layout(Source("a.txt", f"测试文章\n\n张三 李四\n\n{text}")).articles[0])
    assert statements(facts, Kind.MEASURE) == measures


@pytest.mark.parametrize("clause", ["发展海洋经济的意义不言而喻", "港口建设成就举世瞩目", "势头令人振奋"])
def test_a_judgment_that_something_is_plain_or_admirable_is_no_statement(clause):
    assert read_clause(clause) is None


COMMENTARY = "港口开新局\n本报评论员\n{body}\n"


@pytest.mark.parametrize(("body", "goals", "measures"), [
    ("港口结构进一步调整优化，吞吐效率稳步提升，势头令人振奋。", [], []),  # how things stand, cited as evidence
    ("要推动港口结构调整优化，吞吐效率稳步提升。", ["吞吐效率稳步提升"], ["推动港口结构调整优化"]),
    ("到2035年，港口吞吐效率稳步提升。", ["到2035年，港口吞吐效率稳步提升"], []),  # a target: ahead
])
def test_a_commentary_reports_how_things_stand(body, goals, measures):
    facts = page_facts(COMMENTARY.format(body=body), name="评论.txt")
    assert [g for g in statements(facts, Kind.GOAL) if g != "港口开新局"] == goals
    assert statements(facts, Kind.MEASURE) == measures


@pytest.mark.parametrize(("title", "goal"), [
    ("以推动海洋经济高质量发展为主题", "推动海洋经济高质量发展"),
    ("坚持以深化港口改革为主线", "深化港口改革"),
])
def test_a_headline_naming_its_theme_states_its_aim(title, goal):
    assert article_goal(Article("1", "a.txt", title=title)) == goal


@pytest.mark.parametrize(("clause", "kind"), [
    ("国家鼓励渔港设施建设", Kind.MEASURE),  # the state as the subject of a provision
    ("国家依法保护渔民的合法权益", Kind.MEASURE),
    ("国家发展改革委、农业农村部", None),  # an agency named after the state
    ("国家统一安排的渔港建设资金", None),  # what it arranged, named through 的
    ("国家治理体系建设深入推进", None),  # a noun of 国家 and its outcome
])
def test_the_state_as_the_subject_of_a_provision(clause, kind):
    reading = read_clause(clause)
    assert (reading.kind if reading else None) is kind


@pytest.mark.parametrize(("clause", "kind"), [
    ("省渔业主管部门协助省人民政府做好渔港管理工作", Kind.MEASURE),
    ("县级以上地方人民政府统一领导本行政区域内的渔港管理工作", Kind.MEASURE),
    ("负责渔港日常管理和安全监督", Kind.MEASURE),  # the duty of the body named in the clause before
    ("负责部门", None),  # a table's header
    ("负责审批渔港建设项目的有关部门", None),  # the body, described by its duty
    ("部门领导仍然落后于群众", None),  # 领导 a noun
])
def test_a_bodys_duty_without_a_modal(clause, kind):
    reading = read_clause(clause)
    assert (reading.kind if reading else None) is kind


def test_the_purposes_a_statute_enacts_itself_for_are_its_goals():
    text = ("渔港法\n第一条　为了加强渔港管理，保障渔业生产安全，根据宪法，制定本法。\n"
            "第二条　国家鼓励渔港设施建设。\n第三条　渔港经营者应当遵守安全规定。\n")
    facts = page_facts(text, name="渔港法.txt")
    assert statements(facts, Kind.GOAL) == ["加强渔港管理", "保障渔业生产安全"]
    assert "制定本法" not in statements(facts)
    assert "国家鼓励渔港设施建设" in statements(facts, Kind.MEASURE)


@pytest.mark.parametrize(("clause", "kind"), [
    ("发展面临的形势依然复杂严峻", None),  # the verb is the subject's noun, what it faces described
    ("港口建设仍面临不少困难和挑战", None),
    ("深刻把握我省发展面临的新课题", Kind.MEASURE),  # 把握 acts on what development faces
])
def test_what_a_subject_faces_is_no_action(clause, kind):
    reading = read_clause(clause)
    assert (reading.kind if reading else None) is kind


def test_a_modal_right_after_dui_describes_what_is_acted_on():
    text = "渔港条例\n第九条　对应当补缴费用的渔船，应当按照规定计算补缴金额。\n第十条　渔港经营者应当遵守安全规定。\n第十一条　渔港经营者应当定期检查设施。\n"
    facts = page_facts(text, name="渔港条例.txt")
    assert "对应当补缴费用的渔船" not in statements(facts)
    assert "应当按照规定计算补缴金额" in statements(facts, Kind.MEASURE)


@pytest.mark.parametrize(("text", "goals", "measures"), [
    ("推动港口高质量发展，关键在于深化港航体制改革。", ["推动港口高质量发展"], ["深化港航体制改革"]),
    ("增强港口活力，根本出路在于扩大开放。", ["增强港口活力"], ["扩大开放"]),
    ("港口能否发展，关键在于领导能否同群众相结合。", [], []),  # a question of whether
])
def test_what_an_aim_turns_on_serves_it(text, goals, measures):
    facts = extract_statements(layout(Source("a.txt", f"测试文章\n\n张三 李四\n\n{text}")).articles[0])
    assert [g for g in statements(facts, Kind.GOAL) if g != "测试文章"] == goals
    assert statements(facts, Kind.MEASURE) == measures


@pytest.mark.parametrize(("text", "measures"), [
    ("以更大的决心加快推进港口改革。", ["以更大的决心加快推进港口改革"]),  # a manner, no means
    ("以钉钉子精神推动各项任务落实。", ["以钉钉子精神推动各项任务落实"]),
])
def test_a_manner_is_no_means(text, measures):
    facts = extract_statements(layout(Source("a.txt", f"测试文章\n\n张三 李四\n\n{text}")).articles[0])
    assert statements(facts, Kind.MEASURE) == measures
    assert [g for g in statements(facts, Kind.GOAL) if g != "测试文章"] == []


@pytest.mark.parametrize(("text", "measures"), [
    ("实践证明，开放带来进步，封闭必然落后。", []),  # a lesson: a judgment
    ("历史告诉我们，港口兴则城市兴。", []),
    ("实践证明，这个办法是有效的，必须继续推广港口改革经验。", ["继续推广港口改革经验"]),  # the call after it
])
def test_a_lesson_states_nothing_but_the_call_after_it(text, measures):
    facts = extract_statements(layout(Source("a.txt", f"测试文章\n\n张三 李四\n\n{text}")).articles[0])
    assert statements(facts, Kind.MEASURE) == measures


@pytest.mark.parametrize(("clause", "compared"), [
    ("比2029年增长9%", True),  # how much the figure before grows: a fragment
    ("较上年增加13%", True),
    ("比较快地发展渔港经济", False),
    ("港口吞吐量比2029年增长5%", False),  # a figure with its subject
])
def test_a_comparison_with_a_past_year_is_a_fragment(clause, compared):
    assert (read_clause(clause) is None) is compared


@pytest.mark.parametrize(("text", "measures"), [
    ("为什么要扩大港口开放？因为开放是港口的生命线。", []),  # a rhetorical question and its answer
    ("难道不要推进港口改革吗？", []),
    ("怎样才能建设好港口？要扩大开放。", ["扩大开放"]),
])
def test_a_question_states_nothing(text, measures):
    facts = extract_statements(layout(Source("a.txt", f"测试文章\n\n张三 李四\n\n{text}")).articles[0])
    assert statements(facts, Kind.MEASURE) == measures


def test_a_span_of_years_since_an_event_is_a_review():
    facts = page_facts(COMMENTARY.format(body="港务集团成立三十年来，始终坚持扩大开放，不断完善港口设施。"), name="评论.txt")
    assert statements(facts, Kind.MEASURE) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("坚定不移推动港口高质量发展（评论员观察）", "坚定不移推动港口高质量发展"),
    ("加快建设海洋强市（人民时评）", "加快建设海洋强市"),
    ("加快建设海洋强市（试行）", "加快建设海洋强市（试行）"),  # no column
])
def test_a_headlines_column_is_no_part_of_a_label(text, expected):
    from kg.extract.statements import label
    assert label(text) == expected


@pytest.mark.parametrize(("text", "measures"), [
    ("《海洋规划》以新发展理念为指导，坚持生态优先、绿色发展，突出港口建设。", []),  # how the plan is made
    ("《海洋规划》提出，要加快建设现代化港口群。", ["加快建设现代化港口群"]),  # what it proposes
])
def test_a_sentence_about_how_a_named_document_is_made_is_no_call(text, measures):
    facts = extract_statements(layout(Source("a.txt", f"测试文章\n\n张三 李四\n\n{text}")).articles[0])
    assert statements(facts, Kind.MEASURE) == measures
