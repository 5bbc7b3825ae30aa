"""Reading input: files and folders into decoded :class:`~kg.model.Source` records.

Encodings tried in order: a BOM (UTF-8, UTF-16), UTF-8, UTF-16 without BOM
(detected by its NUL pattern), then the legacy East Asian encodings
(GB18030, Big5, Shift-JIS, EUC-JP, EUC-KR). Their byte ranges overlap, so
bytes that are not UTF-8 are decoded under each and the reading whose
letters are most often common characters wins (see :func:`reading_score`):
Big5 gives traditional characters, which the extractor reads as it reads
any traditional text; Japanese or Korean text, or bytes that read as no
Chinese text, are refused with one line, never turned into mojibake.

>>> decode("制造业".encode("gb18030"), name="x.txt")
'制造业'
>>> decode("製造業".encode("big5"), name="x.txt")
'製造業'
"""

from __future__ import annotations

import codecs
import os
import stat
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.errors import InputError, shown
from kg.model import Source
from kg.text.formats import SUFFIXES as DOCUMENT_SUFFIXES
from kg.text.formats import format_of, read_document

SUFFIXES = (".txt", *DOCUMENT_SUFFIXES)
LEGACY = {"gb18030": "GB18030", "big5": "Big5", "cp950": "Big5 (cp950)", "big5hkscs": "Big5-HKSCS",
          "cp932": "Shift-JIS", "euc_jp": "EUC-JP", "cp949": "EUC-KR"}  # in order of preference on a tie
CHINESE = ("gb18030", "big5", "cp950", "big5hkscs")
COMMON_CHARACTERS = 1500  # the commonest characters of jieba's dictionary, in simplified and traditional form
SCORED_CHARACTERS = 20_000  # letters of a reading scored; enough to tell, quick on a long file
MIN_SCORE = 0.5  # a Chinese reading has about nine letters in ten among the common ones (README)
FOREIGN = 0.05  # share of kana or hangul that makes a reading Japanese or Korean
MARGIN = 0.25  # how much more plausible a Japanese or Korean reading must be to win over a Chinese one


def decode(data: bytes, *, name: str) -> str:
    """Decode bytes of a text file; raise :class:`InputError` when that is impossible.

    >>> decode(codecs.BOM_UTF8 + "一是".encode(), name="a.txt")
    '一是'
    >>> decode("二是".encode("utf-16"), name="b.txt")
    '二是'
    >>> decode("日本国憲法は国民主権を基本原則としています".encode("shift_jis"), name="c.txt")
    Traceback (most recent call last):
    kg.errors.InputError: c.txt: reads as Japanese (Shift-JIS), not Chinese text: refused
    """
    text = _decode(data, name)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _looks_binary(text):
        raise InputError(f"{name}: binary file, not text")
    if not text.strip():
        raise InputError(f"{name}: empty file")
    return text


def _decode(data: bytes, name: str) -> str:
    if not data.strip():
        raise InputError(f"{name}: empty file")
    for bom, enc in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                     (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return _strict(data[len(bom):], enc, name)
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _strict(data, utf16, name)
    if b"\x00" in data:
        raise InputError(f"{name}: binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return _legacy(data, name)


@dataclass(frozen=True)
class Score:
    """How a reading of some bytes looks: the shares of its letters that are common Chinese
    characters, kana and hangul."""

    common: float
    kana: float
    hangul: float

    @property
    def plausible(self) -> float:
        """The share of letters a Chinese, Japanese or Korean reader would expect.

        >>> Score(0.9, 0.05, 0.0).plausible
        0.9500000000000001
        """
        return self.common + self.kana + self.hangul

    @property
    def chinese(self) -> bool:
        """Chinese text: common characters, hardly any kana or hangul.

        >>> reading_score("加快发展数字经济").chinese
        True
        """
        return self.kana < FOREIGN and self.hangul < FOREIGN and self.common >= MIN_SCORE


def reading_score(text: str) -> Score:
    """Shares among the letters of ``text`` (punctuation, symbols, spaces and ASCII not counted).

    >>> reading_score("加快发展数字经济。")
    Score(common=1.0, kana=0.0, hangul=0.0)
    >>> reading_score("加快发展数字经济".encode("gb18030").decode("cp950"))  # GB18030 bytes read as Big5
    Score(common=0.25, kana=0.0, hangul=0.0)
    """
    common, kana, hangul, letters = common_characters(), 0, 0, 0
    hanzi = 0
    for ch in text[:SCORED_CHARACTERS]:
        if ch.isascii() or ch.isspace() or unicodedata.category(ch)[0] in "PSZ":
            continue
        letters += 1
        if "\u3040" <= ch <= "\u30ff":
            kana += 1
        elif "\uac00" <= ch <= "\ud7a3":
            hangul += 1
        elif ch in common:
            hanzi += 1
    if not letters:
        return Score(0.0, 0.0, 0.0)
    return Score(hanzi / letters, kana / letters, hangul / letters)


@lru_cache(maxsize=1)
def common_characters() -> frozenset[str]:
    """The commonest Chinese characters, weighted by the word frequencies of jieba's dictionary,
    in simplified and traditional form.

    >>> {"的", "發"} <= common_characters()
    True
    """
    from opencc import OpenCC

    from kg.text.segment import dictionary_lines

    counts: dict[str, int] = {}
    for line in dictionary_lines():
        word, freq, *_ = line.split(" ")
        for ch in word:
            if "\u4e00" <= ch <= "\u9fff":
                counts[ch] = counts.get(ch, 0) + int(freq)
    top = "".join(sorted(counts, key=lambda c: (-counts[c], c))[:COMMON_CHARACTERS])
    return frozenset(top) | frozenset(OpenCC("s2t").convert(top))


def _legacy(data: bytes, name: str) -> str:
    """The Chinese reading of non-UTF-8 bytes that scores best, unless a Japanese or Korean reading
    is clearly more plausible (by ``MARGIN``) or no reading is Chinese at all."""
    readings = []
    for rank, encoding in enumerate(LEGACY):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        readings.append((reading_score(text), -rank, encoding, text))
    if not readings:
        raise InputError(f"{name}: cannot decode as UTF-8, GB18030/GBK, Big5 or UTF-16")
    likeliest = max(readings, key=lambda r: (round(r[0].plausible, 2), r[1]))
    chinese = [r for r in readings if r[2] in CHINESE and r[0].chinese]
    if chinese:
        score, _, encoding, text = max(chinese, key=lambda r: (round(r[0].common, 2), r[1]))
        if score.common >= likeliest[0].plausible - MARGIN:
            return text
    score, encoding = likeliest[0], likeliest[2]
    if score.kana >= FOREIGN:
        raise InputError(f"{name}: reads as Japanese ({LEGACY[encoding]}), not Chinese text: refused")
    if score.hangul >= FOREIGN:
        raise InputError(f"{name}: reads as Korean ({LEGACY[encoding]}), not Chinese text: refused")
    raise InputError(f"{name}: not Chinese text: no reading as UTF-8, GB18030, Big5 or UTF-16 gives common "
                     f"characters (best: {LEGACY[encoding]}, {score.common:.0%} of letters)")


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: invalid {encoding} at byte {exc.start}") from None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a BOM: the byte order under which the text reads as Chinese or ASCII text."""
    if len(data) < 4 or len(data) % 2 or b"\x00" not in data:
        return None
    best, best_score = None, 0.9
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        score = sum(1 for ch in text[:4096] if _plain(ch)) / min(len(text), 4096)
        if score > best_score:
            best, best_score = encoding, score
    return best


def _plain(ch: str) -> bool:
    code = ord(ch)
    return (0x20 <= code < 0x7F or ch in "\n\t" or 0x4E00 <= code <= 0x9FFF or 0x3000 <= code <= 0x303F
            or 0xFF00 <= code <= 0xFFEF or 0x2010 <= code <= 0x206F)


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    bad = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\n\t\f\v") or ch == "\ufffd")
    return bad > max(2, len(sample) // 100)


def expand(paths: Iterable[Path]) -> list[Path]:
    """Files named, and the .txt files under folders named, sorted and de-duplicated.

    >>> expand([])
    []
    """
    return [path for path, _ in inputs(paths)]


def inputs(paths: Iterable[Path]) -> list[tuple[Path, str]]:
    """(file, source name) for every input; a file under a folder is named by its path below it.
    The first file or folder that cannot be used raises :class:`InputError`.

    >>> import tempfile
    >>> d = Path(tempfile.mkdtemp()); (d / "省").mkdir(); _ = (d / "省" / "a.txt").write_text("一", encoding="utf-8")
    >>> [name for _, name in inputs([d])]
    ['省/a.txt']
    """
    found = gather(paths)
    if found.failures:
        raise InputError(found.failures[0])
    return found.files


@dataclass(frozen=True)
class Gathered:
    """Input files as (file, source name), and one line for each file or folder that cannot be used."""

    files: list[tuple[Path, str]]
    failures: list[str]


def gather(paths: Iterable[Path]) -> Gathered:
    """Every input file under ``paths``, and every problem met on the way: a folder that cannot be
    read, a broken link, a special file, a name that is not valid UTF-8 text. A path that does not
    exist, or a folder with no input file at all, raises :class:`InputError`.

    >>> import tempfile
    >>> d = Path(tempfile.mkdtemp()); _ = (d / "a.txt").write_text("一", encoding="utf-8")
    >>> (d / "b.txt").symlink_to(d / "gone.txt")
    >>> found = gather([d])
    >>> [name for _, name in found.files], [line.split(": ")[-1] for line in found.failures]
    (['a.txt'], ['broken link'])
    """
    files: list[tuple[Path, str]] = []
    failures: list[str] = []
    for path in paths:
        if not os.path.lexists(path):
            raise InputError(f"{shown(path)}: no such file or folder")
        if path.is_dir():
            found = _walk(path, failures)
            if not found and not failures:
                raise InputError(f"{shown(path)}: folder holds no {' or '.join(SUFFIXES)} file")
            files += found
        else:
            problem = _file_problem(path, path.name)
            if problem:
                failures.append(problem)
            else:
                files.append((path, path.name))
    return Gathered(_unique(files), failures)


def _walk(root: Path, failures: list[str]) -> list[tuple[Path, str]]:
    """Input files below ``root`` (links to folders not followed), sorted by path."""
    def unreadable(exc: OSError) -> None:
        failures.append(f"{shown(exc.filename or root)}: folder skipped: {exc.strerror or exc}")

    found = []
    for folder, dirs, names in os.walk(root, onerror=unreadable):
        dirs.sort()
        for entry in names:
            path = Path(folder) / entry
            if path.suffix.lower() not in SUFFIXES:
                continue
            name = path.relative_to(root).as_posix()
            problem = _file_problem(path, name)
            if problem:
                failures.append(problem)
            else:
                found.append((path, name))
    return sorted(found, key=lambda item: item[0].parts)


def _file_problem(path: Path, name: str) -> str | None:
    """Why ``path`` cannot be an input (named ``name``), or None."""
    if not _printable(name):
        return f"{shown(path)}: file name is not valid UTF-8 text; rename it"
    try:
        info = path.stat()
    except FileNotFoundError:
        return f"{shown(path)}: broken link"
    except OSError as exc:
        return f"{shown(path)}: {exc.strerror or exc}"
    if not stat.S_ISREG(info.st_mode):
        return f"{shown(path)}: not a regular file"
    return None


def _printable(name: str) -> bool:
    """A name that is valid UTF-8 (no surrogate escapes) and holds no control character or line break."""
    return not any(unicodedata.category(ch) in ("Cs", "Cc", "Zl", "Zp") for ch in name)


def _unique(files: list[tuple[Path, str]]) -> list[tuple[Path, str]]:
    seen: set[Path] = set()
    unique = []
    for path, name in files:
        if path.resolve() not in seen:
            seen.add(path.resolve())
            unique.append((path, name))
    return unique


MAX_BYTES = 20 * 1024 * 1024  # about 100 times the longest document in the corpus


def read(path: Path, *, name: str | None = None, max_bytes: int = MAX_BYTES) -> Source:
    """Read and decode one regular file; a file over ``max_bytes`` is refused before it is read.

    >>> read(Path("/dev/null"))
    Traceback (most recent call last):
    kg.errors.InputError: /dev/null: not a regular file
    """
    label = name or path.name
    try:
        with open(os.open(path, os.O_RDONLY | os.O_NONBLOCK), "rb") as handle:  # a FIFO must not block
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise InputError(f"{shown(path)}: not a regular file")
            if info.st_size > max_bytes:
                raise InputError(f"{label}: {info.st_size / 2**20:.0f} MB is over the {max_bytes / 2**20:.0f} MB "
                                 f"limit for one document; split it, or raise the limit with --max-mb")
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise InputError(f"{shown(path)}: {exc.strerror or exc}") from None
    if len(data) > max_bytes:
        raise InputError(f"{label}: grew past the {max_bytes / 2**20:.0f} MB limit while being read")
    if format_of(label):
        return read_document(data, name=label)
    return Source(label, decode(data, name=label))
