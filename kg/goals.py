"""Goals, measures and the support links between them, read from the structure of an article.

What this stage reads (all general cues, see :mod:`kg.cues`):

* the headline (or the core of an official title) is the article goal;
  section headings are section goals that support it, nested by numbering;
* a paragraph led by a short action sentence, or an enumerated item
  (一是…, （一）…, 1. …), is a measure of the section it stands in;
* the finer actions inside a measure's paragraph are measures of that measure;
* purpose patterns give links: X是Y的关键抓手, 以X推动Y, 通过X为Y…,
  为Y提供X, X有助于Y, 把X作为Y的主攻方向, and "X，要…" makes X a goal
  that the actions after 要 serve;
* agencies in parentheses after a measure (（…等负责）) are responsibilities.

>>> from kg.layout import layout
>>> from kg.model import Source
>>> text = "发展人工智能\\n\\n张三 李四\\n\\n一是夯实算力基础。要加快形成全国一体化算力体系，深化人工智能研发应用。"
>>> facts = extract_goals(layout(Source("a.txt", text)).articles[0])
>>> [(s.kind, s.label) for s in facts.statements]
[('goal', '发展人工智能'), ('measure', '夯实算力基础'), ('measure', '加快形成全国一体化算力体系'), ('measure', '深化人工智能研发应用')]
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from kg import cues
from kg.layout import is_heading
from kg.model import Article, ArticleFacts, Paragraph, Responsibility, Span, Statement, Support

MAX_LABEL = 40
LEAD_MAX = 32
TRIM = "，,。；;：:、！？!?“”‘’\"'《》（）() \u3000"
SENTENCE_END = "。！？!?"
CLAUSE_END = "，,；;：:"
ROLE = (
    r"(?:(?:重要|关键|核心|有力|主要|根本|战略|物质技术|坚实|强大|新的?|首要|根本性|主攻)*"
    r"(?:抓手|支撑|方向|引擎|推动力|驱动力|动力|要求|途径|基础|基石|保障|关键|内容|着力点|突破口|必由之路|举措|前提|资源|路径))"
)
IS_ROLE = re.compile(rf"^(?P<x>[^，。；：]{{2,40}}?)[，,]?是(?P<y>[^，。；：]{{2,50}})的{ROLE}$")
MAKE_ROLE = re.compile(rf"^把(?P<x>[^，。；]{{2,30}}?)作为(?P<y>[^，。；]{{2,40}})的{ROLE}$")
MEANS_VERBS = "推动|促进|带动|培育|引领|支撑|助力|赋能|服务|保障|提升|实现|加快|推进|激发|构建|打造|增强"
BY_MEANS = re.compile(rf"^以(?P<x>[^，。；为]{{2,30}}?)(?P<y>(?:{MEANS_VERBS})[^，。；]{{2,40}})$")
THROUGH = re.compile(rf"^通过(?P<x>[^，。；]{{2,30}}?)(?:为(?P<y1>[^，。；]{{2,30}}?)(?:蓄势赋能|赋能|提供|奠定|创造|注入|打下)"
                     rf"|(?P<y2>(?:{MEANS_VERBS})[^，。；]{{2,40}}))")
PROVIDE = re.compile(r"^为(?P<y>[^，。；]{2,40}?)(?:提供|奠定|创造|注入|打下|作出|贡献)")
PURPOSE = re.compile(r"^为(?:了)?(?P<y>(?:加快|推动|推进|促进|实现|进一步|全面|深入|更好|切实|加强|完善)[^，。；]{2,40})$")
HELPS = re.compile(r"^(?P<x>[^，。；]{2,30}?)(?:有助于|有利于|能够促进|将有力推动)(?P<y>[^，。；]{2,40})$")
TOPIC = re.compile(r"^(?P<x>[^，。；：]{4,24}?)[，,]?(?<![重主只想紧必首])(?:要|需要|必须|应当)(?!求)")
RESPONSIBLE = re.compile(r"[（(](?P<who>[^（）()]{2,200}?)(?:等)?(?:分别|按职责|牵头)?负责[^（）()]*[）)]\s*$")
TITLE_CORE = re.compile(
    r"^.*?关于(?P<core>.+?)的(?:指导意见|实施意见|若干意见|意见|通知|决定|方案|规划|办法|批复|复函|通报|报告|纲要)$"
)
GOAL_TAIL = re.compile(r"(?:水平|建设|工作)$")


@dataclass
class _Builder:
    """Collects statements and links for one article, merging repeated goals."""

    article: Article
    statements: dict[str, Statement] = field(default_factory=dict)
    by_identity: dict[str, str] = field(default_factory=dict)
    supports: dict[tuple[str, str], Support] = field(default_factory=dict)
    responsibilities: list[Responsibility] = field(default_factory=list)

    def add(self, kind: str, label: str, evidence: Span, level: str) -> str | None:
        """The key of a new (or, for a repeated goal, the existing) statement; None for an empty label."""
        label = clean_label(label)
        if not label or cues.EVALUATIVE.search(label):
            return None
        identity = _identity(label)
        if kind == "goal" and identity in self.by_identity:
            return self.by_identity[identity]
        key = f"{kind[0]}{len(self.statements) + 1}"
        self.statements[key] = Statement(key, kind, label, evidence, self.article.key, level)
        if kind == "goal":
            self.by_identity[identity] = key
        return key

    def link(self, source: str | None, target: str | None, relation: str, evidence: Span) -> None:
        if source and target and source != target and (target, source) not in self.supports:
            self.supports.setdefault((source, target), Support(source, target, relation, evidence))

    def facts(self) -> ArticleFacts:
        return ArticleFacts(self.article, tuple(self.statements.values()), tuple(self.supports.values()),
                            tuple(self.responsibilities))


def clean_label(text: str) -> str:
    """Trim punctuation and markers; cut to a concise phrase.

    >>> clean_label("一是夯实算力基础。")
    '夯实算力基础'
    """
    text = cues.strip_filler(cues.ENUM_MARK.sub("", text.strip(" \u3000")).strip(TRIM))
    if len(text) > MAX_LABEL:
        cut = max(text.rfind(c, 0, MAX_LABEL) for c in "，、的和与及")
        text = text[: cut if cut > MAX_LABEL // 2 else MAX_LABEL]
    if text.count("“") != text.count("”") or text.count("（") != text.count("）"):
        text = text.replace("“", "").replace("”", "").replace("（", "").replace("）", "")
    return text.strip(TRIM)


def _identity(label: str) -> str:
    text = unicodedata.normalize("NFKC", label)
    text = "".join(ch for ch in text if not (ch.isspace() or unicodedata.category(ch)[0] in "PS"))
    return GOAL_TAIL.sub("", text) or text


@dataclass(frozen=True)
class _Piece:
    """A sentence or clause: text and its position in the paragraph."""

    text: str
    start: int


def sentences(text: str) -> list[_Piece]:
    """Split at 。！？ outside quotes.

    >>> [p.text for p in sentences("要加快。“不是。”也要做。")]
    ['要加快。', '“不是。”也要做。']
    """
    return _split(text, SENTENCE_END)


def clauses(sentence: _Piece) -> list[_Piece]:
    """Split a sentence at ，；： outside quotes and brackets."""
    return [_Piece(p.text, sentence.start + p.start) for p in _split(sentence.text, CLAUSE_END + SENTENCE_END)]


OPENERS, CLOSERS = "“‘「『（(《", "”’」』）)》"
_MARKS: dict[str, re.Pattern[str]] = {}


def _split(text: str, ends: str) -> list[_Piece]:
    marks = _MARKS.get(ends)
    if marks is None:
        marks = _MARKS[ends] = re.compile("[" + re.escape(OPENERS + CLOSERS + ends) + "]")
    out, start, depth = [], 0, 0
    for m in marks.finditer(text):
        i, ch = m.start(), m.group()
        if ch in OPENERS:
            depth += 1
        elif ch in CLOSERS:
            depth = max(depth - 1, 0)
        elif ch in ends and depth == 0:
            out.append(_Piece(text[start:i + 1], start))
            start = i + 1
    if text[start:].strip():
        out.append(_Piece(text[start:], start))
    return out


def _span(para: Paragraph, piece: _Piece) -> Span:
    text = piece.text.rstrip(TRIM)
    lead = len(piece.text) - len(piece.text.lstrip(TRIM))
    return para.span(piece.start + lead, piece.start + len(text))


def article_goal(article: Article) -> str | None:
    """The goal a title states: a headline, or the core of 关于…的意见.

    >>> article_goal(Article("1", "a", title="国务院关于加快推进农业机械化的指导意见"))
    '加快推进农业机械化'
    >>> article_goal(Article("1", "a", title="政府工作报告")) is None
    True
    """
    title = article.title
    if not title:
        return None
    if core := TITLE_CORE.match(title):
        return core["core"]
    if title.endswith(("报告", "条例", "通知", "批复", "复函", "决定", "令", "讲话")):
        return None
    return title


def extract_goals(article: Article) -> ArticleFacts:
    """Goals, measures, supports and responsibilities of one article (pure)."""
    reader = _Reader(_Builder(article))
    reader.start()
    for i, para in enumerate(article.paragraphs):
        nxt = article.paragraphs[i + 1] if i + 1 < len(article.paragraphs) else None
        reader.paragraph(para, nxt)
    return reader.builder.facts()


@dataclass
class _Reader:
    builder: _Builder
    root: str | None = None
    stack: list[tuple[int, str | None]] = field(default_factory=list)
    in_thesis: bool = True
    in_review: bool = False
    focus: str | None = None

    def start(self) -> None:
        art = self.builder.article
        label = article_goal(art)
        if label and art.title_span:
            self.root = self.builder.add("goal", label, art.title_span, "article")

    def parent(self) -> str | None:
        return next((key for _, key in reversed(self.stack) if key), None) or self.root

    def paragraph(self, para: Paragraph, nxt: Paragraph | None) -> None:
        text = para.text
        if para.kind == "heading" or _lone_heading(text):
            self.heading(para)
        elif not self.in_review:
            lead = _lead(text)
            if lead is not None:
                self.measure(para, lead)
            else:
                self.prose(para, nxt)

    def heading(self, para: Paragraph) -> None:
        text = para.text
        level = cues.numbered_level(text) or 1
        while self.stack and self.stack[-1][0] >= level:
            self.stack.pop()
        label = clean_label(text)
        self.in_thesis, self.focus = False, None
        self.in_review = bool(cues.REVIEW_HEADINGS.search(label)) or (self.in_review and level > 1)
        if (self.in_review or cues.GENERIC_HEADINGS.match(label) or not label
                or cues.FURNITURE_HEADINGS.search(cues.ENUM_MARK.sub("", text.strip(" \u3000")))):
            self.stack.append((level, None))
            return
        span = _span(para, _Piece(text, 0))
        key = self.builder.add("goal", label, span, "section")
        self.builder.link(key, self.parent(), "partOf", span)
        self.stack.append((level, key))

    def measure(self, para: Paragraph, lead: _Piece) -> None:
        body, who = _split_responsibility(para.text)
        span = _span(para, lead)
        level = cues.numbered_level(para.text)
        while level and self.stack and self.stack[-1][0] >= level:
            self.stack.pop()
        key = self.builder.add("measure", lead.text, span, "item")
        parent = self.focus or self.parent()
        self.builder.link(key, parent, "supports", span)
        if level:
            self.stack.append((level, key))
        self.in_thesis = False
        rest = _Piece(body[lead.start + len(lead.text):], lead.start + len(lead.text))
        for sentence in sentences(rest.text):
            sentence = _Piece(sentence.text, rest.start + sentence.start)
            self.actions(para, sentence, key)
        if who and key:
            self.responsible(para, key, who)

    def actions(self, para: Paragraph, sentence: _Piece, parent: str | None) -> None:
        evidence = _span(para, sentence)
        for clause in clauses(sentence):
            aim = cues.AIM.match(cues.ENUM_MARK.sub("", clause.text.strip(" \u3000")).strip(TRIM))
            if aim:  # 以Y为目标: what the surrounding goal or measure is for
                self.builder.link(parent, self.builder.add("goal", aim["y"], evidence, "thesis"), "purpose", evidence)
                continue
            label = _action(clause.text)
            if label:
                key = self.builder.add("measure", label, evidence, "action")
                self.builder.link(key, parent, "supports", evidence)

    def prose(self, para: Paragraph, nxt: Paragraph | None) -> None:
        body, _ = _split_responsibility(para.text)
        focus = None
        for sentence in sentences(body):
            found = self.patterns(para, sentence)
            focus = focus or found
        if nxt is not None and _lead(nxt.text) is not None and cues.ENUM_MARK.match(nxt.text):
            self.focus = focus
        elif nxt is not None and _lead(nxt.text) is None:
            self.focus = None

    def patterns(self, para: Paragraph, sentence: _Piece) -> str | None:
        """Purpose patterns and modal actions of one sentence; returns the sentence's focus goal."""
        b, evidence = self.builder, _span(para, sentence)
        parts = clauses(sentence)
        topic: str | None = None
        focus: str | None = None
        for i, clause in enumerate(parts):
            text = clause.text.rstrip(TRIM)
            if aim := cues.AIM.match(cues.ENUM_MARK.sub("", text.strip(" \u3000")).strip(TRIM)):
                b.link(topic or self.parent() or self.first_goal(), b.add("goal", aim["y"], evidence, "thesis"),
                       "purpose", evidence)
            elif m := IS_ROLE.match(text) or MAKE_ROLE.match(text):
                x = b.add("goal", _trim_subject(m["x"]), evidence, "thesis")
                y = b.add("goal", _trim_subject(m["y"]), evidence, "thesis")
                b.link(x, y, "purpose", evidence)
                focus = focus or x
                self.thesis(x, evidence)
                topic = x
            elif ((m := BY_MEANS.match(text)) and not re.match(r"^以[^，]*为", text)) or (m := THROUGH.match(text)):
                y_text = m.groupdict().get("y") or m.groupdict().get("y1") or m.groupdict().get("y2")
                y = b.add("goal", y_text or "", evidence, "thesis")
                x = b.add("goal" if self.in_thesis else "measure", m["x"], evidence, "thesis")
                b.link(x, y, "means", evidence)
                self.thesis(y, evidence)
                topic = topic or y
            elif (m := PROVIDE.match(text)) or (m := PURPOSE.match(text)):
                y = b.add("goal", m["y"], evidence, "thesis")
                b.link(topic or self.parent(), y, "purpose", evidence)
                self.thesis(y, evidence)
            elif m := HELPS.match(text):
                x = b.add("goal", _trim_subject(m["x"]), evidence, "thesis")
                y = b.add("goal", _trim_subject(m["y"]), evidence, "thesis")
                b.link(x, y, "purpose", evidence)
            elif i == 0 and (m := TOPIC.match(sentence.text)) and cues.action_start(m["x"]) is not None:
                topic = b.add("goal", m["x"], evidence, "thesis")
                b.link(topic, self.parent(), "partOf", evidence)
                self.thesis(topic, evidence)
        if cues.MODALS.search(sentence.text):
            self.modal_actions(para, sentence, topic or focus or self.parent() or self.first_goal())
        return focus

    def modal_actions(self, para: Paragraph, sentence: _Piece, parent: str | None) -> None:
        """Actions after 要/必须/需要 in a sentence of prose serve the paragraph's goal."""
        match = cues.MODALS.search(sentence.text)
        assert match is not None
        tail = _Piece(sentence.text[match.start():], sentence.start + match.start())
        self.actions(para, tail, parent)

    def thesis(self, goal: str | None, evidence: Span) -> None:
        if not (self.in_thesis and self.root and goal and goal != self.root):
            return
        statements = self.builder.statements
        if _identity(statements[goal].label) not in _identity(statements[self.root].label):  # not a restatement
            self.builder.link(self.root, goal, "supports", evidence)

    def first_goal(self) -> str | None:
        return next((k for k, s in self.builder.statements.items() if s.kind == "goal"), None)

    def responsible(self, para: Paragraph, measure: str, who: _Piece) -> None:
        names = [n.strip() for n in re.split(r"[、，,]", _responsible_names(who.text)) if n.strip()]
        span = _span(para, who)
        lead_all = "牵头" in who.text and "列第一位" not in who.text
        for i, name in enumerate(names):
            lead = lead_all or (i == 0 and len(names) > 1 and _lead_first(self.builder.article))
            self.builder.responsibilities.append(Responsibility(measure, name, lead, span))


def _lead_first(article: Article) -> bool:
    return any("列第一位者为牵头单位" in p.text for p in article.paragraphs)


def _responsible_names(text: str) -> str:
    m = RESPONSIBLE.search(text)
    return re.sub(r"(?:等)?(?:分别|按职责|牵头)?$", "", m["who"]) if m else ""


def _split_responsibility(text: str) -> tuple[str, _Piece | None]:
    m = RESPONSIBLE.search(text)
    if not m:
        return text, None
    return text[: m.start()], _Piece(m.group(0), m.start())


def _trim_subject(text: str) -> str:
    text = re.sub(r"^(?:我们|我国|这|这是|其|它|要|必须|只有)", "", text.strip(TRIM))
    return re.sub(r"(?:既|也|就|都|则|更|正|还|已经|已|仍然|仍|始终|一直)$", "", text)


def _lone_heading(text: str) -> bool:
    """A numbered line that is one short sentence: a heading printed as a paragraph."""
    parts = sentences(text)
    return (len(parts) == 1 and cues.numbered_level(text) > 0 and len(text) <= 45
            and not _split_responsibility(text)[1]) or (cues.numbered_level(text) > 0 and is_heading(text))


def _lead(text: str) -> _Piece | None:
    """The opening short sentence of a paragraph when it states a measure."""
    first = sentences(text)[0] if text else None
    if first is None or (len(sentences(text)) < 2 and not cues.ENUM_MARK.match(text)):
        return None
    marked = bool(cues.ENUM_MARK.match(first.text))
    label = clean_label(first.text)
    if not label or len(label) > LEAD_MAX or cues.GENERIC_HEADINGS.match(label):
        return None
    if re.search(rf"的{ROLE}$", label) or ("，" in label and not marked):
        return None
    if marked or cues.action_start(label):
        return first
    return None


def _action(clause: str) -> str | None:
    """The action a clause states, or None.

    >>> _action("还要强化安全治理。"), _action("在战略层面，"), _action("以习近平新时代中国特色社会主义思想为指导")
    ('强化安全治理', None, None)
    """
    text = cues.ENUM_MARK.sub("", clause.strip(" \u3000")).strip(TRIM)
    text = cues.strip_filler(text)
    if cues.GUIDANCE.match(text):
        return None
    if re.match(r"^(?:以|从)[^，]{2,30}?(?:为|入手|着手|出发)", text) or re.match(r"^通过", text):
        return clean_label(text) if len(text) > 5 else None
    found = cues.action_start(text)
    if not found or len(clean_label(found)) < 4:
        return None
    return clean_label(found)
