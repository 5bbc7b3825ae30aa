"""Questions about policy instruments: 这份文件用了哪些政策工具, 供给型政策工具有哪些, X的需求型举措.

A question is about instruments when it names a family (供给型, 环境型, 需求型, or 供给侧/需求侧 …
工具) or 政策工具; what stands before 的 and the family is the goal whose measures are asked about.

>>> instrument_question("这份文件用了哪些政策工具？")
Asked(family=None, subject='')
>>> instrument_question("数字经济的需求型举措有哪些")
Asked(family=<ToolFamily.DEMAND: 'demand'>, subject='数字经济')
>>> instrument_question("哪些举措支撑数字经济？") is None, instrument_question("哪些举措支撑供给侧结构性改革？") is None
(True, True)
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from kg.ask.answers import Answer, Context, Group, Line, Match
from kg.ask.records import Item
from kg.model import Tool, ToolFamily

FAMILY_WORDS = {"供给": ToolFamily.SUPPLY, "环境": ToolFamily.ENVIRONMENT, "需求": ToolFamily.DEMAND}
FAMILY = re.compile(r"(供给|环境|需求)(?:型|侧(?=的?(?:政策)?工具))")  # 供给侧结构性改革 is no family
TOOLS = re.compile(r"政策工具|工具类型|工具结构")
SUBJECT = re.compile(r"^(?:请问|请列出|列出)?(.+?)的(?:供给|环境|需求)(?:型|侧)")
LINES = 100  # statements listed for each instrument; the heading and the groups count them all
APPLIED = re.compile(r"^中?(?:哪些|哪几类|哪几种)?(?:被|主要|都)?(?:用于|用在|用来)|(?:哪些|什么|哪几个)(?:领域|方面|地方)$")
USING = re.compile(r"(?:用了|使用了|采用了|运用了|用到了|用|使用|采用|运用)?(?:哪些|什么|哪几类|哪几种|几类|几种|啥)?(?:样的)?"
                   r"(?:政策工具|工具类型|工具结构)")
# how the instruments are shared out (占多少, 占比, 结构): words of the answer's form, naming nothing
SHARE = re.compile(r"(?:的)?(?:所|各)?(?:占比|占多少|占比多少|比例|比重|结构|分布|构成|占)(?:是|为|有)?(?:多少|什么|怎样|如何|哪些)?$")
THIS = re.compile(r"^(?:这份|这个|这篇|本|该|此)?(?:文件|报告|文章|文本|图谱)?$")


@dataclass(frozen=True)
class Asked:
    family: ToolFamily | None
    subject: str  # the goal whose measures are asked about; "" for every measure in the question's documents


def instrument_question(question: str) -> Asked | None:
    """What an instrument question asks, or None when the question is about something else.

    >>> instrument_question("支撑发展数字经济的举措用了哪些政策工具？")
    Asked(family=None, subject='发展数字经济')
    >>> instrument_question("哪些举措支撑发展数字经济？") is None
    True
    """
    text = question.strip().rstrip("？?。. ")
    family = FAMILY.search(text)
    if family is None and not TOOLS.search(text):
        return None
    subject = SUBJECT.match(text)
    name = subject.group(1).strip() if subject else _named(text)
    if THIS.match(name):
        name = ""
    return Asked(FAMILY_WORDS[family.group(1)] if family else None, name)


def _named(text: str) -> str:
    """The goal an instrument question names around its 政策工具 (用什么政策工具支持小微企业), "" for none.

    >>> _named("用什么政策工具支持小微企业"), _named("这份文件用了哪些政策工具"), _named("供给型政策工具有哪些")
    ('支持小微企业', '', '')
    >>> _named("2025年政府工作报告用了哪些政策工具"), _named("需求型政策工具占多少"), _named("政策工具的结构是什么")
    ('', '', '')
    >>> _named("哪些政策工具用于支持小微企业"), _named("供给型政策工具主要用于哪些方面")
    ('支持小微企业', '')
    """
    from kg.ask.frame import name_of
    from kg.ask.scope import scope_of

    rest = USING.sub("", text)
    if rest == text:
        return ""
    rest = re.sub(r"\s+", "", scope_of(rest)[1])  # the documents asked about (2025年政府工作报告, 各省) are no goal
    rest = re.sub(r"的?(?:供给|环境|需求)(?:型|侧)的?", "", rest)
    rest = SHARE.sub("", rest)
    rest = APPLIED.sub("", rest)  # 用于支持小微企业: what the tools serve; 用于哪些领域: every field
    name = name_of(rest)
    return "" if THIS.match(name) or re.fullmatch(r"(?:有|都有|是|包括)?(?:哪些|什么|啥)?|[的中里之在]+", name) else name


def instruments_answer(ctx: Context, asked: Asked) -> Answer:
    """The coded measures within the question's documents (or below the goals its subject names), one group
    per subtype with its family and count, most used first.

    >>> ctx = Context.of_text("发展数字经济\\n\\n一是加大财政资金支持力度。二是制定数据中心建设标准。\\n")
    >>> found = instruments_answer(ctx, Asked(None, ""))
    >>> [(g.label, g.count) for g in found.groups]
    [('资金投入（供给型）', 1), ('技术支持（供给型）', 1)]
    """
    nodes = None
    matched: tuple[Match, ...] = ()
    if asked.subject:
        found = ctx.resolve(asked.subject, ("goal",), suggest=5)
        if not found.found:
            return Answer(ctx.question, f"图中没有名为「{asked.subject}」的目标", (), intent="instruments", found=False,
                          suggestions=tuple(e.name for e in found.suggestions))
        goals = [e.node for e in found.entries]
        nodes = {i.node for g in goals for i in ctx.index.below(g, kind="")} | set(goals)
        matched = (Match(asked.subject, found.how, found.used, "goal", len(goals)),)
    every, listed = ctx.index.instrumented(docs=ctx.docs, nodes=nodes, each=LINES)
    counts = Counter({Tool(tool): n for tool, n in every.items() if asked.family is None or Tool(tool).family == asked.family})
    coded = [(item, Tool(tool)) for item, tool in listed if Tool(tool) in counts]
    return _answer(ctx, asked, coded, counts, matched)


def _answer(ctx: Context, asked: Asked, coded: list[tuple[Item, Tool]], counts: Counter[Tool],
            matched: tuple[Match, ...]) -> Answer:
    families: Counter[ToolFamily] = Counter()
    for tool, n in counts.items():
        families[tool.family] += n
    total = sum(counts.values())
    groups = tuple(Group("", "instrument", f"{tool.zh}（{tool.family.zh}）", "", "", n,
                         tuple(Line(i.label, i.quote, i.article, tool.zh, i.node, i.kind) for i, t in coded if t == tool))
                   for tool, n in sorted(counts.items(), key=lambda x: (-x[1], list(Tool).index(x[0]))))
    what = f"「{asked.subject}」下" if asked.subject else ""
    kind = asked.family.zh + "政策工具" if asked.family else "政策工具"
    if asked.family is None:
        shares = "，".join(f"{f.zh} {families[f]}（{families[f] / max(total, 1):.0%}）" for f in ToolFamily)
        heading = f"{what}{kind}：共 {total} 项举措或标题，{shares}"
    else:
        heading = f"{what}{kind}：共 {total} 项"
    return Answer(ctx.question, heading, tuple(line for g in groups for line in g.lines), intent="instruments",
                  found=bool(total), note=ctx.where, matched=matched, groups=groups)
