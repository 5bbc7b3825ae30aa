"""The workbench: one page to read documents with their goals and measures highlighted, follow
support chains, browse the goal → measure tree, ask questions, run SPARQL and draw the graph.

The page is rendered with jinja2 (autoescaped); everything taken from the documents reaches it as
JSON in ``<script type="application/json">`` blocks and is shown with ``textContent``, never as
HTML. Offline (``graph.html``) every document is inside the page; served (``policykg serve``) the
page holds the index and each document is fetched from ``/doc/N`` when it is opened.

>>> from kg.extract import extract_document
>>> from kg.graph.rdf import document_ntriples
>>> from kg.model import Source
>>> doc = extract_document(Source("a.txt", "发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。\\n"))
>>> bench = Workbench(Store.from_ntriples(document_ntriples(doc).lines))
>>> [d["title"] for d in bench.index["docs"]]
['发展数字经济']
>>> data = bench.document(0)
>>> [(s["kind"], s["label"], s["count"]) for s in data["statements"].values()]
[('goal', '发展数字经济', 1), ('measure', '加快建设数据中心', 0)]
>>> text = data["text"]; [text[a:b] for s in data["statements"].values() for a, b in s["spans"]]
['发展数字经济', '一是加快建设数据中心']
>>> "<script" in render_workbench(bench, title="<script>", served=False).split("<body")[0].split("</title>")[0]
False
"""

from __future__ import annotations

import bisect
import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.graph.store import Store
from kg.views.conceptmap import ConceptMap

if TYPE_CHECKING:
    import pyoxigraph as ox

    from kg.ask.trees import TreeItem

Nested = list[Any]  # [node, [children as Nested…]]

STATIC = Path(__file__).resolve().parent / "static"
TEMPLATES = Path(__file__).resolve().parent / "templates"
KINDS = {"goal": ("目标 Goal", "#c62828", "#fde2e0"), "measure": ("举措 Measure", "#1565c0", "#dde9fb")}
GRAPH_DOCUMENTS = 3  # beyond this many documents the graph opens on documents, not goals
_NUMBERED = [(re.compile(r"^第[一二三四五六七八九十百零〇]+[编章节部分]"), 1), (re.compile(r"^[一二三四五六七八九十]+、"), 1),
             (re.compile(r"^[（(][一二三四五六七八九十]+[）)]"), 2), (re.compile(r"^\d+[.．、]"), 3)]


@dataclass(frozen=True)
class _Doc:
    page: str
    source: str
    title: str
    articles: tuple[str, ...]
    titles: tuple[str, ...]


class Workbench:
    """The data of the workbench for the graph in ``store``: an index and one record per document."""

    def __init__(self, store: Store, *, concepts: ConceptMap | None = None) -> None:
        from kg.ask.trees import statement_links

        self.store = store
        self._concepts = concepts
        self.items, self.incoming, self.outgoing = statement_links(store)
        self.docs = _documents(store)
        self.page_of = {a: n for n, d in enumerate(self.docs) for a in d.articles}
        self.spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
        self.nodes_of: dict[int, list[str]] = defaultdict(list)
        for row in store.run("reader-spans"):
            node = row["node"] or ""
            self.spans[node].append((int(row["start"] or 0), int(row["end"] or 0)))
        self.chars = {row["page"] or "": len(row["text"] or "") for row in store.run("reader-text")}
        for node in self.items:
            doc = self.page_of.get(self.items[node].document)
            if doc is not None:
                self.nodes_of[doc].append(node)

    @cached_property
    def _counts(self) -> dict[str, int]:
        from kg.ask.records import measure_counts

        kinds = {n: i.kind for n, i in self.items.items()}
        return measure_counts(kinds, self.incoming)

    @cached_property
    def _labels(self) -> dict[str, str]:
        return {row["concept"] or "": row["label"] or "" for row in self.store.run("concepts")}

    @cached_property
    def _mentions(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = defaultdict(list)
        for row in self.store.run("mentions"):
            out[row["statement"] or ""].append(row["concept"] or "")
        return out

    @cached_property
    def _instruments(self) -> dict[str, tuple[str, str, str]]:
        """(subtype, family, cue) of every coded goal and measure (bundled query ``instruments.rq``)."""
        from kg.views.instruments import tool_of

        out = {}
        for row in self.store.run("instruments"):
            tool = tool_of(row["tool"])
            if tool is not None and row["node"]:
                out[row["node"]] = (tool.value, tool.family.value, row["cue"] or "")
        return out

    @cached_property
    def _citations(self) -> dict[str, list[dict[str, str | None]]]:
        """Each article's citations (the bundled ``citations`` query), in the order of its text."""
        out: dict[str, list[dict[str, str | None]]] = defaultdict(list)
        for row in self.store.run("citations"):
            out[row["document"] or ""].append(row)
        return out

    def cited(self, articles: Iterable[str], to16: Callable[[int], int] = int) -> list[list[object]]:
        """The documents ``articles`` cite, as the reader lists them: ``[name, start, end, document number or
        -1 outside the graph, frame]`` (UTF-16 offsets of the sentence that cites).

        >>> from kg.api import Graph, read_text
        >>> text = "关于推进职业教育的意见\\n\\n根据《国家职业教育改革实施方案》，加快发展职业教育。\\n"
        >>> bench = Workbench(Graph([read_text(text, name="a.txt")]).store)
        >>> bench.cited(bench.docs[0].articles)
        [['《国家职业教育改革实施方案》', 13, 38, -1, '根据']]
        """
        out = []
        for article in articles:
            for row in self._citations.get(article, []):
                name = row["label"] or (f"《{row['title']}》" if row["title"] else row["identifier"] or "")
                out.append([name, to16(int(row["start"] or 0)), to16(int(row["end"] or 0)),
                            self.page_of.get(row["cited"] or "", -1), row["frame"] or ""])
        return out

    @cached_property
    def _concept_map(self) -> ConceptMap:
        """Concepts and their stated relations: given (computed from facts during a build), or read from the store."""
        from kg.views.conceptmap import concept_map

        return self._concepts if self._concepts is not None else concept_map(self.store)

    @cached_property
    def _trees(self) -> dict[int, list[Nested]]:
        """Each document's goal → measure trees as nested ``[node, [children…]]``, as `policykg measures` prints them."""
        from kg.ask.trees import trees_of

        out: dict[int, list[Nested]] = defaultdict(list)
        for root in trees_of(self.items, self.incoming, self.outgoing):
            doc = self.page_of.get(root.document)
            if doc is not None:
                out[doc].append(_nested(root))
        return out

    @property
    def index(self) -> dict[str, Any]:
        """The page's index: each document's entry (title, counts, trees' roots, articles), the kinds, the
        instruments and the concepts related in two documents or more.

        >>> from kg.api import Graph, read_text
        >>> bench = Workbench(Graph([read_text("发展数字经济\\n\\n一是加快建设数据中心。\\n", name="a.txt")]).store)
        >>> [(d["title"], d["goals"], d["measures"]) for d in bench.index["docs"]]
        [('发展数字经济', 1, 1)]
        """
        return self._index

    @cached_property
    def _index(self) -> dict[str, Any]:
        docs = []
        for n, d in enumerate(self.docs):
            nodes = self.nodes_of.get(n, [])
            goals = sum(self.items[x].kind == "goal" for x in nodes)
            roots = [[r[0], self.items[r[0]].label, self._counts.get(r[0], 0)] for r in self._trees.get(n, [])]
            tools: dict[str, int] = defaultdict(int)
            for x in nodes:
                if x in self._instruments:
                    tools[self._instruments[x][0]] += 1
            docs.append({"i": n, "source": d.source, "title": d.title, "goals": goals, "measures": len(nodes) - goals,
                         "chars": self.chars.get(d.page, 0), "tools": dict(sorted(tools.items())),
                         "roots": roots, "articles": list(d.articles), "titles": list(d.titles)})
        return {"docs": docs, "kinds": {k: list(v) for k, v in KINDS.items()}, "graphDocuments": GRAPH_DOCUMENTS,
                "tools": tool_legend(),
                **concept_index((n, document_concepts(self._concept_map, d.articles)["nodes"])
                                for n, d in enumerate(self.docs))}

    def document(self, n: int) -> dict[str, Any]:
        """Everything the reader shows of document ``n``: text, headings, statements, links, trees.

        >>> from kg.api import Graph, read_text
        >>> bench = Workbench(Graph([read_text("发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。\\n", name="a.txt")]).store)
        >>> sorted(bench.document(0))[:5]
        ['cites', 'conceptMap', 'concepts', 'down', 'headings']
        """
        d = self.docs[n]
        text = self._text(d.page)
        to16 = _utf16(text)
        nodes = sorted(self.nodes_of.get(n, []), key=_order)
        statements = {x: _statement(self.items[x], self.spans.get(x, []), self._counts.get(x, 0), to16, self._instruments.get(x))
                      for x in nodes}
        concepts = {x: names for x in nodes if (names := self._concept_labels(x))}
        return {"i": n, "source": d.source, "title": d.title, "text": text, "statements": statements,
                "concepts": concepts, "up": _linked(nodes, self.outgoing), "down": _linked(nodes, self.incoming),
                "tree": self._trees.get(n, []), "headings": headings(text, to16), "cites": self.cited(d.articles, to16),
                "conceptMap": document_concepts(self._concept_map, d.articles, text, to16)}

    def _text(self, page: str) -> str:
        rows = self.store.run("reader-text", page=_iri(page))
        return (rows[0]["text"] or "") if rows else ""

    def _concept_labels(self, node: str) -> list[str]:
        return sorted({self._labels.get(c, "") for c in self._mentions.get(node, [])} - {""})

    def document_json(self, n: int) -> bytes:
        """:meth:`document` as UTF-8 JSON, keys sorted.

        >>> from kg.api import Graph, read_text
        >>> bench = Workbench(Graph([read_text("发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。\\n", name="a.txt")]).store)
        >>> json.loads(bench.document_json(0))["text"] == bench.document(0)["text"]
        True
        """
        return json.dumps(self.document(n), ensure_ascii=False, sort_keys=True).encode("utf-8")


def _statement(item: TreeItem, spans: Iterable[tuple[int, int]], count: int, to16: Callable[[int], int],
               coded: tuple[str, str, str] | None) -> dict[str, Any]:
    """What the reader shows of one goal or measure: its spans in UTF-16 offsets and, when coded, its instrument."""
    out: dict[str, Any] = {"kind": item.kind, "label": item.label, "level": item.level, "quote": item.quote,
                           "spans": [list(s) for s in sorted({(to16(a), to16(b)) for a, b in spans})], "count": count}
    if coded is not None:
        tool, family, cue = coded
        out.update(tool=tool, family=family, cue=cue)
    return out


def _linked(nodes: list[str], links: Mapping[str, list[str]]) -> dict[str, list[str]]:
    """Each of ``nodes`` with its links to the others, left out when it has none."""
    inside = set(nodes)
    return {x: ys for x in nodes if (ys := [y for y in links.get(x, []) if y in inside])}


def tool_legend() -> dict[str, Any]:
    """The policy instruments as the page names and colours them, in the scheme's order (lists: the page's
    JSON sorts the keys of a mapping): families [key, name, colour], subtypes [key, name, family].

    >>> tool_legend()["tools"][7]
    ['tax', '税收优惠', 'environment']
    """
    from kg.model import Tool, ToolFamily
    from kg.views.instruments import FAMILY_COLOURS

    return {"families": [[f.value, f.zh, FAMILY_COLOURS[f]] for f in ToolFamily],
            "tools": [[t.value, t.zh, t.family.value] for t in Tool]}


def concept_index(related: Iterable[tuple[int, Mapping[str, list[str]]]]) -> dict[str, Any]:
    """What the concept view needs before any document is read: the concepts related in two documents
    or more (label, class, those documents), so that a neighbourhood can gather them; the kinds of
    relation; the classes of concept. (A concept related in one document is found in that document.)
    ``related`` gives, for each document number, the concepts its relations join (its record's
    ``conceptMap.nodes``), so the index can be gathered a document at a time.

    >>> concept_index([(0, {"a": ["未来产业", "Industry"], "b": ["量子科技", "Technology"]}),
    ...                (1, {"a": ["未来产业", "Industry"], "c": ["脑机接口", "Technology"]})])["concepts"]
    {'a': ['未来产业', 'Industry', [0, 1]]}
    """
    from kg.views.conceptmap import bundled_kind_labels
    from kg.views.page import RELATION_STYLE, STYLE

    docs: dict[str, set[int]] = defaultdict(set)
    named: dict[str, list[str]] = {}
    for n, nodes in related:
        for concept, entry in nodes.items():
            docs[concept].add(n)
            named.setdefault(concept, list(entry))
    concepts = {c: [*named[c], sorted(docs[c])] for c in sorted(docs) if len(docs[c]) > 1}
    kinds = [[k.value, word, *RELATION_STYLE[k.value]] for k, word in bundled_kind_labels().items()]
    classes = {k: [name, colour] for k, (colour, _, name) in STYLE.items() if k not in ("Goal", "Measure", "Article")}
    return {"concepts": concepts, "relationKinds": kinds, "conceptClasses": classes}


def document_concepts(cmap: ConceptMap, articles: tuple[str, ...], text: str = "",
                      to16: Callable[[int], int] = int) -> dict[str, Any]:
    """The concept map of one document's articles: its concepts (label, class), its stated relations
    ``[source, kind, target, start, end, article, quote]`` (UTF-16 offsets into the document's ``text``,
    the article's place among ``articles``, the quote left empty when it is that stretch of the text
    without its line breaks) and, for each of those concepts, the document's goals and measures that
    mention it. Concepts are named as in :func:`concept_index`.

    >>> from kg.model import ConceptRelation as K
    >>> from kg.views.conceptmap import ConceptNode, StatedRelation
    >>> cmap = ConceptMap({"a": ConceptNode("a", "未来产业", "Industry"), "b": ConceptNode("b", "量子科技", "Technology")},
    ...                   (StatedRelation("a", "b", K.INCLUDES, "培育量子科技等未来产业", 2, 14, "d/a1", "文一"),),
    ...                   (("d/a1/m3", "b"), ("e/a1/m1", "b")))
    >>> data = document_concepts(cmap, ("d/a1",), "一、培育量子科\\n技等未来产业。")
    >>> data["relations"], data["mentionedBy"]
    ([['a', 'includes', 'b', 2, 14, 0, '']], {'b': ['d/a1/m3']})
    """
    inside = {a: k for k, a in enumerate(articles)}
    stated = sorted(r for a in inside for r in cmap.by_article.get(a, ()))
    ends = {x for r in stated for x in (r.source, r.target)}
    relations = [[_short(r.source), r.kind.value, _short(r.target), to16(r.start), to16(r.end), inside[r.article],
                  "" if text[r.start:r.end].replace("\n", "") == r.quote else r.quote] for r in stated]
    nodes = {_short(c): [cmap.label(c), cmap.nodes[c].kind if c in cmap.nodes else "Concept"] for c in sorted(ends)}
    mentioned: dict[str, list[str]] = defaultdict(list)
    for statement, concept in (m for a in inside for m in cmap.mentions_by_article.get(a, ())):
        if concept in ends:
            mentioned[_short(concept)].append(statement)
    return {"nodes": nodes, "relations": relations,
            "mentionedBy": {c: sorted(v, key=_order) for c, v in sorted(mentioned.items())}}


def _short(concept: str) -> str:
    return concept.rsplit("/", 1)[-1]


def _iri(value: str) -> ox.NamedNode:
    import pyoxigraph as ox

    return ox.NamedNode(value)


def _documents(store: Store) -> list[_Doc]:
    pages: dict[str, tuple[str, dict[str, str]]] = {}
    for row in store.run("reader-pages"):
        page = row["page"] or ""
        source, arts = pages.setdefault(page, (row["source"] or "", {}))
        if row["article"]:
            arts.setdefault(row["article"], row["title"] or "")
    docs = []
    for page, (source, arts) in sorted(pages.items(), key=lambda p: (p[1][0], p[0])):
        ordered = sorted(arts, key=_order)
        title = " / ".join(arts[a] for a in ordered if arts[a]) or source
        docs.append(_Doc(page, source, title, tuple(ordered), tuple(arts[a] or source for a in ordered)))
    return docs


def _order(node: str) -> tuple[str, int, str]:
    head, _, key = node.rpartition("/")
    digits = "".join(filter(str.isdigit, key))
    return head, int(digits or 0), key


def _nested(item: TreeItem) -> Nested:
    return [item.node, [_nested(c) for c in item.children]]


def _utf16(text: str) -> Callable[[int], int]:
    """Offsets in code points → offsets in UTF-16 units, as JavaScript counts them.

    >>> to16 = _utf16("𠮷野家发展"); [to16(i) for i in range(6)]
    [0, 2, 3, 4, 5, 6]
    """
    astral = [m.start() for m in _ASTRAL.finditer(text)]  # characters JavaScript counts as two
    if not astral:
        return lambda i: i
    return lambda i: i + bisect.bisect_left(astral, min(max(i, 0), len(text)))


_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


def headings(text: str, to16: Callable[[int], int] = int) -> list[list[int]]:
    """The heading lines of ``text`` as ``[start, end, depth]`` (UTF-16 offsets): short lines without
    sentence punctuation, the numbered ones (一、 （一） 第一章) at their depth.

    >>> t = "关于发展数字经济的意见\\n张三 李四\\n一、总体要求\\n要加快发展。\\n（一）加强基础设施建设\\n"
    >>> [t[a:b] for a, b, _ in headings(t)]
    ['关于发展数字经济的意见', '一、总体要求', '（一）加强基础设施建设']
    >>> [d for _, _, d in headings(t)]
    [0, 1, 2]
    """
    from kg.text.layout import is_heading

    out: list[list[int]] = []
    at = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped and len(stripped) <= 60 and (is_heading(stripped) or _depth(stripped) > 1) \
                and not _BYLINE.search(stripped):
            start = at + line.index(stripped[0])
            out.append([to16(start), to16(start + len(stripped)), 0 if not out else _depth(stripped)])
        at += len(line) + 1
    return out


_BYLINE = re.compile(r"作者|编辑|邮箱|@|^[\u4e00-\u9fff]{2,4}(\s+[\u4e00-\u9fff]{2,4})+$")  # bylines are not headings


def _depth(line: str) -> int:
    return next((d for pattern, d in _NUMBERED if pattern.match(line)), 1)


def _static(name: str) -> str:
    text = (STATIC / name).read_text(encoding="utf-8")
    if "</script" in text.lower():
        raise ValueError(f"{name} cannot be inlined: it holds </script")
    return text


def vis_network() -> str:
    """vis-network, as pyvis ships it: found without importing pyvis (which imports networkx, IPython and
    more, a fifth of a second).

    >>> "vis" in vis_network()[:2000]
    True
    """
    import importlib.util

    spec = importlib.util.find_spec("pyvis")
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError("pyvis is not installed: it ships vis-network")
    path = Path(spec.origin).resolve().parent / "lib" / "vis-9.1.2" / "vis-network.min.js"
    return path.read_text(encoding="utf-8").replace("</script", "<\\/script")


def render_workbench(bench: Workbench, *, title: str, served: bool) -> str:
    """The HTML of the workbench. Offline the page holds every document and vis-network; served it holds
    the index, and fetches documents (``/doc/N``), the editor and vis-network (``/static/…``) when needed.

    >>> from kg.api import Graph, read_text
    >>> bench = Workbench(Graph([read_text("发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。\\n", name="a.txt")]).store)
    >>> html = render_workbench(bench, title="数字经济", served=True)
    >>> "<title>数字经济</title>" in html, "/doc/" in html
    (True, True)
    """
    docs = None if served else (lambda escape: _documents_json(bench, escape))
    return "".join(render_page(bench.index, title=title, documents=docs))


def _documents_json(bench: Workbench, escape: Callable[[str], str]) -> Iterator[str]:
    yield escape(json.dumps({str(n): bench.document(n) for n in range(len(bench.docs))}, ensure_ascii=False,
                            sort_keys=True))


_DOCUMENTS = '<script type="application/json" id="documents">{}</script>'


def render_page(index: Mapping[str, Any], *, title: str,
                documents: Callable[[Callable[[str], str]], Iterable[str]] | None) -> Iterator[str]:
    """The workbench's HTML in pieces: served (``documents`` None) the index only; offline every document too,
    as the JSON text ``documents(escape)`` gives in pieces (each passed through ``escape``, which makes JSON
    safe inside ``<script>`` as jinja2's ``tojson`` does), so that a large page is written as it is read.

    >>> page = "".join(render_page({"docs": []}, title="空", documents=lambda escape: [escape('{"0": "</script>"}')]))
    >>> "<title>空</title>" in page, r"\\u003c/script\\u003e" in page
    (True, True)
    """
    import jinja2

    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True, keep_trailing_newline=True)
    env.policies["json.dumps_kwargs"] = {"sort_keys": True, "ensure_ascii": False}
    served = documents is None
    html = env.get_template("workbench.html").render(
        title=title, served=served, kinds=KINDS, index=index, docs={}, queries=_queries() if served else {},
        css=_static("workbench.css"), script=_static("workbench.js"), concepts_script=_static("concepts.js"),
        history_script=_static("history.js"),
        vis="" if served else vis_network())
    if documents is None:
        yield html
        return
    head, tail = html.split(_DOCUMENTS, 1)
    yield head + _DOCUMENTS[:-len("{}</script>")]
    yield from documents(_script_safe)
    yield "</script>" + tail


def _script_safe(text: str) -> str:
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").replace("'", "\\u0027")


def _queries() -> dict[str, str]:
    from kg.graph.store import named_queries, query_text

    return {name: query_text(name=name) for name in named_queries()}


def page_html(store: Store, *, title: str, served: bool = False) -> str:
    """The workbench page of ``store``.

    >>> from kg.api import Graph, read_text
    >>> store = Graph([read_text("发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。\\n", name="a.txt")]).store
    >>> "加快建设数据中心" in page_html(store, title="数字经济")
    True
    """
    return render_workbench(Workbench(store), title=title, served=served)
