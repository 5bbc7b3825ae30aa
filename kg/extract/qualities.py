"""Qualities a term names (常态化, 创造性) and changes that are things (气候变化, 石漠化): a quality becomes a concept
only where a relation says of what; a change of a thing is a concept by itself.

>>> quality("常态化", (("常态", "n"), ("化", "n"))), quality("气候变化", (("气候变化", "n"),))
(True, False)
"""

from __future__ import annotations

from collections.abc import Callable

from kg.extract.cues import ACHIEVEMENTS, FOCUS_MODIFIERS, PHASES
from kg.extract.relations.named import CHANGES
from kg.text.segment import QUALITY_SUFFIXES, dictionary

PRAISE = frozenset({"优秀", "优质"})  # adjectives of praise: 一批优秀|人才, 提供优质|服务


def quality(text: str, words: tuple[tuple[str, str], ...]) -> bool:
    """One word closed by a suffix of quality (创造性, 数字化), a phrase closed by the suffix alone (常态|化), or
    qualities side by side with nothing they are said of (产业化|商业化, 市场化|法治化); not a change of a thing (气候变化,
    石漠化).

    >>> quality("创造性", (("创造性", "n"),)), quality("石漠化", (("石漠化", "n"),))
    (True, False)
    >>> quality("市场化法治化", (("市场化", "n"), ("法治化", "n"))), quality("数字化转型", (("数字化", "n"), ("转型", "v")))
    (True, False)
    """
    return (text.endswith(QUALITY_SUFFIXES) and (len(words) == 1 or len(words[-1][0]) == 1
                                                 or all(len(w) >= 3 and w.endswith(QUALITY_SUFFIXES) for w, _ in words))
            and not (words and changes(words[-1][0])))


def changes(word: str) -> bool:
    """A word that names a change of a thing (气候变化, 石漠化: a noun and its change), not a quality of it.

    >>> changes("气候变化"), changes("石漠化"), changes("常态化"), changes("优化")
    (True, True, False, False)
    """
    return len(word) >= 3 and word[-2:] in CHANGES


def capacity(word: str) -> bool:
    """吸引力, 创新力, 执行力: a verb or an adjective and 力 name a capacity of what comes before them, an attribute as
    能力 and 活力 are (劳动力, 生产力: the verbal noun names a thing).

    >>> capacity("吸引力"), capacity("劳动力")
    (True, False)
    """
    return len(word) == 3 and word[-1] == "力" and dictionary()[1].get(word[:2]) in ("v", "a")


def rated_outcome(words: tuple[tuple[str, str], ...]) -> bool:
    """突破性进展, 阶段性成果, 重要阶段性成果, 压倒性胜利: an achievement rated by a quality in 性 (and adjectives) says
    how much was achieved, not what: no concept; not where a noun says of what (技术|革命性|突破). So is a phase of a
    period after anything (良好|开局, 十四五规划|收官: how the period went), and a time rated by a word of focus or
    a quality in 性 (关键时期, 关键时刻, 决定性阶段: when, no thing; 社会主义初级阶段 names one).

    >>> rated_outcome((("突破性", "n"), ("进展", "n"))), rated_outcome((("技术", "n"), ("革命性", "n"), ("突破", "v")))
    (True, False)
    >>> rated_outcome((("良好", "a"), ("开局", "n"))), rated_outcome((("开局", "n"),))
    (True, False)
    >>> rated_outcome((("关键时期", "l"),)), rated_outcome((("决定性", "n"), ("阶段", "n"))), rated_outcome((("初级阶段", "n"),))
    (True, True, False)
    """
    *rating, (last, _) = words
    text = "".join(w for w, _ in words)
    if (last in PHASES and len(words) >= 2) or (text.endswith(TIMES) and _rating(text[:-2])):
        return True  # “十四五”|圆满|收官, 良好|开局: how a period went; 关键时期, 决定性阶段: a time rated
    return (last in ACHIEVEMENTS and any(len(w) >= 3 and w.endswith("性") for w, _ in rating)
            and all((len(w) >= 3 and w.endswith("性")) or t in ("a", "b", "d") for w, t in rating))


TIMES = ("时期", "时刻", "阶段")  # stretches and points of time


def described(words: tuple[str, ...], tags: tuple[str, ...], after: str, attested: int) -> bool:
    """紧缺急需|的人才, 团结协作|的关系, 较大影响力|的企业: an adjective and one word after it (words of two characters
    or more: 高|管 is one word the segmenter split), right before 的 and named nowhere in the corpus (``attested``: its
    documents), describe the noun after 的; they name no thing (a term the corpus names, 耐用消费品|的, stays).

    >>> described(("紧缺", "急需"), ("a", "n"), "的", 0), described(("紧缺", "急需"), ("a", "n"), "和", 0)
    (True, False)
    >>> described(("数字", "经济"), ("n", "n"), "的", 0), described(("耐用", "消费品"), ("a", "n"), "的", 5)
    (False, False)
    """
    return len(words) == 2 and tags[0] == "a" and min(map(len, words)) >= 2 and after == "的" and attested < 2


def _rating(text: str) -> bool:
    return text in FOCUS_MODIFIERS or (len(text) >= 3 and text.endswith("性"))


def praised(words: list[str], known: Callable[[str], int]) -> bool:
    """A word of praise opening a phrase before a term (优秀|企业家, 优质|医疗服务) rates the things named and names no kind
    of them: whether ``words`` open with one before a term of three characters or more the corpus or the text
    names alone, where neither names the whole.

    >>> known = {"企业家": 30, "传统文化": 40, "优秀传统文化": 25}
    >>> praised(["优秀", "企业家"], lambda t: known.get(t, 0)), praised(["优秀", "传统文化"], lambda t: known.get(t, 0))
    (True, False)
    >>> praised(["优质", "服务"], lambda t: 50)
    False
    """
    if len(words) < 2 or words[0] not in PRAISE:
        return False
    rest = "".join(words[1:])
    return (len(rest) >= 3 and known(rest) >= 1
            and known(words[0] + rest) < 2)
