"""``integratesWith``: X与Y融合/协同/结合, and the things one action joins (协同推进A、B、C)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence

from kg.extract.cues import ACTIVITY_NOUNS
from kg.extract.relations.lists import item_opens
from kg.extract.relations.named import INTEGRATES, Named, Triple, label_of, opening, outer, weak, within

FUSE_CORE = re.compile(r"融合|协同|结合|联动|融通|衔接|相统一|相结合|互促|贯通|相互促进|协调发展|互动发展")  # a cheap test first
FUSE_VERB = rf"(?:深度|有机|加速|加快|进一步|紧密|相互|协同|有效|高效|跨区域|跨领域|跨部门|跨界)?(?:{FUSE_CORE.pattern})"

FUSING, FUSED = re.compile(FUSE_VERB), re.compile(f"{FUSE_VERB}$")


NAMED_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:中心|平台|基地|实验室|联盟|示范区|试验区|先行区|园区|研究院|共同体)")
# the head of a name the verb of joining stands in (…协同创新中心, …融合发展示范区, …产教融合共同体)
MANNER_OF_JOINING = re.compile(r"有效|高效|跨")  # how well or across what things are joined (A和B高效衔接, 跨区域协同)


JOINT = re.compile(r"(?:协同|一体)(?:推进|推动|发展|部署)")


def fusions(text: str, terms: Sequence[Named]) -> Iterator[Triple]:
    """X与Y融合/协同/结合: the things a verb of joining joins, each with each (a list joined to its last member).

    >>> from kg.extract.relations.named import named_in
    >>> text = "推动数字经济和实体经济深度融合"
    >>> [(a, str(r), b) for a, r, b in fusions(text, named_in(text, "数字经济", "实体经济"))]
    [('数字经济', 'integratesWith', '实体经济')]
    """
    for m in FUSING.finditer(text) if FUSE_CORE.search(text) else ():
        if NAMED_AFTER.match(text, m.end()):
            continue  # A、B协同创新中心: the verb is a word of a body's or a place's name, no joining stated
        clause_start = opening(text, m.start(), "，；：")
        before = outer(within(terms, clause_start, m.start()))
        joined = _joined(text, before, m.start())
        if any(weak(t) or FUSED.search(t.text) or _clause(t, terms) for t in joined):
            continue  # 投资消费有机结合、城乡区域协调发展: an item that is itself joined is a clause of a list
        if _elided(joined):
            continue  # 城乡、区域|文化协调发展: the last item's head is elided from a bare word before it
        if joined and MANNER_OF_JOINING.match(m.group()) and not item_opens(text, joined[0]):
            continue  # 巩固拓展脱贫|攻坚成果同乡村振兴有效衔接: after a manner, the first item must open its phrase
        yield from ((label_of(a), INTEGRATES, label_of(b)) for a, b in _pairs(text, joined) if _apart(a, b))


def _elided(joined: list[Named]) -> bool:
    """A list whose earlier item is a bare word of two characters that shares no head with the last item's longer
    name (城乡、区域文化): the head is elided from it, the item cut.

    >>> _elided([Named("城乡", "城乡", 2, 4), Named("区域文化", "区域文化", 5, 9)])
    True
    """
    last = label_of(joined[-1]) if joined else ""
    return len(last) >= 4 and any(len(label_of(t)) == 2 and not label_of(t).endswith(last[-2:]) for t in joined[:-1])


def _in_pairs(gaps: list[str]) -> bool:
    """Whether the joints of a list of four items or more join them in pairs (A和B、C和D).

    >>> _in_pairs(["和", "、", "和"]), _in_pairs(["、", "和", "、"])
    (True, False)
    """
    return len(gaps) >= 3 and len(gaps) % 2 == 1 and all(g in ("和", "与") for g in gaps[::2]) \
        and all(g == "、" for g in gaps[1::2])


def _grouped(gaps: list[str]) -> bool:
    """Whether the joints of a list (the text between its items) put a 和 before a 、 that goes on (A基地、B和C基地、
    D深度融合发展高地): its items are groups of a longer list; not 与, a partner before a list (A与B、C).

    >>> _grouped(["、", "和", "、"]), _grouped(["、", "、", "和"]), _grouped(["与", "、"])
    (True, False, False)
    """
    return any(gap in ("和", "及", "以及") and "、" in gaps[i + 1:] for i, gap in enumerate(gaps))


WITH = re.compile(r"(?:与|跟|(?<![共协相合认如等连赞会])同)$")  # a preposition of company (A与B、C), not 共同, 协同


def _pairs(text: str, joined: list[Named]) -> Iterator[tuple[Named, Named]]:
    """The pairs a verb of joining joins: what stands before 与/同 with each thing after it (A与B、C融合: A with B, A
    with C; B and C are joined with A, not with each other); none where the list opens after 与 (扩大与A、B协同联动:
    each joined with a thing unnamed); else each with each, a list closed by 和 each with its last member, none
    of a list closed by 等 or of pairs (文旅、农旅等融合, 国企民企、内资外资融通: each item is a joining of its own).

    >>> t = [Named("人工智能", "人工智能", 2, 6), Named("新业态", "新业态", 7, 10), Named("新模式", "新模式", 11, 14)]
    >>> [(a.text, b.text) for a, b in _pairs("探索人工智能与新业态、新模式深度融合", t)]
    [('人工智能', '新业态'), ('人工智能', '新模式')]
    >>> list(_pairs("扩大与新业态、新模式协同联动", [Named("新业态", "新业态", 3, 6), Named("新模式", "新模式", 7, 10)]))
    []
    >>> t = [Named(w, w, 2 * i, 2 * i + 1) for i, w in enumerate("甲乙丙丁")]
    >>> [(a.text, b.text) for a, b in _pairs("甲和乙、丙和丁结合", t)]
    [('甲', '乙'), ('丙', '丁')]
    """
    if not joined or WITH.search(text, 0, joined[0].start):
        return
    gaps = [text[a.end:b.start] for a, b in itertools.pairwise(joined)]
    if _in_pairs(gaps):
        yield from zip(joined[::2], joined[1::2], strict=True)  # A和B、C和D结合: each pair joined, A with B, C with D
        return
    if _grouped(gaps):
        return  # A基地、B和C基地、D深度融合发展高地: groups of a longer list, the verb the last item's own
    company = next((k for k, gap in enumerate(gaps, 1) if WITH.fullmatch(gap)), 0)
    if company:
        yield from itertools.product(joined[:company], joined[company:])
        return
    if text.startswith("等", joined[-1].end) or any(_pair(t.text) for t in joined):
        return  # 文旅、农旅等融合发展, 国企民企、内资外资融通发展: each item is a joining of its own
    last = len(joined) - 1
    paired = re.fullmatch(r"和|及|以及", gaps[-1])
    yield from ((a, b) for i, a in enumerate(joined) for b in joined[i + 1:] if not paired or b is joined[last])


def _pair(word: str) -> bool:
    """A word that names a pair itself, two words of one head (国企民企, 内资外资); not where that head also closes
    the modifier of a noun (农业|产业, 政务|服务, 医学|科学).

    >>> _pair("国企民企"), _pair("实体经济"), _pair("政务服务")
    (True, False, False)
    """
    return len(word) == 4 and word[1] == word[3] and word[0] != word[2] and word[1] not in "业务学"


def joint(text: str, terms: Sequence[Named]) -> Iterator[Triple]:
    """协同推进A、B、C: the things an action joins, each with each.

    >>> from kg.extract.relations.named import named_in
    >>> text = "协同推进科技创新、产业创新"
    >>> [(a, str(r), b) for a, r, b in joint(text, named_in(text, "科技创新", "产业创新"))]
    [('科技创新', 'integratesWith', '产业创新')]
    """
    for m in JOINT.finditer(text):
        if text[m.end():m.end() + 1] == "、" or not _acts(text[:m.start()]):
            continue  # 京津冀协同发展、长江经济带发展: the name of one item of a list; 科创协同发展母基金: a name, no action
        stop = re.compile(r"[，。；：]").search(text, m.end())
        members = outer(within(terms, m.end(), stop.start() if stop else len(text)))
        if len(members) >= 2 and not any(weak(t) and len(t.text) < 2 for t in members) \
                and re.fullmatch(r"(?:、|和|与|及)*", "".join(text[a.end:b.start] for a, b in itertools.pairwise(members))):
            if _shared_head(members) or _runs_on(text[members[-1].end:stop.start() if stop else len(text)]):
                continue  # 协同推进A体制、B模式改革: things reformed together, each item cut from the head they share
            for i, a in enumerate(members):
                yield from ((label_of(a), INTEGRATES, label_of(b)) for b in members[i + 1:] if _apart(a, b))


def _runs_on(rest: str) -> bool:
    """Whether the last item of a list goes on past its term (营商环境优化、经营主体|引培): a cut item, not an
    activity of each (A、B|建设) nor the close of a list (等).

    >>> _runs_on("引培"), _runs_on(""), _runs_on("建设")
    (True, False, False)
    """
    return bool(rest) and rest[:2] not in ACTIVITY_NOUNS and not rest.startswith(("等", "工作"))


SHARED_HEADS = ("改革", "建设", "改造", "试点", "工作", "整治", "治理")


def _shared_head(members: list[Named]) -> bool:
    """A list whose last item closes with the activity its items share (A体制、B模式改革: A体制改革 too), the
    earlier items cut from it.

    >>> _shared_head([Named("招商体制", "招商体制", 0, 4), Named("园区模式改革", "园区模式改革", 5, 11)])
    True
    """
    head = next((h for h in SHARED_HEADS if members[-1].text.endswith(h)), None)
    return head is not None and not any(t.text.endswith(head) for t in members[:-1])


MANNER = re.compile(r"(?:要|并|还|也|需|须|必须|应当|进一步|持续|加快|深入|统筹|积极|着力|大力|全面|坚持|更好)*")


def _acts(before: str) -> bool:
    """Whether a verb of joining after ``before`` opens an action: at a clause's start, after a mark or a manner
    (要, 持续), not after a word it ends a name with (科创|协同发展母基金).

    >>> _acts("立足国内大循环，"), _acts("要"), _acts("成功落地国家科创")
    (True, True, False)
    """
    clause = re.split(r"[，；：。]", before)[-1]
    return not clause or not re.match(r"[\u4e00-\u9fff]", clause[-1]) or bool(MANNER.fullmatch(clause))


def _joined(text: str, terms: list[Named], end: int) -> list[Named]:
    """The terms joined by 与/和/同/、 right before a verb of joining or its noun (A与B深度融合, A、B和C协同, A与B的衔接,
    A与B、C等相结合)."""
    out: list[Named] = []
    pos = end
    for t in reversed(terms):
        gap = text[t.end:pos]
        if out and not re.fullmatch(r"(?:、|和|与|同|及|以及|跟)", gap):
            break
        if not out and gap and not re.fullmatch(r"等?(?:之间|相互|深度|有机|紧密|间)?的?", gap):
            break
        out.append(t)
        pos = t.start
    return out[::-1] if len(out) >= 2 else []


def _clause(t: Named, terms: Sequence[Named]) -> bool:
    """A bare phrase that runs on past the term it opens with: a subject and its verb (单项冠军企业|攻坚).

    >>> t = [Named("单项冠军企业攻坚", "单项冠军企业攻坚", 0, 8, provisional=True), Named("单项冠军企业", "单项冠军企业", 0, 6)]
    >>> _clause(t[0], t), _clause(t[1], t)
    (True, False)
    """
    return t.provisional and any(u.start == t.start and u.end < t.end and not u.provisional for u in terms)


def _apart(a: Named, b: Named) -> bool:
    """Two things, neither label inside the other: a thing is not joined to a kind of itself (城乡居民|养老保险与
    职工养老保险 joins no 养老保险 to 职工养老保险).

    >>> _apart(Named("养老保险", "养老保险", 0, 4), Named("职工养老保险", "职工养老保险", 5, 11))
    False
    """
    x, y = label_of(a), label_of(b)
    return x not in y and y not in x
