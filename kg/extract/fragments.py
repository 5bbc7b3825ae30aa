"""Fragments: the words whose removal or keeping would leave a phrase a cut word.

A verb or verbal noun closing a noun phrase the corpus does not name whole is the phrase's predicate, left out
(专利代理机构|提出, 环保设施|建设). Where it makes an attested term with the word before it (基础|研究, 军事|斗争,
有机|结合) and the phrase without it is attested nowhere, dropping it leaves a cut word (前瞻性基础, 运输设施有机): the
verb goes out with the word glued to it (运输设施|有机结合). Likewise a one-character word at
the edge of a phrase glued to a one-character verb outside it is half of a word the segmenter split (建|强|国家实验室).

>>> known = {"基础研究": 40}.get
>>> glued_verb(["前瞻性", "基础", "研究"], ["n", "n", "vn"], lambda t: known(t, 0))
True
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence

from kg.extract.cues import ACTING
from kg.extract.terms import COMPLEMENTS, PREDICATES, SUFFIXES, TERM_HEAD_WORDS, VERB_TAGS, Chunk, Tags

Known = Callable[[str], int]


def acts_on_the_rest(piece: Sequence[str], flags: Sequence[str], known: Known) -> bool:
    """A verb closing a phrase of three words or more (or after a word of three characters) that the corpus names
    at most half as often with the verb as without it is the phrase's predicate (专利代理机构|提出); not a head of
    named things read as a noun there (合作|组织, 发展|规划: :func:`kg.extract.arrangements.closing_heads`).

    >>> acts_on_the_rest(["专利", "代理机构", "提出"], ["n", "n", "v"], lambda t: 0)
    True
    >>> acts_on_the_rest(["农民", "专业", "合作", "组织"], ["n", "n", "vn", "n"], lambda t: 0)
    False
    """
    return (len(piece) >= 2 and (piece[-1] in ACTING or flags[-1] in ("vn", "v")) and (len(piece) > 2 or len(piece[0]) > 2)
            and not (flags[-1] == "n" and piece[-1] in TERM_HEAD_WORDS) and 2 * known("".join(piece)) <= known("".join(piece[:-1])))


def glued_verb(piece: Sequence[str], flags: Sequence[str], known: Known) -> bool:
    """The verb closing a phrase of three words or more makes an attested term with the word before it (基础|研究),
    the phrase without it is attested nowhere (前瞻性基础), and no other verb stands in it (消费|拉动|经济|增长 is a
    clause, read elsewhere): dropping the verb would leave a cut word.

    >>> known = {"基础研究": 40, "设施建设": 20, "环保设施": 3}.get
    >>> glued_verb(["前瞻性", "基础", "研究"], ["n", "n", "vn"], lambda t: known(t, 0))
    True
    >>> glued_verb(["环保", "设施", "建设"], ["j", "n", "vn"], lambda t: known(t, 0))
    False
    """
    return (len(piece) > 2 and flags[-1] in ("vn", "v") and known(piece[-2] + piece[-1]) >= 2
            and known(piece[-3] + piece[-2]) < 2 and known("".join(piece[:-1])) == 0
            and piece[-2] not in TERM_HEAD_WORDS and all(f not in VERB_TAGS for f in flags[:-2]))


def unglued(chunk: Chunk, tags: Tags) -> Chunk:
    """建|强|国家实验室, 平台经济企业|营|收: a one-character word at the edge of a phrase, right next to a
    one-character verb outside it, is half of a word the segmenter split (建强, 营收); it is left out of the phrase,
    which would otherwise name a cut word (强国家实验室, 平台经济企业营). Not where the word inside it has one
    character too (赋能|文|旅|产业): a run the segmenter could not read, left as it is; nor after a verb of
    predication (是|老|解放区, 科技部|门|要), nor a suffix closing the phrase (紧密|型). ``tags``: the clause's words.

    >>> unglued(Chunk(("强", "国家", "实验室"), ("a", "n", "n"), 1), (("建", "v"), ("强", "a"), ("国家", "n"), ("实验室", "n"))).text
    '国家实验室'
    >>> unglued(Chunk(("国家", "实验室"), ("n", "n"), 1), (("建", "v"), ("国家", "n"), ("实验室", "n"))).text
    '国家实验室'
    """
    words, flags, start = chunk.words, chunk.tags, chunk.start
    if len(words) < 2 or (len(words[0]) > 1 and len(words[-1]) > 1):
        return chunk  # no one-character word at either edge: nothing to leave out
    if len(words) >= 3 and len(words[0]) == 1 and words[1] in COMPLEMENTS and len(words[2]) > 1:
        words, flags, start = words[2:], flags[2:], start + 2  # 铸|牢|中华民族: a verb and its result the segmenter split
    verbs = _one_character_verbs(tags)
    if len(words) >= 2 and len(words[0]) == 1 < len(words[1]) and start in verbs:
        words, flags, start = words[1:], flags[1:], start + 1
    end = start + len("".join(words))
    if len(words) >= 2 and len(words[-1]) == 1 < len(words[-2]) and words[-1] not in SUFFIXES and end + 1 in verbs:
        words, flags = words[:-1], flags[:-1]
    return chunk if words == chunk.words else Chunk(words, flags, start)


def _one_character_verbs(tags: Tags) -> frozenset[int]:
    """Where each one-character verb of a clause ends (建|强: 1), none of predication (是, 要)."""
    ends = itertools.accumulate(len(w) for w, _ in tags)
    return frozenset(end for end, (w, t) in zip(ends, tags, strict=True) if len(w) == 1 and t == "v" and w not in PREDICATES)



# One-character words that stand before a phrase as words of grammar or of quantity (对|小微企业, 在|粤, 以|文, 同|大企业,
# 用|新发展理念, 多|科创企业): never half of a word.
FUNCTION_CHARACTERS = frozenset("对在以为从向至与把被将于按由给比及和跟是有并或而且同用多少")
# Tags of a one-character word that can open a word the segmenter split (自|贸, 普|惠, 零|碳, 近|零|碳, 和|美).
SPLIT_OPENERS = frozenset({"p", "ad", "m", "a", "c"})


def rejoined(chunk: Chunk, tags: Tags) -> Chunk:
    """自|贸|试验区, 普|惠|小微企业贷款, 近|零|碳|工厂: a phrase opening with a one-character word right after a
    one-character word outside it (no verb: :func:`unglued` reads those; no word of grammar: 对|小微企业) opens inside
    a word the segmenter split into characters; the phrase takes the characters before it back (自贸试验区, 近零碳工厂)
    instead of naming a cut word (贸试验区, 碳工厂). A numeral counts what follows (三|大|产业, 两|国), but for 零 (零|碳);
    a word right after a one-character verb is its complement (做|强|绿|铝), no half of the word after it;
    a complement (用|好|红色资源: a verb jieba tags a preposition) is left out of the phrase. ``tags``: the clause's words.

    >>> tags = (("争取", "v"), ("自", "p"), ("贸", "vn"), ("试验区", "n"))
    >>> rejoined(Chunk(("贸", "试验区"), ("vn", "n"), 3), tags).text
    '自贸试验区'
    >>> rejoined(Chunk(("小", "微", "企业"), ("a", "n", "n"), 1), (("对", "p"), ("小", "a"), ("微", "n"), ("企业", "n"))).text
    '小微企业'
    >>> rejoined(Chunk(("好", "资金"), ("a", "n"), 1), (("用", "p"), ("好", "a"), ("资金", "n"))).text
    '资金'
    """
    words, flags, start = chunk.words, chunk.tags, chunk.start
    if len(words) < 2 or len(words[0]) != 1:
        return chunk
    starts = dict(zip(itertools.accumulate((len(w) for w, _ in tags), initial=0), range(len(tags)), strict=False))
    while len(words) >= 2 and len(words[0]) == 1 and (k := starts.get(start, 0)) > 0 and len(before := tags[k - 1][0]) == 1:
        if words[0] in COMPLEMENTS and tags[k - 1][1] == "p":
            return Chunk(words[1:], flags[1:], start + 1)  # 用|好|资金
        if (words[0] in COMPLEMENTS or before in COMPLEMENTS or tags[k - 1][1] not in SPLIT_OPENERS or before in FUNCTION_CHARACTERS
                or (tags[k - 1][1] == "m" and before != "零") or (k > 1 and len(tags[k - 2][0]) == 1 and tags[k - 2][1] == "v")):
            break
        words, flags, start = (before, *words), (tags[k - 1][1], *flags), start - 1
    return chunk if words == chunk.words else Chunk(words, flags, start)


def modified_action(pairs: Sequence[tuple[str, str]]) -> bool:
    """主要|预期 (目标), 重要|参考 (依据): a modifier and a verbal word with no noun, cut from the attribute noun closing
    its phrase, say which attribute it is; they name nothing by themselves. ``pairs``: the (word, tag) pairs.

    >>> modified_action([("主要", "b"), ("预期", "vn")]), modified_action([("绿色", "b"), ("农业", "n")])
    (True, False)
    """
    return len(pairs) >= 2 and pairs[0][1] in ("a", "b") and pairs[-1][1] in ("v", "vn") and all(
        t in ("a", "b", "v", "vn") for _, t in pairs)
