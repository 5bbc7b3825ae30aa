"""Output files: atomic writes (a temporary file beside the target, then a rename), an output
folder held by one build at a time, and paths shown on one printable line.

>>> import tempfile, pathlib
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> write_atomic(d / "a.txt", "目标".encode()); (d / "a.txt").read_text(encoding="utf-8")
'目标'
"""

from __future__ import annotations

import fcntl
import os
import re
import tempfile
from pathlib import Path

from kg.errors import OutputError, shown

STALE = re.compile(r"^\..+\.[a-z0-9_]{8}\.tmp$")  # the names Staged gives its temporary files


def write_atomic(path: Path, data: bytes, *, durable: bool = True) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the new one, never half. Without
    ``durable`` the data is not forced to disk before the rename: after a crash of the system the file
    may be empty or cut short (for files checked when read, such as cache entries).

    >>> import tempfile
    >>> path = Path(tempfile.mkdtemp()) / "graph.ttl"
    >>> write_atomic(path, "数据中心".encode())
    >>> path.read_text(encoding="utf-8"), [p.name for p in path.parent.iterdir()]
    ('数据中心', ['graph.ttl'])
    >>> write_atomic(path, "目标".encode(), durable=False); path.read_text(encoding="utf-8")
    '目标'
    """
    with Staged(durable=durable) as staged:
        staged.path(path).write_bytes(data)


def write_text_atomic(path: Path, text: str) -> None:
    """Write ``text`` as UTF-8, atomically (:func:`write_atomic`).

    >>> import tempfile
    >>> path = Path(tempfile.mkdtemp()) / "note.txt"
    >>> write_text_atomic(path, "数据中心")
    >>> path.read_text(encoding="utf-8")
    '数据中心'
    """
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

    def __init__(self, *, durable: bool = True) -> None:
        self.pending: list[tuple[Path, Path]] = []
        self.durable = durable  # each file forced to disk before the renames

    def path(self, target: Path) -> Path:
        """The temporary file to write for ``target``; it takes the target's place when the block ends without error.

        >>> import tempfile
        >>> target = Path(tempfile.mkdtemp()) / "graph.ttl"
        >>> with Staged() as staged:
        ...     tmp = staged.path(target)
        ...     tmp.parent == target.parent, tmp.name.startswith(".graph.ttl.")
        (True, True)
        >>> target.exists(), tmp.exists()
        (True, False)
        """
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
                if self.durable:
                    with open(tmp, "rb+") as handle:
                        os.fsync(handle.fileno())
                os.chmod(tmp, mode)
            for tmp, target in self.pending:
                os.replace(tmp, target)
        else:
            for leftover, _ in self.pending:
                leftover.unlink(missing_ok=True)


class OutputFolder:
    """An output folder held by this build alone (an advisory lock on the folder itself, which the
    system releases however the holder ends). On entry the folder is created, checked writable,
    and cleared of the temporary files a killed build left behind; any failure is one
    :class:`OutputError` line naming the folder.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp()) / "out"
    >>> with OutputFolder(d) as held:
    ...     _ = (d / ".graph.ttl.abcd1234.tmp").write_bytes(b"")
    ...     OutputFolder(d).__enter__()
    Traceback (most recent call last):
    kg.errors.OutputError: ...out: another build is writing to this folder; wait for it to finish
    >>> with OutputFolder(d) as held:
    ...     held.removed
    1
    """

    def __init__(self, folder: Path, *, also: tuple[str, ...] = (".cache",)) -> None:
        self.folder, self.also = folder, also
        self.removed = 0
        self._fd: int | None = None

    def __enter__(self) -> OutputFolder:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.folder, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
        except OSError as exc:
            raise OutputError(f"{shown(self.folder)}: cannot write here: {_reason(exc)}") from None
        if not os.access(self.folder, os.W_OK):
            os.close(fd)
            raise OutputError(f"{shown(self.folder)}: cannot write here: permission denied")
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            raise OutputError(f"{shown(self.folder)}: another build is writing to this folder; "
                              "wait for it to finish") from None
        self._fd = fd
        self.removed = sum(remove_stale(self.folder / sub) for sub in ("", *self.also))
        return self

    def __exit__(self, *exc: object) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing releases the lock
            self._fd = None


def remove_stale(folder: Path) -> int:
    """Remove the temporary files of interrupted writes in ``folder``; how many there were.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / ".graph.ttl.k2x9_q1a.tmp").write_bytes(b""); _ = (folder / "graph.ttl").write_bytes(b"")
    >>> remove_stale(folder), sorted(p.name for p in folder.iterdir())
    (1, ['graph.ttl'])
    """
    try:
        names = [n for n in os.listdir(folder) if STALE.match(n)]
    except OSError:
        return 0
    removed = 0
    for name in names:
        try:
            (folder / name).unlink()
            removed += 1
        except OSError:
            pass
    return removed


def _reason(exc: OSError) -> str:
    if isinstance(exc, FileExistsError | NotADirectoryError):
        return "a file is in the way of the folder"
    return exc.strerror or str(exc)
