"""Extraction of one document: a pure function from a decoded source to its facts.

This is the unit a process pool (or a cluster engine) maps over documents.

>>> from kg.model import Source
>>> facts = extract_document(Source("a.txt", "发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。要完善算力网络。\\n"))
>>> [s.label for s in facts.articles[0].statements]
['发展数字经济', '加快建设数据中心', '完善算力网络']
"""

from __future__ import annotations

from dataclasses import fields, is_dataclass, replace
from typing import Any

from kg.concepts import extract_concepts
from kg.formats import with_metadata
from kg.layout import layout
from kg.lexicon import load_lexicon
from kg.model import Concept, DocumentFacts, Paragraph, Source, Span
from kg.normalize import matching_text, verbatim
from kg.segment import segmenter
from kg.statements import extract_statements

EXTRACTOR_VERSION = "13"


def extract_document(source: Source) -> DocumentFacts:
    """Layout, goals and measures, concepts. Matching runs on :func:`~kg.normalize.matching_text`
    (full-width narrowed, traditional simplified); quotes are the source's own characters."""
    matching = matching_text(source.text)
    if matching == source.text:
        return _extract(source)
    facts = _extract(replace(source, text=matching))

    def fix(span: Span) -> Span:
        return replace(span, quote=verbatim(span.quote, span.start, span.end, source=source.text, matching=matching))

    restored = _restore(facts, fix)
    return replace(restored, page=replace(restored.page, source=source))


def _restore(obj: Any, fix: Any) -> Any:
    """``obj`` with every :class:`Span` inside it replaced by ``fix(span)``."""
    if isinstance(obj, Span):
        return fix(obj)
    if isinstance(obj, tuple):
        return tuple(_restore(x, fix) for x in obj)
    if is_dataclass(obj) and not isinstance(obj, (Paragraph, Source)):
        return replace(obj, **{f.name: _restore(getattr(obj, f.name), fix) for f in fields(obj)})  # type: ignore[misc, type-var]
    return obj


def _extract(source: Source) -> DocumentFacts:
    page = with_metadata(layout(source), source)
    lexicon, seg = load_lexicon(), segmenter()
    background = seg.background()
    articles = []
    concepts: dict[str, Concept] = {}
    for article in page.articles:
        facts, found = extract_concepts(extract_statements(article), lexicon=lexicon, segmenter=seg,
                                        background=background)
        articles.append(facts)
        for c in found:
            concepts.setdefault(c.label, c)
    return DocumentFacts(page, tuple(articles), tuple(concepts[k] for k in sorted(concepts)))
