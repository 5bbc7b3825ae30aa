"""The focus of an action (以X为重点推进Y, 以X为重点的Y, Y，要以X为重点): an activity in focus is a part of the
action (``includes``: 经济体制改革 -> 国有企业改革), a thing in focus is what it applies to (``appliesTo``:
经济体制改革 -> 国有企业) or, where the action builds a thing, a part of that thing (以A为重点的人才队伍建设:
人才队伍 -> A); a thing in focus of a bare thing says nothing."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence

from kg.extract.cues import ACTION_START, skip_adverbs
from kg.extract.relations.classes import acts
from kg.extract.relations.named import (
    APPLIES,
    INCLUDES,
    PHRASE_END,
    SEPARATOR,
    Named,
    Triple,
    label_of,
    outer,
    size,
    weak,
    within,
)

FOCUS = re.compile(r"(?<![可所予加难得用足之])以(?P<x>[^，。；以为]{2,24}?)为(?:重点|重中之重)")
WHOLE = re.compile(r"(?:各项|各个|整个|全面|各类|各)?")  # 以城市为重点的|整个|经济体制改革: a determiner before the action
TOPIC = re.compile(r"^(?:[^，。；：]{0,10}的)?(?P<y>[^，。；：的]{2,20})[，,](?:要|必须|应当|应|须|都要|仍要|还要)?以")
# 今年的经济体制改革，要以…为重点: the action the sentence opens with is its topic
WORKS = ("改革", "建设", "治理", "整治", "工作", "行动", "工程", "攻坚", "战略")  # heads that name an action or a programme


def focused(text: str, terms: Sequence[Named]) -> Iterator[Triple]:
    """以A、B为重点V Y / 以X为重点的Y / Y，要以X为重点: each thing in focus is a part of the action Y where it names
    an activity itself, else what Y applies to; Y must name an action or a programme.

    >>> t = [Named("国有企业", "国有企业", 1, 5), Named("经济体制改革", "经济体制改革", 10, 16)]
    >>> [(a, str(r), b) for a, r, b in focused("以国有企业为重点深化经济体制改革", t)]
    [('经济体制改革', 'appliesTo', '国有企业')]
    >>> t = [Named("经济体制改革", "经济体制改革", 0, 6), Named("国有企业改革", "国有企业改革", 9, 15)]
    >>> [(a, str(r), b) for a, r, b in focused("经济体制改革，要以国有企业改革为重点", t)]
    [('经济体制改革', 'includes', '国有企业改革')]
    """
    for m in FOCUS.finditer(text) if "为重" in text else ():  # a cheap test first
        xs = _focus(text, terms, m.start("x"), m.end("x"))
        y = _action(text, terms, m)
        if not xs or y is None or any(label_of(x) in label_of(y) or label_of(y) in label_of(x) for x in xs):
            continue
        for x in xs:
            part = acts(label_of(x)) or _built(text, y)
            yield (label_of(y), INCLUDES, label_of(x)) if part else (label_of(y), APPLIES, label_of(x))


def _focus(text: str, terms: Sequence[Named], start: int, end: int) -> list[Named]:
    """The terms a focus names, where they are all it holds, joined as a list (以规模养殖场为重点, 以A和B为重点;
    not 以提高政治能力为重点, an action no term holds whole).

    >>> _focus("以提高政治能力为重点", [Named("政治能力", "政治能力", 3, 7)], 1, 7)
    []
    """
    items = outer(within(terms, start, end))
    if not items or items[0].start != start or items[-1].end != end or any(weak(t) or t.provisional for t in items):
        return []
    gaps = [text[a.end:b.start] for a, b in itertools.pairwise(items)]
    return items if all(SEPARATOR.match(g) for g in gaps) else []


def _action(text: str, terms: Sequence[Named], m: re.Match[str]) -> Named | None:
    """The action a focus is of: the phrase right after 的 (以X为重点的|各项|改革), the object of the verb that
    follows it (以X为重点，深化|经济体制改革), or the topic the sentence opens with (经济体制改革，要以X为重点)."""
    rest = text[m.end():]
    if rest.startswith("的"):
        determiner = WHOLE.match(text, m.end() + 1)
        return _work(text, terms, determiner.end() if determiner else m.end() + 1)
    clause = re.match(r"[，,]?(?P<c>[^，。；]*)", rest)
    if clause is not None and clause.group("c"):
        act = skip_adverbs(clause.group("c"))
        verb = ACTION_START.match(act)
        if verb is not None:
            return _work(text, terms, m.end() + clause.start("c") + len(clause.group("c")) - len(act) + verb.end())
    topic = TOPIC.match(text)
    if topic is not None and topic.end() - 1 == m.start():
        return _work(text, terms, topic.start("y"), topic.end("y"))
    return None


def _work(text: str, terms: Sequence[Named], at: int, end: int | None = None) -> Named | None:
    """The action or programme a phrase names from ``at`` (to ``end``): the longest term there, no bare word, that
    names one whole (经济体制改革, 主题教育) or a thing built (人才队伍|建设, 农业基础设施|建设); none for a bare thing.

    >>> t = [Named("人才队伍", "人才队伍", 0, 4), Named("高端人才", "高端人才", 8, 12)]
    >>> [_work("人才队伍建设", t, 0), _work("人才队伍", t, 0), _work("人才队伍规划", t, 0)][0].text
    '人才队伍'
    """
    found = [t for t in terms if t.start == at and not weak(t) and (end is None or t.end == end)]
    y = max(found, key=size, default=None)
    if y is None or (end is None and not PHRASE_END.match(text, y.end) and not _built(text, y)):
        return None
    return y if acts(label_of(y)) or label_of(y).endswith(WORKS) or _built(text, y) else None


def _built(text: str, y: Named) -> bool:
    """A thing the action builds (人才队伍|建设): its parts are what the focus names."""
    return re.match(r"建设(?:$|[，。；、和与及])", text[y.end:]) is not None
