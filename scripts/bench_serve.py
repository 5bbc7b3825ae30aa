"""Load on `policykg serve` from a bounded loopback client: requests/s and p50/p99 latency.

    python scripts/bench_serve.py [--graph out/corpus/graph.ttl] [--seconds 5] [--clients 1,8,20]
                                  [--slow-clients 8] [--slowloris 2000]

Starts the server on a free loopback port, then for a cheap SELECT and for
/ask runs each client count for a fixed time: alone; next to ``--slow-clients``
clients from another address (127.0.0.2) each looping a query that runs into
the time limit; and next to ``--slowloris`` connections from a third address
(127.0.0.3) that send a header line now and then and never finish, reopened as
the server closes them. Each client keeps one connection and sends its next
request when the last one is answered. Prints a Markdown table; stops by itself
(every loop is bounded in time).
"""

from __future__ import annotations

import argparse
import http.client
import os
import socket
import statistics
import sys
import threading
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import subprocess  # noqa: E402

from tests.servers import free_port, wait_until_up  # noqa: E402

CHEAP = ("PREFIX pol: <https://w3id.org/policykg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
         "SELECT ?g ?label WHERE { ?g a pol:Goal ; rdfs:label ?label } LIMIT 10")
QUESTION = "哪些举措支撑现代化产业体系建设？"
SLOW = ('SELECT (SUM(STRLEN(REPLACE(STR(?c), "(.)", "$1$1"))) AS ?n) '
        "WHERE { ?a ?b ?c . ?x a <https://w3id.org/policykg/ontology#Goal> }")  # runs into the time limit


def path_of(kind: str) -> str:
    if kind == "ask":
        return "/ask?" + urllib.parse.urlencode({"q": QUESTION})
    return "/sparql?" + urllib.parse.urlencode({"query": SLOW if kind == "slow" else CHEAP})


class Client(threading.Thread):
    """Sends one request after another on one keep-alive connection until ``stop`` is set."""

    def __init__(self, port: int, path: str, stop: threading.Event, timeout: float = 30.0,
                 source: str = "127.0.0.1") -> None:
        super().__init__(daemon=True)
        self.port, self.path, self.stop, self.timeout, self.source = port, path, stop, timeout, source
        self.latencies: list[float] = []
        self.statuses: dict[int, int] = {}

    def connection(self) -> http.client.HTTPConnection:
        return http.client.HTTPConnection("127.0.0.1", self.port, timeout=self.timeout, source_address=(self.source, 0))

    def run(self) -> None:
        conn = self.connection()
        while not self.stop.is_set():
            start = time.perf_counter()
            try:
                conn.request("GET", self.path)
                response = conn.getresponse()
                response.read()
                status = response.status
            except (OSError, http.client.HTTPException):
                conn.close()
                conn = self.connection()
                status = 0
            self.latencies.append(time.perf_counter() - start)
            self.statuses[status] = self.statuses.get(status, 0) + 1
        conn.close()


class Slowloris(threading.Thread):
    """``count`` connections from 127.0.0.3 that each send a header line a second and never end a request."""

    def __init__(self, port: int, count: int, stop: threading.Event) -> None:
        super().__init__(daemon=True)
        self.port, self.count, self.stop = port, count, stop
        self.opened = 0

    def open(self) -> socket.socket | None:
        try:
            sock = socket.create_connection(("127.0.0.1", self.port), timeout=1, source_address=("127.0.0.3", 0))
            sock.sendall(b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: 127.0.0.1\r\n")
            sock.setblocking(False)
        except OSError:
            return None
        self.opened += 1
        return sock

    def run(self) -> None:
        socks: list[socket.socket | None] = [self.open() for _ in range(self.count) if not self.stop.is_set()]
        while not self.stop.is_set():
            for i, sock in enumerate(socks):
                if self.stop.is_set():
                    break
                try:
                    if sock is None:
                        raise OSError
                    sock.send(b"X-Drip: 1\r\n")
                except OSError:
                    if sock is not None:
                        sock.close()
                    socks[i] = self.open()
            self.stop.wait(1.0)
        for sock in socks:
            if sock is not None:
                sock.close()


def load(port: int, kind: str, clients: int, seconds: float, slow: int = 0, loris: int = 0) -> dict:
    stop = threading.Event()
    workers = [Client(port, path_of(kind), stop) for _ in range(clients)]
    slow_clients = [Client(port, path_of("slow"), stop, timeout=60, source="127.0.0.2") for _ in range(slow)]
    dripper = Slowloris(port, loris, stop) if loris else None
    for c in slow_clients:
        c.start()
    if dripper:
        dripper.start()
    if slow_clients or dripper:
        time.sleep(3.0)  # the slow queries are running, the connections open, before the measured clients start
    start = time.perf_counter()
    for w in workers:
        w.start()
    time.sleep(seconds)
    stop.set()
    for w in workers:
        w.join(timeout=60)
    elapsed = time.perf_counter() - start
    times = sorted(t for w in workers for t in w.latencies)
    statuses: dict[int, int] = {}
    for w in workers:
        for code, n in w.statuses.items():
            statuses[code] = statuses.get(code, 0) + n
    slow_statuses: dict[int, int] = {}
    for c in slow_clients:
        c.join(timeout=60)
        for code, n in c.statuses.items():
            slow_statuses[code] = slow_statuses.get(code, 0) + n
    if dripper:
        dripper.join(timeout=60)
    return {"requests": len(times), "rate": len(times) / elapsed, "p50": _quantile(times, 0.5),
            "p99": _quantile(times, 0.99), "statuses": statuses, "slow": slow_statuses,
            "opened": dripper.opened if dripper else 0}


def _quantile(values: list[float], q: float) -> float:
    if len(values) < 2:
        return values[0] if values else float("nan")
    return statistics.quantiles(values, n=100, method="inclusive")[round(q * 100) - 1]


def first_answer(port: int, server: subprocess.Popen, started: float) -> float:
    """Seconds from ``started`` until the server answers its first SPARQL query (a request sent as soon as the
    port accepts connections, which it does before the graph is opened)."""
    while server.poll() is None and time.perf_counter() - started < 180:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=180)
        try:
            conn.request("GET", path_of("select"))
            if conn.getresponse().status == 200:
                return time.perf_counter() - started
        except OSError:
            time.sleep(0.02)
        finally:
            conn.close()
    raise RuntimeError("the server did not answer")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--graph", type=Path, default=ROOT / "out" / "corpus" / "graph.ttl")
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--clients", default="1,8,20")
    parser.add_argument("--kinds", default="select,ask")
    parser.add_argument("--slow-clients", type=int, default=8, help="Clients looping a slow query (0: none).")
    parser.add_argument("--slowloris", type=int, default=2000, help="Half-sent connections (0: none).")
    args = parser.parse_args()
    port = free_port()
    command = [sys.executable, "-m", "kg", "serve", "--graph", str(args.graph), "--port", str(port)]
    print(f"graph: {args.graph} · server: {' '.join(command[3:])} · {args.seconds:g} s per row · "
          f"load average {os.getloadavg()[0]:.1f}", flush=True)
    started = time.perf_counter()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}  # compiled modules, as installed
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)
    loads = [(0, 0)] + [(args.slow_clients, 0)] * bool(args.slow_clients) + [(0, args.slowloris)] * bool(args.slowloris)
    try:
        first = first_answer(port, server, started)
        wait_until_up(f"http://127.0.0.1:{port}/sparql?query=ASK%7B%7D", server, seconds=180)
        print(f"\nfirst SPARQL answer {first:.2f} s after the server was started\n", flush=True)
        print("| request | clients | beside | requests/s | p50 | p99 | statuses | theirs |\n"
              "|---|---:|---|---:|---:|---:|---|---|")
        for kind in args.kinds.split(","):
            for clients in (int(c) for c in args.clients.split(",")):
                for slow, loris in loads:
                    r = load(port, kind, clients, args.seconds, slow, loris)
                    codes = " ".join(f"{c}×{n}" for c, n in sorted(r["statuses"].items()))
                    label = "SELECT … LIMIT 10" if kind == "select" else "/ask"
                    beside = (f"{slow} slow clients" if slow else f"{loris} slowloris connections" if loris
                              else "nothing")
                    theirs = (" ".join(f"{c}×{n}" for c, n in sorted(r["slow"].items())) if slow
                              else f"{r['opened']} connections opened" if loris else "")
                    print(f"| {label} | {clients} | {beside} | {r['rate']:.0f} | {r['p50'] * 1000:.1f} ms | "
                          f"{r['p99'] * 1000:.1f} ms | {codes} | {theirs} |", flush=True)
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
