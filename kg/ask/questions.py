"""Chinese (and basic English) questions read by their cues: what is asked (the intent), about which
names, and within which documents (:mod:`kg.ask.scope`).

Intents: ``measures`` (措施/举措/政策/办法/路径/如何/怎样… for X), ``goals`` (what X
serves: 服务于/为了/目的), ``concepts`` (相关/有关/涉及), ``includes`` (X包括哪些, 哪些属于X),
``classes`` (X属于什么, X是哪一类), ``members`` (X有哪些, X都有啥: what X is stated to include, else
everything about X), ``applies`` (X用在哪些领域), ``enables`` (什么推动X, X依托什么),
``effects`` (X推动什么), ``relation`` (X和Y的关系/联系/影响, X和Y怎么融合),
``articles`` (哪篇/哪些文件/出现/提到/引用), ``lead`` (X由哪个部门牵头), ``tasks``
(X牵头了哪些任务, 哪些任务由X负责) and ``about`` (a plain name, or no known cue:
everything about it). ``count`` marks a how-many question of any intent. The name
is what is left once the question's frame is taken off both ends.

>>> parse_question("哪些举措支撑现代化产业体系建设？")
Question(intent='measures', names=('现代化产业体系建设',), count=False)
>>> parse_question("人工智能和实体经济有什么关系")
Question(intent='relation', names=('人工智能', '实体经济'), count=False)
>>> parse_question("完善农机装备创新体系由哪个部门牵头？")
Question(intent='lead', names=('完善农机装备创新体系',), count=False)
>>> parse_question("2024年以来哪些省份的政府工作报告提到了新质生产力？").scope
Scope(years=(2024, 9999), genres=('政府工作报告',), by='region')
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from kg.ask.compare import compares, pair_in
from kg.ask.english import english_question, english_scope
from kg.ask.frame import (
    AGENCY,
    ASKING,
    CHARGE,
    DOCUMENT,
    DRIVE_VERB,
    MEASURE_NOUN,
    PREFIXES,
    PUNCT,
    REACH,
    SOFT_NOUN,
    SUFFIXES,
    SUPPORT_VERB,
    name_of,
)
from kg.ask.scope import Scope, scope_of
from kg.ask.words import alone

__all__ = ["Question", "clauses", "intent_of", "name_of", "parse_question"]

CUES: tuple[tuple[str, str], ...] = (
    ("articles", rf"的{DOCUMENT}(?:有哪些|是哪些|有哪几)|"
                 rf"哪篇|哪几篇|几篇|多少篇|哪份|哪个{DOCUMENT}|哪些{DOCUMENT}|出现|提到|提及|谈到|讲到|论及|写到|在哪里|在哪儿|"
                 r"引用|援引|哪些省|哪个省|哪几个省|各省|哪些地方|哪些地区|哪些年|哪一年|哪年|哪几年|"
                 rf"在哪些(?:{DOCUMENT})?(?:里|中)|是否提|有没有提|提没提"),
    ("goals", r"为什么要|为何要|为啥要|(?:为什么|为何)(?:很|这么|如此)?(?:重要|关键|必要)|重要性|必要性|有什么好处|有何好处|的好处|"
              rf"服务于{ASKING}|服务{ASKING}|为了{ASKING}|目的|目标是什么|要实现什么|作用是什么|有什么作用|起什么作用|有什么用|有何作用|"
              rf"有什么意义|有何意义|意义何在|的意义|{SUPPORT_VERB}(?:了|着)?{ASKING}(?:目标|方面)?$|是{ASKING}目标|为{ASKING}目标|服务于哪|的目标|有哪些目标|提出了哪些目标|"
              rf"目标(?:有哪些|是什么|是哪些|包括哪些)(?!.*{MEASURE_NOUN})|(?:达到|实现){ASKING}(?:样的)?目标|的(?:主要)?预期目标|"
              r"(?:比较|对比).*目标"),
    ("about", r"(?:怎么|如何|怎样)(?:看待|评价|论述|说|讲|谈|描述|表述)|"
              r"(?:什么|哪些|何种|啥)(?:样的)?(?:说法|论述|表述|提法|论断|阐述|观点)|(?:讲|说|谈|写)(?:了|到了)?(?:什么|哪些|啥)"),
    ("measures", rf"{MEASURE_NOUN}|的(?:发展|实施|推进|建设|改革)?{SOFT_NOUN}|抓(?:好)?{ASKING}|"
                 rf"如何|怎样|怎么|咋|靠什么|靠哪|依靠什么|依靠哪|通过什么|(?:做|干)些?{ASKING}|"
                 rf"哪些工作|提出了{ASKING}|提了|要求|任务|部署"),
    ("concepts", r"相关|有关|涉及|关联|概念|术语|哪些领域|哪些方面"),
)
_CUES = tuple((intent, re.compile(pattern)) for intent, pattern in CUES)
ASKED_MEASURES = re.compile(rf"(?:提到|提及|提出|部署)了?(?:哪些|什么|多少).*{MEASURE_NOUN}")
COUNT = re.compile(r"多少|(?<!哪)几(?:项|个|条|篇|种|份)|数量|总数|共有|一共")
TALLY = re.compile(r"数量|总数|个数|数目")  # 举措数量是多少: a number of things after all
VALUE = re.compile(rf"(?:(?:要|将|应|需要|计划)?{REACH}|(?:目标|目标值|指标)(?:是|为)|(?:是|为))(?:多少|几成|什么水平|多高)(?:呢)?$")
RELATION = (
    re.compile(r"(.+?)(?:和|与|同|跟|及)(.+?)(?:两者|二者)?(?:之间)?(?:的)?(?:是|有|存在|有没有|是否有|有无|是否存在)?"
               r"(?:什么|何种|怎样的|怎么样的|哪些|啥|何)?(?:样的)?(?:关系|联系|关联|相互关系|相互作用|相互影响|区别|不同|差异|异同)"
               r"(?:如何|怎样|怎么样|是什么|是啥)?(?:吗|呢|没有)?"),
    re.compile(r"(.+?)(?:会|将|能够|可能|(?<=能)能)?(?:对|给)(.+?)(?:有|带来|产生)(?:什么|哪些|何种|怎样的)(?:样的)?(?:影响|作用)"),
    re.compile(r"(.+?)(?:会|将|能够|可能|(?<=能)能)?对(.+?)的(?:影响|作用)(?:是什么|有哪些|如何|怎样|有多大)?"),
    re.compile(rf"(.+?)(?:如何|怎样|怎么)(?:影响|作用于|关联|联系|{DRIVE_VERB})(?:到)?(.+?)"),
    re.compile(r"(.+?)(?:和|与|同|跟)(.+?)(?:是否|有没有)?(?:融合|结合|协同|联动|关联)(?:发展)?(?:了)?(?:吗|没有|没)"),
    re.compile(r"(.+?)(?:和|与|同|跟)(.+?)(?:如何|怎样|怎么|怎么样)(?:才能)?(?:关联|联系|相关|相互作用|融合|结合|协同|衔接|联动|互动|"
               r"深度融合|融合发展|协同发展)(?:起来|发展)?"),
    re.compile(r"(?:如何|怎样|怎么)(?:推动|推进|促进|实现|加快)?(.+?)(?:和|与|同|跟)(.+?)(?:的)?(?:深度)?(?:融合|结合|协同|联动)(?:发展)?"),
)
LEAD = (
    re.compile(rf"(.+?)(?:是|由|归|应由|需要由)?(?:哪个|哪些|什么|哪家|哪几个|啥)?{AGENCY}{CHARGE}(?:的)?(?:工作)?"),
    re.compile(rf"(.+?)(?:由|归)?(?:谁|哪里)(?:来)?(?:{CHARGE}|管|抓)"),
    re.compile(rf"(?:谁|哪个{AGENCY}|哪些{AGENCY}){CHARGE}(.+)"),
    re.compile(rf"(.+?)的?(?:牵头|责任|负责|主管){AGENCY}(?:是|有)?(?:哪个|哪些|什么|谁)?"),
)
TASKS = (
    re.compile(rf"(.+?){CHARGE}(?:了|的|着)?(?:哪些|什么|几项|多少项?|哪几项)(?:任务|工作|举措|措施|事项|事情|事)?"),
    re.compile(rf"(?:哪些|什么|多少|几项)(?:任务|工作|举措|措施|事项)(?:是)?(?:由|归)(.+?){CHARGE}(?:的)?"),
    re.compile(r"(.+?)(?:牵头|负责|主管|承担)的(?:任务|工作|举措|措施|事项)(?:都)?(?:有哪些|是什么|有什么|包括哪些|有多少项?|有几项)?"),
)
KIND_OF = r"(?:类型|种类|类别|分类|分支|组成部分|门类|子类|成员|构成)"
INCLUDES = (
    re.compile(r"(.+?)(?:都|主要|具体|一般|通常)?(?:包括|包含|涵盖|分为|由)(?:了)?(?:哪些|什么|啥|哪几|几)(?:个|类|种|方面|部分)?"
               r"(?:组成|构成|内容)?(?:呢)?"),
    re.compile(r"(.+?)由(?:哪些|什么|哪几|几)(?:个|类|种)?[\u4e00-\u9fff]{1,4}?(?:组成|构成)"),
    re.compile(rf"(.+?)(?:下面|下属|之下|下)?(?:都|主要|具体)?(?:有|分|包括)(?:哪些|什么|哪几|几)(?:个|类|种)?{KIND_OF}"),
    re.compile(rf"(.+?)的{KIND_OF}(?:都|主要|具体)?(?:有哪些|是什么|是哪些|包括哪些|有什么|有啥)"),
)
# A relation asked by its verb, each verb with the intent its object side answers: the asking word (什么, 哪些)
# stands on one side and the name on the other (X包括哪些 / 哪些技术属于X; X推动什么 / 什么依托X).
VERB_FORMS: tuple[tuple[str, str], ...] = (
    ("includes", r"包括|包含|涵盖|囊括|细分为|分为|分成"),  # the whole, then its parts
    ("classes", r"属于|归属于|归于|隶属于|是(?:一种|一类)"),  # a part, then its whole
    ("effects", DRIVE_VERB),  # the driver, then what it drives
    ("enables", r"依托|依靠|依赖|离不开|取决于|得益于|源于|来自|建立在"),  # what is driven, then its driver
)
FLIPPED = {"includes": "classes", "classes": "includes", "effects": "enables", "enables": "effects"}
# 能 after a name ending in 能 (人工智能能带动什么) is a modal; one 能 alone may end the name.
_VERB_FORMS = tuple((intent, re.compile(f"(.*?)(?:能够|可以|会|在|(?<=能)能)?(?:{verbs})(?:了|着|于)?(.*)"))
                    for intent, verbs in VERB_FORMS)
ASKED = re.compile(rf"(?:都|主要|具体|究竟|到底)?{ASKING}(?:样的|种|些)?(?:东西|内容|方面|领域|因素|力量|类型|技术|产业|概念)?(?:呢)?")
NOT_CONCEPT = re.compile(rf"{MEASURE_NOUN}|{SOFT_NOUN}|{DOCUMENT}|{AGENCY}|目标|说法|表述|论述|提法")
ENABLES = (
    re.compile(r"(?:是)?(?:什么|哪些|哪些因素|哪些力量|什么因素)(?:在)?(?:推动|驱动|带动|支撑|赋能|促进)(?:了|着)?(.+)"),
    re.compile(r"(.+?)(?:的)?(?:动力|驱动力|推动力|驱动因素|动因|基础|支撑|源泉|关键)(?:是什么|是啥|有哪些|来自哪里|在哪里|在哪)"),
    re.compile(rf"{DRIVE_VERB}(.+?)的(?:因素|力量|动力|原因)(?:是什么|有哪些|是哪些)"),
    re.compile(r"(.+?)(?:由|靠)(?:什么|哪些)(?:推动|驱动|带动|赋能)"),
)
CLASSES = (re.compile(r"(.+?)(?:是|属于|归|归于|算)(?:哪一类|哪类|哪种|哪一种|什么类型|什么类别|哪个类别|哪个类型)(?:的)?"
                      r"[\u4e00-\u9fff]{0,4}"),)
APPLIES = (re.compile(r"(.+?)(?:的)?(?:应用|运用)(?:领域|场景|方向|环节)(?:有哪些|是什么|是哪些|包括哪些)"),
           re.compile(r"(.+?)(?:都|主要)?有(?:哪些|什么|啥)(?:应用|运用)(?:领域|场景|方向|环节)?"),
           re.compile(r"(.+?)(?:可以|能够|可|(?<=能)能)?(?:用在|用于|应用于|应用在|运用于)(?:哪些|什么|哪个|哪)(?:领域|方面|场景|环节|行业|地方)?"),
           re.compile(r"(.+?)(?:在|(?<=能)能在|可以在)(?:哪些|什么)(?:领域|方面|场景|环节|行业)(?:得到)?(?:应用|运用|使用)"))
# X有哪些 with nothing after the asking word: the members of X where the graph states them.
MEMBERS = (re.compile(r"(.+?)(?:都|主要|具体|一般|通常)?有(?:哪些|什么|啥|哪几种|哪几类)(?:呢)?"),)
EFFECTS = (re.compile(rf"(.+?)对(?:什么|哪些|啥)(?:方面|领域)?(?:有|起|具有|起到)(?:{DRIVE_VERB})(?:作用)?"),)
KIND_NAMES = frozenset({"目标", "举措", "措施", "任务", "内容", "文件", "文章", "报告", "政策", "概念", "要求", "部署",
                        "目的", "作用", "主要目标", "主要任务", "重点任务", "节点", "图谱", "图", "一共", "总共", "共", "都",
                        "主要", "具体", "重点", "总体", "核心", "哪些", "什么"})
FUNCTION = re.compile(r"[的了之是有在和与及]+")  # what a name never is
# Who says or does, not what is asked about: a clause left with only one of these names nothing (关于稳就业，国务院有哪些举措).
AGENTS = frozenset({"国务院", "国务院办公厅", "国家", "政府", "中央", "党中央", "各地", "地方", "省政府", "我国", "中国", "各省",
                    "政府工作报告", "报告", "文件", "背景", "问题", "提问", "说明", "补充", "前提"})  # and the labels of parts
# The whole country, which limits no document of a graph of Chinese policy (全国有哪些举措, 我国在X方面, 中国的X)
COUNTRY = re.compile(r"(?:全国|我国|全中国|中国|国内|国家)(?:范围内|范围|层面|上下|各地)?")
COUNTRY_OF = re.compile(r"(?:的|在|关于|对于|对|就)(?=..)")
ABOUT = re.compile(r"(?:关于|对于|对|就)(?=..)")  # what a question's scope may leave before its name (2025年政府工作报告对X)
# What marks the clause that asks, in a question with context before the ask (我在研究X，想知道…有哪些举措？).
ASK_MARK = re.compile(r"哪|什么|啥|吗|如何|怎|咋|是否|有没有|多少|几(?:个|篇|份|项|条|种|年)|谁|[？?]")
CLAUSE = re.compile(r"(?<=[，。：；！？,;:!?])")
# A polite or follow-up clause after the ask (能列举一下吗, 可以详细说说吗, 比如哪些方面): it names nothing, the clause
# before it holds the question.
FOLLOW_UP = re.compile(r"(?:你|您)?(?:能|可以|能否|能不能|可不可以|麻烦|请)?(?:帮我|给我)?(?:再)?(?:详细|具体|简单|简要)?(?:地)?"
                       r"(?:列举|举例|说说|说明|讲讲|谈谈|介绍|告诉我|解释|展开|说一说|讲一讲|列一下|列出来|列出|讲一下|说一下|分析)?"
                       r"(?:一下|下)?(?:吗|呢|么|嘛)?|(?:比如|例如|譬如)?(?:说)?(?:具体|主要|都)?(?:有|是|包括)?(?:哪些|什么|啥)?"
                       r"(?:方面|内容)?(?:吗|呢)?|(?:谢谢|多谢|感谢)(?:你|您)?(?:了)?|(?:请|再)?(?:对比|比较)(?:分析)?一下(?:吧)?")
# A name the graph holds may end in what a question's frame also ends in (群众反映强烈的问题, 城乡差别, 比较优势):
# the whole is read where the graph has it.
WIDER_END = re.compile(r"的?(?:问题|难题)|区别|差异|差别|对比|比较|目标|变化|趋势|演变|走势|演进")
WIDER_START = re.compile(r"(?:比较|对比)$")
# the goals of the documents a question is limited to (its scope took the 的 off: 2025年的发展目标有哪些)
NAMED_GOALS = re.compile(r"(?:发展|奋斗|预期)目标(?:是什么|有哪些|是哪些|包括哪些)?")
DOCUMENT_GOALS = re.compile(r"(?:主要|发展|总体|奋斗|具体)+目标(?:是什么|有哪些|是哪些|包括哪些)?")
# A question that opens by pointing back (这项举措…, 它有哪些) names nothing by that word; a closed class of Chinese
# demonstratives and the third-person pronoun, with their measure words.
POINTER = re.compile(r"^(?:(?:这|该|此|它)(?:项|个|些|条|种|类|们|一|篇|份|部)?|其(?![他它中实余次]))(?=.)")
POSSESSIVE = re.compile(r"其(?![他它中实余次])")  # 其内涵: the name's
POINTER_END = re.compile(r"(?<=[^其])它们?$")  # 哪些省份提到了它
# What names only the documents themselves and what they say (本文的主要内容, 这篇文章的主题, 全文): a question
# left with this asks about the documents of the graph as a whole.
WHOLE = re.compile(rf"(?:全文|通篇|整篇|(?:国务院|国务院办公厅|中央|政府|省政府|国家)?(?:的)?{DOCUMENT})(?:的)?(?:主要|核心|基本|总体)?"
                   r"(?:内容|观点|主题|主旨|要点|思想|精神|目标|任务|重点|核心|论点)?|"
                   r"(?:主要|核心|基本|总体)?(?:内容|观点|主题|主旨|要点|论点)|"
                   rf"(?:(?:{DOCUMENT})(?:的)?)?(?:作者|发文机关|发布机关|发文单位|文号|发布时间|发文时间|出处|来源)(?:是谁|是什么|有哪些|是哪些)?")
EXAMPLE_FORMS = (
    ("measures", "哪些举措支撑X？ / X的措施有哪些？ / 如何X？"),
    ("goals", "举措Y服务于哪些目标？"),
    ("concepts", "与X相关的概念有哪些？"),
    ("articles", "哪篇文章提到X？ / X出现在哪些文件中？ / 哪些省份的政府工作报告提到X？"),
    ("relation", "X和Y有什么关系？"),
    ("count", "X有多少项举措？"),
    ("lead", "举措Y由哪个部门牵头？"),
    ("about", "X（只写一个名字：关于它的一切）"),
    ("whole", "不写名字的问题：每份文件和它的目标"),
)


@dataclass(frozen=True)
class Question:
    intent: str  # see the module docstring
    names: tuple[str, ...]
    count: bool = False
    scope: Scope = field(default_factory=Scope)
    points_back: bool = False  # it opens with 这项, 它 …: what it asks about is named elsewhere, if anywhere
    compare: bool = False  # it asks to compare (对比, 区别): two provinces or years side by side (kg.ask.compare)

    def __repr__(self) -> str:
        scope = f", scope={self.scope!r}" if self.scope != Scope() else ""
        back = ", points_back=True" if self.points_back else ""
        compared = ", compare=True" if self.compare else ""
        return f"Question(intent={self.intent!r}, names={self.names!r}, count={self.count!r}{scope}{back}{compared})"


def intent_of(text: str) -> str:
    """The first cue family found in ``text`` (articles, goals, measures, concepts), else "about".

    >>> intent_of("数据要素有关的政策有哪些"), intent_of("与人工智能相关的概念有哪些"), intent_of("人工智能")
    ('measures', 'concepts', 'about')
    """
    for intent, pattern in _CUES:
        if pattern.search(text):
            return intent
    return "about"


def parse_question(text: str, *, known: Callable[[str], int] | None = None) -> Question:
    """The intent of a question, the names it asks about and its documents; never refuses (a plain
    name, or a question with no known cue, is "about").

    >>> parse_question("新质生产力出现在哪些文章中")
    Question(intent='articles', names=('新质生产力',), count=False)
    >>> parse_question("怎样加快发展智能制造？")
    Question(intent='measures', names=('加快发展智能制造',), count=False)
    >>> parse_question("国发〔2018〕42号的目标是什么？").scope.documents
    ('国发〔2018〕42号',)
    """
    clean = text.strip().strip(PUNCT)
    found = english_question(clean)
    if found is not None:
        return Question(*found[:3], english_scope(clean))
    return _compared(_parsed(clean, known), clean, known)


def _compared(question: Question, clean: str, known: Callable[[str], int] | None) -> Question:
    """``question`` marked as a comparison where it asks for one (:func:`kg.ask.compare.compares`), a name made of two
    (数字经济和实体经济) read as the two things compared."""
    if not compares(clean, question.names):
        return question
    if question.intent in ("about", "measures", "concepts") and len(question.names) == 1 \
            and (pair := pair_in(question.names[0], known)):
        return replace(question, intent="relation", names=pair, compare=True)
    return replace(question, compare=True)


def _parsed(clean: str, known: Callable[[str], int] | None) -> Question:
    """The question ``clean`` read (see :func:`parse_question`), comparisons aside."""
    if known is not None and known(clean) == 2:  # 适应消费结构的变化: a question that is a name the graph has is that name
        return Question("about", (clean,), False)
    read = _read(clean, asking := clauses(clean), known)
    if known is None or not asking[1] or (read.names and all(known(n) for n in read.names)):
        return read
    whole = _read(clean, (clean, ()), known)  # 谁负责推进农业机械化，有哪些举措: the ask's clause names 「由」, 「其中」
    return whole if whole.names and all(known(n) for n in whole.names) else read


def _read(clean: str, asking: tuple[str, tuple[str, ...]], known: Callable[[str], int] | None) -> Question:
    """The question read from the clause ``asking`` holds (the ask and the clauses before it as its context)."""
    scope, rest = scope_of(clean)
    asked, context = asking
    rest, pointer, at = _pointed((scope_of(asked)[1] if context or _closes(clean, asked) else rest).strip(PUNCT), scope)
    if pointer and (named := _context_name(context)):  # 新质生产力是什么？它有哪些举措: 它 is the name before
        rest, pointer = rest[:at] + named + ("的" if POSSESSIVE.match(asked) else "") + rest[at:], False
    count = _how_many(rest, asked, scope)
    paired = _named_form(rest)
    if paired is not None:
        return Question(*paired, count, scope, points_back=pointer)
    intent = _intent(rest, scope)
    name = _named(rest)
    if not name and not scope.documents and not pointer:  # the context before the ask names what is asked about
        name = _context_name(context)
    if scope.limits and DOCUMENT_GOALS.fullmatch(rest):  # 2025年的发展目标有哪些: the goals of those documents
        name = ""
    if not name and rest == clean and (rest in AGENTS or COUNTRY.fullmatch(rest)):  # 中国 alone: a name after all
        name = rest
    if name and known is not None:
        name = _widened(rest, _national(name, known), known, goals=intent == "goals")
    return Question(intent, (name,) if name else (), count, scope, points_back=pointer)


def _national(name: str, known: Callable[[str], int]) -> str:
    """``name`` without the word for the whole country that opens it (我国就业优先 → 就业优先) where the graph knows
    the rest better than the whole: no name holds the whole, or it opens with 我国, a pronoun never part of a name
    (中国特色社会主义, and 中国制造 that names hold, are kept).

    >>> _national("我国就业优先", lambda n: int(n == "就业优先")), _national("国家安全", lambda n: 2)
    ('就业优先', '国家安全')
    >>> _national("中国制造", lambda n: 1 + (n == "制造")), _national("我国对外开放", lambda n: 1 + (n == "对外开放"))
    ('中国制造', '对外开放')
    """
    country = COUNTRY.match(name)
    if country is None or len(name) - country.end() < 2 or not alone(name, 0, country.end()):
        return name
    whole = known(name)  # 我国 is a pronoun, never part of a name; 中国制造, 全国统一大市场 are names
    if whole == 2 or (whole and not name.startswith("我国")):
        return name
    return name[country.end():] if known(name[country.end():]) > whole else name


def _intent(rest: str, scope: Scope) -> str:
    """The intent of a question of no named form, read from its cues and its scope."""
    intent = "articles" if scope.by and intent_of(rest) in ("about", "measures") else intent_of(rest)
    if intent == "articles" and not scope.by and ASKED_MEASURES.search(rest):
        return "measures"  # 提到了哪些人工智能举措: the measures are asked for, not where they appear
    if not scope.limits and NAMED_GOALS.fullmatch(rest):  # 发展目标有哪些: the goals of that name, not what 发展 serves
        return "about"
    return intent


def _closes(text: str, asked: str) -> bool:
    """Whether only follow-up clauses stand after the clause ``asked`` in ``text`` (有哪些举措，能列举一下吗), not a
    clause that names what is asked about (有哪些举措，支撑农业机械化)."""
    after = text[text.find(asked) + len(asked):]
    return asked != text and all(FOLLOW_UP.fullmatch(p.strip(PUNCT)) for p in CLAUSE.split(after) if p.strip(PUNCT))


def _context_name(context: tuple[str, ...]) -> str:
    """The name the last clause of the context that names one names ("" for none)."""
    return next((n for c in reversed(context) if (n := _named(scope_of(c)[1].strip(PUNCT)))), "")


def _widened(rest: str, name: str, known: Callable[[str], int], *, goals: bool = False) -> str:
    """``name`` with the words of frame the question cut off next to it put back where the graph has the whole
    (群众反映强烈的问题, 城乡差别, 比较优势), else ``name``. ``known`` says 2 for a name the graph has, 1 for a
    text some name holds; 目标 is put back only onto a name the graph has (实现第二步奋斗目标), and not where the
    goals are asked for (乡村振兴目标有哪些 asks for the goals of 乡村振兴).

    >>> _widened("城乡差别有哪些", "城乡", lambda n: int(n == "城乡差别")), _widened("城乡差别", "城乡", lambda n: 0)
    ('城乡差别', '城乡')
    """
    at = rest.find(name)
    if at < 0:
        return name
    end = WIDER_END.match(rest, at + len(name))
    if end and end.group() == "目标" and (goals or known(rest[at:end.end()]) < 2):
        end = None
    start = WIDER_START.search(rest, 0, at)
    wider = [rest[start.start() if start else at:end.end() if end else at + len(name)]]
    if start and end:
        wider += [rest[start.start():at + len(name)], rest[at:end.end()]]
    return next((w for w in wider if w != name and known(w)), name)


def _how_many(rest: str, asked: str, scope: Scope) -> bool:
    """Whether a question asks how many: a count word not asking for a value (森林覆盖率要达到多少), or how many
    provinces or years (有多少省份提到了X, where the scope took the count word off)."""
    if COUNT.search(rest) and (not VALUE.search(rest) or TALLY.search(rest)):
        return True
    return bool(scope.by and COUNT.search(asked) and not VALUE.search(asked))


def _pointed(rest: str, scope: Scope) -> tuple[str, bool, int]:
    """``rest`` without what opens it but names nothing (这项, 它; the 和 between two places) or the 它 that ends
    it (哪些省份提到了它), whether it points back to something named elsewhere, and where the pointer stood."""
    if scope.regions or scope.years:  # 北京和上海在X上的举措: the conjunction of two places taken off
        rest = re.sub(r"^(?:和|与|跟|同|及|、)+", "", rest)
    if scope.limits and (about := ABOUT.match(rest)) and alone(rest, 0, about.end()):
        rest = rest[about.end():]  # 政府工作报告对X的表述: the scope took the document, 对 names nothing (not 对外开放)
    pointer = POINTER.match(rest)
    if pointer is None and (last := POINTER_END.search(rest)):
        return rest[:last.start()], True, last.start()
    rest = rest[pointer.end():] if pointer else rest
    if pointer and (shown := re.match(rf"几?(?:篇|份|个)?(?={DOCUMENT}|全文)", rest)):
        return rest[shown.end():], False, 0  # 这篇文章, 这几篇文章: the graph's documents, which need no name
    return rest, bool(pointer), 0


def _named(rest: str) -> str:
    """The name a clause asks about, "" when it names only kinds of node or who acts (国务院有哪些举措)."""
    name = _subject(rest)
    if (country := COUNTRY.match(name)) and (at := COUNTRY_OF.match(name, country.end())) \
            and alone(name[at.start():], 0, at.end() - at.start()):  # 我国在X方面: X (not the 对 of 中国对外投资)
        name = name_of(name[at.end():])
    return "" if name in KIND_NAMES or name in AGENTS or name == "一下" or COUNTRY.fullmatch(name) or FUNCTION.fullmatch(name) else name


def clauses(text: str) -> tuple[str, tuple[str, ...]]:
    """The clause of ``text`` that asks (the last with an asking word) and the clauses before it, its context.

    >>> clauses("我在研究农业，想知道推进农业机械化有哪些举措？")
    ('想知道推进农业机械化有哪些举措', ('我在研究农业，',))
    >>> clauses("哪些举措支撑高质量发展")
    ('哪些举措支撑高质量发展', ())
    """
    parts = [p for p in CLAUSE.split(text) if p.strip(PUNCT)]
    named = [i for i, p in enumerate(parts) if not FOLLOW_UP.fullmatch(p.strip(PUNCT))]
    asking = [i for i in named if ASK_MARK.search(parts[i])] or (named[-1:] if len(named) < len(parts) else [])
    if len(parts) < 2 or not asking:
        return text, ()
    return parts[asking[-1]].strip(PUNCT), tuple(parts[:asking[-1]])


def _named_form(rest: str) -> tuple[str, tuple[str, ...]] | None:
    """The intent and names of a question of a form that names its subjects in its own places
    (relation, lead, tasks, enables, includes), or None."""
    for intent, patterns in (("relation", RELATION), ("lead", LEAD), ("tasks", TASKS), ("enables", ENABLES),
                             ("effects", EFFECTS), ("includes", INCLUDES), ("classes", CLASSES), ("applies", APPLIES),
                             ("members", MEMBERS)):
        for pattern in patterns:
            m = pattern.fullmatch(rest)
            groups = _joined(pattern, rest) if intent == "relation" else m.groups() if m else None
            if m and groups:
                names = tuple(n for n in (name_of(g) for g in groups) if n and not FUNCTION.fullmatch(n))
                if intent == "lead" and not names:
                    return intent, ()  # 国发〔2019〕5号的牵头部门: every agency of the question's documents
                if names and (intent != "relation" or len(names) == 2) and (intent != "members" or _members_of(m[1])):
                    return intent, names
    return _verb_form(rest)


def _joined(pattern: re.Pattern[str], rest: str) -> tuple[str, ...] | None:
    """The groups of ``pattern``'s match of two names joined by a conjunction, at a conjunction that is a word of
    its own (the 同 of 共同富裕与乡村振兴的区别 is inside 共同: the two names meet at 与).

    >>> _joined(re.compile(r"(.+?)(?:和|与|同)(.+?)的区别"), "共同富裕与乡村振兴的区别")
    ('共同富裕', '乡村振兴')
    """
    text = rest
    for _ in range(4):
        m = pattern.fullmatch(text)
        if m is None:
            return None
        if m.lastindex is None or m.lastindex < 2 or alone(rest, m.end(1), m.start(2)):
            return tuple(rest[m.start(i):m.end(i)] for i in range(1, len(m.groups()) + 1))  # "" for a group not taken
        text = text[:m.end(1)] + "\uf8ff" * (m.start(2) - m.end(1)) + text[m.start(2):]  # not here: the next one
    return None


def _members_of(asked: str) -> bool:
    """Whether ``asked`` (what comes before 有哪些) names a thing whose members are asked for: no cue of
    another intent, no statement, document or agency noun (支撑粮食安全的举措有哪些 asks for measures)."""
    return intent_of(asked) == "about" and not NOT_CONCEPT.search(asked) and name_of(asked) not in KIND_NAMES


def _verb_form(rest: str) -> tuple[str, tuple[str, ...]] | None:
    """The intent and name of a question that asks for one end of a relation verb, the asking word on the
    other side: the side asked decides the direction. None when the asking side names statements or documents
    (哪些举措支撑X asks for measures).

    >>> _verb_form("哪些技术属于人工智能"), _verb_form("人工智能能带动什么"), _verb_form("人工智能依托什么")
    (('includes', ('人工智能',)), ('effects', ('人工智能',)), ('enables', ('人工智能',)))
    >>> _verb_form("哪些举措支撑高质量发展") is None
    True
    """
    for intent, pattern in _VERB_FORMS:
        m = pattern.fullmatch(rest)
        if not m:
            continue
        before, after = m.group(1), m.group(2)
        for asked, named, read in ((after, before, intent), (before, after, FLIPPED[intent])):
            if ASKED.fullmatch(asked.strip(PUNCT)) and not NOT_CONCEPT.search(asked) and (name := name_of(named)):
                return read, (name,)
    return None


def _subject(rest: str) -> str:
    """The name a question without a named form asks about ("" when only its frame is left)."""
    name = name_of(rest)
    if any(p.fullmatch(text) for p in (*SUFFIXES, *PREFIXES) for text in (rest, name)) or WHOLE.fullmatch(name):
        return ""  # only the question's frame, or the documents themselves, are left
    if "，" in name or "," in name:  # 关于稳就业，国务院有哪些举措: the first clause names the subject
        name = name_of(re.split(r"[，,]", name)[0]) or name
    return name
