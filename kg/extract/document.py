"""Extraction of one document: a pure function from a decoded source to its facts.

This is the unit a process pool (or a cluster engine) maps over documents.

>>> from kg.model import Source
>>> facts = extract_document(Source("a.txt", "发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。要完善算力网络。\\n"))
>>> [s.label for s in facts.articles[0].statements]
['发展数字经济', '加快建设数据中心', '完善算力网络']
"""

from __future__ import annotations

import gc
from dataclasses import fields, is_dataclass, replace
from functools import cache, lru_cache
from typing import Any

from kg.extract.concepts import extract_concepts, with_broader
from kg.extract.statements import extract_statements
from kg.model import Concept, DocumentFacts, Paragraph, Source, Span
from kg.text.formats import with_metadata
from kg.text.layout import layout
from kg.text.lexicon import Lexicon, load_lexicon
from kg.text.normalize import matching_text, verbatim
from kg.text.segment import Segmenter, segmenter


def extract_document(source: Source, *, lexicon: Lexicon | None = None) -> DocumentFacts:
    """Layout, goals and measures, concepts. Matching runs on :func:`~kg.text.normalize.matching_text`
    (full-width narrowed, traditional simplified); quotes are the source's own characters.

    ``lexicon`` is the domain lexicon (terms, kinds, aliases); by default the bundled one
    (``ontology/lexicon.tsv``, see :func:`kg.text.lexicon.load_lexicon`).

    The cyclic garbage collector pauses while one document is read: extraction makes many small
    short-lived records and no cycles worth collecting, and the collector's passes cost a fifth of
    the time."""
    paused = gc.isenabled()
    gc.disable()
    try:
        return _extract_matching(source, _resources(lexicon))
    finally:
        if paused:
            gc.enable()


def _resources(lexicon: Lexicon | None) -> tuple[Lexicon, Segmenter]:
    """The lexicon and a segmenter that knows its terms (the bundled pair is made once per process)."""
    if lexicon is None:
        return load_lexicon(), segmenter()
    return lexicon, _segmenter_for(lexicon)


@lru_cache(maxsize=4)
def _segmenter_for(lexicon: Lexicon) -> Segmenter:
    return Segmenter(lexicon)


def _extract_matching(source: Source, resources: tuple[Lexicon, Segmenter]) -> DocumentFacts:
    matching = matching_text(source.text)
    if matching == source.text:
        return _extract(source, resources)
    facts = _extract(replace(source, text=matching), resources)

    def fix(span: Span) -> Span:
        if source.text[span.start:span.end] == matching[span.start:span.end]:
            return span
        return replace(span, quote=verbatim(span.quote, span.start, span.end, source=source.text, matching=matching))

    restored = _restore(facts, fix)
    return replace(restored, page=replace(restored.page, source=source))


def _restore(obj: Any, fix: Any) -> Any:
    """``obj`` with every :class:`Span` inside it replaced by ``fix(span)``; parts without a changed
    span are kept as they are."""
    if isinstance(obj, Span):
        return fix(obj)
    if isinstance(obj, tuple):
        if not obj or isinstance(obj[0], (str, int, float)):
            return obj
        new = tuple(_restore(x, fix) for x in obj)
        return obj if all(a is b for a, b in zip(new, obj, strict=True)) else new
    if is_dataclass(obj) and not isinstance(obj, (type, Paragraph, Source)):
        changed = {}
        for name in _field_names(type(obj)):
            value = getattr(obj, name)
            if not isinstance(value, (str, int, float, bool)) and value is not None:
                new = _restore(value, fix)
                if new is not value:
                    changed[name] = new
        return replace(obj, **changed) if changed else obj  # type: ignore[misc]
    return obj


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def _extract(source: Source, resources: tuple[Lexicon, Segmenter]) -> DocumentFacts:
    page = with_metadata(layout(source), source)
    lexicon, seg = resources
    background = seg.background()
    articles = []
    concepts: dict[str, Concept] = {}
    for article in page.articles:
        facts, found = extract_concepts(extract_statements(article), lexicon=lexicon, segmenter=seg,
                                        background=background)
        articles.append(facts)
        for c in found:
            concepts.setdefault(c.label, c)
    return DocumentFacts(page, tuple(articles), with_broader(tuple(concepts[k] for k in sorted(concepts))))
