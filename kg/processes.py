"""Child processes that end with their parent: extraction workers, query processes, and the bounded
child a document is read in (:func:`run_bounded`); and the malloc arenas a build's threads share
(:func:`share_malloc_arenas`)."""

from __future__ import annotations

import contextlib
import ctypes
import json
import os
import resource
import select
import signal
import time
from collections.abc import Callable
from typing import Any

PR_SET_PDEATHSIG = 1


def die_with_parent(parent: int) -> None:
    """Ask Linux to kill this process when its parent ends (``PR_SET_PDEATHSIG``); elsewhere a no-op.
    Run first in a child, so that a killed build or server leaves no child behind.

    >>> import subprocess, sys
    >>> code = "import os; from kg.processes import die_with_parent; die_with_parent(os.getppid()); print('set')"
    >>> subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    'set\\n'
    """
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the parent ended before the request took effect
        os._exit(1)


M_ARENA_MAX = -8  # mallopt's parameter for the number of glibc malloc arenas


def share_malloc_arenas(count: int = 4) -> bool:
    """Let this process's threads share ``count`` glibc malloc arenas (``mallopt(M_ARENA_MAX)``); elsewhere a no-op
    (False). Run before threads start. Each thread otherwise gets an arena of its own (up to eight per processor),
    and what a thread frees stays in its arena: a build's store loaders (:mod:`kg.graph.loader`, and the threads of
    RocksDB) left about 200 MB in theirs after a burst during the extraction, which the last burst reused only in
    part. The corpus at 4× built with two workers and without the page: peak 773 MB, 659 MB with two arenas
    (1×: 644 and 571 MB); two made the build 9 % slower, four did not (1×: 590 MB, 4×: 689 MB).

    >>> import platform
    >>> share_malloc_arenas() == (platform.system() == "Linux" and platform.libc_ver()[0] == "glibc")
    True
    """
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return False
    return bool(mallopt(M_ARENA_MAX, count))


# --- no network -----------------------------------------------------------------------------------
# A seccomp filter (Linux): socket() of any family but AF_UNIX fails with EACCES, and so do
# io_uring_setup (whose operations seccomp cannot see) and the x32 system-call numbers. The query
# processes install it, so no query (a SERVICE clause in whatever spelling) can open a connection.

PR_SET_NO_NEW_PRIVS = 38
SECCOMP_SET_MODE_FILTER = 1
AF_UNIX = 1
EACCES = 13
# audit architecture, socket, io_uring_setup per machine
_SYSCALLS = {"x86_64": (0xC000003E, 41, 425), "aarch64": (0xC00000B7, 198, 425)}
_LD_W_ABS, _JEQ_K, _JGE_K, _RET_K = 0x20, 0x15, 0x35, 0x06
_RET_ALLOW, _RET_KILL, _RET_ERRNO = 0x7FFF0000, 0x80000000, 0x00050000


class _Filter(ctypes.Structure):
    _fields_ = [("code", ctypes.c_ushort), ("jt", ctypes.c_ubyte), ("jf", ctypes.c_ubyte), ("k", ctypes.c_uint32)]


class _Program(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.POINTER(_Filter))]


def network_filter() -> list[tuple[int, int, int, int]] | None:
    """The BPF program of :func:`deny_network` for this machine, or None where there is none.

    >>> program = network_filter()
    >>> program is None or program[-1] == (0x06, 0, 0, 0x7FFF0000)
    True
    """
    if not hasattr(os, "uname") or os.uname().sysname != "Linux" or os.uname().machine not in _SYSCALLS:
        return None
    machine = os.uname().machine
    arch, socket_nr, uring_nr = _SYSCALLS[machine]
    errno = _RET_ERRNO | EACCES
    return [
        (_LD_W_ABS, 0, 0, 4),  # seccomp_data.arch
        (_JEQ_K, 1, 0, arch),
        (_RET_K, 0, 0, _RET_KILL),  # another ABI: never expected, so stop
        (_LD_W_ABS, 0, 0, 0),  # seccomp_data.nr
        (_JGE_K, 0, 1, 0x40000000),  # x32 numbers
        (_RET_K, 0, 0, errno),
        (_JEQ_K, 0, 1, uring_nr),
        (_RET_K, 0, 0, errno),
        (_JEQ_K, 0, 3, socket_nr),
        (_LD_W_ABS, 0, 0, 16),  # seccomp_data.args[0] (low half): the address family
        (_JEQ_K, 1, 0, AF_UNIX),
        (_RET_K, 0, 0, errno),
        (_RET_K, 0, 0, _RET_ALLOW),
    ]


def deny_network() -> None:
    """Forbid this process (and what it forks) to open any socket but a Unix one, for good.

    Raises OSError where it cannot be done, so that a caller that needs it fails closed.

    >>> import subprocess, sys
    >>> code = "import socket; from kg.processes import deny_network; deny_network(); socket.socket(socket.AF_INET)"
    >>> print(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stderr.splitlines()[-1])
    PermissionError: [Errno 13] Permission denied
    """
    program = network_filter()
    if program is None:
        raise OSError("no seccomp filter for this system")
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
        raise OSError(ctypes.get_errno(), "prctl(PR_SET_NO_NEW_PRIVS) failed")
    filters = (_Filter * len(program))(*(_Filter(*row) for row in program))
    prog = _Program(len(program), filters)
    if libc.syscall(317 if os.uname().machine == "x86_64" else 277, SECCOMP_SET_MODE_FILTER, 0, ctypes.byref(prog)) != 0:
        raise OSError(ctypes.get_errno(), "seccomp(SECCOMP_SET_MODE_FILTER) failed")


# --- a bounded child ------------------------------------------------------------------------------

class Overrun(Exception):
    """A bounded child ran out of time or memory, or died; the message says which, in a few words."""


def limit_memory(megabytes: float) -> None:
    """Cap this process's address space at its present size plus ``megabytes``.

    >>> import subprocess, sys
    >>> code = "from kg.processes import limit_memory; limit_memory(50); bytearray(200 * 2 ** 20)"
    >>> print(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stderr.splitlines()[-1])
    MemoryError
    """
    with open("/proc/self/statm", encoding="ascii") as handle:
        size = int(handle.read().split()[0]) * resource.getpagesize()
    cap = size + int(megabytes * 2**20)
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))


def run_bounded(func: Callable[..., Any], *args: Any, seconds: float, memory_mb: float, max_bytes: int) -> Any:
    """``func(*args)`` in a forked child with ``memory_mb`` more address space than this process and
    ``seconds`` of time; its value (JSON data, at most ``max_bytes`` encoded) comes back as data.

    An exception the function raises comes back as itself when it is a :class:`kg.errors.PolicyKGError`;
    running out of time or memory, or dying, raises :class:`Overrun`.

    >>> run_bounded(sorted, "甲乙", seconds=10, memory_mb=256, max_bytes=100)
    ['乙', '甲']
    >>> run_bounded(lambda: bytearray(2**31), seconds=10, memory_mb=256, max_bytes=100)
    Traceback (most recent call last):
    kg.processes.Overrun: it needed more than 256 MB of memory
    """
    read_end, write_end = os.pipe()
    parent = os.getpid()
    pid = os.fork()
    if pid == 0:  # the child: never returns
        os.close(read_end)
        _bounded_child(write_end, parent, func, args, seconds, memory_mb, max_bytes)
    os.close(write_end)
    try:
        data = _read_until(read_end, time.monotonic() + seconds, max_bytes + 64)
    finally:
        os.close(read_end)
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    if data is None:
        raise Overrun(f"it took over {seconds:g} s")
    return _outcome_of(data, memory_mb, max_bytes)


def _bounded_child(fd: int, parent: int, func: Callable[..., Any], args: tuple[Any, ...], seconds: float, memory_mb: float,
                   max_bytes: int) -> None:
    code = 0
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        die_with_parent(parent)
        quiet = os.open(os.devnull, os.O_WRONLY)
        os.dup2(quiet, 2)  # a library's warnings about the file are not the user's to read
        os.close(quiet)
        cpu = max(1, int(seconds) + 1)
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu))
        limit_memory(memory_mb)
        try:
            body = json.dumps(["ok", func(*args)], ensure_ascii=False).encode("utf-8")
        except MemoryError:
            body = b'["memory"]'
        except Exception as exc:
            from kg.errors import PolicyKGError

            kind = type(exc).__name__ if isinstance(exc, PolicyKGError) else "error"
            body = json.dumps([kind, " ".join(str(exc).split()) or type(exc).__name__], ensure_ascii=False).encode()
        if len(body) > max_bytes + 64:
            body = b'["large"]'
        with open(fd, "wb") as out:
            out.write(body)
    except BaseException:
        code = 1
    finally:
        os._exit(code)


def _read_until(fd: int, deadline: float, limit: int) -> bytes | None:
    """What the child writes until it closes its end, or None at the deadline."""
    parts: list[bytes] = []
    size = 0
    while True:
        left = deadline - time.monotonic()
        if left <= 0 or not select.select([fd], [], [], left)[0]:
            return None
        chunk = os.read(fd, 1 << 16)
        if not chunk:
            return b"".join(parts)
        size += len(chunk)
        if size > limit:
            return b'["large"]'
        parts.append(chunk)


def _outcome_of(data: bytes, memory_mb: float, max_bytes: int) -> Any:
    from kg import errors

    try:
        kind, *rest = json.loads(data.decode("utf-8")) if data else ["died"]
    except (ValueError, UnicodeDecodeError):
        kind, rest = "died", []
    if kind == "ok":
        return rest[0]
    if kind == "memory" or kind == "died":
        raise Overrun(f"it needed more than {memory_mb:g} MB of memory")
    if kind == "large":
        raise Overrun(f"its text is over {max_bytes / 2**20:g} MB")
    error = getattr(errors, kind, None)
    if isinstance(error, type) and issubclass(error, errors.PolicyKGError):
        raise error(rest[0])
    raise Overrun(rest[0] if rest else "it failed")
