"""The segmenting stage: jieba with the domain lexicon, in a tokenizer of our own.

jieba's global dictionary is never touched: the lexicon is loaded into a
private ``jieba.Tokenizer``.

>>> seg = segmenter()
>>> [w for w, _ in seg.tag("加快工业互联网规模化部署")][:2]
['加快', '工业互联网']
"""

from __future__ import annotations

import logging
from functools import lru_cache

from kg.lexicon import Lexicon, load_lexicon


class Segmenter:
    def __init__(self, lexicon: Lexicon) -> None:
        import jieba
        import jieba.posseg

        jieba.setLogLevel(logging.WARNING)
        self.tokenizer = jieba.Tokenizer()
        for surface in lexicon.surfaces():
            self.tokenizer.add_word(surface, freq=200000, tag="nz")
        self.pos = jieba.posseg.POSTokenizer(self.tokenizer)
        self._tags: dict[str, tuple[tuple[str, str], ...]] = {}

    def tag(self, text: str) -> tuple[tuple[str, str], ...]:
        """(word, part of speech) pairs; each distinct text is segmented once."""
        tags = self._tags.get(text)
        if tags is None:
            if len(self._tags) > 50_000:
                self._tags.clear()
            tags = self._tags[text] = tuple((p.word, p.flag) for p in self.pos.cut(text, HMM=False))
        return tags

    def words(self, text: str) -> list[str]:
        return self.tokenizer.lcut(text, HMM=False)


@lru_cache(maxsize=1)
def segmenter() -> Segmenter:
    return Segmenter(load_lexicon())
