"""Extraction quality on the development golds: a regression guard, one floor per document.

The floors sit a little under the figures `scripts/eval.py` measures today; a change that
drops a document below its floor has made extraction worse on a kind of text it reads.
"""

import importlib.util
import re

import pytest

from .conftest import ROOT, require_shared

FLOORS = {  # macro F1 (statements and links), gold concepts found, concept-graph F1
    "d0_seed": (0.90, 25, 0.78), "d1_zhijiao": (0.94, 19, 0.62), "d2_gansu2026": (0.91, 21, 0.56),
    "d3_gwr1995": (0.86, 24, 0.75), "d4_xiaofeifupin": (0.86, 16, 0.56), "d5_19da": (0.86, 21, 0.72),
    "d6_guangdong2025": (0.91, 23, 0.82), "d7_zhuanli": (0.94, 13, 0.70),
}


def evaluation():
    spec = importlib.util.spec_from_file_location("evaluation", ROOT / "scripts" / "eval.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_development_document_stays_above_its_floor(name):
    shared = require_shared()
    module = evaluation()
    report = module.score_gold(shared / "gold" / "dev" / f"{name}.json", shared, module.load_scorer(shared))
    floor, concepts, graph = FLOORS[name]
    assert report["macro_f1"] >= floor, (report["statements"], report["links"])
    assert report["statements"]["precision"] >= 0.85
    assert report["concepts"]["found"] >= concepts, report["concepts"]["missing"]
    assert len(report["concepts"]["junk"]) <= 3, report["concepts"]["junk"]
    assert report["concept_graph"]["f1"] >= graph, report["concept_graph"]["regions"]
    assert report["metadata"]["ok"] == report["metadata"]["of"], report["metadata"]["detail"]


def test_a_table_of_coordinates_gives_no_goal_or_measure():
    shared = require_shared()
    from kg.extract import extract_document
    from kg.model import Source

    path = next((shared / "corpus" / "state_council_2018_2019").glob("国函〔2006〕132号*.txt"))
    doc = extract_document(Source(path.name, path.read_text(encoding="utf-8")))
    labels = [s.label for a in doc.articles for s in a.statements]
    assert labels and len(labels) < 15
    for label in labels:
        assert re.search(r"[\u4e00-\u9fff]{3}", label), label  # never a number or a coordinate
        assert not re.search(r"\d{4,}\.\d{3}|°|′", label), label
