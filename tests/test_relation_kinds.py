"""What kind of relation a list, a focus or a shared head states, on tiny hand-written sentences: the shape that
gives a relation and the near shape that must not."""

import pytest

from kg.extract.relations.lists import includes
from kg.extract.relations.named import Named


def _terms(text: str, *spans: str) -> list[Named]:
    return [Named(w, w, text.index(w), text.index(w) + len(w)) for w in spans]


def _includes(text: str, words: tuple[str, ...]) -> set[tuple[str, str, str]]:
    return {(a, str(r), b) for a, r, b in includes(text, _terms(text, *words))}


@pytest.mark.parametrize(("text", "words", "relation", "stated"), [
    # items of one list are of one kind: where one names only the field of the firms, projects or sites, all do
    ("引进储能电池、无人机、低空飞行等装备企业", ("储能电池", "无人机", "低空飞行", "装备企业"),
     ("装备企业", "includes", "低空飞行"), False),
    ("推进高端装备、数控机床、甲乙平台等重大项目", ("高端装备", "数控机床", "甲乙平台", "重大项目"),
     ("重大项目", "includes", "数控机床"), False),
    # a list of things of the class's own kind stays, and a long item names a thing of its own
    ("引进甲乙集团、丙丁公司等装备企业", ("甲乙集团", "丙丁公司", "装备企业"), ("装备企业", "includes", "丙丁公司"), True),
    ("推进高端装备、甲乙丙丁数控机床等重大项目", ("高端装备", "甲乙丙丁数控机床", "重大项目"),
     ("重大项目", "includes", "甲乙丙丁数控机床"), True),
    # people in a class of people stay, whatever the other items name
    ("培训餐饮、导游等从业人员", ("餐饮", "导游", "从业人员"), ("从业人员", "includes", "导游"), True),
    # the public after a list of no people is the subject of a clause on the items' class (…的形式), no class
    ("运用漫画、短视频等公众喜闻乐见的形式", ("漫画", "短视频", "公众"), ("公众", "includes", "短视频"), False),
    ("照顾工人阶级、贫下中农等基本群众", ("工人阶级", "贫下中农", "基本群众"), ("基本群众", "includes", "贫下中农"), True),
    ("帮扶特困人员、孤儿等困难群众", ("特困人员", "孤儿", "困难群众"), ("困难群众", "includes", "孤儿"), True),
])
def test_one_kind_per_list(text, words, relation, stated):
    assert (relation in _includes(text, words)) is stated


@pytest.mark.parametrize(("text", "words", "relation", "stated"), [
    # each item ends with a word inside the class, which closes with what the items own: no kind of it
    ("建设甲地大学、乙地大学等知名大学南方研究院", ("甲地大学", "乙地大学", "知名大学南方研究院"),
     ("知名大学南方研究院", "includes", "乙地大学"), False),
    ("改造甲医院东院区、乙医院北院区等老院区病房", ("甲医院东院区", "乙医院北院区", "老院区病房"),
     ("老院区病房", "includes", "甲医院东院区"), False),
    ("防范商场建筑、仓储建筑等各类建筑火灾", ("商场建筑", "仓储建筑", "建筑火灾"), ("建筑火灾", "includes", "商场建筑"), False),
    # a class whose head is a kind of the items' things stays
    ("发展新能源汽车、智能网联汽车等汽车产业", ("新能源汽车", "智能网联汽车", "汽车产业"),
     ("汽车产业", "includes", "智能网联汽车"), True),
    ("支持甲地大学、乙地大学等知名大学", ("甲地大学", "乙地大学", "知名大学"), ("知名大学", "includes", "乙地大学"), True),
])
def test_items_that_own_the_head(text, words, relation, stated):
    assert (relation in _includes(text, words)) is stated


@pytest.mark.parametrize(("text", "words", "relation", "stated"), [
    # a thing in focus of an action is what it applies to; an activity in focus is a part of it
    ("以中小企业为重点深化金融体制改革", ("中小企业", "金融体制改革"), ("金融体制改革", "appliesTo", "中小企业"), True),
    ("以乡镇企业为重点的整个企业改革", ("乡镇企业", "企业改革"), ("企业改革", "appliesTo", "乡镇企业"), True),
    ("金融体制改革，要以银行改革为重点", ("金融体制改革", "银行改革"), ("金融体制改革", "includes", "银行改革"), True),
    # a thing the action builds: its parts are what the focus names
    ("加强以小型水库为重点的水利设施建设", ("小型水库", "水利设施"), ("水利设施", "includes", "小型水库"), True),
    # a bare thing after the focus is no action; an action in focus no term holds whole names no part
    ("以小型水库为重点的水利设施规划", ("小型水库", "水利设施"), ("水利设施", "includes", "小型水库"), False),
    ("以提高银行效率为重点深化金融体制改革", ("银行效率", "金融体制改革"), ("金融体制改革", "appliesTo", "银行效率"), False),
])
def test_focus(text, words, relation, stated):
    from kg.extract.relations.focus import focused
    assert (relation in {(a, str(r), b) for a, r, b in focused(text, _terms(text, *words))}) is stated


@pytest.mark.parametrize(("text", "words", "pair", "stated"), [
    # a manner before the verb of joining (有效, 高效, 跨区域) still joins the things before it
    ("推动城市公交和城际铁路高效衔接", ("城市公交", "城际铁路"), ("城市公交", "城际铁路"), True),
    ("促进社会救助与慈善帮扶有效衔接", ("社会救助", "慈善帮扶"), ("社会救助", "慈善帮扶"), True),
    ("强化技术创新和产业创新跨区域协同", ("技术创新", "产业创新"), ("技术创新", "产业创新"), True),
    # after a manner, a first item cut from a longer name (巩固拓展脱贫|攻坚成果) joins nothing
    ("巩固拓展脱贫攻坚成果同乡村振兴有效衔接", ("攻坚成果", "乡村振兴"), ("攻坚成果", "乡村振兴"), False),
    # a verb of joining inside a body's name (…协同创新中心) joins nothing
    ("提升甲研究院、乙前沿技术协同创新中心能级", ("甲研究院", "乙前沿技术"), ("甲研究院", "乙前沿技术"), False),
    ("推动甲研究院、乙前沿技术协同发展", ("甲研究院", "乙前沿技术"), ("甲研究院", "乙前沿技术"), True),
])
def test_joined_in_a_manner(text, words, pair, stated):
    from kg.extract.relations.joins import fusions
    found = {(a, b) for a, _, b in fusions(text, _terms(text, *words))}
    assert (pair in found or pair[::-1] in found) is stated


@pytest.mark.parametrize(("text", "words", "pair", "stated"), [
    # 以X推动Y where a bare phrase of three characters or more is the whole object closing the clause
    ("以数字化带动工业化", ("数字化", "工业化?"), ("数字化", "工业化"), True),
    ("以技术创新引领产业升级，发展新质生产力", ("技术创新", "产业升级?", "新质生产力"), ("技术创新", "产业升级"), True),
    # a bare word of two characters, or one that does not close the clause, is no end
    ("以数字化带动工业", ("数字化", "工业?"), ("数字化", "工业"), False),
    ("以技术创新引领产业升级步伐", ("技术创新", "产业升级?"), ("技术创新", "产业升级"), False),
])
def test_led_to_a_bare_end(text, words, pair, stated):
    from kg.extract.relations.enabling import enabling
    terms = [Named(w.rstrip("?"), w.rstrip("?"), text.index(w.rstrip("?")), text.index(w.rstrip("?")) + len(w.rstrip("?")),
                   provisional=w.endswith("?")) for w in words]
    assert (pair in {(a, b) for a, _, b in enabling(text, terms)}) is stated


@pytest.mark.parametrize(("text", "words", "relation", "stated"), [
    # X分为A和B; X，包括A、B; X（包括A）: the cue spells out the parts of the whole before it
    ("临时号牌分为纸质号牌和电子号牌两种", ("临时号牌", "纸质号牌", "电子号牌"), ("临时号牌", "includes", "电子号牌"), True),
    ("各类职业院校，包括技工学校、职业高中等", ("职业院校", "技工学校", "职业高中"), ("职业院校", "includes", "技工学校"), True),
    ("工资总额（包括津贴在内）增长较快", ("工资总额", "津贴"), ("工资总额", "includes", "津贴"), True),
    ("新兴产业，包括：数字创意、低空经济", ("新兴产业", "数字创意", "低空经济"), ("新兴产业", "includes", "低空经济"), True),
    ("全体居民包括农民工和灵活就业人员的基本权益", ("全体居民", "农民工", "灵活就业人员"),
     ("全体居民", "includes", "灵活就业人员"), True),
    # what is left out (不包括), a part named with more words (包括深化A|改革, 包括国营|的和…), a chain of parts
    ("新产业，包括：数字创意、中医药等品牌工业、低空经济", ("新产业", "数字创意", "中医药", "品牌工业", "低空经济"),
     ("新产业", "includes", "中医药"), False),  # a kind of the class that closes its item, no part of the whole
    ("粮食产量（不包括大豆）增长", ("粮食产量", "大豆"), ("粮食产量", "includes", "大豆"), False),
    ("推进综合改革，包括深化乡镇机构改革", ("综合改革", "乡镇机构"), ("综合改革", "includes", "乡镇机构"), False),
    ("各地的工厂，包括国营的和私营的", ("工厂", "国营"), ("工厂", "includes", "国营"), False),
    ("团结包括各族人民，包括爱国人士，包括海外侨胞", ("各族人民", "爱国人士", "海外侨胞"),
     ("爱国人士", "includes", "海外侨胞"), False),
    # a list whose items own the head after 各 (A、B各工作部门): the fields of the departments, no members
    ("所有经济部门，包括工业、农业各工作部门", ("经济部门", "工业", "农业"), ("经济部门", "includes", "农业"), False),
])
def test_parts_spelled_out(text, words, relation, stated):
    assert (relation in _includes(text, words)) is stated


@pytest.mark.parametrize(("text", "words", "relation", "stated"), [
    # 为/向Y提供X: a service provided applies to whom
    ("为小微企业提供融资担保", ("小微企业", "融资担保"), ("融资担保", "appliesTo", "小微企业"), True),
    ("向养殖大户提供技术指导、市场信息", ("养殖大户", "技术指导", "市场信息"), ("市场信息", "appliesTo", "养殖大户"), True),
    # support, a basis or a chance provided is no service (为Y提供支撑 enables); a noun before 的 is no object
    ("为小微企业提供金融支持", ("小微企业", "金融支持"), ("金融支持", "appliesTo", "小微企业"), False),
    ("为小微企业提供低费率的担保", ("小微企业", "低费率"), ("低费率", "appliesTo", "小微企业"), False),
    ("成为小微企业提供融资担保的主力", ("小微企业", "融资担保"), ("融资担保", "appliesTo", "小微企业"), False),
])
def test_provided(text, words, relation, stated):
    from kg.extract.relations.applying import applying
    terms = _terms(text, *words)
    assert (relation in {(a, str(r), b) for a, r, b in applying(text, terms, terms)}) is stated


@pytest.mark.parametrize(("text", "words", "relation", "stated"), [
    # A、B在Y中的应用: what is used applies to each thing it is used in
    ("推广区块链在供应链金融中的应用", ("区块链", "供应链金融"), ("区块链", "appliesTo", "供应链金融"), True),
    ("促进北斗导航在农机装备和农机作业上的应用", ("北斗导航", "农机装备", "农机作业"), ("北斗导航", "appliesTo", "农机作业"), True),
    # a stretch that holds more than the things (在推进供应链金融发展中的应用): no thing it is used in
    ("推广区块链在推进供应链金融发展中的应用", ("区块链", "供应链金融"), ("区块链", "appliesTo", "供应链金融"), False),
])
def test_used_in(text, words, relation, stated):
    from kg.extract.relations.applying import applying
    terms = _terms(text, *words)
    assert (relation in {(a, str(r), b) for a, r, b in applying(text, terms, terms)}) is stated


@pytest.mark.parametrize(("text", "words", "pair", "stated"), [
    # a quality in 化 after a phrase that ends in one (产业数字化|智能化): a run of qualities cut, no thing of it
    ("推动产业数字化智能化改造", ("产业数字化", "智能化"), ("智能化", "产业数字化"), False),
    ("推进安全管理规范化长效化", ("安全管理规范化", "长效化"), ("长效化", "安全管理规范化"), False),
    ("加快能源消费低碳化转型", ("能源消费", "低碳化"), ("低碳化", "能源消费"), True),
])
def test_quality_of_a_quality(text, words, pair, stated):
    from kg.extract.relations.applying import qualities
    assert (pair in {(a, b) for a, _, b in qualities(text, _terms(text, *words))}) is stated


@pytest.mark.parametrize(("text", "words", "relation", "stated"), [
    # products or sectors before a chain name whose chain it is (each one's), no member of it
    ("推动小麦、玉米、大豆等全产业链发展", ("小麦", "玉米", "大豆", "全产业链"), ("全产业链", "includes", "玉米"), False),
    ("打造甲果、乙果等精深加工产业链", ("甲果", "乙果", "精深加工产业链"), ("精深加工产业链", "includes", "乙果"), False),
    ("深化与甲集团、乙集团等供应链合作", ("甲集团", "乙集团", "供应链"), ("供应链", "includes", "乙集团"), False),
    # stages of a chain are its parts
    ("贯通种植、加工、流通等粮食产业链", ("种植", "加工", "流通", "粮食产业链"), ("粮食产业链", "includes", "流通"), True),
    ("推动研究开发、制造加工、市场营销等全链条升级", ("研究开发", "制造加工", "市场营销", "全链条"),
     ("全链条", "includes", "制造加工"), True),
])
def test_chain_of_each_item(text, words, relation, stated):
    assert (relation in _includes(text, words)) is stated


@pytest.mark.parametrize(("text", "words", "relation", "stated"), [
    # bare verbs before an arrangement name what it manages of a thing: no member, nothing it applies to
    ("建立公租房使用、运营、退出等管理制度", ("运营", "退出", "管理制度"), ("管理制度", "appliesTo", "退出"), False),
    ("健全公租房分配、运营、退出等管理机制", ("分配", "运营", "退出", "管理机制"), ("管理机制", "appliesTo", "运营"), False),
    # topics and named items of an arrangement stay
    ("健全养老、医疗、生育等社会保障体系", ("养老", "医疗", "生育", "社会保障体系"), ("社会保障体系", "appliesTo", "生育"), True),
    ("执行用地、节能、环保等准入标准", ("用地", "节能", "环保", "准入标准"), ("准入标准", "appliesTo", "节能"), True),
])
def test_verbs_an_arrangement_manages(text, words, relation, stated):
    assert (relation in _includes(text, words)) is stated


@pytest.mark.parametrize(("text", "words", "relation", "stated"), [
    # a system the parts of a list make up: its parts, not the partner it is matched with
    ("完善甲乙、丙丁和戊己相结合的庚辛机制", ("甲乙", "丙丁", "戊己", "庚辛机制"), ("庚辛机制", "includes", "丙丁"), True),
    ("建立健全与经济增长相协调的财政投入机制", ("经济增长", "财政投入机制"), ("财政投入机制", "includes", "经济增长"), False),
    ("建立以企业为主体、产学研相结合的技术创新体系", ("企业", "产学研", "技术创新体系"),
     ("技术创新体系", "includes", "产学研"), True),
])
def test_parts_of_a_system(text, words, relation, stated):
    assert (relation in _includes(text, words)) is stated


@pytest.mark.parametrize(("text", "words", "relation", "stated"), [
    # X特别是A、B: where A is of X's kind and B is not, B goes on with the list X stands in
    ("加强对领导干部特别是基层干部、财务管理、关键岗位的监督", ("领导干部", "基层干部", "财务管理", "关键岗位"),
     ("领导干部", "includes", "关键岗位"), False),
    ("加强对领导干部特别是基层干部、财务管理、关键岗位的监督", ("领导干部", "基层干部", "财务管理", "关键岗位"),
     ("领导干部", "includes", "基层干部"), True),
    ("支持市场主体特别是小微企业、个体工商户发展", ("市场主体", "小微企业", "个体工商户"), ("市场主体", "includes", "个体工商户"), True),
])
def test_singled_out_of_its_kind(text, words, relation, stated):
    assert (relation in _includes(text, words)) is stated


@pytest.mark.parametrize(("text", "words", "relation"), [
    # places before a strategy are where it is carried out; places or buildings before a fire or an accident are
    # where it happens: each applies, none is a kind of it
    ("实施甲地区、乙地区等老工业基地振兴战略", ("甲地区", "乙地区", "老工业基地振兴战略"), ("老工业基地振兴战略", "appliesTo", "乙地区")),
    ("防范高层建筑、地下商场等建筑火灾", ("高层建筑", "地下商场", "建筑火灾"), ("建筑火灾", "appliesTo", "地下商场")),
    ("遏制煤矿、危化品等重特大事故", ("煤矿", "危化品", "重特大事故"), ("重特大事故", "appliesTo", "危化品")),
    # perils before an accident are kinds of it
    ("防范火灾灾害、爆炸事故等重特大事故", ("火灾灾害", "爆炸事故", "重特大事故"), ("重特大事故", "includes", "爆炸事故")),
])
def test_where_a_programme_or_peril_is(text, words, relation):
    assert relation in _includes(text, words)


@pytest.mark.parametrize(("text", "words", "relation", "stated"), [
    # a class that only modifies a noun of another kind after it (a chain, information, a show, an asset, a drug)
    ("推进甲服务器、乙终端等制造业产业链建设", ("甲服务器", "乙终端", "制造业"), ("制造业", "includes", "乙终端"), False),
    ("引进户外运动、珠宝玉石等专业品牌展会", ("户外运动", "珠宝玉石", "专业品牌"), ("专业品牌", "includes", "户外运动"), False),
    ("发展新型疫苗、抗体等生物技术药物", ("新型疫苗", "抗体", "生物技术"), ("生物技术", "includes", "抗体"), False),
    # the class itself, or before 的 and what is said of it, stays
    ("发展新型疫苗、抗体等生物技术", ("新型疫苗", "抗体", "生物技术"), ("生物技术", "includes", "抗体"), True),
    ("用于冶金、化工等重工业的资产", ("冶金", "化工", "重工业"), ("重工业", "includes", "化工"), True),
])
def test_class_that_modifies(text, words, relation, stated):
    assert (relation in _includes(text, words)) is stated


@pytest.mark.parametrize(("text", "words", "relation", "stated"), [
    # X向Y倾斜: what tilts is the thing (or the list) that closes the subject, not a body before it
    ("省级财政新增教育经费要向职业教育倾斜", ("省级财政", "教育经费", "职业教育"), ("教育经费", "职业教育"), True),
    ("省级财政新增教育经费要向职业教育倾斜", ("省级财政", "教育经费", "职业教育"), ("省级财政", "职业教育"), False),
    ("人力物力等资源要向农村和基层倾斜", ("人力物力", "资源", "农村", "基层"), ("资源", "基层"), True),
])
def test_what_tilts(text, words, relation, stated):
    from kg.extract.relations.applying import applying
    terms = _terms(text, *words)
    assert (relation in {(a, b) for a, _, b in applying(text, terms, terms)}) is stated


@pytest.mark.parametrize(("text", "words", "relation", "stated"), [
    # two bare words combined (A与B相结合的X): what X is set by, no parts; a longer list stays
    ("建立岗位与绩效相结合的薪酬制度", ("岗位", "绩效", "薪酬制度"), ("薪酬制度", "includes", "绩效"), False),
    ("形成部门、地方、高校和企业相结合的管理体系", ("高校", "企业", "管理体系"), ("管理体系", "includes", "企业"), True),
])
def test_bare_criteria_combined(text, words, relation, stated):
    terms = [Named(w, w, text.index(w), text.index(w) + len(w), provisional=len(w) <= 2) for w in words]
    assert (relation in {(a, str(r), b) for a, r, b in includes(text, terms)}) is stated


@pytest.mark.parametrize(("text", "words", "pair", "stated"), [
    # a bare word before a longer last item whose head it elides (城乡、区域文化): cut, nothing joined
    ("重视城乡、区域文化协调发展", ("城乡", "区域文化"), ("城乡", "区域文化"), False),
    ("推动数字经济和实体经济深度融合", ("数字经济", "实体经济"), ("数字经济", "实体经济"), True),
])
def test_elided_head_joins_nothing(text, words, pair, stated):
    from kg.extract.relations.joins import fusions
    assert (pair in {(a, b) for a, _, b in fusions(text, _terms(text, *words))}) is stated
