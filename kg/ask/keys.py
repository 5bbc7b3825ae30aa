"""Keys of names: the text a name is looked up by (:func:`normalize`) and the text it sounds like
(:func:`sound_key`), so that a name typed with a character that sounds alike is still found.

>>> normalize("“卡脖子” 领域")
'卡脖子领域'
>>> sound_key("制造业高质量发张") == sound_key("制造业高质量发展")
True
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from functools import lru_cache
from types import ModuleType


class _Dropped(dict[int, int | None]):
    """A str.translate table that drops whitespace, punctuation, symbols, separators and controls, filled in as
    characters are met; but for + and × (互联网+, 人工智能+, 数据要素×: names of policies, not 互联网 or 人工智能)."""

    def __missing__(self, code: int) -> int | None:
        ch = chr(code)
        kept = None if ch not in "+×" and (ch.isspace() or unicodedata.category(ch)[0] in "PSZC") else code
        self[code] = kept
        return kept


_DROP = _Dropped()


_PLAIN = re.compile(r"[\u4e00-\u9fff0-9a-z]*")


def normalize(text: str) -> str:
    """NFKC, lower case, without whitespace and punctuation (but + and ×).

    >>> normalize("\uff21\uff29 与「数字经济」"), normalize("数字经济"), normalize("“互联网\uff0b”行动")
    ('ai与数字经济', '数字经济', '互联网+行动')
    """
    if _PLAIN.fullmatch(text):  # most names: nothing to change
        return text
    return unicodedata.normalize("NFKC", text).lower().translate(_DROP)


@lru_cache(maxsize=1)
def _readings() -> dict[int, str]:
    """pypinyin's character table (code point -> readings), loaded without the rest of the package (its
    phrase tables and segmenter take far longer to load and are not needed for single characters)."""
    import importlib.util
    import sys

    loaded = sys.modules.get("pypinyin.pinyin_dict")
    if loaded is not None:
        return _table(loaded)
    package = importlib.util.find_spec("pypinyin")
    folder = (package.submodule_search_locations or [""])[0] if package else ""
    spec = importlib.util.spec_from_file_location("pypinyin.pinyin_dict", f"{folder}/pinyin_dict.py")
    if spec is None or spec.loader is None:
        return {}
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return _table(module)


def _table(module: ModuleType) -> dict[int, str]:
    table: dict[int, str] = module.pinyin_dict
    return table


@lru_cache(maxsize=20_000)
def sounds(ch: str) -> frozenset[str]:
    """The readings of a character without tones, folded as fuzzy pinyin input folds them
    (zh/z, ch/c, sh/s, n/l, an/ang, en/eng, in/ing). Readings come from pypinyin's character table.

    >>> sounds("张") == sounds("展"), sounds("智") == sounds("制"), sounds("慧") == sounds("能")
    (True, True, False)
    """
    if not ("\u3400" <= ch <= "\u9fff"):
        return frozenset({ch})
    readings = _readings().get(ord(ch))
    return frozenset(_folded(r) for r in readings.split(",")) if readings else frozenset({ch})


@lru_cache(maxsize=4096)
def _folded(reading: str) -> str:
    return fold(reading)


def fold(syllable: str) -> str:
    """A pypinyin reading without its tone, folded: ``zhāng`` → ``zan``, ``lǜ`` → ``lv``.

    >>> fold("zhāng"), fold("nǚ"), fold("xíng")
    ('zan', 'lv', 'xin')
    """
    bare = "".join(c for c in unicodedata.normalize("NFD", syllable) if c not in "\u0300\u0301\u0304\u030c")
    syllable = unicodedata.normalize("NFC", bare).replace("ü", "v")
    syllable = re.sub(r"^([zcs])h", r"\1", syllable)
    syllable = re.sub(r"^n", "l", syllable)
    return re.sub(r"([aei]n)g$", r"\1", syllable)


def alike(a: str, b: str) -> bool:
    """Two characters that an input method could swap: the same folded reading.

    >>> alike("张", "展"), alike("智", "能")
    (True, False)
    """
    return a == b or bool(sounds(a) & sounds(b))


class _Sounds(dict[int, str | int]):
    """A str.translate table: each Chinese character -> one private-use character standing for its commonest
    reading, folded (the code is a hash of the reading: two readings may share a code, which only lets a
    few more names through to the real comparison, :func:`kg.ask.names.slips`)."""

    def __missing__(self, code: int) -> str | int:
        readings = _readings().get(code) if 0x3400 <= code <= 0x9FFF else None
        key: str | int = chr(0xE000 + zlib.crc32(_folded(readings.split(",")[0]).encode()) % 6400) if readings else code
        self[code] = key
        return key


_SOUNDS = _Sounds()


def sound_key(key: str) -> str:
    """``key`` with each Chinese character replaced by the code of its commonest folded reading.

    >>> sound_key("人工智慧") == sound_key("人工智能"), sound_key("ai")
    (False, 'ai')
    """
    return key.translate(_SOUNDS)
