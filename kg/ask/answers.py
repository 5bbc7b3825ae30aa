"""Answers read from the index of a graph: which measures support a goal, what a measure serves, and
what every answer shares (its records, how names are resolved within a question's documents, an
honest "not in the graph").

Every answer says what its names matched and how (:mod:`kg.ask.names`), answers for
every goal that contains a name (one group per goal, in reading order, counts
first), names every document by title, year and issuer, and when nothing matches
says so with the closest names.

>>> from kg.extract import extract_document
>>> from kg.model import Source
>>> from kg.ask.index import Index
>>> from kg.ask.records import document_rows
>>> index = Index.of_rows([document_rows(extract_document(Source("a.txt", "发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。\\n")))])
>>> found = measures_answer(Context(index, "数字经济"), "数字经济")
>>> found.heading, [line.label for line in found.lines]
('「数字经济」：1 个目标的名称含它，共 1 项举措', ['加快建设数据中心'])
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from kg.ask.examples import example_questions
from kg.ask.index import Index
from kg.ask.keys import normalize
from kg.ask.names import Resolution, close, closest, core, resolve, subjects_in
from kg.ask.records import Entry, Item
from kg.ask.scope import Scope, documents_in, scope_words

MAX_GROUPS = 60  # groups listed in one answer; the heading still counts them all
HOW = {"exact": "名称相同", "contains": "名称含它", "core": "去掉动词等后按「{used}」匹配",
       "typo": "图中没有「{query}」，按读音相近或差一两个字的「{used}」匹配（错字？）",
       "words": "没有名称含「{used}」整词，按名称中依次含其各部分匹配", "concept": "概念", "quote": "原文含它",
       "subjects": "问题中认出的名称：{used}"}
KIND = {"goal": "目标", "measure": "举措", "concept": "概念", "article": "文件", "document": "文件"}
TIERS = ("exact", "contains", "core", "typo", "words")


@dataclass(frozen=True)
class Line:
    """One item of an answer: what, how it relates, the sentence that says so, and where."""

    label: str
    quote: str
    article: str
    relation: str = ""
    node: str = ""
    kind: str = ""


@dataclass(frozen=True)
class Group:
    """The answer for one matched node (or document, province, year): its own quote, a count, and the lines."""

    node: str
    kind: str
    label: str
    article: str
    quote: str
    count: int
    lines: tuple[Line, ...] = ()
    note: str = ""


@dataclass(frozen=True)
class Match:
    """What a name in the question matched, and how."""

    name: str
    how: str  # exact, contains, core, typo, words, concept, quote, subjects, document, none
    used: str
    kind: str = ""
    nodes: int = 0


@dataclass(frozen=True)
class Answer:
    question: str
    heading: str
    lines: tuple[Line, ...]
    intent: str = ""
    found: bool = True
    note: str = ""
    matched: tuple[Match, ...] = ()
    groups: tuple[Group, ...] = ()
    more: int = 0  # groups left out past MAX_GROUPS
    suggestions: tuple[str, ...] = ()
    forms: tuple[str, ...] = ()
    count_only: bool = False


@dataclass
class Context:
    """A question being answered: the index, the question's text, and the documents it is limited to."""

    index: Index
    question: str
    scope: Scope = field(default_factory=Scope)
    docs: list[int] | None = None  # document ids within the scope (None: every document)
    nodes: frozenset[str] = frozenset()  # their IRIs
    where: str = ""  # the scope in words

    @classmethod
    def of(cls, index: Index, question: str, scope: Scope) -> Context:
        """The context of a question, its scope resolved to documents of the graph.

        >>> from kg.ask.records import document_rows; from kg.extract import extract_document; from kg.model import Source
        >>> text = "发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。二是培育量子科技、生物制造等未来产业。\\n"
        >>> ctx = Context.of(index := Index.of_rows([document_rows(extract_document(Source("a.txt", text)))]), "", Scope())
        >>> ctx.docs is None, Context.of(index, "", Scope(regions=("广东",))).docs
        (True, [])
        """
        found = cls(index, question, scope)
        if scope.limits:
            documents = documents_in(index, scope)
            found.docs = index.doc_ids(d.node for d in documents)
            found.nodes = frozenset(d.node for d in documents)
            found.where = scope_words(scope, len(documents))
        return found

    @classmethod
    def of_text(cls, text: str, question: str = "") -> Context:
        """The context of a question over one short text, extracted in memory (for examples and tests).

        >>> Context.of_text("发展数字经济\\n\\n一是加快建设数据中心。\\n").docs is None
        True
        """
        return cls.of(Index.of_text(text), question, Scope())

    def keep(self, entry: Entry) -> bool:
        """Whether a name's node lies within the question's documents (concepts always do).

        >>> ctx = Context.of_text("发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。二是培育量子科技、生物制造等未来产业。\\n")
        >>> [ctx.keep(e) for e in ctx.index.containing("数据中心")]
        [True, True]
        """
        return self.docs is None or entry.kind == "concept" or entry.document in self.nodes

    def within(self, items: Iterable[Item]) -> list[Item]:
        """The items that lie within the question's documents (all of them when it is not limited).

        >>> ctx = Context.of_text("发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。二是培育量子科技、生物制造等未来产业。\\n")
        >>> [i.label for i in ctx.within(ctx.index.statements_with("数据"))]
        ['加快建设数据中心']
        """
        return [i for i in items if self.docs is None or i.document in self.nodes]

    def resolve(self, name: str, kinds: Sequence[str], *, suggest: int = 0) -> Resolution:
        """The entries of ``kinds`` that ``name`` names within the question's documents (:func:`kg.ask.names.resolve`).

        >>> ctx = Context.of_text("发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。二是培育量子科技、生物制造等未来产业。\\n")
        >>> found = ctx.resolve("数据中心", ("measure",))
        >>> found.how, [e.label for e in found.entries]
        ('contains', ['加快建设数据中心'])
        """
        return resolve(self.index, name, kinds=kinds, suggest=suggest, keep=self.keep)


# -- shared by every answer ----------------------------------------------------------------

def resolve_statements(ctx: Context, name: str, order: Sequence[str]) -> tuple[Resolution, str]:
    """The best resolution among goals and measures: the first tier that finds any of them (one pass over the
    tiers), then the first kind of ``order`` found there, unless another kind is named exactly.

    >>> from kg.ask.records import document_rows; from kg.extract import extract_document; from kg.model import Source
    >>> text = "发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。二是培育量子科技、生物制造等未来产业。\\n"
    >>> ctx = Context.of(index := Index.of_rows([document_rows(extract_document(Source("a.txt", text)))]), "", Scope())
    >>> found, kind = resolve_statements(ctx, "数据中心", ("goal", "measure"))
    >>> kind, [e.name for e in found.entries]
    ('measure', ['加快建设数据中心'])
    """
    both = ctx.resolve(name, tuple(order))
    found = {k: [e for e in both.entries if e.kind == k] for k in order}
    if not both.found:
        return both, order[0]

    def how(entries: list[Entry]) -> str:
        if both.how not in ("exact", "contains"):
            return both.how
        exact = [e for e in entries if normalize(e.name) == both.used]
        return "exact" if exact and len(exact) == len(entries) else "contains"

    kinds = [k for k in order if found[k]]
    kind = next((k for k in kinds if how(found[k]) == "exact"), kinds[0])
    return Resolution(both.query, how(found[kind]), both.used, tuple(found[kind])), kind


def match_of(resolution: Resolution, kind: str) -> Match:
    """What a resolution matched, as the answer reports it: the name, how, the text used, the kind, the nodes.

    >>> match_of(Resolution("数据中心", "contains", "数据中心"), "measure")
    Match(name='数据中心', how='contains', used='数据中心', kind='measure', nodes=0)
    """
    return Match(resolution.query, resolution.how, resolution.used, kind, len({e.node for e in resolution.entries}))


def how_of(resolution: Resolution) -> str:
    """How a name was matched, said in words, when it was not matched as written (its core, a correction, its parts).

    >>> how_of(Resolution("加快数据中心", "core", "数据中心"))
    '去掉动词等后按「数据中心」匹配'
    >>> how_of(Resolution("数据中心", "exact", "数据中心"))
    ''
    """
    text = HOW.get(resolution.how, "")
    return text.format(query=resolution.query, used=resolution.used) if resolution.how in ("core", "typo", "words") else ""


def line_of(item: Item, relation: str = "") -> Line:
    """A goal or measure as one line of an answer, with how it relates to what was asked.

    >>> ctx = Context.of_text("发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。二是培育量子科技、生物制造等未来产业。\\n")
    >>> line_of(ctx.index.statements_with("数据中心")[0], "支撑").label
    '加快建设数据中心'
    """
    return Line(item.label, item.quote, item.article, relation, item.node, item.kind)


def finish(ctx: Context, intent: str, heading: str, groups: list[Group], matched: Iterable[Match],
           note: str = "") -> Answer:
    """An answer of ``groups`` (the first :data:`MAX_GROUPS`), every line once, the scope in the note.

    >>> ctx = Context.of_text("发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。二是培育量子科技、生物制造等未来产业。\\n")
    >>> item = ctx.index.statements_with("数据中心")[0]
    >>> group = Group(item.node, item.kind, item.label, item.article, item.quote, 1, (line_of(item),))
    >>> answer = finish(ctx, "measures", "1 项举措", [group, group], [])
    >>> answer.heading, [line.label for line in answer.lines]
    ('1 项举措', ['加快建设数据中心'])
    """
    shown = groups[:MAX_GROUPS]
    lines: dict[str, Line] = {}
    for g in shown:
        for line in g.lines:
            lines.setdefault(line.node or f"{line.label}\0{line.quote}", line)
    note = "；".join(dict.fromkeys(p for p in (*ctx.where.split("；"), *note.split("；")) if p))  # the scope once
    return Answer(ctx.question, heading, tuple(lines.values()), intent, True, note, tuple(matched), tuple(shown),
                  max(0, len(groups) - MAX_GROUPS))


def not_found(ctx: Context, intent: str, names: Sequence[str], *, kinds: Sequence[str] | None = None,
              heading: str = "") -> Answer:
    """An honest "not in the graph", with the closest names and the forms that work on this graph.

    >>> from kg.ask.records import document_rows; from kg.extract import extract_document; from kg.model import Source
    >>> text = "发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。二是培育量子科技、生物制造等未来产业。\\n"
    >>> ctx = Context.of(index := Index.of_rows([document_rows(extract_document(Source("a.txt", text)))]), "", Scope())
    >>> not_found(ctx, "measures", ["海洋牧场"]).heading
    '图中没有「海洋牧场」'
    """
    suggestions: list[str] = []
    meant = [(name, near) for name in names if (near := close(ctx.index, normalize(name)))]
    for name in [near for _, near in meant] + list(names):
        for entry in closest(ctx.index, normalize(name), kinds)[:1 if name not in names else 5] if normalize(name) else ():
            text = f"{KIND[entry.kind]} {entry.label}"
            if text not in suggestions:
                suggestions.append(text)
    shown = "、".join(f"「{n}」" for n in names if n)
    where = f"（{ctx.where}）" if ctx.where else ""
    mean = "".join(f"——你是不是想问「{near}」（与「{name}」差一个字）" for name, near in meant)
    heading = heading or (f"图中没有{shown}{where}" if shown else f"问题中没有要查的名称{where}") + mean + \
        (f"；相近的名称：{'；'.join(suggestions[:5])}" if suggestions else "")
    return Answer(ctx.question, heading, (), intent, False, ctx.where, tuple(Match(n, "none", n) for n in names),
                  suggestions=tuple(suggestions[:8]), forms=tuple(example_questions(ctx.index)))


# -- measures for X -------------------------------------------------------------------------

def measures_answer(ctx: Context, name: str) -> Answer:
    """The measures that support every goal ``name`` matches (else every measure it matches, else the
    measures that mention the concept it names), one group per node, counted.

    >>> from kg.ask.records import document_rows; from kg.extract import extract_document; from kg.model import Source
    >>> text = "发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。二是培育量子科技、生物制造等未来产业。\\n"
    >>> ctx = Context.of(index := Index.of_rows([document_rows(extract_document(Source("a.txt", text)))]), "", Scope())
    >>> measures_answer(ctx, "数字经济").heading
    '「数字经济」：1 个目标的名称含它，共 2 项举措'
    """
    resolution, kind = resolve_statements(ctx, name, ("goal", "measure"))
    if resolution.found:
        if not ctx.index.count_below([e.node for e in resolution.entries]):
            wider = _broader(ctx, name, resolution)
            if wider is not None:
                return wider
        also = ctx.resolve(name, ("measure",)) if kind == "goal" else None
        if also is not None and not (also.found and also.how == resolution.how):
            also = None
        return measures_groups(ctx, resolution, kind, also=also, words=_words(ctx, resolution))
    concept = ctx.resolve(name, ("concept",))
    if concept.how in ("exact", "contains"):
        return mentioning_answer(ctx, concept, "measures")
    return not_found(ctx, "measures", [name])


def _broader(ctx: Context, name: str, narrow: Resolution) -> Answer | None:
    """When nothing supports what ``name`` matched (a clause that only mentions it), the goals of a wider name it
    holds: its core (人工智能发展 in 推动人工智能发展), else the most specific of the names inside it (可靠性 in
    制造业可靠性) whose goals some measures support."""
    options = []
    for wider in dict.fromkeys([core(narrow.used), *subjects_in(ctx.index, narrow.used)]):
        if wider == narrow.used or len(wider) < 2:
            continue
        found = ctx.resolve(wider, ("goal",))
        nodes = [e.node for e in found.entries]
        if found.how in ("exact", "contains") and ctx.index.count_below(nodes):
            options.append((len(nodes), -len(wider), wider, found))
    if not options:
        return None
    found = min(options)[3]
    answer = measures_groups(ctx, found, "goal")
    note = (f"名称含「{narrow.used}」的{len(narrow.entries)} 个目标或举措没有下位举措；按其中的「{found.used}」回答")
    return Answer(**{**answer.__dict__, "note": "；".join(p for p in (answer.note, note) if p),
                     "matched": (match_of(narrow, ""), *answer.matched)})


def _words(ctx: Context, resolution: Resolution) -> list[str]:
    """The names inside what a name matched (小微企业, 融资 in 小微企业融资), when it holds two or three."""
    if resolution.how not in ("core", "words"):  # no label holds the name as asked: widen to its words
        return []
    found = subjects_in(ctx.index, resolution.used, whole=False, rest=True)
    return found if 2 <= len(found) <= 3 else []


def goal_groups(ctx: Context, nodes: Iterable[str]) -> list[Group]:
    """One group per goal (or measure) of ``nodes``: the measures that support it, counted.

    >>> from kg.ask.records import document_rows; from kg.extract import extract_document; from kg.model import Source
    >>> text = "发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。二是培育量子科技、生物制造等未来产业。\\n"
    >>> ctx = Context.of(index := Index.of_rows([document_rows(extract_document(Source("a.txt", text)))]), "", Scope())
    >>> goals = resolve_statements(ctx, "发展数字经济", ("goal",))[0].entries
    >>> [(g.label, g.count) for g in goal_groups(ctx, [e.node for e in goals])]
    [('发展数字经济', 2)]
    """
    groups = []
    for item in ctx.index.items(dict.fromkeys(nodes)):
        measures = ctx.index.below(item.node)
        groups.append(Group(item.node, item.kind, item.label, item.article, item.quote, len(measures),
                            tuple(line_of(m) for m in measures)))
    return groups


def measures_groups(ctx: Context, resolution: Resolution, kind: str, *, also: Resolution | None = None,
                    intent: str = "measures", words: Sequence[str] = ()) -> Answer:
    """One group per goal matched, counted; then the goals whose names hold each of ``words`` (the names
    inside the one asked for: 融资 and 小微企业 for 小微企业融资); measures named like the goal
    (加快钢铁等行业绿色低碳转型 for 绿色低碳转型) come after them, each with the measures under it.

    >>> ctx = Context.of_text("发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。二是培育量子科技、生物制造等未来产业。\\n")
    >>> found = measures_groups(ctx, ctx.resolve("发展数字经济", ("goal",)), "goal")
    >>> [(g.label, [line.label for line in g.lines]) for g in found.groups]
    [('发展数字经济', ['加快建设数据中心', '培育量子科技、生物制造等未来产业'])]
    """
    nodes = list(dict.fromkeys(e.node for e in resolution.entries))
    groups = goal_groups(ctx, nodes[:MAX_GROUPS])
    holding = [i.node for i in ctx.index.goals_holding(words, ctx.docs) if i.node not in nodes] if words else []
    groups += goal_groups(ctx, holding[:MAX_GROUPS])
    covered = {line.node for g in groups for line in g.lines} | set(nodes) | set(holding)
    extra = []
    for item in ctx.index.items(e.node for e in (also.entries if also else ()) if e.node not in covered):
        measures = [item, *ctx.index.below(item.node)]
        extra.append(Group(item.node, item.kind, item.label, item.article, item.quote, len(measures),
                           tuple(line_of(m) for m in measures)))
    heading = _measures_heading(ctx, resolution, kind, nodes, groups)
    if holding:
        shown = "」「".join(words)
        heading += f"；另有 {len(holding)} 个目标的名称同时含「{shown}」，共 {ctx.index.count_below(holding)} 项举措"
    if extra:
        named = len({line.node for g in extra for line in g.lines} - covered)
        heading += f"；另有 {len(extra)} 项举措的名称含它（连同其下位举措共 {named} 项）"
    return finish(ctx, intent, heading, groups + extra, [match_of(resolution, kind)], how_of(resolution))


def _measures_heading(ctx: Context, resolution: Resolution, kind: str, nodes: list[str], groups: list[Group]) -> str:
    """What the goals (or measures) matched are and how many measures support them."""
    total = ctx.index.count_below(nodes)
    docs = len({e.document for e in resolution.entries})
    where = f"（{docs} 份文件）" if docs > 1 else ""
    sub = "项举措" if kind == "goal" else "项下位举措"
    if resolution.how == "exact" and len(nodes) == 1:
        return f"{KIND[kind]} {groups[0].label}（{groups[0].article}）由 {total} {sub}支撑"
    if kind == "measure":
        below = f"，其下共 {total} 项下位举措" if total else ""
        return f"没有目标的名称含「{resolution.used}」；{len(nodes)} 项举措{where}的名称{_contains(resolution)}{below}"
    unit = "个目标" if kind == "goal" else "项举措"
    return f"「{resolution.used}」：{len(nodes)} {unit}{where}的名称{_contains(resolution)}，共 {total} {sub}"


def _contains(resolution: Resolution) -> str:
    return "依次含它的各部分" if resolution.how == "words" else "含它"


def mentioning_answer(ctx: Context, resolution: Resolution, intent: str) -> Answer:
    """The goals and measures that mention the concepts matched, grouped by document.

    >>> from kg.ask.records import document_rows; from kg.extract import extract_document; from kg.model import Source
    >>> text = "发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。二是培育量子科技、生物制造等未来产业。\\n"
    >>> ctx = Context.of(index := Index.of_rows([document_rows(extract_document(Source("a.txt", text)))]), "", Scope())
    >>> mentioning_answer(ctx, ctx.resolve("未来产业", ("concept",)), "measures").heading
    '概念 未来产业：1 份文件的 1 项举措提及它'
    """
    concepts = list(dict.fromkeys(e.node for e in resolution.entries))
    items = [i for i in ctx.within(ctx.index.mentioning(concepts)) if intent != "measures" or i.kind == "measure"]
    by_doc: dict[str, list[Item]] = defaultdict(list)
    for item in items:
        by_doc[item.document].append(item)
    ranks = ctx.index.rank_of(by_doc)
    groups = [Group(doc, "article", found[0].article, found[0].article, "", len(found),
                    tuple(line_of(i, "提及") for i in found))
              for doc, found in sorted(by_doc.items(), key=lambda kv: ranks.get(kv[0], 0))]
    labels = "、".join(dict.fromkeys(e.label for e in resolution.entries[:5]))
    what = "举措" if intent == "measures" else "目标或举措"
    heading = f"概念 {labels}：{len(groups)} 份文件的 {len(items)} 项{what}提及它"
    note = f"没有目标或举措的名称含「{resolution.used}」；按概念的提及回答" if intent == "measures" else ""
    return finish(ctx, intent, heading, groups, [match_of(resolution, "concept")], note)


# -- goals a measure serves ------------------------------------------------------------------

def goals_answer(ctx: Context, name: str) -> Answer:
    """The goals served by every measure (or goal) ``name`` matches, directly or through the measures and
    headings above it (each shown, nearest first).

    >>> from kg.ask.records import document_rows; from kg.extract import extract_document; from kg.model import Source
    >>> text = "发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。二是培育量子科技、生物制造等未来产业。\\n"
    >>> ctx = Context.of(index := Index.of_rows([document_rows(extract_document(Source("a.txt", text)))]), "", Scope())
    >>> goals_answer(ctx, "加快建设数据中心").heading
    '举措 加快建设数据中心 服务于 1 个目标'
    """
    resolution, kind = resolve_statements(ctx, name, ("measure", "goal"))
    if not resolution.found:
        return not_found(ctx, "goals", [name], kinds=("goal", "measure"))
    groups = []
    for item in ctx.index.items(dict.fromkeys(e.node for e in resolution.entries)):
        above = ctx.index.above(item.node)
        lines = tuple(line_of(a, "服务于" if a.kind == "goal" else f"在上级举措之下（{depth} 层）") for a, depth in above)
        goals = sum(a.kind == "goal" for a, _ in above)
        groups.append(Group(item.node, item.kind, item.label, item.article, item.quote, goals, lines))
    goals = len({line.node for g in groups for line in g.lines if line.kind == "goal"})
    steps = len({line.node for g in groups for line in g.lines if line.kind == "measure"})
    via = f"（经由 {steps} 项上级举措）" if steps else ""
    if len(groups) == 1:
        heading = f"{KIND[kind]} {groups[0].label} 服务于 {goals} 个目标{via}"
        if not goals and steps:
            heading = f"{KIND[kind]} {groups[0].label} 没有写明服务的目标；它在 {steps} 项上级举措之下"
    else:
        unit = "个目标" if kind == "goal" else "项举措"
        heading = f"「{resolution.used}」：{len(groups)} {unit}的名称{_contains(resolution)}，共服务于 {goals} 个目标{via}"
    return finish(ctx, "goals", heading, groups, [match_of(resolution, kind)], how_of(resolution))


# -- totals ----------------------------------------------------------------------------------

def totals_answer(ctx: Context) -> Answer:
    """How many documents, goals, measures and concepts the graph (or the question's documents) holds.

    >>> from kg.ask.records import document_rows; from kg.extract import extract_document; from kg.model import Source
    >>> text = "发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。二是培育量子科技、生物制造等未来产业。\\n"
    >>> ctx = Context.of(index := Index.of_rows([document_rows(extract_document(Source("a.txt", text)))]), "", Scope())
    >>> totals_answer(ctx).heading
    '图中有 1 份文件、1 个目标、2 项举措、5 个概念'
    """
    meta = ctx.index.meta
    if ctx.docs is None:
        heading = (f"图中有 {meta['documents']} 份文件、{meta['goals']} 个目标、{meta['measures']} 项举措、"
                   f"{meta['concepts']} 个概念")
    else:
        items = ctx.index.rows("""SELECT SUM(kind = 0), SUM(kind = 1) FROM items
                                  WHERE doc IN (SELECT value FROM json_each(?))""", json.dumps(ctx.docs))[0]
        heading = f"{len(ctx.docs)} 份文件中有 {items[0] or 0} 个目标、{items[1] or 0} 项举措"
    return Answer(ctx.question, heading, (), "count", True, ctx.where, count_only=True)
