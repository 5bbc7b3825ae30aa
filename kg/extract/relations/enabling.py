"""``enables``: purpose and basis (以X推动Y, 通过X实现Y, X为Y提供支撑/作出贡献, X是Y的基础, Y依托/离不开X, 依托X建设Y,
没有X就没有Y, X支持/带动/赋能Y, and the actions of a sentence before its 为Y提供支撑)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence

from kg.extract.cues import ADVERBS, ATTRIBUTE_NOUNS, BARE_HEADS, FRAME, action_start, actions_before, skip_adverbs
from kg.extract.relations.lists import list_before
from kg.extract.relations.named import ENABLES, Named, Triple, heads, label_of, outer, size, stretch, within

ENABLE_VERB = r"(?:推动|带动|促进|赋能|驱动|引领|支撑|助力|支持|服务|保障|提升|加快|激发)"


BASIS = (r"(?:基础|关键|支撑|途径|手段|抓手|底座|引擎|动力|驱动力|推动力|保障|保证|前提|基石|重要支撑|战略支撑|物质技术基础|重要引擎|新引擎"
         r"|(?:内在|必然|本质|迫切|根本)要求)")  # X是Y的内在要求: Y needs X


BASIS_END = r"(?=$|[^\u4e00-\u9fff]|和|与|及|性|之一|量|所在|作用|条件|工程|源泉)"  # 基础|资料, 关键|时期: another noun, no basis


MEANS_VERB = r"建设|发展|打造|培育|建立|推动|促进|提升|提高|构建|壮大|带动|赋能|实现|推进"  # 依托X，建设Y: what X is used for


ENABLING_CUES = (re.compile("以"), re.compile("通过"), re.compile("提供|注入|奠定|打下|贡献"), re.compile(BASIS),
                 re.compile("离不开|有赖于|得益于"), re.compile("需要|依托|依靠"), re.compile("没有"), re.compile("，是"),
                 re.compile("依托|依靠|借助|利用"), re.compile("用"),
                 re.compile(ENABLE_VERB))  # a cheap test before each pattern of ENABLING, in order


ANY_CUE = re.compile("|".join(f"(?:{cue.pattern})" for cue in ENABLING_CUES))  # half the sentences hold none


ENABLING = (  # 之以 is a set phrase (持之以恒, 辅之以), no 以X推动Y; 以利于, 以便: so as to; 以X，推动Y: a clause of its own
    # before the comma (以技术创新打通…，加快…), unless a role closes it (以X为牵引，推动Y)
    re.compile(rf"(?<![可所予加难得用足之])以(?![及上下来后前外内利便期免防])(?P<x>[^，。；、为]{{2,20}}?)(?:为(?:牵引|抓手|支撑|动力|引领|主线|突破口|依托|基础)[，,]?)?{ENABLE_VERB}(?P<y>[^，。；]{{2,40}})"),
    re.compile(r"通过(?P<x>[^，。；]{2,30}?)[，,]?(?:继续|进一步|不断|有效)?(?:实现|推动|促进|提高|提升|带动|增加|增强|扩大)"
               r"(?P<y>[^，。；]{2,40})"),
    re.compile(r"(?P<x>[^，。；]{2,30}?)(?:为|给)(?P<y>[^，。；]{2,30}?)(?:(?:提供|注入|奠定|打下)[^，。；]{0,8}"
               r"(?:支撑|动力|保障|基础|支持|能量|动能)|(?:作出|做出)[^，。；]{0,8}贡献)"),
    re.compile(rf"(?P<x>[^，。；]{{2,30}}?)(?:(?<!特别|尤其)是|成为|作为)(?P<y>[^，。；]{{2,30}}?)的(?:重要|关键|核心|主要|强大|根本|坚实|有力|基本)?{BASIS}{BASIS_END}"),
    re.compile(r"(?P<y>[^，。；]{2,30}?)(?:离不开|有赖于|得益于)(?P<x>[^，。；]{2,30}?)(?:作为支撑|的支撑|的支持)?(?=[，。；]|$)"),
    re.compile(r"(?P<y>[^，。；]{2,30}?)(?:需要|依托|依靠)(?P<x>[^，。；]{2,30}?)(?:作为|提供)(?:支撑|支持|保障|基础)"),
    re.compile(r"没有(?P<x>[^，。；]{2,20}?)就没有(?P<y>[^，。；]{2,20})"),
    re.compile(rf"^(?:[^，。；]{{0,10}}(?:证明|表明)[，：:])?(?P<x>(?:(?![，,]也?是)[^。；是]){{4,60}}?)[，,](?:是|就是|正是)(?P<y>(?:(?![，,]也?是)[^。；]){{2,60}}?)的(?:重要|关键|根本|坚实|重要前提和)?"
               rf"{BASIS}(?:和[^，。；的]{{2,6}})?(?=$|[，,](?:也|还|又|更)?是)"),  # 的重要途径和迫切任务: a second noun after it
    re.compile(rf"(?:^|[，；：])(?:要|积极|充分|主要)?(?:依托|依靠|借助|利用)(?P<x>[^，。；]{{2,20}}?)(?<![和与及、])[，,]?来?"
               rf"(?:积极|大力|加快|持续|进一步)?(?:{MEANS_VERB})(?P<y>[^，。；]{{2,30}})"),
    re.compile(rf"(?:^|[，；：]|坚持|要|积极|善于|加快|综合|充分|学习)(?:运用|用)(?![好足于地心情力])(?P<x>[^，。；、“”为\d]{{2,20}}?)"
               rf"(?:{ENABLE_VERB}|改造提升|改造)(?P<y>[^，。；]{{2,30}})"),  # 用X促进Y, 用X改造Y: as 以X促进Y
    re.compile(rf"(?:^|[，；：])(?P<x>[^，。；、“”]{{2,12}}?)(?:积极|大力|有力|深度|要|将|可以)?{ENABLE_VERB}(?P<y>[^，。；、“”]{{2,16}})$"),
)


SUBJECT_VERB = ENABLING[-1]
LED = ENABLING[0]
NO_OBJECT = re.compile(rf"存在|面临|出现|仍|还|向|是|有|法(?![治律规院官学人])|条例|[和及与、](?!{ENABLE_VERB})")
# what follows 保障, 服务, 支持 used as a noun (民生保障存在短板, 产能提升和单产提升行动), or as a word of a law's name
# (民营经济促进法)
OCCASIONS = ("机遇", "机会", "契机", "窗口期")  # 抢抓A机遇推动B: an occasion is no driver of what is done with it


def enabling(text: str, terms: Sequence[Named]) -> Iterator[Triple]:
    """The patterns of purpose and basis, each read where its cue stands in the sentence (two patterns may state
    the same relation; ``sentence_relations`` keeps each once).

    >>> from kg.extract.relations.named import named_in
    >>> text = "以科技创新推动产业创新"
    >>> sorted({(a, str(r), b) for a, r, b in enabling(text, named_in(text, "科技创新", "产业创新"))})
    [('科技创新', 'enables', '产业创新')]
    """
    done: set[tuple[int, int]] = set()
    for cue, pattern in zip(ENABLING_CUES, ENABLING, strict=True) if ANY_CUE.search(text) else ():
        for m in pattern.finditer(text) if cue.search(text) else ():
            xs = heads(text, stretch(terms, m.start("x"), m.end("x")))
            ys = _ends(text, terms, m.start("y"), m.end("y")) or (_bare_end(text, terms, m) if pattern is LED else [])
            if not xs or not ys or (m.start("x"), m.start("y")) in done:
                continue
            if pattern is SUBJECT_VERB and (_nominal(text, terms, m, xs[-1]) or _named_aim(text, xs[-1], ys[-1])):
                continue
            if m.group().endswith("贡献") and xs[0].start != m.start("x"):
                continue  # 以实际行动|为…作出贡献, 有信心|为…: who contributes is the subject that opens the clause
            done.add((m.start("x"), m.start("y")))
            yield from ((label_of(x), ENABLES, label_of(y)) for x in xs for y in ys if not _occasion(text, x))
    yield from _chained(text, terms)
    yield from _based(text, terms)
    yield from _support(text, terms)
    yield from _served(text, terms)
    yield from _led(text, terms)
    if MUST.search(text):  # a cheap test first: 必须 or 就要 opens the clause after the goals
        yield from _goals(text, terms)
    yield from _roles(text, terms)


def _bare_end(text: str, terms: Sequence[Named], m: re.Match[str]) -> list[Named]:
    """以X推动Y where no concept names Y: a bare phrase of three characters or more that is the whole object of the
    verb, closing the clause (以信息化带动|工业化, 以消费升级引领|产业升级), names what is enabled.

    >>> t = [Named("信息化", "信息化", 1, 4), Named("工业化", "工业化", 6, 9, provisional=True)]
    >>> [y.text for y in _bare_end("以信息化带动工业化", t, LED.match("以信息化带动工业化"))]
    ['工业化']
    """
    y = max((t for t in terms if t.start == m.start("y") and t.end == m.end("y")), key=size, default=None)
    if y is None or not y.provisional or len(y.text) < 3 or not re.match(r"$|[，。；]", text[y.end:]):
        return []
    return [y]


def _nominal(text: str, terms: Sequence[Named], m: re.Match[str], subject: Named) -> bool:
    """Whether X支持Y reads no subject and its verb: the subject not right before the verb (中国政府一向致力于|促进…),
    or the verb a noun itself (民生保障|存在…, 退役军人|服务体系, 机构|服务能力|达到…: before an attribute or a head).

    >>> m = SUBJECT_VERB.match("基层医疗卫生机构服务能力达到国家标准")
    >>> _nominal(m.string, [Named("基层医疗卫生机构", "基层医疗卫生机构", 0, 8)], m, Named("基层医疗卫生机构", "基层医疗卫生机构", 0, 8))
    True
    """
    y = m.start("y")
    return subject.end != m.end("x") or NO_OBJECT.match(text, y) is not None \
        or text[y:y + 2] in ATTRIBUTE_NOUNS | BARE_HEADS or any(m.end("x") <= t.start < y < t.end for t in terms)


def _named_aim(text: str, subject: Named, end: Named) -> bool:
    """X支持Y that closes its clause but reads no subject and its verb: a manner before the verb (有力|保障…, 不失时机|
    加快…), or a clause that ends in the head of a programme's name (甲河水质|提升|攻坚行动, 粮食产能|提升|灌溉工程, 乙病药品|
    保障|先行区): the verb is inside the name.

    >>> t = [Named("河水质", "河水质", 0, 3), Named("攻坚行动", "攻坚行动", 5, 9)]
    >>> _named_aim("河水质提升攻坚行动", t[0], t[1]), _named_aim("有力保障农民增收", Named("有力", "有力", 0, 2), t[1])
    (True, True)
    """
    return subject.text in MANNERS or label_of(end).endswith(PROGRAMME_HEADS)


MANNERS = frozenset(ADVERBS) | {"有力", "不失时机"}
PROGRAMME_HEADS = ("行动", "工程", "先行区", "示范区", "改革", "体系")


def _ends(text: str, terms: Sequence[Named], start: int, end: int) -> list[Named]:
    """The things a stretch names as what is enabled: not what is curbed (控制|物价上涨), a time (市场经济|条件下) or a
    figure reported (零售额|增长22.9%).

    >>> t = [Named("零售额", "零售额", 2, 5)]
    >>> _ends("实现零售额增长22.9%", t, 2, 12), [y.text for y in _ends("实现零售额增长", t, 2, 7)]
    ([], ['零售额'])
    """
    return [y for y in heads(text, stretch(terms, start, end)) if not _curbed(text, y) and not SETTING.match(text, y.end)
            and not FIGURE.match(text, y.end) and not REFORMED.match(text, y.end)]


REFORMED = re.compile(r"改革|改制|重组")  # 为国有企业|改革创造条件: the end is the reform of the thing, no term names it


def _occasion(text: str, x: Named) -> bool:
    """An occasion, no driver of what is done with it: a term in 机遇 (抢抓…机遇推动) or one right before it
    (抢抓人工智能|机遇|推动数字经济).

    >>> _occasion("抢抓人工智能机遇推动数字经济", Named("人工智能", "人工智能", 2, 6))
    True
    """
    return label_of(x).endswith(OCCASIONS) or text.startswith(OCCASIONS, x.end)


FIGURE = re.compile(r"(?:分别)?(?:增长|下降|提高|提升|减少|增加|达到|超过|突破|为)?[\d０-９]")  # 零售额|增长22.9%: a figure
# reported, no end of a means


SETTING = re.compile(r"(?:条件|期间|时期|阶段|时代)?[下中里]|(?:条件|期间|时期|阶段|时代)")  # 市场经济条件下: when, no end


SUBJECT = re.compile(r"(?:在[^，。；：]{2,30}[下中]，)?(?P<x>[^，。；：是]{2,30}?)是")  # after a setting (在…格局下，)
SOURCE = rf"(?:{BASIS}|来源|提供者|源泉|动力源)(?=$|[，。；])"  # what a thing is to another, closing its clause
CHAINED = re.compile(rf"[，,](?:也|还|更|又)?是(?P<y>[^，。；]{{2,30}}?)的(?:重要|关键|核心|主要|强大|根本|坚实|有力|基本|不竭)?{SOURCE}")
FIRST = re.compile(rf"(?P<y>[^，。；]{{2,30}}?)的[^，。；的]{{0,4}}{SOURCE}")


def _chained(text: str, terms: Sequence[Named]) -> Iterator[Triple]:
    """X是A，也是Y的基础/主要来源: a later clause of the sentence's copula, with no subject of its own, says what the
    subject X (a term or a list of them right before the first 是, after a setting: 在…格局下，) enables.

    >>> t = [Named("国有企业", "国有企业", 0, 4), Named("技术装备", "技术装备", 5, 9),
    ...      Named("财政收入", "财政收入", 18, 22)]
    >>> [(a, b) for a, _, b in _chained("国有企业是技术装备的主要提供者，也是财政收入的主要来源", t)]
    [('国有企业', '技术装备'), ('国有企业', '财政收入')]
    """
    subject = SUBJECT.match(text)
    if subject is None:
        return
    xs = [x for x in list_before(text, terms, subject.end("x")) if not x.provisional and x.start >= subject.start("x")]
    spans = [(m.start("y"), m.end("y")) for m in CHAINED.finditer(text, subject.end())]
    if (m := FIRST.match(text, subject.end())) is not None:
        spans.insert(0, (m.start("y"), m.end("y")))
    for start, end in spans if xs else ():
        ys = [y for y in heads(text, stretch(terms, start, end)) if not _curbed(text, y) and not SETTING.match(text, y.end)]
        yield from ((label_of(x), ENABLES, label_of(y)) for x in xs for y in ys)

BASED = re.compile(r"基于(?P<x>[^，。；的]{2,20})的")


def _based(text: str, terms: Sequence[Named]) -> Iterator[Triple]:
    """基于A、B的Y: what a thing is built on enables it; Y the whole noun phrase right after 的 (its terms run
    together, the last one closing the phrase: 政府网站|集约化平台, not 政府网站|管理办法).

    >>> t = [Named("信息资源库", "信息资源库", 2, 7), Named("政府网站", "政府网站", 8, 12), Named("集约化平台", "集约化平台", 12, 17)]
    >>> [(a, b) for a, _, b in _based("基于信息资源库的政府网站集约化平台", t)]
    [('信息资源库', '集约化平台')]
    """
    for m in BASED.finditer(text):
        xs = [x for x in heads(text, stretch(terms, m.start("x"), m.end("x"))) if not _fragment(text, x)]
        at, y = m.end(), None
        while (nxt := max((t for t in terms if t.start == at), key=size, default=None)) is not None:
            y, at = nxt, nxt.end
        if xs and y is not None and not y.provisional and re.match(r"$|[，。；、和与及]", text[at:]):
            yield from ((label_of(x), ENABLES, label_of(y)) for x in xs)


def _fragment(text: str, t: Named) -> bool:
    """A term inside a quotation that is only part of it (“六专机制” -> 专机制): a cut name.

    >>> _fragment("基于“六专机制”的", Named("专机制", "专机制", 4, 7)), _fragment("基于“六专机制”的", Named("六专机制", "六专机制", 3, 7))
    (True, False)
    """
    opened, closed = text.rfind("“", 0, t.start + 1), text.find("”", t.end - 1)
    return opened > text.rfind("”", 0, t.start) and closed >= 0 and (opened + 1, closed) != (t.start, t.end)


SUPPORT = re.compile(r"对(?P<y>[^，。；对]{2,24}?)的(?:辐射)?(?:支撑|带动|促进|拉动|引领|推动|驱动|支持|保障)(?:作用|力度|力|功能)?")


def _support(text: str, terms: Sequence[Named]) -> Iterator[Triple]:
    """A、B对Y的支撑/带动/拉动作用: each thing right before 对 enables Y (no thing before it: 加大对Y的支持, no end;
    对 inside a term: 对外开放).

    >>> t = [Named("资本市场", "资本市场", 2, 6), Named("科技创新", "科技创新", 7, 11)]
    >>> [(a, b) for a, _, b in _support("发挥资本市场对科技创新的支持作用", t)]
    [('资本市场', '科技创新')]
    """
    for m in SUPPORT.finditer(text):
        if any(t.start <= m.start() < t.end for t in terms):
            continue
        xs = [x for x in list_before(text, terms, m.start()) if not x.provisional]
        ys = [y for y in heads(text, stretch(terms, m.start("y"), m.end("y"))) if not _curbed(text, y)]
        yield from ((label_of(x), ENABLES, label_of(y)) for x in xs for y in ys)


SERVED = re.compile(r"[，；]为(?P<y>[^，。；为]{2,40}?)(?:提供|奠定|打下|注入|创造)[^，。；]{0,10}"
                    r"(?:支撑|动力|保障|基础|支持|条件|环境|动能)")


REMOVAL = re.compile(r"(?:有效|积极|坚决|切实|妥善|稳妥|成功|全力|沉着)?(?:破除|消除|化解|缓解|解决|补齐|补强|补上|破解|防范|淘汰|整治"
                     r"|克服|清理|减轻|降低|减少|打破|打击|转变|改变|应对|经受|战胜|抵御|抗击|顶住)")
# what an action removes, changes or copes with (有效应对…风险挑战; its manner read here: 应 of 应对 is no modal)


CURBS = re.compile(r"(?:控制|抑制|遏制|防止|防范|化解|消除|减少|降低|减轻|解决|克服|治理|平抑)$")


def _curbed(text: str, t: Named) -> bool:
    """A term right after a verb that curbs it (控制|物价上涨幅度): what is curbed is no end of what is enabled.

    >>> _curbed("是控制物价上涨幅度的基础", Named("物价上涨", "物价上涨", 3, 7))
    True
    """
    return bool(CURBS.search(text, 0, t.start))


def removes(act: str) -> bool:
    """Whether an action removes, changes or copes with what it names.

    >>> removes("有效应对重大风险挑战"), removes("坚决破除体制障碍"), removes("加强基础研究")
    (True, True, False)
    """
    return bool(REMOVAL.match(act) or REMOVAL.match(skip_adverbs(act)))




def _served(text: str, terms: Sequence[Named]) -> Iterator[Triple]:
    """A，B，为Y提供支撑: what each action before it names enables Y (up to four clauses back that open with an
    action verb, none that frames them: 按照…要求, 以…为指导).

    >>> t = [Named("基础研究", "基础研究", 2, 6), Named("科技项目", "科技项目", 9, 13),
    ...      Named("科技强国", "科技强国", 17, 21), Named("质量强国", "质量强国", 22, 26)]
    >>> [(a, b) for a, _, b in _served("加强基础研究，实施科技项目，为建设科技强国、质量强国提供支撑", t)]
    [('基础研究', '科技强国'), ('基础研究', '质量强国'), ('科技项目', '科技强国'), ('科技项目', '质量强国')]
    """
    for m in SERVED.finditer(text):
        ys = _ends(text, terms, m.start("y"), m.end("y"))
        for clause in actions_before(text, m.start()):
            if removes(action_start(clause.group()) or "") or clause.group().endswith(OCCASIONS):
                continue  # 破除瓶颈制约: what an action removes enables nothing; 抢抓…机遇: an occasion, no means
            xs = heads(text, stretch(terms, clause.start(), clause.end()))
            yield from ((label_of(x), ENABLES, label_of(y)) for x in xs for y in ys)


CLAUSE = re.compile(r"[^，；。]+")
LEAD = re.compile(r"(?:^|[，；])(?:要|必须|坚持|继续)?以(?P<x>[^，。；、为]{2,20}?)为(?:牵引|抓手|引领|主线|突破口|动力)[，,]")
MEANS = re.compile(r"通过(?P<x>[^，。；]{2,30})[，,]")
RESULT = re.compile(r"(?:不断|进一步|持续|有效|显著)?(?:提高|提升|实现|增强)")
DRIVING = re.compile(rf"{ENABLE_VERB}|{RESULT.pattern}")  # what opens a clause a lead governs


def _led(text: str, terms: Sequence[Named]) -> Iterator[Triple]:
    """以X为主线/牵引/抓手，A，B: X enables what the clauses it leads name (the run of clauses after it that open
    with a verb of driving or achieving: 推动, 促进, 提高, 实现 …); 通过X，…，提高Y: X enables what the clauses
    of achievement after it name (提高, 提升, 实现, 增强).

    >>> t = [Named("改革", "改革", 1, 3), Named("质量变革", "质量变革", 9, 13), Named("生产率", "生产率", 16, 19),
    ...      Named("产业体系", "产业体系", 24, 28)]
    >>> [(a, b) for a, _, b in _led("以改革为主线，推动质量变革，提高生产率，着力建设产业体系", t)]
    [('改革', '质量变革'), ('改革', '生产率')]
    """
    for pattern, later, cue in ((LEAD, DRIVING, "以"), (MEANS, RESULT, "通过")):
        for m in pattern.finditer(text) if cue in text else ():
            xs = heads(text, stretch(terms, m.start("x"), m.end("x")))
            for clause in _led_clauses(text, m.end(), pattern is LEAD, later):
                ys = heads(text, stretch(terms, clause.start(), clause.end()))
                yield from ((label_of(x), ENABLES, label_of(y)) for x in xs for y in ys)


def _led_clauses(text: str, start: int, lead: bool, later: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """The clauses after ``start`` that a lead (``lead``: the run of them right after it) or a means clause
    (any of them) governs: each opens with a verb ``later`` matches."""
    for clause in CLAUSE.finditer(text, start):
        if later.match(action_start(clause.group()) or ""):
            yield clause
        elif lead:
            return


GOAL = re.compile(r"(?:为了|为|要)?(?:不断|持续|进一步)?(?:实现|提高|建设|推进|推动|发展|建成|全面建成|构建|加快"
                  r"|保证|确保|保障|保持|促进|加强|巩固|增强)(?!是)[^是]{2,30}")
MUST = re.compile(r"(?:就|我们|我们就)?(?:必须|就要)(?:坚持|始终)?")
GROWTH = re.compile(r"(?:稳定|持续|快速|健康|平稳|较快|协调|稳步)*(?:增长|发展)")  # 保证农业|稳定增长: the goal is the thing's growth
MEANS_END = re.compile(r"$|[、和与及]|建设|改革")  # a thing the action takes as its object, not a modifier (…的理解)


def _goals(text: str, terms: Sequence[Named]) -> Iterator[Triple]:
    """建设Y，必须X，坚持Z: a sentence that opens with its goals and goes on with what they take; each thing the
    actions after 必须 (up to four clauses) take as their object enables each goal the opening clauses end with
    (not what an action removes or changes, nor a condition: 必须同…相适应, 必须有利于…; no modifier: …的理解,
    坚持为人民服务、为社会主义服务的方向).

    >>> t = [Named("市场经济", "市场经济", 2, 6), Named("宏观调控", "宏观调控", 14, 18)]
    >>> [(a, b) for a, _, b in _goals("发展市场经济，必须加强和改善宏观调控", t)]
    [('宏观调控', '市场经济')]
    """
    clauses = list(CLAUSE.finditer(text))
    goals = list(itertools.takewhile(lambda c: bool(GOAL.fullmatch(c.group())), clauses))
    if not goals or len(goals) == len(clauses) or not (must := MUST.match(clauses[len(goals)].group())):
        return
    ys = [y for c in goals for y in within(terms, c.start(), c.end())
          if not y.provisional and (MEANS_END.match(text[y.end:c.end()]) or GROWTH.fullmatch(text[y.end:c.end()]))]
    first = clauses[len(goals)]
    acts = [(first.start() + must.end(), first.end())]
    acts += [(c.start(), c.end()) for c in itertools.takewhile(lambda c: bool(action_start(c.group())),
                                                                clauses[len(goals) + 1:len(goals) + 4])]
    for start, end in acts:
        act = text[start:end]
        if not action_start(act) or removes(act) or FRAME.search(act):
            continue  # 必须同…相适应: a condition, no action; 必须破除…: what is removed enables nothing
        xs = [x for x in heads(text, stretch(terms, start, end))
              if MEANS_END.match(text[x.end:end]) and "的" not in text[x.end:end] and not _generic_head(text, x)]
        yield from ((label_of(x), ENABLES, label_of(y)) for x in xs for y in outer(ys))


def _generic_head(text: str, t: Named) -> bool:
    """A bare two-character head a 的-phrase modifies (百花齐放、百家争鸣的|方针): what it names is in the phrase.

    >>> _generic_head("坚持百花齐放的方针", Named("方针", "方针", 7, 9))
    True
    """
    return len(t.text) <= 2 and text[t.start - 1:t.start] == "的"


ROLE_IN = re.compile(r"在(?P<y>[^，。；在]{2,24}?)(?:中|方面|上)的?(?:重要|积极|主导|决定性|基础性|关键|主体|支撑|引领|示范"
                     r"|带动|骨干|主力军)*作用")


def _roles(text: str, terms: Sequence[Named]) -> Iterator[Triple]:
    """(发挥)A、B在Y中的(重要)作用: each thing of the list right before 在 enables Y.

    >>> t = [Named("商业保险", "商业保险", 2, 6), Named("社会保障体系", "社会保障体系", 9, 15)]
    >>> [(a, b) for a, _, b in _roles("发挥商业保险在完善社会保障体系中的作用", t)]
    [('商业保险', '社会保障体系')]
    """
    for m in ROLE_IN.finditer(text):
        xs = [x for x in list_before(text, terms, m.start()) if not x.provisional]
        ys = [y for y in heads(text, stretch(terms, m.start("y"), m.end("y"))) if not _curbed(text, y)]
        yield from ((label_of(x), ENABLES, label_of(y)) for x in xs for y in ys)
