"""Which units of a noun phrase are terms: hand-written texts for the inventory's rules."""

from kg.extract import extract_document
from kg.model import Source


def concepts(body: str) -> set[str]:
    doc = extract_document(Source("t.txt", f"测试文章\n\n张三 李四\n\n{body}\n"))
    return {c.label for c in doc.concepts}


def test_a_change_of_a_thing_is_a_concept_by_itself() -> None:
    found = concepts("积极应对气候变化，治理石漠化和荒漠化。")
    assert {"气候变化", "石漠化", "荒漠化"} <= found


def test_a_quality_alone_is_still_no_concept() -> None:
    assert "常态化" not in concepts("推动监督检查常态化。")
