"""The small frozen records that cross stage boundaries.

Every stage of the pipeline takes and returns these; rdflib, networkx and
jieba types never appear here.

>>> span = Span(10, 14, "夯实算力基础")
>>> span.quote
'夯实算力基础'
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property


class Genre(StrEnum):
    """How a source is laid out: a page of signed commentary, or an official document or report."""

    COMMENTARY = "commentary"
    OFFICIAL = "official"


class Kind(StrEnum):
    """What a statement is: an end to reach or an action to take."""

    GOAL = "goal"
    MEASURE = "measure"


class Level(StrEnum):
    """Where a statement stands in its article's outline."""

    ARTICLE = "article"  # the goal of the whole article (its title, its first purpose)
    SECTION = "section"  # a heading
    ITEM = "item"  # a numbered item, an enumerated item or a paragraph's lead sentence
    THESIS = "thesis"  # a goal read from a purpose or outcome pattern inside prose
    ACTION = "action"  # a clause of a paragraph


class ConceptRelation(StrEnum):
    """The four kinds of stated relation between two concepts (the local names of ``pol:`` properties)."""

    INCLUDES = "includes"  # a whole, class or list name -> a member, kind, part or pillar (未来产业 -> 量子科技)
    ENABLES = "enables"  # what drives or is the basis of -> what it brings about (工业互联网 -> 智能化)
    INTEGRATES_WITH = "integratesWith"  # two things joined, either way (先进制造业 <-> 现代服务业)
    APPLIES_TO = "appliesTo"  # a quality, problem or action area -> the thing it applies to (可靠性 -> 高端轴承)


class Relation(StrEnum):
    """How one statement supports another."""

    SUPPORTS = "supports"  # a measure of the item or section it stands in
    PART_OF = "partOf"  # a heading of its parent heading
    PURPOSE = "purpose"  # X serves the stated purpose Y (为Y…, X有利于Y, X是Y的关键)
    MEANS = "means"  # X is the means to Y (以X推动Y, 通过X实现Y)


class ToolFamily(StrEnum):
    """The three families of policy instruments (Rothwell & Zegveld): what side of the field a measure works on."""

    SUPPLY = "supply"  # 供给型: the state supplies people, money, technology, infrastructure, services
    ENVIRONMENT = "environment"  # 环境型: the state shapes the conditions: plans, finance, tax, rules, organisation
    DEMAND = "demand"  # 需求型: the state makes or widens a market: purchasing, trade, going abroad, demonstration

    @property
    def zh(self) -> str:
        """The family's name in Chinese policy-instrument studies (供给型, 环境型, 需求型).

        >>> ToolFamily.SUPPLY.zh, ToolFamily.DEMAND.zh
        ('供给型', '需求型')
        """
        return {"supply": "供给型", "environment": "环境型", "demand": "需求型"}[self.value]


class Tool(StrEnum):
    """The policy instrument a measure uses, one of fifteen subtypes (``gold/TOOLS.md`` of the shared data).

    >>> Tool.TAX.family, Tool.PUBLIC_SERVICE.local_name
    (<ToolFamily.ENVIRONMENT: 'environment'>, 'tool-public-service')
    """

    TALENT = "talent"
    FUNDING = "funding"
    TECHNOLOGY = "technology"
    INFRASTRUCTURE = "infrastructure"
    PUBLIC_SERVICE = "public_service"
    PLANNING = "planning"
    FINANCE = "finance"
    TAX = "tax"
    REGULATION = "regulation"
    STRATEGIC = "strategic"
    PROCUREMENT = "procurement"
    OUTSOURCING = "outsourcing"
    TRADE = "trade"
    OVERSEAS = "overseas"
    DEMONSTRATION = "demonstration"

    @property
    def family(self) -> ToolFamily:
        """The family the subtype belongs to (supply, environment or demand).

        >>> Tool.TAX.family, Tool.PROCUREMENT.family
        (<ToolFamily.ENVIRONMENT: 'environment'>, <ToolFamily.DEMAND: 'demand'>)
        """
        return _FAMILY[self]

    @property
    def zh(self) -> str:
        """The subtype's name in Chinese policy-instrument studies (人才培养, 税收优惠 …).

        >>> Tool.TAX.zh
        '税收优惠'
        """
        return _ZH[self]

    @property
    def local_name(self) -> str:
        """The local name of the subtype's IRI in the ontology (``pol:tool-public-service``).

        >>> Tool.PUBLIC_SERVICE.local_name
        'tool-public-service'
        """
        return "tool-" + self.value.replace("_", "-")


_FAMILY = {**{t: ToolFamily.SUPPLY for t in ("talent", "funding", "technology", "infrastructure", "public_service")},
           **{t: ToolFamily.ENVIRONMENT for t in ("planning", "finance", "tax", "regulation", "strategic")},
           **{t: ToolFamily.DEMAND for t in ("procurement", "outsourcing", "trade", "overseas", "demonstration")}}


_ZH = {"talent": "人才培养", "funding": "资金投入", "technology": "技术支持", "infrastructure": "基础设施",
       "public_service": "公共服务", "planning": "目标规划", "finance": "金融支持", "tax": "税收优惠",
       "regulation": "法规管制", "strategic": "策略性措施", "procurement": "政府采购", "outsourcing": "服务外包",
       "trade": "贸易管制", "overseas": "海外机构", "demonstration": "示范工程"}


class Basis(StrEnum):
    """What decided a statement's instrument."""

    STATEMENT = "statement"  # a cue among the statement's own words
    HEADING = "heading"  # a cue of a heading (or lead sentence) above it
    DOCUMENT = "document"  # the kind of document: every provision of a statute regulates
    DIRECTION = "direction"  # an action that names no instrument: a development direction, coded as planning


@dataclass(frozen=True)
class Source:
    """A decoded input file: its name and its text (newlines normalised).

    ``format`` is the file's kind (txt, pdf, docx, html); ``meta`` holds what the
    file says about itself outside its text, such as a web page's metadata table:
    (field, value) pairs with fields among identifier, catalog, issuer, issued,
    subject and title.
    """

    name: str
    text: str
    format: str = "txt"
    meta: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Span:
    """A verbatim quote (line breaks repaired) with its offsets in the source text.

    ``start``/``end`` index the decoded source, so ``source.text[start:end]``
    is the quote, possibly with the page's line breaks still inside it.
    ``matching`` is the same characters as extraction reads them
    (:func:`kg.text.normalize.matching_text`), kept only where they differ.

    >>> Span(0, 4, "增長５％", "增长5%").text, Span(0, 2, "增长").text
    ('增长5%', '增长')
    """

    start: int
    end: int
    quote: str
    matching: str | None = field(default=None, repr=False)

    @property
    def text(self) -> str:
        """The quote as extraction reads it: in its matching form.

        >>> Span(0, 2, "發展", "发展").text
        '发展'
        """
        return self.quote if self.matching is None else self.matching

    def part(self, i: int, j: int, *, start: int, end: int) -> Span:
        """Characters ``i`` to ``j`` of this quote, which stand at ``start``–``end`` in the source.

        >>> Span(0, 4, "發展經濟", "发展经济").part(2, 4, start=2, end=4)
        Span(start=2, end=4, quote='經濟')
        >>> _.text
        '经济'
        """
        quote, text = self.quote[i:j], self.text[i:j]
        return Span(start, end, quote, None if quote == text else text)


@dataclass(frozen=True)
class Paragraph:
    """A block of text with page line breaks joined.

    ``anchors`` maps positions in ``text`` back to the source: each pair is
    (position in text, position in source) where a joined piece begins.

    ``quotes`` holds the source's own characters of ``text``, one for one, where
    they differ from it (a text read in its matching form); quotes come from it.

    >>> p = Paragraph("加强人工智能", "body", ((0, 5), (3, 20)))
    >>> p.span(1, 5)
    Span(start=6, end=22, quote='强人工智')
    >>> Paragraph("发展5G", "body", ((0, 0),), quotes="發展５Ｇ").span(0, 4)
    Span(start=0, end=4, quote='發展５Ｇ')
    """

    text: str
    kind: str  # "heading", "body"
    anchors: tuple[tuple[int, int], ...]
    quotes: str | None = field(default=None, repr=False)

    @cached_property
    def _keys(self) -> list[int]:
        return [a[0] for a in self.anchors]

    def source_offset(self, pos: int, *, end: bool = False) -> int:
        """Map a position in ``text`` to a position in the source text.

        >>> p = Paragraph("加强人工智能", "body", ((0, 5), (3, 20)))
        >>> p.source_offset(1), p.source_offset(3), p.source_offset(3, end=True)
        (6, 20, 8)
        """
        i = bisect_right(self._keys, pos - 1 if end and pos > 0 else pos) - 1
        i = max(i, 0)
        text_at, source_at = self.anchors[i]
        return source_at + (pos - text_at)

    def span(self, start: int, end: int) -> Span:
        """The quote ``text[start:end]`` with its source offsets.

        >>> Paragraph("加强人工智能", "body", ((0, 5), (3, 20))).span(0, 2)
        Span(start=5, end=7, quote='加强')
        """
        text = self.text[start:end]
        quote = text if self.quotes is None else self.quotes[start:end]
        return Span(self.source_offset(start), self.source_offset(end, end=True), quote,
                    None if quote == text else text)

    @property
    def start(self) -> int:
        """Where the paragraph begins in the source text.

        >>> Paragraph("加强人工智能", "body", ((0, 5), (3, 20))).start
        5
        """
        return self.anchors[0][1]


@dataclass(frozen=True)
class Article:
    """One article of a page, or one whole official document."""

    key: str  # stable within its source, e.g. "1"
    source: str
    title: str | None = None
    column: str | None = None
    authors: tuple[str, ...] = ()
    affiliation: str | None = None
    identifier: str | None = None  # 文号, e.g. 国发〔2018〕42号
    issuer: str | None = None
    issued: str | None = None  # ISO date where the text gives one
    subject: str | None = None  # 主题分类 of a web page's metadata table
    catalog: str | None = None  # 索引号, the publisher's catalogue number
    title_span: Span | None = None
    paragraphs: tuple[Paragraph, ...] = ()
    genre: Genre = Genre.OFFICIAL
    year: int | None = None  # the year a document without a date is for (一、2024年工作回顾: 2025)

    @property
    def label(self) -> str:
        """The name a reader tells documents apart by: the title with the year and the issuer it does not
        name (the 52 national reports are all titled 政府工作报告); for an article printed without a title,
        its file and number.

        >>> Article("1", "r.txt", title="政府工作报告", issuer="国务院", year=2025).label
        '2025年政府工作报告（国务院）'
        >>> Article("1", "r.txt", title="2026年甘肃省政府工作报告", issuer="甘肃省人民政府", issued="2026-01-27").label
        '2026年甘肃省政府工作报告'
        >>> Article("1", "a.txt", title="国务院关于发展海洋经济的意见", issuer="国务院", identifier="国发〔2019〕4号").label
        '2019年国务院关于发展海洋经济的意见'
        >>> Article("2", "gwr/2025_政府工作报告.txt").label
        '2025_政府工作报告 #2'
        """
        if not self.title:
            stem = self.source.rsplit("/", 1)[-1].rsplit(".", 1)[0]
            return f"{stem} #{self.key}"
        name = self.title
        year = self.issued[:4] if self.issued else (str(self.year) if self.year else _bracketed_year(self.identifier))
        if year and not _YEAR.search(name):
            name = f"{year}年{name}"
        if self.issuer and self.issuer not in name and _place(self.issuer) not in name:
            name += f"（{self.issuer}）"
        return name


_YEAR = re.compile(r"\d{4}|[〇零○一二三四五六七八九]{4}年")


def _bracketed_year(identifier: str | None) -> str:
    m = re.search(r"[〔\[［(（](\d{4})[〕\]］)）]", identifier or "")
    return m.group(1) if m else ""


def _place(issuer: str) -> str:
    """The place an issuer governs (甘肃省人民政府 -> 甘肃省), or the issuer itself."""
    return re.sub(r"(?:人民政府|政府|人民代表大会常务委员会|委员会)$", "", issuer) or issuer


@dataclass(frozen=True)
class Page:
    """A decoded source split into articles, with the page's own metadata."""

    source: Source
    articles: tuple[Article, ...]
    editors: tuple[str, ...] = ()
    furniture: tuple[str, ...] = ()


@dataclass(frozen=True)
class Statement:
    """A goal or a measure, with the sentence that says so."""

    key: str  # unique within the article, deterministic
    kind: Kind
    label: str
    evidence: Span
    article: str  # Article.key
    level: Level = Level.ITEM
    mentions: tuple[Span, ...] = ()  # further sentences that state the same goal


@dataclass(frozen=True)
class Support:
    """``source`` supports ``target`` (statement keys), with its evidence."""

    source: str
    target: str
    relation: Relation
    evidence: Span


@dataclass(frozen=True)
class Responsibility:
    """An agency responsible for a measure; ``lead`` marks the 牵头单位."""

    measure: str
    agency: str
    lead: bool
    evidence: Span


@dataclass(frozen=True)
class Concept:
    """One meaning, with its preferred label, aliases and type."""

    label: str
    kind: str  # "Technology", "Industry", ...
    aliases: tuple[str, ...] = ()
    broader: str | None = None  # the concept its label ends with (生成式人工智能 -> 人工智能): a kind of it


@dataclass(frozen=True)
class ConceptLink:
    """A typed relation between two concept labels, with evidence."""

    source: str
    target: str
    relation: ConceptRelation
    evidence: Span
    article: str


@dataclass(frozen=True)
class CoMention:
    """Two concepts brought together by support links (one named by a statement, one by the statement it
    supports), ``count`` times in the article: a statistic of the text's logic, never a stated relation."""

    first: str
    second: str
    count: int


@dataclass(frozen=True)
class Mention:
    """A goal or measure naming a concept."""

    statement: str
    concept: str


@dataclass(frozen=True)
class Indicator:
    """A quantity: a statistic or a target, tied to a concept."""

    concept: str
    value: str
    unit: str
    year: str | None
    target: bool
    evidence: Span
    article: str


@dataclass(frozen=True)
class Instrument:
    """The policy instrument of a goal or measure, with the cue that decided it and where the cue stands
    (in the statement's own sentence, or in the heading it inherits from)."""

    statement: str  # Statement.key
    tool: Tool
    basis: Basis
    cue: str
    evidence: Span


@dataclass(frozen=True)
class Citation:
    """A document an article names: its title as written in 《》 and/or its 文号, the frame that cites it
    (根据, 依据, 按照 …, or ""), and the sentence."""

    title: str | None
    identifier: str | None
    frame: str
    evidence: Span
    article: str


@dataclass(frozen=True)
class ArticleFacts:
    """Everything extracted from one article."""

    article: Article
    statements: tuple[Statement, ...] = ()
    supports: tuple[Support, ...] = ()
    responsibilities: tuple[Responsibility, ...] = ()
    mentions: tuple[Mention, ...] = ()
    concept_links: tuple[ConceptLink, ...] = ()
    indicators: tuple[Indicator, ...] = ()
    co_mentions: tuple[CoMention, ...] = ()
    instruments: tuple[Instrument, ...] = ()
    citations: tuple[Citation, ...] = ()


@dataclass(frozen=True)
class DocumentFacts:
    """Everything extracted from one source file."""

    page: Page
    articles: tuple[ArticleFacts, ...] = ()
    concepts: tuple[Concept, ...] = field(default=())

    @property
    def statements(self) -> tuple[Statement, ...]:
        """The goals and measures of every article, in the order of the text.

        >>> from kg.api import read_text
        >>> [(s.kind.value, s.label) for s in read_text("发展数字经济\\n\\n一是加快建设数据中心。\\n").statements]
        [('goal', '发展数字经济'), ('measure', '加快建设数据中心')]
        """
        return tuple(s for a in self.articles for s in a.statements)

    @property
    def supports(self) -> tuple[Support, ...]:
        """The support links of every article (their keys name statements of the same article).

        >>> from kg.api import read_text
        >>> doc = read_text("发展数字经济\\n\\n一是加快建设数据中心。\\n")
        >>> [(s.source, s.relation.value, s.target) for s in doc.supports]
        [('m2', 'supports', 'g1')]
        """
        return tuple(s for a in self.articles for s in a.supports)
