"""Goals, measures and the support links between them, read clause by clause.

Each clause of a sentence is read on its own (:func:`read_clause`): an action
(a measure), an end to reach (a goal), or neither. A sentence links its
statements (:func:`read_sentence`): 为Y…, X有利于Y, X是Y的关键, 以X推动Y,
通过X实现Y, and a result clause that ends a run of actions. The outline of
the article (:mod:`kg.text.outline`) gives the rest: headings support their parent
heading or the article goal, a paragraph's lead sentence or numbered item is
the goal of what its paragraph says.

>>> from kg.text.layout import layout
>>> from kg.model import Source
>>> text = "发展海洋经济\\n\\n张三 李四\\n\\n一是完善港口设施。要加快建设现代化港口群，深化港航协同。"
>>> facts = extract_statements(layout(Source("a.txt", text)).articles[0])
>>> [(s.kind.value, s.label) for s in facts.statements]
[('goal', '发展海洋经济'), ('measure', '完善港口设施'), ('measure', '加快建设现代化港口群'), ('measure', '深化港航协同')]
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from functools import lru_cache

from kg.extract import cues
from kg.model import Article, ArticleFacts, Genre, Kind, Level, Relation, Responsibility, Span, Statement, Support
from kg.text.numbering import ARTICLE_MARK, ENUM_MARK, ORDINAL
from kg.text.outline import Block, outline
from kg.text.sentences import TRIM, Clause, Sentence

MAX_LABEL = 48
# 总体要求是：…，Y。 — the requirements a work report or plan sets for the year, ending with its overall aim Y.
OVERALL = re.compile(r"(?:总体要求|总的要求)是?[：:]")
OVERALL_VERB = re.compile(r"^(?:奋力|努力|全力|加快|确保|推动|实现|促进|为)")
FOUNDATION = re.compile(r"^为(?P<x>.{4,60}?)(?:打牢|打下|奠定)(?:坚实)?基础$")
LEAD_MAX = 34

# Clause shapes read at the level of the sentence.
ROLE = cues.ROLE
IS_ROLE = re.compile(rf"^(?P<x>.{{2,60}}?)(?:既|也|都|更|正|就)?[，,]?(?:是|(?<!作)为|成为)(?P<y>[^。；]{{2,80}})的{ROLE}$")
ALSO_ROLE = re.compile(rf"^(?:也|又|更|还|同时)?是(?P<y>[^。；]{{2,80}})的{ROLE}$")
MAKE_ROLE = re.compile(rf"^把(?P<x>[^，。；]{{2,30}}?)作为(?P<y>[^，。；]{{2,40}})的{ROLE}$")
NEEDS = re.compile(r"^(?P<y>[^，。；]{2,30}?)(?:需要|离不开|有赖于|依赖于?)(?P<x>[^，。；]{2,40}?)(?:作为|提供)(?:支撑|基础|保障|支持)$")
MEANS_VERBS = "推动|促进|带动|培育|引领|支撑|助力|赋能|服务|保障|提升|实现|加快|推进|激发|构建|打造|增强|提高|拓展|深化"
# 以X推动Y; never between the members of a list (以学习型、服务型…建设引领…: 服务型 is no verb).
BY_MEANS = re.compile(rf"^以(?P<x>[^，。；]{{2,30}}?)(?<!、)(?P<y>(?:{MEANS_VERBS})(?![型性式])[^，。；]{{2,40}})$")
THROUGH = re.compile(rf"^通过(?P<x>[^，。；]{{2,30}}?)(?:为(?P<y1>[^，。；]{{2,30}}?)(?:赋能|提供|奠定|创造|注入|打下)"
                     rf"|(?P<y2>(?:{MEANS_VERBS})[^，。；]{{2,40}}))")
THROUGH_ALONE = re.compile(r"^通过(?P<x>[^，。；]{2,40})$")
PURPOSE = re.compile(r"^(?:为了|为|着眼于|致力于|旨在|围绕)(?P<y>[^，。；]{2,60})$")
# …，目的是Y1，Y2 / …，以便Y: every clause from the cue on is a purpose of the actions before it.
PURPOSE_AFTER = re.compile(r"^(?:其|这样做的|这样的)?(?:目的是|目的在于|以便|以期|为的是)(?:要|为了)?(?P<y>[^，。；]{2,60})$")
PROVIDE = re.compile(r"^(?:为|给)(?P<y>[^，。；]{2,50}?)(?:提供|奠定|创造|注入|打下|作出|做出|贡献|营造|开辟|拓展)")
HELPS = re.compile(r"^(?P<x>[^，。；]{0,40}?)(?:有利于|有助于|能够促进|将有力推动|以利于)(?P<y>[^，。；]{2,60})$")
# A stretch of time or effort that belongs to the clause after it: 到2022年，经过5—10年左右时间，争取经过几年努力.
TIME = re.compile(r"^(?:到|至|截至|力争到|争取到|从|自)?(?:\d{4}|[〇零一二三四五六七八九○]{4})年(?:底|末|前|开始|起)?$"
                  r"|^(?:争取|力争)?(?:经过|用)[^，。；]{1,12}(?:时间|努力)$|^(?:今后|未来)[^，。；]{1,6}年$|^到本世纪中叶$")
CONDITION = re.compile(r"的$")
CAUSATIVE = re.compile(r"^(?:从而|进而|以)?(?:使|让|促使)(?!用)")
WHEN = re.compile(r"[^，。；]{2}(?:时|之时|的时候)$")
COPULA = re.compile(r"^[^，。；、“”]{2,12}?(?:是|就是|正是|已成为|成为)(?!否|要|指)")
DEFINES = re.compile(r"是指|所称[^，。；]{0,30}，")
PAST_MARK = re.compile(r"(?<![为除不得])了(?!解)|已经")
ADDRESSED = re.compile(r"^(?:各位代表|同志们|代表们|朋友们|女士们|先生们|让我们)")
PAST_START = re.compile(r"^(?:随着|伴随着?|由于|虽然|尽管|近年来|去年|上年|过去|截至|此前|多年来|长期以来|[^，。；]{2,10}以来)")
PURSUE = re.compile(r"^(?:着眼于|致力于|旨在|服务于?(?=[^，。；]{2,40}(?:的需要|需要|需求)$))(?P<y>.{2,})$")
# 把/将 X 放在…, 纳入…, 作为…: an action on X.
DISPOSE = re.compile(r"^(?:把|将)(?!有|会|是|要)[^，。；]{3,}$")
_VERB_ALT = "|".join(re.escape(v) for v in cues.ACTION_VERBS if len(v) >= 2)
# A prepositional phrase, then the action: 在贫困地区推广…, 对市场主体实行…, 根据发展需要逐步提高….
PREP_ACTION = re.compile(rf"^(?:在|对|向|与|同|给|按照|依托|面向|针对|结合|根据|依据|以|从|分|由)[^，。；]{{1,30}}?(?:{_VERB_ALT})"
                         r"[^，。；]{2,}")
# A clause whose last verb only sets the scope (依托…, 围绕…, 聚焦…): it belongs to the action after it.
MEANS_ONLY = re.compile(r"^(?:通过|采取|采用|运用|利用)[^，。；]{2,30}(?:方式|途径|手段|渠道|形式|办法|措施)$")
MEANS_LEAD = re.compile(r"^通过[^，。；]{2,30}(?:方式|途径|手段|渠道|形式|办法|措施)，(?P<rest>[^，。；]{3,})$")
SCOPE_TAIL = re.compile(r"(?:依托|围绕|结合|针对|立足|借助|面向|对照|按照)[^，。；的]{2,30}$")
FRAMED = re.compile(r"^(?:依照|按照|根据|依据|遵照)[^，。；]{2,40}?(?:规定|要求|部署|安排)(?P<rest>[^，。；]{3,})$")
AFTER_CONDITION = re.compile(r"^(?:由|可以|可|应当|依法|依照|撤销|吊销|责令|处|予以|没收|不得|并处|直至|还应当)")
LEGAL = re.compile(r"(?:^|，|[^，。；]{2,30})由(?P<who>[^，。；]{2,40}?)"
                   r"(?:负责|制定|颁发|撤销|吊销|责令|处以|处|没收|给予|追究|组织|批准|审批|确定|统一|会同|备案|核发|认定)"
                   r"|(?:^|，|[^，。；]{2,30})由(?P<actor>[^，。；]{2,20}?(?:义务人|部门|机关|机构|单位|人民政府|委员会))"
                   r"(?![^，。；]*(?:组成|构成)$)[^，。；的]{2,}$")
DUTY = re.compile(r"^(?P<who>[^，。；]{2,40}?(?:部门|机关|机构|政府|委员会|单位|组织|人民政府))"
                  r"(?:依法|按照规定|按规定|会同[^，。；]{2,20})?(?:负责|对|组织)")
ACTOR_TAIL = re.compile(r"(?:人|者|机构|单位|部门|政府|企业|学校|院校|组织|公民|个人|机关|师|主体|协会|社会力量|各地)$")
PARENTHETICAL = re.compile(r"[（(](?:以下简称|以下称|简称|下称|含|即|包括|不含)[^（）()]{1,40}[）)]")
RESPONSIBLE = re.compile(r"[（(](?P<who>[^（）()]{2,200}?)(?:等)?(?:分别|按职责|牵头)?负责[^（）()]*[）)]\s*$")
TITLE_CORE = re.compile(
    r"^.*?关于(?P<core>.+?)的(?:指导意见|实施意见|若干意见|意见|通知|决定|方案|规划|办法|批复|复函|通报|报告|纲要|规定|意见的通知)$"
)
ISSUE_VERB = re.compile(r"^(?:印发|转发|批转|发布|公布|同意|下达|颁布)")
DOC_SUFFIX = re.compile(r"(?:的)?(?:实施方案|行动方案|工作方案|方案|实施意见|指导意见|意见|规划|行动计划|计划|办法|纲要|通知|细则|规定)$")
DOC_TYPES = ("报告", "条例", "通知", "批复", "复函", "决定", "令", "讲话", "公报", "规定", "办法", "细则", "法")
GOAL_TAIL = re.compile(r"(?:水平|建设|工作)$")
LIST = re.compile(r"([^、，。；：“”（）]{1,16}?)(?:、[^、，。；：“”（）等]{1,16}){2,}等")
TRAILING = re.compile(r"[等、]+$")
CUT_TRAILING = re.compile(r"(?:等|的|了|和|及|与|以及|并|或|、|，)+$")


# A lead verb that makes an actor bring a change about: 着力推动乡村旅游加快发展 is an action, not the change.
CAUSE = re.compile(r"^(?:着力|大力|积极)?(?:推动|引导|鼓励|支持|组织|带动)(?!形成)")


@dataclass(frozen=True)
class Reading:
    """What one clause states: its kind, its label, and whether it is led by a result verb."""

    kind: Kind
    label: str
    result: bool = False


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
    raw, text = text, _clean(text)
    if len(text) < 3 or _not_a_statement(text) or cues.SETTING.search(text):
        return None
    body = cues.skip_adverbs(text)
    if body.startswith(cues.NOT_ACTION_HEADS) and not _duty_of_described(text) and not _described_outcome(text):
        return None
    if m := PURSUE.match(body):
        return Reading(Kind.GOAL, label(m["y"]))
    if cues.OBTAIN.match(body):
        return Reading(Kind.MEASURE, label(text))
    if cues.ATTAIN.match(body) or (cues.OUTCOME_END.search(text) and not CAUSE.match(body)):
        return Reading(Kind.GOAL, label(text))
    action = cues.action_start(text)
    if action is not None:
        result = bool(cues.RESULT_STRONG.match(body)) or (
            bool(cues.RESULT.match(body)) and bool(cues.OUTCOME_NOUN.search(text)))
        return Reading(Kind.MEASURE, label(action), result)
    if DISPOSE.match(text) or PREP_ACTION.match(text) or (text.startswith("通过") and cues.action_start(text[2:])):
        return Reading(Kind.MEASURE, label(text))
    if cues.DEFICIT.search(text):
        return None
    if (cues.MODAL_START.match(text) or _obliged(raw)) and len(text) >= 5:
        return Reading(Kind.MEASURE, label(text))
    if m := cues.MODAL.match(text):
        rest, subject = text[m.end():], m["subject"]
        permission = m["modal"] in ("可以", "可", "也可以", "有权")
        if len(rest) >= 2 and not _fragmentary(subject) and (not permission or ACTOR_TAIL.search(subject)):
            return Reading(Kind.MEASURE, label(text))
    if (m := FRAMED.match(text) or MEANS_LEAD.match(text)) and (inner := read_clause(m["rest"])) is not None:
        return Reading(inner.kind, label(text), inner.result)
    if cues.is_target(text) or cues.STATE_REACHED.match(text):
        return Reading(Kind.GOAL, label(text))
    if LEGAL.search(text) or DUTY.match(text):
        return Reading(Kind.MEASURE, label(text))
    return None


@lru_cache(maxsize=65536)
def _clean(text: str) -> str:
    """A clause without its enumeration mark, leading fillers and punctuation (each text cleaned once)."""
    text = ENUM_MARK.sub("", text.strip(" \u3000")).strip(TRIM)
    return cues.strip_filler(text).strip(TRIM)


def _obliged(raw: str) -> bool:
    """要带着问题学: a clause opened by a bare modal of obligation (the modal the label leaves out) calls for an
    action whatever its verb; not a judgment to be made (但也要看到, 必须认识到)."""
    raw = ENUM_MARK.sub("", raw.strip(" \u3000")).strip(TRIM)
    return bool(re.match(r"^(?:也|还|更|都|就)?(?:要|必须|务必)(?!求|素|点|件|是|看到|认识到|明白|懂得|清醒|注意到)", raw))


def _not_a_statement(text: str) -> bool:
    return bool(cues.ADDRESS.match(text) or cues.EVALUATIVE.search(text) or cues.EVALUATIVE_TAIL.search(text)
                or cues.ANNOUNCES.search(text) or cues.UNDERGOES.match(text) or cues.COGNITION.search(text)
                or cues.PRINCIPLE.match(text) or cues.ANAPHOR.match(text)
                or cues.SHORTFALL.search(text) or re.search(rf"的{ROLE}$", text) or cues.GUIDANCE.match(text)
                or (re.search(r"(?:以下|如下|下列)[^，。；]{0,8}$", text) and not re.search(r"应当|必须|不得|可以|应|须", text))
                or cues.ISSUING.search(text) or cues.PAST.search(text) or "是指" in text or "所称" in text)


# A result with a degree (大幅提升…水平, 显著增强…能力): after outcomes, one more outcome.
DEGREE_RESULT = re.compile(r"^(?:大幅度?|显著|明显|全面|整体|稳步)(?:提升|提高|增强)[^，。；]{2,30}"
                           r"(?:水平|能力|效能|效率|效益|质量|活力|竞争力|影响力|品质)$")
# 具备下列条件：, 有下列情形之一的： — a list of conditions follows (not 提出以下意见：, 重点抓好以下工作：).
CONDITIONS_LEAD = re.compile(r"(?:下列|以下|如下)[^，。；]{0,8}(?:条件|情形|情况|材料|行为|资格|证明|文件)[^，。；]{0,6}$")
DUTY_MODALS = ("应当", "必须", "不得")  # the modals of statutes and rules
PLACE_OR_MANNER = re.compile(
    r"^并?(?:在|向|按照?|依照|依法|于)(?![^，。；]*(?:[下前后中时上]|原则|要求|可能|倾向|方面|精神|情况|基础)$)")


def _duty_of_described(text: str) -> bool:
    """具有…学历的中国公民可以参加…考试: a subject described by what it has, then a duty or a right."""
    m = cues.MODAL.match(text)
    return bool(m and "的" in m["subject"] and ACTOR_TAIL.search(m["subject"]) and not text.startswith(("是", "在于")))


def _targets(text: str) -> list[str]:
    """The targets a clause lists side by side, each with its own predicate (A达到x、B达到y), or []."""
    parts = text.split("、")
    if len(parts) < 2 or not all(len(p) >= 5 and cues.is_target(p) for p in parts):
        return []
    return parts


def _described_outcome(text: str) -> bool:
    """体现甘肃特色和优势的现代化产业体系加快构建: a subject described by what it shows, then its outcome."""
    m = cues.OUTCOME_END.search(text)
    return bool(m and "的" in text[:m.start()] and not text.startswith(("是", "在于")))


def _fragmentary(subject: str) -> bool:
    """A subject that cannot be one: it ends in a particle, or it is longer than a long name of an actor."""
    return bool(re.search(r"(?:[的地得]|是|必然|必定|一定|势必|将会|会|可能|仍然|仍|还)$", subject)) or len(subject) > 40


def label(text: str) -> str:
    """A concise label: markers, parentheticals and trailing particles dropped, cut to a phrase.

    >>> label("一是完善港口设施。")
    '完善港口设施'
    >>> label("开展“县管校聘”管理改革试点（以下称县管校聘试点）工作")
    '开展“县管校聘”管理改革试点工作'
    """
    text = ENUM_MARK.sub("", text.strip(" \u3000")).strip(TRIM)
    text = PARENTHETICAL.sub("", text)
    text = cues.strip_filler(text).strip(TRIM)
    if len(text) > MAX_LABEL:
        text = LIST.sub(lambda m: m.group(1) + "等", text, count=1)
    if len(text) > MAX_LABEL:
        cut = max(text.rfind(c, 0, MAX_LABEL) for c in "，、；和与及的")
        text = CUT_TRAILING.sub("", text[: cut if cut > MAX_LABEL // 2 else MAX_LABEL])
    text = TRAILING.sub("", text) if len(text) > 4 else text
    if text.count("“") != text.count("”") or text.count("（") != text.count("）"):
        text = re.sub("[“”（）]", "", text)
    return text.strip(TRIM)


@lru_cache(maxsize=65536)
def identity(text: str) -> str:
    """The label compared for sameness: no spaces or punctuation, no generic tail (水平, 建设, 工作)."""
    text = unicodedata.normalize("NFKC", text)
    text = "".join(ch for ch in text if not (ch.isspace() or unicodedata.category(ch)[0] in "PS"))
    return GOAL_TAIL.sub("", text) or text


# ---------------------------------------------------------------- sentences

@dataclass(frozen=True)
class Found:
    """A statement read from a sentence: its reading, the clause it comes from, its role in the sentence."""

    reading: Reading
    clause: Clause
    role: str = ""  # "topic" (the goal of the rest of its sentence), "purpose" or "aim" (a goal served), "item"


@dataclass
class SentenceReading:
    """The statements of a sentence and the links between them (indexes into ``found``)."""

    found: list[Found] = field(default_factory=list)
    links: list[tuple[int, int, Relation]] = field(default_factory=list)
    focus: int | None = None  # a purpose or topic the rest of the paragraph may serve
    aim: int | None = None  # X of X是Y的关键抓手: what the enumerated paragraphs after this one elaborate

    def add(self, reading: Reading | None, clause: Clause, role: str = "") -> int | None:
        if reading is None or not reading.label:
            return None
        self.found.append(Found(reading, clause, role))
        return len(self.found) - 1

    def link(self, x: int | None, y: int | None, relation: Relation) -> None:
        if x is not None and y is not None and x != y:
            self.links.append((x, y, relation))


def read_sentence(sentence: Sentence) -> SentenceReading:
    """The statements of one sentence and how they serve each other.

    >>> from kg.model import Paragraph
    >>> from kg.text.sentences import split_sentences
    >>> s = split_sentences(Paragraph("规范市场秩序，减少流通环节，降低物流费用，抑制价格上涨。", "body", ((0, 0),)))[0]
    >>> r = read_sentence(s)
    >>> [(f.reading.kind.value, f.reading.label) for f in r.found][-1], len(r.links)
    (('goal', '抑制价格上涨'), 3)
    """
    out = SentenceReading()
    if DEFINES.search(sentence.text):
        return out  # X，是指…；所称Y，是指…: a definition, whatever its clauses say
    clauses = _merge_time(list(sentence.clauses))
    if _reports_past(clauses) or _document_purposes(out, clauses) or _whole(out, clauses):
        return out
    reader = _ClauseReader(out, clauses)
    for i in range(reader.first, len(clauses)):
        if reader.read(i) is _DONE:
            return out
    reader.finish()
    return out


_DONE = object()  # a rule that read the rest of the sentence too


class _ClauseReader:
    """The clauses of one sentence, read in order; each rule reads a clause or leaves it to the next rule."""

    def __init__(self, out: SentenceReading, clauses: list[Clause]) -> None:
        self.out, self.clauses = out, clauses
        self.pending: list[int] = []  # actions since the last goal of the sentence
        self.topics = _topics(out, clauses)
        self.topic: int | None = self.topics[0] if self.topics else None
        self.through: int | None = None
        self.role_of: int | None = None
        self.lead: int | None = None
        self.duty = False  # a clause of the sentence stated an obligation that the clauses after it continue
        self.causative = False  # the last clause read was an outcome 使/让 brings about
        self.first = max(len(self.topics), _judging(clauses))
        self.rules = (self._condition, self._aim, self._purpose, self._purpose_after, self._frame, self._by_means, self._through,
                      self._through_alone, self._provide, self._helps, self._needs, self._role, self._also_role,
                      self._plain)

    def read(self, i: int) -> object:
        clause, text = self.clauses[i], _clean(self.clauses[i].text)
        for rule in self.rules:
            done = rule(i, clause, text)
            if done:
                return done
        return None

    def _condition(self, i: int, clause: Clause, text: str) -> bool:
        nxt = self.clauses[i + 1].text if i + 1 < len(self.clauses) else ""
        return bool(CONDITION.search(text) and AFTER_CONDITION.match(_clean(nxt)))

    def _aim(self, i: int, clause: Clause, text: str) -> bool:
        if not (m := cues.AIM.match(text)):
            return False
        self.out.add(Reading(Kind.GOAL, label(m["y"])), clause, "aim")
        return True

    def _purpose(self, i: int, clause: Clause, text: str) -> bool:
        if not ((m := PURPOSE.match(text)) and not cues.GUIDANCE.match(m["y"]) and _goal_phrase(m["y"])):
            return False
        if cues.ANAPHOR.match(m["y"]):
            return True  # 为实现上述目标，…: the goals it refers to were stated before
        y = self.out.add(Reading(Kind.GOAL, label(m["y"])), clause, "purpose")
        if i == 0:
            self.topic, self.out.focus = y, y
        elif text.startswith("围绕") and self.lead is None:  # …，围绕Y，X1，X2: Y is what the actions after it serve
            self.lead = y
        self._serve_pending(y)
        return True

    def _purpose_after(self, i: int, clause: Clause, text: str) -> object:
        if not (i and self.pending and (m := PURPOSE_AFTER.match(text))):
            return False
        goals = [self.out.add(Reading(Kind.GOAL, label(m["y"])), clause, "purpose")]
        goals += [self.out.add(Reading(Kind.GOAL, label(c.text)), c, "purpose")
                  for c in self.clauses[i + 1:] if len(_clean(c.text)) >= 4]
        for y in goals:
            for p in self.pending:
                self.out.link(p, y, Relation.PURPOSE)
        self.pending = []
        return _DONE

    def _frame(self, i: int, clause: Clause, text: str) -> bool:
        if not cues.ORIENTATION.match(text):
            return False
        self.out.add(Reading(Kind.MEASURE, label(text)), clause)
        return True

    def _by_means(self, i: int, clause: Clause, text: str) -> bool:
        if not ((m := BY_MEANS.match(text)) and not text.startswith("以为")):
            return False
        x = self.out.add(Reading(Kind.MEASURE, label(m["x"])), clause)
        y = self.out.add(Reading(Kind.GOAL, label(m["y"])), clause, "purpose")
        self.out.link(x, y, Relation.MEANS)
        _serve(self.out, self.pending, self.topic, y)
        self.pending = []
        return True

    def _through(self, i: int, clause: Clause, text: str) -> bool:
        if not ((m := THROUGH.match(text)) and not MEANS_LEAD.match(text)):
            return False
        x = self.out.add(Reading(Kind.MEASURE, label(m["x"])), clause)
        y = self.out.add(Reading(Kind.GOAL, label(m["y1"] or m["y2"] or "")), clause, "purpose")
        self.out.link(x, y, Relation.MEANS)
        return True

    def _through_alone(self, i: int, clause: Clause, text: str) -> bool:
        if not ((m := THROUGH_ALONE.match(text)) and cues.action_start(m["x"])):
            return False
        self.through = self.out.add(Reading(Kind.MEASURE, label(m["x"])), clause)
        return True

    def _provide(self, i: int, clause: Clause, text: str) -> bool:
        if not PROVIDE.match(text):
            return False
        self._serve_pending(self.out.add(Reading(Kind.GOAL, label(text)), clause, "purpose"))
        return True

    def _helps(self, i: int, clause: Clause, text: str) -> object:
        if not ((m := HELPS.match(text)) and not re.search(f"(?:{_VERB_ALT})$", m["x"])):
            return False
        out = self.out
        x = out.add(read_clause(m["x"]), clause) if m["x"] else (self.pending[-1] if self.pending else None)
        ys = [out.add(Reading(Kind.GOAL, label(m["y"])), clause, "purpose")]
        ys += [out.add(r, c, "purpose") for c in self.clauses[i + 1:] if (r := _as_goal(c.text))]
        for y in ys:
            out.link(x, y, Relation.PURPOSE)
        return _DONE

    def _needs(self, i: int, clause: Clause, text: str) -> bool:
        if not (m := NEEDS.match(text)):
            return False
        self.out.add(Reading(Kind.GOAL, label(m["y"])), clause, "needs")
        return True

    def _role(self, i: int, clause: Clause, text: str) -> bool:
        m = IS_ROLE.match(text) or MAKE_ROLE.match(text)
        if not (m and (_goal_phrase(m["x"]) or _term(m["x"]))):
            return False
        x = self.out.add(Reading(Kind.GOAL, label(m["x"])), clause)
        y = None
        if not re.search(f"的{ROLE}[和与及、]", m["y"]):  # 是跨越关口的迫切要求和我国发展的战略目标: two roles, no one Y
            y = self.out.add(Reading(Kind.GOAL, label(m["y"])), clause, "purpose")
        self.out.link(x, y, Relation.PURPOSE)
        if i == 0:
            self.out.aim = x
        self.role_of = x
        return True

    def _also_role(self, i: int, clause: Clause, text: str) -> bool:
        if self.role_of is None or not (m := ALSO_ROLE.match(text)):  # X既是A的基础，也是B的重要途径
            return False
        for part in re.split(r"、(?=推动|促进|实现|加快|提高|提升|增强|建设)", m["y"]):
            self.out.link(self.role_of, self.out.add(Reading(Kind.GOAL, label(part)), clause, "purpose"),
                          Relation.PURPOSE)
        return True

    def _plain(self, i: int, clause: Clause, text: str) -> bool:
        reading = read_clause(clause.text) or self._coordinate(text)
        if reading is None and self.duty and PLACE_OR_MANNER.match(text) and len(text) >= 6:
            reading = Reading(Kind.MEASURE, label(text))  # X应当A，在…实习满1年，并在…从业: the same duty
        if reading is None:
            return True
        if reading.kind is Kind.MEASURE and reading.result and not self.pending and self._outcomes() \
                and DEGREE_RESULT.match(text):
            reading = Reading(Kind.GOAL, reading.label)  # X基本完成…转变，大幅提升…水平: one more outcome
        if (m := cues.MODAL.match(text)) and m["modal"] in DUTY_MODALS:
            self.duty = True
        out = self.out
        if self.through is not None:  # 通过X，Y: Y is what X is for
            y = out.add(Reading(Kind.GOAL, reading.label), clause, "purpose")
            out.link(self.through, y, Relation.MEANS)
            self.through = None
            return True
        if reading.kind is Kind.GOAL and len(parts := _targets(text)) > 1:  # 森林覆盖率达到13.52%、林草覆盖率达到44.79%
            for part in parts:
                _serve(out, self.pending, None, out.add(Reading(Kind.GOAL, label(part)), clause))
            self.pending = []
            return True
        if reading.kind is Kind.MEASURE and self.causative and not _obliged(clause.text) \
                and not cues.MODAL.match(text):
            reading = Reading(Kind.GOAL, reading.label)  # 使其牢记…，树立…: the run of what 使 brings about
        k = out.add(reading, clause)
        self.causative = reading.kind is Kind.GOAL and bool(CAUSATIVE.match(text) or self.causative)
        if reading.kind is Kind.GOAL:
            _serve(out, self.pending, None, k)
            self.pending = []
        elif k is not None:
            self.pending.append(k)
        return True

    def _coordinate(self, text: str) -> Reading | None:
        """鼓励…优先采购…，优先从…聘用…: a clause opened by the adverb the action before it carries shares its lead."""
        last = self.out.found[self.pending[-1]] if self.pending else None
        m = cues.ADVERB_START.match(text)
        if last is None or m is None or len(text) < len(m.group()) + 4 or m.group() not in _clean(last.clause.text)[2:]:
            return None
        if cues.skip_adverbs(text).startswith(cues.NOT_ACTION_HEADS):
            return None  # …，始终是…: a judgment, not a second action
        return Reading(Kind.MEASURE, label(text))

    def _outcomes(self) -> list[int]:
        """The plain goals read so far when the sentence has stated no action: a run of outcomes."""
        found = self.out.found
        if any(f.reading.kind is Kind.MEASURE for f in found):
            return []
        return [k for k, f in enumerate(found) if f.role == "" and f.reading.kind is Kind.GOAL]

    def _serve_pending(self, goal: int | None) -> None:
        """The actions since the last goal serve ``goal``; with no action, the outcomes before it do
        (职业教育基本完成…转变，…，为…提供优质人才资源支撑)."""
        for p in self.pending or [k for k in self._outcomes() if k != goal]:
            self.out.link(p, goal, Relation.PURPOSE)
        self.pending = []

    def finish(self) -> None:
        """Results that end the sentence serve its actions; what a topic clause names is served by the rest."""
        out = self.out
        _final_result(out, self.pending)
        if self.lead is not None:
            for k in range(self.lead + 1, len(out.found)):
                if out.found[k].reading.kind is Kind.MEASURE:
                    out.link(k, self.lead, Relation.PURPOSE)
        heads = self.topics or ([self.topic] if self.topic is not None else [])
        if not heads:
            return
        if out.found[heads[0]].role != "system":  # a system named in passing is no topic of the next sentence
            out.focus = heads[0]
        for k in range(len(out.found)):
            if k not in heads and out.found[k].role != "topic" and not any(a == k for a, _, _ in out.links):
                for t in heads:
                    out.link(k, t, Relation.SUPPORTS)


def _scope_only(text: str) -> bool:
    """依托X / 围绕X: the clause names where or on what the next clause acts, and nothing else."""
    m = SCOPE_TAIL.search(text)
    if m is None:
        return False
    tail = text[m.start() + 2:]
    return not cues.action_start(tail) and not any(v in tail for v in ("推动", "推进", "加强", "建设", "发展"))


def _judging(clauses: list[Clause]) -> int:
    """How many clauses open the sentence with a definition or judgment (消费扶贫是…的一种扶贫方式，是…的重要途径)."""
    first = _clean(clauses[0].text) if clauses else ""
    if not COPULA.match(first) or cues.action_start(first) or IS_ROLE.match(first):
        return 0
    n = 1
    for clause in clauses[1:]:
        text = _clean(clause.text)
        if not (re.match(r"^(?:是|也是|更是|都是|又是)", text) or re.search(r"的[^，。；的]{1,8}$", text)):
            break
        n += 1
    return n


def _reports_past(clauses: list[Clause]) -> bool:
    """A sentence that reports what was done (…了, 近年来…, 截至…), or that addresses the audience
    (同志们，让我们…): no statement in it."""
    return bool(clauses) and (any(PAST_MARK.search(c.text) for c in clauses) or bool(PAST_START.match(clauses[0].text))
                              or bool(ADDRESSED.match(clauses[0].text)))


SYSTEM_TOPIC = re.compile(r"^(?:加快|全面|大力|持续|着力)?(?:建设|构建|建立|健全|完善)(?!的)[^，。；]{2,16}(?:体系|体制|机制|格局)$")


def _topics(out: SentenceReading, clauses: list[Clause]) -> list[int]:
    """The clauses before the first modal of a sentence (X，Y，要…): goals the rest of the sentence serves."""
    m = next((i for i, c in enumerate(clauses) if i and _modal_start(c.text)), None)
    if m is None and len(clauses) >= 4 and SYSTEM_TOPIC.match(_clean(clauses[0].text)):
        # 加快建设新型能源体系，新增…，推进…，开工建设…: the system the rest of the sentence builds
        k = out.add(read_clause(clauses[0].text), clauses[0], "system")
        return [k] if k is not None else []
    if m is None or any(_modal_start(c.text) or cues.MODAL.match(_clean(c.text)) for c in clauses[:m]):
        return []
    texts = [_clean(c.text) for c in clauses[:m]]
    if any(IS_ROLE.match(t) or MAKE_ROLE.match(t) or COPULA.match(t) or PURPOSE.match(t) or THROUGH.match(t)
           or BY_MEANS.match(t) or cues.AIM.match(t) for t in texts):
        return []
    readings = [read_clause(c.text) for c in clauses[:m]]
    if any(r is None for r in readings):
        return []
    return [k for r, c in zip(readings, clauses[:m], strict=True)
            if r is not None and (k := out.add(Reading(Kind.GOAL, r.label), c, "topic")) is not None]


def _document_purposes(out: SentenceReading, clauses: list[Clause]) -> bool:
    """为A，B，…，制定本条例 / 现提出如下意见: every purpose before the act of issuing is a goal of the document."""
    if len(clauses) < 2 or not PURPOSE.match(_clean(clauses[0].text)):
        return False
    issuing = next((i for i, c in enumerate(clauses) if cues.ISSUING.search(c.text)), None)
    if issuing is None:
        return False
    for i, clause in enumerate(clauses[:issuing]):
        text = _clean(clause.text)
        if i == 0:
            text = PURPOSE.match(text)["y"]  # type: ignore[index]
        if not cues.GUIDANCE.match(text) and _goal_phrase(text):
            out.add(Reading(Kind.GOAL, label(text)), clause, "document")
    return True


def _whole(out: SentenceReading, clauses: list[Clause]) -> bool:
    """X，Y，是Z的基础: the clauses before 是 serve the goals of the clauses after it."""
    if _judging(clauses):
        return False
    j = next((i for i, c in enumerate(clauses) if i and re.match(r"^(?:是|成为|都是|也是)", _clean(c.text))), None)
    if j is None or not re.search(rf"的{ROLE}$", _clean(clauses[-1].text)):
        return False
    xs = [out.add(read_clause(c.text), c) for c in clauses[:j]]
    if not any(x is not None for x in xs):
        return False
    ys = []
    for c in clauses[j:]:
        part = re.sub(rf"的{ROLE}$", "", re.sub(r"^(?:是|成为|都是|也是)", "", _clean(c.text)))
        ys.append(out.add(Reading(Kind.GOAL, label(part)), c, "purpose") if len(part) >= 4 else None)
    for x in xs:
        for y in ys:
            out.link(x, y, Relation.PURPOSE)
    return bool(out.found)


def _term(text: str) -> bool:
    """A name of some length that can be an aim in itself (现代化产业体系), not a pronoun or a one-word topic."""
    return len(text) >= 4 and not re.match(r"^(?:这|其|它|此|我们|我国)", text) and "，" not in text


def _goal_phrase(text: str) -> bool:
    """A verb phrase or an outcome that can stand as a goal (not a bare noun, not a frame)."""
    text = _clean(text)
    return bool(cues.action_start(text) or cues.ATTAIN.match(text) or cues.is_outcome(text)
                or cues.RESULT.match(text)) and not cues.GUIDANCE.match(text)


def _as_goal(text: str) -> Reading | None:
    reading = read_clause(text)
    return Reading(Kind.GOAL, reading.label) if reading else None


def _modal_start(text: str) -> bool:
    return bool(re.match(r"^(?:既要|又要|要|必须|需要|需|应当|应|还要|也要|就要|务必)(?!求)", text.strip(TRIM)))


def _serve(out: SentenceReading, pending: list[int], topic: int | None, goal: int | None) -> None:
    for p in pending:
        out.link(p, goal, Relation.PURPOSE)


def _final_result(out: SentenceReading, pending: list[int]) -> None:
    """Result clauses (提高…水平, 增强…能力) that end a run of actions are the goals of that run."""
    run = []
    for k in reversed(pending):
        if not out.found[k].reading.result:
            break
        run.append(k)
    actions = pending[: len(pending) - len(run)]
    if not run or not actions:
        return
    for k in run:
        found = out.found[k]
        out.found[k] = Found(Reading(Kind.GOAL, found.reading.label), found.clause, "purpose")
        for p in actions:
            out.link(p, k, Relation.PURPOSE)


def _merge_time(clauses: list[Clause]) -> list[Clause]:
    """A clause that only says when, with what effort or by what means (到2022年, 经过几年努力, 采取…等方式)
    joins the clause after it;
    one that only sets the scope of the next action (鼓励企业依托资源禀赋，培育…) is left out."""
    out: list[Clause] = []
    carry: Clause | None = None
    for i, clause in enumerate(clauses):
        if carry is not None:
            clause = Clause(carry.text + "，" + clause.text, carry.start, clause.end,
                            Span(carry.span.start, clause.span.end, carry.span.quote + "，" + clause.span.quote))
            carry = None
        nxt = clauses[i + 1].text if i + 1 < len(clauses) else ""
        text = _clean(clause.text)
        if nxt and (TIME.match(text) or MEANS_ONLY.match(text)):
            carry = clause
            continue
        if nxt and _scope_only(text) and cues.action_start(_clean(nxt)):
            continue
        if nxt and WHEN.search(text) and cues.MODAL_START.match(_clean(nxt)):
            continue  # 扣缴义务人向个人支付应税款项时，应当…: the occasion of the duty after it
        if nxt and _clean(nxt).startswith("由") and LEGAL.search(_clean(nxt)) and read_clause(clause.text) is None \
                and not CONDITION.search(text) and not CONDITION.search(_clean(nxt)):
            carry = clause  # 纳税申报的具体办法，由国务院税务主管部门制定: the topic of the duty after it
            continue
        out.append(clause)
    if carry is not None:
        out.append(carry)
    return out


# ---------------------------------------------------------------- articles

@dataclass
class _Builder:
    """Collects statements and links for one article, merging repeated goals."""

    article: Article
    statements: dict[str, Statement] = field(default_factory=dict)
    by_identity: dict[str, str] = field(default_factory=dict)  # goals
    actions: dict[str, str] = field(default_factory=dict)  # the first measure of each label
    supports: dict[tuple[str, str], Support] = field(default_factory=dict)
    responsibilities: list[Responsibility] = field(default_factory=list)

    def add(self, kind: Kind, text: str, evidence: Span, level: Level) -> str | None:
        """The key of a new statement; None for an empty label. A goal said again is the goal already
        there, with one more mention; an action that is later named as a goal becomes that goal."""
        if len(text) < 3 or cues.EVALUATIVE.search(text):
            return None  # two characters state no goal (坐标, 编号: a table's header)
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
        if source and target and source != target and (target, source) not in self.supports:
            self.supports.setdefault((source, target), Support(source, target, relation, evidence))

    def facts(self) -> ArticleFacts:
        return ArticleFacts(self.article, tuple(self.statements.values()), tuple(self.supports.values()),
                            tuple(self.responsibilities))


def article_goal(article: Article) -> str | None:
    """The goal a title states: a headline, or the core of 关于…的意见 (the aim of a plan it issues).

    >>> article_goal(Article("1", "a", title="国务院关于加快发展养老服务业的指导意见"))
    '加快发展养老服务业'
    >>> article_goal(Article("1", "a", title="国务院关于印发全民健身计划的通知"))
    '全民健身'
    >>> article_goal(Article("1", "a", title="政府工作报告")) is None
    True
    """
    title = article.title
    if not title:
        return None
    if core := TITLE_CORE.match(title):
        text = core["core"]
        if ISSUE_VERB.match(text):
            text = DOC_SUFFIX.sub("", ISSUE_VERB.sub("", text).strip("《》")).strip("《》")
        return label(text) or None
    if title.endswith(DOC_TYPES) or (not _goal_phrase(title) and len(title) < 6):
        return None
    return label(title)


def extract_statements(article: Article) -> ArticleFacts:
    """Goals, measures, supports and responsibilities of one article (pure)."""
    reader = _Reader(_Builder(article), regulation=_is_regulation(article))
    reader.start()
    for block in outline(article):
        reader.block(block)
    return reader.builder.facts()


def _is_regulation(article: Article) -> bool:
    return sum(1 for p in article.paragraphs if ARTICLE_MARK.match(p.text)) >= 3


@dataclass
class _Reader:
    builder: _Builder
    regulation: bool = False
    root: str | None = None
    root_from_title: bool = True
    stack: list[tuple[int, str | None]] = field(default_factory=list)
    in_review: bool = False
    carried: str | None = None  # the lead of an earlier paragraph that later lead-less paragraphs serve
    focus: str | None = None  # the aim a paragraph set (X是Y的关键抓手) that enumerated paragraphs after it serve
    focus_is_lead: bool = False  # the focus is a lead sentence (继续实施…。一是…), the one parent of 二是…
    intro: bool = True  # before the first heading
    aim: str | None = None  # the aim the last sentence read set
    conditions: bool = False  # inside a list of conditions (具备下列条件：（一）…)
    targets: bool = False  # inside a container section of targets (“十五五”时期主要目标任务) that names no goal yet

    def start(self) -> None:
        art = self.builder.article
        goal = article_goal(art)
        if goal and art.title_span:
            self.root = self.builder.add(Kind.GOAL, goal, art.title_span, Level.ARTICLE)

    def thesis(self, context: str | None) -> bool:
        """In the introduction of a commentary or of one of its sections (before the first lead paragraph),
        the goals its author states are what the headline or the section heading serves."""
        return self.intro and context is not None and context == self.parent() \
            and self.builder.article.genre is Genre.COMMENTARY

    def purpose_of_document(self, text: str, evidence: Span) -> str | None:
        """A purpose the document states for itself: the article goal when there is none, else one it serves."""
        if self.root is None:
            self.root = self.builder.add(Kind.GOAL, text, evidence, Level.ARTICLE)
            self.root_from_title = False
            return self.root
        if self.root_from_title and _overlaps(text, self.builder.statements[self.root].label):
            return None  # the title said it already
        key = self.builder.add(Kind.GOAL, text, evidence, Level.THESIS)
        self.builder.link(self.root, key, Relation.PURPOSE, evidence)
        return key

    def overall_aim(self, sentence: Sentence) -> str | None:
        """The aim a document states for its whole programme at the end of its 总体要求 sentence
        (政府工作总体要求是：…，奋力谱写中国式现代化江西篇章。): the goal its sections serve."""
        if not OVERALL.search(sentence.text) or len(sentence.clauses) < 2:
            return None
        last = sentence.clauses[-1]
        text = _clean(last.text)
        if m := FOUNDATION.match(text):
            text = m["x"]
        if text.startswith("以") and "为" not in text:
            text = text[1:]  # 以保持经济和社会的稳定 (not 以X为Y)
        reading = read_clause(text)
        if len(text) < 4 or (reading is not None and reading.kind is not Kind.GOAL and not OVERALL_VERB.match(text)):
            return None
        self.root = self.builder.add(Kind.GOAL, label(text), last.span, Level.ARTICLE)
        self.root_from_title = False
        return self.root

    def parent(self) -> str | None:
        return next((key for _, key in reversed(self.stack) if key), None) or self.root

    def block(self, block: Block) -> None:
        if block.table:
            return  # a row of a table: cells are neither goals nor measures
        if block.heading is not None and block.whole_heading:
            if not (self.conditions and block.level):
                self.heading(block)
            return
        if self.conditions and block.level:
            return  # an item of a list of conditions (具备下列条件：（一）…；)
        self.conditions = False
        if self.in_review:
            return
        context, main = self.parent(), None
        body = list(block.sentences)
        if block.heading is not None:  # a numbered item whose first sentence is its heading
            context = main = self.item(block)
        elif (lead := self.lead(block)) is not None:
            main = lead
            if not block.ordinal:
                context = lead
            body = body[1:]
            self.carried = None if block.ordinal else lead
            self.intro = False
        elif not block.level and self.carried:
            context = self.carried
        self.body(body, context, item=main if block.ordinal else None)
        opens_list = main is not None and not block.ordinal and any(ORDINAL.match(s.text) for s in body)
        if opens_list:  # 继续实施积极的财政政策。一是…: the paragraphs 二是…, 三是… that follow serve it (only)
            self.focus, self.focus_is_lead = main, True
        elif not (block.ordinal and main):
            self.focus = self.aim if main is None and self.aim else None
            self.focus_is_lead = False
        if self.targets and not block.ordinal and self.stack and self.stack[-1][1] is None:
            self.section_aim(block)
        self.targets = False  # only the section's opening paragraph names its aim
        if main and block.responsible:
            self.responsible(block.responsible, main)
        last = block.sentences[-1].text if block.sentences else ""
        self.conditions = block.paragraph.text.rstrip().endswith(("：", ":")) and (
            bool(CONDITIONS_LEAD.search(last)) or (self.regulation and self._states_nothing(block)))

    def _states_nothing(self, block: Block) -> bool:
        """第三条　下列所得，…，均为来源于中国境内的所得：: an article whose lead states nothing enumerates
        what its terms cover (definitions, scopes, cases), not duties."""
        last = block.sentences[-1] if block.sentences else block.heading
        return last is not None and not read_sentence(last).found

    def heading(self, block: Block) -> None:
        assert block.heading is not None
        text = block.heading.text
        level = block.level or 1
        while self.stack and self.stack[-1][0] >= level:
            self.stack.pop()
        self.carried = self.focus = None
        self.focus_is_lead = False
        self.intro = True
        core = label(ENUM_MARK.sub("", text))
        review = bool(cues.REVIEW_HEADINGS.search(core))
        self.in_review = review or (self.in_review and level > 1)
        self.targets = False
        if review or self.in_review or not core or self._container(core, block):
            self.stack.append((level, None))
            self.targets = not review and "目标" in core
            return
        key = self._restates_root(core) or self.builder.add(Kind.GOAL, core, block.heading.span, Level.SECTION)
        if key != self.root:
            self.builder.link(key, self.parent(), Relation.PART_OF, block.heading.span)
        self.stack.append((level, key))

    def section_aim(self, block: Block) -> None:
        """The goal a section of targets names at the end of its opening paragraph (…，确保基本实现社会主义
        现代化取得决定性进展。): the targets listed after it serve that goal."""
        last = next((s for s in reversed(block.sentences) if s.clauses), None)
        if last is None or re.search("[：:]", block.paragraph.text) or cues.NUMERAL.search(last.text):
            return  # a paragraph that lists the targets itself (主要目标是：…，城镇化率达到58%) names no aim
        text = _clean(last.clauses[-1].text)
        reading = read_clause(text)
        if reading is None or not (reading.kind is Kind.GOAL or cues.OUTCOME_END.search(text)):
            return
        key = self.builder.add(Kind.GOAL, reading.label, last.span, Level.SECTION)
        if key is None:
            return
        if self.root and key != self.root:
            self.builder.link(key, self.root, Relation.PART_OF, last.span)
        self.stack[-1] = (self.stack[-1][0], key)

    def _container(self, core: str, block: Block) -> bool:
        plain = re.sub(r"^(?:[\d〇零一二三四五六七八九十]{2,4}年|“[^”]{2,8}”时期|[^，。]{0,8}时期的?|今年|明年)", "", core)
        if cues.CONTAINER_HEAD.search(plain) or cues.FURNITURE_HEADINGS.search(core) or core.startswith("关于"):
            return True
        if block.chapter or (self.regulation and block.level):
            return read_clause(core) is None
        return bool(re.fullmatch(r"[\d一二三四五六七八九十、.．（）() ]+", core))

    def _restates_root(self, core: str) -> str | None:
        if not self.root:
            return None
        root = identity(self.builder.statements[self.root].label)
        mine = identity(DOC_SUFFIX.sub("", core))
        return self.root if mine and (mine in root or root in mine) else None

    def item(self, block: Block) -> str | None:
        """A numbered item ((十五)提高待遇水平。…): its first sentence is a statement the rest serves."""
        assert block.heading is not None
        level = block.level
        while self.stack and self.stack[-1][0] >= level:
            self.stack.pop()
        self.carried = None
        reading = read_clause(block.heading.text)
        if reading is None or cues.CONTAINER_HEAD.search(reading.label):
            self.stack.append((level, None))
            return self.parent()
        key = self.builder.add(reading.kind, reading.label, block.heading.span, Level.ITEM)
        self.builder.link(key, self.parent(), Relation.SUPPORTS, block.heading.span)
        self.stack.append((level, key))
        return key

    def lead(self, block: Block) -> str | None:
        """A paragraph opened by a short statement: the goal of the rest of the paragraph."""
        if len(block.sentences) < 2 and not block.ordinal:
            return None
        first = _unmarked(block.sentences[0])
        if len(first.clauses) != 1 and not block.ordinal:
            return None
        text = _clean(first.clauses[0].text) if first.clauses else ""
        reading = read_clause(text) if text else None
        if reading is None or len(reading.label) > LEAD_MAX or cues.CONTAINER_HEAD.search(reading.label) \
                or cues.MODAL.match(text) or cues.MODAL_START.match(text):
            return None  # an obligation (X不得…) is a measure of its own, not the lead of what follows
        key = self.builder.add(reading.kind, reading.label, first.span, Level.ITEM)
        if block.ordinal and self.focus:  # 一是…, 二是… after a sentence that set the aim they elaborate
            self.builder.link(key, self.focus, Relation.SUPPORTS, first.span)
            if self.focus_is_lead:
                return self._rest_of_lead(key, first)
        self.builder.link(key, self.parent(), Relation.SUPPORTS, first.span)
        return self._rest_of_lead(key, first)

    def _rest_of_lead(self, key: str | None, first: Sentence) -> str | None:
        if len(first.clauses) > 1:
            self.body([Sentence(first.text, first.start, first.end, first.span, first.clauses[1:], first.ending)],
                      key)
        return key

    def body(self, sentences: list[Sentence], context: str | None, *, item: str | None = None) -> str | None:
        """The sentences of a paragraph: an enumerated item (二是…) is the goal of the rest of its
        sentence and of the sentences up to the next item; what it stands for stays their goal too.
        ``item`` is the item the paragraph opened with (一是…), a sibling of the items that follow."""
        focus: str | None = None
        for sentence in sentences:
            if ORDINAL.match(sentence.text) and sentence.clauses:
                sentence = _unmarked(sentence)
                reading = read_clause(sentence.clauses[0].text)
                if reading is not None:
                    item = self.builder.add(reading.kind, reading.label, sentence.span, Level.ITEM)
                    self.builder.link(item, focus or context, Relation.SUPPORTS, sentence.span)
                    if focus and context:
                        self.builder.link(item, context, Relation.SUPPORTS, sentence.span)
                    rest = Sentence(sentence.text, sentence.start, sentence.end, sentence.span, sentence.clauses[1:],
                                    sentence.ending)
                    self.sentence(rest, item, focus or context)
                    continue
            found = self.sentence(sentence, item or focus or context, (focus or context) if item else None)
            if found and item is None and focus is None:
                focus = found
        return focus

    def sentence(self, sentence: Sentence, context: str | None, also: str | None = None) -> str | None:
        """Add a sentence's statements, serving ``context`` (and ``also``, an outer context);
        returns its focus (a purpose the rest of the paragraph serves)."""
        if not sentence.clauses:
            return None
        self.aim = None
        if self.root is None and (aim := self.overall_aim(sentence)) is not None:
            context, also = aim, None

        reading = read_sentence(sentence)
        keys: list[str | None] = []
        for found in reading.found:
            kind = found.reading.kind
            if found.role == "document":
                keys.append(self.purpose_of_document(found.reading.label, sentence.span))
                continue
            level = Level.THESIS if kind is Kind.GOAL else Level.ACTION
            keys.append(self.builder.add(kind, found.reading.label, sentence.span, level))
        sources = {x for x, _, _ in reading.links}
        targets = {y for _, y, _ in reading.links}
        for x, y, relation in reading.links:
            self.builder.link(keys[x], keys[y], relation, sentence.span)
        for i, key in enumerate(keys):
            role = reading.found[i].role
            if key is None or key == context or role == "document":
                continue
            if role in ("aim", "needs") or (role == "purpose" and i not in sources and i not in targets):
                self.builder.link(context, key, Relation.PURPOSE, sentence.span)
                continue
            if self.thesis(context) and reading.found[i].reading.kind is Kind.GOAL:
                self.builder.link(context, key, Relation.PURPOSE, sentence.span)
                continue
            self.builder.link(key, context, Relation.SUPPORTS, sentence.span)
            if also and role != "purpose":
                self.builder.link(key, also, Relation.SUPPORTS, sentence.span)
        if reading.aim is not None:
            self.aim = keys[reading.aim]
        if reading.focus is not None and keys[reading.focus]:
            return keys[reading.focus]
        return None

    def responsible(self, span: Span, measure: str) -> None:
        m = RESPONSIBLE.search(span.quote)
        if not m:
            return
        names = [n.strip() for n in re.split(r"[、，,]", re.sub(r"(?:等)?(?:分别|按职责|牵头)?$", "", m["who"]))
                 if n.strip()]
        lead_all = "牵头" in m.group(0) and "列第一位" not in m.group(0)
        for i, name in enumerate(names):
            lead = lead_all or (i == 0 and len(names) > 1 and _lead_first(self.builder.article))
            self.builder.responsibilities.append(Responsibility(measure, name, lead, span))


def _unmarked(sentence: Sentence) -> Sentence:
    """第一，着力整治…乱象。: a sentence whose first clause is only its ordinal mark, without that clause."""
    mark = sentence.clauses[0].text.strip(" \u3000") if sentence.clauses else ""
    if len(sentence.clauses) > 1 and (m := ORDINAL.match(mark + "，")) and m.end() >= len(mark):
        return Sentence(sentence.text, sentence.start, sentence.end, sentence.span, sentence.clauses[1:],
                        sentence.ending)
    return sentence


def _overlaps(a: str, b: str, *, size: int = 4) -> bool:
    """Whether two labels share a run of ``size`` characters (一个说法的重述).

    >>> _overlaps("进一步办好新时代养老服务", "养老服务改革"), _overlaps("拓宽渠道", "养老服务改革")
    (True, False)
    """
    a, b = identity(a), identity(b)
    return any(a[i:i + size] in b for i in range(len(a) - size + 1))


def _lead_first(article: Article) -> bool:  # 列第一位者为牵头单位
    return any("列第一位者为牵头单位" in p.text for p in article.paragraphs)
