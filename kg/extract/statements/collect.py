"""The statements of one article as they are found: repeated goals merged, links kept once.

>>> from kg.model import Article, Kind, Level, Span
>>> out = Collector(Article("1", "a.txt"))
>>> a = out.add(Kind.GOAL, "发展海洋经济", Span(0, 6, "发展海洋经济"), Level.ARTICLE)
>>> b = out.add(Kind.GOAL, "发展海洋经济。", Span(20, 27, "发展海洋经济。"), Level.THESIS)
>>> a == b, len(out.statements[a].mentions)
(True, 1)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from kg.extract import cues
from kg.extract.statements.labels import identity
from kg.model import Article, ArticleFacts, Kind, Level, Relation, Responsibility, Span, Statement, Support

# A label that ends on 的 is a clause that only describes (由…负责施工的, …是不能接受的) or names a case (凡…的), never a
# whole statement; 目的 is a noun.
DANGLING = re.compile(r"的(?<!目的)$")  # the 的 first: the engine looks for it, not at every place


@dataclass
class Collector:
    """Collects statements and links for one article, merging repeated goals."""

    article: Article
    statements: dict[str, Statement] = field(default_factory=dict)
    by_identity: dict[str, str] = field(default_factory=dict)  # goals
    actions: dict[str, str] = field(default_factory=dict)  # the first measure of each label
    supports: dict[tuple[str, str], Support] = field(default_factory=dict)
    responsibilities: list[Responsibility] = field(default_factory=list)

    def add(self, kind: Kind, text: str, evidence: Span, level: Level) -> str | None:
        """The key of a new statement; None for an empty label. A goal said again is the goal already
        there, with one more mention; an action that is later named as a goal becomes that goal.

        >>> out = Collector(Article("1", "a.txt"))
        >>> out.add(Kind.MEASURE, "完善港口设施", Span(0, 6, "完善港口设施"), Level.ACTION)
        'm1'
        >>> out.add(Kind.GOAL, "完善港口设施", Span(9, 15, "完善港口设施"), Level.THESIS), out.statements["m1"].kind.value
        ('m1', 'goal')
        """
        if len(text) < 3 or cues.EVALUATIVE.search(text) or DANGLING.search(text):
            return None  # two characters state no goal (坐标, 编号: a table's header); nor does a phrase left on 的
        if kind is Kind.GOAL and _before(text, self.article):
            return None  # 2001年国内生产总值达到95933亿元 in the report for 2002: a result, not an end
        ident = identity(text)
        found = self.by_identity.get(ident)
        if found is None and kind is Kind.GOAL and (found := self.actions.get(ident)):
            self.statements[found] = replace(self.statements[found], kind=Kind.GOAL)
            self.by_identity[ident] = found
        if found is not None:
            st = self.statements[found]
            if evidence != st.evidence and evidence not in st.mentions:
                self.statements[found] = replace(st, mentions=(*st.mentions, evidence))
            return found
        key = f"{kind.value[0]}{len(self.statements) + 1}"
        self.statements[key] = Statement(key, kind, text, evidence, self.article.key, level)
        if kind is Kind.GOAL:
            self.by_identity[ident] = key
        else:
            self.actions.setdefault(ident, key)
        return key

    def link(self, source: str | None, target: str | None, relation: Relation, evidence: Span) -> None:
        """``source`` serves ``target`` (once; never both ways).

        >>> out = Collector(Article("1", "a.txt"))
        >>> out.link("m2", "g1", Relation.SUPPORTS, Span(0, 1, "要"))
        >>> out.link("g1", "m2", Relation.SUPPORTS, Span(0, 1, "要"))
        >>> list(out.supports)
        [('m2', 'g1')]
        """
        if source and target and source != target and (target, source) not in self.supports:
            self.supports.setdefault((source, target), Support(source, target, relation, evidence))

    def label_of(self, key: str) -> str:
        """The label of a statement already collected.

        >>> out = Collector(Article("1", "a.txt"))
        >>> out.label_of(out.add(Kind.GOAL, "发展海洋经济", Span(0, 6, "发展海洋经济"), Level.ARTICLE) or "")
        '发展海洋经济'
        """
        return self.statements[key].label

    def facts(self) -> ArticleFacts:
        """What was collected, in the order it was found.

        >>> out = Collector(Article("1", "a.txt"))
        >>> _ = out.add(Kind.GOAL, "发展海洋经济", Span(0, 6, "发展海洋经济"), Level.ARTICLE)
        >>> [s.key for s in out.facts().statements]
        ['g1']
        """
        return ArticleFacts(self.article, tuple(self.statements.values()), tuple(self.supports.values()),
                            tuple(self.responsibilities))


YEAR_LEAD = re.compile(r"^(?:到|截至|截止到?)?(\d{4}|[一二三四五六七八九〇○零]{4})年(?!度|以来|起|前后)")
DIGITS = str.maketrans("〇○零一二三四五六七八九", "00012345678" + "9")


def _before(text: str, article: Article) -> bool:
    """The label opens with a year before the one its document is for (or 到, 截至 that year): it reports what that
    year brought.

    >>> _before("2001年国内生产总值达到95933亿元", Article("1", "r.txt", year=2002))
    True
    >>> _before("2025年粮食产量稳定在1.3万亿斤", Article("1", "r.txt", year=2025))
    False
    >>> _before("到一九五三年底，医院共有三千所", Article("1", "r.txt", year=1954))
    True
    >>> _before("一九五八年工业总产值计划达到六百四十亿元", Article("1", "r.txt", issued="1958-02-01"))
    False
    """
    m = YEAR_LEAD.match(text)
    year = article.year or (int(article.issued[:4]) if article.issued and article.issued[:4].isdigit() else None)
    return m is not None and year is not None and int(m.group(1).translate(DIGITS)) < year
