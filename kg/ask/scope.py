"""The documents a question is about: named by 文号 or 《title》, by province, by year or range of years,
by kind (政府工作报告, 条例), and whether the answer is to be listed by province, year or document.

:func:`scope_of` takes these off the question and returns what is left; :func:`documents_in`
finds the documents of a graph that fall within a scope.

>>> scope_of("2024年以来哪些省份的政府工作报告提到了新质生产力")
(Scope(years=(2024, 9999), genres=('政府工作报告',), by='region'), '提到了新质生产力')
>>> scope_of("国发〔2018〕42号的目标是什么")
(Scope(documents=('国发〔2018〕42号',)), '的目标是什么')
>>> scope_of("广东省发展人工智能有哪些举措")
(Scope(regions=('广东省',)), '发展人工智能有哪些举措')
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.ask.keys import normalize
from kg.text.profile import PROVINCES

if TYPE_CHECKING:
    from kg.ask.index import Index
    from kg.ask.records import DocumentRow

NUMBER = re.compile(r"([\u4e00-\u9fff]{1,10})\s*[〔\[［(（【]\s*(\d{4})\s*[〕\]］)）】]\s*(\d{1,4})\s*号|"
                    r"(国务院令|国令)\s*第?\s*(\d{1,4})\s*号")
# Where the issuer's part of a 文号 starts, when words of the question stand before it (国发, 国办发, 国函, 中发)
ISSUER = re.compile(r"(?:国|中)[\u4e00-\u9fff]{0,4}$")
TITLED = re.compile(r"《([^《》]{2,80})》")
# 十九大报告, 党的二十大: a congress of the Party named by its ordinal, the report made to it (第十九次全国代表大会)
ORDINAL = r"(?:二十|十)?[一二三四五六七八九]|二十|十"
CONGRESS = re.compile(rf"(?:党的)?({ORDINAL})大(?:的)?(?:政治)?报告(?:里面|里|中)?|党的({ORDINAL})大(?!以来|之后|以后|精神|代表|会)")
_DIGITS = "零〇一二三四五六七八九"
YEAR = r"(1[89]\d\d|20\d\d)"
YEARS: tuple[tuple[re.Pattern[str], Callable[..., tuple[int, int]]], ...] = (
    (re.compile(rf"(?:自|从)?{YEAR}年?(?:以来|之后|以后|后|起|开始)(?:的)?"), lambda a: (int(a), 9999)),
    (re.compile(rf"{YEAR}年?(?:以前|之前|前)(?:的)?"), lambda a: (0, int(a) - 1)),
    (re.compile(rf"(?:从|自)?{YEAR}年?\s*(?:至|到|-|—|–|~|～|－)\s*{YEAR}年(?:间|期间|之间)?(?:的)?"),
     lambda a, b: (int(a), int(b))),
    # 2025年和2026年: two years compared, read as the years from the one to the other
    (re.compile(rf"{YEAR}年?\s*(?:和|与|跟|同|及|、|对比|比较)\s*{YEAR}年(?:的)?"),
     lambda a, b: (min(int(a), int(b)), max(int(a), int(b)))),
    # 到2025年, 至2035年: the year a target is set for, not the year of a document
    (re.compile(rf"(?<!到)(?<![^截]至){YEAR}年(?:度)?(?:的)?(?![0-9]|月)"), lambda a: (int(a), int(a))),
)
RECENT = re.compile(r"近([一二三四五六七八九十\d]{1,2})年(?:来)?(?:的)?|最近([一二三四五六七八九十\d]{1,2})年(?:的)?")
GENRES = ("政府工作报告", "条例")
# 有哪些办法/方案 closing a question asks for ways, not for documents of that genre (哪些办法提到了X does)
GENRE_ASKED = re.compile(r"(?:哪些|哪篇|哪份|哪个|各|各个|各地|各省)(?:的)?(意见|通知|方案(?=.)|批复|决定|规划|办法(?=.)|函|复函|规定)")
BY = (
    ("region", re.compile(r"(?:有)?(?:哪些|哪个|哪几个|哪几|各|多少个?|几个)(?:省份|省区市|省市区|省区|省市|省|地方|地区)(?:的)?"
                          r"(?:报告|文件)?|各地(?:的)?")),
    ("year", re.compile(r"(?:哪些|哪个|哪几个|哪几|哪一|哪)(?:年份|年度|年)(?:的)?|(?:每年|历年|逐年)(?:来)?(?:的)?")),
)
# 这几年, 近几年: the recent years, asked by year only in a trend (X这几年的变化); else they limit nothing
# (近几年出台了哪些支持民营经济的举措 asks for measures)
LATELY = re.compile(r"(?:这几年|近几年|这些年|最近几年)(?:来)?(?:的)?")
# X的提及趋势, X这几年的变化, 对X的表述有什么变化, X的提法怎么演变的: a trend over the years, asked by year
# The trend must be asked: a word between the name and 变化 (的, 提法, 有什么, 怎么), so that a name ending in one
# (应对气候变化, 人口老龄化趋势, 气候变化是什么) stays a name.
TREND = re.compile(r"(?:对|就|关于)?(.+?)(?:在)?(的?(?:提及|提法|表述|说法|出现|使用|论述)?(?:次数|频次|频率)?的?(?:有什么|有何|有哪些)?"
                   r"(?:怎么|如何|怎样)?)(?:(?:变化|演变|发展)?(?:趋势|走势)|演变|变化|变迁|演进)(?:的|了)?"
                   r"(?:如何|怎样|怎么样|是什么|有哪些|情况|吗)?")


# the reports to the Party's congresses as a kind (党代会报告, 历次党代会): those the Central Committee made, or that
# are named after the congress (在中国共产党第九次全国代表大会上的报告)
CONGRESS_GENRE = "党代会报告"
# (the congress itself, 党的代表大会制度, 党代会代表, is a name, not a kind of document)
CONGRESS_KIND = re.compile(r"(?:历次|历届)(?:党代会|党代表大会|党的(?:全国)?代表大会)(?:的)?(?:政治)?(?:报告)?(?!制|代表|常任)|"
                           r"(?:党代会|党代表大会|党的(?:历次|历届)?(?:全国)?代表大会)(?:的)?(?:政治)?报告")
CONGRESS_MADE = """(instr(issuer, '中央委员会') > 0 OR instr(title, '代表大会') > 0 OR text IN (SELECT id FROM texts
                    WHERE instr(substr(text, 1, 400), '全国代表大会作报告') > 0 OR instr(substr(text, 1, 400), '全国代表大会上的') > 0
                    OR instr(substr(text, 1, 400), '向大会作报告') > 0))"""
# what stands before a kind of document that is asked for (哪些条例, 多少份政府工作报告)
ASKED_KIND = re.compile(r"(?:哪些|哪篇|哪份|哪个|各|各地|各省|历年|这些|所有|多少份|多少篇|几份|几篇)$")


@dataclass(frozen=True)
class Scope:
    """What limits a question's documents, and how its answer is listed (``by``: region, year or "")."""

    documents: tuple[str, ...] = ()  # 文号 or titles, as asked
    regions: tuple[str, ...] = ()  # provinces, in full
    years: tuple[int, int] | None = None
    genres: tuple[str, ...] = ()
    by: str = ""
    recent: int = 0  # the last N years of the graph

    def __repr__(self) -> str:
        shown = [f"{k}={v!r}" for k, v in self.__dict__.items() if v and k in self.__dataclass_fields__]
        return f"Scope({', '.join(shown)})"

    @property
    def limits(self) -> bool:
        """Whether the scope limits the documents at all.

        >>> Scope().limits, Scope(regions=("广东省",)).limits
        (False, True)
        """
        return bool(self.documents or self.regions or self.years or self.genres or self.recent)


def scope_of(question: str) -> tuple[Scope, str]:
    """(the scope a question states, the question without it).

    >>> scope, rest = scope_of("2020年以来广东省的目标有哪些")
    >>> scope.regions, scope.years, rest
    (('广东省',), (2020, 9999), '的目标有哪些')
    """
    documents, rest = _numbered(question)
    titled = [m.group(1) for m in TITLED.finditer(rest)]
    years: tuple[int, int] | None = None
    for pattern, make in YEARS:
        hit = pattern.search(rest)
        if hit:
            years = make(*hit.groups())
            rest = rest[:hit.start()] + " " + rest[hit.end():]
            break
    recent = 0
    found = RECENT.search(rest)
    if found:
        recent = _number(found.group(1) or found.group(2))
        rest = rest[:found.start()] + " " + rest[found.end():]
    by = ""
    lately = LATELY.search(rest)
    if lately and (rest[:lately.start()] + rest[lately.end():]).strip():  # 近几年 alone is a name
        rest = rest[:lately.start()] + " " + rest[lately.end():]
    for name, pattern in BY:
        found = pattern.search(rest)
        if found:
            by = by or name
            rest = rest[:found.start()] + " " + rest[found.end():]
    regions = []
    for full, short in PROVINCES:
        for name in (full, short):
            if name in rest and not _inside_name(rest, name):
                regions.append(full)
                rest = rest.replace(name, " ", 1)
                break
    genres, rest = _kinds(rest, titled)
    rest = re.sub(r"\s+", "", rest)
    trend = TREND.fullmatch(rest.strip("？?。 "))
    if trend and (trend.group(2) or lately):
        by, rest = by or "year", trend.group(1)
    scope = Scope(tuple(documents), tuple(regions), years, tuple(genres), by, recent)
    return scope, rest


def _kinds(rest: str, titled: list[str]) -> tuple[list[str], str]:
    """The kinds of document ``rest`` asks for (政府工作报告, 条例, 党代会报告, 哪些意见), and ``rest`` without them."""
    genres = []
    for genre in GENRES:
        at = rest.find(genre)
        if at >= 0 and genre not in "".join(titled) and _stands_alone(rest, at):
            genres.append(genre)
            rest = rest[:at] + " " + rest[at + len(genre):]
    congress = CONGRESS_KIND.search(rest)
    if congress:
        genres.append(CONGRESS_GENRE)
        rest = rest[:congress.start()] + " " + rest[congress.end():]
    asked = GENRE_ASKED.search(rest)
    if asked:
        genres.append(asked.group(1))
        rest = rest[:asked.start()] + " " + rest[asked.end():]
    return genres, rest


def _numbered(question: str) -> tuple[list[str], str]:
    """The documents a question names by 文号 or by the congress they were made to (十九大报告), and the question
    without them."""
    rest = question
    documents: list[str] = []
    for m in NUMBER.finditer(question):
        number = m.group(0)
        if m.group(1) and (issuer := ISSUER.search(m.group(1))) and issuer.start():  # 请帮我查一下国办发〔2019〕6号
            number = number[issuer.start():]
        documents.append(re.sub(r"\s+", "", number).translate(str.maketrans("[［(（【]］)）】", "〔〔〔〔〔〕〕〕〕〕")))
        rest = rest.replace(m.group(0), " ")
    for m in CONGRESS.finditer(question):
        documents.append(f"{m.group(1) or m.group(2)}大")
        rest = rest.replace(m.group(0), " ", 1)
    return documents, rest


def _stands_alone(text: str, at: int) -> bool:
    """Whether a kind of document at ``at`` is asked for (哪些条例, 各省的政府工作报告, …年政府工作报告) rather
    than ending a title (专利代理条例)."""
    before = text[:at].rstrip("的")
    return not before or before[-1].isspace() or bool(ASKED_KIND.search(before))


def _inside_name(text: str, name: str) -> bool:
    """Whether the province ``name`` is written as part of a longer name (海南自由贸易港, 北京冬奥会): a
    region is a scope only where it stands before a question's frame or a verb, or alone, or after another
    province and a conjunction (北京与上海数字经济举措的异同: 上海 too).

    >>> _inside_name("海南自由贸易港", "海南"), _inside_name("北京与上海数字经济", "上海"), _inside_name(" 与上海数字经济", "上海")
    (True, False, False)
    """
    at = text.find(name)
    after = text[at + len(name):]
    before = re.sub(r"(?:省|市|自治区)?(?:和|与|跟|同|及|、)$", "", text[:at])
    if before != text[:at] and (before.endswith(" ") or any(before.endswith(n) for pair in PROVINCES for n in pair)):
        return False
    return bool(after) and not re.match(r"(?:省|市|自治区)?(?:的|在|有|对|关于|如何|怎样|怎么|要|将|发展|推进|推动|加快|提出|"
                                        r"出台|哪些|什么|为|和|与|、|提到|政府|人民政府|方面|地区|在内|\s)", after)


def _number(text: str) -> int:
    if text.isdigit():
        return int(text)
    if text == "十":
        return 10
    if text.startswith("十"):
        return 10 + _DIGITS.index(text[1]) - 1 if len(text) > 1 else 10
    return max(_DIGITS.index(text[0]) - 1, 1) if text[0] in _DIGITS else 1


def number_key(text: str) -> str:
    """A 文号 as it is compared: no spaces, 国令 read as 国务院令, brackets unified.

    >>> number_key("国令第706号"), number_key("国发[2018]42号")
    ('国务院令第706号', '国发〔2018〕42号')
    """
    text = re.sub(r"\s+", "", text).translate(str.maketrans("[［(（【]］)）】", "〔〔〔〔〔〕〕〕〕〕"))
    return re.sub(r"^国令", "国务院令", text)


def documents_in(index: Index, scope: Scope) -> list[DocumentRow]:
    """The documents of ``index`` within ``scope`` (文号 or title, province, years, kind).

    >>> from kg.ask.index import Index
    >>> index = Index.of_text("发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。\\n")
    >>> [d.title for d in documents_in(index, Scope())], documents_in(index, Scope(regions=("广东",)))
    (['发展数字经济'], [])
    """
    conditions: list[str] = []
    args: list[str | int] = []
    if scope.regions:
        conditions.append("region IN (SELECT value FROM json_each(?))")
        args.append(json.dumps(list(scope.regions)))
    years = scope.years
    if scope.recent:
        last = index.rows("SELECT MAX(year) FROM docs")[0][0] or 0
        years = (last - scope.recent + 1, last)
    if years:
        conditions.append("year BETWEEN ? AND ?")
        args += list(years)
    for genre in scope.genres:
        if genre == CONGRESS_GENRE:
            conditions.append(CONGRESS_MADE)
            continue
        conditions.append("(instr(title, ?) > 0 OR genre = ?)")
        args += [genre, genre]
    found = index.documents(" AND ".join(conditions) or "1", *args)
    if scope.documents:
        congresses = [asked for asked in scope.documents if CONGRESS_ASKED.fullmatch(asked)]
        reports = _congress_reports(index, congresses)
        found = [d for d in found if d.node in reports
                 or any(_names_document(d, asked) for asked in scope.documents if asked not in congresses)]
    return found


CONGRESS_ASKED = re.compile(rf"({ORDINAL})大")


def _congress_reports(index: Index, asked: list[str]) -> set[str]:
    """The documents that are the reports to the congresses ``asked`` (十九大): the file named after it (…(十九大)),
    or the opening of the text naming the congress (第十九次全国代表大会)."""
    found: set[str] = set()
    for name in asked:
        congress = f"第{name[:-1]}次全国代表大会"
        made = re.compile(rf"中国共产党{congress}[，,]|{congress}(?:上的(?:政治)?报告|作报告)|向(?:党的)?{congress}作报告")
        for node, source, head in index.rows(
                """SELECT d.node, d.source, substr(t.text, 1, 400) FROM docs d JOIN texts t ON t.id = d.text
                   WHERE instr(d.source, ?) > 0 OR instr(d.source, ?) > 0 OR instr(substr(t.text, 1, 400), ?) > 0""",
                f"({name})", congress, congress):
            if f"({name})" in source or congress in source or made.search(head):
                found.add(node)
    return found


def _names_document(document: DocumentRow, asked: str) -> bool:
    """Whether ``asked`` (a 文号 or title) names ``document``: the same 文号 (国令 read as 国务院令), its file
    named after it, or the same title."""
    key = number_key(asked)
    if any(key and key in number_key(text) for text in (document.identifier, document.source.rsplit("/", 1)[-1])):
        return True
    return bool(normalize(asked)) and normalize(asked) == normalize(document.title)


def scope_words(scope: Scope, count: int) -> str:
    """The note saying what limits the question's documents, and how many there are.

    >>> scope_words(Scope(regions=("广东省",), years=(2019, 9999)), 3)
    '限于广东省、2019年以来（3 份文件）'
    """
    parts = [*scope.documents, *scope.regions]
    if scope.years:
        a, b = scope.years
        parts.append(f"{a}年" if a == b else f"{a}年以来" if b == 9999 else f"{b + 1}年以前" if not a else f"{a}—{b}年")
    if scope.recent:
        parts.append(f"近{scope.recent}年")
    parts += list(scope.genres)
    return f"限于{'、'.join(parts)}（{count} 份文件）"
