"""Concepts on short hand-written texts: terms a reader would index, never generic or cut words."""

import subprocess
import sys

import pytest

from kg.extract import extract_document
from kg.extract.inventory import is_junk
from kg.model import Source
from kg.text.segment import segmenter


def facts_of(body: str, title: str = "测试文章"):
    return extract_document(Source("t.txt", f"{title}\n\n张三 李四\n\n{body}\n"))


def relations(doc):
    return {(x.source, str(x.relation), x.target) for a in doc.articles for x in a.concept_links}


def concepts(doc):
    return {c.label for c in doc.concepts}


@pytest.mark.parametrize(("text", "expected"), [
    ("要健全职业教育奖学金制度。", ["职业教育奖学金制度"]),  # a term head (制度) after a field
    ("要坚持“菜篮子”市长负责制。", ["菜篮子市长负责制"]),  # a quoted term with its head
    ("发挥“龙头”企业带动作用。", ["龙头企业"]),  # the quoted name's kind, without the verb after it
    ("坚决守住安全生产底线。", ["安全生产"]),  # the thing whose bottom line is kept
    ("发展壮大县域经济，维护国家主权和领土完整。", ["县域经济", "领土完整"]),  # a set phrase after a noun may name a state
    ("落实《中华人民共和国职业教育法》。", ["中华人民共和国职业教育法"]),  # a title
    ("启动学历证书+若干职业技能等级证书制度试点（以下称1+X证书制度试点）工作。", ["学历证书+若干职业技能等级证书制度试点"]),
    ("大力发展订单农业。", ["订单农业"]),
    ("加快数字经济与实体经济深度融合。", ["数字经济", "实体经济"]),  # lexicon terms
    ("依法追究刑事责任。", ["刑事责任"]),  # a set phrase of two nouns (jieba tags it l)
    ("要完善中等职业学校生均拨款制度。", ["中等职业学校", "生均拨款制度"]),  # a phrase naming two things
    ("逐步提高技术工人工资待遇水平。", ["技术工人", "工资待遇"]),  # an attribute noun set apart
    ("专利代理机构从事专利代理业务。", ["专利代理机构", "专利代理业务"]),  # the predicate left out
    ("加强张掖乡村振兴示范区建设。", ["乡村振兴示范区"]),  # a place opening a phrase is no part of the term
    ("加强机器学习算法、智算芯片、核心软件等关键核心技术攻关。", ["机器学习算法", "智算芯片"]),  # list items whole
    ("油料、糖料、水产品也要有较多增加。", ["油料", "糖料"]),  # bare items of a list that holds a concept
    ("恢复铁路、邮政、航运和电信。", ["邮政", "航运", "电信"]),  # three bare nouns or more of one list
    ("森林覆盖率达到45%，粮食产量稳定在600万吨。", ["森林覆盖率", "粮食产量"]),  # indicators a figure follows
    ("优良天数比率达到90%。", ["优良天数比率"]),  # a status word jieba tags z modifies the noun after it
    ("维护市场秩序，加强法律援助。", ["市场秩序", "法律援助"]),  # two nouns jieba tags a person's name
    ("鼓励企业参与旅游扶贫。支持社会组织开展旅游扶贫。将旅游扶贫纳入对口帮扶。", ["旅游扶贫"]),  # whole where 扶贫 reads as a verb
])
def test_terms_are_concepts(text, expected):
    found = concepts(facts_of(text))
    for label in expected:
        assert label in found


@pytest.mark.parametrize(("text", "junk"), [
    ("要营造良好环境，推动形成人人皆可成才的局面。", ["良好环境", "局面"]),  # an evaluation of a common thing
    ("各地区各部门要积极支持，有关部门要加强指导。", ["各地区", "有关部门", "部门"]),  # determiners
    ("搞活整个国民经济。部分地区要先行。依靠广大人民群众。", ["整个国民经济", "部分地区", "广大人民群众"]),  # quantity
    ("要以关键核心技术为主攻方向。", ["主攻方向"]),  # a role noun
    ("坚持以改革为核心、以市场为导向，突出核心。", ["核心", "导向"]),  # the role word alone
    ("要做大做强酒泉、天水两个区域中心城市。", ["酒泉", "天水"]),  # places
    ("要持续盘活存量、培育增量、做大总量。", ["存量", "增量", "总量"]),  # common two-character words
    ("要充分发挥标准对制造业的引领作用。", ["充分发挥标准"]),  # a manner word opens no term
    ("推动监督检查常态化。", ["常态化", "检查常态化"]),  # a quality of nothing named
    ("要推动消费投资相互促进，农业连年丰收。", ["消费投资相互促进", "农业连年丰收"]),  # adverb + verb acts
    ("确保数字经济规模达到3万亿元。", ["数字经济规模达到"]),  # a verb followed by its object is a predicate
    ("力争粮食产量超过1000亿斤。", ["粮食产量超过"]),
    ("充分发挥人民群众的积极性和创造性。", ["创造性", "积极性"]),  # qualities with nothing they qualify
    ("增强政策的针对性、前瞻性、灵活性和有效性。", ["前瞻性", "灵活性"]),  # a list of qualities names no things
    ("考试合格的，颁发资格证书。情节严重或者拒不改正的，吊销许可证。", ["考试合格", "情节严重"]),  # conditions
    ("由市场监管部门责令限期改正。", ["市场监管部门责令限期", "部门责令"]),  # a penalty's verb ends the phrase
    ("全面完成经济社会发展主要预期目标。", ["经济社会发展主要预期"]),  # the aim cut from its head
    ("要加快人工智能发展，推动社会进步。", ["社会", "人工智能发展"]),  # a word of every subject; an activity tail
    ("坚持“从容应对风险挑战”，实施“菜篮子”工程。", ["从容应对风险挑战"]),  # a quoted clause is no term
    ("“九五”时期，经济稳步增长。", ["九五时期"]),  # a quoted name and a time: a period, no term
    ("发挥“龙头”企业带动、合作社跟进的作用。", ["龙头企业带动"]),  # the verb after a quoted name and its kind
    ("“网上办”全面推开。", ["网上办全面推开"]),
    ("经济发展日益成为共识。", ["经济发展日益"]),  # an adverb jieba tags a noun closes no term
    ("兜牢民生底线。", ["民生底线"]),  # the bottom line of a thing is an attribute of it
    ("实现生产力布局有机结合。", ["有机结合"]),  # a half of a phrase cut between two terms that ends in a verb
    ("统筹国际国内两个大局。", ["国际国内"]),  # words of the whole country or world alone
    ("要把各项政策落到实处。", ["落到实处"]),  # a set phrase closed by an adverb or an adjective states
    ("要坚持原则。要坚持原则。要坚持原则。", ["坚持原则"]),  # an action verb and its object jieba tags a noun
    ("发展壮大县域经济。", ["发展壮大县域经济", "发展壮大"]),  # … and acts on the term after it
    ("文化产业增加值比重提高。", ["比重提高"]),
    ("有力推动改革。有力保障民生。有力促进发展。", ["有力"]),  # a word the text uses before its verbs: a manner
    ("深入贯彻党的十九届三中全会精神。", ["三中全会精神"]),  # the spirit of a meeting
    ("由教育部副部长和司局负责同志参加。", ["教育部副部长", "司局负责同志"]),  # a person named by office
    ("青少年是未来，要十分重视青少年思想道德建设。", ["十分重视"]),  # a degree and a verb act as the verb
    ("要创造性地研究社会主义现代化建设。", ["创造性地", "研究社会主义"]),  # a manner with 地 names nothing
    ("各级政府要致力于促进就业。", ["致力于"]),  # a verb with its preposition
    ("要夯实产业基础，夯实算力基础。", ["产业基础", "算力基础"]),  # the foundation of a thing is an attribute of it
    ("残疾人事业取得新进展，慈善事业取得新成效。", ["事业取得新进展", "新进展", "新成效"]),  # attained, no term
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
    "加快发展新一代人工智能，支持企业举办职业教育，健全重要农产品储备体系。",
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


@pytest.mark.parametrize(("text", "relation"), [
    # includes: a list and its class, one relation per member; a list of one; X特别是Y; 以Y为代表的X
    ("要加强机器学习算法、智算芯片、核心软件等关键核心技术攻关。", ("关键核心技术", "includes", "智算芯片")),
    ("要加强机器学习算法、智算芯片、核心软件等关键核心技术攻关。", ("关键核心技术", "includes", "核心软件")),
    ("要发展新能源、新材料、新能源汽车等战略性新兴产业。", ("战略性新兴产业", "includes", "新能源汽车")),
    ("新能源、新材料等战略性新兴产业，要加快发展。", ("战略性新兴产业", "includes", "新材料")),  # a class as topic
    ("四是加强农田水利等农业基础设施建设。", ("农业基础设施", "includes", "农田水利")),
    ("要抓紧水稻特别是南方早稻的生产。", ("水稻", "includes", "早稻")),
    ("壮大以新能源汽车为代表的战略性新兴产业。", ("战略性新兴产业", "includes", "新能源汽车")),
    ("推广大豆、玉米、高粱等主要作物。", ("主要作物", "includes", "玉米")),  # 玉米: jieba tags it a person's name
    ("推广大豆、玉米、高粱等优良品种。", ("优良品种", "includes", "高粱")),  # a modified generic class is a class
    ("健全以企业为主体、市场为导向、产学研相结合的技术创新体系。", ("技术创新体系", "includes", "产学研")),  # parts joined
    ("完善公众参与、专家论证和政府决策相结合的决策机制。", ("决策机制", "includes", "专家论证")),
    ("构建以企业为主体、高校和科研院所深度融合的技术创新体系。", ("技术创新体系", "includes", "科研院所")),
    ("完善以基本医疗保险为核心的医疗保障体系。", ("医疗保障体系", "includes", "基本医疗保险")),  # the core of a whole
    # enables: basis and purpose
    ("要加快人工智能发展。人工智能是新质生产力的重要驱动力。", ("人工智能", "enables", "新质生产力")),
    ("没有网络安全就没有国家安全。", ("网络安全", "enables", "国家安全")),
    ("以科技创新推动产业创新。", ("科技创新", "enables", "产业创新")),
    ("大力发展现代农业，是实现国民经济稳定发展的基础。", ("现代农业", "enables", "国民经济")),
    ("通过发展县域经济，继续增加农民收入。", ("县域经济", "enables", "农民收入")),
    ("职业培训是人力资源开发的重要途径。", ("职业培训", "enables", "人力资源")),
    ("算力基础设施为数字经济发展提供有力支撑。", ("算力基础设施", "enables", "数字经济")),
    ("要加强基础研究，完善科技金融服务体系，为建设科技强国提供有力支撑。", ("基础研究", "enables", "科技强国")),
    ("以人工智能为引领，推动产业升级，提高全要素生产率。", ("人工智能", "enables", "全要素生产率")),  # a lead's run
    ("要通过技术创新，培育新产业，提高全要素生产率。", ("技术创新", "enables", "全要素生产率")),  # a means
    # integratesWith: joined things; a list joined to its last member
    ("要加快数字经济与实体经济深度融合。", ("数字经济", "integratesWith", "实体经济")),
    ("要促进先进制造业和现代服务业融合发展。", ("先进制造业", "integratesWith", "现代服务业")),
    ("推动互联网、大数据、人工智能和实体经济深度融合。", ("大数据", "integratesWith", "实体经济")),
    # appliesTo: a quality of a thing, a phrase naming two things, areas of use, a tilt towards
    ("要推进产业结构高端化。", ("高端化", "appliesTo", "产业结构")),
    ("要完善中等职业学校生均拨款制度。", ("生均拨款制度", "appliesTo", "中等职业学校")),
    ("一些产品可靠性较国际先进水平尚有差距，特别是在高端轴承、高性能芯片等领域表现明显。",
     ("可靠性", "appliesTo", "高性能芯片")),
    ("加快人工智能在研发设计、生产制造等核心环节应用。", ("人工智能", "appliesTo", "研发设计")),
    ("维护委托人、专利代理机构的合法权益。", ("合法权益", "appliesTo", "委托人")),
    ("切实保障妇女、儿童、残疾人等合法权益。", ("合法权益", "appliesTo", "残疾人")),  # what the members hold
    ("数字文化产业是文化产业的重要组成部分。", ("文化产业", "includes", "数字文化产业")),  # a part of a whole
    ("新增教育经费要向职业教育倾斜。", ("教育经费", "appliesTo", "职业教育")),
    ("对小微企业实行税收优惠政策。", ("税收优惠政策", "appliesTo", "小微企业")),
    ("推动制造业高端化、智能化、绿色化发展。", ("绿色化", "appliesTo", "制造业")),
    ("协同推进科技创新、产业创新和制度创新。", ("产业创新", "integratesWith", "制度创新")),
])
def test_stated_relations(text, relation):
    assert relation in {(a, str(r), b) for a, r, b in relations(facts_of(text))}


@pytest.mark.parametrize(("text", "pair"), [
    ("要发展人工智能。要发展生成式人工智能。", ("人工智能", "生成式人工智能")),  # labels that overlap
    ("加快智能化升级改造\n\n加快工业互联网规模化部署。", ("智能化", "工业互联网")),  # a section and its measure
    ("推动互联网、大数据、人工智能和实体经济深度融合。", ("互联网", "大数据")),  # both joined to a third only
    ("要发展人工智能，加强数据中心建设。", ("人工智能", "数据中心")),  # two clauses of one sentence
    ("提出识别假冒产品的根本标准。", ("根本标准", "假冒产品")),  # Y的X where the thing is an object of a verb
    ("统筹推进群众体育、竞技体育发展。", ("群众体育", "竞技体育")),  # 统筹 co-ordinates, it does not join
    ("做强产业引领、综合服务等核心功能。", ("核心", "综合服务")),  # the attribute of a class is no class
    ("推动加强健康监测、网络游戏等健康发展。", ("健康发展", "网络游戏")),  # an activity is no class
    ("整治燃气、消防、矿山等重点行业。", ("重点行业", "消防")),  # a class of focus only says where
    ("中国政府一向致力于促进亚非国家团结。", ("中国政府", "亚非国家")),  # the subject stands right before the verb
    ("为港澳同胞尤其是青年在内地学习、就业、创业提供便利。", ("港澳同胞", "创业")),  # 尤其是 opens no list here
    ("坚持教育和生产劳动相结合的方针。", ("方针", "教育")),  # only a system (体系, 机制, 制度, 体制) is made of parts
    ("建立以降低侵权损失为核心的专利保险机制。", ("专利保险机制", "侵权损失")),  # a core that is an action
    ("政务新媒体如从事互联网新闻信息服务，须具备资质。", ("政务新媒体", "互联网")),  # 如 as "if"
    ("推动京津冀协同发展、长江经济带发展、黄河流域生态保护。", ("长江经济带发展", "黄河流域生态保护")),  # a name
    ("挖掘汽车、住房等消费潜力。", ("消费潜力", "住房")),  # the areas of an attribute, no class
    ("促进供需有效对接、投资消费有机结合、城乡区域协调发展。", ("投资消费有机结合", "城乡区域")),  # clauses of a list
    ("完善社会统筹与个人账户相结合的养老保险制度。", ("养老保险制度", "社会")),  # a part is the whole item
    ("国民经济的目标是：在优化结构、降低消耗的基础上，实现稳定增长。", ("国民经济", "降低消耗")),  # 基础上: a setting
    ("实施企业培育计划，在景区管理、票务营销等领域培育领军企业。", ("企业培育计划", "景区管理")),
    ("要破除体制机制障碍，为建设科技强国创造条件。", ("体制机制障碍", "科技强国")),  # what is removed enables nothing
    ("按照国务院部署，加强科技金融服务体系建设，为建设科技强国提供支撑。", ("国务院", "科技强国")),  # a frame
    ("现代农业是社会力量参与乡村振兴的重要途径。", ("现代农业", "社会力量")),  # the subject of the clause it serves
    ("以人工智能为引领，推动战略性新兴产业发展，着力发展全要素生产率。", ("人工智能", "全要素生产率")),  # the run has ended
    ("要通过技术创新，发展人工智能，提高全要素生产率。", ("技术创新", "人工智能")),  # a means serves the ends it reaches
    ("人工智能保障存在短板弱项。", ("人工智能", "短板弱项")),  # 保障 as a noun, no verb of support
    ("支持社会资本进入服务业。", ("服务业", "社会资本")),  # a sector is no activity applied to a thing
    ("新能源汽车、工业机器人等产量成倍增长。", ("产量成倍增长", "工业机器人")),  # a subject list and its predicate
])
def test_no_relation_the_text_does_not_state(text, pair):
    rels = {(a, b) for a, _, b in relations(facts_of(text))}
    assert pair not in rels and pair[::-1] not in rels


def test_co_mention_is_counted_and_is_no_stated_relation():
    doc = facts_of("加快智能化升级改造\n\n完善基础设施建设。加快工业互联网、物联网等新型网络基础设施规模化部署。")
    co = {(c.first, c.second): c.count for a in doc.articles for c in a.co_mentions}
    assert co.get(("工业互联网", "智能化")) == 1
    assert ("智能化", "工业互联网") not in {(a, b) for a, _, b in relations(doc)}


def test_co_mention_is_one_triple_in_rdf_and_the_bundled_query_counts_it():
    import pyoxigraph as ox

    from kg.graph.rdf import POL, article_iri, concept_iri, document_ntriples, ontology_ntriples
    from kg.graph.store import named_query

    doc = facts_of("一、加快发展数字经济\n\n（一）建设工业互联网。推动工业互联网与人工智能融合发展。加快人工智能在制造业应用。",
                   title="发展数字经济")
    counted = {(article_iri(a.article), c.first, c.second, c.count) for a in doc.articles for c in a.co_mentions}
    assert ("人工智能", "工业互联网", 2) in {x[1:] for x in counted}  # m3 serves m2 and, two links up, g1
    store = ox.Store()
    store.bulk_load(document_ntriples(doc).lines + ontology_ntriples(), ox.RdfFormat.N_TRIPLES)
    stated = store.quads_for_pattern(None, ox.NamedNode(POL + "coMentionedWith"), None)
    assert {(q.subject.value, q.object.value) for q in stated} == {
        (concept_iri(a), concept_iri(b)) for _, a, b, _ in counted}  # one triple a pair, no node with its count
    assert not list(store.quads_for_pattern(None, None, ox.NamedNode(POL + "CoMention")))
    rows = store.query(named_query("co-mentions"))
    assert {(r["article"].value, r["first"].value, r["second"].value, int(r["count"].value)) for r in rows} == counted


def test_a_short_form_the_text_defines_is_an_alias():
    doc = facts_of("启动学历证书+若干职业技能等级证书制度试点（以下称1+X证书制度试点）工作。")
    term = next(c for c in doc.concepts if c.label == "学历证书+若干职业技能等级证书制度试点")
    assert "1+X证书制度试点" in term.aliases


def test_aliases_become_one_concept():
    doc = facts_of("要发展AI。要推进人工智能创新。要建设5G网络和5G基站。")
    assert "人工智能" in concepts(doc) and "AI" not in concepts(doc)
    assert "AI" in next(c for c in doc.concepts if c.label == "人工智能").aliases


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


@pytest.mark.parametrize(("phrase", "term"), [
    ("发展道路前进", False),  # a term the text names, and its verb: a clause, though the phrase was cut from a longer one
    ("民生商品投放", False),
    ("职业教育改革", True),  # a noun of activity closing a term
    ("科技成果转化", True),  # the corpus names it
])
def test_a_term_and_its_verb_is_no_term(phrase, term):
    from collections import Counter

    from kg.extract.inventory import Inventory

    inventory, seg = Inventory.example(Counter({"发展道路": 3, "职业教育": 3, "民生商品": 3}))
    assert inventory.is_term(phrase, seg.tag(phrase), split=True) is term


def test_a_relation_stated_in_two_sentences_has_a_concept_link_for_each():
    import pyoxigraph as ox

    from kg.graph.rdf import POL, concept_iri, document_ntriples

    doc = facts_of("一、培育新兴产业\n\n（一）培育量子科技、生物制造等未来产业。\n\n（二）壮大量子科技、类脑智能等未来产业。",
                   title="发展数字经济")
    store = ox.Store()
    store.bulk_load(document_ntriples(doc).lines, ox.RdfFormat.N_TRIPLES)
    prov = "http://www.w3.org/ns/prov#wasDerivedFrom"
    links = {q.subject for q in store.quads_for_pattern(None, ox.NamedNode(POL + "linkTarget"), ox.NamedNode(concept_iri("量子科技")))}
    evidence = [q.object for link in links for q in store.quads_for_pattern(link, ox.NamedNode(prov), None)]
    quotes = sorted(q.object.value for e in evidence for q in store.quads_for_pattern(e, ox.NamedNode(POL + "quote"), None))
    assert len(quotes) == 2 and quotes[0].startswith("（一）培育") and quotes[1].startswith("（二）壮大")
    direct = store.quads_for_pattern(ox.NamedNode(concept_iri("未来产业")), ox.NamedNode(POL + "includes"), None)
    assert [q.object.value for q in direct].count(concept_iri("量子科技")) == 1
