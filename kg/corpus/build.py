"""``policykg build``: input files to graph.ttl, graph.nq and graph.html in an output folder.

Extraction is a pure function per document, mapped over a process pool; its
results are cached per document under ``out/.cache``, so a rebuild only
extracts what changed. Every output file is written atomically, after all
of them have been computed. One build at a time holds the output folder; it
first removes the temporary files a killed build left there. Extraction
processes die with the build.

>>> import tempfile, pathlib
>>> out = pathlib.Path(tempfile.mkdtemp())
>>> src = out / "a.txt"; _ = src.write_text("发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。\\n", encoding="utf-8")
>>> report = build([src], out / "o", workers=1)
>>> report.articles, (out / "o" / "graph.ttl").is_file(), report.extracted
(1, True, 1)
>>> build([src], out / "o", workers=1).extracted
0
"""

from __future__ import annotations

import functools
import gc
import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from kg.corpus.cache import Cache, cache_key
from kg.corpus.files import OutputFolder, Staged
from kg.errors import InputError, OutputError, shown
from kg.graph.rdf import DocumentTriples
from kg.model import DocumentFacts, Source
from kg.processes import die_with_parent
from kg.text.sources import MAX_BYTES, gather, read

T = TypeVar("T")

Progress = Callable[[int, int, str], None]
Extracted = tuple[DocumentFacts, DocumentTriples]


@dataclass(frozen=True)
class BuildReport:
    documents: int
    articles: int
    goals: int
    measures: int
    triples: int
    characters: int
    extracted: int
    graph_path: Path
    dataset_path: Path
    page_path: Path | None
    failures: tuple[str, ...] = field(default=())  # inputs skipped, one line each
    warnings: tuple[str, ...] = field(default=())  # damaged cache entries rebuilt, a cache not written


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


def _collector_paused(func: Callable[..., T]) -> Callable[..., T]:
    """Run ``func`` with the cyclic garbage collector paused: a build holds millions of small acyclic
    records, and the collector's repeated passes over them cost a fifth of the build's time."""

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


@_collector_paused
def build(paths: Sequence[Path], out: Path, *, page: bool = True, workers: int | None = None,
          progress: Progress | None = None, max_bytes: int = MAX_BYTES) -> BuildReport:
    """Extract every input (in parallel, cached) and write the graph files atomically."""
    sources, failures = _read_all(paths, max_bytes)
    if not sources:  # nothing to build: no output folder is made
        raise InputError(failures[0] if len(failures) == 1 else "; ".join(failures) or "no input")
    with OutputFolder(out):
        cache = Cache(out / ".cache")
        keys = [cache_key(s) for s in sources]
        results, extracted = _extracted(sources, keys, cache, failures, workers or default_workers(), progress)
        if not results:
            raise InputError(failures[0] if len(failures) == 1 else "; ".join(failures) or "no input")
        ordered = [results[i] for i in sorted(results)]
        triples = _write(ordered, out, page)
        cache.prune(keys[i] for i in results)
    docs = [facts for facts, _ in ordered]
    return _report(docs, triples, out, page, failures, cache.problems, extracted=extracted)


def _extracted(sources: list[Source], keys: list[str], cache: Cache, failures: list[str], workers: int,
               progress: Progress | None) -> tuple[dict[int, Extracted], int]:
    """Each document's facts and triples, from the cache or extracted (and then cached); how many were extracted."""
    results: dict[int, Extracted] = {}
    todo = []
    for i, key in enumerate(keys):
        hit = cache.get(key, name=sources[i].name)
        if hit is not None:
            results[i] = hit
        else:
            todo.append(i)
    done, extracted = len(results), 0
    for i, outcome in _extract_all([sources[i] for i in todo], todo, workers):
        done += 1
        if isinstance(outcome, str):
            failures.append(outcome)
        else:
            results[i], extracted = outcome, extracted + 1
            cache.put(keys[i], outcome)
        if progress:
            progress(done, len(sources), sources[i].name)
    return results, extracted


def _write(ordered: list[Extracted], out: Path, page: bool) -> int:
    """Write graph.ttl, graph.nq (and graph.html) together; the number of triples."""
    from kg.graph import rdf

    docs = [facts for facts, _ in ordered]
    parts = rdf.union([t for _, t in ordered])
    try:
        with Staged() as staged:
            rdf.write_turtle(parts, staged.path(out / "graph.ttl"))
            with staged.path(out / "graph.nq").open("wb") as handle:
                rdf.write_nquads(rdf.dataset_graphs([(d.page.source.name, t) for d, t in ordered]), handle)
            if page:
                from kg.graph.store import Store
                from kg.views.workbench import page_html

                html = page_html(Store.from_ntriples(b"".join(parts)), title=_title(docs))
                staged.path(out / "graph.html").write_text(html, encoding="utf-8")
    except OSError as exc:
        raise OutputError(f"{shown(exc.filename or out)}: cannot write: {exc.strerror or exc}; "
                          "the previous output is unchanged") from None
    return sum(part.count(b"\n") for part in parts)


def _read_all(paths: Sequence[Path], max_bytes: int = MAX_BYTES) -> tuple[list[Source], list[str]]:
    found = gather(paths)
    sources: list[Source] = []
    failures = list(found.failures)
    for path, name in found.files:
        try:
            sources.append(read(path, name=name, max_bytes=max_bytes))
        except InputError as exc:
            failures.append(str(exc))
    return sources, failures


@_collector_paused
def extract_one(source: Source) -> Extracted | str:
    """Facts and N-Triples of one document, or one line saying why it failed."""
    from kg.extract import extract_document
    from kg.graph.rdf import document_ntriples

    try:
        facts = extract_document(source)
        return facts, document_ntriples(facts)
    except Exception as exc:
        return f"{source.name}: extraction failed: {type(exc).__name__}: {' '.join(str(exc).split())}"


def _extract_all(sources: list[Source], index: list[int], workers: int) -> Iterator[tuple[int, Extracted | str]]:
    if workers <= 1 or len(sources) <= 1:
        for i, source in zip(index, sources, strict=True):
            yield i, extract_one(source)
        return
    from kg.text.segment import segmenter

    segmenter()  # load the dictionary once; forked workers share it
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else None
    with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context(method),
                             initializer=die_with_parent, initargs=(os.getpid(),)) as pool:
        yield from zip(index, pool.map(extract_one, sources, chunksize=1), strict=True)


def _report(docs: list[DocumentFacts], triples: int, out: Path, page: bool, failures: list[str],
            warnings: list[str], *, extracted: int) -> BuildReport:
    statements = [s for d in docs for a in d.articles for s in a.statements]
    return BuildReport(
        documents=len(docs), articles=sum(len(d.articles) for d in docs),
        goals=sum(s.kind == "goal" for s in statements), measures=sum(s.kind == "measure" for s in statements),
        triples=triples, characters=sum(len(d.page.source.text) for d in docs), extracted=extracted,
        graph_path=out / "graph.ttl", dataset_path=out / "graph.nq",
        page_path=out / "graph.html" if page else None, failures=tuple(failures), warnings=tuple(warnings),
    )


def _title(docs: list[DocumentFacts]) -> str:
    if len(docs) == 1:
        titles = [a.article.title for a in docs[0].articles if a.article.title]
        return "policykg · " + (" / ".join(titles) or docs[0].page.source.name)
    return f"policykg · {len(docs)} documents"
