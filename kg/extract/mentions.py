"""What statements name: the concepts each statement mentions, the concepts support links bring together,
the purposes a sentence's measures serve, and the indicators (figures) a sentence gives a concept.

All of it reads the concepts an article has (:class:`Matcher` over their labels and aliases) and the
statements and support links of :mod:`kg.extract.statements`.

>>> Matcher({"制造业": "制造业", "先进制造业": "先进制造业"}).outermost("发展先进制造业和制造业")
['先进制造业', '制造业']
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from kg.extract.cues import actions_before
from kg.model import (
    ArticleFacts,
    CoMention,
    Indicator,
    Kind,
    Mention,
    Relation,
    Span,
    Statement,
)
from kg.support import support_links

QUOTES = str.maketrans("", "", "“”‘’\"")
PIECES = re.compile(r"[，,；;：:。！？!?（）()、“”]")
NUMBER = re.compile(
    r"(\d+(?:\.\d+)?)\s*(万亿|亿|万|千)?\s*(标准机架|千瓦|个百分点|%|％|元|人|吨|公里|平方公里|亩|台|家|个|项|所|套|辆|架|户)"
)
YEAR = re.compile(r"(到|截至|至|在)?\s*(\d{4})年")
DIGIT = re.compile(r"\d")


PURPOSE_LINKS = (Relation.PURPOSE, Relation.MEANS)
SUPPORTING = re.compile(r"为(?P<y>[^，。；]{2,60}?)提供[^，。；]{0,6}(?:支撑|支持|保障|动力)")
MAX_ENDS = 8
# An action that seizes an occasion (抢抓…政策机遇, 抓住…契机) names the occasion, not a means to the purpose.
OCCASION = re.compile(r"(?:抢抓|抓住|把握|用好|紧抓|抓牢)[^，。；：]*(?:机遇|机会|契机)")


def purposes(matcher: Matcher, facts: ArticleFacts) -> Iterator[tuple[str, str, Span]]:
    """X enables Y where a sentence says its actions serve a purpose (加强X，突出Z，为建设Y提供支撑; 以X推动Y;
    通过X实现Y): the terms the actions name, each to the terms the purpose names.

    >>> from kg.extract import extract_document
    >>> from kg.model import Source
    >>> text = "发展新技术\\n\\n张三\\n\\n加强基础研究，完善金融服务体系，为建设科技强国提供有力支撑。\\n"
    >>> facts = extract_document(Source("a.txt", text)).articles[0]
    >>> m = Matcher({"基础研究": "基础研究", "科技强国": "科技强国", "金融服务体系": "金融服务体系"})
    >>> sorted({(x, y) for x, y, _ in purposes(m, facts)})
    [('基础研究', '科技强国'), ('金融服务体系', '科技强国')]
    >>> text = "发展新技术\\n\\n张三\\n\\n抢抓财政政策机遇，加强基础研究，为建设科技强国提供有力支撑。\\n"
    >>> facts = extract_document(Source("a.txt", text)).articles[0]
    >>> m = Matcher({"基础研究": "基础研究", "科技强国": "科技强国", "财政政策": "财政政策"})
    >>> sorted({(x, y) for x, y, _ in purposes(m, facts)})
    [('基础研究', '科技强国')]
    """
    label = {st.key: st.label for st in facts.statements}
    kind = {st.key: st.kind for st in facts.statements}
    for link in facts.supports:
        purpose = SUPPORTING.search(link.evidence.text) if link.relation in PURPOSE_LINKS else None
        if purpose is None or label[link.source] in purpose.group() or kind[link.source] is not Kind.MEASURE \
                or OCCASION.search(label[link.source]) or not _next_to(label[link.source], link.evidence.text, purpose):
            continue
        xs = matcher.outermost(label[link.source])
        ys = [y for y in matcher.outermost(label[link.target]) if y in purpose.group("y")]
        if 0 < len(xs) <= MAX_ENDS and 0 < len(ys) <= MAX_ENDS:
            for x in xs:
                for y in ys:
                    if x not in ys and y not in xs:
                        yield x, y, link.evidence


def _next_to(action: str, text: str, purpose: re.Match[str]) -> bool:
    """An action serves the purpose of its sentence where it is one of the actions right before it
    (:func:`kg.extract.cues.actions_before`), not a clause of a preamble or of another run.

    >>> text = "以新思想为指导，加强基础研究，为建设科技强国提供支撑"
    >>> purpose = SUPPORTING.search(text)
    >>> _next_to("加强基础研究", text, purpose), _next_to("以新思想为指导", text, purpose)
    (True, False)
    """
    return any(action in clause.group() for clause in actions_before(text, purpose.start()))


def statement_mentions(matcher: Matcher, statements: tuple[Statement, ...]) -> tuple[Mention, ...]:
    """Each statement mentions the concepts its label names (the outermost ones).

    >>> from kg.extract import extract_document
    >>> from kg.model import Source
    >>> text = "发展新技术\\n\\n张三\\n\\n加强基础研究，完善金融服务体系，为建设科技强国提供有力支撑。\\n"
    >>> facts = extract_document(Source("a.txt", text)).articles[0]
    >>> m = Matcher({"基础研究": "基础研究", "科技强国": "科技强国", "金融服务体系": "金融服务体系"})
    >>> [x.concept for x in statement_mentions(m, facts.statements)]
    ['基础研究', '金融服务体系', '科技强国']
    """
    out: dict[tuple[str, str], Mention] = {}
    for st in statements:
        for c in matcher.outermost(st.label):
            out.setdefault((st.key, c), Mention(st.key, c))
    return tuple(out.values())


def co_mentions(mentions: tuple[Mention, ...], facts: ArticleFacts) -> tuple[CoMention, ...]:
    """Concepts brought together by a support link: one named by a statement, one by the statement it supports
    (a statistic of the text's policy logic, not a stated relation).

    >>> from kg.extract import extract_document
    >>> from kg.model import Source
    >>> text = "发展新技术\\n\\n张三\\n\\n加强基础研究，完善金融服务体系，为建设科技强国提供有力支撑。\\n"
    >>> facts = extract_document(Source("a.txt", text)).articles[0]
    >>> m = Matcher({"基础研究": "基础研究", "科技强国": "科技强国", "金融服务体系": "金融服务体系"})
    >>> [(c.first, c.second) for c in co_mentions(statement_mentions(m, facts.statements), facts)]
    [('基础研究', '科技强国'), ('科技强国', '金融服务体系')]
    """
    named: dict[str, list[str]] = {}
    for m in mentions:
        named.setdefault(m.statement, []).append(m.concept)
    _, outgoing = support_links((s.source, s.target) for s in facts.supports)
    counts: Counter[tuple[str, str]] = Counter()
    for source in outgoing:
        for target in _served(outgoing, source, depth=CO_MENTION_DEPTH):
            for a in named.get(source, ()):
                for b in named.get(target, ()):
                    if a != b:
                        counts[(a, b) if a < b else (b, a)] += 1
    return tuple(CoMention(a, b, n) for (a, b), n in sorted(counts.items()))


CO_MENTION_DEPTH = 2  # a measure, the item it serves and the section above it


def _served(outgoing: dict[str, list[str]], start: str, *, depth: int) -> list[str]:
    """The statements ``start`` supports within ``depth`` links, each once (one reached by two paths too).

    >>> _served({"m": ["a", "b"], "a": ["g"], "b": ["g"]}, "m", depth=2)
    ['a', 'b', 'g']
    """
    out, frontier = [], [start]
    for _ in range(depth):
        frontier = list(dict.fromkeys(t for s in frontier for t in outgoing.get(s, ()) if t not in out and t != start))
        out += frontier
    return out


class Matcher:
    """Every occurrence of a set of surfaces in a text, nested and overlapping ones included, in order of
    their start (an Aho-Corasick automaton: one pass over the text whatever the number of surfaces).

    >>> list(Matcher({"制造业": "制造业", "先进制造业": "先进制造业", "先进": "先进"}).find("发展先进制造业"))
    ['先进制造业', '先进', '制造业']
    """

    def __init__(self, surfaces: dict[str, str]) -> None:
        import ahocorasick

        self.automaton = ahocorasick.Automaton()
        for surface, label in surfaces.items():
            self.automaton.add_word(surface, (len(surface), label))
        self.empty = not surfaces
        if not self.empty:
            self.automaton.make_automaton()

    def find(self, text: str) -> Iterator[str]:
        """The labels of every occurrence, by start.

        >>> list(Matcher({"研究": "研究", "基础研究": "基础研究"}).find("加强基础研究"))
        ['基础研究', '研究']
        """
        for _, _, label in self.spans(text):
            yield label

    def spans(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, label) of every occurrence, by start, longer first.

        >>> Matcher({"基础研究": "基础研究"}).spans("加强基础研究")
        [(2, 6, '基础研究')]
        """
        if self.empty:
            return []
        hits = sorted((end - size + 1, -size, label) for end, (size, label) in self.automaton.iter(text))
        return [(start, start - neg, label) for start, neg, label in hits]

    def outermost(self, text: str) -> list[str]:
        """The concepts ``text`` names that no longer concept it names contains, in order, once each.

        >>> Matcher({"制造业": "制造业", "先进制造业": "先进制造业"}).outermost("发展先进制造业和制造业")
        ['先进制造业', '制造业']
        """
        out: dict[str, None] = {}
        reach = -1
        for _start, end, label in self.spans(text.translate(QUOTES)):
            if end > reach:
                out[label] = None
                reach = end
        return list(out)


def indicators(matcher: Matcher, span: Span, article: str) -> Iterator[Indicator]:
    """The figures a sentence gives the concepts before them (value, unit, year; a target where it looks ahead).

    >>> [(i.concept, i.value, i.unit, i.year, i.target) for i in indicators(Matcher({"森林覆盖率": "森林覆盖率"}),
    ...                                                            Span(0, 17, "到2025年森林覆盖率达到45%"), "1")]
    [('森林覆盖率', '45', '%', '2025', True)]
    """
    if not DIGIT.search(span.text):
        return  # NUMBER and YEAR need digits
    years = YEAR.findall(span.text)
    target = (years[0][0] == "到" if years else False) or "力争" in span.text or "目标" in span.text
    for clause in PIECES.split(span.text):
        for m in NUMBER.finditer(clause):
            concepts = matcher.outermost(clause[: m.start()])
            if not concepts:
                continue
            value = m.group(1) + (m.group(2) or "")
            yield Indicator(concepts[-1], value, m.group(3), years[0][1] if years else None, target, span, article)
