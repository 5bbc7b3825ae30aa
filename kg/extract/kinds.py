"""Concept kinds from a label's head word, and labels that are never concepts.

>>> guess_kind("量子技术"), is_junk("2023")
('Technology', True)
"""

from __future__ import annotations

import re

KIND_BY_HEAD = (("技术", "Technology"), ("芯片", "Technology"), ("算法", "Technology"), ("模型", "Technology"),
                ("软件", "Technology"), ("材料", "Industry"), ("产业", "Industry"), ("行业", "Industry"),
                ("设施", "Infrastructure"), ("中心", "Infrastructure"), ("平台", "Infrastructure"),
                ("网络", "Infrastructure"), ("基地", "Infrastructure"), ("企业", "Actor"), ("机构", "Actor"),
                ("部门", "Actor"), ("部", "Actor"), ("委", "Actor"), ("局", "Actor"), ("组织", "Actor"),
                ("会议", "PolicyEvent"), ("大会", "PolicyEvent"), ("倡议", "PolicyEvent"), ("率", "IndicatorConcept"),
                ("工程", "Programme"), ("计划", "Programme"), ("行动", "Programme"), ("试点", "Programme"))
DOCUMENT_TAIL = re.compile(r"(?:法|条例|规定|办法|意见|通知|决定|规划|纲要|方案|计划|报告|细则|公约|协定)$")
NOT_A_TERM = re.compile(r"[\d.%％\-年月日]+|[一二三四五六七八九十]+是")
_KIND_OF_TAIL = {tail: kind for tail, kind in reversed(KIND_BY_HEAD)}


def is_junk(label: str) -> bool:
    """Never a concept, whatever the text: numbers, e-mail addresses, one character, a whole clause.

    >>> is_junk("2023"), is_junk("jrbll@sina.com"), is_junk("工业互联网")
    (True, True, False)
    """
    text = label.strip()
    return len(text) < 2 or len(text) > 24 or "@" in text or bool(NOT_A_TERM.fullmatch(text))


def guess_kind(label: str) -> str:
    """A concept's kind from its head word: …技术 Technology, …产业 Industry, …工程 Programme.

    >>> guess_kind("量子技术"), guess_kind("东数西算工程")
    ('Technology', 'Programme')
    """
    return _KIND_OF_TAIL.get(label[-2:]) or _KIND_OF_TAIL.get(label[-1:]) or "PolicyTerm"
