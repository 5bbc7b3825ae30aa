"""The statement stage on short hand-written texts: one table per rule, one row per case."""

import pytest

from kg.extract import cues
from kg.extract.statements import article_goal, extract_statements, read_clause
from kg.model import Article, Kind, Source
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
    ("要进一步加强数据开放共享", Kind.MEASURE),
    ("机关和企事业单位招用人员不得歧视职业院校毕业生", Kind.MEASURE),  # a prohibition
    ("专利代理机构应当按照委托人的委托办理专利事务", Kind.MEASURE),  # an obligation
    ("严禁以任何名义向学生收取费用", Kind.MEASURE),
    ("由国务院专利行政部门撤销专利代理机构执业许可证", Kind.MEASURE),  # a sanction
    ("国务院专利行政部门负责全国的专利代理管理工作", Kind.MEASURE),  # a duty
    ("具有理工科专业专科以上学历的中国公民可以参加全国专利代理师资格考试", Kind.MEASURE),  # a right
    ("把职业教育摆在更加突出的位置", Kind.MEASURE),
    ("在贫困地区推广食用农产品安全控制规范", Kind.MEASURE),
    ("有选择地解决历史遗留的企业过度负债问题", Kind.MEASURE),
    ("科技创新能力明显提升", Kind.GOAL),  # an outcome
    ("全省地区生产总值年均增长5%以上", Kind.GOAL),  # a target
    ("森林覆盖率达到13.52%", Kind.GOAL),
    ("“双师型”教师占专业课教师总数超过一半", Kind.GOAL),
    ("一大批普通本科高等学校向应用型转变", Kind.GOAL),
    ("确保主要大气污染物排放总量持续下降", Kind.GOAL),
    ("力争到2035年基本实现国防和军队现代化", Kind.GOAL),
    ("千方百计夺取今年农业丰收", Kind.GOAL),  # a verb of attainment
    ("平安甘肃、法治甘肃建设取得新进展", Kind.GOAL),
    ("着力推动贫困地区休闲农业和乡村旅游加快发展", Kind.MEASURE),  # making a change happen is an action
    ("支持氢能产业加快发展", Kind.MEASURE),
    ("坚定不移地推进产业结构调整", Kind.MEASURE),  # a manner phrase before the verb
    ("明确治理步骤", Kind.MEASURE),  # verbs of assigning and tightening
    ("压实部门责任", Kind.MEASURE),
    ("细化实化相关政策举措", Kind.MEASURE),
    ("明显降低企业社保缴费负担", Kind.MEASURE),  # a degree adverb before the verb
    ("广泛践行社会主义核心价值观", Kind.MEASURE),
    ("主要粮食作物基本实现生产全程机械化", Kind.GOAL),  # a subject reaches a state
    ("人均国民生产总值达到中等发达国家水平", Kind.GOAL),
    ("农机装备产业迈入高质量发展阶段", Kind.GOAL),
    ("居民收入增长和经济增长基本同步", Kind.GOAL),
    ("覆盖城乡居民的社会保障体系基本建立", Kind.GOAL),
])
def test_a_clause_is_a_measure_or_a_goal(clause, kind):
    reading = read_clause(clause)
    assert reading is not None and reading.kind is kind


@pytest.mark.parametrize("clause", [
    "全省地区生产总值达到13697.5亿元，较上年增长了30%",  # the past
    "职业教育重要地位和作用越来越凸显的同时",
    "体系建设不够完善",  # a shortfall
    "在产品质量性能上仍有提升空间",
    "实现这些目标很不容易",  # a judgment
    "加快发展新一代人工智能对我国具有重要意义",
    "以习近平新时代中国特色社会主义思想为指导",  # a guidance frame
    "深入贯彻党的二十大精神",
    "现将《国家职业教育改革实施方案》印发给你们",  # the act of issuing
    "制定本实施方案",
    "在战略层面",  # a scope
    "无法适应市场需求的企业",  # 适应 is not a modal 应
    "培育国际竞争与合作新优势的重要抓手",  # a role noun, not an action
    "这标志着我国粮食产量达到新的水平",  # a judgment of a state reached
    "这种运动所使用的手段是不会达到目的的",
    "这个增长速度比上期实际达到的速度低一些",  # a comparison
])
def test_not_a_statement(clause):
    assert read_clause(clause) is None


@pytest.mark.parametrize(("text", "measures"), [
    ("一是夯实算力基础。内容。\n\n二是加强基础研究。内容。", ["夯实算力基础", "加强基础研究"]),
    ("首先，完善标准体系。内容。\n\n其次，强化人才培养。内容。", ["完善标准体系", "强化人才培养"]),
    ("（一）完善农机装备创新体系。加快推进创新。", ["完善农机装备创新体系", "加快推进创新"]),
    ("1．健全组织实施机制。推动部门协同。", ["健全组织实施机制", "推动部门协同"]),
    ("加快发展智能制造。针对感知等环节，促进产学研用联合创新。", ["加快发展智能制造", "促进产学研用联合创新"]),
    ("既要“加大财政投入力度”，也要“优化支出结构”。", ["加大财政投入力度", "优化支出结构"]),  # quoted actions
    ("通过政府购买服务等方式，支持社会力量参与。", ["通过政府购买服务等方式，支持社会力量参与"]),  # a means, not a goal
])
def test_items_leads_and_clauses_are_measures(text, measures):
    assert statements(facts_of(text), Kind.MEASURE) == measures


@pytest.mark.parametrize(("text", "pair"), [
    ("提升可靠性水平是推动制造业高质量发展的关键抓手。", ("提升可靠性水平", "推动制造业高质量发展")),
    ("数字经济是推动经济增长的重要引擎。", ("数字经济", "推动经济增长")),
    ("以人工智能高质量发展培育经济发展新动能。", ("人工智能高质量发展", "培育经济发展新动能")),
    ("通过提升可靠性为制造强国建设蓄势赋能。", ("提升可靠性", "制造强国建设")),
    ("提升产品可靠性有助于建立非价格竞争优势。", ("提升产品可靠性", "建立非价格竞争优势")),
    ("把提升可靠性作为制造业增强核心竞争力的主攻方向。", ("提升可靠性", "制造业增强核心竞争力")),
    ("通过发展农村经济，继续增加农民收入。", ("发展农村经济", "继续增加农民收入")),
    ("大力发展农业，保证农产品稳定增长，是实现社会安定的基础。", ("保证农产品稳定增长", "实现社会安定")),
    ("整顿流通秩序，减少中间环节，降低流通费用，抑制价格上涨。", ("减少中间环节", "抑制价格上涨")),
    ("为了保证农业稳定增长，必须继续深化农村改革。", ("继续深化农村改革", "保证农业稳定增长")),
    ("鼓励社会力量捐资兴办职业教育，拓宽办学筹资渠道。", ("鼓励社会力量捐资兴办职业教育", "拓宽办学筹资渠道")),
])
def test_purpose_and_means_link_x_to_y(text, pair):
    facts = facts_of(text, title=None)
    assert pair in links(facts)
    assert pair[::-1] not in links(facts)  # X是Y的核心支撑: never Y supports X


def test_the_y_of_a_purpose_is_a_goal_and_the_x_is_not():
    facts = facts_of("整顿流通秩序，减少中间环节，降低流通费用，抑制价格上涨。", title=None)
    assert statements(facts, Kind.GOAL) == ["抑制价格上涨"]


def test_section_heading_supports_article_goal_and_measures_support_it():
    text = "科技创新与产业应用相互促进\n\n深化研发应用。\n\n一是夯实算力基础。要统筹整合资源，加快形成全国一体化算力体系。"
    got = links(facts_of(text, title="抢抓发展机遇"))
    assert ("科技创新与产业应用相互促进", "抢抓发展机遇") in got
    assert ("夯实算力基础", "科技创新与产业应用相互促进") in got
    assert ("加快形成全国一体化算力体系", "夯实算力基础") in got


def test_enumerated_paragraphs_serve_the_aim_set_before_them():
    text = ("提升可靠性水平是推动制造业高质量发展的关键抓手。\n\n"
            "一是通过强化基础突破短板制约。内容。\n\n二是通过改进工艺升级技术路径。内容。")
    got = links(facts_of(text, title=None))
    assert ("通过强化基础突破短板制约", "提升可靠性水平") in got
    assert ("通过改进工艺升级技术路径", "提升可靠性水平") in got


def test_enumerated_item_inside_a_paragraph_is_the_goal_of_its_sentence():
    text = "促进农村经济全面发展。首先要增加对农业的投入。二是保护和合理使用耕地，稳定粮棉播种面积。要建立基本农田保护制度。"
    got = links(facts_of(text, title=None))
    assert ("稳定粮棉播种面积", "保护和合理使用耕地") in got
    assert ("建立基本农田保护制度", "保护和合理使用耕地") in got
    assert ("保护和合理使用耕地", "促进农村经济全面发展") in got


def test_topic_before_a_modal_is_the_goal_of_the_rest():
    text = "加快智能化升级改造\n\n构建智能化的现代化产业体系，要开辟更多新领域新赛道。\n\n完善基础设施建设。内容。"
    assert ("开辟更多新领域新赛道", "构建智能化的现代化产业体系") in links(facts_of(text))


def test_actions_after_a_purpose_lead_serve_it_and_the_closing_aim():
    text = ("以新思想为指导，坚持新发展理念，围绕促进贫困人口稳定脱贫，着力拓宽农产品销售渠道，"
            "推动产品融入全国大市场，为推进实施乡村振兴战略作出积极贡献。")
    got = links(facts_of(text, title=None))
    for action in ("着力拓宽农产品销售渠道", "推动产品融入全国大市场"):
        assert (action, "促进贫困人口稳定脱贫") in got
        assert any(a == action and "推进实施乡村振兴战略" in b for a, b in got)


def test_a_system_opening_a_long_sentence_is_what_the_rest_builds():
    text = "加快建设新型能源体系，新增电源装机3000万千瓦，抓好清洁高效煤电建设，积极发展分布式光伏。推进质量强省建设。"
    got = links(facts_of(text, title=None))
    for part in ("新增电源装机3000万千瓦", "抓好清洁高效煤电建设", "积极发展分布式光伏"):
        assert (part, "加快建设新型能源体系") in got
    assert ("推进质量强省建设", "加快建设新型能源体系") not in got  # the next sentence has its own topic


def test_two_roles_side_by_side_name_no_goal_between_them():
    got = statements(facts_of("建设现代化经济体系是跨越关口的迫切要求和我国发展的战略目标。", title=None))
    assert "建设现代化经济体系" in got
    assert not any("迫切要求和" in s for s in got)


def test_clauses_after_an_obligation_continue_it():
    got = statements(facts_of("专利代理师执业应当取得专利代理师资格证，在专利代理机构实习满1年，并在一家专利代理机构从业。",
                              title=None), Kind.MEASURE)
    assert any("实习满1年" in s for s in got) and any("在一家专利代理机构从业" in s for s in got)
    assert statements(facts_of("企业应当依法纳税，在没有重新作出决定前。", title=None), Kind.MEASURE) == ["企业应当依法纳税"]


@pytest.mark.parametrize(("text", "goals"), [
    ("森林覆盖率达到13.52%、林草覆盖率达到44.79%。", ["森林覆盖率达到13.52%", "林草覆盖率达到44.79%"]),
    ("体现甘肃特色和优势的现代化产业体系加快构建。", ["体现甘肃特色和优势的现代化产业体系加快构建"]),
])
def test_targets_and_outcomes_of_described_subjects(text, goals):
    assert statements(facts_of(text, title=None), Kind.GOAL) == goals


def test_a_run_of_outcomes_serves_what_it_provides_for():
    text = ("经过5年左右时间，职业教育基本完成由追求规模扩张向提高质量转变，大幅提升职业教育现代化水平，"
            "为促进经济社会发展提供优质人才资源支撑。")
    facts = facts_of(text, title=None)
    assert "大幅提升职业教育现代化水平" in statements(facts, Kind.GOAL)
    got = links(facts)
    assert any(a.endswith("向提高质量转变") and "提供优质人才资源支撑" in b for a, b in got)


def test_obligations_are_measures_of_their_own_not_leads():
    facts = facts_of("机关和企事业单位招用人员不得歧视职业院校毕业生。严禁以任何名义向学生收取费用。", title=None)
    assert statements(facts, Kind.MEASURE) == ["机关和企事业单位招用人员不得歧视职业院校毕业生", "严禁以任何名义向学生收取费用"]
    assert not links(facts)


def test_responsible_agencies_are_actors_not_measures():
    text = ("（三）完善农机装备创新体系。加快推进农机装备创新。"
            "（工业和信息化部、发展改革委、科技部等负责。列第一位者为牵头单位，下同）")
    facts = facts_of(text, title=None)
    assert [(r.agency, r.lead) for r in facts.responsibilities] == [
        ("工业和信息化部", True), ("发展改革委", False), ("科技部", False)]
    assert not any("负责" in lab or "工业和信息化部" in lab for lab in statements(facts))


@pytest.mark.parametrize(("text", "label"), [
    ("要发挥企业重要办学主体作用。", "发挥企业重要办学主体作用"),  # never cut inside 重要
    ("要健全重要农产品的储备体系。", "健全重要农产品的储备体系"),
    ("职业院校要主动与具备条件的行业企业在人才培养、技术创新、就业创业、社会服务、文化传承、国际交流等方面开展合作。",
     "职业院校要主动与具备条件的行业企业在人才培养等方面开展合作"),  # the verb kept, the list shortened
    ("支持社会力量参与。", "支持社会力量参与"),  # 与 of 参与 stays
])
def test_labels_keep_whole_words_and_their_verb(text, label):
    assert label in statements(facts_of(text, title=None))


def test_quotes_are_whole_sentences_and_labels_concise(seed_page):
    for art in seed_page.articles:
        for st in extract_statements(art).statements:
            assert len(st.label) <= 48
            assert st.label.replace("“", "").replace("”", "")[:4] in st.evidence.quote.replace("“", "").replace("”", "")


@pytest.mark.parametrize(("title", "goal"), [
    ("国务院关于加快推进农业机械化和农机装备产业转型升级的指导意见", "加快推进农业机械化和农机装备产业转型升级"),
    ("国务院关于印发国家职业教育改革实施方案的通知", "国家职业教育改革"),  # the plan's aim, not the act of issuing
    ("推进产业智能化绿色化融合化", "推进产业智能化绿色化融合化"),
    ("政府工作报告", None),
    ("专利代理条例", None),
])
def test_article_goal_from_title(title, goal):
    assert article_goal(Article("1", "a", title=title)) == goal


def test_a_regulation_aims_at_its_first_purpose_and_its_articles_serve_it():
    text = ("专利代理条例\n第一章　总　　则\n"
            "第一条　为了规范专利代理行为，保障委托人的合法权益，促进专利代理行业健康发展，制定本条例。\n"
            "第二条　专利代理机构应当按照委托人的委托办理专利事务。\n"
            "第三条　专利代理行业组织应当制定行业自律规范。专利代理行业自律规范不得与法律相抵触。\n"
            "第四条　专利代理机构从事专利代理业务应当具备下列条件：\n（一）有独立的经营场所；\n（二）有书面合伙协议。\n")
    facts = official(text)
    assert ("规范专利代理行为", "保障委托人的合法权益") in links(facts)
    assert ("专利代理机构应当按照委托人的委托办理专利事务", "规范专利代理行为") in links(facts)
    assert ("专利代理行业自律规范不得与法律相抵触", "规范专利代理行为") in links(facts)
    labels = statements(facts)
    assert not any("总则" in x or "经营场所" in x or "合伙协议" in x or "制定本条例" in x for x in labels)


OFFICIAL = """国务院关于同意建立数字经济发展部际联席会议制度的批复
国函〔2019〕1号
发展改革委：
同意建立由发展改革委牵头的数字经济发展部际联席会议制度。
附件：数字经济发展部际联席会议制度
国务院
2019年1月16日
附件
数字经济发展部际联席会议制度
一、主要职能
统筹推进数字经济发展。
二、组成人员
召 集 人：孙春兰　　国务院副总理
成　员：刘　伟　　财政部副部长
　　　　张　勇　　发展改革委副主任
三、推进数据中心建设
要加快建设数据中心，完善算力网络。
四、附表
地区	起降点（个）	坐标
东经	113°56′	22°29′
2027	50	114.02
"""


def test_dates_signatures_rosters_tables_and_attachment_labels_are_not_goals():
    facts = official(OFFICIAL)
    goals = set(statements(facts, Kind.GOAL))
    assert "推进数据中心建设" in goals
    for furniture in ("国务院", "2019年1月16日", "主要职能", "组成人员", "附表"):
        assert furniture not in goals
    assert not any("副总理" in g or "副部长" in g or g.startswith("附件") for g in goals)
    assert not any(not any("\u4e00" <= ch <= "\u9fff" for ch in x) or "°" in x or "\t" in x for x in statements(facts))
    assert "加快建设数据中心" in statements(facts, Kind.MEASURE)


@pytest.mark.parametrize("heading", ["结束语", "关于外交工作", "2026年重点工作", "“十五五”时期的主要目标任务", "总体要求"])
def test_containers_are_not_goals_and_their_content_is_kept(heading):
    facts = official(f"政府工作报告\n各位代表：\n一、{heading}\n要加快建设现代化产业体系。\n")
    assert heading not in "".join(statements(facts, Kind.GOAL))
    assert "加快建设现代化产业体系" in statements(facts, Kind.MEASURE)


def test_an_aim_clause_is_a_goal_the_work_serves():
    text = ("国务院关于加快推进农业机械化的指导意见\n国发〔2018〕1号\n各省、自治区、直辖市人民政府：\n"
            "一、总体要求\n（一）指导思想。以习近平新时代中国特色社会主义思想为指导，以服务乡村振兴战略为目标，"
            "以科技创新为动力，推动农机装备产业转型升级。\n")
    facts = official(text)
    by_key = {s.key: s for s in facts.statements}
    aims = [s for s in facts.statements if s.label == "服务乡村振兴战略"]
    assert aims and aims[0].kind is Kind.GOAL
    assert any(by_key[link.target].label == "服务乡村振兴战略" for link in facts.supports)
    assert not any("为指导" in s.label for s in facts.statements)


def test_a_goal_stated_twice_is_one_node_with_both_sentences():
    facts = facts_of("要推动制造业高质量发展。\n\n提升可靠性是推动制造业高质量发展的关键。", title=None)
    goal = next(s for s in facts.statements if s.label == "推动制造业高质量发展")
    assert (goal.kind is Kind.GOAL and len(goal.mentions) == 0) or goal.mentions
    assert sum(s.label == "推动制造业高质量发展" for s in facts.statements) == 1


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
    facts = official("政府工作报告\n各位代表：\n一、加强宏观调控\n继续实施积极的财政政策。一是保持适度的财政赤字和国债规模。\n"
                     "二是继续实施结构性减税政策，促进扩大内需。\n三是优化财政支出结构。\n")
    found = links(facts)
    for item in ("保持适度的财政赤字和国债规模", "继续实施结构性减税政策", "优化财政支出结构"):
        assert (item, "继续实施积极的财政政策") in found
        assert (item, "加强宏观调控") not in found


@pytest.mark.parametrize(("requirements", "aim"), [
    ("政府工作总体要求是：坚持稳中求进工作总基调，推动经济持续回升向好，奋力在推进中国式现代化建设中走在前列。",
     "奋力在推进中国式现代化建设中走在前列"),
    ("今年政府工作的总体要求是：全面深化改革，扩大高水平对外开放，为实现“十五五”良好开局打牢基础。", "实现“十五五”良好开局"),
    ("总体要求是：稳定宏观经济，以保持经济和社会的稳定。", "保持经济和社会的稳定"),
])
def test_the_aim_ending_a_reports_overall_requirements_is_what_its_sections_serve(requirements, aim):
    facts = official(f"政府工作报告\n各位代表：\n二、今年工作安排\n{requirements}\n（一）加快建设现代化产业体系\n要培育新兴产业。\n")
    assert aim in statements(facts, Kind.GOAL)
    assert ("加快建设现代化产业体系", aim) in links(facts)


@pytest.mark.parametrize(("text", "action", "goal"), [
    ("加强农机装备产业计量测试技术研究，支撑农机装备产业技术创新。", "加强农机装备产业计量测试技术研究", "支撑农机装备产业技术创新"),
    ("加快建设海外仓，服务“一带一路”建设。", "加快建设海外仓", "服务“一带一路”建设"),
    ("扩大高水平对外开放，更好服务和融入新发展格局。", "扩大高水平对外开放", "更好服务和融入新发展格局"),
])
def test_a_closing_clause_that_supports_or_serves_is_what_the_actions_are_for(text, action, goal):
    facts = facts_of(text)
    assert goal in statements(facts, Kind.GOAL) and (action, goal) in links(facts)


@pytest.mark.parametrize(("clause", "rest"), [
    ("有选择地解决历史遗留问题", "解决历史遗留问题"),
    ("积极稳妥地推进改革", "推进改革"),
    ("着力推动贫困地区加快发展", "推动贫困地区加快发展"),  # 地区 is a noun, not a manner 地
    ("加强耕地保护", "加强耕地保护"),
    ("深化军地合作", "深化军地合作"),
])
def test_leading_adverbs_are_skipped_up_to_the_verb(clause, rest):
    assert cues.skip_adverbs(clause) == rest


def test_targets_serve_the_aim_their_section_names():
    text = ("一、过去五年工作回顾\n\n去年经济增长5%。\n\n二、“十五五”时期主要目标任务\n\n"
            "“十五五”时期是关键时期。我们要抢抓机遇，推动我省基本实现社会主义现代化取得决定性进展。\n\n"
            "“十五五”时期，要努力实现以下目标任务：\n\n一是高质量发展水平明显提升。持续盘活存量。\n\n"
            "二是科技创新能力明显提升。加快建设创新平台。")
    got = links(facts_of(text, title=None))
    for target in ("高质量发展水平明显提升", "科技创新能力明显提升"):
        assert (target, "推动我省基本实现社会主义现代化取得决定性进展") in got


@pytest.mark.parametrize(("lead", "kept"), [
    ("为此，提出以下意见：", True),  # the act of issuing: what follows is the document's body
    ("今年重点抓好以下工作：", True),
    ("申请设立专利代理机构的，应当具备下列条件：", False),  # a list of conditions: neither goals nor measures
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
