"""``policykg build``: input files to graph.ttl, graph.nq, the store graph.db and graph.html in an
output folder.

Extraction is a pure function per document, mapped over a process pool or a
Dask cluster (:mod:`kg.corpus.distributed`); its results are cached per
document under ``out/.cache``, so a rebuild only extracts what changed, and
the on-disk store (:mod:`kg.graph.diskstore`) only reloads the documents that
changed. Documents stream: each input is read as the extraction takes it, at
most two per worker are in flight, and each document goes to the outputs
(:mod:`kg.corpus.outputs`) as soon as those before it have, while the workers
extract the next ones, so memory does not grow with the number of documents. Every output file appears when all are
written. One build at a time holds the output folder; it
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

import itertools
import multiprocessing
import os
import shutil
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import NoReturn

from kg.corpus.cache import Cache, Extracted, cache_key
from kg.corpus.files import OutputFolder
from kg.corpus.outputs import Document, Totals, write_outputs
from kg.corpus.task import collector_paused, extract_one
from kg.errors import InputError, OutputError, shown
from kg.graph.diskstore import remove_stale_stores
from kg.model import Source
from kg.processes import die_with_parent
from kg.text.sources import MAX_BYTES, gather, read

Progress = Callable[[int, int, str], None]


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
    """How many processes extract by default: the processors this process may run on.

    >>> default_workers() >= 1
    True
    """
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


@collector_paused
def build(paths: Sequence[Path], out: Path, *, page: bool = True, workers: int | None = None,
          progress: Progress | None = None, max_bytes: int = MAX_BYTES, scheduler: str | None = None,
          follow_links: bool = False) -> BuildReport:
    """Extract every input (in parallel, or on the Dask cluster at ``scheduler``: an address or ``local``;
    cached) and write the graph files atomically, streaming the documents through them. Links out of a
    folder given are followed only with ``follow_links``; the output folder is never read as input.

    >>> import tempfile
    >>> out = Path(tempfile.mkdtemp())
    >>> _ = (out / "a.txt").write_text("发展数字经济\\n\\n一是加快建设数据中心。\\n", encoding="utf-8")
    >>> report = build([out / "a.txt"], out / "o", page=False, workers=1)
    >>> report.documents, report.goals, report.measures, report.page_path
    (1, 1, 1, None)
    >>> build([out / "none.txt"], out / "o2", workers=1)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    kg.errors.InputError: .../none.txt: no such file or folder
    """
    found = gather(paths, follow_links=follow_links, output=out)
    if not found.files:  # nothing to build: no output folder is made
        _no_input(list(found.failures))
    made = not out.exists()
    with OutputFolder(out):
        try:
            remove_stale_stores(out)
            run = _Run(found.files, Cache(out / ".cache"), list(found.failures), max_bytes, progress)
            documents = run.documents(_runner(workers or default_workers(), scheduler)(run.to_extract()))
            try:
                totals = _write(out, documents, page)
            except InputError:
                if run.keys:
                    raise
                _no_input(run.failures)
        except BaseException:
            if made:  # a folder this build made and did not finish: nothing of it is left
                shutil.rmtree(out, ignore_errors=True)
            raise
        run.cache.prune(run.keys.values())
    return BuildReport(
        documents=totals.documents, articles=totals.articles, goals=totals.goals, measures=totals.measures,
        triples=totals.triples, characters=totals.characters, extracted=run.extracted,
        graph_path=out / "graph.ttl", dataset_path=out / "graph.nq", page_path=out / "graph.html" if page else None,
        failures=tuple(run.failures), warnings=(*totals.warnings, *run.cache.problems),
    )


def _no_input(failures: list[str]) -> NoReturn:
    raise InputError(failures[0] if len(failures) == 1 else "; ".join(failures) or "no input")


class _Run:
    """One build's documents: each input read once as the extraction takes it (a cache hit is only
    keyed), results put in the cache, and passed on in input order as they come: a result that comes
    before those ahead of it waits in memory (a few) or in the cache, a cache hit is read when its turn comes."""

    HELD = 4  # results that came early kept in memory; more wait in the cache

    def __init__(self, files: Sequence[tuple[Path, str]], cache: Cache, failures: list[str], max_bytes: int,
                 progress: Progress | None) -> None:
        self.files, self.cache, self.failures, self.max_bytes, self.progress = files, cache, failures, max_bytes, progress
        self.keys: dict[int, str] = {}
        self.held: dict[int, Extracted] = {}
        self.settled: set[int] = set()  # inputs whose outcome is known: a cache hit, a failure, a result
        self.extracted = self.done = 0

    def to_extract(self) -> Iterator[tuple[int, Source]]:
        for i, (path, name) in enumerate(self.files):
            try:
                source = read(path, name=name, max_bytes=self.max_bytes)
            except InputError as exc:
                self.failures.append(str(exc))
                self.settled.add(i)
                continue
            self.keys[i] = cache_key(source)
            if not self.cache.has(self.keys[i]):
                yield i, source
            else:
                self.settled.add(i)
                self._step(i)

    def documents(self, results: Iterator[tuple[int, Extracted | str]]) -> Iterator[Document]:
        """(key, facts, triples) in input order, each as soon as it and those before it are known."""
        turn = 0
        for i, outcome in results:
            self._extracted_one(i, outcome)
            while turn in self.settled:
                yield from self._document(turn)
                turn += 1
        for i in range(turn, len(self.files)):
            yield from self._document(i)

    def _extracted_one(self, i: int, outcome: Extracted | str) -> None:
        self.settled.add(i)
        if isinstance(outcome, str):
            self.failures.append(outcome)
            del self.keys[i]
        else:
            self.extracted += 1
            stored = self.cache.put(self.keys[i], outcome)
            if not stored or len(self.held) < self.HELD:
                self.held[i] = outcome
        self._step(i)

    def _step(self, i: int) -> None:
        self.done += 1
        if self.progress:
            self.progress(self.done, len(self.files), self.files[i][1])

    def _document(self, i: int) -> Iterator[Document]:
        """Input ``i``'s document, if it has one; an entry found damaged now is extracted again here."""
        if i not in self.keys:
            return
        key, name = self.keys[i], self.files[i][1]
        hit = self.held.pop(i, None) or self.cache.get(key, name=name)
        if hit is None:
            outcome = extract_one(read(self.files[i][0], name=name, max_bytes=self.max_bytes))
            if isinstance(outcome, str):
                raise InputError(outcome)
            self.extracted += 1
            self.cache.put(key, outcome)
            hit = outcome
        yield key, *hit


def _write(out: Path, documents: Iterator[Document], page: bool) -> Totals:
    """Write graph.ttl, graph.nq, the store graph.db (and graph.html) together (:mod:`kg.corpus.outputs`)."""
    try:
        return write_outputs(out, documents, page=page)
    except OSError as exc:
        raise OutputError(f"{shown(exc.filename or out)}: cannot write: {exc.strerror or exc}; "
                          "the previous output is unchanged") from None


Runner = Callable[[Iterator[tuple[int, Source]]], Iterator[tuple[int, "Extracted | str"]]]


def _runner(workers: int, scheduler: str | None) -> Runner:
    """How documents are extracted: a local process pool, or the Dask cluster at ``scheduler``."""
    if scheduler is not None:
        from kg.corpus.distributed import run_on_cluster

        return lambda items: run_on_cluster(items, scheduler=scheduler, workers=workers)
    return lambda items: _extract_all(items, workers)


def _extract_all(items: Iterator[tuple[int, Source]], workers: int) -> Iterator[tuple[int, Extracted | str]]:
    """Results in the order they finish, at most ``2 * workers`` documents in flight; the pool starts
    only when there are two documents to extract and a processor to spare: one worker is one process
    beside the build, which writes the outputs of each document while the next is extracted."""
    first, second = next(items, None), next(items, None)
    if second is None or (workers <= 1 and default_workers() == 1):
        for i, source in (x for x in (first, second) if x is not None):
            yield i, extract_one(source)
        for i, source in items:
            yield i, extract_one(source)
        return
    from kg.text.segment import segmenter

    segmenter()  # load the dictionary once; forked workers share it
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else None
    with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context(method),
                             initializer=die_with_parent, initargs=(os.getpid(),)) as pool:
        pending: dict[Future[Extracted | str], int] = {}
        for i, source in itertools.chain([first, second] if first else [second], items):
            pending[pool.submit(extract_one, source)] = i
            while len(pending) >= 2 * workers:
                yield from _finished(pending)
        while pending:
            yield from _finished(pending)


def _finished(pending: dict[Future[Extracted | str], int]) -> Iterator[tuple[int, Extracted | str]]:
    done, _ = wait(pending, return_when=FIRST_COMPLETED)
    for future in sorted(done, key=pending.__getitem__):
        yield pending.pop(future), future.result()
