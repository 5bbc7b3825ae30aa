"""The label a phrase names once the words that frame it are set apart: an era opening it says when, not what
(新时代|职业教育 names 职业教育), and a verb of support closing it names the act of supporting, not a thing
(政策|支持, 资金|扶持: support given in some form).

>>> framed("新时代职业教育", (("新", "a"), ("时代", "n"), ("职业", "n"), ("教育", "vn")), canonical=lambda t: None)
('职业教育', (('职业', 'n'), ('教育', 'vn')))
>>> framed("资金支持", None, canonical=lambda t: None)[0], framed("新时代文明实践中心", None, canonical=lambda t: None)[0]
('', '新时代文明实践中心')
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import accumulate

from kg.extract.cues import ERAS, SUPPORTS, TERM_HEADS

Words = tuple[tuple[str, str], ...]
# Heads of named things after which an era is part of the name (新时代文明实践中心, 新时代立德树人工程, 新时代…思想).
NAME_HEADS = (*TERM_HEADS, "思想", "方针")
ONE_PHRASE = re.compile(r"[\u4e00-\u9fff]+")  # Chinese characters only: no list, no quote, no figure


def framed(surface: str, words: Words | None, *,
           canonical: Callable[[str], str | None]) -> tuple[str, Words | None]:
    """The label a phrase names and the words that name it: its lexicon form; '' where it names support given
    (:func:`support_given`); else the phrase without an era opening it (:func:`without_era`), where the era is
    whole words of the phrase.

    >>> framed("新世纪新阶段军队", (("新世纪", "t"), ("新", "a"), ("阶段", "n"), ("军队", "n")), canonical=lambda t: None)
    ('军队', (('军队', 'n'),))
    """
    if known := canonical(surface):
        return known, words
    if support_given(surface):
        return "", words
    rest = without_era(surface)
    cut = len(surface) - len(rest)
    if not cut:
        return surface, words
    if words is not None:
        ends = list(accumulate((len(w) for w, _ in words), initial=0))
        if cut not in ends:
            return surface, words  # the segmenter glued the era to the word after it: no cut there
        words = words[ends.index(cut):]
    return canonical(rest) or rest, words


def without_era(text: str) -> str:
    """新时代|对外开放 -> 对外开放, 新世纪|新阶段|军队 -> 军队: the eras opening a phrase are left out, unless a head of
    named things closes it (新时代|文明实践中心 is one programme's name).

    >>> without_era("新时代对外开放"), without_era("新时代立德树人工程"), without_era("新时代")
    ('对外开放', '新时代立德树人工程', '新时代')
    """
    while not text.endswith(NAME_HEADS) and text.startswith(ERAS) and (era := next((e for e in ERAS if text.startswith(e)), "")) \
            and len(text) > len(era):
        text = text[len(era):]
    return text


def support_given(text: str) -> bool:
    """政策支持, 信贷支持, 政策扶持, 科技支撑: one phrase closed by a verb of support names the act of supporting in
    some form (what a text gives or strengthens), not a thing a reader indexes; the form (政策, 信贷) is one. Not a
    slogan of several parts (“一核三带、多点支撑”).

    >>> support_given("政策支持"), support_given("支持"), support_given("支持政策"), support_given("一核三带、多点支撑")
    (True, False, False, False)
    """
    return len(text) > 2 and text.endswith(SUPPORTS) and bool(ONE_PHRASE.fullmatch(text))


def frame_predicates(flags: list[str], words: list[str]) -> list[str]:
    """以县|为|单元|统一|制定…, 以改革开放|为|动力|推进|各项工作: in a frame 以X为Y the noun Y closes it, and a verb
    right after it, with more of the clause after the verb, opens the clause's predicate: no word of a term there
    (flagged 'X'); not at the clause's end (以…为|战略|牵引: the frame's own noun). So is 代表 after a pronoun of the
    speaker (我|代表|国务院: on behalf of the body, no representative of it), and 服务 closing 为 and what it serves
    (为|人民|服务: :func:`_served`).

    >>> frame_predicates(["p", "n", "p", "n", "vn", "v", "n"], ["以", "县", "为", "单元", "统一", "制定", "标识"])
    ['p', 'n', 'p', 'n', 'X', 'v', 'n']
    >>> frame_predicates(["p", "n", "p", "n", "vn"], ["以", "县", "为", "战略", "牵引"])
    ['p', 'n', 'p', 'n', 'vn']
    >>> frame_predicates(["n", "n", "dz"], ["我", "代表", "国务院"]), frame_predicates(["n", "n"], ["人大", "代表"])
    (['n', 'X', 'dz'], ['n', 'n'])
    """
    out = list(flags)
    opened = False
    for k, word in enumerate(words[:-1] if ("以" in words and "为" in words) or "代表" in words else ()):
        opened = opened or word == "以"
        if opened and word == "为" and k + 3 < len(words) and flags[k + 1] in FRAME_NOUNS and flags[k + 2] in ("v", "vn") \
                and len(words[k + 2]) >= 2:
            out[k + 2] = "X"
        if word == "代表" and k and words[k - 1] in SPEAKERS:
            out[k] = "X"  # 我|代表|国务院: on behalf of, no representative
    for k in _served(flags, words) if "服务" in words else ():
        out[k] = "X"
    return out


def _served(flags: list[str], words: list[str]) -> list[int]:
    """Where 服务 closes 为 and the nouns it serves, with no noun after it (为|人民|服务|的, 为|社会主义|经济基础|服务。):
    the verb to serve, no service named.

    >>> _served(["p", "n", "vn", "uj"], ["为", "人民", "服务", "的"]), _served(["p", "n", "vn", "n"], ["为", "企业", "服务", "体系"])
    ([2], [])
    """
    out = []
    for k, word in enumerate(words):
        if word == "服务" and (k + 1 == len(words) or flags[k + 1] not in FRAME_NOUNS | {"vn"}):
            j = k - 1
            while j > 0 and flags[j] in FRAME_NOUNS and k - j <= 3:
                j -= 1
            if j < k - 1 and words[j] == "为":
                out.append(k)
    return out


FRAME_NOUNS = frozenset({"n", "nz", "j"})  # what 以X为 makes X: 为|单元, 为|动力, 为|主体
SPEAKERS = frozenset({"我", "我们"})  # who speaks on behalf of a body: 我|代表|国务院
