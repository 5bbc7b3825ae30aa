"""Whether a character of a question stands as a word of its own or opens (or closes) a longer word, read from
jieba's segmentation (its dictionary, without the domain lexicon: only the question's general words matter here):
the 对 of 对民营经济 is a preposition, the 对 of 对外投资 opens 对外; the 同 of 京津冀同长三角 joins two names, the 同 of
协同发展 is inside 协同.

>>> alone("对民营经济", 0, 1), alone("对外投资", 0, 1), alone("区域协同发展", 3, 4)
(True, False, False)
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def _tokenizer() -> Any:
    import rjieba

    return rjieba.Jieba()


@lru_cache(maxsize=4096)
def words(text: str) -> tuple[str, ...]:
    """The words of ``text`` as jieba cuts it.

    >>> words("就业优先政策")
    ('就业', '优先', '政策')
    """
    return tuple(_tokenizer().cut(text, False))


def alone(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is made of whole words of ``text`` (no word runs across either end).

    >>> alone("数字经济和实体经济", 4, 5), alone("就业优先", 0, 1)
    (True, False)
    """
    bounds = {0}
    at = 0
    for word in words(text):
        at += len(word)
        bounds.add(at)
    return start in bounds and end in bounds


@lru_cache(maxsize=4096)
def tagged(text: str) -> tuple[tuple[str, str], ...]:
    """The words of ``text`` with their parts of speech, as jieba tags them.

    >>> tagged("比较完整的产业链")[:2]
    (('比较', 'd'), ('完整', 'a'))
    """
    return tuple((word, tag) for word, tag in _tokenizer().tag(text, False))


def degree(text: str, at: int) -> bool:
    """Whether the 比较 at ``at`` in ``text`` says "relatively" (比较完善的社会保障体系, 比较充分的就业: before an adjective
    or verb and 的, or inside one word with it), not "compare" (比较广东的数字经济和江苏的数字经济).

    >>> degree("比较充分的就业", 0), degree("比较完善的体系", 0), degree("比较广东的数字经济", 0), degree("比较一下", 0)
    (True, True, False, False)
    """
    start = 0
    words = tagged(text)
    for i, (word, _) in enumerate(words):
        if start == at:
            if len(word) > 2 and word.startswith("比较"):
                return True
            after = words[i + 1:i + 3]
            return len(after) == 2 and after[0][1][:1] in ("a", "v") and after[0][1] != "vn" and after[1][0] == "的"
        start += len(word)
    return False
