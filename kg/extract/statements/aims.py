"""The aims a work report or a plan states for its whole programme and for a year's work.

A 总体要求 sentence ends with the aim of the whole programme (…，奋力谱写中国式现代化江西篇章); the
introduction of a year's work names the year's aim near the end of a sentence (…，确保“十五五”开好局、
起好步), before its targets.

>>> from kg.model import Paragraph
>>> from kg.text.outline import block
>>> b = block(Paragraph("今年是开局之年。我们将完善港口设施，确保港区建设开好局。主要预期目标是：吞吐量增长5%。",
...                     "body", ((0, 0),)))
>>> year_aim(b)[0]
'确保港区建设开好局'
"""

from __future__ import annotations

import re

from kg.extract import cues
from kg.extract.statements.clauses import read_clause
from kg.extract.statements.labels import clean, label
from kg.model import Article, Kind, Span
from kg.text.outline import Block
from kg.text.sentences import Sentence, split_sentences

# 总体要求是：…，Y。 — the requirements a work report or plan sets for the year, ending with its overall aim Y.
OVERALL = re.compile(r"(?:总体要求|总的要求)是?[：:]")
OVERALL_VERB = re.compile(r"^(?:奋力|努力|全力|加快|确保|推动|实现|促进|为)")
FOUNDATION = re.compile(r"^为(?P<x>.{4,60}?)(?:打牢|打下|奠定)(?:坚实|扎实|决定性|良好)?基础$")
STRIVE = re.compile(r"^为(?P<x>.{4,60}?)而(?:努力|不懈|团结)?奋斗$")  # 为全面建设社会主义现代化国家而努力奋斗
PERIOD_START = re.compile(r"^为(?P<x>.{2,40}?(?:开好局|起好步|良好开局))")  # 为“十一五”开好局、起好步
# The heading of a year's or a period's work: 2026年重点工作, 今年工作安排, “十五五”时期主要目标任务.
PERIOD_HEAD = re.compile(r"^(?:[\d〇零一二三四五六七八九十]{4}年|今年|明年|“[^”]{2,8}”时期)")
# 主要预期目标是：, 建议…主要预期目标为： — the sentence that lists the targets.
TARGETS_LEAD = re.compile(r"目标(?:是|为)?[：:]")
AIM_CLAUSES = 3  # the aim is one of a sentence's last three clauses: …，实现“十五五”良好开局，奋力谱写…篇章
# The verbs of a year's aim (确保“十五五”开好局, 实现…良好开局, 完成全年目标任务); not 保持社会和谐稳定, one of its parts.
AIM_VERB = re.compile(r"^(?:确保|实现|基本实现|全面实现|力争|完成)")
STRIVING = re.compile(rf"^(?:{cues.alternatives(cues.STRIVINGS)})")  # 奋力实现…: the effort before a verb of attainment
# 为X不懈奋斗, 为X共同奋斗: what a closing appeal strives for (a contribution to a national cause, 为X作出更大贡献,
# is the province's part in it, not the report's own aim).
CONTRIBUTE = re.compile(r"^为(?P<x>.{4,60}?)而?(?:不懈|努力|共同)奋斗$")
APPEAL_MEANS = re.compile(r"^(?:以[^，。；]{2,8}?)?(?:不断)?(?=奋力|努力|谱写|书写)")
# The aim of a year or the start of a period (为实现…良好开局打牢基础, 确保…开好局): a step toward a longer aim.
START_AIM = re.compile(r"开局|开好局|起好步|打牢|打下|奠定")
AIM_MEANS = re.compile(r"^以[^，。；]{2,16}?(?=确保|实现|力争|奋力|努力)")  # 以扎实有效的工作确保…: the means before it


def overall_aim(sentence: Sentence) -> tuple[str, Span] | None:
    """The aim a document states for its whole programme at the end of its 总体要求 sentence
    (政府工作总体要求是：…，奋力谱写中国式现代化江西篇章。), with the clause it is read from.

    >>> from kg.model import Paragraph
    >>> from kg.text.sentences import split_sentences
    >>> s = split_sentences(Paragraph("总体要求是：完善港口设施，奋力建设海洋强市。", "body", ((0, 0),)))[0]
    >>> overall_aim(s)[0]
    '奋力建设海洋强市'
    """
    if not OVERALL.search(sentence.text) or len(sentence.clauses) < 2:
        return None
    last = sentence.clauses[-1]
    text = clean(last.text)
    if m := FOUNDATION.match(text):
        text = m["x"]
    if text.startswith("以") and "为" not in text:
        text = text[1:]  # 以保持经济和社会的稳定 (not 以X为Y)
    reading = read_clause(text)
    if len(text) < 4 or (reading is not None and reading.kind is not Kind.GOAL and not OVERALL_VERB.match(text)):
        return None
    return label(text), last.span


def year_aim(block: Block) -> tuple[str, Span] | None:
    """The aim a paragraph of a year's work names near the end of a sentence, before its targets: the last
    clause of the last three of a sentence that attains (…，实现“十五五”良好开局，奋力谱写…篇章).

    >>> from kg.model import Paragraph
    >>> from kg.text.outline import block
    >>> year_aim(block(Paragraph("主要预期目标是：吞吐量增长5%。我们将确保港区建设开好局。", "body", ((0, 0),)))) is None
    True
    """
    aim: tuple[str, Span] | None = None
    for sentence in block.sentences:
        if cues.NUMERAL.search(sentence.text) and TARGETS_LEAD.search(sentence.text):
            break  # the targets themselves (主要预期目标是：…增长5%左右)
        for clause in reversed(sentence.clauses[-AIM_CLAUSES:]):
            if found := aim_of(clean(clause.text)):
                aim = (found, clause.span)
                break
    return aim


def aim_of(text: str) -> str | None:
    """The aim a clause states: by a verb of attainment (确保…, 实现…, 完成…), also behind its means
    (以扎实有效的工作确保…); or as a purpose (为实现…良好开局打牢基础, 为…开好局起好步, 为…而奋斗).

    >>> aim_of("以扎实有效的工作确保港区建设开好局"), aim_of("为全面建设海洋强省而努力奋斗"), aim_of("保持社会和谐稳定")
    ('确保港区建设开好局', '全面建设海洋强省', None)
    """
    if m := FOUNDATION.match(text) or STRIVE.match(text) or PERIOD_START.match(text):
        return label(m["x"])
    if m := AIM_MEANS.match(text):
        text = text[m.end():]
    core = STRIVING.sub("", text)
    reading = read_clause(core)
    if reading is None or reading.kind is not Kind.GOAL or cues.NUMERAL.search(text) \
            or not AIM_VERB.match(cues.skip_adverbs(core)):
        return None
    return label(text)


def closing_aim(article: Article) -> tuple[str, Span] | None:
    """The aim the last appeal of a report ends with (让我们…，奋力谱写中国式现代化江西篇章！; …，为…而努力奋斗！):
    the long aim of the whole report, which the year's aim of its 总体要求 serves.

    >>> from kg.model import Paragraph
    >>> p = Paragraph("让我们团结一心，奋力谱写海洋强省建设新篇章！", "body", ((0, 0),))
    >>> closing_aim(Article("1", "a.txt", paragraphs=(p,)))[0]
    '奋力谱写海洋强省建设新篇章'
    """
    appeals = (s for p in reversed(article.paragraphs) if "让我们" in p.text for s in reversed(split_sentences(p)))
    for sentence in appeals:
        if len(sentence.clauses) < 2 or "让我们" not in sentence.text:
            continue
        last = sentence.clauses[-1]
        text = clean(last.text)
        if m := STRIVE.match(text) or CONTRIBUTE.match(text):
            return label(m["x"]), last.span
        text = APPEAL_MEANS.sub("", text)  # 以实干实绩不断谱写…篇章: the means and the manner before the aim
        if re.match(r"^(?:奋力|努力|全力|谱写|书写)", text) and len(text) >= 8 and not START_AIM.search(text):
            return label(text), last.span
    return None
