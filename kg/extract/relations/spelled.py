"""``includes`` where a cue spells out the parts of a whole (X包括/涵盖/如A、B; X分为A和B; X特别是/尤其是A;
X，包括A、B; X（包括A）), one relation per part."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence

from kg.extract.cues import ACTION_START
from kg.extract.relations.classes import PARTNERED, place_of, runs_on
from kg.extract.relations.items import singled_out
from kg.extract.relations.named import INCLUDES, Named, Triple, label_of, opening, outer, weak, within

LISTING = re.compile(r"(包括|涵盖|包含|分为|特别是|尤其是|如)")  # the cues of a list spelled out


def named_lists(text: str, terms: Sequence[Named]) -> Iterator[Triple]:
    """X包括/涵盖/如A、B; X分为A和B; X特别是/尤其是A; X，包括A、B and X（包括A）: the whole before a comma or a
    bracket too where the cue spells its parts out (not 不包括, what is left out).

    >>> t = [Named("专用号牌", "专用号牌", 0, 4), Named("汽车号牌", "汽车号牌", 6, 10), Named("摩托车号牌", "摩托车号牌", 11, 16)]
    >>> [(a, str(r), b) for a, r, b in named_lists("专用号牌分为汽车号牌和摩托车号牌两种", t)]
    [('专用号牌', 'includes', '汽车号牌'), ('专用号牌', 'includes', '摩托车号牌')]
    """
    for m in LISTING.finditer(text):
        if (m.group() == "如" and text[m.end():m.end() + 1] in "期何果同") or text.endswith("不", 0, m.start()):
            continue
        whole = _whole_before(text, terms, m)
        start = m.end() + 1 if text.startswith("：", m.end()) else m.end()
        members = _list_after(text, terms, start, text[:whole[-1].start] if whole else "")
        members = _cued_parts(text, m.group(), whole, members)
        if members and m.group() == "如" and members[0].start != start:
            continue  # 如从事…服务: 如 opens a condition (if), not a list
        if whole and members and not runs_on(text, whole[-1], members[-1]):
            members = [singled_out(whole[-1], t) if m.group() in ("特别是", "尤其是") else t for t in members]
            yield from ((label_of(whole[-1]), INCLUDES, label_of(member)) for member in members
                        if _named_member(text, terms, whole[-1], member)
                        and not place_of(label_of(whole[-1]), label_of(member)))


def _whole_before(text: str, terms: Sequence[Named], cue: re.Match[str]) -> list[Named]:
    """The terms that end right before a cue of parts (or before the comma or bracket before 包括, 涵盖, 包含), none
    where that whole stands itself in a chain of parts named before (包括A，包括B).

    >>> t = [Named("机械工业", "机械工业", 0, 4)]
    >>> [w.text for w in _whole_before("机械工业，包括电子工业", t, re.search("包括", "机械工业，包括电子工业"))]
    ['机械工业']
    """
    at = cue.start() - 1 if cue.group() in SPELLED[:3] and text[cue.start() - 1:cue.start()] in "，（(" else cue.start()
    whole = [t for t in terms if t.end == at and (cue.group() in ("特别是", "尤其是") or not weak(t))]
    if at < cue.start() and whole and "包括" in text[opening(text, whole[-1].start):whole[-1].start]:
        return []
    return whole


def _cued_parts(text: str, cue: str, whole: list[Named], members: list[Named]) -> list[Named]:
    """The parts a cue names: the whole terms a cue of parts spells out (:func:`_spelled_parts`), the items of the
    whole's kind 特别是 singles out (:func:`_of_its_kind`)."""
    if cue in SPELLED:
        return _spelled_parts(text, members)
    if whole and cue in ("特别是", "尤其是"):
        return _of_its_kind(whole[-1], members)
    return members


def _of_its_kind(whole: Named, members: list[Named]) -> list[Named]:
    """X特别是A、B、C where A is of X's kind (its head) and a later item is not (对干部特别是主要干部、财务管理、关键
    岗位的监督): the items after A go on with the list X stands in, no members of X.

    >>> t = [Named("主要干部", "主要干部", 0, 4), Named("关键岗位", "关键岗位", 5, 9)]
    >>> [n.text for n in _of_its_kind(Named("干部", "干部", 0, 2), t)]
    ['主要干部']
    """
    head = label_of(whole)[-2:]
    if len(members) < 2 or not label_of(members[0]).endswith(head) or all(label_of(t).endswith(head) for t in members):
        return members
    return list(itertools.takewhile(lambda t: label_of(t).endswith(head), members))


def _spelled_parts(text: str, members: list[Named]) -> list[Named]:
    """The parts a cue spells out: none where one is named with more words (包括深化乡镇机构|改革, 包括国营|的和私营的);
    not the item that closes with a class of its own (包括A、B等C、D: B is a kind of C).

    >>> t = [Named("甲", "甲", 2, 3), Named("乙", "乙", 4, 5)]
    >>> [n.text for n in _spelled_parts("包括甲、乙等丙类、丁", t)]
    ['甲']
    """
    if not _spelled_whole(text, members):
        return []
    return members[:-1] if members and GROUPED.match(text, members[-1].end) else members


def _spelled_whole(text: str, members: list[Named]) -> bool:
    """Whether each part a cue spells out is a term whole: closing where the list goes on or ends, the last one
    before 的 too where the list owns what follows (包括A和B的…).

    >>> _spelled_whole("包括国营的和私营的", [Named("国营", "国营", 2, 4)])
    False
    """
    return all(SPELLED_END.match(text, t.end) or (t is members[-1] and OWNER_END.match(text, t.end)) for t in members)


GROUPED = re.compile(r"等[^，。；、：]{2,12}[、和]")  # a class closing one item of a longer list (…B等C、D)
SPELLED = ("包括", "涵盖", "包含", "分为")  # cues that spell out the parts of what stands before them
OWNER_END = re.compile(r"的(?![和与及、])")  # 包括A和B的…: the list owns what follows, not 包括国营的和私营的
SPELLED_END = re.compile(r"$|[、和及与或，。；：（()）]|等|在内|两|三|四")  # a part closes where the list goes on or ends


def _named_member(text: str, terms: Sequence[Named], whole: Named, member: Named) -> bool:
    """Whether a term after 包括/特别是 is a member of the whole before it: not a modifier of a kind of the whole
    (部队特别是驻贫困地区|部队, 投资特别是预算外|投资), not singled out from a whole list, and no kind of the whole
    that names it (干部特别是领导干部: its narrower concept, a thesaurus link, singled out for emphasis).

    >>> t = [Named("干部", "干部", 0, 2), Named("领导干部", "领导干部", 5, 9)]
    >>> _named_member("干部特别是领导干部", t, t[0], t[1])
    False
    """
    return not any(u.start == member.end and whole.text.endswith(u.text) for u in terms) \
        and not text.startswith(label_of(whole)[-2:], member.end) and not _singled_from_list(text, terms, whole, member) \
        and label_of(whole) not in label_of(member) and label_of(member) not in label_of(whole)


def _singled_from_list(text: str, terms: Sequence[Named], whole: Named, member: Named) -> bool:
    """能源、交通和原材料特别是电力、港口: after the last item of a list, 特别是 singles out from the whole list, not
    from that item, unless the member is of the item's own kind (its head: 中小企业特别是小微企业).

    >>> t = [Named("交通", "交通", 0, 2), Named("原材料", "原材料", 3, 6), Named("电力", "电力", 9, 11)]
    >>> _singled_from_list("交通和原材料特别是电力", t, t[1], t[2])
    True
    """
    gap = re.search(r"(?:、|和|及|与|以及)$", text[:whole.start])
    listed = gap is not None and any(t.end == gap.start() for t in terms)
    return listed and label_of(member)[-1] != label_of(whole)[-1]


PREPOSITION = re.compile(r"[同与对在向从为把将以和跟]")


def _list_after(text: str, terms: Sequence[Named], start: int, before: str = "") -> list[Named]:
    """The list that opens right after a cue at ``start``; a preposition opens none (特别是同A有关) unless the
    whole before the cue stands after the same one (在农村特别是在贫困地区).

    >>> from kg.extract.relations.named import named_in
    >>> text = "在农村特别是在贫困地区"
    >>> [n.text for n in _list_after(text, named_in(text, "农村", "贫困地区"), 6, "在")]
    ['贫困地区']
    """
    stop = re.compile(r"[，。；：的]").search(text, start)
    end = stop.start() if stop else len(text)
    tail = text.find("等", start, end)
    items = outer(within(terms, start, tail if tail >= 0 else end))
    members: list[Named] = []
    for t in items:  # the list that opens right after the cue (尤其是青年在…学习、就业 names no list of 青年)
        gap = text[members[-1].end if members else start:t.start]
        apart = len(gap) > 2 or (PREPOSITION.match(gap) and not before.endswith(gap))
        if (members and not re.fullmatch(r"、|和|与|及|以及|或", gap)) or (not members and apart) \
                or (gap == "与" and label_of(t).endswith(PARTNERED)):
            break  # 领导干部与企业交往: 与 names whom the last item deals with, no item
        members.append(_whole_item(text, t, gap) if not members and gap else t)
    return members


DETERMINED = re.compile(r"各级|各个|各类|各|广大|所有|一些|许多|那些|某些|部分|全体|有关|相关"
                        r"|[东南西北中][部方]|东北|西北|西南|东南|沿海|内地|城镇|农村|城市|全国|各地")
# a determiner, or a place that says where (南方|早稻): the term stays the member
DONE = re.compile(r"治理|防治|反对|批评|滥发|实现|进行|使用|用于|经过|应对|涉及|增加|担负|[了着]$")


def _whole_item(text: str, t: Named, gap: str) -> Named:
    """The first item after 特别是/包括 where words stand between the cue and its term: a modifier that no term
    holds names the item with it (国有|大中型企业, 小型|微型企业: the whole item); a determiner (各级, 广大), a
    place (南方|早稻), a preposition or a verb leave the term.

    >>> _whole_item("企业特别是国有大中型企业", Named("大中型企业", "大中型企业", 7, 12), "国有").text
    '国有大中型企业'
    """
    if not re.fullmatch(r"[\u4e00-\u9fff]{1,2}", gap) or DETERMINED.fullmatch(gap) or PREPOSITION.match(gap) \
            or ACTION_START.match(gap) or DONE.search(gap):
        return t
    whole = text[t.start - len(gap):t.end]
    return Named(whole, whole, t.start - len(gap), t.end, provisional=True)
