"""Query processes: a pool of forked children that run queries, each one bounded in time and memory.

The serving process forks ``size`` children once, after the graph is loaded,
so each holds the graph without copying it. A request takes an idle child,
sends it one job and waits at most the time limit. A child that overruns is
killed and replaced; one that has run longer than a moment is lowered in
priority first, so that cheap queries keep the processor; one that dies (at
its memory cap, which ``setrlimit`` puts on its address space) is replaced.
Children keep no descriptor of the parent but their own pipe, and die with it.

>>> def shout(store, text): return text + "！"
>>> pool = QueryPool(None, {"shout": shout}, size=1, timeout=5)
>>> pool.run("shout", ("快",))
('ok', '快！')
>>> pool.close()
"""

from __future__ import annotations

import contextlib
import os
import queue
import resource
import signal
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing import Pipe
from multiprocessing.connection import Connection
from typing import Any

from kg.errors import LimitError, PolicyKGError
from kg.processes import die_with_parent

Job = Callable[..., Any]
NICE_AFTER = 0.3  # seconds: a job running longer yields the processor to cheap ones


@dataclass
class Child:
    pid: int
    conn: Connection
    jobs: int = 0


class QueryPool:
    """``size`` forked processes running ``jobs[name](store, *args)``; see the module docstring."""

    def __init__(self, store: Any, jobs: dict[str, Job], *, size: int, timeout: float,
                 memory_mb: float | None = None) -> None:
        self.store, self.jobs, self.size, self.timeout, self.memory_mb = store, jobs, size, timeout, memory_mb
        self.idle: queue.Queue[Child] = queue.Queue()
        self.lock = threading.RLock()
        self.children: dict[int, Child] = {}
        self.started = False

    def start(self) -> None:
        """Fork the children (call before the server starts threads)."""
        with self.lock:
            if not self.started:
                self.started = True
                for _ in range(self.size):
                    self.idle.put(self._spawn())

    def run(self, name: str, args: tuple[Any, ...]) -> tuple[str, Any]:
        """("ok", value), or (status, message) with status one of error, limit, memory, timeout, busy."""
        self.start()
        try:
            child = self.idle.get(timeout=self.timeout)
        except queue.Empty:
            return "busy", f"all {self.size} query processes stayed busy for {self.timeout:g} s; try again"
        outcome, keep = ("error", "the query process failed"), False
        try:
            outcome, keep = self._call(child, name, args)
        finally:
            self.idle.put(child if keep else self._replace(child))
        return outcome

    def close(self) -> None:
        """Kill every child and reap it."""
        with self.lock:
            children, self.children = list(self.children.values()), {}
        for child in children:
            _kill(child)

    def _call(self, child: Child, name: str, args: tuple[Any, ...]) -> tuple[tuple[str, Any], bool]:
        child.conn.send((name, args))
        child.jobs += 1
        waited = min(NICE_AFTER, self.timeout)
        slow = not child.conn.poll(waited)
        if slow:
            with contextlib.suppress(OSError):
                os.setpriority(os.PRIO_PROCESS, child.pid, 10)
            if not child.conn.poll(max(0.0, self.timeout - waited)):
                return ("timeout", f"the query ran past the time limit of {self.timeout:g} s and was stopped"), False
        try:
            outcome = child.conn.recv()
        except (EOFError, OSError):
            return ("memory", self._death(child)), False
        return outcome, not slow and outcome[0] not in ("memory",)

    def _death(self, child: Child) -> str:
        status = _reap(child.pid)
        cap = f"the memory limit of {self.memory_mb:g} MB" if self.memory_mb else "its memory"
        if status is not None and os.WIFSIGNALED(status):
            return f"the query process was stopped by {signal.Signals(os.WTERMSIG(status)).name}, most likely at {cap}"
        return f"the query process ended without an answer, most likely at {cap}"

    def _replace(self, child: Child) -> Child:
        with self.lock:
            self.children.pop(child.pid, None)
        _kill(child)
        return self._spawn()

    def _spawn(self) -> Child:
        parent_end, child_end = Pipe()
        parent = os.getpid()
        pid = os.fork()
        if pid == 0:  # the child: never returns
            try:
                parent_end.close()
                _child_main(self.store, self.jobs, child_end, parent, self.memory_mb)
            finally:
                os._exit(0)
        child_end.close()
        child = Child(pid, parent_end)
        with self.lock:
            self.children[pid] = child
        return child


def _child_main(store: Any, jobs: dict[str, Job], conn: Connection, parent: int, memory_mb: float | None) -> None:
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    keep = conn.fileno()
    os.closerange(3, keep)
    os.closerange(keep + 1, 1 << 16)
    die_with_parent(parent)
    reopen = getattr(store, "reopen", None)  # an on-disk store: its files were among the descriptors closed
    if reopen is not None:
        reopen()
    if memory_mb:
        limit_memory(memory_mb)
    while True:
        try:
            name, args = conn.recv()
        except (EOFError, OSError):
            return
        conn.send(_outcome(jobs[name], store, args))


def _outcome(job: Job, store: Any, args: tuple[Any, ...]) -> tuple[str, Any]:
    try:
        return "ok", job(store, *args)
    except LimitError as exc:
        return "limit", str(exc)
    except PolicyKGError as exc:
        return "error", str(exc)
    except MemoryError:
        return "memory", "the query needed more memory than its limit and was stopped"
    except Exception as exc:
        return "error", f"{type(exc).__name__}: {' '.join(str(exc).split())}"


def limit_memory(megabytes: float) -> None:
    """Cap this process's address space at its present size plus ``megabytes``."""
    with open("/proc/self/statm", encoding="ascii") as handle:
        size = int(handle.read().split()[0]) * resource.getpagesize()
    cap = size + int(megabytes * 2**20)
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))


def _kill(child: Child) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.kill(child.pid, signal.SIGKILL)
    child.conn.close()
    _reap(child.pid)


def _reap(pid: int) -> int | None:
    deadline = time.monotonic() + 5
    while True:
        try:
            done, status = os.waitpid(pid, os.WNOHANG)
        except ChildProcessError:
            return None
        if done:
            return status
        if time.monotonic() > deadline:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        time.sleep(0.005)
