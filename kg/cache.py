"""The extraction cache: one file per document, keyed by what the extraction depends on.

The key hashes the extractor version, the lexicon, the source name and its
text, so a changed document, a new lexicon or a new extractor misses the cache
and everything else hits it.

>>> import tempfile, pathlib
>>> cache = Cache(pathlib.Path(tempfile.mkdtemp()))
>>> key = cache_key(Source("a.txt", "发展数字经济"))
>>> cache.put(key, ("facts", "<a> <b> <c> .\\n")); cache.get(key)[1]
'<a> <b> <c> .\\n'
"""

from __future__ import annotations

import hashlib
import pickle
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

from kg.extract import EXTRACTOR_VERSION
from kg.files import write_atomic
from kg.model import Source
from kg.resources import ontology_dir


@lru_cache(maxsize=1)
def _fingerprint() -> str:
    digest = hashlib.sha1(EXTRACTOR_VERSION.encode())
    for name in ("lexicon.tsv", "policykg.ttl"):
        digest.update((ontology_dir() / name).read_bytes())
    return digest.hexdigest()


def cache_key(source: Source) -> str:
    digest = hashlib.sha1(_fingerprint().encode())
    digest.update(source.name.encode("utf-8") + b"\0" + source.text.encode("utf-8"))
    digest.update(repr((source.format, source.meta)).encode("utf-8"))
    return digest.hexdigest()


class Cache:
    """Pickled (facts, N-Triples) per document under ``folder``; unreadable entries are misses."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _path(self, key: str) -> Path:
        return self.folder / f"{key}.pickle"

    def get(self, key: str) -> Any | None:
        try:
            return pickle.loads(self._path(key).read_bytes())
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError):
            return None

    def put(self, key: str, value: Any) -> None:
        write_atomic(self._path(key), pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))

    def prune(self, keep: Iterable[str]) -> None:
        """Remove entries of documents no longer in the build."""
        wanted = {f"{k}.pickle" for k in keep}
        for path in self.folder.glob("*.pickle") if self.folder.is_dir() else ():
            if path.name not in wanted:
                path.unlink(missing_ok=True)
