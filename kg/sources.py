"""Reading input: files and folders into decoded :class:`~kg.model.Source` records.

Encodings tried in order: a BOM (UTF-8, UTF-16), UTF-8, UTF-16 without BOM
(detected by its NUL pattern), then GB18030 (a superset of GBK and GB2312).
A file that decodes under none of them, or that looks binary, is an error.

>>> decode("制造业".encode("gb18030"), name="x.txt")
'制造业'
"""

from __future__ import annotations

import codecs
from collections.abc import Iterable
from pathlib import Path

from kg.errors import InputError
from kg.formats import SUFFIXES as DOCUMENT_SUFFIXES
from kg.formats import format_of, read_document
from kg.model import Source

SUFFIXES = (".txt", *DOCUMENT_SUFFIXES)


def decode(data: bytes, *, name: str) -> str:
    """Decode bytes of a text file; raise :class:`InputError` when that is impossible.

    >>> decode(codecs.BOM_UTF8 + "一是".encode(), name="a.txt")
    '一是'
    >>> decode("二是".encode("utf-16"), name="b.txt")
    '二是'
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
    for enc in ("utf-8", "gb18030"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    raise InputError(f"{name}: cannot decode as UTF-8, GB18030/GBK or UTF-16")


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
    """Files named, and the .txt files under folders named, sorted and de-duplicated."""
    return [path for path, _ in inputs(paths)]


def inputs(paths: Iterable[Path]) -> list[tuple[Path, str]]:
    """(file, source name) for every input; a file under a folder is named by its path below it.

    >>> import tempfile
    >>> d = Path(tempfile.mkdtemp()); (d / "省").mkdir(); _ = (d / "省" / "a.txt").write_text("一", encoding="utf-8")
    >>> [name for _, name in inputs([d])]
    ['省/a.txt']
    """
    out: list[tuple[Path, str]] = []
    for path in paths:
        if not path.exists():
            raise InputError(f"{path}: no such file or folder")
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
            if not found:
                raise InputError(f"{path}: folder holds no .txt, .pdf, .docx or .html file")
            out += [(p, p.relative_to(path).as_posix()) for p in found]
        else:
            out.append((path, path.name))
    seen: set[Path] = set()
    unique = []
    for path, name in out:
        if path.resolve() not in seen:
            seen.add(path.resolve())
            unique.append((path, name))
    return unique


MAX_BYTES = 20 * 1024 * 1024  # about 100 times the longest document in the corpus


def read(path: Path, *, name: str | None = None, max_bytes: int = MAX_BYTES) -> Source:
    """Read and decode one file; a file over ``max_bytes`` is refused before it is read."""
    label = name or path.name
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(f"{label}: {size / 2**20:.0f} MB is over the {max_bytes / 2**20:.0f} MB limit for one "
                             f"document; split it, or raise the limit with --max-mb")
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: {exc.strerror or exc}") from None
    if format_of(label):
        return read_document(data, name=label)
    return Source(label, decode(data, name=label))
