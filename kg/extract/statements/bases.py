"""The basis a text names for its work: 以X为根本, 以X为根本遵循, 以X为基础, 以X为前提, and the guidance
a subject is to follow (各部门要以…为指导).

A clause that only names what the work rests on (以内容建设为根本, 要以现代产权制度为基础) states no action and no end:
it frames the actions beside it, like a guidance frame (以…为指导). The orientation of the work (以X为重点, 以X为主线,
以X为导向) is read as a measure elsewhere; a basis is not.

>>> basis("以内容建设为根本"), basis("要以群众自治为基础"), basis("以市场为导向"), basis("以基础研究为重点")
(True, True, False, False)
"""

from __future__ import annotations

import re

# The nouns of a basis: what the work rests on or follows, not where it aims.
BASES = ("根本遵循", "基本遵循", "根本", "基础", "前提")
# 以X为Y alone, after at most a subject and its modal (发展小城镇要以…为基础); not 坚持以X为基础, a principle.
BASIS = re.compile(rf"^(?:[^，。；以]{{0,12}}?(?:要|必须|应当|应))?以(?P<x>[^，。；]{{2,40}}?)为(?:{'|'.join(BASES)})$")


# The guidance a subject is to follow (各地区、各部门要以…思想为指导, 始终坚持以…为根本遵循): a guidance frame,
# whatever subject, modal or adverb leads it.
GUIDES = ("指导", "根本遵循", "基本遵循", "行动指南", "统领")
GUIDED = re.compile(rf"^(?:[^，。；以]{{0,16}}?(?:要|必须|应当|应))?(?:继续|始终|坚定|坚定不移地?)?(?:坚持)?"
                    rf"以(?P<x>[^，。；]{{2,60}}?)为(?:{'|'.join(GUIDES)})$")


def basis(text: str) -> bool:
    """The clause only names the basis of the work, or the guidance it follows.

    >>> basis("必须以安定团结为前提"), basis("以物质流分析为基础，推动构建产业链"), basis("夯实农业基础")
    (True, False, False)
    >>> basis("各部门要继续坚持以新思想为指导"), basis("坚持以人民为中心")
    (True, False)
    """
    return "以" in text and bool(BASIS.match(text) or GUIDED.match(text))  # both are 以X为Y
