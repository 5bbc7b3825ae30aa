"""Where a term begins and ends, judged by the corpus statistics of ontology/termstats.tsv (short hand-written texts)."""

import pytest

from kg.extract.terms import Chunk
from kg.extract.units import units
from tests.test_concepts import concepts, facts_of


@pytest.mark.parametrize(("text", "kept", "cut"), [
    # 发展 after a phrase the corpus names only before such a noun is part of the name
    ("要促进区域协调发展。", "区域协调发展", "区域协调"),
    ("统筹推进经济社会发展。", "经济社会发展", "经济社会"),
    # a verb of joining before 发展 joins two things: the phrase before it is one of them
    ("推动科技创新和产业创新融合发展。", "产业创新", "产业创新融合发展"),
])
def test_development_after_a_phrase_never_used_alone(text, kept, cut):
    found = concepts(facts_of(text))
    assert kept in found
    assert cut not in found


@pytest.mark.parametrize(("bound", "expected"), [
    (True, ["区域协调发展"]),
    (False, ["区域协调"]),
])
def test_units_keep_development_with_a_bound_phrase(bound, expected):
    chunk = Chunk(("区域", "协调", "发展"), ("n", "vn", "vn"), 0)
    found = units(chunk, known=lambda t: 5 if t == "区域协调发展" else 0, bound=lambda t: bound and t == "区域协调")
    assert [u.text for u in found if not u.attribute] == expected
