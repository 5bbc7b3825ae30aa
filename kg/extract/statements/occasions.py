"""Occasions: 对X，… names what the action after it acts on (对…的企业，要依法查处), no statement of its own.

>>> occasion("对不符合准入标准的建设项目", "一律不得批准用地"), occasion("对重点企业的技术改造加强指导", "提高效益")
(True, False)
"""

from __future__ import annotations

import re

from kg.extract import cues
from kg.extract.statements.clauses import ACTION_INSIDE
from kg.extract.statements.labels import clean

# 对X / 对于X, not 对外 (开放), 对内, 对标, 对照.
OCCASION = re.compile(r"^(?:对于|对)(?!外|内|标|照)[^，。；]{2,60}$")
# An action of the clause's own (对X进行…, 对X实行…): the clause is a measure, no occasion.
OCCASION_ACTS = re.compile(r"进行|实行|实施|开展|给予|予以|加以|作出|采取|提出|组织|推动|推进")
MODAL_INSIDE = re.compile(r"要|必须|应当|应该|不得|可以|须")
# 对应当补缴税款的所得部分, 对需要扶持的文化艺术门类: a modal right after 对 opens the description of what is acted on.
DESCRIBED_MODAL = re.compile(r"^(?:对于|对)(?:应当|应该|必须|需要|须)")
NEXT_ACTS = re.compile(r"^(?:一律|均|都|也|分别|优先|及时)")


def opens_duty(text: str, raw_next: str) -> bool:
    """对X，要V opening a sentence: X is what the duty acts on.

    >>> opens_duty("对有市场的科研项目", "要加大资金支持力度"), opens_duty("对老旧管网进行改造", "要统筹资金")
    (True, False)
    >>> opens_duty("对政策出台实施中出现的误读", "要迅速澄清")
    True
    """
    return bool(OCCASION.match(text)) and (_noun_tail(text) or not OCCASION_ACTS.search(text)) \
        and bool(cues.MODAL_START.match(raw_next.strip()))


def _noun_tail(text: str) -> bool:
    """对…过程中出现的误解误读和质疑: after its last 的 the clause names a thing (a verb inside it is the
    description's: 出台实施)."""
    if "的" not in text:
        return False
    tail = text[text.rindex("的") + 1:]
    return bool(tail) and not ACTION_INSIDE.search(tail[2:])  # 的企业|建立黑名单制度: a verb inside makes it an action


def occasion(text: str, raw_next: str) -> bool:
    """对…的N, then the clause that acts on it (with its modal, its subject and modal, or its verb).

    >>> occasion("对于发现的问题", "要认真整改"), occasion("对社会舆论提供正确的引导", "对读者提供精神食粮")
    (True, False)
    >>> occasion("对应当补缴税款的所得部分", "应当按照规定计算")
    True
    """
    if not OCCASION.match(text) or OCCASION_ACTS.search(text) or "的" not in text \
            or MODAL_INSIDE.search(DESCRIBED_MODAL.sub("", text)):
        return False
    if not _noun_tail(text) or len(text) - text.rindex("的") - 1 > 30:
        return False
    nxt = raw_next.strip()
    return bool(cues.MODAL_START.match(nxt) or cues.modal(nxt) or NEXT_ACTS.match(nxt)
                or cues.action_start(clean(nxt)))
