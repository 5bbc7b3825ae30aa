"""The items of a list as a sentence gives them, where a term the inventory built runs over more than the item:
the verb of the clause held in its first item (严肃查处银行、证券等金融机构: the item is 银行)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.extract.cues import ACTION_START
from kg.extract.relations.named import Named, opening, size

NAME_AFTER = re.compile(r"[\u4e00-\u9fff0-9A-Za-z]{2,}")
JOINT = re.compile(r"[、和与及]")


def verb_first(text: str, terms: Sequence[Named], members: list[Named]) -> list[Named]:
    """A list whose first item opens its clause with a word or two of manner or place and the clause's verb
    (严肃|查处|银行、证券, 在广大农村|发展|家畜、家禽): the verb acts on the whole list, so the item is the name after it
    (a term there, or the words after the verb); a verb after another one (抓好甲乙|压缩|空气) or after no word
    (国家创新体系建设 stands later in its list) is part of a name.

    >>> t = [Named("严肃查处银行", "严肃查处银行", 0, 6), Named("银行", "银行", 4, 6), Named("证券", "证券", 7, 9)]
    >>> [n.text for n in verb_first("严肃查处银行、证券等金融机构", t, [t[0], t[2]])]
    ['银行', '证券']
    >>> t = [Named("甲乙压缩空气", "甲乙压缩空气", 2, 8), Named("丙丁", "丙丁", 9, 11)]
    >>> [n.text for n in verb_first("抓好甲乙压缩空气、丙丁等储能项目", t, t)]
    ['甲乙压缩空气', '丙丁']
    """
    if not members:
        return members
    first = members[0]
    at = _verb_at(first.text)
    opening_at = opening(text, first.start)
    if at is None or ACTION_START.search(text, opening_at, first.start) or JOINT.search(text, opening_at, first.start) \
            or any(m.text[-1] == first.text[-1] for m in members[1:]):
        return members  # 出席甲、亚太经合|组织|领导人会议: no first item; 学前教育毛入园率、义务教育巩固率: names alike
    start = first.start + at
    after = max((t for t in terms if t.start == start and t.end == first.end), key=size, default=None)
    if after is None and NAME_AFTER.fullmatch(text, start, first.end):
        after = Named(text[start:first.end], text[start:first.end], start, first.end, provisional=True)
    return [after, *members[1:]] if after else members[1:]


def _verb_at(label: str) -> int | None:
    """Where the name after a verb of two characters or more opens, the verb standing after a word of manner or
    place of two characters (严肃|查处|银行 -> 4), with two characters or more after it.

    >>> _verb_at("严肃查处银行"), _verb_at("生物学创新中心"), _verb_at("银行")
    (4, None, None)
    """
    verb = ACTION_START.match(label, 2)
    return verb.end() if verb and verb.end() - 2 >= 2 and len(label) - verb.end() >= 2 else None


def singled_out(whole: Named, member: Named) -> Named:
    """X特别是A where A's term runs on past the head it shares with X into what is said of it (发展中国家特别是新兴市场
    国家|整体实力…, 干部特别是领导干部|带头): the member is A up to that head.

    >>> singled_out(Named("发展中国家", "发展中国家", 0, 5), Named("新兴国家实力上升", "新兴国家实力上升", 8, 16)).text
    '新兴国家'
    >>> singled_out(Named("社会主义社会", "社会主义社会", 0, 6), Named("社会主义初级阶段", "社会主义初级阶段", 9, 17)).text
    '社会主义初级阶段'
    """
    head = (whole.label or whole.text)[-2:]
    at = member.text.find(head, 1)
    if at < 1 or at + len(head) >= len(member.text):
        return member
    end = at + len(head)
    return Named(member.text[:end], member.text[:end], member.start, member.start + end, provisional=True)
