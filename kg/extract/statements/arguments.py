"""The argument shapes of a sentence that editorials and theory pages use, read before its plain clauses.

只有X，才能Y (X serves Y); X，对于Y，具有重要意义 (the Ys are what X is for); 必须深刻认识到，… (a judgment
the reader is asked to make); …，是不可能的 (a judgment of impossibility); 从X，到Y，再到Z (a range told
step by step); X有利于Y，为Z提供… (Z one more end).

>>> from kg.model import Paragraph
>>> from kg.text.sentences import split_sentences
>>> ruled_out(list(split_sentences(Paragraph("退回到过去，是不可能的。", "body", ((0, 0),)))[0].clauses))
True
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from kg.extract import cues
from kg.extract.statements.clauses import Reading, as_goal, read_clause
from kg.extract.statements.labels import clean, label
from kg.model import Kind, Relation
from kg.text.sentences import Clause

if TYPE_CHECKING:
    from kg.extract.statements.readings import SentenceReading

# X，是不可能的 / 是行不通的 / 是不现实的: X is judged impossible, no statement.
RULED_OUT = re.compile(rf"^(?:显然|也|都|更|就)?{cues.RULED_OUT.pattern}")
# 从X，到Y，再到Z: a range or a history told from its first to its last step, no statement.
RANGE_FROM, RANGE_TO = re.compile(r"^从[^，。；]{2,40}$"), re.compile(r"^(?:再|又)?到[^，。；]{2,40}$")
# 没有X，就没有Y / 就不可能Y: X is what Y cannot do without (the negative conditional 没有…就…): X serves Y.
WITHOUT = re.compile(r"^(?:如果|若)?没有(?P<x>[^，。；]{2,40})$")
NO_THEN = re.compile(r"^(?:也|那)?(?:就|便)(?:不可能有|不可能|没有|不会有|谈不上)(?P<y>[^，。；]{2,60})$")
# 只有X，才能Y: X is the condition Y needs (a grammar of the conditional 只有…才…): X serves Y.
ONLY_IF = re.compile(r"^(?:[^，。；]{0,20}?)(?:只有|唯有|惟有)(?P<x>[^，。；]{2,60})$")
THEN_ONLY = re.compile(r"^(?:也|就|才|还)?才(?:能够|能|可能|会|可以)(?P<y>[^，。；]{2,60})$")
# X，对(于)Y1，Y2，具有重要意义: the Ys are what X matters for (X具有…意义 judges; the Ys are ends).
FOR_WHOM = re.compile(r"^(?:这|其|它|此)?(?:对于|对)(?:我们|我国|人们)?(?P<y>[^，。；]{2,60})$")
SIGNIFICANCE = re.compile(r"^(?P<y>[^，。；]{0,60}?)(?:都|也|更|均)?(?:具有|有着|有)(?:十分|非常|极其|极为|更加)?"
                          r"(?:重要|重大|深远|特殊|关键)(?:的)?(?:现实|历史|战略|指导)?(?:意义|作用|影响|价值)$")
# 为Y提供…: Y is what the clause provides for.
PROVIDE = re.compile(rf"^(?:为|给)(?P<y>[^，。；]{{2,50}}?)(?:{cues.alternatives(cues.PROVISIONS)}|作出|做出|贡献|营造|开辟|拓展)")


def ruled_out(clauses: list[Clause]) -> bool:
    """让…退回到…，是不可能的: a sentence that judges what it names impossible calls for nothing.

    >>> from kg.model import Paragraph
    >>> from kg.text.sentences import split_sentences
    >>> ruled_out(list(split_sentences(Paragraph("让港口各自为战，是行不通的。", "body", ((0, 0),)))[0].clauses))
    True
    """
    return any(RULED_OUT.match(clean(c.text)) for c in clauses[1:])


def without_range(clauses: list[Clause]) -> list[Clause]:
    """从深圳的引资协议，到开发浦东，再到加入世贸组织，…: the clauses of a range from its first to its last step
    are left out; what the sentence says of the range is read.

    >>> from kg.model import Paragraph
    >>> from kg.text.sentences import split_sentences
    >>> s = split_sentences(Paragraph("从建设港口，到开发园区，都要有责任制。", "body", ((0, 0),)))[0]
    >>> [c.text for c in without_range(list(s.clauses))]
    ['都要有责任制']
    """
    if not clauses or not RANGE_FROM.match(clean(clauses[0].text)):
        return clauses
    last = max((i for i, c in enumerate(clauses) if RANGE_TO.match(clean(c.text))), default=None)
    return clauses if last is None else clauses[last + 1:]


def recognition(clauses: list[Clause]) -> bool:
    """必须深刻认识到，X是…，Y是…: what the reader is asked to recognise is judged, not called for.

    >>> from kg.model import Paragraph
    >>> from kg.text.sentences import split_sentences
    >>> recognition(list(split_sentences(Paragraph("必须清醒认识到，港口是开放的门户。", "body", ((0, 0),)))[0].clauses))
    True
    """
    return bool(clauses) and bool(cues.COGNITION.search(clean(clauses[0].text)))


# 历史告诉我们，…; 实践证明，…; 经验反复证明，…: a lesson drawn from what happened, a judgment (links._call_after_past
# reads only a call after it).
LESSON = re.compile(r"^(?:历史|实践|事实|经验)(?:和实践)?(?:充分|反复|一再|深刻|已经)?(?:告诉我们|证明|表明|昭示)$")


def _said(clauses: list[Clause]) -> list[Clause]:
    """The clauses without those that are only a connective or a filler (因此, 同时, 为此).

    >>> from kg.model import Span
    >>> [c.text for c in _said([Clause("因此", 0, 2, Span(0, 2, "因此")), Clause("要建港", 3, 6, Span(3, 6, "要建港"))])]
    ['要建港']
    """
    return [c for c in clauses if not cues.LEADING_FILLER.fullmatch(c.text.strip(" \u3000"))]


def only_if(out: SentenceReading, clauses: list[Clause]) -> bool:
    """只有X1，X2，才能Y1，也才能Y2: the Xs (read as they are) serve the Ys (goals).

    >>> from kg.model import Paragraph
    >>> from kg.text.sentences import split_sentences
    >>> from kg.extract.statements.links import SentenceReading
    >>> r = SentenceReading()
    >>> only_if(r, split_sentences(Paragraph("只有深化改革，才能增强发展活力。", "body", ((0, 0),)))[0].clauses)
    True
    >>> [(f.reading.kind.value, f.reading.label) for f in r.found], r.links
    ([('measure', '深化改革'), ('goal', '增强发展活力')], [(0, 1, <Relation.PURPOSE: 'purpose'>)])
    """
    clauses = _said(clauses)  # 因此，只有X，才能Y
    first = ONLY_IF.match(clean(clauses[0].text)) if clauses else None
    if first is None:
        return False
    then = next((i for i, c in enumerate(clauses) if THEN_ONLY.match(clean(c.text))), None)
    if then is None:
        return False
    xs = [out.add(read_clause(first["x"] if i == 0 else c.text), c) for i, c in enumerate(clauses[:then])]
    ys = []
    for c in clauses[then:]:
        m = THEN_ONLY.match(clean(c.text))
        ys.append(out.add(as_goal(m["y"] if m else c.text), c, "purpose"))
    for x in xs:
        for y in ys:
            out.link(x, y, Relation.PURPOSE)
    return True


def without_x_no_y(out: SentenceReading, clauses: list[Clause]) -> bool:
    """没有X，就没有Y: X (a goal, or the term it names) serves Y (a goal); 没有A，没有B，就不可能C: A and B serve C.

    >>> from kg.model import Paragraph
    >>> from kg.text.sentences import split_sentences
    >>> from kg.extract.statements.links import SentenceReading
    >>> r = SentenceReading()
    >>> without_x_no_y(r, list(split_sentences(Paragraph("没有港口现代化，就没有海洋经济现代化。", "body", ((0, 0),)))[0].clauses))
    True
    >>> [(f.reading.kind.value, f.reading.label) for f in r.found], r.links
    ([('goal', '港口现代化'), ('goal', '海洋经济现代化')], [(0, 1, <Relation.PURPOSE: 'purpose'>)])
    """
    if not any(NO_THEN.match(clean(c.text)) for c in clauses[1:]):
        return False  # no 就没有 after the first clause, whatever the fillers
    clauses = _said(clauses)  # 因此，没有X，就没有Y: the connective says nothing
    then = next((i for i, c in enumerate(clauses) if i and NO_THEN.match(clean(c.text))), None)
    if then is None:
        return False
    opened = [(m, c) for c in clauses[:then] if (m := WITHOUT.match(clean(c.text))) is not None]
    if len(opened) < then:  # a clause before 就没有 that does not open with 没有
        return False
    xs = [out.add(Reading(Kind.GOAL, label(m["x"])), c) for m, c in opened]
    m = NO_THEN.match(clean(clauses[then].text))
    ys = [out.add(Reading(Kind.GOAL, label(m["y"])), clauses[then], "purpose")] if m else []
    for c in clauses[then + 1:]:
        if (more := NO_THEN.match(clean(c.text))) is not None:
            ys.append(out.add(Reading(Kind.GOAL, label(more["y"])), c, "purpose"))
    for x in xs:
        for y in ys:
            out.link(x, y, Relation.PURPOSE)
    return True


def significance(out: SentenceReading, clauses: list[Clause], *, past: Callable[[list[Clause]], bool]) -> bool:
    """X，对于Y1，Y2，具有十分重要的意义: the Ys are goals X serves; X is read only when it is no report of the past.

    >>> from kg.model import Paragraph
    >>> from kg.text.sentences import split_sentences
    >>> s = split_sentences(Paragraph("搞好商业工作，对于促进经济发展，具有重要意义。", "body", ((0, 0),)))[0]
    >>> from kg.extract.statements.links import SentenceReading, _reports_past
    >>> r = SentenceReading()
    >>> significance(r, list(s.clauses), past=_reports_past), [(f.reading.kind.value, f.reading.label) for f in r.found]
    (True, [('measure', '搞好商业工作'), ('goal', '促进经济发展')])
    """
    tail = SIGNIFICANCE.match(clean(clauses[-1].text)) if clauses else None
    if tail is None:
        return False
    last = next(((i, m) for i in reversed(range(len(clauses))) if (m := FOR_WHOM.match(clean(clauses[i].text)))), None)
    if last is None:
        return False
    start, whom = last
    if start == len(clauses) - 1:  # 对于Y具有重大指导作用, in one clause
        whom = FOR_WHOM.match(tail["y"]) or whom
    parts = [whom["y"]]
    parts += [clean(c.text) for c in clauses[start + 1:-1]]
    if len(clauses) - 1 > start:
        parts.append(tail["y"])
    was = past(clauses[:start]) if start else False
    xs = [] if was else [out.add(read_clause(c.text), c) for c in clauses[:start]]
    owners = [*clauses[start:-1], clauses[-1]] if len(clauses) - 1 > start else [clauses[start]]
    ys = [out.add(as_goal(p), c, "purpose") for p, c in zip(parts, owners, strict=False) if len(p) >= 4]
    for x in xs:
        for y in ys:
            out.link(x, y, Relation.PURPOSE)
    return True


def served(text: str) -> Reading | None:
    """One more end after X有利于Y: a clause read as a goal, or the Y of 为Y提供….

    >>> served("为经济发展提供强劲动力").label
    '经济发展'
    """
    if m := PROVIDE.match(clean(text)):
        return Reading(Kind.GOAL, label(m["y"]))
    return as_goal(text)
