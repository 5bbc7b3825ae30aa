"""Loading a build's documents into the on-disk store (:mod:`kg.graph.diskstore`) on a thread of its own.

The documents are not loaded as they come: each is held, compressed, and those held are loaded one after
another in a burst when they reach :attr:`Loader.HELD_BYTES` or when the loader is sealed. Each load
(pyoxigraph's ``bulk_load``) adds a few files to RocksDB, which merges them into those it has; loads
spread over the whole build make it merge its growing files again after every few documents, loads in a
burst let it merge them once. Loading the whole corpus's documents as a build passes them (one every
0.2 s) took 52 s of processor; held and loaded in one burst, 30 s; in bursts of 16 documents, 41 s.
A burst is loaded on four threads (:attr:`Loader.LOADERS`), each taking every fourth document: pyoxigraph lets
go of Python while it loads, so the processors idle once the extraction is done load beside it, and RocksDB
takes the concurrent loads for less work in all (the whole corpus's 191 graphs, on a shared machine of two
processors: one thread 33-35 s of processor, two 26-27 s, four 22 s, eight 21 s). A graph is given to
``bulk_load`` in pieces of about :attr:`Loader.PIECE_BYTES` (:func:`pieces`), so that the shared concept
triples, one large graph, are not all held at once by the bulk loader.

>>> import pyoxigraph as ox
>>> store = ox.Store()
>>> loader = Loader(store)
>>> loader.start()
>>> loader.put(("http://e/g", '<http://e/a> <http://e/p> "目标"@zh .\\n'.encode(), False))
>>> len(store)
0
>>> loader.seal([], optimize=False)
>>> loader.close(); loader.check()
>>> len(store)
1
"""

from __future__ import annotations

import queue
import threading
import zlib
from collections.abc import Iterator
from dataclasses import dataclass

import pyoxigraph as ox

Job = tuple[str, bytes, bool]  # a document: its graph, its N-Triples, whether it replaces a graph the store has


@dataclass(frozen=True)
class Seal:
    """The loader's last job: the graphs to remove, and whether to compact the store.

    >>> Seal(["http://e/g"], optimize=True).optimize
    True
    """

    gone: list[str]
    optimize: bool


class Loader(threading.Thread):
    """Loads documents into ``store`` beside the build, in bursts on :attr:`LOADERS` threads (see the module's
    docstring); at most :attr:`WAITING` wait to be taken, and what is held stays under :attr:`HELD_BYTES`
    compressed. The first error is kept, raised to the build by the next :meth:`put` or by :meth:`check`, and
    every burst after it is dropped (in its own burst, each thread stops before its next document). Sealed
    (:meth:`seal`), it loads what it holds, removes the graphs
    of documents gone, compacts the store and flushes it.

    >>> loader = Loader(ox.Store())
    >>> loader.WAITING, loader.HELD_BYTES >> 20, loader.LOADERS, loader.PIECE_BYTES >> 20
    (4, 64, 4, 4)
    """

    WAITING = 4
    HELD_BYTES = 64 << 20  # the whole corpus's documents take about 30 MB
    LOADERS = 4  # threads that load a burst (pyoxigraph lets go of Python while it loads)
    PIECE_BYTES = 4 << 20  # N-Triples given to one bulk_load at most (see :func:`pieces`)

    def __init__(self, store: ox.Store) -> None:
        super().__init__(name="store-loader", daemon=True)
        self.store: ox.Store | None = store
        self.jobs: queue.Queue[Job | Seal | None] = queue.Queue(maxsize=self.WAITING)
        self.error: BaseException | None = None
        self.stopped = False
        self.held: list[Job] = []
        self.held_bytes = 0

    def run(self) -> None:
        """Take jobs until :meth:`close`: documents are held and loaded in bursts, a seal loads what is held.

        >>> loader = Loader(ox.Store())
        >>> loader.start(); loader.close(); loader.is_alive()
        False
        """
        while (job := self.jobs.get()) is not None:
            if self.error is None and not self.stopped:
                try:
                    self._seal(job) if isinstance(job, Seal) else self._hold(*job)
                except BaseException as exc:  # handed to the build, which raises it
                    self.error = exc
        self.held = []
        self.store = None

    def _hold(self, graph: str, own: bytes, replace: bool) -> None:
        packed = zlib.compress(own, 1)  # lets go of Python while it compresses
        self.held.append((graph, packed, replace))
        self.held_bytes += len(packed)
        if self.held_bytes >= self.HELD_BYTES:
            self._burst()

    def _burst(self) -> None:
        """Load what is held on :attr:`LOADERS` threads at once, each taking every LOADERS-th document: each
        document is one graph, so the threads never touch one graph, and the store's records are the same."""
        held, self.held, self.held_bytes = self.held, [], 0
        errors: list[BaseException] = []
        others = [threading.Thread(target=self._load_each, args=(held[i::self.LOADERS], errors),
                                   name=f"store-loader-{i}", daemon=True) for i in range(1, min(self.LOADERS, len(held)))]
        for other in others:
            other.start()
        self._load_each(held[::self.LOADERS], errors)
        for other in others:
            other.join()
        if errors:
            raise errors[0]

    def _load_each(self, held: list[Job], errors: list[BaseException]) -> None:
        for graph, packed, replace in held:
            if self.stopped or errors:
                return
            try:
                self._load(graph, zlib.decompress(packed), replace)
            except BaseException as exc:  # raised by the burst
                errors.append(exc)
                return

    def _seal(self, job: Seal) -> None:
        self._burst()
        assert self.store is not None
        for graph in job.gone:
            self.store.remove_graph(ox.NamedNode(graph))
        if job.optimize:
            self.store.optimize()
        self.store.flush()

    def _load(self, graph: str, own: bytes, replace: bool) -> None:
        assert self.store is not None
        name = ox.NamedNode(graph)
        if replace:
            self.store.remove_graph(name)
        for piece in pieces(own, self.PIECE_BYTES):
            self.store.bulk_load(piece, ox.RdfFormat.N_TRIPLES, to_graph=name)

    def seal(self, gone: list[str], *, optimize: bool) -> None:
        """After the last document: load what is held, remove the graphs ``gone``, compact (with ``optimize``).

        >>> store = ox.Store()
        >>> loader = Loader(store); loader.start()
        >>> loader.put(("http://e/g", b"<http://e/a> <http://e/p> <http://e/b> .\\n", False))
        >>> loader.seal(["http://e/g"], optimize=False); loader.close(); len(store)
        0
        """
        self.check()
        self.jobs.put(Seal(gone, optimize))

    def put(self, job: Job) -> None:
        """Give one document (graph, N-Triples, whether it replaces the graph); the first error so far is raised here.

        >>> loader = Loader(ox.Store()); loader.start()
        >>> loader.put(("http://e/g", b"<a b> <http://e/p> <http://e/b> .\\n", False))
        >>> loader.seal([], optimize=False); loader.close(); loader.check()  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        SyntaxError: ...
        """
        self.check()
        self.jobs.put(job)

    def check(self) -> None:
        """Raise the first error loading a document, if there was one.

        >>> Loader(ox.Store()).check()
        """
        if self.error is not None:
            raise self.error

    def close(self) -> None:
        """Wait until every job given is done (what is held and not sealed is dropped), and end the thread.

        >>> store = ox.Store()
        >>> loader = Loader(store); loader.start()
        >>> loader.put(("http://e/g", b"<http://e/a> <http://e/p> <http://e/b> .\\n", False))
        >>> loader.close(); len(store)
        0
        """
        self.jobs.put(None)
        self.join()


def pieces(ntriples: bytes, size: int) -> Iterator[bytes]:
    """N-Triples cut at line ends into pieces of about ``size`` bytes (a piece ends at the first line end from
    ``size`` on). pyoxigraph's ``bulk_load`` keeps every triple it is given, encoded for each of the store's
    indexes, in memory until it writes them: with the shared concept triples of the corpus (54 MB, 381,692
    triples) in one call, the build process's peak was 876 MB; in pieces of 4 MB, 644 MB. The store gets the
    same triples.

    >>> list(pieces(b"<a> <p> <b> .\\n<c> <p> <d> .\\n<e> <p> <f> .\\n", 20))
    [b'<a> <p> <b> .\\n<c> <p> <d> .\\n', b'<e> <p> <f> .\\n']
    >>> list(pieces(b"", 20))
    []
    """
    start = 0
    while start < len(ntriples):
        end = ntriples.find(b"\n", start + size - 1)
        end = len(ntriples) if end < 0 else end + 1
        yield ntriples[start:end]
        start = end
