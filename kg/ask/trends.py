"""Across documents and years: how often a term is used per year (and region or genre), and where it appeared
first, nationally and in each province.

Everything is read from the index the build wrote (:mod:`kg.ask.index`): each document's year, issuer, region
and kind, its text (the term is counted there, as ``str.count`` counts it), and the goals and measures whose
label or quote holds the term. A year inside a series' span without a document is no data (``None``), never 0.

>>> from kg.ask.index import Index
>>> from kg.ask.records import DocumentRow, Rows
>>> def report(year, text):
...     return Rows(text=text, documents=[DocumentRow(f"d{year}", f"p{year}", f"{year}.txt", "政府工作报告",
...                                                   issuer="国务院", year=year, genre="政府工作报告")])
>>> index = Index.of_rows([report(2021, "发展数字经济。"), report(2023, "数字经济，数字经济。")])
>>> [(r.year, r.count) for r in trend(index, "数字经济").rows]
[(2021, 1), (2022, None), (2023, 2)]
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from kg.ask.index import Index
from kg.ask.keys import normalize
from kg.ask.records import DocumentRow
from kg.errors import InputError
from kg.text.profile import NATIONAL, genre_of, region_of

__all__ = ["By", "DocumentUse", "First", "Trend", "TrendRow", "Within", "Wording", "diffusion", "trend", "wording"]

REPORTS = "政府工作报告"  # the kind of document a trend follows by default: one a year, nationally and per province


class By(StrEnum):
    """What a trend's series are: one per scope (national, provincial), per region, or per genre."""

    YEAR = "year"
    REGION = "region"
    GENRE = "genre"


class Within(StrEnum):
    """Which documents a trend reads."""

    NATIONAL = "national"
    PROVINCIAL = "provincial"
    ALL = "all"


@dataclass(frozen=True)
class DocumentUse:
    """One document of a row: its name, how often its text holds the term, how many of its goals and measures
    name it, and its length in characters."""

    name: str
    count: int
    statements: int
    characters: int


@dataclass(frozen=True)
class TrendRow:
    """A year of a series: ``count`` and ``per_10k`` are None when the series has no document that year."""

    scope: str  # "national", "provincial", a province, or a genre with By.GENRE
    year: int
    count: int | None
    per_10k: float | None
    statements: int | None
    documents: tuple[DocumentUse, ...] = ()


@dataclass(frozen=True)
class Trend:
    term: str
    by: By
    within: Within
    kind: str  # the kind of document followed ("" for every kind)
    rows: tuple[TrendRow, ...] = field(default=())

    def data(self) -> dict[str, object]:
        """As ``policykg trend --format json`` writes it.

        >>> from kg.ask.records import DocumentRow, Rows
        >>> rows = Rows(text="发展新质生产力。", documents=[DocumentRow("d", "p", "r.txt", "政府工作报告", issuer="国务院", year=2024,
        ...                                                                genre="政府工作报告")])
        >>> data = trend(Index.of_rows([rows]), "新质生产力").data()
        >>> data["term"], data["rows"][0]["year"], data["rows"][0]["count"], data["rows"][0]["per_10k"]
        ('新质生产力', 2024, 1, 1250.0)
        """
        return {"term": self.term, "by": self.by.value, "scope": self.within.value, "kind": self.kind or None,
                "rows": [{"scope": r.scope, "year": r.year, "count": r.count, "per_10k": r.per_10k,
                          "statements": r.statements,
                          "documents": [{"name": d.name, "count": d.count, "statements": d.statements,
                                         "characters": d.characters} for d in r.documents]} for r in self.rows]}


def trend(index: Index, term: str, *, by: By = By.YEAR, within: Within | None = None, kind: str = REPORTS) -> Trend:
    """Per year of each series, the documents that use ``term``: the count in their texts, per 10,000
    characters, and the goals and measures that name it. ``within`` defaults to the national documents for
    a trend by year, and to all documents by region or genre; ``kind`` limits the documents to one kind
    (the government work reports by default; "" for all).

    >>> from kg.ask.records import DocumentRow, Rows
    >>> rows = Rows(text="发展新质生产力。", documents=[DocumentRow("d", "p", "r.txt", "政府工作报告", issuer="国务院", year=2024,
    ...                                                                genre="政府工作报告")])
    >>> [(r.year, r.count, r.documents[0].name) for r in trend(Index.of_rows([rows]), "新质生产力").rows]
    [(2024, 1, '《政府工作报告》（2024年，国务院）')]
    """
    term = term.strip()
    if not term:
        raise InputError("trend: give a term to follow")
    within = within or (Within.NATIONAL if by is By.YEAR else Within.ALL)
    docs = [d for d in _documents(index, kind) if d.year and _within(d, within)]
    counts, statements, lengths = _uses(index, normalize(term), [d.node for d in docs])
    series: dict[str, list[DocumentRow]] = defaultdict(list)
    for d in docs:
        series[_series(d, by)].append(d)
    rows = [row for name in sorted(series, key=_order) for row in _rows(name, series[name], counts, statements, lengths)]
    return Trend(term, by, within, kind, tuple(rows))


def _documents(index: Index, kind: str) -> list[DocumentRow]:
    return index.documents("genre = ?", kind) if kind else index.documents()


def _scope(d: DocumentRow) -> str:
    """"national" or "provincial" (or "" for a document of neither)."""
    region = region_of(d.issuer, d.title, d.source)
    return "national" if region == NATIONAL else ("provincial" if region else "")


def _within(d: DocumentRow, within: Within) -> bool:
    scope = _scope(d)
    return bool(scope) if within is Within.ALL else scope == within.value


def _series(d: DocumentRow, by: By) -> str:
    if by is By.REGION:
        return "national" if _scope(d) == "national" else d.region
    if by is By.GENRE:
        return genre_of(d.genre).value
    return _scope(d)


def _order(name: str) -> tuple[int, str]:
    return (0 if name == "national" else 1, name)


def _uses(index: Index, term: str, nodes: Sequence[str]) -> tuple[dict[str, int], dict[str, int], dict[str, int]]:
    """(document -> occurrences of ``term`` in its text, -> goals and measures naming it, -> characters)."""
    ids = index.doc_ids(nodes)
    counts = index.text_hits(term, ids) if ids else {}
    named = dict(index.rows("""SELECT d.node, COUNT(*) FROM items i JOIN docs d ON d.id = i.doc
                               WHERE (instr(i.label, ?) > 0 OR instr(i.quote, ?) > 0)
                               AND d.id IN (SELECT value FROM json_each(?)) GROUP BY d.node""",
                            term, term, json.dumps(ids)))
    lengths = dict(index.rows("""SELECT d.node, length(t.text) FROM docs d JOIN texts t ON t.id = d.text
                                 WHERE d.id IN (SELECT value FROM json_each(?))""", json.dumps(ids)))
    return counts, named, lengths


def _rows(name: str, docs: list[DocumentRow], counts: dict[str, int], statements: dict[str, int],
          lengths: dict[str, int]) -> Iterable[TrendRow]:
    by_year: dict[int, list[DocumentRow]] = defaultdict(list)
    for d in docs:
        by_year[d.year].append(d)
    for year in range(min(by_year), max(by_year) + 1):
        found = by_year.get(year)
        if not found:
            yield TrendRow(name, year, None, None, None)
            continue
        uses = tuple(DocumentUse(d.name, counts.get(d.node, 0), statements.get(d.node, 0), lengths.get(d.node, 0))
                     for d in found)
        count, size = sum(u.count for u in uses), sum(u.characters for u in uses)
        yield TrendRow(name, year, count, round(count * 10000 / size, 3) if size else None,
                       sum(u.statements for u in uses), tuple(u for u in uses if u.count or u.statements))


# -- where a term appeared first ---------------------------------------------------------------

@dataclass(frozen=True)
class First:
    """Where a term appeared first in one scope (the nation, or a province): the year, the document, the
    sentence; ``year`` None when none of its documents uses it (``years`` says which years were read)."""

    scope: str
    year: int | None
    document: str = ""
    quote: str = ""
    years: tuple[int, ...] = ()


def diffusion(index: Index, term: str, *, kind: str = REPORTS) -> list[First]:
    """The first year the national documents use ``term``, then the first year of each province's, each with
    the sentence (the nation first, then the provinces by year and name; a province that never uses it last).

    >>> from kg.ask.records import DocumentRow, Rows
    >>> def report(year, issuer, region, text):
    ...     return Rows(text=text, documents=[DocumentRow(f"d{year}", f"p{year}", f"{year}.txt", "政府工作报告", issuer=issuer,
    ...                                                   year=year, region=region, genre="政府工作报告")])
    >>> national = report(2023, "国务院", "", "发展新质生产力。")
    >>> index = Index.of_rows([national, report(2024, "广东省人民政府", "广东省", "培育新质生产力。")])
    >>> [(f.scope, f.year, f.quote) for f in diffusion(index, "新质生产力")]
    [('national', 2023, '发展新质生产力。'), ('广东省', 2024, '培育新质生产力。')]
    """
    found = trend(index, term, by=By.REGION, within=Within.ALL, kind=kind)
    out = []
    for scope in dict.fromkeys(r.scope for r in found.rows):
        rows = [r for r in found.rows if r.scope == scope and r.count is not None]
        first = next((r for r in rows if r.count), None)
        years = tuple(r.year for r in rows)
        if first is None:
            out.append(First(scope, None, years=years))
            continue
        name = next(d.name for d in first.documents if d.count)
        out.append(First(scope, first.year, name, _sentence(index, term, name), years))
    return sorted(out, key=lambda f: (f.scope != "national", f.year is None, f.year or 0, f.scope))


def _sentence(index: Index, term: str, name: str) -> str:
    node = next((n for (n,) in index.rows("SELECT node FROM docs WHERE name = ?", name)), None)
    passages = index.passages(normalize(term), node, limit=1) if node else []
    return re.sub(r"\s+", "", passages[0].text) if passages else ""


# -- how a goal or measure naming a term is worded over the years ----------------------------------

@dataclass(frozen=True)
class Wording:
    """The words before ``term`` in the goals and measures of one year that name it (加快发展, 大力推进 …), with
    how many statements use them and the first one's quote."""

    scope: str
    year: int
    lead: str
    count: int
    quote: str


def wording(index: Index, term: str, *, within: Within = Within.NATIONAL, kind: str = REPORTS) -> list[Wording]:
    """Per year, how the statements naming ``term`` lead into it: the words of their labels before the term
    (a verb and the degree words before it), most used first.

    >>> from kg.ask.records import DocumentRow, ItemRow, Rows
    >>> def report(year, label):
    ...     rows = Rows(text=label, documents=[DocumentRow(f"d{year}", f"p{year}", f"{year}.txt", "政府工作报告",
    ...                                                    issuer="国务院", year=year, genre="政府工作报告")])
    ...     rows.items.append(ItemRow(f"d{year}/m1", "measure", label, label + "。", 0, "action", f"d{year}"))
    ...     return rows
    >>> index = Index.of_rows([report(2018, "推进乡村振兴"), report(2019, "全面推进乡村振兴")])
    >>> [(w.year, w.lead) for w in wording(index, "乡村振兴")]
    [(2018, '推进'), (2019, '全面推进')]
    """
    term = normalize(term.strip())
    docs = {d.node: d for d in _documents(index, kind) if d.year and _within(d, within)}
    rows = index.rows("""SELECT d.node, i.label, i.quote FROM items i JOIN docs d ON d.id = i.doc
                         WHERE instr(i.label, ?) > 0 AND d.id IN (SELECT value FROM json_each(?)) ORDER BY i.rank""",
                      term, json.dumps(index.doc_ids(docs)))
    found: dict[tuple[str, int, str], list[str]] = defaultdict(list)
    for node, label, quote in rows:
        before = label[:label.find(term)]
        lead = re.sub(r"^.*[，；：和与及]", "", before)  # a list before the term (打造A、B、低空经济) stays whole
        if lead:
            d = docs[node]
            found[(_scope(d) if within is not Within.ALL else _series(d, By.REGION), d.year, lead)].append(quote)
    return sorted((Wording(scope, year, lead, len(quotes), quotes[0]) for (scope, year, lead), quotes in found.items()),
                  key=lambda w: (w.scope != "national", w.scope, w.year, -w.count, w.lead))
