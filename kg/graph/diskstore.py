"""The on-disk store: the built graph in pyoxigraph's RocksDB store (``out/graph.db``), opened in
milliseconds instead of parsing ``graph.ttl`` for every command.

Each document's own triples are one named graph (its IRI as in ``graph.nq``);
the triples about concepts, which documents share, are kept once in the graph
:data:`CONCEPTS_GRAPH`, and the ontology in its own graph, so that the union of
the graphs is, triple for triple, the graph in ``graph.ttl`` (queries see that
union as their default graph). Beside RocksDB's files the folder holds
``policykg.json`` (the cache key each document graph was built from, the
size, time and inode of the ``graph.ttl`` and ``graph.nq`` it mirrors, and
the size and SHA-256 of every other file of the folder) and the index of
questions, ``ask.sqlite`` (:mod:`kg.ask.index`).

The manifest binds the store to what it holds: commands open it only when its
files are the ones listed, by name and size (a store written or damaged since
is passed over, and the graph file read instead), and a build reuses it only
when every file also has its SHA-256; otherwise the build says so in one line
and makes the store anew from the cache.

A build updates the store incrementally and atomically: it checkpoints the
current store into a temporary folder (hard links, no copying), replaces there
the graphs of the documents that changed, and renames it into place after the
other output files. The documents are loaded in their order by a thread of their own
(:class:`kg.graph.loader.Loader`), which holds them compressed and loads them in a burst (RocksDB then
merges its files once instead of after every few documents); pyoxigraph lets go of Python while it loads.
Commands open it read-only, and only when it mirrors the graph file they were
given, so a store left behind by an interrupted or older build is never read;
they read the RDF file instead.

>>> import tempfile, pathlib
>>> out = pathlib.Path(tempfile.mkdtemp())
>>> with StoreUpdate(out / "graph.db") as update:
...     update.document("https://w3id.org/policykg/id/doc/1", "k1", '<http://e/a> <http://e/p> "目标"@zh .\\n'.encode())
...     update.finish(shared=b"", mirrors={})
>>> update.commit()
>>> [row["o"] for row in DiskStore.at(out / "graph.db").select("SELECT ?o WHERE { <http://e/a> ?p ?o }")]
['目标']
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.errors import GraphError, shown
from kg.graph.loader import Loader
from kg.graph.store import Store

STORE_NAME = "graph.db"
MANIFEST = "policykg.json"
CONCEPTS_GRAPH = "https://w3id.org/policykg/id/concepts"
FORMAT = 2
HASHERS = 2  # threads that hash the store's files for its manifest (about 850 MB for the whole corpus)


def stamp(path: Path) -> list[int]:
    """What identifies one version of a file without reading it: size, modification time, inode.

    >>> import tempfile
    >>> path = Path(tempfile.mkdtemp()) / "graph.ttl"
    >>> _ = path.write_bytes(b"")
    >>> size, _, inode = stamp(path)
    >>> size, inode == path.stat().st_ino, stamp(path) == stamp(path)
    (0, True, True)
    """
    info = path.stat()
    return [info.st_size, info.st_mtime_ns, info.st_ino]


def read_manifest(folder: Path) -> dict[str, Any] | None:
    """The store folder's manifest (``policykg.json``), or None when there is none or it cannot be read.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp()) / "graph.db"
    >>> with StoreUpdate(folder) as update:
    ...     update.document("https://w3id.org/policykg/id/doc/1", "k1", '<http://e/a> <http://e/p> "目标"@zh .\\n'.encode())
    ...     update.finish(shared=b"", mirrors={})
    >>> update.commit()
    >>> read_manifest(folder)["format"], read_manifest(folder.parent)
    (2, None)
    """
    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and data.get("format") == FORMAT else None


class DiskStore(Store):
    """A read-only on-disk store; :attr:`manifest` and :attr:`folder` describe what it holds."""

    def __init__(self, store: ox.Store, folder: Path, manifest: dict[str, Any]) -> None:
        super().__init__(store)
        self.folder, self.manifest = folder, manifest

    def reopen(self) -> None:
        """Open the store again in a forked process that closed the descriptors it inherited (the server's
        query processes); the inherited handle is kept, unused, so that nothing closes those twice.

        >>> import tempfile
        >>> folder = Path(tempfile.mkdtemp()) / "graph.db"
        >>> with StoreUpdate(folder) as update:
        ...     update.document("https://w3id.org/policykg/id/doc/1", "k1", '<http://e/a> <http://e/p> "目标"@zh .\\n'.encode())
        ...     update.finish(shared=b"", mirrors={})
        >>> update.commit()
        >>> store = DiskStore.at(folder)
        >>> store.reopen()
        >>> [row["o"] for row in store.select("SELECT ?o WHERE { <http://e/a> ?p ?o }")]
        ['目标']
        """
        self._inherited = self.store
        self.store = ox.Store.read_only(str(self.folder))

    @classmethod
    def at(cls, folder: Path) -> DiskStore:
        """The store in ``folder``, read-only, when its files are those its manifest lists (by name and size).

        >>> import tempfile
        >>> folder = Path(tempfile.mkdtemp()) / "graph.db"
        >>> with StoreUpdate(folder) as update:
        ...     update.document("https://w3id.org/policykg/id/doc/1", "k1", '<http://e/a> <http://e/p> "目标"@zh .\\n'.encode())
        ...     update.finish(shared=b"", mirrors={})
        >>> update.commit()
        >>> [row["o"] for row in DiskStore.at(folder).select("SELECT ?o WHERE { <http://e/a> ?p ?o }")]
        ['目标']
        >>> DiskStore.at(folder.parent)  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        kg.errors.GraphError: ...: not a policykg store; run `policykg build` (or pass a graph file)
        """
        manifest = read_manifest(folder)
        if manifest is None:
            raise GraphError(f"{shown(folder)}: not a policykg store; run `policykg build` (or pass a graph file)")
        changed = changes(folder, manifest, hashes=False)
        if changed:
            raise GraphError(f"{shown(folder)}: the store was changed or damaged since it was built ({changed}); "
                             "run `policykg build` again to make it anew (or pass the graph file)")
        try:
            return cls(ox.Store.read_only(str(folder)), folder, manifest)
        except (OSError, RuntimeError) as exc:
            raise GraphError(f"{shown(folder)}: the store cannot be opened ({' '.join(str(exc).split())})") from None


def contents(folder: Path, *, hashes: bool = True) -> dict[str, list[Any]]:
    """Every file of a store folder but its manifest: name → [size, SHA-256] (the size alone without ``hashes``).

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp()) / "graph.db"
    >>> with StoreUpdate(folder) as update:
    ...     update.document("https://w3id.org/policykg/id/doc/1", "k1", '<http://e/a> <http://e/p> "目标"@zh .\\n'.encode())
    ...     update.finish(shared=b"", mirrors={})
    >>> update.commit()
    >>> sorted(contents(folder, hashes=False)) == sorted(read_manifest(folder)["files"])
    True
    """
    entries = [e for e in sorted(os.scandir(folder), key=lambda e: e.name)
               if e.name != MANIFEST and e.is_file(follow_symlinks=False)]
    found: dict[str, list[Any]] = {e.name: [e.stat().st_size] for e in entries}
    if hashes:  # on threads: hashlib and reading let go of Python, so the processors hash files side by side
        with ThreadPoolExecutor(max_workers=HASHERS, thread_name_prefix="store-hash") as pool:
            for entry, digest in zip(entries, pool.map(_file_digest, [Path(e.path) for e in entries]), strict=True):
                found[entry.name].append(digest)
    return found


def changes(folder: Path, manifest: Mapping[str, Any], *, hashes: bool) -> str | None:
    """How the store's files differ from its manifest (names and sizes; contents too with ``hashes``), or None.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp()) / "graph.db"
    >>> with StoreUpdate(folder) as update:
    ...     update.document("https://w3id.org/policykg/id/doc/1", "k1", '<http://e/a> <http://e/p> "目标"@zh .\\n'.encode())
    ...     update.finish(shared=b"", mirrors={})
    >>> update.commit()
    >>> changes(folder, read_manifest(folder), hashes=True)
    >>> _ = (folder / "extra").write_bytes(b"x")
    >>> changes(folder, read_manifest(folder), hashes=False)
    'extra added'
    """
    listed = manifest.get("files")
    if not isinstance(listed, dict):
        return "no list of its files"
    try:
        found = contents(folder, hashes=hashes)
    except OSError as exc:
        return exc.strerror or str(exc)
    for name in sorted(found.keys() | listed.keys()):
        want = listed.get(name)
        if name not in found or not isinstance(want, list):
            return f"{name} {'missing' if name not in found else 'added'}"
        if found[name] != want[:len(found[name])]:
            return f"{name} {'size' if found[name][0] != want[0] else 'content'} differs"
    return None


def _file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def mirror_of(graph: Path) -> Path | None:
    """The store beside ``graph`` when it was built with that very file, else None.

    >>> import tempfile
    >>> graph = Path(tempfile.mkdtemp()) / "graph.ttl"
    >>> _ = graph.write_bytes(b"")
    >>> with StoreUpdate(graph.parent / STORE_NAME) as update:
    ...     update.finish(shared=b"", mirrors={"graph.ttl": graph})
    >>> update.commit()
    >>> mirror_of(graph) == graph.parent / STORE_NAME
    True
    >>> _ = graph.write_bytes(b"<http://e/a> <http://e/p> <http://e/b> .")
    >>> mirror_of(graph) is None
    True
    """
    folder = graph.parent / STORE_NAME
    manifest = read_manifest(folder) if folder.is_dir() else None
    try:
        return folder if manifest and manifest.get("mirrors", {}).get(graph.name) == stamp(graph) else None
    except OSError:
        return None


def open_graph(graph: Path) -> Store:
    """The graph for a command: the on-disk store when ``graph`` is one or has an up-to-date one
    beside it (``out/graph.db`` for ``out/graph.ttl``), else the RDF file loaded into memory.

    >>> import tempfile
    >>> graph = Path(tempfile.mkdtemp()) / "graph.ttl"
    >>> _ = graph.write_text('<http://e/a> <http://e/p> "目标"@zh .', encoding="utf-8")
    >>> store = open_graph(graph)
    >>> type(store).__name__, [row["o"] for row in store.select("SELECT ?o WHERE { ?s ?p ?o }")]
    ('Store', ['目标'])
    """
    if graph.is_dir():
        return DiskStore.at(graph)
    folder = mirror_of(graph)
    if folder is not None:
        try:
            return DiskStore.at(folder)
        except GraphError:  # e.g. removed or replaced since: the file is the graph
            pass
    return Store.open(graph)


class StoreUpdate:
    """One build's update of the store (see the module docstring); a context manager that removes
    its temporary folder unless :meth:`commit` renamed it into place."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.tmp = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", suffix=".db-tmp", dir=folder.parent))
        self.tmp.rmdir()
        old = read_manifest(folder) if folder.is_dir() else None
        self.problem: str | None = None  # one line when the old store could not be reused
        changed = changes(folder, old, hashes=True) if old is not None else None
        if changed:
            self.problem = (f"{shown(folder)}: changed or damaged since it was built ({changed}); "
                            "made anew from the cache")
            old = None
        if old is not None:
            try:
                ox.Store.read_only(str(folder)).backup(str(self.tmp))
            except (OSError, RuntimeError) as exc:
                self.problem = (f"{shown(folder)}: cannot be read ({' '.join(str(exc).split())[:200]}); "
                                "made anew from the cache")
                old = None
                shutil.rmtree(self.tmp, ignore_errors=True)
        self.old: dict[str, str] = dict(old["graphs"]) if old else {}
        self.graphs: dict[str, str] = {}
        self.store: ox.Store | None = ox.Store(str(self.tmp))
        self.changed = 0
        self.committed = False
        self.sealed = False
        self.loader: Loader | None = None

    def __enter__(self) -> StoreUpdate:
        return self

    def __exit__(self, kind: object, *rest: object) -> None:
        if kind is not None:
            self.abort()

    def document(self, graph: str, key: str, own: bytes) -> None:
        """Put one document's own triples in its graph, unless the store already has that version.

        >>> import tempfile
        >>> folder = Path(tempfile.mkdtemp()) / "graph.db"
        >>> with StoreUpdate(folder) as update:
        ...     update.document("https://w3id.org/policykg/id/doc/1", "k1", '<http://e/a> <http://e/p> "目标"@zh .\\n'.encode())
        ...     update.finish(shared=b"", mirrors={})
        >>> update.commit()
        >>> [row["g"] for row in DiskStore.at(folder).select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")]
        ['https://w3id.org/policykg/id/doc/1', 'https://w3id.org/policykg/ontology']
        """
        assert self.store is not None
        self.graphs[graph] = key
        if self.old.get(graph) == key:
            return
        if self.loader is None:  # started with the first document: after the extraction processes are forked
            self.loader = Loader(self.store)
            self.loader.start()
        self.loader.put((graph, own, graph in self.old))
        self.changed += 1

    def seal(self, *, shared: bytes) -> None:
        """After the last document: the shared concept triples and the ontology are put in, then the loader
        loads the documents it holds, removes the graphs of documents gone and compacts the store, while the
        build writes its other files;
        :meth:`finish` waits for it.

        >>> import tempfile
        >>> folder = Path(tempfile.mkdtemp()) / "graph.db"
        >>> with StoreUpdate(folder) as update:
        ...     update.seal(shared=b"")
        ...     update.finish(mirrors={})
        >>> update.commit()
        >>> sorted(read_manifest(folder)["graphs"])
        ['https://w3id.org/policykg/id/concepts', 'https://w3id.org/policykg/ontology']
        """
        from kg.graph.rdf import ONTOLOGY_GRAPH, ontology_ntriples

        assert self.store is not None and not self.sealed
        self.document(CONCEPTS_GRAPH, _digest(shared), shared)
        onto = ontology_ntriples()
        self.document(ONTOLOGY_GRAPH, _digest(onto), onto)
        gone = sorted(self.old.keys() - self.graphs.keys())
        self.changed += len(gone)
        if self.loader is None:
            self.loader = Loader(self.store)
            self.loader.start()
        self.loader.seal(gone, optimize=bool(self.changed))
        self.sealed = True

    def finish(self, *, shared: bytes = b"", mirrors: Mapping[str, Path], extra: Mapping[str, Any] | None = None) -> None:
        """After the last document: the shared concept triples, the ontology, documents gone (unless
        :meth:`seal` put them in), the manifest. ``mirrors`` maps the names of the graph files this store
        stands for to their (staged) paths.

        >>> import tempfile
        >>> folder = Path(tempfile.mkdtemp()) / "graph.db"
        >>> with StoreUpdate(folder) as update:
        ...     update.document("https://w3id.org/policykg/id/doc/1", "k1", '<http://e/a> <http://e/p> "目标"@zh .\\n'.encode())
        ...     update.finish(shared=b"", mirrors={})
        >>> update.commit()
        >>> sorted(read_manifest(folder)["graphs"])
        ['https://w3id.org/policykg/id/concepts', 'https://w3id.org/policykg/id/doc/1', 'https://w3id.org/policykg/ontology']
        """
        if not self.sealed:
            self.seal(shared=shared)
        self._stop_loader()
        self.store = None  # closes RocksDB (the loader flushed it)
        manifest = {"format": FORMAT, "graphs": dict(sorted(self.graphs.items())),
                    "mirrors": {name: stamp(path) for name, path in sorted(mirrors.items())}, **(extra or {}),
                    "files": contents(self.tmp)}
        text = json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True)
        (self.tmp / MANIFEST).write_text(text + "\n", encoding="utf-8")

    def commit(self) -> None:
        """Put the updated store in place of the old one (after the files it mirrors are in place).

        >>> import tempfile
        >>> folder = Path(tempfile.mkdtemp()) / "graph.db"
        >>> with StoreUpdate(folder) as update:
        ...     update.document("https://w3id.org/policykg/id/doc/1", "k1", '<http://e/a> <http://e/p> "目标"@zh .\\n'.encode())
        ...     update.finish(shared=b"", mirrors={})
        >>> update.commit()
        >>> folder.is_dir(), read_manifest(folder) is not None
        (True, True)
        """
        trash = self.folder.with_name(f".{self.folder.name}.old")
        shutil.rmtree(trash, ignore_errors=True)
        if self.folder.exists():
            os.replace(self.folder, trash)
        os.replace(self.tmp, self.folder)
        self.committed = True
        shutil.rmtree(trash, ignore_errors=True)

    def abort(self) -> None:
        """Give up the update: close its files (the temporary folder is removed on leaving the ``with`` block).

        >>> import tempfile
        >>> folder = Path(tempfile.mkdtemp()) / "graph.db"
        >>> with StoreUpdate(folder) as update:
        ...     update.abort()
        >>> folder.exists()
        False
        """
        if self.loader is not None:
            self.loader.stopped = True  # what still waits is dropped; a document being loaded is finished
            self._stop_loader(check=False)
        self.store = None
        if not self.committed:
            shutil.rmtree(self.tmp, ignore_errors=True)

    def _stop_loader(self, *, check: bool = True) -> None:
        """Wait for every document given to be loaded; the first error loading one is raised here."""
        loader, self.loader = self.loader, None
        if loader is not None:
            loader.close()
            if check:
                loader.check()


def remove_stale_stores(folder: Path) -> None:
    """Remove the temporary stores of builds killed before they committed.

    >>> import tempfile
    >>> out = Path(tempfile.mkdtemp())
    >>> with StoreUpdate(out / STORE_NAME) as update:
    ...     update.finish(shared=b"", mirrors={})
    >>> [p.name.endswith(".db-tmp") for p in out.iterdir()]
    [True]
    >>> remove_stale_stores(out)
    >>> sorted(p.name for p in out.iterdir())
    []
    """
    try:
        names = [n for n in os.listdir(folder) if n.endswith(".db-tmp") or n == f".{STORE_NAME}.old"]
    except OSError:
        return
    for name in names:
        shutil.rmtree(folder / name, ignore_errors=True)


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def dataset_beside(graph: Path, fmt: str) -> Path:
    """For trig/nquads, the dataset written beside a graph.ttl (graph.nq) when there is one, else ``graph``.

    >>> dataset_beside(Path("no/such/graph.ttl"), "nquads")
    PosixPath('no/such/graph.ttl')
    """
    sibling = graph.with_suffix(".nq")
    return sibling if fmt in ("trig", "nquads") and graph.suffix == ".ttl" and sibling.is_file() else graph
