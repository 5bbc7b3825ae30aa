"""Support links between statements as adjacency, and every statement reachable along them: the one
place transitive supporters (``pol:supports+``) are worked out outside SPARQL.

>>> incoming, _ = support_links([("m1", "g"), ("m2", "m1")])
>>> reach(incoming, "g")
['m1', 'm2']
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence


def support_links(pairs: Iterable[tuple[str, str]]) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """(incoming, outgoing) adjacency of support links, each list without repeats, in the order given.

    >>> support_links([("m1", "g"), ("m2", "m1"), ("m1", "g")])[0]["g"]
    ['m1']
    """
    incoming: dict[str, list[str]] = defaultdict(list)
    outgoing: dict[str, list[str]] = defaultdict(list)
    seen: set[tuple[str, str]] = set()
    for source, target in pairs:
        if source and target and source != target and (source, target) not in seen:
            seen.add((source, target))
            incoming[target].append(source)
            outgoing[source].append(target)
    return incoming, outgoing


def reach(links: Mapping[str, Sequence[str]], node: str) -> list[str]:
    """Every node reachable from ``node`` along ``links`` (not ``node`` itself), nearest first.

    With the incoming links, these are the nodes with a ``pol:supports+`` path to ``node``.

    >>> reach({"g": ["m1", "m2"], "m1": ["m3"], "m3": ["g"]}, "g")
    ['m1', 'm2', 'm3']
    """
    seen, queue, out = {node}, [node], []
    for current in queue:
        for other in links.get(current, ()):
            if other not in seen:
                seen.add(other)
                queue.append(other)
                out.append(other)
    return out
