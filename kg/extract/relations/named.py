"""The terms a sentence names, as the relation rules read them: the record, and the stretches of a sentence
they stand in (the outermost terms of a stretch, the ones that stand for it, the concept each stands for)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from kg.extract.cues import ACTION_VERBS, BARE_HEADS, FOCUS_MODIFIERS, GENERIC_CLASSES, QUALITY_HEADS
from kg.model import ConceptRelation

INCLUDES, ENABLES = ConceptRelation.INCLUDES, ConceptRelation.ENABLES


INTEGRATES, APPLIES = ConceptRelation.INTEGRATES_WITH, ConceptRelation.APPLIES_TO


Triple = tuple[str, ConceptRelation, str]


ACTIONS = frozenset(v for v in ACTION_VERBS if len(v) == 2 and v not in ("建设", "发展")) | {"回收", "节能", "降碳", "减排"}


@dataclass(frozen=True, slots=True)
class Named:
    """A term a sentence names: its text, its concept (None for an attribute noun or a phrase that is no term),
    and where it stands in the sentence; ``chunk`` is the noun phrase it belongs to and ``index`` its place
    there."""

    text: str
    label: str | None
    start: int
    end: int
    chunk: tuple[int, int] = (-1, -1)
    index: int = 0
    provisional: bool = False  # a bare word (钢铁, 收入) that is a concept only where a relation names it


SEPARATOR = re.compile(r"^(?:、|和|与|及|以及|或|、以及)$")


QUANTITY = re.compile(r"(?:一批|一系列|多种|各类|各种|主要|重点|新的|重要|相关|其他|新兴|传统)*")


QUALITY = re.compile(r"[\u4e00-\u9fff]{1,3}化")


PHRASE_END = re.compile(r"$|[，。；：、和与及或等的]")


CHANGES = frozenset("分化 变化 恶化 弱化 淡化 强化 深化 优化 转化 简化 退化 固化 僵化 激化 老化 演化 细化 实化 进化 漠化"
                    .split())  # 石漠化: land that degrades, no quality


def qualified(t: Named) -> bool:
    """A term that names a quality, standard or arrangement (可靠性, 智能化, 质量, 制度), not a change or an action
    in 化 (走势分化, 改革深化: a state or what is done, no quality of a thing).

    >>> qualified(Named("智能化", "智能化", 0, 3)), qualified(Named("走势分化", "走势分化", 0, 4))
    (True, False)
    """
    label = t.label or ""
    return label.endswith(QUALITY_HEADS) and label[-2:] not in CHANGES


def named_in(text: str, *words: str) -> list[Named]:
    """Named records of ``words`` as they stand in ``text`` in order, each a concept of its own label (for
    examples and tests).

    >>> [(n.text, n.start, n.end) for n in named_in("以科技创新推动产业创新", "科技创新", "产业创新")]
    [('科技创新', 1, 5), ('产业创新', 7, 11)]
    """
    out: list[Named] = []
    at = 0
    for word in words:
        start = text.index(word, at)
        out.append(Named(word, word, start, start + len(word)))
        at = start + len(word)
    return out


def opening(text: str, at: int, marks: str = "，。；：") -> int:
    """Where the clause (or the stretch) that holds ``at`` opens: just after the last of ``marks`` before it.

    >>> opening("加强甲，推进乙、丙", 7), opening("甲的乙、丙", 4, "，的")
    (4, 2)
    """
    return max(text.rfind(c, 0, at) for c in marks) + 1


def within(terms: Sequence[Named], start: int, end: int) -> list[Named]:
    """The terms that stand wholly between two offsets.

    >>> t = [Named("数字经济", "数字经济", 2, 6), Named("实体经济", "实体经济", 7, 11)]
    >>> [n.text for n in within(t, 0, 6)]
    ['数字经济']
    """
    return [t for t in terms if t.start >= start and t.end <= end]


def outer(terms: Sequence[Named]) -> list[Named]:
    """The terms no other term of the list contains (a longer one around it), in the list's order.

    >>> t = [Named("工业互联网", "工业互联网", 0, 5), Named("互联网", "互联网", 2, 5)]
    >>> [n.text for n in outer(t)]
    ['工业互联网']
    """
    inside: set[int] = set()
    before = same = -1  # the furthest end of the terms starting before this one, and at the same start
    start = -1
    for t in sorted(terms, key=lambda t: (t.start, -t.end)):
        if t.start != start:
            before, same, start = max(before, same), -1, t.start
        if before >= t.end or same > t.end:
            inside.add(id(t))
        same = max(same, t.end)
    return [t for t in terms if id(t) not in inside]


def label_of(t: Named) -> str:
    """The concept a term stands for (its provisional text where no concept has been made of it yet).

    >>> label_of(Named("人工智能技术", "人工智能", 0, 6)), label_of(Named("钢铁", None, 0, 2))
    ('人工智能', '钢铁')
    """
    return t.label or t.text


def weak(t: Named) -> bool:
    """A bare word no term vouches for (生产, 品牌): it may stand in a list, not at the end of another relation.

    >>> weak(Named("品牌", "品牌", 0, 2, provisional=True)), weak(Named("品牌", "品牌", 0, 2))
    (True, False)
    """
    return t.provisional and len(t.text) <= 2


def size(t: Named) -> int:
    """How many characters a term spans.

    >>> size(Named("新质生产力", "新质生产力", 3, 8))
    5
    """
    return t.end - t.start


def generic(t: Named) -> bool:
    """领域, 核心环节, 重点行业: a class that only says where (a generic noun, with at most a short modifier).

    >>> generic(Named("重点行业", "重点行业", 0, 4)), generic(Named("战略性新兴产业", "战略性新兴产业", 0, 7))
    (True, False)
    """
    label = t.label or t.text
    return label in GENERIC_CLASSES or label in BARE_HEADS or (
        label[-2:] in GENERIC_CLASSES and label[:-2] in FOCUS_MODIFIERS
        and label[-2:] not in ("产业", "企业", "市场", "设施", "资源", "系统"))


def stretch(terms: Sequence[Named], start: int, end: int) -> list[Named]:
    """The outermost terms between two offsets, a bare word (provisional) included: it may be an object.

    >>> t = [Named("工业互联网", "工业互联网", 0, 5), Named("互联网", "互联网", 2, 5), Named("平台", "平台", 5, 7, provisional=True)]
    >>> [n.text for n in stretch(t, 0, 7)]
    ['工业互联网', '平台']
    """
    return outer(within(terms, start, end))


def heads(text: str, terms: list[Named]) -> list[Named]:
    """The concepts that stand for a stretch of terms: each of a few (the last of many), but not a subject whose
    verb takes another term (社会力量|参与|脱贫攻坚 -> 脱贫攻坚), and no bare word.

    >>> t = [Named("社会力量", "社会力量", 0, 4), Named("攻坚", "攻坚", 8, 10, provisional=True)]
    >>> [n.text for n in heads("社会力量参与脱贫攻坚", t)]
    []
    >>> t = [Named("国民经济", "国民经济", 2, 6), Named("社会安定", "社会安定", 11, 15)]
    >>> [n.text for n in heads("实现国民经济健康发展和社会安定", t)]
    ['国民经济', '社会安定']
    >>> t = [Named("人工智能", "人工智能", 0, 4), Named("产业发展", "产业发展", 7, 11, provisional=True)]
    >>> [n.text for n in heads("人工智能研发与产业发展", t)]
    ['人工智能']
    """
    kept = [t for t, after in itertools.zip_longest(terms, terms[1:])
            if not (after and text[t.end:t.end + 2] in SUBJECT_OF and not re.search("[，；、和与及]", text[t.end + 2:after.start]))
            and not (after and _aside(text, t, after))]
    concepts = [t for t in kept if not t.provisional]
    listed = all(SEPARATOR.match(text[a.end:b.start]) for a, b in itertools.pairwise(concepts))
    return concepts if len(concepts) <= 4 or listed else concepts[-1:]


RESULTATIVE = re.compile(r"[做用管办抓守搞](?:大|强|优|好|实|精|足|活|牢)")  # 做大, 用好: a verb and its result


def cut(text: str, t: Named) -> bool:
    """A term that opens inside a verb of doing and its result (做|大高技术产业, 用|好论坛), inside a number and its
    measure (4000|吨级起重机) or after a prefix (非|现场监管): a phrase cut across a word, no thing the sentence names.

    >>> cut("做大高技术产业", Named("大高技术产业", "大高技术产业", 1, 7)), cut("做大高技术产业", Named("高技术产业", "高技术产业", 2, 7))
    (True, False)

    A term right after the prefix 非 is cut from the name it opens (推动非|现场监管), not after a word in 非 (并非, 南非):

    >>> cut("推动非现场监管", Named("现场监管", "现场监管", 3, 7)), cut("并非现场监管", Named("现场监管", "现场监管", 2, 6))
    (True, False)
    """
    return text[t.start - 1:t.start] in CUT_AFTER and t.start > 0 and (
        RESULTATIVE.fullmatch(text, t.start - 1, t.start + 1) is not None or _counted(text, t.start)
        or NEGATED.fullmatch(text, max(t.start - 2, 0), t.start) is not None)


CUT_AFTER = frozenset("做用管办抓守搞非0123456789０１２３４５６７８９\n")  # the characters a cut term opens after: the verb of
# RESULTATIVE, the prefix of NEGATED, the digits of NUMBER (or the line end its $ passes), a cheap test before the patterns


NEGATED = re.compile(r"(?:^|[^并除莫无南北东西亚是若绝对中])?非")  # 非|现场监管, 非|公有制经济: the prefix that opens the
# name (not 并非, 除非, 南非, 对非: a word before it, or Africa)


NUMBER = re.compile(r"[0-9０-９]+$")


def _counted(text: str, start: int) -> bool:
    """A term right after digits that are no year (4000|吨级起重机, 500|强企业论坛, 8|英寸衬底): its first word is the
    measure of the number, so the term is cut; after a year (2025|全球大会) or a number word (1200万|教师) it is whole.

    >>> _counted("全球最大4000吨级起重机", 8), _counted("2025全球大会", 4), _counted("1200万教师", 5)
    (True, False, False)
    """
    number = NUMBER.search(text, 0, start)
    return number is not None and not re.fullmatch(r"(?:19|20)\d\d", number.group())


def _aside(text: str, t: Named, after: Named) -> bool:
    """A term beside a preposition before a later term of its clause (财政|向|银行|发行…国债): the subject before
    it or the preposition's object, neither what the clause acts on.

    >>> t = [Named("财政", "财政", 0, 2), Named("银行", "银行", 3, 5), Named("国债", "国债", 7, 9)]
    >>> _aside("财政向银行发行国债", t[0], t[2]), _aside("财政向银行发行国债", t[1], t[2])
    (True, True)
    """
    return not re.search("[，；、和与及]", text[t.end:after.start]) and (
        PREPOSITIONS.match(text, t.end) is not None or PREPOSITIONS.match(text, t.start - 1, t.start) is not None)


PREPOSITIONS = re.compile(r"[向对从]")


SUBJECT_OF = ACTIONS | {"参与", "实现", "投身", "进入", "走向", "迈向"}  # a term before these is a clause's subject
