"""Names resolved against the graph: what a user types, matched to the labels and aliases it holds.

A name is matched in tiers, and the tier is reported with the answer, so that
nobody is answered about a different goal without being told:

- ``exact``: the same text (after :func:`normalize`);
- ``contains``: the label contains the name (every goal that does, not only one);
- ``core``: the label contains the name without its leading verbs or trailing
  generic nouns (推动绿色低碳转型 → 绿色低碳转型, 现代化产业体系建设 → 现代化产业体系);
- ``typo``: the label contains the name with a character that sounds alike
  (pypinyin, fuzzy initials and finals as input methods have them), or one
  character missing or extra; the corrected name is then matched as above;
- ``words``: the label holds the name's words in order with other words between
  (产业绿色化 in 推进产业智能化绿色化融合化): at most three pieces of two or more characters;
- otherwise nothing is matched, and the closest names (rapidfuzz) are offered.

>>> names = Names([Entry("推动制造业高质量发展", "goal", "g1"), Entry("制造业", "goal", "g2"),
...                Entry("加快发展智能制造", "measure", "m1")])
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
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

STRONG = ("exact", "contains", "core", "typo", "words")
# Leading words that say what to do rather than what about (推动…, 加快…), and trailing
# words that name the activity rather than its object (…建设, …工作): stripped for the core tier.
LEAD = ("进一步", "全面", "大力", "积极", "加快", "加速", "推动", "推进", "促进", "实现", "加强", "强化", "提升",
        "提高", "深化", "完善", "健全", "构建", "建设", "建立", "打造", "培育", "发展", "坚持", "落实", "做好",
        "抓好", "支持", "支撑", "保障", "扩大", "优化", "增强", "着力", "持续", "切实", "统筹", "有序", "稳步")
TRAIL = ("建设", "工作", "问题", "水平", "体制", "情况", "方面", "领域", "能力", "事业", "行动")


class _Dropped(dict):
    """A str.translate table that drops whitespace, punctuation, symbols, separators and controls,
    filled in as characters are met."""

    def __missing__(self, code: int) -> int | None:
        ch = chr(code)
        self[code] = None if ch.isspace() or unicodedata.category(ch)[0] in "PSZC" else code
        return self[code]


_DROP = _Dropped()


def normalize(text: str) -> str:
    """NFKC, lower case, without whitespace and punctuation.

    >>> normalize("“卡脖子” 领域")
    '卡脖子领域'
    """
    return unicodedata.normalize("NFKC", text).lower().translate(_DROP)


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


@lru_cache(maxsize=20_000)
def sounds(ch: str) -> frozenset[str]:
    """The readings of a character without tones, folded as fuzzy pinyin input folds them
    (zh/z, ch/c, sh/s, n/l, an/ang, en/eng, in/ing). Readings come from pypinyin's character
    table (its phrase table, slow to load, is not needed for single characters).

    >>> sounds("张") == sounds("展"), sounds("智") == sounds("制"), sounds("慧") == sounds("能")
    (True, True, False)
    """
    from pypinyin.pinyin_dict import pinyin_dict

    if not ("\u3400" <= ch <= "\u9fff"):
        return frozenset({ch})
    readings = pinyin_dict.get(ord(ch))
    return frozenset(_fold(_toneless(r)) for r in readings.split(",")) if readings else frozenset({ch})


def _toneless(syllable: str) -> str:
    """``lǜ`` → ``lv``, ``zhāng`` → ``zhang``: pypinyin's NORMAL style."""
    bare = "".join(c for c in unicodedata.normalize("NFD", syllable) if c not in "\u0300\u0301\u0304\u030c")
    return unicodedata.normalize("NFC", bare).replace("ü", "v")


def _fold(syllable: str) -> str:
    syllable = re.sub(r"^([zcs])h", r"\1", syllable)
    syllable = re.sub(r"^n", "l", syllable)
    return re.sub(r"([aei]n)g$", r"\1", syllable)


def alike(a: str, b: str) -> bool:
    """Two characters that an input method could swap: the same folded reading."""
    return a == b or bool(sounds(a) & sounds(b))


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
    """How many slips a name of this length may carry and still be recognised."""
    n = len(name)
    return 0 if n < 4 else 1 if n < 10 else 2


def slips(name: str, label: str) -> tuple[int, int, int] | None:
    """(edits, start, end): the fewest slips turning ``name`` into ``label[start:end]``, or None.

    A slip is a character replaced by one that sounds alike, or, in names of six
    characters or more, one left out or added; a replacement that does not sound
    alike is never a slip.

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
class Entry:
    """One name of a node: a goal or measure label, a concept's preferred or alternative label."""

    name: str
    kind: str  # "goal", "measure" or "concept"
    node: str
    label: str = ""  # the node's own label when ``name`` is an alias

    def __post_init__(self) -> None:
        if not self.label:
            object.__setattr__(self, "label", self.name)


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
        return bool(self.entries)

    @property
    def exact(self) -> tuple[Entry, ...]:
        """The entries named exactly what was asked (a concept's label or alias, a goal's label)."""
        return tuple(e for e in self.entries if normalize(e.name) == self.used)


class Names:
    """Every name in the graph, grouped by normalized text, searchable by tier."""

    def __init__(self, entries: Iterable[Entry]) -> None:
        self.by_key: dict[str, list[Entry]] = {}
        for entry in entries:
            key = normalize(entry.name)
            if key:
                self.by_key.setdefault(key, []).append(entry)
        self.keys = sorted(self.by_key, key=lambda k: (len(k), k))
        self._lengths = [len(k) for k in self.keys]
        self._kinds = {k: frozenset(e.kind for e in self.by_key[k]) for k in self.keys}
        self._of_kinds: dict[tuple[str, ...], tuple[list[str], list[int]]] = {}

    def warm(self) -> None:
        """Compute now what a first search would (the names of each kind, the matching libraries),
        so that a process forked afterwards starts with them."""
        for kinds in (("goal",), ("measure",), ("concept",), ("goal", "measure")):
            self._keys_at_least(0, kinds)
        import rapidfuzz.process  # noqa: F401

        sounds("中")

    def entries(self, keys: Iterable[str], kinds: Sequence[str] | None) -> list[Entry]:
        out = [e for k in keys for e in self.by_key[k] if kinds is None or e.kind in kinds]
        return sorted(set(out), key=lambda e: (_KIND_ORDER.get(e.kind, 9), len(e.name), e.name, e.node))

    def containing(self, text: str, kinds: Sequence[str] | None) -> list[Entry]:
        return self.entries((k for k in self._keys_at_least(len(text), kinds) if text in k), kinds)

    def exact(self, text: str, kinds: Sequence[str] | None) -> list[Entry]:
        return self.entries([text] if text in self.by_key else [], kinds)

    def in_pieces(self, text: str, kinds: Sequence[str] | None) -> list[Entry]:
        """Entries whose name holds ``text`` in two or three pieces, in order (the fewest pieces first)."""
        if len(text) < 4:
            return []
        head, tail = text[:2], text[-2:]
        found: dict[int, list[str]] = {}
        for key in self._keys_at_least(len(text), kinds):
            if head in key and tail in key:
                cut = pieces(text, key)
                if cut:
                    found.setdefault(len(cut), []).append(key)
        return self.entries(found[min(found)], kinds) if found else []

    def corrected(self, text: str, kinds: Sequence[str] | None) -> str | None:
        """The text the graph has where ``text`` has a slip or two, if there is one."""
        from rapidfuzz import fuzz, process

        budget = typo_budget(text)
        if not budget:
            return None
        cutoff = 100.0 * (1 - budget / max(len(text) - budget, 1)) - 0.01
        found = process.extract(text, self._keys_at_least(len(text) - budget, kinds), scorer=fuzz.partial_ratio,
                                score_cutoff=max(cutoff, 50.0), limit=200)
        best: tuple[int, int, str] | None = None
        for key, _, _ in found:
            hit = slips(text, key)
            if hit:
                fixed = key[hit[1]:hit[2]]
                rank = (hit[0], -len(self.containing(fixed, kinds)), fixed)
                if best is None or rank < best:
                    best = rank
        return best[2] if best else None

    def _keys_at_least(self, length: int, kinds: Sequence[str] | None) -> list[str]:
        from bisect import bisect_left

        if kinds is None:
            keys, lengths = self.keys, self._lengths
        else:
            wanted = tuple(sorted(kinds))
            if wanted not in self._of_kinds:
                chosen = [k for k in self.keys if not self._kinds[k].isdisjoint(wanted)]
                self._of_kinds[wanted] = (chosen, [len(k) for k in chosen])
            keys, lengths = self._of_kinds[wanted]
        return keys[bisect_left(lengths, length):]

    def closest(self, text: str, kinds: Sequence[str] | None, *, limit: int = 5) -> list[Entry]:
        """The names nearest to ``text`` (rapidfuzz), for "did you mean"."""
        from rapidfuzz import fuzz, process

        keys = self._keys_at_least(2, kinds)
        scored: dict[str, float] = {}
        for key, score, _ in process.extract(text, keys, scorer=fuzz.partial_ratio, score_cutoff=40, limit=200):
            shorter = min(len(key), len(text)) / max(len(key), len(text))
            scored[key] = score * (0.6 + 0.4 * shorter) if len(key) < len(text) else score * (0.8 + 0.2 * shorter)
        for key, score, _ in process.extract(text, keys, scorer=fuzz.ratio, score_cutoff=40, limit=50):
            scored[key] = max(scored.get(key, 0.0), score)
        pairs = _bigrams(text)
        ranked = sorted((k for k in scored if len(text) < 2 or pairs & _bigrams(k)),
                        key=lambda k: (-round(scored[k], 3), len(k), k))
        out: list[Entry] = []
        for key in ranked:
            for entry in self.entries([key], kinds)[:1]:
                out.append(entry)
            if len(out) >= limit:
                break
        return out


_KIND_ORDER = {"goal": 0, "measure": 1, "concept": 2}


def resolve(names: Names, query: str, *, kinds: Sequence[str] | None = None, suggest: int = 5) -> Resolution:
    """The entries ``query`` names, by the first tier that finds any (see the module docstring).

    >>> names = Names([Entry("农业机械化和农机装备", "goal", "g2"), Entry("加快推进农业机械化和农机装备产业转型升级", "goal", "g1")])
    >>> r = resolve(names, "农业机械化")
    >>> r.how, [e.node for e in r.entries]
    ('contains', ['g2', 'g1'])
    >>> resolve(names, "优化学术民主环境").found
    False
    """
    text = normalize(query)
    if not text:
        return Resolution(query, "none", "")
    exact = names.exact(text, kinds)
    contains = names.containing(text, kinds)
    bare = text
    while bare.endswith(TRAIL) and len(bare) > 4:  # 现代化产业体系建设 also names 现代化产业体系
        bare = bare[: -len(next(w for w in TRAIL if bare.endswith(w)))]
    if contains and bare != text and len(bare) >= 4:
        contains = list(dict.fromkeys([*contains, *names.containing(bare, kinds)]))
    if contains:
        return Resolution(query, "exact" if exact and len(exact) == len(contains) else "contains", text,
                          tuple(contains))
    short = core(text)
    if short != text:
        found = names.containing(short, kinds)
        if found:
            return Resolution(query, "core", short, tuple(found))
    fixed = names.corrected(text, kinds)
    if fixed:
        return Resolution(query, "typo", fixed, tuple(names.containing(fixed, kinds)))
    for name in dict.fromkeys((text, short)):
        found = names.in_pieces(name, kinds)
        if found:
            return Resolution(query, "words", name, tuple(found))
    return Resolution(query, "none", text, (), tuple(names.closest(text, kinds, limit=suggest)) if suggest else ())


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
