"""Extraction of one document: a pure function from a decoded source to its facts.

This is the unit a process pool (or a cluster engine) maps over documents.

>>> from kg.model import Source
>>> facts = extract_document(Source("a.txt", "发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。要完善算力网络。\\n"))
>>> [s.label for s in facts.articles[0].statements]
['发展数字经济', '加快建设数据中心', '完善算力网络']
"""

from __future__ import annotations

from kg.concepts import extract_concepts
from kg.goals import extract_goals
from kg.layout import layout
from kg.lexicon import load_lexicon
from kg.model import Concept, DocumentFacts, Source
from kg.segment import segmenter

EXTRACTOR_VERSION = "3"


def extract_document(source: Source) -> DocumentFacts:
    page = layout(source)
    lexicon, seg = load_lexicon(), segmenter()
    articles = []
    concepts: dict[str, Concept] = {}
    for article in page.articles:
        facts, found = extract_concepts(extract_goals(article), lexicon=lexicon, segmenter=seg)
        articles.append(facts)
        for c in found:
            concepts.setdefault(c.label, c)
    return DocumentFacts(page, tuple(articles), tuple(concepts[k] for k in sorted(concepts)))
