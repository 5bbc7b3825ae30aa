"""Verbal nouns: words jieba's dictionary tags nouns that a text uses as verbs (依法|执业, 应当|办理).

>>> from kg.text.segment import segmenter
>>> as_verbal(segmenter().tag("律师执业"), verbal_nouns([segmenter().tag("律师依法执业")]))
(('律师', 'n'), ('执业', 'vn'))
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

Tags = Sequence[tuple[str, str]]

# Words that stand only before a verb: the modals and adverbs of manner of the law's language.
BEFORE_VERBS = frozenset("应 应当 应该 可以 必须 须 不得 依法 擅自 自行 首次 予以".split())


def verbal_nouns(clauses: Sequence[Tags]) -> frozenset[str]:
    """Words of two characters jieba's dictionary tags nouns that a text uses right after a modal, a negation or an
    adverb of manner (依法|执业, 应当|办理, 可以|委托): verbs there, whatever the dictionary says.

    >>> from kg.text.segment import segmenter
    >>> sorted(verbal_nouns([segmenter().tag("律师依法执业"), segmenter().tag("律师执业")]))
    ['执业']
    """
    return frozenset(word for tags in clauses for (before, _), (word, tag) in itertools.pairwise(tags)
                     if tag == "n" and len(word) == 2 and before in BEFORE_VERBS)


def as_verbal(tags: Tags, verbal: frozenset[str]) -> Tags:
    """The tags of a clause with the text's verbal nouns tagged as such (vn).

    >>> as_verbal((("律师", "n"), ("执业", "n")), frozenset({"执业"}))
    (('律师', 'n'), ('执业', 'vn'))
    """
    return tuple((w, "vn" if t == "n" and w in verbal else t) for w, t in tags)
