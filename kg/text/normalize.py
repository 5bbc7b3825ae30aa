"""The matching text: what extraction reads, one character for each character of the source.

Full-width digits and Latin letters become ASCII, and a text written in
traditional characters is converted to simplified ones with OpenCC, so the
cues and the lexicon match; the conversion keeps every character in place, so
offsets found in the matching text are offsets in the source, and quotes are
cut from the source by the same offsets (:func:`kg.text.layout.layout`).

>>> matching_text("２０２４年ＧＤＰ增长５％")
'2024年GDP增长5%'
>>> matching_text("加快發展數字經濟，這個國家")
'加快发展数字经济，这个国家'
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from opencc import OpenCC

# Full-width digits and letters (not punctuation: ，。：；（） are the cues themselves).
_WIDE = {code: code - 0xFEE0 for code in (*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B))}
_WIDE[0xFF05] = ord("%")
# Characters that only traditional texts use; a few per hundred characters mark one.
TRADITIONAL = set("這個們國會發經濟對與為時業產進現實體關於說過還來後問長開東車門見從頭點當間義務權區歷")


def matching_text(text: str) -> str:
    """``text`` with full-width digits/letters narrowed and traditional characters simplified.

    The result has exactly the length of ``text``.

    >>> matching_text("發展經濟，增長５％")
    '发展经济，增长5%'
    """
    out = text.translate(_WIDE)
    if looks_traditional(out):
        out = to_simplified(out)
    return out


def looks_traditional(text: str, *, sample: int = 4000) -> bool:
    """True when the opening of ``text`` uses traditional-only characters (≥ 0.5 % of it).

    >>> looks_traditional("加快發展數字經濟，這個國家的人們"), looks_traditional("加快发展数字经济")
    (True, False)
    """
    head = text[:sample]
    hits = sum(1 for ch in head if ch in TRADITIONAL)
    return hits >= max(2, len(head) // 200)


def to_simplified(text: str) -> str:
    """OpenCC t2s, line by line; a line whose length would change is converted one character at a time.

    >>> to_simplified("發展經濟\\n這個國家")
    '发展经济\\n这个国家'
    """
    cc = _converter()
    lines = text.split("\n")
    out = []
    for line in lines:
        converted = cc.convert(line)
        if len(converted) != len(line):
            converted = "".join(c if len(c := cc.convert(ch)) == 1 else ch for ch in line)
        out.append(converted)
    return "\n".join(out)


@lru_cache(maxsize=1)
def _converter() -> OpenCC:
    from opencc import OpenCC

    return OpenCC("t2s")
