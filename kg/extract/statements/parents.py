"""The outline attacher: each block of an article's outline, read with the context the blocks before it
left, gives its statements their parents.

Headings support their parent heading or the article goal; a numbered item or a paragraph's short lead
sentence is the goal of what its paragraph says; an enumerated item (二是…) of the rest of its sentence
and of the sentences up to the next one; lead-less paragraphs serve the last lead before them. The
context is a frozen :class:`~kg.extract.statements.context.Context` passed from block to block; what is found goes to a
:class:`~kg.extract.statements.collect.Collector`.

>>> from kg.text.layout import layout
>>> from kg.model import Source
>>> text = "发展海洋经济\\n\\n张三 李四\\n\\n一是完善港口设施。要加快建设现代化港口群，深化港航协同。"
>>> facts = extract_statements(layout(Source("a.txt", text)).articles[0])
>>> [(s.kind.value, s.label) for s in facts.statements]
[('goal', '发展海洋经济'), ('measure', '完善港口设施'), ('measure', '加快建设现代化港口群'), ('measure', '深化港航协同')]
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract import cues
from kg.extract.statements.aims import PERIOD_HEAD, START_AIM, TARGETS_LEAD, closing_aim, overall_aim, year_aim
from kg.extract.statements.clauses import RECOGNISE, judged, modal_start, read_clause
from kg.extract.statements.collect import Collector
from kg.extract.statements.context import Context
from kg.extract.statements.goals import DOC_SUFFIX, article_goal
from kg.extract.statements.grounds import marks_past
from kg.extract.statements.labels import clean, identity, label, overlaps
from kg.extract.statements.letters import addressee
from kg.extract.statements.links import read_sentence
from kg.extract.statements.readings import SentenceReading
from kg.extract.statements.topics import bare_topic
from kg.model import Article, ArticleFacts, Genre, Kind, Level, Relation, Responsibility, Span
from kg.text.numbering import ARTICLE_MARK, ENUM_MARK, ORDINAL
from kg.text.outline import RESPONSIBLE, Block, Outline, outline
from kg.text.sentences import Sentence

LEAD_MAX = 34
# 具备下列条件：, 有下列情形之一的： — a list of conditions follows (not 提出以下意见：, 重点抓好以下工作：).
CONDITIONS_LEAD = re.compile(r"(?:下列|以下|如下)[^，。；]{0,8}(?:条件|情形|情况|材料|行为|资格|证明|文件)[^，。；]{0,6}$")
CONTAINER_PREFIX = re.compile(r"^(?:[\d〇零一二三四五六七八九十]{2,4}年|“[^”]{2,8}”时期|[^，。]{0,8}时期的?|今年|明年)")
JOINS = re.compile(r"和|与|及|、|以及")
PROPOSAL = re.compile(r"(?:的)?建议$")  # 2025年工作安排建议
JUDGMENT_HEAD = re.compile(r"^[^，。；]{0,12}?(?<![特求尤还也])(?:是|就是|正是)(?!否)")
NUMBERS_ONLY = re.compile(r"[\d一二三四五六七八九十、.．（）() ]+")
AGENCY_DETERMINER = re.compile(r"^(?:各(?![级类项个种地])|有关)+(?=.{4})")  # 各有关|省级人民政府; not 各级, 各类


def extract_statements(article: Article, *, outlined: Outline | None = None) -> ArticleFacts:
    """Goals, measures, supports and responsibilities of one article (pure), read from its outline
    (``outlined``; by default made here).

    >>> from kg.model import Paragraph
    >>> title = "关于发展海洋经济的意见"
    >>> art = Article("1", "a.txt", title=title, title_span=Span(0, len(title), title),
    ...               paragraphs=(Paragraph("要加快建设港口。", "body", ((0, 20),)),))
    >>> [s.label for s in extract_statements(art).statements]
    ['发展海洋经济', '加快建设港口']
    """
    out = Collector(article)
    ctx = _start(article, out)
    for block in (outlined or outline(article)).blocks:
        ctx = attach(block, ctx, out)
    return out.facts()


def _start(article: Article, out: Collector) -> Context:
    """The context before the first block: the goal the title states, whether the article is a regulation."""
    regulation = sum(1 for p in article.paragraphs if ARTICLE_MARK.match(p.text)) >= 3
    ctx = Context(regulation=regulation, commentary=article.genre is Genre.COMMENTARY, closing=closing_aim(article))
    if (goal := article_goal(article)) and article.title_span:
        ctx = replace(ctx, root=out.add(Kind.GOAL, goal, article.title_span, Level.ARTICLE))
    return ctx


def attach(block: Block, ctx: Context, out: Collector) -> Context:
    """One block read in its context: its statements and their parents go to ``out``; the context after it.

    >>> from kg.model import Paragraph
    >>> from kg.text.outline import block
    >>> out = Collector(Article("1", "a.txt"))
    >>> ctx = attach(block(Paragraph("一、完善港口设施", "heading", ((0, 0),))), Context(), out)
    >>> ctx = attach(block(Paragraph("要加快建设港口群。", "body", ((0, 9),))), ctx, out)
    >>> ctx.parent, [(s.label, t.label) for s, t in ((out.statements[x.source], out.statements[x.target])
    ...                                              for x in out.supports.values())]
    ('g1', [('加快建设港口群', '完善港口设施')])
    """
    if block.table or addressee(block.paragraph.text):
        return ctx  # a row of a table: cells are neither goals nor measures; nor is a letter's addressee line
    if block.heading is not None and block.whole_heading:
        return ctx if ctx.conditions and block.level else _heading(block, ctx, out)
    if ctx.conditions and block.level:
        return ctx  # an item of a list of conditions (具备下列条件：（一）…；)
    ctx = ctx.but(conditions=False)
    if ctx.in_review:
        return ctx
    return _paragraph(block, ctx, out)


def _paragraph(block: Block, ctx: Context, out: Collector) -> Context:
    """A paragraph: its item or lead, the aim of a year's work it names, its sentences; the context after it."""
    ctx, context, main, body = _opening(block, ctx, out)
    if ctx.opening and main is None and not block.ordinal and ctx.stack and ctx.stack[-1][1] is None:
        ctx = _year_aim(block, ctx, out)
        context = ctx.parent
    _, ctx = _read_body(body, context, ctx, out, item=main if block.ordinal else None, led=main is not None)
    ctx = _focus_after(block, ctx, main, body)
    if ctx.targets and not block.ordinal and ctx.stack and ctx.stack[-1][1] is None:
        ctx = _section_aim(block, ctx, out)
    if main and block.responsible:
        _responsible(block.responsible, main, out)
    return _after_paragraph(block, ctx)


def _after_paragraph(block: Block, ctx: Context) -> Context:
    """Only a section's opening paragraph names the aim of its targets; a year's work names its aim in its
    introduction, up to its targets; a colon after a list of conditions opens the list."""
    opening = ctx.opening and not block.level and bool(ctx.stack) and ctx.stack[-1][1] is None \
        and not any(TARGETS_LEAD.search(s.text) for s in block.sentences)
    return ctx.but(targets=False, opening=opening, conditions=_opens_conditions(block, ctx))


def _opening(block: Block, ctx: Context, out: Collector) -> tuple[Context, str | None, str | None, list[Sentence]]:
    """The item or lead a block opens with: (context, what its sentences serve, the item, the rest)."""
    context, body = ctx.parent, list(block.sentences)
    if block.heading is not None:  # a numbered item whose first sentence is its heading
        main, ctx = _item(block, ctx, out)
        return ctx, main, main, body
    main, ctx = _lead(block, ctx, out)
    if main is not None:
        carried = None if block.ordinal else main
        return replace(ctx, carried=carried, intro=False), context if block.ordinal else main, main, body[1:]
    if not block.level and ctx.carried:
        context = ctx.carried
    return ctx, context, None, body


def _focus_after(block: Block, ctx: Context, main: str | None, body: list[Sentence]) -> Context:
    """继续实施积极的财政政策。一是…: the paragraphs 二是…, 三是… that follow serve the lead (only); a paragraph
    without a lead that set an aim (X是Y的关键抓手) is what the enumerated paragraphs after it elaborate."""
    if main is not None and not block.ordinal and any(ORDINAL.match(s.text) for s in body):
        return replace(ctx, focus=main, focus_is_lead=True)
    if block.ordinal and main:
        return ctx
    return ctx.but(focus=ctx.aim if main is None and ctx.aim else None, focus_is_lead=False)


def _opens_conditions(block: Block, ctx: Context) -> bool:
    """具备下列条件：: the numbered items after the block are conditions, not statements; so are the items of
    a regulation's article whose lead states nothing (下列所得，…，均为…所得：)."""
    last = block.sentences[-1].text if block.sentences else ""
    return block.paragraph.text.rstrip().endswith(("：", ":")) and (
        bool(CONDITIONS_LEAD.search(last)) or (ctx.regulation and _states_nothing(block)))


def _states_nothing(block: Block) -> bool:
    """An article whose lead states nothing enumerates what its terms cover (definitions, scopes, cases)."""
    last = block.sentences[-1] if block.sentences else block.heading
    return last is not None and not read_sentence(last).found


def _heading(block: Block, ctx: Context, out: Collector) -> Context:
    """A heading supports its parent heading or the article goal; a container or a review is no statement."""
    assert block.heading is not None
    level = block.level or 1
    stack = ctx.within(level)
    core = label(ENUM_MARK.sub("", block.heading.text))
    review = bool(cues.REVIEW_HEADINGS.search(core) or GLOSSARY.search(core))
    in_review = review or (ctx.in_review and level > 1)
    ctx = replace(ctx, stack=stack, carried=None, focus=None, focus_is_lead=False, intro=True, in_review=in_review,
                  targets=False, opening=False)
    if review or in_review or not core or _container(core, block, ctx):
        return replace(ctx, stack=(*stack, (level, None)), targets=not review and "目标" in core,
                       opening=not review and bool(PERIOD_HEAD.match(core)))
    key = _restates_root(core, ctx, out) or out.add(_kind(Kind.GOAL, core, ctx), core, block.heading.span, Level.SECTION)
    if key != ctx.root:
        out.link(key, ctx.parent, Relation.PART_OF, block.heading.span)
    return replace(ctx, stack=(*stack, (level, key)))


# A glossary (名词解释, 附件2 名词解释, 注释): what the report's terms mean, often what was decided before; like a review,
# nothing in it is a statement of the report.
GLOSSARY = re.compile(r"^(?:附件\s*\d*\s*[：:]?\s*)?(?:名词解释|名词注释|词语解释|注释)$")


def _container(core: str, block: Block, ctx: Context) -> bool:
    """总体要求, 主要任务, 2026年重点工作, 关于外交工作, 第一章 总则: a heading that names no goal."""
    plain = CONTAINER_PREFIX.sub("", core, count=1)
    if cues.CONTAINER_HEAD.search(plain) or cues.FURNITURE_HEADINGS.search(core) or core.startswith("关于"):
        return True
    if _joined_containers(plain) or _judgment(core) or _plan_part(plain) or bare_topic(core):
        return True
    if block.chapter or (ctx.regulation and block.level):
        return read_clause(core) is None
    return bool(NUMBERS_ONLY.fullmatch(core))


def _plan_part(plain: str) -> bool:
    """试点任务, 工作进度, 实施步骤: a heading that names a part of the plan by what it is about (one word, or words
    that state no action), not an action on it (强化保障措施).

    >>> _plan_part("试点任务"), _plan_part("实施步骤"), _plan_part("强化保障措施"), _plan_part("发展数字经济")
    (True, True, False, False)
    """
    m = cues.PLAN_PART.match(plain)
    return m is not None and (len(m["about"]) <= 2 or cues.action_start(plain) is None)


def _judgment(core: str) -> bool:
    """经济全球化是大势所趋: a heading that judges (a copula, 判断句) names no goal; what is under it serves the heading above.

    >>> _judgment("经济全球化是大势所趋"), _judgment("扩大内需特别是居民消费需求"), _judgment("发展海洋经济")
    (True, False, False)
    """
    if judged(core) or RECOGNISE.search(core) or marks_past(core):
        return True  # 形成新质生产力的过程也是…的过程; 新质生产力已经在实践中形成: a judgment or a report
    return bool(JUDGMENT_HEAD.match(core)) and not cues.action_start(core) and read_clause(core) is None


def _joined_containers(plain: str) -> bool:
    """2025年经济社会发展总体要求和政策取向, 形势和任务, 国际形势和我们的对外政策, 2025年工作安排建议: containers
    joined (by 和, 与, 及, 、) or proposed: one part is a container and no part states anything."""
    parts = [p for p in JOINS.split(PROPOSAL.sub("", plain)) if p]
    return any(cues.CONTAINER_HEAD.search(p) for p in parts) and all(read_clause(p) is None for p in parts)


def _restates_root(core: str, ctx: Context, out: Collector) -> str | None:
    """A heading that says the article goal again is that goal."""
    if not ctx.root:
        return None
    root = identity(out.label_of(ctx.root))
    mine = identity(DOC_SUFFIX.sub("", core))
    return ctx.root if mine and (mine in root or root in mine) else None


def _section_aim(block: Block, ctx: Context, out: Collector) -> Context:
    """The goal a section of targets names at the end of its opening paragraph (…，确保基本实现社会主义
    现代化取得决定性进展。): the targets listed after it serve that goal."""
    last = next((s for s in reversed(block.sentences) if s.clauses), None)
    if last is None or re.search("[：:]", block.paragraph.text) or cues.NUMERAL.search(last.text):
        return ctx  # a paragraph that lists the targets itself (主要目标是：…，城镇化率达到58%) names no aim
    text = clean(last.clauses[-1].text)
    reading = read_clause(text)
    if reading is None or not (reading.kind is Kind.GOAL or cues.outcome_end(text)):
        return ctx
    key = out.add(Kind.GOAL, reading.label, last.span, Level.SECTION)
    if key is None:
        return ctx
    if ctx.root and key != ctx.root:
        out.link(key, ctx.root, Relation.PART_OF, last.span)
    return replace(ctx, stack=(*ctx.stack[:-1], (ctx.stack[-1][0], key)))


def _year_aim(block: Block, ctx: Context, out: Collector) -> Context:
    """The aim of a year's work (:func:`~kg.extract.statements.aims.year_aim`): the paragraph and the headings below serve
    it; it serves the article goal (a 总体要求's aim, else the closing appeal's), or is the article goal."""
    aim = year_aim(block)
    if aim is None:
        return ctx
    for sentence in block.sentences if ctx.root is None else ():  # 总体要求是：…，实现…良好开局，奋力谱写…篇章
        root, ctx = _overall_aim(sentence, ctx, out)
        if root is not None:
            break
    if ctx.root is None:
        root = out.add(Kind.GOAL, *(ctx.closing or aim), Level.ARTICLE)
        ctx = replace(ctx, root=root, root_from_title=False)
        if ctx.closing is None:
            return replace(ctx, stack=(*ctx.stack[:-1], (ctx.stack[-1][0], root)))
    key = out.add(Kind.GOAL, aim[0], aim[1], Level.SECTION)
    if key is None:
        return ctx
    if key != ctx.root:
        out.link(key, ctx.root, Relation.PART_OF, aim[1])
    return replace(ctx, stack=(*ctx.stack[:-1], (ctx.stack[-1][0], key)))


def _item(block: Block, ctx: Context, out: Collector) -> tuple[str | None, Context]:
    """A numbered item ((十五)提高待遇水平。…): its first sentence is a statement the rest serves."""
    assert block.heading is not None
    level = block.level
    stack = ctx.within(level)
    ctx = replace(ctx, stack=stack, carried=None)
    reading = read_clause(block.heading.text)
    if reading is None or cues.CONTAINER_HEAD.search(reading.label):
        ctx = replace(ctx, stack=(*stack, (level, None)))
        return ctx.parent, ctx
    key = out.add(_kind(reading.kind, reading.label, ctx), reading.label, block.heading.span, Level.ITEM)
    out.link(key, ctx.parent, Relation.SUPPORTS, block.heading.span)
    return key, replace(ctx, stack=(*stack, (level, key)))


def _lead(block: Block, ctx: Context, out: Collector) -> tuple[str | None, Context]:
    """A paragraph opened by a short statement: the goal of the rest of the paragraph."""
    if len(block.sentences) < 2 and not block.ordinal:
        return None, ctx
    first = _unmarked(block.sentences[0])
    restated = _topic_restated(first, ctx, out)
    if restated:
        first = _without_first_clause(first)  # 履行好…职责使命，就要Y。: the paragraph is about Y
    if len(first.clauses) != 1 and not block.ordinal and not restated:
        return None, ctx
    text = clean(first.clauses[0].text) if first.clauses else ""
    reading = (read_clause(first.clauses[0].text if restated else text)) if text else None
    if reading is None or len(reading.label) > LEAD_MAX or cues.CONTAINER_HEAD.search(reading.label) \
            or cues.modal(text) or cues.MODAL_START.match(text):
        return None, ctx  # an obligation (X不得…) is a measure of its own, not the lead of what follows
    key = out.add(_kind(reading.kind, reading.label, ctx), reading.label, first.span, Level.ITEM)
    if block.ordinal and ctx.focus:  # 一是…, 二是… after a sentence that set the aim they elaborate
        out.link(key, ctx.focus, Relation.SUPPORTS, first.span)
        if ctx.focus_is_lead:
            return _rest_of_lead(key, first, ctx, out)
    out.link(key, ctx.parent, Relation.SUPPORTS, first.span)
    return _rest_of_lead(key, first, ctx, out)


def _topic_restated(first: Sentence, ctx: Context, out: Collector) -> bool:
    """履行好…职责使命，就要深刻理解…: a paragraph that opens by restating the goal it serves, then a modal clause; the
    modal clause is the paragraph's lead (the 论 of an editorial series, the paragraphs of a theory article)."""
    if len(first.clauses) < 2 or not ctx.parent or not modal_start(first.clauses[1].text):
        return False
    mine = identity(clean(first.clauses[0].text))
    return bool(mine) and len(mine) >= 4 and mine in identity(out.label_of(ctx.parent))


def _rest_of_lead(key: str | None, first: Sentence, ctx: Context, out: Collector) -> tuple[str | None, Context]:
    if len(first.clauses) > 1:
        _, ctx = _read_body([_without_first_clause(first)], key, ctx, out)
    return key, ctx


def _read_body(sentences: list[Sentence], context: str | None, ctx: Context, out: Collector, *,
              item: str | None = None, led: bool = False) -> tuple[str | None, Context]:
    """The sentences of a paragraph: an enumerated item (二是…) is the goal of the rest of its
    sentence and of the sentences up to the next item; what it stands for stays their goal too.
    ``item`` is the item the paragraph opened with (一是…), a sibling of the items that follow.
    Returns the paragraph's focus (a purpose its first sentence set) and the context after it."""
    focus: str | None = None
    for sentence in sentences:
        if ORDINAL.match(sentence.text) and sentence.clauses:
            sentence = _unmarked(sentence)
            reading = read_clause(sentence.clauses[0].text)
            if reading is not None:
                item = out.add(_kind(reading.kind, reading.label, ctx), reading.label, sentence.span, Level.ITEM)
                out.link(item, focus or context, Relation.SUPPORTS, sentence.span)
                if focus and context:
                    out.link(item, context, Relation.SUPPORTS, sentence.span)
                _, ctx = _read_sentence_in(_without_first_clause(sentence), item, ctx, out, focus or context)
                continue
        found, ctx = _read_sentence_in(sentence, item or focus or context, ctx, out, (focus or context) if item else None)
        if found and item is None and focus is None and not led:
            focus = found  # a purpose the first sentence sets, unless a lead already said what the paragraph serves
    return focus, ctx


def _read_sentence_in(sentence: Sentence, context: str | None, ctx: Context, out: Collector,
                     also: str | None = None) -> tuple[str | None, Context]:
    """Add a sentence's statements, serving ``context`` (and ``also``, an outer context);
    returns its focus (a purpose the rest of the paragraph serves) and the context after it."""
    if not sentence.clauses:
        return None, ctx
    ctx = ctx.but(aim=None)
    if ctx.root is None:
        aim, ctx = _overall_aim(sentence, ctx, out)
        if aim is not None:
            context, also = aim, None
    reading = read_sentence(sentence, commentary=ctx.commentary)
    keys: list[str | None] = []
    for found in reading.found:
        if found.role == "document":
            key, ctx = _purpose_of_document(found.reading.label, sentence.span, ctx, out)
        else:
            kind = _kind(found.reading.kind, found.reading.label, ctx) if not found.role else found.reading.kind
            level = Level.THESIS if kind is Kind.GOAL else Level.ACTION
            key = out.add(kind, found.reading.label, sentence.span, level)
        keys.append(key)
    for x, y, relation in reading.links:
        out.link(keys[x], keys[y], relation, sentence.span)
    _attach_found(reading, keys, context, also, ctx, out, sentence.span)
    if reading.aim is not None:
        ctx = ctx.but(aim=keys[reading.aim])
    if reading.focus is not None and keys[reading.focus]:
        return keys[reading.focus], ctx
    return None, ctx


def _kind(kind: Kind, label: str, ctx: Context) -> Kind:
    """The kind of a statement; in a regulation, a figure it sets (扣除期限最长不超过240个月, 在80000元限额内据实扣除)
    is a provision, a measure, not a target to reach: a regulation's ends are the purposes it states.

    >>> _kind(Kind.GOAL, "扣除期限最长不超过240个月", Context(regulation=True)).value
    'measure'
    """
    return Kind.MEASURE if ctx.regulation and kind is Kind.GOAL and cues.NUMERAL.search(label) else kind


def _attach_found(reading: SentenceReading, keys: list[str | None], context: str | None, also: str | None, ctx: Context,
                  out: Collector, span: Span) -> None:
    """Each statement of a sentence not linked inside it serves ``context`` (and ``also``); a purpose, an aim
    or a thesis of an introduction is served by the context instead."""
    sources = {x for x, _, _ in reading.links}
    targets = {y for _, y, _ in reading.links}
    thesis = ctx.intro and context is not None and context == ctx.parent and ctx.commentary
    for i, key in enumerate(keys):
        role = reading.found[i].role
        if key is None or key == context or role == "document":
            continue
        if role in ("aim", "needs") or (role == "purpose" and i not in sources and i not in targets):
            out.link(context, key, Relation.PURPOSE, span)
        elif thesis and reading.found[i].reading.kind is Kind.GOAL:
            out.link(context, key, Relation.PURPOSE, span)
        else:
            out.link(key, context, Relation.SUPPORTS, span)
            if also and role != "purpose":
                out.link(key, also, Relation.SUPPORTS, span)


def _purpose_of_document(text: str, evidence: Span, ctx: Context, out: Collector) -> tuple[str | None, Context]:
    """A purpose the document states for itself: the article goal when there is none, else one it serves."""
    if ctx.root is None:
        root = out.add(Kind.GOAL, text, evidence, Level.ARTICLE)
        return root, replace(ctx, root=root, root_from_title=False)
    if ctx.root_from_title and overlaps(text, out.label_of(ctx.root)):
        return None, ctx  # the title said it already
    key = out.add(Kind.GOAL, text, evidence, Level.THESIS)
    out.link(ctx.root, key, Relation.PURPOSE, evidence)
    return key, ctx


def _overall_aim(sentence: Sentence, ctx: Context, out: Collector) -> tuple[str | None, Context]:
    """The aim of a 总体要求 sentence, the article goal; a start's aim (…良好开局) serves the closing appeal's aim."""
    if (aim := overall_aim(sentence)) is None:
        return None, ctx
    closing = ctx.closing if START_AIM.search(sentence.clauses[-1].text) else None
    root = key = out.add(Kind.GOAL, *(closing or aim), Level.ARTICLE)
    if closing is not None:
        key = out.add(Kind.GOAL, aim[0], aim[1], Level.SECTION)
        out.link(key, root, Relation.SUPPORTS, aim[1])
    return key, replace(ctx, root=root, root_from_title=False)


def _responsible(span: Span, measure: str, out: Collector) -> None:
    """（…等负责）: the agencies that carry out an item; the first leads where the document says so."""
    m = RESPONSIBLE.search(span.text)
    if not m:
        return
    who = re.sub(r"(?:等)?(?:分别|按职责(?:分工)?|牵头)?$", "", m["who"])
    names = [AGENCY_DETERMINER.sub("", n.strip()) for n in re.split(r"[、，,]|等(?:和|及|以及|与)", who) if n.strip()]
    lead_all = "牵头" in m.group(0) and "列第一位" not in m.group(0)
    first_leads = any("列第一位者为牵头单位" in p.text for p in out.article.paragraphs)
    for i, name in enumerate(names):
        leads = lead_all or (i == 0 and len(names) > 1 and first_leads)
        out.responsibilities.append(Responsibility(measure, name, leads, span))


def _unmarked(sentence: Sentence) -> Sentence:
    """第一，着力整治…乱象。: a sentence whose first clause is only its ordinal mark, without that clause."""
    mark = sentence.clauses[0].text.strip(" \u3000") if sentence.clauses else ""
    if len(sentence.clauses) > 1 and (m := ORDINAL.match(mark + "，")) and m.end() >= len(mark):
        return _without_first_clause(sentence)
    return sentence


def _without_first_clause(sentence: Sentence) -> Sentence:
    return replace(sentence, clauses=sentence.clauses[1:])
