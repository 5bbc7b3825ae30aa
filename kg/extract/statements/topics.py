"""Topic headings: a heading that only names what its section is about (主要职能, 成员单位, 对外政策, 号牌规格尺寸,
“两新”：…), with no verb and no end in it, groups what follows like a container and states no goal.

>>> bare_topic("主要职能"), bare_topic("加快发展体育产业"), bare_topic("粮食产量达到1.3万亿斤")
(True, False, False)
"""

from __future__ import annotations

import re

from kg.extract import cues
from kg.extract.statements.clauses import ACTION_INSIDE, goal_phrase, read_clause

# Words that make a heading a statement though no action verb of the list leads it: a purpose (为…而奋斗), an
# attainment (实现), a duty (负责), a figure.
PREP_START = re.compile(r"^(?:对|向|给|把|将|为|以|从|与|由|在)(?!外)")
STATES = re.compile(r"而奋斗|实现|负责|\d+(?:\.\d+)?%")


def bare_topic(core: str) -> bool:
    """The heading names a topic: no action, no goal phrase, no verb, no clause the reader reads.

    >>> bare_topic("对外政策"), bare_topic("为完成五年计划而奋斗"), bare_topic("深化医药卫生体制改革")
    (True, False, False)
    >>> bare_topic("对小微企业减半征收所得税")
    False
    """
    if PREP_START.match(core) and "的" not in core:
        return False  # 对小微企业减半征收所得税: a preposition, then an action the verb list may lack
    return not ("，" in core or ACTION_INSIDE.search(core) or STATES.search(core) or cues.action_start(core)
                or goal_phrase(core) or read_clause(core) is not None)
