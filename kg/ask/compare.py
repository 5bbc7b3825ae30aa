"""Comparisons read: a question that asks to compare (对比, 比较, 区别, 差异, 不同, 异同) is read as naming two things,
two provinces or two years (广东和江苏在职业教育上有什么区别: the answer for each, side by side) or two names
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

# The words that ask to compare; 比较 before 优势/效益 and 差别/差异 after 城乡/地区 are parts of names, so a cue
# counts only where the name the question was read to ask about does not hold it (see :func:`compares`).
COMPARE = re.compile(r"对比|(?<!有)比较(?!优势|效益|优|劣|好|大|高|低|多|少|快|慢|强|弱)|区别|差异|差别|异同|(?:有什么|有何|有哪些)不同")
# 城乡差别, 地区差异: a compared pair written as a name, not a request to compare
NAMED_CONTRAST = re.compile(r"(?:城乡|地区|区域|收入|贫富|东西部|南北)(?:差别|差异|差距)")
PAIR = re.compile(r"(.{2,}?)(?:和|与|同|跟|及|以及|、|对比|比较)(.{2,})")
YEAR_PAIR = re.compile(r"(1[89]\d\d|20\d\d)年?\s*(?:和|与|跟|同|及|、|对比|比较)\s*(1[89]\d\d|20\d\d)年")


def compares(question: str, names: tuple[str, ...] = ()) -> bool:
    """Whether ``question`` asks to compare: a cue word that none of the ``names`` read from it holds.

    >>> compares("广东和江苏的职业教育有什么区别", ("职业教育",)), compares("城乡差别", ("城乡差别",))
    (True, False)
    """
    text = NAMED_CONTRAST.sub("", question)
    return bool(COMPARE.search(text)) and not any(COMPARE.search(n) for n in names)


def pair_in(name: str, known: Callable[[str], int] | None = None) -> tuple[str, str] | None:
    """The two names a compared name is made of (数字经济和实体经济), or None; with ``known`` (2: a name the graph has,
    1: a text some name holds) only where both halves are known and the whole is no name of its own.

    >>> pair_in("职业教育与高等教育", lambda n: 1), pair_in("农业机械化和农机装备", lambda n: 2)
    (('职业教育', '高等教育'), None)
    """
    m = PAIR.fullmatch(name)
    if m is None or re.search(r"共和国|和平|和谐|与时俱进", name):
        return None
    first, second = m.group(1), m.group(2)
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
    """
    if len(scope.regions) == 2:
        ordered = sorted(scope.regions, key=lambda r: (question.find(r[:2]) % (len(question) + 1), r))
        return [(r, replace(scope, regions=(r,))) for r in ordered]
    pair = YEAR_PAIR.search(question)
    if pair and scope.years and not scope.regions and pair.group(1) != pair.group(2):
        return [(f"{y}年", replace(scope, years=(int(y), int(y)))) for y in pair.groups()]
    return []
