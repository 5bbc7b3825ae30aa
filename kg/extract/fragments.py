"""Fragments: what a phrase would leave cut short if a verb closing it were read as its predicate.

A verb or verbal noun closing a noun phrase the corpus does not name whole is the phrase's predicate, left out
(专利代理机构|提出, 环保设施|建设). Where it makes an attested term with the word before it (基础|研究, 军事|斗争,
有机|结合) and the phrase without it is attested nowhere, dropping it leaves a cut word (前瞻性基础, 运输设施有机): the
stage cannot tell the whole phrase and names nothing rather than a fragment.

>>> known = {"基础研究": 40}.get
>>> glued_verb(["前瞻性", "基础", "研究"], ["n", "n", "vn"], lambda t: known(t, 0))
True
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from kg.extract.terms import ACTING, TERM_HEAD_WORDS, VERB_TAGS

Known = Callable[[str], int]


def acts_on_the_rest(piece: Sequence[str], flags: Sequence[str], known: Known) -> bool:
    """A verb closing a phrase of three words or more (or after a word of three characters) that the corpus names
    at most half as often with the verb as without it is the phrase's predicate (专利代理机构|提出).

    >>> acts_on_the_rest(["专利", "代理机构", "提出"], ["n", "n", "v"], lambda t: 0)
    True
    """
    return (len(piece) >= 2 and (piece[-1] in ACTING or flags[-1] in ("vn", "v")) and (len(piece) > 2 or len(piece[0]) > 2)
            and 2 * known("".join(piece)) <= known("".join(piece[:-1])))


def glued_verb(piece: Sequence[str], flags: Sequence[str], known: Known) -> bool:
    """The verb closing a phrase of three words or more makes an attested term with the word before it (基础|研究),
    the phrase without it is attested nowhere (前瞻性基础), and no other verb stands in it (消费|拉动|经济|增长 is a
    clause, read elsewhere): dropping the verb would leave a cut word.

    >>> known = {"基础研究": 40, "设施建设": 20, "环保设施": 3}.get
    >>> glued_verb(["前瞻性", "基础", "研究"], ["n", "n", "vn"], lambda t: known(t, 0))
    True
    >>> glued_verb(["环保", "设施", "建设"], ["j", "n", "vn"], lambda t: known(t, 0))
    False
    """
    return (len(piece) > 2 and flags[-1] in ("vn", "v") and known(piece[-2] + piece[-1]) >= 2
            and known(piece[-3] + piece[-2]) < 2 and known("".join(piece[:-1])) == 0
            and piece[-2] not in TERM_HEAD_WORDS and all(f not in VERB_TAGS for f in flags[:-2]))
