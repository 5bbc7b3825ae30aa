"""Comparisons read: a question that asks to compare (对比, 比较, 区别, 差异, 不同, 异同) is read as naming two things,
two provinces or more, or two years (广东和江苏在职业教育上有什么区别: the answer for each, side by side) or two names
(比较一下数字经济和实体经济: how the two relate); one that names a single thing is answered for it and says
that a comparison needs two (the answers: :func:`kg.ask.reply.side_by_side`).

>>> compares("对比分析职业教育"), compares("比较优势"), compares("城乡差别有哪些")
(True, False, False)
>>> pair_in("数字经济和实体经济"), pair_in("中华人民共和国")
(('数字经济', '实体经济'), None)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from kg.ask.scope import Scope
from kg.ask.words import alone, degree

# The words that ask to compare; 比较 before 优势/效益 and 差别/差异 after 城乡/地区 are parts of names, so a cue
# counts only where the name the question was read to ask about does not hold it (see :func:`compares`).
COMPARE = re.compile(r"对比|(?<!有)比较(?!优势|效益|优|劣|好|大|高|低|多|少|快|慢|强|弱)|区别|差异|差别|异同|(?:有什么|有何|有哪些)不同")
# 城乡差别, 地区差异: a compared pair written as a name, not a request to compare
NAMED_CONTRAST = re.compile(r"(?:城乡|地区|区域|收入|贫富|东西部|南北)(?:差别|差异|差距)")
JOIN = re.compile(r"以及|和|与|同|跟|及|、|对比|比较")  # between two compared names, where it is a word of its own
YEAR_PAIR = re.compile(r"(1[89]\d\d|20\d\d)年?\s*(?:和|与|跟|同|及|、|对比|比较)\s*(1[89]\d\d|20\d\d)年")


def compares(question: str, names: tuple[str, ...] = ()) -> bool:
    """Whether ``question`` asks to compare: a cue word that none of the ``names`` read from it holds.

    >>> compares("广东和江苏的职业教育有什么区别", ("职业教育",)), compares("城乡差别", ("城乡差别",))
    (True, False)
    >>> compares("比较完整的产业链", ("完整的产业链",))
    False
    """
    text = NAMED_CONTRAST.sub("", question)
    cues = [m for m in COMPARE.finditer(text) if not (m.group() == "比较" and degree(text, m.start()))]  # 比较完善的: relatively
    return bool(cues) and not any(COMPARE.search(n) for n in names)


def pair_in(name: str, known: Callable[[str], int] | None = None) -> tuple[str, str] | None:
    """The two names a compared name is made of (数字经济和实体经济), or None; with ``known`` (2: a name the graph has,
    1: a text some name holds) only where both halves are known and the whole is no name of its own.

    >>> pair_in("职业教育与高等教育", lambda n: 1), pair_in("农业机械化和农机装备", lambda n: 2)
    (('职业教育', '高等教育'), None)
    """
    m = next((m for at in range(2, len(name) - 1) if (m := JOIN.match(name, at)) and len(name) - m.end() >= 2
              and alone(name, m.start(), m.end())), None)  # 同 joins, not the 同 of 协同发展
    if m is None or re.search(r"共和国|和平|和谐|与时俱进", name):
        return None
    first, second = name[:m.start()], name[m.end():]
    if known is not None and (known(name) == 2 or not known(first) or not known(second)):
        return None
    return first, second


def sides(scope: Scope, question: str) -> list[tuple[str, Scope]]:
    """The two sides of a comparison limited by place or year: each province of two (in the order asked), else each
    year of two written as a pair (2024年和2025年); none otherwise.

    >>> [label for label, _ in sides(Scope(regions=("江苏省", "广东省")), "广东和江苏的职业教育有什么区别")]
    ['广东省', '江苏省']
    >>> [s.years for _, s in sides(Scope(years=(2024, 2025)), "2024年和2025年的职业教育对比")]
    [(2024, 2024), (2025, 2025)]
    >>> [label for label, _ in sides(Scope(regions=("广东省",), years=(2025, 2026)), "广东2025年和2026年的X对比")]
    ['广东省2025年', '广东省2026年']
    """
    pair = YEAR_PAIR.search(question)
    if pair and scope.years and len(scope.regions) <= 1 and pair.group(1) != pair.group(2):  # 广东2025年和2026年
        return [("".join(scope.regions) + f"{y}年", replace(scope, years=(int(y), int(y)))) for y in pair.groups()]
    if len(scope.regions) >= 2:  # two provinces or more (广东、江苏、浙江的X对比), each
        ordered = sorted(scope.regions, key=lambda r: (question.find(r[:2]) % (len(question) + 1), r))
        return [(r, replace(scope, regions=(r,))) for r in ordered]
    return []
