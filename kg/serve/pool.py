"""Query processes: a pool of forked children that run queries, each one bounded in time and memory.

The serving process forks ``size`` children once, after the graph is loaded,
so each holds the graph without copying it. A request takes an idle child,
sends it one job and waits at most the time limit. One client (a network
address) holds at most ``share`` children at once (half the pool); its other
requests wait their turn, and every request waits at most the time limit in
all. When a request waits and no child is idle, the job of another client
that has run longest, past ``CUT_AFTER``, is stopped (its client is told to
try again), so that a few slow queries cannot starve everyone else. A child that overruns is
killed and replaced; one that has run longer than a moment runs from then on
only when nothing else wants the processor (``SCHED_IDLE``), so that cheap
queries keep it; one that dies (at
its memory cap, which ``setrlimit`` puts on its address space) is replaced.
Children keep no descriptor of the parent but their own pipe, and die with it;
with ``offline`` they cannot open a network socket at all
(:func:`kg.processes.deny_network`), and a child that cannot be so sealed
exits, so that no job runs with the network.

>>> def shout(store, text): return text + "！"
>>> pool = QueryPool(None, {"shout": shout}, size=1, timeout=5)
>>> pool.run("shout", ("快",))
('ok', '快！')
>>> pool.close()
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
import time
from collections import Counter, deque
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing import Pipe
from multiprocessing.connection import Connection
from typing import Any

from kg.errors import LimitError, PolicyKGError
from kg.processes import deny_network, die_with_parent, limit_memory

Job = Callable[..., Any]
NICE_AFTER = 0.3  # seconds: a job running longer yields the processor to cheap ones
CUT_AFTER = 0.5  # seconds: a job running longer is stopped when another client's request waits
MAX_WAITING = 32  # requests of one client waiting at once; more are answered busy at once


@dataclass
class Child:
    pid: int
    conn: Connection
    jobs: int = 0
    client: str = ""  # whose job it runs
    since: float = 0.0  # when that job began
    cut: bool = False  # stopped so that others could run


class QueryPool:
    """``size`` forked processes running ``jobs[name](store, *args)``; see the module docstring."""

    def __init__(self, store: Any, jobs: dict[str, Job], *, size: int, timeout: float,
                 memory_mb: float | None = None, offline: bool = False) -> None:
        self.store, self.jobs, self.size, self.timeout, self.memory_mb = store, jobs, size, timeout, memory_mb
        self.offline = offline
        self.share = max(1, size // 2)
        self.idle: deque[Child] = deque()
        self.lock = threading.RLock()
        self.turn = threading.Condition(self.lock)
        self.children: dict[int, Child] = {}
        self.held: Counter[str] = Counter()  # children each client holds
        self.waiting: Counter[str] = Counter()  # requests each client has waiting
        self.started = False

    def start(self) -> None:
        """Fork the children (call before the server starts threads).

        >>> pool = QueryPool(None, {"pid": lambda store: os.getpid()}, size=2, timeout=5)
        >>> pool.start()
        >>> len(pool.idle), pool.run("pid", ())[1] != os.getpid()
        (2, True)
        >>> pool.close()
        """
        with self.lock:
            if not self.started:
                self.started = True
                for _ in range(self.size):
                    self.idle.append(self._spawn())

    def run(self, name: str, args: tuple[Any, ...], client: str = "") -> tuple[str, Any]:
        """("ok", value), or (status, message) with status one of error, limit, memory, timeout, busy.

        >>> def divide(store, a, b): return a / b
        >>> pool = QueryPool(None, {"divide": divide}, size=1, timeout=5)
        >>> pool.run("divide", (6, 3)), pool.run("divide", (1, 0))
        (('ok', 2.0), ('error', 'ZeroDivisionError: division by zero'))
        >>> pool.close()
        """
        self.start()
        child = self._take(client)
        if child is None:
            return "busy", (f"the server stayed busy for {self.timeout:g} s (a client may run {self.share} of its "
                            f"{self.size} query processes at once); try again")
        outcome, keep = ("error", "the query process failed"), False
        try:
            outcome, keep = self._call(child, name, args)
        finally:
            self._give_back(child if keep else self._replace(child), client)
        return outcome

    def _take(self, client: str) -> Child | None:
        """An idle child for ``client`` within the time limit, or None."""
        deadline = time.monotonic() + self.timeout
        with self.turn:
            if self.waiting[client] >= MAX_WAITING:
                return None
            self.waiting[client] += 1
            try:
                while not (self.idle and self.held[client] < self.share):
                    if self.held[client] < self.share:
                        self._cut_for(client)
                    left = deadline - time.monotonic()
                    if left <= 0:
                        return None
                    self.turn.wait(min(left, 0.05))
                child = self.idle.popleft()
                self.held[client] += 1
                child.client, child.since, child.cut = client, time.monotonic(), False
                return child
            finally:
                self.waiting[client] -= 1
                if not self.waiting[client]:
                    del self.waiting[client]

    def _cut_for(self, client: str) -> None:
        """Stop the longest job of another client that has run past ``CUT_AFTER`` (one at a time)."""
        if any(c.cut for c in self.children.values()):
            return  # one is being replaced already
        now, idle = time.monotonic(), {id(c) for c in self.idle}
        busy = [c for c in self.children.values() if id(c) not in idle and c.client != client]
        victims = [c for c in busy if now - c.since > CUT_AFTER]
        if victims:
            victim = min(victims, key=lambda c: c.since)
            victim.cut = True
            with contextlib.suppress(ProcessLookupError):
                os.kill(victim.pid, signal.SIGKILL)

    def _give_back(self, child: Child, client: str) -> None:
        with self.turn:
            self.held[client] -= 1
            if not self.held[client]:
                del self.held[client]
            self.idle.append(child)
            self.turn.notify_all()

    def close(self) -> None:
        """Kill every child and reap it.

        >>> pool = QueryPool(None, {"pid": lambda store: os.getpid()}, size=1, timeout=5)
        >>> pool.start()
        >>> pool.close()
        >>> pool.children
        {}
        """
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
            _yield_processor(child.pid)
            if not child.conn.poll(max(0.0, self.timeout - waited)):
                return ("timeout", f"the query ran past the time limit of {self.timeout:g} s and was stopped"), False
        try:
            outcome = child.conn.recv()
        except (EOFError, OSError):
            if child.cut:
                return ("busy", f"the query ran past {CUT_AFTER:g} s while other clients waited, and was stopped; "
                                "try again when the server is less busy"), False
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
                _child_main(self.store, self.jobs, child_end, parent, self.memory_mb, self.offline)
            finally:
                os._exit(0)
        child_end.close()
        child = Child(pid, parent_end)
        with self.lock:
            self.children[pid] = child
        return child


def _child_main(store: Any, jobs: dict[str, Job], conn: Connection, parent: int, memory_mb: float | None,
                offline: bool) -> None:
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
    if offline:
        try:
            deny_network()
        except OSError:
            return  # fail closed: the parent sees the pipe end and answers that the process failed
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


def _yield_processor(pid: int) -> None:
    """Let a slow job run only when nothing else wants the processor (Linux ``SCHED_IDLE``), else at the
    lowest priority."""
    try:
        os.sched_setscheduler(pid, os.SCHED_IDLE, os.sched_param(0))
    except (AttributeError, OSError):
        with contextlib.suppress(OSError):
            os.setpriority(os.PRIO_PROCESS, pid, 19)


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
