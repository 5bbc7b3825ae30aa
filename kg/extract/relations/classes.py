"""The class a list closes with after 等 (A、B等X): the phrase after it, where it names a class of the members and
not what they have, do or undergo (等消费潜力, 等落地见效, 等重要农产品价格: the class before 价格)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.extract.cues import ACTING, ACTION_START, ACTIVITY_NOUNS, ATTRIBUTE_NOUNS, GENERIC_CLASSES
from kg.extract.relations.named import (
    ACTIONS,
    APPLIES,
    INCLUDES,
    PHRASE_END,
    QUANTITY,
    Named,
    generic,
    label_of,
    size,
    weak,
)
from kg.model import ConceptRelation
from kg.text.segment import QUALITY_SUFFIXES, dictionary


def class_after(text: str, terms: Sequence[Named], at: int) -> Named | None:
    """The longest term right after 等 (and a quantity: 等一批), or None where the list closes with a generic class
    noun (等领域, 等类) or nothing.

    >>> t = [Named("新能源", "新能源", 0, 3), Named("战略性新兴产业", "战略性新兴产业", 4, 11)]
    >>> class_after("新能源等战略性新兴产业", t, 4).text, class_after("新能源等领域", t[:1], 4)
    ('战略性新兴产业', None)
    >>> class_after("甲等事关全局的工作", [Named("事关全局", "事关全局", 2, 6)], 2) is None
    True
    """
    if COUNTRIES.match(text, at):
        return None  # A、B等国|人民: the class is 国, the countries, whose people the phrase names
    if CONCERNING.match(text, at):
        return None  # A、B等事关全局的|工作: what the items concern or harm, a modifier of the noun after 的
    at += 1 if ITEMS.match(text, at) else 0  # 等项|事业: a measure of items, then the class
    quantity = QUANTITY.match(text, at)
    rest = quantity.end() if quantity else at
    classes = [t for t in terms if t.start == rest] or [t for t in terms if t.start == at]
    if not classes or text[classes[0].start:classes[0].start + 2] in GENERIC_CLASSES \
            or text[classes[0].start:classes[0].start + 1] in "类种":
        return None
    return _after_measure(text, terms, max(classes, key=size), classes)


def _after_measure(text: str, terms: Sequence[Named], head: Named, classes: Sequence[Named]) -> Named | None:
    """The class where the phrase after 等 says first how big the members are or what they do much of (等总投资500亿元
    以上的|精细化工项目, 等消耗能源|大的|动力机具: the term after 的 that closes its phrase), or where the phrase closes
    with what is done to the class (自然灾害|防范应对: the class the term before it names), else ``head``.

    >>> t = [Named("耗电", "耗电", 0, 2), Named("通用设备", "通用设备", 4, 8)]
    >>> _after_measure("耗电多的通用设备", t, t[0], t[:1]).text
    '通用设备'
    """
    if (sized := SIZED.match(text, head.end)) is not None:
        return max((t for t in terms if t.start == sized.end()), key=size, default=None)
    if (much := PREDICATED.match(text, head.end)) is not None:
        return max((t for t in terms if t.start == much.end() and PHRASE_END.match(text, t.end)), key=size, default=None)
    if head.text.endswith(DONE_TO):
        return max((t for t in classes if size(t) >= 3 and not t.provisional and not t.text.endswith(DONE_TO)),
                   key=size, default=None) or head
    return head

# The word lists below come from reading what the list rules gave over the corpus documents outside the development
# set: each entry closed phrases there that named no class (the counts are in the commit that added it); they are
# words of what is done with, said of or found in a class, not of one text.
COUNTRIES = re.compile(r"国(?!家|际|内|外|有|民|防|营|务|土|企|资|债|产|货|情|籍|旗|歌|标|库|道|字|学)")
ITEMS = re.compile(r"项(?!目)")
CONCERNING = re.compile(r"(?:事关|关系|涉及|关乎|危害|影响|有利于|符合)[^，。；、的]{1,14}的|[^，。；、的]{0,4}通行的")
# 等事关全局的, 等关系民生的, 等危害人民健康的, 等国际通行的: a verb phrase before 的, no class
SIZED = re.compile(r"[\d.０-９]+[^，。；、的\d]{0,6}的")
PREDICATED = re.compile(r"(?:较|很|更|最|非常|特别)?(?:大|多|高|重|低|强|少|广|严重|集中|密集|突出|显著|明显)的")
# 等消耗能源|大的|动力机具: what the members do much of, then the class
DONE_TO = ("展示", "推介", "应对", "预警", "展销", "营销", "监测", "检测", "评估", "监管", "防治", "治理", "管控")
# what is done to a class, closing its phrase (A、B等重点流域|环境风险监测: no class of rivers unless a term names it)


CLASS_TAILS = ("供给", "供应", "生产", "出口", "进口", "交易", "经营", "重组", "整合", "排查", "防控", "防治", "创作", "体验",
               "扩容", "涵养", "收费", "保供", "价格", "产量", "质量", "安全", "影响", "费用", "成本", "消费量", "精准度",
               "营收", "价值", "协调配合", "防护", "帮扶", "救助")
# what is done with or said of a class, closing the phrase after 等 (粮食等重要农产品|价格, 生猪等畜产品|供给)
STATED = re.compile(r"落地|落户|见效|投产|投运|增效|进展|出圈|兴起|升格|如织|叫响|稳居|居全国")
# a predicate the phrase after 等 runs on into (等增量政策|落地见效, 等产量|稳居全国)


def whole_class(terms: Sequence[Named], head: Named, members: Sequence[Named]) -> Named | None:
    """The class a phrase after 等 names: the phrase itself, or where it closes with what is done with or said of the
    class (a tail no member shares: 粮食等重要农产品价格, not 能源安全、粮食安全等国家安全) or runs on into a
    predicate, the longest term it opens with that stops before them; None where no term does.

    >>> t = [Named("重要农产品", "重要农产品", 3, 8), Named("重要农产品价格", "重要农产品价格", 3, 10)]
    >>> [w.text if w else None for w in (whole_class(t, t[1], [Named("粮食", "粮食", 0, 2)]),
    ...                                  whole_class(t, t[1], [Named("猪肉价格", "猪肉价格", 0, 4)]))]
    ['重要农产品', '重要农产品价格']
    """
    label = label_of(head)
    tail = next((x for x in CLASS_TAILS if label.endswith(x) and not any(label_of(m).endswith(x) for m in members)), "")
    stated = STATED.search(head.text)
    if stated and stated.start() < 2:
        return None  # 等|落户重庆: a predicate, no class
    if not tail and not stated:
        return head
    end = min(head.end - len(tail), head.start + stated.start() if stated else head.end)
    return max((t for t in terms if t.start == head.start and t.end <= end and size(t) >= 2), key=size, default=None)


def modifies(text: str, whole: Named) -> bool:
    """A class that runs on into a noun of another kind it only modifies: a chain, information, a show, an
    asset or a drug (A、B等制造业|产业链, A、B等个人身份|信息, A、B等专业品牌|展会, A、B等生物技术|药物): the items are
    no kinds of the class.

    >>> modifies("甲、乙等制造业产业链", Named("制造业", "制造业", 4, 7)), modifies("甲、乙等制造业企业", Named("制造业", "制造业", 4, 7))
    (True, False)
    """
    return re.match(rf"[^的\W]{{0,4}}(?:{'|'.join(MODIFIED)})", text[whole.end:]) is not None \
        and not label_of(whole).endswith(MODIFIED)


MODIFIED = (*("产业链", "供应链", "价值链"), "信息", "展会", "资产", "药物")
# nouns of another kind than the class before them: what a list of its kinds only modifies (read over the corpus
# outside dev: 制造业|产业链, 个人身份|信息, 专业品牌|展会, 国有资源资产, 生物技术|药物)


def attribute(head: Named) -> bool:
    """A phrase after 等 that names what the members have or undergo, not a class of them: an attribute, an
    activity, or a force (影响力, 竞争力, 下行压力) the members exert or bear, not a thing in 力 (电力, 算力).

    >>> attribute(Named("国际影响力", "国际影响力", 0, 5)), attribute(Named("清洁电力", "清洁电力", 0, 4))
    (True, False)
    """
    return generic(head) or weak(head) or head.text.endswith(QUALITY_SUFFIXES) or head.text[-2:] in ACTIVITY_NOUNS \
        or head.text[-2:] in ATTRIBUTE_NOUNS - GENERIC_CLASSES \
        or (len(head.text) >= 3 and head.text.endswith("力") and head.text[-2:] not in FORCES_AS_THINGS)


FORCES_AS_THINGS = frozenset("电力 人力 算力 水力 风力 兵力 武力 火力 核力 运力".split())  # things in 力: a class of them


def predicate(text: str, first: Named, head: Named) -> bool:
    """A、B等落地见效。: a list that opens its clause and a phrase after 等 that ends the sentence are a subject and
    its predicate (jieba's dictionary tags 落地 a noun), no class; a class goes on after it (工会、妇联等群众团体历来
    是…) or is the topic of what follows (冶金、化工等重工业，要…).

    >>> t = [Named("湾区标准", "湾区标准", 0, 4), Named("湾区认证", "湾区认证", 5, 9), Named("落地见效", "落地见效", 10, 14)]
    >>> predicate("湾区标准、湾区认证等落地见效。", t[0], t[2])
    True
    """
    opens = first.start == 0 or text[first.start - 1] in "，。；："
    return opens and bool(re.match(r"[。；！]|$", text[head.end:]))


HELD = ("权益", "利益", "待遇", "收入")  # what a list's members hold, not a class of them


def no_class(text: str, head: Named) -> bool:
    """A、B等X、Y: the class is listed itself; 等战略对接: an action; 等核心功能: an attribute of a class (规模|化 is none);
    等人文交流, 等新议题谈判, 等试验测试: a joint action, a talk or a test, whose items are its topics, fields or
    partners (文化、科技等人文交流; 安全性、可靠性等试验测试), no kinds of it.

    >>> no_class("甲国、乙国等战略对接", Named("战略对接", "战略对接", 6, 10))
    True
    >>> no_class("文化、科技等人文交流", Named("人文交流", "人文交流", 6, 10))
    True
    """
    after = text[head.end:head.end + 2]
    of_class = after in ATTRIBUTE_NOUNS and text[head.end + 2:head.end + 3] != "化"
    return text[head.end:head.end + 1] == "、" or head.text[-2:] in ACTIONS or head.text.endswith(DONE_TO) or of_class \
        or label_of(head).endswith(TOPICAL)


JOINT_ACTIONS = ("合作", "交流", "对接", "协作", "联动", "往来")
PARTNERED = (*JOINT_ACTIONS, "交往")  # joint actions whose partner follows 与 (与企业交往)
TOPICAL = (*PARTNERED, "谈判", "磋商", "测试", "试验")
# a joint action, a talk or a test: what a list before it names is its topic, field or partner


PEOPLE = ("人员", "队伍", "群体", "分子", "干部")  # a class of people (犯罪分子, 领导干部)
CROWDS = ("公众", "群众", "民众", "百姓", "人民", "居民", "消费者")  # the people at large, or a part of them
PERSONS = ("人", "员", "者", "师", "工", "匠", "干部", "人才", "代表", "农民", "成员", "户", "家", "生", "青年", "高管", "导游",
           "士", "兵", "儿童", "妇女", "老人", "群体", "队伍")
FOLK = (*PERSONS, "阶级", "阶层", "农", "同胞", "群众", "儿")  # people by class or kin (工人阶级, 贫下中农, 孤儿)
CLUSTERS = ("集群",)
TRADED = ("要素市场", "交易市场", "贸易平台", "交易平台", "现货市场")  # a market named by what is traded there
SITES = ("项目", "工程", "企业", "机构", "基地", "平台", "主体", "园区", "园", "试点", "设备", "市场", "单位")
# things a sector or product is the field of (电力等机械设备: equipment for the power industry)
FIELDS = ("业", "技术", "软件", "经济", "装备", "材料", "医药", "能源", "汽车", "电池", "储能", "金属", "一体化", "电力", "交通",
          "水利", "环保", "通信", "教育", "文化", "体育", "卫生", "医疗", "科研", "文教", "养老", "托育", "旅游", "金融", "物流",
          "商贸")  # activities (制造, 服务, 推广 …) are WORKS, fields at any length
# a sector or product (制造业, 工业软件, 新能源), named by its head
SECTORS = frozenset("轻工 纺织 矿山 石油 冶金 化工 建材 煤炭 钢铁 有色 石化 电子".split())
# a sector named by a bare word (冶金、化工等机械设备), not a firm it closes (甲乙化工): the usual short names of the
# mining and manufacturing industries of GB/T 4754-2017 (sections B and C: 煤炭开采, 黑色/有色金属冶炼, 化学原料…)


def field_only(whole: str, member: str) -> bool:
    """A、B等X where X names people, clusters, projects, firms or units and the items name the field they work in,
    not one of them (餐饮、宾馆等从业人员; 新材料、生物医药等产业集群; 工业软件等重大项目; 工业、农业等企业单位;
    教育、卫生等民生工程): no member. A longer item before
    projects or firms is mostly one named (甲公司丙烯新材料), and stays.

    >>> field_only("从业人员", "餐饮"), field_only("从业人员", "导游"), field_only("重大项目", "工业软件")
    (True, False, True)
    >>> field_only("产业集群", "新材料"), field_only("重大项目", "甲市二期"), field_only("重大项目", "甲乙丙丁新材料")
    (True, False, False)
    >>> field_only("生产要素市场", "劳动力"), field_only("要素市场", "区域性股权市场")
    (True, False)

    A chain after products or sectors is each one's chain (粮油、畜禽等全产业链), no member; its stages are parts:

    >>> field_only("全产业链", "畜禽"), field_only("粮食产业链", "流通"), field_only("产业链", "精深加工")
    (True, False, False)
    """
    if whole.endswith(PEOPLE):
        return not member.endswith(PERSONS)
    if whole.endswith(CLUSTERS):
        return not member.endswith(("集群", "基地", "园区", "园"))
    if whole.endswith(TRADED):
        return not member.endswith(("市场", "平台", "中心", "所"))  # 资本、劳动力等要素市场: what is traded there
    if whole.endswith(CAMPAIGNS):
        return not acts(member)  # 集成电路、生物医药等专项攻关行动: the fields of the campaigns
    if whole.endswith(CHAINS):
        return not stage(member)  # 粮油、畜禽等全产业链: whose chains; 种植、加工等产业链: its stages, parts of it
    return whole.endswith(SITES) and (member in SECTORS or (len(member) <= 5 and member.endswith(FIELDS))
                                      or member.endswith(WORKS)) and not member.endswith(SITES)


def kinds_of(whole: str, members: Sequence[str]) -> list[str]:
    """The items of a list that are kinds of the class it closes with: none that names only the field of the class
    (:func:`field_only`), and, the items of one list being of one kind, no short item of a list of firms, projects
    or sites where one does (动力电池、电动汽车、通用航空等制造业企业: the products of the firms, 通用航空 as much as
    动力电池); a longer item names a thing of its own (甲乙丙丁新材料) and stays, as do people in a class of people.

    >>> kinds_of("制造业企业", ["动力电池", "通用航空"]), kinds_of("重大项目", ["工业软件", "甲乙丙丁新材料"])
    ([], ['甲乙丙丁新材料'])
    >>> kinds_of("制造业企业", ["龙头企业", "通用航空"])
    ['龙头企业', '通用航空']

    A public named after a list of no people is the subject of a clause about the items' class, none of theirs:

    >>> kinds_of("公众", ["图表图解", "音频视频"]), kinds_of("困难群众", ["特困人员", "孤儿"])
    ([], ['特困人员', '孤儿'])
    """
    if whole.endswith(CROWDS) and not any(member.endswith(FOLK) for member in members):
        return []  # 语言、图表图解等公众|喜闻乐见的形式: the people are the subject of a clause on the items' class
    if not whole.endswith(SITES) or not any(field_only(whole, member) for member in members):
        return [member for member in members if not field_only(whole, member)]
    return [member for member in members if not field_only(whole, member) and (len(member) > 5 or member.endswith(SITES))]


def owned(whole: str, members: Sequence[str]) -> bool:
    """A、B等X where each item ends with a word the class names before its close and the class closes with a unit,
    a part or a mishap of that word's things (北京大学、上海交通大学等一流大学|郑州研究院; 甲医院东院区、乙医院西院区
    等老院区|病房; 高层建筑、自建房等各类建筑|火灾): each item owns the head, no kind of the class.

    >>> owned("一流大学郑州研究院", ["北京大学", "上海交通大学"]), owned("汽车产业", ["新能源汽车", "智能网联汽车"])
    (True, False)
    """
    for end in OWNED:
        inner = whole[:-len(end)]
        if whole.endswith(end) and all(len(m) > 2 and m[-2:] in inner for m in members):
            return True
    return False


OWNED = ("研究院", "分院", "分校", "校区", "院区", "病房", "实验室", "研究中心", "研发中心", "火灾", "事故")
# what belongs to or befalls the things an inner word of a class names (大学|研究院, 院区|病房, 建筑|火灾)


CHAINS = ("产业链", "供应链", "价值链")  # a chain of a product or sector, whose stages are its parts (not 全链条: stages)
CAMPAIGNS = ("行动", "专项", "攻关")
# an action or a campaign, whose kinds are actions (制造业数字化转型、账款拖欠治理等专项行动)


def acts(member: str) -> bool:
    """Whether an item names an action: a verb of action after the first word or an activity closing it (账款拖欠
    治理, 公司治理提质, 慢性病防治, 工业绿色化发展), not a sector, product or thing (生物医药, 集成电路, 癌症); a verb
    opening an item opens a noun too (集成|电路).

    >>> acts("账款拖欠治理"), acts("慢性病防治"), acts("生物医药"), acts("集成电路")
    (True, True, False, False)
    """
    return ACTION_START.search(member, 2) is not None or member.endswith(CLOSING_ACTIONS) or member.endswith(WORKS) \
        or member[-2:] in ACTIVITY_NOUNS or member.endswith(DONE_TO)


CLOSING_ACTIONS = tuple(sorted(ACTING))


def stage(member: str) -> bool:
    """Whether an item names a stage of work: an action (:func:`acts`) or a word jieba's dictionary tags a verb (种植,
    养殖, 流通), not a product, sector or firm (粮油, 畜禽).

    >>> stage("流通"), stage("精深加工"), stage("粮油")
    (True, True, False)
    """
    return acts(member) or dictionary()[1].get(member) in ("v", "vn")


WORKS = ("推广", "防控", "监管", "服务", "加工", "设计", "制造", "检测", "监测", "管理", "防治", "研发")
# an activity, whatever its length (区域性农业技术推广, 动植物疫病防控), is the field of a place, body or project


def runs_on(text: str, whole: Named, last: Named) -> bool:
    """X特别是A、B…: a list whose last item runs on into the head the items share with the whole (代表特别是工人、
    农民代表: 工人代表, no member 工人) or whose items own the whole's head, alone, after 各 or in a phrase before 的
    (生活特别是甲方的生活: whose life; 政府特别是地震重点监视区所在地的政府: where; 部门，包括工业、农业各工作部门:
    the fields of the departments), no members.

    >>> t = [Named("代表", "代表", 0, 2), Named("工人", "工人", 5, 7), Named("农民", "农民", 8, 10)]
    >>> runs_on("代表特别是工人、农民代表", t[0], t[2])
    True
    """
    head = re.escape(label_of(whole)[-2:])
    return re.match(f"(?:[^，。；、的和及与或]{{0,12}}的[^，。；、的]{{0,4}}|各[^，。；、的和及与或]{{0,3}})?{head}",
                    text[last.end:]) is not None



# Heads of the words that name a kind of place (主产区, 贫困地区, 老工业基地); not any word in 区 or 市 (试验区, 股市).
PLACES = ("地区", "产区", "山区", "牧区", "灾区", "老区", "城区", "地方", "省", "县", "农村", "城市", "乡村", "基地")


def place_of(whole: str, member: str) -> bool:
    """X特别是A where A names a place and X no place (农业特别是主产区建设, 企业特别是老工业基地): where X is done
    or found, no member of it; a place singled out from places stays (农村特别是贫困地区).

    >>> place_of("现代农业", "粮食主产区"), place_of("农村", "贫困地区"), place_of("金融市场", "股市")
    (True, False, False)
    """
    return member.endswith(PLACES) and not whole.endswith(PLACES)


DOING = ("扩大", "申报", "开拓", "推动", "推进", "加强", "加快", "提高", "提升", "促进", "实施", "支持", "鼓励", "引导", "完善",
         "深化", "培育", "打造", "创建", "争创", "推广", "坚持", "落实", "健全", "构建", "建立")
# verbs that open an action, never a noun (发展中国家, 服务业, 建设项目 open with verbs that do)


def acting(label: str) -> bool:
    """A class whose label opens with a verb of action (扩大内需特别是居民消费, 申报世界文化遗产, 开拓市场特别是农村市场):
    an action taken on the items, no class of them.

    >>> acting("扩大内需"), acting("申报世界文化遗产"), acting("发展中国家"), acting("建设项目")
    (True, True, False, False)
    """
    return label.startswith(DOING)


HAZARDS = ("隐患", "风险", "火灾", "事故")
PERILS = ("隐患", "风险", "问题", "危机", "事故", "灾害")


def hazard_of(whole: str, member: str) -> bool:
    """A、B等X隐患/风险/火灾/事故 where the items name no hazard but the things or places it lies in (房地产、地方债务等
    风险隐患, 学校、医院等火灾隐患, 煤矿、交通等重特大事故): the hazard applies to each, no kind of it.

    >>> hazard_of("风险隐患", "房地产"), hazard_of("风险隐患", "金融风险"), hazard_of("重大项目", "房地产")
    (True, False, False)
    """
    return whole.endswith(HAZARDS) and not member.endswith(PERILS)



INSTRUMENTS = ("标准", "法规", "条例", "规章", "机制", "政策", "制度", "法律", "办法", "规定", "体系")
NAMED_INSTRUMENT = re.compile(r"[法制策规例准则度令]$")  # 专利法, 准入制: an instrument named, a member of the class


def _listed_as(whole: str, member: str) -> ConceptRelation:
    """How a list's item stands to an instrument it closes with (标准, 政策, 机制 …): a short word naming a topic (环保、
    安全等准入标准, 养老、医保等待遇政策) is what the instrument applies to, no kind of it; an instrument or a measure
    named whole (专利法, 创业担保贷款) is a member.

    >>> str(_listed_as("准入标准", "环保")), str(_listed_as("法律", "专利法")), str(_listed_as("稳就业政策", "创业担保贷款"))
    ('appliesTo', 'includes', 'includes')

    An activity listed before one (产业发展、项目建设等收益机制) is what it applies to, whatever its length:

    >>> str(_listed_as("收益机制", "产业发展")), str(_listed_as("生育支持政策", "女职工产假补贴"))
    ('appliesTo', 'includes')

    A place before a strategy is where it is carried out (甲地区等老工业基地振兴战略), a place or building before a fire
    or an accident where it happens (高层建筑等建筑火灾):

    >>> str(_listed_as("老工业基地振兴战略", "东北地区")), str(_listed_as("建筑火灾", "自建房"))
    ('appliesTo', 'appliesTo')
    """
    topic = whole.endswith(INSTRUMENTS) and not NAMED_INSTRUMENT.search(member) and (
        len(member) <= 3 or member[-2:] in ACTIVITY_NOUNS)
    placed = whole.endswith(PROGRAMMES) and member.endswith(PLACES)  # 东北地区等老工业基地振兴战略: where it is carried out
    return APPLIES if topic or placed or hazard_of(whole, member) else INCLUDES


PROGRAMMES = ("战略",)


ARRANGEMENTS = ("制度", "机制", "体系", "政策")


def managed(whole: str, members: Sequence[str]) -> bool:
    """A、B等X where X is an arrangement (制度, 机制, 体系, 政策) and every item a bare verb, a word of two characters
    jieba's dictionary tags v or vn (住房使用、运营、退出等管理制度): the items name what the arrangement manages of a
    thing, no member of it and no thing it applies to.

    >>> managed("管理制度", ["运营", "退出"]), managed("社会保障体系", ["养老", "医疗", "生育"]), managed("标准", ["节能"])
    (True, False, False)
    """
    tags = dictionary()[1]
    return whole.endswith(ARRANGEMENTS) and all(len(m) == 2 and tags.get(m) in ("v", "vn") for m in members)


def listed_as(whole: str, members: Sequence[str]) -> list[ConceptRelation]:
    """How each item of a list stands to the class it closes with (:func:`_listed_as`), the items of one list being
    of one kind: where one names a topic of an instrument, a system or a hazard, all do (投资项目用地、节能、环保等准入
    标准; 重大传染病、慢性病等防控体系), each a thing the class applies to.

    >>> [str(r) for r in listed_as("准入标准", ["投资项目用地", "节能"])], [str(r) for r in listed_as("法律", ["专利法"])]
    (['appliesTo', 'appliesTo'], ['includes'])
    """
    kinds = [_listed_as(whole, member) for member in members]
    return [APPLIES] * len(kinds) if APPLIES in kinds else kinds
