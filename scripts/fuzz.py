"""Run many generated inputs through decoding, layout, extraction and the RDF writer.

    python scripts/fuzz.py [--count 10000] [--seed 1]

Inputs: random Unicode, policy-like fragments, pieces of the corpus (cut,
shuffled, mutated, re-encoded) and random bytes. Each must either decode and
extract, with every quote equal to the source between its offsets (line breaks
taken out) and N-Triples that parse, or be refused with one InputError line.
Prints the count and every failure; the exit code is the number of failures (max 100).
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
import traceback
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.errors import InputError  # noqa: E402
from kg.extract import extract_document  # noqa: E402
from kg.graph.rdf import document_ntriples  # noqa: E402
from kg.model import Source  # noqa: E402
from kg.text.layout import SPACES  # noqa: E402
from kg.text.sources import decode  # noqa: E402
from tests.strategies import PIECES  # noqa: E402

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    args = parser.parse_args()
    rng, lines = random.Random(args.seed), corpus_lines(args.corpus)
    failures, refused, start = 0, 0, time.perf_counter()
    for i in range(args.count):
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
            print(f"input {i}: {problem}\n  bytes: {data[:120]!r}", flush=True)
    seconds = time.perf_counter() - start
    print(f"inputs run: {args.count} (refused with one line: {refused}), failures: {failures}, "
          f"seed {args.seed}, {seconds:.0f} s")
    sys.exit(min(failures, 100))


if __name__ == "__main__":
    main()
