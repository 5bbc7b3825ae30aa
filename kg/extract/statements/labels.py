"""Labels of statements: a clause cut to a concise phrase, and the form compared for sameness.

>>> label("一是完善港口设施。"), identity("养老服务水平")
('完善港口设施', '养老服务')
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from kg.extract import cues
from kg.text.lines import COLUMN_TAG
from kg.text.numbering import ENUM_MARK
from kg.text.sentences import trim

MAX_LABEL = 48
PARENTHETICAL = re.compile(r"[（(](?:以下简称|以下称|简称|下称|含|即|包括|不含)[^（）()]{1,40}[）)]")
GOAL_TAIL = re.compile(r"(?:水平|建设|工作)$")
LIST = re.compile(r"([^、，。；：（）]{1,16}?)(?:、[^、，。；：（）等]{1,24}){2,}等")
TRAILING = re.compile(r"[等、]+$")
# 一要…, 二要…: the point's number and its modal, not part of the action (一要完善产业政策).
ORDINAL_MODAL = re.compile(r"^(?:第?[一二三四五六七八九十]+)要(?=[^，。；]{4})")
# A connective that ties the clause to the one before (所以必须…, 但要…, 但是同时必须…): no part of what it states.
CONNECTIVE = re.compile(r"^(?:所以|但是|但|然而|可见|于是)(?:同时)?[，,]?(?=[\u4e00-\u9fff“]{4})")
CUT_TRAILING = re.compile(r"(?:等|的|了|和|及|与|以及|并|或|、|，)+$")
WORDS_ONLY = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]*")  # no space, punctuation or symbol among them


@lru_cache(maxsize=65536)
def clean(text: str) -> str:
    """A clause without its enumeration mark, leading fillers and punctuation (each text cleaned once).

    >>> clean("二是，要完善港口设施；")
    '完善港口设施'
    """
    text = trim(ENUM_MARK.sub("", text.strip(" \u3000")))
    return trim(cues.strip_filler(text))


def label(text: str) -> str:
    """A concise label: markers, parentheticals and trailing particles dropped, cut to a phrase.

    >>> label("一是完善港口设施。")
    '完善港口设施'
    >>> label("开展“县管校聘”管理改革试点（以下称县管校聘试点）工作")
    '开展“县管校聘”管理改革试点工作'
    >>> label("二要加强企业各项基础工作")
    '加强企业各项基础工作'
    >>> label("所以必须深化港口改革"), label("但是同时必须加强安全管理")
    ('深化港口改革', '加强安全管理')
    >>> label("坚定不移推动港口高质量发展（评论员观察）")
    '坚定不移推动港口高质量发展'
    """
    text = trim(ENUM_MARK.sub("", text.strip(" \u3000")))
    text = PARENTHETICAL.sub("", COLUMN_TAG.sub("", text) or text)  # …推动高质量发展（评论员观察）: the column, no content
    text = trim(cues.strip_filler(ORDINAL_MODAL.sub("", text)))
    text = trim(cues.strip_filler(CONNECTIVE.sub("", text)))
    if len(text) > MAX_LABEL:
        text = LIST.sub(lambda m: m.group(1) + "等", text, count=1)
    if len(text) > MAX_LABEL:
        cut = max(text.rfind(c, 0, MAX_LABEL) for c in "，、；和与及的")
        text = CUT_TRAILING.sub("", text[: cut if cut > MAX_LABEL // 2 else MAX_LABEL])
    text = TRAILING.sub("", text) if len(text) > 4 else text
    if text.count("“") != text.count("”") or text.count("「") != text.count("」") or text.count("（") != text.count("）"):
        text = re.sub("[“”「」（）]", "", text)
    return trim(text)


@lru_cache(maxsize=65536)
def identity(text: str) -> str:
    """The label compared for sameness: no spaces or punctuation, no generic tail (水平, 建设, 工作).

    >>> identity("养老服务 水平。")
    '养老服务'
    """
    text = unicodedata.normalize("NFKC", text)
    if not WORDS_ONLY.fullmatch(text):  # most labels are Chinese characters, letters and digits only
        text = "".join(ch for ch in text if not (ch.isspace() or unicodedata.category(ch)[0] in "PS"))
    return GOAL_TAIL.sub("", text) or text


def overlaps(a: str, b: str, *, size: int = 4) -> bool:
    """Whether two labels share a run of ``size`` characters (一个说法的重述).

    >>> overlaps("进一步办好新时代养老服务", "养老服务改革"), overlaps("拓宽渠道", "养老服务改革")
    (True, False)
    """
    a, b = identity(a), identity(b)
    return any(a[i:i + size] in b for i in range(len(a) - size + 1))
