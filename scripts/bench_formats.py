"""PDF, Word and web-page reading over a corpus folder: fidelity against the .txt, and speed.

    python scripts/bench_formats.py [FOLDER] [--limit N]

Every .txt of FOLDER (default: ../shared/corpus/state_council_2018_2019) is made into a gazette
PDF (running header, footer, page numbers), a .docx with Word-generated numbering and a page in
gov.cn's layout, by the makers the tests use (tests/documents.py). Each file is then read back
and compared with the .txt: the text line by line, and the goals and measures extracted from it.
reportlab's built-in Chinese font has no glyph for · and • and sets a run of spaces as one
space, so each text is first put in the form every maker can render (those marks dropped, runs of
spaces made one), and that form is the .txt the files are compared with. Times are the reading
alone (bytes to text), against decoding the .txt.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.extract import extract_document  # noqa: E402
from kg.model import Source  # noqa: E402
from kg.text.formats import read_document, title_lines  # noqa: E402
from kg.text.sources import decode  # noqa: E402
from tests import documents as make  # noqa: E402

FORMATS = ("pdf", "docx", "html")
UNRENDERED = re.compile(r"[·•]")
SPACES = re.compile(r"(?<=\S)[ \u3000]+(?=\S)")


def renderable(text: str) -> str:
    """The text as every maker can render it."""
    return "\n".join(SPACES.sub(" ", UNRENDERED.sub("", line)).strip(" \u3000") for line in text.splitlines()) + "\n"


def build_file(fmt: str, text: str, path: Path) -> Path:
    if fmt == "pdf":
        return make.official_pdf(text, path)
    if fmt == "docx":
        return make.numbered_docx(text, path)
    title, number, _ = make.split_official(text)
    meta = {"标　　题": "".join(title), "发文字号": number or "", "发文机关": "国务院"}
    return make.govcn_html(text, path, meta=meta)


def expected_lines(fmt: str, text: str) -> list[str]:
    """The .txt's lines as the file should give them: a web page's title (one line in the page, broken
    evenly when long), its 文号 in the table."""
    if fmt != "html":
        return [line for line in text.splitlines() if line.strip()]
    title, _, body = make.split_official(text)
    return [*title_lines("".join(title)).split("\n"), *body]


def statements(source: Source) -> list[tuple[str, str]]:
    return [(str(s.kind), s.label) for a in extract_document(source).articles for s in a.statements]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path,
                        default=ROOT.parent / "shared" / "corpus" / "state_council_2018_2019")
    parser.add_argument("--limit", type=int, default=0)
    args = parser.parse_args()
    texts = sorted(args.folder.glob("*.txt"))[: args.limit or None]
    rows = {fmt: {"text": 0, "facts": 0, "furniture": 0, "seconds": 0.0, "chars": 0} for fmt in ("txt", *FORMATS)}
    furniture = (make.PDF_HEADER, make.PDF_FOOTER, "— 2 —", "首页>", "分享到", "京ICP备", "_中国政府网")
    extraction = 0.0
    misses: list[str] = []
    differ: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for path in texts:
            data = path.read_bytes()
            start = time.perf_counter()
            text = decode(data, name=path.name)
            rows["txt"]["seconds"] += time.perf_counter() - start
            text = renderable(text)
            rows["txt"]["chars"] += len(text)
            start = time.perf_counter()
            want = statements(Source(path.name, text))
            extraction += time.perf_counter() - start
            for fmt in FORMATS:
                made = build_file(fmt, text, Path(tmp) / f"doc.{fmt}").read_bytes()
                start = time.perf_counter()
                source = read_document(made, name=f"{path.stem}.{fmt}")
                row = rows[fmt]
                row["seconds"] += time.perf_counter() - start
                row["chars"] += len(source.text)
                same_text = source.text.splitlines() == expected_lines(fmt, text)
                row["text"] += same_text
                same_facts = statements(source) == want
                row["facts"] += same_facts
                if not same_facts:
                    differ.append(f"{fmt}: {path.name}")
                row["furniture"] += any(f in source.text for f in furniture)
                if not same_text:
                    misses.append(f"{fmt}: {path.name}")
    print(f"{len(texts)} documents from {args.folder}\n")
    print("| format | same text as .txt | same goals and measures | furniture left in the text | read time | characters/s | × .txt |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    base = rows["txt"]["seconds"] or 1e-9
    for fmt, row in rows.items():
        same = "—" if fmt == "txt" else f"{row['text']}/{len(texts)}"
        facts = "—" if fmt == "txt" else f"{row['facts']}/{len(texts)}"
        left = "—" if fmt == "txt" else f"{row['furniture']}/{len(texts)}"
        rate = row["chars"] / row["seconds"] if row["seconds"] else 0
        print(f"| {fmt} | {same} | {facts} | {left} | {row['seconds']:.2f} s | {rate:,.0f} | {row['seconds'] / base:,.0f} |")
    print(f"\nExtracting goals, measures and concepts from the same texts took {extraction:.2f} s: reading a PDF "
          f"adds {rows['pdf']['seconds'] / extraction:.0%} to a build, a .docx {rows['docx']['seconds'] / extraction:.0%}, "
          f"a web page {rows['html']['seconds'] / extraction:.0%}.")
    if misses:
        print("\ntext differs:", *misses, sep="\n  ")
    if differ:
        print("\ngoals or measures differ:", *differ, sep="\n  ")


if __name__ == "__main__":
    main()
