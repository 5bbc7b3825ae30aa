"""A thing and a measure of it read as one phrase (棉花|播种面积, 养老机构|护理型床位): the corpus names the measure
by itself and never the two together, so they are two terms, the thing and the measure a reader indexes apart.

>>> from kg.extract.terms import Chunk
>>> chunk = Chunk(("棉花", "播种面积"), ("n", "n"), 0)
>>> [u.text for u in owner_and_measure([Unit("棉花播种面积", 0)], chunk, attested={"播种面积": 7}.get, known=lambda t: 2)]
['棉花', '播种面积']
"""

from __future__ import annotations

from collections.abc import Callable

from kg.extract.figures import BODIES, INDICATOR_TAILS
from kg.extract.terms import Chunk
from kg.extract.units import Unit, words_of

# Words of measure closing an indicator's name: those of figures (率, 比例, 总额 …), an area and a count of beds.
MEASURES = (*INDICATOR_TAILS, "面积", "床位")
ATTESTED = 2  # documents of the corpus naming the measure by itself, at least


def owner_and_measure(parts: list[Unit], chunk: Chunk, *, attested: Callable[[str], int | None],
                      known: Callable[[str], int]) -> list[Unit]:
    """The units of a chunk with each unit that is a thing and a measure of it cut in two: the longest run of its last
    words that names a measure the corpus attests alone (播种面积), the whole never attested (棉花播种面积), the words
    before it a known term (棉花). A named statistic stays whole (常住人口城镇化率: attested as one), unless the thing is a
    body of actors (养老机构|护理型床位, 国有企业|资产总额: the body and what it holds).

    >>> chunk = Chunk(("常住人口", "城镇化率"), ("n", "n"), 0)
    >>> [u.text for u in owner_and_measure([Unit("常住人口城镇化率", 0)], chunk,
    ...                                    attested={"城镇化率": 14, "常住人口城镇化率": 27}.get, known=lambda t: 2)]
    ['常住人口城镇化率']
    """
    out: list[Unit] = []
    todo = list(reversed(parts))
    while todo:
        unit = todo.pop()
        if unit.attribute:
            out.append(unit)
            continue
        words = unit.words or tuple(words_of(unit.text, chunk))
        cut = _cut(words, attested, known, whole=(attested(unit.text) or 0) >= ATTESTED) if _measured(words) else None
        if cut is None:
            out.append(unit)
            continue
        owner = "".join(w for w, _ in words[:cut])
        out.append(Unit(owner, unit.start, words=tuple(words[:cut])))
        todo.append(Unit(unit.text[len(owner):], unit.start + len(owner), words=tuple(words[cut:])))  # 公办|养老机构…
    return out


def _measured(words: tuple[tuple[str, str], ...] | list[tuple[str, str]]) -> bool:
    """Whether a measure closes the words (else no run of their last words names one, and nothing is cut)."""
    return "".join(w for w, _ in words).endswith(MEASURES)


def _cut(words: tuple[tuple[str, str], ...] | list[tuple[str, str]], attested: Callable[[str], int | None],
         known: Callable[[str], int], *, whole: bool) -> int | None:
    for k in range(1, len(words)):
        head, tail = "".join(w for w, _ in words[:k]), "".join(w for w, _ in words[k:])
        if (not whole or head.endswith(BODIES)) and (len(tail) >= 4 and tail.endswith(MEASURES) and (attested(tail) or 0) >= ATTESTED
                and len(head) >= 2 and known(head) >= 2):
            return k
    return None
