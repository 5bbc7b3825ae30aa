"""Extraction: goals, measures, their support links and the concepts they name, from laid-out text.

Importing a part (``kg.extract.citations``) does not load the whole pipeline: ``extract_document``
is imported when it is first asked for, so a question from the command line starts fast.

>>> from kg.extract import extract_document
>>> from kg.model import Source
>>> doc = extract_document(Source("a.txt", "发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。\\n"))
>>> [s.label for s in doc.articles[0].statements]
['发展数字经济', '加快建设数据中心']
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kg.extract.document import extract_document

__all__ = ["extract_document"]


def __getattr__(name: str) -> Any:
    if name == "extract_document":
        from kg.extract.document import extract_document

        return extract_document
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
