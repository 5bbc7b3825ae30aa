"""Web pages saved from a browser (gov.cn, a ministry site, a newspaper's theory page).

The main text comes from trafilatura, which drops navigation, breadcrumbs
(首页>政府信息公开>…), share buttons, related links and footers. A metadata table
such as gov.cn's (索引号, 发文机关, 成文日期, 发文字号, 主题分类, 标题) is read into
the article's catalogue number, issuer, date, identifier, subject and title, and
kept out of the text. The title is the table's 标题, else the headline (<h1>) of the
main text, else the page's <title> with the site and section names cut off.

>>> metadata_fields([("索　引　号：", "000014349/2019-00007"), ("成文日期：", "2019年01月12日"), ("发文字号：", "国发〔2019〕3号")])
(('catalog', '000014349/2019-00007'), ('issued', '2019-01-12'), ('identifier', '国发〔2019〕3号'))
>>> site_title("国务院关于促进综合保税区高水平开放高质量发展的若干意见_其他_中国政府网")
'国务院关于促进综合保税区高水平开放高质量发展的若干意见'
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable, Iterator
from typing import Any

from kg.errors import InputError
from kg.text.formats import Extracted, Meta, title_lines

LABELS = {"索引号": "catalog", "发文机关": "issuer", "发布机构": "issuer", "发文单位": "issuer", "成文日期": "issued",
          "发文字号": "identifier", "文号": "identifier", "主题分类": "subject", "标题": "title", "名称": "title",
          "发布日期": "published"}
BLOCKS = {"p", "head", "list", "table", "quote", "code", "item"}
DATE = re.compile(r"(\d{4})\s*[年./-]\s*(\d{1,2})\s*[月./-]\s*(\d{1,2})")
CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_-]+)""", re.IGNORECASE)
ASCII_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")  # ideographic spaces (习　近　平) are kept
NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
SITE_SEPARATOR = re.compile(r"\s*(?:_|\||\uff5c| - |--)\s*")


def read(data: bytes, *, name: str) -> Extracted:
    """The main text of a saved web page, its title first, and the metadata its table gives.

    >>> page = ("<html><head><title>关于发展海洋经济的通知_某省人民政府</title></head><body><h1>关于发展海洋经济的通知</h1>"
    ...         "<p>各市人民政府：要加快建设港口，完善港口设施，推动港航协同发展，提升港口服务水平，加强港口安全管理。</p></body></html>")
    >>> read(page.encode(), name="a.html").meta
    (('title', '关于发展海洋经济的通知'),)
    """
    import lxml.html
    from lxml import etree

    try:
        tree = lxml.html.document_fromstring(_decode(data, name))
    except (etree.ParserError, ValueError) as exc:
        raise InputError(f"{name}: not a readable web page ({exc})") from None
    meta = dict(_read_metadata_table(tree))
    page_title = site_title(" ".join((tree.findtext(".//title") or "").split())) or None
    lines, headline, author = _main_text(tree, name)
    title = meta.get("title") or headline or page_title
    if title and not any(_same(title, line) for line in lines[:3]):
        lines.insert(0, title_lines(title))
    if author and not any(_same(author, line) for line in lines[:4]):
        lines.insert(1 if title else 0, author)
    published = meta.pop("published", None)
    if published and "issued" not in meta:
        meta["issued"] = published
    if title:
        meta["title"] = title
    return Extracted("\n".join(lines) + "\n", tuple(sorted(meta.items())))


def _decode(data: bytes, name: str) -> str:
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                          (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return _without_declaration(data[len(bom):].decode(encoding, errors="replace"))
    declared = CHARSET.search(data[:4096])
    candidates = [declared.group(1).decode("ascii").lower()] if declared else []
    candidates = ["gb18030" if c in ("gb2312", "gbk", "gb_2312-80", "x-gbk") else c for c in candidates]
    for encoding in [*candidates, "utf-8", "gb18030"]:
        try:
            return _without_declaration(data.decode(encoding))
        except (LookupError, UnicodeDecodeError):
            continue
    raise InputError(f"{name}: cannot decode the page (declared {candidates or 'no'} charset)")


def _without_declaration(text: str) -> str:
    """The page without its XML declaration (lxml refuses a str that still carries an encoding
    declaration) and without its DOCTYPE, whose internal subset the HTML parser would read as text.

    >>> _without_declaration('<?xml version="1.0"?><!DOCTYPE html [<!ENTITY a "]>">]><p>甲</p>')
    '<p>甲</p>'
    """
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)
    start = DOCTYPE.search(text[:4096])
    if start is None:
        return text
    end = _declaration_end(text, start.end())
    return text[:start.start()] + text[end:]


DOCTYPE = re.compile(r"<!DOCTYPE\b", re.I)


def _declaration_end(text: str, i: int) -> int:
    """Where the declaration that goes on at ``i`` ends: its ``>`` outside quotes and outside ``[…]``."""
    quote, depth = "", 0
    for j in range(i, len(text)):
        ch = text[j]
        if quote:
            quote = "" if ch == quote else quote
        elif ch in "\"'":
            quote = ch
        elif ch == "[":
            depth += 1
        elif ch == "]":
            depth = max(0, depth - 1)
        elif ch == ">" and not depth:
            return j + 1
    return len(text)


def _read_metadata_table(tree: Any) -> Meta:
    """The fields of a metadata table (two labels or more, little text), which is then taken out of the page."""
    for table in tree.iter("table"):
        cells = table.xpath("./tr/td | ./tr/th | ./*/tr/td | ./*/tr/th")
        texts = [" ".join(c.text_content().split()) for c in cells]
        if sum(len(t) for t in texts) > 1000:
            continue
        pairs = list(_label_pairs(texts))
        if len({_label(label) for label, _ in pairs}) >= 2:
            table.getparent().remove(table)
            return metadata_fields(pairs)
    return ()


def _label_pairs(texts: list[str]) -> Iterator[tuple[str, str]]:
    """(label, value) from cells: 'label：value' in one cell, or a label cell and the value cell after it."""
    for i, text in enumerate(texts):
        found = re.match(r"^([^：:]{1,12})[：:]\s*(.*)$", text)
        label, value = (found[1], found[2]) if found else (text, "")
        if _label(label) is None:
            continue
        if not value and i + 1 < len(texts) and _label(texts[i + 1].split("：")[0].split(":")[0]) is None:
            value = texts[i + 1]
        yield label, value


def _label(text: str) -> str | None:
    return LABELS.get(re.sub(r"[\s\u3000：:]", "", text))


def metadata_fields(pairs: Iterable[tuple[str, str]]) -> Meta:
    """(label, value) cells of a metadata table as (field, value): dates in ISO form, empty values dropped.

    >>> metadata_fields([("发文字号：", "国发〔2019〕4号"), ("成文日期", "")])
    (('identifier', '国发〔2019〕4号'),)
    """
    out = []
    for label, value in pairs:
        field = _label(label)
        value = " ".join(value.split())
        if field is None or not value:
            continue
        if field in ("issued", "published"):
            date = DATE.search(value)
            if date is None:
                continue
            value = f"{int(date[1]):04d}-{int(date[2]):02d}-{int(date[3]):02d}"
        out.append((field, value))
    return tuple(out)


def site_title(title: str) -> str:
    """A page's <title> without the site and section names glued to it.

    >>> site_title("关于发展海洋经济的通知_某省人民政府_政务公开")
    '关于发展海洋经济的通知'
    """
    parts = [p for p in SITE_SEPARATOR.split(title) if p.strip()]
    return parts[0].strip() if parts else title.strip()


def _main_text(tree: Any, name: str) -> tuple[list[str], str | None, str | None]:
    """Main-text lines from trafilatura's XML, its first <h1> (a site's logo in an <h1> is not
    main text), and the author line trafilatura took out of the text when it names people."""
    import trafilatura
    from lxml import etree

    xml = None
    for recall in (False, True):  # precision first; a page it finds nothing in is tried again for recall
        xml = xml or trafilatura.extract(tree, output_format="xml", include_tables=True, include_comments=False,
                                         include_images=False, include_links=False, include_formatting=False,
                                         with_metadata=True, favor_recall=recall)
    if not xml:
        raise InputError(f"{name}: no main text found in this web page")
    doc = etree.fromstring(xml.encode("utf-8"))
    main = doc.find("main")
    lines = [line for line in _blocks(main if main is not None else doc) if line]
    heads = [_inline(h) for h in doc.iter("head") if h.get("rend") == "h1"]
    return lines, next((h for h in heads if h), None), person_names(doc.get("author") or "")


def person_names(author: str) -> str | None:
    """An author field that names people, as an author line; None for anything else.

    >>> person_names("李涛; 徐翔"), person_names("国务院办公厅"), person_names("张三，李四")
    ('李涛 徐翔', None, '张三 李四')
    """
    names = [n for n in re.split(r"[;；,，、/\s]+", author) if n]
    if not names or not all(NAME.fullmatch(n) for n in names) or len(names) > 6:
        return None
    if len(names) == 1 and len(names[0]) > 3:
        return None
    return " ".join(names)


def _blocks(element: Any) -> Iterator[str]:
    for child in element:
        tag = child.tag
        if tag == "table" and not _layout_table(child):
            for row in child.iter("row"):
                cells = [_inline(cell) for cell in row.iter("cell")]
                if any(cells):
                    yield "\t".join(c.replace("\n", " ") for c in cells)
        elif tag in ("p", "head", "item", "quote", "code") and not any(c.tag in BLOCKS for c in child):
            yield from _inline(child).split("\n")
        else:
            yield from _blocks(child)


def _layout_table(table: Any) -> bool:
    """A table used to lay out a page (its cells hold paragraphs), not a table of data."""
    return any(c.tag in BLOCKS for cell in table.iter("cell") for c in cell)


def _inline(element: Any) -> str:
    """An element's text with <lb/> as a line break and runs of spaces closed up."""
    parts = [element.text or ""]
    for child in element:
        parts.append("\n" if child.tag == "lb" else "".join(child.itertext()))
        parts.append(child.tail or "")
    return "\n".join(ASCII_SPACES.sub(" ", line).strip(" ") for line in "".join(parts).split("\n")).strip("\n ")


def _same(a: str, b: str) -> bool:
    return re.sub(r"\s+", "", a) == re.sub(r"\s+", "", b)
