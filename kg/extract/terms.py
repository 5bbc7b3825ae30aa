"""Terms: the noun phrases of a clause that a reader would index, found without a list made for the text.

A clause (tagged by jieba's dictionary) is cut into **chunks**, its maximal
noun phrases: nouns, names, verbal nouns and distinguishing words in a row,
opened by a noun or a modifier and ended by a noun. A verb stands inside a
chunk only where Chinese makes it nominal: before a head noun (生均|拨款|制度,
增长|引擎) or closing a phrase after a noun (科技|创新, 数据|采集) when nothing
follows it that it could take as an object. A chunk never crosses 的, a
conjunction, a preposition, a pronoun or punctuation, so it never spans two
clauses or a subject and its predicate.

A chunk is then read as **units**, the terms a reader would index: an
attribute noun at its end is set apart (职业院校助学金|覆盖面), and a chunk
that names two things (中等职业学校|生均拨款制度) is cut between them where
both halves are terms of the field: by the domain lexicon, by the term
statistics of the corpus (:mod:`kg.text.termstats`), or by use in the text
itself. The cut tells how the two relate: the second applies to the first.

>>> from kg.text.segment import segmenter
>>> [c.text for c in chunks(segmenter().tag("加强耕地保护和高标准农田建设"))]
['耕地保护', '高标准农田建设']
>>> [u.text for c in chunks(segmenter().tag("专利代理机构从事专利代理业务")) for u in units(c, known=lambda t: 0)]
['专利代理机构', '专利代理业务']
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from kg.extract.cues import (
    ACTION_VERBS,
    ACTIVITY_NOUNS,
    ADVERBS,
    ATTRIBUTE_NOUNS,
    MODAL_VERBS,
    NOT_ACTION_HEADS,
    ROLE,
    ROLES,
    SANCTIONS,
    TERM_HEADS,
)

Tags = Sequence[tuple[str, str]]

# jieba's part-of-speech tags (the ICTCLAS set) of words that name things: nouns, names, verbal and
# adjectival nouns, abbreviations, set phrases, Latin, the domain lexicon's own tag.
NOUN_TAGS = frozenset({"dz", "n", "nz", "vn", "ng", "j", "nt", "nr", "ns", "nrt", "nrfg", "eng", "an", "s", "l", "k"})
# Distinguishing words and adjectives: they open a phrase (新型|基础设施, 重要|农产品), never end it.
MODIFIER_TAGS = frozenset({"a", "b"})
VERB_TAGS = frozenset({"v", "vd", "vg"})
PLACE_TAGS = frozenset({"ns", "nr", "nrt", "nrfg", "s"})
SYMBOLS = frozenset("+×-·")
# Closed classes of Chinese grammar that never stand inside a term: structural particles and conjunctions,
# pronouns and determiners, words pointing at a time, titles after a name.
BREAK_WORDS = frozenset("的 之 和 与 及 或 等 以及 并 或者 同 跟 暨 例如 比如 诸如 包括 时 中 上 下 里 内 外 间".split())
DETERMINERS = ("我", "你", "他", "她", "它", "这", "那", "其", "各", "每", "本", "该", "此", "某", "哪", "谁", "什么", "怎么",
               "自己", "大家", "有关", "相关", "其他", "其它", "一切", "所有", "全体", "任何", "彼此", "如何", "多少", "上述",
               "全省", "全市", "全区", "全县", "全社会")
DEICTIC_TIMES = frozenset("""今年 明年 去年 前年 当年 近年 近年来 当前 目前 今后 未来 此前 以往 过去 本年 本届 同期
月份 年度 季度 期间 时期 年底""".split())
TITLES = frozenset("同志 总书记 主席 总理 副总理 委员长 书记 省长 市长 部长 先生 女士".split())
# Posts that end a phrase naming a person by office (教育部副部长, 司局负责同志): a post, not a policy concept.
POSTS = ("同志", "负责人", "部长", "局长", "秘书长", "总理", "主任", "书记", "省长", "市长", "县长", "主席", "委员长")
MANNER = tuple(a for a in ADVERBS if len(a) >= 2)
ACTING = frozenset(v for v in ACTION_VERBS if len(v) >= 2)
PREDICATES = frozenset((*NOT_ACTION_HEADS, *MODAL_VERBS, "有", "为", "作为", "成为", "没有", "不得", "不",
                        # auxiliaries of degree and phase before a verb (不够|完善, 有待|加强)
                        "不够", "尚待", "有待", "亟待", "亟需", "仍需", "还需", "尚需", "尚未", "未能", "难以", "开始", "继续",
                        "力争", "确保", "务必",
                        # verbs of attainment: what follows is what a subject reached (事业|取得|新进展)
                        "取得", "获得", "达到", "迈出",
                        # the verbs a statute imposes its penalties by (部门|责令|限期改正), whatever jieba tags them
                        *SANCTIONS))
ROLE_PHRASE = re.compile(f"^{ROLE}$|^(?:决定性|重要|重大|深远|特殊|历史性?|里程碑)?(?:意义|影响|作用|地位)$"
                         f"|^(?:{'|'.join(ROLES)})$")  # 以X为核心, 为导向: the role word alone
TERM_HEAD_WORDS = frozenset(TERM_HEADS)
QUALITIES = ("性", "化", "率", "程度", "质量", "安全", "水平")  # 能源消费|低碳化: a quality of an activity
SUFFIXES = frozenset("性 化 型 式 级 类".split())
# One-character resultative complements (结果补语): after a verb they close it (做好, 守牢, 抓实), never modify a noun.
COMPLEMENTS = frozenset("好 牢 实 细 足 准 紧 透 稳".split())
TAILS = ATTRIBUTE_NOUNS | ACTIVITY_NOUNS
DEGREE_PREFIXES = "高低新大强优全"  # 高品质|生态环境: a word of degree modifies the phrase, it names nothing
AREAS = frozenset({"领域", "方面", "环节"})  # generic nouns of where: 领域|关键核心技术 names the technology
SPOKEN = ("会", "会议", "讲话", "指示", "批示", "部署", "决定", "论述")  # what 精神 after it is the spirit of
WELL_KNOWN = 5  # corpus documents: a phrase this well attested is cut from any longer one it opens
LEXICAL = 1000  # what ``known`` says of a term of the domain lexicon
MAX_WORDS = 8
MAX_CHARS = 20


@dataclass(frozen=True, slots=True)
class Chunk:
    """A maximal noun phrase of a clause: its words, their tags, and where it starts in the clause."""

    words: tuple[str, ...]
    tags: tuple[str, ...]
    start: int
    text: str = field(default="", repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.text:
            object.__setattr__(self, "text", "".join(self.words))

    @property
    def end(self) -> int:
        """Where the phrase ends in its clause.

        >>> Chunk(("数字", "经济"), ("n", "n"), 2).end
        6
        """
        return self.start + len(self.text)


def chunks(tags: Tags) -> list[Chunk]:
    """The maximal noun phrases of one tagged clause, in order.

    >>> from kg.text.segment import segmenter
    >>> [c.text for c in chunks(segmenter().tag("把职业教育摆在教育改革创新和经济社会发展中更加突出的位置"))]
    ['职业教育摆在教育改革创新', '经济社会发展']
    """
    out: list[Chunk] = []
    words = [w for w, _ in tags]
    flags = nouns_in_lists([flag(w, t) for w, t in tags], words)
    offsets = [0]
    for w in words:
        offsets.append(offsets[-1] + len(w))
    i, n = 0, len(words)
    while i < n:
        if not _opens(words, flags, i):
            i += 1
            continue
        j = i
        while j + 1 < n and _continues(words, flags, j + 1):
            j += 1
        while j >= i and not _closes(words, flags, i, j):
            j -= 1
        if j >= i:
            size = j - i + 1
            if size <= MAX_WORDS and offsets[j + 1] - offsets[i] <= MAX_CHARS and not _title_only(words, flags, i, j):
                out.append(Chunk(tuple(words[i:j + 1]), tuple(flags[i:j + 1]), offsets[i]))
            i = j + 1
        else:
            i += 1
    return out


@lru_cache(maxsize=200_000)
def flag(word: str, tag: str) -> str:
    """A word's tag as chunks read it: 'X' for words that never stand in a term, whatever jieba tags them.

    >>> flag("积极", "a"), flag("现代", "t"), flag("工业", "n")
    ('X', 'b', 'n')
    """
    if _never_inside(word, tag):
        return "X"
    if tag == "r":
        return "n"  # jieba tags some nouns r (本科)
    if tag == "x":
        return "sym"
    if tag == "t" or (tag == "i" and word.endswith(("性", "型", "式"))):
        return "b"  # 现代|工程技术, 颠覆性|技术: a time word or a quality idiom modifies the noun after it
    return tag


def nouns_in_lists(flags: list[str], words: list[str]) -> list[str]:
    """Items of one list are of one kind: a word jieba tags a person's name (玉米, 养老, 青少年 carry ``nr`` in
    its dictionary) is a noun where 、 joins it to a noun.

    >>> nouns_in_lists(["n", "sym", "nr", "sym", "n"], ["小麦", "、", "玉米", "、", "马铃薯"])
    ['n', 'sym', 'n', 'sym', 'n']
    >>> nouns_in_lists(["nr", "n"], ["马克思", "主义"])
    ['nr', 'n']
    """
    out = list(flags)
    for k, f in enumerate(flags):
        if f != "nr":
            continue
        for sep, other in ((k - 1, k - 2), (k + 1, k + 2)):
            if 0 <= other < len(flags) and words[sep] == "、" and flags[other] in NOUN_TAGS - PLACE_TAGS:
                out[k] = "n"
    return out


def _never_inside(word: str, tag: str) -> bool:
    """Function words, pronouns, times, predicates, manners and symbols other than +×-· never stand in a term."""
    if word in BREAK_WORDS or word in DEICTIC_TIMES or word in PREDICATES:
        return True
    if tag == "r":
        return len(word) < 2 or word.startswith(DETERMINERS)
    if tag == "x":
        return word not in SYMBOLS
    if word.startswith(DETERMINERS) and tag not in ("dz", "nt", "ns"):
        return True
    if tag != "dz" and len(word) >= 2 and word.startswith(MANNER):
        return True  # 积极, 大力, 充分: manner words, whatever the dictionary tags them
    return tag == "l" and (word[:2] in ("下大", "一大") or any(ch in "是在的了着把被将为以" for ch in word))


def _noun(flag: str) -> bool:
    return flag in NOUN_TAGS


def _opens(words: list[str], flags: list[str], i: int) -> bool:
    f = flags[i]
    if words[i] in COMPLEMENTS and i > 0 and (flags[i - 1] in VERB_TAGS or words[i - 1] in ACTING):
        return False  # 守|牢|粮食安全, 落实|好: a resultative complement of a verb, not a modifier
    if words[i] in SUFFIXES:
        return False  # 引领|性|原创成果: a suffix jieba cut from the word before it
    if words[i] in ACTING and f != "dz":
        return False  # 深化|办学体制改革, 健全|经费投入机制: an action on a term, whatever the dictionary tags it
    if _noun(f):
        return True
    if f in MODIFIER_TAGS:
        return i + 1 < len(words) and (_noun(flags[i + 1]) or _verb_inside(words, flags, i + 1))
    if f in VERB_TAGS:
        head = (i + 1 < len(words) and words[i + 1] in TERM_HEAD_WORDS  # 增长|引擎, not 新增|教育经费 or 实现|产业…
                and not (i + 2 < len(words) and _noun(flags[i + 2])))
        return words[i] not in ACTING and len(words[i]) == 2 and (head or _object(words, flags, i))
    return False


def _object(words: list[str], flags: list[str], i: int) -> bool:
    """促进|就业。: a verb that an action verb takes as its object, with nothing after it, names a thing."""
    return (i > 0 and words[i - 1] in ACTING and words[i] not in PREDICATES
            and (i + 1 == len(words) or flags[i + 1] == "X" or flags[i + 1] in ("uj", "c")))


def _continues(words: list[str], flags: list[str], j: int) -> bool:
    f = flags[j]
    if _noun(f) or f == "sym":
        return True
    if f in MODIFIER_TAGS:
        if len(words[j]) >= 2 and j > 0 and flags[j - 1] in ("n", "nt", "dz", "nz", "vn") and len(words[j - 1]) >= 2:
            return False  # 党中央|坚强领导, 经济社会发展|主要预期目标: an adjective after a noun opens a new phrase
        return j + 1 < len(words) and _noun(flags[j + 1])
    if f in VERB_TAGS:
        return _verb_inside(words, flags, j)
    return False


def _verb_inside(words: list[str], flags: list[str], j: int) -> bool:
    """A verb after a noun stays in the phrase before a head noun (拨款|制度) or when nothing after it could
    be its object (科技|创新。, 回收|利用、); otherwise it is the clause's predicate (机构|从事|业务)."""
    if flags[j] not in VERB_TAGS or len(words[j]) != 2 or words[j] in PREDICATES:
        return False
    return _verb_held(words, flags, j) or _verb_closes(words, flags, j)


def _verb_held(words: list[str], flags: list[str], j: int) -> bool:
    """Before a head noun (增长|引擎), between nouns (机器|学习|算法: units() decides whether it is a predicate), or
    before an action noun or verb that acts on what follows it (科技|创新|推动|产业, 产业|创新|融合发展)."""
    if words[j] not in ACTING and (_before_head(words, flags, j)
                                   or (0 < j < len(words) - 1 and _noun(flags[j - 1]) and _noun(flags[j + 1]))):
        return True
    k = j + 1
    return k < len(words) and words[k] in ACTING and (flags[k] == "vn" or (k + 1 < len(words) and _noun(flags[k + 1])))


def _verb_closes(words: list[str], flags: list[str], j: int) -> bool:
    """Nothing after the verb (or a second verb closing with it: 回收|利用) could be its object."""
    k = j + 1
    if k < len(words) and flags[k] in VERB_TAGS and words[k] not in PREDICATES and len(words[k]) == 2:
        k += 1  # 回收|利用, 节能|改造: two verbs closing a phrase
    if k >= len(words) or flags[k] in ("c", "f"):
        return True
    if flags[k] == "X":
        return words[k] not in PREDICATES and words[k] != "的"
    return flags[k] in VERB_TAGS and words[k] in ACTING  # 科技|创新|推动…: a new action starts


def _before_head(words: list[str], flags: list[str], j: int) -> bool:
    return j + 1 < len(words) and _noun(flags[j + 1]) and words[j + 1].endswith(TERM_HEADS)


def _closes(words: list[str], flags: list[str], i: int, j: int) -> bool:
    f = flags[j]
    if _noun(f):
        return not (f == "ns" and j == i and False)
    return f in VERB_TAGS and j > i and (_noun(flags[j - 1]) or flags[j - 1] in VERB_TAGS) and _verb_inside(words, flags, j)


def _title_only(words: list[str], flags: list[str], i: int, j: int) -> bool:
    """习近平同志, 教育部副部长: a person named by a title or a post is no term."""
    return (flags[i] in ("nr", "nrfg", "nrt") and words[j] in TITLES) or words[j].endswith(POSTS)


# ---------------------------------------------------------------- units


@dataclass(frozen=True, slots=True)
class Unit:
    """A term inside a chunk: its text and where it starts in the clause; ``head_of`` is the index of the unit
    this one applies to (the one before it in a chunk that names two things), or -1."""

    text: str
    start: int
    attribute: bool = False  # an attribute noun of the unit before it (水平, 覆盖面): not a term by itself
    words: tuple[tuple[str, str], ...] = field(default=(), repr=False, compare=False)  # (word, tag) pairs


Known = Callable[[str], int]


def units(chunk: Chunk, *, known: Known, place: Callable[[str], bool] = lambda w: False,
          attested: Known | None = None, listed: bool = False) -> list[Unit]:
    """The terms a chunk names, in order. ``known(text)`` says how well a phrase is attested as a term of its own
    (0: not at all); a chunk is cut between two attested terms, never inside a word. A verb in a phrase that is
    not attested is the phrase's predicate and is left out (专利代理机构|提出 -> 专利代理机构); so is a place
    name opening it (张掖|乡村振兴 -> 乡村振兴). ``attested`` (default ``known``) judges phrases with a verb in
    them: attestation outside the text, so that a text repeating a clause does not make it a term. ``listed``: the
    phrase opens a list (制造业高端化、智能化), so a quality at its end is one of the list's.

    >>> units(Chunk(("中等职业", "学校", "生均", "拨款", "制度"), ("n", "n", "j", "v", "n"), 0),
    ...       known=lambda t: {"中等职业学校": 9, "生均拨款制度": 2}.get(t, 0))
    [Unit(text='中等职业学校', start=0, attribute=False), Unit(text='生均拨款制度', start=6, attribute=False)]
    """
    words, flags = _split_last_word(list(chunk.words), list(chunk.tags))
    words, flags, end, tail = _strip_tails(words, flags, chunk.end, known)
    words, flags, qualities = _strip_qualities(words, flags, end, attested or known, bool(tail) or listed)
    out: list[Unit] = []
    for piece, piece_flags, at in _pieces(words, flags, chunk.start, attested or known, known):
        piece, piece_flags, at = _clean_piece(piece, piece_flags, at, known, place)
        out += _split(piece, piece_flags, at, known)
    out += qualities
    return [*out, tail] if tail and out else out


def _split_last_word(words: list[str], flags: list[str]) -> tuple[list[str], list[str]]:
    """收入水平 -> 收入|水平: a word jieba keeps whole that ends in an attribute or activity noun."""
    last = words[-1]
    if last not in TAILS and len(last) >= 4 and last[-2:] in TAILS and flags[-1] != "dz":
        return [*words[:-1], last[:-2], last[-2:]], [*flags, "n"]
    return words, flags


def _strip_tails(words: list[str], flags: list[str], end: int,
                 known: Known) -> tuple[list[str], list[str], int, Unit | None]:
    """Attribute and activity nouns at a phrase's end (智能化|升级|改造, 三中全会|精神), set apart; the first is kept."""
    tail: Unit | None = None
    if len(words) >= 2 and words[-1] == "精神" and words[-2].endswith(SPOKEN):
        end -= 2
        tail = Unit("精神", end, attribute=True, words=(("精神", flags[-1]),))  # 三中全会|精神: what it said
        words, flags = words[:-1], flags[:-1]
    while len(words) >= 2 and known("".join(words)) < LEXICAL and _tail(words, known):
        end -= len(words[-1])
        tail = Unit(words[-1], end, attribute=True, words=((words[-1], flags[-1]),))
        words, flags = words[:-1], flags[:-1]
    return words, flags, end, tail


def _tail(words: list[str], known: Known) -> bool:
    """An attribute noun always; an activity noun unless it makes a bare noun the name of an activity (产业升级)."""
    if words[-1] in ATTRIBUTE_NOUNS:
        return True
    return words[-1] in ACTIVITY_NOUNS and (len(words) > 2 or len(words[0]) > 2 or known("".join(words)) < 2)


def _strip_qualities(words: list[str], flags: list[str], end: int, attested: Known,
                     allowed: bool) -> tuple[list[str], list[str], list[Unit]]:
    """宏观政策|连续性|稳定性, 产业结构|高端化|升级: qualities of what comes before them, set apart; a phrase ending in
    X化 with nothing after it names a goal (农业现代化) unless ``allowed`` (a tail followed it, or a list does)."""
    qualities: list[Unit] = []
    while len(words) >= 2 and words[-1].endswith(("性", "化")) and len(words[-1]) >= 3 \
            and attested("".join(words)) < 3 and (allowed or words[-1].endswith("性") or qualities):
        end -= len(words[-1])
        qualities.insert(0, Unit(words[-1], end, words=((words[-1], flags[-1]),)))
        words, flags = words[:-1], flags[:-1]
    return words, flags, qualities


def _clean_piece(piece: list[str], flags: list[str], at: int, known: Known,
                 place: Callable[[str], bool]) -> tuple[list[str], list[str], int]:
    """A place or a generic noun of where opening a phrase is dropped (张掖|乡村振兴, 领域|关键核心技术); so is a
    modifier closing it, or an action on the term before it (现代服务业|融合)."""
    while len(piece) >= 2 and (place(piece[0]) or piece[0] in AREAS) and known("".join(piece)) < 2:
        at += len(piece[0])
        piece, flags = piece[1:], flags[1:]
    while piece and (flags[-1] in MODIFIER_TAGS or flags[-1] == "sym" or _acts_on_the_rest(piece, flags, known)):
        piece, flags = piece[:-1], flags[:-1]
    return piece, flags, at


def _acts_on_the_rest(piece: list[str], flags: list[str], known: Known) -> bool:
    return (len(piece) >= 2 and (piece[-1] in ACTING or flags[-1] in ("vn", "v")) and (len(piece) > 2 or len(piece[0]) > 2)
            and 2 * known("".join(piece)) <= known("".join(piece[:-1])))


def _pieces(words: list[str], flags: list[str], start: int, known: Known,
            used: Known) -> list[tuple[list[str], list[str], int]]:
    """The stretches of a phrase between its predicate verbs: a verb stays only in an attested phrase, before a
    head noun (拨款|制度), or closing a phrase the text itself keeps using as a name (消费|扶贫)."""
    if known("".join(words)) >= 2 or not any(f in VERB_TAGS for f in flags) \
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
    if i + 1 < len(words) and words[i + 1].endswith(TERM_HEADS):
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
    whole = [Unit(text, start, words=tuple(zip(words, flags, strict=True)))]
    if len(words) == 1 or known(text) >= 2 or flags[0] in MODIFIER_TAGS or len(text) <= 4:
        return whole
    cut, best = 0, (0, 0)
    for k in range(1, len(words)):
        score = _cut_score(words, flags, k, known) if _may_cut(words, flags, k) else (0, 0)
        if score[0] >= 2 and score > best:
            cut, best = k, score
    if not cut:
        return whole
    head = _split(words[:cut], flags[:cut], start, known)
    return head + _split(words[cut:], flags[cut:], start + len("".join(words[:cut])), known)


def _may_cut(words: list[str], flags: list[str], k: int) -> bool:
    """Not after a bare modifier (有机|食品, 高性能|芯片, 高品质|生态环境), not before a bare class noun (新媒体|平台), not
    after a verbal noun unless a quality follows (产教融合|实训基地)."""
    left, right = "".join(words[:k]), "".join(words[k:])
    if not _may_open(flags[k], words[k]) or (k == len(words) - 1 and words[k] in TERM_HEAD_WORDS):
        return False
    if k == 1 and (len(left) <= 2 or left.endswith(tuple(SUFFIXES)) or (len(left) == 3 and left[0] in DEGREE_PREFIXES)):
        return False
    return not (flags[k - 1] in ("vn", "v") and not right.endswith(QUALITIES))


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
    return _noun(flag) or flag in MODIFIER_TAGS or (flag in VERB_TAGS and word not in ACTING)


def is_role(text: str) -> bool:
    """主攻方向, 重要作用: the role one thing plays for another, never a term.

    >>> is_role("主攻方向"), is_role("工业互联网")
    (True, False)
    """
    return bool(ROLE_PHRASE.match(text))
