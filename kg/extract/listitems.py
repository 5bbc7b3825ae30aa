"""The items of a list in a clause (A、B、C) and the words that start inside each, which
:meth:`kg.extract.inventory.Inventory.items` reads back from the end for the name each item ends with.

>>> from kg.text.segment import segmenter
>>> text = "加强机器学习算法、智算芯片等攻关"
>>> [(m.group(), [w for w, _, _ in words]) for m, words in item_words(text, segmenter().tag(text))]
[('加强机器学习算法', ['加强', '机器', '学习', '算法']), ('智算芯片', ['智', '算', '芯片'])]
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from itertools import accumulate

from kg.extract.regions import region_words
from kg.extract.terms import Tags, flag

LIST_ITEM = re.compile(r"(?<=[、])[^、，。；：等和及与]+(?=[、等和及与])|[^、，。；：等和及与]+(?=、)")

Flagged = list[tuple[str, str, int]]  # (word, its tag as chunks read it, its offset in the text)


def item_words(text: str, tags: Tags) -> Iterator[tuple[re.Match[str], Flagged]]:
    """Each item of a list in ``text`` with the words of ``tags`` that start inside it, each word flagged
    (:func:`kg.extract.terms.flag`) with its offset; nothing where the text has no 、.

    >>> [(m.group(), words) for m, words in item_words("油料、糖料", (("油料", "n"), ("、", "x"), ("糖料", "n")))]
    [('油料', [('油料', 'n', 0)])]
    """
    if "、" not in text:
        return
    bounds = [0, *accumulate(len(word) for word, _ in tags)]  # rising: every word has a character
    flagged = [(w, flag(w, t), a) for (w, t), a in zip(tags, bounds, strict=False)]
    last = len(flagged)
    for m in LIST_ITEM.finditer(text):
        yield m, flagged[bisect_left(bounds, m.start(), 0, last):bisect_left(bounds, m.end(), 0, last)]



def unscoped(words: Flagged, known: Callable[[str], int]) -> Flagged:
    """The words of an item without the kind of region opening it (贫困地区|绿色食品、有机食品: the region scopes the
    list, the item names the term; :func:`kg.extract.regions.region_words`).

    >>> known = {"民族地区": 9, "特色产业": 12}.get
    >>> [w for w, _, _ in unscoped([("民族", "n", 0), ("地区", "n", 2), ("特色产业", "n", 4)], lambda t: known(t, 0))]
    ['特色产业']
    """
    return words[region_words([w for w, _, _ in words], [t for _, t, _ in words], known):]
