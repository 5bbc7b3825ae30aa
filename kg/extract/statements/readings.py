"""What reading one sentence gives: the statements found in it (:class:`Found`) and the links between them
(:class:`SentenceReading`), shared by the sentence linker and the readers of argument shapes.

>>> SentenceReading().found
[]
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.extract.statements.clauses import Reading, striven
from kg.extract.statements.labels import clean, label
from kg.model import Kind, Relation
from kg.text.sentences import Clause


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
        """Add a statement; its index, or None when there is nothing to add.

        >>> from kg.model import Span
        >>> clause = Clause("完善港口设施", 0, 6, Span(0, 6, "完善港口设施"))
        >>> r = SentenceReading()
        >>> r.add(Reading(Kind.MEASURE, "完善港口设施"), clause), r.add(None, clause)
        (0, None)
        """
        if reading is None or not reading.label:
            return None
        self.found.append(Found(reading, clause, role))
        return len(self.found) - 1

    def goal(self, text: str, clause: Clause, role: str = "") -> int | None:
        """Add ``text`` as a goal (its label; of 为Y而奋斗, Y).

        >>> from kg.model import Span
        >>> r = SentenceReading()
        >>> r.goal("一是发展海洋经济", Clause("一是发展海洋经济", 0, 8, Span(0, 8, "一是发展海洋经济"))), r.found[0].reading.label
        (0, '发展海洋经济')
        >>> r.goal("建设海洋强省而努力奋斗", Clause("为建设海洋强省而努力奋斗", 0, 12, Span(0, 12, "为"))), r.found[1].reading.label
        (1, '建设海洋强省')
        """
        return self.add(Reading(Kind.GOAL, label(striven(clean(text)) or text)), clause, role)

    def link(self, x: int | None, y: int | None, relation: Relation) -> None:
        """Let statement ``x`` serve statement ``y`` (nothing when either is missing, or they are one).

        >>> r = SentenceReading()
        >>> r.link(1, 0, Relation.PURPOSE); r.link(None, 0, Relation.PURPOSE); r.link(0, 0, Relation.PURPOSE)
        >>> r.links
        [(1, 0, <Relation.PURPOSE: 'purpose'>)]
        """
        if x is not None and y is not None and x != y:
            self.links.append((x, y, relation))

    def serve(self, pending: list[int], goal: int | None) -> None:
        """Let each statement of ``pending`` serve ``goal``.

        >>> r = SentenceReading(); r.serve([0, 1], 2); r.links
        [(0, 2, <Relation.PURPOSE: 'purpose'>), (1, 2, <Relation.PURPOSE: 'purpose'>)]
        """
        for p in pending:
            self.link(p, goal, Relation.PURPOSE)

    def final_result(self, pending: list[int]) -> None:
        """Result clauses (提高…水平, 增强…能力) that end a run of actions are the goals of that run.

        >>> from kg.model import Span
        >>> r = SentenceReading()
        >>> for text in ("加快建设港口", "提高通行能力"):
        ...     _ = r.add(Reading(Kind.MEASURE, text, result=text.startswith("提高")), Clause(text, 0, 6, Span(0, 6, text)))
        >>> r.final_result([0, 1]); r.found[1].reading.kind.value, r.links
        ('goal', [(0, 1, <Relation.PURPOSE: 'purpose'>)])
        """
        run = []
        for k in reversed(pending):
            if not self.found[k].reading.result:
                break
            run.append(k)
        actions = pending[: len(pending) - len(run)]
        if not run or not actions:
            return
        for k in run:
            found = self.found[k]
            self.found[k] = Found(Reading(Kind.GOAL, found.reading.label), found.clause, "purpose")
            for p in actions:
                self.link(p, k, Relation.PURPOSE)
