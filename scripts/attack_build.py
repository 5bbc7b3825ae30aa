"""Attack `policykg build` with damaged caches, foreign encodings, hostile paths and kills; print case → outcome.

    python scripts/attack_build.py

Every case runs the real command line in a child process on the seed page in
a temporary folder, with a time limit, and checks what a user would see: the
exit code, one line naming the problem, no traceback, and the graph a clean
build gives. Cases that need file permissions to bite on root run under
`setpriv` without the DAC capabilities (skipped where setpriv is missing).
Exit code 1 when any case does not hold. `scripts/attack.py` runs the same
cases after its server cases (``BUILD_CASES``).
"""

from __future__ import annotations

import marshal
import os
import pickle
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SEED = ROOT / "seeds" / "000_0fb8d67e876dad19.txt"
Outcome = tuple[bool, str]
NO_DAC = "-dac_override,-dac_read_search"


class Run:
    """One finished command: exit code and stderr lines."""

    def __init__(self, done: subprocess.CompletedProcess) -> None:
        self.code, self.err = done.returncode, done.stderr

    @property
    def clean(self) -> bool:
        return "Traceback" not in self.err

    def lines(self, word: str) -> list[str]:
        return [line for line in self.err.splitlines() if word in line]


def build(*args: object, env: dict[str, str] | None = None, prefix: tuple[str, ...] = ()) -> Run:
    command = [*prefix, sys.executable, "-m", "kg", "build", *map(str, args), "--workers", "1", "--no-page"]
    return Run(subprocess.run(command, cwd=ROOT, capture_output=True, text=True, env=env, timeout=300))


def kg(*args: object) -> Run:
    command = [sys.executable, "-m", "kg", *map(str, args)]
    return Run(subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300))


def graph(out: Path) -> bytes:
    return (out / "graph.ttl").read_bytes()


class Lab:
    """A temporary folder with a clean build of the seed page to compare against."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.clean_out = folder / "clean"
        first = build(SEED, "-o", self.clean_out)
        if first.code:
            raise RuntimeError(f"the clean build failed: {first.err}")

    def fresh(self, name: str) -> Path:
        path = self.folder / name
        path.mkdir()
        return path

    def cached(self, name: str) -> tuple[Path, Path]:
        """An output folder holding a copy of the clean build and its one cache entry."""
        out = self.folder / name
        shutil.copytree(self.clean_out, out)
        [entry] = (out / ".cache").glob("*.entry")
        return out, entry


def damaged_cache(lab: Lab, name: str, damage: Callable[[Path], None], reason: str) -> Outcome:
    out, entry = lab.cached(name)
    damage(entry)
    run = build(SEED, "-o", out)
    warnings = run.lines("warning")
    same = graph(out) == graph(lab.clean_out)
    ok = run.code == 0 and run.clean and len(warnings) == 1 and reason in warnings[0] and same
    return ok, f"exit {run.code}, {len(warnings)} warning ({reason}), graph {'as clean' if same else 'CHANGED'}"


def case_garbage(lab: Lab) -> Outcome:
    return damaged_cache(lab, "garbage", lambda p: p.write_bytes(os.urandom(4096)), "not a policykg cache entry")


def case_old_pickle(lab: Lab) -> Outcome:
    return damaged_cache(lab, "pickle", lambda p: p.write_bytes(pickle.dumps({"x": 1}, protocol=0)),
                         "not a policykg cache entry")


def case_folder_entry(lab: Lab) -> Outcome:
    def to_folder(path: Path) -> None:
        path.unlink()
        path.mkdir()

    return damaged_cache(lab, "folder", to_folder, "Is a directory")


def case_same_length_edit(lab: Lab) -> Outcome:
    def edit(path: Path) -> None:
        path.write_bytes(path.read_bytes().replace("人工智能".encode(), "人工智障".encode()))

    return damaged_cache(lab, "edit", edit, "does not match its digest")


def case_hostile_pickle(lab: Lab) -> Outcome:
    marker = lab.folder / "ran"

    class Boom:
        def __reduce__(self) -> tuple:
            return (open, (str(marker), "w"))

    ok, outcome = damaged_cache(lab, "hostile", lambda p: p.write_bytes(pickle.dumps(Boom())), "not a policykg")
    return ok and not marker.exists(), outcome + ("; its code ran" if marker.exists() else "; nothing ran")


def case_big5(lab: Lab) -> Outcome:
    from opencc import OpenCC

    folder = lab.fresh("big5")
    text = OpenCC("s2tw").convert(SEED.read_text(encoding="utf-8"))
    (folder / "big5.txt").write_bytes(text.encode("big5"))
    run = build(folder / "big5.txt", "-o", folder / "out")
    ttl = graph(folder / "out").decode("utf-8") if run.code == 0 else ""
    ok = run.code == 0 and "崩秈" not in ttl and "数字经济" in ttl
    return ok, f"exit {run.code}, labels {'read right (数字经济)' if ok else 'WRONG'}"


def case_shift_jis(lab: Lab) -> Outcome:
    folder = lab.fresh("sjis")
    (folder / "ja.txt").write_bytes("日本国憲法は国民主権を基本原則としています。政府はデジタル化を推進します。".encode("shift_jis"))
    run = build(folder / "ja.txt", "-o", folder / "out")
    lines = run.err.strip().splitlines()
    ok = run.code == 1 and run.clean and len(lines) == 1 and "Japanese (Shift-JIS)" in lines[0]
    return ok, f"exit {run.code}: {lines[-1] if lines else ''}"


def one_line_failure(run: Run, needle: str) -> Outcome:
    lines = [line for line in run.err.splitlines() if "policykg:" in line]
    ok = run.code == 1 and run.clean and len(lines) == 1 and needle in lines[0]
    return ok, f"exit {run.code}: {lines[0] if lines else run.err.strip()[-120:]}"


def without_dac() -> tuple[str, ...] | None:
    setpriv = shutil.which("setpriv")
    return (setpriv, f"--bounding-set={NO_DAC}", f"--inh-caps={NO_DAC}") if setpriv else None


def case_unreadable_folder(lab: Lab) -> Outcome:
    prefix = without_dac()
    if prefix is None:
        return True, "not run: setpriv is missing"
    folder = lab.fresh("locked-in")
    shutil.copy(SEED, folder / "a.txt")
    (folder / "locked").mkdir()
    shutil.copy(SEED, folder / "locked" / "b.txt")
    (folder / "locked").chmod(0)
    try:
        return one_line_failure(build(folder, "-o", lab.folder / "locked-out", prefix=prefix), "folder skipped")
    finally:
        (folder / "locked").chmod(0o755)


def case_bad_name(lab: Lab) -> Outcome:
    folder = lab.fresh("names")
    shutil.copy(SEED, folder / "a.txt")
    shutil.copy(SEED, os.fsencode(folder) + b"/\xff\xfe.txt")
    return one_line_failure(build(folder, "-o", lab.folder / "names-out"), "\\xff\\xfe.txt: file name is not valid")


def case_output_is_a_file(lab: Lab) -> Outcome:
    blocker = lab.folder / "a-file"
    blocker.write_text("已有", encoding="utf-8")
    return one_line_failure(build(SEED, "-o", blocker), "cannot write here")


def case_output_not_writable(lab: Lab) -> Outcome:
    prefix = without_dac()
    if prefix is None:
        return True, "not run: setpriv is missing"
    out = lab.fresh("read-only")
    out.chmod(0o555)
    try:
        return one_line_failure(build(SEED, "-o", out, prefix=prefix), "cannot write here: permission denied")
    finally:
        out.chmod(0o755)


def case_push_bad_endpoint(lab: Lab) -> Outcome:
    done = subprocess.run([sys.executable, "-m", "kg", "push", "--endpoint", "http://[::1", "--graph",
                           str(lab.clean_out / "graph.ttl")], cwd=ROOT, capture_output=True, text=True, timeout=120)
    return one_line_failure(Run(done), "not a valid URL")


def case_kill_during_write(lab: Lab) -> Outcome:
    out = lab.folder / "killed"
    shutil.copytree(lab.clean_out, out)
    script = ("import os, signal, kg.graph.rdf as r\n"
              "r.write_nquads = lambda *a, **k: os.kill(os.getpid(), signal.SIGKILL)\n"
              "from kg.cli import main\nmain()\n")
    done = subprocess.run([sys.executable, "-c", script, "build", str(SEED), "-o", str(out), "--workers", "1"],
                          cwd=ROOT, capture_output=True, timeout=300)
    left = len(list(out.glob(".*.tmp")))
    after = build(SEED, "-o", out)
    remaining = len(list(out.rglob("*.tmp")))
    ok = done.returncode == -9 and left > 0 and after.code == 0 and remaining == 0 and graph(out) == graph(lab.clean_out)
    return ok, f"killed with {left} temporary files; the next build left {remaining}, graph as before"


def case_kill_main_process(lab: Lab) -> Outcome:
    folder = lab.fresh("many")
    for i in range(12):
        shutil.copy(SEED, folder / f"{i:02d}.txt")
    process = subprocess.Popen([sys.executable, "-m", "kg", "build", str(folder), "-o", str(lab.folder / "many-out"),
                                "--workers", "2", "--no-page"], cwd=ROOT, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    children: list[int] = []
    deadline = time.monotonic() + 60
    while len(children) < 2 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
        children = _children(process.pid)
    process.send_signal(signal.SIGKILL)
    process.wait()
    deadline = time.monotonic() + 10
    while any(_alive(pid) for pid in children) and time.monotonic() < deadline:
        time.sleep(0.05)
    alive = [pid for pid in children if _alive(pid)]
    return bool(children) and not alive, f"{len(children)} workers seen, {len(alive)} alive after the kill"


def _children(pid: int) -> list[int]:
    try:
        return [int(x) for x in Path(f"/proc/{pid}/task/{pid}/children").read_text(encoding="ascii").split()]
    except OSError:
        return []


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text(encoding="ascii").split(")")[-1].split()[0] != "Z"
    except OSError:
        return False


def case_planted_jieba_cache(lab: Lab) -> Outcome:
    shared = lab.fresh("shared-tmp")
    with open(shared / "jieba.cache", "wb") as handle:  # what another user could leave in /tmp
        marshal.dump(({"数据": 1, "中心": 1, "数据中心": 10**9}, 10**9), handle)
    env = {**os.environ, "TMPDIR": str(shared), "XDG_CACHE_HOME": str(lab.folder / "home-cache")}
    run = build(SEED, "-o", lab.folder / "planted-out", env=env)
    same = run.code == 0 and graph(lab.folder / "planted-out") == graph(lab.clean_out)
    return same and run.clean, f"exit {run.code}, graph {'as clean' if same else 'CHANGED'}"


def case_no_cache_folder(lab: Lab) -> Outcome:
    blocker = lab.folder / "cache-is-a-file"
    blocker.write_text("x", encoding="utf-8")
    run = build(SEED, "-o", lab.folder / "nocache-out", env={**os.environ, "XDG_CACHE_HOME": str(blocker)})
    return run.code == 0 and run.clean and not run.err.strip(), f"exit {run.code}, stderr {run.err.strip()[:80]!r}"


# --- bombs, links, the build's own output, the store, the cache's key, the cluster, small inputs --------

def bomb_case(lab: Lab, name: str, make: Callable[[Path], Path]) -> Outcome:
    folder = lab.fresh(f"bomb-{name}")
    shutil.copy(SEED, folder / SEED.name)
    bomb = make(folder)
    size = bomb.stat().st_size
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.monotonic()
    run = build(folder, "-o", lab.folder / f"bomb-{name}-out")
    seconds = time.monotonic() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    skipped = run.lines(bomb.name)
    built = graph(lab.folder / f"bomb-{name}-out") == graph(lab.clean_out)
    ok = run.code == 1 and run.clean and len(skipped) == 1 and built and seconds <= 30 and peak < 2**20
    return ok, (f"{size / 1024:.0f} KB: skipped in {seconds:.1f} s (the whole build), largest process "
                f"{peak / 1024:.0f} MB{' (earlier)' if peak == before else ''}: {skipped[0][:110] if skipped else 'NO LINE'}; "
                f"the seed page {'built' if built else 'NOT BUILT'}")


def case_flate_bomb(lab: Lab) -> Outcome:
    from tests.bombs import flate_bomb_pdf

    return bomb_case(lab, "flate", lambda d: flate_bomb_pdf(d / "flate.pdf", megabytes=4096))


def case_many_pages(lab: Lab) -> Outcome:
    from tests.bombs import many_pages_pdf

    return bomb_case(lab, "pages", lambda d: many_pages_pdf(d / "pages.pdf", count=1))


def case_docx_bomb(lab: Lab) -> Outcome:
    from tests.bombs import docx_bomb

    return bomb_case(lab, "docx", lambda d: docx_bomb(d / "bomb.docx"))


def case_link_out(lab: Lab) -> Outcome:
    folder = lab.fresh("links")
    shutil.copy(SEED, folder / SEED.name)
    (folder / "passwd.txt").symlink_to("/etc/passwd")
    run = build(folder, "-o", lab.folder / "links-out")
    leaked = b"root:" in graph(lab.folder / "links-out")
    ok = run.code == 1 and run.clean and len(run.lines("passwd.txt")) == 1 and not leaked
    return ok, f"passwd.txt -> /etc/passwd: {run.lines('passwd.txt')[:1]}; root:x in the graph: {leaked}"


def case_own_output(lab: Lab) -> Outcome:
    folder = lab.fresh("twice")
    shutil.copy(SEED, folder / SEED.name)
    runs, graphs = [], []
    for _ in range(2):
        runs.append(subprocess.run([sys.executable, "-m", "kg", "build", ".", "--workers", "1"], cwd=folder,
                                   capture_output=True, text=True, timeout=300))
        graphs.append(graph(folder / "out"))
    counts = [r.stdout.split(" documents")[0] for r in runs]
    ok = all(r.returncode == 0 and "Traceback" not in r.stderr for r in runs) and counts == ["1", "1"] and \
        graphs[0] == graphs[1] == graph(lab.clean_out)
    return ok, f"`build .` twice: documents {counts}; the second graph {'the same bytes' if graphs[0] == graphs[1] else 'CHANGED'}"


def case_damaged_store(lab: Lab) -> Outcome:
    out = lab.folder / "damaged-store"
    shutil.copytree(lab.clean_out, out)
    sst = max((out / "graph.db").glob("*.sst"), key=lambda p: p.stat().st_size)
    os.truncate(sst, sst.stat().st_size // 2)
    query = kg("query", "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", "--graph", out / "graph.db")
    run = build(SEED, "-o", out)
    again = kg("query", "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", "--graph", out / "graph.db")
    ok = (query.code == 1 and query.clean and len(query.err.splitlines()) == 1 and run.code == 0 and run.clean
          and len(run.lines("warning")) == 1 and again.code == 0)
    return ok, (f"one .sst cut in half: query → {query.err.strip()[:90]}…; build → exit {run.code}, "
                f"{run.lines('warning')[0][:70] if run.lines('warning') else 'no warning'}…; query then exit {again.code}")


def case_edited_store(lab: Lab) -> Outcome:
    import pyoxigraph as ox

    out = lab.folder / "edited-store"
    shutil.copytree(lab.clean_out, out)
    label = "http://www.w3.org/2000/01/rdf-schema#label"
    store = ox.Store(str(out / "graph.db"))
    store.update(f'DELETE {{ GRAPH ?g {{ ?s <{label}> ?l }} }} INSERT {{ GRAPH ?g {{ ?s <{label}> "篡改"@zh }} }} '
                 f"WHERE {{ GRAPH ?g {{ ?s <{label}> ?l }} }}")
    del store
    ask = f'SELECT (COUNT(*) AS ?n) {{ ?s <{label}> "篡改"@zh }}'
    seen = subprocess.run([sys.executable, "-m", "kg", "query", ask, "--graph", str(out / "graph.ttl"), "--format", "csv"],
                          cwd=ROOT, capture_output=True, text=True, timeout=300).stdout.split()
    run = build(SEED, "-o", out)
    after = subprocess.run([sys.executable, "-m", "kg", "query", ask, "--graph", str(out / "graph.db"), "--format", "csv"],
                           cwd=ROOT, capture_output=True, text=True, timeout=300).stdout.split()
    ok = seen == ["n", "0"] and after == ["n", "0"] and run.code == 0 and run.clean
    return ok, (f"every label rewritten in graph.db: query --graph graph.ttl sees {seen[-1:]}; the rebuild says "
                f"{run.lines('warning')[0][18:90] if run.lines('warning') else 'nothing'}…; then {after[-1:]}")


def case_rehashed_entry(lab: Lab) -> Outcome:
    import hashlib

    def edit(path: Path) -> None:
        header, body = path.read_bytes().split(b"\n", 1)
        body = body.replace("人工智能".encode(), "人工智障".encode())
        parts = header.split(b" ")
        parts[2] = hashlib.sha256(body).hexdigest().encode()
        path.write_bytes(b" ".join(parts) + b"\n" + body)

    return damaged_cache(lab, "rehashed", edit, "does not match its digest")


def case_cluster_pickle(lab: Lab) -> Outcome:
    from tests.clusters import hostile_cluster

    marker = lab.folder / "cluster-ran"
    with hostile_cluster(lab.folder, marker) as address:
        run = build(SEED, "-o", lab.folder / "cluster-out", "--scheduler", address)
    ok = run.code == 1 and run.clean and len(run.err.splitlines()) == 1 and not marker.exists() and not (
        lab.folder / "cluster-out").exists()
    return ok, f"{run.err.strip()[17:110]}; its code ran: {marker.exists()}; output folder left: {(lab.folder / 'cluster-out').exists()}"


def case_cluster_impostors(lab: Lab) -> Outcome:
    from tests.clusters import ANSWERS, impostor

    seen = []
    ok = True
    for kind in [*ANSWERS, "tls://", "ucx://"]:
        start = time.monotonic()
        if kind.endswith("://"):
            run = build(SEED, "-o", lab.folder / "impostor-out", "--scheduler", f"{kind}127.0.0.1:8786")
        else:
            with impostor(kind) as address:
                run = build(SEED, "-o", lab.folder / "impostor-out", "--scheduler", address)
        seconds = time.monotonic() - start
        ok &= run.code == 1 and run.clean and len(run.err.splitlines()) == 1 and seconds < 30
        ok &= not (lab.folder / "impostor-out").exists()
        seen.append(f"{kind} {seconds:.0f} s")
    return ok, "one line each, no folder left: " + ", ".join(seen)


def case_small_inputs(lab: Lab) -> Outcome:
    runs = {value: build(SEED, "-o", lab.folder / "small-out", f"--max-mb={value}") for value in ("nan", "inf", "1e300", "-1")}
    runs["-o ''"] = build(SEED, "-o", "")
    ok = all(r.code == 1 and r.clean and len(r.err.splitlines()) == 1 for r in runs.values())
    return ok, "; ".join(f"{k} → exit {r.code}" for k, r in runs.items()) + ", one line each"


def case_xhtml_doctype(lab: Lab) -> Outcome:
    folder = lab.fresh("xhtml")
    (folder / "a.xhtml").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html [\n<!ENTITY x "子集]>">\n<!ATTLIST p class CDATA #IMPLIED>\n]>\n'
        "<html><head><title>关于发展海洋经济的通知</title></head><body><p>各市人民政府：要加快建设港口，完善港口设施，"
        "推动港航协同发展，提升港口服务水平。</p></body></html>", encoding="utf-8")
    run = build(folder, "-o", lab.folder / "xhtml-out")
    text = graph(lab.folder / "xhtml-out").decode("utf-8")
    leaked = "ATTLIST" in text or "子集" in text or "]>" in text
    return run.code == 0 and not leaked, f"exit {run.code}; internal subset in the graph: {leaked}"


def case_ctrl_c_local(lab: Lab) -> Outcome:
    folder = lab.fresh("interrupt")
    for n in range(40):
        shutil.copy(SEED, folder / f"{n:02d}.txt")
    process = subprocess.Popen([sys.executable, "-m", "kg", "build", str(folder), "-o", str(lab.folder / "interrupt-out"),
                                "--no-page", "--scheduler", "local", "--workers", "2"], cwd=ROOT, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, start_new_session=True,
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    time.sleep(10)
    start = time.monotonic()
    os.killpg(process.pid, signal.SIGINT)
    _, err = process.communicate(timeout=120)
    seconds = time.monotonic() - start
    ok = process.returncode == 130 and len(err.strip().splitlines()) == 1 and "Traceback" not in err and seconds < 5
    return ok, f"exit {process.returncode} {seconds:.1f} s after Ctrl-C: {err.strip()[:70]!r}"


BUILD_CASES: list[tuple[str, Callable[[Lab], Outcome]]] = [
    ("cache entry: garbage", case_garbage), ("cache entry: old pickle", case_old_pickle),
    ("cache entry: a folder", case_folder_entry), ("cache entry: 人工智能→人工智障", case_same_length_edit),
    ("cache entry: hostile pickle", case_hostile_pickle), ("Big5 seed page", case_big5),
    ("Shift-JIS text", case_shift_jis), ("unreadable subfolder", case_unreadable_folder),
    ("file name not UTF-8", case_bad_name), ("output path is a file", case_output_is_a_file),
    ("output not writable", case_output_not_writable), ("push --endpoint 'http://[::1'", case_push_bad_endpoint),
    ("kill -9 while writing", case_kill_during_write), ("kill -9 of the main process", case_kill_main_process),
    ("planted /tmp/jieba.cache", case_planted_jieba_cache), ("no usable cache folder", case_no_cache_folder),
    ("flate-bomb PDF", case_flate_bomb), ("PDF of 100,000 pages", case_many_pages), ("DOCX bomb", case_docx_bomb),
    ("link out of the folder", case_link_out), ("build reads its own output", case_own_output),
    ("damaged graph.db", case_damaged_store), ("edited graph.db", case_edited_store),
    ("cache entry edited, SHA-256 recomputed", case_rehashed_entry), ("cluster: pickled result", case_cluster_pickle),
    ("cluster: not a scheduler", case_cluster_impostors), ("small inputs", case_small_inputs),
    ("XHTML internal subset", case_xhtml_doctype), ("Ctrl-C on --scheduler local", case_ctrl_c_local),
]


def run_cases(report: Callable[[str, bool, str], None]) -> int:
    """Run every build case in a fresh temporary folder; the number that did not hold."""
    failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        lab = Lab(Path(tmp))
        for name, case in BUILD_CASES:
            try:
                ok, outcome = case(lab)
            except Exception as exc:
                ok, outcome = False, f"{type(exc).__name__}: {exc}"
            failed += not ok
            report(name, ok, outcome)
    return failed


def main() -> None:
    print("| case | outcome | holds |\n|---|---|---|")
    failed = run_cases(lambda name, ok, outcome: print(f"| {name} | {outcome} | {'yes' if ok else 'NO'} |", flush=True))
    print(f"\n{len(BUILD_CASES) - failed} of {len(BUILD_CASES)} cases hold")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
