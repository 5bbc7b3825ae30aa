"""Which units of a noun phrase are terms: hand-written texts for the inventory's rules."""

import pytest

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


@pytest.mark.parametrize(("body", "kept", "junk"), [
    # 深化 opens a list item as its predicate: the item names what it deepens
    ("深化电力、燃气、邮政等行业改革。", "燃气", "深化电力"),
    ("深化供销社、农垦改革。", "供销社", "深化供销社"),
    # 研发 names with the noun after it
    ("发展研发设计、检验检测等服务业。", "研发设计", "设计"),
    # a set phrase after a modal verb is what the clause asks for, no thing it names
    ("各地要结合实际，抓好粮食生产。", "粮食生产", "结合实际"),
    ("各级政府必须高度重视，抓好粮食生产。", "粮食生产", "高度重视"),
    # after a verb it may name one
    ("有效抑制通货膨胀，稳定物价。", "通货膨胀", "有效抑制"),
    # 跨 and the noun it crosses modify a name; alone they name nothing
    ("支持跨地区、跨行业发展现代物流业。", "现代物流业", "跨地区"),
    ("支持跨地区、跨行业发展现代物流业。", "现代物流业", "跨行业"),
    ("大力发展跨境电商。", "跨境电商", "跨境"),
])
def test_a_predicate_or_a_modifier_alone_is_no_concept(body: str, kept: str, junk: str) -> None:
    """A verb opening a list item, a set phrase a modal governs, 跨 and the noun it crosses: none names a thing."""
    found = concepts(body)
    assert kept in found and junk not in found
