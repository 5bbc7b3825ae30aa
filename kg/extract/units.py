"""Units: the terms a reader would index inside one noun phrase (a chunk of :mod:`kg.extract.terms`).

An attribute noun at a chunk's end is set apart (职业院校助学金|覆盖面), and a
chunk that names two things (中等职业学校|生均拨款制度) is cut between them where
both halves are terms of the field: by the domain lexicon, by the term
statistics of the corpus (``ontology/termstats.tsv``), or by use in the text
itself. The cut tells how the two relate: the second applies to the first.

>>> from kg.extract.terms import chunks
>>> from kg.text.segment import segmenter
>>> [u.text for c in chunks(segmenter().tag("专利代理机构从事专利代理业务")) for u in units(c, known=lambda t: 0)]
['专利代理机构', '专利代理业务']
"""

from __future__ import annotations

import itertools
import operator
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from kg.extract.arrangements import purpose_run, widened_cut
from kg.extract.cues import ACTING, ACTIVITY_NOUNS, ATTRIBUTE_NOUNS, TERM_HEADS
from kg.extract.fragments import acts_on_the_rest, glued_verb, modified_action
from kg.extract.kinds import DOCUMENT_TAIL
from kg.extract.qualities import PRAISE, capacity, praised
from kg.extract.regions import region_words
from kg.extract.terms import LEXICAL, MODIFIER_TAGS, SCOPE_NOUNS, SCOPES, SUFFIXES, TAILS, TERM_HEAD_WORDS, VERB_TAGS, Chunk, Tags, noun
from kg.text.segment import QUALITY_SUFFIXES, dictionary

QUALITIES = ("性", "化", "率", "程度", "质量", "安全", "水平")  # 能源消费|低碳化: a quality of an activity
DEGREE_PREFIXES = "高低新大强优全"  # 高品质|生态环境: a word of degree modifies the phrase, it names nothing
JOINING = frozenset("融合 协同 结合 联动 融通 衔接".split())  # verbs that join two things (A与B融合发展)
AREAS = frozenset({"领域", "方面", "环节"})  # generic nouns of where: 领域|关键核心技术 names the technology
SPOKEN = ("会", "会议", "讲话", "指示", "批示", "部署", "决定", "论述")  # what 精神 after it is the spirit of
WELL_KNOWN = 5  # corpus documents: a phrase this well attested is cut from any longer one it opens
WHOLE_CLASS = ("全体", "所有", "广大", "一切")  # determiners of a whole class (全体|人民)


@dataclass(slots=True, unsafe_hash=True)  # never changed once made (made per unit: frozen costs 4x to make)
class Unit:
    """A term inside a chunk: its text and where it starts in the clause; ``head_of`` is the index of the unit
    this one applies to (the one before it in a chunk that names two things), or -1."""

    text: str
    start: int
    attribute: bool = False  # an attribute noun of the unit before it (水平, 覆盖面): not a term by itself
    words: tuple[tuple[str, str], ...] = field(default=(), repr=False, compare=False)  # (word, tag) pairs


Known = Callable[[str], int]


def units(chunk: Chunk, *, known: Known, place: Callable[[str], bool] = lambda w: False,
          attested: Known | None = None, listed: bool = False, bound: Callable[[str], bool] = lambda t: False,
          partial: Callable[[str], bool] = lambda t: False, quality: Callable[[str], bool] = lambda t: False) -> list[Unit]:
    """The terms a chunk names, in order. ``known(text)`` says how well a phrase is attested as a term of its own
    (0: not at all); a chunk is cut between two attested terms, never inside a word. A verb in a phrase that is
    not attested is the phrase's predicate and is left out (专利代理机构|提出 -> 专利代理机构); so is a place
    name opening it (张掖|乡村振兴 -> 乡村振兴). ``attested`` (default ``known``) judges phrases with a verb in
    them: attestation outside the text, so that a text repeating a clause does not make it a term. ``listed``: the
    phrase opens a list (制造业高端化、智能化), so a quality at its end is one of the list's. ``bound(text)``: the corpus
    uses the phrase only before an attribute or activity noun (经济社会|发展), so 发展 stays with it. ``partial(text)``:
    the corpus never names the phrase whole (国有企业核心|功能), so the word before an attribute may go with it.
    ``quality(text)``: the corpus names the phrase mostly as what kind a thing or an activity is (绿色低碳|转型).

    >>> units(Chunk(("中等职业", "学校", "生均", "拨款", "制度"), ("n", "n", "j", "v", "n"), 0),
    ...       known=lambda t: {"中等职业学校": 9, "生均拨款制度": 2}.get(t, 0))
    [Unit(text='中等职业学校', start=0, attribute=False), Unit(text='生均拨款制度', start=6, attribute=False)]
    """
    words, flags = _split_last_word(list(chunk.words), list(chunk.tags))
    words, flags, end, tail = _strip_tails(words, flags, chunk.end, known, _placed(bound, place))
    if tail and (_modifies_tail(words, flags, tail.text, known, partial) or _kind_of_tail(words, flags, tail.text, known, bound)):
        while True:  # 招投标|领域|突出|问题: an attribute noun before the verb goes with it too
            tail = Unit(words[-1] + tail.text, tail.start - len(words[-1]), attribute=True,
                        words=((words[-1], flags[-1]), *tail.words))
            end, words, flags = tail.start, words[:-1], flags[:-1]
            if len(words) < 2 or words[-1] not in ATTRIBUTE_NOUNS:
                break
    elif tail and _kind_of_activity(words, flags, tail.text, attested or known, quality):
        tail = Unit(words[-1] + tail.text, tail.start - len(words[-1]), words=((words[-1], flags[-1]), *tail.words))
        end, words, flags = tail.start, words[:-1], flags[:-1]
    words, flags, qualities = _strip_qualities(words, flags, end, attested or known, bool(tail) or listed)
    out: list[Unit] = []
    for piece, piece_flags, at in _pieces(words, flags, chunk.start, attested or known, known):
        piece, piece_flags, at = _clean_piece(piece, piece_flags, at, known, place)
        for part, part_flags, part_at in _around_areas(piece, piece_flags, at, known):
            out += _split(part, part_flags, part_at, known)
    out = _naming_nothing(out, known, bound, tail is not None) + qualities
    return [*out, tail] if tail and out else out


def _naming_nothing(found: list[Unit], known: Known, bound: Callable[[str], bool], tailed: bool) -> list[Unit]:
    """The units with those that name nothing by themselves marked as attributes: a word of kind (应用型), and a
    modifier cut from its head where no attribute or activity noun follows (经济社会|各行各业)."""
    return [replace(u, attribute=True) if kind_word(u.text) or (not tailed and _modifier_alone(u.text, known, bound))
            or (tailed and modified_action(u.words) and bound(u.text)) else u for u in found]


def _modifier_alone(text: str, known: Known, bound: Callable[[str], bool]) -> bool:
    """经济社会|各行各业, 创新体系整体|效能: a phrase outside the lexicon that the corpus names mostly before an attribute
    or activity noun (经济社会|发展), standing where none follows, is a modifier cut from its head; it names nothing.
    Not a goal in 化 (军队现代化: the corpus names it before 建设 too, but it names an end by itself).

    >>> bound = {"经济社会", "军队现代化"}.__contains__
    >>> _modifier_alone("经济社会", lambda t: 26, bound), _modifier_alone("军队现代化", lambda t: 10, bound)
    (True, False)
    """
    return bound(text) and known(text) < LEXICAL and not text.endswith("化")


def kind_word(text: str) -> bool:
    """应用型, 知识型, 内涵式: a word of two characters closed by a suffix of kind says of what kind a thing or an
    activity is; alone it names nothing (模型, 类型 are nouns of their own; 开放型经济 names a thing).

    >>> kind_word("应用型"), kind_word("创新型"), kind_word("模型"), kind_word("开放型经济")
    (True, True, False, False)
    """
    return len(text) == 3 and text[-1] in "型式" and dictionary()[1].get(text[1:]) not in ("n", "vn", "v")


def quantified(clause: str, chunk: Chunk, known: Known) -> Chunk:
    """全体|人民|共同富裕: the noun right after a determiner of a whole class is what it quantifies (全体人民); a
    well-attested term after that noun, which the corpus names alone more than twice as often as with the noun, names
    the thing (共同富裕: 47 documents, 人民共同富裕 12), not the two together (政府工作人员 stays).

    >>> from kg.extract.terms import chunks
    >>> from kg.text.segment import segmenter
    >>> found = chunks(segmenter().tag("实现全体人民共同富裕"))[0]
    >>> quantified("实现全体人民共同富裕", found, lambda t: {"人民": 9, "共同富裕": 47, "人民共同富裕": 12}.get(t, 0)).text
    '共同富裕'
    """
    if (clause.endswith(WHOLE_CLASS, 0, chunk.start) and len(chunk.words) >= 2 and len(rest := "".join(chunk.words[1:])) >= 4
            and known(rest) >= max(WELL_KNOWN, 2 * known(chunk.text) + 1) and known(chunk.words[0]) >= 2):
        return Chunk(chunk.words[1:], chunk.tags[1:], chunk.start + len(chunk.words[0]))
    return chunk


def joined(clause: str, found: list[Chunk], opens: Callable[[str], bool]) -> dict[int, int]:
    """国防和军队|建设: the phrases that open with a thing joined to a one-word phrase before them by 和, 及 or 与, where
    the corpus names the pair (国防和军队) as the opening of longer names (``opens``), as index of the phrase -> index of
    the word joined to it; not two names of one kind (群众体育和竞技体育, 中国政府和中国人民), nor a phrase of one word,
    nor after 与 that names the partner of a mutual verb (宗教与社会主义社会|相适应).

    >>> from kg.extract.terms import chunks
    >>> from kg.text.segment import segmenter
    >>> found = chunks(segmenter().tag("推进国防和军队现代化"))
    >>> joined("推进国防和军队现代化", found, lambda pair: pair == "国防和军队")
    {1: 0}
    """
    out = {}
    for i in range(1, len(found)):
        a, b = found[i - 1], found[i]
        conj = clause[a.end:b.start]
        if (conj in ("和", "及", "与") and len(a.words) == 1 and len(a.text) >= 2 and len(b.words) >= 2
                and b.tags[0] not in MODIFIER_TAGS and a.text[:2] != b.text[:2] and a.text[-2:] not in b.text
                and not (conj == "与" and clause.startswith("相", b.end)) and opens(a.text + conj + b.words[0])):
            out[i] = i - 1
    return out


def _split_last_word(words: list[str], flags: list[str]) -> tuple[list[str], list[str]]:
    """收入水平 -> 收入|水平: a word jieba keeps whole that ends in an attribute or activity noun (覆盖范围 stays whole:
    all of it names the extent)."""
    last = words[-1]
    if last not in TAILS and len(last) >= 4 and last[-2:] in TAILS - SCOPE_NOUNS and flags[-1] != "dz" \
            and last[:-2] in dictionary()[1]:  # not 剩余劳|动力, 党的|建设: no word before the noun
        return [*words[:-1], last[:-2], last[-2:]], [*flags, "n"]
    return words, flags


def _strip_tails(words: list[str], flags: list[str], end: int, known: Known,
                 bound: Callable[[str], bool]) -> tuple[list[str], list[str], int, Unit | None]:
    """Attribute and activity nouns at a phrase's end (智能化|升级|改造, 三中全会|精神), set apart, a noun of extent with
    the verb before it (社会保障|覆盖范围); the first is kept."""
    tail: Unit | None = None
    if len(words) >= 2 and words[-1] == "精神" and words[-2].endswith(SPOKEN):
        end -= 2
        tail = Unit("精神", end, attribute=True, words=(("精神", flags[-1]),))  # 三中全会|精神: what it said
        words, flags = words[:-1], flags[:-1]
    while len(words) >= 2 and (words[-1] in TAILS or words[-1][-2:] in SCOPE_NOUNS or capacity(words[-1]) or outline(words)) \
            and known("".join(words)) < LEXICAL and _tail(words, known) and not _developed(words, flags, bound):
        size = 2 if words[-1] in SCOPE_NOUNS and len(words) >= 3 and flags[-2] in VERB_TAGS else 1  # 覆盖|范围
        end -= len("".join(words[-size:]))
        tail = Unit("".join(words[-size:]), end, attribute=True, words=tuple(zip(words[-size:], flags[-size:], strict=True)))
        words, flags = words[:-size], flags[:-size]
    return words, flags, end, tail


def _modifies_tail(words: list[str], flags: list[str], tail: str, known: Known, partial: Callable[[str], bool]) -> bool:
    """国有企业|核心|功能, 全社会|内生|动力: a word that makes one phrase with the attribute noun after it, by the corpus
    (核心功能, 内生动力), and leaves a term before it that names nothing with it (国有企业核心: never a whole phrase
    of the corpus), goes with the attribute; not where the longer phrase is a term (科技创新|能力), nor after a
    modifier (农业综合|生产|能力) or a word of two characters (南疆|基础设施|短板: a place or a generic word, which
    leaves the term inside).

    >>> known = {"国有企业": 40, "核心功能": 14, "科技创新": 90, "创新能力": 60}.get
    >>> n = ["n", "n"]
    >>> never = lambda t: False
    >>> _modifies_tail(["国有企业", "核心"], n, "功能", lambda t: known(t, 0), never)
    True
    >>> _modifies_tail(["科技", "创新"], n, "能力", lambda t: known(t, 0), never)
    False
    """
    rest = "".join(words[:-1])
    return (len(words) >= 2 and tail in ATTRIBUTE_NOUNS and len(rest) >= 3 and flags[-2] in ("n", "nz", "nt", "j", "dz")
            and known(words[-1] + tail) >= 2 and known(rest) >= 2
            and (known("".join(words)) < 2 or partial("".join(words))))


def _kind_of_tail(words: list[str], flags: list[str], tail: str, known: Known, bound: Callable[[str], bool]) -> bool:
    """经济体制改革|牵引|作用, 龙头企业|带动|作用: a verb between a term and the attribute noun closing the phrase says
    which the attribute is (the role the term plays), where the corpus never names the term with the verb but before
    such a noun; it goes with the attribute (科技创新|能力 stays: a term of its own).

    >>> known = {"经济体制改革": 40, "科技": 90, "科技创新": 90}.get
    >>> _kind_of_tail(["经济体制", "改革", "牵引"], ["n", "vn", "v"], "作用", lambda t: known(t, 0), lambda t: False)
    True
    >>> _kind_of_tail(["科技", "创新"], ["n", "v"], "能力", lambda t: known(t, 0), lambda t: False)
    False
    """
    whole = "".join(words)
    return (len(words) >= 2 and tail in ATTRIBUTE_NOUNS and flags[-1] == "v" and len(words[-1]) == 2
            and known("".join(words[:-1])) >= 2 and (known(whole) < 2 or bound(whole)))


def _kind_of_activity(words: list[str], flags: list[str], tail: str, attested: Known,
                      quality: Callable[[str], bool]) -> bool:
    """行业|绿色低碳|转型, 医院|信息化|建设: a quality before an activity noun (a distinguishing word, a word in 化 or 式, or
    one the corpus names mostly as a kind: ``quality``) that the corpus names with it as a term of its own (绿色低碳转型,
    in five documents or more) says which activity it is; the noun before it is what undergoes the activity, where
    the corpus never names the whole phrase. The activity is then a term of its own (not 农业|发展: 农业 names a thing).

    >>> attested = {"绿色低碳转型": 18, "行业": 90, "农业发展": 40}.get
    >>> _kind_of_activity(["行业", "绿色低碳"], ["n", "dz"], "转型", lambda t: attested(t, 0), lambda t: t == "绿色低碳")
    True
    >>> _kind_of_activity(["工业", "农业"], ["n", "dz"], "发展", lambda t: attested(t, 0), lambda t: False)
    False
    """
    last = words[-1]
    return (len(words) >= 2 and tail in ACTIVITY_NOUNS and len(last) >= 2 and noun(flags[-2])
            and (flags[-1] == "b" or (flags[-1] == "dz" and (last.endswith(("化", "式")) or quality(last))))
            and attested(last + tail) >= WELL_KNOWN and attested("".join(words) + tail) < 2)


def _placed(bound: Callable[[str], bool], place: Callable[[str], bool]) -> Callable[[str], bool]:
    """``bound`` of a phrase, or of the phrase after a place opening it (广东|经济社会: the province's 经济社会|发展).

    >>> _placed({"经济社会"}.__contains__, {"广东"}.__contains__)("广东经济社会")
    True
    """
    return lambda t: bound(t) or any(place(t[:k]) and bound(t[k:]) for k in range(2, min(len(t) - 1, 5)))


def _developed(words: list[str], flags: list[str], bound: Callable[[str], bool]) -> bool:
    """区域协调|发展, 经济社会|发展, 城市内涵式|发展: 发展 after a phrase the corpus names only before such a noun is part
    of the name (the kind of development it is); not after a verb of joining (科技创新和产业创新|融合发展: it joins two
    things), a quality (创新性|发展) or one modifier (新|发展), nor where an action comes before (一体|推进|教育|发展).

    >>> _developed(["区域", "协调", "发展"], ["n", "vn", "vn"], lambda t: t == "区域协调")
    True
    >>> _developed(["产业", "融合", "发展"], ["n", "v", "vn"], lambda t: True)
    False
    """
    return (words[-1] == "发展" and words[-2] not in JOINING and not words[-2].endswith("性")
            and not any(w in ACTING for w in words[:-2]) and (len(words) > 2 or flags[0] not in MODIFIER_TAGS)
            and bound("".join(words[:-1])))


def outline(words: list[str]) -> bool:
    """社会保障体系|框架, 基础性制度|框架: 框架 after a head of arrangement is the arrangement's outline, an attribute
    of it (国家资历框架 names a framework of its own).

    >>> outline(["社会保障", "体系", "框架"]), outline(["国家", "资历", "框架"])
    (True, False)
    """
    return len(words) >= 2 and words[-1] == "框架" and words[-2].endswith(("体系", "制度", "体制", "机制"))


def _tail(words: list[str], known: Known) -> bool:
    """An attribute noun always; an activity noun or a noun of extent unless it makes a bare noun the name of an
    activity or a scope (产业升级, 经营范围)."""
    if words[-1] in ATTRIBUTE_NOUNS or capacity(words[-1]) or outline(words):
        return True
    return ((words[-1] in ACTIVITY_NOUNS or words[-1][-2:] in SCOPE_NOUNS)
            and (len(words) > 2 or len(words[0]) > 2 or known("".join(words)) < 2))


def _strip_qualities(words: list[str], flags: list[str], end: int, attested: Known,
                     allowed: bool) -> tuple[list[str], list[str], list[Unit]]:
    """宏观政策|连续性|稳定性, 产业结构|高端化|升级: qualities of what comes before them, set apart; a phrase ending in
    X化 with nothing after it names a goal (农业现代化) unless ``allowed`` (a tail followed it, or a list does)."""
    qualities: list[Unit] = []
    while len(words) >= 2 and words[-1].endswith(QUALITY_SUFFIXES) and len(words[-1]) >= 3 \
            and attested("".join(words)) < 3 and (allowed or words[-1].endswith("性") or qualities):
        end -= len(words[-1])
        qualities.insert(0, Unit(words[-1], end, words=((words[-1], flags[-1]),)))
        words, flags = words[:-1], flags[:-1]
    return words, flags, qualities


def _clean_piece(piece: list[str], flags: list[str], at: int, known: Known,
                 place: Callable[[str], bool]) -> tuple[list[str], list[str], int]:
    """Dropped from its start: a place the corpus does not name the phrase with (张掖|乡村振兴; not 平安|甘肃), a generic noun of
    where outside the lexicon (“卡脖子”|领域|关键核心技术), an action on the term after it (发展|民生事业: :func:`_acts_on_term`),
    praise (优秀|企业家: :func:`praised`); from its end a modifier, praise (义务教育|优质), an action on it (现代服务业|融合)."""
    while len(piece) >= 2 and ((place(piece[0]) and not all(map(place, piece[1:])) and known("".join(piece)) < 2)
                               or _scope_of_term(piece, known)
                               or (piece[0] in AREAS and known("".join(piece)) < LEXICAL) or _acts_on_term(piece, known)
                               or praised(piece, known)):
        at += len(piece[0])
        piece, flags = piece[1:], flags[1:]
    while piece and (flags[-1] in MODIFIER_TAGS or flags[-1] == "sym" or acts_on_the_rest(piece, flags, known) or piece[-1] in PRAISE):
        piece, flags = (piece[:-2], flags[:-2]) if glued_verb(piece, flags, known) else (piece[:-1], flags[:-1])
    return piece, flags, at


def _around_areas(piece: list[str], flags: list[str], at: int, known: Known) -> list[tuple[list[str], list[str], int]]:
    """农业|领域|人工智能, 制造业|领域|外资准入: a generic noun of where inside a phrase the corpus does not name whole
    says in which field the term after it stands; it ends the field's name and opens no term (the field and the term
    are read apart); not after a modifier, where it names a field of its own (新|领域|新赛道, 重要|领域|改革).

    >>> [p for p, _, _ in _around_areas(["农业", "领域", "人工智能"], ["n", "n", "dz"], 0, lambda t: 0)]
    [['农业'], ['人工智能']]
    """
    inside = [i for i in range(1, len(piece) - 1) if piece[i] in AREAS and noun(flags[i - 1]) and flags[0] not in MODIFIER_TAGS]
    if not inside or known("".join(piece)) >= 2:
        return [(piece, flags, at)]
    i = inside[0]
    rest = at + len("".join(piece[:i + 1]))
    return [(piece[:i], flags[:i], at), *_around_areas(piece[i + 1:], flags[i + 1:], rest, known)]


def _scope_of_term(piece: list[str], known: Known) -> bool:
    """世界|人工智能, 全国|高端装备: a word of the whole country or world before a term of the lexicon, in a phrase the
    corpus does not name whole, says where the term is; it names nothing with it."""
    return piece[0] in SCOPES and known("".join(piece[1:])) >= LEXICAL and known("".join(piece)) < 2


def _pieces(words: list[str], flags: list[str], start: int, known: Known,
            used: Known) -> list[tuple[list[str], list[str], int]]:
    """The stretches of a phrase between its predicate verbs: a verb stays only in an attested phrase, before a
    head noun (拨款|制度), or closing a phrase the text itself keeps using as a name (消费|扶贫)."""
    if VERB_TAGS.isdisjoint(flags) or known("".join(words)) >= 2 \
            or (flags[-1] in VERB_TAGS and sum(f in VERB_TAGS for f in flags) == 1 and used("".join(words)) >= 3):
        return [(words, flags, start)]
    out: list[tuple[list[str], list[str], int]] = []
    piece: list[str] = []
    piece_flags: list[str] = []
    at = pos = start
    for i, (w, f) in enumerate(zip(words, flags, strict=True)):
        if f in VERB_TAGS and _predicate(words, flags, i, known):
            if piece:
                out.append((piece, piece_flags, at))
            piece, piece_flags, at = [], [], pos + len(w)
        else:
            piece.append(w)
            piece_flags.append(f)
        pos += len(w)
    if piece:
        out.append((piece, piece_flags, at))
    return out


def _predicate(words: list[str], flags: list[str], i: int, known: Known) -> bool:
    """A verb inside a phrase is its predicate (机构|从事, 事项|发生|变化) unless it comes before a head noun
    (拨款|制度), the corpus attests it with the noun before it (科技|创新) or with what follows it as a term
    (工业废渣|回收利用), or it closes a bare noun into the name of an activity (产业|应用)."""
    if (i + 1 < len(words) and words[i + 1].endswith(TERM_HEADS)) or purpose_run(words, flags, i):
        return False
    if i + 1 < len(words) and known("".join(words[i:])) >= 2:
        return False
    if i == len(words) - 1 and i == 1 and len(words[0]) == 2:
        return False
    return known("".join(words[max(0, i - 1):i + 1])) < 2


def _split(words: list[str], flags: list[str], start: int, known: Known) -> list[Unit]:
    text = "".join(words)
    if not words:
        return []
    if region := region_words(words, flags, known, lexical=LEXICAL):  # 中西部地区|乡镇企业: a place and a term
        return _split(words[:region], flags[:region], start, known) + _split(words[region:], flags[region:],
                                                                             start + len("".join(words[:region])), known)
    whole = [Unit(text, start, words=tuple(zip(words, flags, strict=True)))]
    if len(words) == 1 or flags[0] in MODIFIER_TAGS or len(text) <= 4 or known(text) >= 2:
        return whole
    cut, best = 0, (0, 0)
    for k in range(1, len(words)):
        score = _cut_score(words, flags, k, known) if _may_cut(words, flags, k) else (0, 0)
        if score[0] >= 2 and score > best:
            cut, best = k, score
    if not cut:
        return whole
    cut = widened_cut(words, cut, known)
    head = _split(words[:cut], flags[:cut], start, known)
    at = start + len("".join(words[:cut]))
    if _acts_on_term(words[cut:], known):
        at, cut = at + len(words[cut]), cut + 1
    return head + _split(words[cut:], flags[cut:], at, known)


def _acts_on_term(words: list[str], known: Known) -> bool:
    """贫困地区|发展|特色农产品: an action verb opening the second half of a phrase cut in two acts on the term after it
    (two words or more, attested) and is no word of it, where the corpus never names the verb with the word after it
    and the term names no arrangement or document the action would be the kind of (发展|行动方案, 优化|营商环境条例).

    >>> _acts_on_term(["发展", "特色", "农产品"], lambda t: {"特色农产品": 30}.get(t, 0))
    True
    >>> _acts_on_term(["发展", "行动", "方案"], lambda t: {"行动方案": 30}.get(t, 0))
    False
    """
    rest = "".join(words[1:]) if words[0] in ACTING and len(words) > 2 else ""  # the cheap tests first
    return (bool(rest) and known(rest) >= 2 and known(words[0] + words[1]) < 2
            and not rest.endswith(TERM_HEADS) and not DOCUMENT_TAIL.search(rest))


def _may_cut(words: list[str], flags: list[str], k: int) -> bool:
    """Not after a bare modifier (有机|食品, 高性能|芯片, 高品质|生态环境), not before a bare class noun (新媒体|平台), not
    after a verbal noun unless a quality follows (产教融合|实训基地)."""
    left, right = "".join(words[:k]), "".join(words[k:])
    if not _may_open(flags[k], words[k]) or (k == len(words) - 1 and words[k] in TERM_HEAD_WORDS):
        return False
    if k == 1 and (len(left) <= 2 or _suffixed(left) or (len(left) == 3 and left[0] in DEGREE_PREFIXES)):
        return False
    return not (flags[k - 1] in ("vn", "v") and not right.endswith(QUALITIES))


def _suffixed(word: str) -> bool:
    """标准化, 创新型: a word closed by a suffix of quality or kind modifies the noun after it; not a word of a noun and
    an event noun of the dictionary whose last happens to end in such a character (气候|变化: the climate's change).

    >>> _suffixed("标准化"), _suffixed("数字化"), _suffixed("气候变化"), _suffixed("无产阶级")
    (True, True, False, True)
    """
    tags = dictionary()[1]
    return word.endswith(tuple(SUFFIXES)) and not (len(word) == 4 and tags.get(word[:2]) == "n" and tags.get(word[2:]) == "vn")


def _cut_score(words: list[str], flags: list[str], k: int, known: Known) -> tuple[int, int]:
    """How well both halves are attested (the weaker first, then the sum): a verb opening the right half names an
    action on the left (工业废渣|回收利用); a well-attested left half is cut from a right half of two words or more
    (贫困地区|农产品…监管); a right half ending in a head of named things names one (生均拨款制度)."""
    left, right = "".join(words[:k]), "".join(words[k:])
    if flags[k] in VERB_TAGS and len(left) >= 3:
        return known(right), known(left) + known(right)
    long_right = len(words) - k >= 2 and len(right) >= 4 and known(left) >= WELL_KNOWN
    vouched = 2 if _term_shaped(words[k:]) or long_right else 0
    return min(known(left), max(known(right), vouched)), known(left) + known(right)


def _term_shaped(words: list[str]) -> bool:
    """生均|拨款|制度: a phrase of two words or more ending in a head of named things names one of its own."""
    return len(words) >= 2 and len("".join(words)) >= 4 and words[-1].endswith(TERM_HEADS)


def _may_open(flag: str, word: str) -> bool:
    return noun(flag) or flag in MODIFIER_TAGS or (flag in VERB_TAGS and word not in ACTING)


def words_of(text: str, chunk: Chunk) -> list[tuple[str, str]]:
    """The words of ``chunk`` that make up ``text`` (a unit of it).

    >>> words_of("拨款制度", Chunk(("生均", "拨款", "制度"), ("j", "v", "n"), 0))
    [('拨款', 'v'), ('制度', 'n')]
    """
    pos, out, at = chunk.text.find(text), [], 0
    for word, tag in zip(chunk.words, chunk.tags, strict=True):
        if pos <= at < pos + len(text):
            out.append((word, tag))
        at += len(word)
    return out or [(text, "n")]


FIRST = operator.itemgetter(0)  # the word of a (word, tag) pair
# Words that stand only before a verb: the modals and adverbs of manner of the law's language.
BEFORE_VERBS = frozenset("应 应当 应该 可以 必须 须 不得 依法 擅自 自行 首次 予以".split())


def verbal_nouns(clauses: Sequence[Tags]) -> frozenset[str]:
    """Words of two characters jieba's dictionary tags nouns that a text uses right after a modal, a negation or an
    adverb of manner (依法|执业, 应当|办理, 可以|委托): verbs there, whatever the dictionary says.

    >>> from kg.text.segment import segmenter
    >>> sorted(verbal_nouns([segmenter().tag("律师依法执业"), segmenter().tag("律师执业")]))
    ['执业']
    """
    return frozenset(word for tags in clauses if not BEFORE_VERBS.isdisjoint(map(FIRST, tags)) for (before, _), (word, tag)
                     in itertools.pairwise(tags) if tag == "n" and len(word) == 2 and before in BEFORE_VERBS)


def as_verbal(tags: Tags, verbal: frozenset[str]) -> Tags:
    """The tags of a clause with the text's verbal nouns tagged as such (vn).

    >>> as_verbal((("律师", "n"), ("执业", "n")), frozenset({"执业"}))
    (('律师', 'n'), ('执业', 'vn'))
    """
    if verbal.isdisjoint(map(FIRST, tags)):
        return tags
    return tuple((w, "vn" if t == "n" and w in verbal else t) for w, t in tags)
