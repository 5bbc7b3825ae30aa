"""Verbs used as things: a verb of two characters that jieba's dictionary tags ``v`` (就业, 养老, 融资) names the
activity as a thing where the clause's grammar leaves it nothing to act on and gives it the place of a noun.

Two places, each with nothing after the word that it could take as an object (the clause ends, or 、, 和, 与,
及, 以及, 等 follow it):

- right after an action verb that acts on it (促进|就业, 扩大|就业, 稳定|就业): the object of that verb;
- a whole item next to a noun across 、 (就业、|医疗、|教育; not 先进|制造、|新能源): an item of a list of things.

Not the head after 的 (…期间的|实践, 对…的|破坏): there the corpus names past events and deeds far more often
than activities (实践 28 times, 破坏 11, 就业 8 in the 182 documents outside the development set).

An action verb itself (推进, 加强) is never read so, nor a predicate (有, 成为) or a verb of attainment (实现):
after another action verb they chain actions (加快|推进), they name nothing.

>>> [c.text for c in with_things((("促进", "v"), ("就业", "v")), [])]
['就业']
>>> with_things((("加快", "v"), ("推进", "v")), []), with_things((("就业", "v"), ("形势", "n")), [])
([], [])
"""

from __future__ import annotations

from collections.abc import Mapping

from kg.extract.cues import ACTING
from kg.extract.terms import ATTAINING, MODIFIER_TAGS, NOUN_TAGS, PLACE_TAGS, PREDICATES, Chunk, Tags

# Words after which a word has nothing to act on: the joins of a list and of two things, 等 closing a list.
CLOSERS = frozenset("、 和 与 及 以及 等".split())
THINGS = NOUN_TAGS - PLACE_TAGS  # the tags of a list item that is a thing (no name or place alone)


def with_things(tags: Tags, found: list[Chunk]) -> list[Chunk]:
    """The noun phrases of a clause (``found``: its chunks) with each verb the clause uses as a thing outside them, as
    a phrase of its own tagged a verbal noun (vn).

    >>> [(c.text, c.tags) for c in with_things((("扩大", "v"), ("就业", "v"), ("和", "c"), ("消费", "vn")), [])]
    [('就业', ('vn',))]
    >>> [c.text for c in with_things((("就业", "v"), ("、", "x"), ("医疗", "n")), [])], with_things((("依法", "d"), ("就业", "v")), [])
    (['就业'], [])
    """
    if not any(t == "v" for _, t in tags):
        return found
    out, at = list(found), 0
    for k, (word, tag) in enumerate(tags):
        if tag == "v" and len(word) == 2 and word not in ACTING and word not in PREDICATES and word not in ATTAINING \
                and _thing_place(tags, k) and not any(c.start < at + 2 and at < c.end for c in found):
            out.append(Chunk((word,), ("vn",), at))
        at += len(word)
    return sorted(out, key=lambda c: c.start)


def _thing_place(tags: Tags, k: int) -> bool:
    """Whether the word at ``k`` stands where a thing does (:func:`as_things`)."""
    before = tags[k - 1][0] if k else ""
    after = tags[k + 1] if k + 1 < len(tags) else ("", "x")
    if after[1] != "x" and after[0] not in CLOSERS:
        return False  # something follows that the verb may act on
    if before in ACTING:
        return True
    whole = not k or tags[k - 1][1] not in NOUN_TAGS | MODIFIER_TAGS  # the item whole: not 先进|制造、
    return whole and (_listed(tags, k - 1, k - 2) or _listed(tags, k + 1, k + 2))


def _listed(tags: Tags, mark: int, other: int) -> bool:
    """A 、 at ``mark`` joins the word to a thing at ``other``."""
    return 0 <= other < len(tags) and 0 <= mark and tags[mark][0] == "、" and tags[other][1] in THINGS


def compounds(word: str, terms: Mapping[str, int]) -> int:
    """How many noun phrases of the corpus (``terms``: phrase -> documents) a word opens with a noun of two characters
    or more after it (就业|政策, 就业|机会, 就业|门路): a verb the corpus names things with names an activity; a word
    and a suffix (贡献|率, 贡献|者) makes no such phrase.

    >>> compounds("就业", {"就业政策": 19, "就业机会": 7, "就业率": 3}), compounds("贡献", {"贡献率": 7})
    (2, 0)
    """
    return sum(1 for t in terms if t.startswith(word) and len(t) >= len(word) + 2)
