"""Speech a commentary reports and appeals with nothing to act on.

- A speech frame (在代表团强调X, 在会上要求X): what was asked for is X; the place and the verb of saying are no part
  of it (:func:`said`).
- An appeal whose action is a bare verb that wants an object (任何时候都必须始终坚持): nothing to record
  (:func:`objectless`).
- A hedge after a target (在实际工作中努力争取更好结果): a better result, nothing named (:func:`hedged`).
- A target the speaker sets (提出GDP增长5%左右): the target, without the verb that sets it (:func:`proposed`).
- An explanation of a success or a shortfall (一个根本原因就是：…, 主要原因是：…): why something came about, no
  call (:func:`explains`).

>>> said("在代表团强调把重点放在港口建设上"), objectless("任何时候都必须始终坚持")
('把重点放在港口建设上', True)
"""

from __future__ import annotations

import re

from kg.extract import cues
from kg.extract.statements.labels import clean
from kg.text.sentences import Clause

# 在X团, 在X时, 在X会上 then a verb of saying: the occasion and the act of a speech.
SAID = re.compile(r"^在[^，。；“”]{1,20}?(?:团|代表团|组|时|会上|会议上)(?:上)?(?:强调|叮嘱|要求|指出|提出|嘱托|勉励)"
                  r"(?P<rest>[^，。；]{4,})$")
# A doubled adverb of manner (扎扎实实, 认认真真) that opens what was asked for.
DOUBLED = re.compile(r"^(?P<a>[\u4e00-\u9fff])(?P=a)(?P<b>[\u4e00-\u9fff])(?P=b)(?=[\u4e00-\u9fff]{2})")
# A time that holds for ever (任何时候都, 时时刻刻), a modal, then the action: nothing before the modal names what
# the action is on (对违反纪律的行为必须认真处理, 一切弊端都要坚决革除 name it).
APPEAL = re.compile(r"^(?:任何时候|无论何时|无论什么时候|时时刻刻|时刻|永远|始终)?(?:都|也)?(?:必须|务必|应当|要)?"
                    r"(?P<rest>[^，。；]{1,6})$")
# An appeal for effort and nothing else (必须付出艰苦努力, 还要作出更大的努力).
EFFORT_ONLY = re.compile(r"^(?:但是?|而且)?(?:还|也|更|就)?(?:必须|需要|要|须|应当)?(?:付出|作出|做出)[^，。；]{0,6}努力$")
# The verbs of an appeal that want an object (坚持, 牢记: what is to be held to or kept in mind).
WANTS_OBJECT = ("坚持", "坚守", "牢记", "记住", "做到", "落实", "抓好", "遵守", "重视", "把握", "贯彻", "执行")
# The speaker's 提出/建议 before a target it sets (提出地区生产总值增长5%左右): the target is what is set.
PROPOSES = re.compile(r"^(?:提出|建议)(?P<rest>[^，。；]{4,})$")
# The hedge after a target (增长5%左右，在实际工作中努力争取更好结果; …5%左右、力争更好结果): a better result than the
# target, which names nothing of its own.
HEDGE = re.compile(r"(?:^|、)(?:我们)?(?:在实际工作中|实际工作中|根据实际情况)?(?:努力|全力|积极|奋力)?(?:争取|力争)"
                   r"更好的?(?:结果|成绩|成效)$")
# The cause a sentence goes on to name (一个根本原因就是：, 主要原因是，).
CAUSE = re.compile(r"(?:原因|缘故)(?:就|正|也|还)?(?:是|在于)$")


def said(text: str) -> str | None:
    """What a speech frame reports was asked for, or None.

    >>> said("在广东团叮嘱推动全面开放"), said("在港口建设中要求严格"), said("在座谈会上要求扎扎实实把港口建好")
    ('推动全面开放', None, '把港口建好')
    """
    m = SAID.match(text)
    return DOUBLED.sub("", m["rest"]) if m else None


def proposed(text: str) -> str | None:
    """The target a speaker's 提出 or 建议 sets, or None when what follows is no target (提出具体措施).

    >>> proposed("提出港口吞吐量增长5%左右"), proposed("提出具体措施"), proposed("建议国务院制定纲要")
    ('港口吞吐量增长5%左右', None, None)
    """
    m = PROPOSES.match(text) if text.startswith(("提出", "建议")) else None
    return m["rest"] if m and cues.is_target(m["rest"]) else None


def hedged(text: str) -> bool:
    """A clause that only hedges a target: it strives for a better result and names nothing.

    >>> hedged("在实际工作中努力争取更好结果"), hedged("力争更好结果"), hedged("争取更好的港口服务")
    (True, True, False)
    """
    m = HEDGE.search(text) if "更好" in text else None
    return m is not None and m.start() == 0


def without_hedge(text: str) -> str:
    """A target without the hedge joined to it by 、.

    >>> without_hedge("港口吞吐量增长5%左右、在实际工作中努力争取更好结果"), without_hedge("港口吞吐量增长5%左右")
    ('港口吞吐量增长5%左右', '港口吞吐量增长5%左右')
    """
    m = HEDGE.search(text) if "更好" in text else None
    return text[:m.start()] if m is not None and m.start() > 0 else text


def objectless(text: str) -> bool:
    """A modal appeal whose action, past its adverbs, is a bare verb of two characters at most.

    >>> objectless("任何时候都必须始终坚持"), objectless("必须坚持扩大开放"), objectless("要切实抓好")
    (True, False, True)
    >>> objectless("各级干部必须深入基层"), objectless("对违规行为必须认真处理"), objectless("全党必须牢记")
    (False, False, False)
    >>> objectless("必须付出艰苦努力"), objectless("为港口建设作出更大贡献")
    (True, False)
    """
    if text.endswith("努力") and EFFORT_ONLY.match(text):
        return True  # 必须付出艰苦努力: effort, nothing named to act on
    m = APPEAL.match(text)
    return m is not None and cues.skip_adverbs(m["rest"]) in WANTS_OBJECT


def explains(clauses: list[Clause]) -> bool:
    """The sentence opens by announcing the cause it goes on to name.

    >>> from kg.model import Paragraph
    >>> from kg.text.sentences import split_sentences
    >>> s = split_sentences(Paragraph("港口为什么兴旺？根本原因就是：港口始终坚持扩大开放。", "body", ((0, 0),)))
    >>> [explains(list(x.clauses)) for x in s]
    [False, True]
    """
    return len(clauses) > 1 and bool(CAUSE.search(clean(clauses[0].text)))
