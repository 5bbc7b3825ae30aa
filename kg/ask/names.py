"""Names resolved against the graph: what a user types, matched to the labels and aliases it holds.

A name is matched in tiers, and the tier is reported with the answer, so that
nobody is answered about a different goal without being told:

- ``exact``: the same text (after :func:`kg.ask.keys.normalize`);
- ``contains``: the label contains the name (every goal that does, not only one);
- ``core``: the label contains the name without its leading verbs or trailing
  generic nouns (推动绿色低碳转型 → 绿色低碳转型, 现代化产业体系建设 → 现代化产业体系);
- ``typo``: the label contains the name with a character that sounds alike
  (pypinyin, fuzzy initials and finals as input methods have them), or one
  character missing or extra; the corrected name is then matched as above;
- ``words``: the label holds the name's words in order with other words between
  (产业绿色化 in 推进产业智能化绿色化融合化): at most three pieces of two or more characters;
- otherwise nothing is matched, and the closest names (rapidfuzz) are offered.

Every tier is a look-up in the index (:class:`kg.ask.index.Index`): by key, by
trigram, by sound.

>>> from kg.ask.index import Index
>>> names = Index.of_names([("推动制造业高质量发展", "goal"), ("制造业", "goal"), ("加快发展智能制造", "measure")])
>>> found = resolve(names, "制造业高质量发张")
>>> found.how, found.used, [e.label for e in found.entries]
('typo', '制造业高质量发展', ['推动制造业高质量发展'])
>>> [e.label for e in resolve(names, "智能制造", kinds=("goal",)).entries]
[]
>>> [e.label for e in resolve(names, "智能制造", kinds=("goal",)).suggestions]
['制造业', '推动制造业高质量发展']
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from kg.ask.index import Index
from kg.ask.keys import alike, normalize
from kg.ask.records import Entry

STRONG = ("exact", "contains", "core", "typo", "words")
# Leading words that say what to do rather than what about (推动…, 加快…), and trailing
# words that name the activity rather than its object (…建设, …工作): stripped for the core tier.
LEAD = ("进一步", "全面", "大力", "积极", "加快", "加速", "推动", "推进", "促进", "实现", "加强", "强化", "提升",
        "提高", "深化", "完善", "健全", "构建", "建设", "建立", "打造", "培育", "发展", "坚持", "落实", "做好",
        "抓好", "支持", "支撑", "保障", "扩大", "优化", "增强", "着力", "持续", "切实", "统筹", "有序", "稳步")
TRAIL = ("建设", "工作", "问题", "水平", "体制", "情况", "方面", "领域", "能力", "事业", "行动")
INNER = re.compile(r"[+×](?=.)")  # a + or × between two parts of a name (文化+旅游), not the + that ends 互联网+
FEW = 3  # entries a name with (or without) its inner + finds so few of that the other writing is looked up too
LEVELS = frozenset("国省市县区镇乡村州")  # the levels of government a name of a kind ends in (农业强省, 农业强县)
Keep = Callable[[Entry], bool]
# Words that name no subject of their own in a question: what to do (LEAD), the activity (TRAIL), the
# kinds of node, and the asking words.
GENERIC = frozenset({*LEAD, *TRAIL, "目标", "举措", "措施", "概念", "文章", "文件", "政策", "报告", "发展", "工作",
                     "要求", "哪些", "什么", "如何", "怎么", "怎样", "有关", "相关", "需要", "提出", "方面", "领域"})


def core(name: str) -> str:
    """``name`` without its leading verbs and trailing generic nouns (at least two characters kept).

    >>> core("加快推进农业机械化"), core("现代化产业体系建设"), core("发展")
    ('农业机械化', '现代化产业体系', '发展')
    """
    changed = True
    while changed:
        changed = False
        for word in LEAD:
            if name.startswith(word) and len(name) - len(word) >= 2:
                name, changed = name[len(word):], True
        for word in TRAIL:
            if name.endswith(word) and len(name) - len(word) >= 2:
                name, changed = name[:-len(word)], True
    return name


def pieces(name: str, label: str, *, most: int = 3) -> tuple[str, ...] | None:
    """``name`` cut into the fewest pieces (two characters or more, at most ``most``) that ``label``
    holds in order, or None.

    >>> pieces("产业绿色化", "推进产业智能化绿色化融合化")
    ('产业', '绿色化')
    >>> pieces("优化学术民主环境", "优化学术环境") is None
    True
    """
    out: list[str] = []
    at = 0
    rest = name
    while rest:
        size = len(rest)
        while size >= 2 and label.find(rest[:size], at) < 0:
            size -= 1
        if size < 2 or len(out) == most:
            return None
        at = label.find(rest[:size], at) + size
        out.append(rest[:size])
        rest = rest[size:]
    return tuple(out)


def typo_budget(name: str) -> int:
    """How many slips a name of this length may carry and still be recognised.

    >>> typo_budget("数字"), typo_budget("数字经济"), typo_budget("加快建设数据中心建设")
    (0, 1, 2)
    """
    n = len(name)
    return 0 if n < 4 else 1 if n < 10 else 2


def slips(name: str, label: str) -> tuple[int, int, int] | None:
    """(edits, start, end): the fewest slips turning ``name`` into ``label[start:end]``, or None.

    A slip is a character replaced by one that sounds alike, or, in names of six
    characters or more, one left out or added; a replacement that does not sound
    alike is never a slip (:func:`close` offers a name that differs so, without answering for it).

    >>> slips("制造业高质量发张", "推动制造业高质量发展")
    (1, 2, 10)
    >>> slips("人工智慧", "人工智能") is None
    True
    """
    budget = typo_budget(name)
    if budget == 0:
        return None
    big = budget + 1
    n = len(name)
    gap = 1 if n >= 6 else big  # a missing or extra character only in longer names
    # prev[j]: (edits, start) aligning name[:i] to a substring of label ending at j
    prev = [(0, j) for j in range(len(label) + 1)]
    for i in range(1, n + 1):
        cur = [(min(prev[0][0] + gap, big), 0)]
        for j in range(1, len(label) + 1):
            a, b = name[i - 1], label[j - 1]
            step = 0 if a == b else 1 if alike(a, b) else big
            options = [(prev[j - 1][0] + step, prev[j - 1][1]), (prev[j][0] + gap, prev[j][1]),
                       (cur[j - 1][0] + gap, cur[j - 1][1])]
            cur.append(min(options))
        prev = cur
    edits, _, end = min((prev[j][0], abs(j - prev[j][1] - n), j) for j in range(len(label) + 1))
    if edits == 0 or edits > budget:
        return None
    return edits, prev[end][1], end


@dataclass(frozen=True)
class Resolution:
    """What a name matched: how, the text used (the name, its core or its correction), the entries;
    and, when nothing matched, the closest names."""

    query: str
    how: str  # one of STRONG, or "none"
    used: str
    entries: tuple[Entry, ...] = ()
    suggestions: tuple[Entry, ...] = field(default=(), compare=False)

    @property
    def found(self) -> bool:
        """Whether the name matched anything.

        >>> resolve(Index.of_names([("数据中心", "measure")]), "数据中心").found
        True
        >>> resolve(Index.of_names([("数据中心", "measure")]), "海洋牧场", suggest=0).found
        False
        """
        return bool(self.entries)

    @property
    def exact(self) -> tuple[Entry, ...]:
        """The entries named exactly what was asked (a concept's label or alias, a goal's label).

        >>> found = resolve(Index.of_names([("数据中心", "measure"), ("建设数据中心", "measure")]), "数据中心")
        >>> [e.label for e in found.entries], [e.label for e in found.exact]
        (['数据中心', '建设数据中心'], ['数据中心'])
        """
        used = INNER.sub("", self.used)  # 文化+旅游 is 文化旅游
        return tuple(e for e in self.entries if INNER.sub("", normalize(e.name)) == used)


def resolve(index: Index, query: str, *, kinds: Sequence[str] | None = None, suggest: int = 5,
            keep: Keep | None = None) -> Resolution:
    """The entries ``query`` names, by the first tier that finds any (see the module docstring); ``keep``
    limits the entries a tier may answer with (a question's documents).

    >>> names = Index.of_names([("农业机械化和农机装备", "goal"), ("加快推进农业机械化和农机装备产业转型升级", "goal")])
    >>> r = resolve(names, "农业机械化")
    >>> r.how, [e.label for e in r.entries]
    ('contains', ['农业机械化和农机装备', '加快推进农业机械化和农机装备产业转型升级'])
    >>> resolve(names, "优化学术民主环境").found
    False
    """
    text = normalize(query)
    if not text:
        return Resolution(query, "none", "")

    def kept(entries: Iterable[Entry]) -> list[Entry]:
        return [e for e in entries if keep is None or keep(e)]

    exact, contains = _written(index, text, kinds, kept)
    bare = text
    while bare.endswith(TRAIL) and len(bare) > 4:  # 现代化产业体系建设 also names 现代化产业体系
        bare = bare[: -len(next(w for w in TRAIL if bare.endswith(w)))]
    if contains and bare != text and len(bare.rstrip("+×")) >= 4:  # “互联网+”行动 is no more 互联网+ than 互联网行动 is 互联网
        contains = list(dict.fromkeys([*contains, *kept(index.containing(bare, kinds))]))
    if contains:
        return Resolution(query, "exact" if exact and len(exact) == len(contains) else "contains", text,
                          tuple(contains))
    short = core(text)
    if short != text:
        found = kept(index.containing(short, kinds))
        if found:
            return Resolution(query, "core", short, tuple(found))
    typo = _typo(index, text, kinds, keep)
    if typo is not None:
        return Resolution(query, "typo", *typo)
    for name in dict.fromkeys((text, short, INNER.sub("", text))):  # AI+制造: 深化AI与制造业融合
        found = kept(in_pieces(index, name, kinds))
        if found:
            return Resolution(query, "words", name, tuple(found))
    return Resolution(query, "none", text, (), tuple(closest(index, text, kinds, limit=suggest)) if suggest else ())


def _typo(index: Index, text: str, kinds: Sequence[str] | None, keep: Keep | None) -> tuple[str, tuple[Entry, ...]] | None:
    """The text ``text`` stands for with a slip or two (:func:`corrected`) and the entries holding it; where the slip
    left a character out at the end, the name of one replaced character if it holds that text (发展新质生产率:
    发展新质生产力, not 发展新质生产)."""
    fixed = corrected(index, text, kinds, keep)
    if not fixed:
        return None
    whole = close(index, text) if len(fixed) < len(text) else None
    if whole and fixed in whole:
        found = tuple(e for e in index.containing(whole, kinds) if keep is None or keep(e))
        if found:
            return whole, found
    return fixed, tuple(e for e in index.containing(fixed, kinds) if keep is None or keep(e))


def subjects_in(index: Index, name: str, *, whole: bool = True, rest: bool = False) -> list[str]:
    """The names of the graph inside ``name``, longest first, none overlapping another, generic words left out;
    without ``whole`` not ``name`` itself; with ``rest`` also the pieces between them (two characters or more).

    >>> index = Index.of_names([("小微企业", "concept"), ("融资", "concept"), ("支持", "concept"), ("企业", "concept")])
    >>> subjects_in(index, "支持小微企业融资")
    ['小微企业', '融资']
    >>> subjects_in(Index.of_names([("小微企业", "concept"), ("小微企业融资", "concept")]), "小微企业融资", whole=False, rest=True)
    ['小微企业', '融资']
    """
    text = normalize(name)
    found = sorted(index.keys_in(text), key=lambda f: (-(f[1] - f[0]), f[0]))
    taken: list[tuple[int, int, str]] = []
    for start, end, key in found:
        if key in GENERIC or end - start < 2 or (not whole and key == text) \
                or any(start < b and a < end for a, b, _ in taken):
            continue
        taken.append((start, end, key))
    if rest:
        at, pieces = 0, []
        for start, end, _ in sorted(taken):
            pieces.append((at, start, text[at:start]))
            at = end
        pieces.append((at, len(text), text[at:]))
        taken += [(a, b, p) for a, b, p in pieces if len(p) >= 2 and p not in GENERIC and core(p) == p]
    return [key for _, _, key in sorted(taken)]


def corrected(index: Index, text: str, kinds: Sequence[str] | None, keep: Keep | None = None) -> str | None:
    """The text the graph has where ``text`` has a slip or two, if there is one (:func:`_fixes`): the one with
    the fewest slips, then the nearest in length, then the most names.

    >>> from kg.ask.records import document_rows
    >>> from kg.extract import extract_document
    >>> from kg.model import Source
    >>> text = "发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。要推进人工智能创新发展。\\n"
    >>> index = Index.of_rows([document_rows(extract_document(Source("a.txt", text)))])
    >>> corrected(index, "加快建设数据中新", None)
    '加快建设数据中心'
    """
    if not typo_budget(text):
        return None
    fixes = index.memo(("fixes", text), lambda: _fixes(index, text))
    ranked = sorted(fixes, key=lambda f: (fixes[f], f))
    for rank in dict.fromkeys(fixes[f] for f in ranked):  # the fewest slips first; among equals, the most names
        counted = [(len([e for e in index.containing(f, kinds) if keep is None or keep(e)]), f)
                   for f in ranked if fixes[f] == rank]
        most = min(counted, key=lambda c: (-c[0], c[1]), default=(0, ""))
        if most[0]:
            return most[1]
    return None


def _fixes(index: Index, text: str) -> dict[str, tuple[int, int]]:
    """Each text of a name that ``text`` turns into with a slip or two -> (slips, difference in length): among
    the names that sound like it and, for a long name, those holding either half of it as written."""
    from kg.ask.keys import sound_key

    candidates = set(index.key_texts(index.keys_containing(sound_key(text), column="sound", limit=300)))
    if len(text) >= 6:
        half = len(text) // 2
        for piece in (text[:half], text[half:]):
            candidates |= set(index.key_texts(index.keys_containing(piece, limit=300)))
    fixes: dict[str, tuple[int, int]] = {}
    for key in sorted(candidates):
        hit = slips(text, key)
        if hit:
            fixed = key[hit[1]:hit[2]]
            fixes[fixed] = min(fixes.get(fixed, (99, 99)), (hit[0], abs(len(fixed) - len(text))))
    return fixes


def close(index: Index, text: str) -> str | None:
    """The name of a goal, measure or concept that ``text`` (four characters or more) would be with one character
    replaced, whatever it sounds like (职业教肓 → 职业教育, 新质生产率 → 新质生产力): a "did you mean", offered, never
    answered for; among several, the one most names hold. (A name with one more character, 物流成本高, is answered
    by the name inside it.)

    >>> names = Index.of_names([("职业教育", "concept"), ("职业教育体系", "concept"), ("数字经济", "goal")])
    >>> close(names, "职业教肓"), close(names, "数字经齐"), close(names, "海洋牧场"), close(names, "职业")
    ('职业教育', '数字经济', None, None)
    >>> close(names, "职业教育"), close(names, "教育体系")  # names of the graph, or held by one: no slip
    (None, None)
    """
    if len(text) < 4 or index.keys_containing(text, limit=1):  # 湿地保护 is inside 加强湿地保护: no slip
        return None
    from rapidfuzz.distance import Levenshtein

    candidates = set(index.grams_or(text, limit=300))
    for piece in (text[:len(text) // 2], text[len(text) // 2:]):
        candidates |= set(index.key_texts(index.keys_containing(piece, limit=300)))
    near = sorted(k for k in candidates if k != text and len(k) == len(text) and not _level(text, k)
                  and Levenshtein.distance(text, k, score_cutoff=1) <= 1 and index.exact(k, ("goal", "measure", "concept")))
    return max(near, key=lambda k: (len(index.keys_containing(k, limit=500)), -len(k)), default=None)


def _written(index: Index, text: str, kinds: Sequence[str] | None,
             kept: Callable[[Iterable[Entry]], list[Entry]]) -> tuple[list[Entry], list[Entry]]:
    """The entries named ``text`` and those whose names hold it, also as written the other way when few
    (文化+旅游 is also written 文化旅游, and 文化旅游 文化+旅游: :func:`joined_forms`)."""
    exact = kept(index.exact(text, kinds))
    contains = kept(index.containing(text, kinds))
    own = [e for e in contains if not _chained(text, normalize(e.name))] if INNER.search(text) else contains
    if len(own) < FEW:  # few, or only as a link of a longer chain (载体+科技+金融+服务 for 科技+金融)
        for other in _joined_in(index, text):
            more = [e for e in kept(index.containing(other, kinds))
                    if not (INNER.search(other) and _chained(other, normalize(e.name)))]  # 科技金融 is no 载体+科技+金融+服务
            if len(more) >= len(own):  # not where the name as written is the commoner writing
                exact += [e for e in kept(index.exact(other, kinds)) if e not in exact]
                contains += [e for e in more if e not in contains]
    return exact, contains


def _chained(text: str, name: str) -> bool:
    """Whether ``text`` (X+Y) stands in ``name`` only as a link of a longer chain (载体+科技+金融+服务 for 科技+金融).

    >>> _chained("科技+金融", "载体+科技+金融+服务"), _chained("科技+金融", "发展科技+金融")
    (True, False)
    """
    at = name.find(text)
    while at >= 0:
        if name[at - 1:at] not in ("+", "×") and name[at + len(text):at + len(text) + 1] not in ("+", "×"):
            return False
        at = name.find(text, at + 1)
    return True


def _joined_in(index: Index, text: str) -> list[str]:
    """:func:`joined_forms` of ``text`` that names of ``index`` can hold: a name without a + is cut into words
    only where some key has a + between two of its characters (a cheap look-up first: no segmenter to load for a
    name written no other way, such as a name the graph lacks)."""
    if not INNER.search(text) and not any(index.keys_containing(text[at - 2:at] + "+" + text[at:at + 2], limit=1)
                                          for at in range(2, len(text) - 1)):
        return []
    return joined_forms(text)


def joined_forms(text: str) -> list[str]:
    """The other ways of writing ``text`` with a + or × between two of its parts: without it (文化+旅游 → 文化旅游),
    or with a + between two of its words (文化旅游 → 文化+旅游); a + at the end (互联网+) is part of the name.

    >>> joined_forms("文化+旅游"), joined_forms("文化旅游"), joined_forms("互联网+"), joined_forms("人工智能+行动")
    (['文化旅游'], ['文化+旅游'], [], ['人工智能行动'])
    """
    if INNER.search(text):
        return [INNER.sub("", text)]
    if not 4 <= len(text) <= 12 or "+" in text or "×" in text:
        return []
    from kg.ask.words import words

    cut = words(text)
    ends = [sum(map(len, cut[:i])) for i in range(1, len(cut))]
    return [text[:at] + "+" + text[at:] for at in ends if at >= 2 and len(text) - at >= 2]


def _level(text: str, other: str) -> bool:
    """Whether ``text`` and ``other`` differ only in a last character naming a level of government (农业强市,
    农业强县): another term of the same kind, not a slip.

    >>> _level("农业强市", "农业强县"), _level("职业教肓", "职业教育")
    (True, False)
    """
    return text[:-1] == other[:-1] and text[-1] in LEVELS and other[-1] in LEVELS


def in_pieces(index: Index, text: str, kinds: Sequence[str] | None) -> list[Entry]:
    """Entries whose name holds ``text`` in two or three pieces, in order (the fewest pieces first).

    >>> from kg.ask.records import document_rows
    >>> from kg.extract import extract_document
    >>> from kg.model import Source
    >>> text = "发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。要推进人工智能创新发展。\\n"
    >>> index = Index.of_rows([document_rows(extract_document(Source("a.txt", text)))])
    >>> [e.name for e in in_pieces(index, "建设中心", None)]
    ['加快建设数据中心']
    """
    if len(text) >= 4:
        both = set(index.keys_containing(text[:2])) & set(index.keys_containing(text[-2:]))
        rows = [(k,) for k in index.key_texts(both) if len(k) >= len(text)]
    else:
        rows = []
    found: dict[int, list[str]] = {}
    for (key,) in rows:
        cut = pieces(text, key)
        if cut:
            found.setdefault(len(cut), []).append(key)
    if not found:
        return []
    keys = found[min(found)]
    return [e for key in keys for e in index.exact(key, kinds)]


def closest(index: Index, text: str, kinds: Sequence[str] | None, *, limit: int = 5) -> list[Entry]:
    """The names nearest to ``text`` (rapidfuzz over the names sharing most pieces with it), for "did you mean".

    >>> from kg.ask.records import document_rows
    >>> from kg.extract import extract_document
    >>> from kg.model import Source
    >>> text = "发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。要推进人工智能创新发展。\\n"
    >>> index = Index.of_rows([document_rows(extract_document(Source("a.txt", text)))])
    >>> [e.name for e in closest(index, "数据中", None)]
    ['数据中心', '加快建设数据中心']
    """
    from rapidfuzz import fuzz

    keys = set(index.grams_or(text, limit=300))
    scored: dict[str, float] = {}
    for key in keys:
        if len(key) < 2:
            continue
        shorter = min(len(key), len(text)) / max(len(key), len(text))
        partial = fuzz.partial_ratio(text, key)
        score = partial * (0.6 + 0.4 * shorter) if len(key) < len(text) else partial * (0.8 + 0.2 * shorter)
        score = max(score, fuzz.ratio(text, key))
        if score >= 40 and (len(text) < 2 or _bigrams(text) & _bigrams(key)):
            scored[key] = score
    out: list[Entry] = []
    for key in sorted(scored, key=lambda k: (-round(scored[k], 3), len(k), k)):
        out += index.exact(key, kinds)[:1]
        if len(out) >= limit:
            break
    return out


def similarity(query: str, label: str) -> float:
    """1.0 for the same text, 0.9 when one contains the other, else character-pair overlap (Dice).

    >>> similarity("数字经济", "数字经济"), similarity("AI", "人工智能")
    (1.0, 0.0)
    """
    q, lab = normalize(query), normalize(label)
    if not q or not lab:
        return 0.0
    if q == lab:
        return 1.0
    if q in lab or lab in q:
        return 0.9 - 0.2 * (1 - min(len(q), len(lab)) / max(len(q), len(lab)))
    a, b = _bigrams(q), _bigrams(lab)
    return round(0.8 * 2 * len(a & b) / (len(a) + len(b)), 3)


def _bigrams(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1)} or {text}


def best(query: str, labels: Iterable[str], *, limit: int = 5, floor: float = 0.3) -> list[tuple[float, str]]:
    """The closest labels by :func:`similarity`, best first (ties: shorter label, then text).

    >>> best("制造业高质量", ["推动制造业高质量发展", "现代化产业体系"])[0]
    (0.82, '推动制造业高质量发展')
    """
    scored = {(round(similarity(query, lab), 3), lab) for lab in labels}
    ranked = sorted((s for s in scored if s[0] >= floor), key=lambda s: (-s[0], len(s[1]), s[1]))
    return ranked[:limit]
