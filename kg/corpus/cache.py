"""The extraction cache: one file per document, keyed by what the extraction depends on.

The key hashes the extractor version, the lexicon, the ontology, the shape
of the fact records and the source's name and text, so a changed document,
lexicon, extractor or record misses the cache and everything else hits it.

An entry is data, never code: a header line with a keyed digest of the rest
(HMAC-SHA-256 under a secret made for this cache folder, ``.cache/secret``, readable by its owner
only), then the facts as JSON (each record a list of its fields, in order) and the
document's N-Triples, own and shared each compressed with zlib (level 1: cheaper than writing them).
An entry that cannot be read, fails its digest (damaged, edited, or copied from another output folder,
even with a digest recomputed by someone without the secret), or does not decode into the fact records is a miss
with one line in :attr:`Cache.problems`; the build extracts the document again
and rewrites it. Entries are therefore not forced to disk as they are written:
one a crash of the system leaves empty or cut short is such a miss.

>>> import tempfile, pathlib
>>> from kg.extract import extract_document
>>> from kg.graph.rdf import document_ntriples
>>> source = Source("a.txt", "发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。\\n")
>>> facts = extract_document(source)
>>> cache, key = Cache(pathlib.Path(tempfile.mkdtemp())), cache_key(source)
>>> cache.put(key, (facts, document_ntriples(facts)))
True
>>> cache.get(key) == (facts, document_ntriples(facts))
True
>>> path = cache.path(key); data = path.read_bytes()
>>> _ = path.write_bytes(data.replace("数据中心".encode(), "数据中兴".encode()))
>>> cache.get(key, name="a.txt"), cache.problems[0].split(" is damaged ")[1]
(None, '(its content does not match its digest); extracted again')
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import operator
import os
import re
import shutil
import zlib
from collections.abc import Callable, Iterable
from dataclasses import fields, is_dataclass
from enum import Enum
from functools import lru_cache
from pathlib import Path
from typing import Any, get_args, get_type_hints

from kg.corpus.files import write_atomic
from kg.corpus.readers import Damaged as Damaged
from kg.corpus.readers import from_data
from kg.errors import shown
from kg.graph.rdf import DocumentTriples
from kg.model import DocumentFacts, Source
from kg.resources import ontology_dir

FORMAT = b"policykg-cache 4"
SUFFIX = ".entry"
Extracted = tuple[DocumentFacts, DocumentTriples]
_HEADER = re.compile(re.escape(FORMAT) + rb" ([0-9a-f]{64}) (\d{1,12}) (\d{1,12}) (\d{1,12})\n")
SECRET = "secret"  # the file of the cache folder's key


# What an entry depends on: the code of the text and extraction stages, the records, the triples writer.
CODE = ("text", "extract", "model.py", "support.py", "graph/rdf.py")


@lru_cache(maxsize=1)
def _fingerprint() -> str:
    return code_fingerprint(Path(__file__).resolve().parent.parent, ontology_dir())


def code_fingerprint(package: Path, ontology: Path) -> str:
    """A hash of everything extraction depends on besides the document: the code that reads it, the
    records, the lexicon, the place names, the ontology and the segmenter's versions. Any edit to
    them misses every entry; nothing is bumped by hand.

    >>> import kg
    >>> package = Path(kg.__file__).parent
    >>> fingerprint = code_fingerprint(package, ontology_dir())
    >>> len(fingerprint), fingerprint == code_fingerprint(package, ontology_dir())
    (64, True)
    """
    from importlib.metadata import version

    digest = hashlib.sha256(FORMAT + b"\0" + schema().encode())
    for part in CODE:
        for path in sorted((package / part).rglob("*.py")) if (package / part).is_dir() else [package / part]:
            digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    for name in ("lexicon.tsv", "places.txt", "policykg.ttl"):
        digest.update((ontology / name).read_bytes())
    digest.update((package / "text" / "dictionary.txt").read_bytes())  # jieba's dictionary, copied in by the build
    for dist in ("rjieba", "opencc-python-reimplemented", "pyahocorasick"):
        digest.update(f"{dist}={version(dist)}".encode())
    return digest.hexdigest()


def cache_key(source: Source) -> str:
    """SHA-256 over everything the document's extraction depends on.

    >>> len(cache_key(Source("a.txt", "发展数字经济"))), cache_key(Source("a.txt", "一")) == cache_key(Source("b.txt", "一"))
    (64, False)
    """
    digest = hashlib.sha256(_fingerprint().encode())
    for part in (source.name, source.text, repr((source.format, source.meta))):
        data = part.encode("utf-8", "surrogateescape")
        digest.update(b"%d:" % len(data) + data)
    return digest.hexdigest()


@lru_cache(maxsize=1)
def schema() -> str:
    """The fact records' names, fields and field types, so that a changed record misses the cache.

    >>> schema().split(";")[0]
    'DocumentFacts(page:Page,articles:tuple[ArticleFacts, ...],concepts:tuple[Concept, ...])'
    """
    seen: dict[type, str] = {}

    def visit(tp: Any) -> None:
        if is_dataclass(tp) and isinstance(tp, type) and tp not in seen:
            hints = get_type_hints(tp)
            seen[tp] = f"{tp.__name__}(" + ",".join(f"{f.name}:{_type_name(hints[f.name])}" for f in fields(tp)) + ")"
            for f in fields(tp):
                visit(hints[f.name])
        elif isinstance(tp, type) and issubclass(tp, Enum) and tp not in seen:
            seen[tp] = f"{tp.__name__}{{" + ",".join(str(m.value) for m in tp) + "}"
        for arg in get_args(tp):
            visit(arg)

    visit(DocumentFacts)
    return ";".join(seen.values())


def _type_name(tp: Any) -> str:
    return tp.__name__ if isinstance(tp, type) and not get_args(tp) else str(tp).replace("kg.model.", "")


def to_json(value: Any) -> bytes:
    """A fact record as compact UTF-8 JSON: a record is the list of its fields, an enum its value, a tuple
    a list. One pass of the JSON encoder, which writes tuples and string enums itself and asks
    :func:`_fields_of` for each record's fields.

    >>> from kg.model import Kind, Span
    >>> to_json((Span(1, 3, "目标"), Kind.GOAL, None)).decode()
    '[[1,3,"目标",null],"goal",null]'
    """
    return _ENCODER.encode(value).encode("utf-8")


def _fields_of(value: Any) -> Any:
    getter = _getters.get(type(value))
    if getter is None:
        names = _record_fields(type(value))
        if names is None:
            if isinstance(value, Enum):
                return value.value
            raise TypeError(f"{type(value).__name__} is not a fact record")
        getter = _getters[type(value)] = _getter(names)
    return getter(value)


def _getter(names: tuple[str, ...]) -> Callable[[Any], Any]:
    """The fields of a record as a tuple (which the encoder writes as a list)."""
    if len(names) == 1:
        name = names[0]
        return lambda value: (getattr(value, name),)
    return operator.attrgetter(*names)


_getters: dict[type, Callable[[Any], Any]] = {}
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=_fields_of, check_circular=False)


_FIELDS: dict[type, tuple[str, ...] | None] = {}


def _record_fields(kind: type) -> tuple[str, ...] | None:
    if kind not in _FIELDS:
        _FIELDS[kind] = tuple(f.name for f in fields(kind)) if is_dataclass(kind) else None
    return _FIELDS[kind]


def encode_entry(value: Extracted, key: bytes = b"") -> bytes:
    """The bytes of one entry: header line (format, HMAC-SHA-256 of the rest under ``key``, part lengths),
    then the parts: the facts as JSON, the own and the shared N-Triples compressed.

    >>> from kg.corpus.task import extract_one
    >>> value = extract_one(Source("a.txt", "发展数字经济\\n\\n一是加快建设数据中心。\\n"))
    >>> data = encode_entry(value, b"secret")
    >>> data.startswith(FORMAT), decode_entry(data, b"secret") == value
    (True, True)
    """
    facts, triples = value
    parts = [to_json(facts), zlib.compress(triples.own, 1), zlib.compress(triples.shared, 1)]
    body = b"".join(parts)
    lengths = b" ".join(b"%d" % len(p) for p in parts)
    return FORMAT + b" " + hmac.new(key, body, hashlib.sha256).hexdigest().encode() + b" " + lengths + b"\n" + body


def decode_entry(data: bytes, key: bytes = b"") -> Extracted:
    """The value of an entry's bytes (digested under ``key``); :class:`Damaged` saying why when they are
    not a sound entry.

    >>> from kg.corpus.task import extract_one
    >>> data = encode_entry(extract_one(Source("a.txt", "发展数字经济\\n\\n一是加快建设数据中心。\\n")), b"secret")
    >>> decode_entry(data, b"secret")[0].page.source.name
    'a.txt'
    >>> decode_entry(data, b"another")
    Traceback (most recent call last):
    kg.corpus.readers.Damaged: its content does not match its digest
    """
    header = _HEADER.match(data)
    if header is None:
        raise Damaged("not a policykg cache entry of this version")
    body = data[header.end():]
    sizes = [int(n) for n in header.groups()[1:]]
    if sum(sizes) != len(body):
        raise Damaged(f"{len(body)} bytes where its header says {sum(sizes)}")
    if not hmac.compare_digest(hmac.new(key, body, hashlib.sha256).hexdigest().encode(), header.group(1)):
        raise Damaged("its content does not match its digest")
    facts_end, own_end = sizes[0], sizes[0] + sizes[1]
    try:
        facts = from_data(DocumentFacts, json.loads(body[:facts_end].decode("utf-8")))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise Damaged(f"its facts do not decode: {_first_line(exc)}") from None
    try:
        own, shared = zlib.decompress(body[facts_end:own_end]), zlib.decompress(body[own_end:])
    except zlib.error as exc:
        raise Damaged(f"its N-Triples do not decompress: {_first_line(exc)}") from None
    if any(part and not part.endswith(b"\n") for part in (own, shared)):
        raise Damaged("its N-Triples are cut short")
    return facts, DocumentTriples(own, shared)


class Cache:
    """One entry per document under ``folder``; see the module docstring.

    Nothing here raises: a folder or entry that cannot be read or written
    adds one line to :attr:`problems` and the build goes on without it.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.problems: list[str] = []
        self._write_failed = False
        self._key: bytes | None = None

    def key(self) -> bytes | None:
        """This folder's secret: read, or made (32 random bytes, mode 0600) when there is none; None when
        neither can be done (then nothing is read from the cache, nor written).

        >>> import tempfile
        >>> cache = Cache(Path(tempfile.mkdtemp()))
        >>> len(cache.key()), cache.key() == Cache(cache.folder).key(), oct((cache.folder / SECRET).stat().st_mode & 0o777)
        (32, True, '0o600')
        """
        if self._key is None:
            path = self.folder / SECRET
            try:
                self._key = path.read_bytes()
            except FileNotFoundError:
                self._key = _new_secret(path)
            except OSError:
                return None
            if self._key is not None and len(self._key) != 32:  # cut short by a killed build: a new one
                with contextlib.suppress(OSError):
                    path.unlink()
                self._key = _new_secret(path)
        return self._key

    def path(self, key: str) -> Path:
        """The file of the entry for ``key``.

        >>> Cache(Path("out/.cache")).path("ab12")
        PosixPath('out/.cache/ab12.entry')
        """
        return self.folder / f"{key}{SUFFIX}"

    def get(self, key: str, *, name: str = "") -> Extracted | None:
        """The entry for ``key`` (a document named ``name``), or None when there is none or it is damaged.

        >>> import tempfile
        >>> from kg.corpus.task import extract_one
        >>> value = extract_one(Source("a.txt", "发展数字经济\\n\\n一是加快建设数据中心。\\n"))
        >>> cache = Cache(Path(tempfile.mkdtemp()))
        >>> cache.get("k1") is None, cache.put("k1", value), cache.get("k1") == value
        (True, True, True)
        """
        path = self.path(key)
        try:
            data = path.read_bytes()
        except (FileNotFoundError, NotADirectoryError):  # no entry, or no cache folder (put says so once)
            return None
        except OSError as exc:
            self._damaged(path, name, exc.strerror or str(exc))
            return None
        secret = self.key()
        if secret is None:
            return None
        try:
            return decode_entry(data, secret)
        except Damaged as exc:
            self._damaged(path, name, str(exc))
            return None

    def has(self, key: str) -> bool:
        """Whether there is an entry for ``key`` (sound or not: :meth:`get` says).

        >>> import tempfile
        >>> from kg.corpus.task import extract_one
        >>> value = extract_one(Source("a.txt", "发展数字经济\\n\\n一是加快建设数据中心。\\n"))
        >>> cache = Cache(Path(tempfile.mkdtemp()))
        >>> cache.has("k1"), cache.put("k1", value), cache.has("k1")
        (False, True, True)
        """
        return self.path(key).exists()

    def put(self, key: str, value: Extracted) -> bool:
        """Write the entry for ``key``; False when the cache cannot be written (said once in :attr:`problems`).

        >>> import tempfile
        >>> from kg.corpus.task import extract_one
        >>> value = extract_one(Source("a.txt", "发展数字经济\\n\\n一是加快建设数据中心。\\n"))
        >>> cache = Cache(Path(tempfile.mkdtemp()))
        >>> cache.put("k1", value), sorted(p.name for p in cache.folder.iterdir())
        (True, ['k1.entry', 'secret'])
        """
        if self._write_failed:
            return False
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            secret = self.key()
            if secret is None:
                raise OSError(f"cannot read or make {SECRET}")
            write_atomic(self.path(key), encode_entry(value, secret), durable=False)
        except OSError as exc:
            self._write_failed = True
            self.problems.append(f"{shown(exc.filename or self.folder)}: cache not written ({exc.strerror or exc}); "
                                 "the next build extracts again")
            return False
        return True

    def prune(self, keep: Iterable[str]) -> None:
        """Remove entries of documents no longer in the build, and entries of older formats.

        >>> import tempfile
        >>> from kg.corpus.task import extract_one
        >>> value = extract_one(Source("a.txt", "发展数字经济\\n\\n一是加快建设数据中心。\\n"))
        >>> cache = Cache(Path(tempfile.mkdtemp()))
        >>> cache.put("k1", value), cache.put("k2", value)
        (True, True)
        >>> cache.prune(["k2"])
        >>> cache.has("k1"), cache.has("k2")
        (False, True)
        """
        wanted = {self.path(k).name for k in keep}
        try:
            names = os.listdir(self.folder)
        except OSError:
            return
        for name in names:
            if (name.endswith(SUFFIX) or name.endswith(".pickle")) and name not in wanted:
                _discard(self.folder / name)

    def _damaged(self, path: Path, name: str, reason: str) -> None:
        self.problems.append(f"{name or '?'}: cache entry {shown(path)} is damaged ({reason}); extracted again")
        _discard(path)


def _new_secret(path: Path) -> bytes | None:
    """A new secret written to ``path`` (only its owner can read it); the one already there when another
    build made it first; None when it cannot be written."""
    secret = os.urandom(32)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o600)
    except FileExistsError:
        try:
            return path.read_bytes()
        except OSError:
            return None
    except OSError:
        return None
    with os.fdopen(fd, "wb") as handle:
        handle.write(secret)
    return secret


def _discard(path: Path) -> None:
    try:
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)
    except OSError:
        pass


def _first_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:200]
