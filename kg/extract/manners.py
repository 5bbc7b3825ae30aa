"""Manners: which words opening with a manner adverb (共同, 积极, 主动) are nouns of their own.

A word the dictionary opens with a manner adverb is read as that manner (积极|推进, 大力|发展) and never stands
in a term; but a noun of three characters made of the adverb and a one-character noun (共同|体, 主动|权, 着力|点)
is a thing: the adverb only spells its first half.

>>> manner_noun("共同体", "n"), manner_noun("积极性", "n"), manner_noun("积极推进", "n")
(True, False, False)
"""

from __future__ import annotations

# One-character suffixes of quality, kind, measure or manner (积极|性, 合理|化, 有效|率, 系统|地): the word names how, no thing.
NOT_THINGS = frozenset("性 化 式 型 率 度 地 者 学 论")


def manner_noun(word: str, tag: str) -> bool:
    """A noun of the dictionary, three characters long, whose last character is a noun and no suffix of quality
    (共同体, 主动权, 着力点; not 积极性, 合理化).

    >>> manner_noun("主动权", "n"), manner_noun("合理化", "n"), manner_noun("共同体", "v")
    (True, False, False)
    """
    return tag == "n" and len(word) == 3 and word[2] not in NOT_THINGS
