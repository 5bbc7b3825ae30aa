"""Stated relations between concepts: what one sentence says about two terms it names.

Read from the sentence's own structure, never from labels that overlap or
from terms that merely share a sentence or a section:

* ``includes``: a list and its class (A、B、C等X; X包括A、B; 以A为代表的X;
  X特别是A), one relation per member;
* ``enables``: purpose and basis (以X推动Y, 通过X实现Y, X为Y提供支撑,
  X是Y的基础, Y依托/离不开X, 没有X就没有Y, X支持/带动/赋能Y);
* ``integratesWith``: X与Y融合/协同/结合, and members of a list that 协同发展;
* ``appliesTo``: a quality, standard or action area of a thing (提升Y的X,
  a phrase naming two terms such as 中等职业学校|生均拨款制度, X在A、B等领域应用,
  X向Y倾斜).

>>> from kg.extract.terms import chunks
>>> named = [Named("机器学习算法", "机器学习算法", 2, 8), Named("智算芯片", "智算芯片", 9, 13),
...          Named("关键核心技术", "关键核心技术", 14, 20)]
>>> [(a, str(r), b) for a, r, b in sentence_relations("加强机器学习算法、智算芯片等关键核心技术攻关", named)]
[('关键核心技术', 'includes', '机器学习算法'), ('关键核心技术', 'includes', '智算芯片')]
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from kg.extract.cues import (
    ACTION_VERBS,
    ACTIVITY_NOUNS,
    ATTRIBUTE_NOUNS,
    BARE_HEADS,
    FOCUS_MODIFIERS,
    GENERIC_CLASSES,
    QUALITY_HEADS,
    ROLES,
    TERM_HEADS,
    action_start,
)
from kg.model import ConceptRelation

INCLUDES, ENABLES = ConceptRelation.INCLUDES, ConceptRelation.ENABLES
INTEGRATES, APPLIES = ConceptRelation.INTEGRATES_WITH, ConceptRelation.APPLIES_TO
Triple = tuple[str, ConceptRelation, str]
ACTIONS = frozenset(v for v in ACTION_VERBS if len(v) == 2 and v not in ("建设", "发展")) | {"回收", "节能", "降碳", "减排"}


@dataclass(frozen=True, slots=True)
class Named:
    """A term a sentence names: its text, its concept (None for an attribute noun or a phrase that is no term),
    and where it stands in the sentence; ``chunk`` is the noun phrase it belongs to and ``index`` its place
    there."""

    text: str
    label: str | None
    start: int
    end: int
    chunk: tuple[int, int] = (-1, -1)
    index: int = 0
    provisional: bool = False  # a bare word (钢铁, 收入) that is a concept only where a relation names it


SEPARATOR = re.compile(r"^(?:、|和|与|及|以及|或|、以及)$")
QUANTITY = re.compile(r"(?:一批|一系列|多种|各类|各种|主要|重点|新的|重要|相关|其他|新兴|传统)*")
FUSE_VERB = (r"(?:深度|有机|加速|加快|进一步|紧密|相互|协同)?(?:融合|协同|结合|联动|融通|衔接|相统一|相结合|互促|贯通|相互促进"
             r"|协调发展|互动发展)")
JOINT = re.compile(r"(?:协同|一体)(?:推进|推动|发展|部署)")
ENABLE_VERB = r"(?:推动|带动|促进|赋能|驱动|引领|支撑|助力|支持|服务|保障|提升|加快|激发)"
BASIS = r"(?:基础|关键|支撑|途径|手段|抓手|底座|引擎|动力|驱动力|推动力|保障|前提|基石|重要支撑|战略支撑|物质技术基础|重要引擎|新引擎)"


def sentence_relations(text: str, named: Sequence[Named]) -> Iterator[Triple]:
    """The relations one sentence states between the concepts it names, each once, in order of the rules."""
    unique = {(n.start, n.end): n for n in sorted(named, key=lambda n: n.provisional, reverse=True) if n.label}
    terms = sorted(unique.values(), key=lambda n: (n.start, -n.end))
    seen: set[Triple] = set()
    rules = (_lists(text, terms), _possessed(text, terms), _fusions(text, terms), _joint(text, terms),
             _enabling(text, terms), _qualities(text, terms), _applying(text, terms, named))
    for triple in (t for rule in rules for t in rule):
        if triple[0] != triple[2] and triple not in seen:
            seen.add(triple)
            yield triple


JOINERS = re.compile(r"[、和与及]")


def coordinated(text: str, named: Sequence[Named]) -> Iterator[list[Named]]:
    """The runs of terms a sentence joins into one list (A、B、C和D), two terms or more each.

    >>> t = [Named("油料", "油料", 0, 2, provisional=True), Named("糖料", "糖料", 3, 5, provisional=True),
    ...      Named("水产品", "水产品", 6, 9)]
    >>> [[n.text for n in run] for run in coordinated("油料、糖料、水产品也要增加", t)]
    [['油料', '糖料', '水产品']]
    """
    if not JOINERS.search(text):
        return
    unique = {(n.start, n.end): n for n in sorted(named, key=lambda n: n.provisional, reverse=True) if n.label}
    terms = _outer(sorted(unique.values(), key=lambda n: (n.start, -n.end)))
    run: list[Named] = []
    for t in terms:
        if text[t.start - 1:t.start] == "为" and t.text in ROLES:
            continue  # 市场为导向: a role, no item
        if run and re.fullmatch(r"、|和|与|及|以及", text[run[-1].end:t.start]):
            run.append(t)
            continue
        if len(run) >= 2:
            yield run
        run = [t]
    if len(run) >= 2:
        yield run


def _within(terms: Sequence[Named], start: int, end: int) -> list[Named]:
    return [t for t in terms if t.start >= start and t.end <= end]


def _outer(terms: Sequence[Named]) -> list[Named]:
    """The terms no other term of the list contains (a longer one around it), in the list's order."""
    inside: set[int] = set()
    before = same = -1  # the furthest end of the terms starting before this one, and at the same start
    start = -1
    for t in sorted(terms, key=lambda t: (t.start, -t.end)):
        if t.start != start:
            before, same, start = max(before, same), -1, t.start
        if before >= t.end or same > t.end:
            inside.add(id(t))
        same = max(same, t.end)
    return [t for t in terms if id(t) not in inside]


# ---------------------------------------------------------------- lists


def _list_before(text: str, terms: Sequence[Named], end: int) -> list[Named]:
    """The members of a list that ends at ``end`` (A、B、C and D), each the last term of its item."""
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


def _lists(text: str, terms: Sequence[Named]) -> Iterator[Triple]:
    """A、B、C等X; X包括/特别是A、B; 以A为代表的X."""
    yield from _etc_lists(text, terms)
    yield from _named_lists(text, terms)
    yield from _represented(text, terms)
    yield from _composed(text, terms)


def _etc_lists(text: str, terms: Sequence[Named]) -> Iterator[Triple]:
    """A、B、C等X: X includes each member; a generic X (等领域) makes them the areas of the sentence's topic."""
    for m in re.finditer(r"等", text):
        members = _list_before(text, terms, m.start())
        if not members:
            continue
        quantity = QUANTITY.match(text, m.end())
        rest = quantity.end() if quantity else m.end()
        classes = [t for t in terms if t.start == rest] or [t for t in terms if t.start == m.end()]
        if not classes or text[classes[0].start:classes[0].start + 2] in GENERIC_CLASSES \
                or text[classes[0].start:classes[0].start + 1] in "类种":
            yield from _areas(text, terms, members, m.end())
            continue
        head = max(classes, key=_size)
        if _no_class(text, head):
            continue
        if _generic(head) or _weak(head) or head.text.endswith(("性", "化")) or head.text[-2:] in ACTIVITY_NOUNS:
            yield from _areas(text, terms, members, m.end())
            continue
        for member in members:
            yield _label(head), INCLUDES, _label(member)


JOINED = re.compile(r"(?:相结合|相互结合|有机结合|协同发展|协调发展|融合发展|一体发展|相互衔接|相协调|相配套|并举|并重"
                    r"|深度融合|联动|多方协同)的")
SYSTEMS = ("体系", "机制", "制度", "体制")


def _composed(text: str, terms: Sequence[Named]) -> Iterator[Triple]:
    """以A为主体、B为导向、C和D相结合的X体系: a system (体系, 机制, 制度, 体制) includes the parts the list joins."""
    for m in JOINED.finditer(text):
        classes = [t for t in terms if t.start == m.end() and _label(t).endswith(SYSTEMS)]
        if not classes:
            continue
        head = max(classes, key=_size)
        start = max(text.rfind(c, 0, m.start()) for c in "，；：") + 1
        items = [(a.start() + 1 if a else start) for a in [None, *re.finditer("、", text[:m.start()])]
                 if not a or a.start() >= start]
        bounds = [*items, m.start()]
        for i, (a, b) in enumerate(itertools.pairwise(bounds)):
            role = text.find("为", a, b)  # B为导向: the part is what comes before 为
            inside = [t for t in _outer(_within(terms, a, role if role >= 0 else b)) if not QUALITY.fullmatch(t.text)]
            for member in inside if i == len(items) - 1 else inside[:1]:
                yield _label(head), INCLUDES, _label(member)


def _no_class(text: str, head: Named) -> bool:
    """A、B等X、Y: the class is listed itself; 等战略对接: an action; 等核心功能: an attribute of a class (规模|化 is none)."""
    after = text[head.end:head.end + 2]
    attribute = after in ATTRIBUTE_NOUNS and text[head.end + 2:head.end + 3] != "化"
    return text[head.end:head.end + 1] == "、" or head.text[-2:] in ACTIONS or attribute


def _named_lists(text: str, terms: Sequence[Named]) -> Iterator[Triple]:
    """X包括/涵盖/如A、B; X特别是/尤其是A."""
    for m in re.finditer(r"(包括|涵盖|包含|特别是|尤其是|如)", text):
        if m.group() == "如" and text[m.end():m.end() + 1] in "期何果同":
            continue
        whole = [t for t in terms if t.end == m.start() and (m.group() in ("特别是", "尤其是") or not _weak(t))]
        members = _list_after(text, terms, m.end())
        if whole and members:
            for member in members:
                yield _label(whole[-1]), INCLUDES, _label(member)


def _represented(text: str, terms: Sequence[Named]) -> Iterator[Triple]:
    """以A、B为代表/支柱/主体/核心的X: X includes each of A and B, where they are things (not 以降低损失为核心) and X
    is all the phrase names (not 出口竞争|新优势).

    >>> t = [Named("世界贸易组织", "世界贸易组织", 1, 7), Named("多边贸易体制", "多边贸易体制", 11, 17)]
    >>> [(a, str(r), b) for a, r, b in _represented("以世界贸易组织为核心的多边贸易体制", t)]
    [('多边贸易体制', 'includes', '世界贸易组织')]
    """
    for m in re.finditer(r"以", text):
        close = REPRESENTED.search(text, m.end())
        if not close or re.search(r"[，。；]", text[m.end():close.start()]):
            continue
        members = _outer(_within(terms, m.end(), close.start()))
        whole = max((t for t in terms if t.start == close.end()), key=_size, default=None)
        if not members or not whole:
            continue
        if close.group(1) == "核心" and not (_whole_items(text, members, m.end(), close.start())
                                           and PHRASE_END.match(text, whole.end)):
            continue  # 以降低侵权损失为核心: a core that is an action; 以技术为核心的出口竞争|新优势: a cut class
        yield from ((_label(whole), INCLUDES, _label(member)) for member in members)


REPRESENTED = re.compile(r"为(代表|支柱|主体|核心)的")


def _whole_items(text: str, members: list[Named], start: int, end: int) -> bool:
    """Whether the terms are all a stretch holds, joined as a list (no verb around them: 降低|侵权损失)."""
    gaps = [text[start:members[0].start], text[members[-1].end:end],
            *(text[a.end:b.start] for a, b in itertools.pairwise(members))]
    return not gaps[0] and not gaps[1] and all(SEPARATOR.match(g) for g in gaps[2:])


def _list_after(text: str, terms: Sequence[Named], start: int) -> list[Named]:
    stop = re.compile(r"[，。；：的]").search(text, start)
    end = stop.start() if stop else len(text)
    tail = text.find("等", start, end)
    items = _outer(_within(terms, start, tail if tail >= 0 else end))
    members: list[Named] = []
    for t in items:  # the list that opens right after the cue (尤其是青年在…学习、就业 names no list of 青年)
        gap = text[members[-1].end if members else start:t.start]
        if (members and not re.fullmatch(r"、|和|与|及|以及|或", gap)) or (not members and len(gap) > 2):
            break
        members.append(t)
    return members


def _label(t: Named) -> str:
    """The concept a term stands for (its provisional text where no concept has been made of it yet)."""
    return t.label or t.text


def _weak(t: Named) -> bool:
    """A bare word no term vouches for (生产, 品牌): it may stand in a list, not at the end of another relation."""
    return t.provisional and len(t.text) <= 2


def _size(t: Named) -> int:
    return t.end - t.start


def _generic(t: Named) -> bool:
    """领域, 核心环节, 重点行业: a class that only says where (a generic noun, with at most a short modifier)."""
    label = t.label or t.text
    return label in GENERIC_CLASSES or label in BARE_HEADS or (
        label[-2:] in GENERIC_CLASSES and label[:-2] in FOCUS_MODIFIERS
        and label[-2:] not in ("产业", "企业", "市场", "设施", "资源", "系统"))


QUALITY = re.compile(r"[\u4e00-\u9fff]{1,3}化")
AREA = re.compile(r"(?:[^，。；、]{0,4})?(?:领域|环节|行业|产业|场景|地区|区域|部门)")


def _areas(text: str, terms: Sequence[Named], members: list[Named], at: int) -> Iterator[Triple]:
    """X在A、B等领域应用: X applies to each area of the list."""
    start = members[0].start
    m = re.search(r"在$|在[^，。；、]{0,2}$", text[:start])
    if not m or not AREA.match(text, at):
        return
    subject = [t for t in terms if t.end <= m.start() and not re.search(r"[，。；]", text[t.end:m.start()])]
    topic = subject[-1] if subject else _topic(text, terms)
    if topic and not _weak(topic):
        for member in members:
            yield _label(topic), APPLIES, _label(member)


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


PHRASE_END = re.compile(r"$|[，。；：、和与及或等的]")
OPENING = "，；：、。（(“的对和与及等提高提升增强加强维护保护完善健全规范强化确保保障"


def _possessed(text: str, terms: Sequence[Named]) -> Iterator[Triple]:
    """A、B的X: X (a quality, standard or part) of each of A and B."""
    for m in re.finditer(r"的", text):
        owned = [t for t in terms if t.start == m.end()]
        members = _list_before(text, terms, m.start())
        if not owned or not members:
            continue
        x = max(owned, key=_size)
        if _weak(x) or not (x.label or "").endswith(QUALITY_HEADS) or any(y.provisional for y in members) \
                or not PHRASE_END.match(text, x.end) or (m.start() - len(members[0].text) > 0 and
                                                         text[members[0].start - 1:members[0].start] not in OPENING):
            continue  # 识别…的根本标准, 覆盖…的常态化防止…机制: not a quality of the thing itself
        for member in members:
            yield _label(x), APPLIES, _label(member)


# ---------------------------------------------------------------- integration


def _fusions(text: str, terms: Sequence[Named]) -> Iterator[Triple]:
    for m in re.finditer(FUSE_VERB, text):
        clause_start = max(text.rfind(p, 0, m.start()) for p in "，；：") + 1
        before = _outer(_within(terms, clause_start, m.start()))
        joined = _joined(text, before, m.start())
        if any(_weak(t) for t in joined):
            continue
        last = len(joined) - 1
        paired = joined and re.fullmatch(r"和|与|同|及|以及|跟", text[joined[last - 1].end:joined[last].start] if last else "")
        for i, a in enumerate(joined):
            for b in joined[i + 1:]:
                if not paired or b is joined[last]:
                    yield _label(a), INTEGRATES, _label(b)


def _joint(text: str, terms: Sequence[Named]) -> Iterator[Triple]:
    """协同推进A、B、C: the things an action joins, each with each."""
    for m in JOINT.finditer(text):
        stop = re.compile(r"[，。；：]").search(text, m.end())
        members = _outer(_within(terms, m.end(), stop.start() if stop else len(text)))
        if len(members) >= 2 and not any(_weak(t) and len(t.text) < 2 for t in members) \
                and re.fullmatch(r"(?:、|和|与|及)*", "".join(text[a.end:b.start] for a, b in itertools.pairwise(members))):
            for i, a in enumerate(members):
                for b in members[i + 1:]:
                    yield _label(a), INTEGRATES, _label(b)


def _qualities(text: str, terms: Sequence[Named]) -> Iterator[Triple]:
    """制造业|高端化、智能化、绿色化; 市场化、法治化、国际化|营商环境: each quality of the thing it stands by."""
    runs: list[list[Named]] = []
    for t in terms:
        if QUALITY.fullmatch(t.text):
            if runs and text[runs[-1][-1].end:t.start] == "、":
                runs[-1].append(t)
            else:
                runs.append([t])
    for run in runs:
        before = [t for t in terms if t.end == run[0].start and not QUALITY.fullmatch(t.text)]
        after = [t for t in terms if t.start == run[-1].end and not QUALITY.fullmatch(t.text)]
        near = before[-1:] or after[:1]
        if len(run) >= 2 and near and not _weak(near[0]):
            for q in run:
                yield _label(q), APPLIES, _label(near[0])


def _joined(text: str, terms: list[Named], end: int) -> list[Named]:
    """The terms joined by 与/和/同/、 right before a verb of joining (A与B深度融合, A、B和C协同)."""
    out: list[Named] = []
    pos = end
    for t in reversed(terms):
        gap = text[t.end:pos]
        if out and not re.fullmatch(r"(?:、|和|与|同|及|以及|跟)", gap):
            break
        if not out and gap and not re.fullmatch(r"(?:之间|相互|深度|有机|紧密|间)?", gap):
            break
        out.append(t)
        pos = t.start
    return out[::-1] if len(out) >= 2 else []


# ---------------------------------------------------------------- enabling


ENABLING_CUES = (re.compile("以"), re.compile("通过"), re.compile("提供|注入|奠定|打下"), re.compile(BASIS),
                 re.compile("离不开|有赖于|得益于"), re.compile("需要|依托|依靠"), re.compile("没有"), re.compile("，是"),
                 re.compile(ENABLE_VERB))  # a cheap test before each pattern of ENABLING, in order
ENABLING = (
    re.compile(rf"以(?P<x>[^，。；、为]{{2,20}}?)(?:为(?:牵引|抓手|支撑|动力|引领|主线|突破口|依托|基础))?[，,]?{ENABLE_VERB}(?P<y>[^，。；]{{2,40}})"),
    re.compile(r"通过(?P<x>[^，。；]{2,30}?)[，,]?(?:继续|进一步|不断|有效)?(?:实现|推动|促进|提高|提升|带动|增加|增强|扩大)"
               r"(?P<y>[^，。；]{2,40})"),
    re.compile(r"(?P<x>[^，。；]{2,30}?)(?:为|给)(?P<y>[^，。；]{2,30}?)(?:提供|注入|奠定|打下)[^，。；]{0,8}"
               r"(?:支撑|动力|保障|基础|支持|能量|动能)"),
    re.compile(rf"(?P<x>[^，。；]{{2,30}}?)(?:是|成为|作为)(?P<y>[^，。；]{{2,30}}?)的(?:重要|关键|核心|主要|强大|根本|坚实|有力)?{BASIS}"),
    re.compile(r"(?P<y>[^，。；]{2,30}?)(?:离不开|有赖于|得益于)(?P<x>[^，。；]{2,30}?)(?:作为支撑|的支撑|的支持)?(?=[，。；]|$)"),
    re.compile(r"(?P<y>[^，。；]{2,30}?)(?:需要|依托|依靠)(?P<x>[^，。；]{2,30}?)(?:作为|提供)(?:支撑|支持|保障|基础)"),
    re.compile(r"没有(?P<x>[^，。；]{2,20}?)就没有(?P<y>[^，。；]{2,20})"),
    re.compile(rf"^(?P<x>[^。；]{{4,60}}?)[，,](?:是|就是|正是)(?P<y>[^。；]{{2,60}}?)的(?:重要|关键|根本|坚实|重要前提和)?{BASIS}$"),
    re.compile(rf"(?:^|[，；：])(?P<x>[^，。；、“”]{{2,12}}?)(?:积极|大力|有力|深度|要|将|可以)?{ENABLE_VERB}(?P<y>[^，。；、“”]{{2,16}})$"),
)


SUBJECT_VERB = ENABLING[-1]


def _enabling(text: str, terms: Sequence[Named]) -> Iterator[Triple]:
    done: set[tuple[int, int]] = set()
    for cue, pattern in zip(ENABLING_CUES, ENABLING, strict=True):
        for m in pattern.finditer(text) if cue.search(text) else ():
            xs = _heads(text, _stretch(terms, m.start("x"), m.end("x")))
            ys = _heads(text, _stretch(terms, m.start("y"), m.end("y")))
            if not xs or not ys or (m.start("x"), m.start("y")) in done:
                continue
            if pattern is SUBJECT_VERB and xs[-1].end != m.end("x"):
                continue  # 中国政府一向致力于|促进…: the subject stands right before the verb
            done.add((m.start("x"), m.start("y")))
            yield from ((_label(x), ENABLES, _label(y)) for x in xs for y in ys)
    yield from _served(text, terms)


SERVED = re.compile(r"[，；]为(?P<y>[^，。；为]{2,40}?)(?:提供|奠定|打下|注入|创造)[^，。；]{0,10}"
                    r"(?:支撑|动力|保障|基础|支持|条件|环境|动能)")


REMOVAL = re.compile(r"破除|消除|化解|解决|补齐|补强|补上|破解|防范|淘汰|整治|克服|清理|减轻|降低|减少|打破|打击|转变|改变")
FRAME = re.compile(r"按照|根据|依照|依据|遵循|贯彻|为指导|精神|要求")  # a clause that frames the actions, none itself


def _served(text: str, terms: Sequence[Named]) -> Iterator[Triple]:
    """A，B，为Y提供支撑: what each action before it names enables Y (up to four clauses back that open with an
    action verb, none that frames them: 按照…要求, 以…为指导).

    >>> t = [Named("基础研究", "基础研究", 2, 6), Named("科技项目", "科技项目", 9, 13),
    ...      Named("科技强国", "科技强国", 17, 21), Named("质量强国", "质量强国", 22, 26)]
    >>> [(a, b) for a, _, b in _served("加强基础研究，实施科技项目，为建设科技强国、质量强国提供支撑", t)]
    [('基础研究', '科技强国'), ('基础研究', '质量强国'), ('科技项目', '科技强国'), ('科技项目', '质量强国')]
    """
    for m in SERVED.finditer(text):
        ys = _heads(text, _stretch(terms, m.start("y"), m.end("y")))
        clauses = list(re.finditer(r"[^，；]+", text[:m.start()]))
        acts = list(itertools.takewhile(lambda c: bool(action_start(c.group())) and not FRAME.search(c.group()),
                                        reversed(clauses)))
        for clause in reversed(acts[:4]):
            if REMOVAL.match(action_start(clause.group()) or ""):
                continue  # 破除瓶颈制约, 转变政府职能: what an action removes or changes enables nothing
            xs = _heads(text, _stretch(terms, clause.start(), clause.end()))
            yield from ((_label(x), ENABLES, _label(y)) for x in xs for y in ys)


def _stretch(terms: Sequence[Named], start: int, end: int) -> list[Named]:
    """The outermost terms between two offsets, a bare word (provisional) included: it may be an object."""
    return _outer(_within(terms, start, end))


def _heads(text: str, terms: list[Named]) -> list[Named]:
    """The concepts that stand for a stretch of terms: each of a few (the last of many), but not a subject whose
    verb takes another term (社会力量|参与|脱贫攻坚 -> 脱贫攻坚), and no bare word.

    >>> t = [Named("社会力量", "社会力量", 0, 4), Named("攻坚", "攻坚", 8, 10, provisional=True)]
    >>> [n.text for n in _heads("社会力量参与脱贫攻坚", t)]
    []
    >>> t = [Named("国民经济", "国民经济", 2, 6), Named("社会安定", "社会安定", 11, 15)]
    >>> [n.text for n in _heads("实现国民经济健康发展和社会安定", t)]
    ['国民经济', '社会安定']
    >>> t = [Named("人工智能", "人工智能", 0, 4), Named("产业发展", "产业发展", 7, 11, provisional=True)]
    >>> [n.text for n in _heads("人工智能研发与产业发展", t)]
    ['人工智能']
    """
    heads = [t for t, after in itertools.zip_longest(terms, terms[1:])
             if not (after and text[t.end:t.end + 2] in SUBJECT_OF and not re.search("[，；、和与及]", text[t.end + 2:after.start]))]
    concepts = [t for t in heads if not t.provisional]
    listed = all(SEPARATOR.match(text[a.end:b.start]) for a, b in itertools.pairwise(concepts))
    return concepts if len(concepts) <= 4 or listed else concepts[-1:]


SUBJECT_OF = ACTIONS | {"参与", "实现", "投身", "进入", "走向", "迈向"}  # a term before these is a clause's subject


# ---------------------------------------------------------------- applying


TREATMENT = re.compile(r"对(?P<x>[^，。；、对]{2,16}?)(?:实行|实施|开展|给予|进行|加强)")


def _clause_end(text: str, start: int) -> int:
    stop = re.compile(r"[，。；：]").search(text, start)
    return stop.start() if stop else len(text)


def _applying(text: str, terms: Sequence[Named], named: Sequence[Named]) -> Iterator[Triple]:
    """A phrase naming a thing and its arrangement or quality; 对X实行Y; X向Y倾斜."""
    yield from _compounds(named)
    yield from _treatments(text, terms)
    yield from _tilts(text, terms)


def _compounds(named: Sequence[Named]) -> Iterator[Triple]:
    """中等职业学校|生均拨款制度, 产业结构|高端化, 工业废渣|回收利用: the second applies to the first."""
    by_chunk: dict[tuple[int, int], list[Named]] = {}
    for n in named:
        if n.chunk[0] >= 0:
            by_chunk.setdefault(n.chunk, []).append(n)
    for parts in by_chunk.values():
        concepts = [p for p in sorted(parts, key=lambda p: p.index) if p.label and not p.provisional]
        for thing, quality in itertools.pairwise(concepts):
            if len(thing.text) < 3 and thing.label not in GENERIC_CLASSES:
                continue  # 市域|整合型卫生健康服务体系: a short modifier, not the thing a quality applies to
            if ((quality.label or "").endswith(QUALITY_HEADS) and not quality.text.endswith("性")) \
                    or (quality.text[:2] in ACTIONS and not quality.text.endswith(TERM_HEADS)):
                yield _label(quality), APPLIES, _label(thing)


def _treatments(text: str, terms: Sequence[Named]) -> Iterator[Triple]:
    """对市场主体实行守信激励: what is done applies to whom."""
    for m in TREATMENT.finditer(text):
        whom = [t for t in _outer(_within(terms, m.start("x"), m.end("x"))) if not t.provisional]
        what = [t for t in terms if t.start == m.end() and not _weak(t)]
        for y in what:
            for x in whom[-1:]:
                yield _label(y), APPLIES, _label(x)


def _tilts(text: str, terms: Sequence[Named]) -> Iterator[Triple]:
    """新增教育经费要向职业教育倾斜: the funds apply to what they tilt towards."""
    for m in re.finditer(r"向(?P<y>[^，。；]{2,20}?)倾斜", text):
        ys = _outer(_within(terms, m.start("y"), m.end("y")))
        xs = [t for t in terms if t.end <= m.start() and not re.search(r"[，。；]", text[t.end:m.start()])]
        for y in ys:
            if xs and not _weak(xs[0]) and not _weak(y):
                yield _label(xs[0]), APPLIES, _label(y)
