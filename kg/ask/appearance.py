"""Where a name appears: the documents whose text holds it (or an alias of the concept it names),
each counted by the sentences that hold it and shown with the goals and measures that mention it;
listed by document, or by province or year when the question asks "which provinces / years".

>>> from kg.extract import extract_document
>>> from kg.model import Source
>>> from kg.ask.answers import Context
>>> from kg.ask.index import Index
>>> from kg.ask.records import document_rows
>>> text = "发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。数据中心要绿色低碳。\\n"
>>> index = Index.of_rows([document_rows(extract_document(Source("a.txt", text)))])
>>> articles_answer(Context(index, "数据中心出现在哪里"), "数据中心").heading
'「数据中心」出现在 1 份文件中（共 2 处），其中 2 个目标或举措提到它'
"""

from __future__ import annotations

from collections import defaultdict

from kg.ask.answers import MAX_GROUPS, Answer, Context, Group, Line, Match, finish, how_of, line_of, match_of, not_found
from kg.ask.keys import normalize
from kg.ask.names import Resolution
from kg.ask.records import Item

SHOWN_PASSAGES = 5  # sentences shown for a document whose goals and measures do not mention the name


def articles_answer(ctx: Context, name: str, *, by: str = "") -> Answer:
    """The documents whose text holds ``name`` (or an alias of the concept it names exactly), counted by
    document, or by ``by`` ("region" or "year").

    >>> text = "发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。二是培育量子科技、生物制造等未来产业。\\n"
    >>> ctx = Context.of_text(text)
    >>> articles_answer(ctx, "未来产业").heading
    '「未来产业」出现在 1 份文件中（共 1 处），其中 1 个目标或举措提到它'
    """
    concept = ctx.resolve(name, ("concept",))
    terms = _terms(ctx, name, concept)
    hits, statements = _found(ctx, terms, [e.node for e in concept.exact])
    if not hits and not statements:
        fixed = ctx.resolve(name, ("goal", "measure", "concept"))
        if fixed.how == "typo":
            found = articles_answer(ctx, fixed.used, by=by)
            return Answer(**{**found.__dict__, "note": "；".join(p for p in (found.note, how_of(fixed)) if p),
                             "matched": (match_of(fixed, ""), *found.matched)})
        return not_found(ctx, "articles", [name])
    groups = _document_groups(ctx, terms, hits, statements)
    shown = "、".join(dict.fromkeys(terms))
    said = len({i.node for i in statements})
    mentioned = f"，其中 {said} 个目标或举措提到它" if said else "，没有目标或举措的名称或原文提到它"
    match = Match(name, "concept" if concept.exact else "quote", shown, "concept" if concept.exact else "",
                  len(groups))
    if by in ("region", "year"):
        return _listed(ctx, groups, by, shown, mentioned, match)
    heading = f"「{shown}」出现在 {len(groups)} 份文件中（共 {sum(hits.values())} 处）{mentioned}"
    return finish(ctx, "articles", heading, groups, [match])


def _terms(ctx: Context, name: str, concept: Resolution) -> list[str]:
    """The texts to look for: the name, and every name of the concept it names exactly (its aliases)."""
    terms = [normalize(name)]
    for node in dict.fromkeys(e.node for e in concept.exact):
        terms += [normalize(n) for n in ctx.index.names_of(node)]
    return [t for t in dict.fromkeys(terms) if len(t) >= 2 or t == terms[0]]


def _found(ctx: Context, terms: list[str], concepts: list[str]) -> tuple[dict[str, int], list[Item]]:
    """(document -> times its text holds one of ``terms``, the goals and measures that hold or mention them)."""
    hits: dict[str, int] = {}
    statements: dict[str, Item] = {}
    for term in terms:
        for doc, count in ctx.index.text_hits(term, ctx.docs).items():
            hits[doc] = hits.get(doc, 0) + count
        for item in ctx.index.statements_with(term, ctx.docs):
            statements.setdefault(item.node, item)
    for item in ctx.within(ctx.index.mentioning(concepts)) if concepts else ():
        statements.setdefault(item.node, item)
    return hits, list(statements.values())


def _document_groups(ctx: Context, terms: list[str], hits: dict[str, int], statements: list[Item]) -> list[Group]:
    said: dict[str, list[Item]] = defaultdict(list)
    for item in statements:
        said[item.document].append(item)
    ranks = ctx.index.rank_of(set(hits) | set(said))
    names = {d.node: d.name for d in ctx.index.documents("node IN (SELECT value FROM json_each(?))",
                                                           _json(set(hits) | set(said)))}
    groups = []
    for n, doc in enumerate(sorted(set(hits) | set(said), key=lambda d: ranks.get(d, 0))):
        items = sorted(said.get(doc, []), key=lambda i: i.start)
        shown = [] if items or n >= MAX_GROUPS else [p for t in terms for p in ctx.index.passages(t, doc, limit=SHOWN_PASSAGES)]
        lines = [line_of(i, "提到") for i in items] or [Line(p.text, p.text, p.article, "原文", "", "passage")
                                                        for p in shown[:SHOWN_PASSAGES]]
        note = f"{len(items)} 个目标或举措提到它" if items else "原文中的句子"
        quote = lines[0].quote if lines else ""
        groups.append(Group(doc, "article", names.get(doc, doc), names.get(doc, doc), quote, hits.get(doc, 0) or len(items),
                            tuple(lines), note))
    return groups


def _json(values: set[str]) -> str:
    import json

    return json.dumps(sorted(values))


def _listed(ctx: Context, groups: list[Group], by: str, shown: str, mentioned: str, match: Match) -> Answer:
    """Groups of documents by province or by year, each counted (documents), listing its documents."""
    documents = {d.node: d for d in ctx.index.documents()} if groups else {}
    keyed: dict[str, list[Group]] = defaultdict(list)
    for g in groups:
        d = documents.get(g.node)
        if d is None:
            keyed["（不明）"].append(g)
            continue
        keyed[(d.region or "（全国或未标明省份）") if by == "region" else (f"{d.year}年" if d.year else "（年份不明）")].append(g)
    order = sorted(keyed, key=lambda k: (k.startswith("（"), k)) if by == "region" else sorted(keyed)
    out = [Group(k, by, k, "", keyed[k][0].quote, len(keyed[k]),
                 tuple(Line(g.label, g.quote, g.label, f"{g.count} 处", g.node, "article") for g in keyed[k]))
           for k in order]
    unit = "个省份" if by == "region" else "个年份"
    named = [k for k in keyed if not k.startswith("（")]
    inside = sum(len(keyed[k]) for k in named)
    rest = len(groups) - inside
    other = f"；另有 {rest} 份{'全国或未标明省份' if by == 'region' else '年份不明'}的文件" if rest else ""
    heading = f"「{shown}」出现在 {len(named)} {unit}的 {inside} 份文件中{other}{mentioned}"
    return finish(ctx, "articles", heading, out, [match])
