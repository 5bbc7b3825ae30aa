"""The items of a list where a term runs over more than one item, and the classes a list closes with."""

import pytest

from kg.extract.relations.lists import includes
from kg.extract.relations.named import Named


def _terms(text: str, *spans: str) -> list[Named]:
    """Named records of words that may overlap, each at its first place in ``text``."""
    return [Named(w, w, text.index(w), text.index(w) + len(w)) for w in spans]


def _includes(text: str, *words: str) -> set[tuple[str, str, str]]:
    return {(a, str(r), b) for a, r, b in includes(text, _terms(text, *words))}


@pytest.mark.parametrize(("text", "words", "relation", "stated"), [
    # the clause's verb after a word of manner or place inside the first item: the item is the name after it
    ("严格查处甲行、乙券等金融机构", ("严格查处甲行", "甲行", "乙券", "金融机构"), ("金融机构", "includes", "甲行"), True),
    ("严格查处甲行、乙券等金融机构", ("严格查处甲行", "甲行", "乙券", "金融机构"), ("金融机构", "includes", "严格查处甲行"),
     False),
    ("在山区发展山羊、家兔等养殖业", ("山区发展山羊", "家兔", "养殖业"), ("养殖业", "includes", "山羊"), True),
    ("超前布局脑机接口、量子通信等未来产业", ("超前布局脑机接口", "量子通信", "未来产业"), ("未来产业", "includes", "脑机接口"),
     True),
    # a verb after another verb, or in an item later in the list, is part of a name
    ("抓好甲乙压缩空气、丙丁等储能项目", ("甲乙压缩空气", "丙丁", "储能项目"), ("储能项目", "includes", "甲乙压缩空气"), True),
    ("出席甲会、亚太经合组织会议等活动", ("甲会", "亚太经合组织会议", "活动"), ("活动", "includes", "亚太经合组织会议"), True),
])
def test_first_item_after_the_verb(text, words, relation, stated):
    assert (relation in _includes(text, *words)) is stated


def test_items_alike_are_names_whole():
    from kg.extract.relations.items import verb_first
    text = "学前教育入园率、义务教育巩固率等"  # items that close alike (…率、…率): 教育 is part of each name
    terms = _terms(text, "学前教育入园率", "义务教育巩固率")
    assert [t.text for t in verb_first(text, terms, terms)] == ["学前教育入园率", "义务教育巩固率"]


@pytest.mark.parametrize(("text", "words", "relation", "stated"), [
    # an action or a campaign closing a list of sectors or things: their fields, no kinds of it
    ("开展芯片、生物医药等专项攻关行动", ("芯片", "生物医药", "专项攻关行动"), ("专项攻关行动", "includes", "生物医药"), False),
    ("实施新材料、集成电路等科技专项", ("新材料", "集成电路", "科技专项"), ("科技专项", "includes", "集成电路"), False),
    ("开展肺癌、肝病等专项行动", ("肺癌", "肝病", "专项行动"), ("专项行动", "includes", "肝病"), False),
    # actions listed before one are its kinds
    ("开展欠款清理、市场秩序整治等专项行动", ("欠款清理", "市场秩序整治", "专项行动"), ("专项行动", "includes", "市场秩序整治"),
     True),
    ("实施企业管理提升、物流降本等专项行动", ("企业管理提升", "物流降本", "专项行动"), ("专项行动", "includes", "企业管理提升"),
     True),
])
def test_campaign_of_fields(text, words, relation, stated):
    assert (relation in _includes(text, *words)) is stated


@pytest.mark.parametrize(("text", "words", "pair"), [
    # a directional complement closes a clause, no concept: no end of a relation
    ("旧时遗留下来的分配制度", ("旧时遗留下来", "分配制度"), ("分配制度", "旧时遗留下来")),
    ("群众总结出来的耕作技术", ("群众总结出来", "耕作技术"), ("耕作技术", "群众总结出来")),
])
def test_no_clause_as_an_end(text, words, pair):
    from kg.extract.relations import sentence_relations
    assert pair not in {(a, b) for a, _, b in sentence_relations(text, _terms(text, *words))}


@pytest.mark.parametrize(("text", "words", "relation", "stated"), [
    # people named by what they do (…分子, …干部): a list of deeds or fields before them names no member
    ("打击走私、诈骗等经济犯罪分子", ("走私", "诈骗", "经济犯罪分子"), ("经济犯罪分子", "includes", "诈骗"), False),
    ("培训财会、统计等业务干部", ("财会", "统计", "业务干部"), ("业务干部", "includes", "统计"), False),
    ("团结教师、医生等知识分子", ("教师", "医生", "知识分子"), ("知识分子", "includes", "医生"), True),
])
def test_people_of_a_field(text, words, relation, stated):
    assert (relation in _includes(text, *words)) is stated


@pytest.mark.parametrize(("text", "words", "relation", "stated"), [
    # X特别是A where A's term runs on past the head it shares with X: the member ends at that head
    ("发展中国家特别是新兴国家实力上升", ("发展中国家", "新兴国家实力上升"), ("发展中国家", "includes", "新兴国家"), True),
    ("全体干部特别是基层干部带头", ("全体干部", "基层干部带头"), ("全体干部", "includes", "基层干部带头"), False),
    # a head at the start of the member is no cut (社会|主义…)
    ("社会主义社会特别是社会主义初级阶段", ("社会主义社会", "社会主义初级阶段"),
     ("社会主义社会", "includes", "社会主义初级阶段"), True),
])
def test_singled_out_up_to_the_head(text, words, relation, stated):
    assert (relation in _includes(text, *words)) is stated


@pytest.mark.parametrize(("text", "words", "pair", "stated"), [
    # 之以 is a set phrase (持之以恒: persistently), no 以X推动Y
    ("持之以恒抓好产业升级，加快建设产业集群", ("产业升级", "产业集群"), ("产业升级", "产业集群"), False),
    ("以产业升级加快建设产业集群", ("产业升级", "产业集群"), ("产业升级", "产业集群"), True),
    # 以X，V Y: a clause of its own before the comma, no means (unless a role closes it: 以X为牵引，推动Y)
    ("以产业升级，加快建设产业集群", ("产业升级", "产业集群"), ("产业升级", "产业集群"), False),
])
def test_set_phrase_of_means(text, words, pair, stated):
    from kg.extract.relations.enabling import enabling
    assert (pair in {(a, b) for a, _, b in enabling(text, _terms(text, *words))}) is stated


@pytest.mark.parametrize(("text", "words", "relation"), [
    # the items of one list are of one kind: where one is a topic an instrument or a system applies to, all are
    ("执行项目建设用地、节能、环保等准入标准", ("项目建设用地", "节能", "环保", "准入标准"),
     ("准入标准", "appliesTo", "项目建设用地")),
    ("完善重大传染病、慢性病等防控体系", ("重大传染病", "慢性病", "防控体系"), ("防控体系", "appliesTo", "重大传染病")),
    # a list of instruments named stays their kinds
    ("落实专利法、商标法等法律", ("专利法", "商标法", "法律"), ("法律", "includes", "专利法")),
])
def test_items_of_one_kind(text, words, relation):
    assert relation in _includes(text, *words)


@pytest.mark.parametrize(("text", "words", "relation", "stated"), [
    # X特别是A…的X: A opens a phrase that says which X (where, whose), no member
    ("各级政府特别是洪水重点防御区所在地的政府", ("各级政府", "洪水"), ("各级政府", "includes", "洪水"), False),
    # items joined before another of the same head stay members (燃料、电力和其他…的工业部门)
    ("扩大工业部门特别是燃料、电力和其他为农业服务的工业部门", ("工业部门", "燃料", "电力"), ("工业部门", "includes", "电力"), True),
])
def test_singled_out_whose(text, words, relation, stated):
    assert (relation in _includes(text, *words)) is stated


@pytest.mark.parametrize(("text", "words", "relation", "stated"), [
    # a term right after digits that are no year opens inside the number's measure: cut, no member
    ("建成3000吨级浮吊、乙型钻机等重大装备", ("吨级浮吊", "乙型钻机", "重大装备"), ("重大装备", "includes", "吨级浮吊"), False),
    ("举办中国100强企业论坛、甲博览会等品牌展会", ("强企业论坛", "甲博览会", "品牌展会"), ("品牌展会", "includes", "强企业论坛"),
     False),
    # after a year the term is whole
    ("办好2025全球数字大会、甲博览会等重大活动", ("全球数字大会", "甲博览会", "重大活动"), ("重大活动", "includes", "全球数字大会"),
     True),
])
def test_term_after_a_number(text, words, relation, stated):
    from kg.extract.relations import sentence_relations
    assert (relation in {(a, str(r), b) for a, r, b in sentence_relations(text, _terms(text, *words))}) is stated
