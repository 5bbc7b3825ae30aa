"""Hostile Dask peers for the build's cluster mode: a cluster whose workers send back a pickle that
would run code, and listeners that are no Dask scheduler (silent, a web server, garbage, a huge frame)."""

from __future__ import annotations

import socket
import struct
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

HOSTILE_PRELOAD = '''
import kg.corpus.distributed as d

class Boom:
    def __reduce__(self):
        return (open, ({marker!r}, "w"))

def extract_text(*args):
    return Boom()

d.extract_text = extract_text
'''

CLUSTER = '''
import logging, sys, time
from distributed import LocalCluster
cluster = LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None,
                       silence_logs=logging.CRITICAL, scheduler_port=0, preload=[sys.argv[1]])
print(cluster.scheduler_address, flush=True)
time.sleep(300)
'''


@contextmanager
def hostile_cluster(folder: Path, marker: Path) -> Iterator[str]:
    """The address of a cluster whose workers answer every task with a pickle that creates ``marker``."""
    preload = folder / "hostile_preload.py"
    preload.write_text(HOSTILE_PRELOAD.format(marker=str(marker)), encoding="utf-8")
    process = subprocess.Popen([sys.executable, "-c", textwrap.dedent(CLUSTER), str(preload)],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        assert process.stdout is not None
        yield process.stdout.readline().strip()
    finally:
        process.kill()
        process.wait(timeout=30)


def _serve(listener: socket.socket, answer: bytes | None, stop: threading.Event) -> None:
    listener.settimeout(0.2)
    held = []
    while not stop.is_set():
        try:
            conn, _ = listener.accept()
        except (TimeoutError, OSError):
            continue
        held.append(conn)
        if answer is not None:
            try:
                conn.sendall(answer)
            except OSError:
                pass
    for conn in held:
        conn.close()


ANSWERS = {
    "silent": None,
    "web server": b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n",
    "garbage": bytes(range(256)) * 4,
    "huge frame": struct.pack("<QQQ", 2**62, 1, 2**62),
}


@contextmanager
def impostor(kind: str) -> Iterator[str]:
    """A tcp:// address that answers as ``kind`` (a key of :data:`ANSWERS`)."""
    listener = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()
    thread = threading.Thread(target=_serve, args=(listener, ANSWERS[kind], stop), daemon=True)
    thread.start()
    try:
        yield f"tcp://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        stop.set()
        thread.join(timeout=5)
        listener.close()
