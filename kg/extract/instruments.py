"""Policy instruments: which of the fifteen subtypes (supply, environment, demand) each measure uses.

Every measure, and every heading phrased as an action, gets the dominant instrument it names, or none.
What decides, in order (the first that holds):

1. a *means* cue among the statement's own words: the instrument itself (专项资金, 税收, 贷款, 政府采购,
   示范, 监管 …); of several, the subtype first in :data:`PRIORITY` (money and markets before fields);
2. an *attitude* opening with no such cue (坚持…, 把…摆在…): no instrument;
3. an industry its own words end with (培育算力装备制造业): developing it is planning;
4. a means cue of the heading or lead sentence it stands under (经费投入 makes the measures of that section
   funding; only the nearest: a heading further up holds measures of every kind);
5. a statute (a title ending in 条例, 规定, 办法): every provision regulates;
6. a *field* cue among its own words, then of the heading above (技术, 产业, 服务: what the measure works on);
7. an action that names none of these: a development direction, coded as planning (``Basis.DIRECTION``).

The cues live in ``ontology/instruments.tsv``, each with where it comes from.

>>> cues = load_instrument_cues()
>>> classify("设立民营经济发展专项资金", cues=cues)
(<Tool.FUNDING: 'funding'>, <Basis.STATEMENT: 'statement'>, '专项资金')
>>> classify("优化支出结构", cues=cues, headings=("健全经费投入机制",))
(<Tool.FUNDING: 'funding'>, <Basis.HEADING: 'heading'>, '经费')
>>> classify("坚持稳中求进工作总基调", cues=cues) is None
True
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from kg.extract.cues import ACTION_START, ADVERB_START, strip_filler
from kg.model import (
    Article,
    ArticleFacts,
    Basis,
    Instrument,
    Kind,
    Level,
    Relation,
    Span,
    Statement,
    Tool,
)
from kg.resources import ontology_dir
from kg.support import support_links

# Of several cues of one strength, the subtype first here decides: the specific means of demand and of money
# before the broad supply fields, rules and organisation, and planning last (TOOLS.md: the dominant instrument).
PRIORITY = (Tool.PROCUREMENT, Tool.OUTSOURCING, Tool.TAX, Tool.FINANCE, Tool.FUNDING, Tool.TRADE, Tool.OVERSEAS,
            Tool.DEMONSTRATION, Tool.TALENT, Tool.TECHNOLOGY, Tool.INFRASTRUCTURE, Tool.PUBLIC_SERVICE,
            Tool.REGULATION, Tool.STRATEGIC, Tool.PLANNING)
_RANK = {tool: i for i, tool in enumerate(PRIORITY)}
GAP = 24  # characters that may stand between the two words of a cue written A…B


class Strength(StrEnum):
    """How a cue speaks of the instrument (the second column of ``ontology/instruments.tsv``)."""

    MEANS = "means"
    FIELD = "field"
    HEAD = "head"
    STATUTE = "statute"
    ATTITUDE = "attitude"


@dataclass(frozen=True)
class Cue:
    """One line of the cue resource."""

    tool: Tool | None  # None for an attitude opening
    strength: Strength
    text: str  # a word, or A…B
    source: str


@dataclass(frozen=True)
class Hit:
    cue: Cue
    text: str  # the words matched, as written
    start: int


Words = Callable[[str], list[str]]


def _bounds(words: list[str]) -> list[int]:
    """Where each word starts, and where the last one ends.

    >>> _bounds(["取得", "专利", "代理师"])
    [0, 2, 4, 7]
    """
    return [0, *itertools.accumulate(map(len, words))]


def _crosses(start: int, end: int, bounds: list[int]) -> bool:
    """Whether [start, end) cuts a word in two without holding it or lying inside it: the word its start falls
    inside ends before its end, or the word its end falls inside starts after its start.

    >>> bounds = _bounds(["取得", "专利", "代理师", "资格证"])
    >>> _crosses(6, 8, bounds), _crosses(4, 7, bounds), _crosses(5, 6, bounds), _crosses(3, 5, bounds)
    (True, False, False, True)
    """
    i, j = bisect_right(bounds, start), bisect_right(bounds, end)  # the first word boundary after each
    return (0 < i < len(bounds) and bounds[i - 1] < start and bounds[i] < end) \
        or (0 < j < len(bounds) and start < bounds[j - 1] < end)


@dataclass(frozen=True)
class InstrumentCues:
    """The cue resource, compiled: one alternation of the words (longest first), the gapped pairs apart."""

    cues: tuple[Cue, ...]
    _words: dict[str, list[Cue]] = field(init=False, repr=False, compare=False, hash=False)
    _word_re: re.Pattern[str] = field(init=False, repr=False, compare=False, hash=False)
    _gapped: tuple[tuple[Cue, str, re.Pattern[str]], ...] = field(init=False, repr=False, compare=False, hash=False)
    _of: dict[Strength, tuple[Cue, ...]] = field(init=False, repr=False, compare=False, hash=False)
    _attitude_re: re.Pattern[str] = field(init=False, repr=False, compare=False, hash=False)
    _topics: dict[str, frozenset[str]] = field(init=False, repr=False, compare=False, hash=False)
    _found: dict[str, tuple[tuple[Hit, ...], tuple[Hit, ...]]] = field(init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        words: dict[str, list[Cue]] = {}
        gapped = []
        for cue in self.cues:
            if cue.strength not in (Strength.MEANS, Strength.FIELD, Strength.HEAD):
                continue
            if "…" in cue.text:
                first, second = cue.text.split("…", 1)
                gapped.append((cue, first, re.compile(f"{re.escape(first)}[^，。；、]{{0,{GAP}}}?{re.escape(second)}")))
            else:
                words.setdefault(cue.text, []).append(cue)
        ordered = sorted(words, key=lambda w: (-len(w), w))
        object.__setattr__(self, "_words", words)
        object.__setattr__(self, "_word_re", re.compile("|".join(map(re.escape, ordered)) or "(?!)"))
        object.__setattr__(self, "_gapped", tuple(gapped))
        object.__setattr__(self, "_of", {kind: tuple(c for c in self.cues if c.strength == kind) for kind in Strength})
        # one alternation in the order of the resource: at the start of a text, the first cue that matches wins
        attitudes = [re.escape(first) + (f"[^，。；]{{0,{GAP}}}?{re.escape(second)}" if second else "")
                     for first, _, second in (c.text.partition("…") for c in self._of[Strength.ATTITUDE])]
        object.__setattr__(self, "_attitude_re", re.compile("|".join(f"(?:{a})" for a in attitudes) or "(?!)"))
        object.__setattr__(self, "_topics", {})
        object.__setattr__(self, "_found", {})

    def hits(self, text: str, *, words: Words | None = None) -> list[Hit]:
        """The cues ``text`` holds, leftmost-longest for words, then the gapped pairs. With ``words`` (a
        segmenter), a word cue that cuts across a word is no cue (师资 in 代理师|资格证); a gapped pair spans
        words by nature (公共文化服务 in 公共文化|服务体系) and is kept.

        >>> [(h.cue.tool.value, h.text) for h in load_instrument_cues().hits("落实关税减免政策")]
        [('trade', '关税'), ('tax', '减免')]
        >>> load_instrument_cues().hits("取得专利代理师资格证", words=lambda t: ["取得", "专利", "代理师", "资格证"])
        []
        """
        found = self._found.get(text)  # a heading is read for every statement under it, a statement twice
        if found is None:
            if len(self._found) > 20_000:
                self._found.clear()
            found = self._found[text] = (
                tuple(Hit(cue, m.group(), m.start()) for m in self._word_re.finditer(text) for cue in self._words[m.group()]),
                tuple(Hit(cue, m.group(), m.start()) for cue, first, pattern in self._gapped
                      if first in text and (m := pattern.search(text))))
        out, gapped = found
        if words is not None and out:
            bounds = _bounds(words(text))
            return [h for h in out if not _crosses(h.start, h.start + len(h.text), bounds)] + list(gapped)
        return [*out, *gapped]

    def of(self, strength: Strength) -> tuple[Cue, ...]:
        """The cues of one strength.

        >>> cues = InstrumentCues((Cue(Tool.TAX, Strength.MEANS, "减税", "t"), Cue(Tool.TAX, Strength.FIELD, "税收", "t")))
        >>> [c.text for c in cues.of(Strength.MEANS)]
        ['减税']
        """
        return self._of[strength]

    def topic(self, subject: str) -> frozenset[str]:
        """The cue words a document's title holds (kept for the next statement of the document).

        >>> sorted(load_instrument_cues().topic("关于开展消费扶贫的意见"))
        ['消费']
        """
        found = self._topics.get(subject)
        if found is None:
            if len(self._topics) > 1000:
                self._topics.clear()
            found = self._topics[subject] = frozenset(h.text for h in self.hits(subject))
        return found

    def statute(self, title: str | None) -> str | None:
        """The ending that makes a title a statute's (专利代理条例 → 条例), or None.

        >>> load_instrument_cues().statute("专利代理条例"), load_instrument_cues().statute("关于加强管理的意见")
        ('条例', None)
        """
        title = (title or "").strip().rstrip("》")
        return next((c.text for c in self.of(Strength.STATUTE) if title.endswith(c.text)), None)

    def attitude(self, text: str) -> str | None:
        """The attitude ``text`` opens with (坚持…, 把…摆在…), or None.

        >>> load_instrument_cues().attitude("把职业教育摆在更加突出的位置")
        '把职业教育摆在'
        """
        m = self._attitude_re.match(text)
        return m.group() if m else None


def load_instrument_cues(path: Path | None = None) -> InstrumentCues:
    """The cue resource (default: the bundled ``ontology/instruments.tsv``).

    >>> len(load_instrument_cues().of(Strength.MEANS)) > 100
    True
    """
    return _load(path or ontology_dir() / "instruments.tsv")


@lru_cache(maxsize=4)
def _load(path: Path) -> InstrumentCues:
    cues = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        tool, strength, text, source = line.split("\t")
        cues.append(Cue(None if tool == "none" else Tool(tool), Strength(strength), text, source))
    return InstrumentCues(tuple(cues))


# ---------------------------------------------------------------- deciding


@dataclass(frozen=True)
class Decision:
    """What decided: the subtype, the basis, the cue as written, and which text held it (0: the statement
    itself, 1…: the headings above it, nearest first; -1: the document's title)."""

    tool: Tool
    basis: Basis
    cue: str
    source: int


class _Pick(NamedTuple):
    """A deciding hit with its subtype (never None: an attitude opening decides nothing)."""

    tool: Tool
    hit: Hit


def _best(hits: Sequence[Hit], strength: Strength, *, inherited: bool = False) -> _Pick | None:
    """The deciding hit of one strength: of means, the subtype first in :data:`PRIORITY`; of fields, the last
    (the head of a Chinese phrase comes last: 培育量子科技等未来产业 is about industries). A heading passes
    down the means of supply, money, rules and purchasing, never planning, organisation or a market (a heading
    深化…体制改革 or 扩大开放 holds measures of every kind), and of its fields all but planning, organisation, services
    and rules (服务型政府, 社会治理: words too broad to say what each measure under them does)."""
    passed = _INHERITED_MEANS if strength == Strength.MEANS else _INHERITED_FIELDS
    found = [_Pick(h.cue.tool, h) for h in hits if h.cue.tool is not None and (h.cue.strength == strength or (
             strength == Strength.FIELD and h.cue.strength == Strength.HEAD)) and (not inherited or h.cue.tool in passed)]
    if not found:
        return None
    if strength == Strength.FIELD:
        return max(found, key=lambda p: (p.hit.start + len(p.hit.text), -_RANK[p.tool]))
    return min(found, key=lambda p: (_RANK[p.tool], p.hit.start))


_INHERITED_MEANS = frozenset(Tool) - {Tool.PLANNING, Tool.STRATEGIC, Tool.TRADE, Tool.OVERSEAS, Tool.DEMONSTRATION}
_INHERITED_FIELDS = frozenset(Tool) - {Tool.PLANNING, Tool.STRATEGIC, Tool.PUBLIC_SERVICE, Tool.REGULATION}
# Means that an industry named at the end of the statement outweighs: the words that name the industry
# (算力, 5G, 研发 …) or its use, not an instrument of money, markets or rules.
_NAMING = frozenset({Tool.TALENT, Tool.TECHNOLOGY, Tool.INFRASTRUCTURE, Tool.PUBLIC_SERVICE, Tool.DEMONSTRATION})


def decide(texts: Sequence[str], *, cues: InstrumentCues, statute: str | None = None, subject: str = "",
           words: Words | None = None) -> Decision | None:
    """The instrument of ``texts[0]``, with ``texts[1:]`` the headings above it, nearest first (only the
    nearest is read).

    ``subject`` is the document's title: a means it names is what the whole document is about (消费 in a
    document on 消费扶贫), so in its statements it only hints, as a field does.

    >>> decide(["可以自行申请专利"], cues=load_instrument_cues(), statute="条例").basis
    <Basis.DOCUMENT: 'document'>
    >>> decide(["推动机关带头参与消费扶贫"], cues=load_instrument_cues(), subject="关于开展消费扶贫的意见").basis
    <Basis.STATEMENT: 'statement'>
    """
    own = strip_filler(texts[0]) if texts else ""
    if cues.attitude(own):
        return None
    topic = cues.topic(subject)
    mine = _read(texts[0], cues=cues, topic=topic, words=words)
    head = _industry_head(mine, texts[0])
    if pick := _best(mine, Strength.MEANS):
        if head is not None and pick.tool in _NAMING and head.start > pick.hit.start:
            return Decision(Tool.PLANNING, Basis.STATEMENT, head.text, 0)
        return Decision(pick.tool, Basis.STATEMENT, pick.hit.text, 0)
    if head is not None:
        return Decision(Tool.PLANNING, Basis.STATEMENT, head.text, 0)
    above = _read(texts[1], cues=cues, topic=topic, words=words) if len(texts) > 1 else []  # the nearest heading only
    if pick := _best(above, Strength.MEANS, inherited=True):
        return Decision(pick.tool, Basis.HEADING, pick.hit.text, 1)
    if statute:
        return Decision(Tool.REGULATION, Basis.DOCUMENT, statute, -1)
    for i, found in enumerate((mine, above)):
        if pick := _best(found, Strength.FIELD, inherited=i > 0):
            return Decision(pick.tool, Basis.STATEMENT if i == 0 else Basis.HEADING, pick.hit.text, i)
    if verb := opening_action(own):
        return Decision(Tool.PLANNING, Basis.DIRECTION, verb, 0)
    return None


def _read(text: str, *, cues: InstrumentCues, topic: frozenset[str], words: Words | None) -> list[Hit]:
    """The cues ``text`` holds, a means the document's title names (``topic``) only hinting, as a field does (the
    heading above a statement is read only where the statement's own words decide nothing)."""
    return [_demoted(h) if h.text in topic else h for h in cues.hits(text, words=words)]


def opening_action(text: str) -> str | None:
    """The action verb a statement opens with, after up to three adverbs (因地制宜发展…: 发展), or None: a
    statement that opens otherwise is a fragment or a judgement, no direction.

    >>> opening_action("因地制宜发展新质生产力"), opening_action("对经济建设作一些历史的分析")
    ('发展', None)
    """
    rest = strip_filler(text)
    for _ in range(3):
        if (verb := ACTION_START.match(rest)) is not None:
            return verb.group()
        adverb = ADVERB_START.match(rest)
        if adverb is None or len(rest) <= len(adverb.group()) + 1:
            return None
        rest = rest[adverb.end():]
    verb = ACTION_START.match(rest)
    return verb.group() if verb else None


def _industry_head(hits: Sequence[Hit], text: str) -> Hit | None:
    """An industry word that ends the statement (培育算力装备制造业: 制造业; …未来产业发展), or None: an
    industry word inside the phrase names no object (推动科技创新和产业创新融合发展)."""
    if not hits:
        return None
    last = max(hits, key=lambda h: (h.start + len(h.text), h.start))
    tail = text[last.start + len(last.text):]
    return last if last.cue.strength == Strength.HEAD and tail in _HEAD_TAILS else None


_HEAD_TAILS = ("", "发展", "建设", "体系")


def _demoted(hit: Hit) -> Hit:
    return replace(hit, cue=replace(hit.cue, strength=Strength.FIELD))


def classify(text: str, *, cues: InstrumentCues, headings: Sequence[str] = (),
             statute: str | None = None) -> tuple[Tool, Basis, str] | None:
    """(subtype, basis, cue) of one measure's words under its headings (nearest first), or None.

    >>> classify("鼓励各级机关优先采购贫困地区产品", cues=load_instrument_cues())
    (<Tool.PROCUREMENT: 'procurement'>, <Basis.STATEMENT: 'statement'>, '采购')
    >>> classify("推进兰白一体化发展", cues=load_instrument_cues())
    (<Tool.PLANNING: 'planning'>, <Basis.DIRECTION: 'direction'>, '推进')
    """
    found = decide([text, *headings], cues=cues, statute=statute)
    return (found.tool, found.basis, found.cue) if found else None


# ---------------------------------------------------------------- one article


def coded(statement: Statement, *, cues: InstrumentCues) -> bool:
    """Whether a statement gets an instrument: every measure, and a heading or item phrased as an action
    (opening with one, or naming a means: 对小微企业减半征收所得税).

    >>> cues = load_instrument_cues()
    >>> coded(Statement("g1", Kind.GOAL, "加强财税支持", Span(0, 6, "加强财税支持"), "1", Level.SECTION), cues=cues)
    True
    >>> coded(Statement("g2", Kind.GOAL, "职业教育现代化水平大幅提升", Span(0, 13, "x"), "1", Level.SECTION), cues=cues)
    False
    """
    if statement.kind == Kind.MEASURE:
        return True
    if statement.level == Level.ARTICLE:
        return False
    return opening_action(statement.label) is not None or any(
        h.cue.strength == Strength.MEANS for h in cues.hits(statement.label))


def extract_instruments(facts: ArticleFacts, *, cues: InstrumentCues, words: Words | None = None) -> ArticleFacts:
    """``facts`` with the instrument of every coded statement (pure); ``words`` is the segmenter.

    >>> from kg.extract import extract_document
    >>> from kg.model import Source
    >>> doc = extract_document(Source("a.txt", "关于发展海洋经济的意见\\n一、加大财政支持\\n（一）优化支出结构。\\n"))
    >>> [(i.statement, i.tool.value, i.basis.value, i.cue) for i in doc.articles[0].instruments]
    [('g2', 'funding', 'statement', '财政'), ('g3', 'funding', 'heading', '财政')]
    """
    by_key = {s.key: s for s in facts.statements}
    parents = _structural_parents(facts)
    statute = cues.statute(facts.article.title)
    out = []
    for st in facts.statements:
        if not coded(st, cues=cues):
            continue
        chain = _headings(st.key, parents, by_key)
        found = decide([st.label, *(h.label for h in chain)], cues=cues, statute=statute,
                       subject=facts.article.title or "", words=words)
        if found:
            holder = st if found.source <= 0 else chain[found.source - 1]
            span = _cue_span(holder.evidence, found.cue) if found.source >= 0 else _title_span(facts.article, st, found.cue)
            out.append(Instrument(st.key, found.tool, found.basis, found.cue, span))
    return replace(facts, instruments=tuple(out))


def _structural_parents(facts: ArticleFacts) -> dict[str, list[str]]:
    """Each statement's parents in the outline (supports and part-of links; purposes and means left out)."""
    pairs = [(s.source, s.target) for s in facts.supports if s.relation in (Relation.SUPPORTS, Relation.PART_OF)]
    return support_links(pairs)[1]


def _headings(key: str, parents: dict[str, list[str]], by_key: dict[str, Statement]) -> list[Statement]:
    """The headings and lead statements above ``key``, nearest first, the article's own goal left out."""
    chain: list[Statement] = []
    seen = {key}
    current = key
    while parents.get(current):
        current = parents[current][-1]
        if current in seen or by_key[current].level == Level.ARTICLE:
            break
        seen.add(current)
        chain.append(by_key[current])
    return chain


def _cue_span(evidence: Span, cue: str) -> Span:
    """Where ``cue`` stands inside ``evidence`` (the whole evidence when its quote is not a plain slice)."""
    at = evidence.text.find(cue)
    if at < 0 or len(evidence.quote) != evidence.end - evidence.start:
        return evidence
    return evidence.part(at, at + len(cue), start=evidence.start + at, end=evidence.start + at + len(cue))


def _title_span(article: Article, statement: Statement, cue: str) -> Span:
    if article.title_span is not None:
        return _cue_span(article.title_span, cue)
    return statement.evidence
