"""Stances toward a numbered slogan: a pledge of allegiance or the national layout an action frames itself in,
no action of its own.

增强“四个意识”、坚定“四个自信”、做到“两个维护” pledges; 统筹推进“五位一体”总体布局 names the frame every
national document works in. A program named by a numbered slogan (建设“五个中心”, 实施“七个专项行动”) is a
measure: its verb builds or carries out, not holds a stance.

>>> stance("坚定拥护“两个确立”、坚决做到“两个维护”"), stance("加快建设“五个中心”")
(True, False)

The same holds for carrying out a line whatever adverb leads it (深化落实…重要讲话精神, 不折不扣贯彻…决策部署):
a guidance frame (:func:`follows_line`).
"""

from __future__ import annotations

import re

# “四个意识”, “五位一体”, with the layout it heads (“四个全面”战略布局).
SLOGAN = re.compile(r"“(?:[一二三四五六七八九十两]个[^“”]{2,6}|五位一体)”(总体布局|战略布局)?")
# What may come before a slogan: a joint, a subject with its modal, an adverb, then a verb of stance (held
# toward a slogan) or of co-ordination (toward a layout).
LEAD = re.compile(r"^[、，和及与]?(?:[^，。；“”]{1,12}?(?:要|应当|必须))?"
                  r"(?:进一步|坚决|始终|切实|不断|自觉|更加|更好|坚定不移地?|深入|全面)?"
                  r"(?:(?P<stance>增强|坚定|做到|拥护|捍卫|树牢|树立|牢固树立|坚定拥护|坚定捍卫)|(?P<layout>统筹推进|协调推进))$")


def stance(text: str) -> bool:
    """The clause is nothing but stances toward numbered slogans, or the co-ordination of national layouts.

    >>> stance("统筹推进“五位一体”总体布局和协调推进“四个全面”战略布局"), stance("各级政府要树牢“四个意识”")
    (True, True)
    >>> stance("统筹推进“五位一体”"), stance("牢固树立“四个意识”，加强作风建设")
    (False, False)
    """
    if "“" not in text:
        return False  # no slogan without its quotation mark
    parts = SLOGAN.split(text)
    leads, heads, tail = parts[0:-1:2], parts[1::2], parts[-1]
    if not heads or tail:
        return False
    for lead, head in zip(leads, heads, strict=True):
        m = LEAD.match(lead)
        if m is None or bool(m["layout"]) != bool(head):
            return False
    return True


# 深化落实…讲话精神, 各级政府要坚定不移贯彻落实…决策部署: carrying out the spirit or the decisions of a higher body.
FOLLOWS = re.compile(r"^(?:[^，。；]{0,16}?(?:要|必须|应当))?[^，。；贯落学]{0,8}(?:学习)?(?:贯彻|落实)(?:落实|执行)?"
                     r"[^，。；]{2,60}(?:精神|决策部署|重要讲话|重要指示|重要论述)$")


def follows_line(text: str) -> bool:
    """The clause carries out the spirit, speech or decisions of a higher body: a guidance frame, no measure.

    >>> follows_line("深化落实总书记考察本省重要讲话精神"), follows_line("落实粮食安全党政同责")
    (True, False)
    >>> follows_line("严格落实中央八项规定精神")
    False
    """
    return ("贯彻" in text or "落实" in text) and bool(FOLLOWS.match(text)) \
        and "规定" not in text  # 落实八项规定精神: a rule set, kept as a measure
