"""Questions: Chinese questions understood, names resolved against the graph, answers with their quotes.

>>> from kg.extract import extract_document
>>> from kg.graph.rdf import document_ntriples
>>> from kg.graph.store import Store
>>> from kg.model import Source
>>> doc = extract_document(Source("a.txt", "发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。\\n"))
>>> [line.label for line in answer(Store.from_ntriples(document_ntriples(doc).lines), "哪些举措支撑发展数字经济？").lines]
['加快建设数据中心']
"""

from kg.ask.reply import answer, prepare

__all__ = ["answer", "prepare"]
