"""Terms: the noun phrases of a clause that a reader would index, found without a list made for the text.

A clause (tagged by jieba's dictionary) is cut into **chunks**, its maximal
noun phrases: nouns, names, verbal nouns and distinguishing words in a row,
opened by a noun or a modifier and ended by a noun. A verb stands inside a
chunk only where Chinese makes it nominal: before a head noun (生均|拨款|制度,
增长|引擎) or closing a phrase after a noun (科技|创新, 数据|采集) when nothing
follows it that it could take as an object. A chunk never crosses 的, a
conjunction, a preposition, a pronoun or punctuation, so it never spans two clauses or a subject and its predicate.

A chunk is then read as the terms a reader would index by :mod:`kg.extract.units`.

>>> from kg.text.segment import segmenter
>>> [c.text for c in chunks(segmenter().tag("加强耕地保护和高标准农田建设"))]
['耕地保护', '高标准农田建设']
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from kg.extract.arrangements import DRIVING, named_arrangements
from kg.extract.cues import (
    ACTING,
    ACTIVITY_NOUNS,
    ADVERBS,
    ATTRIBUTE_NOUNS,
    BARE_HEADS,
    MODAL_VERBS,
    NOT_ACTION_HEADS,
    ROLE,
    ROLE_NOUNS,
    ROLES,
    SANCTIONS,
    TERM_HEADS,
)
from kg.extract.frames import frame_predicates
from kg.extract.manners import manner_noun
from kg.extract.splits import split_abbreviations
from kg.text.segment import dictionary

Tags = Sequence[tuple[str, str]]

# jieba's part-of-speech tags (the ICTCLAS set) of words that name things: nouns, names, verbal and
# adjectival nouns, abbreviations, set phrases, Latin, the domain lexicon's own tag.
NOUN_TAGS = frozenset({"dz", "n", "nz", "vn", "ng", "j", "nt", "nr", "ns", "nrt", "nrfg", "eng", "an", "s", "l", "k"})
# Distinguishing words and adjectives: they open a phrase (新型|基础设施, 重要|农产品), never end it.
MODIFIER_TAGS = frozenset({"a", "b"})
VERB_TAGS = frozenset({"v", "vd", "vg"})
PLACE_TAGS = frozenset({"ns", "nr", "nrt", "nrfg", "s"})
NOUN_HALVES = frozenset({"n", "vn", "an", "nz", "b", "j", "ng"})  # jieba's tags of the halves of a compound noun
SYMBOLS = frozenset("+×-·")
# Closed classes of Chinese grammar that never stand inside a term: structural particles and conjunctions,
# pronouns and determiners, words pointing at a time, titles after a name.
BREAK_WORDS = frozenset("的 之 和 与 及 或 等 以及 并 或者 同 跟 暨 例如 比如 诸如 包括 时 中 上 下 里 内 外 间".split())
DETERMINERS = ("我", "你", "他", "她", "它", "这", "那", "其", "各", "每", "本", "该", "此", "某", "哪", "谁", "什么", "怎么",
               "自己", "大家", "有关", "相关", "其他", "其它", "一切", "所有", "全体", "任何", "彼此", "如何", "多少", "上述",
               "全省", "全市", "全区", "全县", "全社会", "同一", "有些", "整个", "部分", "广大", "大量", "个别",
               "同等", "相应", "同样", "相同")  # words of sameness and correspondence point back at another thing
DEICTIC_TIMES = frozenset("""今年 明年 去年 前年 当年 近年 近年来 当前 目前 今后 未来 此前 以往 过去 本年 本届 同期
月份 年度 季度 期间 时期 年底""".split())
# Classifiers (量词) that jieba's dictionary tags as nouns: after a numeral they count the thing named after them.
CLASSIFIERS = frozenset("项 条 部 处 个 家 座 所 支 批 名 位 件 类 种 届 宗 套 台 张 份 例 起 道 门".split())
# Nouns of extent that stand before a predicate as adverbs of degree (基本|建成, 总体|稳定, 实际|增长, 日益|成为: its kin 日趋, 日渐
# are adverbs in jieba's dictionary), whatever jieba tags them.
EXTENT = frozenset("基本 总体 整体 大体 日益 实际".split())
TITLES = frozenset("同志 总书记 主席 总理 副总理 委员长 书记 省长 市长 部长 先生 女士".split())
# Posts that end a phrase naming a person by office (教育部副部长, 司局负责同志): a post, not a policy concept.
POSTS = ("同志", "负责人", "部长", "局长", "秘书长", "总理", "主任", "书记", "省长", "市长", "县长", "主席", "委员长")
MANNER = (*(a for a in ADVERBS if len(a) >= 2), "日益")  # 日益|增长: an adverb whatever jieba tags the whole
TOWARD = frozenset("向 朝 往".split())  # prepositions of direction: the verb after their object is the predicate
# Verbs of motion toward a goal (产业|迈向|价值链, 面向|市场), whatever jieba tags them: what follows is where a subject
# goes or faces, never part of a name with it; jieba keeps some whole with their goal (面向市场, 走向世界).
DIRECTIONS = ("迈向", "面向", "走向", "奔向", "通向", "朝向", "转向", "驶向")
PREDICATES = frozenset((*NOT_ACTION_HEADS, *MODAL_VERBS, "有", "为", "作为", "成为", "没有", "不得", "不",
                        # auxiliaries of degree and phase before a verb (不够|完善, 有待|加强)
                        "不够", "尚待", "有待", "亟待", "亟需", "仍需", "还需", "尚需", "尚未", "未能", "难以", "开始", "继续",
                        "力争", "确保", "务必",
                        # verbs of attainment: what follows is what a subject reached (事业|取得|新进展)
                        "取得", "获得", "达到", "迈出",
                        # the verbs a statute imposes its penalties by (部门|责令|限期改正), whatever jieba tags them
                        *SANCTIONS,
                        *DIRECTIONS))
# Verbs of attainment (cues.ATTAIN) that a clause needs an object for (实现|脱贫, 保持|经济…): inside a phrase only
# closing it after a noun (生态产品价值|实现, 水土|保持) or before a head of arrangements (价值|实现|机制).
ATTAINING = frozenset("实现 保持".split())
ROLE_PHRASE = re.compile(f"^{ROLE}$|^(?:决定性|重要|重大|深远|特殊|历史性?|里程碑)?(?:意义|影响|作用|地位|名义)$"
                         f"|^(?:{'|'.join(ROLES)})$")  # 以X为核心, 为导向: the role word alone
ROLE_ENDS = (*ROLE_NOUNS, "意义", "影响", "作用", "地位", "名义", *ROLES, "\n")  # what a role phrase ends with ($ before a newline too)
TERM_HEAD_WORDS = frozenset(TERM_HEADS)
ARRANGEMENTS = BARE_HEADS | {"路径", "渠道", "途径"}  # heads of arrangements and ways (机制, 路径)
SUFFIXES = frozenset("性 化 型 式 级 类".split())
PREDICATIVE = frozenset({"v", "a", "ad", "d"})  # jieba's tags of verbs, adjectives and adverbs
# One-character resultative complements (结果补语): after a verb they close it (做好, 守牢, 抓实), never modify a noun.
COMPLEMENTS = frozenset("好 牢 实 细 足 准 紧 透 稳".split())
# Nouns of extent and course (范围, 幅度, 过程): closing a phrase they name how far or through what stages the thing
# before them goes (代理权限|范围, 物价上涨|幅度, 执业|过程); after a bare noun they may make a name (经营范围).
SCOPE_NOUNS = frozenset("范围 幅度 过程".split())
SCOPES = frozenset("国家 全国 世界 全球 国际 国内".split())  # words of the whole country or world
TAILS = ATTRIBUTE_NOUNS | ACTIVITY_NOUNS | SCOPE_NOUNS
LEXICAL = 1000  # what ``known`` says of a term of the domain lexicon
MAX_WORDS = 8
OPENING = NOUN_TAGS | MODIFIER_TAGS | VERB_TAGS  # the flags of a word that may open a chunk (:func:`_opens`)
MAX_CHARS = 20


@dataclass(frozen=True, slots=True)
class Chunk:
    """A maximal noun phrase of a clause: its words, their tags, where it starts and where it ends in the clause.

    >>> Chunk(("数字", "经济"), ("n", "n"), 2).end
    6
    """

    words: tuple[str, ...]
    tags: tuple[str, ...]
    start: int
    text: str = field(default="", repr=False, compare=False)
    end: int = field(default=-1, repr=False, compare=False)  # set from start and text

    def __post_init__(self) -> None:
        if not self.text:
            object.__setattr__(self, "text", "".join(self.words))
        if self.end < 0:
            object.__setattr__(self, "end", self.start + len(self.text))


def chunks(tags: Tags) -> list[Chunk]:
    """The maximal noun phrases of one tagged clause, in order.

    >>> from kg.text.segment import segmenter
    >>> [c.text for c in chunks(segmenter().tag("把职业教育摆在教育改革创新和经济社会发展中更加突出的位置"))]
    ['职业教育', '经济社会发展']
    """
    out: list[Chunk] = []
    words = [w for w, _ in tags]
    if len(FLAGGED) > 200_000:
        FLAGGED.clear()
    flags = [FLAGGED.get(p) or FLAGGED.setdefault(p, flag(*p)) for p in tags]
    flags = abilities(adverbial_nouns(classifiers(nouns_in_lists(flags, words), words), words), words)
    flags = frame_predicates(listed_actions(split_abbreviations(flags, words), words), words)  # 以县为单元|统一|制定
    words, flags = named_arrangements(words, flags, nouns=NOUN_TAGS)
    offsets = [0, *itertools.accumulate(map(len, words))]
    i, n = 0, len(words)
    while i < n:
        if flags[i] not in OPENING or not _opens(words, flags, i):
            i += 1
            continue
        j = i
        while j + 1 < n and _continues(words, flags, j + 1):
            j += 1
        while j >= i and not _closes(words, flags, i, j):
            j -= 1
        if j > i and flags[j] in VERB_TAGS and i > 0 and words[i - 1] in TOWARD:
            j -= 1  # 向|应用型|转变, 向|基层|延伸: what 向 points at, then the verb of the clause
        if j >= i:
            size = j - i + 1
            if size <= MAX_WORDS and offsets[j + 1] - offsets[i] <= MAX_CHARS and not _title_only(words, flags, i, j):
                out.append(Chunk(tuple(words[i:j + 1]), tuple(flags[i:j + 1]), offsets[i], "".join(words[i:j + 1]), offsets[j + 1]))
            i = j + 1
        else:
            i += 1
    return out


FLAGGED: dict[tuple[str, str], str] = {}  # (word, tag) -> its flag: chunks() asks for the same pairs again and again


@lru_cache(maxsize=200_000)
def flag(word: str, tag: str) -> str:
    """A word's tag as chunks read it: 'X' for words that never stand in a term, whatever jieba tags them.

    >>> flag("积极", "a"), flag("现代", "t"), flag("工业", "n"), flag("发展壮大", "l"), flag("义务教育", "l")
    ('X', 'b', 'n', 'v', 'l')
    >>> flag("公共安全", "nr"), flag("赫鲁晓夫", "nr"), flag("申请专利", "nr"), flag("未办理", "n")
    ('n', 'nr', 'v', 'X')
    """
    if _never_inside(word, tag):
        return "X"
    if reciprocal(word):
        return "v"
    if tag == "r":
        return "n"  # jieba tags some nouns r (本科)
    if tag == "x":
        return "sym"
    if tag in ("t", "z") or (tag == "i" and word.endswith(("性", "型", "式"))):
        return "b"  # 现代|工程技术, 优良|天数, 颠覆性|技术: a time word, a status word or a quality idiom modifies a noun
    if len(word) == 4:
        return _four(word, tag)
    return tag


def _four(word: str, tag: str) -> str:
    """The tag of a four-character word read as its two halves where jieba's dictionary tags the whole amiss.

    >>> _four("公共安全", "nr"), _four("申请专利", "nr"), _four("降低成本", "n"), _four("落到实处", "l"), _four("义务教育", "l")
    ('n', 'v', 'v', 'v', 'l')
    """
    if tag == "nr":
        return _named_pair(word)
    if tag == "n" and _acts(word):
        return "v"  # 降低|成本, 坚持|原则: an action verb and its object, whatever jieba's dictionary tags the whole
    if tag in ("l", "n", "nz") and _stated(word, tag):
        return "v"  # 发展|壮大, 落到|实处, 不懈|努力: a set phrase closed by an adjective or an adverb states, names
        # nothing; after a noun it may name a state (领土|完整, 人身|自由)
    return tag


def _named_pair(word: str) -> str:
    """A four-character word tagged a person's name (a Chinese name has two or three characters): two nouns make a
    noun (公共|安全, 市场|秩序), a verb and a noun a verb and its object (申请|专利, 采取|措施)."""
    first, second = dictionary()[1].get(word[:2]), dictionary()[1].get(word[2:])
    if first in NOUN_HALVES and second in NOUN_HALVES:
        return "n"
    if first == "v" and second == "n":
        return "v"
    return "nr"


def _stated(word: str, tag: str) -> bool:
    """A set phrase closed by an adjective or an adverb and not opened by a noun (发展|壮大, not 领土|完整); a word the
    dictionary tags a noun only where a verb or an adjective opens it (保持|稳定, 成效|显著; not 城市|更新)."""
    first = dictionary()[1].get(word[:2])
    return dictionary()[1].get(word[2:]) in ("a", "ad", "d") and (first in PREDICATIVE or (tag == "l" and first != "n"))


def _acts(word: str) -> bool:
    """降低|成本: an action verb of the dictionary and a noun that is no head of named things (保障|体系, 实施|细则),
    no attribute (创新|能力) and no doctrine (保护|主义).

    >>> _acts("降低成本"), _acts("保障体系"), _acts("知识产权")
    (True, False, False)
    """
    tags = dictionary()[1]
    verb, rest = word[:2], word[2:]
    return (verb in ACTING and tags.get(verb) == "v" and tags.get(rest) == "n" and rest not in TERM_HEAD_WORDS
            and rest not in ATTRIBUTE_NOUNS and rest not in ("主义", "细则", "办法", "方案", "路线", "机制", "制度"))


def nouns_in_lists(flags: list[str], words: list[str]) -> list[str]:
    """Items of one list are of one kind: a word jieba tags a person's name (玉米, 养老, 青少年 carry ``nr`` in
    its dictionary) is a noun where 、 joins it to a noun.

    >>> nouns_in_lists(["n", "sym", "nr", "sym", "n"], ["小麦", "、", "玉米", "、", "马铃薯"])
    ['n', 'sym', 'n', 'sym', 'n']
    >>> nouns_in_lists(["nr", "n"], ["马克思", "主义"])
    ['nr', 'n']
    """
    out = list(flags)
    if "nr" not in flags:
        return out
    for k, f in enumerate(flags):
        if f != "nr":
            continue
        for sep, other in ((k - 1, k - 2), (k + 1, k + 2)):
            if 0 <= other < len(flags) and words[sep] == "、" and flags[other] in NOUN_TAGS - PLACE_TAGS:
                out[k] = "n"
    return out


def classifiers(flags: list[str], words: list[str]) -> list[str]:
    """3|项|重大事项, 10|条|措施: a classifier that jieba tags a noun, right after a numeral, counts what follows it;
    it is no word of the term (五|轴|机床, 零|碳 hold no classifier); 指 (is defined as) opening a clause or after 是
    defines what comes before (所称专利代理，是|指|…); 经 is the preposition of approval (经|国务院|同意).

    >>> classifiers(["m", "n", "a", "n"], ["3", "项", "重大", "事项"])
    ['m', 'X', 'a', 'n']
    >>> classifiers(["n", "n"], ["指", "专利代理机构"]), classifiers(["v", "n", "n"], ["建设", "省", "政府"])
    (['X', 'n'], ['v', 'n', 'n'])
    >>> classifiers(["n", "nt", "v"], ["经", "国务院", "同意"])
    ['X', 'nt', 'v']
    """
    out = list(flags)
    if "m" not in flags and "指" not in words and "经" not in words:
        return out
    for k, word in enumerate(words):
        after_numeral = k > 0 and flags[k - 1] == "m" and word in CLASSIFIERS
        defining = word == "指" and (k == 0 or words[k - 1] in "是系")
        if len(word) == 1 and flags[k] == "n" and (after_numeral or defining or word == "经"):
            out[k] = "X"
    return out


def listed_actions(flags: list[str], words: list[str]) -> list[str]:
    """Items of one list are of one kind: an item of a verbal noun and a noun (管控|危机) is a verb and its object where
    an item next to it is a verb and its object (塑造|态势、管控|危机、遏制|战争): the list names actions.

    >>> listed_actions(["v", "n", "sym", "vn", "n", "sym", "v", "n"], ["塑造", "态势", "、", "管控", "危机", "、", "遏制", "战争"])
    ['v', 'n', 'sym', 'v', 'n', 'sym', 'v', 'n']
    >>> listed_actions(["vn", "n", "sym", "vn", "n"], ["研发", "设计", "、", "生产", "制造"])
    ['vn', 'n', 'sym', 'vn', 'n']
    """
    out = list(flags)
    if "、" not in words:
        return out  # no list
    starts = [0] + [k + 1 for k, w in enumerate(words) if w == "、"]
    pairs = _pair_items(flags, words, starts)
    acting = {k for k in pairs if k > 0 and flags[k] in VERB_TAGS and flags[k + 1] == "n"  # the first item's verb may
              and words[k + 1] not in ATTRIBUTE_NOUNS}  # govern the whole list; 增长|方式 names a way
    heads = [words[k + 1] for k in pairs]
    for i, k in enumerate(starts):
        near = {starts[i - 1] if i else -1, starts[i + 1] if i + 1 < len(starts) else -1}
        if k in pairs and flags[k] == "vn" and near & acting and heads.count(words[k + 1]) == 1:
            out[k] = "v"  # not where items share their noun: 洗煤设备、炼焦设备 name kinds of one thing
    return out


def _pair_items(flags: list[str], words: list[str], starts: list[int]) -> set[int]:
    """Where the list items of two words closed by a noun start (塑造|态势、…)."""
    return {k for k in starts if k + 1 < len(words) and noun(flags[k + 1]) and (k + 2 == len(words) or words[k + 2] == "、")}


def reciprocal(word: str) -> bool:
    """相适应, 相衔接, 互操作: 相 or 互 before a verb of the dictionary makes a verb (与X相适应), whatever the dictionary tags the whole.

    >>> reciprocal("相适应"), reciprocal("相关性")
    (True, False)
    """
    return len(word) == 3 and word[0] in "相互" and dictionary()[1].get(word[1:]) in ("v", "vn")


def adverbial_nouns(flags: list[str], words: list[str]) -> list[str]:
    """基本|完成, 总体|稳定, 整体|推进: a noun of extent that jieba's dictionary tags n is an adverb of degree right
    before a verb or an adjective, never a word of a term (基本|公共服务 stays).

    >>> adverbial_nouns(["n", "vn", "n", "v"], ["职业", "教育", "基本", "完成"])
    ['n', 'vn', 'X', 'v']
    >>> adverbial_nouns(["n", "n"], ["基本", "农田"]), adverbial_nouns(["n", "X"], ["日益", "成为"])
    (['n', 'n'], ['X', 'X'])
    """
    out = list(flags)
    if EXTENT.isdisjoint(words):
        return out
    for k, word in enumerate(words[:-1]):
        if word in EXTENT and (flags[k + 1] in ("v", "vd", "a", "ad", "d") or words[k + 1] in PREDICATES):
            out[k] = "X"
    return out


def abilities(flags: list[str], words: list[str]) -> list[str]:
    """可支配|收入, 可降解|材料: 可 and a verb of the dictionary (-able) modify the noun after them; a verb right after
    such a word is that noun (收入, which jieba's dictionary tags a verb, is the income).

    >>> abilities(["n", "v", "v", "v"], ["居民", "可支配", "收入", "增长"])
    ['n', 'b', 'vn', 'v']
    >>> abilities(["v", "v"], ["可", "享受"])
    ['v', 'v']
    """
    out = list(flags)
    if "可" not in "".join(words):
        return out
    for k, word in enumerate(words):
        if len(word) == 3 and word[0] == "可" and flags[k] in ("v", "l") and dictionary()[1].get(word[1:]) in ("v", "vn"):
            out[k] = "b"
            if k + 1 < len(words) and flags[k + 1] in VERB_TAGS and len(words[k + 1]) == 2:
                out[k + 1] = "vn"
    return out


def _never_inside(word: str, tag: str) -> bool:
    """Function words, pronouns, times, predicates, manners and symbols other than +×-· never stand in a term."""
    if word in BREAK_WORDS or word in DEICTIC_TIMES or word in PREDICATES or _predicate_shape(word, tag):
        return True
    if tag == "r":
        return len(word) < 2 or word.startswith(DETERMINERS)
    if tag == "x":
        return word not in SYMBOLS
    if word.startswith(DETERMINERS) and tag not in ("dz", "nt", "ns"):
        return True
    if tag != "dz" and len(word) >= 2 and word.startswith(MANNER):
        return word in MANNER or not manner_noun(word, tag)  # 积极, 高质量: manner words, whatever the dictionary tags them; not 共同|体
    return tag == "l" and (word[:2] in ("下大", "一大") or any(ch in "是在的了着把被将为以" for ch in word))


def _predicate_shape(word: str, tag: str = "") -> bool:
    """面向市场, 走向世界: a verb of direction and its goal; 未办理, 没执行: a negated verb, whatever the segmenter
    made of it; 放在, 用于, 落到: a verb and the preposition of where its object goes (把X放在Y).

    >>> _predicate_shape("面向市场"), _predicate_shape("未办理"), _predicate_shape("未来"), _predicate_shape("放在", "v")
    (True, True, False, True)
    """
    if (len(word) == 4 and word.startswith(DIRECTIONS)) or (tag == "v" and len(word) == 2 and word[1] in "在于到"):
        return True
    return len(word) >= 3 and word[0] in "未没" and (dictionary()[1].get(word[1:]) in ("v", "vn") or word[1:] in ACTING)


def noun(flag: str) -> bool:
    """A tag of a word that names a thing.

    >>> noun("vn"), noun("v")
    (True, False)
    """
    return flag in NOUN_TAGS


def _opens(words: list[str], flags: list[str], i: int) -> bool:
    f = flags[i]
    if words[i] in COMPLEMENTS and i > 0 and (flags[i - 1] in VERB_TAGS or words[i - 1] in ACTING):
        return False  # 守|牢|粮食安全, 落实|好: a resultative complement of a verb, not a modifier
    if words[i] in SUFFIXES:
        return False  # 引领|性|原创成果: a suffix jieba cut from the word before it
    if words[i] in ACTING and f != "dz":  # 深化|办学体制改革, 健全|经费投入机制: an action on a term, whatever it is tagged,
        return words[i + 1:i + 2] in DRIVING  # unless what drives or leads (创新|驱动|发展, 创新|引领)
    if f in NOUN_TAGS:
        return True
    if f in MODIFIER_TAGS:
        return i + 1 < len(words) and (flags[i + 1] in NOUN_TAGS or _verb_inside(words, flags, i + 1))
    if f in VERB_TAGS:
        head = (i + 1 < len(words) and words[i + 1] in TERM_HEAD_WORDS  # 增长|引擎, not 新增|教育经费 or 实现|产业…
                and not (i + 2 < len(words) and flags[i + 2] in NOUN_TAGS))
        return words[i] not in ACTING and words[i] not in ATTAINING and len(words[i]) == 2 and (head or _object(words, flags, i))
    return False


def _object(words: list[str], flags: list[str], i: int) -> bool:
    """促进|就业。: a verb that an action verb takes as its object, with nothing after it, names a thing."""
    return (i > 0 and words[i - 1] in ACTING and words[i] not in PREDICATES
            and (i + 1 == len(words) or flags[i + 1] == "X" or flags[i + 1] in ("uj", "c")))


def _continues(words: list[str], flags: list[str], j: int) -> bool:
    f = flags[j]
    if f in NOUN_TAGS or f == "sym":
        return True
    if f in MODIFIER_TAGS:
        if len(words[j]) >= 2 and j > 0 and flags[j - 1] in ("n", "nt", "dz", "nz", "vn") and len(words[j - 1]) >= 2 \
                and (words[j - 1] not in SCOPES or words[j].startswith(("最", "唯一"))):
            return False  # 党中央|坚强领导, 经济社会发展|主要预期目标: an adjective after a noun opens a new phrase; a word of
            # the whole country before it scopes the phrase (国家|重大科技项目: units() drops it where the corpus does not
            # name the phrase whole), unless it is what a superlative compares within (全国|最大|…基地)
        return j + 1 < len(words) and flags[j + 1] in NOUN_TAGS
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
    """Before a head noun (增长|引擎), between nouns (机器|学习|算法: units() decides whether it is a predicate), an
    action verb between a noun and an attribute noun closing the phrase (政府|治理|效能: units() sets the attribute
    apart and keeps the verb only where the corpus names the phrase with it), or before an action noun or verb that
    acts on what follows it (科技|创新|推动|产业, 产业|创新|融合发展)."""
    if words[j] in ATTAINING:
        return j + 1 < len(words) and words[j + 1] in ARRANGEMENTS
    between = 0 < j < len(words) - 1 and flags[j - 1] in NOUN_TAGS
    if between and words[j + 1] in ATTRIBUTE_NOUNS and flags[j + 1] == "n" and len(words[j - 1]) >= 2 \
            and (j + 2 == len(words) or flags[j + 2] not in NOUN_TAGS):
        return True
    if words[j] not in ACTING and (_before_head(words, flags, j) or (between and flags[j + 1] in NOUN_TAGS)):
        return True
    k = j + 1
    return k < len(words) and words[k] in ACTING and (flags[k] == "vn" or (k + 1 < len(words) and flags[k + 1] in NOUN_TAGS))


def _verb_closes(words: list[str], flags: list[str], j: int) -> bool:
    """Nothing after the verb (or a second verb closing with it: 回收|利用) could be its object."""
    k = j + 1
    if words[j] in ATTAINING:
        return k >= len(words) or flags[k] in ("c", "f")  # 贫困人口|实现|脱贫: what it attains follows
    if k < len(words) and flags[k] in VERB_TAGS and words[k] not in PREDICATES and len(words[k]) == 2:
        k += 1  # 回收|利用, 节能|改造: two verbs closing a phrase
    if k >= len(words) or flags[k] in ("c", "f"):
        return True
    if flags[k] == "X":
        return words[k] not in PREDICATES and words[k] != "的"
    return flags[k] in VERB_TAGS and words[k] in ACTING  # 科技|创新|推动…: a new action starts


def _before_head(words: list[str], flags: list[str], j: int) -> bool:
    return j + 1 < len(words) and flags[j + 1] in NOUN_TAGS and words[j + 1].endswith(TERM_HEADS)


def _closes(words: list[str], flags: list[str], i: int, j: int) -> bool:
    return flags[j] in NOUN_TAGS or (flags[j] in VERB_TAGS and j > i and (flags[j - 1] in NOUN_TAGS or flags[j - 1] in VERB_TAGS)
                                     and _verb_inside(words, flags, j))


def _title_only(words: list[str], flags: list[str], i: int, j: int) -> bool:
    """习近平同志, 教育部副部长: a person named by a title or a post is no term."""
    return (flags[i] in ("nr", "nrfg", "nrt") and words[j] in TITLES) or words[j].endswith(POSTS)


def is_role(text: str) -> bool:
    """主攻方向, 重要作用: the role one thing plays for another, never a term.

    >>> is_role("主攻方向"), is_role("工业互联网")
    (True, False)
    """
    return text.endswith(ROLE_ENDS) and bool(ROLE_PHRASE.match(text))
