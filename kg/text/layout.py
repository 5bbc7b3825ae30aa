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
from dataclasses import dataclass, field

from kg.model import Article, Genre, Page, Paragraph, Source, Span
from kg.text.numbering import HEADING_MARK, ORDINAL

TERMINAL = "。！？!?；;：:…”’」』)）】"
INNER_PUNCT = re.compile(r"[，。；！？,;!?]")
SPACES = " \t\u3000\u00a0\ufeff"
CJK = r"\u4e00-\u9fff"
NAME = rf"[{CJK}]{{2,4}}"
AUTHOR_LINE = re.compile(rf"^{NAME}(?:[ \u3000]+{NAME}){{1,5}}$")
SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏"
    "魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵"
    "万钱严覃武戴莫孔向汤习温朱胡江邓刘华赵"
)
AUTHOR_NOTE = re.compile(r"^[（(]\s*作者(?:系|为|是|单位)[^）)]*[）)]$")
# The credit line a newspaper's site prints under a reprinted article (《 人民日报 》（ 2018年06月06日 07 版）) and
# a note on where a text comes from (（…在…会议上讲话的一部分）, ※这是…讲话的节选): furniture; the credit line dates the text.
CREDIT = re.compile(
    r"^《\s*[^》]{2,12}?\s*》\s*[（(]\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:第\s*)?\d{1,2}\s*版\s*[）)]$")
ORIGIN_NOTE = re.compile(r"^(?:[（(][^（）()]{4,120}|※[^（）()]{4,120})(?:的一部分|节选|有删节|摘编|摘要)[。]?[）)]?$")
FURNITURE = re.compile(
    r"^(?:本版编辑|责任编辑|美编|美术编辑|来稿邮箱|投稿邮箱|版式设计|图片编辑|校对|来源\s*[:：]|时间\s*[:：]|"
    r"\d{4}年\d{1,2}月\d{1,2}日\s*\d{1,2}(?:时|:)\d{1,2}|\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}|"
    r"[（(](?:此件公开发布|本文有删减|略)[）)])|[\w.+-]+@[\w-]+\.[\w.]+|本报记者.*摄$|.*记者.{1,12}摄$"
    rf"|{CREDIT.pattern[1:-1]}$|{ORIGIN_NOTE.pattern[1:]}"
)
EDITOR = re.compile(rf"(?:本版编辑|责任编辑|美编|美术编辑|图片编辑|版式设计)[:：\s]*({NAME})")
DOC_NUMBER = re.compile(rf"^[{CJK}]{{1,10}}[〔\[［(（]\d{{4}}[〕\]］)）]\d+号$|^第\d+号$|^[{CJK}]{{1,6}}第\d+号$")
SPEAKER = re.compile(
    rf"^(?!关于|在)(?P<role>[{CJK}]{{0,14}}?(?:总理|副总理|主席|代主席|省长|代省长|市长|代市长|书记|代表))"
    rf"[ \u3000]*(?P<name>[{CJK}](?:[ \u3000]*[{CJK}]){{1,3}}|[{CJK}]{{1,6}}(?:·[{CJK}]{{1,6}}){{1,2}})$"
)
DATE = re.compile(
    r"^[（(]?([\d〇零一二三四五六七八九]{4})年([\d一二三四五六七八九十]{1,3})月([\d一二三四五六七八九十]{1,3})日[)）]?$"
)
DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "○": 0}
_Y, _MD = r"([\d〇零○一二三四五六七八九]{4})", r"([\d一二三四五六七八九十]{1,3})"
SUBTITLE_DATE = re.compile(rf"^[—―-]{{1,2}}.*?{_Y}年{_MD}月{_MD}日")
# A report's occasion printed without dashes: 2025年1月20日在四川省第十四届人民代表大会第四次会议上
OCCASION = re.compile(rf"^[—―-]{{0,2}}\s*{_Y}年{_MD}月{_MD}日在.{{2,60}}(?:会议|大会)上$")
# The occasion and the speaker on one line: …会议上浙江省代省长刘捷作政府工作报告 / 北京市市长 殷勇同志作政府工作报告
OCCASION_SPEAKER = re.compile(
    rf"^[—―-]{{0,2}}\s*{_Y}年{_MD}月{_MD}日在.{{2,60}}?(?:会议|大会)上[ \u3000]*"
    rf"(?P<role>[{CJK}]{{0,14}}?(?:总理|省长|代省长|市长|代市长|主席|代主席))[ \u3000]*"
    rf"(?P<name>[{CJK}]{{2,3}}?)(?:同志)?[ \u3000]*作.{{0,8}}?报告[。]?"
)
OCCASION_END = re.compile(r"^.{2,40}(?:会议|大会)上$")  # the second line of an occasion broken in two
TITLE_OCCASION = re.compile(rf"[（(]?[—―-]{{0,2}}\s*{_Y}年{_MD}月{_MD}日在.{{2,60}}?(?:会议|大会)上[）)]?$")
# Who a report speaks for: 我代表省人民政府，向大会报告工作 / 我代表第十八届中央委员会向大会作报告.
ON_BEHALF = re.compile(rf"^(?:现在，)?我代表(?P<who>[{CJK}]{{2,20}}?)[，,]?向(?:大会|会议)")
PLACE = re.compile(rf"(?:\d{{4}}年?)?(?P<place>[{CJK}]{{2,9}}?(?:省|自治区|市|州|县|区))(?:人民)?政府工作报告")
BARE_PLACE = re.compile(rf"\d{{4}}年?(?P<place>[{CJK}]{{2,4}}?)(?:人民)?政府工作报告")
DOC_TYPE = re.compile(r"(?:报告|意见|通知|决定|条例|规定|办法|方案|规划|纲要|批复|复函|公报|讲话)$")
PROMULGATION = re.compile(r"^(?P<issuer>.{2,20})令$")
# The issuer that opens a title (国务院办公厅关于印发…的通知, 某某省发展和改革委员会关于…的意见).
TITLE_ISSUER = re.compile(rf"^(?P<issuer>[{CJK}、]{{2,40}}?(?:国务院|办公厅|人民政府|委员会|部|局|署|院|中央|军委|厅|办公室))"
                          r"(?:关于|转发|批转|印发)")
ISSUER = re.compile(rf"^[{CJK}、]{{2,30}}(?:国务院|办公厅|人民政府|委员会|部|局|署|院|中央|军委)$")


@dataclass(frozen=True)
class Line:
    text: str
    start: int  # offset of text[0] in the source


def layout(source: Source) -> Page:
    """Split a source into articles. Pure: text in, records out."""
    units = _join_broken(_lines(source.text))
    if any(_is_author_line(u.text, surname_ok=False) or AUTHOR_NOTE.match(u.text) for u in units):
        return _newspaper(source, units)
    return _official(source, units)


def _lines(text: str) -> list[Line]:
    out, pos = [], 0
    for raw in text.split("\n"):
        stripped = raw.strip(SPACES)
        if stripped:
            out.append(Line(stripped, pos + raw.index(stripped)))
        pos += len(raw) + 1
    return out


def is_heading(text: str) -> bool:
    """A short line without sentence punctuation: a title, column or section heading.

    >>> is_heading("水利建设与防灾减灾相互促进"), is_heading("一是完善港口设施。")
    (True, False)
    """
    body = HEADING_MARK.sub("", text)
    return 0 < len(text) <= 40 and not INNER_PUNCT.search(body) and not text.endswith(tuple(TERMINAL[:9]))


def _is_broken(text: str) -> bool:
    """A line the page layout cut mid-sentence: prose that stops without terminal punctuation."""
    if text.endswith(tuple(TERMINAL)) or "\t" in text:
        return False
    if (HEADING_MARK.match(text) or ORDINAL.match(text)) and len(text) <= 40 and not text.endswith(("，", ",", "、")):
        return False  # a numbered heading with a comma in it (五、贯彻新发展理念，建设现代化经济体系; 第六，改进…管理办法)
    return bool(INNER_PUNCT.search(HEADING_MARK.sub("", text))) or len(text) > 40


@dataclass
class _Unit:
    text: str
    anchors: list[tuple[int, int]] = field(default_factory=list)


def _join_broken(lines: list[Line]) -> list[_Unit]:
    units: list[_Unit] = []
    pending: _Unit | None = None
    for line in lines:
        if FURNITURE.match(line.text) or AUTHOR_NOTE.match(line.text):
            if pending is not None:
                units.append(pending)
                pending = None
            units.append(_Unit(line.text, [(0, line.start)]))
            continue
        if pending is not None:
            pending.anchors.append((len(pending.text), line.start))
            pending.text += line.text
        else:
            if pending is not None:
                units.append(pending)
            pending = _Unit(line.text, [(0, line.start)])
        if not _is_broken(pending.text):
            units.append(pending)
            pending = None
    if pending is not None:
        units.append(pending)
    return units


def _paragraph(unit: _Unit, kind: str | None = None) -> Paragraph:
    return Paragraph(unit.text, kind or ("heading" if is_heading(unit.text) else "body"),
                     tuple(unit.anchors))


def _is_author_line(text: str, *, surname_ok: bool) -> bool:
    if AUTHOR_LINE.match(text):
        names = re.split(r"[ \u3000]+", text)
        return all(n[0] in SURNAMES for n in names)
    return surname_ok and 2 <= len(text) <= 3 and text[0] in SURNAMES and text.isalpha()


@dataclass
class _Draft:
    headings: list[_Unit] = field(default_factory=list)
    authors: tuple[str, ...] = ()
    affiliation: str | None = None
    paragraphs: list[Paragraph] = field(default_factory=list)

    def empty(self) -> bool:
        return not self.paragraphs and not self.authors


def _newspaper(source: Source, units: list[_Unit]) -> Page:
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
        elif _is_author_line(text, surname_ok=bool(draft.headings)) and not draft.paragraphs:
            draft.authors = tuple(re.split(r"[ \u3000]+", text))
        elif _is_author_line(text, surname_ok=False) and i and is_heading(units[i - 1].text):
            heading = draft.paragraphs.pop()
            close()
            draft.headings = [_Unit(heading.text, list(heading.anchors))]
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
        head = draft.headings[-1]
        title = head.text
        title_span = _verbatim_span([head], source.text)
        if len(draft.headings) > 1:
            column = "".join(h.text for h in draft.headings[:-1])
    return Article(str(number), source.name, title=title, column=column, authors=draft.authors,
                   affiliation=draft.affiliation, title_span=title_span,
                   paragraphs=tuple(draft.paragraphs), genre=Genre.COMMENTARY)


# What a web page saved as text keeps around a document: breadcrumbs, font and share controls, source and
# time labels with their values on the next line.
WEB_LABEL = re.compile(r"^(?:来源|时间|发表时间|发布时间|阅读量|阅读|浏览次数|作者|编辑|责任编辑)\s*[:：]$")
WEB_CONTROL = re.compile(r"^(?:首页|[>＞»]|【?字体[:：]?|】|[大中小]|分享[:：]?|打印|关闭|收藏|【打印】|【关闭】|字号[:：]?|"
                         r"\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)$")


def _web_furniture(units: list[_Unit]) -> set[int]:
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


def _official(source: Source, units: list[_Unit]) -> Page:
    meta: dict[str, str] = {}
    furniture: list[str] = []
    web = _web_furniture(units)
    furniture += [units[i].text for i in sorted(web)]
    units = [u for i, u in enumerate(units) if i not in web]
    title_units: list[_Unit] = []
    body: list[_Unit] = []
    authors: tuple[str, ...] = ()
    occasion = False
    for unit in units:
        text = unit.text
        if occasion and not body and OCCASION_END.match(text):
            occasion = False
            continue
        occasion = False
        if FURNITURE.match(text):
            _furniture(text, furniture, meta)
        elif DOC_NUMBER.match(text) and "identifier" not in meta and len(body) <= 2:
            meta["identifier"] = text
        elif (speaker := SPEAKER.match(text)) and not authors and len(body) <= 3:
            authors = (re.sub(r"[ \u3000]", "", speaker["name"]),)
            meta["role"] = speaker["role"]
        elif (date := DATE.match(text)) and body and ISSUER.match(body[-1].text) and "issuer" not in meta:
            meta["issuer"] = body.pop().text  # a signature inside the document: 国务院 / 2019年1月24日
            meta.setdefault("issued", _iso(date.groups()))
        elif (date := DATE.match(text)) and len(body) <= 3 and "issued" not in meta:
            meta["issued"] = _iso(date.groups())
        elif not body and not authors and _is_author_line(_unspace(text), surname_ok=True):
            authors = tuple(re.split(r"[ \u3000]+", _unspace(text)))
        elif not body and not authors and (said := OCCASION_SPEAKER.match(text)) and len(text) - said.end() <= 8:
            meta["issued"] = _iso(said.groups()[:3])
            authors, meta["role"] = (said["name"],), said["role"]
        elif (text.startswith(("——", "--", "――")) or OCCASION.match(text)) and not body:
            if sub := SUBTITLE_DATE.match(text) or OCCASION.match(text):
                meta["issued"] = _iso(sub.groups())
            occasion = not text.endswith("上")
        elif not body and title_units and _title_complete(title_units) and is_heading(text) \
                and _repeats_title(text, title_units):
            furniture.append(text)  # the title printed again
        elif not body and is_heading(text) and "identifier" not in meta and not authors \
                and not (title_units and (HEADING_MARK.match(text) or _title_complete(title_units))):
            title_units.append(unit)
        else:
            body.append(unit)
    body = _strip_signature(body, meta)
    if not authors and "speaker" in meta:
        authors, meta["role"] = (meta["speaker"],), meta["speaker_role"]
    title, title_span = _title(title_units, source.text)
    if title and (order := PROMULGATION.match(title)) and "identifier" in meta:
        meta["identifier"] = title + meta["identifier"]  # 中华人民共和国国务院令 + 第706号
        meta.setdefault("issuer", re.sub(r"^中华人民共和国", "", order["issuer"]))
        title, title_span = _promulgated(body, source.text)
        authors = ()  # 总理 李克强 signs the order; the regulation has no author
        meta.pop("role", None)
    if title is None and body and is_heading(body[0].text):
        title, title_span = _title([body.pop(0)], source.text)
    if title and (m := TITLE_OCCASION.search(title)) and m.start() > 0:
        title = title[: m.start()]
        meta.setdefault("issued", _iso(m.groups()))
    if title is None:
        title = _title_from_name(source.name)
    if "issuer" not in meta and (who := _issuer(body, title, source.name)):
        meta["issuer"] = who
    article = Article(
        "1", source.name, title=title, authors=authors, affiliation=meta.get("role"),
        identifier=meta.get("identifier"), issuer=meta.get("issuer"), issued=meta.get("issued"),
        title_span=title_span, paragraphs=tuple(_paragraph(u) for u in body),
    )
    return Page(source, (article,), (), tuple(furniture))


def _furniture(text: str, furniture: list[str], meta: dict[str, str]) -> None:
    """Keep a furniture line; a newspaper's credit line dates the text."""
    furniture.append(text)
    if credit := CREDIT.match(text):
        meta.setdefault("issued", _iso(credit.groups()))


def _title_complete(units: list[_Unit]) -> bool:
    """A title that already ends with the name of its document type takes no further line."""
    return bool(DOC_TYPE.search(units[-1].text))


def _repeats_title(text: str, units: list[_Unit]) -> bool:
    title = "".join(u.text for u in units)
    plain = re.sub(r"\s", "", text)
    return plain in title or re.sub(r"\d{4}年", "", title).endswith(re.sub(r"\d{4}年", "", plain))


def _promulgated(body: list[_Unit], source_text: str) -> tuple[str | None, Span | None]:
    """The title of what an order (…令) promulgates: the first heading naming a 条例, 规定 or 办法."""
    for i, unit in enumerate(body[:8]):
        if is_heading(unit.text) and re.search(r"(?:条例|规定|办法|细则|决定)$", unit.text):
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


def _issuer(body: list[_Unit], title: str | None, name: str) -> str | None:
    """Who issues a document that carries no signature: the body a report speaks for, or the one its title opens with."""
    if who := _on_behalf(body, (title, name.replace("_", ""))):
        return who
    opener = TITLE_ISSUER.match(title or "")
    return opener["issuer"] if opener else None


def _on_behalf(body: list[_Unit], names: tuple[str | None, ...]) -> str | None:
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
                who = bare + unit_name.group() + "人民政府"
            return who
    return None


def _unspace(text: str) -> str:
    """'习　近　平' -> '习近平': a name printed with a space between characters."""
    if re.fullmatch(rf"[{CJK}](?:[ \u3000]+[{CJK}]){{1,3}}", text):
        return re.sub(r"[ \u3000]+", "", text)
    return text


def _title(units: list[_Unit], source_text: str) -> tuple[str | None, Span | None]:
    if not units:
        return None, None
    text = "".join(re.sub(rf"(?<=[{CJK}])[ \u3000]+(?=[{CJK}])", "", u.text) for u in units)
    return text, _verbatim_span(units, source_text)


_BREAK = re.compile(f"[{SPACES}]*\n[{SPACES}]*")


def _verbatim_span(units: list[_Unit], source_text: str) -> Span:
    """The source from the first unit's start to the last one's end, line breaks taken out."""
    last = units[-1]
    start = units[0].anchors[0][1]
    end = last.anchors[-1][1] + len(last.text) - last.anchors[-1][0]
    return Span(start, end, _BREAK.sub("", source_text[start:end]))


def _strip_signature(body: list[_Unit], meta: dict[str, str]) -> list[_Unit]:
    """Issuer and date lines at the end of a document become metadata."""
    tail = list(body)
    while tail:
        text = tail[-1].text
        if (date := DATE.match(text)) and "signed" not in meta:
            meta["signed"] = _iso(date.groups())
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


def _number(text: str) -> int:
    """Arabic or Chinese numerals: '2018' '二〇一八' '十二' '二十一'."""
    if text.isdigit() and text.isascii():
        return int(text)
    if "十" in text:
        tens, _, ones = text.partition("十")
        return DIGITS.get(tens, 1) * 10 + DIGITS.get(ones, 0)
    return int("".join(str(DIGITS.get(c, c)) for c in text))


def _iso(groups: tuple[str | None, ...]) -> str:
    y, m, d = (_number(g or "0") for g in groups)
    return f"{y:04d}-{m:02d}-{d:02d}"

