"""Every bad input handled, nothing lost, the same bytes every time: one test per case."""

from __future__ import annotations

import codecs
import os
import re
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.corpus.build import build
from kg.errors import OutputError
from kg.extract import extract_document
from kg.graph import rdf
from kg.model import Source
from kg.text.layout import SPACES
from kg.text.sources import read
from tests.conftest import ROOT, SEED, require_shared

runner = CliRunner()
BREAK = re.compile(f"[{SPACES}]*\n[{SPACES}]*")


def statements(path):
    doc = extract_document(read(path))
    return [(s.kind, s.label) for a in doc.articles for s in a.statements]


def quotes_are_verbatim(doc, text):
    """Every quote is the source between its offsets, with only the page's line breaks taken out."""
    spans = [s.evidence for a in doc.articles for s in a.statements]
    spans += [x.evidence for a in doc.articles for x in (*a.supports, *a.concept_links, *a.indicators)]
    return all(BREAK.sub("", text[sp.start:sp.end]) == sp.quote for sp in spans) and spans


@pytest.fixture(scope="module")
def seed_statements():
    return statements(SEED)


# --- encodings --------------------------------------------------------------------------------

@pytest.mark.parametrize("encoding", ["gb18030", "gbk", "utf-16", "utf-16-le", "utf-16-be", "utf-8-sig"])
def test_seed_in_other_encodings_gives_the_same_goals_and_measures(tmp_path, seed_statements, encoding):
    text = SEED.read_text(encoding="utf-8")
    path = tmp_path / SEED.name
    path.write_bytes(text.encode(encoding))
    assert statements(path) == seed_statements


def test_crlf_line_ends_give_the_same_statements(tmp_path, seed_statements):
    path = tmp_path / SEED.name
    path.write_bytes(SEED.read_text(encoding="utf-8").replace("\n", "\r\n").encode("utf-8"))
    assert statements(path) == seed_statements


def test_utf16_bom_with_bad_bytes_is_one_line(tmp_path):
    path = tmp_path / "bad16.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + "规划".encode("utf-16-le") + b"\x00\xd8")
    result = runner.invoke(app, ["build", str(path), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1 and "bad16.txt: invalid utf-16-le" in result.output
    assert len(result.output.strip().splitlines()) == 1


# --- text forms ---------------------------------------------------------------------------------

def test_full_width_digits_and_letters_match_and_quotes_stay_verbatim():
    text = "关于发展数字经济的意见\n\n一、加快建设数据中心\n\n（一）推进算力网络建设。到２０２５年，ＧＤＰ增长５％，建成５Ｇ基站。\n"
    doc = extract_document(Source("w.txt", text))
    art = doc.articles[0]
    assert any(i.value == "5" and i.unit in ("%", "％") for i in art.indicators)
    assert "5G" in {c.label for c in doc.concepts} or "5G基站" in {c.label for c in doc.concepts}
    assert any("２０２５" in s.evidence.quote for s in art.statements) or any(
        "２０２５" in i.evidence.quote for i in art.indicators)
    assert quotes_are_verbatim(doc, text)


def test_traditional_characters_are_matched_after_conversion_with_verbatim_quotes():
    text = "關於加快發展數字經濟的意見\n\n一、加強數據中心建設\n\n（一）推進算力網絡建設。要發展人工智能，促進實體經濟與數字經濟深度融合。\n"
    doc = extract_document(Source("t.txt", text))
    labels = {s.label for a in doc.articles for s in a.statements}
    assert "推进算力网络建设" in labels and "发展人工智能" in labels
    assert {"人工智能", "数字经济", "实体经济"} <= {c.label for c in doc.concepts}
    quotes = [s.evidence.quote for a in doc.articles for s in a.statements]
    assert any("發展人工智能" in q for q in quotes) and not any("发展人工智能" in q for q in quotes)
    assert quotes_are_verbatim(doc, text)


def test_the_1954_report_in_traditional_characters():
    path = require_shared() / "corpus" / "gwr_national" / "1954_政府工作报告.txt"
    text = read(path).text
    doc = extract_document(read(path))
    labels = [s.label for a in doc.articles for s in a.statements]
    assert len(labels) > 30 and any("工业化" in label for label in labels)
    assert quotes_are_verbatim(doc, text)
    assert any("業" in s.evidence.quote for a in doc.articles for s in a.statements)


# --- bad files ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("content", "message"), [
    (b"", "empty file"),
    (b" \n\t\n\xe3\x80\x80\n", "empty file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary file"),
    (bytes(range(256)) * 8, "binary file"),
    ("规划".encode() + b"\xff\xfe\x80\x81\xfa", "cannot decode"),
])
def test_bad_file_is_one_line_naming_it(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    result = runner.invoke(app, ["build", str(path), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "bad.txt" in lines[0] and message in lines[0] and "Traceback" not in result.output
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").glob("graph.*"))


def test_a_50_mb_file_is_refused_by_name_and_the_rest_built(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    big = folder / "huge.txt"
    line = "加快建设数据中心，推进算力网络建设，发展人工智能。" * 40 + "\n"
    with big.open("w", encoding="utf-8") as handle:
        for _ in range(50 * 2**20 // len(line.encode("utf-8")) + 1):
            handle.write(line)
    assert big.stat().st_size > 50 * 2**20
    (folder / "ok.txt").write_text("发展数字经济\n\n张三 李四\n\n一是加快建设数据中心。\n", encoding="utf-8")
    result = runner.invoke(app, ["build", str(folder), "-o", str(tmp_path / "out"), "--workers", "1"])
    assert result.exit_code == 1
    assert "policykg: skipped: huge.txt: 50 MB is over the 20 MB limit" in result.output
    assert "1 documents" in result.output
    assert "加快建设数据中心" in (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")


def test_folder_mixing_good_and_bad_files(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("发展数字经济\n\n张三 李四\n\n一是加快建设数据中心。\n", encoding="utf-8")
    (folder / "b.txt").write_bytes("推进农业机械化\n\n王五\n\n一是推广智能农机。\n".encode("gb18030"))
    (folder / "c.txt").write_bytes(b"")
    (folder / "d.txt").write_bytes(bytes(range(256)) * 4)
    (folder / "notes.md").write_text("不是输入", encoding="utf-8")
    result = runner.invoke(app, ["build", str(folder), "-o", str(tmp_path / "out"), "--workers", "1"])
    assert result.exit_code == 1
    assert "skipped: c.txt: empty file" in result.output and "skipped: d.txt: binary file" in result.output
    ttl = (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")
    assert "加快建设数据中心" in ttl and "推广智能农机" in ttl and "不是输入" not in ttl


@pytest.mark.parametrize("args", [["--workers", "0"], ["--max-mb", "x"]])
def test_bad_options_are_one_line(tmp_path, args):
    result = runner.invoke(app, ["build", str(SEED), "-o", str(tmp_path / "out"), *args])
    assert result.exit_code == 2 and "Traceback" not in result.output


# --- nothing lost -------------------------------------------------------------------------------

def test_a_build_that_fails_while_writing_leaves_the_previous_output(tmp_path, monkeypatch):
    out = tmp_path / "out"
    build([SEED], out, workers=1)
    before = {p.name: p.read_bytes() for p in out.glob("graph.*") if p.is_file()}
    other = tmp_path / "other.txt"
    other.write_text("发展数字经济\n\n张三 李四\n\n一是加快建设数据中心。\n", encoding="utf-8")

    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(rdf, "write_nquads", broken)
    with pytest.raises(OutputError, match="cannot write: disk full; the previous output is unchanged"):
        build([other], out, workers=1)
    assert {p.name: p.read_bytes() for p in out.glob("graph.*") if p.is_file()} == before
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]


def test_an_interrupted_build_leaves_the_previous_output(tmp_path):
    out = tmp_path / "out"
    build([SEED], out, workers=1)
    before = {p.name: p.read_bytes() for p in out.glob("graph.*") if p.is_file()}
    script = ("import os, signal, kg.graph.rdf as r\n"
              "real = r.write_nquads\n"
              "def stop(*a, **k):\n    os.kill(os.getpid(), signal.SIGKILL)\n"
              "r.write_nquads = stop\n"
              "from kg.cli import main\nmain()\n")
    done = subprocess.run([sys.executable, "-c", script, "build", str(SEED), "-o", str(out), "--workers", "1"],
                          cwd=ROOT, capture_output=True)
    assert done.returncode == -9
    assert {p.name: p.read_bytes() for p in out.glob("graph.*") if p.is_file()} == before


# --- same bytes ---------------------------------------------------------------------------------

def test_same_bytes_across_hash_seeds_and_worker_counts(tmp_path):
    from tests.conftest import DOCS

    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in DOCS.items():
        (folder / name).write_text(text, encoding="utf-8")
    outputs = []
    for seed, workers in (("1", "1"), ("2", "2")):
        out = tmp_path / f"out{seed}"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-m", "kg", "build", str(folder), str(SEED), "-o", str(out),
                        "--workers", workers], check=True, env=env, cwd=ROOT, capture_output=True)
        outputs.append({p.name: p.read_bytes() for p in out.glob("graph.*") if p.is_file()})
    assert outputs[0] == outputs[1] and len(outputs[0]) == 3


# --- files, folders and output paths ------------------------------------------------------------

def without_root_powers() -> list[str]:
    """A command prefix under which even root meets file permissions (no CAP_DAC_*), or a skip."""
    import shutil

    setpriv = shutil.which("setpriv")
    if not setpriv:
        pytest.skip("setpriv (util-linux) is not installed")
    caps = "-dac_override,-dac_read_search"
    return [setpriv, f"--bounding-set={caps}", f"--inh-caps={caps}"]


def run_build(*args, prefix=(), env=None):
    return subprocess.run([*prefix, sys.executable, "-m", "kg", "build", *map(str, args), "--workers", "1"],
                          cwd=ROOT, capture_output=True, text=True, env=env, timeout=300)


def small_folder(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("发展数字经济\n\n张三 李四\n\n一是加快建设数据中心。\n", encoding="utf-8")
    return folder


def test_an_unreadable_subfolder_is_one_line_and_exit_1(tmp_path):
    prefix = without_root_powers()
    folder = small_folder(tmp_path)
    (folder / "locked").mkdir()
    (folder / "locked" / "b.txt").write_text("推进农业机械化\n\n王五\n\n一是推广智能农机。\n", encoding="utf-8")
    (folder / "locked").chmod(0)
    try:
        done = run_build(folder, "-o", tmp_path / "out", prefix=prefix)
    finally:
        (folder / "locked").chmod(0o755)
    skipped = [line for line in done.stderr.splitlines() if "skipped" in line]
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert skipped == [f"policykg: skipped: {folder / 'locked'}: folder skipped: Permission denied"]
    assert "加快建设数据中心" in (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")


def test_a_file_name_that_is_not_utf8_is_skipped_by_name(tmp_path):
    folder = small_folder(tmp_path)
    with open(os.fsencode(folder) + b"/\xb1\xa8\xb8\xe6.txt", "wb") as handle:  # 报告 in GBK bytes
        handle.write("推进农业机械化\n\n王五\n\n一是推广智能农机。\n".encode())
    result = runner.invoke(app, ["build", str(folder), "-o", str(tmp_path / "out"), "--workers", "1"])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert f"skipped: {folder}/\\xb1\\xa8\\xb8\\xe6.txt: file name is not valid UTF-8 text; rename it" in result.output
    assert "1 documents" in result.output


@pytest.mark.parametrize("where", ["file", "under a file"])
def test_an_output_path_that_cannot_be_a_folder_is_one_line(tmp_path, where):
    blocker = tmp_path / "taken"
    blocker.write_text("已有文件", encoding="utf-8")
    out = blocker if where == "file" else blocker / "out"
    result = runner.invoke(app, ["build", str(SEED), "-o", str(out), "--workers", "1"])
    lines = result.output.strip().splitlines()
    assert result.exit_code == 1 and len(lines) == 1 and "Traceback" not in result.output
    assert lines[0].startswith(f"policykg: error: {out}: cannot write here: ")
    assert blocker.read_text(encoding="utf-8") == "已有文件"


def test_an_output_folder_without_write_permission_is_one_line(tmp_path):
    prefix = without_root_powers()
    out = tmp_path / "out"
    out.mkdir()
    out.chmod(0o555)
    try:
        done = run_build(SEED, "-o", out, prefix=prefix)
    finally:
        out.chmod(0o755)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines()[-1] == f"policykg: error: {out}: cannot write here: permission denied"


def test_two_builds_into_one_folder_the_second_is_refused(tmp_path):
    from kg.corpus.files import OutputFolder

    out = tmp_path / "out"
    with OutputFolder(out):
        result = runner.invoke(app, ["build", str(SEED), "-o", str(out), "--workers", "1"])
    assert result.exit_code == 1 and "another build is writing to this folder" in result.output
    assert not list(out.glob("graph.*"))


def test_workers_die_with_a_killed_build(tmp_path):
    import signal
    import time

    folder = tmp_path / "in"
    folder.mkdir()
    text = SEED.read_text(encoding="utf-8")
    for i in range(12):
        (folder / f"{i:02d}.txt").write_text(text, encoding="utf-8")
    process = subprocess.Popen([sys.executable, "-m", "kg", "build", str(folder), "-o", str(tmp_path / "out"),
                                "--workers", "2", "--no-page"], cwd=ROOT, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    children: list[int] = []
    deadline = time.monotonic() + 60
    while len(children) < 2 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
        children = _children(process.pid)
    assert len(children) >= 2, "the build ended before its workers were seen"
    process.send_signal(signal.SIGKILL)
    process.wait()
    deadline = time.monotonic() + 10
    while any(_alive(pid) for pid in children) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not [pid for pid in children if _alive(pid)]


def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children", encoding="ascii") as handle:
            return [int(x) for x in handle.read().split()]
    except OSError:
        return []


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as handle:
            return handle.read().split(")")[-1].split()[0] != "Z"
    except OSError:
        return False


# --- jieba's cache ------------------------------------------------------------------------------

def test_a_planted_jieba_cache_in_the_shared_temp_folder_changes_nothing(tmp_path):
    import marshal

    shared, home = tmp_path / "tmp", tmp_path / "cache"
    shared.mkdir()
    clean_env = {**os.environ, "TMPDIR": str(shared), "XDG_CACHE_HOME": str(home)}
    first = run_build(SEED, "-o", tmp_path / "a", env=clean_env)
    assert first.returncode == 0 and not list(shared.iterdir()) and not home.exists()  # no cache written anywhere
    with open(shared / "jieba.cache", "wb") as handle:  # what another user could leave in /tmp
        marshal.dump(({"数据": 1, "中心": 1, "数据中心": 10**9}, 10**9), handle)
    second = run_build(SEED, "-o", tmp_path / "b", env={**clean_env, "XDG_CACHE_HOME": str(tmp_path / "other")})
    assert second.returncode == 0
    assert (tmp_path / "a" / "graph.ttl").read_bytes() == (tmp_path / "b" / "graph.ttl").read_bytes()


def test_no_usable_cache_folder_is_no_traceback(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("不是文件夹", encoding="utf-8")
    done = run_build(SEED, "-o", tmp_path / "out", env={**os.environ, "XDG_CACHE_HOME": str(blocker)})
    assert done.returncode == 0 and "Traceback" not in done.stderr and "Dump cache" not in done.stderr
