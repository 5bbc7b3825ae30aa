"""What questions read of one document, as plain rows: made from a document's facts while a graph is
built, or read back from any graph with the bundled queries.

Both ways give the same rows for the same document, so the index of questions
(:mod:`kg.ask.index`) is the same whether the build wrote it beside the store or
it was made in memory from a graph file.

>>> from kg.extract import extract_document
>>> from kg.model import Source
>>> found = document_rows(extract_document(Source("a.txt", "发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。\\n")))
>>> [(i.kind, i.label) for i in found.items]
[('goal', '发展数字经济'), ('measure', '加快建设数据中心')]
>>> [d.title for d in found.documents], found.edges[0][1] == found.items[0].node
(['发展数字经济'], True)
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kg.model import ArticleFacts, DocumentFacts, Span
from kg.support import reach, support_links
from kg.text.profile import KINDS, NATIONAL, kind_of, region_of, year_of

if TYPE_CHECKING:
    from kg.graph.store import Store

POL = "https://w3id.org/policykg/ontology#"
GENRES = KINDS
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
_SENTENCE_END = re.compile(r"[。！？；!?;]+")


@dataclass(frozen=True)
class DocumentRow:
    """One article (a whole official document, or one article of a page) and what names it."""

    node: str
    page: str
    source: str
    title: str
    identifier: str = ""
    issuer: str = ""
    issued: str = ""
    year: int = 0
    region: str = ""
    genre: str = ""

    @property
    def name(self) -> str:
        """How answers name it: title, then 文号, year and issuer.

        >>> DocumentRow("d", "p", "s.txt", "政府工作报告", issuer="国务院", year=2016).name
        '《政府工作报告》（2016年，国务院）'
        """
        parts = [self.identifier, f"{self.year}年" if self.year else "", self.issuer]
        shown = "，".join(p for p in parts if p and p not in self.title)
        title = self.title if " #" in self.title else f"《{self.title}》"  # an article printed without a title
        return title + (f"（{shown}）" if shown else "")


@dataclass(frozen=True)
class ItemRow:
    """A goal or measure: its quote is the first sentence that states it."""

    node: str
    kind: str  # "goal" or "measure"
    label: str
    quote: str
    start: int
    level: str
    article: str


@dataclass(frozen=True)
class RelationRow:
    """A stated concept relation (one of the four core kinds) with its evidence."""

    source: str
    relation: str  # includes, enables, integratesWith, appliesTo
    target: str
    quote: str
    article: str


@dataclass(frozen=True)
class CitationRow:
    """A document an article names (its title in 《》 and/or 文号), the frame and the sentence."""

    article: str
    title: str
    identifier: str
    frame: str
    quote: str
    start: int


@dataclass
class Rows:
    """The rows of one page (one input file)."""

    documents: list[DocumentRow] = field(default_factory=list)
    items: list[ItemRow] = field(default_factory=list)
    edges: list[tuple[str, str]] = field(default_factory=list)  # supporting -> supported
    concepts: dict[str, tuple[str, set[str]]] = field(default_factory=dict)  # IRI -> (label, names)
    mentions: list[tuple[str, str]] = field(default_factory=list)  # statement -> concept
    relations: list[RelationRow] = field(default_factory=list)
    agencies: list[tuple[str, str, bool]] = field(default_factory=list)  # measure, agency concept, lead
    instruments: list[tuple[str, str]] = field(default_factory=list)  # statement -> policy instrument (Tool value)
    citations: list[CitationRow] = field(default_factory=list)
    text: str = ""

    def concept(self, node: str, label: str, names: Iterable[str] = ()) -> None:
        """Add a concept (once) and further names of it (aliases).

        >>> rows = Rows()
        >>> rows.concept("c1", "人工智能", ["AI"]); rows.concept("c1", "人工智能", ["人工智能技术"])
        >>> rows.concepts["c1"][0], sorted(rows.concepts["c1"][1])
        ('人工智能', ['AI', '人工智能', '人工智能技术'])
        """
        known = self.concepts.setdefault(node, (label, set()))
        known[1].update({label, *names})


@dataclass(frozen=True)
class Entry:
    """One name of a node: a goal or measure label, a concept's label or alias, a document's title or 文号."""

    name: str
    kind: str  # "goal", "measure", "concept" or "document"
    node: str
    label: str = ""  # the node's own label when ``name`` is an alias
    document: str = ""  # the article a goal or measure is stated in (a document: itself)

    def __post_init__(self) -> None:
        if not self.label:
            object.__setattr__(self, "label", self.name)


@dataclass(frozen=True)
class Item:
    """A goal or measure as answers show it."""

    node: str
    kind: str  # "goal" or "measure"
    label: str
    quote: str
    article: str  # the document's name (title, year, issuer)
    level: str = ""
    count: int = 0  # measures supporting it
    document: str = ""  # the article's IRI
    start: int = 0


@dataclass(frozen=True)
class Link:
    """A stated relation of a concept: the concepts at both ends, the kind, the evidence and the document."""

    source: str
    relation: str
    target: str
    quote: str
    article: str
    source_label: str = ""
    target_label: str = ""


@dataclass(frozen=True)
class Passage:
    """A sentence of a document's text."""

    document: str
    article: str
    start: int
    end: int
    text: str


# -- reading -----------------------------------------------------------------------------------


# -- from a document's facts -------------------------------------------------------------------

def document_rows(facts: DocumentFacts) -> Rows:
    """The rows of one extracted document (IRIs as :mod:`kg.graph.rdf` writes them).

    >>> from kg.extract import extract_document
    >>> from kg.model import Source
    >>> rows = document_rows(extract_document(Source("a.txt", "发展数字经济\\n\\n一是加快建设数据中心。\\n")))
    >>> [d.title for d in rows.documents], [(i.kind, i.label) for i in rows.items]
    (['发展数字经济'], [('goal', '发展数字经济'), ('measure', '加快建设数据中心')])
    """

    from kg.graph.rdf import concept_iri, doc_iri

    page = doc_iri(facts.page.source.name)
    rows = Rows(text=facts.page.source.text)
    for found in facts.articles:
        _article_rows(rows, found, page)
    used = {c for _, c in rows.mentions} | {a for _, a, _ in rows.agencies} | {
        c for r in rows.relations for c in (r.source, r.target)}
    for concept in facts.concepts:  # the concepts the document's statements mention or its relations state
        node = concept_iri(concept.label)
        if node in used:
            rows.concept(node, concept.label, concept.aliases)
    rows.documents = [_dated(d, rows) for d in rows.documents]
    return rows


def _article_rows(rows: Rows, found: ArticleFacts, page: str) -> None:
    """One article's document row, statements, supports, agencies, mentions, relations and instruments, added to
    ``rows``."""
    from kg.graph.rdf import article_iri, concept_iri, statement_iri

    art = found.article
    node = article_iri(art)
    rows.documents.append(describe(node, page, art.source, art.title or art.label, identifier=art.identifier or "",
                                   issuer=art.issuer or " ".join(art.authors), issued=art.issued or ""))
    iri = {st.key: statement_iri(art, st.key) for st in found.statements}

    def of(key: str) -> str:
        return iri.get(key) or statement_iri(art, key)

    for st in found.statements:
        first = min((st.evidence, *st.mentions), key=_position)
        rows.items.append(ItemRow(iri[st.key], str(st.kind), st.label, first.quote, first.start, str(st.level), node))
    rows.edges += [(of(s.source), of(s.target)) for s in found.supports]
    for resp in found.responsibilities:
        agency = concept_iri(resp.agency)
        rows.concept(agency, resp.agency)
        rows.agencies.append((of(resp.measure), agency, resp.lead))
    rows.mentions += [(of(m.statement), concept_iri(m.concept)) for m in found.mentions]
    for link in found.concept_links:
        rows.relations.append(RelationRow(concept_iri(link.source), str(link.relation), concept_iri(link.target),
                                          link.evidence.quote, node))
    rows.instruments += [(of(i.statement), i.tool.value) for i in found.instruments]
    rows.citations += [CitationRow(node, c.title or "", c.identifier or "", c.frame, c.evidence.quote, c.evidence.start)
                       for c in found.citations]


def _position(span: Span) -> tuple[int, int]:
    return span.start, span.end


# -- from a graph ------------------------------------------------------------------------------

def graph_rows(store: Store) -> Iterator[Rows]:
    """The rows of every page of a graph (a :class:`kg.graph.store.Store`), read with the bundled queries.

    >>> from kg.extract import extract_document
    >>> from kg.graph.rdf import document_ntriples
    >>> from kg.graph.store import Store
    >>> from kg.model import Source
    >>> doc = extract_document(Source("a.txt", "发展数字经济\\n\\n一是加快建设数据中心。\\n"))
    >>> [[i.label for i in rows.items] for rows in graph_rows(Store.from_ntriples(document_ntriples(doc).lines))]
    [['发展数字经济', '加快建设数据中心']]
    """
    pages, page_of = _graph_documents(store)
    statements = _graph_statements(store, pages, page_of)
    for row in store.run("support-edges"):
        source, target = _text(row, "source"), _text(row, "target")
        if source in statements and target in statements:
            pages[page_of[_text(statements[source], "article")]].edges.append((source, target))
    _graph_concepts(store, pages, page_of, statements)
    _graph_instruments(store, pages, page_of, statements)
    for row in store.run("citations"):
        article = row["document"] or ""
        if article in page_of:
            pages[page_of[article]].citations.append(CitationRow(
                article, row["title"] or "", row["identifier"] or "", row["frame"] or "", row["quote"] or "",
                int(row["start"] or 0)))
    for page in sorted(pages):
        rows = pages[page]
        rows.documents = [_dated(d, rows) for d in rows.documents]
        yield rows


Row = Mapping[str, str | None]


def _text(row: Row, name: str) -> str:
    return row[name] or ""


def _graph_documents(store: Store) -> tuple[dict[str, Rows], dict[str, str]]:
    """Each page's rows with its documents (the articles, with their authors' names when no issuer is
    stated), and the page of each article."""
    pages: dict[str, Rows] = {}
    page_of: dict[str, str] = {}
    articles: dict[str, Row] = {}
    authors: dict[str, dict[str, str]] = defaultdict(dict)
    for row in store.run("ask-documents"):
        articles.setdefault(_text(row, "article"), row)
        if row["author"]:
            authors[_text(row, "article")][row["author"]] = _text(row, "name")
    for node, doc in articles.items():
        page = _text(doc, "page")
        rows = pages.setdefault(page, Rows(text=_text(doc, "text")))
        page_of[node] = page
        names = " ".join(authors[node][a] for a in sorted(authors[node], key=lambda a: int(a.rpartition("author")[2] or 0)))
        rows.documents.append(describe(node, page, _text(doc, "source"), _text(doc, "title"),
                                       identifier=_text(doc, "identifier"), issuer=doc["issuer"] or names,
                                       issued=_text(doc, "issued")))
    return pages, page_of


def _graph_statements(store: Store, pages: Mapping[str, Rows], page_of: Mapping[str, str]) -> dict[str, Row]:
    """The goals and measures, each in its page, quoted by its first evidence; their rows by node."""
    first: dict[str, tuple[int, int, str]] = {}
    statements: dict[str, Row] = {}
    for row in store.run("ask-statements"):
        node = _text(row, "node")
        at = (int(row["start"] or 0), int(row["end"] or 0), _text(row, "quote"))
        if node not in first or at < first[node]:
            first[node] = at
        statements[node] = row
    for node, stated in statements.items():
        kind = "goal" if _text(stated, "kind").endswith("Goal") else "measure"
        article = _text(stated, "article")
        item = ItemRow(node, kind, _text(stated, "label"), first[node][2], first[node][0], _text(stated, "level"), article)
        pages[page_of[article]].items.append(item)
    return statements


def _graph_concepts(store: Store, pages: Mapping[str, Rows], page_of: Mapping[str, str],
                    statements: Mapping[str, Row]) -> None:
    """Concepts, mentions, agencies and stated relations, each in the page that states it."""
    names: dict[str, tuple[str, set[str]]] = {}
    for row in store.run("concepts"):
        names.setdefault(_text(row, "concept"), (_text(row, "label"), set()))[1].add(_text(row, "name"))
    used: dict[str, set[str]] = defaultdict(set)  # page -> concepts it uses

    def page_of_statement(node: str) -> str:
        return page_of[_text(statements[node], "article")]

    for row in store.run("mentions"):
        statement, concept = _text(row, "statement"), _text(row, "concept")
        if statement in statements and concept in names:
            page = page_of_statement(statement)
            pages[page].mentions.append((statement, concept))
            used[page].add(concept)
    for row in store.run("ask-agencies"):
        measure, agency = _text(row, "measure"), _text(row, "agency")
        if measure in statements and agency in names:
            page = page_of_statement(measure)
            pages[page].agencies.append((measure, agency, _text(row, "property").endswith("leadAgency")))
            used[page].add(agency)
    _graph_relations(store, pages, page_of, names, used)
    for page, concepts in used.items():
        for concept in concepts:
            pages[page].concept(concept, *names[concept])


def _graph_relations(store: Store, pages: Mapping[str, Rows], page_of: Mapping[str, str],
                     names: Mapping[str, object], used: dict[str, set[str]]) -> None:
    """The stated relations between concepts, each in the page of the article that states it."""
    for row in store.run("ask-relations"):
        article = _text(row, "article")
        source, target = _text(row, "source"), _text(row, "target")
        if article in page_of and source in names and target in names:
            page = page_of[article]
            relation = _text(row, "property").removeprefix(POL)
            pages[page].relations.append(RelationRow(source, relation, target, _text(row, "quote"), article))
            used[page] |= {source, target}


def _graph_instruments(store: Store, pages: Mapping[str, Rows], page_of: Mapping[str, str],
                       statements: Mapping[str, Row]) -> None:
    """The policy instrument of each coded statement (bundled query ``instruments.rq``), in its page."""
    prefix = f"{POL}tool-"
    for row in store.run("instruments"):
        node, tool = _text(row, "node"), _text(row, "tool")
        if node in statements and tool.startswith(prefix):
            pages[page_of[_text(statements[node], "article")]].instruments.append(
                (node, tool.removeprefix(prefix).replace("-", "_")))


# -- what a document is ------------------------------------------------------------------------

def describe(node: str, page: str, source: str, title: str, *, identifier: str = "", issuer: str = "",
             issued: str = "") -> DocumentRow:
    """A document's row: its year (from its date, its 文号, its title or its file name), its region (a
    province named by its issuer, title or file name) and its kind (the last kind its title names).

    >>> d = describe("d", "p", "gwr/2026_广东省_政府工作报告.txt", "政府工作报告", issuer="广东省人民政府")
    >>> d.year, d.region, d.genre, d.name
    (2026, '广东省', '政府工作报告', '《政府工作报告》（2026年，广东省人民政府）')
    >>> describe("d", "p", "x.txt", "专利代理条例", identifier="国令第706号", issued="2018-11-06").genre
    '条例'
    """
    year = year_of(issued, identifier, title, source) or 0
    region = region_of(issuer, title, source)
    region = "" if region == NATIONAL else region  # questions limit documents by province
    genre = kind_of(title)
    return DocumentRow(node, page, source, title, identifier, issuer, issued, year, region, genre)


def _dated(document: DocumentRow, rows: Rows) -> DocumentRow:
    """A document with no year anywhere else takes the earliest year of its first lines (a report's date
    line: ——2026年1月26日在…人民代表大会…上)."""
    if document.year or not rows.text:
        return document
    head = rows.text[:300]
    m = re.search(r"(1[89]\d\d|20\d\d)年\d{1,2}月\d{1,2}日", head)
    return document if m is None else DocumentRow(**{**document.__dict__, "year": int(m.group(1))})


# -- derived per page --------------------------------------------------------------------------

def closure(items: Iterable[str], edges: Iterable[tuple[str, str]]) -> tuple[dict[str, list[str]], list[tuple[str, str, int]]]:
    """(incoming links, every (item, what it supports directly or through others, steps)) of one page.

    >>> closure(["g", "m1", "m2"], [("m1", "g"), ("m2", "m1")])[1]
    [('m1', 'g', 1), ('m2', 'm1', 1), ('m2', 'g', 2)]
    """
    incoming, outgoing = support_links(edges)
    out = []
    for item in items:
        seen, frontier, depth = {item}, [item], 0
        while frontier:
            depth += 1
            nxt = []
            for node in frontier:
                for up in outgoing.get(node, ()):
                    if up not in seen:
                        seen.add(up)
                        nxt.append(up)
                        out.append((item, up, depth))
            frontier = nxt
    return incoming, out


def measure_counts(kinds: Mapping[str, str], incoming: Mapping[str, list[str]]) -> dict[str, int]:
    """For every node of ``kinds`` (node -> "goal"/"measure"), how many measures support it.

    >>> measure_counts({"g": "goal", "m1": "measure", "m2": "measure"}, {"g": ["m1"], "m1": ["m2"]})
    {'g': 2, 'm1': 1, 'm2': 0}
    """
    return {node: sum(kinds.get(n) == "measure" for n in reach(incoming, node)) for node in kinds}


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence of ``text``: ended by 。！？；, or by the line break after a heading (a
    short line without a comma); a line broken inside a sentence (a newspaper column) stays in it.

    >>> t = "一、总体要求\\n一是加快建设。二是完善\\n网络，提高水平\\n"; [t[a:b] for a, b in sentences(t)]
    ['一、总体要求', '一是加快建设。', '二是完善\\n网络，提高水平']
    """
    cuts = {m.end() for m in _SENTENCE_END.finditer(text)}
    at = 0
    for line in text.split("\n"):
        stripped = line.strip()
        heading = re.sub(r"^[（(]?[一二三四五六七八九十\d]+[、.．）)]", "", stripped)
        if heading and len(stripped) <= 40 and not re.search(r"[，,、：:。！？；!?;]", heading):
            cuts.add(at + len(line))
        at += len(line) + 1
    start = 0
    for cut in sorted(cuts | {len(text)}):
        piece = text[start:cut]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            yield start + lead, start + len(piece.rstrip())
        start = cut
