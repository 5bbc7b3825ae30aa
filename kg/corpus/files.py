"""Atomic writes: a temporary file beside the target, then a rename.

>>> import tempfile, pathlib
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> write_atomic(d / "a.txt", "目标".encode()); (d / "a.txt").read_text(encoding="utf-8")
'目标'
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the new one, never half."""
    with Staged() as staged:
        staged.path(path).write_bytes(data)


def write_text_atomic(path: Path, text: str) -> None:
    write_atomic(path, text.encode("utf-8"))


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


class Staged:
    """Several output files that appear together: each is written to a temporary file beside
    its target, and all are renamed into place only when the block finishes without error.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> with Staged() as staged:
    ...     _ = staged.path(d / "a.ttl").write_text("甲", encoding="utf-8")
    ...     (d / "a.ttl").exists()
    False
    >>> (d / "a.ttl").read_text(encoding="utf-8")
    '甲'
    """

    def __init__(self) -> None:
        self.pending: list[tuple[Path, Path]] = []

    def path(self, target: Path) -> Path:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        os.close(fd)
        self.pending.append((Path(tmp), target))
        return Path(tmp)

    def __enter__(self) -> Staged:
        return self

    def __exit__(self, kind: object, *rest: object) -> None:
        if kind is None:
            mode = 0o666 & ~_umask()
            for tmp, _target in self.pending:
                with open(tmp, "rb+") as handle:
                    os.fsync(handle.fileno())
                os.chmod(tmp, mode)
            for tmp, target in self.pending:
                os.replace(tmp, target)
        else:
            for leftover, _ in self.pending:
                leftover.unlink(missing_ok=True)
