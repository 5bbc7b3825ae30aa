"""Shapes of commentary, decrees and reviews on short hand-written texts: one case per shape.

Editorials and theory pages argue (只有X才能Y, X对Y具有重要意义), survey the past (回顾…, 四十年来…,
从X到Y再到Z) and judge (…是不可能的); decrees carry an order's header and implementing rules name the law
they implement. None of the texts is taken from a document the scores are measured on.
"""

import pytest

from kg.extract.statements import article_goal, extract_statements, read_clause
from kg.extract.statements.collect import Collector
from kg.extract.statements.topics import bare_topic
from kg.model import Article, Genre, Kind, Level, Source, Span
from kg.text.layout import layout

from .conftest import article_of


def facts_of(body: str, title: str | None = "测试文章"):
    return extract_statements(article_of(body, title))


def page_facts(text: str, name: str = "评论.txt"):
    return extract_statements(layout(Source(name, text)).articles[0])


def statements(facts, kind=None):
    return [s.label for s in facts.statements if kind is None or s.kind is kind]


def links(facts):
    by_key = {s.key: s.label for s in facts.statements}
    return {(by_key[x.source], by_key[x.target]) for x in facts.supports}


def test_only_if_x_then_y_x_serves_y():
    facts = facts_of("只有持续深化港航改革，不断完善集疏运体系，才能增强港口的综合竞争力。", title=None)
    assert statements(facts, Kind.GOAL) == ["增强港口的综合竞争力"]
    assert {("持续深化港航改革", "增强港口的综合竞争力"), ("不断完善集疏运体系", "增强港口的综合竞争力")} <= links(facts)


@pytest.mark.parametrize(("text", "goals", "measures"), [
    ("办好职业教育，对于促进青年就业，提高劳动者素质，具有十分重要的意义。",
     ["促进青年就业", "提高劳动者素质"], ["办好职业教育"]),
    ("会议对港口工作提出了明确要求，对于我们做好港航服务，具有重大意义。", ["做好港航服务"], []),  # the X is past
])
def test_what_a_thing_matters_for_is_a_goal(text, goals, measures):
    facts = facts_of(text, title=None)
    assert statements(facts, Kind.GOAL) == goals
    assert statements(facts, Kind.MEASURE) == measures


@pytest.mark.parametrize("text", [
    "必须深刻认识到，保护海洋生态是重大责任，发展海洋经济是根本任务。",  # what the reader is asked to recognise
    "四十年来，港口不断扩大开放，吞吐量持续增长。",  # a survey of the past
    "回顾五年的工作，港口建设不断加快。",
    "港口货物吞吐量连续多年保持全省第一，集装箱航线不断加密。",
    "让所有港口退回到各自为战的状态，是不可能的。",  # judged impossible
    "使命在肩，奋斗向前。",  # 使命 is a noun, not the causative 使
    "二十年前，渔港设施十分简陋。",
])
def test_reviews_judgments_and_recognitions_state_nothing(text):
    assert statements(facts_of(text, title=None)) == []


@pytest.mark.parametrize(("text", "measures"), [
    ("各地要充分认识发展海洋渔业的重要意义，加强组织领导。", ["加强组织领导"]),  # an appeal to recognise
    ("必须深刻认识港口转型的紧迫性和艰巨性，加快建设智慧港口。", ["加快建设智慧港口"]),
    ("进一步领会和把握推广渔业改革举措的重大意义。", []),
    ("充分发挥渔港的重要作用。", ["充分发挥渔港的重要作用"]),  # an action on a role, not a recognition
])
def test_an_appeal_to_recognise_a_significance_is_no_measure(text, measures):
    assert statements(facts_of(text, title=None), Kind.MEASURE) == measures


@pytest.mark.parametrize(("text", "measures"), [
    ("加快建设渔港，渔业局为牵头单位。", ["加快建设渔港"]),  # who leads: an arrangement
    ("召集人由分管渔业的副市长担任，办公室主任由渔业局局长兼任。", []),
    ("由渔业局负责渔港建设。", ["由渔业局负责渔港建设"]),  # a duty of a named body
])
def test_who_holds_a_post_is_no_measure(text, measures):
    assert statements(facts_of(text, title=None), Kind.MEASURE) == measures


def test_a_range_from_first_to_last_step_is_no_statement():
    facts = facts_of("从建设第一个深水泊位，到开通远洋航线，再到建成自由贸易港区，各级都要总结经验。", title=None)
    assert statements(facts) == ["各级都要总结经验"]


def test_an_ellipsis_ends_a_sentence_before_a_new_one():
    facts = facts_of("一座座泊位拔地而起，一条条航线通达全球……十年来，港口不断扩大开放。要加快建设智慧港口。", title=None)
    assert statements(facts) == ["加快建设智慧港口"]


def test_a_scope_clause_of_problems_is_no_measure():
    facts = facts_of("要围绕影响渔民收入的突出问题，履行好帮扶渔民转产转业的职责。", title=None)
    assert statements(facts) == ["履行好帮扶渔民转产转业的职责"]


@pytest.mark.parametrize(("text", "expected"), [
    # a problem aimed at, though a verb stands inside its words
    ("针对渔港存在的建设分散、管理不便等突出问题，建设统一的渔港管理平台。", ["建设统一的渔港管理平台"]),
    ("依托渔港信息平台，以渔民熟悉的方式提供天气预报服务。", ["以渔民熟悉的方式提供天气预报服务"]),  # a means
    ("采用分级管理模式的，各级渔港要统一管理标准。", ["各级渔港要统一管理标准"]),  # the case a duty is for
    ("各渔港要按照本方案确定的原则和工作进度，抓紧开展整治。", ["抓紧开展整治"]),  # the basis followed
    ("依托渔港建设冷链物流中心，带动水产加工。", ["依托渔港建设冷链物流中心", "带动水产加工"]),  # an action after 依托
    ("要把渔港建设和渔村振兴结合起来，提升渔区活力。", ["把渔港建设和渔村振兴结合起来", "提升渔区活力"]),
])
def test_frames_of_an_action_are_no_measures(text, expected):
    assert statements(facts_of(text, title=None)) == expected


def test_a_deadline_with_its_subject_stays_with_the_action():
    facts = facts_of("各渔港要于2027年6月底前，对整治情况进行总结。", title=None)
    assert statements(facts) == ["各渔港要于2027年6月底前，对整治情况进行总结"]


@pytest.mark.parametrize("clause", ["保护主义持续蔓延", "用着产自外地的小渔船", "新的产业应运而生"])
def test_words_that_look_like_actions_but_describe(clause):
    assert read_clause(clause) is None


def test_short_clauses_after_a_duty_go_on_stating_it():
    facts = facts_of("港口经营人收取费用时，应当按照规定开具票据，按时入账，并专项登记备查。", title=None)
    assert statements(facts, Kind.MEASURE) == ["应当按照规定开具票据", "按时入账", "专项登记备查"]


def test_the_run_of_what_an_effort_brings_about_is_its_goals():
    facts = facts_of("要加强海上执法，努力使渔民安全感更有保障，努力建设更高水平的平安海区。", title=None)
    assert statements(facts, Kind.GOAL) == ["努力使渔民安全感更有保障", "努力建设更高水平的平安海区"]


def test_what_a_helping_action_provides_for_is_a_goal():
    facts = facts_of("建设智慧港口有利于促进贸易往来，为沿海经济发展提供强劲动力。", title=None)
    assert {("建设智慧港口", "促进贸易往来"), ("建设智慧港口", "沿海经济发展")} <= links(facts)


@pytest.mark.parametrize(("title", "goal"), [
    ("中华人民共和国渔业法实施条例", "中华人民共和国渔业法实施条例"),  # the law it implements names its aim
    ("某省港口条例实施细则", "某省港口条例实施细则"),
    ("港口条例", None),
])
def test_implementing_rules_aim_at_the_law_they_implement(title, goal):
    assert article_goal(Article("1", "a", title=title)) == goal


@pytest.mark.parametrize(("title", "goal"), [
    ("国务院关于印发渔船登记暂行办法的通知", "渔船登记"),  # provisional rules (暂行, 试行) name what they rule
    ("国务院关于印发渔港管理试行规定的通知", "渔港管理"),
])
def test_the_goal_of_provisional_rules_is_what_they_rule(title, goal):
    assert article_goal(Article("1", "a", title=title)) == goal


def test_a_figure_a_regulation_sets_is_a_provision_not_a_target():
    text = ("渔船管理办法\n第一条　为了规范渔船管理，制定本办法。\n第二条　渔船船长应当持证上岗。\n"
            "第三条　渔船登记有效期最长不超过5年。\n第四条　渔船年检费用在500元限额内据实收取。\n")
    facts = page_facts(text, "渔船管理办法.txt")
    assert "规范渔船管理" in statements(facts, Kind.GOAL)
    measures = statements(facts, Kind.MEASURE)
    assert "渔船登记有效期最长不超过5年" in measures and "在500元限额内据实收取" in "".join(measures)
    assert not any(c.isdigit() for g in statements(facts, Kind.GOAL) for c in g)


def test_a_figure_a_plan_sets_is_a_target():
    facts = facts_of("到2027年，渔船登记率达到95%。", title=None)
    assert statements(facts, Kind.GOAL) == ["到2027年，渔船登记率达到95%"]


def test_a_commentary_headline_that_states_no_aim_is_no_goal():
    headline = Article("1", "a", title="春风吹绿万里海疆", genre=Genre.COMMENTARY)
    action = Article("1", "a", title="加快建设海洋强省", genre=Genre.COMMENTARY)
    assert article_goal(headline) is None and article_goal(action) == "加快建设海洋强省"


def test_a_judging_subhead_groups_and_names_no_goal():
    facts = facts_of("海洋经济是大势所趋\n\n要加快建设国际航运枢纽。", title="加快建设海洋强省")
    assert "海洋经济是大势所趋" not in statements(facts)
    assert ("加快建设国际航运枢纽", "加快建设海洋强省") in links(facts)


@pytest.mark.parametrize("heading", ["一、充分认识建设海洋强省的重要意义", "二、充分认识港口转型的艰巨性和复杂性"])
def test_a_heading_that_asks_to_recognise_a_significance_names_no_goal(heading):
    facts = facts_of(f"{heading}\n\n要加快建设国际航运枢纽。", title="加快建设海洋强省")
    assert statements(facts) == ["加快建设海洋强省", "加快建设国际航运枢纽"]
    assert ("加快建设国际航运枢纽", "加快建设海洋强省") in links(facts)


def test_bylines_and_datelines_are_neither_title_nor_statement():
    text = ("新华社福州3月2日电 海峡日报3月3日评论员文章\n加快建设海洋强省\n——论学习贯彻全省海洋工作会议精神\n"
            "要加快建设国际航运枢纽。\n")
    art = layout(Source("评论.txt", text)).articles[0]
    assert art.title == "加快建设海洋强省"
    signed = layout(Source("评论.txt", "港口的春天\n《海洋》杂志编辑部\n要加快建设国际航运枢纽。\n")).articles[0]
    assert (signed.title, signed.authors) == ("港口的春天", ("《海洋》杂志编辑部",))


def test_a_paragraph_that_restates_its_goal_then_a_duty_is_led_by_the_duty():
    text = ("加快建设海洋强省\n本报评论员\n"
            "加快建设海洋强省，就要提升港口综合能级。要完善集疏运体系，推进港口智慧化改造。\n")
    facts = page_facts(text)
    assert {("完善集疏运体系", "提升港口综合能级"), ("推进港口智慧化改造", "提升港口综合能级"),
            ("提升港口综合能级", "加快建设海洋强省")} <= links(facts)


def test_without_x_no_y_x_serves_y():
    facts = facts_of("因此，没有港口的现代化，就没有海洋经济的现代化。", title=None)
    assert ("港口的现代化", "海洋经济的现代化") in links(facts)


def test_the_manner_before_the_verb_of_a_means_belongs_to_its_end():
    facts = facts_of("以数字化改造全面推进港口转型升级。", title=None)
    assert ("数字化改造", "全面推进港口转型升级") in links(facts)


@pytest.mark.parametrize("clause", ["没有保持渔业资源的持续增长", "并没有打破资源约束"])
def test_what_was_not_done_is_no_statement(clause):
    assert read_clause(clause) is None


def test_a_source_and_time_line_is_no_part_of_the_title():
    text = "加快建设海洋强省\n发布时间:2024-05-05来源: 海峡网-《海峡日报》\n要加快建设国际航运枢纽。\n"
    assert layout(Source("评论.txt", text)).articles[0].title == "加快建设海洋强省"


@pytest.mark.parametrize(("text", "label"), [
    ("确定北京、上海等5个省（区、市）开展渔港试点。", "确定北京、上海等5个省（区、市）开展渔港试点"),
    ("认真执行《渔业法》。", "认真执行《渔业法》"),
    ("继续实施“海洋牧场”。", "继续实施“海洋牧场”"),
])
def test_a_bracket_or_quote_closed_at_the_end_of_a_label_stays(text, label):
    assert label in statements(facts_of(text, title=None))


@pytest.mark.parametrize(("text", "expected"), [
    ("创新是第一动力。", []),  # a copula judgment
    ("海洋经济是沿海地区的重要支柱。", []),
    ("稳定渔民收入是今年的首要任务。", ["稳定渔民收入"]),  # names its subject a task: the subject is the measure
    ("重点仍是加大对渔港建设的支持力度。", ["重点仍是加大对渔港建设的支持力度"]),
    ("要坚持港口是公共基础设施的定位。", ["坚持港口是公共基础设施的定位"]),
    ("支持渔业特别是远洋渔业发展。", ["支持渔业特别是远洋渔业发展"]),  # 特别是 joins, it judges nothing
])
def test_a_judgment_that_something_is_something_states_nothing(text, expected):
    assert statements(facts_of(text, title=None)) == expected


def test_what_a_thing_matters_for_in_the_same_clause_is_a_goal():
    facts = facts_of("建设智慧港口，对于我们推动海洋经济高质量发展具有重大指导作用。", title=None)
    assert statements(facts, Kind.GOAL) == ["推动海洋经济高质量发展"]


def test_a_sentence_that_opens_with_what_was_built_so_far_reports():
    assert statements(facts_of("累计建成渔港52个，培育形成10个渔业产业集群。", title=None)) == []


@pytest.mark.parametrize("title", ["加快建设海洋强省——论学习贯彻全会精神", "加快建设海洋强省（评论员观察）"])
def test_a_headlines_subtitle_or_column_is_no_part_of_its_goal(title):
    assert article_goal(Article("1", "a", title=title, genre=Genre.COMMENTARY)) == "加快建设海洋强省"


@pytest.mark.parametrize("heading", ["建设智慧港口的过程也是港口转型升级的过程", "智慧港口已经在实践中形成"])
def test_a_heading_that_judges_or_reports_is_no_goal(heading):
    facts = page_facts(f"港口之变（评论员观察）\n{heading}\n要加快建设智慧港口。\n")
    assert statements(facts) == ["加快建设智慧港口"]


def test_sayings_quoted_in_a_row_are_read_one_by_one():
    facts = facts_of("会议强调，“必须守住安全底线”“港口是开放的窗口，必须加快建设智慧港口，推动港口转型升级”。", title=None)
    found = statements(facts)
    assert "守住安全底线" in found and "加快建设智慧港口" in found
    assert not any("”“" in s for s in found)


@pytest.mark.parametrize(("body", "calls"), [
    ("福建实施智慧港口行动，开辟远洋航线。", False),  # a province's act, cited
    ("各地普遍把港口建设放在突出位置。", False),  # the localities' act
    ("“十四五”时期，我们深入推进港口转型，持续提升航运效率。", False),  # a past plan period reviewed
    ("在省委坚强领导下，港口体系不断健全，开辟远洋航线。", False),  # done under a leadership: told
    ("在省委坚强领导下，要加快建设智慧港口，开辟远洋航线。", True),
    ("各地要加快建设智慧港口，开辟远洋航线。", True),  # a call: the modal keeps it
    ("要加快建设智慧港口，开辟远洋航线。", True),
])
def test_a_commentary_reports_what_places_did_and_calls_for_what_to_do(body, calls):
    facts = page_facts(f"港口之变（评论员观察）\n{body}\n")
    assert ("开辟远洋航线" in statements(facts, Kind.MEASURE)) is calls


@pytest.mark.parametrize("column", ["评论员观察", "人民观点", "大家谈", "来论", "治理者说"])
def test_a_headline_with_a_newspaper_column_is_read_as_commentary(column):
    facts = page_facts(f"港口之变（{column}）\n福建实施智慧港口行动，开辟远洋航线。\n")
    assert "开辟远洋航线" not in statements(facts, Kind.MEASURE)


def test_an_official_text_keeps_an_actors_act_as_a_measure():
    assert "开辟远洋航线" in statements(facts_of("福建实施智慧港口行动，开辟远洋航线。", title=None), Kind.MEASURE)


@pytest.mark.parametrize(("title", "goal"), [
    ("为海洋经济提供强劲动力", "海洋经济"), ("朝着海洋强省加速迈进", "海洋强省"), ("春风吹绿万里海疆", None),
])
def test_a_commentary_headline_that_points_at_its_aim_names_it(title, goal):
    assert article_goal(Article("1", "a", title=title, genre=Genre.COMMENTARY)) == goal


def test_the_di_of_a_place_word_is_no_particle():
    assert read_clause("各地要加快建设智慧港口") is not None


def test_a_column_before_a_headline_marks_a_commentary_and_is_no_part_of_its_goal():
    facts = page_facts("【海洋时评】向海图强，让海洋经济更有活力\n福建实施智慧港口行动，开辟远洋航线。\n")
    assert statements(facts) == ["向海图强，让海洋经济更有活力"]


@pytest.mark.parametrize(("text", "measures"), [
    ("对于建设质量不达标的农村公路，必须加强治理。", ["加强治理"]),
    ("对擅自提高收费标准的学校，要坚决查处。", ["坚决查处"]),
    ("对未完成整改任务的企业，要依法责令整改。", ["依法责令整改"]),
])
def test_an_occasion_before_a_duty_is_no_goal(text, measures):
    facts = facts_of(text, title=None)
    assert statements(facts, Kind.GOAL) == []
    assert statements(facts, Kind.MEASURE) == measures


def test_an_action_on_its_object_before_a_modal_stays_a_statement():
    facts = facts_of("对老旧管网进行改造，要统筹资金安排。", title=None)
    assert "对老旧管网进行改造" in statements(facts)


@pytest.mark.parametrize("clause", [
    "增强“四个意识”、坚定“四个自信”、做到“两个维护”",
    "坚定拥护“两个确立”",
    "统筹推进“五位一体”总体布局和协调推进“四个全面”战略布局",
    "各部门要树牢“四个意识”",
])
def test_a_stance_toward_a_numbered_slogan_is_no_statement(clause):
    assert read_clause(clause) is None


@pytest.mark.parametrize("clause", ["加快建设“五个中心”", "深入实施“七个专项行动”", "统筹推进“三个集中”"])
def test_a_program_named_by_a_numbered_slogan_is_a_measure(clause):
    assert read_clause(clause).kind is Kind.MEASURE


@pytest.mark.parametrize("clause", ["重点做好7个方面工作", "具体要抓好6个方面的工作", "重点把握好4个方面"])
def test_points_counted_in_digits_announce_what_follows(clause):
    assert read_clause(clause) is None


@pytest.mark.parametrize(("clause", "measure"), [
    ("围绕便民利企", False),
    ("立足当前", False),
    ("依托乡镇卫生院", False),
    ("围绕农机、种业、农资三大领域", False),
    ("依托乡镇卫生院建设康复中心", True),
    ("聚焦农机装备短板", True),
])
def test_a_scope_alone_is_no_measure(clause, measure):
    reading = read_clause(clause)
    assert (reading is not None and reading.kind is Kind.MEASURE) is measure


@pytest.mark.parametrize(("clause", "label"), [
    ("加强河道治理是一项紧迫的任务", "加强河道治理"),
    ("整治农村人居环境是今年的重点工作", "整治农村人居环境"),
    ("保障群众饮水安全始终是头等大事", "保障群众饮水安全"),
])
def test_an_action_named_a_task_is_labelled_by_the_action(clause, label):
    reading = read_clause(clause)
    assert reading.kind is Kind.MEASURE and reading.label == label


@pytest.mark.parametrize(("text", "label"), [
    ("到2030年，建成以县级医院为龙头，乡村一体、上下联动的医疗服务体系。",
     "到2030年，建成以县级医院为龙头，乡村一体、上下联动的医疗服务体系"),
    ("构建以龙头企业为主体，以合作社为纽带，农户广泛参与的产业联合体。",
     "构建以龙头企业为主体，以合作社为纽带，农户广泛参与的产业联合体"),
])
def test_roles_before_a_comma_modify_the_object_named_after_it(text, label):
    assert label in statements(facts_of(text, title=None))


def test_a_role_then_an_action_stays_two_statements():
    facts = facts_of("坚持以农民为主体，完善农村集体产权制度。", title=None)
    assert "完善农村集体产权制度" in statements(facts)


@pytest.mark.parametrize("text", [
    "乡村旅游是农村产业的重要组成部分，表现为经营者为满足游客休闲需要，向市场提供各类乡村体验产品而开展的经济活动。",
    "当前的不足主要表现为基层服务能力不强、资金投入不足。",
])
def test_a_sentence_that_says_how_something_shows_itself_states_nothing(text):
    assert statements(facts_of(text, title=None)) == []


@pytest.mark.parametrize(("text", "absent", "present"), [
    ("严格用地管理，对不符合规划的建设项目，一律不得批准用地。", "对不符合规划的建设项目", "一律不得批准用地"),
    ("健全救助制度，对符合低保条件的家庭，要及时给予临时救助。", "对符合低保条件的家庭", "及时给予临时救助"),
])
def test_an_occasion_inside_a_sentence_is_no_measure(text, absent, present):
    labels = statements(facts_of(text, title=None))
    assert absent not in labels and present in labels


def test_an_action_on_a_named_object_inside_a_sentence_stays():
    facts = facts_of("完善行业管理，对重点企业的技术改造加强指导，提升产品质量。", title=None)
    assert "对重点企业的技术改造加强指导" in statements(facts)


@pytest.mark.parametrize("clause", ["这是今后必须长期坚持的原则", "这就是我们应走的道路", "这也要作为一项长期政策加以研究"])
def test_a_judgment_of_what_was_said_before_is_no_statement(clause):
    assert read_clause(clause) is None


@pytest.mark.parametrize(("clause", "label"), [
    ("这就要加快完善乡村治理体系", "加快完善乡村治理体系"),
    ("这要采取更加有效的节水措施", "采取更加有效的节水措施"),
])
def test_what_this_requires_is_the_action(clause, label):
    assert read_clause(clause).label == label


@pytest.mark.parametrize(("clause", "frame"), [
    ("深化落实总书记考察本省重要讲话精神", True),
    ("各级政府要坚定不移贯彻落实党中央决策部署", True),
    ("持续深入学习贯彻全会精神", True),
    ("严格落实中央八项规定精神", False),
    ("落实粮食安全党政同责", False),
])
def test_carrying_out_a_line_is_a_guidance_frame(clause, frame):
    assert (read_clause(clause) is None) is frame


def test_a_heading_that_only_names_a_topic_is_a_container():
    text = "关于建立联席会议制度的通知\n\n一、主要职能\n\n统筹协调全省职业教育工作，研究解决重大问题。\n\n二、完善培训体系\n\n健全工作机制。"
    facts = page_facts(text, "通知.txt")
    labels = statements(facts)
    assert "主要职能" not in labels
    assert "统筹协调全省职业教育工作" in labels and "完善培训体系" in labels


@pytest.mark.parametrize(("core", "topic"), [
    ("成员单位", True), ("对外政策", True), ("号牌规格尺寸", True),
    ("深化医药卫生体制改革", False), ("为完成五年计划而奋斗", False), ("粮食产量达到1.3万亿斤", False),
    ("对小微企业减半征收所得税", False),
])
def test_bare_topics(core, topic):
    assert bare_topic(core) is topic


@pytest.mark.parametrize("text", [
    "在今年内可以建设完工的，有十个水利工程。",
    "把这种做法强加给基层是不能接受的。",
])
def test_a_phrase_left_on_de_is_no_statement(text):
    assert not any(s.endswith("的") for s in statements(facts_of(text, title=None)))


def test_a_goal_that_ends_on_its_purpose_noun_stays():
    facts = facts_of("要加强技术培训，达到提高农民生产技能的目的。", title=None)
    assert any(s.endswith("目的") for s in statements(facts))


@pytest.mark.parametrize("clause", ["由于部分地区降水偏少", "因为适当发展轻工业能够积累资金", "鉴于试点地区情况差异较大"])
def test_a_cause_is_no_statement(clause):
    assert read_clause(clause) is None


@pytest.mark.parametrize(("clause", "setting"), [
    ("在乡村振兴的伟大实践中", True), ("在新增建设用地计划中", True), ("在全面建设现代化的关键时期", True),
    ("在县城布局一批职业学校", False), ("在重点园区推动产业集中", False),
])
def test_a_whole_clause_of_setting_is_no_statement(clause, setting):
    assert (read_clause(clause) is None) is setting


def test_the_act_of_reporting_to_the_congress_is_no_statement():
    facts = facts_of("现在，我代表市人民政府，向大会报告工作，请予审议。", title=None)
    assert statements(facts) == []


@pytest.mark.parametrize(("text", "measure"), [
    ("一要完善农村公路养护机制。", "完善农村公路养护机制"),
    ("三要加强基层医疗队伍建设。", "加强基层医疗队伍建设"),
])
def test_a_points_number_and_modal_are_not_part_of_the_label(text, measure):
    assert statements(facts_of(text, title=None)) == [measure]


@pytest.mark.parametrize(("label", "year", "kept"), [
    ("2024年全市地区生产总值增长5.2%", 2025, False),
    ("一九八三年，全国工业总产值增长10%", 1984, False),
    ("2025年粮食产量稳定在300亿斤以上", 2025, True),
    ("2030年基本建成现代化产业体系", 2025, True),
])
def test_a_year_before_the_documents_reports_a_result_not_a_goal(label, year, kept):
    out = Collector(Article("1", "报告.txt", year=year))
    assert (out.add(Kind.GOAL, label, Span(0, len(label), label), Level.THESIS) is not None) is kept


@pytest.mark.parametrize(("clause", "basis"), [
    ("根据经济形势发展变化", True), ("按照国际通行的做法", True), ("根据各地的实际情况", True),
    ("根据形势变化动态调整政策", False), ("按照有关要求及时报送监测情况", False),
])
def test_a_basis_alone_is_no_measure(clause, basis):
    reading = read_clause(clause)
    assert (reading is None or reading.kind is not Kind.MEASURE) is basis


def test_an_occasion_whose_description_holds_a_verb_is_still_an_occasion():
    facts = facts_of("对政策出台实施过程中出现的误读和质疑，要及时澄清说明。", title=None)
    assert statements(facts, Kind.GOAL) == []


@pytest.mark.parametrize(("text", "measures"), [
    ("以队伍建设为根本，不断完善办事功能。", ["不断完善办事功能"]),
    ("要以村民自治为基础，健全乡村治理体系。", ["健全乡村治理体系"]),
    ("必须以社会稳定为前提，稳步推进价格改革。", ["稳步推进价格改革"]),
    ("以港口建设为重点，完善集疏运体系。", ["以港口建设为重点", "完善集疏运体系"]),
    ("夯实农业基础，加快发展乡村产业。", ["夯实农业基础", "加快发展乡村产业"]),
    ("各地区、各部门要以新发展理念为指导，加快建设现代化港口。", ["加快建设现代化港口"]),
    ("科技工作者要继续坚持以科学精神为根本遵循，推进基础研究。", ["推进基础研究"]),
])
def test_a_named_basis_is_no_measure_but_an_orientation_is(text, measures):
    assert statements(facts_of(text, title=None), Kind.MEASURE) == measures


@pytest.mark.parametrize(("text", "measures"), [
    ("探索没有止境，改革也没有止境。", []),
    ("离开安全生产，扩大产能都无从谈起。", []),
    ("一切守法经营的个体户，都应该得到保护。", []),
    ("要持续推进制度创新，加强产权保护。", ["持续推进制度创新", "加强产权保护"]),
])
def test_a_judgment_of_its_own_is_no_measure(text, measures):
    assert statements(facts_of(text, title=None), Kind.MEASURE) == measures
