"""The workbench's data a document at a time, made from its facts: what the reader shows of a document
(:meth:`kg.views.workbench.Workbench.document`) and its entry in the page's index, without a store.

A build writes them as the documents pass into one SQLite file in the store (``graph.db/page.sqlite``):
``policykg serve`` reads the index and each document from it (never the graph), and the offline
``graph.html`` is written from it a document at a time. Documents are numbered as the workbench numbers
them (by source name, then page IRI) when the file is finished.

>>> from kg.extract import extract_document
>>> from kg.model import Source
>>> page = document_page(extract_document(Source("a.txt", "发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。\\n")))
>>> page.entry["title"], [(label, count) for _, label, count in page.entry["roots"]]
('发展数字经济', [('发展数字经济', 1)])
>>> [(s["kind"], s["label"], s["count"]) for s in page.record["statements"].values()]
[('goal', '发展数字经济', 1), ('measure', '加快建设数据中心', 0)]
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.model import ArticleFacts, DocumentFacts
from kg.support import support_links

if TYPE_CHECKING:
    from kg.ask.trees import TreeItem

PAGES_NAME = "page.sqlite"
FORMAT = 1
_SPLIT = "headings"  # the last key before "i" in a record's sorted keys (see :func:`_halves`)


@dataclass(frozen=True)
class DocumentPage:
    """One document's part of the workbench: its place (source name, page IRI), its entry in the index
    (without its number ``i``), its record for the reader (the same) and the concepts its relations join."""

    source: str
    page: str
    entry: dict[str, Any]
    record: dict[str, Any]


def document_page(facts: DocumentFacts) -> DocumentPage:
    """The workbench's data of one document, as :class:`kg.views.workbench.Workbench` reads it from a store.

    >>> from kg.api import read_text
    >>> page = document_page(read_text("发展数字经济\\n\\n一是加快建设数据中心。\\n", name="a.txt"))
    >>> page.source, page.entry["title"], sorted(page.record)[:4]
    ('a.txt', '发展数字经济', ['cites', 'conceptMap', 'concepts', 'down'])
    """
    from kg.ask.records import measure_counts
    from kg.ask.trees import trees_of
    from kg.graph.rdf import doc_iri
    from kg.views.conceptmap import map_from_facts
    from kg.views.workbench import _linked, _nested, _order, _statement, _utf16, document_concepts, headings

    text, source = facts.page.source.text, facts.page.source.name
    arts = _articles(facts)
    articles = tuple(node for node, _ in arts)
    titles = [a.article.label or "" for _, a in arts]
    title = " / ".join(t for t in titles if t) or source
    items, spans = _items(arts)
    incoming, outgoing = support_links(_supports(arts))
    counts = measure_counts({n: i.kind for n, i in items.items()}, incoming)
    trees = [_nested(root) for root in trees_of(items, incoming, outgoing)]
    to16 = _utf16(text)
    nodes = sorted(items, key=_order)
    coded, tools = _coded(arts, set(items))
    statements = {n: _statement(items[n], spans[n], counts.get(n, 0), to16, coded.get(n)) for n in nodes}
    mentions = _mentions(facts, arts)
    record = {"source": source, "title": title, "text": text, "statements": statements,
              "concepts": {x: sorted(mentions[x]) for x in nodes if mentions.get(x)},
              "up": _linked(nodes, outgoing), "down": _linked(nodes, incoming),
              "tree": trees, "headings": headings(text, to16),
              "conceptMap": document_concepts(map_from_facts([facts]), articles, text, to16),
              "cites": _citations(arts, to16)}
    goals = sum(i.kind == "goal" for i in items.values())
    entry = {"source": source, "title": title, "goals": goals, "measures": len(items) - goals, "chars": len(text),
             "tools": tools, "roots": [[t[0], items[t[0]].label, counts.get(t[0], 0)] for t in trees],
             "articles": list(articles), "titles": [t or source for t in titles]}
    return DocumentPage(source, doc_iri(source), entry, record)


_Articles = list[tuple[str, ArticleFacts]]


def _articles(facts: DocumentFacts) -> _Articles:
    """The document's articles with their nodes, in the workbench's order."""
    from kg.graph.rdf import article_iri
    from kg.views.workbench import _order

    return sorted(((article_iri(a.article), a) for a in facts.articles), key=lambda p: _order(p[0]))


def _items(arts: _Articles) -> tuple[dict[str, TreeItem], dict[str, set[tuple[int, int]]]]:
    """The goals and measures of the articles as tree items (in the order of their documents, then nodes)
    and the spans of each: its evidence and its mentions."""
    from kg.ask.trees import TreeItem

    items: dict[str, TreeItem] = {}
    spans: dict[str, set[tuple[int, int]]] = {}
    for node, found in arts:
        for st in found.statements:
            iri = _statement(node, st.key)
            first = min((st.evidence, *st.mentions), key=lambda s: (s.start, s.end))
            items[iri] = TreeItem(iri, str(st.kind), st.label, first.quote, found.article.label or "", str(st.level),
                                  document=node)
            spans[iri] = {(s.start, s.end) for s in (st.evidence, *st.mentions)}
    return dict(sorted(items.items(), key=lambda p: (p[1].document, p[0]))), spans


def _statement(article: str, key: str) -> str:
    """The node of the statement ``key`` of the article whose node is ``article``: what
    :func:`kg.graph.rdf.statement_iri` makes, without making the article's node again for each statement.

    >>> from kg.graph.rdf import article_iri, statement_iri
    >>> from kg.model import Article
    >>> _statement(article_iri(Article("1", "a.txt")), "m2") == statement_iri(Article("1", "a.txt"), "m2")
    True
    """
    return f"{article}/{key}"


def _supports(arts: _Articles) -> list[tuple[str, str]]:
    """The support links of the articles as (source, target) nodes, ordered by target, then source."""
    edges = {(_statement(node, s.source), _statement(node, s.target)) for node, a in arts for s in a.supports}
    return sorted(edges, key=lambda e: (e[1], e[0]))


def _mentions(facts: DocumentFacts, arts: _Articles) -> dict[str, set[str]]:
    """The named concepts (and agencies) each statement mentions."""
    named = {c.label for c in facts.concepts} | {r.agency for a in facts.articles for r in a.responsibilities}
    mentions: dict[str, set[str]] = {}
    for node, found in arts:
        for m in found.mentions:
            if m.concept in named:
                mentions.setdefault(_statement(node, m.statement), set()).add(m.concept)
    return mentions


def _coded(arts: _Articles, nodes: set[str]) -> tuple[dict[str, tuple[str, str, str]], dict[str, int]]:
    """The instrument that codes each of ``nodes`` (the last one, when several do) and how often each
    instrument codes one of them, instruments sorted."""
    coded: dict[str, tuple[str, str, str]] = {}
    tools: dict[str, int] = {}
    for article, found in arts:
        for inst in found.instruments:
            node = _statement(article, inst.statement)
            if node in nodes:
                coded[node] = (inst.tool.value, inst.tool.family.value, inst.cue)
                tools[inst.tool.value] = tools.get(inst.tool.value, 0) + 1
    return coded, dict(sorted(tools.items()))


def _citations(arts: _Articles, to16: Callable[[int], int]) -> list[list[Any]]:
    """The documents the articles cite, as the reader lists them, with the citation's node in place of the
    document it resolves to (known once every document is in: :meth:`PageWriter.finish`)."""
    from kg.graph.rdf import citation_iri

    rows = []
    for node, found in arts:
        for i, c in enumerate(found.citations, 1):
            rows.append((node, c.evidence.start, c.title or "", c.identifier or "",
                         [citation_iri(found.article, i), to16(c.evidence.start), to16(c.evidence.end), -1, c.frame]))
    return [row[-1] for row in sorted(rows, key=lambda r: r[:4])]


def _halves(record: dict[str, Any]) -> tuple[str, str]:
    """A record as JSON in two halves, the keys before ``"i"`` and those after it (keys sorted), so that the
    number a document gets when the build is done can be put between them without parsing the rest."""
    before = {k: v for k, v in record.items() if k <= _SPLIT}
    after = {k: v for k, v in record.items() if k > _SPLIT}
    return _dumps(before), _dumps(after)


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _numbered(n: int, before: str, after: str) -> str:
    """The JSON of a record with its number: the same text ``json.dumps(…, sort_keys=True)`` gives."""
    return f'{before[:-1]}, "i": {n}, {after[1:]}'


class PageWriter:
    """Writes the pages of documents as they pass (:meth:`add`), then numbers them (:meth:`finish`)."""

    CHUNK = 32  # records read back at once when the citations are named (:meth:`finish`)

    def __init__(self, path: Path) -> None:
        self.db = sqlite3.connect(str(path), isolation_level=None)
        self.db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;"
                              "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);"
                              "CREATE TABLE docs(n INTEGER, source TEXT, page TEXT, entry TEXT, before TEXT, after TEXT,"
                              " nodes TEXT);")
        self.db.execute("BEGIN")
        self._cited: dict[str, tuple[str, str]] = {}  # citation node -> (title, 文号)

    def add(self, page: DocumentPage, cited: Sequence[tuple[str, str, Any]] = ()) -> None:
        """Write a document's page; ``cited``: its (article, citation node, citation) as the graph names them.

        >>> import tempfile
        >>> from kg.api import read_text
        >>> path = Path(tempfile.mkdtemp()) / PAGES_NAME
        >>> writer = PageWriter(path)
        >>> writer.add(document_page(read_text("发展数字经济\\n\\n一是加快建设数据中心。\\n", name="a.txt")))
        >>> writer.finish()
        >>> Pages(path).count
        1
        """
        self._cited.update({node: (c.title or "", c.identifier or "") for _, node, c in cited})
        before, after = _halves(page.record)
        nodes = _dumps(page.record["conceptMap"]["nodes"])
        self.db.execute("INSERT INTO docs(source, page, entry, before, after, nodes) VALUES (?, ?, ?, ?, ?, ?)",
                        (page.source, page.page, _dumps(page.entry), before, after, nodes))

    def finish(self, edges: Sequence[Any] = ()) -> None:
        """Number the documents as the workbench orders them and index them by number; name what each citation
        resolved to (``edges``: :func:`kg.graph.citations.resolve`).

        >>> import tempfile
        >>> from kg.api import read_text
        >>> path = Path(tempfile.mkdtemp()) / PAGES_NAME
        >>> writer = PageWriter(path)
        >>> for name in ("b.txt", "a.txt"):
        ...     writer.add(document_page(read_text("发展数字经济\\n\\n一是加快建设数据中心。\\n", name=name)))
        >>> writer.finish()
        >>> [d["source"] for d in Pages(path).index["docs"]]
        ['a.txt', 'b.txt']
        """
        order = self.db.execute("SELECT rowid FROM docs ORDER BY source, page").fetchall()
        self.db.executemany("UPDATE docs SET n = ? WHERE rowid = ?", [(n, r) for n, (r,) in enumerate(order)])
        self._resolve(edges)
        self.db.execute("CREATE UNIQUE INDEX docs_n ON docs(n)")
        self.db.execute("INSERT INTO meta VALUES ('format', ?)", (str(FORMAT),))
        self.db.execute("COMMIT")
        self.db.close()

    def _resolve(self, edges: Sequence[Any]) -> None:
        """Name each citation's target in the records, read back :attr:`CHUNK` at a time (not every record at once)."""
        page_of, label_of = {}, {}
        for n, entry in self.db.execute("SELECT n, entry FROM docs"):
            e = json.loads(entry)
            for article, title in zip(e["articles"], e["titles"], strict=False):
                page_of[article], label_of[article] = n, title
        target = {e.node: e.target for e in edges}
        label_of.update({e.target: e.label for e in edges if e.label})
        last = 0
        while rows := self.db.execute("SELECT rowid, before FROM docs WHERE rowid > ? ORDER BY rowid LIMIT ?",
                                      (last, self.CHUNK)).fetchall():
            for rowid, before in rows:
                record = json.loads(before)
                for cite in record.get("cites", []):
                    node = cite[0]
                    to = target.get(node, "")
                    title = self._cited.get(node, ("", ""))
                    cite[0] = label_of.get(to) or (f"《{title[0]}》" if title[0] else title[1])
                    cite[3] = page_of.get(to, -1)
                self.db.execute("UPDATE docs SET before = ? WHERE rowid = ?", (_dumps(record), rowid))
            last = rows[-1][0]

    def abort(self) -> None:
        """Close the file unfinished (the build removes its temporary folder).

        >>> import tempfile
        >>> writer = PageWriter(Path(tempfile.mkdtemp()) / PAGES_NAME)
        >>> writer.abort()
        """
        self.db.close()


class Pages:
    """The pages a build wrote, read: the index of the workbench and each document's record as JSON."""

    def __init__(self, path: Path) -> None:
        from kg.errors import GraphError

        try:
            self.db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
            version = self.db.execute("SELECT value FROM meta WHERE key = 'format'").fetchone()
        except sqlite3.Error as exc:
            raise GraphError(f"{path}: the page data cannot be read ({exc})") from None
        if version != (str(FORMAT),):
            raise GraphError(f"{path}: page data of another version; run `policykg build` again")
        self.count = self.db.execute("SELECT COUNT(*) FROM docs").fetchone()[0]

    @classmethod
    def beside(cls, store: Any) -> Pages | None:
        """The pages of a store the build wrote (``store.folder``), or None (a graph read from a file).

        >>> from kg.graph.store import Store
        >>> Pages.beside(Store.from_turtle(b"")) is None
        True
        """
        folder = getattr(store, "folder", None)
        path = Path(folder) / PAGES_NAME if folder is not None else None
        return cls(path) if path is not None and path.is_file() else None

    @property
    def index(self) -> dict[str, Any]:
        """What :attr:`kg.views.workbench.Workbench.index` gives.

        >>> import tempfile
        >>> from kg.api import read_text
        >>> path = Path(tempfile.mkdtemp()) / PAGES_NAME
        >>> writer = PageWriter(path)
        >>> writer.add(document_page(read_text("发展数字经济\\n\\n一是加快建设数据中心。\\n", name="a.txt")))
        >>> writer.finish()
        >>> [(d["i"], d["title"]) for d in Pages(path).index["docs"]]
        [(0, '发展数字经济')]
        """
        from kg.views.workbench import GRAPH_DOCUMENTS, KINDS, concept_index, tool_legend

        rows = self.db.execute("SELECT n, entry, nodes FROM docs ORDER BY n").fetchall()
        docs = [{"i": n, **json.loads(entry)} for n, entry, _ in rows]
        return {"docs": docs, "kinds": {k: list(v) for k, v in KINDS.items()}, "graphDocuments": GRAPH_DOCUMENTS,
                "tools": tool_legend(), **concept_index((n, json.loads(nodes)) for n, _, nodes in rows)}

    def document_json(self, n: int) -> bytes:
        """Document ``n``'s record as :meth:`kg.views.workbench.Workbench.document_json` gives it.

        >>> import tempfile
        >>> from kg.api import read_text
        >>> path = Path(tempfile.mkdtemp()) / PAGES_NAME
        >>> writer = PageWriter(path)
        >>> writer.add(document_page(read_text("发展数字经济\\n\\n一是加快建设数据中心。\\n", name="a.txt")))
        >>> writer.finish()
        >>> record = json.loads(Pages(path).document_json(0))
        >>> record["i"], [s["label"] for s in record["statements"].values()]
        (0, ['发展数字经济', '加快建设数据中心'])
        """
        return self.document_text(n).encode("utf-8")

    def document_text(self, n: int) -> str:
        """Document ``n``'s record as JSON text (IndexError when there is no document ``n``).

        >>> import tempfile
        >>> from kg.api import read_text
        >>> path = Path(tempfile.mkdtemp()) / PAGES_NAME
        >>> writer = PageWriter(path)
        >>> writer.add(document_page(read_text("发展数字经济\\n\\n一是加快建设数据中心。\\n", name="a.txt")))
        >>> writer.finish()
        >>> json.loads(Pages(path).document_text(0))["text"]
        '发展数字经济\\n\\n一是加快建设数据中心。\\n'
        >>> Pages(path).document_text(1)
        Traceback (most recent call last):
        IndexError: 1
        """
        row = self.db.execute("SELECT before, after FROM docs WHERE n = ?", (n,)).fetchone() if n >= 0 else None
        if row is None:
            raise IndexError(n)
        return _numbered(n, *row)

    def documents(self, escape: Callable[[str], str]) -> Iterator[str]:
        """Every record as ``{"0": …, "1": …}`` (keys sorted as text, as the page's JSON has them), in pieces.

        >>> import tempfile
        >>> from kg.api import read_text
        >>> path = Path(tempfile.mkdtemp()) / PAGES_NAME
        >>> writer = PageWriter(path)
        >>> writer.add(document_page(read_text("发展数字经济\\n\\n一是加快建设数据中心。\\n", name="a.txt")))
        >>> writer.finish()
        >>> list(json.loads("".join(Pages(path).documents(str))))
        ['0']
        """
        yield "{"
        for k, key in enumerate(sorted(str(n) for n in range(self.count))):
            yield ("" if k == 0 else ", ") + f'"{key}": ' + escape(self.document_text(int(key)))
        yield "}"
