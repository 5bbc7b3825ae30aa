"""Two tiny provincial reports of one year, and their index of questions: what the tests of comparisons and of
words read (tests/test_questions_compare.py, tests/test_questions_words.py, each as its fixture ``index``)."""

from __future__ import annotations

from kg.ask.index import Index
from kg.ask.records import document_rows
from kg.extract import extract_document
from kg.model import Source

REPORTS = [
    ("2025年广东省政府工作报告.txt", "2025年广东省政府工作报告\n\n发展职业教育\n\n一是推进职业教育产教融合。二是建设数据中心。\n"),
    ("2025年江苏省政府工作报告.txt", "2025年江苏省政府工作报告\n\n发展职业教育\n\n一是办好职业教育技能大赛。二是推动人工智能与实体经济深度融合。\n"),
]


def reports_index() -> Index:
    return Index.of_rows([document_rows(extract_document(Source(n, t))) for n, t in REPORTS])
