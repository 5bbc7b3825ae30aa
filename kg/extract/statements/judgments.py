"""Judgments a report states in a clause of its own, no action and no end: that something has no end
(创新也没有止境), that nothing else can be spoken of without it (一切都无从谈起), what all of a kind deserves
(都应该得到保护, its subject in the clauses before), or that it is plain or admirable (意义不言而喻, 成就举世瞩目).

>>> judgment("理论创新也没有止境"), judgment("离开稳定，一切都无从谈起"), judgment("都应该得到保护")
(True, True, True)
>>> judgment("持续推进理论创新"), judgment("合法收入应该得到保护"), judgment("切实保护合法收入")
(False, False, False)
"""

from __future__ import annotations

import re

# X没有止境, X也没有止境, X永无止境: a claim about X, not a call to act.
ENDLESS = re.compile(r"(?:也|都)?(?:没有|永无)止境$")
# …都无从谈起: without what came before, nothing else can be spoken of.
MOOT = re.compile(r"无从谈起$")
# 都应该得到承认和尊重: what all of a kind named before deserves, with no one to act.
DESERVES = re.compile(r"^都(?:应该|应当|应)得到[^，。；]{1,10}$")


# 意义不言而喻, 成就举世瞩目, 势头令人振奋: what the writer judges plain or admirable, no call and no end.
ACCLAIMED = re.compile(r"(?:不言而喻|显而易见|毋庸置疑|有目共睹|举世瞩目|令人振奋|令人鼓舞)$")


def judgment(text: str) -> bool:
    """The clause states a judgment of one of these shapes.

    >>> judgment("实践永无止境"), judgment("都应当得到全社会的尊重"), judgment("都应当加强安全管理")
    (True, True, False)
    >>> judgment("发展海洋经济的意义不言而喻"), judgment("港口建设成就举世瞩目")
    (True, True)
    """
    return bool(ENDLESS.search(text) or MOOT.search(text) or DESERVES.match(text) or ACCLAIMED.search(text))
