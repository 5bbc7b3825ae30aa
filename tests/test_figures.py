"""Indicators a figure is given for: named whole, except the base of a share and a body of actors with its measure."""

import pytest

from kg.extract import extract_document
from kg.extract.figures import whole_indicator
from kg.model import Source


def concepts(body: str) -> set[str]:
    doc = extract_document(Source("t.txt", f"测试文章\n\n张三 李四\n\n{body}\n"))
    return {c.label for c in doc.concepts}


@pytest.mark.parametrize(("clause", "text", "parts", "whole"), [
    ("森林覆盖率达到45%", "森林覆盖率", (), True),  # an indicator named whole
    ("常住人口城镇化率提高到70%", "常住人口城镇化率", ("常住人口", "城镇化率"), True),  # a population: one statistic
    ("服务业占地区生产总值比重达到60%", "地区生产总值比重", ("地区生产总值",), False),  # the base of a share
    ("绿色电力占全社会用电量比例超过30%", "全社会用电量比例", (), False),
    ("市属企业资产总额达到9000亿元", "市属企业资产总额", ("市属企业", "资产总额"), False),  # a body and its measure
    ("金融机构存款总额增长12%", "金融机构存款总额", ("金融机构", "存款总额"), False),
    ("服务业比重达到60%", "服务业比重", ("服务业",), True),  # a share of its own, no 占 before it
    ("森林覆盖率较高", "森林覆盖率", (), False),  # no figure after it
])
def test_whole_indicator(clause: str, text: str, parts: tuple[str, ...], whole: bool) -> None:
    assert whole_indicator(clause, clause.index(text), text, parts) is whole


@pytest.mark.parametrize(("body", "kept", "refused"), [
    ("文化产业增加值占地区生产总值比重达到6%。", {"地区生产总值"}, {"地区生产总值比重"}),
    ("国有企业资产总额增长10%。", {"国有企业", "资产总额"}, {"国有企业资产总额"}),
    ("常住人口城镇化率达到60%。", {"常住人口城镇化率"}, set()),
])
def test_indicator_concepts(body: str, kept: set[str], refused: set[str]) -> None:
    found = concepts(body)
    assert kept <= found and not refused & found
