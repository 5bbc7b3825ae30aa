"""Outline numbering: the marks that number headings, items and articles, and the level each gives.

One table serves the layout (is a line a heading?), the outline (how deep is it?) and the
reading of statements (strip the mark from a label).

>>> numbered_level("（三）完善农机装备创新体系。"), numbered_level("2.加强监管"), numbered_level("加快发展智能制造。")
(2, 3, 0)
>>> bool(HEADING_MARK.match("第十二条　专利代理师应当")), ENUM_MARK.sub("", "一是夯实算力基础")
(True, '夯实算力基础')
"""

from __future__ import annotations

import re

_HAN = "一二三四五六七八九十百"
_HAN0 = "一二三四五六七八九十百零〇"

# (mark, outline level): 第一编/第一章/第一部分 = 1, 第一节 = 2, 一、 = 1, （一） = 2, 1. = 3, (1) = 4.
LEVELS: tuple[tuple[str, int], ...] = (
    (rf"第[{_HAN0}]+编", 1),
    (rf"第[{_HAN0}]+(?:章|部分)", 1),
    (rf"第[{_HAN0}]+节", 2),
    (rf"[{_HAN}]+、", 1),
    (rf"[（(][{_HAN}]+[）)]", 2),
    (r"\d{1,2}[.．、](?!\d)", 3),
    (r"[（(]\d{1,2}[）)]", 4),
)
ARTICLE = rf"第[{_HAN0}]+条"  # 第十二条: an article of a regulation
ORDINALS = rf"[{_HAN[:-1]}]+是|首先|其次|再次|最后|第[{_HAN[:-1]}]+[，,、]"  # 一是, 首先: items inside a paragraph

_NUMBERED_LEVEL = tuple((re.compile(f"^{mark}"), level) for mark, level in LEVELS)
# A line that opens with one of these is numbered like a heading (levels 1 to 3, or an article).
HEADING_MARK = re.compile("^(?:" + "|".join(m for m, level in LEVELS if level <= 3) + f"|{ARTICLE})")
ARTICLE_MARK = re.compile(rf"^{ARTICLE}[\s\u3000]*")
# Ordinal openers that start a new item inside a paragraph (一方面 does not).
ORDINAL = re.compile(f"^(?:{ORDINALS})")
# Any mark that opens an item or a heading, with the punctuation after it: stripped from labels.
ENUM_MARK = re.compile(
    f"^(?:{ORDINALS}|一方面|另一方面|" + "|".join(m for m, level in LEVELS if level > 0 and not m.startswith("第"))
    + rf"|{ARTICLE})[，,、\s\u3000]*"
)


def numbered_level(text: str) -> int:
    """The outline level of a numbered line: 一、=1, （一）=2, 1.=3, (1)=4; 0 if none.

    >>> numbered_level("一、总体要求"), numbered_level("（1）加强监管"), numbered_level("第二章　管理")
    (1, 4, 1)
    """
    return next((level for pattern, level in _NUMBERED_LEVEL if pattern.match(text)), 0)
