"""The index's questions about goals, measures and what links them: the statements holding a text, what
supports a node and what it supports, the concepts they mention, the stated relations between concepts, and the
agencies of measures. :class:`kg.ask.index.Index` answers them over its SQLite tables.

>>> from kg.ask.index import Index
>>> index = Index.of_text("发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。\\n")
>>> goal = index.statements_with("数字经济")[0]
>>> [(i.label, steps) for i, steps in index.above(index.children(goal.node)[0].node)]
[('发展数字经济', 1)]
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from kg.ask.indexing import KIND_OF, KINDS
from kg.ask.records import Item, Link


class ItemQueries:
    """The questions about goals, measures, concepts and agencies, asked of the tables :meth:`rows` reads."""

    def rows(self, sql: str, *args: Any) -> list[tuple[Any, ...]]:
        """The rows an SQL query gives (:meth:`kg.ask.index.Index.rows`).

        >>> from kg.ask.index import Index
        >>> index = Index.of_text("发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。二是推动人工智能与实体经济深度融合。\\n")
        >>> index.rows("SELECT COUNT(*) FROM items")
        [(3,)]
        """
        raise NotImplementedError

    # -- statements --

    ITEM = """SELECT i.node, i.kind, i.label, i.quote, COALESCE(d.name, ''), i.level, i.count, COALESCE(d.node, ''), i.start
              FROM items i LEFT JOIN docs d ON d.id = i.doc"""

    def _items(self, where: str, *args: Any, order: str = "i.rank", with_: str = "") -> list[Item]:
        rows = self.rows(f"{with_} {self.ITEM} WHERE {where} ORDER BY {order}", *args)
        return [Item(r[0], KINDS[r[1]], r[2], r[3], r[4], r[5], r[6], r[7], r[8]) for r in rows]

    def items(self, nodes: Iterable[str]) -> list[Item]:
        """The goals and measures among ``nodes``, in reading order.

        >>> from kg.ask.index import Index
        >>> index = Index.of_text("发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。二是推动人工智能与实体经济深度融合。\\n")
        >>> [i.label for i in index.items(reversed([i.node for i in index.statements_with("")]))]
        ['发展数字经济', '加快建设数据中心', '推动人工智能与实体经济深度融合']
        """
        return self._items("i.node IN (SELECT value FROM json_each(?))", json.dumps(list(nodes)))

    def instrumented(self, *, docs: Sequence[int] | None = None, nodes: Iterable[str] | None = None,
                     each: int = 0) -> tuple[dict[str, int], list[tuple[Item, str]]]:
        """(instrument -> how many coded goals and measures use it; (statement, instrument) in reading order) of
        every coded goal and measure, optionally within documents or among ``nodes``; with ``each``, only the
        first ``each`` statements of every instrument are listed (all are counted).

        >>> from kg.ask.index import Index
        >>> index = Index.of_text("发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。二是推动人工智能与实体经济深度融合。\\n")
        >>> counts, coded = index.instrumented()
        >>> counts, [(i.label, tool) for i, tool in coded]
        ({'infrastructure': 1, 'planning': 1}, [('加快建设数据中心', 'infrastructure'), ('推动人工智能与实体经济深度融合', 'planning')])
        """
        where, args = "1", []
        if docs is not None:
            where, args = "i.doc IN (SELECT value FROM json_each(?))", [json.dumps(list(docs))]
        if nodes is not None:
            where += " AND i.node IN (SELECT value FROM json_each(?))"
            args.append(json.dumps(list(nodes)))
        counts: dict[str, int] = {}
        kept: list[int] = []
        # item ids follow reading order; the whole graph is read without the join, which is most of its cost
        rows = self.rows("SELECT item, tool FROM instruments ORDER BY item") if where == "1" else self.rows(
            f"SELECT i.id, t.tool FROM instruments t JOIN items i ON i.id = t.item WHERE {where} ORDER BY i.id", *args)
        tools: dict[int, str] = {}
        for item, tool in rows:
            counts[tool] = counts.get(tool, 0) + 1
            if not each or counts[tool] <= each:
                kept.append(item)
                tools[item] = tool
        found = self.rows("SELECT id, node FROM items WHERE id IN (SELECT value FROM json_each(?))", json.dumps(kept))
        node_tools = {node: tools[id_] for id_, node in found}
        return counts, [(item, node_tools[item.node]) for item in self.items(node_tools)]

    def item(self, node: str) -> Item | None:
        """The goal or measure ``node``, or None.

        >>> from kg.ask.index import Index
        >>> index = Index.of_text("发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。二是推动人工智能与实体经济深度融合。\\n")
        >>> index.item(index.roots()[0].node).label, index.item("no such node")
        ('发展数字经济', None)
        """
        found = self._items("i.node = ?", node)
        return found[0] if found else None

    def below(self, node: str, *, kind: str = "measure") -> list[Item]:
        """What supports ``node`` directly or through others (measures, or with ``kind`` "" everything).

        >>> from kg.ask.index import Index
        >>> index = Index.of_text("发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。二是推动人工智能与实体经济深度融合。\\n")
        >>> [i.label for i in index.below(index.roots()[0].node)]
        ['加快建设数据中心', '推动人工智能与实体经济深度融合']
        """
        extra = "" if not kind else f" AND i.kind = {KIND_OF[kind]}"
        return self._items(f"i.id IN (SELECT id FROM below) AND i.id NOT IN (SELECT id FROM start){extra}", node,
                           with_=BELOW)

    def above(self, node: str) -> list[tuple[Item, int]]:
        """What ``node`` supports, directly or through others, with the steps to it, nearest first.

        >>> from kg.ask.index import Index
        >>> index = Index.of_text("发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。二是推动人工智能与实体经济深度融合。\\n")
        >>> [(i.label, steps) for i, steps in index.above(index.statements_with("数据中心")[0].node)]
        [('发展数字经济', 1)]
        """
        rows = self.rows(f"""{ABOVE} SELECT MIN(a.depth), i.node FROM above a JOIN items i ON i.id = a.id
                             GROUP BY a.id""", node)
        depth = dict((n, d) for d, n in rows)
        return sorted(((i, depth[i.node]) for i in self.items(depth)), key=lambda p: p[1])

    def children(self, node: str) -> list[Item]:
        """What supports ``node`` directly.

        >>> from kg.ask.index import Index
        >>> index = Index.of_text("发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。二是推动人工智能与实体经济深度融合。\\n")
        >>> [i.label for i in index.children(index.roots()[0].node)]
        ['加快建设数据中心', '推动人工智能与实体经济深度融合']
        """
        return self._items("i.id IN (SELECT e.source FROM edges e JOIN items t ON t.id = e.target WHERE t.node = ?)", node)

    def count_below(self, nodes: Sequence[str]) -> int:
        """How many distinct measures support any of ``nodes``.

        >>> from kg.ask.index import Index
        >>> index = Index.of_text("发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。二是推动人工智能与实体经济深度融合。\\n")
        >>> index.count_below([index.roots()[0].node])
        2
        """
        start = "SELECT id FROM items WHERE node IN (SELECT value FROM json_each(?))"
        return int(self.rows(f"""{BELOW.replace("SELECT id FROM items WHERE node = ?", start)}
                                 SELECT COUNT(*) FROM below b JOIN items i ON i.id = b.id AND i.kind = 1""",
                             json.dumps(list(nodes)))[0][0])

    def roots(self, docs: Sequence[int] | None = None) -> list[Item]:
        """Each document's top goals: its article goal(s), and in documents without one, the goals that
        support nothing.

        >>> from kg.ask.index import Index
        >>> index = Index.of_text("发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。二是推动人工智能与实体经济深度融合。\\n")
        >>> [i.label for i in index.roots()]
        ['发展数字经济']
        """
        where = "" if docs is None else " AND i.doc IN (SELECT value FROM json_each(?))"
        args = () if docs is None else (json.dumps(list(docs)),)
        return self._items(f"i.root = 1{where}", *args)

    def statements_with(self, text: str, docs: Sequence[int] | None = None) -> list[Item]:
        """The goals and measures whose label or quote holds ``text``.

        >>> from kg.ask.index import Index
        >>> index = Index.of_text("发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。二是推动人工智能与实体经济深度融合。\\n")
        >>> [i.label for i in index.statements_with("人工智能")]
        ['推动人工智能与实体经济深度融合']
        """
        where = "" if docs is None else " AND i.doc IN (SELECT value FROM json_each(?))"
        args = () if docs is None else (json.dumps(list(docs)),)
        return self._items(f"(instr(i.label, ?) > 0 OR instr(i.quote, ?) > 0){where}", text, text, *args)

    def statements_named(self, a: str, b: str, docs: Sequence[int] | None = None) -> list[Item]:
        """The goals and measures whose label holds both ``a`` and ``b``.

        >>> from kg.ask.index import Index
        >>> index = Index.of_text("发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。二是推动人工智能与实体经济深度融合。\\n")
        >>> [i.label for i in index.statements_named("人工智能", "实体经济")], index.statements_named("人工智能", "数据")
        (['推动人工智能与实体经济深度融合'], [])
        """
        where = "" if docs is None else " AND i.doc IN (SELECT value FROM json_each(?))"
        args = () if docs is None else (json.dumps(list(docs)),)
        return self._items(f"instr(i.label, ?) > 0 AND instr(i.label, ?) > 0{where}", a, b, *args)

    def goals_holding(self, words: Sequence[str], docs: Sequence[int] | None = None) -> list[Item]:
        """The goals whose label holds every one of ``words``.

        >>> from kg.ask.index import Index
        >>> index = Index.of_text("发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。二是推动人工智能与实体经济深度融合。\\n")
        >>> [i.label for i in index.goals_holding(["数字", "经济"])], index.goals_holding(["数据中心"])
        (['发展数字经济'], [])
        """
        where = " AND ".join("instr(i.label, ?) > 0" for _ in words) or "0"
        extra = "" if docs is None else " AND i.doc IN (SELECT value FROM json_each(?))"
        args = () if docs is None else (json.dumps(list(docs)),)
        return self._items(f"i.kind = 0 AND {where}{extra}", *words, *args)

    def statements_with_both(self, a: str, b: str, docs: Sequence[int] | None = None) -> list[Item]:
        """The goals and measures whose label or quote holds both ``a`` and ``b``.

        >>> from kg.ask.index import Index
        >>> index = Index.of_text("发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。二是推动人工智能与实体经济深度融合。\\n")
        >>> [i.label for i in index.statements_with_both("二是", "融合")]
        ['推动人工智能与实体经济深度融合']
        """
        where = "" if docs is None else " AND i.doc IN (SELECT value FROM json_each(?))"
        args = () if docs is None else (json.dumps(list(docs)),)
        return self._items(f"instr(i.label || ' ' || i.quote, ?) > 0 AND instr(i.label || ' ' || i.quote, ?) > 0{where}",
                           a, b, *args)

    def in_documents(self, docs: Sequence[int], kind: str | None = None) -> list[Item]:
        """The goals and measures (or those of ``kind``) of the documents ``docs`` (ids), in reading order.

        >>> from kg.ask.index import Index
        >>> index = Index.of_text("发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。二是推动人工智能与实体经济深度融合。\\n")
        >>> [i.label for i in index.in_documents(index.doc_ids(d.node for d in index.documents()), "goal")]
        ['发展数字经济']
        """
        extra = "" if kind is None else f" AND i.kind = {KIND_OF[kind]}"
        return self._items(f"i.doc IN (SELECT value FROM json_each(?)){extra}", json.dumps(list(docs)))

    # -- concepts, agencies --

    def concept_labels(self, nodes: Iterable[str]) -> dict[str, str]:
        """Concept IRI -> label, for the concepts among ``nodes``.

        >>> from kg.ask.index import Index
        >>> index = Index.of_text("发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。二是推动人工智能与实体经济深度融合。\\n")
        >>> list(index.concept_labels([index.exact("人工智能")[0].node]).values())
        ['人工智能']
        """
        return dict(self.rows("SELECT node, label FROM concepts WHERE node IN (SELECT value FROM json_each(?))",
                              json.dumps(list(nodes))))

    def mentioning(self, concepts: Sequence[str]) -> list[Item]:
        """The goals and measures that mention any of ``concepts``.

        >>> from kg.ask.index import Index
        >>> index = Index.of_text("发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。二是推动人工智能与实体经济深度融合。\\n")
        >>> [i.label for i in index.mentioning([index.exact("数据中心")[0].node])]
        ['加快建设数据中心']
        """
        return self._items("""i.id IN (SELECT m.item FROM mentions m JOIN concepts c ON c.id = m.concept
                              WHERE c.node IN (SELECT value FROM json_each(?)))""", json.dumps(list(concepts)))

    def together(self, concept: str, *, docs: Sequence[int] | None = None, limit: int = 20) -> list[tuple[str, str, int, Item]]:
        """The concepts mentioned by the same goals and measures as ``concept``: (IRI, label, how often, an example).

        >>> from kg.ask.index import Index
        >>> index = Index.of_text("发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。二是推动人工智能与实体经济深度融合。\\n")
        >>> [(label, n, example.label) for _, label, n, example in index.together(index.exact("人工智能")[0].node)]
        [('实体经济', 1, '推动人工智能与实体经济深度融合')]
        """
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
        """The label of each goal, measure or concept of ``nodes``.

        >>> from kg.ask.index import Index
        >>> index = Index.of_text("发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。二是推动人工智能与实体经济深度融合。\\n")
        >>> sorted(index.labels([index.roots()[0].node, index.exact("人工智能")[0].node]).values())
        ['人工智能', '发展数字经济']
        """
        data = json.dumps(list(nodes))
        return dict(self.rows("""SELECT node, label FROM items WHERE node IN (SELECT value FROM json_each(?1))
                                 UNION ALL SELECT node, label FROM concepts WHERE node IN (SELECT value FROM json_each(?1))""",
                              data))

    def mentioned(self, items: Sequence[str]) -> dict[str, list[str]]:
        """Goal or measure -> the concepts it mentions (labels).

        >>> from kg.ask.index import Index
        >>> index = Index.of_text("发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。二是推动人工智能与实体经济深度融合。\\n")
        >>> [sorted(labels) for labels in index.mentioned([i.node for i in index.statements_with("人工智能")]).values()]
        [['人工智能', '实体经济']]
        """
        out: dict[str, list[str]] = {}
        for node, label in self.rows("""SELECT i.node, c.label FROM mentions m JOIN items i ON i.id = m.item
                                        JOIN concepts c ON c.id = m.concept WHERE i.node IN (SELECT value FROM json_each(?))
                                        ORDER BY i.rank, c.label""", json.dumps(list(items))):
            out.setdefault(node, []).append(label)
        return out

    def relations(self, concepts: Sequence[str], *, relation: str | None = None, way: str = "both") -> list[Link]:
        """The stated relations with one of ``concepts`` at the source (``way`` "out"), target ("in") or either.

        >>> from kg.ask.index import Index
        >>> index = Index.of_text("发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。二是推动人工智能与实体经济深度融合。\\n")
        >>> [(link.source_label, link.relation, link.target_label) for link in index.relations([index.exact("实体经济")[0].node])]
        [('人工智能', 'integratesWith', '实体经济')]
        """
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
        """Measure -> its agencies (label, leads), leads first.

        >>> from kg.ask.index import Index
        >>> from kg.ask.records import DocumentRow, ItemRow, Rows
        >>> rows = Rows(documents=[DocumentRow("d", "p", "a.txt", "意见")])
        >>> rows.items.append(ItemRow("m1", "measure", "完善农机装备创新体系", "完善农机装备创新体系。", 0, "item", "d"))
        >>> rows.concept("a1", "工业和信息化部"); rows.agencies.append(("m1", "a1", True))
        >>> index = Index.of_rows([rows])
        >>> index.agencies_of(["m1"])
        {'m1': [('工业和信息化部', True)]}
        """
        out: dict[str, list[tuple[str, bool]]] = {}
        for node, label, lead in self.rows("""SELECT i.node, c.label, a.lead FROM agencies a JOIN items i ON i.id = a.item
                                              JOIN concepts c ON c.id = a.concept
                                              WHERE i.node IN (SELECT value FROM json_each(?))
                                              ORDER BY i.rank, a.lead DESC, c.label""", json.dumps(list(items))):
            out.setdefault(node, []).append((label, bool(lead)))
        return out

    def tasks_of(self, agencies: Sequence[str], *, lead: bool | None = None) -> list[tuple[Item, str, bool]]:
        """(measure, agency label, leads) for every measure ``agencies`` (concept IRIs) lead or take part in.

        >>> from kg.ask.index import Index
        >>> from kg.ask.records import DocumentRow, ItemRow, Rows
        >>> rows = Rows(documents=[DocumentRow("d", "p", "a.txt", "意见")])
        >>> rows.items.append(ItemRow("m1", "measure", "完善农机装备创新体系", "完善农机装备创新体系。", 0, "item", "d"))
        >>> rows.concept("a1", "工业和信息化部"); rows.agencies.append(("m1", "a1", True))
        >>> index = Index.of_rows([rows])
        >>> [(i.label, agency, lead) for i, agency, lead in index.tasks_of(["a1"])]
        [('完善农机装备创新体系', '工业和信息化部', True)]
        """
        extra = "" if lead is None else f" AND a.lead = {int(lead)}"
        rows = self.rows(f"""SELECT i.node, c.label, a.lead FROM agencies a JOIN items i ON i.id = a.item
                             JOIN concepts c ON c.id = a.concept WHERE c.node IN (SELECT value FROM json_each(?)){extra}
                             ORDER BY i.rank, a.lead DESC""", json.dumps(list(agencies)))
        items = {i.node: i for i in self.items({r[0] for r in rows})}
        return [(items[node], label, bool(lead_)) for node, label, lead_ in rows if node in items]

    def agencies_in(self, docs: Sequence[int]) -> list[str]:
        """The agencies (concept IRIs) that lead or take part in a measure of the documents ``docs`` (ids).

        >>> from kg.ask.index import Index
        >>> from kg.ask.records import DocumentRow, ItemRow, Rows
        >>> rows = Rows(documents=[DocumentRow("d", "p", "a.txt", "意见")])
        >>> rows.items.append(ItemRow("m1", "measure", "完善农机装备创新体系", "完善农机装备创新体系。", 0, "item", "d"))
        >>> rows.concept("a1", "工业和信息化部"); rows.agencies.append(("m1", "a1", True))
        >>> index = Index.of_rows([rows])
        >>> index.agencies_in(index.doc_ids(["d"]))
        ['a1']
        """
        return [r[0] for r in self.rows("""SELECT c.node FROM agencies a JOIN items i ON i.id = a.item JOIN concepts c
                                           ON c.id = a.concept WHERE i.doc IN (SELECT value FROM json_each(?))
                                           GROUP BY c.node ORDER BY SUM(a.lead) DESC, COUNT(*) DESC, c.node""",
                                        json.dumps(list(docs)))]

    def is_agency(self, concepts: Sequence[str]) -> list[str]:
        """Those of ``concepts`` (IRIs) that lead or take part in a measure.

        >>> from kg.ask.index import Index
        >>> from kg.ask.records import DocumentRow, ItemRow, Rows
        >>> rows = Rows(documents=[DocumentRow("d", "p", "a.txt", "意见")])
        >>> rows.items.append(ItemRow("m1", "measure", "完善农机装备创新体系", "完善农机装备创新体系。", 0, "item", "d"))
        >>> rows.concept("a1", "工业和信息化部"); rows.agencies.append(("m1", "a1", True))
        >>> rows.concept("c2", "农机装备")
        >>> index = Index.of_rows([rows])
        >>> index.is_agency(["a1", "c2"])
        ['a1']
        """
        return [r[0] for r in self.rows("""SELECT DISTINCT c.node FROM agencies a JOIN concepts c ON c.id = a.concept
                                           WHERE c.node IN (SELECT value FROM json_each(?))""", json.dumps(list(concepts)))]


# What supports a node, directly or through others (the node asked for is left out, as a cycle may reach it).
BELOW = """WITH RECURSIVE start(id) AS (SELECT id FROM items WHERE node = ?),
           below(id) AS (SELECT e.source FROM edges e JOIN start s ON e.target = s.id
                         UNION SELECT e.source FROM edges e JOIN below b ON e.target = b.id)"""
# What a node supports, directly or through others, with the steps to each.
ABOVE = """WITH RECURSIVE above(id, depth) AS (
             SELECT e.target, 1 FROM edges e JOIN items i ON i.id = e.source WHERE i.node = ?
             UNION SELECT e.target, a.depth + 1 FROM edges e JOIN above a ON e.source = a.id WHERE a.depth < 50)"""
