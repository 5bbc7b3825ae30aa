"""The domain lexicon is a general resource: its terms are terms of the field, found across the corpus."""

import re

from kg.text.lexicon import load_lexicon

from .conftest import require_shared


def test_every_term_and_alias_occurs_in_three_corpus_documents():
    shared = require_shared()
    texts = [p.read_text(encoding="utf-8") for p in sorted((shared / "corpus").rglob("*.txt"))]
    for concept in load_lexicon().concepts:
        for surface in (concept.label, *concept.aliases):
            if re.fullmatch(r"[A-Z0-9]+", surface):
                continue  # a Latin abbreviation (AI, GDP) stands for its term
            assert sum(surface in t for t in texts) >= 3, surface


def test_an_alias_is_no_narrower_or_wider_term_than_its_label():
    for concept in load_lexicon().concepts:
        for alias in concept.aliases:
            assert not (alias.endswith(concept.label) and len(alias) > len(concept.label) + 2), (alias, concept.label)
            assert not (concept.label.endswith(alias) and len(concept.label) > len(alias) + 2), (alias, concept.label)
