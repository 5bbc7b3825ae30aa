"""A kind of region opening a phrase before a term (贫困地区|绿色食品, 中西部地区|乡镇企业): two concepts, a place and
the term, as the GUIDE reads a place before a term; the region names no kind of the term.

>>> known = {"贫困地区": 23, "绿色食品": 5}.get
>>> region_words(["贫困地区", "绿色食品"], ["n", "n"], lambda t: known(t, 0))
1
"""

from __future__ import annotations

from collections.abc import Callable

from kg.extract.cues import FOCUS_MODIFIERS
from kg.extract.terms import Chunk

REGION_HEADS = ("地区",)  # a kind of region: 贫困地区, 民族地区, 中西部地区
# Heads of programmes and plans a region names (沿海地区|经济发展战略, 东北地区|振兴规划): the region is of the name.
PROGRAMMES = ("战略", "规划", "计划", "工程", "行动", "方案")
DETERMINERS = FOCUS_MODIFIERS | {"不同", "各"}  # 不同|地区, 相关|地区, 各|地区: which regions, no kind of region
VERBAL = frozenset({"v", "vn"})
# Generic nouns of who and where (重点|群体, 部分|地区, 一些|行业): after a word of focus they say whose or where, no kind.
SCOPED_CLASSES = frozenset("群体 人群 地区 地方 区域 城市 行业 领域 单位 部门".split())
SCOPING = DETERMINERS - {"一批", "新增", "多个"}  # 一批|城市书房, 新增|城市绿地: how many are made, not whose
SCOPING_WORDS = tuple(sorted(SCOPING))  # what str.endswith reads


def region_words(words: list[str], flags: list[str], known: Callable[[str], int], *, lexical: int = 1000) -> int:
    """How many words open ``words`` with an attested kind of region (贫困地区, 中西部|地区) before a term the corpus
    names alone (three characters or more, no activity: 农产品|生产 acts), where the whole is no term of the lexicon
    nor a programme (沿海地区|经济发展战略) and the region no determined one (不同|地区); 0 where none does.

    >>> known = {"民族地区": 9, "特色产业": 12, "西部地区": 30, "贫困地区产品": 4}.get
    >>> region_words(["民族", "地区", "特色产业"], ["n", "n", "n"], lambda t: known(t, 0))
    2
    >>> region_words(["西部地区", "企业"], ["n", "n"], lambda t: known(t, 0))
    0
    >>> region_words(["民族地区", "特色产业", "发展"], ["n", "n", "vn"], lambda t: known(t, 0))
    0
    >>> region_words(["民族地区", "特色产业", "规划"], ["n", "n", "n"], lambda t: known(t, 0))
    0
    """
    text = "".join(words)
    if not words or flags[-1] in VERBAL or text.endswith(PROGRAMMES) or words[0] in DETERMINERS:
        return 0
    region = ""
    for k, word in enumerate(words[:-1]):
        region += word
        if len(region) >= 3 and region.endswith(REGION_HEADS):
            rest = text[len(region):]
            return k + 1 if known(text) < lexical and known(region) >= 2 and len(rest) >= 3 and known(rest) >= 2 else 0
    return 0


def scoped(clause: str, chunk: Chunk) -> Chunk:
    """重点|群体|就业, 部分|地区|旱情, 一些|地方|财政收支矛盾: a generic noun of who or where opening a phrase right after a
    word of focus the phrase leaves out says whose or where the rest is; it is no word of the rest's name (群体就业,
    地区旱情 are cut words); the phrase names the rest.

    >>> scoped("稳定重点群体就业", Chunk(("群体", "就业"), ("n", "v"), 4)).text
    '就业'
    >>> scoped("控制重点地区细颗粒物", Chunk(("地区", "细颗粒物"), ("n", "n"), 4)).text
    '细颗粒物'
    >>> scoped("建设一批城市书房", Chunk(("城市", "书房"), ("n", "n"), 4)).text
    '城市书房'
    >>> scoped("发展城市经济", Chunk(("城市", "经济"), ("n", "n"), 2)).text
    '城市经济'
    """
    words, tags, start = chunk.words, chunk.tags, chunk.start
    if not clause.endswith(SCOPING_WORDS, 0, start):
        return chunk
    while len(words) >= 2 and words[0] in SCOPED_CLASSES:
        words, tags, start = words[1:], tags[1:], start + len(words[0])
    return chunk if words == chunk.words else Chunk(words, tags, start)
