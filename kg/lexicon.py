"""The domain lexicon (``ontology/lexicon.tsv``): terms, their types and aliases.

>>> lex = load_lexicon()
>>> lex.canonical("AI"), lex.kind("人工智能")
('人工智能', 'Technology')
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from kg.model import Concept
from kg.resources import ontology_dir


@dataclass(frozen=True)
class Lexicon:
    concepts: tuple[Concept, ...]

    @property
    def _by_surface(self) -> dict[str, str]:
        return _surfaces(self)

    def canonical(self, surface: str) -> str | None:
        return self._by_surface.get(surface)

    def kind(self, label: str) -> str | None:
        return _kinds(self).get(label)

    def surfaces(self) -> dict[str, str]:
        """Every term and alias -> its canonical label."""
        return dict(self._by_surface)


@lru_cache(maxsize=8)
def _surfaces(lex: Lexicon) -> dict[str, str]:
    out = {}
    for c in lex.concepts:
        out[c.label] = c.label
        for alias in c.aliases:
            out.setdefault(alias, c.label)
    return out


@lru_cache(maxsize=8)
def _kinds(lex: Lexicon) -> dict[str, str]:
    return {c.label: c.kind for c in lex.concepts}


def parse_lexicon(text: str) -> Lexicon:
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
    return parse_lexicon((ontology_dir() / "lexicon.tsv").read_text(encoding="utf-8"))
