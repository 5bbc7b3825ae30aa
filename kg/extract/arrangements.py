"""Arrangements named by their purpose: 价格|形成|机制, 职业技能|提升|计划 (a verb inside a noun phrase that names
what an arrangement, a programme or a body set up for a purpose is for).

>>> named_arrangements(["种业", "振兴", "行动"], ["n", "v", "vn"], nouns=frozenset({"n", "vn"}))
(['种业', '振兴行动'], ['n', 'n'])
"""

from __future__ import annotations

from collections.abc import Callable

from kg.extract.cues import ACTING, BARE_HEADS, TERM_HEADS

# Heads of arrangements, programmes and bodies set up for a purpose (机制, 计划, 基金, 示范区, 团队): a verb before one names
# its purpose (提升|计划, 引导|基金); not heads a clause acts on as often as it names them (承接|产业, 支持|企业).
PURPOSED = BARE_HEADS | {"路径", "渠道", "途径", "基金", "示范区", "试验区", "团队"}
# Verbs of driving and leading (创新|驱动, 创新|引领): after an action they name what drives (innovation-driven), no object.
DRIVING = (["驱动"], ["引领"])
# Dummy verbs (形式动词, a closed class): they carry an action named by their object (进行|试点, 给予|政策支持), never a purpose.
DUMMY_VERBS = frozenset("进行 加以 给予 给以 予以 作出 做出 开展".split())
# What may follow a noun phrase's head and take no object: a conjunction, 等 closing a list, a localizer.
AFTER_A_HEAD = frozenset("和 与 及 以及 或 等 中 内".split())
HEAD_WORDS = frozenset(TERM_HEADS)  # the heads of named things, as a set to look words up in


def named_arrangements(words: list[str], flags: list[str], *, nouns: frozenset[str]) -> tuple[list[str], list[str]]:
    """价格|形成|机制, 职业技能|提升|计划, 知识产权|保护|制度: an action verb between a noun and a head of arrangements
    (机制, 计划, 平台, 基金 …: ``PURPOSED``) names, with the head, the kind of arrangement (the plan for raising
    skills), not an action on it: the two are read as one noun. Not after a word that is no noun (完善|机制: the
    action on the arrangement), nor a dummy verb (地区|进行|试点: the action is the head's).

    >>> named_arrangements(["价格", "形成", "机制"], ["n", "v", "n"], nouns=frozenset("n"))
    (['价格', '形成机制'], ['n', 'n'])
    >>> named_arrangements(["完善", "机制"], ["v", "n"], nouns=frozenset("n"))
    (['完善', '机制'], ['v', 'n'])
    """
    flags = closing_heads(words, flags, nouns=nouns)
    if PURPOSED.isdisjoint(words):
        return words, flags
    out_words: list[str] = []
    out_flags: list[str] = []
    k = 0
    while k < len(words):
        if (0 < k < len(words) - 1 and flags[k] == "v" and len(words[k]) == 2 and words[k] in ACTING - DUMMY_VERBS
                and words[k + 1] in PURPOSED and out_flags and out_flags[-1] in nouns and len(out_words[-1]) >= 2):
            out_words.append(words[k] + words[k + 1])
            out_flags.append("n")
            k += 2
            continue
        out_words.append(words[k])
        out_flags.append(flags[k])
        k += 1
    return out_words, out_flags


def closing_heads(words: list[str], flags: list[str], *, nouns: frozenset[str]) -> list[str]:
    """合作|组织、, 评价|组织。, 服务|组织|等: a head of named things the tagger reads as a verb (组织), after a noun and
    with nothing after it that could be its object (the clause's end, punctuation, a conjunction, 等, a localizer),
    closes the noun phrase as its head, a noun; before an object it acts (国务院|组织|有关部门).

    >>> closing_heads(["社会", "组织", "、"], ["n", "v", "X"], nouns=frozenset("n"))
    ['n', 'n', 'X']
    >>> closing_heads(["国务院", "组织", "有关", "部门"], ["n", "v", "X", "n"], nouns=frozenset("n"))
    ['n', 'v', 'X', 'n']
    """
    if "v" not in flags:
        return list(flags)  # no verb to read as a head
    return [("n" if f == "v" and w in HEAD_WORDS and 0 < k and flags[k - 1] in nouns and len(words[k - 1]) >= 2
             and (k + 1 == len(words) or words[k + 1] in AFTER_A_HEAD or not "\u4e00" <= words[k + 1][0] <= "\u9fff") else f)
            for k, (w, f) in enumerate(zip(words, flags, strict=True))]


def purpose_run(words: list[str], flags: list[str], i: int) -> bool:
    """联防|联控|机制, 丧葬|补助金|制度: a verb inside a noun phrase that opens the run of words closing it on a head of
    arrangements (机制, 制度: ``PURPOSED``) names, with them, what the arrangement is for, not the phrase's predicate;
    not an action verb (建立|激励|机制: the action on it), nor before a head the verb could take as its object alone.

    >>> purpose_run(["大气", "联防", "联控", "机制"], ["n", "v", "j", "n"], 1)
    True
    >>> purpose_run(["企业", "建立", "激励", "机制"], ["n", "v", "v", "n"], 1), purpose_run(["企业", "联防", "机制"], ["n", "v", "n"], 1)
    (False, False)
    """
    rest = words[i + 1:]
    if i == 0 and rest[:1] in DRIVING:
        return True  # 创新|驱动|发展战略: what drives it
    return (len(rest) >= 2 and rest[-1] in PURPOSED and len(words[i]) == 2 and words[i] not in ACTING
            and all(f in RUN_TAGS and w not in PURPOSED for w, f in zip(rest[:-1], flags[i + 1:-1], strict=True)))


RUN_TAGS = frozenset({"v", "vn", "j"})  # the words of a purpose between its verb and the head: actions


def widened_cut(words: list[str], cut: int, known: Callable[[str], int]) -> int:
    """技术技能|人才保障政策 -> 技术技能人才|保障政策: a cut that leaves out of the left half the word with which it names
    a phrase better known (the text keeps naming 技术技能人才), where one word of four characters or more closed by a
    head of named things would stay on the right (保障政策), moves past that word.

    >>> known = {"技术技能": 2, "技术技能人才": 9}.get
    >>> widened_cut(["技术", "技能", "人才", "保障政策"], 2, lambda t: known(t, 0))
    3
    >>> widened_cut(["粮食安全", "提升", "工程"], 1, lambda t: 40)
    1
    """
    if (cut + 2 == len(words) and len(words[-1]) >= 4 and words[-1].endswith(TERM_HEADS)
            and known("".join(words[:cut + 1])) > max(2, known("".join(words[:cut])))):
        return cut + 1
    return cut
