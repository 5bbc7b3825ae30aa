"""Attack a served graph on loopback and print case → outcome; exit 1 when any case does not hold.

    python scripts/attack.py [--graph out/graph.ttl]

Starts `policykg serve` on a free loopback port (graph: the one given, or the
seed page built into a temporary folder) with short limits, then runs each
case: idle and half-sent requests, a client that stays after a 413, SERVICE
(SSRF and port scanning), a runaway query beside cheap ones, memory and
result size, DNS rebinding, updates and bad options. Every connection has a
timeout and every loop a bound; it only ever talks to 127.0.0.1 and stops by
itself (about a minute). Then, unless ``--server-only``, the build's cases of
``scripts/attack_build.py`` (damaged caches, foreign encodings, hostile paths,
kills; about 30 s) in the same table.
"""

from __future__ import annotations

import argparse
import http.client
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from tests.servers import free_port, wait_until_up  # noqa: E402

READ_TIMEOUT = 2.0
TIME_LIMIT = 3.0
CHEAP = "ASK { ?s ?p ?o }"
SLOW = ('SELECT (SUM(STRLEN(REPLACE(STR(?c), "(.)", "$1$1"))) AS ?n) '
        "WHERE { ?a ?b ?c . ?x ?y ?z . ?q ?r ?t }")
HUGE_SORT = "SELECT ?o ?c WHERE { ?s ?p ?o . ?a ?b ?c . ?d ?e ?f } ORDER BY ?o ?c ?f LIMIT 5"
HUGE_RESULT = "SELECT * { ?s ?p ?o . ?a ?b ?c } LIMIT 3000000"
Outcome = tuple[bool, str]


class Target:
    """A running server: its port and the process."""

    def __init__(self, port: int, process: subprocess.Popen) -> None:
        self.port, self.process = port, process

    def get(self, path: str, headers: dict[str, str] | None = None, timeout: float = 30) -> tuple[int, bytes, float]:
        start = time.perf_counter()
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            conn.request("GET", path, headers=headers or {})
            response = conn.getresponse()
            return response.status, response.read(), time.perf_counter() - start
        finally:
            conn.close()

    def query(self, text: str, timeout: float = 30, accept: str = "text/csv") -> tuple[int, bytes, float]:
        return self.get("/sparql?" + urllib.parse.urlencode({"query": text}), {"Accept": accept}, timeout)

    def post(self, body: bytes, media: str, timeout: float = 30) -> tuple[int, bytes, float]:
        start = time.perf_counter()
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            conn.request("POST", "/sparql", body=body, headers={"Content-Type": media, "Accept": "text/csv"})
            response = conn.getresponse()
            return response.status, response.read(), time.perf_counter() - start
        finally:
            conn.close()

    def cheap_seconds(self) -> float:
        status, _, seconds = self.query(CHEAP, timeout=10)
        return seconds if status == 200 else float("inf")

    def connect(self) -> socket.socket:
        sock = socket.create_connection(("127.0.0.1", self.port), timeout=10)
        return sock


def closed_within(sock: socket.socket, seconds: float) -> bool:
    """Whether the server closes ``sock`` within ``seconds`` (whatever it sends first)."""
    sock.settimeout(0.5)
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if sock.recv(65536) == b"":
                return True
        except TimeoutError:
            continue
        except OSError:
            return True
    return False


def held_open(target: Target, start: bytes, name: str, dribble: bool = False) -> Outcome:
    sock = target.connect()
    try:
        sock.sendall(start)
        if dribble:  # one more header byte every half second: activity, but never a whole request
            for _ in range(3):
                time.sleep(0.5)
                sock.sendall(b"X")
        cheap = target.cheap_seconds()
        closed = closed_within(sock, READ_TIMEOUT + 4)
    finally:
        sock.close()
    ok = cheap < 1.0 and closed
    return ok, f"{name}: a cheap query meanwhile took {cheap * 1000:.0f} ms; connection {'closed' if closed else 'STILL OPEN'}"


def case_idle(target: Target) -> Outcome:
    return held_open(target, b"", "idle connection")


def case_partial_headers(target: Target) -> Outcome:
    return held_open(target, b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ", "partial headers",
                     dribble=True)


def case_short_body(target: Target) -> Outcome:
    start = (b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
             b"Content-Length: 1000\r\n\r\nASK {")
    return held_open(target, start, "body shorter than its Content-Length")


def case_stays_after_413(target: Target) -> Outcome:
    sock = target.connect()
    try:
        sock.sendall(b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
                     b"Content-Length: 10000000\r\n\r\n" + b" " * 300_000)
    except OSError:
        pass
    try:
        sock.settimeout(5)
        first = sock.recv(200)
        cheap = target.cheap_seconds()
        closed = closed_within(sock, READ_TIMEOUT + 4)
    finally:
        sock.close()
    ok = b" 413 " in first and cheap < 1.0 and closed
    return ok, f"413 then the client stays: got {first[:12]!r}; cheap query {cheap * 1000:.0f} ms; closed by server: {closed}"


def case_many_idle(target: Target) -> Outcome:
    socks = [socket.create_connection(("127.0.0.1", target.port), timeout=10, source_address=("127.0.0.2", 0))
             for _ in range(200)]
    try:
        cheap = target.cheap_seconds()
        extra = socket.create_connection(("127.0.0.1", target.port), timeout=5, source_address=("127.0.0.2", 0))
        try:
            first = extra.recv(100)
        except OSError:
            first = b""
        extra.close()
    finally:
        for s in socks:
            s.close()
    ok = cheap < 1.0 and b" 503 " in first
    return ok, (f"200 idle connections from one address: a cheap query from another took {cheap * 1000:.0f} ms; "
                f"one more from the first got {first[:12]!r}")


def case_service(target: Target) -> Outcome:
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.2)
    port = listener.getsockname()[1]
    spellings = [f"SERVICE <http://127.0.0.1:{port}/x>", f"service silent <http://127.0.0.1:{port}/x>",
                 f"\\u0053ERVICE <http://127.0.0.1:{port}/x>", "SERVICE ?endpoint",
                 f"SERVICESILENT<http://127.0.0.1:{port}/x>", f"?s ?p 1SERVICE <http://127.0.0.1:{port}/x>"]
    statuses = []
    for spelling in spellings:
        query = (f"SELECT * WHERE {{ VALUES ?endpoint {{ <http://127.0.0.1:{port}/> }} ?s ?p ?o . "
                 f"{spelling} {{ ?s ?p ?o }} }}")
        statuses.append(target.query(query)[0])
        statuses.append(target.post(urllib.parse.urlencode({"query": query}).encode(),
                                     "application/x-www-form-urlencoded")[0])
        statuses.append(target.post(query.encode(), "application/sparql-query")[0])
    contacted = 0
    try:
        while True:
            conn, _ = listener.accept()
            conn.close()
            contacted += 1
    except (TimeoutError, OSError):
        pass
    listener.close()
    ok = 200 not in statuses and contacted == 0
    return ok, (f"SERVICE in {len(spellings)} spellings × GET, form, body: statuses {sorted(set(statuses))}; "
                f"connections the server made: {contacted}")


def case_port_scan(target: Target) -> Outcome:
    with socket.create_server(("127.0.0.1", 0)) as open_socket:
        answers = [target.query(f"SELECT * {{ SERVICE <http://127.0.0.1:{p}/> {{ ?s ?p ?o }} }}")[:2]
                   for p in (open_socket.getsockname()[1], free_port())]
    same = answers[0][0] == answers[1][0] and answers[0][1].split(b"'")[0] == answers[1][1].split(b"'")[0]
    return same, f"open vs closed port: {answers[0][0]} vs {answers[1][0]}, same message: {same}"


def case_slow_beside_cheap(target: Target) -> Outcome:
    slow: list[int] = []
    thread = threading.Thread(target=lambda: slow.append(target.query(SLOW, timeout=30)[0]))
    thread.start()
    time.sleep(0.5)
    times = []
    for _ in range(40):
        times.append(target.cheap_seconds())
    thread.join(timeout=30)
    worst = max(times)
    ok = worst < 0.5 and slow == [503]
    return ok, f"40 cheap queries beside a runaway one: slowest {worst * 1000:.0f} ms; runaway query got {slow}"


def case_slow_clients(target: Target) -> Outcome:
    from bench_serve import load

    r = load(target.port, "select", 4, 4.0, slow=8)
    ok = r["p99"] < 0.5 and set(r["statuses"]) == {200}
    return ok, (f"4 clients of cheap queries beside 8 looping slow ones from another address: {r['rate']:.0f} req/s, "
                f"p99 {r['p99'] * 1000:.0f} ms, statuses {r['statuses']}; the slow ones got {r['slow']}")


def case_slowloris(target: Target) -> Outcome:
    from bench_serve import load

    r = load(target.port, "select", 4, 4.0, loris=1500)
    ok = r["p99"] < 0.5 and set(r["statuses"]) == {200}
    return ok, (f"1,500 half-sent connections from one address, reopened as closed ({r['opened']} opened): cheap "
                f"queries from another got {r['rate']:.0f} req/s, p99 {r['p99'] * 1000:.0f} ms, {r['statuses']}")


def case_long_question(target: Target) -> Outcome:
    status, body, _ = target.get("/ask?" + urllib.parse.urlencode({"q": "制造业" * 1000}))
    return status == 414, f"/ask with a question of 3,000 characters: {status} ({body.decode()[:50].strip()})"


def case_memory(target: Target) -> Outcome:
    status, body, seconds = target.query(HUGE_SORT, timeout=60)
    after = target.cheap_seconds()
    ok = status in (503, 507) and after < 1.0
    return ok, f"ORDER BY over a cartesian product: {status} in {seconds:.1f} s ({body.decode()[:70].strip()}); server goes on"


def case_huge_result(target: Target) -> Outcome:
    status, body, _ = target.query(HUGE_RESULT, timeout=60, accept="application/sparql-results+json")
    ok = status in (503, 507) and len(body) < 1000
    return ok, f"SELECT * of a product, LIMIT 3000000: {status}, {len(body)} bytes sent ({body.decode()[:60].strip()})"


def case_rebinding(target: Target) -> Outcome:
    evil = target.get("/sparql?query=ASK%7B%7D", {"Host": f"attacker.example:{target.port}"})[0]
    good = target.get("/sparql?query=ASK%7B%7D", {"Host": f"localhost:{target.port}"})[0]
    return (evil, good) == (421, 200), f"Host attacker.example → {evil}, Host localhost → {good}"


def case_update_and_paths(target: Target) -> Outcome:
    update = target.query("INSERT DATA { <http://e/a> <http://e/p> <http://e/o> }")[0]
    traversal = target.get("/../../etc/passwd")[0]
    return (update, traversal) == (400, 404), f"UPDATE as a query → {update}; /../../etc/passwd → {traversal}"


def case_bad_options(target: Target) -> Outcome:
    runs = [subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True, timeout=60, cwd=ROOT)
            for args in (["serve", "--port", "99999"], ["push", "--endpoint", "http://[::1"])]
    ok = all(r.returncode != 0 and "Traceback" not in r.stderr for r in runs)
    return ok, f"serve --port 99999 → exit {runs[0].returncode}; push --endpoint 'http://[::1' → exit {runs[1].returncode}; no traceback"


CASES: list[tuple[str, Callable[[Target], Outcome]]] = [
    ("idle connection", case_idle), ("partial headers", case_partial_headers), ("short body", case_short_body),
    ("stays after 413", case_stays_after_413), ("200 idle connections", case_many_idle),
    ("SERVICE (SSRF)", case_service), ("SERVICE port scan", case_port_scan),
    ("runaway beside cheap", case_slow_beside_cheap), ("slow clients", case_slow_clients),
    ("slowloris", case_slowloris), ("long question", case_long_question), ("memory", case_memory), ("huge result", case_huge_result),
    ("DNS rebinding", case_rebinding), ("update, traversal", case_update_and_paths), ("bad options", case_bad_options),
]


def serve_command(graph: Path, port: int) -> list[str]:
    return [sys.executable, "-m", "kg", "serve", "--graph", str(graph), "--port", str(port), "--timeout", str(TIME_LIMIT),
            "--read-timeout", str(READ_TIMEOUT), "--max-query-mb", "512", "--max-response-mb", "8"]


def seed_graph(folder: Path) -> Path:
    from kg.corpus.build import build
    from kg.resources import seeds_dir

    build([seeds_dir()], folder, workers=1, page=False)
    return folder / "graph.ttl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--graph", type=Path)
    parser.add_argument("--server-only", action="store_true", help="Leave out the build's cases.")
    args = parser.parse_args()
    failed, total = 0, len(CASES)
    with tempfile.TemporaryDirectory() as tmp:
        graph = args.graph or seed_graph(Path(tmp) / "out")
        port = free_port()
        process = subprocess.Popen(serve_command(graph, port), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        try:
            wait_until_up(f"http://127.0.0.1:{port}/sparql?query=ASK%7B%7D", process, seconds=180)
            target = Target(port, process)
            print("| case | outcome | holds |\n|---|---|---|")
            for name, case in CASES:
                try:
                    ok, outcome = case(target)
                except Exception as exc:
                    ok, outcome = False, f"{type(exc).__name__}: {exc}"
                failed += not ok
                print(f"| {name} | {outcome} | {'yes' if ok else 'NO'} |", flush=True)
        finally:
            process.terminate()
            process.wait(timeout=30)
    if not args.server_only:
        from attack_build import BUILD_CASES, run_cases

        total += len(BUILD_CASES)
        failed += run_cases(lambda name, ok, outcome: print(f"| build: {name} | {outcome} | {'yes' if ok else 'NO'} |",
                                                            flush=True))
    print(f"\n{total - failed} of {total} cases hold")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
