"""The statement stage on short hand-written texts: one table per rule, one row per case.

The texts are written for the tests, in the shapes policy writing uses; none is taken from
the documents the development scores are measured on.
"""

import pytest

from kg.extract import cues
from kg.extract.statements import article_goal, extract_statements, read_clause
from kg.model import Article, Kind, Level, Source
from kg.text.layout import layout

from .conftest import article_of


def facts_of(body: str, title: str | None = "测试文章"):
    return extract_statements(article_of(body, title))


def official(text: str):
    return extract_statements(layout(Source("意见.txt", text)).articles[0])


def statements(facts, kind=None):
    return [s.label for s in facts.statements if kind is None or s.kind is kind]


def links(facts):
    by_key = {s.key: s.label for s in facts.statements}
    return {(by_key[x.source], by_key[x.target]) for x in facts.supports}


@pytest.mark.parametrize(("clause", "kind"), [
    ("要进一步加强水文监测预警", Kind.MEASURE),
    ("用人单位招聘人员不得歧视残疾人", Kind.MEASURE),  # a prohibition with its subject
    ("检验检测机构应当按照标准规范出具检验报告", Kind.MEASURE),  # an obligation
    ("严禁以任何名义向农民摊派费用", Kind.MEASURE),
    ("坚持实事求是", Kind.MEASURE),  # 是 closing a set phrase is no copula
    ("由县级以上人民政府农业农村主管部门吊销其经营许可证", Kind.MEASURE),  # a sanction
    ("省人民政府文化和旅游主管部门负责全省的旅游市场监管工作", Kind.MEASURE),  # a duty
    ("取得执业资格证书的中国公民可以申请注册执业", Kind.MEASURE),  # a right of a described subject
    ("把养老服务摆在更加突出的位置", Kind.MEASURE),
    ("在山区县推广节水灌溉技术", Kind.MEASURE),  # a place, then the action
    ("有选择地淘汰落后的小煤矿", Kind.MEASURE),  # a manner phrase
    ("水资源利用效率明显提升", Kind.GOAL),  # an outcome
    ("全市地区生产总值年均增长6%以上", Kind.GOAL),  # a target
    ("城市污水处理率达到95%", Kind.GOAL),
    ("县域医共体覆盖率超过一半", Kind.GOAL),
    ("一批传统制造企业向智能工厂转变", Kind.GOAL),
    ("确保农村饮水安全水平持续提升", Kind.GOAL),  # a verb of attainment
    ("力争到2030年基本建成区域医疗中心", Kind.GOAL),
    ("千方百计夺取秋粮丰收", Kind.GOAL),
    ("文化强省建设取得新进展", Kind.GOAL),
    ("着力推动山区乡村民宿加快发展", Kind.MEASURE),  # making a change happen is an action
    ("支持新能源汽车产业加快发展", Kind.MEASURE),
    ("坚定不移地推进国有企业改革", Kind.MEASURE),  # a manner phrase before the verb
    ("明确整改时限", Kind.MEASURE),  # verbs of assigning and tightening
    ("压实属地责任", Kind.MEASURE),
    ("细化实化配套措施", Kind.MEASURE),
    ("明显降低企业物流成本", Kind.MEASURE),  # a degree adverb before the verb
    ("广泛开展全民健身活动", Kind.MEASURE),
    ("主要农作物基本实现良种全覆盖", Kind.GOAL),  # a subject reaches a state
    ("人均预期寿命达到发达地区水平", Kind.GOAL),
    ("养老服务业迈入规模化发展阶段", Kind.GOAL),
    ("农民收入增长和经济增长基本同步", Kind.GOAL),
    ("覆盖全市的应急救援体系基本建立", Kind.GOAL),
])
def test_a_clause_is_a_measure_or_a_goal(clause, kind):
    reading = read_clause(clause)
    assert reading is not None and reading.kind is kind


@pytest.mark.parametrize("clause", [
    "全市粮食产量达到150亿斤，较上年增长了3%",  # the past
    "养老服务体系作用越来越凸显的同时",
    "监管机制建设不够完善",  # a shortfall
    "在服务质量上仍有提升空间",
    "实现这些目标很不容易",  # a judgment
    "发展海洋经济对我省具有重要意义",
    "以新时代党的创新理论为指导",  # a guidance frame
    "深入贯彻全会精神",
    "现将《养老服务提升方案》印发给你们",  # the act of issuing
    "制定本实施细则",
    "在市场层面",  # a scope
    "无法适应市场需求的产品",  # 适应 is not a modal 应
    "培育区域发展新优势的重要抓手",  # a role noun, not an action
    "这标志着我省粮食产量达到新的水平",  # a judgment of a state reached
    "这种做法是不会达到目的的",
    "这个增长速度比去年实际达到的速度低一些",  # a comparison
    "做好明年工作的总体要求是",  # a lead-in closed by its copula
    "推进改革的主要任务是",
])
def test_not_a_statement(clause):
    assert read_clause(clause) is None


@pytest.mark.parametrize(("text", "measures"), [
    ("一是完善水网体系。内容。\n\n二是加强河湖管护。内容。", ["完善水网体系", "加强河湖管护"]),
    ("首先，完善标准体系。内容。\n\n其次，强化人才培养。内容。", ["完善标准体系", "强化人才培养"]),
    ("（一）完善养老服务网络。加快建设社区食堂。", ["完善养老服务网络", "加快建设社区食堂"]),
    ("1．健全组织实施机制。推动部门协同。", ["健全组织实施机制", "推动部门协同"]),
    ("加快发展智慧农业。针对育种等环节，促进产学研联合攻关。", ["加快发展智慧农业", "促进产学研联合攻关"]),
    ("既要“扩大有效投资”，也要“优化投资结构”。", ["扩大有效投资", "优化投资结构"]),  # quoted actions
    ("通过政府购买服务等方式，支持社会组织参与。", ["通过政府购买服务等方式，支持社会组织参与"]),  # a means, not a goal
])
def test_items_leads_and_clauses_are_measures(text, measures):
    assert statements(facts_of(text), Kind.MEASURE) == measures


@pytest.mark.parametrize(("text", "pair"), [
    ("完善冷链物流体系是推动农业提质增效的关键抓手。", ("完善冷链物流体系", "推动农业提质增效")),  # X是Y的…
    ("海洋经济是推动沿海地区增长的重要引擎。", ("海洋经济", "推动沿海地区增长")),
    ("以数字化改造培育制造业发展新动能。", ("数字化改造", "培育制造业发展新动能")),  # 以X推动Y
    ("通过完善标准为品牌建设提供支撑。", ("完善标准", "品牌建设")),  # 通过X为Y提供…
    ("推广节水技术有助于缓解水资源短缺。", ("推广节水技术", "缓解水资源短缺")),  # X有助于Y
    ("把发展物流作为县域经济增强竞争力的主攻方向。", ("发展物流", "县域经济增强竞争力")),  # 把X作为Y的…
    ("扩大绿色消费是推动产业转型的内在要求和重要着力点。", ("扩大绿色消费", "推动产业转型")),  # two roles of one Y
    ("通过发展特色产业，继续增加农民收入。", ("发展特色产业", "继续增加农民收入")),  # 通过X，Y
    ("大力发展养殖业，保证肉蛋奶稳定供应，是实现市场稳定的基础。", ("保证肉蛋奶稳定供应", "实现市场稳定")),
    ("规范市场秩序，减少流通环节，降低物流费用，抑制价格上涨。", ("减少流通环节", "抑制价格上涨")),  # results end a run
    ("为了保证粮食稳定增产，必须继续加强农田水利建设。", ("继续加强农田水利建设", "保证粮食稳定增产")),
    ("鼓励社会资本投资养老机构，拓宽养老服务筹资渠道。", ("鼓励社会资本投资养老机构", "拓宽养老服务筹资渠道")),
])
def test_purpose_and_means_link_x_to_y(text, pair):
    facts = facts_of(text, title=None)
    assert pair in links(facts)
    assert pair[::-1] not in links(facts)  # X是Y的核心支撑: never Y supports X


def test_the_y_of_a_purpose_is_a_goal_and_the_x_is_not():
    facts = facts_of("规范市场秩序，减少流通环节，降低物流费用，抑制价格上涨。", title=None)
    assert statements(facts, Kind.GOAL) == ["抑制价格上涨"]


def test_section_heading_supports_article_goal_and_measures_support_it():
    text = "水利建设与防灾减灾相互促进\n\n深化水利改革。\n\n一是完善防洪体系。要统筹流域资源，加快形成区域联防联控体系。"
    got = links(facts_of(text, title="推进水利现代化"))
    assert ("水利建设与防灾减灾相互促进", "推进水利现代化") in got
    assert ("完善防洪体系", "水利建设与防灾减灾相互促进") in got
    assert ("加快形成区域联防联控体系", "完善防洪体系") in got


def test_enumerated_paragraphs_serve_the_aim_set_before_them():
    text = ("提升服务质量是推动养老产业发展的关键抓手。\n\n"
            "一是通过加强护理培训补齐人才短板。内容。\n\n二是通过改造设施升级服务方式。内容。")
    got = links(facts_of(text, title=None))
    assert ("通过加强护理培训补齐人才短板", "提升服务质量") in got
    assert ("通过改造设施升级服务方式", "提升服务质量") in got


def test_enumerated_item_inside_a_paragraph_is_the_goal_of_its_sentence():
    text = "促进县域经济全面发展。首先要增加对园区的投入。二是保护和合理利用林地，稳定林木种植面积。要建立林地保护制度。"
    got = links(facts_of(text, title=None))
    assert ("稳定林木种植面积", "保护和合理利用林地") in got
    assert ("建立林地保护制度", "保护和合理利用林地") in got
    assert ("保护和合理利用林地", "促进县域经济全面发展") in got


def test_topic_before_a_modal_is_the_goal_of_the_rest():
    text = "加快绿色低碳转型\n\n构建清洁低碳的现代能源体系，要开辟更多新能源应用场景。\n\n完善电网设施建设。内容。"
    assert ("开辟更多新能源应用场景", "构建清洁低碳的现代能源体系") in links(facts_of(text))


def test_actions_after_a_purpose_lead_serve_it_and_the_closing_aim():
    text = ("以新理念为指导，坚持系统观念，围绕促进山区群众稳定增收，着力拓宽特色农产品销售渠道，"
            "推动产品进入城市大市场，为推进乡村全面振兴作出积极贡献。")
    got = links(facts_of(text, title=None))
    for action in ("着力拓宽特色农产品销售渠道", "推动产品进入城市大市场"):
        assert (action, "促进山区群众稳定增收") in got
        assert any(a == action and "推进乡村全面振兴" in b for a, b in got)


def test_a_system_opening_a_long_sentence_is_what_the_rest_builds():
    text = "加快建设现代水网体系，新增蓄水能力5亿立方米，抓好骨干水源工程建设，积极发展高效节水灌溉。推进智慧水利建设。"
    got = links(facts_of(text, title=None))
    for part in ("新增蓄水能力5亿立方米", "抓好骨干水源工程建设", "积极发展高效节水灌溉"):
        assert (part, "加快建设现代水网体系") in got
    assert ("推进智慧水利建设", "加快建设现代水网体系") not in got  # the next sentence has its own topic


def test_two_roles_side_by_side_name_no_goal_between_them():
    got = statements(facts_of("建设全国统一大市场是畅通循环的迫切要求和我国发展的根本目标。", title=None))
    assert "建设全国统一大市场" in got
    assert not any("迫切要求和" in s for s in got)


def test_clauses_after_an_obligation_continue_it():
    got = statements(facts_of("执业医师应当取得医师资格证，在医疗机构实习满1年，并在一家医疗机构注册执业。",
                              title=None), Kind.MEASURE)
    assert any("实习满1年" in s for s in got) and any("在一家医疗机构注册执业" in s for s in got)
    assert statements(facts_of("企业应当依法纳税，在没有重新作出决定前。", title=None), Kind.MEASURE) == ["企业应当依法纳税"]


@pytest.mark.parametrize(("text", "goals"), [
    ("城市绿化覆盖率达到42%、人均公园绿地面积达到15平方米。", ["城市绿化覆盖率达到42%", "人均公园绿地面积达到15平方米"]),
    ("具有地方特色和优势的现代农业体系加快构建。", ["具有地方特色和优势的现代农业体系加快构建"]),
])
def test_targets_and_outcomes_of_described_subjects(text, goals):
    assert statements(facts_of(text, title=None), Kind.GOAL) == goals


def test_a_run_of_outcomes_serves_what_it_provides_for():
    text = ("经过3年左右时间，养老服务基本完成由机构为主向居家社区为主转变，大幅提升养老服务专业化水平，"
            "为应对人口老龄化提供有力支撑。")
    facts = facts_of(text, title=None)
    assert "大幅提升养老服务专业化水平" in statements(facts, Kind.GOAL)
    got = links(facts)
    assert any(a.endswith("向居家社区为主转变") and "提供有力支撑" in b for a, b in got)


def test_obligations_are_measures_of_their_own_not_leads():
    facts = facts_of("用人单位招聘人员不得歧视残疾人。严禁以任何名义向农民摊派费用。", title=None)
    assert statements(facts, Kind.MEASURE) == ["用人单位招聘人员不得歧视残疾人", "严禁以任何名义向农民摊派费用"]
    assert not links(facts)


def test_responsible_agencies_are_actors_not_measures():
    text = ("（三）完善养老服务网络。加快建设社区食堂。"
            "（民政部、发展改革委、财政部等负责。列第一位者为牵头单位，下同）")
    facts = facts_of(text, title=None)
    assert [(r.agency, r.lead) for r in facts.responsibilities] == [
        ("民政部", True), ("发展改革委", False), ("财政部", False)]
    assert not any("负责" in lab or "民政部" in lab for lab in statements(facts))


@pytest.mark.parametrize(("who", "agencies"), [
    ("民政部、财政部等和各省级人民政府负责", ["民政部", "财政部", "省级人民政府"]),  # 等 closes the list, 和 adds a party
    ("民政部等和各有关省级人民政府负责", ["民政部", "省级人民政府"]),  # 各, 有关 point at the agency, no part of its name
    ("民政部，各省级人民政府按职责分工负责", ["民政部", "省级人民政府"]),  # how they share the work, no name
    ("民政部、各级人民政府负责", ["民政部", "各级人民政府"]),  # 各级 is a word of the name
    ("住房和城乡建设部、工业和信息化部负责", ["住房和城乡建设部", "工业和信息化部"]),  # 和 inside a name stays
])
def test_the_parties_after_a_list_of_agencies_are_agencies_of_their_own(who, agencies):
    facts = facts_of(f"（三）完善养老服务网络。加快建设社区食堂。（{who}）", title=None)
    assert [r.agency for r in facts.responsibilities] == agencies


@pytest.mark.parametrize(("text", "label"), [
    ("要发挥行业协会重要桥梁作用。", "发挥行业协会重要桥梁作用"),  # never cut inside 重要
    ("要健全重要物资的储备体系。", "健全重要物资的储备体系"),
    ("高等院校要主动与具备条件的科研机构在人才培养、技术攻关、成果转化、社会服务、文化传承、国际交流等方面开展合作。",
     "高等院校要主动与具备条件的科研机构在人才培养等方面开展合作"),  # the verb kept, the list shortened
    ("推动沿江高速公路、东部城际铁路、“两湖”流域综合治理工程、南部山区大型水库等“八大工程”纳入国家规划。",
     "推动沿江高速公路等“八大工程”纳入国家规划"),  # a listed name may hold quotes
    ("支持社会组织参与。", "支持社会组织参与"),  # 与 of 参与 stays
])
def test_labels_keep_whole_words_and_their_verb(text, label):
    assert label in statements(facts_of(text, title=None))


def test_quotes_are_whole_sentences_and_labels_concise(seed_page):
    for art in seed_page.articles:
        for st in extract_statements(art).statements:
            assert len(st.label) <= 48
            assert st.label.replace("“", "").replace("”", "")[:4] in st.evidence.quote.replace("“", "").replace("”", "")


@pytest.mark.parametrize(("title", "goal"), [
    ("国务院关于加快推进养老服务业转型升级的指导意见", "加快推进养老服务业转型升级"),
    ("国务院关于印发全民健身计划的通知", "全民健身"),  # the plan's aim, not the act of issuing
    ("推进水利基础设施现代化", "推进水利基础设施现代化"),
    ("政府工作报告", None),
    ("旅行社条例", None),
])
def test_article_goal_from_title(title, goal):
    assert article_goal(Article("1", "a", title=title)) == goal


def test_a_regulation_aims_at_its_first_purpose_and_its_articles_serve_it():
    text = ("旅行社条例\n第一章　总　　则\n"
            "第一条　为了规范旅行社经营行为，保障旅游者的合法权益，促进旅游业健康发展，制定本条例。\n"
            "第二条　旅行社应当按照合同约定提供旅游服务。\n"
            "第三条　旅游行业组织应当制定行业自律规范。旅游行业自律规范不得与法律相抵触。\n"
            "第四条　旅行社从事出境旅游业务应当具备下列条件：\n（一）有固定的经营场所；\n（二）有必要的营业设施。\n")
    facts = official(text)
    assert ("规范旅行社经营行为", "保障旅游者的合法权益") in links(facts)
    assert ("旅行社应当按照合同约定提供旅游服务", "规范旅行社经营行为") in links(facts)
    assert ("旅游行业自律规范不得与法律相抵触", "规范旅行社经营行为") in links(facts)
    labels = statements(facts)
    assert not any("总则" in x or "经营场所" in x or "营业设施" in x or "制定本条例" in x for x in labels)


OFFICIAL = """国务院关于同意建立海洋经济发展部际联席会议制度的批复
国函〔2019〕1号
自然资源部：
同意建立由自然资源部牵头的海洋经济发展部际联席会议制度。
附件：海洋经济发展部际联席会议制度
国务院
2019年1月16日
附件
海洋经济发展部际联席会议制度
一、主要任务
统筹推进海洋经济发展。
二、组成人员
召 集 人：王　明　　国务院副总理
成　员：张　强　　财政部副部长
　　　　李　华　　发展改革委副主任
三、推进海洋牧场建设
要加快建设海洋牧场，完善养殖网络。
四、附件
地区	起降点（个）	坐标
东经	113°56′	22°29′
2027	50	114.02
"""


def test_dates_signatures_rosters_tables_and_attachment_labels_are_not_goals():
    facts = official(OFFICIAL)
    goals = set(statements(facts, Kind.GOAL))
    assert "推进海洋牧场建设" in goals
    for furniture in ("国务院", "2019年1月16日", "主要任务", "组成人员", "附件"):
        assert furniture not in goals
    assert not any("副总理" in g or "副部长" in g or g.startswith("附件") for g in goals)
    assert not any(not any("\u4e00" <= ch <= "\u9fff" for ch in x) or "°" in x or "\t" in x for x in statements(facts))
    assert "加快建设海洋牧场" in statements(facts, Kind.MEASURE)


@pytest.mark.parametrize("heading", ["结束语", "关于外事工作", "2027年重点工作", "“十六五”时期的主要目标任务", "总体要求",
                                     "试点任务", "工作进度", "实施步骤", "整治的原则"])
def test_containers_are_not_goals_and_their_content_is_kept(heading):
    facts = official(f"政府工作报告\n各位代表：\n一、{heading}\n要加快建设现代水网体系。\n")
    assert heading not in "".join(statements(facts, Kind.GOAL))
    assert "加快建设现代水网体系" in statements(facts, Kind.MEASURE)


def test_an_aim_clause_is_a_goal_the_work_serves():
    text = ("国务院关于加快发展养老服务业的指导意见\n国发〔2018〕1号\n各省、自治区、直辖市人民政府：\n"
            "一、总体要求\n（一）指导思想。以新时代党的创新理论为指导，以满足老年人服务需求为目标，"
            "以改革创新为动力，推动养老服务业转型升级。\n")
    facts = official(text)
    by_key = {s.key: s for s in facts.statements}
    aims = [s for s in facts.statements if s.label == "满足老年人服务需求"]
    assert aims and aims[0].kind is Kind.GOAL
    assert any(by_key[link.target].label == "满足老年人服务需求" for link in facts.supports)
    assert not any("为指导" in s.label for s in facts.statements)


def test_a_goal_stated_twice_is_one_node_with_both_sentences():
    facts = facts_of("要推动养老服务高质量发展。\n\n提升护理水平是推动养老服务高质量发展的关键。", title=None)
    goal = next(s for s in facts.statements if s.label == "推动养老服务高质量发展")
    assert (goal.kind is Kind.GOAL and len(goal.mentions) == 0) or goal.mentions
    assert sum(s.label == "推动养老服务高质量发展" for s in facts.statements) == 1


@pytest.mark.parametrize(("body", "pairs"), [
    ("一是加快建设数据中心。二是完善算力网络。",
     {("加快建设数据中心", "发展数字经济"), ("完善算力网络", "发展数字经济")}),  # items of one paragraph are siblings
    ("一是加快建设数据中心。推动集约布局。二是完善算力网络。",
     {("加快建设数据中心", "发展数字经济"), ("推动集约布局", "加快建设数据中心"), ("完善算力网络", "发展数字经济")}),
])
def test_ordinal_items_in_one_paragraph_serve_the_same_parent(body, pairs):
    found = links(facts_of(body, title="发展数字经济"))
    assert pairs <= found
    assert ("完善算力网络", "加快建设数据中心") not in found


def test_paragraphs_continuing_an_enumeration_serve_the_lead_that_opened_it():
    facts = official("政府工作报告\n各位代表：\n一、加强财政管理\n继续实施积极的财政政策。一是保持适度的支出强度。\n"
                     "二是继续实施减税降费政策，促进扩大内需。\n三是优化财政支出结构。\n")
    found = links(facts)
    for item in ("保持适度的支出强度", "继续实施减税降费政策", "优化财政支出结构"):
        assert (item, "继续实施积极的财政政策") in found
        assert (item, "加强财政管理") not in found


@pytest.mark.parametrize(("requirements", "aim"), [
    ("政府工作总体要求是：坚持稳字当头，推动经济持续向好，奋力在中部地区崛起中走在前列。",
     "奋力在中部地区崛起中走在前列"),
    ("今年政府工作的总体要求是：全面深化改革，扩大对外开放，为实现“十六五”良好开局打牢基础。", "实现“十六五”良好开局"),
    ("总体要求是：稳定物价，以保持市场和社会的稳定。", "保持市场和社会的稳定"),
])
def test_the_aim_ending_a_reports_overall_requirements_is_what_its_sections_serve(requirements, aim):
    facts = official(f"政府工作报告\n各位代表：\n二、今年工作安排\n{requirements}\n（一）加快建设现代水网体系\n要培育节水产业。\n")
    assert aim in statements(facts, Kind.GOAL)
    assert ("加快建设现代水网体系", aim) in links(facts)


@pytest.mark.parametrize(("appeal", "root"), [
    ("让我们团结一心，奋力谱写海洋强省建设新篇章！", "奋力谱写海洋强省建设新篇章"),
    ("让我们携手并进，为全面建设海洋强省而努力奋斗！", "全面建设海洋强省"),
    ("让我们携手并进，为建设海洋强省不懈奋斗！", "建设海洋强省"),
    ("让我们携手并进，以实干实绩不断谱写海洋强省建设新篇章！", "谱写海洋强省建设新篇章"),  # the means and manner go
    ("让我们携手并进，为强国建设作出新的更大贡献！", None),  # a part in a national cause, not the report's own aim
    ("各位代表，我们要再接再厉！", None),  # no appeal with an aim: the start's aim stays the article goal
])
def test_a_starts_aim_serves_the_aim_of_the_closing_appeal(appeal, root):
    requirements = "今年政府工作的总体要求是：全面深化改革，扩大对外开放，为实现“十六五”良好开局打牢基础。"
    facts = official(f"政府工作报告\n各位代表：\n二、今年工作安排\n{requirements}\n（一）加快建设现代水网体系\n"
                     f"要培育节水产业。\n{appeal}\n")
    article_goals = [s.label for s in facts.statements if s.level is Level.ARTICLE]
    assert article_goals == [root or "实现“十六五”良好开局"]
    assert ("全面深化改革", "实现“十六五”良好开局") in links(facts)
    assert root is None or ("实现“十六五”良好开局", root) in links(facts)


@pytest.mark.parametrize(("text", "action", "goal"), [
    ("加强农机计量测试技术研究，支撑农机产业技术创新。", "加强农机计量测试技术研究", "支撑农机产业技术创新"),
    ("加快建设边境仓，服务“一带一路”建设。", "加快建设边境仓", "服务“一带一路”建设"),
    ("扩大服务业对外开放，更好服务和融入区域发展格局。", "扩大服务业对外开放", "更好服务和融入区域发展格局"),
])
def test_a_closing_clause_that_supports_or_serves_is_what_the_actions_are_for(text, action, goal):
    facts = facts_of(text)
    assert goal in statements(facts, Kind.GOAL) and (action, goal) in links(facts)


@pytest.mark.parametrize(("clause", "rest"), [
    ("有选择地解决遗留问题", "解决遗留问题"),
    ("积极稳妥地推进改革", "推进改革"),
    ("着力推动山区加快发展", "推动山区加快发展"),  # 山区 is a noun, not a manner 地
    ("加强耕地保护", "加强耕地保护"),
    ("深化军地合作", "深化军地合作"),
])
def test_leading_adverbs_are_skipped_up_to_the_verb(clause, rest):
    assert cues.skip_adverbs(clause) == rest


def test_targets_serve_the_aim_their_section_names():
    text = ("一、过去五年工作回顾\n\n去年经济增长6%。\n\n二、“十六五”时期主要目标任务\n\n"
            "“十六五”时期是攻坚时期。我们要抓住机遇，推动我市基本实现现代化取得决定性进展。\n\n"
            "“十六五”时期，要努力实现以下目标任务：\n\n一是发展质量明显提升。持续盘活存量资产。\n\n"
            "二是创新能力明显提升。加快建设研发平台。")
    got = links(facts_of(text, title=None))
    for target in ("发展质量明显提升", "创新能力明显提升"):
        assert (target, "推动我市基本实现现代化取得决定性进展") in got


@pytest.mark.parametrize(("lead", "kept"), [
    ("为此，提出以下意见：", True),  # the act of issuing: what follows is the document's body
    ("今年重点抓好以下工作：", True),
    ("申请设立服务机构的，应当具备下列条件：", False),  # a list of conditions: neither goals nor measures
])
def test_what_follows_a_colon_lead(lead, kept):
    text = f"{lead}\n\n一、支持企业稳定发展\n\n（一）加大稳岗支持力度。对参保企业返还失业保险费。"
    got = statements(official("关于促进就业的意见\n\n" + text))
    assert ("加大稳岗支持力度" in got) is kept


def test_an_item_opened_by_an_ordinal_word_is_the_parent_of_its_paragraph():
    facts = facts_of("第一，整治价格竞争乱象。要引导企业提升品质，推动落后产能退出。\n\n"
                     "第二，整治招标乱象。要规范招标投标。", title="建设统一市场")
    got = links(facts)
    assert {("引导企业提升品质", "整治价格竞争乱象"), ("推动落后产能退出", "整治价格竞争乱象"),
            ("规范招标投标", "整治招标乱象"), ("整治价格竞争乱象", "建设统一市场")} <= got


def test_the_clauses_after_a_stated_aim_are_goals_the_actions_serve():
    facts = facts_of("要加强技能培训，目的是帮助工人掌握新技术，增强就业能力。", title=None)
    assert {"帮助工人掌握新技术", "增强就业能力"} <= set(statements(facts, Kind.GOAL))
    assert {("加强技能培训", "帮助工人掌握新技术"), ("加强技能培训", "增强就业能力")} <= links(facts)
    facts = facts_of("必须增加粮食储备，以便调剂余缺。", title=None)
    assert ("增加粮食储备", "调剂余缺") in links(facts)


@pytest.mark.parametrize("clause", [
    "当前应重点抓好以下几个方面",  # a lead announcing the points that follow
    "还必须做好以下工作",
    "干部也会遇到各种困难",  # what a subject undergoes
    "基层时常要面对利益处理难题",
])
def test_announcements_and_circumstances_are_not_measures(clause):
    assert read_clause(clause) is None


def test_by_means_never_splits_a_list():
    facts = facts_of("以学习型、服务型、创新型组织建设引领基层工作。", title=None)
    assert "学习型" not in statements(facts)
    assert not any(s.startswith("服务型") for s in statements(facts))


REGULATION = """某某管理条例
第一条　根据《某某法》，制定本条例。
第二条　本条例所称服务机构，是指依法设立、向委托人提供服务的单位。
第三条　下列收入，不论在何处支付，均为本地收入：
（一）提供劳务取得的收入；
（二）出租财产取得的收入。
第四条　服务机构向委托人收取费用时，应当出具收费凭证。
第五条　委托人办理登记的具体办法，由国务院主管部门制定。
第六条　委托人可以委托他人办理登记。委托人发现记录有误的，有权要求服务机构更正。
第七条　登记的具体程序由国务院主管部门另行规定。
"""


def test_a_regulations_duties_rights_and_delegations_are_measures_and_its_definitions_are_not():
    got = statements(official(REGULATION), Kind.MEASURE)
    assert "应当出具收费凭证" in got  # the occasion (…时) is not a measure of its own
    assert "委托人办理登记的具体办法，由国务院主管部门制定" in got  # the topic of a delegation stays in its label
    assert "有权要求服务机构更正" in got  # a right
    assert "登记的具体程序由国务院主管部门另行规定" in got  # 由 + an authority, then what it does
    everything = "".join(statements(official(REGULATION)))
    for word in ("是指", "依法设立", "提供劳务取得的收入", "出租财产", "收取费用时"):
        assert word not in everything  # definitions and the cases an article enumerates


@pytest.mark.parametrize("clause", [
    "但也要看到",  # a judgment the reader is asked to make
    "必须清醒认识到",
    "坚持新发展理念",  # a principle held: the frame of the measures
    "坚持稳中求进工作总基调",
    "从本地实际出发",
    "实现上述目标",  # an end named by reference to ends stated before
    "民营经济发挥着重要作用",  # a judgment
])
def test_boilerplate_is_not_counted_as_measures(clause):
    assert read_clause(clause) is None


@pytest.mark.parametrize(("clause", "kind"), [
    ("要带着问题学", Kind.MEASURE),  # a bare modal of obligation calls for an action whatever its verb
    ("争取中央资金支持", Kind.MEASURE),  # 争取 a resource: obtain, an action
    ("争取更多项目纳入国家规划", Kind.MEASURE),
    ("争取早日建成现代化强省", Kind.GOAL),  # 争取 an end: attainment
    ("及时回应群众关切", Kind.MEASURE),
])
def test_obligations_and_obtaining_are_measures(clause, kind):
    reading = read_clause(clause)
    assert reading is not None and reading.kind is kind


def test_what_a_causative_brings_about_runs_to_the_end_of_its_sentence():
    facts = facts_of("要组织干部学习党史，使其牢记优良传统，树立崇高的理想信念。", title=None)
    assert {"使其牢记优良传统", "树立崇高的理想信念"} <= set(statements(facts, Kind.GOAL))


def test_the_actions_after_an_anaphoric_purpose_serve_no_goal_named_by_it():
    facts = facts_of("主要目标是：粮食产量稳定。为实现上述目标，要加强农田建设。", title=None)
    assert not any("上述目标" in s for s in statements(facts))
    assert "加强农田建设" in statements(facts, Kind.MEASURE)


def test_two_clauses_sharing_one_lead_are_both_measures():
    facts = facts_of("鼓励机关和企事业单位优先采购山区农产品，优先从山区聘用保洁人员。", title=None)
    assert statements(facts, Kind.MEASURE) == ["鼓励机关和企事业单位优先采购山区农产品", "优先从山区聘用保洁人员"]
    facts = facts_of("要依法管理社会事务，依法保障群众权益，始终是政府的职责。", title=None)
    assert not any(s.startswith("始终是") for s in statements(facts))


@pytest.mark.parametrize(("text", "measures"), [
    # a directive quoted across 。”, and a sentence in the past after it
    ("他在座谈会上强调：“要加快建设现代化港口群。要深化港航协同。”这为港口发展指明了方向。",
     ["加快建设现代化港口群", "深化港航协同"]),
    ("文件明确：“各级政府要完善养老服务设施，健全居家养老服务网络。”各地据此制定了实施方案。",
     ["各级政府要完善养老服务设施", "健全居家养老服务网络"]),
    # a quote that opens a passage going on beyond the paragraph's end
    ("会议要求：“要加强水文监测，完善防汛预案。", ["加强水文监测", "完善防汛预案"]),
])
def test_directives_quoted_across_sentence_ends_are_read(text, measures):
    assert statements(facts_of(text), Kind.MEASURE) == measures


@pytest.mark.parametrize(("text", "measure"), [
    ("要实施“退耕还林；退耕还湖”的措施。", "实施“退耕还林；退耕还湖”的措施"),  # a quoted name with a ；in it
    ("要开展“你好！海港”等品牌推介。", "开展“你好！海港”等品牌推介"),  # a quoted name with a ！in it
])
def test_a_quoted_name_is_not_cut_at_the_punctuation_inside_it(text, measure):
    assert statements(facts_of(text), Kind.MEASURE) == [measure]


ANNEX_HEAD = "关于加强养老机构考核的意见\n\n一、完善考核制度\n\n要建立养老机构考核制度。\n\n附件\n\n养老机构考核指标\n\n"


def test_an_annex_table_of_indicators_printed_one_cell_a_line_states_nothing():
    table = ("一级指标\n\n二级指标\n\n指标说明\n\n一、服务质量\n\n（一）照护服务\n\n1.失能老人照护覆盖率\n\n定量\n\n"
             "计算方法：接受照护的失能老人数/失能老人总数×100%。\n\n2.护理员持证上岗率\n\n定量\n")
    facts = official(ANNEX_HEAD + table)
    assert statements(facts) == ["加强养老机构考核", "完善考核制度", "建立养老机构考核制度"]


def test_a_list_of_measures_printed_one_cell_a_line_is_still_read():
    table = "序号\n\n改革举措\n\n主要内容\n\n1\n\n推行养老服务时间银行\n\n要建立养老服务时间储蓄制度。\n"
    assert "建立养老服务时间储蓄制度" in statements(official(ANNEX_HEAD + table))


YEAR_REPORT = ("{title}\n\n一、2025年工作回顾\n\n去年全市经济平稳增长。\n\n二、2026年重点工作\n\n"
               "今年是“十五五”开局之年。我们将加快建设现代化港口群，以扎实有效的工作确保“十五五”开好局、起好步。"
               "今年主要预期目标是：地区生产总值增长5%左右；城镇新增就业10万人以上。\n\n"
               "（一）加快发展海洋经济。要完善港口设施。\n\n（二）加强海洋生态保护。要推进海岸带修复。\n")


def test_the_years_aim_is_what_its_targets_and_headings_serve():
    facts = official(YEAR_REPORT.format(title="政府工作报告"))
    aim = "确保“十五五”开好局、起好步"
    assert aim in statements(facts, Kind.GOAL)
    assert {(x, aim) for x in ("地区生产总值增长5%左右", "城镇新增就业10万人以上", "加快建设现代化港口群",
                               "加快发展海洋经济", "加强海洋生态保护")} <= links(facts)


def test_the_years_aim_serves_the_article_goal():
    facts = official(YEAR_REPORT.format(title="关于加快建设海洋强市的报告"))
    aim = "确保“十五五”开好局、起好步"
    assert {(aim, "加快建设海洋强市"), ("加快发展海洋经济", aim), ("地区生产总值增长5%左右", aim)} <= links(facts)


@pytest.mark.parametrize("heading", ["2026年经济社会发展总体要求和政策取向", "形势和任务", "国际形势和我们的对外政策",
                                     "2026年工作安排建议"])
def test_containers_joined_or_proposed_are_not_goals(heading):
    facts = official(f"政府工作报告\n\n一、{heading}\n\n（一）加快发展海洋经济。要完善港口设施。\n")
    assert statements(facts) == ["加快发展海洋经济", "完善港口设施"]


@pytest.mark.parametrize("clause", ["重点做好十个方面工作", "突出抓好三个方面", "要重点把握好四个方面", "着重抓好以下几个方面工作"])
def test_an_announcement_of_how_many_tasks_follow_is_no_measure(clause):
    assert read_clause(clause) is None


# The fast paths of the statement stage give the verdicts of the slow ones they stand for.
FAST_PATH_TEXTS = ["同志们，要加快发展", "要面对新的挑战", "坚持新发展理念", "实现上述目标", "没有保持稳定", "这是必须坚持的原则",
                   "由于资金不足", "在改革开放过程中", "比上年增长9%", "发展海洋经济意义重大", "具有重要的意义", "做好以下工作",
                   "必须清醒认识到", "体系建设仍有不足", "港口建设的重要抓手", "现予公布", "去年完成了改造", "是不可能的",
                   "充分认识发展港口的重要意义", "组长由局长担任", "要加快建设现代化港口群", "深化港航协同", "港口的目的",
                   "完善港口设施的", "国家实行义务教育制度", "公民有受教育的权利", "学校以普通话为教学用语", "国务院行使职权"]


@pytest.mark.parametrize("text", FAST_PATH_TEXTS)
def test_the_joined_patterns_of_not_a_statement_decide_as_each_pattern_does(text):
    from kg.extract.statements import clauses

    starts = (cues.ADDRESS, cues.UNDERGOES, cues.PRINCIPLE, cues.ANAPHOR, cues.GUIDANCE, cues.NEGATED, clauses.THIS_IS,
              clauses.BECAUSE, clauses.WITHIN, clauses.TO_CONGRESS, clauses.COMPARED)
    anywhere = (cues.EVALUATIVE, cues.EVALUATIVE_TAIL, cues.ANNOUNCES, cues.COGNITION, cues.SHORTFALL, cues.ROLE_END,
                cues.ISSUING, cues.PAST, cues.RULED_OUT, clauses.RECOGNISE, clauses.POST_HELD)
    assert all(p.groups == 0 and p.flags == clauses.NOT_STATEMENT_START.flags for p in starts + anywhere)
    assert bool(clauses.NOT_STATEMENT_START.match(text)) == any(p.match(text) for p in starts)
    assert bool(clauses.NOT_STATEMENT_ANYWHERE.search(text)) == any(p.search(text) for p in anywhere)


@pytest.mark.parametrize("text", FAST_PATH_TEXTS)
def test_the_guarded_patterns_decide_as_the_patterns_alone(text):
    from kg.extract.statements import collect, labels, provisions

    assert any(p.match(text) for _, p in provisions.PROVISIONS) == any(
        any(w in text for w in words) and p.match(text) for words, p in provisions.PROVISIONS)
    assert bool(collect.DANGLING.search(text)) == (text.endswith("的") and not text.endswith("目的"))
    assert labels.identity(text) == labels.identity.__wrapped__(text + "。")  # a 。 takes the per-character path
