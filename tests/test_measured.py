"""A thing and a measure of it read as one phrase are cut in two where the corpus names the measure alone."""

import pytest

from kg.extract import extract_document
from kg.extract.measured import owner_and_measure
from kg.extract.terms import Chunk
from kg.extract.units import Unit
from kg.model import Source

ATTESTED = {"播种面积": 7, "城镇化率": 14, "常住人口城镇化率": 27, "护理型床位": 4, "养老机构护理型床位": 4,
            "资产总额": 2, "利用率": 9, "投资总额": 3}


@pytest.mark.parametrize(("words", "tags", "expected"), [
    (("小麦", "播种面积"), ("n", "n"), ["小麦", "播种面积"]),  # a crop and its area
    (("常住人口", "城镇化率"), ("n", "n"), ["常住人口城镇化率"]),  # a statistic the corpus names whole
    (("养老", "机构", "护理", "型", "床位"), ("n", "n", "n", "k", "n"), ["养老机构", "护理型床位"]),  # a body: cut anyway
    (("矿区", "资产总额"), ("n", "n"), ["矿区", "资产总额"]),
    (("资源", "利用率"), ("n", "n"), ["资源利用率"]),  # a measure of three characters names a kind of rate
    (("小麦", "亩产"), ("n", "n"), ["小麦亩产"]),  # no measure the corpus attests alone
    (("新建", "投资总额"), ("v", "n"), ["新建投资总额"]),  # nothing known before the measure
])
def test_owner_and_measure(words: tuple[str, ...], tags: tuple[str, ...], expected: list[str]) -> None:
    chunk = Chunk(words, tags, 0)
    known = {"小麦": 2, "常住人口": 2, "养老机构": 2, "矿区": 2, "资源": 2}
    out = owner_and_measure([Unit(chunk.text, 0)], chunk, attested=ATTESTED.get, known=lambda t: known.get(t, 0))
    assert [u.text for u in out] == expected
    assert all(chunk.text[u.start:u.start + len(u.text)] == u.text for u in out)


@pytest.mark.parametrize(("body", "kept", "refused"), [
    ("新建养老机构护理型床位占比提高到60%。", {"养老机构", "护理型床位"}, {"养老机构护理型床位"}),
    ("当年玉米播种面积稳定在300万亩。", {"播种面积"}, {"玉米播种面积"}),
])
def test_measured_concepts(body: str, kept: set[str], refused: set[str]) -> None:
    doc = extract_document(Source("t.txt", f"测试文章\n\n张三 李四\n\n{body}\n"))
    found = {c.label for c in doc.concepts}
    assert kept <= found and not refused & found
