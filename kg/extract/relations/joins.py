"""``integratesWith``: X与Y融合/协同/结合, and the things one action joins (协同推进A、B、C)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence

from kg.extract.relations.named import INTEGRATES, Named, Triple, label_of, outer, weak, within

FUSE_VERB = (r"(?:深度|有机|加速|加快|进一步|紧密|相互|协同)?(?:融合|协同|结合|联动|融通|衔接|相统一|相结合|互促|贯通|相互促进"
             r"|协调发展|互动发展)")


JOINT = re.compile(r"(?:协同|一体)(?:推进|推动|发展|部署)")


def fusions(text: str, terms: Sequence[Named]) -> Iterator[Triple]:
    """X与Y融合/协同/结合: the things a verb of joining joins, each with each (a list joined to its last member).

    >>> from kg.extract.relations.named import named_in
    >>> text = "推动数字经济和实体经济深度融合"
    >>> [(a, str(r), b) for a, r, b in fusions(text, named_in(text, "数字经济", "实体经济"))]
    [('数字经济', 'integratesWith', '实体经济')]
    """
    for m in re.finditer(FUSE_VERB, text):
        clause_start = max(text.rfind(p, 0, m.start()) for p in "，；：") + 1
        before = outer(within(terms, clause_start, m.start()))
        joined = _joined(text, before, m.start())
        if any(weak(t) or re.search(f"{FUSE_VERB}$", t.text) or _clause(t, terms) for t in joined):
            continue  # 投资消费有机结合、城乡区域协调发展: an item that is itself joined is a clause of a list
        last = len(joined) - 1
        paired = joined and re.fullmatch(r"和|与|同|及|以及|跟", text[joined[last - 1].end:joined[last].start] if last else "")
        for i, a in enumerate(joined):
            for b in joined[i + 1:]:
                if (not paired or b is joined[last]) and _apart(a, b):
                    yield label_of(a), INTEGRATES, label_of(b)


def joint(text: str, terms: Sequence[Named]) -> Iterator[Triple]:
    """协同推进A、B、C: the things an action joins, each with each.

    >>> from kg.extract.relations.named import named_in
    >>> text = "协同推进科技创新、产业创新"
    >>> [(a, str(r), b) for a, r, b in joint(text, named_in(text, "科技创新", "产业创新"))]
    [('科技创新', 'integratesWith', '产业创新')]
    """
    for m in JOINT.finditer(text):
        if text[m.end():m.end() + 1] == "、":
            continue  # 京津冀协同发展、长江经济带发展: the name of one item of a list, no action
        stop = re.compile(r"[，。；：]").search(text, m.end())
        members = outer(within(terms, m.end(), stop.start() if stop else len(text)))
        if len(members) >= 2 and not any(weak(t) and len(t.text) < 2 for t in members) \
                and re.fullmatch(r"(?:、|和|与|及)*", "".join(text[a.end:b.start] for a, b in itertools.pairwise(members))):
            for i, a in enumerate(members):
                yield from ((label_of(a), INTEGRATES, label_of(b)) for b in members[i + 1:] if _apart(a, b))


def _joined(text: str, terms: list[Named], end: int) -> list[Named]:
    """The terms joined by 与/和/同/、 right before a verb of joining or its noun (A与B深度融合, A、B和C协同, A与B的衔接)."""
    out: list[Named] = []
    pos = end
    for t in reversed(terms):
        gap = text[t.end:pos]
        if out and not re.fullmatch(r"(?:、|和|与|同|及|以及|跟)", gap):
            break
        if not out and gap and not re.fullmatch(r"(?:之间|相互|深度|有机|紧密|间)?的?", gap):
            break
        out.append(t)
        pos = t.start
    return out[::-1] if len(out) >= 2 else []


def _clause(t: Named, terms: Sequence[Named]) -> bool:
    """A bare phrase that runs on past the term it opens with: a subject and its verb (单项冠军企业|攻坚).

    >>> t = [Named("单项冠军企业攻坚", "单项冠军企业攻坚", 0, 8, provisional=True), Named("单项冠军企业", "单项冠军企业", 0, 6)]
    >>> _clause(t[0], t), _clause(t[1], t)
    (True, False)
    """
    return t.provisional and any(u.start == t.start and u.end < t.end and not u.provisional for u in terms)


def _apart(a: Named, b: Named) -> bool:
    """Two things, neither label inside the other: a thing is not joined to a kind of itself (城乡居民|养老保险与
    职工养老保险 joins no 养老保险 to 职工养老保险).

    >>> _apart(Named("养老保险", "养老保险", 0, 4), Named("职工养老保险", "职工养老保险", 5, 11))
    False
    """
    x, y = label_of(a), label_of(b)
    return x not in y and y not in x
