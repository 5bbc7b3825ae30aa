import pytest

from kg.goals import article_goal, extract_goals
from kg.model import Article

from .conftest import article_of


def labels(facts, kind=None):
    return [s.label for s in facts.statements if kind is None or s.kind == kind]


def links(facts):
    by_key = {s.key: s.label for s in facts.statements}
    return {(by_key[x.source], by_key[x.target]) for x in facts.supports}


@pytest.mark.parametrize(("text", "measures"), [
    ("一是夯实算力基础。内容。\n\n二是加强基础研究。内容。", ["夯实算力基础", "加强基础研究"]),
    ("首先，完善标准体系。内容。\n\n其次，强化人才培养。内容。", ["完善标准体系", "强化人才培养"]),
    ("（一）完善农机装备创新体系。加快推进创新。", ["完善农机装备创新体系", "加快推进创新"]),
    ("1．健全组织实施机制。内容。", ["健全组织实施机制"]),
    ("加快发展智能制造。针对感知等环节，促进产学研用联合创新。", ["加快发展智能制造", "促进产学研用联合创新"]),
])
def test_enumerations_and_lead_sentences_are_measures(text, measures):
    facts = extract_goals(article_of(text))
    assert labels(facts, "measure") == measures


def test_descriptive_lead_sentence_is_not_a_measure():
    facts = extract_goals(article_of("新一轮产业变革的重要引擎。人工智能广泛应用于各行业。"))
    assert labels(facts, "measure") == []


def test_section_heading_goal_supports_article_goal_and_measures_support_it():
    text = "科技创新与产业应用相互促进\n\n深化研发应用。\n\n一是夯实算力基础。要统筹整合资源，加快形成全国一体化算力体系。"
    facts = extract_goals(article_of(text, title="抢抓发展机遇"))
    got = links(facts)
    assert ("科技创新与产业应用相互促进", "抢抓发展机遇") in got
    assert ("夯实算力基础", "科技创新与产业应用相互促进") in got
    assert ("加快形成全国一体化算力体系", "夯实算力基础") in got
    assert ("统筹整合资源", "夯实算力基础") in got


@pytest.mark.parametrize(("text", "pair"), [
    ("提升可靠性水平是推动制造业高质量发展的关键抓手。", ("提升可靠性水平", "推动制造业高质量发展")),
    ("数字经济是推动经济增长的重要引擎。", ("数字经济", "推动经济增长")),
    ("以人工智能高质量发展培育经济发展新动能。", ("人工智能高质量发展", "培育经济发展新动能")),
    ("通过提升可靠性为制造强国建设蓄势赋能。", ("提升可靠性", "制造强国建设")),
    ("提升产品可靠性有助于建立非价格竞争优势。", ("提升产品可靠性", "建立非价格竞争优势")),
    ("把提升可靠性作为制造业增强核心竞争力的主攻方向。", ("提升可靠性", "制造业增强核心竞争力")),
])
def test_purpose_and_means_patterns_link_x_to_y(text, pair):
    facts = extract_goals(article_of(text, title=None))
    assert pair in links(facts)


def test_enumeration_after_a_focus_sentence_supports_the_focus():
    text = ("提升可靠性水平是推动制造业高质量发展的关键抓手。\n\n"
            "一是通过强化基础突破短板制约。内容。\n\n二是通过改进工艺升级技术路径。内容。")
    got = links(extract_goals(article_of(text, title=None)))
    assert ("通过强化基础突破短板制约", "提升可靠性水平") in got
    assert ("通过改进工艺升级技术路径", "提升可靠性水平") in got


def test_topic_before_modal_becomes_a_goal_of_its_actions():
    text = "加快智能化升级改造\n\n构建智能化的现代化产业体系，要开辟更多新领域新赛道。\n\n完善基础设施建设。内容。"
    facts = extract_goals(article_of(text))
    assert ("开辟更多新领域新赛道", "构建智能化的现代化产业体系") in links(facts)


def test_responsible_agencies_are_actors_not_measures():
    text = ("（三）完善农机装备创新体系。加快推进农机装备创新。"
            "（工业和信息化部、发展改革委、科技部等负责。列第一位者为牵头单位，下同）")
    facts = extract_goals(article_of(text, title=None))
    assert [(r.agency, r.lead) for r in facts.responsibilities] == [
        ("工业和信息化部", True), ("发展改革委", False), ("科技部", False)]
    assert not any("负责" in lab or "工业和信息化部" in lab for lab in labels(facts))


def test_quotes_are_whole_sentences_and_labels_concise(seed_page):
    for art in seed_page.articles:
        for st in extract_goals(art).statements:
            assert len(st.label) <= 40
            assert st.label.replace("“", "").replace("”", "")[:4] in st.evidence.quote.replace("“", "").replace("”", "")


@pytest.mark.parametrize(("title", "goal"), [
    ("国务院关于加快推进农业机械化和农机装备产业转型升级的指导意见", "加快推进农业机械化和农机装备产业转型升级"),
    ("推进产业智能化绿色化融合化", "推进产业智能化绿色化融合化"),
    ("政府工作报告", None),
])
def test_article_goal_from_title(title, goal):
    assert article_goal(Article("1", "a", title=title)) == goal


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
"""


def test_dates_signatures_rosters_and_attachment_labels_are_not_goals():
    from kg.layout import layout
    from kg.model import Source

    page = layout(Source("批复.txt", OFFICIAL))
    facts = extract_goals(page.articles[0])
    goals = {s.label for s in facts.statements if s.kind == "goal"}
    assert "推进数据中心建设" in goals
    for furniture in ("国务院", "2019年1月16日", "主要职能", "组成人员"):
        assert furniture not in goals
    assert not any("副总理" in g or "副部长" in g or g.startswith("附件") for g in goals)
    measures = {s.label for s in facts.statements if s.kind == "measure"}
    assert "加快建设数据中心" in measures


def test_an_aim_clause_is_a_goal_the_work_serves():
    from kg.layout import layout
    from kg.model import Source

    text = ("国务院关于加快推进农业机械化的指导意见\n国发〔2018〕1号\n各省、自治区、直辖市人民政府：\n"
            "一、总体要求\n（一）指导思想。以习近平新时代中国特色社会主义思想为指导，以服务乡村振兴战略为目标，"
            "以科技创新为动力，推动农机装备产业转型升级。\n")
    facts = extract_goals(layout(Source("意见.txt", text)).articles[0])
    by_key = {s.key: s for s in facts.statements}
    aims = [s for s in facts.statements if s.label == "服务乡村振兴战略"]
    assert aims and aims[0].kind == "goal"
    assert any(by_key[link.target].label == "服务乡村振兴战略" and link.relation == "purpose" for link in facts.supports)
    assert not any("为指导" in s.label for s in facts.statements)


@pytest.mark.parametrize(("label", "judges"), [
    ("实现这些目标很不容易", True), ("做好今年工作意义重大", True), ("实现今年预期目标并非易事", True),
    ("实现经济稳定增长", False), ("加快建设重要产业集群", False),
])
def test_judging_sentences_are_neither_goals_nor_measures(label, judges):
    from kg import cues

    assert bool(cues.EVALUATIVE.search(label)) is judges
