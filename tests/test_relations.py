"""Stated relations read from a sentence's structure, on tiny hand-written sentences: what each shape gives and
what a near shape must not give."""

import pytest

from kg.extract import extract_document
from kg.extract.relations.applying import applying, possessed
from kg.extract.relations.enabling import enabling
from kg.extract.relations.lists import includes
from kg.extract.relations.named import named_in
from kg.model import Source


def relations(body: str) -> set[tuple[str, str, str]]:
    doc = extract_document(Source("t.txt", f"测试文章\n\n张三 李四\n\n{body}\n"))
    return {(x.source, str(x.relation), x.target) for a in doc.articles for x in a.concept_links}


@pytest.mark.parametrize(("text", "relation"), [
    # 对X实行A、B: each thing done applies to whom
    ("对小微企业实行税收减免、贷款贴息。", ("贷款贴息", "appliesTo", "小微企业")),
    ("对小微企业实行税收减免、贷款贴息。", ("税收减免", "appliesTo", "小微企业")),
    ("对受灾害影响较大的小微企业实行税收减免。", ("税收减免", "appliesTo", "小微企业")),
    # A的X和Y: each quality of the list after 的
    ("提高宏观调控的前瞻性、针对性、有效性。", ("针对性", "appliesTo", "宏观调控")),
    ("反对霸权主义的侵略政策和战争政策。", ("战争政策", "appliesTo", "霸权主义")),
    ("完善茶叶等特色农产品的质量标准。", ("质量标准", "appliesTo", "特色农产品")),  # the class a list closes owns it
    ("提高城乡居民的实际收入、消费水平和生活质量。", ("生活质量", "appliesTo", "城乡居民")),
    # 依托/依靠/利用X，建设Y: what X is used for
    ("依靠科技创新，发展现代农业。", ("科技创新", "enables", "现代农业")),
    ("利用大数据、云计算等信息技术，推进智慧城市建设。", ("云计算", "enables", "智慧城市")),
    ("充分利用当地资源，积极发展乡镇企业。", ("当地资源", "enables", "乡镇企业")),
    # A与B的衔接/融合: the joining as a noun
    ("做好音像记录与文字记录的衔接。", ("音像记录", "integratesWith", "文字记录")),
    ("推动先进制造业与现代服务业的深度融合。", ("先进制造业", "integratesWith", "现代服务业")),
    # A|供应水平|和质量, A|X标准|或Y标准: a quality joined after a phrase that ends in one is A's too
    ("提高水产品供应水平和质量。", ("质量", "appliesTo", "水产品")),
    ("落实职业院校生均经费标准或公用经费标准。", ("公用经费标准", "appliesTo", "职业院校")),
    ("完善生态环境监管制度和问责机制。", ("问责机制", "appliesTo", "生态环境")),
    # X是Y的(根本/基本)保证: what guarantees Y enables it
    ("社会保障是社会安定的重要保证。", ("社会保障", "enables", "社会安定")),
    ("农村金融服务是乡镇企业健康发展的基本保证。", ("农村金融服务", "enables", "乡镇企业")),
    # X，是Y的重要途径和迫切任务: a second noun after the basis; a frame before the subject (实践证明，) is none
    ("推进产业结构调整，是提高经济增长质量的重要途径和迫切任务。", ("产业结构调整", "enables", "经济增长质量")),
    ("实践证明，推进产业结构调整，是提高经济增长质量的重要途径。", ("产业结构调整", "enables", "经济增长质量")),
    # X是Y的重要内容, X是A，是Y的重要内容: Y includes the subject
    ("政府机构改革是行政体制改革的重要内容。", ("行政体制改革", "includes", "政府机构改革")),
    ("政府机构改革是人民群众的期盼，也是行政体制改革的重要内容。", ("行政体制改革", "includes", "政府机构改革")),
    ("智慧农业是数字乡村建设的重要内容。", ("数字乡村", "includes", "智慧农业")),  # Y建设的: the thing built
    # X，是Y的基础，也是Z的条件: the first clause of the copula before a later one
    ("保持国民经济较快增长，是改善人民生活的基础，也是深化改革的重要条件。", ("国民经济", "enables", "人民生活")),
    # X是Y的内在/本质要求: Y needs X
    ("共同富裕是中国特色社会主义的本质要求。", ("共同富裕", "enables", "中国特色社会主义")),
    ("区域协调发展是中国式现代化的内在要求。", ("区域协调发展", "enables", "中国式现代化")),
    ("区域协调发展是中国式现代化的根本要求。", ("区域协调发展", "enables", "中国式现代化")),
    # X应当遵守/恪守A、B: what a subject must keep applies to it (each subject of a list, each later clause of keeping)
    ("会计人员应当恪守职业道德、执业纪律。", ("执业纪律", "appliesTo", "会计人员")),
    ("律师事务所和公证机构应当遵守宪法和法律，恪守职业道德。", ("职业道德", "appliesTo", "律师事务所")),
    ("律师事务所和公证机构应当遵守宪法和法律，恪守职业道德。", ("职业道德", "appliesTo", "公证机构")),
    # 发展Y，必须X: what the goal takes enables it
    ("发展社会主义市场经济，必须加强和改善宏观调控。", ("宏观调控", "enables", "社会主义市场经济")),
    ("实现乡村振兴，必须坚持农业农村优先发展，深化农村土地制度改革。", ("农村土地制度改革", "enables", "乡村振兴")),
    # 为了保证/确保Y稳定增长，必须X: the goal is the thing's growth; 保证, 确保, 促进 state a goal too
    ("为了保证粮食生产稳定增长，必须深化农村土地制度改革。", ("农村土地制度改革", "enables", "粮食生产")),
    ("为了确保乡镇企业健康发展，必须加强农村金融服务。", ("农村金融服务", "enables", "乡镇企业")),
    # A与B、C融合: the one before 与 with each after it; A与B、C等相结合 too
    ("推动人工智能与先进制造业、现代农业深度融合。", ("人工智能", "integratesWith", "现代农业")),
    ("推进人工智能同先进制造业、现代农业等相结合。", ("人工智能", "integratesWith", "先进制造业")),
    # 中小企业特别是小微企业: a member of the item's own kind, after a list too
    ("支持个体工商户、中小企业特别是小微企业发展。", ("中小企业", "includes", "小微企业")),
    ("最艰巨的任务在农村特别是在贫困地区。", ("农村", "includes", "贫困地区")),  # the same preposition again
    # A|高端化智能化: qualities run together are each the thing's
    ("推动制造业高端化智能化发展。", ("智能化", "appliesTo", "制造业")),
    ("推动新型储能规模化建设。", ("规模化", "appliesTo", "新型储能")),  # one quality closing the change it names
    # X是A，也是Y的主要来源/基础: each later clause of the copula says what its subject enables
    ("乡镇企业是农村经济的重要组成部分，也是农民收入的主要来源。", ("乡镇企业", "enables", "农民收入")),
    ("在新的形势下，民营企业是技术创新的主要提供者。", ("民营企业", "enables", "技术创新")),
    ("中小企业是扩大就业的主力军，是技术创新的重要源泉。", ("中小企业", "enables", "技术创新")),
    ("农业机械化和农机装备是农业发展的重要基础，是乡村振兴的重要支撑。", ("农业机械化", "enables", "乡村振兴")),  # each of a list
    # 基于A、B的Y: what a thing is built on enables it
    ("建设基于区块链、物联网的农产品追溯平台。", ("物联网", "enables", "农产品追溯平台")),
    # X对Y的支撑/支持作用: what stands right before 对 enables Y
    ("增强现代服务业对先进制造业的支撑作用。", ("现代服务业", "enables", "先进制造业")),
    ("加强中央财政对中小企业的支持。", ("中央财政", "enables", "中小企业")),
    # X改革的主要任务/重点是：A，B: what each clause acts on is a part of the reform
    ("价格体制改革的主要任务是：放开竞争性商品价格，完善价格调控机制，维护市场秩序。",
     ("价格体制改革", "includes", "价格调控机制")),
    ("医药卫生体制改革的重点是：建立基本医疗保障制度，改变以药养医机制。", ("医药卫生体制改革", "includes", "基本医疗保障制度")),
    # 用/运用X促进/改造Y: as 以X促进Y
    ("用信息技术改造提升传统产业。", ("信息技术", "enables", "传统产业")),
    ("积极运用数字技术推动服务业转型升级。", ("数字技术", "enables", "服务业")),
    # X为Y作出贡献: X serves Y
    ("社会力量办学为发展职业教育作出了重要贡献。", ("社会力量办学", "enables", "职业教育")),
    # 对…相关X的Y: a determiner opens the owner's phrase
    ("加强对农产品加工企业和相关合作社的信用监管。", ("信用监管", "appliesTo", "合作社")),
    # A、B、C|X: a list of qualities before a thing, the last one no part of its name (nor a modifier after it)
    ("营造市场化、法治化、国际化营商环境。", ("国际化", "appliesTo", "营商环境")),
    ("营造市场化、法治化、国际化营商环境。", ("市场化", "appliesTo", "营商环境")),
    ("要优化营商环境。营造市场化、法治化、国际化一流营商环境。", ("法治化", "appliesTo", "营商环境")),
    ("发展数字化、智能化基础设施。", ("智能化", "appliesTo", "基础设施")),
    # 发挥A在Y中的作用: A plays its part in Y
    ("充分发挥行业协会、商会在行业自律中的作用。", ("行业协会", "enables", "行业自律")),
    ("发挥专利制度在发展科技事业中的重要作用。", ("专利制度", "enables", "科技事业")),
    # 将A纳入Y: the programme or system A is put into includes it
    ("将学前教育纳入基本公共服务体系。", ("基本公共服务体系", "includes", "学前教育")),
    ("人工智能是新一轮科技革命的重要驱动力量。", ("人工智能", "enables", "新一轮科技革命")),
    # two verbs joined by 和 take one object (支撑和引领Y), as one verb does
    ("科技创新支撑和引领经济社会发展。", ("科技创新", "enables", "经济社会发展")),
    ("以数字经济为引领，推动产业转型。", ("数字经济", "enables", "产业转型")),  # a role closes the means before the comma
    # A，B，为Y提供支撑: the actions right before the purpose serve it
    ("以新发展理念为指导，以农机农艺融合为路径，推动农机装备产业转型升级，为实现农业现代化提供有力支撑。",
     ("农机装备产业", "enables", "农业现代化")),
])
def test_stated(text, relation):
    assert relation in relations(text)


@pytest.mark.parametrize(("text", "pair"), [
    ("对受灾害影响较大的行业实行税收减免。", ("税收减免", "灾害影响")),  # whom is the phrase's head, not a modifier
    ("对农业结构进行战略性调整。", ("战略性", "农业结构")),
    ("数字经济是市场经济条件下发展实体经济的重要途径。", ("数字经济", "市场经济")),  # a setting (…条件下) is no end
    ("为了促进制造业持续发展，必须缓解能源供求矛盾。", ("供求矛盾", "制造业")),  # what is relieved enables nothing
    ("制定基于区块链的农产品追溯管理办法。", ("区块链", "农产品")),
    ("价格体制改革的主要任务是：放开竞争性商品价格，完善价格调控机制，维护市场秩序。", ("价格体制改革", "市场秩序")),  # an aim  # a modifier of the phrase after 的 is no end  # a quality that qualifies the object is none
    ("完善职业院校的评价制度和培训基地。", ("培训基地", "职业院校")),  # a thing after a quality is no quality
    ("提高水资源利用效率，发展节水农业。", ("水资源", "节水农业")),  # 利用 inside a noun phrase is no means
    ("促进制造业与先进制造业深度融合。", ("制造业", "先进制造业")),  # a thing is not joined to a kind of itself
    ("把职业教育摆在教育改革的突出位置。", ("教育改革", "职业教育")),  # a verb between two terms: no compound
    ("引导群众关切推进教育改革发展。", ("教育改革", "群众关切")),
    # a list of clauses (subject and verb) before a verb of joining joins no things
    ("形成龙头企业引领、单项冠军企业攻坚、中小企业融通协作的格局。", ("单项冠军企业攻坚", "中小企业")),
    ("鼓励部队特别是驻边疆地区部队参与建设。", ("部队", "边疆地区")),  # a modifier of a kind of the class is no member
    ("继续转变政府职能，为企业自主经营创造良好条件。", ("政府职能", "企业自主经营")),  # what is changed enables nothing
    ("提高思想政治水平和现代科学文化。", ("现代科学文化", "思想政治")),  # a noun in 化 joined after it is no quality
    ("实践证明，推进产业结构调整，是提高经济增长质量的重要途径。", ("实践证明", "经济增长质量")),  # a frame, no means
    ("政府机构改革是行政体制改革的重要内容和基本条件。", ("行政体制改革", "政府机构改革")),  # no content closes it
    ("推进政府机构改革是行政体制改革的重要内容。", ("行政体制改革", "政府机构改革")),  # a term inside a clause
    ("这是国家发展战略的核心，是提高综合国力的关键。", ("国家发展战略", "综合国力")),  # a copula's own object, no subject
    # X，是A的愿望，是Y的基础: the basis is of Y alone, A is the end of another predicate
    ("加快改善生态环境，是人民群众的迫切愿望，是可持续发展的重要基础。", ("生态环境", "人民群众")),
    # a subject of its own in the next clause keeps its own duty; an action is no subject
    ("会计人员应当遵守财务制度，企业负责人也要恪守职业道德。", ("职业道德", "会计人员")),
    ("制定产业政策要遵循市场规律。", ("市场规律", "产业政策")),
    # after 必须: a condition (同…相适应), a modifier (…的理解) or what is removed enables no goal
    ("推进适度规模经营，必须同生产力的发展水平相适应。", ("生产力", "适度规模经营")),
    ("为了加快和深化改革，必须加深对经济体制改革性质的科学理解。", ("改革性质", "深化改革")),
    ("推进供给侧结构性改革，必须破除要素市场化配置障碍。", ("要素市场化配置障碍", "供给侧结构性改革")),
    # A与B、C融合: B and C are joined with A, not with each other; 扩大与A、B协同: with a thing unnamed
    ("推动人工智能与先进制造业、现代农业深度融合。", ("先进制造业", "现代农业")),
    ("扩大与长江经济带、成渝地区双城经济圈协同联动。", ("长江经济带", "成渝地区双城经济圈")),
    # after the last item of a list, 特别是 singles out from the whole list
    ("重点支持能源、交通和原材料特别是电力建设。", ("原材料", "电力")),
    # qualities or systems run together are no thing of each other
    ("推动制造业高端化智能化发展。", ("智能化", "高端化")),
    ("全面推行行政执法公示制度执法全过程记录制度。", ("全过程记录制度", "公示制度")),
    # 促进 in the name of a law is no verb; an occasion drives nothing; what is coped with enables nothing
    ("严格落实民营经济促进法和中小企业促进法。", ("民营经济", "中小企业")),
    ("抢抓人工智能机遇推动数字经济发展。", ("机遇", "数字经济")),
    ("有效应对世纪疫情、洪涝灾害等重大风险挑战，为经济社会发展奠定坚实基础。", ("重大风险挑战", "经济社会发展")),
    # what a verb curbs is no end of what is enabled; who contributes is the clause's subject, not its manner
    ("稳定农业生产，是抑制通货膨胀、保持国民经济健康发展的基础。", ("农业生产", "通货膨胀")),
    ("各地要以实际行动为生态文明建设作出贡献。", ("实际行动", "生态文明建设")),
    # 以“1家A、8个B”为主体: counts, no list of things; 特别是同A: a preposition opens no list; 协同发展 in a name
    ("以1家国家实验室、8个大科学装置为主体的科技力量矩阵加速形成。", ("科技力量", "国家实验室")),
    ("工业生产超额完成特别是同农业丰收有密切联系。", ("超额完成", "农业丰收")),
    ("设立科创协同发展母基金、创业投资基金。", ("母基金", "创业投资基金")),
    ("促进国企民企、内资外资、大中小企业融通发展。", ("国企民企", "大中小企业")),  # items that are pairs themselves
    # a change in 化 is a state, no quality of a thing
    ("地区经济走势分化，财政收支矛盾较大。", ("走势分化", "地区经济")),
    ("面对国际局势的复杂变化。", ("复杂变化", "国际局势")),
    ("推进基础设施与公共服务一体化建设。", ("一体化", "公共服务")),  # a quality after a list is the list's
    ("完善中国特色社会主义司法制度。", ("社会主义司法制度", "中国特色")),  # 特色 says what kind, no thing
    ("营造市场化、法治化、国际化营商环境。", ("市场化", "国际化营商环境")),  # the last quality is no part of it
    ("在数字化、智能化方面成效显著。", ("智能化", "成效显著")),  # 方面 is no modifier of a thing
    ("加强石漠化、荒漠化综合治理。", ("荒漠化", "综合治理")),  # land that degrades, no quality
    ("按照革命化、年轻化、知识化方针，建设干部队伍。", ("年轻化", "方针")),  # what a principle says
    # a phrase that opens inside a verb and its result (做大|新能源, 用好|论坛) names nothing
    ("持续做大新能源、新材料等战略性新兴产业。", ("战略性新兴产业", "大新能源")),
    ("用好论坛、展会等重要平台。", ("重要平台", "好论坛")),
    # a verb before 和 and a noun is a noun itself, an item of a list (产能提升和单产提升行动)
    ("加力实施新一轮粮食产能提升和粮油作物单产提升行动。", ("新一轮粮食产能", "粮油作物单产")),
    # 特别是A before the whole's head again: A is cut (预算外|投资); 及其他…: no item named
    ("严格控制固定资产投资特别是预算外投资的规模。", ("固定资产投资", "预算外")),
    ("加强大中城市及其他重点地区粮食加工、供应和储运等应急设施建设。", ("应急设施", "大中城市")),
    # a class after 等 that closes with what is done to it (展示, 应对) is no class of the items
    ("鼓励开展特色农产品、民族手工艺品等品牌展示。", ("品牌展示", "特色农产品")),
    ("做好台风、地震等自然灾害防范应对。", ("自然灾害防范应对", "台风")),
    ("加强产品质量安全监管。", ("安全监管", "产品质量")),  # 质量安全: one pair of qualities, cut in two
    ("抢抓积极财政政策机遇，强化项目储备，为经济社会发展提供有力保障。", ("机遇", "经济社会发展")),  # an occasion
    ("发挥国有商业在平抑物价中的作用。", ("国有商业", "物价")),  # what is curbed is no end
    ("基层医疗卫生机构服务能力达到国家标准。", ("基层医疗卫生机构", "国家标准")),  # 服务|能力: a noun, no verb
    ("粮食生产是农村经济的关键问题。", ("粮食生产", "农村经济")),  # 关键|问题: another noun, no basis
    ("规范党委与政协以及人民团体的关系，支持人大依法履行国家权力机关的职能。", ("人民团体", "国家权力机关")),  # 以及: no 以X
    # a clause of the preamble (以X为路径) serves no purpose the sentence's last actions serve
    ("以新发展理念为指导，以农机农艺融合为路径，推动农机装备产业转型升级，为实现农业现代化提供有力支撑。",
     ("农机农艺融合", "农业现代化")),
    # 以利于, 以便: so as to, no means; 以X，V Y: a clause of its own before the comma, no means of what follows
    ("积极筹集资金，以利于调整产业结构，支持出口创汇。", ("产业结构", "出口创汇")),
    ("要以技术创新打通产业链的堵点，加快组建龙头企业联合体。", ("产业链", "龙头企业")),
    # a body or a manner, a verb and its object: no thing and its quality
    ("下岗职工到社会保险机构领取失业保险金。", ("失业保险金", "社会保险机构")),
    ("以市场化方式筹集专项建设基金。", ("专项建设基金", "市场化方式")),
])
def test_not_stated(text, pair):
    found = {(a, b) for a, _, b in relations(text)}
    assert pair not in found and pair[::-1] not in found


@pytest.mark.parametrize(("text", "relation"), [
    # A、B等(一批)X项目: each item a project named whole (a place and a short name), of kind X项目 (no rank)
    ("开工建设揭阳石东、汕尾岭北等海上风电项目。", ("海上风电项目", "includes", "揭阳石东")),
    ("开工建设揭阳石东、汕尾岭北等海上风电项目。", ("海上风电项目", "includes", "汕尾岭北")),
    ("加快梅县二期、潮州洋西等一批海上风电项目建设。", ("海上风电项目", "includes", "梅县二期")),
    ("推进甲钢二期、乙化三期等一批重大石化项目。", ("石化项目", "includes", "乙化三期")),
    # a list of phrases that goes on past 和 and ，以及 before 等X: X includes each (使用|有机肥: the thing used)
    ("推广良种、节约用水、合理施肥和使用有机肥，以及病虫害统防统治等农业技术。", ("农业技术", "includes", "合理施肥")),
    ("推广良种、节约用水、合理施肥和使用有机肥，以及病虫害统防统治等农业技术。", ("农业技术", "includes", "有机肥")),
    ("推广良种、节约用水、合理施肥和使用有机肥，以及病虫害统防统治等农业技术。",
     ("农业技术", "includes", "病虫害统防统治")),
    # 和 before 的 joins the owners, not items of the list
    ("消除机关内部和党内的官僚主义、宗派主义和主观主义等不良作风。", ("不良作风", "includes", "宗派主义")),
    # a measure and its figure after 等 (总投资500亿元以上的) say how big the class after 的 is
    ("开工建设煤制烯烃、对位芳纶等总投资500亿元以上的精细化工项目。", ("精细化工项目", "includes", "对位芳纶")),
    ("发展火电、水电等清洁电力。", ("清洁电力", "includes", "水电")),  # a thing in 力 is a class
    ("用于电力、煤炭、冶金等重工业的支出。", ("重工业", "includes", "电力")),  # a preposition opens the list
    ("提高心脑血管病、癌症等慢性病和肺结核、肝炎等传染病防治水平。", ("传染病", "includes", "肺结核")),
    ("大力发展休闲旅游、生态康养、文化创意等新业态。", ("新业态", "includes", "生态康养")),
])
def test_listed(text, relation):
    assert relation in relations(text)


@pytest.mark.parametrize(("text", "relation"), [
    ("推进甲钢二期、乙化三期等一批重大石化项目。", ("重大石化项目", "includes", "甲钢二期")),  # a rank is no kind
    ("深化与东盟、中亚等战略合作。", ("战略合作", "includes", "东盟")),  # partners of a joint action, no members
    ("统筹处理好效率和公平、活力和秩序等重大关系。", ("重大关系", "includes", "秩序")),  # pairs, no members
    ("推广良种、合理施肥和使用有机肥等农业技术。", ("农业技术", "includes", "使用有机肥")),  # the thing, not the use
    # the class that closes a list before (A等X和|B等Y) is no item of the next list
    ("提高心脑血管病、癌症等慢性病和肺结核、肝炎等传染病防治水平。", ("传染病", "includes", "慢性病")),
    # a kind of a thing is its narrower concept (a thesaurus link), no relation the sentence states
    ("支持乡镇企业特别是中西部地区乡镇企业发展。", ("乡镇企业", "includes", "中西部地区乡镇企业")),
    # a force the items exert (影响力, 竞争力) is no class of them
    ("扩大中关村论坛、金融街论坛等国际影响力。", ("国际影响力", "includes", "中关村论坛")),
    ("提升钢铁、石化等企业核心竞争力。", ("企业核心竞争力", "includes", "钢铁")),
    # a bare first word after a modifier no verb opens (休闲|旅游) is the end of an item no term holds
    ("大力发展休闲旅游、生态康养、文化创意等新业态。", ("新业态", "includes", "旅游")),
    # an activity closing the phrase after 等 (监测, 防治) names what is done, no class of the items
    ("加强甲河、乙江等重点流域环境风险监测。", ("流域环境风险监测", "includes", "甲河")),
    ("加强水、大气、土壤等污染防治。", ("污染防治", "includes", "土壤")),
    # 以X为主体 with an actor: the one that leads the system, no member of it
    ("建立以企业为主体的技术创新体系。", ("技术创新体系", "includes", "企业")),
])
def test_not_listed(text, relation):
    assert relation not in relations(text)


@pytest.mark.parametrize(("text", "relation"), [
    ("健全退役军人服务体系和保障制度。", ("退役军人", "enables", "保障制度")),  # 服务 inside a noun is no verb
    ("通过电子商务实现零售额增长20%。", ("电子商务", "enables", "零售额")),  # a figure reported, no end of a means
])
def test_not_this_relation(text, relation):
    assert relation not in relations(text)


@pytest.mark.parametrize(("text", "relation"), [
    # qualities between two nouns qualify the one after them (the needs), not the people before
    ("满足低收入群众个性化、多样化帮扶需求。", ("个性化", "appliesTo", "低收入群众")),
    # 协同推进A体制、B模式改革: two reforms carried out together, the first cut from the head they share
    ("协同推进财政管理体制、园区运营模式改革。", ("财政管理体制", "integratesWith", "园区运营模式改革")),
    # A和B、C和D结合: each pair joined, no item with the other pair's
    ("要把发展城市经济和乡村经济、内向型经济和外向型经济结合起来。", ("城市经济", "integratesWith", "外向型经济")),
    # 一体推进A、B|更新修复: the last item runs on past its term, cut
    ("一体推进黑土地保护和农田防护林更新修复。", ("黑土地保护", "integratesWith", "农田防护林")),
])
def test_not_this_shape(text, relation):
    assert relation not in relations(text)


@pytest.mark.parametrize(("text", "relation"), [
    ("推动制造业高端化、智能化、绿色化。", ("智能化", "appliesTo", "制造业")),  # nothing after the run
    ("协同推进科技创新、产业创新。", ("科技创新", "integratesWith", "产业创新")),
    ("要把发展城市经济和乡村经济、内向型经济和外向型经济结合起来。", ("城市经济", "integratesWith", "乡村经济")),
    ("建立以大型企业为主体的产业联盟。", ("产业联盟", "includes", "大型企业")),  # an alliance of them
])
def test_still_stated(text, relation):
    assert relation in relations(text)


@pytest.mark.parametrize(("text", "words", "pair"), [
    # 对X进行A和B的教育: what is taught, no thing done to X; 对X进行威胁: an act against X, no arrangement for it
    ("对青年进行爱国主义和集体主义的教育", ("青年", "爱国主义", "集体主义"), ("集体主义", "青年")),
    ("对邻国进行军事威胁", ("邻国", "军事威胁"), ("军事威胁", "邻国")),
    # a quality of the thing done (动态化、精细化管理) is none itself
    ("对规范性文件实行动态化、精细化管理", ("规范性文件", "动态化", "精细化管理"), ("动态化", "规范性文件")),
])
def test_not_treated(text, words, pair):
    assert (pair[0], "appliesTo", pair[1]) not in {(a, str(r), b) for a, r, b in applying(text, _terms(text, *words), [])}


@pytest.mark.parametrize(("text", "words", "relation", "stated"), [
    # X在A、B等领域: the topic X applies to each area; a partner (与X在…) is no topic
    ("推动区块链技术在金融、物流等领域应用", ("区块链技术", "金融", "物流"), ("区块链技术", "appliesTo", "物流"), True),
    ("深化与甲国在能源、物流等领域合作", ("甲国", "能源", "物流"), ("甲国", "appliesTo", "物流"), False),
])
def test_areas(text, words, relation, stated):
    assert (relation in {(a, str(r), b) for a, r, b in includes(text, _terms(text, *words))}) is stated


@pytest.mark.parametrize(("text", "words", "pair"), [
    ("抢抓数字技术机遇推动传统产业转型", ("数字技术", "机遇", "传统产业"), ("数字技术", "传统产业")),  # an occasion
    ("深化养老保险制度改革，为国有企业改革提供保障", ("养老保险制度", "国有企业"), ("养老保险制度", "国有企业")),
    # the end is the reform of the thing, which no term names
    # a manner before the verb is no subject; a verb inside a programme's name (X提升Y行动) states no enabling
    ("，有力保障居民安居乐业", ("有力", "居民安居乐业"), ("有力", "居民安居乐业")),
    ("开展甲河水质提升攻坚行动", ("甲河水质", "攻坚行动"), ("甲河水质", "攻坚行动")),
    ("建设乙病药品保障先行区", ("乙病药品", "先行区"), ("乙病药品", "先行区")),
    ("农业特别是粮食生产的增长是国民经济的基础", ("农业", "粮食生产", "国民经济"), ("农业", "粮食生产")),
])
def test_not_enabled(text, words, pair):
    assert (pair[0], "enables", pair[1]) not in {(a, str(r), b) for a, r, b in enabling(text, _terms(text, *words))}


@pytest.mark.parametrize(("text", "words", "pair"), [
    ("引导金融支持实体经济", ("金融", "实体经济"), ("金融", "实体经济")),
    # 特别是 holds no copula: the subject runs on to the 是 after it
    ("农业特别是粮食生产的增长是国民经济的基础", ("农业", "粮食生产", "国民经济"), ("粮食生产", "国民经济")),
    ("二是科技创新加快引领新质生产力发展", ("科技创新", "新质生产力"), ("科技创新", "新质生产力")),
])
def test_subject_enables(text, words, pair):
    assert (pair[0], "enables", pair[1]) in {(a, str(r), b) for a, r, b in enabling(text, _terms(text, *words))}


def test_enabled_by_what_is_done_for_it():
    text = "深化养老保险制度改革，为国有企业发展提供保障"
    found = {(a, str(r), b) for a, r, b in enabling(text, _terms(text, "养老保险制度", "国有企业"))}
    assert ("养老保险制度", "enables", "国有企业") in found


def test_listed_qualities_close_a_class():
    # 肥料化、饲料化等|利用模式: items of the class after 等, no qualities of it
    from kg.extract.relations.applying import qualities
    text = "建立堆肥化、饲料化等多元利用模式"
    assert list(qualities(text, _terms(text, "堆肥化", "饲料化", "元利用模式"))) == []
    text = "推动制造业高端化、智能化"
    assert ("智能化", "appliesTo", "制造业") in {(a, str(r), b) for a, r, b in qualities(text, _terms(text, "制造业", "高端化", "智能化"))}


def test_treated_with_its_quality_left_out():
    text = "对规范性文件实行动态化、精细化管理"
    found = {(a, str(r), b) for a, r, b in applying(text, _terms(text, "规范性文件", "动态化", "精细化管理"), [])}
    assert ("精细化管理", "appliesTo", "规范性文件") in found


def test_participant_owns_the_quality():
    # 居民|参与社区治理|的自觉性: the quality is the participants', not the activity's
    text = "增强居民参与社区治理的自觉性"
    assert list(possessed(text, named_in(text, "社区治理", "自觉性"))) == []
    text = "提高社区治理的有效性"
    assert list(possessed(text, named_in(text, "社区治理", "有效性"))) != []


def test_actor_of_a_system_cut_before_its_head():
    # 以企业为主体的科技创新|体系: the term stops before 体系, the actor still runs a system, no member of it
    text = "构建以企业为主体的科技创新体系"
    assert list(includes(text, named_in(text, "企业", "科技创新"))) == []
    text = "构建以国家公园为主体的自然保护地体系"
    assert list(includes(text, named_in(text, "国家公园", "自然保护地"))) != []


def _terms(text: str, *spans: str) -> list:
    """Named records of words that may overlap (重要农产品, 重要农产品价格), each at its first place in ``text``."""
    from kg.extract.relations.named import Named
    return [Named(w, w, text.index(w), text.index(w) + len(w)) for w in spans]


@pytest.mark.parametrize(("text", "words", "relation"), [
    # a first item with words of its name before its term (再|贷款, 抚恤|事业费) is cut: no member
    ("运用降准、再贷款等政策工具", ("降准", "贷款", "政策工具"), ("政策工具", "includes", "贷款")),
    ("落实企业名录公示暂行办法等部门规章", ("暂行办法", "部门规章"), ("部门规章", "includes", "暂行办法")),
    # a later item cut after two characters that are no verb (抚恤|事业费): the whole item, not the cut term
    ("扩大财政补助、抚恤事业费等保障政策", ("财政补助", "事业费", "保障政策"), ("保障政策", "includes", "事业费")),
    # what is done with or said of the class closes the phrase after 等: the class before it, or none
    ("稳定蔬菜、水果等重要农产品价格", ("蔬菜", "水果", "重要农产品价格"), ("重要农产品价格", "includes", "蔬菜")),
    ("扩大家电、手机等优势产品出口", ("家电", "手机", "优势产品出口"), ("优势产品出口", "includes", "手机")),
    ("推动甲市园区、乙县基地等重大项目落地见效", ("甲市园区", "乙县基地", "重大项目落地见效"),
     ("重大项目落地见效", "includes", "乙县基地")),
    # what the members do much of (耗电|多的) is no class: the class is the noun after 的
    ("升级工业锅炉、水泵等耗电多的通用设备", ("工业锅炉", "水泵", "耗电", "通用设备"), ("耗电", "includes", "水泵")),
    ("扶持实体经济特别是小型民营企业", ("实体经济", "民营企业"), ("实体经济", "includes", "民营企业")),
    ("在防灾特别是防治地质灾害方面", ("防灾", "地质灾害"), ("防灾", "includes", "防治地质灾害")),
    ("加强财政、货币等政策协调配合", ("财政", "货币", "政策协调配合"), ("政策协调配合", "includes", "货币")),
    ("强化学校、医院等场所安全防护", ("学校", "医院", "场所安全防护"), ("场所安全防护", "includes", "医院")),
    ("做好失业人员、残疾人等群体就业帮扶", ("失业人员", "残疾人", "群体就业帮扶"), ("群体就业帮扶", "includes", "残疾人")),
    ("甲公司、乙集团等落户本市", ("甲公司", "乙集团", "落户本市"), ("落户本市", "includes", "乙集团")),
    # 特别是A与B交往: B is whom A deals with, no item of the list
    ("公职人员尤其是领导干部与企业交往", ("公职人员", "领导干部", "企业交往"), ("公职人员", "includes", "企业交往")),
    # 等国|人民: the class is the countries, no term; 等项|事业: a measure, then the class
    ("支持甲国、乙国等国人民的正义斗争", ("甲国", "乙国", "国人民"), ("国人民", "includes", "乙国")),
    ("发展文化、体育等项事业", ("文化", "体育", "项事业"), ("项事业", "includes", "体育")),
    # items that share the whole's head after 特别是 (工人、农民代表): 工人代表, no member 工人
    ("增加代表特别是工人、农民代表名额", ("代表", "工人", "农民"), ("代表", "includes", "工人")),
    ("做好计划生育特别是农村的计划生育", ("计划生育", "农村"), ("计划生育", "includes", "农村")),  # whose, no member
    ("加强现代农业特别是甲主产区建设", ("现代农业", "甲主产区"), ("现代农业", "includes", "甲主产区")),  # where, no member
    # the field of people, clusters, projects or firms, none of them (餐饮等从业人员, 新材料等产业集群)
    ("培训餐饮、宾馆等从业人员", ("餐饮", "宾馆", "从业人员"), ("从业人员", "includes", "宾馆")),
    ("壮大新材料、生物医药等产业集群", ("新材料", "生物医药", "产业集群"), ("产业集群", "includes", "新材料")),
    ("多生产农业、电力等机械设备", ("农业", "电力", "机械设备"), ("机械设备", "includes", "电力")),
    ("发展资本、技术等要素市场", ("资本", "技术", "要素市场"), ("要素市场", "includes", "技术")),
    ("实施一批工业软件等重大项目", ("工业软件", "重大项目"), ("重大项目", "includes", "工业软件")),
    ("建设汽车、新能源等合作产业园", ("汽车", "新能源", "合作产业园"), ("合作产业园", "includes", "汽车")),
    ("引进动力电池、新能源汽车等制造业企业", ("动力电池", "新能源汽车", "制造业企业"), ("制造业企业", "includes", "动力电池")),
    ("建立区域性农业技术推广、动植物疫病防控等公共服务机构", ("区域性农业技术推广", "动植物疫病防控", "公共服务机构"),
     ("公共服务机构", "includes", "动植物疫病防控")),
    ("建成一批中试熟化、检验检测等成果孵化平台", ("中试熟化", "检验检测", "成果孵化平台"), ("成果孵化平台", "includes", "检验检测")),
    ("建设交通、水利等重大基础设施项目", ("交通", "水利", "基础设施项目"), ("基础设施项目", "includes", "水利")),
    ("发展资本、劳动力等生产要素市场", ("资本", "劳动力", "生产要素市场"), ("生产要素市场", "includes", "劳动力")),
    ("建设能源、大宗农产品等国际贸易平台", ("能源", "大宗农产品", "国际贸易平台"), ("国际贸易平台", "includes", "大宗农产品")),
    ("生产纺织、冶金等机械设备", ("纺织", "冶金", "机械设备"), ("机械设备", "includes", "冶金")),
    # a verb phrase before 的 (等事关全局的, 等危害人民健康的) says what the items concern or harm: no class
    ("做好教育、卫生等事关全局的工作", ("教育", "卫生", "事关全局"), ("事关全局", "includes", "卫生")),
    ("防治结核病、职业病等危害人民健康的重大疾病", ("结核病", "职业病", "危害人民"), ("危害人民", "includes", "职业病")),
    ("使工业、农业等企业单位拥有自主权", ("工业", "农业", "企业单位"), ("企业单位", "includes", "农业")),
    ("加强教育、卫生等民生工程建设", ("教育", "卫生", "民生工程"), ("民生工程", "includes", "卫生")),
    ("培育红色旅游、工业旅游等示范试点", ("红色旅游", "工业旅游", "示范试点"), ("示范试点", "includes", "工业旅游")),
    # a joint action, a talk or a test closing a list: its items are topics, fields or partners, no kinds of it
    ("加强教育、科技等人文交流", ("教育", "科技", "人文交流"), ("人文交流", "includes", "科技")),
    ("加快环保、电子商务等新议题谈判", ("环保", "电子商务", "新议题谈判"), ("新议题谈判", "includes", "电子商务")),
    ("加强甲省、乙省等经贸合作", ("甲省", "乙省", "经贸合作"), ("经贸合作", "includes", "乙省")),
    ("提升安全性、可靠性等试验测试能力", ("安全性", "可靠性", "试验测试"), ("试验测试", "includes", "可靠性")),
])
def test_not_a_member_of_this_class(text, words, relation):
    assert relation not in {(a, str(r), b) for a, r, b in includes(text, _terms(text, *words))}


@pytest.mark.parametrize(("text", "words", "relation"), [
    ("运用降准、贷款等政策工具", ("降准", "贷款", "政策工具"), ("政策工具", "includes", "贷款")),
    ("新增风电、光伏等新能源装机", ("风电", "光伏", "新能源装机"), ("新能源装机", "includes", "风电")),
    ("为2000名视力、听力等残疾儿童服务", ("视力", "听力", "残疾儿童"), ("残疾儿童", "includes", "视力")),
    ("扩大财政补助、抚恤事业费等保障政策", ("财政补助", "事业费", "保障政策"), ("保障政策", "includes", "抚恤事业费")),
    ("推广良种、使用农家肥等农业技术", ("良种", "农家肥", "农业技术"), ("农业技术", "includes", "农家肥")),
    ("稳定蔬菜、水果等重要农产品价格", ("蔬菜", "水果", "重要农产品", "重要农产品价格"),
     ("重要农产品", "includes", "蔬菜")),
    ("稳定猪肉价格、蔬菜价格等农产品价格", ("猪肉价格", "蔬菜价格", "农产品价格"), ("农产品价格", "includes", "蔬菜价格")),
    ("升级工业锅炉、水泵等耗电多的通用设备", ("工业锅炉", "水泵", "耗电", "通用设备"), ("通用设备", "includes", "水泵")),
    # an instrument closing a list (标准, 政策, 机制): a short topic word is what it applies to, a measure a member
    ("严格执行用地、节水、安全等准入标准", ("用地", "节水", "安全", "准入标准"), ("准入标准", "appliesTo", "节水")),
    ("完善养老、医保等待遇政策", ("养老", "医保", "待遇政策"), ("待遇政策", "appliesTo", "医保")),
    ("落实专利法、商标法等法律", ("专利法", "商标法", "法律"), ("法律", "includes", "商标法")),
    # a hazard or risk closing a list of things or places it lies in applies to each; a list of risks stays its kinds
    ("化解房地产、地方债务等风险隐患", ("房地产", "地方债务", "风险隐患"), ("风险隐患", "appliesTo", "地方债务")),
    ("整治学校、医院等火灾隐患", ("学校", "医院", "火灾隐患"), ("火灾隐患", "appliesTo", "医院")),
    ("化解金融风险、债务风险等风险隐患", ("金融风险", "债务风险", "风险隐患"), ("风险隐患", "includes", "债务风险")),
    ("健全养老、医疗等社会保障体系", ("养老", "医疗", "社会保障体系"), ("社会保障体系", "appliesTo", "医疗")),
    ("用好创业担保贷款、稳岗补贴等稳就业政策", ("创业担保贷款", "稳岗补贴", "稳就业政策"),
     ("稳就业政策", "includes", "稳岗补贴")),
    # 特别是 with a modifier before the member's term (国有|大中型企业): the whole item is the member
    ("扶持实体经济特别是小型民营企业", ("实体经济", "民营企业"), ("实体经济", "includes", "小型民营企业")),
    # a determiner (各级) or a verb (防治) before it leaves the term
    ("全党特别是各级领导干部", ("全党", "领导干部"), ("全党", "includes", "领导干部")),
    ("发展文化、体育等项社会事业", ("文化", "体育", "项社会事业", "社会事业"), ("社会事业", "includes", "体育")),
    ("支持甲钢、乙化等国有企业", ("甲钢", "乙化", "国有企业"), ("国有企业", "includes", "乙化")),
    # members of the class's own kind stay: people, named clusters, named projects, crops
    ("培训导游、厨师等从业人员", ("导游", "厨师", "从业人员"), ("从业人员", "includes", "厨师")),
    ("开拓东盟、非洲等新兴市场", ("东盟", "非洲", "新兴市场"), ("新兴市场", "includes", "非洲")),
    ("实施甲乙化工、丙丁石化等重大项目", ("甲乙化工", "丙丁石化", "重大项目"), ("重大项目", "includes", "丙丁石化")),
    ("支持学校、医院等事业单位", ("学校", "医院", "事业单位"), ("事业单位", "includes", "医院")),
    ("建设甲市二期、乙县丙山等重大项目", ("甲市二期", "乙县丙山", "重大项目"), ("重大项目", "includes", "乙县丙山")),
    ("推进甲乙丙化工一体化、丁戊新材料等重大项目", ("甲乙丙化工一体化", "丁戊新材料", "重大项目"),
     ("重大项目", "includes", "甲乙丙化工一体化")),
    ("种植小麦、玉米等粮食作物", ("小麦", "玉米", "粮食作物"), ("粮食作物", "includes", "玉米")),
    ("加强农村特别是贫困地区教育", ("农村", "贫困地区"), ("农村", "includes", "贫困地区")),
])
def test_a_member_of_this_class(text, words, relation):
    assert relation in {(a, str(r), b) for a, r, b in includes(text, _terms(text, *words))}


@pytest.mark.parametrize(("text", "words", "relation", "stated"), [
    # a class that opens with a verb of action is the action taken on the items, no class of them
    ("扩大内需特别是居民消费", ("扩大内需", "居民消费"), ("扩大内需", "includes", "居民消费"), False),
    ("推动甲巷、乙迹等申报世界文化遗产", ("甲巷", "乙迹", "申报世界文化遗产"), ("申报世界文化遗产", "includes", "乙迹"), False),
    ("开拓市场特别是农村市场", ("开拓市场", "农村市场"), ("开拓市场", "includes", "农村市场"), False),
    # a noun that opens with a verb stays a class
    ("支持甲国、乙国等发展中国家", ("甲国", "乙国", "发展中国家"), ("发展中国家", "includes", "乙国"), True),
    ("推进甲桥、乙路等建设项目", ("甲桥", "乙路", "建设项目"), ("建设项目", "includes", "乙路"), True),
])
def test_a_class_of_things(text, words, relation, stated):
    from kg.extract.relations import sentence_relations
    assert (relation in {(a, str(r), b) for a, r, b in sentence_relations(text, _terms(text, *words))}) is stated


@pytest.mark.parametrize(("text", "words", "pair", "stated"), [
    # a 和 inside a 、 list groups its items: the verb of joining is the last item's own, no pair read across groups
    ("建设能源基地、特色装备和制造基地、文化旅游深度融合发展高地", ("能源基地", "特色装备", "制造基地", "文化旅游"),
     ("能源基地", "文化旅游"), False),
    ("建设能源基地、特色装备和制造基地、文化旅游深度融合发展高地", ("能源基地", "特色装备", "制造基地", "文化旅游"),
     ("特色装备", "制造基地"), False),
    # a 和 that joins the last item, pairs (A和B、C和D) and a partner before a list (A与B、C) still join
    ("推动工业化、城镇化和农业现代化协调发展", ("工业化", "城镇化", "农业现代化"), ("工业化", "农业现代化"), True),
    ("把城市经济和乡村经济、内向型经济和外向型经济结合起来", ("城市经济", "乡村经济", "内向型经济", "外向型经济"),
     ("内向型经济", "外向型经济"), True),
    ("推动人工智能与先进制造业、现代农业深度融合", ("人工智能", "先进制造业", "现代农业"), ("人工智能", "现代农业"), True),
])
def test_joined(text, words, pair, stated):
    from kg.extract.relations.joins import fusions
    found = {(a, b) for a, _, b in fusions(text, _terms(text, *words))}
    assert (pair in found or pair[::-1] in found) is stated
