"""The sentence linker: the statements of one sentence and the links between them.

为Y…, X有利于Y, X是Y的关键, 以X推动Y, 通过X实现Y, X，目的是Y, a run of result
clauses that ends a run of actions, the clauses before a modal (X，要…): each
makes one clause serve another inside the sentence. Nothing outside the
sentence is read here.

>>> from kg.model import Paragraph
>>> from kg.text.sentences import split_sentences
>>> s = split_sentences(Paragraph("为保障群众饮水安全，要加快建设水源工程。", "body", ((0, 0),)))[0]
>>> r = read_sentence(s)
>>> [(f.reading.kind.value, f.reading.label) for f in r.found], r.links
([('goal', '保障群众饮水安全'), ('measure', '加快建设水源工程')], [(1, 0, <Relation.SUPPORTS: 'supports'>)])
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from kg.extract import cues
from kg.extract.statements.arguments import (
    PROVIDE,
    only_if,
    recognition,
    ruled_out,
    served,
    significance,
    without_range,
    without_x_no_y,
)
from kg.extract.statements.bases import basis
from kg.extract.statements.benefits import benefit
from kg.extract.statements.clauses import (
    MEANS_LEAD,
    VERB_ALT,
    WITHIN,
    Reading,
    goal_phrase,
    is_term,
    modal_start,
    not_a_statement,
    obliged,
    read_clause,
    targets,
)
from kg.extract.statements.grounds import asks, call_after_past, describes_document, marks_past
from kg.extract.statements.joins import CONDITION, demands, joined
from kg.extract.statements.labels import clean, label
from kg.extract.statements.occasions import occasion
from kg.extract.statements.provisions import state_goes_on
from kg.extract.statements.readings import Found, SentenceReading
from kg.extract.statements.reports import reports_act, reports_state
from kg.extract.statements.speech import explains
from kg.model import Kind, Relation
from kg.text.sentences import Clause, Sentence

# Roles side by side (的基础和关键, 的内在要求和重要着力点) are one role of one Y.
ROLES = rf"{cues.ROLE}(?:[和与及、]{cues.ROLE})*"
IS_ROLE = re.compile(rf"^(?P<x>.{{2,60}}?)(?:既|也|都|更|正|就)?[，,]?(?:是|(?<!作)为|成为)(?P<y>[^。；]{{2,80}})的{ROLES}$")
ALSO_ROLE = re.compile(rf"^(?:也|又|更|还|同时)?是(?P<y>[^。；]{{2,80}})的{ROLES}$")
MAKE_ROLE = re.compile(rf"^把(?P<x>[^，。；]{{2,30}}?)作为(?P<y>[^，。；]{{2,40}})的{ROLES}$")
NEEDED = ("支撑", "基础", "保障", "支持")  # what Y needs X to provide, the last word of NEEDS
NEEDS = re.compile(rf"^(?P<y>[^，。；]{{2,30}}?)(?:需要|离不开|有赖于|依赖于?)(?P<x>[^，。；]{{2,40}}?)(?:作为|提供)"
                   rf"(?:{'|'.join(NEEDED)})$")
MEANS_VERBS = "推动|促进|带动|培育|引领|支撑|助力|赋能|服务|保障|提升|实现|加快|推进|激发|构建|打造|增强|提高|拓展|深化"
# 以X推动Y; never between the members of a list (以学习型、服务型…建设引领…: 服务型 is no verb).
MEANS_ADVERBS = "全面|加快|大力|持续|深入|着力|有力|更好|继续|不断|切实|进一步"  # 以X全面推进Y: the manner is Y's
BY_MEANS = re.compile(rf"^以(?P<x>[^，。；]{{2,30}}?)(?<!、)(?P<y>(?:(?:{MEANS_ADVERBS}){{0,2}})(?:{MEANS_VERBS})(?![型性式])"
                      r"[^，。；]{2,40})$")
THROUGH = re.compile(rf"^通过(?P<x>[^，。；]{{2,30}}?)(?:为(?P<y1>[^，。；]{{2,30}}?)(?:赋能|{cues.alternatives(cues.PROVISIONS)})"
                     rf"|(?P<y2>(?:{MEANS_VERBS})[^，。；]{{2,40}}))")
THROUGH_ALONE = re.compile(r"^通过(?P<x>[^，。；]{2,40})$")
PURPOSE = re.compile(rf"^(?:为了|为|{cues.alternatives(cues.PURSUITS)}|围绕)(?P<y>[^，。；]{{2,60}})$")
# …，目的是Y1，Y2 / …，以便Y: every clause from the cue on is a purpose of the actions before it.
PURPOSE_AFTER = re.compile(r"^(?:其|这样做的|这样的)?(?:目的是|目的在于|以便|以期|为的是)(?:要|为了)?(?P<y>[^，。；]{2,60})$")
HELPED = re.compile("有利于|有助于|能够促进|将有力推动|以利于")  # the words of HELPS, looked for before it is tried
HELPS = re.compile(rf"^(?P<x>[^，。；]{{0,40}}?)(?:{HELPED.pattern})(?P<y>[^，。；]{{2,60}})$")
AFTER_CONDITION = re.compile(r"^(?:由|可以|可|应当|依法|依照|撤销|吊销|责令|处|予以|没收|不得|并处|直至|还应当)")
CAUSATIVE = re.compile(r"^(?:从而|进而|以)?(?:使|让|促使)(?!用|命)")
EFFORT_CAUSE = re.compile(rf"^(?:{cues.alternatives(cues.EFFORTS)})(?:使|让)(?!用|命)")  # 努力使A，努力建设B: B is one more effort's end
EFFORT = re.compile(rf"^(?:{cues.alternatives(cues.EFFORTS)})")
COPULA = re.compile(r"^[^，。；、“”]{2,12}?(?:是|就是|正是|已成为|成为)(?!否|要|指)")
DEFINES = re.compile(r"是指|所称[^，。；]{0,30}，|表现为")  # what a thing is, or how it shows itself
# A result with a degree (大幅提升…水平, 显著增强…能力): after outcomes, one more outcome.
DEGREE_RESULT = re.compile(r"^(?:大幅度?|显著|明显|全面|整体|稳步)(?:提升|提高|增强)[^，。；]{2,30}"
                           r"(?:水平|能力|效能|效率|效益|质量|活力|竞争力|影响力|品质)$")
DUTY_MODALS = ("应当", "必须", "不得")  # the modals of statutes and rules
STATUTE_MODAL = re.compile(r"应当|不得")  # the duty a statute states (必须 is as common in speeches)
PLACE_OR_MANNER = re.compile(
    r"^并?(?:在|向|按照?|依照|依法|于)(?![^，。；]*(?:[下前后中时上]|原则|要求|可能|倾向|方面|精神|情况|基础)$)")
SYSTEM_TOPIC = re.compile(r"^(?:加快|全面|大力|持续|着力)?(?:建设|构建|建立|健全|完善)(?!的)[^，。；]{2,16}(?:体系|体制|机制|格局)$")
IS_OPENING = re.compile(r"^(?:是|成为|都是|也是)")
VERB_END = re.compile(f"(?:{VERB_ALT})$")
# Y，关键在于X / 根本出路在于X: what Y turns on (not 能否…, 是否…: a question of whether).
CRUX = re.compile(r"^(?:其|这)?(?:关键|根本|重点|核心|出路|要害|根本出路)(?:就|还|也)?在于(?P<x>[^，。；]{4,60})$")
QUESTION = re.compile(r"能否|是否|能不能|好坏")
# 以更大的决心, 以钉钉子精神, 以主人翁的姿态: the manner of the action after it, no means of its own (以X推动Y).
MANNER = re.compile(r"(?:决心|力度|勇气|姿态|精神|作风|气力|担当|干劲|劲头|韧劲|气魄|魄力)$")
ENACTS = re.compile(r"^(?:特)?制定本法$")  # a statute's own enactment, as 制定本条例 is a regulation's (cues.ISSUING)


def read_sentence(sentence: Sentence, *, commentary: bool = False) -> SentenceReading:
    """The statements of one sentence and how they serve each other; in a ``commentary``, a report of an actor's
    act (北京实施…) states nothing.

    >>> from kg.model import Paragraph
    >>> from kg.text.sentences import split_sentences
    >>> s = split_sentences(Paragraph("规范市场秩序，减少流通环节，降低物流费用，抑制价格上涨。", "body", ((0, 0),)))[0]
    >>> r = read_sentence(s)
    >>> [(f.reading.kind.value, f.reading.label) for f in r.found][-1], len(r.links)
    (('goal', '抑制价格上涨'), 3)
    """
    out = SentenceReading()
    if DEFINES.search(sentence.text):
        return out  # X，是指…；所称Y，是指…；X是Y，表现为…: a definition, whatever its clauses say
    clauses = joined(sentence)
    clauses = demands(without_range(clauses))
    if recognition(clauses) or ruled_out(clauses) or significance(out, clauses, past=_reports_past):
        return out
    clauses = call_after_past(clauses)
    if asks(clauses) or explains(clauses) or describes_document(clauses) or _reports_past(clauses) \
            or (commentary and (reports_act(clauses) or reports_state(clauses))) or _document_purposes(out, clauses) \
            or (not (judging := _judging(clauses)) and _whole(out, clauses)) or only_if(out, clauses) \
            or without_x_no_y(out, clauses):
        return out
    reader = _ClauseReader(out, clauses, judging)
    for i in range(reader.first, len(clauses)):
        if reader.read(i) is _DONE:
            return out
    reader.finish()
    return out


_DONE = object()  # a rule that read the rest of the sentence too


class _ClauseReader:
    """The clauses of one sentence, read in order; each rule reads a clause or leaves it to the next rule."""

    def __init__(self, out: SentenceReading, clauses: list[Clause], judging: int) -> None:
        self.out, self.clauses = out, clauses
        self.pending: list[int] = []  # actions since the last goal of the sentence
        self.topics = _topics(out, clauses)
        self.topic: int | None = self.topics[0] if self.topics else None
        self.through: int | None = None
        self.role_of: int | None = None
        self.lead: int | None = None
        self.duty = False  # a clause of the sentence stated an obligation that the clauses after it continue
        self.causative = False  # the last clause read was an outcome 使/让 brings about
        self.effort = False  # …, 努力使…: the efforts after it (努力建设…) are ends too
        self.first = max(len(self.topics), judging)

    def read(self, i: int) -> object:
        clause, text = self.clauses[i], clean(self.clauses[i].text)
        for rule in _RULES:  # functions of the class, not bound methods: a reader holds no cycle through itself
            done = rule(self, i, clause, text)
            if done:
                return done
        return None

    def _condition(self, i: int, clause: Clause, text: str) -> bool:
        nxt = self.clauses[i + 1].text if i + 1 < len(self.clauses) else ""
        return bool(CONDITION.search(text) and AFTER_CONDITION.match(clean(nxt)))

    def _occasion(self, i: int, clause: Clause, text: str) -> bool:
        return i + 1 < len(self.clauses) and occasion(text, self.clauses[i + 1].text)  # 对…的项目，一律不得…

    def _aim(self, i: int, clause: Clause, text: str) -> bool:
        if not (m := cues.AIM.match(text)):
            return False
        self.out.goal(m["y"], clause, "aim")
        return True

    def _purpose(self, i: int, clause: Clause, text: str) -> bool:
        if not ((m := PURPOSE.match(text)) and not cues.GUIDANCE.match(m["y"]) and goal_phrase(m["y"])) or benefit(text):
            return False  # 为残疾人提供康复服务: a service delivered, read as the action it is
        if cues.ANAPHOR.match(m["y"]):
            return True  # 为实现上述目标，…: the goals it refers to were stated before
        y = self.out.goal(text if PROVIDE.match(text) else m["y"], clause, "purpose")  # 为Y提供支撑: the whole clause
        if i == 0:
            self.topic, self.out.focus = y, y
        elif text.startswith("围绕") and self.lead is None:  # …，围绕Y，X1，X2: Y is what the actions after it serve
            self.lead = y
        self._serve_pending(y)
        return True

    def _purpose_after(self, i: int, clause: Clause, text: str) -> object:
        if not (i and self.pending and (m := PURPOSE_AFTER.match(text))):
            return False
        goals = [self.out.goal(m["y"], clause, "purpose")]
        goals += [self.out.goal(c.text, c, "purpose") for c in self.clauses[i + 1:] if len(clean(c.text)) >= 4]
        for y in goals:
            for p in self.pending:
                self.out.link(p, y, Relation.PURPOSE)
        self.pending = []
        return _DONE

    def _frame(self, i: int, clause: Clause, text: str) -> bool:
        if not cues.ORIENTATION.match(text) or basis(text):
            return False
        self.out.add(Reading(Kind.MEASURE, label(text)), clause)
        return True

    def _by_means(self, i: int, clause: Clause, text: str) -> bool:
        if not ((m := BY_MEANS.match(text)) and not text.startswith("以为")) or MANNER.search(m["x"]):
            return False
        x = self.out.add(Reading(Kind.MEASURE, label(m["x"])), clause)
        y = self.out.goal(m["y"], clause, "purpose")
        self.out.link(x, y, Relation.MEANS)
        self.out.serve(self.pending, y)
        self.pending = []
        return True

    def _through(self, i: int, clause: Clause, text: str) -> bool:
        if not ((m := THROUGH.match(text)) and not MEANS_LEAD.match(text)):
            return False
        x = self.out.add(Reading(Kind.MEASURE, label(m["x"])), clause)
        y = self.out.goal(m["y1"] or m["y2"] or "", clause, "purpose")
        self.out.link(x, y, Relation.MEANS)
        return True

    def _through_alone(self, i: int, clause: Clause, text: str) -> bool:
        if not ((m := THROUGH_ALONE.match(text)) and cues.action_start(m["x"])):
            return False
        self.through = self.out.add(Reading(Kind.MEASURE, label(m["x"])), clause)
        return True

    def _provide(self, i: int, clause: Clause, text: str) -> bool:
        if not PROVIDE.match(text) or benefit(text):
            return False
        self._serve_pending(self.out.goal(text, clause, "purpose"))
        return True

    def _helps(self, i: int, clause: Clause, text: str) -> object:
        if not (HELPED.search(text) and (m := HELPS.match(text)) and not VERB_END.search(m["x"])):
            return False
        out = self.out
        x = out.add(read_clause(m["x"]), clause) if m["x"] else (self.pending[-1] if self.pending else None)
        ys = [out.goal(m["y"], clause, "purpose")]
        ys += [out.add(r, c, "purpose") for c in self.clauses[i + 1:] if (r := served(c.text))]
        for y in ys:
            out.link(x, y, Relation.PURPOSE)
        return _DONE

    def _needs(self, i: int, clause: Clause, text: str) -> bool:
        if not (text.endswith(NEEDED) and (m := NEEDS.match(text))):
            return False
        self.out.goal(m["y"], clause, "needs")
        return True

    def _crux(self, i: int, clause: Clause, text: str) -> bool:
        """Y，关键在于X: X is the action Y turns on; the actions of Y's clauses become what X serves."""
        if not (m := CRUX.match(text)) or QUESTION.search(m["x"]):
            return False
        if (reading := read_clause(m["x"])) is None:
            return self.pending != [] and is_term(m["x"]) and self._turns_on()  # Y，根本在于科技创新: Y an end
        x = self.out.add(Reading(Kind.MEASURE, reading.label), clause)
        for p in self.pending:
            found = self.out.found[p]
            self.out.found[p] = Found(Reading(Kind.GOAL, found.reading.label), found.clause, "purpose")
            self.out.link(x, p, Relation.PURPOSE)
        self.pending = []
        return True

    def _turns_on(self) -> bool:
        """The actions before a crux that names no action are the end it serves."""
        for p in self.pending:
            found = self.out.found[p]
            self.out.found[p] = Found(Reading(Kind.GOAL, found.reading.label), found.clause, "purpose")
        self.pending = []
        return True

    def _role(self, i: int, clause: Clause, text: str) -> bool:
        roles = "的" in text and ("是" in text or "为" in text)  # both patterns need 的 and 是 or (作)为
        m = (IS_ROLE.match(text) or MAKE_ROLE.match(text)) if roles else None
        if not (m and (goal_phrase(m["x"]) or is_term(m["x"]))):
            return False
        x = self.out.goal(m["x"], clause)
        y = None
        if not re.search(f"的{cues.ROLE}[和与及、]", m["y"]):  # 是跨越关口的迫切要求和我国发展的战略目标: two roles, no one Y
            y = self.out.goal(m["y"], clause, "purpose")
        self.out.link(x, y, Relation.PURPOSE)
        if i == 0:
            self.out.aim = x
        self.role_of = x
        return True

    def _also_role(self, i: int, clause: Clause, text: str) -> bool:
        if self.role_of is None or not (m := ALSO_ROLE.match(text)):  # X既是A的基础，也是B的重要途径
            return False
        for part in re.split(r"、(?=推动|促进|实现|加快|提高|提升|增强|建设)", m["y"]):
            self.out.link(self.role_of, self.out.goal(part, clause, "purpose"), Relation.PURPOSE)
        return True

    def _plain(self, i: int, clause: Clause, text: str) -> bool:
        reading = self._reading(clause, text)
        if reading is None:
            return True
        if not self.duty and (((m := cues.modal(text)) and m["modal"] in DUTY_MODALS)
                              or text.startswith(DUTY_MODALS)):
            self.duty = True
        if self.through is not None:  # 通过X，Y: Y is what X is for
            self.out.link(self.through, self.out.add(Reading(Kind.GOAL, reading.label), clause, "purpose"),
                          Relation.MEANS)
            self.through = None
        elif reading.kind is Kind.GOAL and len(parts := targets(text)) > 1:  # 森林覆盖率达到13.52%、林草覆盖率达到44.79%
            for part in parts:
                self.out.serve(self.pending, self.out.goal(part, clause))
            self.pending = []
        else:
            self._add(reading, clause, text)
        return True

    def _reading(self, clause: Clause, text: str) -> Reading | None:
        """The clause read on its own, or as the second of two clauses that share a lead, or as the place or
        manner of a duty stated before it; a result with a degree after outcomes is one more outcome."""
        reading = read_clause(clause.text) or self._coordinate(text)
        if reading is None and self.out.found and self.out.found[-1].reading.kind is Kind.MEASURE \
                and state_goes_on(clean(self.out.found[-1].clause.text), text):
            reading = Reading(Kind.MEASURE, label(text))  # 国家颁布…，管理…: the state's duty goes on
        if reading is None and self.duty and ((PLACE_OR_MANNER.match(text) and len(text) >= 6) or self._goes_on(text)):
            reading = Reading(Kind.MEASURE, label(text))  # X应当A，在…实习满1年，并在…从业: the same duty
        if reading is not None and reading.kind is Kind.MEASURE and reading.result and not self.pending \
                and self._outcomes() and DEGREE_RESULT.match(text):
            reading = Reading(Kind.GOAL, reading.label)  # X基本完成…转变，大幅提升…水平: one more outcome
        return reading

    def _add(self, reading: Reading, clause: Clause, text: str) -> None:
        """A plain statement: an action waits for the goal after it, a goal takes the actions before it."""
        if reading.kind is Kind.MEASURE and (self.causative or (self.effort and EFFORT.match(text))) \
                and not obliged(clause.text) and not cues.modal(text):
            reading = Reading(Kind.GOAL, reading.label)  # 使其牢记…，树立…: the run of what 使 brings about
        k = self.out.add(reading, clause)
        self.causative = reading.kind is Kind.GOAL and bool(CAUSATIVE.match(text) or self.causative)
        self.effort = reading.kind is Kind.GOAL and bool(EFFORT_CAUSE.match(text) or self.effort)
        if reading.kind is Kind.GOAL:
            self.out.serve(self.pending, k)
            self.pending = []
        elif k is not None:
            self.pending.append(k)

    def _coordinate(self, text: str) -> Reading | None:
        """鼓励…优先采购…，优先从…聘用…: a clause opened by the adverb the action before it carries shares its lead."""
        last = self.out.found[self.pending[-1]] if self.pending else None
        adverb = cues.adverb_start(text)
        if last is None or not adverb or len(text) < len(adverb) + 4 or adverb not in clean(last.clause.text)[2:]:
            return None
        if cues.skip_adverbs(text).startswith(cues.NOT_ACTION_HEADS):
            return None  # …，始终是…: a judgment, not a second action
        return Reading(Kind.MEASURE, label(text))

    def _goes_on(self, text: str) -> bool:
        """应当预扣税款，按时缴库，并专项记载备查: right after a clause of duty, a short clause with no subject of its
        own (no condition, judgment or modal) goes on stating that duty."""
        last = self.out.found[-1] if self.out.found else None
        return bool(last is not None and last.reading.kind is Kind.MEASURE
                    and any(STATUTE_MODAL.search(f.clause.text) for f in self.out.found)
                    and 4 <= len(text) <= 16
                    and not re.search(r"[的时前后]$|是|为|等|、|们|[我他她它其]|却|^(?:和|与|及|以及|或|但|而)", text)
                    and not cues.modal(text)
                    and not not_a_statement(text))

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
        out.final_result(self.pending)
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


_RULES: tuple[Callable[[_ClauseReader, int, Clause, str], object], ...] = (
    _ClauseReader._condition, _ClauseReader._occasion, _ClauseReader._aim, _ClauseReader._purpose,
    _ClauseReader._purpose_after, _ClauseReader._frame, _ClauseReader._by_means, _ClauseReader._through,
    _ClauseReader._through_alone, _ClauseReader._provide, _ClauseReader._helps, _ClauseReader._needs,
    _ClauseReader._crux, _ClauseReader._role, _ClauseReader._also_role, _ClauseReader._plain)


def _judging(clauses: list[Clause]) -> int:
    """How many clauses open the sentence with a definition or judgment (消费扶贫是…的一种扶贫方式，是…的重要途径)."""
    first = clean(clauses[0].text) if clauses else ""
    if not COPULA.match(first) or cues.action_start(first) or IS_ROLE.match(first):
        return 0
    n = 1
    for clause in clauses[1:]:
        text = clean(clause.text)
        if not (re.match(r"^(?:是|也是|更是|都是|又是)", text) or re.search(r"的[^，。；的]{1,8}$", text)):
            break
        n += 1
    return n


def _reports_past(clauses: list[Clause]) -> bool:
    """A sentence that reports what was done (…了, 近年来…, 截至…), or that addresses the audience
    (同志们，让我们…): no statement in it."""
    return bool(clauses) and (any(marks_past(c.text) for c in clauses)
                              or bool(cues.PAST_START.match(clauses[0].text)) or bool(cues.ADDRESSED.match(clauses[0].text)))


def _topics(out: SentenceReading, clauses: list[Clause]) -> list[int]:
    """The clauses before the first modal of a sentence (X，Y，要…): goals the rest of the sentence serves."""
    m = next((i for i, c in enumerate(clauses) if i and modal_start(c.text)), None)
    if m is None and len(clauses) >= 4 and SYSTEM_TOPIC.match(clean(clauses[0].text)):
        # 加快建设新型能源体系，新增…，推进…，开工建设…: the system the rest of the sentence builds
        k = out.add(read_clause(clauses[0].text), clauses[0], "system")
        return [k] if k is not None else []
    if m is None or not _topical(clauses[:m]) \
            or any(occasion(clean(c.text), n.text) for c, n in pairwise(clauses[:m + 1])):
        # X，对…的N，要…: the clause before the modal is the occasion of its duty, and X no topic
        return []
    readings = [read_clause(c.text) for c in clauses[:m]]
    return [k for r, c in zip(readings, clauses[:m], strict=True)
            if r is not None and (k := out.add(Reading(Kind.GOAL, r.label), c, "topic")) is not None]


def _topical(clauses: list[Clause]) -> bool:
    """Clauses before a modal that can be its topic: no modal, role, copula, purpose or means among them, and
    each a statement or the area the modal's clause speaks of."""
    if any(modal_start(c.text) or cues.modal(clean(c.text)) for c in clauses):
        return False
    texts = [clean(c.text) for c in clauses]
    if any(IS_ROLE.match(t) or MAKE_ROLE.match(t) or COPULA.match(t) or PURPOSE.match(t) or THROUGH.match(t)
           or BY_MEANS.match(t) or cues.AIM.match(t) for t in texts):
        return False
    return all(read_clause(c.text) is not None or WITHIN.match(t) for c, t in zip(clauses, texts, strict=True)) \
        and any(not WITHIN.match(t) for t in texts)  # 完成…任务，在工作部署上，要…: the area names no topic


def _document_purposes(out: SentenceReading, clauses: list[Clause]) -> bool:
    """为A，B，…，制定本条例 / 现提出如下意见: every purpose before the act of issuing is a goal of the document."""
    first = PURPOSE.match(clean(clauses[0].text)) if len(clauses) >= 2 else None
    if first is None:
        return False
    issuing = next((i for i, c in enumerate(clauses) if cues.ISSUING.search(c.text) or ENACTS.search(c.text)), None)
    if issuing is None:
        return False
    for i, clause in enumerate(clauses[:issuing]):
        text = first["y"] if i == 0 else clean(clause.text)
        if not cues.GUIDANCE.match(text) and goal_phrase(text):
            out.goal(text, clause, "document")
    return True


def _whole(out: SentenceReading, clauses: list[Clause]) -> bool:
    """X，Y，是Z的基础: the clauses before 是 serve the goals of the clauses after it (a sentence that opens with
    a judgment, :func:`_judging`, is read clause by clause instead)."""
    j = next((i for i, c in enumerate(clauses) if i and IS_OPENING.match(clean(c.text))), None)
    if j is None or not cues.ROLE_END.search(clean(clauses[-1].text)):
        return False
    xs = [out.add(read_clause(c.text), c) for c in clauses[:j]]
    if not any(x is not None for x in xs):
        return False
    ys = []
    for c in clauses[j:]:
        part = cues.ROLE_END.sub("", IS_OPENING.sub("", clean(c.text)))
        ys.append(out.goal(part, c, "purpose") if len(part) >= 4 else None)
    for x in xs:
        for y in ys:
            out.link(x, y, Relation.PURPOSE)
    return bool(out.found)

