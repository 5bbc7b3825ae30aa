"""Sentences and clauses: the one record every text stage reads, with source offsets.

A paragraph is split into sentences at 。！？； and into clauses at ，：
(never inside quotes or brackets). Every record knows its place in the
paragraph and its quote in the source, so later stages quote from offsets.

>>> from kg.model import Paragraph
>>> para = Paragraph("要加快发展，推动“数字化、智能化”。为此，要完善政策。", "body", ((0, 100),))
>>> [s.text for s in split_sentences(para)]
['要加快发展，推动“数字化、智能化”', '为此，要完善政策']
>>> [c.text for c in split_sentences(para)[0].clauses]
['要加快发展', '推动“数字化、智能化”']
>>> split_sentences(para)[1].span.start
118
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.model import Paragraph, Span

SENTENCE_END = "。！？!?；;"
CLAUSE_END = "，,：:"
OPENERS, CLOSERS = "“‘「『（(《〈【", "”’」』）)》〉】"
TRIM = "，,。；;：:、！？!?“”‘’\"'《》（）() \u3000…—"
PASSAGE_QUOTES = {"“": "”", "「": "」"}  # quote marks that may hold a passage of sentences
PASSAGE_END = "。！？!?"  # a quote holding a 。, or ending with one of these, is a passage (not “你好！重庆”)
_MARKS: dict[str, re.Pattern[str]] = {}
# An ellipsis that closes a list and is followed by a new sentence (…再到加入世贸组织……40多年来，中国…): GB/T 15834-2011
# (标点符号用法, 4.11) puts no other end mark after an ellipsis that ends a sentence.
ELLIPSIS_END = re.compile(r"(?:……|…{1,2}|⋯⋯)(?=[^\s，,。；;：:、！？!?…⋯”’）)》等的])")
# A comma between digit groups (２，０１５，０００ or 8,500) is part of the number, not a clause end.
THOUSANDS = re.compile(r"(?<=[0-9０-９])[，,](?=[0-9０-９]{3}(?![0-9０-９]))")


def trim(text: str) -> str:
    """The text without the punctuation around it, keeping a bracket or quote mark at its edge that closes or
    opens one inside it.

    >>> trim("“放管服”改革，"), trim("确定10个省（区、市）。"), trim("（一）")
    ('“放管服”改革', '确定10个省（区、市）', '一')
    """
    core = text.strip(TRIM)
    if not core or len(core) == len(text):
        return core
    start = len(text) - len(text.lstrip(TRIM))
    for ch in text[start + len(core):]:
        if ch not in CLOSERS or core.count(OPENERS[CLOSERS.index(ch)]) <= core.count(ch):
            break
        core += ch
    for ch in reversed(text[:start]):
        if ch not in OPENERS or core.count(CLOSERS[OPENERS.index(ch)]) <= core.count(ch):
            break
        core = ch + core
    return core


@dataclass(frozen=True)
class Clause:
    """A stretch of a sentence between commas or colons; ``text`` has no trailing punctuation."""

    text: str
    start: int  # offset in the paragraph text
    end: int
    span: Span  # the same characters in the source


@dataclass(frozen=True)
class Sentence:
    """A sentence of a paragraph, ended by 。！？ or ；, with its clauses."""

    text: str
    start: int  # offset in the paragraph text
    end: int
    span: Span
    clauses: tuple[Clause, ...]
    ending: str  # the punctuation that ends it ('' at the end of a paragraph without one)


@lru_cache(maxsize=4096)
def split_sentences(para: Paragraph) -> tuple[Sentence, ...]:
    """The sentences of a paragraph, each with its clauses (each paragraph split once).

    >>> [(s.text, s.ending) for s in split_sentences(Paragraph("要加快发展；推动“智能化”。", "body", ((0, 0),)))]
    [('要加快发展', '；'), ('推动“智能化”', '。')]
    >>> [s.text for s in split_sentences(Paragraph("他强调：“要完善港口设施。要推动港航协同。”这指明了方向。", "body", ((0, 0),)))]
    ['他强调：“要完善港口设施', '要推动港航协同', '这指明了方向']
    >>> [c.text for c in split_sentences(Paragraph("总数为２，０１５，０００人，比上年增加。", "body", ((0, 0),)))[0].clauses]
    ['总数为２，０１５，０００人', '比上年增加']
    """
    out = []
    for start, end in _ellipsis_pieces(para.text, _pieces(para.text, 0, len(para.text), SENTENCE_END)):
        body_end = end
        while body_end > start and para.text[body_end - 1] in TRIM and para.text[body_end - 1] not in CLOSERS:
            body_end -= 1
        lead = _lead(para.text, start, body_end)
        if lead >= body_end:
            continue
        clauses = tuple(_clause(para, s, e) for s, e in _pieces(para.text, lead, body_end, CLAUSE_END))
        ending = para.text[end - 1] if para.text[end - 1] in SENTENCE_END else ""
        out.append(Sentence(para.text[lead:body_end], lead, body_end, para.span(lead, body_end),
                            tuple(c for c in clauses if c.text), ending))
    return tuple(out)


def _ellipsis_pieces(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences again, each cut after an ellipsis that a new sentence follows.

    >>> _ellipsis_pieces("建成港口……十年来，港口扩建。", [(0, 15)])
    [(0, 6), (6, 15)]
    """
    if "…" not in text and "⋯" not in text:
        return pieces  # no ellipsis, no cut
    out = []
    for start, end in pieces:
        for m in ELLIPSIS_END.finditer(text, start, end):
            if m.end() < end:
                out.append((start, m.end()))
                start = m.end()
        out.append((start, end))
    return out


def _clause(para: Paragraph, start: int, end: int) -> Clause:
    while end > start and para.text[end - 1] in TRIM and para.text[end - 1] not in CLOSERS:
        end -= 1
    start = _lead(para.text, start, end)
    return Clause(para.text[start:end], start, end, para.span(start, end))


def _lead(text: str, start: int, end: int) -> int:
    """Skip leading spaces and separators (not an opening quote or bracket)."""
    while start < end and text[start] in TRIM and text[start] not in OPENERS:
        start += 1
    return start


def _saying_ends(text: str, at: int, piece: int, out: list[tuple[int, int]]) -> int:
    """“必须A”“B，必须C”: one saying ends where the next opens; returns where the next piece starts."""
    if text[at:at + 1] in PASSAGE_QUOTES and text[piece:at].strip(TRIM):
        out.append((piece, at))
        return at
    return piece


def _pieces(text: str, start: int, end: int, ends: str) -> list[tuple[int, int]]:
    """(start, end) of the stretches of ``text[start:end]`` ended by one of ``ends`` outside brackets.

    Quote marks around a passage (a quote that holds a 。 or ends with 。！？, or that this stretch
    does not close) group nothing: 强调：“要A。要B。”这为…指明了方向 is three sentences, and the clauses
    of a passage are clauses.
    """
    marks = _MARKS.get(ends)
    if marks is None:
        marks = _MARKS[ends] = re.compile("[" + re.escape(OPENERS + CLOSERS + ends) + "]")
    out: list[tuple[int, int]] = []
    depth, piece = 0, start
    passage: set[int] = set()  # the closing marks of passages
    for m in marks.finditer(text, start, end):
        ch = m.group()
        if m.start() in passage:
            piece = _saying_ends(text, m.end(), piece, out) if depth == 0 else piece
            continue
        if ch in OPENERS:
            close = _passage(text, m.start(), end) if ch in PASSAGE_QUOTES else None
            if close is None:
                depth += 1
            elif close >= 0:
                passage.add(close)
        elif ch in CLOSERS:
            depth = max(depth - 1, 0)
            if depth == 0 and text[m.end():m.end() + 1] in PASSAGE_QUOTES and _passage(text, m.end(), end) is not None:
                piece = _saying_ends(text, m.end(), piece, out)
        elif ch in ends and depth == 0 and not THOUSANDS.match(text, m.start()):
            out.append((piece, m.end()))
            piece = m.end()
    if text[piece:end].strip(TRIM):
        out.append((piece, end))
    return out


def _passage(text: str, pos: int, end: int) -> int | None:
    """Where the quote opened at ``pos`` closes, when it quotes a passage of sentences; -1 for a quote
    this stretch does not close (its passage goes on beyond); None for a quote that groups its words.

    >>> _passage("强调：“要A。要B。”这为", 3, 12), _passage("实施“封山植树；退耕还林”的措施", 2, 16), _passage("“要A，要B", 0, 6)
    (10, None, -1)
    >>> _passage("开展“你好！重庆”推介", 2, 11), _passage("他问：“为什么？”", 3, 9), _passage("“要A”“要B，要C”", 4, 11)
    (None, 8, 10)
    """
    close = text.find(PASSAGE_QUOTES[text[pos]], pos + 1, end)
    if close < 0:
        return -1
    inside = text[pos + 1:close].rstrip()
    if "。" in inside or inside.endswith(tuple(PASSAGE_END)):
        return close
    # quotations in a row (强调，“必须A”“B，必须C”): each a saying of its own, its clauses clauses
    in_row = text[close + 1:close + 2] in PASSAGE_QUOTES or text[pos - 1:pos] in PASSAGE_QUOTES.values()
    return close if in_row and "，" in inside else None
