"""Names a text marks as names: terms in quotation marks, titles in 《》, short forms it defines (简称).

>>> titles("根据《专利代理条例》制定")
['专利代理条例']
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.extract.cues import ACTING, ACTION_VERBS, ATTRIBUTE_NOUNS, PHASES
from kg.extract.terms import DEICTIC_TIMES

QUOTED = re.compile(r"“(?P<q>[^“”，。；：！？]{2,14})”"
                    r"(?P<tail>[^“”，。；：！？、（）()的和与及等在是\s]{1,6}(?=[，。；：！？、（）()的和与及等]|$))?")
NOUNISH = frozenset({"n", "nz", "vn", "j", "nt", "l", "an", "eng", "dz"})  # jieba's tags of words that name things
TITLE = re.compile(r"《(?P<t>[^《》]{2,40})》")
SHORT_FOR = re.compile(r"(?P<full>[\u4e00-\u9fffA-Za-z0-9“”+]{3,30})[（(](?:以下简称|以下称|简称|下称)[“]?"
                       r"(?P<short>[^（）()”]{2,16})[”]?[）)]")


def quoted_terms(text: str) -> list[tuple[str, str]]:
    """Terms set in quotation marks, each with the words that follow it up to a break (“菜篮子”|市长负责制, “十五五”|时期):
    the caller judges whether those name the quoted thing's kind.

    >>> quoted_terms("坚持“菜篮子”市长负责制，开展“大国工匠进校园”活动")
    [('菜篮子', '市长负责制'), ('大国工匠进校园', '活动')]
    """
    return [(m["q"], m["tail"] or "") for m in QUOTED.finditer(text)]


# jieba's tags of the words that may name the kind of a quoted thing (“菜篮子”|市长负责制, “放管服”|改革).
KIND_TAGS = frozenset({"n", "nz", "vn", "j", "nt", "dz", "ng", "eng", "l", "an"})


def kind_of_quoted(tail: Sequence[tuple[str, str]]) -> str:
    """The words after a quoted term (tagged) that name its kind: they less the verbs, the other words that name
    nothing and the times closing them (“链主”企业|引领 -> 企业, “十五五”时期 -> '', “四个全面”战略布局 stays); none
    where they close with an attribute noun, which says what the quoted thing is to something (“一核三带”区域发展|格局),
    or a phase of a period (“十四五”规划|收官, “十五五”良好|开局: how it went).

    >>> kind_of_quoted([("企业", "n"), ("引领", "v")]), kind_of_quoted([("战略", "n"), ("布局", "n")])
    ('企业', '战略布局')
    >>> kind_of_quoted([("时期", "n")]), kind_of_quoted([("市长", "n"), ("负责制", "n")])
    ('', '市长负责制')
    >>> kind_of_quoted([("区域", "n"), ("发展", "vn"), ("格局", "n")]), kind_of_quoted([("规划", "n"), ("收官", "n")])
    ('', '')
    """
    words = list(tail)
    while words and (words[-1][1] not in KIND_TAGS or words[-1][0] in DEICTIC_TIMES):
        words.pop()
    return "".join(w for w, _ in words) if not words or words[-1][0] not in ATTRIBUTE_NOUNS | PHASES else ""


def titles(text: str) -> list[str]:
    """Names of documents, laws and plans: 《中华人民共和国职业教育法》.

    >>> titles("根据《中华人民共和国职业教育法》制定")
    ['中华人民共和国职业教育法']
    """
    return [m["t"] for m in TITLE.finditer(text)]


def short_forms(text: str) -> list[tuple[str, str]]:
    """(full form, short form) a text defines.

    >>> short_forms("启动“学历证书+若干职业技能等级证书”制度试点（以下称1+X证书制度试点）工作")
    [('学历证书+若干职业技能等级证书制度试点', '1+X证书制度试点')]
    """
    out: list[tuple[str, str]] = []
    if "称" not in text:
        return out  # each way of defining a short form (以下简称, 简称, 下称) has it
    for m in SHORT_FOR.finditer(text):
        full = m["full"].replace("“", "").replace("”", "")
        while full.startswith(ACTION_VERBS) and len(full) > 4:
            full = full[len(next(v for v in ACTION_VERBS if full.startswith(v))):]
        out.append((full, m["short"]))
    return out


def names_a_thing(text: str, tags: Sequence[tuple[str, str]]) -> bool:
    """A quoted phrase (its words: ``tags``) is a term unless it reads as a clause: five characters or more opened by a
    verb, an adjective or an adverb (“从容应对风险挑战”, not “菜篮子”, “智改数转”); an adjective before a noun says of
    what kind the noun is (“优秀职校生校园分享”, “美丽乡村建设”), no manner of a verb, unless it acts (“健全|实质解纷机制”)
    or a verb stands inside (“新观念|加以|传播”).

    >>> from kg.text.segment import segmenter
    >>> [names_a_thing(t, segmenter().tag(t)) for t in ["菜篮子", "从容应对风险挑战", "优秀职校生校园分享"]]
    [True, False, True]
    """
    return not (len(text) >= 5 and len(tags) >= 3 and tags[0][1] in ("v", "a", "ad", "d", "vd", "i")
                and not (tags[0][1] == "a" and tags[0][0] not in ACTING and tags[1][1] in NOUNISH
                         and all(t not in ("v", "vd", "d", "ad") for _, t in tags[1:-1])))
