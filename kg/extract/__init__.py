"""Extraction: goals, measures, their support links and the concepts they name, from laid-out text.

>>> from kg.model import Source
>>> doc = extract_document(Source("a.txt", "发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。\\n"))
>>> [s.label for s in doc.articles[0].statements]
['发展数字经济', '加快建设数据中心']
"""

from kg.extract.document import extract_document

__all__ = ["extract_document"]
