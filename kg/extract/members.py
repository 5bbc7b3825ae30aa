"""Members: which bare items of a list the list makes concepts of its own kind.

A list (A、B和C) whose items include a concept makes its bare items concepts too (油料、糖料、水产品); an item
that names what is done to a thing is of no kind a list names (推动中小企业工艺流程|优化、技术装备改造升级,
推动革命老区振兴发展、资源型地区转型|发展): the thing is named inside it, the activity is no thing.

>>> from kg.text.segment import segmenter
>>> [activity(x, segmenter()) for x in ("中小企业工艺流程优化", "油料", "产业升级", "医疗装备")]
[True, False, False, False]
"""

from __future__ import annotations

from kg.extract.cues import ACTIVITY_NOUNS
from kg.text.segment import Segmenter

THING = 3  # characters: a thing this long before an activity noun is what undergoes it (产业|升级 names the activity)


def activity(text: str, segmenter: Segmenter) -> bool:
    """Whether a bare list item names an activity done to a thing, not a thing: a phrase closed by an activity noun
    (建设, 发展, 升级, 优化 …) after a thing of three characters or more (资源型地区转型|发展, 高标准农田|建设); a
    bare noun with its activity noun (产业升级, 住宅建设) is the name of the activity.

    >>> from kg.text.segment import segmenter
    >>> activity("资源型地区转型发展", segmenter()), activity("住宅建设", segmenter()), activity("医疗装备", segmenter())
    (True, False, False)
    """
    words = segmenter.tag(text)
    last = words[-1][0]
    return len(words) > 1 and last in ACTIVITY_NOUNS and len(text) - len(last) >= THING
