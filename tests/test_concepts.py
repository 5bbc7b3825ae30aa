import subprocess
import sys

import pytest

from kg.concepts import is_junk
from kg.extract import extract_document
from kg.model import Source


def facts_of(body: str, title: str = "测试文章"):
    return extract_document(Source("t.txt", f"{title}\n\n张三 李四\n\n{body}\n"))


def relations(doc):
    return {(x.source, x.relation, x.target) for a in doc.articles for x in a.concept_links}


def concepts(doc):
    return {c.label for c in doc.concepts}


@pytest.mark.parametrize(("text", "members", "category"), [
    ("要加强机器学习算法、智算芯片、核心软件等关键核心技术攻关。", ["机器学习算法", "智算芯片", "核心软件"], "关键核心技术"),
    ("要发展新能源、新材料、新能源汽车等战略性新兴产业。", ["新能源", "新材料", "新能源汽车"], "战略性新兴产业"),
])
def test_enumeration_members_are_narrower_than_the_category(text, members, category):
    doc = facts_of(text)
    for member in members:
        assert (category, "hasMember", member) in relations(doc)


def test_gap_pattern_links_the_quality_to_each_field():
    doc = facts_of("一些产品可靠性较国际先进水平尚有差距，特别是在高端轴承、先进半导体材料、高性能芯片等领域表现明显。")
    for field in ("高端轴承", "先进半导体材料", "高性能芯片"):
        assert ("可靠性", "gapShowsIn", field) in relations(doc)


@pytest.mark.parametrize(("text", "pair"), [
    ("要加快数字经济与实体经济深度融合。", ("数字经济", "实体经济")),
    ("要促进先进制造业和现代服务业融合发展。", ("先进制造业", "现代服务业")),
])
def test_integration_pattern(text, pair):
    assert (pair[0], "integratesWith", pair[1]) in relations(facts_of(text))


def test_drives_pattern():
    doc = facts_of("人工智能是新质生产力的重要驱动力。")
    assert ("人工智能", "drives", "新质生产力") in relations(doc)


def test_section_theme_relies_on_what_its_measures_build():
    body = "加快智能化升级改造\n\n完善基础设施建设。加快工业互联网、物联网、5G等新型网络基础设施规模化部署。"
    rels = relations(facts_of(body))
    for tech in ("工业互联网", "物联网", "5G"):
        assert ("智能化", "reliesOn", tech) in rels


def test_aliases_become_one_concept():
    doc = facts_of("要发展AI。要推进人工智能创新。要建设5G网络和5G基站。")
    assert "人工智能" in concepts(doc) and "AI" not in concepts(doc)
    ai = next(c for c in doc.concepts if c.label == "人工智能")
    assert "AI" in ai.aliases


def test_indicator_with_value_unit_and_year():
    doc = facts_of("截至2023年，我国在用机架数达到810万标准机架。到2025年，综合机械化率达到75%。")
    inds = {(i.concept, i.value, i.unit, i.year, i.target) for a in doc.articles for i in a.indicators}
    assert ("在用机架数", "810万", "标准机架", "2023", False) in inds
    assert ("综合机械化率", "75", "%", "2025", True) in inds


@pytest.mark.parametrize("word", ["发展", "加快", "问题", "水平", "方面", "能力", "领域", "我国", "一是", "jrbll@sina.com"])
def test_junk_words_never_become_concepts(word):
    assert is_junk(word)


def test_seed_concepts_hold_no_junk_or_page_furniture(seed_page):
    from kg.resources import seeds_dir

    path = next(seeds_dir().glob("*.txt"))
    doc = extract_document(Source(path.name, path.read_text(encoding="utf-8")))
    labels = concepts(doc)
    for bad in ("李子娇", "高妍", "本版编辑", "来稿邮箱", "发展", "问题"):
        assert bad not in labels


def test_lexicon_loads_into_a_private_tokenizer_not_jiebas_global_one():
    code = ("import jieba; from kg.segment import segmenter; s = segmenter(); "
            "assert s.words('全国一体化算力体系') == ['全国一体化算力体系']; "
            "assert not jieba.dt.initialized and '全国一体化算力体系' not in jieba.dt.FREQ; print('ok')")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stdout.strip() == "ok", out.stderr
