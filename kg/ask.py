"""``policykg ask``: a Chinese question to an answer read from the graph.

>>> from kg.extract import extract_document
>>> from kg.model import Source
>>> from kg.rdf import document_ntriples
>>> doc = extract_document(Source("a.txt", "发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。\\n"))
>>> store = Store.from_ntriples(document_ntriples(doc).lines)
>>> [line.label for line in answer(store, "哪些举措支撑发展数字经济？").lines]
['加快建设数据中心']
"""

from __future__ import annotations

from kg import answers
from kg.questions import parse_question
from kg.store import Store

HANDLERS = {
    "measures": answers.measures_answer,
    "goals": answers.goals_of,
    "concepts": answers.related_concepts,
    "articles": answers.articles_with,
}


def answer(store: Store, question: str) -> answers.Answer:
    """Match ``question`` to a template, resolve its names loosely, and answer with quotes."""
    parsed = parse_question(question)
    if parsed.kind == "relation":
        found = answers.relation_between(store, *parsed.names)
    else:
        found = HANDLERS[parsed.kind](store, parsed.names[0])
    return answers.Answer(question, found.heading, found.lines)
