"""policykg: Chinese policy writing into a knowledge graph of goals, measures and concepts.

A text becomes a document record (articles, statements, support links, concepts, each with its
quote and offsets); documents become a :class:`Graph` that runs SPARQL, answers Chinese
questions and writes any RDF format.

>>> import kg
>>> doc = kg.read_text("发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。\\n", name="a.txt")
>>> [(s.kind.value, s.label, s.evidence.quote) for s in doc.statements][1]
('measure', '加快建设数据中心', '一是加快建设数据中心')
>>> kg.Graph([doc]).ask("哪些举措支撑发展数字经济？").lines[0].label
'加快建设数据中心'

Names are loaded on first use, so ``import kg`` stays light for the command line.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS = {
    "read_text": "kg.api", "read_file": "kg.api", "read_files": "kg.api", "Graph": "kg.api",
    "Lexicon": "kg.text.lexicon", "load_lexicon": "kg.text.lexicon", "parse_lexicon": "kg.text.lexicon",
    "DocumentFacts": "kg.model", "ArticleFacts": "kg.model", "Article": "kg.model", "Statement": "kg.model",
    "Support": "kg.model", "Concept": "kg.model", "ConceptLink": "kg.model", "Mention": "kg.model",
    "Span": "kg.model", "Source": "kg.model", "Kind": "kg.model", "Level": "kg.model", "Relation": "kg.model",
    "Genre": "kg.model", "Answer": "kg.ask.answers", "PolicyKGError": "kg.errors",
}
__all__ = [
    "Answer", "Article", "ArticleFacts", "Concept", "ConceptLink", "DocumentFacts", "Genre", "Graph", "Kind",
    "Level", "Lexicon", "Mention", "PolicyKGError", "Relation", "Source", "Span", "Statement", "Support",
    "load_lexicon", "parse_lexicon", "read_file", "read_files", "read_text",
]

if TYPE_CHECKING:
    from kg.api import Graph, read_file, read_files, read_text
    from kg.ask.answers import Answer
    from kg.errors import PolicyKGError
    from kg.model import (
        Article,
        ArticleFacts,
        Concept,
        ConceptLink,
        DocumentFacts,
        Genre,
        Kind,
        Level,
        Mention,
        Relation,
        Source,
        Span,
        Statement,
        Support,
    )
    from kg.text.lexicon import Lexicon, load_lexicon, parse_lexicon


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        value = getattr(import_module(_EXPORTS[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'kg' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
