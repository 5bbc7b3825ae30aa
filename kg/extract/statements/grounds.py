"""What a sentence stands on before it states anything: a question asks (为什么要扩大开放？), a ground already
laid (国情决定了…, …了) or a lesson drawn (实践证明，…) is no statement; only a call after it (…，必须…) is read.

>>> from kg.model import Paragraph
>>> from kg.text.sentences import split_sentences
>>> s = split_sentences(Paragraph("实践证明，开放带来进步，必须扩大开放。", "body", ((0, 0),)))[0]
>>> [c.text for c in call_after_past(s.clauses)]
['必须扩大开放']
"""

from __future__ import annotations

import re

from kg.extract import cues
from kg.extract.statements.arguments import LESSON
from kg.extract.statements.clauses import modal_start
from kg.extract.statements.labels import clean
from kg.text.sentences import Clause

# 中国共产党成立98年来，…; 实施西部大开发战略三年来，…: the years since an event, the span of a review (the short
# ones, 五年来, 多年来, are cues.PAST_START's).
SINCE = re.compile(r"^[^，。；]{2,20}?(?:\d+|[一二三四五六七八九十百两]+)多?年来$")
# A question: opened by an interrogative, or closed by a question particle (…吗, …呢).
ASKS = re.compile(r"^(?:为什么|为何|怎样|怎么|如何才能|难道|凭什么|靠什么)")
ASKED = re.compile(r"(?:吗|呢|么)$")


def asks(clauses: list[Clause]) -> bool:
    """为什么要扩大开放？, 难道不要推进改革吗？: a question (rhetorical or not) asks; it states nothing.

    >>> from kg.model import Paragraph
    >>> from kg.text.sentences import split_sentences
    >>> [asks(s.clauses) for s in split_sentences(Paragraph("为什么要扩大开放？要扩大开放。", "body", ((0, 0),)))]
    [True, False]
    """
    return bool(clauses) and bool(ASKS.match(clean(clauses[0].text)) or ASKED.search(clauses[-1].text))


def marks_past(text: str) -> bool:
    """A perfective mark (…了, 已经…, 连续多年) in ``text``: cues.PAST_MARK, searched only when one of its words is there.

    >>> marks_past("去年完成了改造"), marks_past("了解情况"), marks_past("加快改造")
    (True, False, False)
    """
    return ("了" in text or "已经" in text or "连续多年" in text) and cues.PAST_MARK.search(text) is not None


def call_after_past(clauses: list[Clause]) -> list[Clause]:
    """国情决定了…，必须坚持…: what was done or found (…了) before a clause opened by a modal is its ground; the call
    from the modal on is read, the ground not (a sentence with a perfective mark after the modal stays a report). A
    lesson (实践证明，…) or a span of years (…成立98年来，…) states nothing but such a call.

    >>> from kg.model import Paragraph
    >>> from kg.text.sentences import split_sentences
    >>> s = split_sentences(Paragraph("实践证明了这一点，必须坚持改革开放。", "body", ((0, 0),)))[0]
    >>> [c.text for c in call_after_past(s.clauses)]
    ['必须坚持改革开放']
    """
    lesson = bool(clauses) and bool(LESSON.match(clean(clauses[0].text)) or SINCE.match(clean(clauses[0].text)))
    if not (lesson or any(marks_past(c.text) for c in clauses)) or cues.ADDRESSED.match(clauses[0].text):
        return clauses
    k = next((i for i, c in enumerate(clauses) if i and modal_start(c.text)), None)
    if k is None or any(marks_past(c.text) for c in clauses[k:]):
        return [] if lesson else clauses
    return clauses[k:]


# 《总体规划》以…为指导, 《纲要草案》坚持…, 《纲要草案》紧紧围绕…: the document named as the subject and the approach it takes.
DOCUMENT_APPROACH = re.compile(r"^《[^》]{2,30}》(?:以|坚持|紧紧围绕|围绕|深入贯彻|贯彻|立足|着眼|按照)")


def describes_document(clauses: list[Clause]) -> bool:
    """《总体规划》以…为指导，坚持生态优先，…: a sentence about how a document named as its subject is made (what a
    批复 or a report says of the plan it approves or presents) describes that document; the principles and tasks it
    lists are the document's, no call of the text (what the document 提出, proposes, is: 《纲要草案》提出，要…).

    >>> from kg.model import Paragraph
    >>> from kg.text.sentences import split_sentences
    >>> [describes_document(s.clauses) for s in split_sentences(Paragraph(
    ...     "《规划》坚持生态优先，突出绿色发展。《规划》提出，要加快建设港口。", "body", ((0, 0),)))]
    [True, False]
    """
    return bool(clauses) and bool(DOCUMENT_APPROACH.match(clean(clauses[0].text)))

