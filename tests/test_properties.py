"""Property-based tests: layout and extraction never crash, quotes are the source's own text."""

from __future__ import annotations

import re

import pyoxigraph as ox
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kg.errors import InputError
from kg.extract import extract_document
from kg.graph.rdf import document_ntriples
from kg.model import Source
from kg.text.layout import SPACES, layout
from kg.text.sources import decode
from tests.strategies import any_text, policy_like

BREAK = re.compile(f"[{SPACES}]*\n[{SPACES}]*")
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def spans_of(doc):
    for facts in doc.articles:
        yield from (s.evidence for s in facts.statements)
        yield from (x.evidence for x in (*facts.supports, *facts.responsibilities, *facts.concept_links,
                                          *facts.indicators))
        if facts.article.title_span:
            yield facts.article.title_span


@SETTINGS
@given(any_text())
def test_layout_never_crashes(text):
    page = layout(Source("x.txt", text))
    for article in page.articles:
        for para in article.paragraphs:
            assert para.text


@SETTINGS
@given(any_text())
@example("孔\n数济经0%")  # a title over two lines whose figure is an indicator: its quote is the whole title
def test_every_quote_is_the_source_between_its_offsets(text):
    doc = extract_document(Source("x.txt", text))
    for span in spans_of(doc):
        assert 0 <= span.start <= span.end <= len(text)
        assert BREAK.sub("", text[span.start:span.end]) == span.quote


@SETTINGS
@given(policy_like())
def test_triples_always_parse(text):
    doc = extract_document(Source("x.txt", text))
    triples = document_ntriples(doc)
    parsed = list(ox.parse(triples.lines, format=ox.RdfFormat.N_TRIPLES))
    assert len(parsed) == triples.lines.count(b"\n")


@SETTINGS
@given(st.binary(max_size=600))
def test_decoding_is_text_or_one_clear_error(data):
    try:
        text = decode(data, name="x.txt")
    except InputError as exc:
        assert str(exc).startswith("x.txt: ") and "\n" not in str(exc)
    else:
        assert text.strip() and "\r" not in text
