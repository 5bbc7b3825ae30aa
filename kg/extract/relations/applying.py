"""``appliesTo``: a quality, standard or action area of a thing (提升Y的X, A、B的X, 制造业高端化、智能化, a phrase
naming two terms such as 中等职业学校|生均拨款制度, 对X实行Y, 为Y提供X, X向Y倾斜)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence

from kg.extract.cues import (
    ACTION_START,
    ACTIVITY_NOUNS,
    ATTRIBUTE_NOUNS,
    GENERIC_CLASSES,
    TERM_HEADS,
    skip_adverbs,
)
from kg.extract.relations.lists import list_before
from kg.extract.relations.named import (
    ACTIONS,
    APPLIES,
    PHRASE_END,
    QUALITY,
    Named,
    Triple,
    label_of,
    outer,
    qualified,
    size,
    weak,
    within,
)
from kg.text.segment import QUALITY_SUFFIXES, dictionary

OPENING = "，；：、。（(“的对和与及等提高提升增强加强维护保护完善健全规范强化确保保障"


def possessed(text: str, terms: Sequence[Named]) -> Iterator[Triple]:
    """A、B的X和Y: X and Y (qualities, standards or parts) of each of A and B.

    >>> from kg.extract.relations.named import named_in
    >>> text = "提高高端轴承的可靠性"
    >>> [(a, str(r), b) for a, r, b in possessed(text, named_in(text, "高端轴承", "可靠性"))]
    [('可靠性', 'appliesTo', '高端轴承')]
    >>> text = "健全重要农产品的储备体系和风险基金制度"
    >>> [a for a, r, b in possessed(text, named_in(text, "重要农产品", "储备体系", "风险基金制度"))]
    ['储备体系', '风险基金制度']
    """
    for m in OF.finditer(text):
        owned = [t for t in terms if t.start == m.end()]
        members = list_before(text, terms, m.start()) if owned else []
        if not members:
            continue
        x = max(owned, key=size)
        if weak(x) or not qualified(x) or any(not _vouched(text, y) for y in members) \
                or not PHRASE_END.match(text, x.end) or not _opens(text, members[0].start):
            continue  # 识别…的根本标准, 覆盖…的常态化防止…机制: not a quality of the thing itself
        for owner in _owned(text, terms, x):
            for member in members:
                yield label_of(owner), APPLIES, label_of(member)


OF = re.compile("的")
DETERMINERS = re.compile(r"(?:相关|有关|各类|各级|广大|全体|所有)$")


def _opens(text: str, start: int) -> bool:
    """Whether an owner's phrase opens at ``start``: after a mark, a verb of caring or a determiner (对…相关合作社的…),
    not inside a longer phrase (识别…的根本标准) nor after 参与, a verb whose subject owns what follows 的
    (全民|参与环境保护|的自觉性).

    >>> _opens("加强对相关合作社的信用监管", 5), _opens("识别贫困户的标准", 2), _opens("增强全民参与环境保护的自觉性", 6)
    (True, False, False)
    """
    if text.endswith("参与", 0, start):
        return False
    return start == 0 or text[start - 1] in OPENING or bool(DETERMINERS.search(text, 0, start))


def _vouched(text: str, t: Named) -> bool:
    """A term that may own a quality: a concept, or a bare phrase a list closes as its class (粮食等|重要农产品|的储备
    体系), not a bare word (社会主义|的市场体系).

    >>> _vouched("粮食等重要农产品", Named("重要农产品", "重要农产品", 3, 8, provisional=True))
    True
    """
    return not t.provisional or (not weak(t) and text[t.start - 1:t.start] == "等")


def _owned(text: str, terms: Sequence[Named], x: Named) -> Iterator[Named]:
    """X and the qualities joined to it (X和Y、Z), each a whole phrase."""
    while True:
        yield x
        joint = re.match(r"、|和|及|以及", text[x.end:])
        nxt = max((t for t in terms if joint and t.start == x.end + joint.end()), key=size, default=None)
        if nxt is None or weak(nxt) or not qualified(nxt) or not PHRASE_END.match(text, nxt.end):
            return
        x = nxt


def qualities(text: str, terms: Sequence[Named], named: Sequence[Named] = ()) -> Iterator[Triple]:
    """制造业|高端化、智能化、绿色化; 市场化、法治化、国际化|营商环境; 产业|高端化智能化: each quality of the thing it
    stands by; between two nouns, of the one after it (``named`` holds the nouns that are no concept).

    >>> from kg.extract.relations.named import named_in
    >>> text = "推动制造业高端化、智能化"
    >>> [(a, str(r), b) for a, r, b in qualities(text, named_in(text, "制造业", "高端化", "智能化"))]
    [('高端化', 'appliesTo', '制造业'), ('智能化', 'appliesTo', '制造业')]
    """
    for run in _runs(text, terms):
        before = [t for t in terms if t.end == run[0].start and not QUALITY.fullmatch(t.text)]
        if not before and text.startswith("等", run[-1].end):
            continue  # 肥料化、饲料化等|多途径利用模式: the items of a class after 等, no qualities of it
        near = _qualified_thing(text, terms, named, run, before)
        if len(run) >= 2 and near and not weak(near[0]) and not near[0].text.endswith("化"):  # 产业智能化|绿色化: a run cut
            for q in run:
                yield label_of(q), APPLIES, label_of(near[0])
        elif len(run) == 1 and before and _alone(text, terms, before[-1], run[0]):
            yield label_of(run[0]), APPLIES, label_of(before[-1])


def _qualified_thing(text: str, terms: Sequence[Named], named: Sequence[Named], run: list[Named],
                     before: list[Named]) -> list[Named]:
    """The thing a run of qualities stands by: the one before it, or the one after where none stands before or
    where a noun right after takes the qualities (困难群众|个性化、多样化|救助需求: a noun no concept, so none)."""
    after = [t for t in terms if t.start in _next(text, terms, run[-1].end) and not QUALITY.fullmatch(t.text)
             and label_of(t) not in PRINCIPLES and (t.start == run[-1].end or not t.provisional)]
    following = _following(text, [*terms, *named], run[-1].end)
    if before and following and _thing_after(following[0]):
        return after[:1] if after and after[0] is following[0] and not after[0].provisional else []
    return before[-1:] or after[:1]


def _following(text: str, named: Sequence[Named], end: int) -> list[Named]:
    """The nouns that start right after a run of qualities or one modifier on (个性化|救助|需求), none after 的."""
    near = (t for t in named if end <= t.start <= end + 2 and label_of(t) not in PRINCIPLES)
    return sorted((t for t in near if re.fullmatch(r"[^的\W]*", text[end:t.start])), key=lambda n: (n.start, -n.end))


def _thing_after(t: Named) -> bool:
    """Whether a run of qualities between two nouns qualifies the one after it (困难群众|个性化、多样化|救助需求: the
    needs, not the people): a noun there, no activity done to the one before nor a measure of its change
    (数据|标准化、规范化|管理, 服务|社会化、专业化|水平).

    >>> _thing_after(Named("需求", None, 15, 17)), _thing_after(Named("水平", "水平", 15, 17))
    (True, False)
    """
    tail = t.text[-2:]
    return tail not in ACTIONS and tail not in ACTIVITY_NOUNS and not CHANGE_NOUNS.match(tail) \
        and tail not in ("应用", "管理", "服务", "方面", "领域")


PRINCIPLES = frozenset("方针 原则 方向 路线 思想 宗旨 理念 道路".split())  # 革命化、年轻化|方针: what it says, no thing


def _next(text: str, terms: Sequence[Named], end: int) -> tuple[int, ...]:
    """Where the thing after a run of qualities may start: right at its end, or after one more modifier of two
    characters no term holds and no change, action or attribute names (国际化|一流|营商环境, not 智能化|改造|项目,
    智能化|方面).

    >>> t = [Named("营商环境", "营商环境", 5, 9)]
    >>> _next("国际化一流营商环境", t, 3), _next("国际化改造营商环境", t, 3)
    ((3, 5), (3,))
    """
    word = text[end:end + 2]
    free = len(word) == 2 and re.fullmatch(r"[\u4e00-\u9fff]{2}", word) is not None \
        and not any(t.start < end + 2 and t.end > end for t in terms)
    kept = word not in ACTIONS and word not in ATTRIBUTE_NOUNS and not CHANGE_NOUNS.match(word)  # 智能化|方面
    return (end, end + 2) if free and kept else (end,)


def _runs(text: str, terms: Sequence[Named]) -> list[list[Named]]:
    """The runs of qualities in 化 a sentence names, each joined by 、 or run together (高端化、智能化; 高端化智能化)."""
    runs: list[list[Named]] = []
    for t in terms:
        if QUALITY.fullmatch(t.text) and qualified(t):
            if runs and text[runs[-1][-1].end:t.start] in ("、", ""):
                runs[-1].append(t)
            else:
                runs.append([t])
    return runs


CHANGE_NOUNS = re.compile(r"$|[，。；：、]|(?:转型|发展|改造|升级|建设|水平|进程|程度)(?:$|[，。；：、和])")


def _alone(text: str, terms: Sequence[Named], thing: Named, quality: Named) -> bool:
    """能源消费|低碳化|转型: one quality right after a thing, closing its phrase or the change it names; the thing a
    concept of its own, no term across them (产业数字化), no last item of a list (基础设施与|公共服务|一体化: of
    the list); not 现代化 nor 一体化, which name a goal with their thing (农业现代化, 区域经济一体化).

    >>> t = [Named("能源消费", "能源消费", 2, 6), Named("低碳化", "低碳化", 6, 9)]
    >>> _alone("加快能源消费低碳化转型", t, t[0], t[1]), _alone("加快能源消费低碳化技术", t, t[0], t[1])
    (True, False)
    """
    return not thing.provisional and size(thing) >= 3 and not thing.text.endswith("化") \
        and bool(CHANGE_NOUNS.match(text, quality.end)) \
        and not quality.text.endswith(("现代化", "一体化")) and not re.search(r"[、和与及]$", text[:thing.start]) \
        and not any(t.start < quality.start < t.end for t in terms)


WHOM_END = re.compile(r"[^的]{0,2}实行")  # after whom's term: adverbs, and at most a short head (行政执法|活动)
TREATMENT = re.compile(r"对(?P<x>[^，。；、对]{2,16}?)(?:实行|实施|开展|给予|进行|加强)")
PROVIDED = re.compile(r"(?<![成作])(?:为|向)(?P<x>[^，。；、为向]{2,16}?)提供")  # 为小微企业提供融资担保: a service and whom
SUPPORTS = ("支撑", "保障", "动力", "基础", "条件", "环境", "支持", "保证", "动能", "机遇", "空间", "平台", "便利", "借鉴",
            "力量")
# what a provision enables, no service of whom (为Y提供支撑: enabling.SERVED)
GIVING = ("免费", "无偿", "优先", "定期", "及时")  # how a thing is given, no word of whom it is given to


def _service(text: str, whom: Named, t: Named) -> bool:
    """Whether what is provided is a service applied to whom: a whole noun (not 低费率|的担保支持), no support, basis
    or chance (为Y提供有力支撑: enabling.SERVED), and whom no term run on into how it is given (儿童免费|提供).

    >>> w = Named("小微企业", "小微企业", 1, 5)
    >>> _service("为小微企业提供金融支持", w, Named("金融支持", "金融支持", 7, 11))
    False
    >>> _service("为小微企业提供融资担保", w, Named("融资担保", "融资担保", 7, 11))
    True
    """
    return not label_of(t).endswith(SUPPORTS) and not text.startswith("的", t.end) \
        and not any(word in label_of(whom) for word in GIVING)


def _clause_end(text: str, start: int) -> int:
    stop = re.compile(r"[，。；：]").search(text, start)
    return stop.start() if stop else len(text)


def applying(text: str, terms: Sequence[Named], named: Sequence[Named]) -> Iterator[Triple]:
    """A phrase naming a thing and its arrangement or quality; 对X实行Y; X向Y倾斜.

    >>> from kg.extract.relations.named import named_in
    >>> text = "对小微企业实行税收优惠"
    >>> terms = named_in(text, "小微企业", "税收优惠")
    >>> [(a, str(r), b) for a, r, b in applying(text, terms, terms)]
    [('税收优惠', 'appliesTo', '小微企业')]
    """
    yield from _compounds(text, named)
    yield from _uses(text, terms)
    yield from _treatments(text, terms)
    yield from _tilts(text, terms)
    yield from _obligations(text, terms)



PLACING = re.compile(r"摆在|放在|用于|纳入|列入|增设")  # 把职业教育|摆在|教育改革…: a thing and where it is put


def _compounds(text: str, named: Sequence[Named]) -> Iterator[Triple]:
    """中等职业学校|生均拨款制度, 产业结构|高端化, 工业废渣|回收利用: the second applies to the first, unless a verb
    stands between them (职业教育|摆在|教育改革, 群众关切|推进|教育改革: a subject or a place, and an object).

    >>> t = [Named("职业教育", "职业教育", 0, 4, (0, 10), 0), Named("教育改革", "教育改革", 6, 10, (0, 10), 1)]
    >>> list(_compounds("职业教育摆在教育改革", t))
    []
    """
    by_chunk: dict[tuple[int, int], list[Named]] = {}
    for n in named:
        if n.chunk[0] >= 0:
            by_chunk.setdefault(n.chunk, []).append(n)
    for (_, end), parts in by_chunk.items():
        if len(parts) < 2:
            continue  # a phrase of one term: no thing and its quality
        ordered = sorted(parts, key=lambda p: p.index)
        concepts = [p for p in ordered if p.label and not p.provisional]
        for thing, quality in itertools.pairwise(concepts):
            if (_quality(quality) or _activity(quality.text)) and _thing(text, thing, quality):
                yield label_of(quality), APPLIES, label_of(thing)
        yield from _joined_after(text, named, ordered, concepts, end)


def _joined_after(text: str, named: Sequence[Named], ordered: list[Named], concepts: list[Named],
                  end: int) -> Iterator[Triple]:
    """A|供应水平|和质量: a quality joined after a phrase that ends in a quality is its thing's too."""
    last = ordered[-1]
    if last.end != end:
        return
    things = [c for c in concepts if c.end <= last.start]
    if things and last.start - things[-1].end <= 2 and _thing(text, things[-1], last) \
            and (_quality(last) or (not last.label and last.text in ATTRIBUTE_NOUNS)):
        yield from ((label_of(q), APPLIES, label_of(things[-1])) for q in _joined_qualities(text, named, end))


def _thing(text: str, thing: Named, quality: Named) -> bool:
    """Whether a term is the thing a quality after it in its phrase applies to: not a short modifier (市域|整合型卫生
    健康服务体系), no verb between them (职业教育|摆在|教育改革: a subject or a place, and an object), and neither a
    quality in 化 itself (高端化|智能化, not 成果转化|成功率) nor one of the same kind (公示制度|记录制度): a list run
    together; a thing in 特色 says what kind the next one is (中国特色|军事制度: a system with Chinese features);
    nor a pair of qualities cut in two (产品质量|安全监管).

    >>> _thing("高端化智能化", Named("高端化", "高端化", 0, 3), Named("智能化", "智能化", 3, 6))
    False
    >>> _thing("产业数字化智能化", Named("产业数字化", "产业数字化", 0, 5), Named("智能化", "智能化", 5, 8))
    False
    """
    gap = text[thing.end:quality.start]
    return (len(thing.text) >= 3 or thing.label in GENERIC_CLASSES) and not ACTION_START.match(gap) \
        and not PLACING.match(gap) and not _agent(thing, gap) and not (len(thing.text) == 3 and QUALITY.fullmatch(thing.text)) \
        and not (thing.text.endswith("化") and QUALITY.fullmatch(quality.text)) \
        and label_of(thing)[-2:] != label_of(quality)[-2:] and not label_of(thing).endswith("特色") \
        and text[thing.end - 2:quality.start + 2] not in PAIRED


def _agent(thing: Named, gap: str) -> bool:
    """A body or a manner before a verb of two characters (社会保险机构|领取|失业保险金, 中央财政|下拨|救灾资金,
    市场化方式|筹集|专项建设基金): who acts or how, the verb, and its object, no thing and its quality.

    >>> _agent(Named("社会保险机构", "社会保险机构", 0, 6), "领取"), _agent(Named("小微企业", "小微企业", 0, 4), "支付")
    (True, False)
    """
    return len(gap) == 2 and dictionary()[1].get(gap) == "v" and label_of(thing).endswith(AGENTS)


AGENTS = ("部门", "机构", "财政", "政府", "单位", "方式")


PAIRED = ("质量安全",)  # 产品质量|安全监管: one pair of qualities (质量安全监管 of 产品), cut in two


def _quality(t: Named) -> bool:
    """A quality, standard or arrangement (生均拨款制度, 质量), not a bare adjective in 性 (重要性)."""
    return qualified(t) and not t.text.endswith("性")


def _joined_qualities(text: str, named: Sequence[Named], at: int) -> Iterator[Named]:
    """The qualities joined after a phrase that ends in one (A|供应水平|和|质量, A|生均经费标准|或|公用经费标准), none
    a noun in 化 (思想政治水平和|现代科学文化)."""
    while (joint := re.match(r"和|或|及|以及", text[at:])) is not None:
        q = max((t for t in named if t.start == at + joint.end() and t.label), key=size, default=None)
        if q is None or not _quality(q) or (q.text.endswith("化") and not QUALITY.fullmatch(q.text)) \
                or not PHRASE_END.match(text, q.end):
            return
        yield q
        at = q.end


def _activity(text: str) -> bool:
    """回收利用, 节能改造: an activity named by actions from end to end (not 利用资源, an action and its object, nor
    服务业, a sector).

    >>> _activity("回收利用"), _activity("利用资源"), _activity("服务业")
    (True, False, False)
    """
    return text[:2] in ACTIONS and text[-2:] in ACTIONS | ACTIVITY_NOUNS and not text.endswith(TERM_HEADS)


USE_IN = re.compile(r"在(?P<y>[^，。；在]{2,20}?)(?:中|上|领域|行业|方面)?的(?:应用|运用|推广|普及|使用)")


def _uses(text: str, terms: Sequence[Named]) -> Iterator[Triple]:
    """A、B在Y中的应用: what is used applies to each thing it is used in (the list right before 在, each thing a
    concept; the things of Y joined as a list, all it holds but the word of area).

    >>> t = [Named("人工智能技术", "人工智能技术", 2, 8), Named("行政执法", "行政执法", 9, 13)]
    >>> [(a, b) for a, _, b in _uses("推进人工智能技术在行政执法中的运用", t)]
    [('人工智能技术', '行政执法')]
    """
    for m in USE_IN.finditer(text):
        xs = [x for x in list_before(text, terms, m.start()) if not x.provisional]
        ys = [y for y in outer(within(terms, m.start("y"), m.end("y"))) if not y.provisional]
        gaps = [text[m.start("y"):ys[0].start], text[ys[-1].end:m.end("y")]] if ys else ["-"]
        if xs and ys and all(g in ("", "实践") for g in gaps) \
                and all(re.fullmatch(r"、|和|及|与|或", text[a.end:b.start]) for a, b in itertools.pairwise(ys)):
            yield from ((label_of(x), APPLIES, label_of(y)) for x in xs for y in ys)


def _treatments(text: str, terms: Sequence[Named]) -> Iterator[Triple]:
    """对市场主体实行守信激励、失信惩戒: each thing done applies to whom, where whom is the phrase before the verb
    (not 对受冲击较大的|行业, 对驻机场|各单位) and each thing a whole object, no quality (not 进行|群众性|的评定, 进行|战略性|调整).

    >>> t = [Named("市场主体", "市场主体", 1, 5), Named("守信激励", "守信激励", 7, 11), Named("失信惩戒", "失信惩戒", 12, 16)]
    >>> [(a, b) for a, _, b in _treatments("对市场主体实行守信激励、失信惩戒", t)]
    [('守信激励', '市场主体'), ('失信惩戒', '市场主体')]
    """
    for m in itertools.chain(TREATMENT.finditer(text) if "对" in text else (), PROVIDED.finditer(text) if "提供" in text else ()):
        whom = [t for t in outer(within(terms, m.start("x"), m.end("x"))) if not t.provisional]
        if not whom or not WHOM_END.fullmatch(skip_adverbs(text[whom[-1].end:m.end("x")] + "实行")):
            continue  # 对受疫情冲击较大的行业实行: whom is not what the term names
        objects = [y for y in _objects(text, terms, m.end()) if m.re is TREATMENT or _service(text, whom[-1], y)]
        if objects and (TAUGHT.match(text, objects[-1].end) or HOSTILE.search(objects[0].text)):
            continue  # 进行国际主义和民族平等|的教育: what is done is the noun after 的; 进行威胁讹诈: an act against whom
        yield from ((label_of(y), APPLIES, label_of(whom[-1])) for y in objects)


def _objects(text: str, terms: Sequence[Named], at: int) -> Iterator[Named]:
    """The list of whole terms a verb takes at ``at`` (A、B和C), each ending its phrase, none a quality (…性)."""
    while True:
        y = max((t for t in terms if t.start == at), key=size, default=None)
        if y is None or weak(y) or not re.match(r"$|[，。；：、和及等或的]", text[y.end:]):
            return
        if not y.text.endswith(QUALITY_SUFFIXES):  # 实行动态化、精细化管理: a quality of the thing done, none itself
            yield y
        joint = re.match(r"、|和|及|以及|或", text[y.end:])
        if not joint:
            return
        at = y.end + joint.end()


TAUGHT = re.compile(r"的(?:教育|宣传|培训|训练|熏陶)")  # 进行国际主义|的教育: what is taught, no thing done
HOSTILE = re.compile(r"威胁|讹诈|侵略|干涉|颠覆|攻击|封锁|制裁|渗透|打压|掠夺|剥削|压迫|镇压|迫害|挑衅|专制")
# what one does against whom (对西欧国家进行威胁讹诈): no arrangement that applies to it


def _tilts(text: str, terms: Sequence[Named]) -> Iterator[Triple]:
    """新增教育经费要向职业教育倾斜: the funds apply to what they tilt towards: the thing (or the list) that closes the
    clause's subject before 向, not a body before it (甲财政|新增扶贫投入…向…倾斜).

    >>> t = [Named("中央财政", "中央财政", 0, 4), Named("扶贫投入", "扶贫投入", 6, 10), Named("贫困地区", "贫困地区", 11, 15)]
    >>> [(a, b) for a, _, b in _tilts("中央财政新增扶贫投入向贫困地区倾斜", t)]
    [('扶贫投入', '贫困地区')]
    """
    for m in TILTED.finditer(text):
        ys = outer(within(terms, m.start("y"), m.end("y")))
        xs = [t for t in terms if t.end <= m.start() and not re.search(r"[，。；]", text[t.end:m.start()])]
        last = max(xs, key=lambda t: (t.end, size(t)), default=None)
        subjects = [x for x in list_before(text, xs, last.end) if not weak(x)] if last else []
        yield from ((label_of(x), APPLIES, label_of(y)) for y in ys if not weak(y) for x in subjects)


TILTED = re.compile(r"向(?P<y>[^，。；]{2,20}?)倾斜")


OBLIGED = re.compile(r"(?:^|[，；：])(?P<x>[^，。；：]{2,30}?)(?:都|均|也)?(?:应当|必须|应|须|要)"
                     r"(?:严格|自觉|认真|切实)?(?P<v>遵守|恪守|遵循|严守|信守)")
KEPT = re.compile("遵守|恪守|遵循|严守|信守")  # a cheap test before OBLIGED
KEEPS = re.compile(r"[，；](?:并|还|要|应当|必须)?(?:严格|自觉|认真|切实)?(?:遵守|恪守|遵循|严守|信守)")


def _obligations(text: str, terms: Sequence[Named]) -> Iterator[Triple]:
    """X应当遵守/恪守A、B，恪守C: each rule, code or duty the subject must keep applies to it (each of a list of
    subjects that opens the clause: 专利代理机构和专利代理师|应当…), not to a subject in another clause.

    >>> t = [Named("会计人员", "会计人员", 0, 4), Named("职业道德", "职业道德", 8, 12), Named("执业纪律", "执业纪律", 13, 17)]
    >>> [(a, b) for a, _, b in _obligations("会计人员应当恪守职业道德、执业纪律", t)]
    [('职业道德', '会计人员'), ('执业纪律', '会计人员')]
    """
    for m in OBLIGED.finditer(text) if KEPT.search(text) else ():
        inside = [t for t in outer(within(terms, m.start("x"), m.end("x"))) if not weak(t)]
        if not inside or not re.fullmatch(r"(?:都|均|也)?|[\u4e00-\u9fff]{2}", text[inside[-1].end:m.end("x")]):
            continue  # 制定政策要遵循规律: a clause of action, no subject; 专利代理师|执业|应当: the subject as it acts
        subjects = [t for t in list_before(text, inside, inside[-1].end) if not t.provisional]
        if not subjects or ACTION_START.search(text, m.start("x"), subjects[0].start):
            continue  # 制定产业政策|要遵循…: an action is no subject
        ends = [m.end(), *(k.end() for k in KEEPS.finditer(text, m.end()) if _one_run(text, m.end(), k.start()))]
        for y in (y for at in ends for y in _objects(text, terms, at)):
            yield from ((label_of(y), APPLIES, label_of(x)) for x in subjects)


def _one_run(text: str, start: int, end: int) -> bool:
    """Whether the clauses between two offsets all go on with the same subject (each opens with a verb of keeping
    or what it keeps: no new subject of its own)."""
    return not re.search(r"[。；]", text[start:end]) and text.count("，", start, end) <= 1
