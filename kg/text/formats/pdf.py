"""PDF with a text layer, read through pdfplumber (pdfminer.six underneath).

Characters are grouped into lines by their position on the page. Running headers,
footers and page numbers (—3—, - 3 -, 第3页) are dropped: a line at the top or bottom
of a page that is a page number, or that recurs on other pages at the same place.
Columns are read in order (left column, then right), with a headline that spans them
first. A line that runs to the right edge of its column continues in the next line
unless that one is indented or set apart, so a paragraph comes out as one line; any
break left over is joined by the layout stage, as on a newspaper page.

>>> lines = [_Line("一、总体要求", 96, 168, 100, 112, 12, 72, 523),
...          _Line("（一）指导思想。以习近平新时代中国特色社会主义思想为指导，全面贯彻党", 96, 522, 120, 132, 12, 72, 523),
...          _Line("的十九大精神。", 72, 156, 140, 152, 12, 72, 523)]
>>> paragraphs(lines)
['一、总体要求', '（一）指导思想。以习近平新时代中国特色社会主义思想为指导，全面贯彻党的十九大精神。']
"""

from __future__ import annotations

import io
import itertools
import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from kg.errors import InputError, said
from kg.text.formats import Extracted

PAGE_NUMBER = re.compile(
    r"^(?:[-—–―－~～·•\s]*\d{1,4}[-—–―－~～·•\s]*|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|"
    r"\d{1,4}\s*/\s*\d{1,4}|(?:page|p\.)\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$", re.IGNORECASE)
OCR_HINT = "run OCR on it first, e.g. ocrmypdf -l chi_sim+eng {name} ocr.pdf, then build ocr.pdf"
ASCII_WORD = re.compile(r"[A-Za-z0-9]")


@dataclass(frozen=True)
class _Segment:
    """A run of characters on one line of a page, with its box (points, top-down)."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float


@dataclass(frozen=True)
class _Line:
    """A line in reading order, with the left and right edges of the column it stands in."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    left: float
    right: float
    page: int = 0


def read(data: bytes, *, name: str) -> Extracted:
    """The text of a PDF's text layer, one paragraph a line.

    >>> read(b"%PDF-1.4 not really", name="x.pdf")
    Traceback (most recent call last):
    kg.errors.InputError: x.pdf: not a readable PDF (No /Root object! - Is this really a PDF?)
    """
    pages = _pages(data, name)
    lines = _reading_order(_drop_furniture(pages))
    return Extracted("\n".join(paragraphs(lines)) + "\n")


MAX_PAGES = 2000  # pages of one document: about ten times the longest report


def _more_pages_than(pdf: Any, limit: int) -> bool:
    """Whether the PDF's page tree holds more than ``limit`` pages (counted, not taken from its /Count)."""
    from pdfminer.pdfpage import PDFPage

    return next(itertools.islice(PDFPage.create_pages(pdf.doc), limit, None), None) is not None


def _pages(data: bytes, name: str) -> list[list[list[_Segment]]]:
    """Per page, its rows of segments (top to bottom); errors as one line."""
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect
    from pdfplumber.utils.exceptions import PdfminerException

    try:
        pdf = pdfplumber.open(io.BytesIO(data))
        if _more_pages_than(pdf, MAX_PAGES):  # left unclosed: closing reads every page
            raise InputError(f"{name}: more than {MAX_PAGES} pages, the limit for one document; split it")
        with pdf:
            chars = [[c for c in page.chars if c.get("upright", True) and c["size"] > 0] for page in pdf.pages]
    except InputError:
        raise
    except PdfminerException as exc:
        cause = exc.args[0] if exc.args else exc
        if isinstance(cause, PDFPasswordIncorrect):
            raise InputError(f"{name}: the PDF is password-protected; save an unprotected copy "
                             f"(e.g. qpdf --password=… --decrypt {name} open.pdf) and build that") from None
        raise InputError(f"{name}: not a readable PDF ({said(cause) or type(cause).__name__})") from None
    except Exception as exc:  # pdfminer raises many kinds on a damaged file
        raise InputError(f"{name}: not a readable PDF ({type(exc).__name__}: {said(exc)})") from None
    visible = [c for page in chars for c in page if c["text"].strip()]
    if not visible:
        raise InputError(f"{name}: the PDF has no text layer (scanned pages?); {OCR_HINT.format(name=name)}")
    if sum(c["text"].startswith("(cid:") for c in visible) > len(visible) / 3:
        raise InputError(f"{name}: the PDF's fonts give no readable text; {OCR_HINT.format(name=name)}")
    return [_rows(page) for page in chars]


def _rows(chars: list[dict[str, Any]]) -> list[list[_Segment]]:
    """Characters grouped into rows by height, each row cut into segments at wide gaps."""
    rows: list[list[dict[str, Any]]] = []
    for c in sorted(chars, key=lambda c: (c["top"], c["x0"])):
        middle = (c["top"] + c["bottom"]) / 2
        if rows and rows[-1][0]["top"] <= middle <= rows[-1][0]["bottom"]:
            rows[-1].append(c)
        else:
            rows.append([c])
    out = []
    for row in rows:
        segments = _segments(sorted(row, key=lambda c: c["x0"]))
        if segments:
            out.append(segments)
    return out


def _segments(chars: list[dict[str, Any]]) -> list[_Segment]:
    size = max(c["size"] for c in chars)
    out: list[_Segment] = []
    run: list[dict[str, Any]] = []
    for c in chars:
        if run and c["x0"] - run[-1]["x1"] > 1.5 * size:
            out.append(_segment(run))
            run = []
        if c["text"].strip() or run:
            run.append(c)
    if run:
        out.append(_segment(run))
    return [s for s in out if s.text]


def _segment(chars: list[dict[str, Any]]) -> _Segment:
    """A run's text: its characters, spaces as the PDF has them, and a space where a wide gap
    stands between two characters that have none (words a PDF places one by one)."""
    while chars and not chars[-1]["text"].strip():
        chars = chars[:-1]
    kept = [c for c in chars if c["text"].strip()]
    if not kept:
        return _Segment("", 0, 0, 0, 0, 0)
    size = statistics.median(c["size"] for c in kept)
    text = chars[0]["text"]
    for prev, c in itertools.pairwise(chars):
        gap = c["x0"] - prev["x1"]
        if prev["text"].strip() and c["text"].strip():
            text += _space(prev["text"], c["text"], gap, size)
        text += c["text"]
    return _Segment(text, kept[0]["x0"], max(c["x1"] for c in kept), min(c["top"] for c in kept),
                    max(c["bottom"] for c in kept), size)


def _drop_furniture(pages: list[list[list[_Segment]]]) -> list[list[_Segment]]:
    """Every page's segments without its running header, footer and page number: in the rows set
    apart from the body at the top and bottom of a page, a page number, a text (numbers aside) that
    recurs at the same height on other pages, or a short line in a smaller type than the body's."""
    gaps = [b[0].top - a[0].bottom for rows in pages for a, b in itertools.pairwise(rows)]
    sizes = [s.size for rows in pages for row in rows for s in row]
    if not gaps:
        return [[s for row in rows for s in row] for rows in pages]
    body = statistics.median(sizes)
    wide = max(1.8 * statistics.median(gaps), statistics.median(gaps) + 0.6 * body)
    edges = [_edge_rows(rows, wide) for rows in pages]
    places = _places(edges)
    out = []
    for rows, edge in zip(pages, edges, strict=True):
        furniture = {i for row in edge for i in _furniture(row, places, body)}
        out.append([s for row in rows for s in row if id(s) not in furniture])
    return out


def _places(edges: list[list[list[_Segment]]]) -> dict[str, list[tuple[int, float]]]:
    """Where each text of the pages' top and bottom rows stands: (page, height) by its text, numbers aside."""
    places: dict[str, list[tuple[int, float]]] = {}
    for i, rows in enumerate(edges):
        for s in (s for row in rows for s in row):
            places.setdefault(_key(s), []).append((i, s.top))
    return places


def _furniture(row: list[_Segment], places: dict[str, list[tuple[int, float]]], body: float) -> set[int]:
    """The ids of a top or bottom row's segments that are header, footer or page number; a page number
    may be set in pieces (—, 3, —) beside a footer."""
    marked = {id(s) for s in row if _recurs(s, places) or (s.size < 0.85 * body and len(s.text) <= 30)}
    rest = [s for s in row if id(s) not in marked]
    if rest and PAGE_NUMBER.match(" ".join(s.text for s in rest)):
        return marked | {id(s) for s in rest}
    return marked | {id(s) for s in rest if PAGE_NUMBER.match(s.text.strip())}


def _edge_rows(rows: list[list[_Segment]], wide: float, depth: int = 3) -> list[list[_Segment]]:
    """The rows at the top and at the bottom of a page that a gap wider than ``wide`` sets apart."""
    gaps = [b[0].top - a[0].bottom for a, b in itertools.pairwise(rows)]
    top = next((i + 1 for i, gap in enumerate(gaps[:depth]) if gap > wide), 0)
    bottom = next((i + 1 for i, gap in enumerate(reversed(gaps[-depth:])) if gap > wide), 0)
    if top + bottom > len(rows):
        bottom = 0
    return rows[:top] + (rows[-bottom:] if bottom else [])


def _space(before: str, after: str, gap: float, size: float) -> str:
    """The space a gap between two characters stands for: between Chinese characters an ideographic
    space per em, between letters or digits one space.

    >>> _space("总", "则", 24.5, 12), _space("5", "G", 3, 12), _space("加", "快", 1, 12)
    ('\u3000\u3000', ' ', '')
    """
    if ASCII_WORD.match(before) or ASCII_WORD.match(after):
        return " " if gap > (0.15 if ASCII_WORD.match(before) and ASCII_WORD.match(after) else 0.3) * size else ""
    return "\u3000" * round(gap / size) if gap > 0.5 * size else ""


def _key(segment: _Segment) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", segment.text))


def _recurs(segment: _Segment, places: dict[str, list[tuple[int, float]]]) -> bool:
    """The same text (page numbers aside) at the same height on another page."""
    pages = {page for page, top in places[_key(segment)] if abs(top - segment.top) < 2 * segment.size}
    return len(pages) >= 2


def _reading_order(pages: list[list[_Segment]]) -> list[_Line]:
    """Every page's lines in reading order. Pages in one column share the document's margins (a page of
    a few lines has too few to tell); a page in columns has each column's own."""
    gutters = [_gutters(segments) if segments else [] for segments in pages]
    single = [s for segments, g in zip(pages, gutters, strict=True) if not g for s in segments]
    margins = _edges(single) if single else (0.0, 0.0)
    return [replace(line, page=i) for i, (segments, g) in enumerate(zip(pages, gutters, strict=True))
            for line in _page_lines(segments, g, margins)]


def _page_lines(segments: list[_Segment], gutters: list[float], margins: tuple[float, float]) -> list[_Line]:
    """One page's lines in reading order: spanning lines in place, columns left to right."""
    if not gutters:
        return _lines(segments, *margins)
    page_edges = _edges(segments)
    bounds = [page_edges[0], *gutters, page_edges[1]]

    def column(s: _Segment) -> int:
        return sum(s.x0 >= g for g in gutters)

    spanning = {id(s) for s in segments if any(s.x0 < g < s.x1 for g in gutters)}
    edges = {}
    for i in range(len(bounds) - 1):
        inside = [s for s in segments if id(s) not in spanning and column(s) == i]
        edges[i] = _edges(inside) if inside else (bounds[i], bounds[i + 1])
    out: list[_Line] = []
    band: list[_Segment] = []
    for s in sorted(segments, key=lambda s: (s.top, s.x0)):
        if id(s) in spanning:
            out += _band(band, column, edges)
            out += _lines([s], *page_edges)
            band = []
        else:
            band.append(s)
    return out + _band(band, column, edges)


def _edges(segments: Sequence[_Segment]) -> tuple[float, float]:
    """The left and right edges of a text block. The right one is where most long lines end: a line
    of full-width characters may stop short of the margin that a line with narrow digits reaches."""
    size = statistics.median(s.size for s in segments)
    right = max(s.x1 for s in segments)
    return min(s.x0 for s in segments), statistics.median(s.x1 for s in segments if s.x1 >= right - 3 * size)


def _band(band: list[_Segment], column: Any, edges: dict[int, tuple[float, float]]) -> list[_Line]:
    out = []
    for i in sorted({column(s) for s in band}):
        out += _lines([s for s in band if column(s) == i], *edges[i])
    return out


def _gutters(segments: list[_Segment]) -> list[float]:
    """The x positions of the gaps between text columns: runs of the page that no text line
    crosses, with lines of prose side by side on both sides."""
    size = statistics.median(s.size for s in segments)
    start, end = min(s.x0 for s in segments), max(s.x1 for s in segments)
    narrow = [s for s in segments if s.x1 - s.x0 < 0.6 * (end - start)]
    if len(narrow) < 6:
        return []
    cover = [0] * (int(end - start) + 2)
    for s in narrow:
        for x in range(int(s.x0 - start), int(s.x1 - start) + 1):
            cover[x] += 1
    limit = max(1, len(narrow) // 20)
    gutters, run = [], None
    for x, count in enumerate(cover):
        if count <= limit and run is None:
            run = x
        elif count > limit and run is not None:
            if x - run >= size and run > 0:
                gutters.append(start + (run + x) / 2)
            run = None
    return [g for g in gutters if _columns_beside(g, narrow, size)]


def _columns_beside(gutter: float, narrow: list[_Segment], size: float) -> bool:
    left = [s for s in narrow if s.x1 <= gutter]
    right = [s for s in narrow if s.x0 >= gutter]
    prose_left = [s for s in left if s.x1 - s.x0 >= 6 * size]
    prose_right = [s for s in right if s.x1 - s.x0 >= 6 * size]
    beside = sum(any(min(a.bottom, b.bottom) > max(a.top, b.top) for a in prose_left) for b in prose_right)
    return len(prose_left) >= 3 and len(prose_right) >= 3 and beside >= 2


def _lines(segments: Sequence[_Segment], left: float, right: float) -> list[_Line]:
    """Segments that share a height as one line (cells of a table row joined by tabs)."""
    rows: list[list[_Segment]] = []
    for s in sorted(segments, key=lambda s: (s.top, s.x0)):
        if rows and min(rows[-1][0].bottom, s.bottom) - max(rows[-1][0].top, s.top) > 0.5 * s.size:
            rows[-1].append(s)
        else:
            rows.append([s])
    out = []
    for row in rows:
        row.sort(key=lambda s: s.x0)
        out.append(_Line("\t".join(s.text for s in row), row[0].x0, row[-1].x1, min(s.top for s in row),
                         max(s.bottom for s in row), max(s.size for s in row), left, right))
    return out


def paragraphs(lines: Sequence[_Line]) -> list[str]:
    """Lines joined into paragraphs: a line that runs to its column's right edge goes on in the next,
    unless the next is indented, set apart, in another size or a table row.

    >>> paragraphs([])
    []
    """
    out: list[str] = []
    pitch = _pitch(lines)
    prev: _Line | None = None
    for line in lines:
        if prev is not None and _continues(prev, line, pitch):
            out[-1] += " " + line.text if _ascii_seam(out[-1], line.text) else line.text
        else:
            out.append(line.text)
        prev = line
    return out


def _pitch(lines: Sequence[_Line]) -> float | None:
    steps = [b.top - a.top for a, b in itertools.pairwise(lines)
             if a.page == b.page and a.left == b.left and 0 < b.top - a.top < 4 * a.size]
    return statistics.median(steps) if steps else None


def _continues(a: _Line, b: _Line, pitch: float | None) -> bool:
    if "\t" in a.text or "\t" in b.text or abs(a.size - b.size) > 0.2 * a.size:
        return False
    full = a.x1 >= a.right - 2 * a.size
    indented = b.x0 > b.left + 0.8 * b.size
    apart = (pitch is not None and a.page == b.page and b.top > a.top and b.top - a.top > 1.5 * pitch)
    return full and not indented and not apart


def _ascii_seam(before: str, after: str) -> bool:
    return bool(before and after and ASCII_WORD.match(before[-1]) and ASCII_WORD.match(after[0]))
