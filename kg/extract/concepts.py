"""Concepts: the terms the statements of an article name, how they relate, and the indicators that measure them.

Terms come from :mod:`kg.extract.terms` (part-of-speech runs, quoted terms, titles,
short forms a text defines), read from the sentences that state a goal or a
measure, and from the domain lexicon; a concept is kept only when a
statement mentions it. Relations carry the sentence that states them:
members of an enumeration X、Y、Z等W belong to W, A与B融合 integrates A and
B, X是Y的驱动力 drives, a section's theme relies on what its measures build,
a term inside a longer one is its hypernym (人工智能 / 生成式人工智能).

>>> from kg.extract import extract_document
>>> from kg.model import Source
>>> text = "发展新技术\\n\\n张三 李四\\n\\n一是突破关键技术。要加强机器学习算法、智能芯片、工业软件等关键核心技术攻关。"
>>> doc = extract_document(Source("a.txt", text))
>>> sorted(c.label for c in doc.concepts)
['关键技术', '关键核心技术', '关键核心技术攻关', '工业软件', '智能芯片', '机器学习算法', '芯片']
>>> [(x.source, str(x.relation), x.target) for x in doc.articles[0].concept_links][:2]
[('关键核心技术', 'includes', '机器学习算法'), ('关键核心技术', 'includes', '智能芯片')]
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from kg.extract.cues import CONTAINER_HEAD
from kg.extract.terms import ACTIVITY, Candidate, find_terms, quoted_terms, short_forms, titles
from kg.model import ArticleFacts, ConceptRelation, Concept, ConceptLink, Indicator, Mention, Span, Statement, reach, support_links
from kg.text.lexicon import Lexicon
from kg.text.segment import Background, Segmenter
from kg.text.sentences import TRIM, split_sentences

PIECES = re.compile(r"[，,；;：:。！？!?（）()、“”]")
ENUM = re.compile(r"((?:[^、，。；：！？“”（）()]{1,16}、)+[^、，。；：！？“”（）()]{1,16})等([^，。；：、“”（）()]{1,10})")
FIELDS = re.compile(r"在([^，。；]{2,60}?)等(?:领域|方面|环节|行业)")
FUSE = re.compile(r"([^，。；]{2,20}?)(?:与|和|同)([^，。；]{2,24}?)(?:深度|有机|加速|协同)?融合")
DRIVES = re.compile(r"([^，。；]{2,20}?)(?:是|成为|作为)([^，。；]{2,30}?)的(?:核心推动力|重要引擎|新引擎|驱动力|重要驱动力|推动力)")
NUMBER = re.compile(
    r"(\d+(?:\.\d+)?)\s*(万亿|亿|万|千)?\s*(标准机架|千瓦|个百分点|%|％|元|人|吨|公里|平方公里|亩|台|家|个|项|所|套|辆|架|户)"
)
YEAR = re.compile(r"(到|截至|至|在)?\s*(\d{4})年")
KIND_BY_HEAD = (("技术", "Technology"), ("芯片", "Technology"), ("算法", "Technology"), ("模型", "Technology"),
                ("软件", "Technology"), ("材料", "Industry"), ("产业", "Industry"), ("行业", "Industry"),
                ("设施", "Infrastructure"), ("中心", "Infrastructure"), ("平台", "Infrastructure"),
                ("网络", "Infrastructure"), ("基地", "Infrastructure"), ("企业", "Actor"), ("机构", "Actor"),
                ("部门", "Actor"), ("部", "Actor"), ("委", "Actor"), ("局", "Actor"), ("组织", "Actor"),
                ("会议", "PolicyEvent"), ("大会", "PolicyEvent"), ("倡议", "PolicyEvent"), ("率", "IndicatorConcept"),
                ("工程", "Programme"), ("计划", "Programme"), ("行动", "Programme"), ("试点", "Programme"))
GENERIC_CATEGORY = ("领域", "方面", "环节", "等", "行业", "产业", "工作", "活动", "措施", "方式", "问题")
DOCUMENT_TAIL = re.compile(r"(?:法|条例|规定|办法|意见|通知|决定|规划|纲要|方案|计划|报告|细则|公约|协定)$")
FRAME = re.compile(r"^(?:坚持)?以[^，。；]{2,40}?为(?:指导|引领|统领|根本遵循|行动指南)$|^(?:全面|深入|认真|坚决|完整准确全面)?(?:学习)?"
                   r"(?:牢固)?(?:贯彻|落实|树立|践行)[^，。；]{0,50}(?:理念|精神|部署|思想|要求|路线|方针|论述|讲话|指示|批示)$")
CLAUSES = re.compile(r"[，,；;：:。！？!?]")
SCOPE = re.compile(r"在[^，。；、]{1,24}?(?:下|中|上)(?=[，。；]|$)|在[^，。；、]{1,12}?(?:条件下|情况下|前提下|基础上|过程中|背景下)")
PREDICATE = re.compile(r"较|比|尚|仍|还|是|有|在|将|已|正|要|需")
QUOTES = str.maketrans("", "", "“”‘’\"")


def is_junk(label: str) -> bool:
    """Never a concept, whatever the text: numbers, e-mail addresses, one character, a whole clause.

    >>> is_junk("2023"), is_junk("jrbll@sina.com"), is_junk("工业互联网")
    (True, True, False)
    """
    text = label.strip()
    return len(text) < 2 or len(text) > 24 or "@" in text or bool(NOT_A_TERM.fullmatch(text))


NOT_A_TERM = re.compile(r"[\d.%％\-年月日]+|[一二三四五六七八九十]+是")
_KIND_OF_TAIL = {tail: kind for tail, kind in reversed(KIND_BY_HEAD)}


def guess_kind(label: str) -> str:
    """A concept's kind from its head word: …技术 Technology, …产业 Industry, …工程 Programme."""
    return _KIND_OF_TAIL.get(label[-2:]) or _KIND_OF_TAIL.get(label[-1:]) or "PolicyTerm"


@dataclass
class _Collector:
    lexicon: Lexicon
    article_key: str
    concepts: dict[str, Concept] = field(default_factory=dict)
    links: dict[tuple[str, str, str], ConceptLink] = field(default_factory=dict)
    _matcher: Matcher | None = None
    _named: dict[str, list[str]] = field(default_factory=dict)

    def concept(self, surface: str, kind: str | None = None, aliases: tuple[str, ...] = ()) -> str | None:
        known = self.concepts.get(surface)
        if known is not None and not aliases:
            return surface
        if "“" in surface or "”" in surface:
            surface = surface.translate(QUOTES)
        surface = surface.strip(TRIM)
        label = self.lexicon.canonical(surface) or surface
        known = self.concepts.get(label)
        if known is None and is_junk(label):
            return None
        if known is None:
            self.concepts[label] = Concept(label, self.lexicon.kind(label) or kind or guess_kind(label),
                                           tuple(dict.fromkeys((*self.lexicon.aliases(label), *aliases))))
            self._learn(self.concepts[label])
        elif aliases and not set(aliases) <= set(known.aliases):
            self.concepts[label] = replace(known, aliases=tuple(dict.fromkeys((*known.aliases, *aliases))))
            self._learn(self.concepts[label])
        return label

    def _learn(self, concept: Concept) -> None:
        self._matcher = None

    def link(self, a: str | None, relation: ConceptRelation, b: str | None, evidence: Span) -> None:
        if a and b and a != b and a in self.concepts and b in self.concepts and (b, relation, a) not in self.links:
            self.links.setdefault((a, relation, b), ConceptLink(a, b, relation, evidence, self.article_key))

    def named_in(self, text: str) -> list[str]:
        """The concepts ``text`` names (labels and aliases, nested ones too), in order of appearance, once each."""
        if self._matcher is None:
            surfaces = {c.label: c.label for c in self.concepts.values()}
            for c in self.concepts.values():
                for alias in c.aliases:
                    surfaces.setdefault(alias, c.label)
            self._matcher = Matcher(surfaces)
            self._named = {}
        found = self._named.get(text)
        if found is None:
            found = self._named[text] = list(dict.fromkeys(self._matcher.find(text.translate(QUOTES))))
        return list(found)

    def outermost_in(self, text: str) -> list[str]:
        """The concepts ``text`` names that no longer concept it names contains (习近平新时代中国特色社会主义思想,
        not 中国特色社会主义 inside it)."""
        self.named_in("")
        assert self._matcher is not None
        out: dict[str, None] = {}
        reach, extent = -1, (-1, -1)
        for start, end, label in self._matcher.spans(text.translate(QUOTES)):  # by start, longer first
            if (start, end) != extent:
                reach, extent = max(reach, extent[1]), (start, end)
            if reach < end:  # no other span seen so far reaches over this one
                out[label] = None
        return list(out)


class Matcher:
    """Every occurrence of a set of surfaces in a text, nested and overlapping ones included, in order of
    their start (an Aho-Corasick automaton: one pass over the text whatever the number of surfaces).

    >>> list(Matcher({"制造业": "制造业", "先进制造业": "先进制造业", "先进": "先进"}).find("发展先进制造业"))
    ['先进制造业', '先进', '制造业']
    """

    def __init__(self, surfaces: dict[str, str]) -> None:
        import ahocorasick

        self.automaton = ahocorasick.Automaton()
        for surface, label in surfaces.items():
            self.automaton.add_word(surface, (len(surface), label))
        self.empty = not surfaces
        if not self.empty:
            self.automaton.make_automaton()

    def find(self, text: str) -> Iterator[str]:
        for _, _, label in self.spans(text):
            yield label

    def spans(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, label) of every occurrence, by start, longer first."""
        if self.empty:
            return []
        hits = sorted((end - size + 1, -size, label) for end, (size, label) in self.automaton.iter(text))
        return [(start, start - neg, label) for start, neg, label in hits]


def extract_concepts(facts: ArticleFacts, *, lexicon: Lexicon, segmenter: Segmenter,
                     background: Background) -> tuple[ArticleFacts, tuple[Concept, ...]]:
    """Concepts, mentions, concept links and indicators of one article's facts (pure)."""
    col = _Collector(lexicon, facts.article.key)
    sentences = _statement_sentences(facts)
    _collect(col, sentences, segmenter=segmenter, background=background)
    mentions = _mentions(col, facts)
    named = _named(col, facts)
    col.concepts = {k: v for k, v in col.concepts.items() if k in named}
    every = _all_sentences(facts)
    members = {id(span): _list_members(col, span, segmenter, background) for span in every}
    col._matcher = None  # matched once more, now that list members are concepts too
    for span in every:
        _relations(col, span, members[id(span)])
    _structure_links(col, facts)
    _nested_links(col, sentences, _main_concepts(col, mentions) | {c for c in col.concepts if len(c) >= 6})
    indicators = tuple(i for span in sentences for i in _indicators(col, span))
    kept = {m.concept for m in mentions} | {x for link in col.links.values() for x in (link.source, link.target)}
    kept |= {i.concept for i in indicators}
    out = replace(facts, mentions=mentions, concept_links=tuple(col.links.values()), indicators=indicators)
    return out, tuple(col.concepts[k] for k in sorted(col.concepts) if k in kept)


def _statement_sentences(facts: ArticleFacts) -> list[Span]:
    """The sentences that state a goal or a measure, each once, in the order of the text."""
    spans = {st.evidence.start: st.evidence for st in facts.statements}
    for st in facts.statements:
        for span in st.mentions:
            spans.setdefault(span.start, span)
    return [spans[k] for k in sorted(spans)]


def _all_sentences(facts: ArticleFacts) -> list[Span]:
    return [s.span for para in facts.article.paragraphs for s in split_sentences(para)]


def _collect(col: _Collector, sentences: list[Span], *, segmenter: Segmenter, background: Background) -> None:
    pieces = [p for span in sentences for p in _content(span.quote)]
    terms, _ = find_terms((segmenter.tag(p) for p in pieces), background=background)
    for text in terms:
        col.concept(text)
    for span in sentences:
        for label in col.lexicon.find(span.quote):
            col.concept(label)
        for term in quoted_terms(span.quote):
            if not CONTAINER_HEAD.search(term):
                col.concept(term)
        for name in titles(span.quote):
            col.concept(name, "PolicyEvent" if not DOCUMENT_TAIL.search(name) else "Document")
        for full, short in short_forms(span.quote):
            col.concept(full, aliases=(short,))


def _content(sentence: str) -> list[str]:
    """The clauses of a sentence that may name concepts: not the guidance it opens with (以…为指导, 贯彻…精神),
    not the circumstances it sets (在同等条件下, 在…过程中)."""
    return [SCOPE.sub("，", p) for p in CLAUSES.split(sentence) if len(p) >= 2 and not FRAME.match(p.strip("“”"))]


def _mentions(col: _Collector, facts: ArticleFacts) -> tuple[Mention, ...]:
    """Each statement mentions the concepts its label names; a concept named only in the rest of a sentence
    is mentioned by the statements of that sentence."""
    out: dict[tuple[str, str], Mention] = {}
    in_labels: set[str] = set()
    for st in facts.statements:
        for c in col.outermost_in(st.label):
            out.setdefault((st.key, c), Mention(st.key, c))
            in_labels.add(c)
    named: dict[str, list[str]] = {}
    for st in facts.statements:
        quote = st.evidence.quote
        if quote not in named:
            named[quote] = [c for c in col.outermost_in("，".join(_content(quote))) if c not in in_labels]
        for c in named[quote]:
            out.setdefault((st.key, c), Mention(st.key, c))
    return tuple(out.values())


def _named(col: _Collector, facts: ArticleFacts) -> set[str]:
    """Every concept the statements name, nested ones included."""
    out: set[str] = set()
    for st in facts.statements:
        out.update(col.named_in(st.label))
        out.update(col.named_in("，".join(_content(st.evidence.quote))))
    return out


def _list_members(col: _Collector, span: Span, segmenter: Segmenter,
                  background: Background) -> dict[str, str | None]:
    """The concept each member of each list in a sentence ends with (they become concepts: a relation names them)."""
    out: dict[str, str | None] = {}
    if "等" not in span.quote:
        return out
    for m in (*ENUM.finditer(span.quote), *FIELDS.finditer(span.quote)):
        for raw in m.group(1).split("、"):
            if raw not in out:
                out[raw] = _member(col, raw, segmenter, background)
    return out


def _relations(col: _Collector, span: Span, members: dict[str, str | None]) -> None:
    """Relations a sentence states, between concepts it names."""
    text = span.quote
    if "等" not in text and "融合" not in text and "的" not in text:
        return
    for m in ENUM.finditer(text) if "、" in text else ():
        _enumeration(col, m, span, members)
    for m in FIELDS.finditer(text) if "在" in text else ():  # 产品可靠性尚有差距，特别是在高端轴承、先进半导体材料等领域表现明显
        subject = _subject(col, text[: m.start()])
        for raw in m.group(1).split("、") if subject else ():
            col.link(subject, ConceptRelation.APPLIES_TO, members.get(raw), span)
    for m in FUSE.finditer(text) if "融合" in text else ():
        for a in col.named_in(m.group(1))[-1:]:
            for b in col.named_in(m.group(2)):
                col.link(a, ConceptRelation.INTEGRATES_WITH, b, span)
    for m in DRIVES.finditer(text) if "力" in text or "引擎" in text else ():
        for a in col.named_in(m.group(1))[-1:]:
            for b in col.named_in(m.group(2))[:1]:
                col.link(a, ConceptRelation.ENABLES, b, span)


_MEMBERS: dict[str, dict[str, Candidate]] = {}


def _list_terms(segmenter: Segmenter, background: Background, text: str) -> dict[str, Candidate]:
    """The terms of an enumeration member, each distinct member read once per process."""
    found = _MEMBERS.get(text)
    if found is None:
        if len(_MEMBERS) > 50_000:
            _MEMBERS.clear()
        found = _MEMBERS[text] = find_terms([segmenter.tag(text)], background=background, listed=True)[0]
    return found


def _subject(col: _Collector, text: str) -> str | None:
    """The concept a sentence is about: the one that ends last before the predicate of its first clause
    that names one (目前，一些自主创新产品可靠性较…尚有差距 -> 可靠性)."""
    for clause in PIECES.split(text):
        cut = PREDICATE.search(clause)
        head = clause[: cut.start()] if cut else clause
        ends = [(head.rfind(c) + len(c), -len(c), c) for c in col.named_in(head)]
        if ends:
            return max(ends)[2]
    return None


def _enumeration(col: _Collector, m: re.Match[str], evidence: Span, found: dict[str, str | None]) -> None:
    members = [x for x in (found.get(raw) for raw in m.group(1).split("、")) if x]
    if len(members) < 2:
        return
    heads = [h for h in col.named_in(m.group(2)) if m.group(2).startswith(h) and not h.endswith(ACTIVITY)]
    category = max(heads, key=len) if heads else None
    if category and category.endswith(GENERIC_CATEGORY) and len(category) <= 4:
        category = None
    for label in members:
        col.link(category, ConceptRelation.INCLUDES, label, evidence)
    hypernyms = {x[i:] for x in members for i in range(1, len(x) - 1) if x[i:] in col.concepts}
    for hyper in sorted(hypernyms):
        for label in members:
            if not label.endswith(hyper):
                col.link(hyper, ConceptRelation.INCLUDES, label, evidence)


def _member(col: _Collector, raw: str, segmenter: Segmenter, background: Background) -> str | None:
    """The concept an enumeration member ends with ('加强机器学习算法' -> '机器学习算法'): a known concept, or the
    term the member's words end with."""
    text = raw.strip(TRIM).translate(QUOTES)
    found = [text[i:] for i in range(len(text) - 1) if text[i:] in col.concepts]
    terms = _list_terms(segmenter, background, text)
    ending = sorted((t for t in terms if text.endswith(t)), key=len, reverse=True)
    if ending and (not found or len(ending[0]) > len(found[0])):
        return col.concept(ending[0])
    return found[0] if found else None


def _below(facts: ArticleFacts) -> dict[str, list[str]]:
    """Statement key -> keys of every statement with a supports path to it."""
    incoming, _ = support_links((s.source, s.target) for s in facts.supports)
    return {st.key: reach(incoming, st.key) for st in facts.statements}


def _structure_links(col: _Collector, facts: ArticleFacts) -> None:
    """A section's theme relies on what its measures build; the article goal's concepts have the sections' as
    pillars; a purpose or means link between statements makes their concepts drive one another."""
    by_key: dict[str, Statement] = {s.key: s for s in facts.statements}
    named: dict[str, list[str]] = {st.key: col.named_in(st.label) for st in facts.statements}
    below = _below(facts)
    for st in facts.statements:
        if st.level != "section":
            continue
        for theme in named.get(st.key, []):
            for key in below[st.key]:
                for c in named.get(key, []):
                    if col.concepts[c].kind in ("Technology", "Infrastructure", "Industry") and c != theme:
                        col.link(theme, ConceptRelation.ENABLES, c, by_key[key].evidence)
    root = next((s for s in facts.statements if s.level == "article"), None)
    if root:
        served = [s.target for s in facts.supports if s.source == root.key]
        sections = [s.source for s in facts.supports if s.target == root.key and by_key[s.source].level == "section"]
        for target in served:
            for whole in named.get(target, []):
                for section in sections:
                    for pillar in named.get(section, []):
                        col.link(whole, ConceptRelation.INCLUDES, pillar, by_key[section].evidence)
    for s in facts.supports:
        if s.relation in ("purpose", "means"):
            for a in named.get(s.source, [])[:2]:
                for b in named.get(s.target, [])[:2]:
                    col.link(a, ConceptRelation.ENABLES, b, s.evidence)


def _main_concepts(col: _Collector, mentions: tuple[Mention, ...]) -> set[str]:
    """Concepts an article keeps coming back to (two statements or more), and the lexicon's terms."""
    counts: dict[str, int] = defaultdict(int)
    for m in mentions:
        counts[m.concept] += 1
    return {c for c in col.concepts if counts[c] >= 2 or col.lexicon.kind(c)}


def _nested_links(col: _Collector, sentences: list[Span], main: set[str]) -> None:
    """生成式人工智能 is a kind of 人工智能 (a main concept ending another); 算力基础设施 concerns 算力 (one starting it)."""
    labels = main
    first: dict[str, Span] = {}
    for span in sentences:
        for label in col.named_in(span.quote):
            first.setdefault(label, span)
    for b in sorted(col.concepts):
        evidence = first.get(b)
        if evidence is None:
            continue
        for i in range(1, len(b) - 1):
            for a, relation in ((b[i:], ConceptRelation.INCLUDES), (b[:-i], ConceptRelation.APPLIES_TO)):
                if a in labels and len(a) >= 2:
                    col.link(a, relation, b, evidence)


def _indicators(col: _Collector, span: Span) -> Iterator[Indicator]:
    years = YEAR.findall(span.quote)
    target = (years[0][0] == "到" if years else False) or "力争" in span.quote or "目标" in span.quote
    for clause in PIECES.split(span.quote):
        for m in NUMBER.finditer(clause):
            concepts = col.named_in(clause[: m.start()])
            if not concepts:
                continue
            value = m.group(1) + (m.group(2) or "")
            yield Indicator(concepts[-1], value, m.group(3), years[0][1] if years else None, target, span,
                            col.article_key)
