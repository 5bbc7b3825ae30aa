"""Real PDF, Word and web-page files made during the test run from plain-text documents.

Each maker lays a document's lines out the way such files come: a PDF with a running
header, a footer and page numbers on every page (the numbers swapping sides like a
printed gazette), a newspaper page in two columns, a .docx whose numbering Word
generates, a page in gov.cn's layout with its metadata table, breadcrumbs, share
buttons and footer. The furniture each adds is listed, so tests can check that none
of it reaches the graph.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt
from reportlab.lib import pdfencrypt
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas
from reportlab.platypus import BaseDocTemplate, Frame, FrameBreak, NextPageTemplate, PageTemplate, Paragraph

FONT = "STSong-Light"  # one of the CJK fonts every PDF reader knows; nothing to embed
pdfmetrics.registerFont(UnicodeCIDFont(FONT))
DOC_NUMBER = re.compile(r"〔\d{4}〕\d+号$")
PDF_HEADER = "中华人民共和国国务院公报"
PDF_ISSUE = "2019年第3号"
PDF_FOOTER = "国务院办公厅秘书局印制"
GOV_FURNITURE = ("首页", "政府信息公开", "国务院文件", "分享到", "微信", "微博", "QQ空间", "我要打印", "关闭窗口",
                 "相关稿件", "李克强主持召开国务院常务会议", "主办单位", "国务院办公厅", "中国政府网运行中心", "版权所有",
                 "网站识别码", "京ICP备05070218号", "京公网安备11010202000001号", "简", "繁", "登录")
NEWS_FURNITURE = ("人民网", "人民日报", "理论频道", "责编", "分享让更多人看到", "推荐阅读", "网站地图")


def split_official(text: str) -> tuple[list[str], str | None, list[str]]:
    """An official document's title lines, its 文号 line and the body lines after it."""
    lines = [line for line in text.splitlines() if line.strip()]
    for i, line in enumerate(lines[:6]):
        if DOC_NUMBER.search(line):
            return lines[:i], line, lines[i + 1:]
    return lines[:1], None, lines[1:]


def _styles() -> dict[str, ParagraphStyle]:
    base = {"fontName": FONT, "wordWrap": "CJK"}
    return {
        "title": ParagraphStyle("title", fontSize=18, leading=28, alignment=TA_CENTER, **base),  # type: ignore[arg-type]
        "number": ParagraphStyle("number", fontSize=12, leading=24, alignment=TA_CENTER, **base),  # type: ignore[arg-type]
        "body": ParagraphStyle("body", fontSize=12, leading=20, firstLineIndent=24, **base),  # type: ignore[arg-type]
        "sign": ParagraphStyle("sign", fontSize=12, leading=20, alignment=TA_RIGHT, rightIndent=24, **base),  # type: ignore[arg-type]
        "head": ParagraphStyle("head", fontSize=16, leading=24, alignment=TA_CENTER, **base),  # type: ignore[arg-type]
        "column": ParagraphStyle("column", fontSize=10.5, leading=17, firstLineIndent=21, **base),  # type: ignore[arg-type]
    }


def _gazette_page(c: canvas.Canvas, doc: BaseDocTemplate) -> None:
    """Header and rule at the top, page number and printer's line at the bottom, sides swapping."""
    width, height = A4
    c.saveState()
    c.setFont(FONT, 9)
    c.drawString(25 * mm, height - 15 * mm, PDF_HEADER)
    c.drawRightString(width - 25 * mm, height - 15 * mm, PDF_ISSUE)
    c.line(25 * mm, height - 17 * mm, width - 25 * mm, height - 17 * mm)
    c.setFont(FONT, 11)
    number = f"— {doc.page} —"
    if doc.page % 2:  # dash, number and dash placed apart, as some typesetters do
        for i, piece in enumerate(("—", str(doc.page), "—")):
            c.drawString(width - 25 * mm - 95 + i * 40, 12 * mm, piece)
        c.setFont(FONT, 9)
        c.drawString(25 * mm, 12 * mm, PDF_FOOTER)
    else:
        c.drawString(25 * mm, 12 * mm, number)
        c.setFont(FONT, 9)
        c.drawRightString(width - 25 * mm, 12 * mm, PDF_FOOTER)
    c.restoreState()


def official_pdf(text: str, path: Path) -> Path:
    """An official document as a gazette prints it: centred title and 文号, indented paragraphs,
    the issuer and date set right; header, footer and page number on every page."""
    styles = _styles()
    title, number, body = split_official(text)
    story = [Paragraph(html.escape(line), styles["title"]) for line in title]
    if number:
        story.append(Paragraph(html.escape(number), styles["number"]))
    signature = _signature_start(body)
    story += [Paragraph(html.escape(line), styles["sign" if i >= signature else "body"]) for i, line in enumerate(body)]
    doc = BaseDocTemplate(str(path), pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm, topMargin=25 * mm,
                          bottomMargin=25 * mm)
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
    doc.addPageTemplates([PageTemplate("gazette", [frame], onPage=_gazette_page)])
    doc.build(story)
    return path


def _signature_start(body: list[str]) -> int:
    """Where the issuer and date lines at the end begin (the last short lines before a closing note)."""
    end = len(body)
    if end and body[-1].startswith("（") and len(body[-1]) <= 12:
        end -= 1
    start = end
    while start > 0 and len(body[start - 1]) <= 14 and not body[start - 1].endswith("。"):
        start -= 1
    return start if end - start <= 3 else end


def newspaper_pdf(text: str, path: Path) -> Path:
    """A newspaper page: the first article's column, headline and author line across the top, everything
    after in two columns; short lines (headings, author lines, page notes) centred in their column."""
    styles = _styles()
    doc = BaseDocTemplate(str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=25 * mm,
                          bottomMargin=25 * mm)
    gutter = 8 * mm
    column = (doc.width - gutter) / 2
    top = 40 * mm
    first = [Frame(doc.leftMargin, doc.bottomMargin + doc.height - top, doc.width, top, id="head"),
             Frame(doc.leftMargin, doc.bottomMargin, column, doc.height - top, id="left"),
             Frame(doc.leftMargin + column + gutter, doc.bottomMargin, column, doc.height - top, id="right")]
    later = [Frame(doc.leftMargin, doc.bottomMargin, column, doc.height, id="left2"),
             Frame(doc.leftMargin + column + gutter, doc.bottomMargin, column, doc.height, id="right2")]
    doc.addPageTemplates([PageTemplate("first", first, onPage=_gazette_page),
                          PageTemplate("later", later, onPage=_gazette_page)])
    head, body = _heads([line.strip() for line in text.splitlines() if line.strip()])
    short = ParagraphStyle("short", parent=styles["column"], alignment=TA_CENTER, firstLineIndent=0)
    story: list = [Paragraph(html.escape(line), styles["head"]) for line in head]
    story += [NextPageTemplate("later"), FrameBreak()]
    story += [Paragraph(html.escape(line), short if len(line) <= 20 and "。" not in line else styles["column"])
              for line in body]
    doc.build(story)
    return path


def _heads(lines: list[str]) -> tuple[list[str], list[str]]:
    """An article's lines up to and including its author line, and the rest."""
    for i, line in enumerate(lines[:4]):
        if re.fullmatch(r"[\u4e00-\u9fff]{2,4}(?: [\u4e00-\u9fff]{2,4})+", line):
            return lines[: i + 1], lines[i + 1:]
    return lines[:1], lines[1:]


def scanned_pdf(path: Path) -> Path:
    """A page that is only a picture of text lines, as a scanner makes it."""
    from PIL import Image, ImageDraw

    image = Image.new("L", (1200, 1600), 255)
    draw = ImageDraw.Draw(image)
    for y in range(120, 1500, 48):
        draw.rectangle((100 + (y % 96), y, 1100, y + 24), fill=30)
    picture = path.with_suffix(".png")
    image.save(picture)
    c = canvas.Canvas(str(path), pagesize=A4)
    c.drawImage(str(picture), 0, 0, *A4)
    c.save()
    picture.unlink()
    return path


def locked_pdf(path: Path, *, user_password: str = "secret", text: str = "Digital economy") -> Path:
    """A PDF that opens only with a password (or, with an empty user password, opens and forbids copying)."""
    c = canvas.Canvas(str(path), pagesize=A4,
                      encrypt=pdfencrypt.StandardEncryption(user_password, ownerPassword="owner", canCopy=0))
    c.setFont("Helvetica", 12)
    c.drawString(72, 720, text)
    c.save()
    return path


NUMBERED = re.compile(r"^(?:(?P<l0>[一二三四五六七八九十]+)、|（(?P<l1>[一二三四五六七八九十]+)）|(?P<l2>\d+)\.)")


def _abstract_num(restarts: tuple[str | None, str | None, str | None]) -> str:
    """A three-level list as Word writes it: 一、 / （一） / 1., the lower levels indented."""
    levels = [("chineseCounting", "%1、"), ("chineseCounting", "（%2）"), ("decimal", "%3.")]
    out = []
    for ilvl, ((fmt, text), restart) in enumerate(zip(levels, restarts, strict=True)):
        again = f'<w:lvlRestart w:val="{restart}"/>' if restart is not None else ""
        out.append(f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>{again}'
                   f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
                   f'<w:pPr><w:ind w:firstLine="{640 if ilvl else 0}"/></w:pPr></w:lvl>')
    return (f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90"><w:multiLevelType w:val="multilevel"/>'
            + "".join(out) + "</w:abstractNum>")


def _chinese_number(text: str) -> int:
    digits = "〇一二三四五六七八九"
    if "十" in text:
        tens, _, ones = text.partition("十")
        return (digits.index(tens) if tens else 1) * 10 + (digits.index(ones) if ones else 0)
    return digits.index(text)


class _WordList:
    """Numbering paragraphs the way Word's list does: a counter per level, lower levels restarting as
    ``restarts`` says; where the text's number is not the next one, a new w:num starts the level at it
    (Word's "set numbering value")."""

    def __init__(self, numbering, restarts: tuple[str | None, str | None, str | None], set_values: bool) -> None:
        self.numbering, self.restarts, self.set_values = numbering, restarts, set_values
        self.counts: list[int | None] = [None, None, None]
        self.num_id = 90
        self._add_num(90, None, 0)

    def _add_num(self, num_id: int, ilvl: int | None, start: int) -> None:
        override = (f'<w:lvlOverride w:ilvl="{ilvl}"><w:startOverride w:val="{start}"/></w:lvlOverride>'
                    if ilvl is not None else "")
        self.numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="90"/>'
                                        f"{override}</w:num>"))

    def number(self, paragraph, ilvl: int, value: int) -> None:
        current = self.counts[ilvl]
        if self.set_values and (1 if current is None else current + 1) != value:
            self.num_id += 1
            self._add_num(self.num_id, ilvl, value)
        self.counts[ilvl] = value
        for deeper in range(ilvl + 1, 3):
            restart = self.restarts[deeper]
            if restart is None or (restart != "0" and ilvl < int(restart)):
                self.counts[deeper] = None
        paragraph._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{self.num_id}"/></w:numPr>'))


def numbered_docx(text: str, path: Path, *, restarts: tuple[str | None, str | None, str | None] = (None, None, None),
                  set_values: bool = True, one_line_title: bool = False) -> Path:
    """A Word file whose headings 一、 （一） 1. are list numbering generated by Word, not typed;
    the title a centred paragraph broken with a line break, a page header and footer. Without
    ``set_values`` the list numbers on by its own rules, whatever numbers the text had;
    ``one_line_title`` types the title as one line, however long."""
    document = Document()
    numbering = document.part.numbering_part.element
    first_num = numbering.find(f"{{{numbering.nsmap['w']}}}num")
    abstract = parse_xml(_abstract_num(restarts))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    word_list = _WordList(numbering, restarts, set_values)
    title, number, body = split_official(text)
    title = ["".join(title)] if one_line_title else title
    heading = document.add_paragraph()
    heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for i, line in enumerate(title):
        run = heading.add_run(line)
        run.font.size = Pt(22)
        if i < len(title) - 1:
            run.add_break()
    if number:
        document.add_paragraph(number).alignment = WD_ALIGN_PARAGRAPH.CENTER
    for line in body:
        found = NUMBERED.match(line)
        paragraph = document.add_paragraph(line[found.end():] if found else line)
        if found:
            ilvl = next(i for i, g in enumerate(("l0", "l1", "l2")) if found[g])
            value = found[f"l{ilvl}"]
            word_list.number(paragraph, ilvl, int(value) if value.isdigit() else _chinese_number(value))
    section = document.sections[0]
    section.header.paragraphs[0].text = PDF_HEADER
    section.footer.paragraphs[0].text = PDF_FOOTER
    document.save(str(path))
    return path


def table_pdf(rows: list[list[str]], before: str, after: str, path: Path) -> Path:
    """A PDF with a paragraph, a ruled table and a paragraph."""
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    styles = _styles()
    table = Table(rows, colWidths=[40 * mm] * len(rows[0]))
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT, 11), ("GRID", (0, 0), (-1, -1), 0.5, "black")]))
    doc = SimpleDocTemplate(str(path), pagesize=A4)
    doc.build([Paragraph(html.escape(before), styles["body"]), table, Paragraph(html.escape(after), styles["body"])])
    return path


def table_docx(rows: list[list[str]], before: str, after: str, path: Path) -> Path:
    """A Word file with a paragraph, a table and a paragraph."""
    document = Document()
    document.add_paragraph(before)
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.add_paragraph(after)
    document.save(str(path))
    return path


def govcn_html(text: str, path: Path, *, meta: dict[str, str], encoding: str = "utf-8", title: str | None = None) -> Path:
    """A document page of gov.cn's 政策文件库: navigation, breadcrumbs, the metadata table,
    the body (without title and 文号, which the table holds), share buttons, related links, footer."""
    _, _, body = split_official(text)
    paragraphs = "\n".join(f'<p style="text-indent: 2em;">{html.escape(line)}</p>' for line in body)
    rows = "".join(f"<tr><td><b>{html.escape(a)}：</b></td><td>{html.escape(b)}</td>"
                   f"<td><b>{html.escape(c)}：</b></td><td>{html.escape(d)}</td></tr>"
                   for (a, b), (c, d) in zip(list(meta.items())[::2], list(meta.items())[1::2], strict=False))
    title = meta.get("标　　题", "") if title is None else title
    page = f"""<!DOCTYPE html>
<html><head><meta charset="{encoding}"><title>{html.escape(title)}_其他_中国政府网</title></head>
<body>
<div class="header"><a href="/"><img alt="中国政府网" src="logo.png"></a>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/">简</a></li><li><a href="/">繁</a></li><li><a href="/">登录</a></li></ul></div>
<div class="BreadcrumbNav"><a href="/">首页</a> &gt; <a href="/zhengce/">政府信息公开</a> &gt; <a href="/zhengce/">国务院文件</a></div>
<div class="wrap">
<table class="bd1" border="1"><tbody>{rows}</tbody></table>
<table><tr><td class="b12c" id="UCAP-CONTENT">
{paragraphs}
</td></tr></table>
<div class="share">分享到：<a>微信</a> <a>微博</a> <a>QQ空间</a> 【<a>我要打印</a>】【<a>关闭窗口</a>】</div>
<div class="related"><h3>相关稿件</h3><ul><li><a href="/1">国务院办公厅关于印发有关工作方案的通知</a></li>
<li><a href="/2">李克强主持召开国务院常务会议</a></li></ul></div>
</div>
<div class="footer"><p>主办单位：国务院办公厅　运行维护单位：中国政府网运行中心</p>
<p>版权所有：中国政府网　中文域名：中国政府网.政务</p>
<p>网站识别码bm01000001　京ICP备05070218号　京公网安备11010202000001号</p></div>
</body></html>"""
    path.write_bytes(page.encode(encoding))
    return path


def newspaper_html(lines: list[str], path: Path) -> Path:
    """One article of a newspaper's theory page as the site shows it: the headline, a date and
    source line, the body, the editor's note, share and site links."""
    head, body = _heads(lines)
    title = head[-2] if len(head) > 1 else head[0]
    paragraphs = "\n".join(f"<p>{html.escape(line)}</p>" for line in body)
    page = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{html.escape(title)}--理论频道--人民网</title></head>
<body>
<div class="nav"><a href="/">人民网</a> | <a href="/">理论频道</a> | <a href="/">网站地图</a></div>
<div class="main">
<h1>{html.escape(title)}</h1>
<div class="date">2024年12月27日05:29 | 来源：<a href="/">人民网－人民日报</a></div>
<div class="author">{html.escape(head[-1])}</div>
<div class="rm_txt_con">
{paragraphs}
<div class="edit">(责编：王某、李某)</div>
</div>
<div class="share">分享让更多人看到</div>
<div class="recommend"><h3>推荐阅读</h3><ul><li><a href="/a">习近平在中央经济工作会议上发表重要讲话</a></li></ul></div>
</div>
</body></html>"""
    path.write_text(page, encoding="utf-8")
    return path
