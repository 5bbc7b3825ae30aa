"""Extraction on a Dask distributed cluster: ``policykg build --scheduler ADDRESS``.

One task per document: the document travels to a worker as its name, text,
format and metadata, and comes back as one bytes object, its cache entry
(:func:`kg.corpus.cache.encode_entry`: the facts as JSON data and the
document's N-Triples, with a digest), which the build checks, decodes, caches
and writes exactly as it does a local worker's result, so the outputs are the
same bytes.

A cluster named by address is not trusted: only ``tcp://`` addresses are
taken; before Dask connects, the address must answer with a Dask handshake
within the connect timeout (a silent listener, a web server or garbage is one
line); while the build talks to it, this process unpickles nothing it is sent
(Dask's protocol would otherwise run whatever code a pickle names), so a
result that is not plain bytes, or an error a worker sends, stops the build
with one line; and every wait is bounded (``RESULT_TIMEOUT`` for each
document). At most two documents per worker thread are in flight, so the
scheduler never holds the corpus; progress is reported as the cluster's
futures complete. ``--scheduler local`` starts a ``LocalCluster`` of
``workers`` processes for the build.

Every worker must run the same policykg (code, lexicon and ontology): each
result carries the worker's code fingerprint (the one the cache keys hash),
and a different one stops the build rather than mix the outputs of two
extractors.
"""

from __future__ import annotations

import contextlib
import io
import itertools
import logging
import os
import pickle
import signal
import struct
import threading
import time
import urllib.parse
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from kg.corpus.cache import Damaged, Extracted, decode_entry
from kg.errors import ClusterError, said
from kg.model import Source

CONNECT_SECONDS = 10.0
RESULT_TIMEOUT = 600.0  # seconds the cluster may take for one document, after the last one came back
MAGIC = b"policykg-result 1 "


def extract_text(name: str, text: str, fmt: str, meta: tuple[tuple[str, str], ...]) -> bytes:
    """The task a worker runs: its policykg fingerprint, then the cache entry of the document (``R``) or
    why it failed (``E``), as one bytes object.

    >>> reply = extract_text("a.txt", "发展数字经济\\n\\n一是加快建设数据中心。\\n", "txt", ())
    >>> from kg.corpus.cache import _fingerprint
    >>> read_reply(reply, _fingerprint())[0].page.source.name
    'a.txt'
    """
    from kg.corpus.cache import _fingerprint, encode_entry
    from kg.corpus.task import extract_one

    outcome = extract_one(Source(name, text, fmt, meta))
    body = b"E" + outcome.encode("utf-8") if isinstance(outcome, str) else b"R" + encode_entry(outcome)
    return MAGIC + _fingerprint().encode("ascii") + b"\n" + body


def read_reply(reply: object, mine: str) -> Extracted | str:
    """The facts and triples of a worker's reply, or the line saying why extraction failed there;
    :class:`ClusterError` when the reply is not one from this policykg.

    >>> read_reply(b"nonsense", "f")
    Traceback (most recent call last):
    kg.errors.ClusterError: a cluster worker sent back something that is not a policykg result; stopped
    """
    if not isinstance(reply, bytes) or not reply.startswith(MAGIC) or b"\n" not in reply:
        raise ClusterError("a cluster worker sent back something that is not a policykg result; stopped")
    theirs, _, body = reply[len(MAGIC):].partition(b"\n")
    if theirs != mine.encode("ascii"):
        raise ClusterError("the cluster's workers run a different policykg (code, lexicon or ontology); "
                           "install the same version on every worker")
    if body[:1] == b"E":
        return " ".join(body[1:].decode("utf-8", "replace").split())[:500]
    try:
        return decode_entry(body[1:]) if body[:1] == b"R" else _bad()
    except Damaged as exc:
        raise ClusterError(f"a cluster worker sent back a damaged result ({exc})") from None


def _bad() -> Extracted:
    raise Damaged("no result mark")


def run_on_cluster(items: Iterator[tuple[int, Source]], *, scheduler: str,
                   workers: int) -> Iterator[tuple[int, Extracted | str]]:
    """The facts and triples of ``items`` ((index, source)) computed on the cluster, in the order they
    finish; the cluster is reached (or started) only when there is a document to extract.

    >>> list(run_on_cluster(iter([]), scheduler="tcp://127.0.0.1:9", workers=1))  # nothing to extract: no cluster
    []
    """
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
                yield _result(_next(pending), numbers, mine)
        while pending.count():
            yield _result(_next(pending), numbers, mine)


def _next(pending: Any) -> Any:
    """The next future to finish, waiting at most ``RESULT_TIMEOUT``."""
    deadline = time.monotonic() + RESULT_TIMEOUT
    while time.monotonic() < deadline:
        ready = pending.next_batch(block=False)
        if ready:
            for extra in ready[1:]:
                pending.add(extra)
            return ready[0]
        time.sleep(0.05)
    raise ClusterError(f"the cluster sent no result for {RESULT_TIMEOUT:g} s; stopped")


def _result(future: Any, numbers: dict[str, int], mine: str) -> tuple[int, Extracted | str]:
    i = numbers.pop(future.key)
    try:
        if future.status == "error":
            raise ClusterError(_failure(future))
        reply = future.result(timeout=RESULT_TIMEOUT)
    except ClusterError:
        raise
    except Exception as exc:  # refused pickles, a lost connection, a timeout: Dask raises many kinds
        raise ClusterError(f"a cluster task failed: {type(exc).__name__}: {_one_line(exc)[:300]}") from None
    finally:
        future.release()
    return i, read_reply(reply, mine)


def _failure(future: Any) -> str:
    """Why a task failed, without unpickling the exception a worker sent (only its kind is read)."""
    return ("a cluster task failed (a worker died, or policykg is missing or broken there; the error it sent is "
            "not read); does every worker have the same policykg installed?")


def _dask() -> Any:
    try:
        import distributed
    except ImportError:
        raise ClusterError("--scheduler needs Dask: pip install 'policykg[dask]'") from None
    return distributed


@contextmanager
def _client(distributed: Any, scheduler: str, workers: int) -> Iterator[Any]:
    """A client of the scheduler at ``scheduler``, or of a LocalCluster started (and stopped) here."""
    with _quiet():
        if scheduler == "local":
            with _local_cluster(distributed, workers) as cluster, distributed.Client(cluster) as client:
                try:
                    yield client
                except KeyboardInterrupt:  # Ctrl-C: the workers are stopped at once, not asked to finish
                    _kill_workers(cluster)
                    raise
            return
        address = tcp_address(scheduler)
        probe_scheduler(address, scheduler)
        with _no_unpickling():
            client = _connect(distributed, address, scheduler)
            try:
                yield client
            finally:
                _close(client)


@contextmanager
def _local_cluster(distributed: Any, workers: int) -> Iterator[Any]:
    """A LocalCluster whose processes ignore Ctrl-C (the terminal sends it to all of them): this process
    answers it, and stops them."""
    before = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        cluster = distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                           dashboard_address=None, silence_logs=logging.ERROR)
    finally:
        signal.signal(signal.SIGINT, before)
    with cluster:
        yield cluster


def _kill_workers(cluster: Any) -> None:
    for nanny in list(getattr(cluster, "workers", {}).values()):
        with contextlib.suppress(Exception):
            os.kill(nanny.pid, signal.SIGKILL)


def tcp_address(scheduler: str) -> tuple[str, int]:
    """(host, port) of a ``tcp://host:port`` (or ``host:port``) address; :class:`ClusterError` otherwise.

    >>> tcp_address("tcp://10.0.0.2:8786"), tcp_address("[::1]:8786")
    (('10.0.0.2', 8786), ('::1', 8786))
    >>> tcp_address("ucx://10.0.0.2:8786")
    Traceback (most recent call last):
    kg.errors.ClusterError: --scheduler ucx://10.0.0.2:8786: give a tcp://HOST:PORT address (or `local`); ucx:// is not supported
    """
    scheme, sep, rest = scheduler.partition("://")
    if not sep:
        scheme, rest = "tcp", scheduler
    if scheme != "tcp":
        raise ClusterError(f"--scheduler {scheduler[:200]}: give a tcp://HOST:PORT address (or `local`); "
                           f"{scheme[:20]}:// is not supported")
    try:
        parts = urllib.parse.urlsplit("//" + rest)
        host, port = parts.hostname, parts.port
    except ValueError:
        host = port = None
    if not host or port is None or parts.path not in ("", "/"):
        raise ClusterError(f"--scheduler {scheduler[:200]}: give a tcp://HOST:PORT address (or `local`)")
    return host, port


def probe_scheduler(address: tuple[str, int], scheduler: str) -> None:
    """Check that ``address`` answers as a Dask scheduler does (a handshake frame of sane size, within the
    connect timeout) before Dask itself connects; :class:`ClusterError` naming what it found instead.

    >>> probe_scheduler(("127.0.0.1", 9), "tcp://127.0.0.1:9")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    kg.errors.ClusterError: cannot reach the Dask scheduler at tcp://127.0.0.1:9: ...
    """
    import socket

    where = f"the Dask scheduler at {scheduler[:200]}"
    try:
        with socket.create_connection(address, timeout=CONNECT_SECONDS) as sock:
            sock.settimeout(CONNECT_SECONDS)
            head = _read_exactly(sock, 16, time.monotonic() + CONNECT_SECONDS)
    except TimeoutError:
        raise ClusterError(f"{where} did not answer as a Dask scheduler within {CONNECT_SECONDS:g} s") from None
    except OSError as exc:
        raise ClusterError(f"cannot reach {where}: {exc.strerror or _one_line(exc)}") from None
    if head is None:
        raise ClusterError(f"{where} closed the connection without a Dask handshake")
    total, frames = struct.unpack("<QQ", head)
    if not 1 <= frames <= 64 or total > 1 << 20:
        raise ClusterError(f"{where} did not answer as a Dask scheduler (its first bytes are not a Dask handshake)")


def _read_exactly(sock: Any, size: int, deadline: float) -> bytes | None:
    data = b""
    while len(data) < size:
        if time.monotonic() > deadline:
            raise TimeoutError
        chunk = sock.recv(size - len(data))
        if not chunk:
            return None
        data += chunk
    return data


def _connect(distributed: Any, address: tuple[str, int], scheduler: str) -> Any:
    """A Client of the scheduler, made within the connect timeout (Dask's own can wait far longer)."""
    host, port = address
    url = f"tcp://[{host}]:{port}" if ":" in host else f"tcp://{host}:{port}"
    done: dict[str, Any] = {}

    def connect() -> None:
        try:
            done["client"] = distributed.Client(url, timeout=f"{CONNECT_SECONDS:g}s")
        except BaseException as exc:
            done["error"] = exc

    thread = threading.Thread(target=connect, daemon=True)
    thread.start()
    thread.join(CONNECT_SECONDS * 2)
    if "client" in done:
        return done["client"]
    exc = done.get("error")
    reason = f"{type(exc).__name__}: {_one_line(exc)[:200]}" if exc else f"no answer within {2 * CONNECT_SECONDS:g} s"
    raise ClusterError(f"cannot reach the Dask scheduler at {scheduler[:200]}: {reason}")


def _close(client: Any) -> None:
    with contextlib.suppress(Exception):
        client.close(timeout=CONNECT_SECONDS)


SAFE_GLOBALS = {("builtins", "bytes"), ("builtins", "bytearray")}  # what a reply of plain bytes is tagged with


class _DataOnly(pickle.Unpickler):
    """An unpickler that names no class or function but the bytes types: a pickle that would build or
    call anything else is refused (so no ``__reduce__`` runs)."""

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) in SAFE_GLOBALS:
            return super().find_class(module, name)
        raise ClusterError(f"the cluster sent a pickled {module[:60]}.{name[:60]}; policykg loads no code "
                           "from a cluster")


def data_only_loads(data: bytes, *, buffers: Any = ()) -> Any:
    """``pickle.loads`` for what a cluster sends: only plain bytes come back.

    >>> data_only_loads(pickle.dumps(bytes))
    <class 'bytes'>
    >>> data_only_loads(pickle.dumps(len))
    Traceback (most recent call last):
    kg.errors.ClusterError: the cluster sent a pickled builtins.len; policykg loads no code from a cluster
    """
    return _DataOnly(io.BytesIO(data), buffers=buffers or ()).load()


@contextmanager
def _no_unpickling() -> Iterator[None]:
    """While a remote cluster is used, Dask's protocol loads pickles with :func:`data_only_loads`."""
    from distributed.protocol import pickle as dask_pickle

    loads = dask_pickle.loads
    dask_pickle.loads = data_only_loads
    try:
        yield
    finally:
        dask_pickle.loads = loads


QUIET = ("distributed", "tornado", "asyncio")  # the loggers of Dask and of the event loop it runs on


@contextmanager
def _quiet() -> Iterator[None]:
    """Dask's own log lines (tracebacks of connections it lost, of messages refused) kept off the terminal: every
    logger of theirs, the ones Dask's configuration sets a level of its own included (tornado.application).
    After Ctrl-C they stay quiet: the event loop's callbacks still run while the process exits."""
    loggers = [logging.getLogger(name) for name in sorted(logging.root.manager.loggerDict)
               if name.split(".")[0] in QUIET] + [logging.getLogger(name) for name in QUIET]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.CRITICAL + 1)
    interrupted = False
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # e.g. "Port 8787 is already in use" of a dashboard not asked for
            yield
    except KeyboardInterrupt:
        interrupted = True
        raise
    finally:
        if not interrupted:
            for logger, level in zip(loggers, levels, strict=True):
                logger.setLevel(level)


def _one_line(exc: BaseException) -> str:
    return said(exc)
