"""The segmenting stage: jieba with the domain lexicon, in a tokenizer of our own.

jieba's global dictionary is never touched: the lexicon is loaded into a
private ``jieba.Tokenizer``, whose prefix-dictionary cache lives in this
user's own cache folder (:func:`jieba_cache_dir`), never in a shared one
such as ``/tmp`` where another user's file could change the output.

>>> seg = segmenter()
>>> [w for w, _ in seg.tag("加快工业互联网规模化部署")][:2]
['加快', '工业互联网']
"""

from __future__ import annotations

import logging
import os
import stat
from functools import lru_cache
from pathlib import Path

from kg.lexicon import Lexicon, load_lexicon
from kg.resources import ontology_dir
from kg.terms import Background

COMMON_WORDS = 8000  # the commonest words of jieba's dictionary count as general Chinese
DOMAIN_TAG = "dz"  # the part of speech given to the domain lexicon's terms


class Segmenter:
    def __init__(self, lexicon: Lexicon) -> None:
        import jieba
        import jieba.posseg

        jieba.setLogLevel(logging.WARNING)
        self.tokenizer = jieba.Tokenizer()
        folder = jieba_cache_dir()
        self.tokenizer.tmp_dir = str(folder) if folder else None
        self.tokenizer.cache_file = f"jieba-{jieba.__version__}.cache"
        if folder:
            self.tokenizer.initialize()
        else:  # no private folder: build the prefix dictionary, and say nothing about the cache it cannot write
            self.tokenizer.tmp_dir = os.devnull
            level = jieba.default_logger.level
            jieba.default_logger.setLevel(logging.CRITICAL)
            try:
                self.tokenizer.initialize()
            finally:
                jieba.default_logger.setLevel(level)
        counts = sorted((f for f in self.tokenizer.FREQ.values() if f), reverse=True)
        self.common = counts[min(COMMON_WORDS, len(counts)) - 1] if counts else 1
        self.domain = set(lexicon.surfaces())
        for surface in self.domain:
            self.tokenizer.add_word(surface, freq=200000, tag=DOMAIN_TAG)
        self.pos = jieba.posseg.POSTokenizer(self.tokenizer)
        self._tags: dict[str, tuple[tuple[str, str], ...]] = {}

    def tag(self, text: str) -> tuple[tuple[str, str], ...]:
        """(word, part of speech) pairs; each distinct text is segmented once."""
        tags = self._tags.get(text)
        if tags is None:
            if len(self._tags) > 50_000:
                self._tags.clear()
            user, table = self.tokenizer.user_word_tag_tab, self.pos.word_tag_tab
            tags = self._tags[text] = tuple((w, user.get(w) or table.get(w) or _shape(w))
                                            for w in self.tokenizer.lcut(text, HMM=False))
        return tags

    def words(self, text: str) -> list[str]:
        return self.tokenizer.lcut(text, HMM=False)

    def frequency(self, word: str) -> int:
        """How often ``word`` occurs in general Chinese (jieba's dictionary); 0 for the domain lexicon's terms."""
        return 0 if word in self.domain else self.tokenizer.FREQ.get(word, 0)

    def background(self) -> Background:
        return Background(self.frequency, self.common, places())


def _shape(word: str) -> str:
    """The tag of a word jieba's dictionary does not hold, from its characters: a number, Latin, or unknown."""
    if word.isdigit() or all(ch in "0123456789.%" for ch in word):
        return "m"
    if word.isascii() and word.isalnum():
        return "eng"
    return "x"


@lru_cache(maxsize=1)
def places() -> frozenset[str]:
    """China's administrative divisions (ontology/places.txt, from the cpca package's data)."""
    text = (ontology_dir() / "places.txt").read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


def jieba_cache_dir() -> Path | None:
    """This user's cache folder for jieba (``$XDG_CACHE_HOME/policykg`` or the platform's own), created
    private; None when it cannot be made, is not a folder, or is not this user's alone.

    >>> folder = jieba_cache_dir()
    >>> folder is None or (folder.stat().st_mode & 0o022) == 0
    True
    """
    from platformdirs import user_cache_path

    folder = user_cache_path("policykg", appauthor=False)
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        info = folder.lstat()
    except OSError:
        return None
    own = stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid() and not info.st_mode & 0o022
    return folder if own and os.access(folder, os.W_OK) else None


@lru_cache(maxsize=1)
def segmenter() -> Segmenter:
    return Segmenter(load_lexicon())
