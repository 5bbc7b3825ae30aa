"""Word documents (.docx), read through python-docx.

Paragraphs and tables in document order; a first paragraph set as a title (centred, or
in the Title style) is the document's title, broken as print breaks a long one. Numbering that Word generates (the
list levels of numbering.xml, not typed into the text) is written out as Word
shows it: 一、 （一） 1. ①, continuing or restarting as the list definition says.
A table becomes one line per row, its cells separated by tabs, as tables appear
in the plain-text corpus. Page headers, footers and footnotes are not body text
and are left out.

>>> counted(12, "chineseCounting"), counted(3, "decimalEnclosedCircle"), counted(4, "upperRoman")
('十二', '③', 'IV')
>>> label("（%2）", [3, 7], ["chineseCounting", "chineseCounting"])
'（七）'
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field
from typing import Any

from kg.errors import InputError, said
from kg.text.formats import Extracted, title_lines

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an old .doc, or a .docx saved with a password
MAX_UNPACKED = 64 * 2**20
DIGITS = "〇一二三四五六七八九"
LEGAL = "零壹贰叁肆伍陆柒捌玖"
STEMS = "甲乙丙丁戊己庚辛壬癸"
BRANCHES = "子丑寅卯辰巳午未申酉戌亥"
ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
         (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def read(data: bytes, *, name: str) -> Extracted:
    """The text of a .docx body: one paragraph a line, Word's numbering written out, table rows tab-separated.

    >>> read(b"not a zip", name="x.docx")
    Traceback (most recent call last):
    kg.errors.InputError: x.docx: not a .docx (not a zip package)
    """
    import docx
    from docx.table import Table

    _check_package(data, name)
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises KeyError, ValueError, lxml errors on a damaged package
        raise InputError(f"{name}: not a readable .docx ({type(exc).__name__}: {said(exc)})") from None
    numbering = Numbering.of(document)
    lines: list[str] = []
    meta: list[tuple[str, str]] = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            lines += _table_rows(block)
            continue
        line = (numbering.label(block._p) + block.text.replace("\t", " ")).strip()
        if line and not lines and _is_title(block):
            meta.append(("title", "".join(line.split())))
            line = "\n".join(title_lines(part.strip()) for part in line.split("\n") if part.strip())
        if line:
            lines.append(line)
    return Extracted("\n".join(lines) + "\n", tuple(meta))


def _is_title(paragraph: Any) -> bool:
    """The first paragraph set as a title: centred, or in Word's Title or Heading 1 style."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    style = paragraph.style
    alignment = paragraph.alignment if paragraph.alignment is not None else style.paragraph_format.alignment
    return alignment == WD_ALIGN_PARAGRAPH.CENTER or (style.name or "").lower() in ("title", "heading 1")


def _check_package(data: bytes, name: str) -> None:
    if data.startswith(OLE):
        raise InputError(f"{name}: a password-protected Word file or an old .doc, not a .docx; "
                         f"save it from Word as .docx without a password")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            unpacked = sum(info.file_size for info in package.infolist())
    except zipfile.BadZipFile:
        raise InputError(f"{name}: not a .docx (not a zip package)") from None
    if unpacked > MAX_UNPACKED:
        raise InputError(f"{name}: unpacks to {unpacked / 2**20:.0f} MB, over the {MAX_UNPACKED // 2**20} MB limit")


def _table_rows(table: Any) -> list[str]:
    rows = []
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue  # a merged cell is listed once per grid column it spans
            seen.add(id(cell._tc))
            cells.append(" ".join(p.text.replace("\t", " ").strip() for p in cell.paragraphs if p.text.strip()))
        if any(cells):
            rows.append("\t".join(cells))
    return rows


@dataclass
class Level:
    """One level of a list definition (w:lvl)."""

    fmt: str = "decimal"
    text: str = ""
    start: int = 1
    restart: int | None = None  # w:lvlRestart: restart after a paragraph above this (1-based) level; 0 never
    suffix: str = "tab"
    legal: bool = False


@dataclass
class Numbering:
    """Word's list definitions and the running counters of every list."""

    levels: dict[str, dict[int, Level]] = field(default_factory=dict)  # abstractNumId → ilvl → Level
    nums: dict[str, tuple[str, dict[int, int]]] = field(default_factory=dict)  # numId → (abstractNumId, starts)
    styles: dict[str, tuple[str, int]] = field(default_factory=dict)  # styleId → (numId, ilvl)
    counters: dict[str, list[int | None]] = field(default_factory=dict)
    begun: set[str] = field(default_factory=set)

    @classmethod
    def of(cls, document: Any) -> Numbering:
        """The list definitions of a python-docx document and of its styles.

        >>> import docx
        >>> Numbering.of(docx.Document()).counters
        {}
        """
        numbering = cls()
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError):
            root = None
        if root is not None:
            for abstract in root.iter(f"{W}abstractNum"):
                numbering.levels[abstract.get(f"{W}abstractNumId")] = {
                    int(lvl.get(f"{W}ilvl", "0")): _level(lvl) for lvl in abstract.iter(f"{W}lvl")}
            for num in root.iter(f"{W}num"):
                ref = num.find(f"{W}abstractNumId")
                starts = {int(o.get(f"{W}ilvl", "0")): int(s.get(f"{W}val", "1"))
                          for o in num.iter(f"{W}lvlOverride") if (s := o.find(f"{W}startOverride")) is not None}
                if ref is not None:
                    numbering.nums[num.get(f"{W}numId")] = (ref.get(f"{W}val"), starts)
        for style in document.styles.element.iter(f"{W}style"):
            num_pr = style.find(f"{W}pPr/{W}numPr")
            if num_pr is not None and (num_id := _val(num_pr, "numId")):
                numbering.styles[style.get(f"{W}styleId")] = (num_id, int(_val(num_pr, "ilvl") or 0))
        return numbering

    def label(self, paragraph: Any) -> str:
        """The number Word shows before ``paragraph`` (a w:p element), counting it; '' when none.

        >>> import docx
        >>> document = docx.Document()
        >>> Numbering.of(document).label(document.add_paragraph("要加快建设港口。")._p)
        ''
        """
        num_id, ilvl = self._list_of(paragraph)
        if num_id is None or num_id not in self.nums:
            return ""
        abstract, starts = self.nums[num_id]
        levels = self.levels.get(abstract, {})
        if ilvl not in levels:
            return ""
        counts = self.counters.setdefault(abstract, [None] * 10)
        if num_id not in self.begun:
            self.begun.add(num_id)
            for level, start in starts.items():
                counts[level] = start - 1
        current = counts[ilvl]
        counts[ilvl] = levels[ilvl].start if current is None else current + 1
        for deeper, lvl in levels.items():
            if deeper > ilvl and ilvl < (deeper if lvl.restart is None else lvl.restart):
                counts[deeper] = None
        this = levels[ilvl]
        if this.fmt in ("bullet", "none"):
            return ""
        values = [c if c is not None else levels.get(i, Level()).start for i, c in enumerate(counts[:ilvl + 1])]
        formats = ["decimal" if this.legal else levels.get(i, Level()).fmt for i in range(ilvl + 1)]
        text = label(this.text, values, formats)
        if not text:
            return ""
        if this.suffix == "space" or (this.suffix == "tab" and text[-1].isalnum()):
            return text + " "
        return text

    def _list_of(self, paragraph: Any) -> tuple[str | None, int]:
        num_pr = paragraph.find(f"{W}pPr/{W}numPr")
        if num_pr is not None and (num_id := _val(num_pr, "numId")):
            return (None if num_id == "0" else num_id), int(_val(num_pr, "ilvl") or 0)
        style = paragraph.find(f"{W}pPr/{W}pStyle")
        if style is not None and style.get(f"{W}val") in self.styles:
            return self.styles[style.get(f"{W}val")]
        return None, 0


def _val(element: Any, child: str) -> str | None:
    found = element.find(f"{W}{child}")
    return None if found is None else found.get(f"{W}val")


def _level(lvl: Any) -> Level:
    restart = _val(lvl, "lvlRestart")
    return Level(fmt=_val(lvl, "numFmt") or "decimal", text=_val(lvl, "lvlText") or "",
                 start=int(_val(lvl, "start") or 1), restart=None if restart is None else int(restart),
                 suffix=_val(lvl, "suff") or "tab", legal=lvl.find(f"{W}isLgl") is not None)


def label(template: str, values: list[int], formats: list[str]) -> str:
    """A level's text (lvlText such as '%1、' or '%1.%2') with each %n the n-th level's number.

    >>> label("%1.%2", [3, 2], ["decimal", "decimal"]), label("%1、", [12], ["chineseCounting"])
    ('3.2', '十二、')
    """
    out = template
    for n in range(len(values), 0, -1):
        out = out.replace(f"%{n}", counted(values[n - 1], formats[n - 1]))
    return out


def counted(n: int, fmt: str) -> str:
    """``n`` written in a Word number format (ST_NumberFormat).

    >>> counted(12, "chineseCounting"), counted(3, "decimal")
    ('十二', '3')
    """
    if fmt in ("chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting",
               "taiwaneseCountingThousand", "koreanCounting"):
        return _chinese(n)
    if fmt == "ideographDigital":
        return "".join(DIGITS[int(d)] for d in str(n))
    if fmt == "chineseLegalSimplified":
        return _chinese(n).translate(str.maketrans(DIGITS[1:] + "十百千", LEGAL[1:] + "拾佰仟"))
    if fmt == "ideographTraditional":
        return STEMS[(n - 1) % 10]
    if fmt == "ideographZodiac":
        return BRANCHES[(n - 1) % 12]
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese") and 1 <= n <= 20:
        return chr(0x2460 + n - 1)
    if fmt == "decimalEnclosedParen" and 1 <= n <= 20:
        return chr(0x2474 + n - 1)
    if fmt == "decimalEnclosedFullstop" and 1 <= n <= 20:
        return chr(0x2488 + n - 1)
    if fmt in ("decimalFullWidth", "decimalFullWidth2"):
        return str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt in ("upperLetter", "lowerLetter"):
        letter = chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return letter if fmt == "upperLetter" else letter.lower()
    if fmt in ("upperRoman", "lowerRoman"):
        roman = _roman(n)
        return roman if fmt == "upperRoman" else roman.lower()
    return str(n)


def _chinese(n: int) -> str:
    """一 … 十 十一 … 二十 … 一百零一 … 九千九百九十九."""
    if n <= 0 or n >= 10000:
        return str(n)
    out, zero = "", False
    for unit, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = n // unit % 10
        if digit == 0:
            zero = bool(out)
            continue
        if zero:
            out += "零"
            zero = False
        out += ("" if unit == 10 and digit == 1 and not out else DIGITS[digit]) + name
    return out


def _roman(n: int) -> str:
    out = ""
    for value, numeral in ROMAN:
        while n >= value:
            out, n = out + numeral, n - value
    return out
