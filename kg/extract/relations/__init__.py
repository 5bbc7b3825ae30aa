"""Stated relations between concepts: what one sentence says about two terms it names.

Read from the sentence's own structure, never from labels that overlap or
from terms that merely share a sentence or a section:

* ``includes``: a list and its class (A、B、C等X; X包括A、B; X，包括A、B; X分为A和B;
  以A为代表的X; X特别是A), one relation per member;
* ``enables``: purpose and basis (以X推动Y, 通过X实现Y, X为Y提供支撑/作出贡献,
  X是Y的基础, Y依托/离不开X, 没有X就没有Y, X支持/带动/赋能Y, 发挥X在Y中的作用);
* ``integratesWith``: X与Y融合/协同/结合 (X与A、B融合 joins X with each, not A
  with B), and members of a list that 协同发展;
* ``includes`` too: the parts a sentence says a reform is made of (X改革的主要任务是：A，B), what a copula says a
  thing is part of (X是Y的重要内容), and what it puts
  into a programme or system (将A纳入Y);
* ``appliesTo``: a quality, standard or action area of a thing (提升Y的X,
  a phrase naming two terms such as 中等职业学校|生均拨款制度, X在A、B等领域应用,
  X向Y倾斜, 为Y提供X);
* the focus of an action (以X为重点推进Y): a part of it or what it applies to.

>>> from kg.extract.terms import chunks
>>> named = [Named("机器学习算法", "机器学习算法", 2, 8), Named("智算芯片", "智算芯片", 9, 13),
...          Named("关键核心技术", "关键核心技术", 14, 20)]
>>> [(a, str(r), b) for a, r, b in sentence_relations("加强机器学习算法、智算芯片等关键核心技术攻关", named)]
[('关键核心技术', 'includes', '机器学习算法'), ('关键核心技术', 'includes', '智算芯片')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from operator import attrgetter

from kg.extract.cues import ROLES
from kg.extract.relations.applying import applying, possessed, qualities
from kg.extract.relations.classes import acting
from kg.extract.relations.copular import contents, reform_parts, taken_in
from kg.extract.relations.enabling import enabling
from kg.extract.relations.focus import focused
from kg.extract.relations.joins import fusions, joint
from kg.extract.relations.lists import includes
from kg.extract.relations.named import INCLUDES, Named, Triple, cut, outer

__all__ = ["Named", "coordinated", "sentence_relations"]


def sentence_relations(text: str, named: Sequence[Named]) -> Iterator[Triple]:
    """The relations one sentence states between the concepts it names, each once, in order of the rules.

    >>> from kg.extract.relations.named import named_in
    >>> text = "以人工智能赋能新型工业化"
    >>> [(a, str(r), b) for a, r, b in sentence_relations(text, named_in(text, "人工智能", "新型工业化"))]
    [('人工智能', 'enables', '新型工业化')]
    """
    named = [n for n in named if not cut(text, n)]  # 做|大新能源: a phrase cut across a verb
    terms = _placed(named)
    seen: set[Triple] = set()
    rules = (includes(text, terms), possessed(text, terms), fusions(text, terms), joint(text, terms),
             enabling(text, terms), qualities(text, terms, named), applying(text, terms, named), reform_parts(text, terms),
             taken_in(text, terms), contents(text, terms), focused(text, terms))
    for triple in (t for rule in rules for t in rule):
        if triple[0] != triple[2] and triple not in seen and not (triple[1] is INCLUDES and acting(triple[0])) \
                and not CLAUSE_END.search(triple[0]) and not CLAUSE_END.search(triple[2]):
            seen.add(triple)
            yield triple


def _placed(named: Sequence[Named]) -> list[Named]:
    """The terms with a label, one for each stretch (a concept before a bare word), by start and longer first.

    >>> [(n.text, n.provisional) for n in _placed([Named("钢铁", "钢铁", 0, 2, provisional=True), Named("钢铁", "钢铁", 0, 2)])]
    [('钢铁', False)]
    """
    unique = {(n.start, n.end): n for n in sorted(named, key=PROVISIONAL, reverse=True) if n.label}
    return sorted(unique.values(), key=lambda n: (n.start, -n.end))


PROVISIONAL = attrgetter("provisional")


CLAUSE_END = re.compile(r"(?:下来|起来|出来|过来|上来|进来|下去)$")
# a directional complement closes a verb, so a clause (旧社会遗留下来|的工资制度), never a concept


JOINERS = re.compile(r"[、和与及]")
LIST_JOINTS = frozenset(("、", "和", "与", "及", "以及"))


def coordinated(text: str, named: Sequence[Named]) -> Iterator[list[Named]]:
    """The runs of terms a sentence joins into one list (A、B、C和D), two terms or more each.

    >>> t = [Named("油料", "油料", 0, 2, provisional=True), Named("糖料", "糖料", 3, 5, provisional=True),
    ...      Named("水产品", "水产品", 6, 9)]
    >>> [[n.text for n in run] for run in coordinated("油料、糖料、水产品也要增加", t)]
    [['油料', '糖料', '水产品']]
    """
    if not JOINERS.search(text):
        return
    terms = outer(_placed(named))
    run: list[Named] = []
    for t in terms:
        if text[t.start - 1:t.start] == "为" and t.text in ROLES:
            continue  # 市场为导向: a role, no item
        if run and text[run[-1].end:t.start] in LIST_JOINTS:
            run.append(t)
            continue
        if len(run) >= 2:
            yield run
        run = [t]
    if len(run) >= 2:
        yield run
