"""The domain lexicon (``ontology/lexicon.tsv``): terms, their types and aliases.

>>> lex = load_lexicon()
>>> lex.canonical("AI"), lex.kind("人工智能")
('人工智能', 'Technology')
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from kg.model import Concept
from kg.resources import ontology_dir


@dataclass(frozen=True)
class Lexicon:
    concepts: tuple[Concept, ...]
    _by_surface: dict[str, str] = field(init=False, repr=False, compare=False, hash=False)
    _by_label: dict[str, Concept] = field(init=False, repr=False, compare=False, hash=False)
    _pattern: re.Pattern[str] = field(init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        surfaces: dict[str, str] = {}
        for c in self.concepts:
            surfaces[c.label] = c.label
            for alias in c.aliases:
                surfaces.setdefault(alias, c.label)
        object.__setattr__(self, "_by_surface", surfaces)
        object.__setattr__(self, "_by_label", {c.label: c for c in self.concepts})
        ordered = sorted(surfaces, key=lambda x: (-len(x), x))
        alternation = "|".join(re.escape(x) for x in ordered) or "(?!)"
        object.__setattr__(self, "_pattern", re.compile(alternation))

    def find(self, text: str) -> list[str]:
        """Canonical labels of the terms named in ``text``, leftmost-longest, in order, once each.

        >>> load_lexicon().find("发展人工智能和AI芯片，推进人工智能；MAIN")
        ['人工智能', '芯片']
        """
        out: list[str] = []
        for m in self._pattern.finditer(text):
            if _ascii_inside(text, m.start(), m.end()):
                continue
            label = self._by_surface[m.group()]
            if label not in out:
                out.append(label)
        return out

    def canonical(self, surface: str) -> str | None:
        """The label a term or alias stands for, or None.

        >>> load_lexicon().canonical("AI")
        '人工智能'
        """
        return self._by_surface.get(surface)

    def kind(self, label: str) -> str | None:
        """The kind of a term of the lexicon (Technology, Industry, …), or None.

        >>> load_lexicon().kind("人工智能")
        'Technology'
        """
        c = self._by_label.get(label)
        return c.kind if c else None

    def aliases(self, label: str) -> tuple[str, ...]:
        """The other names of a term.

        >>> "AI" in load_lexicon().aliases("人工智能")
        True
        """
        c = self._by_label.get(label)
        return c.aliases if c else ()

    def surfaces(self) -> dict[str, str]:
        """Every term and alias -> its canonical label.

        >>> load_lexicon().surfaces()["AI"]
        '人工智能'
        """
        return dict(self._by_surface)


def _ascii_inside(text: str, start: int, end: int) -> bool:
    """A Latin term cut out of a longer Latin word ('AI' in 'MAIN')."""
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    return (before.isascii() and before.isalnum() and text[start].isascii()) or (
        after.isascii() and after.isalnum() and text[end - 1].isascii())


def parse_lexicon(text: str) -> Lexicon:
    """A lexicon from its TSV text: term, kind, aliases separated by |; # starts a comment.

    >>> parse_lexicon("# term\\tkind\\taliases\\n海洋经济\\tPolicyTerm\\t蓝色经济\\n").canonical("蓝色经济")
    '海洋经济'
    """
    concepts = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        aliases = tuple(a for a in (parts[2].split("|") if len(parts) > 2 else []) if a)
        concepts.append(Concept(parts[0].strip(), parts[1].strip(), aliases))
    return Lexicon(tuple(concepts))


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The bundled domain lexicon (``ontology/lexicon.tsv``), read once.

    >>> load_lexicon() is load_lexicon()
    True
    """
    return parse_lexicon((ontology_dir() / "lexicon.tsv").read_text(encoding="utf-8"))
