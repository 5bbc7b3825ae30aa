"""Chinese questions matched by templates: which kind of question, about which names.

>>> parse_question("哪些举措支撑现代化产业体系建设？")
Question(kind='measures', names=('现代化产业体系建设',))
>>> parse_question("人工智能和实体经济有什么关系")
Question(kind='relation', names=('人工智能', '实体经济'))
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.errors import PolicyKGError

MEASURE = r"(?:措施|举措|政策|手段|工作)"
SUPPORT = r"(?:支撑|支持|服务于|服务|推动|促进|助力|有助于|保障)"
TEMPLATES: tuple[tuple[str, str], ...] = (
    ("relation", r"(.+?)(?:和|与|同|跟)(.+?)(?:之间)?(?:有|是)(?:什么|何|哪些|怎样的)(?:关系|联系|关联)"),
    ("measures", rf"(?:有)?哪些{MEASURE}?(?:能够|可以|在)?{SUPPORT}(?:了|着)?(.+)"),
    ("measures", rf"(.+?)(?:由|靠|依靠|通过)哪些{MEASURE}(?:来)?(?:支撑|支持|推动|实现|落实)?"),
    ("measures", rf"{SUPPORT}(.+?)的{MEASURE}(?:有哪些|是什么|有什么)"),
    ("measures", rf"(?:实现|推进|推动)(.+?)(?:需要|要|靠)(?:哪些|什么){MEASURE}"),
    ("goals", rf"(?:{MEASURE})?[“\"]?(.+?)[”\"]?{SUPPORT}(?:了)?(?:哪些|什么)(?:目标)?"),
    ("goals", r"(.+?)(?:是|为)(?:为了)?(?:哪些|什么)目标(?:服务)?(?:的)?"),
    ("concepts", r"(?:与|和|跟)(.+?)(?:相关|有关|相联系)的(?:概念|词|术语)(?:有哪些|是什么|有什么)?"),
    ("concepts", r"(.+?)的相关概念(?:有哪些|是什么)?"),
    ("concepts", r"哪些概念(?:与|和|跟)(.+?)(?:相关|有关)"),
    ("articles", r"(.+?)出现在哪些(?:文章|文件|报告|文档)(?:中|里|当中)?"),
    ("articles", r"哪些(?:文章|文件|报告|文档)(?:提到|提及|谈到|涉及|讲到|出现)(?:了)?(.+)"),
)
EXAMPLES = (
    ("哪些举措支撑X？ / X由哪些举措支撑？", "哪些举措支撑现代化产业体系建设？"),
    ("举措Y服务于哪些目标？", "加快建设算力基础设施服务于哪些目标？"),
    ("与X相关的概念有哪些？", "与人工智能相关的概念有哪些？"),
    ("X出现在哪些文章中？", "新质生产力出现在哪些文章中？"),
    ("X和Y有什么关系？", "人工智能和实体经济有什么关系？"),
)
_COMPILED = tuple((kind, re.compile(pattern)) for kind, pattern in TEMPLATES)
_TRIM = " \t\n？?。.！!，,、；;：:“”\"'‘’「」《》"


@dataclass(frozen=True)
class Question:
    kind: str  # "measures", "goals", "concepts", "articles", "relation"
    names: tuple[str, ...]


class UnknownQuestion(PolicyKGError):
    """A question that matches none of the templates."""

    def __init__(self, text: str) -> None:
        forms = "\n".join(f"  {form}    例 e.g. {example}" for form, example in EXAMPLES)
        super().__init__(f"不认识这个问句 (unrecognised question): {text!r}. Questions policykg answers:\n{forms}")


def parse_question(text: str) -> Question:
    """The template a question matches and the names it asks about.

    >>> parse_question("新质生产力出现在哪些文章中")
    Question(kind='articles', names=('新质生产力',))
    """
    clean = text.strip().strip(_TRIM)
    for kind, pattern in _COMPILED:
        m = pattern.fullmatch(clean)
        if m:
            names = tuple(n.strip(_TRIM) for n in m.groups())
            if all(names):
                return Question(kind, names)
    raise UnknownQuestion(text.strip())
