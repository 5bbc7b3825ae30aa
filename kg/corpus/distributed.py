"""Extraction on a Dask distributed cluster: ``policykg build --scheduler ADDRESS``.

One task per document: the document travels to a worker as its name, text,
format and metadata, and comes back as the bytes of its cache entry
(:func:`kg.corpus.cache.encode_entry`: the facts as JSON data and the
document's N-Triples, with a hash), which the build checks, decodes, caches
and writes exactly as it does a local worker's result, so the outputs are the
same bytes. At most two documents per worker thread are in flight, so the
scheduler never holds the corpus; progress is reported as the cluster's
futures complete. ``--scheduler local`` starts a ``LocalCluster`` of
``workers`` processes for the build.

Every worker must run the same policykg (code, lexicon and ontology): each
result carries the worker's code fingerprint (the one the cache keys hash),
and a different one stops the build rather than mix the outputs of two
extractors.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from kg.corpus.cache import Damaged, Extracted, decode_entry
from kg.errors import ClusterError
from kg.model import Source

CONNECT_TIMEOUT = "10s"


def extract_text(name: str, text: str, fmt: str, meta: tuple[tuple[str, str], ...]) -> tuple[str, bytes | str]:
    """The task a worker runs: (its policykg fingerprint, the cache entry of the document or why it failed).

    >>> mine, entry = extract_text("a.txt", "发展数字经济\\n\\n一是加快建设数据中心。\\n", "txt", ())
    >>> decode_entry(entry)[0].page.source.name
    'a.txt'
    """
    from kg.corpus.build import extract_one
    from kg.corpus.cache import _fingerprint, encode_entry

    outcome = extract_one(Source(name, text, fmt, meta))
    return _fingerprint(), outcome if isinstance(outcome, str) else encode_entry(outcome)


def run_on_cluster(items: Iterator[tuple[int, Source]], *, scheduler: str,
                   workers: int) -> Iterator[tuple[int, Extracted | str]]:
    """The facts and triples of ``items`` ((index, source)) computed on the cluster, in the order they
    finish; the cluster is reached (or started) only when there is a document to extract."""
    from kg.corpus.cache import _fingerprint

    first = next(items, None)
    if first is None:
        return
    distributed = _dask()
    mine = _fingerprint()
    with _client(distributed, scheduler, workers) as client:
        window = 2 * max(sum(client.nthreads().values()), 1)
        pending = distributed.as_completed()
        numbers: dict[str, int] = {}
        for i, source in itertools.chain([first], items):
            future = client.submit(extract_text, source.name, source.text, source.format, source.meta, pure=False)
            numbers[future.key] = i
            pending.add(future)
            if pending.count() >= window:
                yield _result(next(pending), numbers, mine)
        for future in pending:
            yield _result(future, numbers, mine)


def _result(future: Any, numbers: dict[str, int], mine: str) -> tuple[int, Extracted | str]:
    i = numbers.pop(future.key)
    try:
        theirs, outcome = future.result()
    except Exception as exc:  # the task could not run there (a worker died, policykg missing, …)
        if type(exc).__name__ == "KilledWorker":
            return i, f"document {i + 1}: a cluster worker died extracting it ({_one_line(exc)})"
        raise ClusterError(f"a cluster task failed: {type(exc).__name__}: {_one_line(exc)}; "
                           "does every worker have policykg installed?") from None
    finally:
        future.release()
    if theirs != mine:
        raise ClusterError("the cluster's workers run a different policykg (code, lexicon or ontology); "
                           "install the same version on every worker")
    if isinstance(outcome, str):
        return i, outcome
    try:
        return i, decode_entry(outcome)
    except Damaged as exc:
        raise ClusterError(f"a cluster worker sent back a damaged result ({exc})") from None


def _dask() -> Any:
    try:
        import distributed
    except ImportError:
        raise ClusterError("--scheduler needs Dask: pip install 'policykg[dask]'") from None
    return distributed


@contextmanager
def _client(distributed: Any, scheduler: str, workers: int) -> Iterator[Any]:
    """A client of the scheduler at ``scheduler``, or of a LocalCluster started (and stopped) here."""
    if scheduler == "local":
        with distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                      dashboard_address=None, silence_logs=logging.ERROR) as cluster, \
                distributed.Client(cluster) as client:
            yield client
        return
    try:
        client = distributed.Client(scheduler, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError, ValueError) as exc:
        raise ClusterError(f"cannot reach the Dask scheduler at {scheduler}: {_one_line(exc)}") from None
    with client:
        yield client


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())
