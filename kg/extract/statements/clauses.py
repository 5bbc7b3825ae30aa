"""The clause reader: one clause read on its own, as a measure (an action), a goal (an end) or nothing.

Each rule of :data:`RULES` looks at the clause in turn; the first that decides, decides.

>>> read_clause("要进一步加强水文监测预警")
Reading(kind=<Kind.MEASURE: 'measure'>, label='进一步加强水文监测预警', result=False)
>>> read_clause("水资源利用效率明显提升").kind.value
'goal'
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from kg.extract import cues
from kg.extract.statements.bases import basis
from kg.extract.statements.benefits import benefit
from kg.extract.statements.judgments import judgment
from kg.extract.statements.labels import clean, label
from kg.extract.statements.provisions import provision
from kg.extract.statements.speech import hedged, objectless, proposed, said, without_hedge
from kg.extract.statements.stances import follows_line, stance
from kg.extract.statements.strives import striving
from kg.model import Kind
from kg.text.numbering import ENUM_MARK
from kg.text.segment import dictionary
from kg.text.sentences import TRIM

PURSUE = re.compile(rf"^(?:{cues.alternatives(cues.PURSUITS)}|服务于?(?=[^，。；]{{2,40}}(?:的需要|需要|需求)$))(?P<y>.{{2,}})$")
# 把/将 X 放在…, 纳入…, 作为…: an action on X.
DISPOSE = re.compile(r"^(?:把|将)(?!有|会|是|要)[^，。；]{3,}$")
VERB_ALT = "|".join(re.escape(v) for v in cues.ACTION_VERBS if len(v) >= 2)
# A prepositional phrase, then the action: 在贫困地区推广…, 对市场主体实行…, 根据发展需要逐步提高….
PREP_ACTION = re.compile(rf"^(?:在|对|向|与|同|给|按照|依托|面向|针对|结合|根据|依据|以|从|分|由)[^，。；]{{1,30}}?(?:{VERB_ALT})"
                         r"[^，。；]{2,}")
# 这是…, 这就是…: a judgment of what was said before (这是今后必须坚持的原则), no statement of its own; 这就要X:
# what that requires, X.
THIS_IS = re.compile(r"^(?:这|那|此)(?:就|也|都|正|既|更|才)?是")
# 由于…, 因为…, 鉴于…: the cause of what the sentence goes on to say, no statement.
BECAUSE = re.compile(r"^(?:由于|因为|鉴于)")
# 在…工作中, 在…期间, 当…的时候: a whole clause that only sets where or when (cues.SETTING has …过程中, 在…下); 在…等方面,
# 在…领域, 在…问题上, 在…的布局上: the area the rest of the sentence speaks of, no action of its own whatever verb names the
# area (not 以上 of a figure: 在园区布局设备100处以上).
WITHIN = re.compile(r"^(?:在|当)[^，。；]{2,40}(?:(?<![集适居折命])中|期间|时期|阶段|时候|之际|年代)$"
                    r"|^在[^，。；]{2,60}(?:方面|领域|环节|行业|层面|(?<![以之])上)$")
# 向大会报告政府工作, 向大会作关于…的报告: the act of reporting that opens a report, like the act of issuing.
TO_CONGRESS = re.compile(r"^向(?:大会|会议|全会|本次会议)(?:报告|作|提出|汇报|提交)")
# 比1954年增长9%, 较上年增加…: how much a figure named before grows over a past year, a fragment of that figure.
COMPARED = re.compile(r"^(?:比|较)(?:\d{4}|[一二三四五六七八九〇○零]{4}|上年|去年|上一年|前一年|五年计划)")
# 增长10%以上 with no subject (投资4900亿元，增长10%): the rate of the figure named before it, a fragment of that figure.
RATE_ONLY = re.compile(r"^(?:同比|年均)?(?:增长|下降|增加|减少|提高|降低)[\d.．０-９]+\s*(?:%|％|个百分点)(?:左右|以上|以内)?$")
THIS_REQUIRES = re.compile(r"^(?:这|那|此)(?:就|也|都|更)?(?:要|需要|必须)(?P<rest>[^，。；]{3,})$")
SCOPE_LEAD = re.compile(r"^(?:围绕着?|立足于?|依托|面向|针对)(?P<rest>[^，。；]{2,30})$")
# The basis an action follows, named by what it ends on (要求, 原则, 需要, 情况, 特点, 做法…) with nothing after it.
BASIS_ALONE = re.compile(r"^(?:根据|按照|依据|依照|遵照)[^，。；]{2,40}(?:要求|原则|部署|情况|需要|规定|方针|精神|条件|特点|指示"
                         r"|可能|变化|教导|遗愿|国情|状况|做法|政策|纪律|情形|分工|承诺|优势|能力|联系|平衡|法律|宪法|路线)$")
BASIS_NOUNS = re.compile(r"发展|建设|生产|管理|改革|开放|需要|变化|供需|合作|经营|分工|配套|布局|规划")
ACTION_INSIDE = re.compile(f"(?:{VERB_ALT})")
MEANS_LEAD = re.compile(rf"^通过[^，。；]{{2,30}}(?:{cues.alternatives(cues.MEANS_NOUNS)})，(?P<rest>[^，。；]{{3,}})$")
FRAMED = re.compile(r"^(?:依照|按照|根据|依据|遵照)[^，。；]{2,40}?(?:规定|要求|部署|安排)(?P<rest>[^，。；]{3,})$")
LEGAL = re.compile(r"(?:^|，|[^，。；]{2,30})由(?P<who>[^，。；]{2,40}?)"
                   r"(?:负责|制定|颁发|撤销|吊销|责令|处以|处|没收|给予|追究|组织|批准|审批|确定|统一|会同|备案|核发|认定)"
                   r"|(?:^|，|[^，。；]{2,30})由(?P<actor>[^，。；]{2,20}?(?:义务人|部门|机关|机构|单位|人民政府|委员会))"
                   r"(?![^，。；]*(?:组成|构成)$)[^，。；的]{2,}$")
DUTY = re.compile(r"^(?P<who>[^，。；]{2,40}?(?:部门|机关|机构|政府|委员会|单位|组织|人民政府|办公厅))"
                  r"(?:依法|按照规定|按规定|会同[^，。；]{2,20})?(?:负责|对|组织|协助|行使|统一领导|指导|监督)"
                  r"|^负责(?!部门|单位|人|任|同志|制)(?![^，。；]*的[^，。；]{0,8}(?:部门|部委|单位|机构|人员)$)[^，。；]{3,}$")
ACTOR_TAIL = re.compile(r"(?:人|者|机构|单位|部门|政府|企业|学校|院校|组织|公民|个人|机关|师|主体|协会|社会力量|各地)$")
# A lead verb that makes an actor bring a change about: 着力推动乡村旅游加快发展 is an action, not the change.
CAUSE = re.compile(r"^(?:着力|大力|积极)?(?:推动|引导|鼓励|支持|组织|带动)(?!形成)")
OBLIGED = re.compile(r"^(?:也|还|更|都|就)?(?:要|必须|务必)(?!求|素|点|件|是|看到|认识到|明白|懂得|清醒|注意到)")
MODAL_OPENING = re.compile(r"^(?:既要|又要|要|必须|需要|需|应当|应|还要|也要|就要|务必)(?!求)")
# An appeal to recognise a significance (要充分认识发展海洋经济的重要意义): a judgment asked for, no action.
RECOGNISE = re.compile(r"(?:认识|认清|领会|理解)(?:和把握)?[^，。；]{2,60}(?:意义|重要性|必要性|紧迫性|艰巨性|复杂性|长期性|作用)$")
# Who holds a post or leads (召集人由教育部负责同志担任, 教育部为牵头单位): an arrangement described, no action.
POST_HELD = re.compile(r"由[^，。；]{2,40}(?:担任|兼任)[^，。；]{0,8}$|^[^，。；]{2,20}为(?:牵头|成员)单位$")
PERMISSIONS = ("可以", "可", "也可以", "有权")


@dataclass(frozen=True)
class Reading:
    """What one clause states: its kind, its label, and whether it is led by a result verb."""

    kind: Kind
    label: str
    result: bool = False


@dataclass(frozen=True)
class Seen:
    """A clause as the rules see it: ``raw`` as written, ``text`` cleaned, ``body`` past its adverbs."""

    raw: str
    text: str
    body: str


NOTHING = Reading(Kind.GOAL, "")  # a rule's verdict that the clause states nothing
Rule = Callable[[Seen], Reading | None]


@lru_cache(maxsize=65536)
def read_clause(text: str) -> Reading | None:
    """A clause read on its own: a measure, a goal, or None (facts, judgments, frames, fragments).

    >>> read_clause("要进一步加强水文监测预警")
    Reading(kind=<Kind.MEASURE: 'measure'>, label='进一步加强水文监测预警', result=False)
    >>> read_clause("用人单位招聘人员不得歧视残疾人").kind.value
    'measure'
    >>> read_clause("水资源利用效率明显提升").kind.value, read_clause("城市污水处理率达到95%").kind.value
    ('goal', 'goal')
    >>> read_clause("全市粮食产量达到150亿斤，较上年增长了3%") is None
    True
    """
    cleaned = without_hedge(clean(text))  # 增长5%左右、力争更好结果: the target
    if (m := THIS_REQUIRES.match(cleaned)) is not None:  # 这就要坚持…: what "this" requires is the action
        return None if m["rest"].startswith("作为") else read_clause(m["rest"])
    if (asked := said(cleaned) or proposed(cleaned)) is not None:  # 在代表团强调X, 提出增长5%: what is asked for is X
        return read_clause(asked)
    if (aim := striven(cleaned)) is not None:  # 为Y而奋斗, …Y的总体目标努力奋斗: Y is the end striven for
        return Reading(Kind.GOAL, label(aim))
    if len(cleaned) < 3 or not_a_statement(cleaned) or cues.SETTING.search(cleaned):
        return None
    seen = Seen(text, cleaned, cues.skip_adverbs(cleaned))
    for rule in RULES:
        verdict = rule(seen)
        if verdict is not None:
            return None if verdict is NOTHING or (verdict.kind is Kind.MEASURE and scope_alone(cleaned)) \
                else _task_named(verdict, cleaned)
    return None


def striven(text: str) -> str | None:
    """The end a clause that closes a striving names (:mod:`.strives`): before 的…目标, only an end that reads as a
    statement by itself.

    >>> striven("为建设海洋强省而努力奋斗"), striven("港口服务更加便捷的总体目标努力奋斗"), striven("向着本世纪末的宏伟目标迈进")
    ('建设海洋强省', '港口服务更加便捷', None)
    """
    found = striving(text)
    return found.end if found and (not found.of_target or read_clause(found.end) is not None) else None


def _task_named(reading: Reading, text: str) -> Reading:
    """X是…的任务 (加强水利建设是一项迫切任务): the action is X, the rest names it a task; the label is X.

    >>> _task_named(Reading(Kind.MEASURE, "加强水利建设是一项迫切任务"), "加强水利建设是一项迫切任务").label
    '加强水利建设'
    """
    m = COPULA.match(text) if "是" in text else None  # no copula without 是
    if m is None or not TASK_PREDICATE.search(m["predicate"]) or "为了" in m["predicate"] \
            or SUBJECT_DUTY.search(m["subject"]) or cues.action_start(m["subject"]) is None:
        return reading
    return Reading(reading.kind, label(SUBJECT_ADVERB.sub("", m["subject"])), reading.result)


def scope_alone(text: str) -> bool:
    """围绕X / 立足X / 依托X / 面向X / 针对X with no action in X: where or on what the actions around it work, no
    action itself (聚焦X is left to be read: a focus is often the measure).

    >>> scope_alone("围绕便民利企"), scope_alone("立足当前"), scope_alone("依托龙头企业建设产业园")
    (True, True, False)
    """
    m = SCOPE_LEAD.match(text)
    if m is not None and cues.action_start(m["rest"]) is None and not ACTION_INSIDE.search(m["rest"]):
        return True
    # 根据经济形势发展变化, 按照国际通行的做法: the basis of an action, alone; a verb other than the nouns a basis
    # names (发展, 建设, 生产, 管理…) is the action (根据形势变化动态调整政策).
    return bool(BASIS_ALONE.match(text)) and not ACTION_INSIDE.search(BASIS_NOUNS.sub("", text[2:]))


def either(*patterns: re.Pattern[str]) -> re.Pattern[str]:
    """One pattern that matches where any of ``patterns`` does: one pass of the regex engine instead of a call
    of each (the patterns have no groups to refer back to).

    >>> either(re.compile("^要"), re.compile("了$")).search("完成了") is not None
    True
    """
    return re.compile("|".join(f"(?:{p.pattern})" for p in patterns))


NOT_STATEMENT_START = either(cues.ADDRESS, cues.UNDERGOES, cues.PRINCIPLE, cues.ANAPHOR, cues.GUIDANCE, cues.NEGATED,
                             THIS_IS, BECAUSE, WITHIN, TO_CONGRESS, COMPARED, RATE_ONLY)
NOT_STATEMENT_ANYWHERE = either(cues.EVALUATIVE, cues.EVALUATIVE_TAIL, cues.ANNOUNCES, cues.COGNITION, cues.SHORTFALL,
                                cues.ROLE_END, cues.ISSUING, cues.PAST, cues.RULED_OUT, RECOGNISE, POST_HELD)


def not_a_statement(text: str) -> bool:
    """Addresses, judgments, announcements, principles, anaphors, shortfalls, frames, stances, the past, definitions, and
    a lead-in that ends in its copula (做好政府工作的总体要求是：…).

    >>> not_a_statement("发展海洋经济意义重大"), not_a_statement("发展海洋经济"), not_a_statement("做好今年工作的总体要求是")
    (True, False, True)
    >>> not_a_statement("各地要充分认识发展海洋经济的重要意义"), not_a_statement("充分发挥海洋经济的重要作用")
    (True, False)
    >>> not_a_statement("组长由农业局局长担任"), not_a_statement("农业局为牵头单位"), not_a_statement("由农业局负责")
    (True, True, False)
    """
    if NOT_STATEMENT_START.match(text) or NOT_STATEMENT_ANYWHERE.search(text):
        return True
    return _announces_list(text) or _defines(text) or _lead_in(text) or judged(text) or stance(text) \
        or follows_line(text) or basis(text) or judgment(text) or objectless(text) or hedged(text)


# The points counted in digits that the report goes on to list (具体要抓好9个方面的工作).
COUNTED_POINTS = re.compile(r"(?:抓好|做好|把握好?)\d+个方面(?:的)?(?:工作|任务)?$")
# 重点从八个方面实现突破, 力争在以下几个方面取得进展: the aspects counted, none named; the list after it says them.
FROM_POINTS = re.compile(r"^[^，。；]{0,4}?[从在](?:以下|如下|下列)?(?:[一二三四五六七八九十两几]+|\d+)个?方面")
LIST_FOLLOWS = re.compile(r"(?:以下|如下|下列)[^，。；]{0,8}$")
DUTY_WORD = re.compile(r"应当|必须|不得|可以|应|须")


def _announces_list(text: str) -> bool:
    """…如下, 下列…, 做好9个方面工作: a clause that announces what follows, unless it states a duty.

    >>> _announces_list("重点做好9个方面工作"), _announces_list("建设9个方面的示范基地")
    (True, False)
    >>> _announces_list("重点从五个方面实现突破"), _announces_list("从供给和需求两个方面发力")
    (True, False)
    """
    return (bool(LIST_FOLLOWS.search(text)) and not DUTY_WORD.search(text)) or bool(COUNTED_POINTS.search(text)) \
        or bool(FROM_POINTS.match(text))


def _defines(text: str) -> bool:
    """…是指…, 所称…: a definition."""
    return "是指" in text or "所称" in text


# X是Y with no duty before the copula (创新是第一动力, 高质量发展是新时代的硬道理): a judgment, not an action. Not the 是
# of a conjunction (特别是, 而是, 就是) or of a quoted or embedded phrase (坚持房子是用来住的定位), and not a judgment
# that names the subject a task (稳定治安形势是今年的突出任务: the subject is the measure).
COPULA = re.compile(r"^(?P<subject>[^，。；“”]{2,24}?)(?<!特别)(?<!尤其)(?<![于但就还总凡要而或只即便乃像算])是(?!否|非)"
                    r"(?P<predicate>[^，。；]*)$")
SUBJECT_DUTY = re.compile(r"要|应|须|需|可以|将|把|对|让|使|^(?:坚持|防止|确保|营造|树立|牢记|明确|认识|相信|保证)"
                          r"|(?:重点|关键|核心|首要|主要)(?:任务|工作)?(?:仍然|仍|还|就|也)?$")  # 重点仍是加大…: the action
SUBJECT_ADVERB = re.compile(r"(?:始终|首先|仍然|仍|也|都|更)$")  # 解决好吃饭问题始终是头等大事
TASK_PREDICATE = re.compile(r"(?:任务|工作|大事|要务|举措|措施|重点|出路|途径|抓手|着力点|关键|基础|前提|保障|为了[^，。；]*)$")


def judged(text: str) -> bool:
    """A copula judgment: X是Y, where nothing before 是 asks anyone to act and Y names no task.

    >>> judged("创新是第一动力"), judged("各地要把就业作为头等大事"), judged("稳定物价是今年的首要任务")
    (True, False, False)
    """
    m = COPULA.match(text) if "是" in text else None  # no copula without 是
    return m is not None and not SUBJECT_DUTY.search(m["subject"]) and not TASK_PREDICATE.search(m["predicate"]) \
        and text[-4:] not in dictionary()[0]


def _lead_in(text: str) -> bool:
    """A clause that ends in its copula and leads into what a colon or comma opens (今年发展主要预期目标是, 做好政府工作的
    总体要求是), not one whose 是 closes a set phrase of jieba's dictionary (坚持实事求是, 克服自以为是).

    >>> _lead_in("今年改革的重点任务是"), _lead_in("坚持实事求是")
    (True, False)
    """
    return text.endswith("是") and text[-4:] not in dictionary()[0]


def _benefit(seen: Seen) -> Reading | None:
    """为残疾人提供康复服务: a service delivered to recipients is an action (:mod:`.benefits`)."""
    return Reading(Kind.MEASURE, label(seen.text)) if benefit(seen.text) else None


def _no_action_head(seen: Seen) -> Reading | None:
    """是…, 具有…, 面临…: a clause headed by a copula or a state, unless a described subject acts or changes."""
    if seen.body.startswith(cues.NOT_ACTION_HEADS) and not _duty_of_described(seen.text) \
            and not _described_outcome(seen.text):
        return NOTHING
    return None


def _pursuit(seen: Seen) -> Reading | None:
    """着眼于Y, 致力于Y: Y is a goal."""
    m = PURSUE.match(seen.body)
    return Reading(Kind.GOAL, label(m["y"])) if m else None


def _obtaining(seen: Seen) -> Reading | None:
    """争取中央资金支持: obtaining a resource is an action."""
    return Reading(Kind.MEASURE, label(seen.text)) if cues.OBTAIN.match(seen.body) else None


def _attainment(seen: Seen) -> Reading | None:
    """实现…, 确保…, …明显提升: a verb of attainment or an outcome (not one an actor is made to bring about)."""
    if cues.ATTAIN.match(seen.body) or (not CAUSE.match(seen.body) and cues.outcome_end(seen.text)):
        return Reading(Kind.GOAL, label(seen.text))
    return None


def _action(seen: Seen) -> Reading | None:
    """A clause led by an action verb; led by a result verb (提高…水平), it may turn out a goal in its sentence."""
    action = cues.action_start(seen.text)
    if action is None:
        return None
    probe = cues.skip_adverbs(action)  # the verb, past the adverbs
    if _nominal(action, probe) or FACES.match(probe):
        return None
    result = bool(cues.RESULT_STRONG.match(seen.body)) or (
        bool(cues.RESULT.match(seen.body)) and bool(cues.OUTCOME_NOUN.search(seen.text)))
    return Reading(Kind.MEASURE, label(action), result)


# 改革攻坚面临深层次矛盾, 发展面临新的战略机遇: the verb is the subject's noun, what follows describes what it faces.
FACES = re.compile(r"^[^，。；的我其这]{2,8}?面临")


def _nominal(action: str, probe: str | None = None) -> bool:
    """发展的内部条件…, 高质量发展的产业根基…: the verb, after adverbs only (no verb of its own before it), modifies a
    noun through 的; the clause names a thing, it calls for no action (加快|改革的步伐: 加快 is the verb). ``probe``
    is the action past its adverbs, when the caller has it.

    >>> _nominal("发展的内部条件正在发生变化"), _nominal("高质量发展的动力更加强劲"), _nominal("加快改革的步伐")
    (True, True, False)
    """
    probe = cues.skip_adverbs(action) if probe is None else probe
    lead = action[:len(action) - len(probe)]
    m = cues.ACTION_START.match(probe)
    return m is not None and probe[m.end():m.end() + 1] == "的" and not cues.ACTION_START.match(lead)


def _disposal(seen: Seen) -> Reading | None:
    """把X摆在…, 在Y推广…, 通过X推进…: an action behind a preposition."""
    text = seen.text
    if DISPOSE.match(text) or PREP_ACTION.match(text) or (text.startswith("通过") and cues.action_start(text[2:])):
        return Reading(Kind.MEASURE, label(text))
    return None


def _deficit(seen: Seen) -> Reading | None:
    """…短板, …不足: a shortfall states no statement."""
    return NOTHING if cues.DEFICIT.search(seen.text) else None


def _bare_modal(seen: Seen) -> Reading | None:
    """要带着问题学, 不得…: a clause opened by a modal calls for an action whatever its verb."""
    if (cues.MODAL_START.match(seen.text) or obliged(seen.raw)) and len(seen.text) >= 5:
        return Reading(Kind.MEASURE, label(seen.text))
    return None


def _subject_modal(seen: Seen) -> Reading | None:
    """用人单位不得…, 公民可以…: a modal after its subject (a permission only for an actor)."""
    m = cues.modal(seen.text)
    if m is None:
        return None
    rest, subject = seen.text[m.end():], m["subject"]
    permission = m["modal"] in PERMISSIONS
    if len(rest) >= 2 and not _fragmentary(subject) and (not permission or ACTOR_TAIL.search(subject)):
        return Reading(Kind.MEASURE, label(seen.text))
    return None


def _framed(seen: Seen) -> Reading | None:
    """按照…规定X, 通过…方式，X: the clause is what X is."""
    m = FRAMED.match(seen.text) or MEANS_LEAD.match(seen.text)
    if m and (inner := read_clause(m["rest"])) is not None:
        return Reading(inner.kind, label(seen.text), inner.result)
    return None


def _target(seen: Seen) -> Reading | None:
    """增长5%以上, 主要农作物基本实现…: a target or a state reached."""
    if cues.is_target(seen.text) or cues.STATE_REACHED.match(seen.text):
        return Reading(Kind.GOAL, label(seen.text))
    return None


def _legal(seen: Seen) -> Reading | None:
    """由…负责, X部门负责…: a duty or a delegation of a named body."""
    if ("由" in seen.text and LEGAL.search(seen.text)) or DUTY.match(seen.text):  # no delegation without 由
        return Reading(Kind.MEASURE, label(seen.text))
    return None


# 国家鼓励…, 国家依法保护…: the state as the subject of a provision (a statute's or a plan's), not an agency named after
# it (国家发展改革委, 国家机关) nor a noun it qualifies (国家级, 国家队).
STATE = re.compile(r"^国家(?!发展改革委|发改委|机关|级|队|的|和|与|及|、)(?P<rest>[^，。；]{3,})$")
# …发展、…振兴 (a list of nouns), 统一安排的资金, 用于…的经费: no act of the state.
STATE_MOVES = re.compile(r"(?:深入|继续|持续|逐年|逐步|不断|稳步|加快)(?:推进|扩大|提高|增长|发展|提升)$")
STATE_NOT = re.compile(r"^[\u4e00-\u9fff]{2}、|^[^，。；的]{2,4}的|^用于")


def _state(seen: Seen) -> Reading | None:
    """国家推广普通话, 国家建立…制度: what the state does or provides is a measure; not what it did (…了, read by the
    sentence) nor what it arranged, named through 的 (国家安排的资金)."""
    m = STATE.match(seen.text)
    if m is None or (action := cues.action_start(m["rest"])) is None or STATE_NOT.match(action) \
            or cues.outcome_end(seen.text) or STATE_MOVES.search(seen.text):
        return None  # 国家治理体系…深入推进: a noun of 国家 and a verb, and its outcome
    return Reading(Kind.MEASURE, label(seen.text))


def _provision(seen: Seen) -> Reading | None:
    """国家实行…制度, 行使…职权, 公民有…的权利: a provision of a statute (:mod:`.provisions`)."""
    return Reading(Kind.MEASURE, label(seen.text)) if provision(seen.text) else None


RULES: tuple[Rule, ...] = (_benefit, _no_action_head, _pursuit, _obtaining, _attainment, _action, _disposal, _deficit,
                           _bare_modal, _subject_modal, _framed, _target, _legal, _state, _provision)


def obliged(raw: str) -> bool:
    """要带着问题学: a clause opened by a bare modal of obligation (the modal the label leaves out) calls for an
    action whatever its verb; not a judgment to be made (但也要看到, 必须认识到).

    >>> obliged("要带着问题学"), obliged("但也要看到")
    (True, False)
    """
    raw = ENUM_MARK.sub("", raw.strip(" \u3000")).strip(TRIM)
    return bool(OBLIGED.match(raw))


def _duty_of_described(text: str) -> bool:
    """具有…学历的中国公民可以参加…考试: a subject described by what it has, then a duty or a right."""
    m = cues.modal(text)
    return bool(m and "的" in m["subject"] and ACTOR_TAIL.search(m["subject"]) and not text.startswith(("是", "在于")))


def _described_outcome(text: str) -> bool:
    """体现甘肃特色和优势的现代化产业体系加快构建: a subject described by what it shows, then its outcome."""
    m = cues.outcome_end(text)
    return bool(m and "的" in text[:m.start()] and not text.startswith(("是", "在于")))


def _fragmentary(subject: str) -> bool:
    """A subject that cannot be one: it ends in a particle, or it is longer than a long name of an actor. The 地 of
    a place word is no particle (各地, 当地, 基地: a noun or pronoun of jieba's dictionary).

    >>> _fragmentary("积极地"), _fragmentary("各地")
    (True, False)
    """
    tags = dictionary()[1]
    if subject.endswith("地") and tags.get(subject[-2:]) in ("n", "r", "s", "ns", "nz") \
            and tags.get(subject[-3:-1]) not in ("a", "ad", "d", "z", "v", "vd"):  # 积极|地, not 各地
        return len(subject) > 40
    return bool(PARTICLE_END.search(subject)) or len(subject) > 40


PARTICLE_END = re.compile(r"(?:[的地得]|是|必然|必定|一定|势必|将会|会|可能|仍然|仍|还)$")


def targets(text: str) -> list[str]:
    """The targets a clause lists side by side, each with its own predicate (A达到x、B达到y), or [].

    >>> targets("森林覆盖率达到30%、湿地保护率达到55%"), targets("港口投资达到90亿元、增长10%以上")
    (['森林覆盖率达到30%', '湿地保护率达到55%'], [])
    """
    parts = text.split("、")
    if len(parts) < 2 or not all(len(p) >= 5 and cues.is_target(p) and not RATE_ONLY.match(p) for p in parts):
        return []  # 投资达到900亿元、增长10%以上: the rate is the first figure's, one target
    return parts


def is_term(text: str) -> bool:
    """A name of some length that can be an aim in itself (现代化产业体系), not a pronoun or a one-word topic.

    >>> is_term("现代化产业体系"), is_term("这项工作")
    (True, False)
    """
    return len(text) >= 4 and not re.match(r"^(?:这|其|它|此|我们|我国)", text) and "，" not in text


def goal_phrase(text: str) -> bool:
    """A verb phrase or an outcome that can stand as a goal (not a bare noun, not a frame).

    >>> goal_phrase("加快发展海洋经济"), goal_phrase("海洋经济")
    (True, False)
    """
    text = clean(text)
    return bool(cues.action_start(text) or cues.ATTAIN.match(text) or cues.is_outcome(text)
                or cues.RESULT.match(text)) and not cues.GUIDANCE.match(text)


def as_goal(text: str) -> Reading | None:
    """A clause read as the goal it names, whatever its kind.

    >>> as_goal("完善港口设施").kind.value
    'goal'
    """
    reading = read_clause(text)
    return Reading(Kind.GOAL, reading.label) if reading else None


def modal_start(text: str) -> bool:
    """A clause opened by a modal of obligation (要…, 必须…).

    >>> modal_start("要完善港口设施"), modal_start("要求完善港口设施")
    (True, False)
    """
    return bool(MODAL_OPENING.match(text.strip(TRIM)))
