"""Writing the index of questions (:mod:`kg.ask.index`): its tables, filled a document at a time from the
rows of each document (:mod:`kg.ask.records`), then sorted into reading order and indexed.

>>> import tempfile, pathlib
>>> from kg.ask.records import DocumentRow, ItemRow, Rows
>>> rows = Rows(documents=[DocumentRow("d", "p", "a.txt", "意见")])
>>> rows.items.append(ItemRow("g", "goal", "发展数字经济", "发展数字经济", 0, "article", "d"))
>>> path = pathlib.Path(tempfile.mkdtemp()) / INDEX_NAME
>>> write_index(path, [rows])
>>> import sqlite3; sqlite3.connect(path).execute("SELECT label, root FROM items").fetchall()
[('发展数字经济', 1)]
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from kg.ask.keys import normalize, sound_key
from kg.ask.records import Rows, closure

INDEX_NAME = "ask.sqlite"
FORMAT = 7  # the schema's version: an index of another version is not read (7: keys keep + and ×)
KINDS = ("goal", "measure", "concept", "document")
KIND_OF = {k: n for n, k in enumerate(KINDS)}
SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE docs(id INTEGER PRIMARY KEY, node TEXT, page TEXT, source TEXT, title TEXT, identifier TEXT, issuer TEXT,
                  issued TEXT, year INTEGER, region TEXT, genre TEXT, name TEXT, rank INTEGER, text INTEGER, begin INTEGER);
CREATE TABLE items(id INTEGER PRIMARY KEY, node TEXT, kind INTEGER, label TEXT, quote TEXT, start INTEGER, level TEXT,
                   doc INTEGER, num INTEGER, count INTEGER, rank INTEGER, root INTEGER);
CREATE TABLE edges(source INTEGER, target INTEGER);
CREATE TABLE concepts(id INTEGER PRIMARY KEY, node TEXT, label TEXT);
CREATE TABLE mentions(item INTEGER, concept INTEGER);
CREATE TABLE relations(source INTEGER, relation TEXT, target INTEGER, quote TEXT, doc INTEGER);
CREATE TABLE agencies(item INTEGER, concept INTEGER, lead INTEGER);
CREATE TABLE instruments(item INTEGER, tool TEXT);
CREATE TABLE cites(doc INTEGER, title TEXT, identifier TEXT, frame TEXT, quote TEXT, start INTEGER);
CREATE TABLE keys(id INTEGER PRIMARY KEY, key TEXT, sound TEXT);
CREATE TABLE names(key INTEGER, kind INTEGER, ref INTEGER, name TEXT);
CREATE TABLE texts(id INTEGER PRIMARY KEY, text TEXT, search TEXT);
"""
INDEXES = """
CREATE UNIQUE INDEX items_node ON items(node);
CREATE INDEX items_doc ON items(doc, kind);
CREATE INDEX items_root ON items(root) WHERE root = 1;
CREATE INDEX edges_target ON edges(target);
CREATE INDEX edges_source ON edges(source);
CREATE UNIQUE INDEX concepts_node ON concepts(node);
CREATE INDEX mentions_item ON mentions(item);
CREATE INDEX mentions_concept ON mentions(concept);
CREATE INDEX relations_source ON relations(source);
CREATE INDEX relations_target ON relations(target);
CREATE INDEX agencies_item ON agencies(item);
CREATE INDEX agencies_concept ON agencies(concept);
CREATE INDEX instruments_item ON instruments(item);
CREATE UNIQUE INDEX keys_key ON keys(key);
CREATE VIRTUAL TABLE grams USING fts5(key, content='keys', content_rowid='id', tokenize='trigram', detail='none',
                                     columnsize=0);
INSERT INTO grams(rowid, key) SELECT id, key FROM keys;
CREATE INDEX names_key ON names(key);
CREATE INDEX names_ref ON names(kind, ref);
CREATE INDEX docs_text ON docs(text);
CREATE INDEX cites_doc ON cites(doc, start);
"""


# -- writing -----------------------------------------------------------------------------------

class IndexWriter:
    """Writes an index from the rows of each document as they come, then its indexes (:meth:`finish`).

    What it keeps across documents is bounded by the vocabulary (concept ids, name keys) and the
    number of documents, not by the text."""

    def __init__(self, path: Path | str) -> None:
        self.db = sqlite3.connect(str(path), isolation_level=None)
        self.db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA page_size=4096;")
        self.db.executescript(SCHEMA)
        self.db.execute("BEGIN")
        self.concepts: dict[str, int] = {}
        self.named: dict[int, set[str]] = {}  # concept id -> its names written
        self.keys: dict[str, int] = {}
        self.items = 0
        self.docs = 0
        self.texts = 0
        self.totals = {"goals": 0, "measures": 0}
        self.example: tuple[Any, ...] | None = None

    def add(self, rows: Rows) -> None:
        """One page's rows.

        >>> import tempfile
        >>> from kg.ask.records import DocumentRow, ItemRow
        >>> rows = Rows(documents=[DocumentRow("d", "p", "a.txt", "意见")])
        >>> rows.items.append(ItemRow("m1", "measure", "加快建设数据中心", "加快建设数据中心。", 0, "item", "d"))
        >>> writer = IndexWriter(Path(tempfile.mkdtemp()) / INDEX_NAME)
        >>> writer.add(rows); writer.finish()
        >>> writer.totals
        {'goals': 0, 'measures': 1}
        """
        docs = self._add_documents(rows)
        names = [(d.title, 3, docs[d.node]) for d in rows.documents]
        names += [(d.identifier, 3, docs[d.node]) for d in rows.documents if d.identifier]
        ids, incoming = self._add_items(rows, docs)
        names += [(i.label, KIND_OF[i.kind], ids[i.node]) for i in rows.items]
        names += self._add_concepts(rows)
        concept = self.concepts
        db = self.db
        db.executemany("INSERT INTO names VALUES (?,?,?,?)", self._names(names))
        db.executemany("INSERT INTO mentions VALUES (?,?)",
                       sorted({(ids[s], concept[c]) for s, c in rows.mentions if s in ids and c in concept}))
        db.executemany("INSERT INTO agencies VALUES (?,?,?)", sorted(
            {(ids[m], concept[a], int(lead)) for m, a, lead in rows.agencies if m in ids and a in concept}))
        db.executemany("INSERT INTO relations VALUES (?,?,?,?,?)", sorted(
            {(concept[r.source], r.relation, concept[r.target], r.quote, docs.get(r.article, 0))
             for r in rows.relations if r.source in concept and r.target in concept and r.source != r.target}))
        db.executemany("INSERT INTO instruments VALUES (?,?)",
                       sorted({(ids[n], tool) for n, tool in rows.instruments if n in ids}))
        db.executemany("INSERT INTO cites VALUES (?,?,?,?,?,?)", sorted(
            {(docs[c.article], c.title, c.identifier, c.frame, c.quote, c.start) for c in rows.citations if c.article in docs}))
        self._example(rows, incoming)

    def _add_documents(self, rows: Rows) -> dict[str, int]:
        """The page's documents and its text; each document's number by its node."""
        docs = {d.node: self.docs + n for n, d in enumerate(rows.documents, 1)}
        self.docs += len(docs)
        self.texts += 1
        begin: dict[str, int] = {}
        for item in rows.items:
            begin[item.article] = min(begin.get(item.article, item.start), item.start)
        self.db.executemany("INSERT INTO docs VALUES (?,?,?,?,?,?,?,?,?,?,?,?,0,?,?)",
                            [(docs[d.node], d.node, d.page, d.source, d.title, d.identifier, d.issuer, d.issued, d.year,
                              d.region, d.genre, d.name, self.texts, begin.get(d.node, -1)) for d in rows.documents])
        self.db.execute("INSERT INTO texts VALUES (?,?,?)", (self.texts, rows.text, _searched(rows.text)))
        return docs

    def _add_items(self, rows: Rows, docs: Mapping[str, int]) -> tuple[dict[str, int], dict[str, list[str]]]:
        """The page's goals and measures (with the measures each reaches) and the links between them; each
        item's number by its node, and the items linked into each."""
        kinds = {i.node: i.kind for i in rows.items}
        incoming, reached = closure(kinds, rows.edges)
        counts = dict.fromkeys(kinds, 0)
        for below, above, _ in reached:
            counts[above] += kinds[below] == "measure"
        ids = {item.node: self.items + n for n, item in enumerate(rows.items, 1)}
        self.items += len(ids)
        for item in rows.items:
            self.totals[f"{item.kind}s"] += 1
        roots = _roots(rows)
        self.db.executemany("INSERT INTO items VALUES (?,?,?,?,?,?,?,?,?,?,0,?)",
                            [(ids[i.node], i.node, KIND_OF[i.kind], i.label, i.quote, i.start, i.level,
                              docs.get(i.article, 0), _number(i.node), counts[i.node], int(i.node in roots))
                             for i in rows.items])
        self.db.executemany("INSERT INTO edges VALUES (?,?)",
                            sorted({(ids[s], ids[t]) for s, t in rows.edges if s in ids and t in ids and s != t}))
        return ids, incoming

    def _add_concepts(self, rows: Rows) -> list[tuple[str, int, int]]:
        """The concepts first met on this page; the names of concepts not yet named."""
        concept = self.concepts
        fresh = []
        names: list[tuple[str, int, int]] = []
        for node, (label, known) in sorted(rows.concepts.items()):
            if node not in concept:
                concept[node] = len(concept) + 1
                fresh.append((concept[node], node, label))
            named = self.named.setdefault(concept[node], set())
            names += [(name, 2, concept[node]) for name in sorted(known - named)]  # each name of a concept once
            named |= known
        self.db.executemany("INSERT INTO concepts VALUES (?,?,?)", fresh)
        return names

    def _names(self, names: list[tuple[str, int, int]]) -> list[tuple[int, int, int, str]]:
        out = []
        for name, kind, ref in names:
            key = normalize(name)
            if key:
                n = self.keys.setdefault(key, len(self.keys) + 1)
                out.append((n, kind, ref, name))
        return out

    def _example(self, rows: Rows, incoming: dict[str, list[str]]) -> None:
        """The goal most statements support directly (then the shorter name), for the example questions."""
        labels = {i.node: i.label for i in rows.items}
        for item in rows.items:
            if item.kind == "goal" and incoming.get(item.node) and len(item.label) >= 4:
                measure = labels.get(min(incoming[item.node], key=lambda n: (_number(n), n)), "")
                rank = (-len(incoming[item.node]), len(item.label), self.items, item.label, measure)
                if self.example is None or rank[:2] < self.example[:2]:
                    self.example = rank

    def finish(self) -> None:
        """Sort documents and items into reading order, write the keys, the indexes and the totals.

        >>> import tempfile
        >>> writer = IndexWriter(Path(tempfile.mkdtemp()) / INDEX_NAME)
        >>> writer.finish()
        >>> writer.totals
        {'goals': 0, 'measures': 0}
        """
        db = self.db
        db.executemany("INSERT INTO keys VALUES (?,?,?)",
                       ((n, key, sound_key(key)) for key, n in sorted(self.keys.items(), key=lambda kv: kv[1])))
        ranked = sorted(db.execute("SELECT id, source, node FROM docs"), key=lambda r: (r[1], _number(r[2]), r[2]))
        db.executemany("UPDATE docs SET rank = ? WHERE id = ?", [(n, r[0]) for n, r in enumerate(ranked)])
        db.execute("UPDATE items SET rank = (SELECT rank FROM docs WHERE docs.id = items.doc) * 1000000 + num")
        db.execute("COMMIT")
        db.executescript(INDEXES)
        example = self._example_names()
        meta = {"format": FORMAT, "goals": self.totals["goals"], "measures": self.totals["measures"],
                "concepts": len(self.concepts), "documents": self.docs, "example": example}
        db.executemany("INSERT INTO meta VALUES (?,?)", [(k, json.dumps(v, ensure_ascii=False)) for k, v in meta.items()])
        db.close()

    def _example_names(self) -> dict[str, str]:
        concept = self.db.execute("""SELECT c.node FROM mentions m JOIN concepts c ON c.id = m.concept
                                     GROUP BY m.concept ORDER BY COUNT(*) DESC, c.node DESC LIMIT 1""").fetchone()
        goal, measure = (self.example[3], self.example[4]) if self.example else ("", "")
        return {"goal": goal, "measure": measure, "concept": concept[0] if concept else ""}

    def abort(self) -> None:
        """Close the file unfinished (the caller removes it).

        >>> import tempfile
        >>> path = Path(tempfile.mkdtemp()) / INDEX_NAME
        >>> writer = IndexWriter(path)
        >>> writer.abort()
        >>> path.exists()
        True
        """
        self.db.close()


def _roots(rows: Rows) -> set[str]:
    """The top goals of each article: its article goals, or in an article without one, the goals that support
    nothing (as ``policykg measures`` prints its trees)."""
    supporting = {s for s, _ in rows.edges}
    headed = {i.article for i in rows.items if i.level == "article"}
    return {i.node for i in rows.items if i.kind == "goal" and (
        i.level == "article" or (i.article not in headed and i.node not in supporting))}


def _number(node: str) -> int:
    digits = "".join(filter(str.isdigit, node.rpartition("/")[2]))
    return int(digits or 0)


def _searched(text: str) -> str | None:
    """The text a document is searched in, when it is not the text itself: full-width letters and digits
    narrowed, traditional characters simplified, lower case; one character for each character of the text."""
    from kg.text.normalize import matching_text

    search = matching_text(text)
    lower = search.lower()
    search = lower if len(lower) == len(search) else "".join(c if len(c.lower()) != 1 else c.lower() for c in search)
    return None if search == text else search


def write_index(path: Path, pages: Iterable[Rows]) -> None:
    """An index file of ``pages``.

    >>> import sqlite3, tempfile
    >>> from kg.ask.records import DocumentRow
    >>> path = Path(tempfile.mkdtemp()) / INDEX_NAME
    >>> write_index(path, [Rows(documents=[DocumentRow("d", "p", "a.txt", "意见")])])
    >>> sqlite3.connect(path).execute("SELECT title FROM docs").fetchall()
    [('意见',)]
    """
    writer = IndexWriter(path)
    try:
        for rows in pages:
            writer.add(rows)
        writer.finish()
    except BaseException:
        writer.abort()
        raise
