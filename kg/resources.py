"""Where the bundled files live: the ontology, the lexicon, the seed page, the queries.

In a wheel they sit in ``kg/_data``; in a source checkout, at the top of the
repository.

>>> (ontology_dir() / "policykg.ttl").is_file()
True
"""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parent


def _find(name: str) -> Path:
    for base in (PACKAGE / "_data", PACKAGE.parent):
        if (base / name).is_dir():
            return base / name
    raise FileNotFoundError(f"bundled folder {name}/ is missing from the installation")


def ontology_dir() -> Path:
    """The ontology, the shapes, the lexicon, the place names and the corpus term statistics.

    >>> (ontology_dir() / "lexicon.tsv").is_file()
    True
    """
    return _find("ontology")


def seeds_dir() -> Path:
    """The seed page ``policykg build`` reads when given no input.

    >>> sorted(p.suffix for p in seeds_dir().iterdir())
    ['.txt']
    """
    return _find("seeds")


def queries_dir() -> Path:
    """The bundled SPARQL queries (``.rq`` files).

    >>> (queries_dir() / "concepts.rq").is_file()
    True
    """
    return PACKAGE / "graph" / "queries"
