"""The index questions read: one SQLite database of names, statements, support links, concepts, agencies,
documents and their texts, with its own indexes.

The build writes it beside the on-disk store (``graph.db/ask.sqlite``) from each
document's facts as they pass (:class:`IndexWriter`); a graph read from a file
gets the same index in memory, made from the graph with the bundled queries
(:meth:`Index.of_graph`). Either way questions read the same tables:

- ``names``: every goal, measure and concept name and alias, and every document's
  title and 文号, by normalized key (:func:`kg.ask.names.normalize`); the keys are
  searchable by substring and by sound in an FTS5 trigram table, so that "which
  names contain X" and "which names sound like X" are index look-ups;
- ``items`` and ``edges``: each goal and measure with its quote, document and
  the number of measures that support it, and the support links (what
  supports a node, or what it supports, is read along them recursively);
- ``concepts``, ``mentions``, ``relations`` (the four stated kinds, with their
  quotes) and ``agencies`` (lead and participating agencies of measures);
- ``docs`` (title, 文号, issuer, year, province, kind) and ``texts`` (each
  document's text, and the text it is searched in, for "where does X appear").

>>> from kg.extract import extract_document
>>> from kg.model import Source
>>> from kg.ask.records import document_rows
>>> index = Index.of_rows([document_rows(extract_document(Source("a.txt", "发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。\\n")))])
>>> [(e.kind, e.label) for e in index.containing("数字经济", ("goal",))]
[('goal', '发展数字经济')]
>>> [i.label for i in index.below(index.containing("数字经济", ("goal",))[0].node)]
['加快建设数据中心']
"""

from __future__ import annotations

import json
import os
import sqlite3
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from kg.ask.indexing import FORMAT, INDEX_NAME, KIND_OF, KINDS, write_index
from kg.ask.itemqueries import ItemQueries
from kg.ask.records import DocumentRow, Entry, ItemRow, Passage, Rows
from kg.errors import GraphError


class Index(ItemQueries):
    """The index of one graph, read-only (see the module docstring)."""

    def __init__(self, connect: Any, where: str) -> None:
        self._connect, self.where = connect, where
        self._db: sqlite3.Connection | None = None
        self._pid = 0
        self._begins: dict[int, list[tuple[int, str]]] = {}
        self._memo: dict[tuple[Any, ...], Any] = {}
        self._nodes: dict[tuple[int, ...], set[str]] = {}
        self.meta = {k: json.loads(v) for k, v in self.db.execute("SELECT key, value FROM meta")}

    @classmethod
    def open(cls, path: Path) -> Index:
        """The index file the build wrote.

        >>> import tempfile
        >>> path = Path(tempfile.mkdtemp()) / INDEX_NAME
        >>> write_index(path, [Rows(documents=[DocumentRow("d", "p", "a.txt", "意见")])])
        >>> [d.title for d in Index.open(path).documents()]
        ['意见']
        >>> Index.open(path.parent / "none.sqlite")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        kg.errors.GraphError: .../none.sqlite: no index of questions here; run `policykg build` again
        """
        if not path.is_file():
            raise GraphError(f"{path}: no index of questions here; run `policykg build` again")
        uri = f"file:{path}?mode=ro&immutable=1"
        try:
            index = cls(lambda: sqlite3.connect(uri, uri=True, check_same_thread=False), str(path))
        except sqlite3.DatabaseError as exc:
            raise GraphError(f"{path}: not an index of questions ({exc}); run `policykg build` again") from None
        if index.meta.get("format") != FORMAT:
            raise GraphError(f"{path}: an index of questions of another version; run `policykg build` again")
        return index

    @classmethod
    def of_rows(cls, pages: Iterable[Rows]) -> Index:
        """An index in memory.

        >>> index = Index.of_rows([Rows(documents=[DocumentRow("d", "p", "a.txt", "意见")])])
        >>> index.where, [d.title for d in index.documents()]
        ('memory', ['意见'])
        """
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:
            write_index(Path(tmp) / INDEX_NAME, pages)
            data = (Path(tmp) / INDEX_NAME).read_bytes()

        def connect() -> sqlite3.Connection:
            db = sqlite3.connect(":memory:", check_same_thread=False)
            db.deserialize(data)
            return db

        return cls(connect, "memory")

    @classmethod
    def of_names(cls, names: Iterable[tuple[str, ...]]) -> Index:
        """A small index of names alone, (name, kind) or (name, kind, node): names of one node are its aliases.

        >>> [e.label for e in Index.of_names([("人工智能", "concept", "c"), ("AI", "concept", "c")]).exact("ai")]
        ['人工智能']
        """
        rows = Rows(documents=[DocumentRow("doc", "page", "names.txt", "names")])
        for n, (name, kind, *node) in enumerate(names):
            key = node[0] if node else f"n{n}"
            if kind == "concept":
                rows.concept(key, rows.concepts[key][0] if key in rows.concepts else name, [name])
            else:
                rows.items.append(ItemRow(key, kind, name, name, n, "item", "doc"))
        return cls.of_rows([rows])

    @classmethod
    def of_graph(cls, store: Any) -> Index:
        """The index of a graph read into memory (a :class:`kg.graph.store.Store`), made with the bundled queries.

        >>> from kg.api import Graph, read_text
        >>> store = Graph([read_text("发展数字经济\\n\\n一是加快建设数据中心。\\n", name="a.txt")]).store
        >>> [(e.kind, e.label) for e in Index.of_graph(store).containing("数据中心")]
        [('measure', '加快建设数据中心'), ('concept', '数据中心')]
        """
        from kg.ask.records import graph_rows

        return cls.of_rows(graph_rows(store))

    @classmethod
    def of_text(cls, text: str, name: str = "a.txt") -> Index:
        """The index of one short text, extracted in memory (for examples and tests).

        >>> [e.label for e in Index.of_text("发展数字经济\\n\\n一是加快建设数据中心。\\n").containing("数据中心", ("measure",))]
        ['加快建设数据中心']
        """
        from kg.ask.records import document_rows
        from kg.extract import extract_document
        from kg.model import Source

        return cls.of_rows([document_rows(extract_document(Source(name, text)))])

    @property
    def db(self) -> sqlite3.Connection:
        """The connection of this process (a process forked after opening opens its own).

        >>> index = Index.of_text("发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。二是推动人工智能与实体经济深度融合。\\n")
        >>> index.db.execute("SELECT COUNT(*) FROM items").fetchone()
        (3,)
        """
        if self._db is None or self._pid != os.getpid():
            self._db, self._pid = self._connect(), os.getpid()
        return self._db

    def rows(self, sql: str, *args: Any) -> list[tuple[Any, ...]]:
        """The rows an SQL query over the index's tables gives.

        >>> index = Index.of_text("发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。二是推动人工智能与实体经济深度融合。\\n")
        >>> index.rows("SELECT label FROM items WHERE kind = ?", 0)
        [('发展数字经济',)]
        """
        return self.db.execute(sql, args).fetchall()

    # -- names --

    def exact(self, key: str, kinds: Sequence[str] | None = None) -> list[Entry]:
        """The names whose normalized text is ``key``.

        >>> index = Index.of_text("发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。二是推动人工智能与实体经济深度融合。\\n")
        >>> [(e.kind, e.label) for e in index.exact("人工智能")], index.exact("人工")
        ([('concept', '人工智能')], [])
        """
        found = self.rows("SELECT id FROM keys WHERE key = ?", key)
        return self._entries([r[0] for r in found], kinds)

    def containing(self, text: str, kinds: Sequence[str] | None = None) -> list[Entry]:
        """The names whose normalized text contains ``text`` (an FTS5 trigram look-up; shorter texts scan).

        >>> index = Index.of_text("发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。二是推动人工智能与实体经济深度融合。\\n")
        >>> [(e.kind, e.label) for e in index.containing("数据中心")]
        [('measure', '加快建设数据中心'), ('concept', '数据中心')]
        """
        return self._entries(self.keys_containing(text), kinds)

    def keys_containing(self, text: str, *, column: str = "key", limit: int = 0) -> list[int]:
        """Ids of the keys holding ``text``: three characters or more by their trigrams (an FTS5 index), shorter
        texts, and sound keys, by a scan of the keys.

        >>> index = Index.of_text("发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。二是推动人工智能与实体经济深度融合。\\n")
        >>> index.key_texts(index.keys_containing("数据")), index.key_texts(index.keys_containing("人工智能"))
        (['加快建设数据中心', '数据中心'], ['推动人工智能与实体经济深度融合', '人工智能', '人工智能技术'])
        """
        if not text:
            return []
        memo = ("contains", column, text, limit)
        if memo not in self._memo:
            tail = f" LIMIT {int(limit)}" if limit else ""
            if column == "key" and len(text) >= 3:
                sql, arg = f"SELECT rowid FROM grams WHERE key LIKE ?{tail}", f"%{text}%"  # keys hold no % or _
            else:
                sql, arg = f"SELECT id FROM keys WHERE instr({column}, ?) > 0{tail}", text
            self._remember(memo, [r[0] for r in self.rows(sql, arg)])
        return list(self._memo[memo])

    def memo(self, key: tuple[Any, ...], make: Any) -> Any:
        """What ``make()`` gives, computed once for ``key`` while this index is open (bounded).

        >>> index = Index.of_text("发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。二是推动人工智能与实体经济深度融合。\\n")
        >>> index.memo(("count",), lambda: 1), index.memo(("count",), lambda: 2)
        (1, 1)
        """
        if key not in self._memo:
            self._remember(key, make())
        return self._memo[key]

    def _remember(self, key: tuple[Any, ...], value: Any) -> None:
        if len(self._memo) > 512:
            self._memo.clear()
        self._memo[key] = value

    def keys_in(self, text: str, *, shortest: int = 2) -> list[tuple[int, int, str]]:
        """(start, end, key) of every name key found inside ``text`` (each substring looked up in the index).

        >>> index = Index.of_text("发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。二是推动人工智能与实体经济深度融合。\\n")
        >>> index.keys_in("要建设数据中心")
        [(3, 7, '数据中心')]
        """
        subs = {text[a:b]: (a, b) for a in range(len(text)) for b in range(a + shortest, min(len(text), a + 60) + 1)}
        found = []
        words = list(subs)
        for at in range(0, len(words), 900):
            chunk = words[at:at + 900]
            marks = ",".join("?" * len(chunk))
            found += [(*subs[r[0]], r[0]) for r in self.rows(f"SELECT key FROM keys WHERE key IN ({marks})", *chunk)]
        return sorted(found)

    def key_texts(self, ids: Iterable[int]) -> list[str]:
        """The keys of the ids ``ids``, in id order.

        >>> index = Index.of_text("发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。二是推动人工智能与实体经济深度融合。\\n")
        >>> index.key_texts(index.keys_containing("数字"))
        ['发展数字经济', '数字经济']
        """
        ids = list(ids)
        return [r[0] for r in self.rows("SELECT key FROM keys WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id",
                                        json.dumps(ids))]

    def grams_or(self, text: str, *, limit: int = 200) -> list[str]:
        """The keys sharing most of the trigrams of ``text`` (candidates for a suggestion), each trigram looked up
        in the index; when few share any, those sharing pairs of characters (a scan).

        >>> index = Index.of_text("发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。二是推动人工智能与实体经济深度融合。\\n")
        >>> index.grams_or("建设数据中", limit=2)
        ['加快建设数据中心', '数据中心']
        """

        def ranked() -> list[str]:
            held: dict[int, int] = {}
            for gram in sorted({text[i:i + 3] for i in range(len(text) - 2)})[:40]:
                for n in self.keys_containing(gram, limit=3000):
                    held[n] = held.get(n, 0) + 2
            if len(held) < 20:
                pairs = sorted({text[i:i + 2] for i in range(len(text) - 1)})[:12]
                where = " OR ".join("instr(key, ?) > 0" for _ in pairs)
                for n, key in self.rows(f"SELECT id, key FROM keys WHERE {where} LIMIT 3000", *pairs) if pairs else ():
                    held[n] = held.get(n, 0) + sum(p in key for p in pairs)
            best = sorted(held, key=lambda n: (-held[n], n))[:limit]
            return self.key_texts(best)

        return list(self.memo(("grams", text, limit), ranked))

    def _entries(self, key_ids: Sequence[int], kinds: Sequence[str] | None) -> list[Entry]:
        if not key_ids:
            return []
        wanted = [KIND_OF[k] for k in (kinds or KINDS)]
        rows = self.rows("""SELECT n.name, n.kind, COALESCE(i.node, c.node, d.node), COALESCE(i.label, c.label, d.title),
                                   COALESCE(di.node, d.node, '')
                            FROM names n
                            LEFT JOIN items i ON n.kind IN (0, 1) AND i.id = n.ref
                            LEFT JOIN docs di ON di.id = i.doc
                            LEFT JOIN concepts c ON n.kind = 2 AND c.id = n.ref
                            LEFT JOIN docs d ON n.kind = 3 AND d.id = n.ref
                            WHERE n.key IN (SELECT value FROM json_each(?)) AND n.kind IN (SELECT value FROM json_each(?))""",
                         json.dumps(list(key_ids)), json.dumps(wanted))
        entries = {Entry(name, KINDS[kind], node, label, doc) for name, kind, node, label, doc in rows}
        return sorted(entries, key=lambda e: (KIND_OF[e.kind], len(e.name), e.name, e.node))

    def names_of(self, node: str) -> list[str]:
        """Every name of a concept (its label and aliases).

        >>> index = Index.of_text("发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。二是推动人工智能与实体经济深度融合。\\n")
        >>> index.names_of(index.exact("人工智能")[0].node)
        ['AI', '人工智能', '人工智能技术']
        """
        return [r[0] for r in self.rows("""SELECT n.name FROM names n JOIN concepts c ON n.kind = 2 AND c.id = n.ref
                                            WHERE c.node = ? ORDER BY length(n.name), n.name""", node)]

    # -- documents and text --

    def documents(self, where: str = "1", *args: Any) -> list[DocumentRow]:
        """Documents (articles) in reading order, optionally limited by an SQL condition on ``docs``.

        >>> index = Index.of_text("发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。二是推动人工智能与实体经济深度融合。\\n")
        >>> [(d.title, d.issuer) for d in index.documents()], index.documents("year > ?", 2000)
        ([('发展数字经济', '张三 李四')], [])
        """
        rows = self.rows(f"""SELECT node, page, source, title, identifier, issuer, issued, year, region, genre
                             FROM docs WHERE {where} ORDER BY rank""", *args)
        return [DocumentRow(*r) for r in rows]

    def doc_ids(self, nodes: Iterable[str]) -> list[int]:
        """The ids of the documents whose IRIs are ``nodes``, in reading order.

        >>> index = Index.of_text("发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。二是推动人工智能与实体经济深度融合。\\n")
        >>> index.doc_ids(d.node for d in index.documents())
        [1]
        """
        return [r[0] for r in self.rows("SELECT id FROM docs WHERE node IN (SELECT value FROM json_each(?)) ORDER BY rank",
                                        json.dumps(list(nodes)))]

    def text_hits(self, term: str, docs: Sequence[int] | None = None) -> dict[str, int]:
        """Document IRI -> how many times its text holds ``term`` (normalized), in reading order.

        >>> index = Index.of_text("发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。二是推动人工智能与实体经济深度融合。\\n")
        >>> list(index.text_hits("数字经济").values())
        [1]
        """
        where = "" if docs is None else " AND d.id IN (SELECT value FROM json_each(?))"
        args = () if docs is None else (json.dumps(list(docs)),)
        rows = self.rows(f"""SELECT t.id, COALESCE(t.search, t.text) FROM texts t WHERE instr(COALESCE(t.search, t.text), ?) > 0
                             AND t.id IN (SELECT d.text FROM docs d WHERE 1{where})""", term, *args)
        counts: dict[str, int] = {}
        for page, text in rows:
            for at in _occurrences(text, term):
                node = self._article_at(page, at)
                counts[node] = counts.get(node, 0) + 1
        ranks = self.rank_of(counts)
        return {n: counts[n] for n in sorted(counts, key=lambda n: ranks.get(n, 0))
                if docs is None or n in self._doc_nodes(docs)}

    def passages(self, term: str, document: str, *, limit: int = 5) -> list[Passage]:
        """The first sentences of ``document`` (an article IRI) that hold ``term``.

        >>> index = Index.of_text("发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。二是推动人工智能与实体经济深度融合。\\n")
        >>> [p.text for p in index.passages("数据中心", index.documents()[0].node)]
        ['一是加快建设数据中心。']
        """
        from kg.ask.records import sentences

        row = self.rows("""SELECT t.id, t.text, COALESCE(t.search, t.text), d.name FROM docs d JOIN texts t ON t.id = d.text
                           WHERE d.node = ?""", document)
        if not row:
            return []
        page, text, search, name = row[0]
        cuts = list(sentences(text))
        starts = [a for a, _ in cuts]
        out: dict[int, Passage] = {}
        for at in _occurrences(search, term):
            if self._article_at(page, at) != document:
                continue
            n = max(bisect_right(starts, at) - 1, 0)
            a, b = cuts[n] if cuts else (at, at + len(term))
            out.setdefault(a, Passage(document, name, a, b, text[a:b]))
            if len(out) >= limit:
                break
        return list(out.values())

    def _article_at(self, page: int, at: int) -> str:
        """The article of a page that the offset ``at`` falls in (an article begins where its first statement does)."""
        if page not in self._begins:
            self._begins[page] = sorted(self.rows("SELECT begin, node FROM docs WHERE text = ?", page))
        begins = self._begins[page]
        found = begins[0][1]
        for begin, node in begins:
            if begin <= at:
                found = node
        return found

    def _doc_nodes(self, docs: Sequence[int]) -> set[str]:
        key = tuple(docs)
        if key not in self._nodes:
            self._nodes = {key: {r[0] for r in self.rows("SELECT node FROM docs WHERE id IN (SELECT value FROM json_each(?))",
                                                        json.dumps(list(docs)))}}
        return self._nodes[key]

    def citations(self, docs: Sequence[int]) -> list[tuple[str, str, str, str, str, int]]:
        """(citing document's IRI, cited title, 文号, frame, sentence, offset) of the documents ``docs`` in reading
        order.

        >>> index = Index.of_text("关于推进职业教育的意见\\n\\n根据《国家职业教育改革实施方案》，加快发展职业教育。\\n")
        >>> [row[1:4] for row in index.citations(index.doc_ids(d.node for d in index.documents()))]
        [('国家职业教育改革实施方案', '', '根据')]
        """
        return self.rows("""SELECT d.node, c.title, c.identifier, c.frame, c.quote, c.start FROM cites c
                            JOIN docs d ON d.id = c.doc WHERE c.doc IN (SELECT value FROM json_each(?))
                            ORDER BY d.rank, c.start, c.title, c.identifier""", json.dumps(list(docs)))

    def rank_of(self, nodes: Iterable[str]) -> dict[str, int]:
        """Document IRI -> its place in reading order.

        >>> index = Index.of_text("发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。二是推动人工智能与实体经济深度融合。\\n")
        >>> list(index.rank_of(d.node for d in index.documents()).values())
        [0]
        """
        return dict(self.rows("SELECT node, rank FROM docs WHERE node IN (SELECT value FROM json_each(?))",
                              json.dumps(list(nodes))))


def _occurrences(text: str, term: str) -> Iterator[int]:
    at = text.find(term) if term else -1
    while at >= 0:
        yield at
        at = text.find(term, at + len(term))


def open_index(folder: Path) -> Index:
    """The index the build wrote in a store folder.

    >>> open_index(Path("no/such/graph.db"))
    Traceback (most recent call last):
    kg.errors.GraphError: no/such/graph.db/ask.sqlite: no index of questions here; run `policykg build` again
    """
    return Index.open(folder / INDEX_NAME)
