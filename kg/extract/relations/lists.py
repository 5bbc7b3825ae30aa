"""``includes``: a list and its class (A、B、C等X; X包括A、B; 以A为代表的X; X特别是A; a system the parts of a
list make up), one relation per member; a list of areas (X在A、B等领域应用) makes ``appliesTo`` instead."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence

from kg.extract.cues import (
    ACTION_START,
    ACTION_VERBS,
    BARE_HEADS,
    GENERIC_CLASSES,
)
from kg.extract.relations.classes import (
    HELD,
    attribute,
    class_after,
    field_only,
    kinds_of,
    listed_as,
    managed,
    modifies,
    no_class,
    owned,
    predicate,
    whole_class,
)
from kg.extract.relations.composed import composed, parts
from kg.extract.relations.items import verb_first
from kg.extract.relations.named import (
    APPLIES,
    INCLUDES,
    PHRASE_END,
    SEPARATOR,
    Named,
    Triple,
    label_of,
    opening,
    outer,
    size,
    weak,
    within,
)
from kg.extract.relations.spelled import named_lists


def list_before(text: str, terms: Sequence[Named], end: int) -> list[Named]:
    """The members of a list that ends at ``end`` (A、B、C and D), each the last term of its item; never the class
    that closes a list before it (A等X和|B、C等Y).

    >>> from kg.extract.relations.named import named_in
    >>> text = "推广小麦、玉米和高粱等作物"
    >>> [n.text for n in list_before(text, named_in(text, "小麦", "玉米", "高粱"), text.index("等"))]
    ['小麦', '玉米', '高粱']
    """
    members: list[Named] = []
    pos = end
    while True:
        inside = [t for t in terms if t.end == pos]
        if not inside:
            break
        head = max(inside, key=lambda t: t.end - t.start)
        members.append(head)
        before = text[:head.start]
        m = re.search(r"(、|和|与|及|以及|，以及|或)$", before)
        if not m:
            break
        prev = [t for t in terms if t.end == m.start()]
        if any(text[t.start - 1:t.start] == "等" for t in prev) and (m.group() != "、" or len(members) == 1):
            break  # 癌症等慢性病和|肺结核等传染病: the class of a list before, no item of this one (A等X、B、C等Y: one)
        if not prev:
            # an item with words before its term: 加强A、B → the item runs back to the separator before it
            item_start = max(before.rfind("、", 0, m.start()), before.rfind("，", 0, m.start())) + 1
            prev = [t for t in terms if item_start <= t.start and t.end <= m.start()]
            if not prev:
                break
            pos = max(t.end for t in prev)
            if pos != m.start() and text[pos:m.start()].strip():
                break
        pos = m.start()
    return members[::-1]


ETC, BY = re.compile("等"), re.compile("以")  # the cues of a list and its class, of 以A为代表的X
COVERB = re.compile(r"[在以使对把将从向为于]$")  # a preposition opens a noun phrase: 用于|电力、煤炭等重工业


def _whole_first(text: str, members: list[Named]) -> list[Named]:
    """A list whose first item is a bare word after words that no verb or preposition opens (发展休闲|旅游、生态康养):
    that word ends an item no term holds, no member; the items after it stay.

    >>> t = [Named("旅游", "旅游", 6, 8, provisional=True), Named("生态康养", "生态康养", 9, 13)]
    >>> [n.text for n in _whole_first("大力发展休闲旅游、生态康养", t)]
    ['生态康养']
    """
    first = members[0] if len(members) > 1 else None
    before = text[opening(text, first.start, "，。；：（("):first.start] if first else ""
    if first and first.provisional and not _opens(before) and not COVERB.search(before):
        return members[1:]
    return members


OPENER = re.compile(r"(?:[在以使对把将从向为于给与同和及、如是有]|包括|特别是|尤其是|以及|\d[^\u4e00-\u9fff]*"
                    r"|[\d一二三四五六七八九十百千万亿多余]+[个名家项批种类位所座条户次只台届组件]|等|了|其中|"
                    r"新增|新建|增产|开征|抵御|抗御|防止|惩治|防治|生产|使用|种植|出口|进口|举办|办好|涵盖|覆盖|培植|保持|实现|"
                    r"各类|各种|各级|广大|相关|有关|主要|当前|目前|希望|联系|力促)$")


def _open_first(text: str, terms: Sequence[Named], members: list[Named]) -> list[Named]:
    """A list whose first item is a term with more words of its name before it (再|贷款, 抚恤|事业费, 冰雪运动|超级联赛):
    the item is cut, no member; the items after it stay. A first item opens after a mark, a verb of action, a
    preposition, a joint, 的, or a number and its measure (20000名|视力).

    >>> t = [Named("降准", "降准", 2, 4), Named("贷款", "贷款", 6, 8)]
    >>> [n.text for n in _open_first("用好降准、再贷款等", t, t[1:])], [n.text for n in _open_first("用好降准、贷款等", t, t)]
    ([], ['降准', '贷款'])
    """
    if not members:
        return members
    return members if item_opens(text, members[0]) else members[1:]


def item_opens(text: str, first: Named) -> bool:
    """Whether the first item of a list opens its phrase where its term starts: after a mark, a verb of action, a
    preposition, a joint, 的, or a number and its measure, not after more words of its name (拓展脱贫|攻坚成果).

    >>> item_opens("推动地面公交", Named("地面公交", "地面公交", 2, 6)), item_opens("拓展脱贫攻坚成果", Named("攻坚成果", "攻坚成果", 4, 8))
    (True, False)
    """
    before = text[opening(text, first.start, "，。；：（(“”《》\""):first.start]
    return not before or _opens(before) or OPENER.search(before) is not None \
        or ACTION_START.search(before[-2:]) is not None or not re.search(r"[\u4e00-\u9fff]$", before)


def includes(text: str, terms: Sequence[Named]) -> Iterator[Triple]:
    """A、B、C等X; X包括/特别是A、B; 以A为代表的X; a system the parts of a list make up.

    >>> from kg.extract.relations.named import named_in
    >>> text = "发展新能源、新材料等战略性新兴产业"
    >>> [(a, str(r), b) for a, r, b in includes(text, named_in(text, "新能源", "新材料", "战略性新兴产业"))]
    [('战略性新兴产业', 'includes', '新能源'), ('战略性新兴产业', 'includes', '新材料')]
    """
    projects = list(_projects(text, terms))
    yield from projects
    yield from _etc_lists(text, terms, done={a for a, _, _ in projects})
    yield from named_lists(text, terms)
    yield from _represented(text, terms)
    yield from composed(text, terms)
    yield from parts(text, terms)


def _etc_lists(text: str, terms: Sequence[Named], *, done: set[str]) -> Iterator[Triple]:
    """A、B、C等X: X includes each member; a generic X (等领域) makes them the areas of the sentence's topic (not
    a list of projects ``done`` already); a class includes the items of a list of phrases too (A、B和使用C等X)."""
    for m in ETC.finditer(text):
        project = PROJECTS.match(text, m.start())
        if project and _kind(project) in done:
            continue
        named = verb_first(text, terms, _whole_first(text, list_before(text, terms, m.start())))
        phrases = verb_first(text, terms, _phrases_before(text, terms, m.start()))
        members = _open_first(text, terms, max(named, phrases, key=len))
        named = [n for n in named if n in members]
        if not members or _no_members(text, members, m.start()):
            continue
        head = class_after(text, terms, m.end())
        if head is None:
            yield from _areas(text, terms, named, m.end())
        elif no_class(text, head) or predicate(text, members[0], head):
            continue
        elif attribute(head):  # 住房等消费潜力: an attribute, no class
            yield from _areas(text, terms, named, m.end())
        elif label_of(head).endswith(HELD):  # 职工、妇女等合法权益: rights they hold
            yield from ((label_of(head), APPLIES, label_of(member)) for member in named)
        elif (whole := _class_of(text, terms, head, members)) is not None:
            kept = kinds_of(label_of(whole), [label_of(member) for member in members])
            yield from zip(itertools.repeat(label_of(whole)), listed_as(label_of(whole), kept), kept, strict=False)


def _class_of(text: str, terms: Sequence[Named], head: Named, members: Sequence[Named]) -> Named | None:
    """The class a list closes with after 等 (:func:`whole_class`), none where it only modifies a noun of another kind
    after it, where the items own its head or name what it manages.

    >>> t = [Named("制造业", "制造业", 4, 7)]
    >>> _class_of("甲、乙等制造业产业链", t, t[0], [Named("甲", "甲", 0, 1)]) is None
    True
    """
    whole = whole_class(terms, head, members)
    labels = [label_of(member) for member in members]
    if whole is None or modifies(text, whole) or owned(label_of(whole), labels) or managed(label_of(whole), labels):
        return None
    return whole


PROJECTS = re.compile(r"等(?:一批|一系列|[0-9一二三四五六七八九十百千多余]+个)?(?P<kind>[\u4e00-\u9fff]{2,10}?项目)")
RANKS = re.compile(r"^(?:重大|重点|重要)*")
NAME = re.compile(r"[\u4e00-\u9fff0-9A-Za-z]{2,12}")
DETERMINER = re.compile(r"其他|其它|有关|相关|各|部分|一些|若干")  # 及|其他重点地区…: no name of its own


def _projects(text: str, terms: Sequence[Named]) -> Iterator[Triple]:
    """A、B、C等(一批)X项目: the list shape names projects (甲市二期, a place and a short name no term holds), each
    a project of its kind (X项目, a rank such as 重大 left out), which includes each.

    >>> t = [Named("甲市二期", "甲市二期", 2, 6)]
    >>> [(a, str(r), b) for a, r, b in _projects("加快甲市二期、乙县丙山等一批抽水蓄能项目建设", t)]
    [('抽水蓄能项目', 'includes', '甲市二期'), ('抽水蓄能项目', 'includes', '乙县丙山')]
    """
    for m in PROJECTS.finditer(text):
        kind = _kind(m)
        if len(kind) < 4 or kind[:2] in GENERIC_CLASSES or kind[:-2] in BARE_HEADS or ACTION_START.search(kind) \
                or re.search(r"[的和及与个]|领域|一批|[产行]业项目", kind):
            continue  # 重大产业项目, 工程项目: no kind; 新兴产业项目: its members are industries (A、B等新兴产业)
        yield from ((kind, INCLUDES, label_of(name)) for name in _names_before(text, terms, m.start())
                    if not field_only(kind, label_of(name)))


def _kind(project: re.Match[str]) -> str:
    """The kind of project a list closes with, its rank left out (重大交通项目 -> 交通项目)."""
    return RANKS.sub("", project.group("kind"))


def _names_before(text: str, terms: Sequence[Named], end: int, joints: str = "、", verbs: tuple[int, ...] = ()
                  ) -> list[Named]:
    """The items of a list that ends at ``end``, joined by ``joints`` (a pattern), each read by :func:`_item`; the
    first the term that closes it after the verb or 的 before it (加快|甲市二期; not 抓好赛得利|纤维). A list cut
    where an item reads as none keeps the items after it, two or more.

    >>> t = [Named("甲市二期", "甲市二期", 2, 6)]
    >>> [n.text for n in _names_before("加快甲市二期、乙县丙山等", t, 11)]
    ['甲市二期', '乙县丙山']
    """
    opening_at = opening(text, end, "，。；：（(")
    names: list[Named] = []
    pos = end
    while joint := _last_joint(text, joints, opening_at, pos):
        item, opens = _item(text, terms, joint.end(), pos, verbs)
        if item is None:
            return names[::-1] if len(names) >= 2 else []
        names.append(item)
        if opens:
            return names[::-1]
        pos = joint.start()
        opening_at = min(opening_at, opening(text, pos, "，。；：（("))
    first = max((t for t in terms if t.end == pos and t.start >= opening_at), key=size, default=None)
    if first and not ACTION_START.match(first.text) and _opens(text[opening_at:first.start]):
        names.append(first)
    return names[::-1]


def _item(text: str, terms: Sequence[Named], start: int, end: int, verbs: tuple[int, ...]) -> tuple[Named | None, bool]:
    """One item of a list and whether the list opens with it: a term that holds it whole, a term of its own after a
    verb ``verbs`` characters long (使用|农家肥), a term after a verb of action that opens the list (鼓励和引导|个体),
    or its text where it is a short name of letters and digits (乙县丙山) with no action before it, no generic
    class (产业, 区域).

    >>> item, opens = _item("鼓励和引导个体、私营", [Named("个体", "个体", 5, 7)], 3, 7, ())
    >>> item.text if item else None, opens
    ('个体', True)
    """
    item = text[start:end]
    held = [t for t in terms if t.end == end and (t.start == start or (t.start - start in verbs and not t.provisional
                                                                       and USED.fullmatch(text[start:t.start])))]
    if held:
        return max(held, key=size), False
    verb = ACTION_START.match(item)
    after = [t for t in terms if verb and t.start == start + verb.end() and t.end == end]
    if after:
        return after[0], True
    if NAME.fullmatch(item) and not verb and "等" not in item and item not in GENERIC_CLASSES \
            and not DETERMINER.match(item):
        return Named(item, item, start, end, provisional=True), False
    return None, False


def _last_joint(text: str, joints: str, opening: int, end: int) -> re.Match[str] | None:
    """The last joint of a list before ``end`` after its clause opens (a joint 以及 after a comma going on)."""
    found = list(re.finditer(joints, text[:end]))
    last = found[-1] if found else None
    return last if last and (last.start() >= opening or last.group().startswith("，")) else None


def _opens(before: str) -> bool:
    """Whether what stands before a list's first item leaves it whole: nothing, a verb of action (and a quantity:
    实施一批), or 的."""
    before = re.sub(r"(?:一批|一系列)$", "", before)
    return not before or before.endswith("的") or before.endswith(ACTION_VERBS)


LIST_JOINTS = "、|，以及|以及|和|及"
USED = re.compile(rf"使用|施用|应用|采用|利用|推广|发展|建设|{ACTION_START.pattern}")  # 使用|农家肥: a verb, not 抚恤|事业费


def _phrases_before(text: str, terms: Sequence[Named], end: int) -> list[Named]:
    """A list whose last item is a phrase no term holds (A、B和使用C，以及D综合防治等X): its items, where two or more
    and one a term at least.

    >>> t = [Named("良种", "良种", 2, 4), Named("农家肥", "农家肥", 7, 10)]
    >>> text = "推广良种、使用农家肥，以及病虫害防治等"
    >>> [n.text for n in _phrases_before(text, t, text.index("等"))]
    ['良种', '农家肥', '病虫害防治']
    """
    items = _names_before(text, terms, end, LIST_JOINTS, (2,))
    return items if len(items) >= 2 and any(t in terms for t in items) else []


def _no_members(text: str, members: Sequence[Named], end: int) -> bool:
    """A list of pairs (效率和公平、活力和秩序等关系) names no members of a class.

    >>> t = [Named("活力", "活力", 7, 9), Named("秩序", "秩序", 10, 12)]
    >>> _no_members("处理好效率和公平、活力和秩序等关系", t, 12)
    True
    """
    opening_at = opening(text, members[0].start, "，。；：的")  # not 内部和党内|的A、B和C
    parts = text[opening_at:end].split("、")
    return len(parts) > 1 and all("和" in part for part in parts)




def _represented(text: str, terms: Sequence[Named]) -> Iterator[Triple]:
    """以A、B为代表/支柱/主体/核心的X: X includes each of A and B, where they are things joined as a list (not
    以降低损失为核心, 以“1家A、8个B”为主体) and a core X is all the phrase names (not 出口竞争|新优势).

    >>> t = [Named("世界贸易组织", "世界贸易组织", 1, 7), Named("多边贸易体制", "多边贸易体制", 11, 17)]
    >>> [(a, str(r), b) for a, r, b in _represented("以世界贸易组织为核心的多边贸易体制", t)]
    [('多边贸易体制', 'includes', '世界贸易组织')]
    """
    for m in BY.finditer(text):
        close = REPRESENTED.search(text, m.end())
        if not close or re.search(r"[，。；]", text[m.end():close.start()]):
            continue
        members = outer(within(terms, m.end(), close.start()))
        whole = max((t for t in terms if t.start == close.end()), key=size, default=None)
        if not members or not whole:
            continue
        if not _whole_items(text, members, m.end(), close.start()) \
                or (close.group(1) == "核心" and not PHRASE_END.match(text, whole.end)):
            continue  # 以降低侵权损失为核心: a core that is an action; 以8个大科学装置…为主体: no list of things; 以技术为
            # 核心的出口竞争|新优势: a cut class
        if close.group(1) == "主体" and any(label_of(t).endswith(ACTORS) for t in members) \
                and BARE_HEADS & {label_of(whole)[-2:], text[whole.end:whole.end + 2]}:
            continue  # 以企业为主体的创新体系: the actor that runs an arrangement (a term for it or one cut before its
            # head), no member of it (以国家公园为主体的保护地体系, 以企业为主体的联盟 are)
        yield from ((label_of(whole), INCLUDES, label_of(member)) for member in members)


ACTORS = ("企业", "政府", "农民", "群众", "居民", "人民", "单位", "机构", "高校", "学校", "社会组织")
REPRESENTED = re.compile(r"为(代表|支柱|主体|核心)的")


def _whole_items(text: str, members: list[Named], start: int, end: int) -> bool:
    """Whether the terms are all a stretch holds, joined as a list (no verb around them: 降低|侵权损失)."""
    gaps = [text[start:members[0].start], text[members[-1].end:end],
            *(text[a.end:b.start] for a, b in itertools.pairwise(members))]
    return not gaps[0] and not gaps[1] and all(SEPARATOR.match(g) for g in gaps[2:])


AREA = re.compile(r"(?:[^，。；、]{0,4})?(?:领域|环节|行业|产业|场景|地区|区域|部门)")


def _areas(text: str, terms: Sequence[Named], members: list[Named], at: int) -> Iterator[Triple]:
    """X在A、B等领域应用: X applies to each area of the list."""
    if not members:
        return
    start = members[0].start
    m = re.search(r"在$|在[^，。；、]{0,2}$", text[:start])
    if not m or not AREA.match(text, at):
        return
    subject = [t for t in terms if t.end <= m.start() and not re.search(r"[，。；]", text[t.end:m.start()])]
    # the sentence's topic speaks in its first clause, and in one that goes on about it (特别是在…)
    speaks = not re.search(r"[，。；]", text[:m.start()]) or re.search(r"(?:特别是|尤其是|主要是)$", text[:m.start()])
    topic = subject[-1] if subject else _topic(text, terms) if speaks else None
    opening_at = opening(text, m.start())
    if topic and re.search(r"(?<![参共协])[与同]", text[opening_at:topic.start]):
        return  # 加强与东盟国家在农业等领域合作: a partner of a joint action, no topic of the areas
    if topic and not weak(topic):
        for member in members:
            yield label_of(topic), APPLIES, label_of(member)


TOPIC_END = re.compile(r"较|比|尚|仍|还|是|有|在|将|已|正|要|需|不")


def _topic(text: str, terms: Sequence[Named]) -> Named | None:
    """What a sentence is about: the last term its first clause names before the clause's predicate
    (一些产品可靠性较…尚有差距 -> 可靠性)."""
    at = 0
    for clause in re.split(r"[，；：]", text):
        cut = TOPIC_END.search(clause)
        end = at + (cut.start() if cut else len(clause))
        before = [t for t in terms if at <= t.start and t.end <= end]
        if before:
            return before[-1]
        at += len(clause) + 1
    return None
