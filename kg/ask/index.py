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
from kg.ask.records import DocumentRow, Entry, Item, ItemRow, Link, Passage, Rows
from kg.errors import GraphError


class Index:
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
        """The index file the build wrote."""
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
        """An index in memory."""
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
        """The index of a graph read into memory (a :class:`kg.graph.store.Store`), made with the bundled queries."""
        from kg.ask.records import graph_rows

        return cls.of_rows(graph_rows(store))

    @property
    def db(self) -> sqlite3.Connection:
        """The connection of this process (a process forked after opening opens its own)."""
        if self._db is None or self._pid != os.getpid():
            self._db, self._pid = self._connect(), os.getpid()
        return self._db

    def rows(self, sql: str, *args: Any) -> list[tuple[Any, ...]]:
        return self.db.execute(sql, args).fetchall()

    # -- names --

    def exact(self, key: str, kinds: Sequence[str] | None = None) -> list[Entry]:
        """The names whose normalized text is ``key``."""
        found = self.rows("SELECT id FROM keys WHERE key = ?", key)
        return self._entries([r[0] for r in found], kinds)

    def containing(self, text: str, kinds: Sequence[str] | None = None) -> list[Entry]:
        """The names whose normalized text contains ``text`` (an FTS5 trigram look-up; shorter texts scan)."""
        return self._entries(self.keys_containing(text), kinds)

    def keys_containing(self, text: str, *, column: str = "key", limit: int = 0) -> list[int]:
        """Ids of the keys holding ``text``: three characters or more by their trigrams (an FTS5 index), shorter
        texts, and sound keys, by a scan of the keys."""
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
        """What ``make()`` gives, computed once for ``key`` while this index is open (bounded)."""
        if key not in self._memo:
            self._remember(key, make())
        return self._memo[key]

    def _remember(self, key: tuple[Any, ...], value: Any) -> None:
        if len(self._memo) > 512:
            self._memo.clear()
        self._memo[key] = value

    def keys_in(self, text: str, *, shortest: int = 2) -> list[tuple[int, int, str]]:
        """(start, end, key) of every name key found inside ``text`` (each substring looked up in the index)."""
        subs = {text[a:b]: (a, b) for a in range(len(text)) for b in range(a + shortest, min(len(text), a + 60) + 1)}
        found = []
        words = list(subs)
        for at in range(0, len(words), 900):
            chunk = words[at:at + 900]
            marks = ",".join("?" * len(chunk))
            found += [(*subs[r[0]], r[0]) for r in self.rows(f"SELECT key FROM keys WHERE key IN ({marks})", *chunk)]
        return sorted(found)

    def key_texts(self, ids: Iterable[int]) -> list[str]:
        ids = list(ids)
        return [r[0] for r in self.rows("SELECT key FROM keys WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id",
                                        json.dumps(ids))]

    def grams_or(self, text: str, *, limit: int = 200) -> list[str]:
        """The keys sharing most of the trigrams of ``text`` (candidates for a suggestion), each trigram looked up
        in the index; when few share any, those sharing pairs of characters (a scan)."""

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
        """Every name of a concept (its label and aliases)."""
        return [r[0] for r in self.rows("""SELECT n.name FROM names n JOIN concepts c ON n.kind = 2 AND c.id = n.ref
                                            WHERE c.node = ? ORDER BY length(n.name), n.name""", node)]

    # -- statements --

    ITEM = """SELECT i.node, i.kind, i.label, i.quote, COALESCE(d.name, ''), i.level, i.count, COALESCE(d.node, ''), i.start
              FROM items i LEFT JOIN docs d ON d.id = i.doc"""

    def _items(self, where: str, *args: Any, order: str = "i.rank", with_: str = "") -> list[Item]:
        rows = self.rows(f"{with_} {self.ITEM} WHERE {where} ORDER BY {order}", *args)
        return [Item(r[0], KINDS[r[1]], r[2], r[3], r[4], r[5], r[6], r[7], r[8]) for r in rows]

    def items(self, nodes: Iterable[str]) -> list[Item]:
        """The goals and measures among ``nodes``, in reading order."""
        return self._items("i.node IN (SELECT value FROM json_each(?))", json.dumps(list(nodes)))

    def instrumented(self, *, docs: Sequence[int] | None = None, nodes: Iterable[str] | None = None) -> list[tuple[Item, str]]:
        """(statement, policy instrument) of every coded goal and measure, in reading order, optionally
        within documents or among ``nodes``."""
        where, args = "1", []
        if docs is not None:
            where, args = "i.doc IN (SELECT value FROM json_each(?))", [json.dumps(list(docs))]
        if nodes is not None:
            where += " AND i.node IN (SELECT value FROM json_each(?))"
            args.append(json.dumps(list(nodes)))
        tools = dict(self.rows(f"""SELECT i.node, t.tool FROM instruments t JOIN items i ON i.id = t.item
                                   WHERE {where}""", *args))
        return [(item, tools[item.node]) for item in self.items(tools)]

    def item(self, node: str) -> Item | None:
        found = self._items("i.node = ?", node)
        return found[0] if found else None

    def below(self, node: str, *, kind: str = "measure") -> list[Item]:
        """What supports ``node`` directly or through others (measures, or with ``kind`` "" everything)."""
        extra = "" if not kind else f" AND i.kind = {KIND_OF[kind]}"
        return self._items(f"i.id IN (SELECT id FROM below) AND i.id NOT IN (SELECT id FROM start){extra}", node,
                           with_=BELOW)

    def above(self, node: str) -> list[tuple[Item, int]]:
        """What ``node`` supports, directly or through others, with the steps to it, nearest first."""
        rows = self.rows(f"""{ABOVE} SELECT MIN(a.depth), i.node FROM above a JOIN items i ON i.id = a.id
                             GROUP BY a.id""", node)
        depth = dict((n, d) for d, n in rows)
        return sorted(((i, depth[i.node]) for i in self.items(depth)), key=lambda p: p[1])

    def children(self, node: str) -> list[Item]:
        """What supports ``node`` directly."""
        return self._items("i.id IN (SELECT e.source FROM edges e JOIN items t ON t.id = e.target WHERE t.node = ?)", node)

    def count_below(self, nodes: Sequence[str]) -> int:
        """How many distinct measures support any of ``nodes``."""
        start = "SELECT id FROM items WHERE node IN (SELECT value FROM json_each(?))"
        return int(self.rows(f"""{BELOW.replace("SELECT id FROM items WHERE node = ?", start)}
                                 SELECT COUNT(*) FROM below b JOIN items i ON i.id = b.id AND i.kind = 1""",
                             json.dumps(list(nodes)))[0][0])

    def roots(self, docs: Sequence[int] | None = None) -> list[Item]:
        """Each document's top goals: its article goal(s), and in documents without one, the goals that
        support nothing."""
        where = "" if docs is None else " AND i.doc IN (SELECT value FROM json_each(?))"
        args = () if docs is None else (json.dumps(list(docs)),)
        return self._items(f"i.root = 1{where}", *args)

    def statements_with(self, text: str, docs: Sequence[int] | None = None) -> list[Item]:
        """The goals and measures whose label or quote holds ``text``."""
        where = "" if docs is None else " AND i.doc IN (SELECT value FROM json_each(?))"
        args = () if docs is None else (json.dumps(list(docs)),)
        return self._items(f"(instr(i.label, ?) > 0 OR instr(i.quote, ?) > 0){where}", text, text, *args)

    def statements_named(self, a: str, b: str, docs: Sequence[int] | None = None) -> list[Item]:
        """The goals and measures whose label holds both ``a`` and ``b``."""
        where = "" if docs is None else " AND i.doc IN (SELECT value FROM json_each(?))"
        args = () if docs is None else (json.dumps(list(docs)),)
        return self._items(f"instr(i.label, ?) > 0 AND instr(i.label, ?) > 0{where}", a, b, *args)

    def goals_holding(self, words: Sequence[str], docs: Sequence[int] | None = None) -> list[Item]:
        """The goals whose label holds every one of ``words``."""
        where = " AND ".join("instr(i.label, ?) > 0" for _ in words) or "0"
        extra = "" if docs is None else " AND i.doc IN (SELECT value FROM json_each(?))"
        args = () if docs is None else (json.dumps(list(docs)),)
        return self._items(f"i.kind = 0 AND {where}{extra}", *words, *args)

    def statements_with_both(self, a: str, b: str, docs: Sequence[int] | None = None) -> list[Item]:
        """The goals and measures whose label or quote holds both ``a`` and ``b``."""
        where = "" if docs is None else " AND i.doc IN (SELECT value FROM json_each(?))"
        args = () if docs is None else (json.dumps(list(docs)),)
        return self._items(f"instr(i.label || ' ' || i.quote, ?) > 0 AND instr(i.label || ' ' || i.quote, ?) > 0{where}",
                           a, b, *args)

    def in_documents(self, docs: Sequence[int], kind: str | None = None) -> list[Item]:
        extra = "" if kind is None else f" AND i.kind = {KIND_OF[kind]}"
        return self._items(f"i.doc IN (SELECT value FROM json_each(?)){extra}", json.dumps(list(docs)))

    # -- concepts, agencies --

    def concept_labels(self, nodes: Iterable[str]) -> dict[str, str]:
        return dict(self.rows("SELECT node, label FROM concepts WHERE node IN (SELECT value FROM json_each(?))",
                              json.dumps(list(nodes))))

    def mentioning(self, concepts: Sequence[str]) -> list[Item]:
        """The goals and measures that mention any of ``concepts``."""
        return self._items("""i.id IN (SELECT m.item FROM mentions m JOIN concepts c ON c.id = m.concept
                              WHERE c.node IN (SELECT value FROM json_each(?)))""", json.dumps(list(concepts)))

    def together(self, concept: str, *, docs: Sequence[int] | None = None, limit: int = 20) -> list[tuple[str, str, int, Item]]:
        """The concepts mentioned by the same goals and measures as ``concept``: (IRI, label, how often, an example)."""
        where = "" if docs is None else " AND i.doc IN (SELECT value FROM json_each(?))"
        args = () if docs is None else (json.dumps(list(docs)),)
        rows = self.rows(f"""SELECT c2.node, c2.label, COUNT(*), MIN(i.rank) FROM mentions m1
                             JOIN concepts c1 ON c1.id = m1.concept AND c1.node = ?
                             JOIN mentions m2 ON m2.item = m1.item AND m2.concept != m1.concept
                             JOIN concepts c2 ON c2.id = m2.concept JOIN items i ON i.id = m1.item
                             WHERE 1{where} GROUP BY m2.concept ORDER BY COUNT(*) DESC, c2.label LIMIT {int(limit)}""",
                         concept, *args)
        examples = {r[3]: r for r in rows}
        items = {i.node: i for i in self._items("i.rank IN (SELECT value FROM json_each(?))", json.dumps(list(examples)))}
        by_rank = dict(self.rows("SELECT rank, node FROM items WHERE rank IN (SELECT value FROM json_each(?))",
                                 json.dumps(list(examples))))
        return [(r[0], r[1], r[2], items[by_rank[r[3]]]) for r in rows]

    def labels(self, nodes: Iterable[str]) -> dict[str, str]:
        """The label of each goal, measure or concept of ``nodes``."""
        data = json.dumps(list(nodes))
        return dict(self.rows("""SELECT node, label FROM items WHERE node IN (SELECT value FROM json_each(?1))
                                 UNION ALL SELECT node, label FROM concepts WHERE node IN (SELECT value FROM json_each(?1))""",
                              data))

    def mentioned(self, items: Sequence[str]) -> dict[str, list[str]]:
        """Goal or measure -> the concepts it mentions (labels)."""
        out: dict[str, list[str]] = {}
        for node, label in self.rows("""SELECT i.node, c.label FROM mentions m JOIN items i ON i.id = m.item
                                        JOIN concepts c ON c.id = m.concept WHERE i.node IN (SELECT value FROM json_each(?))
                                        ORDER BY i.rank, c.label""", json.dumps(list(items))):
            out.setdefault(node, []).append(label)
        return out

    def relations(self, concepts: Sequence[str], *, relation: str | None = None, way: str = "both") -> list[Link]:
        """The stated relations with one of ``concepts`` at the source (``way`` "out"), target ("in") or either."""
        ends = {"out": ("source",), "in": ("target",), "both": ("source", "target")}[way]
        extra = " AND relation = ?2" if relation else ""
        args = (json.dumps(list(concepts)), relation) if relation else (json.dumps(list(concepts)),)
        ids = " UNION ".join(f"""SELECT rowid FROM relations WHERE {e} IN (SELECT id FROM concepts
                                 WHERE node IN (SELECT value FROM json_each(?1))){extra}""" for e in ends)
        rows = self.rows(f"""SELECT s.node, r.relation, t.node, r.quote, COALESCE(d.name, ''), s.label, t.label
                             FROM relations r JOIN concepts s ON s.id = r.source JOIN concepts t ON t.id = r.target
                             LEFT JOIN docs d ON d.id = r.doc WHERE r.rowid IN ({ids})
                             ORDER BY s.label, r.relation, t.label, d.rank, r.quote""", *args)
        return [Link(*r) for r in rows]

    def agencies_of(self, items: Sequence[str]) -> dict[str, list[tuple[str, bool]]]:
        """Measure -> its agencies (label, leads), leads first."""
        out: dict[str, list[tuple[str, bool]]] = {}
        for node, label, lead in self.rows("""SELECT i.node, c.label, a.lead FROM agencies a JOIN items i ON i.id = a.item
                                              JOIN concepts c ON c.id = a.concept
                                              WHERE i.node IN (SELECT value FROM json_each(?))
                                              ORDER BY i.rank, a.lead DESC, c.label""", json.dumps(list(items))):
            out.setdefault(node, []).append((label, bool(lead)))
        return out

    def tasks_of(self, agencies: Sequence[str], *, lead: bool | None = None) -> list[tuple[Item, str, bool]]:
        """(measure, agency label, leads) for every measure ``agencies`` (concept IRIs) lead or take part in."""
        extra = "" if lead is None else f" AND a.lead = {int(lead)}"
        rows = self.rows(f"""SELECT i.node, c.label, a.lead FROM agencies a JOIN items i ON i.id = a.item
                             JOIN concepts c ON c.id = a.concept WHERE c.node IN (SELECT value FROM json_each(?)){extra}
                             ORDER BY i.rank, a.lead DESC""", json.dumps(list(agencies)))
        items = {i.node: i for i in self.items({r[0] for r in rows})}
        return [(items[node], label, bool(lead_)) for node, label, lead_ in rows if node in items]

    def is_agency(self, concepts: Sequence[str]) -> list[str]:
        return [r[0] for r in self.rows("""SELECT DISTINCT c.node FROM agencies a JOIN concepts c ON c.id = a.concept
                                           WHERE c.node IN (SELECT value FROM json_each(?))""", json.dumps(list(concepts)))]

    # -- documents and text --

    def documents(self, where: str = "1", *args: Any) -> list[DocumentRow]:
        """Documents (articles) in reading order, optionally limited by an SQL condition on ``docs``."""
        rows = self.rows(f"""SELECT node, page, source, title, identifier, issuer, issued, year, region, genre
                             FROM docs WHERE {where} ORDER BY rank""", *args)
        return [DocumentRow(*r) for r in rows]

    def doc_ids(self, nodes: Iterable[str]) -> list[int]:
        return [r[0] for r in self.rows("SELECT id FROM docs WHERE node IN (SELECT value FROM json_each(?)) ORDER BY rank",
                                        json.dumps(list(nodes)))]

    def text_hits(self, term: str, docs: Sequence[int] | None = None) -> dict[str, int]:
        """Document IRI -> how many times its text holds ``term`` (normalized), in reading order."""
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
        """The first sentences of ``document`` (an article IRI) that hold ``term``."""
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
        order."""
        return self.rows("""SELECT d.node, c.title, c.identifier, c.frame, c.quote, c.start FROM cites c
                            JOIN docs d ON d.id = c.doc WHERE c.doc IN (SELECT value FROM json_each(?))
                            ORDER BY d.rank, c.start, c.title, c.identifier""", json.dumps(list(docs)))

    def rank_of(self, nodes: Iterable[str]) -> dict[str, int]:
        return dict(self.rows("SELECT node, rank FROM docs WHERE node IN (SELECT value FROM json_each(?))",
                              json.dumps(list(nodes))))


# What supports a node, directly or through others (the node asked for is left out, as a cycle may reach it).
BELOW = """WITH RECURSIVE start(id) AS (SELECT id FROM items WHERE node = ?),
           below(id) AS (SELECT e.source FROM edges e JOIN start s ON e.target = s.id
                         UNION SELECT e.source FROM edges e JOIN below b ON e.target = b.id)"""
# What a node supports, directly or through others, with the steps to each.
ABOVE = """WITH RECURSIVE above(id, depth) AS (
             SELECT e.target, 1 FROM edges e JOIN items i ON i.id = e.source WHERE i.node = ?
             UNION SELECT e.target, a.depth + 1 FROM edges e JOIN above a ON e.source = a.id WHERE a.depth < 50)"""


def _occurrences(text: str, term: str) -> Iterator[int]:
    at = text.find(term) if term else -1
    while at >= 0:
        yield at
        at = text.find(term, at + len(term))


def open_index(folder: Path) -> Index:
    """The index the build wrote in a store folder."""
    return Index.open(folder / INDEX_NAME)
