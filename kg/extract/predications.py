"""Phrases that state something of a thing rather than name one: a thing and the change of its level (物价|上涨,
成本|上升), or an adverb of manner or degree on a verb (大胆|实践, 竞相|发展, 有所|提高). Neither is a concept.

>>> predication("物价上涨", (("物价上涨", "l"),), lambda w: "v")
True
>>> predication("经济增长", (("经济", "n"), ("增长", "vn")), lambda w: "v")
False
"""

from __future__ import annotations

import re
from collections.abc import Callable

# Verbs of a change of level (a quantity rises or falls): X上涨 says that X rises. 增长 is left out: 经济增长 and
# 人口增长 name processes a reader indexes.
CHANGES_OF_LEVEL = ("上涨", "下跌", "上升", "下降", "回落", "攀升", "下滑", "提高", "降低", "减少", "增加", "扩大", "缩小")
# Those that say only that a quantity rises or falls: inside a phrase too they state (物价上涨|因素); 扩大 also names
# (扩大会议), 提高 and 增加 open an action on what follows.
OCCURS = ("发生",)  # a thing and its happening (重特大事故|发生, 时有|发生): the event stated, no thing named
STATED_ENDS = CHANGES_OF_LEVEL + OCCURS  # a rise, a fall or a happening closing the phrase
PUTS_FORWARD = "提出"  # who puts forward what (委员|提出|意见): a clause, wherever the verb stands in the phrase
RISES_AND_FALLS = ("上涨", "下跌", "上升", "下降", "回落", "攀升", "下滑")
# Adverbs of manner or degree that jieba's dictionary tags nouns (竞相, 大胆, 有所, 高度, 大力, 有力: each stands before a
# verb or an adjective); a closed class of Chinese grammar.
MANNER = frozenset({"竞相", "大胆", "有所", "高度", "大力", "有力"})
OPENERS = frozenset({"竞相", "大胆", "有所"})  # never nouns (高度, 大力 are also a height and a force: 战略全局高度)
PREDICATE_TAGS = frozenset({"v", "vn", "vd", "a", "ad", "d"})  # 一致 (高度|一致): an adjective jieba tags d
# What a speaker extends to the listeners (表示|衷心感谢, 致以|崇高敬意), a rank or a record (位居|全国前列, 创|历史新高)
# and the report's look back (2024年|工作回顾, a heading): said, no thing.
COURTESIES_AND_RANKS = ("感谢", "敬意", "谢意", "问候", "前列", "新高", "回顾")
RISE_OR_FALL = re.compile("|".join(RISES_AND_FALLS))  # whether a phrase holds one at all, before its words are read


def predication(text: str, words: tuple[tuple[str, str], ...], tag: Callable[[str], str | None]) -> bool:
    """Whether a phrase states a change of level of a thing (物价上涨, 生产成本上升: the verb after something, in one
    word or two), that it happens (事故发生) or who puts forward what (委员提出意见), an adverb of manner on one verb
    or adjective (竞相发展, 高度重视), alone or closing a phrase (有力, 企业|竞相: its verb cut off), thanks or respect
    extended (衷心感谢) or a rank (全国前列); ``tag`` gives a word's part of speech in the dictionary.

    >>> tag = {"发展": "vn", "负债": "n", "重视": "v"}.get
    >>> predication("高度重视", (("高度重视", "l"),), tag), predication("企业竞相", (("企业", "n"), ("竞相", "n")), tag)
    (True, True)
    >>> predication("竞相发展", (("竞相", "n"), ("发展", "vn")), tag), predication("过度负债", (("过度", "n"), ("负债", "n")), tag)
    (True, False)
    >>> predication("有力", (("有力", "n"),), tag), predication("衷心感谢", (("衷心感谢", "n"),), tag)
    (True, True)
    >>> predication("事故发生", (("事故", "n"), ("发生", "v")), tag)
    True
    >>> predication("委员提出意见", (("委员", "n"), ("提出", "v"), ("意见", "n")), tag)
    True
    """
    if (len(text) > 2 and text.endswith(STATED_ENDS)) or text.endswith(COURTESIES_AND_RANKS) or text in MANNER:
        return True  # 物价上涨, 事故发生; 衷心感谢, 全国前列; 有力 alone: a manner with its verb cut off
    said = [w for w, _ in words]
    if PUTS_FORWARD in said:
        return True
    if RISE_OR_FALL.search("".join(said)) and any(
            w.endswith(RISES_AND_FALLS) and (len(w) > 2 or 0 < i < len(words) - 1) for i, (w, _) in enumerate(words[:-1])):
        return True  # 物价上涨|因素, 融资|成本|上升|势头: the change stated inside the phrase
    if len(words) >= 2 and words[-1][0] in OPENERS:
        return True  # 企业|竞相: the adverb closes what its verb was cut from
    adverb = text[:2] if text[:2] in MANNER else ""  # each adverb of MANNER has two characters
    return bool(adverb) and len(words) <= 2 and tag(text[len(adverb):]) in PREDICATE_TAGS  # 高度|警惕, 高度重视 (one word)
