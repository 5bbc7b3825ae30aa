"""PDF, Word and web-page files made from corpus documents build to the same goals and measures as
the .txt, with no header, footer, page number or navigation text in the graph."""

from __future__ import annotations

import re
import sys

import pytest
from rdflib import Dataset, Literal, Namespace
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import InputError
from kg.extract import extract_document
from kg.model import Source
from kg.text.formats import read_document, tidy
from kg.text.formats.docx import counted
from kg.text.formats.html import metadata_fields, site_title
from kg.text.formats.pdf import PAGE_NUMBER
from kg.text.sources import read

from . import documents as make
from .conftest import SEED, require_shared

POL = Namespace("https://w3id.org/policykg/ontology#")
AGRICULTURE = "国发〔2018〕42号_国务院关于加快推进农业机械化和农机装备产业转型升级的指导意见.txt"
MEDICAL = "国发〔2018〕43号_国务院关于在海南博鳌乐城国际医疗旅游先行区暂时调整实施《中华人民共和国药品管理法实施条例》有关规定的决定.txt"
BONDED = "国发〔2019〕3号_国务院关于促进综合保税区高水平开放高质量发展的若干意见.txt"
GOV_META = {"索引号": "000014349/2019-00007", "主题分类": "商贸、海关、旅游\\海关", "发文机关": "国务院",
            "成文日期": "2019年01月12日", "标　　题": "国务院关于促进综合保税区高水平开放高质量发展的若干意见",
            "发文字号": "国发〔2019〕3号", "发布日期": "2019年01月25日"}
PDF_FURNITURE = (make.PDF_HEADER, make.PDF_ISSUE, make.PDF_FOOTER, "— 1 —", "— 2 —", "—1—", "2019年第")
GOV_FURNITURE = ("首页", "政府信息公开", "分享到", "QQ空间", "我要打印", "关闭窗口", "相关稿件", "李克强主持召开国务院常务会议",
                 "有关工作方案的通知", "主办单位", "运行维护单位", "中国政府网", "版权所有", "网站识别码", "京ICP备",
                 "京公网安备", "登录", "000014349", "发布日期", "2019年01月25日")
runner = CliRunner()
# rdflib's N-Quads parser uses its own deprecated Dataset.default_context
pytestmark = pytest.mark.filterwarnings("ignore:Dataset.default_context is deprecated:DeprecationWarning")


def corpus_text(name: str) -> str:
    return (require_shared() / "corpus" / "state_council_2018_2019" / name).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    """One folder of documents as people have them, the same documents as .txt in another,
    and a scanned and a password-protected PDF among the first."""
    root = tmp_path_factory.mktemp("formats")
    files, texts = root / "files", root / "texts"
    files.mkdir()
    texts.mkdir()
    agriculture, bonded, seed = corpus_text(AGRICULTURE), corpus_text(BONDED), SEED.read_text(encoding="utf-8")
    make.official_pdf(agriculture, files / "农机.pdf")
    make.newspaper_pdf(seed, files / "版面.pdf")
    make.numbered_docx(bonded, files / "综保区.docx", restarts=(None, None, "0"), set_values=False)
    make.govcn_html(bonded, files / "综保区.html", meta=GOV_META)
    make.scanned_pdf(files / "扫描件.pdf")
    make.locked_pdf(files / "加密.pdf")
    for name, text in (("农机", agriculture), ("版面", seed), ("综保区", bonded)):
        (texts / f"{name}.txt").write_text(text, encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def built(folder):
    """The CLI build of the folder of files and of the folder of texts."""
    results = {}
    for name in ("files", "texts"):
        results[name] = runner.invoke(app, ["build", str(folder / name), "-o", str(folder / f"out-{name}"),
                                            "--workers", "1", "--no-page"])
    return results


def named_graphs(out) -> dict[str, Dataset]:
    dataset = Dataset()
    dataset.parse(out / "graph.nq", format="nquads")
    return {str(g.identifier): g for g in dataset.graphs() if len(g)}


def statements(graph) -> list[tuple[str, str]]:
    """(type, label) of every goal and measure, sorted."""
    return sorted((str(kind).rsplit("#", 1)[1], str(label)) for kind in (POL.Goal, POL.Measure)
                  for node in graph.subjects(RDF.type, kind) for label in graph.objects(node, RDFS.label))


def by_source(out) -> dict[str, object]:
    graphs = {}
    for graph in named_graphs(out).values():
        for page in graph.subjects(RDF.type, POL.Page):
            graphs[str(graph.value(page, DCTERMS.source))] = graph
    return graphs


def test_scanned_and_locked_pdfs_are_one_line_each_and_the_rest_is_built(built):
    result = built["files"]
    assert result.exit_code == 1, result.output
    errors = [line for line in result.output.splitlines() if line.startswith("policykg: skipped:")]
    assert len(errors) == 2 and "Traceback" not in result.output
    assert any("扫描件.pdf" in e and "no text layer" in e and "ocrmypdf" in e for e in errors), errors
    assert any("加密.pdf" in e and "password-protected" in e for e in errors), errors
    assert "4 documents" in result.output


@pytest.mark.parametrize(("file", "text"), [("农机.pdf", "农机.txt"), ("版面.pdf", "版面.txt"),
                                            ("综保区.docx", "综保区.txt"), ("综保区.html", "综保区.txt")])
def test_each_format_gives_the_goals_and_measures_of_the_txt(built, folder, file, text):
    assert built["texts"].exit_code == 0, built["texts"].output
    ours, theirs = by_source(folder / "out-files")[file], by_source(folder / "out-texts")[text]
    assert statements(ours) == statements(theirs)
    assert len(statements(ours)) > 50


@pytest.mark.parametrize(("file", "furniture"), [("农机.pdf", PDF_FURNITURE), ("版面.pdf", PDF_FURNITURE),
                                                 ("综保区.docx", PDF_FURNITURE), ("综保区.html", GOV_FURNITURE)])
def test_no_header_footer_page_number_or_navigation_reaches_a_label_or_the_text(built, folder, file, furniture):
    graph = by_source(folder / "out-files")[file]
    labels = [str(o) for p in (RDFS.label, SKOS.prefLabel, DCTERMS.title, POL.quote) for o in graph.objects(None, p)]
    assert labels
    assert not [(f, label) for f in furniture for label in labels if f in label]
    text = read(folder / "files" / file).text
    assert not [f for f in furniture if f in text]
    assert not [line for line in text.splitlines() if PAGE_NUMBER.match(line)]


def test_the_gov_cn_metadata_table_reaches_the_article(built, folder):
    graph = by_source(folder / "out-files")["综保区.html"]
    article = graph.value(None, RDF.type, POL.Article)
    assert str(graph.value(article, DCTERMS.identifier)) == "国发〔2019〕3号"
    assert str(graph.value(article, POL.catalogNumber)) == "000014349/2019-00007"
    assert str(graph.value(article, DCTERMS.publisher)) == "国务院"
    assert graph.value(article, DCTERMS.issued).toPython().isoformat() == "2019-01-12"
    assert graph.value(article, DCTERMS.subject) == Literal("商贸、海关、旅游\\海关", lang="zh")
    assert str(graph.value(article, DCTERMS.title)) == GOV_META["标　　题"]


@pytest.mark.parametrize(("file", "media"), [("农机.pdf", "application/pdf"), ("综保区.html", "text/html"),
                                             ("综保区.docx", "application/vnd.openxmlformats-officedocument"
                                                            ".wordprocessingml.document")])
def test_the_graph_names_the_original_file_and_its_format(built, folder, file, media):
    graph = by_source(folder / "out-files")[file]
    page = graph.value(None, RDF.type, POL.Page)
    assert (str(graph.value(page, DCTERMS.source)), str(graph.value(page, DCTERMS.format))) == (file, media)
    assert {str(o) for o in graph.objects(None, POL.inSource)} == {file}


def test_quotes_and_offsets_refer_to_the_extracted_text(folder):
    source = read(folder / "files" / "农机.pdf")
    facts = extract_document(source)
    spans = [s.evidence for a in facts.articles for s in a.statements]
    assert spans and all(source.text[e.start:e.end].replace("\n", "") == e.quote for e in spans)


def test_pdf_text_is_the_documents_lines(folder):
    """Wrapped lines joined into their paragraphs, the two-line title and the right-set signature kept apart."""
    assert read(folder / "files" / "农机.pdf").text == corpus_text(AGRICULTURE)
    seed = [line.strip() for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert read(folder / "files" / "版面.pdf").text.splitlines() == seed


def test_a_one_page_pdf_loses_its_page_number_and_small_header(tmp_path):
    """One page: nothing recurs, so the page number (dash, number, dash set apart) is told by its form
    and the header and footer by their smaller type."""
    assert read(make.official_pdf(corpus_text(MEDICAL), tmp_path / "a.pdf")).text == corpus_text(MEDICAL)


def test_word_numbering_is_written_out_as_word_shows_it(folder):
    text = read(folder / "files" / "综保区.docx").text
    assert text == corpus_text(BONDED)
    assert make.PDF_HEADER not in text  # the page header is not body text


def test_word_numbering_restarts_where_the_list_says(tmp_path):
    path = make.numbered_docx(corpus_text(BONDED), tmp_path / "a.docx", set_values=False)  # 1. restarts under each （N）
    numbers = [int(line.split(".")[0]) for line in read(path).text.splitlines() if re.match(r"\d+\.", line)]
    assert numbers == [1, 2, 3, 4, 5, 1, 2, 3, 4, 1, 2, 3, 4, 1, 2, 3, 1, 2, 3, 4, 5]
    path = make.numbered_docx(corpus_text(BONDED), tmp_path / "b.docx")  # a new w:num starting at 6, 10, 14, 17
    assert read(path).text == corpus_text(BONDED)


def test_a_long_title_typed_on_one_line_is_still_the_title(tmp_path):
    text = corpus_text(MEDICAL)
    docx_source = read(make.numbered_docx(text, tmp_path / "a.docx", one_line_title=True))
    html_source = read(make.govcn_html(text, tmp_path / "a.html", meta={"标　　题": "".join(make.split_official(text)[0]),
                                                                         "发文字号": "国发〔2018〕43号"}))
    want = extract_document(Source(MEDICAL, text))
    for source in (docx_source, html_source):
        facts = extract_document(source)
        assert facts.articles[0].article.title == want.articles[0].article.title
        assert [(s.kind, s.label) for s in facts.articles[0].statements] == [
            (s.kind, s.label) for s in want.articles[0].statements]


TABLE = [["地区", "目标", "举措"], ["东部", "建设算力枢纽", "加快建设数据中心集群"], ["西部", "发展绿色能源", "推动风电光伏建设"]]


@pytest.mark.parametrize("maker", [make.table_docx, make.table_pdf])
def test_a_table_is_read_row_by_row_and_states_nothing(tmp_path, maker):
    rows = TABLE
    path = maker(rows, "关于推进数字经济发展的通知", "要完善算力网络。", tmp_path / f"t.{maker.__name__[6:]}")
    source = read(path)
    assert source.text.splitlines() == ["关于推进数字经济发展的通知", *("\t".join(r) for r in rows), "要完善算力网络。"]
    labels = [s.label for a in extract_document(source).articles for s in a.statements]
    assert "完善算力网络" in labels
    assert not [label for label in labels for row in rows[1:] for cell in row if cell in label]


def test_a_newspaper_web_page_gets_its_headline_without_site_name_or_date(tmp_path):
    lines = [line.strip() for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()][:24]
    source = read(make.newspaper_html(lines, tmp_path / "人民网.html"))
    page = extract_document(source).page
    assert page.articles[0].title == "抢抓人工智能发展重大机遇"
    assert page.articles[0].authors == ("李涛", "徐翔")
    assert not [f for f in make.NEWS_FURNITURE if f in source.text]


def test_a_logo_in_an_h1_is_not_the_title(tmp_path):
    meta = {k: v for k, v in GOV_META.items() if k != "标　　题"}
    path = make.govcn_html(corpus_text(BONDED), tmp_path / "a.html", meta=meta, title=GOV_META["标　　题"])
    page = path.read_text(encoding="utf-8").replace('<div class="header">', '<div class="header"><h1>中华人民共和国工业和信息化部</h1>')
    path.write_text(page, encoding="utf-8")
    source = read(path)
    assert source.text.splitlines()[0] == GOV_META["标　　题"]  # from <title>, its site name cut off
    assert "中华人民共和国工业和信息化部" not in source.text


def test_a_gb2312_page_is_decoded_by_its_declared_charset(tmp_path):
    path = make.govcn_html(corpus_text(BONDED), tmp_path / "gbk.html", meta=GOV_META, encoding="gb2312")
    assert read(path).text.splitlines()[1] == "各省、自治区、直辖市人民政府，国务院各部委、各直属机构："


def test_a_pdf_that_only_forbids_copying_is_read(tmp_path):
    path = make.locked_pdf(tmp_path / "owner.pdf", user_password="", text="Made in China 2025 strategy")
    assert read(path).text == "Made in China 2025 strategy\n"


@pytest.mark.parametrize(("module", "name", "extra"), [
    ("pdfplumber", "a.pdf", "policykg[pdf]"), ("docx", "a.docx", "policykg[docx]"), ("trafilatura", "a.html", "policykg[html]"),
])
def test_a_missing_extra_is_one_line_naming_it(tmp_path, monkeypatch, module, name, extra):
    monkeypatch.setitem(sys.modules, module, None)
    path = tmp_path / name
    path.write_bytes(b"<html><body><p>x</p></body></html>")
    result = runner.invoke(app, ["build", str(path), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert result.output.count("\n") == 1 and f"pip install '{extra}'" in result.output
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(("data", "name", "message"), [
    (b"%PDF-1.7\n%broken", "a.pdf", "not a readable PDF"),
    (b"PK\x03\x04 not really a zip", "a.docx", "not a .docx"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500), "a.docx", "password-protected Word file or an old .doc"),
    (b"<html><body></body></html>", "a.html", "no main text"),
])
def test_damaged_files_are_one_clear_error(data, name, message):
    with pytest.raises(InputError, match=message):
        read_document(data, name=name)


@pytest.mark.parametrize(("line", "is_number"), [
    ("—3—", True), ("— 12 —", True), ("- 3 -", True), ("3", True), ("第3页", True), ("第 3 页 共 10 页", True),
    ("3/10", True), ("Page 3 of 10", True), ("－ 7 －", True),
    ("2019年第3号", False), ("一、总体要求", False), ("3.释放企业产能。", False), ("（三）", False),
])
def test_page_numbers(line, is_number):
    assert bool(PAGE_NUMBER.match(line)) == is_number


@pytest.mark.parametrize(("n", "fmt", "shown"), [
    (1, "chineseCounting", "一"), (10, "chineseCounting", "十"), (11, "chineseCounting", "十一"),
    (20, "chineseCounting", "二十"), (21, "chineseCountingThousand", "二十一"), (101, "chineseCounting", "一百零一"),
    (110, "chineseCounting", "一百一十"), (3, "decimal", "3"), (3, "decimalFullWidth", "３"),
    (2, "decimalEnclosedCircle", "②"), (2, "decimalEnclosedParen", "⑵"), (3, "ideographTraditional", "丙"),
    (12, "ideographDigital", "一二"), (4, "chineseLegalSimplified", "肆"), (28, "upperLetter", "BB"),
    (9, "lowerRoman", "ix"), (5, "decimalZero", "05"),
])
def test_word_number_formats(n, fmt, shown):
    assert counted(n, fmt) == shown


@pytest.mark.parametrize(("pairs", "fields"), [
    ([("发文机关：", "国务院办公厅"), ("成文日期：", "2018年12月29日")], (("issuer", "国务院办公厅"), ("issued", "2018-12-29"))),
    ([("发文字号", "国办发〔2018〕127号"), ("主题分类", "")], (("identifier", "国办发〔2018〕127号"),)),
    ([("索 引 号：", "000014349/2018-00215"), ("作者：", "某某")], (("catalog", "000014349/2018-00215"),)),
    ([("成文日期：", "不详")], ()),
])
def test_metadata_table_fields(pairs, fields):
    assert metadata_fields(pairs) == fields


@pytest.mark.parametrize(("title", "clean"), [
    ("国务院关于印发个人所得税专项附加扣除暂行办法的通知_其他_中国政府网", "国务院关于印发个人所得税专项附加扣除暂行办法的通知"),
    ("抢抓人工智能发展重大机遇--理论--人民网", "抢抓人工智能发展重大机遇"),
    ("加快发展新质生产力 | 求是网", "加快发展新质生产力"),
    ("坚持高质量发展——学习贯彻中央经济工作会议精神", "坚持高质量发展——学习贯彻中央经济工作会议精神"),
    ("以数字化转型——推进互联网产业发展", "以数字化转型——推进互联网产业发展"),
])
def test_site_names_are_cut_from_page_titles(title, clean):
    assert site_title(title) == clean


@pytest.mark.parametrize(("text", "tidied"), [
    ("一、总体要求\r\n\r\n\r\n（一）指导思想。\n", "一、总体要求\n（一）指导思想。\n"),
    ("\n\n  加快建设数据中心。  \n\f\n推动产业升级。", "加快建设数据中心。\n推动产业升级。\n"),
])
def test_tidy(text, tidied):
    assert tidy(text) == tidied


def test_graph_of_a_txt_names_its_format(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("发展数字经济\n\n张三 李四\n\n一是加快建设数据中心。\n", encoding="utf-8")
    assert runner.invoke(app, ["build", str(path), "-o", str(tmp_path / "out"), "--no-page"]).exit_code == 0
    graph = by_source(tmp_path / "out")["a.txt"]
    assert graph.value(graph.value(None, RDF.type, POL.Page), DCTERMS.format) == Literal("text/plain")


def test_an_xhtml_doctype_with_an_internal_subset_stays_out_of_the_text():
    from kg.text.formats.html import read as read_html

    page = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd" [\n  <!ENTITY note "子集里的文字]>">\n'
            '  <!ATTLIST p class CDATA #IMPLIED>\n]>\n<html><head><title>关于发展海洋经济的通知</title></head><body>'
            "<p>各市人民政府：要加快建设港口，完善港口设施，推动港航协同发展，提升港口服务水平，加强港口安全管理。</p></body></html>")
    text = read_html(page.encode("utf-8"), name="a.xhtml").text
    assert "]>" not in text and "子集" not in text and "ATTLIST" not in text
    assert "加快建设港口" in text
