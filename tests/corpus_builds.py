"""Builds of corpus folders that share one extraction cache for the whole test session.

A document's cache entry is keyed by its name, its text and the code (:func:`kg.corpus.cache.cache_key`),
and a build from the cache writes the same bytes as one from scratch (``test_scale``,
``test_reliability``), so a folder extracted by one corpus test is not extracted again by the next: the
state-council documents of the whole-corpus page are the ones the question table and the workbench ask.
Only the time changes.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path

from kg.corpus.build import BuildReport, build

_POOL: Path | None = None


def _pool() -> Path:
    global _POOL
    if _POOL is None:
        _POOL = Path(tempfile.mkdtemp(prefix="policykg-test-cache-"))
        atexit.register(shutil.rmtree, _POOL, ignore_errors=True)
    return _POOL


def _link_all(source: Path, target: Path) -> None:
    """Every file of ``source`` linked into ``target`` where ``target`` has no file of that name."""
    target.mkdir(parents=True, exist_ok=True)
    for entry in source.iterdir():
        if entry.is_file() and not (target / entry.name).exists():
            os.link(entry, target / entry.name)


def shared_build(paths: Sequence[Path], out: Path, **options) -> BuildReport:
    """:func:`kg.corpus.build.build` into a new folder ``out``, starting from the session's cache and adding to it."""
    cache = out / ".cache"
    assert not cache.exists(), f"{out} was built before: its cache is its own"
    _link_all(_pool(), cache)
    report = build(list(paths), out, **options)
    _link_all(cache, _pool())
    return report


def corpus_folders(shared: Path) -> list[Path]:
    """The corpus as its folders, so that each document is named as a build of its own folder names it."""
    return sorted(path for path in (shared / "corpus").iterdir() if path.is_dir())
