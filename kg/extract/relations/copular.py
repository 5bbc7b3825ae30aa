"""Copular and definitional shapes: what a sentence says a thing is made of (改革的重点是A、B)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from kg.extract.cues import action_start, skip_adverbs
from kg.extract.relations.enabling import removes
from kg.extract.relations.lists import list_before
from kg.extract.relations.named import INCLUDES, Named, Triple, label_of

TASKS = re.compile(r"的(?:重点|主要内容|主要任务|重点任务|核心内容|基本内容)(?:是|在于|包括)[：:，,]?")
CLAUSE = re.compile(r"[^，；：。]+")
UPKEEP = re.compile(r"维护|保持|保证|确保|巩固")  # 维护安定团结: what the reform keeps is its aim, no part


def reform_parts(text: str, terms: Sequence[Named]) -> Iterator[Triple]:
    """X改革的重点/主要任务是：A，B: what each of the clauses after it does is a part of the reform: the thing (or
    list) that closes each clause opening with an action; not what an action removes or changes (改变…包干制), nor
    what it keeps (维护安定团结: an aim).

    >>> t = [Named("财税体制改革", "财税体制改革", 0, 6), Named("分税制", "分税制", 15, 18), Named("转移支付", "转移支付", 21, 25)]
    >>> [(a, b) for a, _, b in reform_parts("财税体制改革的主要内容是：实行分税制，完善转移支付", t)]
    [('财税体制改革', '分税制'), ('财税体制改革', '转移支付')]
    """
    for m in TASKS.finditer(text):
        whole = [t for t in terms if t.end == m.start() and not t.provisional and label_of(t).endswith("改革")]
        if not whole:
            continue
        for clause in CLAUSE.finditer(text, m.end()):
            act = action_start(clause.group())
            if act is None:
                break
            if removes(act) or UPKEEP.match(skip_adverbs(act)):
                continue
            start = clause.end() - len(act)
            parts = [x for x in list_before(text, terms, clause.end()) if x.start >= start and not x.provisional]
            yield from ((label_of(whole[-1]), INCLUDES, label_of(x)) for x in parts)
