"""What a document is, as data: its year, issuer, region (the nation or a province), genre and 文号.

Each is read from what the layout found (:mod:`kg.text.layout`: the date line, the 文号, the signature or
the body a report speaks for, the title) and, where that is silent, from the title and the source's name;
a document's year without a date or 文号 is the year its text says it is for (:attr:`kg.model.Article.year`).

>>> p = profile(Article("1", "gwr/2026_广东省_政府工作报告.txt", title="政府工作报告", issuer="广东省人民政府",
...                     issued="2026-01-26"))
>>> p.year, p.region, p.genre.value, p.kind, p.scope.value
(2026, '广东省', 'report', '政府工作报告', 'provincial')
>>> p = profile(Article("1", "a.txt", title="国务院关于加快发展海洋经济的意见", issuer="国务院", identifier="国发〔2019〕4号"))
>>> p.year, p.region, p.genre.value, p.scope.value
(2019, '全国', 'opinion', 'national')
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from kg.model import Article, Genre

__all__ = ["NATIONAL", "PROVINCES", "DocumentGenre", "Profile", "Scope", "genre_of", "kind_of", "profile",
           "province_of", "region_of", "year_of"]

# The provincial-level divisions of GB/T 2260, each in full and as commonly shortened.
PROVINCES = (
    ("北京市", "北京"), ("天津市", "天津"), ("河北省", "河北"), ("山西省", "山西"), ("内蒙古自治区", "内蒙古"),
    ("辽宁省", "辽宁"), ("吉林省", "吉林"), ("黑龙江省", "黑龙江"), ("上海市", "上海"), ("江苏省", "江苏"),
    ("浙江省", "浙江"), ("安徽省", "安徽"), ("福建省", "福建"), ("江西省", "江西"), ("山东省", "山东"),
    ("河南省", "河南"), ("湖北省", "湖北"), ("湖南省", "湖南"), ("广东省", "广东"), ("广西壮族自治区", "广西"),
    ("海南省", "海南"), ("重庆市", "重庆"), ("四川省", "四川"), ("贵州省", "贵州"), ("云南省", "云南"),
    ("西藏自治区", "西藏"), ("陕西省", "陕西"), ("甘肃省", "甘肃"), ("青海省", "青海"), ("宁夏回族自治区", "宁夏"),
    ("新疆维吾尔自治区", "新疆"), ("台湾省", "台湾"), ("香港特别行政区", "香港"), ("澳门特别行政区", "澳门"),
)
NATIONAL = "全国"  # the region of a document of the central government, the Party centre or a national congress
# Kinds of document named at the end of a title: the kinds of official document of the 党政机关公文处理工作条例
# (2012, art. 8), the names of administrative regulations (行政法规制定程序条例, art. 5), and the reports and
# plans of governments.
KINDS = ("政府工作报告", "决议", "决定", "命令", "令", "公报", "公告", "通告", "意见", "通知", "通报", "报告", "请示",
         "批复", "议案", "函", "复函", "答复", "纪要", "条例", "规定", "办法", "细则", "规划", "纲要", "方案", "法")
# Central bodies: the State Council and its offices, the Party centre and its committees, the national congress,
# the ministries and commissions of the State Council (named without a place before them).
CENTRAL = re.compile(r"^(?:中华人民共和国|中共中央|中央|国务院|全国|第[一二三四五六七八九十]{1,3}届中央委员会|"
                     r"(?:国家|财政|教育|科学技术|工业和信息化|公安|民政|司法|人力资源和社会保障|自然资源|生态环境|"
                     r"住房和城乡建设|交通运输|水利|农业农村|商务|文化和旅游|卫生健康|应急管理|审计)[\u4e00-\u9fff]{0,10}"
                     r"(?:部|委员会|局|署|总局|银行)$)")
NATIONAL_TITLE = re.compile(r"全国(?:人民)?代表大会|中国共产党第[一二三四五六七八九十]{1,3}次")
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
_DATED = re.compile(r"(1[89]\d\d|20\d\d)年\d{1,2}月\d{1,2}日")


class DocumentGenre(StrEnum):
    """What kind of writing a document is, from the kind its title names (or the page's layout)."""

    REPORT = "report"  # 政府工作报告, 报告
    OPINION = "opinion"  # 意见
    NOTICE = "notice"  # 通知, 通报, 通告, 公告
    REGULATION = "regulation"  # 条例, 规定, 办法, 细则
    LAW = "law"  # …法
    PLAN = "plan"  # 规划, 纲要, 方案
    DECISION = "decision"  # 决定, 决议, 命令, 令
    REPLY = "reply"  # 批复, 函, 复函, 答复
    COMMENTARY = "commentary"  # a signed article of a newspaper or journal page
    OTHER = "other"


class Scope(StrEnum):
    """Whose document it is: the nation's, a province's, or not known."""

    NATIONAL = "national"
    PROVINCIAL = "provincial"
    UNKNOWN = "unknown"


GENRES = {"政府工作报告": DocumentGenre.REPORT, "报告": DocumentGenre.REPORT, "公报": DocumentGenre.REPORT,
          "意见": DocumentGenre.OPINION, "通知": DocumentGenre.NOTICE, "通报": DocumentGenre.NOTICE,
          "通告": DocumentGenre.NOTICE, "公告": DocumentGenre.NOTICE, "条例": DocumentGenre.REGULATION,
          "规定": DocumentGenre.REGULATION, "办法": DocumentGenre.REGULATION, "细则": DocumentGenre.REGULATION,
          "法": DocumentGenre.LAW, "规划": DocumentGenre.PLAN, "纲要": DocumentGenre.PLAN, "方案": DocumentGenre.PLAN,
          "决定": DocumentGenre.DECISION, "决议": DocumentGenre.DECISION, "命令": DocumentGenre.DECISION,
          "令": DocumentGenre.DECISION, "批复": DocumentGenre.REPLY, "函": DocumentGenre.REPLY,
          "复函": DocumentGenre.REPLY, "答复": DocumentGenre.REPLY}


@dataclass(frozen=True)
class Profile:
    """A document as data: ``region`` is :data:`NATIONAL`, a province in full, or "" when neither is known;
    ``kind`` the kind its title ends with (政府工作报告, 意见 …), ``genre`` the broader class of that kind."""

    year: int | None
    issuer: str | None
    region: str
    kind: str
    genre: DocumentGenre
    identifier: str | None

    @property
    def scope(self) -> Scope:
        """National, provincial or unknown, from the region.

        >>> Profile(2025, "国务院", NATIONAL, "政府工作报告", DocumentGenre.REPORT, None).scope.value
        'national'
        """
        if self.region == NATIONAL:
            return Scope.NATIONAL
        return Scope.PROVINCIAL if self.region else Scope.UNKNOWN


def profile(article: Article, head: str = "") -> Profile:
    """The profile of one article; ``head`` is the opening of its text (a report's date line dates it).

    >>> profile(Article("1", "r.txt", title="政府工作报告", issuer="甘肃省人民政府"), "——2026年1月26日在…").year
    2026
    """
    kind = kind_of(article.title or "")
    genre = DocumentGenre.COMMENTARY if article.genre is Genre.COMMENTARY else genre_of(kind)
    year = year_of(article.issued or "", article.identifier or "", article.title or "", article.source,
                   year=article.year, head=head)
    region = region_of(article.issuer or "", article.title or "", article.source) if genre is not DocumentGenre.COMMENTARY else ""
    return Profile(year, article.issuer, region, kind, genre, article.identifier)


def kind_of(title: str) -> str:
    """The kind of document a title ends with (the longest).

    >>> kind_of("国务院办公厅关于印发国家职业教育改革实施方案的通知"), kind_of("专利代理条例"), kind_of("数字经济")
    ('通知', '条例', '')
    """
    ending = title.rstrip("（）() 0-9〔〕号")
    return max((k for k in KINDS if ending.endswith(k)), key=len, default="")


def genre_of(kind: str) -> DocumentGenre:
    """The genre of a kind of document.

    >>> genre_of("复函").value, genre_of("").value
    ('reply', 'other')
    """
    return GENRES.get(kind, DocumentGenre.OTHER)


def year_of(issued: str, identifier: str, title: str, source: str, *, year: int | None = None, head: str = "") -> int | None:
    """A document's year: its date, else the year its text is for, its 文号's year, a year its title or its file
    name names, the date of its opening lines (a report's date line).

    >>> year_of("", "国发〔2018〕42号", "关于…的意见", "a.txt"), year_of("", "", "政府工作报告", "r.txt", head="——2026年1月26日在…")
    (2018, 2026)
    """
    if issued[:4].isdigit():
        return int(issued[:4])
    if year:
        return year
    for text in (_bracketed(identifier), title):
        if m := _YEAR.search(text):
            return int(m.group(1))
    if m := _YEAR.search(_stem(source)):
        return int(m.group(1))
    m = _DATED.search(head[:300])
    return int(m.group(1)) if m else None


def region_of(issuer: str, title: str, source: str) -> str:
    """A province named by the issuer, else at the head of the title or of a part of the file name; else the
    nation when the issuer is a central body or the title names a national congress; else "".

    >>> region_of("广西自治区人民政府", "", ""), region_of("国务院办公厅", "", ""), region_of("", "2025年上海市政府工作报告", "")
    ('广西壮族自治区', '全国', '上海市')
    >>> region_of("第十九届中央委员会", "", ""), region_of("", "在中国共产党第九次全国代表大会上的报告", ""), region_of("", "数字经济", "")
    ('全国', '全国', '')
    """
    if issuer and (place := province_of(issuer)):
        return place
    if issuer and all(CENTRAL.match(part) for part in re.split(r"[、，,\s]+", issuer) if part):
        return NATIONAL
    lead = [re.sub(r"^\d{4}年?", "", title), *_stem(source).split("_")]
    if place := next((p for text in lead if (p := province_of(text, lead=True))), ""):
        return place
    return NATIONAL if NATIONAL_TITLE.search(title) else ""


def province_of(text: str, *, lead: bool = False) -> str:
    """The provincial-level division ``text`` names (anywhere, or with ``lead`` at its start), else "".

    >>> province_of("新疆自治区人民政府"), province_of("海南自由贸易港", lead=True), province_of("数字中国")
    ('新疆维吾尔自治区', '海南省', '')
    """
    for full, short in PROVINCES:
        if text.startswith(short) if lead else (full in text or text.startswith(short)):
            return full
    return ""


def _bracketed(identifier: str) -> str:
    m = re.search(r"[〔\[［(（](\d{4})[〕\]］)）]", identifier)
    return m.group(1) if m else ""


def _stem(source: str) -> str:
    return source.rsplit("/", 1)[-1].rsplit(".", 1)[0]
