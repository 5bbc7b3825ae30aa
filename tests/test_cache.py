"""The extraction cache under damage: every bad entry is one warning, extracted again, same output."""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import kg.corpus.cache as cache_module
from kg.cli import app
from kg.corpus.build import build
from kg.corpus.cache import FORMAT, Cache, cache_key, decode_entry, encode_entry
from kg.extract import extract_document
from kg.graph.rdf import document_ntriples
from kg.text.sources import read
from tests.conftest import ROOT, SEED

runner = CliRunner()


class Boom:
    """A pickle that would create a file if anything unpickled it."""

    def __init__(self, path):
        self.path = path

    def __reduce__(self):
        return (open, (str(self.path), "w"))


def garbage(path, tmp_path):
    path.write_bytes(os.urandom(3000))


def old_pickle(path, tmp_path):
    path.write_bytes(pickle.dumps(("facts", "<a> <b> <c> .\n"), protocol=2))


def hostile_pickle(path, tmp_path):
    path.write_bytes(pickle.dumps(Boom(tmp_path / "pwned")))


def folder(path, tmp_path):
    path.unlink()
    path.mkdir()
    (path / "x").write_text("不是缓存", encoding="utf-8")


def same_length_edit(path, tmp_path):
    data = path.read_bytes()
    assert "人工智能".encode() in data
    path.write_bytes(data.replace("人工智能".encode(), "人工智障".encode()))


def truncated(path, tmp_path):
    path.write_bytes(path.read_bytes()[:-100])


def empty(path, tmp_path):
    path.write_bytes(b"")


def rehashed_wrong_types(path, tmp_path):
    """A sound hash over facts of the wrong shape: the decoder, not the hash, must catch it."""
    data = path.read_bytes()
    header, body = data.split(b"\n", 1)
    sizes = [int(n) for n in header.split()[3:]]
    facts = json.loads(body[:sizes[0]])
    facts[1][0][1][0][3][0] = "零"  # the first statement's evidence start: a string, not an int
    new = json.dumps(facts, ensure_ascii=False, separators=(",", ":")).encode()
    rest = body[sizes[0]:]
    body = new + rest
    lengths = b" ".join(b"%d" % n for n in (len(new), sizes[1], sizes[2]))
    secret = (path.parent / "secret").read_bytes()  # written by someone who holds the folder's secret
    path.write_bytes(FORMAT + b" " + hmac.new(secret, body, hashlib.sha256).hexdigest().encode() + b" "
                     + lengths + b"\n" + body)


def rehashed_edit(path, tmp_path):
    """An edit with a digest recomputed by someone without the folder's secret (plain SHA-256, or another key)."""
    header, body = path.read_bytes().split(b"\n", 1)
    body = body.replace("人工智能".encode(), "人工智障".encode())
    parts = header.split(b" ")
    parts[2] = hashlib.sha256(body).hexdigest().encode()
    path.write_bytes(b" ".join(parts) + b"\n" + body)


def entry_of_another_folder(path, tmp_path):
    """A sound entry made under another folder's secret, copied in."""
    header, body = path.read_bytes().split(b"\n", 1)
    parts = header.split(b" ")
    parts[2] = hmac.new(os.urandom(32), body, hashlib.sha256).hexdigest().encode()
    path.write_bytes(b" ".join(parts) + b"\n" + body)


DAMAGE = [
    (garbage, "not a policykg cache entry"),
    (old_pickle, "not a policykg cache entry"),
    (hostile_pickle, "not a policykg cache entry"),
    (folder, "Is a directory"),
    (same_length_edit, "does not match its digest"),
    (rehashed_edit, "does not match its digest"),
    (entry_of_another_folder, "does not match its digest"),
    (truncated, "bytes where its header says"),
    (empty, "not a policykg cache entry"),
    (rehashed_wrong_types, "expected int, found str"),
]


@pytest.fixture(scope="module")
def clean(tmp_path_factory):
    out = tmp_path_factory.mktemp("clean") / "out"
    build([SEED], out, workers=1)
    return {p.name: p.read_bytes() for p in out.glob("graph.*") if p.is_file()}


@pytest.mark.parametrize(("damage", "reason"), DAMAGE, ids=[d.__name__ for d, _ in DAMAGE])
def test_a_damaged_entry_is_one_warning_and_the_same_output(tmp_path, clean, damage, reason):
    out = tmp_path / "out"
    build([SEED], out, workers=1)
    [entry] = (out / ".cache").glob("*.entry")
    damage(entry, tmp_path)
    result = runner.invoke(app, ["build", str(SEED), "-o", str(out), "--workers", "1"])
    warnings = [line for line in result.output.splitlines() if line.startswith("policykg: warning:")]
    assert result.exit_code == 0 and "Traceback" not in result.output
    assert len(warnings) == 1 and reason in warnings[0] and SEED.name in warnings[0]
    assert "1 documents (1 extracted, 0 from the cache)" in result.output
    assert {p.name: p.read_bytes() for p in out.glob("graph.*") if p.is_file()} == clean
    assert not (tmp_path / "pwned").exists()
    assert decode_entry(entry.read_bytes(), (entry.parent / "secret").read_bytes())  # rewritten, sound
    again = runner.invoke(app, ["build", str(SEED), "-o", str(out), "--workers", "1"])
    assert "warning" not in again.output and "(0 extracted, 1 from the cache)" in again.output


def test_a_cache_folder_that_is_a_file_is_one_warning(tmp_path, clean):
    out = tmp_path / "out"
    out.mkdir()
    (out / ".cache").write_text("不是文件夹", encoding="utf-8")
    result = runner.invoke(app, ["build", str(SEED), "-o", str(out), "--workers", "1"])
    warnings = [line for line in result.output.splitlines() if "warning" in line]
    assert result.exit_code == 0 and len(warnings) == 1 and "cache not written" in warnings[0]
    assert {p.name: p.read_bytes() for p in out.glob("graph.*") if p.is_file()} == clean


def test_entries_round_trip_exactly_and_old_pickles_are_pruned(tmp_path):
    source = read(SEED)
    facts = extract_document(source)
    value = (facts, document_ntriples(facts))
    assert decode_entry(encode_entry(value)) == value
    cache = Cache(tmp_path)
    (tmp_path / "0123.pickle").write_bytes(pickle.dumps(value))
    key = cache_key(source)
    cache.put(key, value)
    cache.prune([key])
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"{key}.entry", "secret"]


def test_a_build_killed_while_writing_leaves_temp_files_the_next_build_removes(tmp_path):
    out = tmp_path / "out"
    script = ("import os, signal, kg.graph.rdf as r\n"
              "def stop(*a, **k):\n    os.kill(os.getpid(), signal.SIGKILL)\n"
              "r.write_nquads = stop\n"
              "from kg.cli import main\nmain()\n")
    done = subprocess.run([sys.executable, "-c", script, "build", str(SEED), "-o", str(out), "--workers", "1"],
                          cwd=ROOT, capture_output=True)
    assert done.returncode == -9
    assert [p.name for p in out.glob(".graph.*.tmp")]  # the killed build's half-written files
    build([SEED], out, workers=1)
    assert not [p.name for p in out.rglob("*.tmp")]


def test_the_key_follows_the_code_and_the_lexicon_not_a_version_number(tmp_path):
    """Editing any extraction module, a record or the lexicon misses every entry; other code does not."""
    import shutil

    from kg.corpus.cache import code_fingerprint
    from kg.resources import ontology_dir

    package, ontology = tmp_path / "kg", tmp_path / "ontology"
    shutil.copytree(Path(cache_module.__file__).resolve().parents[1], package)
    shutil.copytree(ontology_dir(), ontology)
    before = code_fingerprint(package, ontology)
    with open(package / "views" / "show.py", "a", encoding="utf-8") as f:
        f.write("\n# printing only\n")
    assert code_fingerprint(package, ontology) == before
    with open(package / "extract" / "statements.py", "a", encoding="utf-8") as f:
        f.write("\n# a changed rule\n")
    changed = code_fingerprint(package, ontology)
    assert changed != before
    with open(ontology / "lexicon.tsv", "a", encoding="utf-8") as f:
        f.write("新术语\tPolicyTerm\t\n")
    assert code_fingerprint(package, ontology) != changed
