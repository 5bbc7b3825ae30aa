"""Run many generated inputs through decoding, extraction, the cache and the folder walk.

    python scripts/fuzz.py [--count 10000] [--seed 1] [--kinds text,cache,names,pdf,docx,store,scheduler]

text: random Unicode, policy-like fragments, pieces of the corpus (cut,
shuffled, mutated, re-encoded) and random bytes. Each must either decode and
extract, with every quote equal to the source between its offsets (line breaks
taken out) and N-Triples that parse, or be refused with one InputError line.

cache: sound cache entries of real documents, damaged (bytes flipped, cut,
inserted, header edited, random bytes, facts of the wrong shape under a
recomputed hash), and entries that are folders or links. Each read must give
the entry back (or, under a recomputed hash, records that encode back to the
same data) or be a miss with one warning line; never an exception.

names: file names of random bytes (not UTF-8, control characters, line
breaks, long, dotted) holding random content, gathered and read as a build
reads a folder. Each file is either a source whose cache key can be made or
one line naming it; never an exception.

pdf, docx: real PDF and .docx files (made with reportlab and python-docx),
damaged (bytes flipped, cut, inserted; inside a .docx, its XML parts cut,
edited or swapped for random markup, repacked), read as a build reads them (in
a bounded child process). Each is a source or one InputError line. A tenth of
--count each: every read forks a process.

store: the seed page's store (graph.db) with one of its files damaged (bytes
flipped, cut, emptied, removed, a file added, its manifest's JSON edited).
Opening it for a command and starting a build's update from it must each work
or be one line (GraphError, or the build's warning); never an exception.

scheduler: what a cluster can send back: replies to the build's handshake
probe (random bytes, frame headers of any size), task replies (random and
damaged results) and pickles (random, and pickles of real objects). Each is
accepted as data or refused with one ClusterError line; no pickle loads any
name but the bytes types.

Prints a line per kind and every failure; the exit code is the number of failures (max 100).
"""

from __future__ import annotations

import argparse
import hashlib
import hmac
import json
import os
import random
import re
import shutil
import sys
import tempfile
import time
import traceback
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.corpus.cache import FORMAT, Cache, cache_key, decode_entry, encode_entry  # noqa: E402
from kg.errors import InputError  # noqa: E402
from kg.extract import extract_document  # noqa: E402
from kg.graph.rdf import document_ntriples  # noqa: E402
from kg.model import Source  # noqa: E402
from kg.text.layout import SPACES  # noqa: E402
from kg.text.sources import decode, gather, read  # noqa: E402
from tests.strategies import PIECES  # noqa: E402

KEY = b""  # entries made here are digested under the empty key, as a cluster worker's are
BREAK = re.compile(f"[{SPACES}]*\n[{SPACES}]*")
ENCODINGS = ("utf-8", "utf-8-sig", "gb18030", "utf-16", "utf-16-le", "utf-16-be")


def corpus_lines(folder: Path) -> list[str]:
    lines: list[str] = []
    for path in sorted(folder.rglob("*.txt"))[:60] if folder.is_dir() else []:
        lines += [x for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    return lines or [x for x in (ROOT / "seeds").glob("*.txt").__next__().read_text(encoding="utf-8").splitlines()]


def random_unicode(rng: random.Random) -> str:
    blocks = [(0x20, 0x7E), (0x4E00, 0x9FFF), (0x3000, 0x303F), (0xFF00, 0xFFEF), (0x0, 0x1F), (0x80, 0x2FFF),
              (0xE000, 0xF8FF), (0x10000, 0x1FFFF)]
    out = []
    for _ in range(rng.randint(1, 300)):
        lo, hi = rng.choice(blocks)
        out.append(chr(rng.randint(lo, hi)))
    return "".join(out)


def policy_like(rng: random.Random) -> str:
    return "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 120)))


def corpus_piece(rng: random.Random, lines: list[str]) -> str:
    start = rng.randrange(len(lines))
    chosen = lines[start:start + rng.randint(1, 40)]
    if rng.random() < 0.3:
        rng.shuffle(chosen)
    text = rng.choice(["\n", "\n\n", "\r\n", "\n　　"]).join(chosen)
    for _ in range(rng.randint(0, 5)):  # mutations: cut, insert, break a line mid-sentence
        if not text:
            break
        at = rng.randrange(len(text))
        op = rng.randrange(3)
        text = (text[:at] + text[at + rng.randint(1, 20):] if op == 0 else
                text[:at] + rng.choice(PIECES) + text[at:] if op == 1 else text[:at] + "\n" + text[at:])
    return text


def make_input(rng: random.Random, lines: list[str]) -> bytes:
    kind = rng.random()
    if kind < 0.1:
        return rng.randbytes(rng.randint(0, 400))
    text = random_unicode(rng) if kind < 0.3 else policy_like(rng) if kind < 0.55 else corpus_piece(rng, lines)
    encoding = rng.choice(ENCODINGS)
    try:
        return text.encode(encoding)
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogatepass")


def check(data: bytes) -> str | None:
    """None when the input is handled; otherwise what went wrong."""
    try:
        text = decode(data, name="fuzz.txt")
    except InputError as exc:
        return None if "\n" not in str(exc) else f"multi-line error: {exc!r}"
    doc = extract_document(Source("fuzz.txt", text))
    for facts in doc.articles:
        for x in (*facts.statements, *facts.supports, *facts.concept_links, *facts.indicators):
            span = x.evidence
            if BREAK.sub("", text[span.start:span.end]) != span.quote:
                return f"quote {span.quote!r} is not the source at {span.start}:{span.end}"
    triples = document_ntriples(doc).lines
    if len(list(ox.parse(triples, format=ox.RdfFormat.N_TRIPLES))) != triples.count(b"\n"):
        return "N-Triples do not parse back"
    return None


# --- cache entries ------------------------------------------------------------------------------

def sound_entries(lines: list[str]) -> list[bytes]:
    """Entries of a few real documents: the seed page and pieces of the corpus."""
    rng = random.Random(0)
    texts = [next((ROOT / "seeds").glob("*.txt")).read_text(encoding="utf-8")]
    texts += ["\n\n".join(lines[i:i + 30]) for i in rng.sample(range(max(1, len(lines) - 30)), 3)]
    entries = []
    for i, text in enumerate(texts):
        facts = extract_document(Source(f"{i}.txt", text))
        entries.append(encode_entry((facts, document_ntriples(facts))))
    return entries


def damage(rng: random.Random, entry: bytes, ops: int = 8) -> bytes:
    op = rng.randrange(ops)
    at = rng.randrange(len(entry))
    if op == 0:  # flip bits
        data = bytearray(entry)
        for _ in range(rng.randint(1, 8)):
            data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
        return bytes(data)
    if op == 1:
        return entry[:at]
    if op == 2:
        return entry[:at] + rng.randbytes(rng.randint(1, 64)) + entry[at:]
    if op == 3:  # the header edited
        header, _, body = entry.partition(b"\n")
        words = header.split(b" ")
        words[rng.randrange(len(words))] = rng.choice([b"", b"-1", b"9" * 20, rng.randbytes(8), b"policykg-cache"])
        return b" ".join(words) + b"\n" + body
    if op == 4:
        return rng.randbytes(rng.randint(0, 2000))
    if op == 5:  # the same-length edit of one character
        text = entry.decode("utf-8", "replace")
        i = rng.randrange(len(text))
        return (text[:i] + rng.choice("智障零一") + text[i + 1:]).encode("utf-8")
    return rehashed(rng, entry)  # facts of another shape under a sound hash


def rehashed(rng: random.Random, entry: bytes) -> bytes:
    header, _, body = entry.partition(b"\n")
    sizes = [int(n) for n in header.split()[3:]]
    facts = json.loads(body[:sizes[0]])
    for _ in range(rng.randint(1, 4)):
        facts = mutate_json(rng, facts)
    new = json.dumps(facts, ensure_ascii=False).encode("utf-8", "surrogatepass")
    rest = body[sizes[0]:]
    body = new + rest
    lengths = b"%d %d %d" % (len(new), sizes[1], sizes[2])
    return FORMAT + b" " + hmac.new(KEY, body, hashlib.sha256).hexdigest().encode() + b" " + lengths + b"\n" + body


def mutate_json(rng: random.Random, value: object, depth: int = 0) -> object:
    """``value`` with one random part replaced by a random JSON value."""
    if isinstance(value, list) and value and depth < 12 and rng.random() < 0.85:
        i = rng.randrange(len(value))
        copy = list(value)
        copy[i] = mutate_json(rng, value[i], depth + 1)
        return copy
    return rng.choice([None, True, 0, -1, 2**70, 1.5, "", "目标", "goal", [], [[]], {"a": 1}, "\ud800",
                       "x" * 1000, [0] * 5, "supports", "official"])


def check_entry(data: bytes, original: bytes) -> str | None:
    try:
        value = decode_entry(data)
    except ValueError as exc:  # Damaged
        return None if "\n" not in str(exc) else f"multi-line reason: {exc!r}"
    if data == original:
        return None
    if decode_entry(encode_entry(value)) != value:
        return "a damaged entry decoded into records that do not encode back"
    return None


def check_cache_file(rng: random.Random, folder: Path, data: bytes) -> str | None:
    cache = Cache(folder)
    key = f"{rng.getrandbits(64):016x}"
    path = cache.path(key)
    form = rng.randrange(10)
    if form == 0:
        path.mkdir()
        (path / "x").write_bytes(data[:100])
    elif form == 1:
        (folder / "target").write_bytes(data)
        path.symlink_to(folder / "target")
    elif form == 2:
        path.symlink_to(folder / "nowhere")
    else:
        path.write_bytes(data)
    cache.get(key, name="fuzz.txt")
    if len(cache.problems) > 1 or any("\n" in p for p in cache.problems):
        return f"problems not one line each: {cache.problems!r}"
    if path.exists() and cache.problems:
        return "a damaged entry was left in place"
    for leftover in folder.iterdir():
        shutil.rmtree(leftover) if leftover.is_dir() and not leftover.is_symlink() else leftover.unlink()
    return None


# --- file names ---------------------------------------------------------------------------------

def random_name(rng: random.Random) -> bytes:
    kind = rng.random()
    if kind < 0.3:
        stem = rng.randbytes(rng.randint(1, 40))
    elif kind < 0.6:
        stem = "".join(chr(rng.choice([rng.randint(0x1, 0x7f), rng.randint(0x80, 0x2fff), rng.randint(0x4e00, 0x9fff),
                                       rng.randint(0xe000, 0xffff)])) for _ in range(rng.randint(1, 30))).encode(
            "utf-8", "surrogatepass")
    elif kind < 0.8:
        stem = "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 8))).encode("utf-8")
    else:
        stem = rng.choice([b"-", b"..", b".", b" ", b"\n", b"\r", b"\x1b[31m", b"\xe2\x80\xae", b"~", b"*?[",
                           b"a" * 240, "报告".encode("gbk")]) + rng.randbytes(rng.randint(0, 4))
    stem = stem.replace(b"/", b"_").replace(b"\0", b"_") or b"_"
    return stem[:250] + rng.choice([b".txt", b".TXT", b".txt", b".md", b""])


def check_names(rng: random.Random, folder: Path, lines: list[str], count: int) -> tuple[int, list[str]]:
    """Create ``count`` files with random names and contents, gather and read them; (made, problems)."""
    made, problems = 0, []
    for _ in range(count):
        name = random_name(rng)
        content = make_input(rng, lines) if rng.random() < 0.8 else rng.randbytes(rng.randint(0, 100))
        try:
            with open(os.fsencode(folder) + b"/" + name, "xb") as handle:
                handle.write(content)
            made += 1
        except OSError:  # a name the file system refuses, or one already made
            continue
    try:
        found = gather([folder])
    except InputError as exc:
        return made, [] if "\n" not in str(exc) else [f"multi-line error: {exc!r}"]
    problems += [f"not one clean line: {line!r}" for line in found.failures if not one_line(line)]
    for path, label in found.files:
        try:
            source = read(path, name=label)
            cache_key(source)
            Source(label, source.text).name.encode("utf-8")
        except InputError as exc:
            if not one_line(str(exc)):
                problems.append(f"not one clean line: {exc!r}")
    return made, problems


def one_line(text: str) -> bool:
    """One line (no line break of any kind) without control characters: safe to print to a terminal."""
    return len(text.splitlines()) == 1 and not any(unicodedata.category(ch) == "Cc" for ch in text)


# --- running ------------------------------------------------------------------------------------

def run_text(rng: random.Random, lines: list[str], count: int, report: Callable[[str], None]) -> tuple[int, int]:
    failures = refused = 0
    for i in range(count):
        data = make_input(rng, lines)
        try:
            problem = check(data)
        except Exception:
            problem = "crash: " + traceback.format_exc(limit=3).strip().splitlines()[-1]
        if problem is None:
            try:
                decode(data, name="fuzz.txt")
            except InputError:
                refused += 1
        else:
            failures += 1
            report(f"text input {i}: {problem}\n  bytes: {data[:120]!r}")
    return failures, refused


def run_cache(rng: random.Random, lines: list[str], count: int, report: Callable[[str], None]) -> tuple[int, int]:
    entries = sound_entries(lines)
    failures = refused = 0
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(count):
            original = rng.choice(entries)
            data = original if rng.random() < 0.02 else damage(rng, original)
            try:
                problem = check_entry(data, original) or check_cache_file(rng, Path(tmp), data)
                try:
                    decode_entry(data)
                except ValueError:
                    refused += 1
            except Exception:
                problem = "crash: " + traceback.format_exc(limit=3).strip().splitlines()[-1]
            if problem:
                failures += 1
                report(f"cache input {i}: {problem}\n  bytes: {data[:120]!r}")
    return failures, refused


def run_names(rng: random.Random, lines: list[str], count: int, report: Callable[[str], None]) -> tuple[int, int]:
    failures = made_total = 0
    batch = 50
    for start in range(0, count, batch):
        with tempfile.TemporaryDirectory() as tmp:
            try:
                made, problems = check_names(rng, Path(tmp), lines, min(batch, count - start))
            except Exception:
                made, problems = 0, ["crash: " + traceback.format_exc(limit=3).strip().splitlines()[-1]]
            made_total += made
            for problem in problems:
                failures += 1
                report(f"names batch {start // batch}: {problem}")
    return failures, count - made_total


# --- PDF and .docx files -----------------------------------------------------------------------

def sound_documents(folder: Path) -> dict[str, list[bytes]]:
    """A few real PDF and .docx files of the seed page and of made-up text."""
    from tests.documents import numbered_docx, official_pdf

    text = next((ROOT / "seeds").glob("*.txt")).read_text(encoding="utf-8")
    short = "关于推进某项工作的通知\n一、总体要求\n（一）加快建设数据中心，完善算力网络。\n（二）推动数据开放共享。\n"
    made: dict[str, list[bytes]] = {"pdf": [], "docx": []}
    for i, body in enumerate((short, text[:3000])):
        made["pdf"].append(official_pdf(body, folder / f"{i}.pdf").read_bytes())
        made["docx"].append(numbered_docx(body, folder / f"{i}.docx").read_bytes())
    return made


def damage_docx(rng: random.Random, data: bytes) -> bytes:
    """The package with one XML part cut, edited or replaced by random markup, repacked; or its bytes damaged."""
    import io
    import zipfile

    if rng.random() < 0.4:
        return damage(rng, data, ops=6)
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    victim = rng.choice([n for n in source.namelist() if n.endswith(".xml")])
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for name in source.namelist():
            part = source.read(name)
            if name == victim:
                part = rng.choice([damage(rng, part, ops=6), part[:rng.randrange(len(part) + 1)], random_markup(rng)])
            package.writestr(name, part)
    return out.getvalue()


def random_markup(rng: random.Random) -> bytes:
    tags = ["w:p", "w:r", "w:t", "w:tbl", "w:tr", "w:tc", "w:numPr", "w:ilvl", "w:body", "w:document", "x"]
    parts = ['<?xml version="1.0"?>', '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">']
    for _ in range(rng.randint(0, 60)):
        tag = rng.choice(tags)
        parts.append(rng.choice([f"<{tag}>", f"</{tag}>", f'<{tag} w:val="{rng.randint(-9, 99)}"/>',
                                 rng.choice(PIECES), "&amp;", "&#0;", "<!DOCTYPE x [<!ENTITY e 'e'>]>", "&e;"]))
    return "".join(parts).encode("utf-8", "surrogatepass")


def check_document(folder: Path, name: str, data: bytes) -> str | None:
    path = folder / name
    path.write_bytes(data)
    try:
        source = read(path, name=name)
    except InputError as exc:
        return None if one_line(str(exc)) else f"not one line: {exc!r}"
    return None if source.text.strip() else "a source with no text"


def run_documents(kind: str) -> Callable[[random.Random, list[str], int, Callable[[str], None]], tuple[int, int]]:
    def run(rng: random.Random, lines: list[str], count: int, report: Callable[[str], None]) -> tuple[int, int]:
        failures = refused = 0
        with tempfile.TemporaryDirectory() as tmp:
            sound = sound_documents(Path(tmp))[kind]
            for i in range(count):
                original = rng.choice(sound)
                data = damage_docx(rng, original) if kind == "docx" else damage(rng, original, ops=6)
                try:
                    problem = check_document(Path(tmp), f"fuzz.{kind}", data)
                    try:
                        read(Path(tmp) / f"fuzz.{kind}", name=f"fuzz.{kind}")
                    except InputError:
                        refused += 1
                except Exception:
                    problem = "crash: " + traceback.format_exc(limit=3).strip().splitlines()[-1]
                if problem:
                    failures += 1
                    report(f"{kind} input {i}: {problem}\n  bytes: {data[:120]!r}")
        return failures, refused

    return run


# --- the store --------------------------------------------------------------------------------

def damage_store(rng: random.Random, folder: Path) -> str:
    """Damage one file of the store in ``folder``; what was done."""
    from kg.graph.diskstore import MANIFEST

    files = sorted(p for p in folder.iterdir() if p.is_file())
    victim = rng.choice(files)
    op = rng.randrange(6)
    if op == 0:
        victim.unlink()
    elif op == 1:
        (folder / f"{rng.randrange(10**6):06d}.sst").write_bytes(rng.randbytes(rng.randint(0, 4000)))
    elif (op == 2 and victim.name == MANIFEST) or op == 5:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        (folder / MANIFEST).write_text(json.dumps(mutate_json(rng, manifest), ensure_ascii=False), encoding="utf-8")
        return f"manifest edited (op {op})"
    else:
        victim.write_bytes(damage(rng, victim.read_bytes(), ops=6) if victim.stat().st_size else rng.randbytes(10))
    return f"{victim.name}: op {op}"


def check_store(folder: Path) -> str | None:
    from kg.errors import GraphError
    from kg.graph.diskstore import DiskStore, StoreUpdate

    try:
        rows = list(DiskStore.at(folder).select("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"))
        if not rows:
            return "a count with no row"
    except GraphError as exc:
        if not one_line(str(exc)):
            return f"not one line: {exc!r}"
    update = StoreUpdate(folder)
    try:
        if update.problem is not None and not one_line(update.problem):
            return f"not one line: {update.problem!r}"
    finally:
        update.abort()
    return None


def run_store(rng: random.Random, lines: list[str], count: int, report: Callable[[str], None]) -> tuple[int, int]:
    from kg.corpus.build import build

    failures = refused = 0
    with tempfile.TemporaryDirectory() as tmp:
        clean = Path(tmp) / "clean"
        build([next((ROOT / "seeds").glob("*.txt"))], clean, workers=1, page=False)
        for i in range(count):
            folder = Path(tmp) / f"store{i}"
            shutil.copytree(clean / "graph.db", folder)
            what = damage_store(rng, folder)
            try:
                problem = check_store(folder)
                from kg.graph.diskstore import changes, read_manifest

                manifest = read_manifest(folder)
                refused += manifest is None or changes(folder, manifest, hashes=True) is not None
            except Exception:
                problem = "crash: " + traceback.format_exc(limit=3).strip().splitlines()[-1]
            if problem:
                failures += 1
                report(f"store input {i} ({what}): {problem}")
            shutil.rmtree(folder, ignore_errors=True)
    return failures, refused


# --- what a cluster sends back ------------------------------------------------------------------

def scheduler_reply(rng: random.Random) -> bytes:
    import struct

    op = rng.randrange(4)
    if op == 0:
        return rng.randbytes(rng.randint(0, 64))
    if op == 1:
        return struct.pack("<QQ", rng.choice([0, 1, 2**20, 2**63, rng.getrandbits(64)]),
                           rng.choice([0, 1, 64, 65, rng.getrandbits(64)])) + rng.randbytes(rng.randint(0, 32))
    if op == 2:
        return b"HTTP/1.1 200 OK\r\n\r\n"
    return struct.pack("<QQQ", rng.randint(8, 2**20), rng.randint(1, 64), rng.randint(0, 2**20))


def check_probe(reply: bytes) -> str | None:
    import socket
    import threading

    from kg.corpus.distributed import probe_scheduler
    from kg.errors import ClusterError

    listener = socket.create_server(("127.0.0.1", 0))

    def answer() -> None:
        conn, _ = listener.accept()
        try:
            conn.sendall(reply)
        except OSError:
            pass
        conn.close()

    thread = threading.Thread(target=answer, daemon=True)
    thread.start()
    try:
        probe_scheduler(listener.getsockname(), "tcp://fuzz")
    except ClusterError as exc:
        return None if one_line(str(exc)) else f"not one line: {exc!r}"
    finally:
        thread.join(timeout=5)
        listener.close()
    return None


def task_reply(rng: random.Random, sound: bytes) -> object:
    import pickle

    op = rng.randrange(6)
    if op == 0:
        return damage(rng, sound, ops=6)
    if op == 1:
        return rng.randbytes(rng.randint(0, 200))
    if op == 2:
        return sound[:rng.randrange(len(sound))]
    if op == 3:
        return pickle.dumps(rng.choice([len, os.system, bytes, bytearray, {"a": 1}, (1, b"x"), print]),
                            protocol=rng.randint(0, 5))
    if op == 4:
        return rng.choice([None, 1, "字", [], ("a", b"b")])
    return sound


def check_task_reply(reply: object, mine: str) -> str | None:
    from kg.corpus.distributed import data_only_loads, read_reply
    from kg.errors import ClusterError

    try:
        read_reply(reply, mine)
    except ClusterError as exc:
        if not one_line(str(exc)):
            return f"not one line: {exc!r}"
    if isinstance(reply, bytes):
        try:
            value = data_only_loads(reply)
        except ClusterError as exc:
            return None if one_line(str(exc)) else f"not one line: {exc!r}"
        except Exception:  # not a pickle at all: the protocol's own error, caught by the build as one line
            return None
        if not (value in (bytes, bytearray) or isinstance(value, (bytes, bytearray, int, float, str, list, tuple, dict,
                                                                   type(None), bool))):
            return f"a pickle loaded {type(value).__name__}"
    return None


def run_scheduler(rng: random.Random, lines: list[str], count: int, report: Callable[[str], None]) -> tuple[int, int]:
    from kg.corpus.cache import _fingerprint
    from kg.corpus.distributed import extract_text

    mine = _fingerprint()
    sound = extract_text("a.txt", "发展数字经济\n\n一是加快建设数据中心。\n", "txt", ())
    failures = 0
    for i in range(count):
        probe = rng.random() < 0.1
        data: object = scheduler_reply(rng) if probe else task_reply(rng, sound)
        try:
            problem = check_probe(data) if probe and isinstance(data, bytes) else check_task_reply(data, mine)
        except Exception:
            problem = "crash: " + traceback.format_exc(limit=3).strip().splitlines()[-1]
        if problem:
            failures += 1
            report(f"scheduler input {i}: {problem}\n  data: {repr(data)[:120]}")
    return failures, 0


KINDS = {"text": (run_text, "refused with one line", 1), "cache": (run_cache, "misses with one warning", 1),
         "names": (run_names, "names the file system refused", 1),
         "pdf": (run_documents("pdf"), "refused with one line", 10), "docx": (run_documents("docx"), "refused with one line", 10),
         "store": (run_store, "found changed or damaged", 10), "scheduler": (run_scheduler, "every reply checked", 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000, help="inputs of each kind")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--kinds", default=",".join(KINDS))
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    args = parser.parse_args()
    lines = corpus_lines(args.corpus)
    total = 0
    for kind in args.kinds.split(","):
        run, what, share = KINDS[kind]
        start = time.perf_counter()
        count = max(1, args.count // share)  # a tenth for the kinds that fork a process or copy a store per input
        failures, other = run(random.Random(f"{args.seed}:{kind}"), lines, count,
                              lambda line: print(line, flush=True))
        total += failures
        print(f"{kind}: inputs run: {count} ({what}: {other}), failures: {failures}, seed {args.seed}, "
              f"{time.perf_counter() - start:.0f} s", flush=True)
    sys.exit(min(total, 100))


if __name__ == "__main__":
    main()
