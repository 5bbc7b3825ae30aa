"""The documents an article names: titles in 《》, 文号, and the 根据/依据/按照 frames that cite them.

A title counts as a document when it ends with a kind of document (the kinds of official document of the
党政机关公文处理工作条例, art. 8; the names of laws and regulations of the 立法法 and the 行政法规制定程序条例;
plans, programmes and treaties) or opens with an issuing body; 《人民日报》 or 《毛泽东选集》 are no citations.
A 文号 in brackets after a title (《…的意见》（国发〔2018〕42号）) is that title's; one standing alone is a citation
by number. Each citation keeps the sentence that makes it.

>>> from kg.model import Article, Paragraph
>>> text = "根据《中华人民共和国专利法》（国务院令第76号），制定本条例。按照国发〔2018〕42号要求，做好工作。"
>>> art = Article("1", "a.txt", paragraphs=(Paragraph(text, "body", ((0, 0),)),))
>>> [(c.title, c.identifier, c.frame) for c in extract_citations(art)]
[('中华人民共和国专利法', '国务院令第76号', '根据'), (None, '国发〔2018〕42号', '按照')]
>>> [c.title for c in extract_citations(Article("1", "a.txt", paragraphs=(Paragraph("据《人民日报》报道。", "body", ((0, 0),)),)))]
[]
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.model import Article, Citation
from kg.text.outline import Outline, outline
from kg.text.sentences import Sentence

__all__ = ["cited_key", "extract_citations", "number_key"]

# What a document's title ends with: official document kinds (党政机关公文处理工作条例 art. 8), the names of laws and
# regulations (立法法, 行政法规制定程序条例 art. 5), plans and programmes, party rules, treaties.
DOCUMENT_END = re.compile(r"(?:决议|决定|命令|令|公报|公告|通告|意见|通知|通报|报告|请示|批复|议案|函|复函|纪要|"
                          r"法|条例|规定|办法|细则|规则|准则|章程|规划|纲要|计划|方案|预案|措施|建议|目录|清单|"
                          r"条约|协定|公约|宣言|声明|议定书|标准|指南|要点|制度)$")
# A title that opens with an issuing body or a law's name (中华人民共和国…, 中共中央关于…, 国务院关于…).
DOCUMENT_START = re.compile(r"^(?:中华人民共和国|中共中央|中国共产党|国务院|全国人民代表大会|.{0,12}关于)")
# Brackets after a title that qualify it: （试行）, （草案）, （2018—2035年）, （修订）.
QUALIFIER = re.compile(r"[（(][^（）()]{1,16}[）)]$")
TITLE = re.compile(r"《([^《》\n]{2,80})》")
NUMBER = re.compile(r"(?:国务院令|国令)\s*第\s*\d{1,4}\s*号|"
                    r"[\u4e00-\u9fff]{1,8}\s*[〔\[［]\s*(?:1[89]|20)\d\d\s*[〕\]］]\s*\d{1,5}\s*号")
# Words before an agency's code that belong to the sentence (按照国发〔2018〕42号, 见国办发…).
NUMBER_LEAD = re.compile(r"^.*?(?:根据|依据|按照|依照|参照|贯彻|落实|执行|印发|转发|即|见|和|及|与|的|是|《)")
FRAME = re.compile(r"(根据|依据|依照|按照|遵照|参照|贯彻落实|贯彻|落实|执行|印发|转发)[^，。；]{0,6}$")


def extract_citations(article: Article, *, outlined: Outline | None = None) -> tuple[Citation, ...]:
    """Every document the article's paragraphs name, in the order of the text (its own 文号 left out), read from
    every sentence of its outline (``outlined``; by default made here), tables and agency notes included.

    >>> from kg.model import Article, Paragraph
    >>> text = "依据《国务院关于印发新一代人工智能发展规划的通知》（国发〔2017〕35号），制定本方案。"
    >>> art = Article("1", "a.txt", identifier="国发〔2017〕35号", paragraphs=(Paragraph(text, "body", ((0, 0),)),))
    >>> [(c.title, c.identifier, c.frame) for c in extract_citations(art)]
    [('国务院关于印发新一代人工智能发展规划的通知', '国发〔2017〕35号', '依据')]
    """
    own = number_key(article.identifier or "")
    sentences = (s for b in (outlined or outline(article)).blocks for s in b.split)
    return tuple(c for s in sentences for c in _citations(s, article.key)
                 if not (c.identifier and number_key(c.identifier) == own and not c.title))


def _citations(sentence: Sentence, article: str) -> Iterator[Citation]:
    text, taken = sentence.text, set()
    for m in TITLE.finditer(text):
        title = m.group(1).strip()
        number = NUMBER.match(text, m.end() + 1) if text[m.end():m.end() + 1] in "（(" else None
        if number:
            taken.add(number.start())
        if _is_document(title):
            yield Citation(title, _number(number.group(0)) if number else None, _frame(text[:m.start()]),
                           sentence.span, article)
    for m in NUMBER.finditer(text):
        if m.start() not in taken:
            code = _number(m.group(0))
            lead = max(m.group(0).find(code[:2]), 0)  # the words before the agency's code
            yield Citation(None, code, _frame(text[:m.start() + lead]), sentence.span, article)


def _is_document(title: str) -> bool:
    bare = title
    while QUALIFIER.search(bare):
        bare = QUALIFIER.sub("", bare)
    if DOCUMENT_END.fullmatch(bare) or re.fullmatch(r"[这该此本上下][\u4e00-\u9fff]{1,3}", bare):
        return False  # 《纲要（草案）》, 《建议》: a short name for a document named before
    return bool(DOCUMENT_END.search(bare) or DOCUMENT_START.match(bare))


def _number(text: str) -> str:
    return NUMBER_LEAD.sub("", re.sub(r"\s+", "", text))


def _frame(before: str) -> str:
    m = FRAME.search(before)
    return m.group(1) if m else ""


def number_key(text: str) -> str:
    """A 文号 as it is compared: no spaces, 国令 read as 国务院令, brackets unified.

    >>> number_key("国令第706号"), number_key("国发[2018]42号")
    ('国务院令第706号', '国发〔2018〕42号')
    """
    text = re.sub(r"\s+", "", text).translate(str.maketrans("[［(（【]］)）】", "〔〔〔〔〔〕〕〕〕〕"))
    return re.sub(r"^(?:中华人民共和国)?国令", "国务院令", re.sub(r"^中华人民共和国国务院令", "国务院令", text))


def cited_key(title: str) -> str:
    """A title as it is compared: without 《》, spaces, 中华人民共和国 before a law's name and the qualifiers in
    brackets at its end.

    >>> cited_key("《国家职业教育改革实施方案（试行）》"), cited_key("中华人民共和国个人所得税法")
    ('国家职业教育改革实施方案', '个人所得税法')
    """
    bare = re.sub(r"[《》\s\u3000]", "", title)
    while QUALIFIER.search(bare):
        bare = QUALIFIER.sub("", bare)
    return re.sub(r"^中华人民共和国(?=.{2,30}法$)", "", bare)
