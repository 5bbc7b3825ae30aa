"""The close of a striving: 为Y而奋斗, 向Y的目标迈进, and the tail of a purpose that runs over several clauses
(锚定A更加彰显，B更加显著的总体目标努力奋斗). The end striven for is Y, a goal; the close (而奋斗, 的总体目标努力奋斗)
and the verb that opens the striving (为, 朝着, 锚定) are no part of it.

>>> striving("为建设海洋强省而努力奋斗").end, striving("港口服务更加便捷的总体目标努力奋斗").end
('建设海洋强省', '港口服务更加便捷')
"""

from __future__ import annotations

import re
from typing import NamedTuple

# The verbs a striving closes on, and the words of manner before them (而共同奋斗, 的目标阔步前进).
STRIVE_VERBS = ("奋斗", "努力", "前进", "迈进", "奋进")
_MANNER = r"(?:共同|不懈|继续|团结|努力|英勇|积极|奋勇|阔步|坚定|稳步|加快|不断|地)*"
_VERB = f"(?:{'|'.join(STRIVE_VERBS)})"
# 为Y而奋斗, 为Y而作出不懈的努力: Y is whatever comes before 而.
FOR_Y = re.compile(rf"^(?P<y>[^，。；]{{4,}}?)而(?:{_MANNER}{_VERB}|(?:作出|做出|付出)[^，。；]{{0,8}}努力)$")
# Y的(总体|宏伟)目标奋斗 / 迈进: Y is what the 目标 is described by.
TO_TARGET = re.compile(rf"^(?P<y>[^，。；]{{4,}}?)的(?:[^，。；的]{{0,4}})?目标而?{_MANNER}{_VERB}$")
# What opens a striving: 为, 朝着, 向着, 锚定 (after its manner, 共同为, 坚定地朝着); 向, 朝 only at the start.
OPENER = re.compile(r"^(?:共同|积极|继续|努力|坚定地?|千方百计地?)?(?:为了|为|朝着|向着|向|朝|锚定|围绕)")
# A subject's state by its degree (生态环境更加美丽, 港口服务更为便捷): the end of a 目标 that lists outcomes.
DEGREE_STATE = re.compile(r"(?:更加|更为|更趋)[\u4e00-\u9fff]{2}$")
# Who is called on to strive, then the opener (港口要朝着Y的目标前进, 全市人民应当为Y而奋斗): the end is Y all the same.
CALLED = re.compile(r"^[^，。；为]{2,16}?(?:要|应当|应该|必须)(?:共同|积极|继续|努力|坚定地?|千方百计地?|始终)?"
                    r"(?:为了|为|朝着|向着)")
# Who is to strive (全国人民应当…为Y而奋斗): an appeal with its own subject, read as such.
SUBJECT = re.compile(r"要|应当|应该|必须|将|愿")
# A 为 inside the clause (X历来为Y而努力, 各国都在为此而奋斗): someone named before it strives; not 成为, 作为, 认为.
INNER_FOR = re.compile(r"(?<![成作认行以])为(?![主止])")


class Striving(NamedTuple):
    """The end a striving names, and whether it names it before 的…目标 and as no state of a subject (then the end
    must read as a statement by itself to be one: 建立现代港口体系 is, 本世纪末 of 本世纪末的宏伟目标 is not)."""

    end: str
    of_target: bool


def striving(text: str) -> Striving | None:
    """The end a clause that closes a striving names, or None: what comes before 而 or before 的…目标, past the verb
    that opens the striving.

    >>> striving("共同为实现港口现代化而奋斗"), striving("朝着建立现代港口体系的目标前进").end
    (Striving(end='实现港口现代化', of_target=False), '建立现代港口体系')
    >>> striving("全党要努力奋斗"), striving("沿着正确道路前进"), striving("各国都在为此而奋斗")
    (None, None, None)
    >>> striving("全市人民要为建设海洋强市而奋斗").end
    '建设海洋强市'
    >>> striving("把港口建设成为一流港口而奋斗").end
    '把港口建设成为一流港口'
    """
    if not text.endswith(STRIVE_VERBS):
        return None
    m = FOR_Y.match(text)
    of_target = m is None
    if m is None:
        m = TO_TARGET.match(text)
    if m is None:
        return None
    y = m["y"]
    if (opener := OPENER.match(y) or CALLED.match(y)) is not None:
        y = y[opener.end():]
    elif SUBJECT.search(y) or INNER_FOR.search(y):
        return None  # 全国人民应当…, 干部矢志不渝为Y而奋斗: a subject strives, the clause is read as it stands
    return Striving(y, of_target and not DEGREE_STATE.search(y)) if len(y) >= 4 else None
