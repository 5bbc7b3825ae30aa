"""The context the outline attacher (:mod:`.parents`) passes from block to block: what the blocks read so far
leave for the next one.

>>> Context(root="g1", stack=((1, "g2"),)).parent
'g2'
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kg.model import Span


@dataclass(frozen=True)
class Context:
    """What the blocks read so far leave for the next one."""

    regulation: bool = False  # the article is a regulation (第一条, 第二条, …)
    commentary: bool = False
    root: str | None = None  # the article goal
    root_from_title: bool = True
    stack: tuple[tuple[int, str | None], ...] = ()  # open headings and items: (level, key or None for a container)
    in_review: bool = False  # inside a review of past work (工作回顾)
    carried: str | None = None  # the lead of an earlier paragraph that later lead-less paragraphs serve
    focus: str | None = None  # the aim a paragraph set (X是Y的关键抓手) that enumerated paragraphs after it serve
    focus_is_lead: bool = False  # the focus is a lead sentence (继续实施…。一是…), the one parent of 二是…
    intro: bool = True  # before the first lead of a section
    aim: str | None = None  # the aim the last sentence read set
    conditions: bool = False  # inside a list of conditions (具备下列条件：（一）…)
    targets: bool = False  # inside a container section of targets (“十五五”时期主要目标任务) that names no goal yet
    opening: bool = False  # in the introduction of a container of a year's or a period's work (2026年重点工作)
    closing: tuple[str, Span] | None = None  # the aim of the closing appeal (让我们…奋力谱写…篇章)

    @property
    def parent(self) -> str | None:
        """The innermost open heading or item that is a statement, else the article goal.

        >>> Context(root="g1", stack=((1, "g2"), (2, None))).parent, Context(root="g1").parent
        ('g2', 'g1')
        """
        return next((key for _, key in reversed(self.stack) if key), None) or self.root

    def within(self, level: int) -> tuple[tuple[int, str | None], ...]:
        """The open headings above ``level``.

        >>> Context(stack=((1, "g2"), (2, "m3"))).within(2)
        ((1, 'g2'),)
        """
        stack = list(self.stack)
        while stack and stack[-1][0] >= level:
            stack.pop()
        return tuple(stack)

    def but(self, **changes: Any) -> Context:
        """This context with ``changes``; itself when they change nothing (most sentences set no aim, most blocks
        close no list of conditions), which spares a copy of every field.

        >>> ctx = Context(root="g1")
        >>> ctx.but(aim=None) is ctx, ctx.but(aim="g2").aim, ctx.aim
        (True, 'g2', None)
        """
        if all(getattr(self, name) == value for name, value in changes.items()):
            return self
        return Context(**{**self.__dict__, **changes})  # as dataclasses.replace, without its checks of each field
