"""Set phrases (jieba's l and i) standing as the predicate of a clause, no name of a thing."""

from __future__ import annotations

from kg.extract.terms import Chunk, Tags

# Modal verbs and adverbs of manner or time that stand before a predicate (要|结合实际, 必须|高度重视, 更加|奋发有为);
# not every word jieba tags an adverb (反对, 赶上 take an object; 不 opens a word: 最不发达国家).
MODALS = frozenset("要 应 应当 必须 须 务必 能 能够 可以 将 会 必将 敢于 善于 努力 都 也 还 又 就 更 更加 进一步 坚决 认真 "
                   "切实 积极 自觉 始终 不断 逐步 真正 充分 严格 已经 已 一定 共同 长期 均".split())
SET_PHRASES = frozenset({"l", "i"})


def set_phrase_predicate(tags: Tags, chunk: Chunk) -> bool:
    """A chunk of one set phrase right after a modal verb or an adverb is the clause's predicate (各地要|结合实际,
    必须|高度重视), no term; after a verb or alone it may name one (抑制|通货膨胀).

    >>> set_phrase_predicate([("各地", "r"), ("要", "v"), ("结合实际", "l")], Chunk(("结合实际",), ("l",), 3))
    True
    >>> set_phrase_predicate([("抑制", "v"), ("通货膨胀", "l")], Chunk(("通货膨胀",), ("l",), 2))
    False
    """
    if len(chunk.words) != 1 or chunk.tags[0] not in SET_PHRASES:
        return False
    at = 0
    for word, _ in tags:
        if at + len(word) == chunk.start:
            return word in MODALS
        at += len(word)
    return False
