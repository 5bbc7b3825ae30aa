"""``policykg ask``: a Chinese question to an answer read from the graph.

>>> from kg.extract import extract_document
>>> from kg.model import Source
>>> from kg.graph.rdf import document_ntriples
>>> doc = extract_document(Source("a.txt", "发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。\\n"))
>>> store = Store.from_ntriples(document_ntriples(doc).lines)
>>> [line.label for line in answer(store, "哪些举措支撑发展数字经济？").lines]
['加快建设数据中心']
>>> answer(store, "数字经济有多少项举措？").heading
'「数字经济」：1 个目标的名称含它，共 1 项举措'
"""

from __future__ import annotations

from dataclasses import replace

from kg.ask import answers
from kg.ask.questions import parse_question
from kg.errors import PolicyKGError
from kg.graph.store import Store

HANDLERS = {
    "measures": answers.measures_answer,
    "goals": answers.goals_answer,
    "concepts": answers.concepts_answer,
    "articles": answers.articles_answer,
    "about": answers.about_answer,
}
MAX_QUESTION = 500  # characters: a question, not a document
KIND_WORDS = {"目标", "举措", "措施", "概念", "文章", "文件", "节点", "政策", "图谱", "图"}


def prepare(store: Store) -> answers.Graph:
    """Read what every question needs once (a server calls this before it forks per question)."""
    return answers.prepare(store)


def answer(store: Store, question: str) -> answers.Answer:
    """Read ``question`` by its cues, resolve its names against the graph, and answer with quotes."""
    question = question.strip()
    if not question:
        raise PolicyKGError("empty question; ask e.g. 哪些举措支撑现代化产业体系建设？")
    if len(question) > MAX_QUESTION:
        raise PolicyKGError(f"question too long: {len(question)} characters, at most {MAX_QUESTION}")
    graph = answers.prepare(store)
    parsed = parse_question(question)
    if parsed.intent == "relation":
        return answers.relation_answer(graph, *parsed.names, question=question)
    if not parsed.names or (parsed.count and parsed.names[0] in KIND_WORDS):
        if parsed.count:
            return answers.totals_answer(graph, question=question)
        return answers.not_found(graph, question, parsed.intent, [])
    found = HANDLERS[parsed.intent](graph, parsed.names[0], question=question)
    return replace(found, count_only=parsed.count and found.found)
