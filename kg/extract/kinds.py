"""Concept kinds from a label's head word, and labels that are never concepts.

>>> guess_kind("量子技术"), is_junk("2023")
('Technology', True)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from kg.extract.cues import ACTING
from kg.text.segment import dictionary

KIND_BY_HEAD = (("技术", "Technology"), ("芯片", "Technology"), ("算法", "Technology"), ("模型", "Technology"),
                ("软件", "Technology"), ("材料", "Industry"), ("产业", "Industry"), ("行业", "Industry"),
                ("设施", "Infrastructure"), ("中心", "Infrastructure"), ("平台", "Infrastructure"),
                ("网络", "Infrastructure"), ("基地", "Infrastructure"), ("企业", "Actor"), ("机构", "Actor"),
                ("部门", "Actor"), ("部", "Actor"), ("委", "Actor"), ("局", "Actor"), ("组织", "Actor"),
                ("会议", "PolicyEvent"), ("大会", "PolicyEvent"), ("倡议", "PolicyEvent"), ("率", "IndicatorConcept"),
                ("工程", "Programme"), ("计划", "Programme"), ("行动", "Programme"), ("试点", "Programme"))
DOCUMENT_TAIL = re.compile(r"(?:法|条例|规定|办法|意见|通知|决定|规划|纲要|方案|计划|报告|细则|公约|协定)$")
# 跨 with the one- or two-character noun it crosses, alone (跨地区, 跨行业跨部门): a modifier, no thing named
NOT_A_TERM = re.compile(r"[\d.%％\-年月日]+|[一二三四五六七八九十]+是|(?:跨[^跨]{1,2})+")
# A thing itself, one of it, like it, amid it or beside it (政府|自身, 重要任务|之一, 石榴籽|一样, 群众|身边): words of grammar
# that close a phrase about a thing, not its name.
OF_A_THING_ENDS = ("自身", "本身", "之一", "一样", "之中", "身边")
OF_A_THING = re.compile(f".+(?:{'|'.join(OF_A_THING_ENDS)})")
JOINS = re.compile("[和与及]")
# Modal verbs and adverbs of manner or time that stand before a predicate (要|结合实际, 必须|高度重视, 更加|奋发有为);
# not every word jieba tags an adverb (反对, 赶上 take an object; 不 opens a word: 最不发达国家).
MODALS = frozenset("要 应 应当 必须 须 务必 能 能够 可以 将 会 必将 敢于 善于 努力 都 也 还 又 就 更 更加 进一步 坚决 认真 "
                   "切实 积极 自觉 始终 不断 逐步 真正 充分 严格 已经 已 一定 共同 长期 均".split())
_KIND_OF_TAIL = {tail: kind for tail, kind in reversed(KIND_BY_HEAD)}


@lru_cache(maxsize=100_000)
def is_junk(label: str) -> bool:
    """Never a concept, whatever the text: numbers, e-mail addresses, one character, a whole clause (a property of
    the label alone: each is judged once per process, most labels recur from document to document).

    >>> is_junk("2023"), is_junk("jrbll@sina.com"), is_junk("工业互联网"), is_junk("跨地区"), is_junk("跨国公司")
    (True, True, False, True, False)
    """
    text = label.strip()
    return (len(text) < 2 or len(text) > 24 or "@" in text or bool(NOT_A_TERM.fullmatch(text))
            or (text.endswith(OF_A_THING_ENDS) and bool(OF_A_THING.fullmatch(text))) or document_of_doing(text)
            or two_things(text) or two_arrangements(text))


ARRANGEMENTS = frozenset({"体制", "机制", "制度", "体系"})  # heads that name a kind of arrangement and nothing alone


def two_arrangements(label: str) -> bool:
    """体制机制, 制度体系: two heads of arrangement side by side name arrangements in general, as each does alone, no
    one of them (a longer name stays: 生态文明制度体系).

    >>> two_arrangements("体制机制"), two_arrangements("制度体系"), two_arrangements("生态文明制度体系"), two_arrangements("市场体系")
    (True, True, False, False)
    """
    return len(label) == 4 and label[:2] in ARRANGEMENTS and label[2:] in ARRANGEMENTS


def two_things(label: str) -> bool:
    """党和人民, 党和政府: two nouns joined by a conjunction name two things, though the dictionary keeps them as one
    word; not where the conjunction opens a word of its own (世界|和平, 民族|和睦).

    >>> two_things("党和人民"), two_things("世界和平"), two_things("数字经济")
    (True, False, False)
    """
    if not JOINS.search(label, 1, len(label) - 1):
        return False
    tags = dictionary()[1]
    return any(label[i] in "和与及" and tags.get(label[:i]) == "n" and tags.get(label[i + 1:]) == "n"
               and label[i - 1:i + 1] not in tags and label[i:i + 2] not in tags for i in range(1, len(label) - 1))


def document_of_doing(label: str) -> bool:
    """实施方案, 解决方案, 发展规划: an action verb and a kind of document, four characters in all, say what a document is
    for, not which one; the document is named by its title (国家职业教育改革实施方案).

    >>> document_of_doing("实施方案"), document_of_doing("发展规划"), document_of_doing("专项规划"), document_of_doing("信访条例")
    (True, True, False, False)
    """
    return len(label) == 4 and label[:2] in ACTING and bool(DOCUMENT_TAIL.fullmatch(label[2:]))


def guess_kind(label: str) -> str:
    """A concept's kind from its head word: …技术 Technology, …产业 Industry, …工程 Programme.

    >>> guess_kind("量子技术"), guess_kind("东数西算工程")
    ('Technology', 'Programme')
    """
    return _KIND_OF_TAIL.get(label[-2:]) or _KIND_OF_TAIL.get(label[-1:]) or "PolicyTerm"


def set_phrase_predicate(tags: Sequence[tuple[str, str]], start: int, chunk_tags: Sequence[str]) -> bool:
    """A noun phrase of one set phrase (jieba's l, i) starting at ``start`` right after a modal verb or an adverb of
    manner is the clause's predicate (各地要|结合实际, 必须|高度重视), no term; after a verb it may name one (抑制|通货膨胀).

    >>> set_phrase_predicate([("各地", "r"), ("要", "v"), ("结合实际", "l")], 3, ("l",))
    True
    >>> set_phrase_predicate([("抑制", "v"), ("通货膨胀", "l")], 2, ("l",))
    False
    """
    if len(chunk_tags) != 1 or chunk_tags[0] not in ("l", "i"):
        return False
    at = 0
    for word, _ in tags:
        if at + len(word) == start:
            return word in MODALS
        at += len(word)
    return False
