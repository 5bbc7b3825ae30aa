"""What a line at the head of an official document is: a classifier for each kind of line.

Each classifier looks at one line and at what the lines before it gave (a :class:`Head`,
read-only) and says what the line is (a :class:`Line`) or leaves it to the next classifier;
:func:`classify` tries them in order. The layout (:mod:`kg.text.layout`) assembles the
document from what they say.

>>> classify("国发〔2018〕42号", Head()).kind.name
'NUMBER'
>>> classify("国务院总理　李强", Head()).authors
('李强',)
>>> classify("要加快建设数据中心。", Head()).kind.name
'BODY'
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from kg.text.numbering import HEADING_MARK

TERMINAL = "。！？!?；;：:…”’」』)）】"
INNER_PUNCT = re.compile(r"[，。；！？,;!?]")
CJK = r"\u4e00-\u9fff"
NAME = rf"[{CJK}]{{2,4}}"
AUTHOR_LINE = re.compile(rf"^{NAME}(?:[ \u3000]+{NAME}){{1,5}}$")
SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏"
    "魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵"
    "万钱严覃武戴莫孔向汤习温朱胡江邓刘华赵"
)
# An editor's note: opened by 编者按, or closed by a line of its own signed ——编者 (the convention of Chinese
# newspaper pages): what the page says about the article, not the article.
EDITORS_NOTE = re.compile(r"^编\s*者\s*按")
EDITORS_SIGN = re.compile(r"^(?:——|—|--)\s*编\s*者\s*$")
AUTHOR_NOTE = re.compile(r"^[（(]\s*作者(?:系|为|是|单位)[^）)]*[）)]$")
# A research or teaching institution named whole (某某大学马克思主义学院, 上海市…思想研究中心)
INSTITUTION = re.compile(rf"[{CJK}]{{4,40}}(?:研究中心|研究院|研究所|研究基地|研究会|大学|学院|党校|社会科学院)")
NOTE = re.compile(r"[（(【\[][^（()）]*[)）】\]]")  # a line in brackets: a note on the text, no title
# The credit line a newspaper's site prints under a reprinted article (《 人民日报 》（ 2018年06月06日 07 版）) and
# a note on where a text comes from (（…在…会议上讲话的一部分）, ※这是…讲话的节选): furniture; the credit line dates the text.
CREDIT = re.compile(
    r"^《\s*[^》]{2,12}?\s*》\s*[（(]\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:第\s*)?\d{1,2}\s*版\s*[）)]$")
ORIGIN_NOTE = re.compile(r"^(?:[（(][^（）()]{4,120}|※[^（）()]{4,120})(?:的一部分|节选|有删节|摘编|摘要)[。]?[）)]?$")
# The byline of an editorial or a commentary signed by a paper, a journal or its staff (《求是》杂志编辑部, 本报评论员,
# 人民日报评论员) and a news agency's dateline (新华社北京5月9日电): the 电头 and 署名 of Chinese news writing.
# A headline's bracketed column (（评论员观察）, （人民时评）, （两会今日谈）), a column before it (【好评中国】) or a series
# subtitle (——论学习贯彻…精神): marks of newspaper commentary; no official title in the corpus has any of them.
LEADING_COLUMN = re.compile(r"^【[^【】]{2,8}】")  # a column printed before a headline: 【好评中国】
COLUMNS = "观察|观点|时评|论坛|评论|今日谈|大家谈|来论|微观|声音|者说|随笔|快评|新论|锐评|短评"  # People's Daily opinion columns
COLUMN_TAG = re.compile(rf"(?:[（(][^（）()]{{0,6}}(?:{COLUMNS})[）)]|(?:——|—)论[^，。；]{{4,40}})$"
                        rf"|{LEADING_COLUMN.pattern}(?=.{{4}})")
BYLINE = re.compile(rf"^(?:《[^》]{{2,10}}》(?:杂志)?|本报|本刊|[{CJK}]{{2,8}}?)(?:编辑部|评论员|评论部)$")
DATELINE = re.compile(rf"^新华社[{CJK}]{{0,8}}\d{{1,2}}月\d{{1,2}}日电(?:[ \u3000]|$)")
FURNITURE = re.compile(
    r"^(?:本版编辑|责任编辑|美编|美术编辑|来稿邮箱|投稿邮箱|版式设计|图片编辑|校对|来源\s*[:：]|(?:发布|发表)?时间\s*[:：]|"
    r"\d{4}年\d{1,2}月\d{1,2}日\s*\d{1,2}(?:时|:)\d{1,2}|\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}|"
    r"[（(](?:此件公开发布|本文有删减|略)[）)])|[\w.+-]+@[\w-]+\.[\w.]+|本报记者.*摄$|.*记者.{1,12}摄$"
    rf"|{CREDIT.pattern[1:-1]}$|{ORIGIN_NOTE.pattern[1:]}|{DATELINE.pattern[1:]}"
)
DOC_NUMBER = re.compile(rf"^[{CJK}]{{1,10}}[〔\[［(（]\d{{4}}[〕\]］)）]\d+号$|^第\d+号$|^[{CJK}]{{1,6}}第\d+号$|"
                        rf"^[(（][{CJK}]{{1,6}}第\d+号[)）]$")  # （九届第37号）: an order's number by session
SPEAKER = re.compile(
    rf"^(?!关于|在)(?P<role>[{CJK}]{{0,14}}?(?:总理|副总理|主席|代主席|省长|代省长|市长|代市长|书记|代表))"
    rf"[ \u3000]*(?P<name>[{CJK}](?:[ \u3000]*[{CJK}]){{1,3}}|[{CJK}]{{1,6}}(?:·[{CJK}]{{1,6}}){{1,2}})$"
)
DATE = re.compile(
    r"^[（(]?([\d〇零一二三四五六七八九]{4})年([\d一二三四五六七八九十]{1,3})月([\d一二三四五六七八九十]{1,3})日[)）]?$"
)
DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "○": 0}
YEAR_DIGITS, DAY_DIGITS = r"([\d〇零○一二三四五六七八九]{4})", r"([\d一二三四五六七八九十]{1,3})"
SUBTITLE_DATE = re.compile(rf"^[—―-]{{1,2}}.*?{YEAR_DIGITS}年{DAY_DIGITS}月{DAY_DIGITS}日")
# A report's occasion printed without dashes: 2025年1月20日在四川省第十四届人民代表大会第四次会议上
OCCASION = re.compile(rf"^[—―-]{{0,2}}\s*{YEAR_DIGITS}年{DAY_DIGITS}月{DAY_DIGITS}日在.{{2,60}}(?:会议|大会)上$")
# The occasion and the speaker on one line: …会议上浙江省代省长刘捷作政府工作报告 / 北京市市长 殷勇同志作政府工作报告
OCCASION_SPEAKER = re.compile(
    rf"^[—―-]{{0,2}}\s*{YEAR_DIGITS}年{DAY_DIGITS}月{DAY_DIGITS}日在.{{2,60}}?(?:会议|大会)上[ \u3000]*"
    rf"(?P<role>[{CJK}]{{0,14}}?(?:总理|省长|代省长|市长|代市长|主席|代主席))[ \u3000]*"
    rf"(?P<name>[{CJK}]{{2,3}}?)(?:同志)?[ \u3000]*作.{{0,8}}?报告[。]?"
)
OCCASION_END = re.compile(r"^.{2,40}(?:会议|大会)上$")  # the second line of an occasion broken in two
DOC_TYPE = re.compile(r"(?:报告|意见|通知|决定|条例|规定|办法|方案|规划|纲要|批复|复函|公报|讲话)$")
ISSUER = re.compile(rf"^[{CJK}、]{{2,30}}(?:国务院|办公厅|人民政府|委员会|部|局|署|院|中央|军委)$")


class LineKind(Enum):
    """What a line at the head of a document is."""

    OCCASION_END = "the second half of an occasion broken over two lines"
    FURNITURE = "page furniture (来源：, 责任编辑, a credit line)"
    NUMBER = "the document's number (文号)"
    SPEAKER = "who speaks (国务院总理 李强)"
    SIGNATURE = "a date after the issuer's line: the signature inside the document"
    DATE = "the document's date"
    AUTHORS = "a line of names"
    OCCASION_SPEAKER = "the occasion and the speaker on one line"
    OCCASION = "the occasion (——2024年3月5日在…会议上)"
    AFFILIATION = "where the author works, printed under a headline (某某大学马克思主义学院)"
    TITLE_AGAIN = "the title printed again"
    TITLE = "a line of the title"
    BODY = "the body of the document"


@dataclass(frozen=True)
class Head:
    """What the lines read so far gave: the metadata fields found, how many body lines, the last one, whether
    there are authors, the lines of the title, whether the line before opened an occasion."""

    fields: frozenset[str] = frozenset()
    body: int = 0
    last: str = ""
    authors: bool = False
    title: tuple[str, ...] = ()
    occasion: bool = False


@dataclass(frozen=True)
class Line:
    """What a line is, and the metadata it gives: ``fields`` set, ``defaults`` set where not yet set."""

    kind: LineKind
    fields: tuple[tuple[str, str], ...] = ()
    defaults: tuple[tuple[str, str], ...] = ()
    authors: tuple[str, ...] = ()


Classifier = Callable[[str, Head], Line | None]


def classify(text: str, head: Head) -> Line:
    """What the line ``text`` is, after the lines that gave ``head``.

    >>> classify("2018年12月21日", Head(body=5, last="国务院")).kind.name
    'SIGNATURE'
    """
    return next((line for rule in CLASSIFIERS if (line := rule(text, head)) is not None), Line(LineKind.BODY))


def occasion_end(text: str, head: Head) -> Line | None:
    """人民代表大会第五次会议上: the rest of an occasion the line before began.

    >>> occasion_end("人民代表大会第五次会议上", Head(occasion=True)).kind.name
    'OCCASION_END'
    """
    if head.occasion and not head.body and OCCASION_END.match(text):
        return Line(LineKind.OCCASION_END)
    return None


def furniture(text: str, head: Head) -> Line | None:
    """来源：某某日报, 责任编辑：…, 《 人民日报 》（ 2018年06月06日 07 版）: furniture; a credit line dates the text.

    >>> furniture("《经济日报》（2024年3月5日 第 9 版）", Head()).defaults
    (('issued', '2024-03-05'),)
    """
    if not FURNITURE.match(text):
        return None
    credit = CREDIT.match(text)
    return Line(LineKind.FURNITURE, defaults=(("issued", iso_date(credit.groups())),) if credit else ())


def number(text: str, head: Head) -> Line | None:
    """国发〔2018〕42号, 第707号: the document's number, on one of its first lines.

    >>> number("某发改〔2024〕15号", Head()).fields, number("某发改〔2024〕15号", Head(body=3))
    ((('identifier', '某发改〔2024〕15号'),), None)
    """
    if DOC_NUMBER.match(text) and "identifier" not in head.fields and head.body <= 2:
        return Line(LineKind.NUMBER, (("identifier", text),))
    return None


def speaker(text: str, head: Head) -> Line | None:
    """国务院总理　李强: the speaker and the role, near the head.

    >>> speaker("某省省长 王伟中", Head()).fields
    (('role', '某省省长'),)
    """
    m = SPEAKER.match(text)
    if m and not head.authors and head.body <= 3:
        return Line(LineKind.SPEAKER, (("role", m["role"]),), authors=(re.sub(r"[ \u3000]", "", m["name"]),))
    return None


def signature(text: str, head: Head) -> Line | None:
    """国务院 / 2019年1月24日: a date after an issuer's line is the signature; the issuer line leaves the body.

    >>> signature("2019年1月24日", Head(body=9, last="国务院")).defaults
    (('issued', '2019-01-24'),)
    """
    date = DATE.match(text)
    if date and head.body and ISSUER.match(head.last) and "issuer" not in head.fields:
        return Line(LineKind.SIGNATURE, (("issuer", head.last),), (("issued", iso_date(date.groups())),))
    return None


def date(text: str, head: Head) -> Line | None:
    """2018年12月18日 near the head: the document's date.

    >>> date("二〇一八年十二月十八日", Head()).fields
    (('issued', '2018-12-18'),)
    """
    m = DATE.match(text)
    if m and head.body <= 3 and "issued" not in head.fields:
        return Line(LineKind.DATE, (("issued", iso_date(m.groups())),))
    return None


def authors(text: str, head: Head) -> Line | None:
    """张三 李四, 习　近　平: names before the body.

    >>> authors("习　近　平", Head()).authors
    ('习近平',)
    """
    plain = unspace(text)
    if not head.body and not head.authors and is_author_line(plain, surname_ok=True):
        return Line(LineKind.AUTHORS, authors=tuple(re.split(r"[ \u3000]+", plain)))
    return None


def affiliation(text: str, head: Head) -> Line | None:
    """上海市某某思想研究中心 under a headline: the institution a theory article's author works at, no line of the
    title.

    >>> affiliation("某某大学马克思主义学院", Head(title=("坚持以人民为中心",))).fields
    (('role', '某某大学马克思主义学院'),)
    >>> affiliation("某某大学马克思主义学院", Head()) is None
    True
    """
    if head.title and not head.body and not head.fields and INSTITUTION.fullmatch(text) and "关于" not in "".join(head.title):
        return Line(LineKind.AFFILIATION, (("role", text),))
    return None


def occasion_speaker(text: str, head: Head) -> Line | None:
    """2025年1月14日在…会议上某省代省长刘捷作政府工作报告: the date, the speaker and the role.

    >>> occasion_speaker("2025年1月14日在某省第十四届人民代表大会第三次会议上某省代省长刘捷作政府工作报告", Head()).authors
    ('刘捷',)
    """
    said = OCCASION_SPEAKER.match(text)
    if head.body or head.authors or said is None or len(text) - said.end() > 8:
        return None
    return Line(LineKind.OCCASION_SPEAKER, (("issued", iso_date(said.groups()[:3])), ("role", said["role"])),
                authors=(said["name"],))


def occasion(text: str, head: Head) -> Line | None:
    """——2024年3月5日在第十四届全国人民代表大会第二次会议上: a subtitle; its date dates the document.

    >>> occasion("——2024年3月5日在第十四届全国人民代表大会第二次会议上", Head()).fields
    (('issued', '2024-03-05'),)
    """
    if head.body or not (text.startswith(("——", "--", "――")) or OCCASION.match(text)):
        return None
    sub = SUBTITLE_DATE.match(text) or OCCASION.match(text)
    return Line(LineKind.OCCASION, (("issued", iso_date(sub.groups())),) if sub else ())


def title_again(text: str, head: Head) -> Line | None:
    """The whole title printed a second time before the body.

    >>> title_again("政府工作报告", Head(title=("2025年政府工作报告",))).kind.name
    'TITLE_AGAIN'
    """
    if not head.body and head.title and title_complete(head.title) and is_heading(text) \
            and repeats_title(text, head.title):
        return Line(LineKind.TITLE_AGAIN)
    return None


def title(text: str, head: Head) -> Line | None:
    """A heading before the body, number and authors: a line of the title (a title broken over lines goes on
    until it names its document type; a numbered heading is no part of it).

    >>> title("关于加快发展", Head()).kind.name, title("一、总体要求", Head(title=("关于加快发展",))), title("一、去年", Head())
    ('TITLE', None, None)
    """
    if head.body or not (is_heading(text) or _paired_title(text, head)) or "identifier" in head.fields or head.authors:
        return None
    if HEADING_MARK.match(text) or NOTE.fullmatch(text) or (head.title and title_complete(head.title)):
        return None  # 一、去年 opens the body's first part; (译自…俄文稿) is a note on the text
    return Line(LineKind.TITLE)


CLASSIFIERS: tuple[Classifier, ...] = (occasion_end, furniture, number, speaker, signature, date, authors,
                                       occasion_speaker, occasion, title_again, affiliation, title)


def _paired_title(text: str, head: Head) -> bool:
    """The first line of a text as its title (:func:`paired_title`)."""
    return not head.title and not head.fields and paired_title(text)


def paired_title(text: str) -> bool:
    """Two phrases joined by one comma, with no end mark and no address (以推动高质量发展为主题，因地制宜发展新质
    生产力): when it opens a text, the title of an editorial or a theory article, not the start of its body.

    >>> paired_title("以改革为动力，加快建设海洋强省"), paired_title("各位代表，现在我代表国务院作报告")
    (True, False)
    >>> paired_title("改革开放，新时代的“关键一招”（评论员观察）")
    True
    """
    text = COLUMN_TAG.sub("", text)  # 高质量发展，新时代的“强国策”（评论员观察）: the column's tag closes the headline
    halves = text.split("，")
    ends = text.endswith(tuple(TERMINAL)) and not re.search(r"“[^“”。！？]+”$", text)  # a quoted term closes no sentence
    return len(text) <= 60 and len(halves) == 2 and all(len(h) >= 4 for h in halves) \
        and not re.search(r"[。；！？!?;,：:]", text) and not ends \
        and not re.match(r"(?:各位|同志们|女士们|先生们|朋友们)", text)


def is_heading(text: str) -> bool:
    """A short line without sentence punctuation: a title, column or section heading.

    >>> is_heading("水利建设与防灾减灾相互促进"), is_heading("一是完善港口设施。")
    (True, False)
    """
    body = HEADING_MARK.sub("", text)
    return 0 < len(text) <= 40 and not INNER_PUNCT.search(body) and not text.endswith(tuple(TERMINAL[:9]))


def is_author_line(text: str, *, surname_ok: bool) -> bool:
    """A line of personal names (two to six, each opening with a surname); with ``surname_ok``, one name alone.

    >>> is_author_line("张三 李四", surname_ok=False), is_author_line("王明", surname_ok=True)
    (True, True)
    """
    if AUTHOR_LINE.match(text):
        names = re.split(r"[ \u3000]+", text)
        return all(n[0] in SURNAMES for n in names)
    return surname_ok and 2 <= len(text) <= 3 and text[0] in SURNAMES and text.isalpha()


def unspace(text: str) -> str:
    """A name printed with a space between characters, closed up.

    >>> unspace("习　近　平")
    '习近平'
    """
    if re.fullmatch(rf"[{CJK}](?:[ \u3000]+[{CJK}]){{1,3}}", text):
        return re.sub(r"[ \u3000]+", "", text)
    return text


def title_complete(lines: tuple[str, ...]) -> bool:
    """A title that already ends with the name of its document type, or with a note in brackets (a column: （评论员
    观察）; a status: （试行））, takes no further line.

    >>> title_complete(("国务院关于…的",)), title_complete(("国务院关于…的", "指导意见")), title_complete(("港口之变（观察）",))
    (False, True, True)
    """
    return bool(DOC_TYPE.search(lines[-1])) or lines[-1].endswith(("）", ")"))


def repeats_title(text: str, lines: tuple[str, ...]) -> bool:
    """A line that is the title again (without its year).

    >>> repeats_title("政府工作报告", ("2025年某省政府工作报告",))
    True
    """
    whole = "".join(lines)
    plain = re.sub(r"\s", "", text)
    return plain in whole or re.sub(r"\d{4}年", "", whole).endswith(re.sub(r"\d{4}年", "", plain))


def number_value(text: str) -> int:
    """Arabic or Chinese numerals: '2018' '二〇一八' '十二' '二十一'.

    >>> number_value("二〇一八"), number_value("十二"), number_value("二十一")
    (2018, 12, 21)
    """
    if text.isdigit() and text.isascii():
        return int(text)
    if "十" in text:
        tens, _, ones = text.partition("十")
        return DIGITS.get(tens, 1) * 10 + DIGITS.get(ones, 0)
    return int("".join(str(DIGITS.get(c, c)) for c in text))


def iso_date(groups: tuple[str | None, ...]) -> str:
    """Year, month and day as an ISO date.

    >>> iso_date(("二〇一九", "一", "二十四"))
    '2019-01-24'
    """
    y, m, d = (number_value(g or "0") for g in groups)
    return f"{y:04d}-{m:02d}-{d:02d}"
