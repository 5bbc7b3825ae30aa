"""Child processes that end with their parent: extraction workers and query processes."""

from __future__ import annotations

import ctypes
import os
import signal

PR_SET_PDEATHSIG = 1


def die_with_parent(parent: int) -> None:
    """Ask Linux to kill this process when its parent ends (``PR_SET_PDEATHSIG``); elsewhere a no-op.
    Run first in a child, so that a killed build or server leaves no child behind."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the parent ended before the request took effect
        os._exit(1)


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
    machine = os.uname().machine
    if not hasattr(os, "uname") or machine not in _SYSCALLS or not os.uname().sysname == "Linux":
        return None
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
