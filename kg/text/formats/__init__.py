"""Documents as people have them: PDF, Word (.docx) and saved web pages, read into text.

Each reader is a pure function from a file's bytes to its text and what the file says
about itself (:data:`Meta`); the text then goes through the same layout stage as a
.txt file, so offsets and quotes refer to the extracted text. Every reader's library
is an optional extra: a missing one is one line naming the extra to install.

>>> format_of("报告.PDF"), format_of("a/意见.docx"), format_of("页面.htm"), format_of("a.txt")
('pdf', 'docx', 'html', None)
>>> MEDIA_TYPES["docx"]
'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
"""

from __future__ import annotations

from dataclasses import replace
from importlib import import_module
from typing import NamedTuple

from kg.errors import InputError
from kg.model import Article, Page, Source

Meta = tuple[tuple[str, str], ...]


class Extracted(NamedTuple):
    """What a reader returns: the document's text (one paragraph a line) and its metadata."""

    text: str
    meta: Meta = ()


FORMATS = {".pdf": "pdf", ".docx": "docx", ".html": "html", ".htm": "html", ".xhtml": "html"}
SUFFIXES = tuple(FORMATS)
MEDIA_TYPES = {
    "txt": "text/plain",
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "html": "text/html",
}
# The module of each reader and the distributions its extra installs.
READERS = {"pdf": ("kg.text.formats.pdf", "pdfplumber"), "docx": ("kg.text.formats.docx", "python-docx"),
           "html": ("kg.text.formats.html", "trafilatura")}


def format_of(name: str) -> str | None:
    """The format a file name's suffix announces, or None for plain text.

    >>> format_of("通知/国发.PDF"), format_of("报告.txt")
    ('pdf', None)
    """
    suffix = name[name.rfind("."):].lower() if "." in name.rsplit("/", 1)[-1] else ""
    return FORMATS.get(suffix)


def preload(fmt: str) -> None:
    """Import the reader of ``fmt`` and its library now (a missing one is reported when reading).

    >>> preload("html")
    """
    for name in (READERS[fmt][0], LIBRARY_MODULES[fmt]):
        try:
            import_module(name)
        except ImportError:
            return


LIBRARY_MODULES = {"pdf": "pdfplumber", "docx": "docx", "html": "lxml.html"}


def read_document(data: bytes, *, name: str) -> Source:
    """A PDF, .docx or web page's bytes as a :class:`Source` of its text, format and metadata.

    >>> read_document(b"%PDF-1.4 not really", name="x.pdf")
    Traceback (most recent call last):
    kg.errors.InputError: x.pdf: not a readable PDF (No /Root object! - Is this really a PDF?)
    """
    fmt = format_of(name)
    if fmt is None:
        raise InputError(f"{name}: not a PDF, .docx or HTML file")
    module, library = READERS[fmt]
    try:
        text, meta = import_module(module).read(data, name=name)
    except ImportError as exc:
        raise InputError(f"{name}: reading .{fmt} files needs {library} (missing: {exc.name or exc}); "
                         f"install it with pip install 'policykg[{fmt}]'") from None
    text = tidy(text)
    if not text.strip():
        raise InputError(f"{name}: no text in this {fmt.upper()} file")
    return Source(name, text, format=fmt, meta=tuple(meta))


SPACES = " \t\u00a0\u3000\ufeff"


def tidy(text: str) -> str:
    """One paragraph a line: no blank lines, no spaces around a line, a final newline.

    >>> tidy("\\u3000\\u3000一、总体要求 \\r\\n\\n\\n（一）指导思想。\\u00a0\\n")
    '一、总体要求\\n（一）指导思想。\\n'
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    lines = [line.strip(SPACES) for line in text.split("\n")]
    return "".join(line + "\n" for line in lines if line)


def with_metadata(page: Page, source: Source) -> Page:
    """The page with the metadata its file carries (``source.meta``) set on its articles.

    Metadata read from a file's own fields (a web page's 发文字号, 发文机关 …) wins over what
    the layout found in the text; a title only fills an article the layout found none for.
    On a page of several articles only what a page shares (issuer, date, subject) is set.

    >>> from kg.text.layout import layout
    >>> src = Source("a.html", "关于推进某项工作的通知\\n各地要加快推进。\\n", format="html",
    ...              meta=(("identifier", "国发〔2019〕3号"), ("issued", "2019-01-12"), ("subject", "海关")))
    >>> art = with_metadata(layout(src), src).articles[0]
    >>> art.identifier, art.issued, art.subject
    ('国发〔2019〕3号', '2019-01-12', '海关')
    """
    meta = dict(source.meta)
    if not meta or not page.articles:
        return page
    if len(page.articles) > 1:
        meta = {k: v for k, v in meta.items() if k in ("issuer", "issued", "subject")}
    return replace(page, articles=tuple(_with(article, meta) for article in page.articles))


def _with(article: Article, meta: dict[str, str]) -> Article:
    return replace(article, title=article.title or meta.get("title"),
                   identifier=meta.get("identifier", article.identifier), catalog=meta.get("catalog", article.catalog),
                   issuer=meta.get("issuer", article.issuer), issued=meta.get("issued", article.issued),
                   subject=meta.get("subject", article.subject))


def title_lines(title: str, *, width: int = 40) -> str:
    """A long title broken into even lines of at most ``width`` characters, as a printed document breaks it,
    so the layout takes it for a title (a line longer than that reads as prose).

    >>> title_lines("国务院关于在海南博鳌乐城国际医疗旅游先行区暂时调整实施《中华人民共和国药品管理法实施条例》有关规定的决定").split()
    ['国务院关于在海南博鳌乐城国际医疗旅游先行区暂时调整实', '施《中华人民共和国药品管理法实施条例》有关规定的决定']
    """
    lines = -(-len(title) // width)
    step = -(-len(title) // lines)
    return "\n".join(title[i:i + step] for i in range(0, len(title), step))
