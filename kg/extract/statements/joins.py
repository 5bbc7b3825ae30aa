"""Clauses joined before they are read: a clause that only says when, with what effort or by what means
joins the clause after it; one that only sets the scope of the next action, or the occasion of a duty, is
left out.

>>> from kg.model import Paragraph
>>> from kg.text.sentences import split_sentences
>>> s = split_sentences(Paragraph("到2030年，建成区域医疗中心。", "body", ((0, 0),)))[0]
>>> [(c.text, c.span.quote) for c in joined(s)]
[('到2030年，建成区域医疗中心', '到2030年，建成区域医疗中心')]
"""

from __future__ import annotations

import re

from kg.extract import cues
from kg.extract.statements.clauses import LEGAL, PREP_ACTION, read_clause
from kg.extract.statements.labels import clean
from kg.extract.statements.occasions import opens_duty
from kg.model import Kind
from kg.text.sentences import Clause, Sentence

# A stretch of time or effort that belongs to the clause after it: 到2022年，经过5—10年左右时间，争取经过几年努力.
TIME = re.compile(r"^(?:到|至|截至|力争到|争取到|从|自)?(?:\d{4}|[〇零一二三四五六七八九○]{4})年(?:底|末|前|开始|起)?$"
                  r"|^(?:争取|力争)?(?:经过|用)[^，。；]{1,12}(?:时间|努力)$|^(?:今后|未来)[^，。；]{1,6}年$|^到本世纪中叶$")
# A clause whose last verb only sets the scope (依托…, 围绕…, 聚焦…): it belongs to the action after it.
MEANS_ONLY = re.compile(rf"^(?:通过|采取|采用|运用|利用)[^，。；]{{2,30}}(?:{cues.alternatives(cues.MEANS_NOUNS)})$")
SCOPES = ("依托", "围绕", "结合", "针对", "立足", "借助", "面向", "对照", "按照")
SCOPE_TAIL = re.compile(rf"(?:{'|'.join(SCOPES)})[^，。；的]{{2,30}}$"
                        r"|^(?:围绕着?|针对)[^，。；]{2,30}$")  # a whole clause of scope: 围绕…的突出问题
# What a 针对/围绕 clause aims at when it names a problem (针对…建设分散、数据不通等突出问题): its words are the
# problem's, so a verb inside them (建设分散) states no action.
SCOPE_PROBLEM = re.compile(r"^(?:针对)[^，。；]{2,40}(?:问题|短板|弱项|难题|矛盾|瓶颈|痛点|难点|堵点)$")
# The basis an action follows (按照本方案确定的原则和进度，…; 根据自己的特点，…): the frame of the next action. Its
# ends are the nouns such a clause ends on at least five times in the corpus outside the dev set.
BASES = ("按照", "根据", "依照", "依据", "遵照")
BASIS = re.compile(rf"^(?:[^，。；]{{0,12}}?(?:要|应当|应|必须|须))?(?:{'|'.join(BASES)})[^，。；]{{2,40}}"
                   r"(?:要求|原则|部署|情况|需要|规定|方针|精神|条件|特点|指示|可能|变化|目标|布局|教导|规划|决定|经验"
                   r"|结果|计划|形势|方向|能力|进度|》)$")
SCOPED = re.compile("|".join(dict.fromkeys(SCOPES + BASES)))  # the words SCOPE_TAIL, SCOPE_PROBLEM and BASIS need
# A deadline with its subject and modal (试点地区要于2019年12月底前，对…进行总结): the time of the next clause.
DEADLINE = re.compile(r"^[^，。；]{0,10}?(?:要|应当|应|须|必须)?(?:于|在)(?:\d{4}|[〇零一二三四五六七八九○]{4})年"
                      r"[^，。；]{0,8}(?:前|底|内|以前)$")
WHEN = re.compile(r"[^，。；]{2}(?:时|之时|的时候)$")
CONDITION = re.compile(r"的$")
# 建成以X为龙头，Y为支撑，…的Z体系: the roles before a comma modify the object the verb builds, which a later clause
# of the sentence names (…的Z); the clauses are one object. ROLE_CHAIN is the text so far, ROLE_NEXT one more role.
ROLE_HEADS = r"(?:龙头|主体|核心|骨干|支撑|引领|重点|依托|基础|主导|纽带|载体|导向|中心|先导|补充|配套)"
BUILDS = r"(?:建成|建设|构建|形成|发展|完善|打造|建立|健全|确立|培育)"
ROLE_CHAIN = re.compile(rf"^(?:[^。；]*?，)??[^，。；]*?{BUILDS}以[^，。；]{{2,30}}?为{ROLE_HEADS}"
                        rf"(?:，以?[^，。；]{{2,30}}?为{ROLE_HEADS})*$")
ROLE_NEXT = re.compile(rf"^以?[^，。；]{{2,30}}?为{ROLE_HEADS}$")
ROLE_OBJECT = re.compile(r"^[^，。；]{2,40}的[^，。；的]{2,16}$")


def joined(sentence: Sentence) -> list[Clause]:
    """The clauses of a sentence as they are read: 到2022年, 经过几年努力, 采取…等方式 join the clause after it;
    鼓励企业依托资源禀赋，培育… leaves the scope out; 扣缴义务人…时，应当… leaves the occasion out; 纳税申报的具体办法，
    由…制定 joins the topic to its duty.

    >>> from kg.model import Paragraph
    >>> from kg.text.sentences import split_sentences
    >>> s = split_sentences(Paragraph("鼓励企业依托资源禀赋，培育特色产业。", "body", ((0, 0),)))[0]
    >>> [c.text for c in joined(s)]
    ['培育特色产业']
    """
    clauses = sentence.clauses
    out: list[Clause] = []
    carry: Clause | None = None
    for i, clause in enumerate(clauses):
        if carry is not None:
            clause = _join(carry, clause, sentence)
            carry = None
        if i + 1 == len(clauses) or not clauses[i + 1].text:
            out.append(clause)
            continue
        verdict = _verdict(clean(clause.text), clean(clauses[i + 1].text), clause,
                           raw_next=clauses[i + 1].text if i == 0 else "")
        if verdict == "carry":
            carry = clause
        elif verdict == "keep":
            out.append(clause)
    if carry is not None:
        out.append(carry)
    return out


# A run of quoted demands with nothing between them (“必须A”“必须B”: a speaker's list of demands): one clause each.
DEMAND = re.compile(r"“(?:必须|要|务必|应当|坚持)[^“”]{3,}”")
DEMANDS = re.compile(rf"(?:{DEMAND.pattern}){{2,}}")


def demands(clauses: list[Clause]) -> list[Clause]:
    """Each quoted demand of a run of them read as a clause of its own.

    >>> from kg.model import Paragraph
    >>> from kg.text.sentences import split_sentences
    >>> s = split_sentences(Paragraph("他提出要求：“必须建好港口”“必须管好航道”。", "body", ((0, 0),)))[0]
    >>> [(c.text, c.span.quote) for c in demands(list(s.clauses))][1:]
    [('必须建好港口', '必须建好港口'), ('必须管好航道', '必须管好航道')]
    """
    out: list[Clause] = []
    for clause in clauses:
        if not DEMANDS.fullmatch(clause.text) or clause.span.text != clause.text \
                or clause.span.end - clause.span.start != len(clause.text):
            out.append(clause)
            continue
        for m in DEMAND.finditer(clause.text):
            i, j = m.start() + 1, m.end() - 1
            span = clause.span.part(i, j, start=clause.span.start + i, end=clause.span.start + j)
            out.append(Clause(clause.text[i:j], clause.start + i, clause.start + j, span))
    return out


def _join(first: Clause, second: Clause, sentence: Sentence) -> Clause:
    """Two clauses read as one (their texts joined by a comma); the quote is the source from the first to the
    end of the second, cut from the sentence's own quote."""
    span = sentence.span.part(first.start - sentence.start, second.end - sentence.start,
                              start=first.span.start, end=second.span.end)
    return Clause(first.text + "，" + second.text, first.start, second.end, span)


def _verdict(text: str, nxt: str, clause: Clause, *, raw_next: str = "") -> str:
    """"carry" (a time, an effort or a means; a topic whose duty the next clause states), "drop" (the scope
    of the next action: 依托X; the occasion of the duty after it: …时，应当…; 对X，要… opening a sentence) or "keep"."""
    if TIME.match(text) or MEANS_ONLY.match(text) or DEADLINE.match(text) or _object_goes_on(text, nxt):
        return "carry"
    if _scope_only(text) and _acts(nxt):
        return "drop"
    if (cues.MODAL_START.match(nxt) and WHEN.search(text)) or (_condition(text) and (cues.MODAL_START.match(nxt) or cues.modal(nxt))):
        return "drop"
    if opens_duty(text, raw_next):
        return "drop"
    if nxt.startswith("由") and LEGAL.search(nxt) and read_clause(clause.text) is None \
            and not CONDITION.search(text) and not CONDITION.search(nxt):
        return "carry"
    return "keep"


def _object_goes_on(text: str, nxt: str) -> bool:
    """建成以中国政府网为龙头，整体协同的矩阵体系: the object of 建成 goes on in the next clause.

    >>> _object_goes_on("建成以县城为龙头", "城乡协同的服务体系"), _object_goes_on("坚持以人民为中心", "顺应人民期待")
    (True, False)
    """
    if "以" not in text or not ROLE_CHAIN.match(text):
        return False
    return bool(ROLE_NEXT.match(nxt)) or (bool(ROLE_OBJECT.match(nxt)) and cues.action_start(nxt) is None)


def _acts(text: str) -> bool:
    """The clause states an action: it starts with one, or is read as a measure (以…形式提供…)."""
    if cues.action_start(text):
        return True
    reading = read_clause(text)
    return reading is not None and reading.kind is Kind.MEASURE


def _measure(text: str) -> bool:
    """What follows a list of a scope is an action (优化服务流程), not the kind of the list's items (重点领域)."""
    reading = read_clause(text) if not LIST_KIND.search(text) else None
    return reading is not None and reading.kind is Kind.MEASURE


LIST_KIND = re.compile(r"(?:领域|产业|行业|方面|环节|地区|区域|问题)$")  # 围绕A、B等重点领域: what the items are


def _condition(text: str) -> bool:
    """采用分建模式的: a clause that names, by what it does, the case the next clause's duty is for."""
    return bool(CONDITION.search(text)) and cues.action_start(text) is not None


def _scope_only(text: str) -> bool:
    """依托X / 围绕X: the clause names where or on what the next clause acts, and nothing else.

    >>> _scope_only("针对政府网站建设分散、数据不通等突出问题"), _scope_only("依托龙头企业建设产业园")
    (True, False)
    """
    if not SCOPED.search(text):  # each pattern below needs a word of scope or basis
        return False
    if SCOPE_PROBLEM.match(text) or BASIS.match(text):
        return True
    m = SCOPE_TAIL.search(text)
    if m is None or text.endswith(("结合起来", "结合在一起")):
        return False
    tail = text[m.start() + 2:]
    if text[m.start() - 1:m.start()] == "、":  # one of a list of things: 示范区、面向南亚的辐射中心
        return False
    # a verb before a list or after it (面向X推出A、B等产品, 结合A、B等优化流程), not inside one (感知、控制等环节)
    acts = PREP_ACTION.match(text[m.start():].split("、", 1)[0]) or ("等" in tail and _measure(tail.rsplit("等", 1)[1]))
    return not cues.action_start(tail) and not acts and not any(v in tail for v in ("推动", "推进", "加强", "建设", "发展"))
