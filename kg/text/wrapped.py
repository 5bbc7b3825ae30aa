"""The lines of a source joined into the units a layout reads: a line cut inside a sentence (by a page's layout, or
by a reprint that wraps its lines at a fixed width) goes on into the next, each unit keeping the source offset of
every line it joins.

>>> [u.text for u in joined("第一条为了规范管理，加强\\n，提高效率。\\n二、总体要求\\n")]
['第一条为了规范管理，加强，提高效率。', '二、总体要求']
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from kg.text.lines import AUTHOR_NOTE, FURNITURE, INNER_PUNCT, TERMINAL, paired_title
from kg.text.numbering import ARTICLE_MARK, HEADING_MARK, ORDINAL

__all__ = ["SPACES", "Unit", "joined"]

SPACES = " \t\u3000\u00a0\ufeff"
PROVISION = re.compile(r"第[一二三四五六七八九十百零〇\d]+[条章节]")
COLUMNS = re.compile(r"\t|\S[ \u3000]{2,}\S")  # a table's row: cells apart, no prose to wrap
PUNCT_END = re.compile(r"[，,。；;、：:！!？?）)”’」』】…]$")
CONTINUES = re.compile(r"[，,。；;、：:）)”’]")  # no line of prose opens with these: it goes on with the one before


@dataclass(frozen=True)
class Line:
    text: str
    start: int  # offset of text[0] in the source


@dataclass
class Unit:
    """A line, or lines joined, with the source offset each joined line starts at (offset in the text, in the source)."""

    text: str
    anchors: list[tuple[int, int]] = field(default_factory=list)


def joined(text: str) -> list[Unit]:
    """The non-blank lines of ``text``, stripped, with the lines cut inside a sentence joined.

    >>> [(u.text, u.anchors) for u in joined("  要加快建设数据中心，\\n完善算力网络。\\n")]
    [('要加快建设数据中心，完善算力网络。', [(0, 2), (10, 13)])]
    """
    return _join_broken(_lines(text))


def _lines(text: str) -> list[Line]:
    out, pos = [], 0
    for raw in text.split("\n"):
        stripped = raw.strip(SPACES)
        if stripped:
            out.append(Line(stripped, pos + raw.index(stripped)))
        pos += len(raw) + 1
    return out


def _is_broken(text: str) -> bool:
    """A line the page layout cut mid-sentence: prose that stops without terminal punctuation."""
    if text.endswith(tuple(TERMINAL)) or "\t" in text:
        return False
    if ARTICLE_MARK.match(text) and INNER_PUNCT.search(text):
        return True  # an article's sentence under way (第一条为了规范管理，加强|，提高效率…); a caption has no comma
    if (HEADING_MARK.match(text) or ORDINAL.match(text)) and len(text) <= 40 and not text.endswith(("，", ",", "、")):
        return False  # a numbered heading with a comma in it (五、贯彻新发展理念，建设现代化经济体系; 第六，改进…管理办法)
    return bool(INNER_PUNCT.search(HEADING_MARK.sub("", text))) or len(text) > 40


def _wrap_width(lines: list[Line]) -> int | None:
    """The width a reprint cut its lines at: the one length (of 12 characters or more) that at least 10 lines and
    three in ten of such lines have; None where each line is a paragraph (no corpus document has one).

    >>> _wrap_width([Line("国务院行政机构设置和编制管理应", 0)] * 10), _wrap_width([Line("要加快建设数据中心。", 0)] * 10)
    (15, None)
    """
    prose = [line.text for line in lines if len(line.text) >= 12 and not COLUMNS.search(line.text)]
    if not prose:
        return None
    width, count = Counter(map(len, prose)).most_common(1)[0]
    cut = sum(len(text) == width and not PUNCT_END.search(text) for text in prose)  # a wrap cuts inside the text
    return width if count >= 10 and count >= 0.3 * len(prose) and cut >= 0.5 * count else None


def _join_broken(lines: list[Line]) -> list[Unit]:
    units: list[Unit] = []
    pending: Unit | None = None
    width = _wrap_width(lines)
    for line in lines:
        if FURNITURE.match(line.text) or AUTHOR_NOTE.match(line.text):
            if pending is not None:
                units.append(pending)
                pending = None
            units.append(Unit(line.text, [(0, line.start)]))
            continue
        if pending is not None and PROVISION.match(line.text):
            units.append(pending)  # the next article or chapter of a regulation starts a unit of its own
            pending = None
        if pending is None and units and CONTINUES.match(line.text):
            pending = units.pop()  # a line opened by a comma or a full stop goes on with the line before
        if pending is not None:
            pending.anchors.append((len(pending.text), line.start))
            pending.text += line.text
        else:
            pending = Unit(line.text, [(0, line.start)])
        cut = width is not None and len(line.text) >= width - 1 and not PUNCT_END.search(line.text) \
            and not COLUMNS.search(line.text)
        if not (cut or _is_broken(pending.text)) or (not units and paired_title(pending.text)):
            units.append(pending)
            pending = None
    if pending is not None:
        units.append(pending)
    return units
