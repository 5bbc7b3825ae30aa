"""Extraction of one document: a pure function from a decoded source to its facts.

This is the unit a process pool (or a cluster engine) maps over documents.

>>> from kg.model import Source
>>> facts = extract_document(Source("a.txt", "发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。要完善算力网络。\\n"))
>>> [s.label for s in facts.articles[0].statements]
['发展数字经济', '加快建设数据中心', '完善算力网络']
"""

from __future__ import annotations

import gc
from dataclasses import replace
from functools import lru_cache

from kg.extract.citations import extract_citations
from kg.extract.concepts import extract_concepts, with_broader
from kg.extract.instruments import extract_instruments, load_instrument_cues
from kg.extract.statements import extract_statements
from kg.model import Concept, DocumentFacts, Source
from kg.text.formats import with_metadata
from kg.text.layout import layout
from kg.text.lexicon import Lexicon, load_lexicon
from kg.text.outline import outline
from kg.text.segment import Segmenter, segmenter


def extract_document(source: Source, *, lexicon: Lexicon | None = None) -> DocumentFacts:
    """Layout, goals and measures, concepts. Matching runs on :func:`~kg.text.normalize.matching_text`
    (full-width narrowed, traditional simplified); quotes are the source's own characters, cut by offsets
    from the records :func:`~kg.text.layout.layout` makes.

    ``lexicon`` is the domain lexicon (terms, kinds, aliases); by default the bundled one
    (``ontology/lexicon.tsv``, see :func:`kg.text.lexicon.load_lexicon`).

    The cyclic garbage collector pauses while one document is read: extraction makes many small
    short-lived records and no cycles worth collecting, and the collector's passes cost a fifth of
    the time.

    >>> facts = extract_document(Source("a.txt", "关于发展海洋经济的意见\\n要加快建设港口。\\n"))
    >>> [(s.kind.value, s.label) for s in facts.articles[0].statements]
    [('goal', '发展海洋经济'), ('measure', '加快建设港口')]
    """
    paused = gc.isenabled()
    gc.disable()
    try:
        return _extract(source, _resources(lexicon))
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


def _extract(source: Source, resources: tuple[Lexicon, Segmenter]) -> DocumentFacts:
    page = with_metadata(layout(source), source)
    lexicon, seg = resources
    background = seg.background()
    tools = load_instrument_cues()
    articles = []
    concepts: dict[str, Concept] = {}
    for article in page.articles:
        read = outline(article)
        facts, found = extract_concepts(extract_statements(article, outlined=read), lexicon=lexicon, segmenter=seg,
                                        background=background, outlined=read)
        articles.append(extract_instruments(replace(facts, citations=extract_citations(article, outlined=read)), cues=tools,
                                            words=seg.words))
        for c in found:
            concepts.setdefault(c.label, c)
    return DocumentFacts(page, tuple(articles), with_broader(tuple(concepts[k] for k in sorted(concepts))))
