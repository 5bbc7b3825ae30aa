"""What a commentary reports: the acts of a province, of the localities or of the Party centre, what a dated
sentence tells of a past year or plan period, and how things stand (发展质量效益稳步提升).

A newspaper commentary calls for action and cites what others did as evidence (北京实施…行动，开辟…; 各地普遍把稳增长
放在更加突出的位置). A sentence opened by such an actor, with no modal or future in it, reports a fact: no goal or
measure is in it. Official documents are not read this way; in them an actor before a verb is the one charged.

>>> from kg.model import Paragraph
>>> from kg.text.sentences import split_sentences
>>> [reports_act(s.clauses) for s in split_sentences(Paragraph(
...     "湖南优化讨论形式，鼓励代表先说。各地要加快转型。", "body", ((0, 0),)))]
[True, False]
"""

from __future__ import annotations

import re

from kg.extract import cues
from kg.extract.statements.clauses import DISPOSE, modal_start, read_clause
from kg.extract.statements.labels import clean
from kg.model import Kind
from kg.text.profile import PROVINCES
from kg.text.sentences import Clause

# The provinces of GB/T 2260 in full and short, and the collective actors commentary cites (各地, 党中央, 我国).
_NAMES = sorted({name for pair in PROVINCES for name in pair}, key=len, reverse=True)
ACTOR = re.compile(rf"^(?:(?:{'|'.join(_NAMES)})(?:省|市)?|各地区?(?:各部门)?(?:各领域)?|各省区市|全国各地|多地|不少地方|一些地方"
                   r"|许多地方|(?:以习近平同志为核心的)?党中央|我国)(?:普遍|纷纷|相继|陆续|先后|也)?(?P<rest>[^，。；]{2,})$")
# A clause that only dates what follows (“十四五”时期，…; 2021年，…) or names whose leadership it was done under
# (在党中央坚强领导下，…): what follows it is told, not called for.
WHEN = re.compile(r"^(?:“?[十一二三四五六七八九]{1,3}五”?时期|(?:19|20)\d\d年|今年|这一年|一年来|过去[一二三四五六七八九十]{1,2}年"
                  r"|在[^，。；]{2,30}领导下)$")
# A congress or plenum of the Party opening the sentence (党的十九大…，明确提出…; 党的十一届三中全会重新确立…): what
# it decided is told as history.
CONGRESS = re.compile(r"^(?:党的)?(?:[十一二三四五六七八九]{1,3}大|[十一二三四五六七八九]{1,3}届[一二三四五六七八九]中全会)"
                      r"(?!以来|精神|报告|提出的|确定的|作出的)")
# A modal or a future anywhere in the sentence: it calls for the act or foresees it (各地要…, 必将…).
AHEAD = re.compile(r"要|必须|应当|应该|务必|需要|必将|将要|(?<!即)将(?![^，。；]{0,4}[放摆列纳作视])|力争|确保")


def reports_state(clauses: list[Clause] | tuple[Clause, ...]) -> bool:
    """A sentence that tells how things stand: a subject with its outcome (发展质量效益稳步提升, 折射…取得新进展) in a
    clause of its own, no verb of attainment or action before it, and no modal or future in the sentence. A plan states
    its targets so; a commentary reports with it what it cites as evidence.

    >>> from kg.model import Paragraph
    >>> from kg.text.sentences import split_sentences
    >>> [reports_state(s.clauses) for s in split_sentences(Paragraph(
    ...     "港口结构调整优化，吞吐效率稳步提升。要推动港口效率稳步提升。", "body", ((0, 0),)))]
    [True, False]
    """
    if not clauses or any(AHEAD.search(c.text) or modal_start(c.text) for c in clauses):
        return False
    return any(_state(clean(c.text)) for c in clauses)


def _state(clause: str) -> bool:
    """吞吐效率稳步提升: an outcome stated of a subject, not attained (实现…) or brought about (推动…) by an actor."""
    m = cues.outcome_end(clause)
    reading = read_clause(clause) if m is not None and m.start() >= 2 else None
    return reading is not None and reading.kind is Kind.GOAL and not cues.ATTAIN.match(cues.skip_adverbs(clause))


def reports_act(clauses: list[Clause] | tuple[Clause, ...]) -> bool:
    """A sentence with an actor's act in a clause (湖南优化讨论形式, 党中央把…摆在…位置) or opened by only a date
    (“十四五”时期，…), a leadership (在党中央坚强领导下，…) or a congress (党的十九大…), with no modal or future in the
    sentence.

    >>> from kg.model import Paragraph
    >>> from kg.text.sentences import split_sentences
    >>> [reports_act(s.clauses) for s in split_sentences(Paragraph("云南优化监督方式。云南风光秀丽。", "body", ((0, 0),)))]
    [True, False]
    >>> [reports_act(s.clauses) for s in split_sentences(Paragraph(
    ...     "党的十九大在此基础上，明确提出推动港口建设。党的十九大精神要落实好。", "body", ((0, 0),)))]
    [True, False]
    """
    if not clauses or any(AHEAD.search(c.text) or modal_start(c.text) for c in clauses):
        return False
    first = clean(clauses[0].text)
    return bool(WHEN.match(first) or CONGRESS.match(first)) or any(_acts(clean(c.text)) for c in clauses)


def _acts(clause: str) -> bool:
    """An actor and its act in one clause (湖南优化讨论形式, 各地普遍把…放在…)."""
    m = ACTOR.match(clause)
    return m is not None and (cues.action_start(m["rest"]) is not None or bool(DISPOSE.match(m["rest"])))
