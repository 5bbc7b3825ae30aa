#!/usr/bin/env python3
"""Write ontology/termstats.tsv: the noun phrases of the policy corpus and how many documents use each.

    python scripts/make_termstats.py [--shared ../shared]

Every document of ``shared/corpus`` except the development set's (the sources
the gold files of ``shared/gold/dev`` name) is laid out, and each clause of its
outline is cut into noun phrases by :func:`kg.extract.terms.chunks`, the same
function extraction uses. A phrase counts once per document, as a whole chunk
and without an attribute noun at its end (职业院校助学金覆盖面 counts as
职业院校助学金); the third column counts the documents in which it is a whole
chunk, the fourth those in which it stands before such a noun, so a phrase the
corpus uses only before an activity noun (经济社会|发展) can be told from one it
names things by. Two things joined by 和, 及 or 与 are counted as well, as the one-word phrase before the
conjunction, the conjunction and the first word after it (国防和军队): whole where that word is all of the
phrase after the conjunction, before a noun where more words follow it (国防和军队|建设), so a pair the corpus
names only as the opening of a longer name can be told from two things listed. Phrases of two documents or more are
written, sorted, so the file is the same for the same corpus and code. Extraction reads it through
:func:`kg.text.segment.term_statistics` to decide whether a phrase names one
thing or two (:func:`kg.extract.units.units`).
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.extract.terms import MODIFIER_TAGS, TAILS, Chunk, chunks  # noqa: E402
from kg.model import Source  # noqa: E402
from kg.text.layout import layout  # noqa: E402
from kg.text.normalize import matching_text  # noqa: E402
from kg.text.outline import outline  # noqa: E402
from kg.text.segment import segmenter  # noqa: E402

MIN_DOCUMENTS = 2
QUOTES = str.maketrans("", "", "“”‘’\"")
JOINS = ("和", "及", "与")


def phrases(text: str) -> tuple[set[str], set[str], set[str]]:
    """The noun phrases one document uses, each once; those it uses as whole chunks; those it uses before an attribute
    or activity noun."""
    tag = segmenter().tag
    out: set[str] = set()
    whole: set[str] = set()
    before: set[str] = set()
    for article in layout(Source("doc.txt", matching_text(text))).articles:
        for block in outline(article).blocks:
            for sentence in ((block.heading,) if block.heading else ()) + block.sentences:
                for clause in sentence.clauses:
                    text = clause.text.translate(QUOTES)
                    found = chunks(tag(text))
                    for pair, more in joined_pairs(text, found):
                        out.add(pair)
                        (before if more else whole).add(pair)
                    for chunk in found:
                        words = list(chunk.words)
                        out.add("".join(words))
                        whole.add("".join(words))
                        if len(words) >= 2 and words[-1] in TAILS:
                            out.add("".join(words[:-1]))
                            before.add("".join(words[:-1]))
    return out, whole, before


def joined_pairs(text: str, found: list[Chunk]) -> list[tuple[str, bool]]:
    """Each one-word phrase joined by 和, 及 or 与 to the phrase after it, as the pair of it and that phrase's first
    word (国防和军队), and whether more words follow in that phrase (国防和军队|建设)."""
    out = []
    for a, b in itertools.pairwise(found):
        if (text[a.end:b.start] in JOINS and len(a.words) == 1 and len(a.text) >= 2
                and b.tags[0] not in MODIFIER_TAGS):
            out.append((a.text + text[a.end:b.start] + b.words[0], len(b.words) > 1))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    a = ap.parse_args(argv)
    dev = {json.loads(p.read_text(encoding="utf-8"))["source"] for p in (a.shared / "gold" / "dev").glob("*.json")}
    files = sorted(p for p in (a.shared / "corpus").rglob("*.txt") if p.name != "README.md")
    counts: Counter[str] = Counter()
    wholes: Counter[str] = Counter()
    befores: Counter[str] = Counter()
    used = 0
    for path in files:
        if str(path.relative_to(a.shared)) in dev:
            continue
        found, whole, before = phrases(path.read_text(encoding="utf-8"))
        counts.update(found)
        wholes.update(whole)
        befores.update(before)
        used += 1
    rows = sorted((p, n) for p, n in counts.items() if n >= MIN_DOCUMENTS and len(p) >= 2)
    header = (f"# Noun phrases of {used} documents of the policy corpus (shared/corpus without the development set),\n"
              f"# with the number of documents each stands in as a phrase of its own, the number it is a whole noun\n"
              f"# phrase in, and the number it stands in before an attribute or activity noun; made by\n"
              f"# scripts/make_termstats.py.\n")
    lines = "".join(f"{p}\t{n}\t{wholes[p]}\t{befores[p]}\n" for p, n in rows)
    (ROOT / "ontology" / "termstats.tsv").write_text(header + lines, encoding="utf-8")
    print(f"{len(rows)} phrases of {used} documents")
    return 0


if __name__ == "__main__":
    sys.exit(main())
