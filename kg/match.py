"""Fuzzy matching of Chinese names: what a user types against labels in the graph.

>>> best("制造业高质量", ["推动制造业高质量发展", "现代化产业体系"])[0]
(0.82, '推动制造业高质量发展')
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable


def normalize(text: str) -> str:
    """NFKC, lower case, without whitespace and punctuation."""
    text = unicodedata.normalize("NFKC", text).lower()
    return "".join(ch for ch in text if not (ch.isspace() or unicodedata.category(ch)[0] in "PS"))


def _bigrams(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1)} or {text}


def similarity(query: str, label: str) -> float:
    """1.0 for the same text, 0.9 when one contains the other, else bigram overlap (Dice).

    >>> similarity("数字经济", "数字经济"), similarity("AI", "人工智能")
    (1.0, 0.0)
    """
    q, lab = normalize(query), normalize(label)
    if not q or not lab:
        return 0.0
    if q == lab:
        return 1.0
    if q in lab or lab in q:
        return 0.9 - 0.2 * (1 - min(len(q), len(lab)) / max(len(q), len(lab)))
    a, b = _bigrams(q), _bigrams(lab)
    return round(0.8 * 2 * len(a & b) / (len(a) + len(b)), 3)


def best(query: str, labels: Iterable[str], *, limit: int = 5, floor: float = 0.3) -> list[tuple[float, str]]:
    """The closest labels, best first (ties broken by shorter label, then text)."""
    scored = {(round(similarity(query, lab), 3), lab) for lab in labels}
    ranked = sorted((s for s in scored if s[0] >= floor), key=lambda s: (-s[0], len(s[1]), s[1]))
    return ranked[:limit]
