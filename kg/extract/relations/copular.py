"""Copular and definitional shapes: what a sentence says a thing is made of (改革的重点是A、B; 将A纳入Y)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from kg.extract.cues import action_start, skip_adverbs
from kg.extract.relations.enabling import removes
from kg.extract.relations.lists import list_before
from kg.extract.relations.named import INCLUDES, Named, Triple, label_of, size

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


INTO = re.compile(r"(?:^|[，；：])(?:要|应当|应|并|还|也|同时)?(?:将|把)(?P<x>[^，。；]{2,20}?)"
                  r"(?:全面|逐步|统一|全部|及时|优先|一并|纳入)*(?:纳入|列入)(?P<y>[^，。；]{2,25})")
SCOPES = ("轨道", "日程", "议程", "范围", "预算", "考核", "评估", "评价", "监管", "管理", "清单", "统计", "内容")
# 纳入法治轨道, 列入议事日程, 纳入…考核: where a thing is put or how it is checked, nothing made of it


def taken_in(text: str, terms: Sequence[Named]) -> Iterator[Triple]:
    """将A、B纳入Y: Y (a programme, plan or system named right after the verb) includes each thing the clause
    puts into it; not a scope, a track or a check (纳入医保报销范围, 纳入法治轨道, 纳入绩效考核).

    >>> t = [Named("常态化帮扶", "常态化帮扶", 1, 6), Named("乡村振兴战略", "乡村振兴战略", 8, 14)]
    >>> [(a, str(r), b) for a, r, b in taken_in("把常态化帮扶纳入乡村振兴战略统筹实施", t)]
    [('乡村振兴战略', 'includes', '常态化帮扶')]
    """
    for m in INTO.finditer(text) if "纳入" in text or "列入" in text else ():  # a cheap test first
        xs = [x for x in list_before(text, terms, m.end("x")) if not x.provisional]
        y = max((t for t in terms if t.start == m.start("y") and not t.provisional), key=size, default=None)
        if not xs or xs[0].start != m.start("x") or y is None or label_of(y).endswith(SCOPES) \
                or not re.match(r"$|[，。；、和]|统筹|实施|管理|之中|中", text[y.end:]):
            continue
        yield from ((label_of(y), INCLUDES, label_of(x)) for x in xs)


CONTENT = re.compile(r"(?P<cue>(?:既|也|又|还|更|都)?(?:是|作为))(?P<y>[^，。；是]{2,30}?)(?:建设)?的(?:重要|主要|核心|基本)?"
                     r"(?:内容|组成部分)(?=$|[，。；])")


def contents(text: str, terms: Sequence[Named]) -> Iterator[Triple]:
    """X是Y的重要内容, X…，也是Y的重要内容: Y (the term right before 的, or before 建设的) includes the subject X —
    the term right before the copula, or where the copula opens a later clause, the term before the sentence's first
    是; each a whole phrase of its own (no term inside a longer phrase: 城镇小区|配套建设…).

    >>> t = [Named("政府机构改革", "政府机构改革", 0, 6), Named("行政体制改革", "行政体制改革", 7, 13)]
    >>> [(a, str(r), b) for a, r, b in contents("政府机构改革是行政体制改革的重要内容", t)]
    [('行政体制改革', 'includes', '政府机构改革')]
    """
    first_copula = text.find("是")
    for m in CONTENT.finditer(text) if "内容" in text or "组成部分" in text else ():  # a cheap test first
        ys = [y for y in terms if not y.provisional and y.end in (m.end("y"), m.end("y") - 2)
              and y.start >= m.start("y") and (y.end == m.end("y") or text[y.end:m.end("y")] == "建设")]
        at = m.start("cue") if text[m.start("cue") - 1:m.start("cue")] not in "，；" else first_copula
        xs = [x for x in terms if not x.provisional and x.end == at and (x.start == 0 or text[x.start - 1] in "，；“")]
        if ys and xs:
            yield label_of(max(ys, key=size)), INCLUDES, label_of(max(xs, key=size))
