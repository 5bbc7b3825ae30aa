"""SHACL validation of a built graph against ``ontology/shapes.ttl`` (pyshacl).

>>> store = Store.from_ntriples(b"")
>>> validate_store(store).conforms
True
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import pyoxigraph as ox

from kg.resources import ontology_dir
from kg.store import Store

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
        if self.conforms:
            return "conforms: every goal and measure has a Chinese label, an article and a quote; " \
                   "pol:supports links goals and measures; every concept has a prefLabel"
        counts = Counter(v.message for v in self.violations)
        lines = [f"does not conform: {len(self.violations)} violations"]
        lines += [f"  {n} × {message}" for message, n in counts.most_common()]
        lines.append("first violations:")
        lines += [f"  {v.focus} {v.path}: {v.message}" for v in self.violations[:limit]]
        return "\n".join(lines)


def validate_store(store: Store) -> Report:
    """Check the graph in ``store`` (its union of named graphs) against the bundled shapes."""
    import pyshacl
    import rdflib

    nt = ox.serialize((q.triple for q in store.store), format=ox.RdfFormat.N_TRIPLES)
    data = rdflib.Graph().parse(data=nt, format="nt")
    shapes = rdflib.Graph().parse(ontology_dir() / "shapes.ttl", format="turtle")
    ontology = rdflib.Graph().parse(ontology_dir() / "policykg.ttl", format="turtle")
    conforms, results, _ = pyshacl.validate(data, shacl_graph=shapes, ont_graph=ontology, inference="none",
                                            advanced=False, allow_warnings=False)
    violations = []
    sh = rdflib.Namespace(SH)
    for result in results.subjects(rdflib.RDF.type, sh.ValidationResult):
        violations.append(Violation(str(results.value(result, sh.focusNode)),
                                    str(results.value(result, sh.resultPath) or ""),
                                    str(results.value(result, sh.resultMessage) or "")))
    return Report(bool(conforms), tuple(sorted(violations, key=lambda v: (v.message, v.focus, v.path))))
