"""The outline of an article: each paragraph as a block with its numbering, heading and sentences.

Numbering is read here and nowhere else: 第X章 and 一、 open level 1, （一） level
2, 1. level 3, (1) level 4; 第X条 marks an article of a regulation; 一是/首先
an enumerated item inside a paragraph. A block is a heading (a whole short
line), a numbered item whose first sentence is its heading, or a paragraph.

>>> from kg.text.layout import layout
>>> from kg.model import Source
>>> text = "发展数字经济\\n\\n张三 李四\\n\\n一、加快建设数据中心\\n\\n（一）推进算力建设。要完善算力网络。\\n"
>>> art = layout(Source("a.txt", text)).articles[0]
>>> read = outline(art)
>>> [s.text for s in read.title], [(b.level, b.whole_heading, b.heading.text if b.heading else None) for b in read.blocks]
(['发展数字经济'], [(1, True, '一、加快建设数据中心'), (2, False, '（一）推进算力建设')])
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from kg.model import Article, Paragraph, Span
from kg.text.numbering import ORDINAL, numbered_level
from kg.text.sentences import Sentence, split_sentences

HEADING_MAX = 45
TABLE_ROW = re.compile(r"^[\d\s.,:;%％°′″'\"，、．：；\-－—~～/()（）A-Za-z]+$")
HEADER_CELLS, HEADER_CELL_MAX = 3, 6  # a header row printed one cell a line: three cells or more, of six characters or fewer
CELL_PUNCT = re.compile(r"[，。；：、！？（）,.;:!?()]")
INDICATOR = "指标"  # a column of indicators
ANNEX = re.compile(r"^附件\s*\d+[：:]?")
RESPONSIBLE = re.compile(r"[（(](?P<who>[^（）()]{2,200}?)(?:等)?(?:分别|按职责|牵头)?负责[^（）()]*[）)]\s*$")


@dataclass(frozen=True)
class Block:
    """One paragraph of an article as the outline sees it."""

    paragraph: Paragraph
    sentences: tuple[Sentence, ...]  # the body (after a run-in heading, before an agency note)
    level: int = 0  # numbering level, 0 when unnumbered
    heading: Sentence | None = None  # the heading: the whole block, or the first sentence of a numbered item
    whole_heading: bool = False
    ordinal: bool = False  # opens with 一是, 首先 …
    chapter: bool = False  # 第X章, 第X编, 第X节
    responsible: Span | None = None  # （…等负责）at the end
    table: bool = False  # a row of a table (cells separated by tabs, or numbers and coordinates only)
    split: tuple[Sentence, ...] = ()  # every sentence of the paragraph as split: heading, body, agency note, a row


@dataclass(frozen=True)
class Outline:
    """An article as the later stages read it: its title as sentences, and its blocks in order. Made once for
    an article (:func:`kg.extract.document.extract_document`); the statement and concept stages read the same
    blocks and sentences."""

    title: tuple[Sentence, ...]
    blocks: tuple[Block, ...]


def outline(article: Article) -> Outline:
    """The title's sentences and the blocks of an article; short lines among a table's number rows are its cells.

    >>> from kg.model import Paragraph
    >>> art = Article("1", "a.txt", paragraphs=(Paragraph("一、完善港口设施", "heading", ((0, 0),)),
    ...                                         Paragraph("年份\\t吞吐量", "body", ((0, 9),))))
    >>> [(b.level, b.table) for b in outline(art).blocks]
    [(1, False), (0, True)]
    """
    return Outline(title_sentences(article), _blocks(article))


def title_sentences(article: Article) -> tuple[Sentence, ...]:
    """The article's title as a sentence of its own (its terms are the article's too); a title laid out over
    several lines is quoted whole, since the line breaks its quote leaves out are not known here.

    >>> from kg.model import Source
    >>> from kg.text.layout import layout
    >>> [s.span for s in title_sentences(layout(Source("a.txt", "关于发展\\n数字经济的意见\\n\\n正文。")).articles[0])]
    [Span(start=0, end=12, quote='关于发展数字经济的意见')]
    """
    span = article.title_span
    if span is None or not span.text.strip():
        return ()
    sentences = split_sentences(Paragraph(span.text, "heading", ((0, span.start),), span.matching and span.quote))
    if span.end - span.start == len(span.text):
        return sentences
    return tuple(replace(s, span=span, clauses=tuple(replace(c, span=span) for c in s.clauses)) for s in sentences)


def _blocks(article: Article) -> tuple[Block, ...]:
    blocks = _cells_printed_one_a_line([block(p) for p in article.paragraphs])
    changed = True
    while changed:  # a cell next to a table's row or cell is a cell too (header rows printed one cell per line)
        changed = False
        for i, b in enumerate(blocks):
            near = blocks[max(0, i - 1):i] + blocks[i + 1:i + 2]
            if not b.table and b.whole_heading and not b.level and len(b.paragraph.text) <= 16 \
                    and any(n.table for n in near):
                blocks[i] = Block(b.paragraph, (), table=True, split=b.split)
                changed = True
    return tuple(blocks)


def _cells_printed_one_a_line(blocks: list[Block]) -> list[Block]:
    """A table of indicators printed one cell a line (一级指标 / 二级指标 / 三级指标 / 指标性质 / 指标说明): its header
    row is a run of three or more short lines without punctuation or numbering that names indicators; from
    there to the next annex (附件2) or the end of the document every line is a cell of the table: indicator
    names and how they are counted, not goals. (A list of measures printed so, 序号 / 改革举措 / 主要内容, is
    left to be read.)"""
    out, i = list(blocks), 0
    while i < len(out):
        j = i
        while j < len(out) and _header_cell(out[j]):
            j += 1
        if j - i < HEADER_CELLS or not any(INDICATOR in b.paragraph.text for b in out[i:j]):
            i = max(j, i + 1)
            continue
        while i < len(out) and not ANNEX.match(out[i].paragraph.text):
            out[i] = Block(out[i].paragraph, (), table=True, split=out[i].split)
            i += 1
    return out


def _header_cell(b: Block) -> bool:
    text = re.sub(r"\s", "", b.paragraph.text)
    return not b.level and not b.table and len(text) <= HEADER_CELL_MAX and not CELL_PUNCT.search(text)


def block(para: Paragraph) -> Block:
    """One paragraph as the outline sees it: a heading, a numbered item with its heading sentence, a
    paragraph, or a row of a table.

    >>> b = block(Paragraph("（二）完善港口设施。要加快建设港口群。", "body", ((0, 0),)))
    >>> b.level, b.heading.text, [s.text for s in b.sentences]
    (2, '（二）完善港口设施', ['要加快建设港口群'])
    """
    text = para.text
    split = split_sentences(para)
    if "\t" in text or TABLE_ROW.match(text):
        return Block(para, (), table=True, split=split)
    responsible = None
    sentences = split
    if m := RESPONSIBLE.search(text):
        responsible = para.span(m.start(), m.end())
        sentences = tuple(s for s in sentences if s.start < m.start())
    level = numbered_level(text)
    chapter = bool(re.match(r"^第[一二三四五六七八九十百零〇]+[章编节部分]", text))
    ordinal = bool(ORDINAL.match(text))
    if not sentences:
        return Block(para, (), level, None, False, ordinal, chapter, responsible, split=split)
    if para.kind == "heading" or _lone_heading(text, sentences, level):
        whole = Sentence(sentences[0].text if len(sentences) == 1 else text.strip(), 0, len(text),
                         para.span(0, len(text.rstrip("。；; "))), sentences[0].clauses, "")
        return Block(para, (), level, whole, True, ordinal, chapter, responsible, split=split)
    if level and len(sentences) > 1 and len(sentences[0].text) <= HEADING_MAX:
        return Block(para, sentences[1:], level, sentences[0], False, ordinal, chapter, responsible, split=split)
    return Block(para, sentences, level, None, False, ordinal, chapter, responsible, split=split)


def _lone_heading(text: str, sentences: tuple[Sentence, ...], level: int) -> bool:
    """A numbered line that is one short sentence: a heading printed as a paragraph."""
    if not level or len(sentences) != 1 or len(text) > HEADING_MAX or RESPONSIBLE.search(text):
        return False
    return not text.rstrip().endswith(("；", ";", "：", ":"))
