"""SHACL validation of a built graph against ``ontology/shapes.ttl`` (pyshacl).

>>> store = Store.from_ntriples(b"")
>>> validate_store(store).conforms
True
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from kg.graph.rdf import ONTOLOGY_GRAPH
from kg.graph.store import Store
from kg.resources import ontology_dir

if TYPE_CHECKING:
    import rdflib

SH = "http://www.w3.org/ns/shacl#"


@dataclass(frozen=True)
class Violation:
    focus: str
    path: str
    message: str


@dataclass(frozen=True)
class Report:
    conforms: bool
    violations: tuple[Violation, ...]

    def summary(self, *, limit: int = 20) -> str:
        """The report in a few lines: whether the graph conforms, else how many violations of each kind, and the
        first ``limit``.

        >>> print(Report(True, ()).summary())  # doctest: +ELLIPSIS
        conforms: every goal and measure has a Chinese label, an article and a quote; ...
        >>> print(Report(False, (Violation("http://e/g", "rdfs:label", "目标没有中文标签"),)).summary())
        does not conform: 1 violations
          1 × 目标没有中文标签
        first violations:
          http://e/g rdfs:label: 目标没有中文标签
        """
        if self.conforms:
            return "conforms: every goal and measure has a Chinese label, an article and a quote; " \
                   "pol:supports links goals and measures; every concept has a prefLabel"
        counts = Counter(v.message for v in self.violations)
        lines = [f"does not conform: {len(self.violations)} violations"]
        lines += [f"  {n} × {message}" for message, n in counts.most_common()]
        lines.append("first violations:")
        lines += [f"  {v.focus} {v.path}: {v.message}" for v in self.violations[:limit]]
        return "\n".join(lines)


def validate_store(store: Store, *, workers: int = 1) -> Report:
    """Check the graph in ``store`` against the bundled shapes.

    A dataset (one named graph per document) is checked one document at a
    time, on ``workers`` processes: every shape is about nodes of one document
    (a statement, its article and evidence, the concepts it names), so the
    union conforms exactly when every document does, and memory stays small.

    >>> store = Store.from_turtle('<http://e/g> a <https://w3id.org/policykg/ontology#Goal> .'.encode())
    >>> report = validate_store(store)
    >>> report.conforms, len(report.violations) > 0
    (False, True)
    """
    parts = [data for name, data in store.graphs() if name != ONTOLOGY_GRAPH]
    if workers > 1 and len(parts) > 1:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else None)
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            found = list(pool.map(validate_ntriples, parts, chunksize=4))
    else:
        found = [validate_ntriples(part) for part in parts]
    violations = sorted({v for vs in found for v in vs}, key=lambda v: (v.message, v.focus, v.path))
    return Report(not violations, tuple(violations))


def validate_ntriples(data: bytes) -> list[Violation]:
    """The SHACL violations of one graph given as N-Triples (pyshacl, no inference).

    >>> validate_ntriples(b"")
    []
    >>> goal = b"<http://e/g> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/policykg/ontology#Goal> .\\n"
    >>> sorted({v.path for v in validate_ntriples(goal)})
    ['http://www.w3.org/2000/01/rdf-schema#label', 'http://www.w3.org/ns/prov#wasDerivedFrom', 'https://w3id.org/policykg/ontology#statedIn']
    """
    import pyshacl
    import rdflib

    graph = rdflib.Graph().parse(data=data, format="nt")
    shapes, ontology = _shapes()
    conforms, results, _ = pyshacl.validate(graph, shacl_graph=shapes, ont_graph=ontology, inference="none",
                                            advanced=False, allow_warnings=False)
    if conforms:
        return []
    sh = rdflib.Namespace(SH)
    return [Violation(str(results.value(r, sh.focusNode)), str(results.value(r, sh.resultPath) or ""),
                      str(results.value(r, sh.resultMessage) or ""))
            for r in results.subjects(rdflib.RDF.type, sh.ValidationResult)]


@lru_cache(maxsize=1)
def _shapes() -> tuple[rdflib.Graph, rdflib.Graph]:
    import rdflib

    shapes = rdflib.Graph().parse(ontology_dir() / "shapes.ttl", format="turtle")
    ontology = rdflib.Graph().parse(ontology_dir() / "policykg.ttl", format="turtle")
    return shapes, ontology
