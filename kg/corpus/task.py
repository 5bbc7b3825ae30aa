"""The task a worker runs on one document: its facts and N-Triples, or one line saying why it failed.

A local process pool (:mod:`kg.corpus.build`) and a Dask cluster (:mod:`kg.corpus.distributed`) both map
:func:`extract_one` over the documents, so both give the same results.

>>> from kg.model import Source
>>> facts, triples = extract_one(Source("a.txt", "发展数字经济\\n\\n一是加快建设数据中心。\\n"))
>>> facts.page.source.name
'a.txt'
"""

from __future__ import annotations

import functools
import gc
from collections.abc import Callable
from typing import Any, TypeVar

from kg.corpus.cache import Extracted
from kg.model import Source

T = TypeVar("T")


def collector_paused(func: Callable[..., T]) -> Callable[..., T]:
    """Run ``func`` with the cyclic garbage collector paused: a build holds millions of small acyclic
    records, and the collector's repeated passes over them cost a fifth of the build's time.

    >>> @collector_paused
    ... def collecting() -> bool:
    ...     return gc.isenabled()
    >>> collecting(), gc.isenabled()
    (False, True)
    """

    @functools.wraps(func)
    def run(*args: Any, **kwargs: Any) -> T:
        paused = gc.isenabled()
        gc.disable()
        try:
            return func(*args, **kwargs)
        finally:
            if paused:
                gc.enable()

    return run


@collector_paused
def extract_one(source: Source) -> Extracted | str:
    """Facts and N-Triples of one document, or one line saying why it failed.

    >>> facts, triples = extract_one(Source("a.txt", "发展数字经济\\n\\n一是加快建设数据中心。\\n"))
    >>> [(s.kind.value, s.label) for s in facts.statements]
    [('goal', '发展数字经济'), ('measure', '加快建设数据中心')]
    >>> triples.own.count(b"\\n") > 0
    True
    >>> print(extract_one(Source("b.txt", None)))  # doctest: +ELLIPSIS
    b.txt: extraction failed: AttributeError: ...
    """
    from kg.extract import extract_document
    from kg.graph.rdf import document_ntriples

    try:
        facts = extract_document(source)
        done: Extracted | str = facts, document_ntriples(facts)
    except Exception as exc:
        done = f"{source.name}: extraction failed: {type(exc).__name__}: {' '.join(str(exc).split())}"
    sweep()
    return done


def sweep() -> None:
    """Free the reference cycles of the work just done while the collector is paused: a pass over the objects
    made since the last sweep (the two young generations), not over the caches and the dictionary, which live
    in the oldest. A process that extracts one document after another (a pool worker inherits the paused
    collector of the build that forked it) thus keeps no garbage from the documents before.

    >>> import gc
    >>> class Node: pass
    >>> a, b = Node(), Node(); a.other, b.other = b, a
    >>> del a, b
    >>> sweep(); gc.collect(1)  # nothing left to collect
    0
    """
    gc.collect(1)
