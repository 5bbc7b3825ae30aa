"""Questions answered straight from the on-disk store, reading only what a question needs.

:func:`kg.ask.answers.prepare` reads a whole graph into memory once, which on
the corpus graph takes longer than answering. On a
:class:`kg.graph.diskstore.DiskStore` the same :class:`kg.ask.answers.Graph`
is made of lazy parts instead: a node's statement record, the support links
around it, its mentions and concept relations are fetched with the bundled
queries, bound to the nodes asked for, when an answer first asks for them (a
node's support tree a level at a time); the names are matched in the
``names.tsv`` the build wrote beside the store, the text of statements
searched in ``texts.tsv``, and the counts and example names read from its
manifest. Those files are made one document at a time
(:func:`document_records`, :class:`Summary`), from the same queries on a store
of that document alone.

>>> import tempfile, pathlib
>>> from kg.graph.diskstore import open_graph
>>> from kg.ask import answer
>>> from kg.corpus.build import build
>>> out = pathlib.Path(tempfile.mkdtemp())
>>> src = out / "a.txt"; _ = src.write_text("发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。\\n", encoding="utf-8")
>>> _ = build([src], out / "o", workers=1)
>>> [line.label for line in answer(open_graph(out / "o" / "graph.ttl"), "哪些举措支撑发展数字经济？").lines]
['加快建设数据中心']
"""

from __future__ import annotations

import mmap
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import pyoxigraph as ox

from kg.ask.answers import Graph, Item, Link, _items, _order
from kg.ask.names import _KIND_ORDER, Entry, Names, normalize
from kg.graph.diskstore import DiskStore
from kg.graph.store import Store, named_query
from kg.model import support_links

V = TypeVar("V")
BATCH = 500  # nodes per query
NAMES, TEXTS = "names.tsv", "texts.tsv"


# -- what the build records per document --------------------------------------------------------

@dataclass(frozen=True)
class Records:
    """What questions need of one document besides its triples (see the module docstring)."""

    names: tuple[tuple[str, str, str, str, str], ...]  # normalized key, kind, node, name, the node's label
    texts: tuple[tuple[str, str, str], ...]  # node, label, quote
    goals: int
    measures: int
    concepts: frozenset[str]
    documents: frozenset[str]  # the articles stating goals or measures
    mentioned: Counter[str]  # concept -> goals and measures mentioning it
    example: tuple[int, int, str, str, str, str] | None  # support, -len(label), article, node, label, measure


def document_records(store: Store) -> Records:
    """The records of a store holding one document (and the ontology).

    >>> from kg.extract import extract_document
    >>> from kg.model import Source
    >>> from kg.graph.rdf import document_ntriples, ontology_ntriples
    >>> doc = extract_document(Source("a.txt", "发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。\\n"))
    >>> found = document_records(Store.from_ntriples(ontology_ntriples() + document_ntriples(doc).lines))
    >>> found.goals, found.measures, sorted(n[1] for n in found.names)
    (1, 1, ['concept', 'concept', 'goal', 'measure'])
    """
    items = _items(store)
    incoming, _ = support_links((r["source"] or "", r["target"] or "") for r in store.run("support-edges"))
    names = {(normalize(i.label), i.kind, i.node, i.label, i.label) for i in items.values()}
    concepts = set()
    for row in store.run("concepts"):
        iri, label, name = row["concept"] or "", row["label"] or "", row["name"] or ""
        concepts.add(iri)
        names.add((normalize(name), "concept", iri, name, label))
    mentioned: Counter[str] = Counter(row["concept"] or "" for row in store.run("mentions") if row["statement"] in items)
    return Records(
        names=tuple(sorted(n for n in names if n[0])), texts=tuple((i.node, i.label, i.quote) for i in items.values()),
        goals=sum(i.kind == "goal" for i in items.values()), measures=sum(i.kind == "measure" for i in items.values()),
        concepts=frozenset(concepts), documents=frozenset(i.document for i in items.values()), mentioned=mentioned,
        example=_example(items, incoming),
    )


def _example(items: Mapping[str, Item], incoming: Mapping[str, list[str]]) -> tuple[int, int, str, str, str, str] | None:
    """The goal :func:`kg.ask.answers.example_questions` would pick among this document's."""
    goals = [i for i in items.values() if i.kind == "goal" and incoming.get(i.node) and len(i.label) >= 4]
    goal = max(goals, key=lambda i: (len(incoming[i.node]), -len(i.label)), default=None)
    if goal is None:
        return None
    measure = next((items[n].label for n in incoming[goal.node] if n in items), "")
    return len(incoming[goal.node]), -len(goal.label), goal.document, goal.node, goal.label, measure


@dataclass
class Summary:
    """The counts and example names of the whole graph, gathered one document at a time in memory
    bounded by the vocabulary (concepts) and the number of articles."""

    goals: int = 0
    measures: int = 0
    concepts: set[str] = field(default_factory=set)
    documents: set[str] = field(default_factory=set)
    mentioned: Counter[str] = field(default_factory=Counter)
    example: tuple[int, int, str, str, str, str] | None = None

    def add(self, found: Records) -> None:
        self.goals += found.goals
        self.measures += found.measures
        self.concepts |= found.concepts
        self.documents |= found.documents
        self.mentioned.update(found.mentioned)
        if found.example is not None and (self.example is None or _better(found.example, self.example)):
            self.example = found.example

    def manifest(self) -> dict[str, Any]:
        """What the store's manifest keeps of it."""
        concept = max(self.mentioned, key=lambda c: (self.mentioned[c], c), default="")
        goal, measure = (self.example[4], self.example[5]) if self.example else ("", "")
        return {"totals": {"goals": self.goals, "measures": self.measures, "concepts": len(self.concepts)},
                "documents": sorted(self.documents, key=_order),
                "example": {"goal": goal, "measure": measure, "concept": concept}}


def _better(a: tuple[int, int, str, str, str, str], b: tuple[int, int, str, str, str, str]) -> bool:
    """Whether ``a`` beats ``b`` as :func:`max` over the whole graph's items would see them: more support,
    then the shorter label, then the earlier in graph order (article, node)."""
    return a[:2] > b[:2] or (a[:2] == b[:2] and a[2:4] < b[2:4])


# -- the lazy graph ---------------------------------------------------------------------------

class _Lazy(Mapping[str, V]):
    """A mapping filled by :meth:`_load` for the keys asked for; ``default`` for keys with nothing."""

    def __init__(self, store: Store, default: Any = None) -> None:
        self.store, self.default = store, default
        self.known: dict[str, V] = {}

    def _load(self, keys: list[str]) -> None:
        raise NotImplementedError

    def _load_all(self) -> None:
        raise NotImplementedError

    def fetch(self, keys: Iterable[str]) -> None:
        """Load every key of ``keys`` not yet known, in batches."""
        missing = [k for k in dict.fromkeys(keys) if k and k not in self.known]
        for at in range(0, len(missing), BATCH):
            chunk = missing[at:at + BATCH]
            self._load(chunk)
            for k in chunk:
                if k not in self.known and self.default is not None:
                    self.known[k] = self.default()

    def __getitem__(self, key: str) -> V:
        if key not in self.known:
            self.fetch([key])
        return self.known[key]

    def __contains__(self, key: object) -> bool:
        if isinstance(key, str) and key not in self.known:
            self.fetch([key])
        return key in self.known

    def get(self, key: str, default: Any = None) -> Any:
        return self[key] if key in self else default

    def __iter__(self) -> Iterator[str]:
        self._all()
        return iter(self.known)

    def __len__(self) -> int:
        self._all()
        return len(self.known)

    def _all(self) -> None:
        if not getattr(self, "_complete", False):
            self.known = {}
            self._load_all()
            self._complete = True


def _nodes(keys: Iterable[str]) -> Iterator[ox.NamedNode]:
    return (ox.NamedNode(k) for k in keys)


class Items(_Lazy[Item]):
    """Statement records by node (as :func:`kg.ask.answers._items` reads them)."""

    def _load(self, keys: list[str]) -> None:
        self._add(self.store.select_each(named_query("statements-of"), "node", _nodes(keys)))

    def _load_all(self) -> None:
        self._add(self.store.run("statements"))

    def _add(self, rows: Iterable[dict[str, str | None]]) -> None:
        for row in rows:
            kind = "goal" if (row["kind"] or "").endswith("Goal") else "measure"
            node = row["node"] or ""
            self.known[node] = Item(node, kind, row["label"] or "", row["quote"] or "", row["title"] or "",
                                    row["level"] or "", document=row["article"] or "")


class Concepts(_Lazy[str]):
    """Concept IRI -> preferred label; its length is the count the build recorded."""

    def __init__(self, store: Store, count: int) -> None:
        super().__init__(store)
        self.count = count

    def _load(self, keys: list[str]) -> None:
        self._add(self.store.select_each(named_query("concepts"), "concept", _nodes(keys)))

    def _load_all(self) -> None:
        self._add(self.store.run("concepts"))

    def _add(self, rows: Iterable[dict[str, str | None]]) -> None:
        for row in rows:
            self.known[row["concept"] or ""] = row["label"] or ""

    def __len__(self) -> int:
        return self.count


class Links(_Lazy[list[str]]):
    """Support links into (``incoming``) or out of a node, read a level of its tree at a time."""

    def __init__(self, store: Store, items: Items, *, incoming: bool) -> None:
        super().__init__(store, default=list)
        self.statements, self.incoming = items, incoming

    def _load(self, keys: list[str]) -> None:
        end, other = ("target", "source") if self.incoming else ("source", "target")
        frontier = keys
        while frontier:
            rows = list(self.store.select_each(named_query("support-edges"), end, _nodes(frontier)))
            found = support_links((r["source"] or "", r["target"] or "") for r in rows)[0 if self.incoming else 1]
            for node in frontier:
                self.known[node] = found.get(node, [])
            reached = {r[other] or "" for r in rows}
            self.statements.fetch(reached | set(frontier))
            frontier = [n for n in sorted(reached) if n and n not in self.known]

    def _load_all(self) -> None:
        rows = self.store.run("support-edges")
        incoming, outgoing = support_links((r["source"] or "", r["target"] or "") for r in rows)
        self.known.update(incoming if self.incoming else outgoing)


class Mentions(_Lazy[list[str]]):
    """Goal or measure -> the concepts it mentions."""

    def __init__(self, store: Store) -> None:
        super().__init__(store, default=list)

    def _load(self, keys: list[str]) -> None:
        for row in self.store.select_each(named_query("mentions"), "statement", _nodes(keys)):
            self.known.setdefault(row["statement"] or "", []).append(row["concept"] or "")

    def _load_all(self) -> None:
        for row in self.store.run("mentions"):
            self.known.setdefault(row["statement"] or "", []).append(row["concept"] or "")


class MentionedBy(_Lazy[list[str]]):
    """Concept -> the goals and measures that mention it."""

    def __init__(self, store: Store, items: Items) -> None:
        super().__init__(store, default=list)
        self.statements = items

    def _load(self, keys: list[str]) -> None:
        rows = list(self.store.select_each(named_query("mentions"), "concept", _nodes(keys)))
        self.statements.fetch(r["statement"] or "" for r in rows)
        for row in rows:
            if row["statement"] in self.statements.known:
                self.known.setdefault(row["concept"] or "", []).append(row["statement"] or "")

    def _load_all(self) -> None:
        raise NotImplementedError("the concept mentioned most is read from the store's manifest")


class Related(_Lazy[list[Link]]):
    """Concept -> its stated relations either way, as :func:`kg.ask.answers._build` lists them."""

    def __init__(self, store: Store) -> None:
        super().__init__(store, default=list)

    def _load(self, keys: list[str]) -> None:
        rows = {tuple(r.items()): r for r in self._rows(keys)}
        ordered = sorted(rows.values(), key=lambda r: tuple(r[k] or "" for k in ("source", "target", "property", "title", "quote")))
        seen: set[tuple[str, str, str]] = set()
        for r in ordered:
            s, t, rel = r["source"] or "", r["target"] or "", r["relation"] or "相关"
            if (s, t, rel) in seen:
                continue
            seen.add((s, t, rel))
            quote, title = r["quote"] or "", r["title"] or ""
            if s in keys:
                self.known.setdefault(s, []).append(Link(t, rel, "out", quote, title))
            if t in keys:
                self.known.setdefault(t, []).append(Link(s, rel, "in", quote, title))

    def _rows(self, keys: list[str]) -> Iterator[dict[str, str | None]]:
        """The rows of the bundled ``concept-links`` query with one of ``keys`` at either end (the relations
        and their evidence read apart, each bound, which the engine answers from its indexes)."""
        for end in ("source", "target"):
            evidence: dict[tuple[str | None, ...], list[dict[str, str | None]]] = {}
            for row in self.store.select_each(named_query("concept-link-evidence"), end, _nodes(keys)):
                evidence.setdefault((row["source"], row["property"], row["target"]), []).append(row)
            for row in self.store.select_each(named_query("concept-relations"), end, _nodes(keys)):
                for ev in evidence.get((row["source"], row["property"], row["target"]), [{}]):
                    yield {**row, "quote": ev.get("quote"), "title": ev.get("title")}

    def _load_all(self) -> None:
        raise NotImplementedError("every concept relation is read only through the full graph")


class FileNames(Names):
    """:class:`kg.ask.names.Names` over the build's ``names.tsv`` (normalized key, kind, node, name, label per
    line): the exact and contains tiers search the file's bytes where they lie (mapped, not read); the
    other tiers read it whole when first needed."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.data = _mapped(path)
        self._loaded = False
        self._of_kinds = {}

    def _load(self) -> None:
        """Every key and its lines (entries are made only for the keys an answer lists)."""
        if self._loaded:
            return
        lines: dict[str, list[str]] = {}
        kinds: dict[str, set[str]] = {}
        for line in bytes(self.data).decode("utf-8").split("\n"):
            key, _, rest = line.partition("\t")
            if key and rest:
                lines.setdefault(key, []).append(line)
                kinds.setdefault(key, set()).add(rest.partition("\t")[0])
        self.lines = lines
        self.keys = sorted(lines, key=lambda k: (len(k), k))
        self._lengths = [len(k) for k in self.keys]
        self._kinds = {k: frozenset(v) for k, v in kinds.items()}
        self._loaded = True

    @staticmethod
    def _entry(line: str) -> Entry | None:
        parts = line.split("\t")
        return Entry(parts[3], parts[1], parts[2], parts[4]) if len(parts) == 5 and parts[0] else None

    def warm(self) -> None:
        return None

    def exact(self, text: str, kinds: Sequence[str] | None) -> list[Entry]:
        return self._found(text, kinds, exact=True)

    def containing(self, text: str, kinds: Sequence[str] | None) -> list[Entry]:
        return self._found(text, kinds, exact=False)

    def _found(self, text: str, kinds: Sequence[str] | None, *, exact: bool) -> list[Entry]:
        want = text.encode("utf-8") + (b"\t" if exact else b"")
        entries = (self._entry(line) for line in _lines_with(self.data, want, field=0, whole=exact))
        return self._sorted([e for e in entries if e is not None and (kinds is None or e.kind in kinds)])

    @staticmethod
    def _sorted(entries: list[Entry]) -> list[Entry]:
        return sorted(set(entries), key=lambda e: (_KIND_ORDER.get(e.kind, 9), len(e.name), e.name, e.node))

    def _keys_at_least(self, length: int, kinds: Sequence[str] | None) -> list[str]:
        self._load()
        return Names._keys_at_least(self, length, kinds)

    def entries(self, keys: Iterable[str], kinds: Sequence[str] | None) -> list[Entry]:
        self._load()
        found = (self._entry(line) for k in keys for line in self.lines.get(k, ()))
        return self._sorted([e for e in found if e is not None and (kinds is None or e.kind in kinds)])


def _mapped(path: Path) -> bytes | mmap.mmap:
    """The bytes of ``path``, mapped into memory rather than read (empty or missing files as nothing)."""
    try:
        with path.open("rb") as handle:
            return mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) if path.stat().st_size else b""
    except OSError:
        return b""


def _lines_with(data: bytes | mmap.mmap, want: bytes, *, field: int, whole: bool = False) -> Iterator[str]:
    """The lines (tab-separated) where ``want`` occurs in the first field (``field`` 0; with ``whole``, at
    its start) or after it (``field`` 1), decoded."""
    if not want:
        return
    at = data.find(want)
    while at >= 0:
        start = data.rfind(b"\n", 0, at) + 1
        end = data.find(b"\n", at)
        end = len(data) if end < 0 else end
        tab = data.find(b"\t", start, end)
        inside = (at == start) if whole else (at + len(want) <= tab if field == 0 else at > tab >= 0)
        if inside:
            yield data[start:end].decode("utf-8")
        at = data.find(want, end)


def search_texts(data: bytes | mmap.mmap, text: str) -> list[str]:
    """The goals and measures whose label or quote contains ``text`` (``texts.tsv``: node, label, quote)."""
    lines = _lines_with(data, text.encode("utf-8"), field=1)
    return list(dict.fromkeys(line.split("\t", 1)[0] for line in lines))


def lazy_graph(store: DiskStore) -> Graph:
    """The :class:`kg.ask.answers.Graph` of an on-disk store, read as questions need it."""
    manifest = store.manifest
    items = Items(store)
    concepts = Concepts(store, int(manifest.get("totals", {}).get("concepts", 0)))
    documents = {d: n for n, d in enumerate(manifest.get("documents", []))}
    texts = _mapped(store.folder / TEXTS)
    return Graph(store, items, concepts, Links(store, items, incoming=True), Links(store, items, incoming=False),
                 Mentions(store), MentionedBy(store, items), Related(store), FileNames(store.folder / NAMES),
                 documents, summary=dict(manifest), search=lambda text: search_texts(texts, text))
