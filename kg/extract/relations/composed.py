"""``includes`` from composition: a system the parts of a list make up (以A为主体、B和C相结合的X体系), and a
part or pillar a copula names (X是Y的重要组成部分)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence

from kg.extract.relations.named import INCLUDES, QUALITY, Named, Triple, heads, label_of, opening, outer, size, stretch, weak, within

JOINED = re.compile(r"(?:相结合|相互结合|有机结合|协同发展|协调发展|融合发展|一体发展|相互衔接|相协调|相配套|并举|并重"
                    r"|深度融合|联动|多方协同)的")


SYSTEMS = ("体系", "机制", "制度", "体制")
COMMA = re.compile("、")


def composed(text: str, terms: Sequence[Named]) -> Iterator[Triple]:
    """以A为主体、B为导向、C和D相结合的X体系: a system (体系, 机制, 制度, 体制) includes the parts the list joins.

    >>> from kg.extract.relations.named import named_in
    >>> text = "完善公众参与、专家论证和政府决策相结合的决策机制"
    >>> [b for _, _, b in composed(text, named_in(text, "公众参与", "专家论证", "政府决策", "决策机制"))]
    ['公众参与', '专家论证', '政府决策']
    """
    for m in JOINED.finditer(text):
        classes = [t for t in terms if t.start == m.end() and label_of(t).endswith(SYSTEMS)]
        found = list(_joined_parts(text, terms, m.start())) if classes else []
        if classes and not _criteria(text, found, m):
            head = max(classes, key=size)
            yield from ((label_of(head), INCLUDES, label_of(part)) for part in found)


def _criteria(text: str, found: list[Named], m: re.Match[str]) -> bool:
    """A与B相结合的X where A and B are two bare words no concept vouches for (职务与级别相结合的工资制度): what X is
    set by, no parts of it.

    >>> t = [Named("职务", "职务", 0, 2, provisional=True), Named("级别", "级别", 3, 5, provisional=True)]
    >>> _criteria("职务与级别相结合的", t, JOINED.search("职务与级别相结合的"))
    True
    """
    return len(found) == 2 and all(weak(t) for t in found) and "结合" in m.group() \
        and re.fullmatch(r"[与和]", text[found[0].end:found[1].start]) is not None \
        and "、" not in text[opening(text, m.start(), "，；："):m.start()]  # 部门、地方、高校和企业: a longer list


def _joined_parts(text: str, terms: Sequence[Named], end: int) -> Iterator[Named]:
    """The parts of the list that ends at ``end`` (its clause's items, split at 、): the first term of each item,
    before its role (B为导向), and of the last item each term that closes C or D (not 政府 of 政府|决策)."""
    start = opening(text, end, "，；：")
    first = min((t.start for t in terms if start <= t.start < end), default=end)
    if re.search(r"(?<![参共协相])[与同]$", text[start:first]):
        return  # 与A相协调的X: X is joined to A, which is no part of it
    items = [start, *(a.start() + 1 for a in COMMA.finditer(text, start, end))]
    for i, (a, b) in enumerate(itertools.pairwise([*items, end])):
        role = text.find("为", a, b)
        inside = [t for t in outer(within(terms, a, role if role >= 0 else b)) if not QUALITY.fullmatch(t.text)]
        if i < len(items) - 1:
            yield from inside[:1]
        else:
            yield from (t for t in inside if t.end == b or re.match(r"和|与|及|以及", text[t.end:b]))


PART = re.compile(r"(?:^|[，；：])(?P<x>[^，。；：]{2,30}?)[，]?(?:(?<!特别|尤其)是|成为|作为)(?P<y>[^，。；]{2,30}?)的"
                  r"(?:重要|主要|必要|有机|不可分割的)?(?:组成部分|支柱)(?![产])")
PART_CUE = re.compile("组成部分|支柱")  # a cheap test before PART


def parts(text: str, terms: Sequence[Named]) -> Iterator[Triple]:
    """X是Y的(重要)组成部分/支柱: Y includes X.

    >>> from kg.extract.relations.named import named_in
    >>> text = "体育竞赛表演产业是体育产业的重要组成部分"
    >>> [(a, str(r), b) for a, r, b in parts(text, named_in(text, "体育竞赛表演产业", "体育产业"))]
    [('体育产业', 'includes', '体育竞赛表演产业')]
    """
    for m in PART.finditer(text) if PART_CUE.search(text) else ():
        xs = heads(text, stretch(terms, m.start("x"), m.end("x")))
        ys = heads(text, stretch(terms, m.start("y"), m.end("y")))[-1:]
        yield from ((label_of(y), INCLUDES, label_of(x)) for x in xs for y in ys)
