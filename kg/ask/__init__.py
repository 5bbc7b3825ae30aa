"""Questions: Chinese (and basic English) questions understood, names resolved against the index of
the graph, answers with their quotes.

>>> from kg.extract import extract_document
>>> from kg.graph.rdf import document_ntriples
>>> from kg.graph.store import Store
>>> from kg.model import Source
>>> doc = extract_document(Source("a.txt", "发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。\\n"))
>>> [line.label for line in answer(Store.from_ntriples(document_ntriples(doc).lines), "哪些举措支撑发展数字经济？").lines]
['加快建设数据中心']
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pathlib import Path

    from kg.ask.answers import Answer
    from kg.ask.index import Index

__all__ = ["answer", "index_for", "prepare"]


def answer(source: Any, question: str) -> Answer:
    """:func:`kg.ask.reply.answer`: ``question`` answered from an index or a store, with its quotes.

    >>> from kg.graph.store import Store
    >>> answer(Store.from_turtle(b""), "哪些举措支撑发展数字经济？").found
    False
    """
    from kg.ask.reply import answer as run

    return run(source, question)


def prepare(store: Any, *, graph: Path | None = None) -> Index:
    """:func:`kg.ask.reply.prepare`: the index of questions of a graph.

    >>> from kg.graph.store import Store
    >>> prepare(Store.from_turtle(b"")).documents()
    []
    """
    from kg.ask.reply import prepare as run

    return run(store, graph=graph)


def index_for(graph: Path) -> Index:
    """:func:`kg.ask.reply.index_for`: the index of the graph a command names.

    >>> from pathlib import Path
    >>> index_for(Path("no/such/graph.ttl"))
    Traceback (most recent call last):
    kg.errors.GraphError: no/such/graph.ttl: no graph here; run `policykg build` first (or pass --graph)
    """
    from kg.ask.reply import index_for as run

    return run(graph)
