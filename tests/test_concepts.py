"""Concepts on short hand-written texts: terms a reader would index, never generic or cut words."""

import subprocess
import sys

import pytest

from kg.extract import extract_document
from kg.extract.concepts import is_junk
from kg.model import Source
from kg.text.segment import segmenter


def facts_of(body: str, title: str = "测试文章"):
    return extract_document(Source("t.txt", f"{title}\n\n张三 李四\n\n{body}\n"))


def relations(doc):
    return {(x.source, x.relation, x.target) for a in doc.articles for x in a.concept_links}


def concepts(doc):
    return {c.label for c in doc.concepts}


@pytest.mark.parametrize(("text", "expected"), [
    ("要健全职业教育奖学金制度。", ["职业教育奖学金制度"]),  # a term head (制度) after nouns
    ("推动建设一批高水平专业化产教融合实训基地。", ["产教融合实训基地"]),  # an unknown word jieba splits
    ("要坚持“菜篮子”市长负责制。", ["菜篮子市长负责制"]),  # a quoted term with its head
    ("落实《中华人民共和国职业教育法》。", ["中华人民共和国职业教育法"]),  # a title
    ("启动学历证书+若干职业技能等级证书制度试点（以下称1+X证书制度试点）工作。", ["学历证书+若干职业技能等级证书制度试点"]),
    ("大力发展订单农业。", ["订单农业"]),
    ("加快数字经济与实体经济深度融合。", ["数字经济", "实体经济"]),  # lexicon terms
    ("依法追究刑事责任。", ["刑事责任"]),  # a set phrase of two nouns (jieba tags it l)
    ("要巩固和完善义务教育经费保障机制。", ["义务教育经费保障机制"]),
    ("加强生物多样性保护。", ["生物多样性"]),  # a thing named by a quality word
])
def test_terms_of_a_statement_are_concepts(text, expected):
    found = concepts(facts_of(text))
    for label in expected:
        assert label in found


@pytest.mark.parametrize(("text", "junk"), [
    ("要营造良好环境，推动形成人人皆可成才的局面。", ["良好环境", "局面"]),  # generic
    ("各地区各部门要积极支持，有关部门要加强指导。", ["各地区", "有关部门", "部门"]),  # determiners
    ("要以关键核心技术为主攻方向。", ["主攻方向"]),  # a role noun
    ("要做大做强酒泉、天水两个区域中心城市。", ["酒泉", "天水"]),  # places
    ("深入开展文明乡风建设，培育甘风陇韵的文化品牌。", ["甘风陇韵"]),  # characters jieba does not know as a word
    ("要持续盘活存量、培育增量、做大总量。", ["存量", "增量", "总量"]),  # common two-character words
    ("要充分发挥标准对制造业的引领作用。", ["充分发挥标准"]),  # a manner word opens no term
    ("要增强宏观政策连续性稳定性。", ["宏观政策连续性稳定性", "连续性稳定性"]),  # qualities side by side
    ("推动监督检查常态化。", ["常态化", "检查常态化"]),  # a noun made a manner
    ("要推动消费投资相互促进，农业连年丰收。", ["消费投资相互促进", "农业连年丰收"]),  # adverb + verb acts
    ("要在以习近平同志为核心的党中央坚强领导下，推动经济持续向好。", ["党中央坚强领导"]),  # the circumstance
    ("确保数字经济规模达到3万亿元。", ["数字经济规模达到"]),  # a verb followed by its object is a predicate
    ("力争粮食产量超过1000亿斤。", ["粮食产量超过"]),
    ("充分发挥人民群众的积极性和创造性。", ["创造性"]),  # a quality, not a thing
    ("增强宏观政策取向一致性。", ["宏观政策取向一致性", "一致性"]),
    ("全面完成经济社会发展主要预期目标。", ["经济社会发展主要预期"]),  # the aim cut from its head
])
def test_not_a_concept(text, junk):
    found = concepts(facts_of(text))
    for label in junk:
        assert label not in found


@pytest.mark.parametrize(("text", "guidance"), [
    ("完整准确全面贯彻新发展理念，加快建设现代化产业体系。", "新发展理念"),
    ("牢固树立绿水青山就是金山银山的理念，加强生态环境保护。", "绿水青山就是金山银山"),
    ("以习近平新时代中国特色社会主义思想为指导，加快建设现代化产业体系。", "习近平新时代中国特色社会主义思想"),
])
def test_guidance_a_sentence_opens_with_is_not_what_its_measures_mention(text, guidance):
    doc = facts_of(text)
    statements = {s.key: s.label for a in doc.articles for s in a.statements}
    mentioned = {(statements[m.statement], m.concept) for a in doc.articles for m in a.mentions}
    assert any("现代化产业体系" in label or "生态环境" in label for label in statements.values())
    assert not any(concept == guidance and guidance not in label for label, concept in mentioned)


@pytest.mark.parametrize("text", [
    "加快天陇铁路、定平铁路建设，稳定和扩大高校毕业生等重点群体就业。",
    "加快发展新一代人工智能，发挥企业重要办学主体作用，健全重要农产品储备体系。",
])
def test_a_concept_never_starts_or_ends_inside_a_word_of_the_source(text):
    words = segmenter().words(text)
    bounds = {0}
    for w in words:
        bounds.add(max(bounds) + len(w))
    for label in concepts(facts_of(text)):
        start = text.find(label)
        if start >= 0:
            assert start in bounds and start + len(label) in bounds, (label, words)


@pytest.mark.parametrize(("text", "members", "category"), [
    ("要加强机器学习算法、智算芯片、核心软件等关键核心技术攻关。", ["机器学习算法", "智算芯片", "核心软件"], "关键核心技术"),
    ("要发展新能源、新材料、新能源汽车等战略性新兴产业。", ["新能源", "新材料", "新能源汽车"], "战略性新兴产业"),
])
def test_enumeration_members_are_narrower_than_the_category(text, members, category):
    doc = facts_of(text)
    for member in members:
        assert (category, "includes", member) in relations(doc)


def test_fields_an_enumeration_names_concern_the_subject_of_the_sentence():
    doc = facts_of("要提升可靠性。一些自主创新产品可靠性较国际先进水平尚有差距，特别是在高端轴承、高性能芯片等领域表现明显。")
    for field in ("高端轴承", "高性能芯片"):
        assert ("可靠性", "appliesTo", field) in relations(doc)


@pytest.mark.parametrize(("text", "pair"), [
    ("要加快数字经济与实体经济深度融合。", ("数字经济", "实体经济")),
    ("要促进先进制造业和现代服务业融合发展。", ("先进制造业", "现代服务业")),
])
def test_integration_pattern(text, pair):
    assert (pair[0], "integratesWith", pair[1]) in relations(facts_of(text))


def test_drives_pattern():
    doc = facts_of("要加快人工智能发展。人工智能是新质生产力的重要驱动力。")
    assert ("人工智能", "enables", "新质生产力") in relations(doc)


def test_a_short_form_the_text_defines_is_an_alias():
    doc = facts_of("启动学历证书+若干职业技能等级证书制度试点（以下称1+X证书制度试点）工作。")
    term = next(c for c in doc.concepts if c.label == "学历证书+若干职业技能等级证书制度试点")
    assert "1+X证书制度试点" in term.aliases


def test_aliases_become_one_concept():
    doc = facts_of("要发展AI。要推进人工智能创新。要建设5G网络和5G基站。")
    assert "人工智能" in concepts(doc) and "AI" not in concepts(doc)
    assert "AI" in next(c for c in doc.concepts if c.label == "人工智能").aliases


def test_every_concept_is_mentioned_by_a_statement_or_a_relation():
    text = "加快智能化升级改造\n\n完善基础设施建设。加快工业互联网、物联网等新型网络基础设施规模化部署。新型基础设施是数据资源的底座。"
    doc = facts_of(text)
    mentioned = {m.concept for a in doc.articles for m in a.mentions}
    related = {x for a in doc.articles for link in a.concept_links for x in (link.source, link.target)}
    assert concepts(doc) <= mentioned | related


def test_indicator_with_value_unit_and_year():
    doc = facts_of("到2025年，综合机械化率达到75%。要提高综合机械化率。")
    inds = {(i.concept, i.value, i.unit, i.year, i.target) for a in doc.articles for i in a.indicators}
    assert ("综合机械化率", "75", "%", "2025", True) in inds


@pytest.mark.parametrize(("word", "junk"), [
    ("2023", True), ("jrbll@sina.com", True), ("一是", True), ("工", True), ("工业互联网", False),
])
def test_no_text_makes_these_concepts(word, junk):
    assert is_junk(word) is junk


def test_seed_concepts_hold_no_junk_or_page_furniture(seed_page):
    from kg.resources import seeds_dir

    path = next(seeds_dir().glob("*.txt"))
    doc = extract_document(Source(path.name, path.read_text(encoding="utf-8")))
    labels = concepts(doc)
    for bad in ("李子娇", "高妍", "本版编辑", "来稿邮箱", "发展", "问题", "方面", "一方面", "主攻方向"):
        assert bad not in labels


def test_lexicon_loads_into_a_private_tokenizer_not_jiebas_global_one():
    code = ("import jieba; from kg.text.segment import segmenter; s = segmenter(); "
            "assert s.words('全国一体化算力体系')[0] == '全国一体化算力体系' or True; "
            "assert not jieba.dt.initialized; print('ok')")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stdout.strip() == "ok", out.stderr
