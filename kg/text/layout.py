"""Layout: a decoded source split into articles with their metadata and paragraphs.

A newspaper page holds several articles, each with an optional column and
headline, an author line, body paragraphs and an author note "(作者系…)";
page furniture (本版编辑, 美编, 来稿邮箱) is page metadata, never content.
An official document is one article whose title may be broken over lines,
with a 文号, a speaker or an issuer and a date. Lines that the page layout
broke mid-sentence are joined in both.

>>> page = layout(Source("a.txt", "数字经济\\n\\n张三 李四\\n\\n要发展数字经济，推动数字\\n\\n产业化。\\n"))
>>> [(a.title, a.authors) for a in page.articles]
[('数字经济', ('张三', '李四'))]
>>> page.articles[0].paragraphs[0].text
'要发展数字经济，推动数字产业化。'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from kg.model import Article, Genre, Page, Paragraph, Source, Span
from kg.text.lines import (
    AUTHOR_NOTE,
    BYLINE,
    CJK,
    COLUMN_TAG,
    DATE,
    DATELINE,
    DAY_DIGITS,
    DOC_TYPE,
    EDITORS_NOTE,
    EDITORS_SIGN,
    FURNITURE,
    ISSUER,
    NAME,
    SPEAKER,
    YEAR_DIGITS,
    Head,
    LineKind,
    classify,
    is_author_line,
    is_heading,
    iso_date,
)
from kg.text.normalize import matching_text
from kg.text.profile import province_of
from kg.text.wrapped import SPACES, Unit, joined

__all__ = ["SPACES", "is_heading", "layout"]

EDITOR = re.compile(rf"(?:本版编辑|责任编辑|美编|美术编辑|图片编辑|版式设计)[:：\s]*({NAME})")
TITLE_OCCASION = re.compile(rf"[（(]?[—―-]{{0,2}}\s*{YEAR_DIGITS}年{DAY_DIGITS}月{DAY_DIGITS}日在.{{2,60}}?(?:会议|大会)上[）)]?$")
# Who a report speaks for: 我代表省人民政府，向大会报告工作 / 我代表第十八届中央委员会向大会作报告.
ON_BEHALF = re.compile(rf"^(?:现在，)?我代表(?P<who>[{CJK}]{{2,20}}?)[，,]?向(?:大会|会议)")
PLACE = re.compile(rf"(?:\d{{4}}年?)?(?P<place>[{CJK}]{{2,9}}?(?:省|自治区|市|州|县|区))(?:人民)?政府工作报告")
BARE_PLACE = re.compile(rf"\d{{4}}年?(?P<place>[{CJK}]{{2,4}}?)(?:人民)?政府工作报告")
# 一、2024年工作回顾: a review of the year before; 二、2005年工作总体部署: the year's work.
REVIEW_YEAR = re.compile(r"(?P<year>(?:19|20)\d{2})年[^，。]{0,12}回顾")
WORK_YEAR = re.compile(r"^(?:[一二三四五六七八九十]+、)?(?P<year>(?:19|20)\d{2})年(?!工作回顾)")
# Who a national government work report is given by, or to: 国务院, 中央人民政府, 全国人民代表大会.
NATIONAL_BODY = re.compile(r"国务院|中央人民政府|全国人民代表大会")
SUBTITLE = re.compile(r"^[—―-]{1,2}")  # ——论学习贯彻…精神: the subtitle under a headline
PROMULGATION = re.compile(r"^(?P<issuer>.{2,20})令$")
# The issuer that opens a title (国务院办公厅关于印发…的通知, 某某省发展和改革委员会关于…的意见).
TITLE_ISSUER = re.compile(rf"^(?P<issuer>[{CJK}、]{{2,40}}?(?:国务院|办公厅|人民政府|委员会|部|局|署|院|中央|军委|厅|办公室))"
                          r"(?:关于|转发|批转|印发)")


def layout(source: Source) -> Page:
    """Split a source into articles. Pure: text in, records out.

    The layout, and every stage after it, reads the matching text (:func:`kg.text.normalize.matching_text`:
    full-width narrowed, traditional simplified), which keeps every character in place; the page keeps the
    source, and each paragraph the source's own characters, so that every quote is a slice of the source by
    offsets.

    >>> art = layout(Source("a.txt", "关于发展海洋经济的意见\\n国发〔2024〕1号\\n要加快建设港口。\\n")).articles[0]
    >>> art.title, art.identifier, [p.text for p in art.paragraphs]
    ('关于发展海洋经济的意见', '国发〔2024〕1号', ['要加快建设港口。'])
    >>> art = layout(Source("b.txt", "關於發展經濟的意見\\n\\n到２０３０年，這個產業增長５％。\\n")).articles[0]
    >>> art.title, art.paragraphs[0].text, art.paragraphs[0].span(0, 16).quote
    ('关于发展经济的意见', '到2030年，这个产业增长5%。', '到２０３０年，這個產業增長５％。')
    """
    matching = matching_text(source.text)
    if matching == source.text:
        return _layout(source)
    return _quoted(_layout(replace(source, text=matching)), source)


def _quoted(page: Page, source: Source) -> Page:
    """``page``, read from the matching form of ``source``, quoting ``source`` itself."""
    articles = tuple(replace(a, title_span=a.title_span and _requoted(a.title_span, source.text),
                             paragraphs=tuple(_with_quotes(p, source.text) for p in a.paragraphs))
                     for a in page.articles)
    return replace(page, source=source, articles=articles)


def _with_quotes(paragraph: Paragraph, original: str) -> Paragraph:
    ends = [at for at, _ in paragraph.anchors[1:]] + [len(paragraph.text)]
    quotes = "".join(original[source_at:source_at + end - at] for (at, source_at), end in zip(paragraph.anchors, ends, strict=True))
    return paragraph if quotes == paragraph.text else replace(paragraph, quotes=quotes)


def _requoted(span: Span, original: str) -> Span:
    quote = _BREAK.sub("", original[span.start:span.end])
    return span if quote == span.quote else Span(span.start, span.end, quote, span.quote)


def _layout(source: Source) -> Page:
    units = _without_editors_note(joined(source.text))
    if any(is_author_line(u.text, surname_ok=False) or AUTHOR_NOTE.match(u.text) for u in units) \
            or any(BYLINE.match(u.text) or DATELINE.match(u.text) for u in units[:5]):
        return _newspaper(source, units)
    page = _official(source, units)
    if any(COLUMN_TAG.search(u.text) for u in units[:2]) or _signed(page.articles[0]):  # one commentary
        return replace(page, articles=tuple(replace(a, genre=Genre.COMMENTARY) for a in page.articles))
    return page


def _signed(article: Article) -> bool:
    """A theory article printed as its headline, its author's institution and its body: no number, no issuer, no
    speaker, and no kind of document, speech or report in its title (在…会议上的讲话 and 工作要点 stay official).

    >>> _signed(layout(Source("a.txt", "坚持以人民为中心\\n某某大学马克思主义学院\\n要坚持人民至上。\\n")).articles[0])
    True
    """
    title = article.title or ""
    return bool(article.affiliation) and not (article.identifier or article.issuer or article.authors) \
        and not DOC_TYPE.search(title) and not re.search(r"报告|讲话|要点|总结|计划", title)


def _paragraph(unit: Unit, kind: str | None = None) -> Paragraph:
    return Paragraph(unit.text, kind or ("heading" if is_heading(unit.text) else "body"),
                     tuple(unit.anchors))


@dataclass
class _Draft:
    headings: list[Unit] = field(default_factory=list)
    authors: tuple[str, ...] = ()
    affiliation: str | None = None
    paragraphs: list[Paragraph] = field(default_factory=list)

    def empty(self) -> bool:
        return not self.paragraphs and not self.authors


def _newspaper(source: Source, units: list[Unit]) -> Page:
    articles: list[Article] = []
    furniture: list[str] = []
    editors: list[str] = []
    draft = _Draft()

    def close() -> None:
        nonlocal draft
        if draft.paragraphs:
            articles.append(_article_from(draft, source, len(articles) + 1))
        draft = _Draft()

    for i, unit in enumerate(units):
        text = unit.text
        if FURNITURE.match(text):
            furniture.append(text)
            editors += EDITOR.findall(text)
            close()
        elif AUTHOR_NOTE.match(text):
            draft.affiliation = re.sub(r"^[（(]\s*作者(?:系|为|是|单位)|[）)]$", "", text).strip()
            close()
        elif BYLINE.match(text) and not draft.paragraphs:
            draft.authors = (text,)
        elif is_author_line(text, surname_ok=bool(draft.headings)) and not draft.paragraphs:
            draft.authors = tuple(re.split(r"[ \u3000]+", text))
        elif is_author_line(text, surname_ok=False) and i and is_heading(units[i - 1].text):
            heading = draft.paragraphs.pop()
            close()
            draft.headings = [Unit(heading.text, list(heading.anchors))]
            draft.authors = tuple(re.split(r"[ \u3000]+", text))
        elif is_heading(text) and draft.empty():
            draft.headings.append(unit)
        else:
            draft.paragraphs.append(_paragraph(unit))
    close()
    return Page(source, tuple(articles), tuple(editors), tuple(furniture))


def _article_from(draft: _Draft, source: Source, number: int) -> Article:
    title = column = None
    title_span = None
    if draft.headings:
        titles = [h for h in draft.headings if not SUBTITLE.match(h.text)] or draft.headings
        head = titles[-1]
        title = head.text
        title_span = _verbatim_span([head], source.text)
        before = draft.headings[:draft.headings.index(head)]
        if before:
            column = "".join(h.text for h in before)
    return Article(str(number), source.name, title=title, column=column, authors=draft.authors,
                   affiliation=draft.affiliation, title_span=title_span,
                   paragraphs=tuple(draft.paragraphs), genre=Genre.COMMENTARY)


# What a web page saved as text keeps around a document: breadcrumbs, font and share controls, source and
# time labels with their values on the next line.
WEB_LABEL = re.compile(r"^(?:来源|时间|发表时间|发布时间|阅读量|阅读|浏览次数|作者|编辑|责任编辑)\s*[:：]$")
WEB_CONTROL = re.compile(r"^(?:首页|[>＞»]|【?字体[:：]?|】|[大中小]|分享[:：]?|打印|关闭|收藏|【打印】|【关闭】|字号[:：]?|"
                         r"\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)$")


def _without_editors_note(units: list[Unit]) -> list[Unit]:
    """The units without an editor's note near the head: a paragraph opened by 编者按, or the paragraph before a
    line signed ——编者, and that line."""
    out = [u for i, u in enumerate(units) if not (i < 20 and EDITORS_NOTE.match(u.text))]
    sign = next((i for i, u in enumerate(out[:20]) if EDITORS_SIGN.match(u.text)), None)
    if sign is None:
        return out
    return out[:max(sign - 1, 1)] + out[sign + 1:]


def _web_furniture(units: list[Unit]) -> set[int]:
    """Indexes of the units at the head of a document that a saved web page added."""
    out: set[int] = set()
    head = units[:40]
    for i, unit in enumerate(head):
        text = unit.text
        if WEB_CONTROL.match(text) or (">" in text and text.count(">") >= 2 and len(text) < 80):
            out.add(i)
            if text in (">", "＞", "»"):
                out.update(j for j in (i - 1, i + 1) if 0 <= j < len(head))
        elif WEB_LABEL.match(text):
            out.add(i)
            if i + 1 < len(head) and len(head[i + 1].text) <= 20:
                out.add(i + 1)
    return out


@dataclass
class _Document:
    """An official document as its lines are read: metadata, furniture, title lines, body, authors."""

    meta: dict[str, str] = field(default_factory=dict)
    furniture: list[str] = field(default_factory=list)
    title: list[Unit] = field(default_factory=list)
    body: list[Unit] = field(default_factory=list)
    authors: tuple[str, ...] = ()
    occasion: bool = False  # the line before opened an occasion that may go on on the next line

    def head(self) -> Head:
        """What the lines read so far gave, as the classifiers see it."""
        return Head(frozenset(self.meta), len(self.body), self.body[-1].text if self.body else "", bool(self.authors),
                    tuple(u.text for u in self.title), self.occasion)

    def take(self, unit: Unit) -> None:
        """One more line, placed where its classifier says."""
        line = classify(unit.text, self.head())
        self.occasion = line.kind is LineKind.OCCASION and not unit.text.endswith("上")
        if line.kind is LineKind.SIGNATURE:
            self.body.pop()
        self.meta.update(line.fields)
        for key, value in line.defaults:
            self.meta.setdefault(key, value)
        if line.authors:
            self.authors = line.authors
        if line.kind in (LineKind.FURNITURE, LineKind.TITLE_AGAIN):
            self.furniture.append(unit.text)
        elif line.kind is LineKind.TITLE:
            self.title.append(unit)
        elif line.kind is LineKind.BODY:
            self.body.append(unit)


def _official(source: Source, units: list[Unit]) -> Page:
    """An official document: its head lines classified (:mod:`kg.text.lines`), then its title and issuer."""
    doc = _Document()
    web = _web_furniture(units)
    doc.furniture += [units[i].text for i in sorted(web)]
    for i, unit in enumerate(units):
        if i not in web:
            doc.take(unit)
    doc.body = _strip_signature(doc.body, doc.meta)
    if not doc.authors and "speaker" in doc.meta:
        doc.authors, doc.meta["role"] = (doc.meta["speaker"],), doc.meta["speaker_role"]
    title, title_span = _titled(doc, source)
    meta = doc.meta
    if "issuer" not in meta and (who := _issuer(doc.body, title, source.name, meta.get("role", ""))):
        meta["issuer"] = who
    article = Article(
        "1", source.name, title=title, authors=doc.authors, affiliation=meta.get("role"),
        identifier=meta.get("identifier"), issuer=meta.get("issuer"), issued=meta.get("issued"),
        title_span=title_span, paragraphs=tuple(_paragraph(u) for u in doc.body),
        year=None if "issued" in meta or "identifier" in meta else _year(doc.body, source.name),
    )
    return Page(source, (article,), (), tuple(doc.furniture))


def _titled(doc: _Document, source: Source) -> tuple[str | None, Span | None]:
    """The title: its lines; under an order (…令), what it promulgates; else the first heading of the body;
    without an occasion printed after it; else the file's name."""
    meta = doc.meta
    title, title_span = _title(doc.title, source.text)
    if title and (order := PROMULGATION.match(title)) and "identifier" in meta:
        meta["identifier"] = title + meta["identifier"]  # 中华人民共和国国务院令 + 第706号
        organ = re.sub(r"^中华人民共和国", "", order["issuer"])
        meta.setdefault("issuer", organ if len(organ) > 2 else order["issuer"])  # 国务院; 中华人民共和国主席
        title, title_span = _promulgated(doc.body, source.text)
        doc.authors = ()  # 总理 李克强 signs the order; the regulation has no author
        meta.pop("role", None)
    if title is None and doc.body and is_heading(doc.body[0].text) and classify(doc.body[0].text, Head()).kind is LineKind.TITLE:
        title, title_span = _title([doc.body.pop(0)], source.text)  # no numbered heading, no note in brackets
    if title and (m := TITLE_OCCASION.search(title)) and m.start() > 0:
        title = title[: m.start()]
        meta.setdefault("issued", iso_date(m.groups()))
    if title is None:
        title = _title_from_name(source.name)
    return title, title_span


def _year(body: list[Unit], name: str) -> int | None:
    """The year a document without a date is for: the year after the one its review heading looks back on
    (一、2024年工作回顾), else the year its file name opens with, else the year of its year's work heading
    (二、2005年工作总体部署).

    >>> _year([Unit("一、2024年工作回顾"), Unit("要加快发展。")], "报告.txt"), _year([], "gwr/1980_政府工作报告.txt")
    (2025, 1980)
    """
    headings = [u.text for u in body if is_heading(u.text)]
    if review := next((m for h in headings if (m := REVIEW_YEAR.search(h))), None):
        return int(review["year"]) + 1
    if stem := re.match(r"(\d{4})(?!\d)", name.rsplit("/", 1)[-1]):
        return int(stem.group(1))
    work = next((m for h in headings if (m := WORK_YEAR.match(h))), None)
    return int(work["year"]) if work else None


def _promulgated(body: list[Unit], source_text: str) -> tuple[str | None, Span | None]:
    """The title of what an order (…令) promulgates: the first heading naming a 条例, 规定, 办法 or 法."""
    for i, unit in enumerate(body[:8]):
        if is_heading(unit.text) and re.search(r"(?:条例|规定|办法|细则|决定|法)$", unit.text):
            del body[: i + 1]
            return _title([unit], source_text)
    return None, None


def _title_from_name(name: str) -> str | None:
    """A document printed without a title line is named by its file: '1995_政府工作报告.txt' -> 政府工作报告.

    >>> _title_from_name("gwr/1995_政府工作报告.txt"), _title_from_name("a.txt")
    ('政府工作报告', None)
    """
    stem = name.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    stem = re.sub(r"^[\d_\-\s.年]+", "", stem)
    return stem if re.fullmatch(rf"[{CJK}]{{2,30}}", stem) and DOC_TYPE.search(stem) else None


def _issuer(body: list[Unit], title: str | None, name: str, role: str = "") -> str | None:
    """Who issues a document that carries no signature: the body a report speaks for, or the one its title opens with."""
    if who := _on_behalf(body, (title, name.replace("_", ""))):
        return who
    opener = TITLE_ISSUER.match(title or "")
    if opener:
        return opener["issuer"]
    return "国务院" if _national_report([Unit(role), *body], title, name) else None


def _national_report(body: list[Unit], title: str | None, name: str) -> bool:
    """A government work report that names no province in its title or file name and speaks of the State
    Council or to the National People's Congress: the State Council's report.

    >>> _national_report([Unit("各位代表："), Unit("现在，我代表国务院，向大会作政府工作报告。")], "政府工作报告", "r.txt")
    True
    >>> _national_report([Unit("认真落实国务院部署。")], "政府工作报告", "2026_海南省_政府工作报告.txt")
    False
    """
    if not (title or "").endswith("政府工作报告") or province_of(re.sub(r"^\d{4}年?", "", title or ""), lead=True):
        return False
    if any(province_of(part, lead=True) for part in name.rsplit("/", 1)[-1].split("_")):
        return False
    return any(NATIONAL_BODY.search(u.text) for u in body)


def _on_behalf(body: list[Unit], names: tuple[str | None, ...]) -> str | None:
    """The body a report speaks for (我代表国务院…), named in full: 省政府 of 甘肃省 is 甘肃省人民政府."""
    for unit in body[:6]:
        if m := ON_BEHALF.match(unit.text):
            who = m["who"]
            unit_name = re.match(r"^(?:省|市|自治区|州|县|区)(?=(?:人民)?政府)", who)
            place = next((p["place"] for n in names if n and (p := PLACE.search(n))), None)
            bare = next((p["place"] for n in names if n and (p := BARE_PLACE.search(n))), None)
            if unit_name and place:
                who = place + "人民政府"
            elif unit_name and bare:
                who = (province_of(bare, lead=True) or bare + unit_name.group()) + "人民政府"
            return who
    return None


def _title(units: list[Unit], source_text: str) -> tuple[str | None, Span | None]:
    if not units:
        return None, None
    text = "".join(re.sub(rf"(?<=[{CJK}])[ \u3000]+(?=[{CJK}])", "", u.text) for u in units)
    return text, _verbatim_span(units, source_text)


_BREAK = re.compile(f"[{SPACES}]*\n[{SPACES}]*")


def _verbatim_span(units: list[Unit], source_text: str) -> Span:
    """The source from the first unit's start to the last one's end, line breaks taken out."""
    last = units[-1]
    start = units[0].anchors[0][1]
    end = last.anchors[-1][1] + len(last.text) - last.anchors[-1][0]
    return Span(start, end, _BREAK.sub("", source_text[start:end]))


def _strip_signature(body: list[Unit], meta: dict[str, str]) -> list[Unit]:
    """Issuer and date lines at the end of a document become metadata."""
    tail = list(body)
    while tail:
        text = tail[-1].text
        if (date := DATE.match(text)) and "signed" not in meta:
            meta["signed"] = iso_date(date.groups())
            meta.setdefault("issued", meta["signed"])
        elif ISSUER.match(text) and "issuer" not in meta and "signed" in meta:
            meta["issuer"] = text
        elif (speaker := SPEAKER.match(text)) and "speaker" not in meta and "signed" in meta:
            meta["speaker"] = re.sub(r"[ \u3000]", "", speaker["name"])
            meta["speaker_role"] = speaker["role"]
        else:
            break
        tail.pop()
    return tail
