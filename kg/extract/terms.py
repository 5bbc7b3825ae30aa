"""Terms: the noun phrases of a text that a reader would index, found without a list made for the text.

Candidates are read from part-of-speech runs (jieba's tags, over the same
clause records as every stage): nouns, names and verbal nouns in a row,
without 的 or a conjunction, starting with a noun or a distinguishing word
and ending in a noun (or a verb that a noun before it makes nominal:
耕地保护); quoted terms (“菜篮子”市长负责制) and 《…》 titles; aliases a text
defines (（以下简称…）). Whether a candidate is a term is decided by
statistics, not by a list of generic words:

* general Chinese as background: a phrase of two words that both rank among
  the commonest words of jieba's frequency dictionary (地方政府, 关键岗位) is a
  term only when the text keeps using it;
* the text itself: a phrase nested in longer candidates counts as a term
  only when it also stands on its own there (the nesting rule of C-value);
* places are places: a candidate made of place names, or one that an
  administrative-division list names, is kept out of policy terms.

>>> from kg.text.segment import segmenter
>>> tag = segmenter().tag
>>> [c.text for c in candidates(tag("组织实施好现代职业教育质量提升计划"))]
['现代职业教育质量提升计划', '职业教育质量提升计划', '教育质量提升计划', '质量提升计划']
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from kg.extract.cues import ACTION_VERBS, ADVERBS, CONTAINER_HEAD, MODAL_VERBS, NOT_ACTION_HEADS, ROLE
from kg.text.segment import Background

Tags = Sequence[tuple[str, str]]

# jieba's part-of-speech tags (ICTCLAS set): what may stand inside a term, start it, end it.
INSIDE = {"dz", "n", "nz", "vn", "v", "ng", "j", "l", "i", "nt", "nr", "ns", "nrt", "nrfg", "eng", "an", "k", "b", "a", "t",
          "s", "f", "m", "x", "vd", "z"}
START = {"dz", "n", "nz", "vn", "ng", "j", "nt", "nr", "ns", "nrt", "nrfg", "eng", "an", "b", "t", "s", "f"}
END = {"dz", "n", "nz", "vn", "ng", "j", "l", "i", "nt", "eng", "an", "k"}
NOUNS = {"dz", "n", "nz", "vn", "ng", "j", "l", "nt", "eng", "an", "k"}
# What may be dropped from the front of a phrase and leave a term: places, names, numbers, qualities, times.
MODIFIERS = {"ns", "nr", "nrt", "nrfg", "m", "a", "b", "t", "s", "f", "nt"}
PLACE_TAGS = {"ns", "nr", "nrt", "nrfg", "s", "f"}
SYMBOLS = {"+", "×", "-", "·"}
# Head nouns of named things (the 体系/制度/机制/工程/计划/行动/产业/技术/平台/基地, and institutions).
TERM_HEADS = ("体系", "制度", "机制", "工程", "计划", "行动", "产业", "技术", "平台", "基地", "企业", "机构", "组织", "中心",
              "团队", "学校", "院校", "工作室", "园区", "项目", "基金", "政策", "标准", "规划", "试点", "示范区", "集群",
              "市场", "网络", "设施", "体制", "模式", "战略", "方案", "活动", "周", "日", "制", "型", "区", "站", "库")
END_WORDS = {"。", ""}
MANNER = tuple(a for a in ADVERBS if len(a) >= 2)
ACTING = frozenset(v for v in (*ACTION_VERBS, "产生", "着手", "驱动", "注入", "开发新") if len(v) >= 2)
# Pronouns and determiners (a closed class of Chinese grammar): they never stand inside a term.
DETERMINERS = ("我", "你", "他", "她", "它", "这", "那", "其", "各", "每", "本", "该", "此", "某", "哪", "谁", "什么", "怎么",
               "自己", "大家", "有关", "相关", "其他", "其它", "一切", "所有", "全体", "任何", "彼此", "如何", "多少")
# Titles that follow a person's name, and words that point at a time (a closed class): neither opens a term.
TITLES = frozenset("同志 总书记 主席 总理 副总理 委员长 书记 省长 市长 部长 先生 女士".split())
DEICTIC_TIMES = frozenset("今年 明年 去年 前年 当年 近年 近年来 当前 目前 今后 未来 此前 以往 过去 本年 本届".split())
BREAK_WORDS = {"的", "和", "与", "及", "或", "等", "之", "以及", "并", "或者", "各", "本", "该", "其", "上", "下", "中", "内", "里",
               "有关", "相关", *MODAL_VERBS, *NOT_ACTION_HEADS, *DEICTIC_TIMES}
ROLE_PHRASE = re.compile(f"^{ROLE}$|^(?:决定性|重要|重大|深远|特殊|历史性?|里程碑)?(?:意义|影响|作用|地位)$")
# Verbal nouns that name an activity around a term rather than the term (高标准农田建设 is about 高标准农田).
ACTIVITY = ("建设", "工作", "发展", "推进", "实施", "行动", "改造", "应用", "管理", "服务", "保护", "利用", "治理", "提升", "攻关")
MAX_CHARS = 16
MAX_TOKENS = 7


@dataclass(frozen=True, slots=True)
class Candidate:
    """A noun phrase of a clause: its text and tags, whether it was quoted or is a suffix of a longer run."""

    text: str
    tags: tuple[str, ...]
    words: tuple[str, ...]
    nested: bool = False


def candidates(tags: Tags, *, common: Callable[[str], bool] = lambda w: False) -> list[Candidate]:
    """Noun phrases of one tagged clause: each maximal run, the runs inside it that end where it ends, and
    the run without a last word that is only a common noun (职业院校助学金覆盖面 -> 职业院校助学金).

    >>> from kg.text.segment import segmenter
    >>> [c.text for c in candidates(segmenter().tag("加强耕地保护和高标准农田建设"))]
    ['耕地', '高标准农田建设', '高标准农田']
    """
    out: list[Candidate] = []
    for run in _runs(tags, common):
        words = tuple(w for w, _ in run)
        flags = tuple(t for _, t in run)
        out.append(Candidate("".join(words), flags, words))
        for i in range(1, len(run) - 1):
            if flags[i] in START and len(words[i - 1]) >= 2:  # a one-character word binds to the next (新|时代)
                out.append(Candidate("".join(words[i:]), flags[i:], words[i:], nested=True))
        if len(run) >= 2 and (words[-1] in ACTIVITY or (common(words[-1]) and not _head(words[-1]))) \
                and flags[-2] in NOUNS:
            head = words[:-1]
            out.append(Candidate("".join(head), flags[:-1], head, nested=True))
            for i in range(1, len(head) - 1):
                if flags[i] in START and len(head[i - 1]) >= 2:
                    out.append(Candidate("".join(head[i:]), flags[i:-1], head[i:], nested=True))
    return [c for c in out if 2 <= len(c.text) <= MAX_CHARS]


def _head(word: str) -> bool:
    """目标, 任务, 部署, 要求: a head that makes the words before it a kind of aim (经济社会发展主要预期|目标); never dropped."""
    return word in ("目标", "任务", "部署", "要求")


_INSIDE: dict[tuple[str, str], int] = {}  # (word, tag) -> 0 outside, 1 inside, 2 inside before a term head only


def _inside(word: str, flag: str) -> int:
    known = _INSIDE.get((word, flag))
    if known is None:
        if flag == "r" and len(word) >= 2 and not word.startswith(DETERMINERS):
            flag = "n"  # jieba's dictionary tags some nouns as pronouns (本科)
        if word in BREAK_WORDS or flag not in INSIDE or (flag == "x" and word not in SYMBOLS):
            known = 0
        elif len(word) >= 2 and word.startswith(MANNER) and flag != "dz":
            known = 0  # 充分发挥, 积极探索, 大力: manner words, whatever jieba's dictionary tags them
        elif word in ACTING and flag not in ("dz", "vn"):
            known = 2  # an action verb is a term's part only before its head noun (质量提升计划), else it acts
        else:
            known = 1
        if len(_INSIDE) < 200_000:
            _INSIDE[(word, flag)] = known
    return known


def _runs(tags: Tags, common: Callable[[str], bool]) -> list[list[tuple[str, str]]]:
    runs: list[list[tuple[str, str]]] = []
    run: list[tuple[str, str]] = []
    padded = (*tags, ("。", "x"))
    for i, (word, flag) in enumerate(padded):
        inside = _inside(word, flag)
        if inside == 2:
            inside = i + 1 < len(padded) and padded[i + 1][0].endswith(TERM_HEADS)
        if inside:
            run.append((word, flag))
            continue
        while run and ((run[0][1] not in START and not _adjective_start(run) and not _derived(run))
                       or (run[0][0] in ACTING and len(run) > 1 and run[0][1] != "dz")):
            run.pop(0)  # 发展新技术 is an action on a term, not a term
        trimmed = False
        while run and (not _ends(run) or (trimmed and run[-1][1] == "v")):
            run.pop()  # a verb that had words after it in the run is a predicate (粮食产量|超过|1000亿斤)
            trimmed = True
        if run and len(run) <= MAX_TOKENS:
            runs.append(run)
        run = []
    return runs


def _derived(run: list[tuple[str, str]]) -> bool:
    """生成式人工智能, 融合型企业: a verb made a modifier by a suffix (式, 型, 性, 化) opens a term; so does a set
    phrase before a noun (高等职业|学校)."""
    if run[0][1] == "l" and len(run[0][0]) <= 4 and len(run) > 1 and run[1][1] in ("dz", "n", "nz", "ng", "vn"):
        return True
    return run[0][1] in ("v", "vn") and len(run) > 2 and run[1][1] == "k" and run[0][0] not in ACTING


def _adjective_start(run: list[tuple[str, str]]) -> bool:
    """新发展理念: a one-character adjective may open a phrase of three words or more whose next word is a noun."""
    return run[0][1] == "a" and len(run[0][0]) == 1 and len(run) >= 3 and run[1][1] in NOUNS


def _ends(run: list[tuple[str, str]]) -> bool:
    """A run may end in a noun, in a head of named things whatever its tag (活动周), or in a verb with a noun
    before it (耕地保护, 科技成果转化)."""
    word, flag = run[-1]
    return (flag in END or (len(run) > 1 and word in TERM_HEADS)
            or (flag == "v" and len(run) > 1 and run[-2][1] in NOUNS and len(word) == 2))


QUOTED = re.compile(r"“(?P<q>[^“”，。；：！？]{2,14})”"
                    r"(?P<tail>[^“”，。；：！？、（）()的和与及等在是\s]{1,6}(?=[，。；：！？、（）()的和与及等]|$))?")
TITLE = re.compile(r"《(?P<t>[^《》]{2,40})》")
SHORT_FOR = re.compile(r"(?P<full>[\u4e00-\u9fffA-Za-z0-9“”+]{3,30})[（(](?:以下简称|以下称|简称|下称)[“]?"
                       r"(?P<short>[^（）()”]{2,16})[”]?[）)]")


def quoted_terms(text: str) -> list[str]:
    """Terms set in quotation marks, with the head noun that follows them: “菜篮子”市长负责制.

    >>> quoted_terms("坚持“菜篮子”市长负责制，开展“大国工匠进校园”活动")
    ['菜篮子市长负责制', '菜篮子', '大国工匠进校园活动', '大国工匠进校园']
    """
    out = []
    for m in QUOTED.finditer(text):
        out.append(m["q"] + (m["tail"] or ""))
        if m["tail"] and m["q"] not in out:
            out.append(m["q"])
    return out


def titles(text: str) -> list[str]:
    """Names of documents, laws and plans: 《中华人民共和国职业教育法》."""
    return [m["t"] for m in TITLE.finditer(text)]


def short_forms(text: str) -> list[tuple[str, str]]:
    """(full form, short form) a text defines.

    >>> short_forms("启动“学历证书+若干职业技能等级证书”制度试点（以下称1+X证书制度试点）工作")
    [('学历证书+若干职业技能等级证书制度试点', '1+X证书制度试点')]
    """
    out = []
    for m in SHORT_FOR.finditer(text):
        full = m["full"].replace("“", "").replace("”", "")
        while full.startswith(ACTION_VERBS) and len(full) > 4:
            full = full[len(next(v for v in ACTION_VERBS if full.startswith(v))):]
        out.append((full, m["short"]))
    return out


def is_term(c: Candidate, *, background: Background, uses: Counter[str], standalone: set[str]) -> bool:
    """Whether a candidate is a term of the text (see the module's docstring).

    ``uses`` counts the clauses a candidate occurs in; ``standalone`` holds the
    candidates that occur as a whole run somewhere.
    """
    if ROLE_PHRASE.match(c.text) or CONTAINER_HEAD.search(c.text) or all(len(w) == 1 for w in c.words) \
            or sum(t == "a" for t in c.tags) > 1:
        return False  # 主攻方向 names a role, 甘风陇韵 is no word jieba knows, 新领域新赛道 is two phrases
    if c.nested and c.text not in standalone and (len(c.words[0]) < 2 or c.tags[0] not in NOUNS or len(c.text) < 4) \
            and len(c.text) < 6:
        return False  # a piece of a longer phrase must look like a term on its own (not 教育标准体系 of 职业|教育|标准体系)
    if len(c.words) >= 2 and len(c.words[-2]) > 1 and c.words[-2][-1] == c.words[-1][-1] == "性":
        return False  # 前瞻性针对性: qualities listed side by side, not one thing (政策性开发性金融工具 is one)
    if len(c.words[-1]) >= 3 and c.words[-1].endswith("性") and c.tags[-1] == "n":
        return False  # 创造性, 政策取向一致性: a quality of something, not a thing (生物|多样性 is tagged l)
    if len(c.words) == 2 and c.words[1] == "化":
        return False  # 常态化: a noun turned into a manner (常态化开展) where the dictionary knows no such word
    if all(t in PLACE_TAGS or t == "m" for t in c.tags) or background.is_place(c.text):
        return False
    if len(c.words) == 2 and background.is_place(c.words[0]) and background.is_common(c.words[1]):
        return False  # 酒泉市场: a place and a common word
    if c.tags[0] in ("nr", "nrfg", "nrt") and c.words[-1] in TITLES:
        return False  # 习近平同志: a person named by a title
    if len(c.words) == 1:
        return len(c.text) >= 3 and c.tags[0] in ("dz", "n", "nz", "j", "vn") and not background.is_very_common(c.text) \
            and not c.text.startswith(MANNER)
    if len(c.words) == 2 and all(background.is_common(w) for w in c.words):
        return uses[c.text] >= 2 and c.words[-1] not in ACTIVITY and c.tags[-1] != "v"  # 体系建设, 经验做法
    if c.tags[0] in ("a", "b") and len(c.words) == 2 and background.is_common(c.words[1]):
        return uses[c.text] >= 2
    return len(c.text) >= 3


def find_terms(texts: Iterable[Tags], *, background: Background,
               listed: bool = False) -> tuple[dict[str, Candidate], Counter[str]]:
    """The terms of a collection of tagged clauses, and how many clauses use each; ``listed``: the clauses
    are members of a list (X、Y、Z等W), which vouches for phrases of common words."""
    found: list[list[Candidate]] = [candidates(tags, common=background.is_common) for tags in texts]
    uses: Counter[str] = Counter()
    standalone: set[str] = set()
    for cands in found:
        uses.update({c.text: 2 if listed else 1 for c in cands})
        standalone.update(c.text for c in cands if not c.nested)
    terms: dict[str, Candidate] = {}
    judged: set[str] = set()
    for cands in found:
        for c in cands:
            if c.text in judged:
                continue
            judged.add(c.text)
            if is_term(c, background=background, uses=uses, standalone=standalone):
                terms[c.text] = c
    return terms, uses
