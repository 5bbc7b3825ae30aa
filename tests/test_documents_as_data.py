"""Documents as data (year, issuer, region, genre), citations between documents, trends and first appearances."""

from __future__ import annotations

import csv
import json
import warnings
from pathlib import Path

import pytest
from typer.testing import CliRunner

import kg
from kg.ask.index import Index
from kg.ask.records import document_rows
from kg.ask.trends import By, Trend, TrendRow, Within, diffusion, trend
from kg.cli import app
from kg.extract.citations import extract_citations
from kg.model import ArticleFacts, DocumentFacts, Source
from kg.text.formats import with_metadata
from kg.text.layout import layout
from kg.text.profile import NATIONAL, PROVINCES, profile
from kg.text.sources import read
from kg.views.trendview import chart
from tests.conftest import require_program, require_shared

REPORT = "政府工作报告\n\n——{year}年3月5日在第十四届全国人民代表大会第{n}次会议上\n\n国务院总理　李强\n\n各位代表：\n\n现在，我代表国务院，向大会报告工作。\n\n{body}\n"
PROVINCE = "{year}年{province}政府工作报告\n\n各位代表：\n\n现在，我代表省人民政府，向大会报告工作。{body}\n"


@pytest.mark.parametrize(("name", "text", "expected"), [
    ("r.txt", REPORT.format(year=2024, n="二", body="发展新质生产力。"), (2024, "国务院", NATIONAL, "report")),
    ("p.txt", PROVINCE.format(year=2026, province="甘肃省", body="发展低空经济。"), (2026, "甘肃省人民政府", "甘肃省", "report")),
    ("o.txt", "国务院办公厅关于推进数字经济发展的意见\n国办发〔2019〕6号\n\n要加快建设数据中心。\n\n国务院办公厅\n2019年1月22日\n",
     (2019, "国务院办公厅", NATIONAL, "opinion")),
    ("n.txt", "国务院关于印发数字经济规划的通知\n国发〔2018〕41号\n\n现将规划印发给你们。\n", (2018, "国务院", NATIONAL, "notice")),
    ("c.txt", "专利代理条例\n\n第一条　为了规范专利代理行为，制定本条例。\n", (None, None, "", "regulation")),
    ("a.txt", "数字经济\n\n张三 李四\n\n要发展数字经济。\n", (None, None, "", "commentary")),
])
def test_profile_of_a_document(name: str, text: str, expected: tuple) -> None:
    page = layout(Source(name, text))
    found = profile(page.articles[0], text)
    assert (found.year, found.issuer, found.region, found.genre.value) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("根据《中华人民共和国专利法》，制定本条例。", [("中华人民共和国专利法", None, "根据")]),
    ("按照《国务院关于优化科研管理的通知》（国发〔2018〕25号）要求，抓好落实。",
     [("国务院关于优化科研管理的通知", "国发〔2018〕25号", "按照")]),
    ("要按照国办发〔1993〕71号文件的规定，负责提供费用。", [(None, "国办发〔1993〕71号", "按照")]),
    ("《人民日报》发表评论。认真学习《毛泽东选集》。", []),
    ("提请大会审议《纲要（草案）》。", []),
])
def test_citations_of_a_sentence(text: str, expected: list) -> None:
    article = layout(Source("t.txt", f"关于测试的通知\n\n{text}\n")).articles[0]
    cites = extract_citations(article)
    assert [(c.title, c.identifier, c.frame) for c in cites] == expected
    assert all(text[c.evidence.start - article.paragraphs[0].start:][:2] == c.evidence.quote[:2] for c in cites)


def test_citations_resolve_to_documents_of_the_graph_else_external() -> None:
    cited = kg.read_text("国务院关于印发数字经济发展规划的通知\n国发〔2018〕41号\n\n现将规划印发给你们。\n", name="a.txt")
    citing = kg.read_text("关于落实数字经济工作的意见\n\n按照国发〔2018〕41号要求，依据《数字经济发展规划》和"
                          "《中华人民共和国网络安全法》，加快建设数据中心。\n", name="b.txt")
    other = kg.read_text("关于网络安全的通知\n\n根据《网络安全法》，加强网络安全。\n", name="c.txt")
    issuing = kg.read_text("关于印发数据安全方案的通知\n\n《数据安全工作方案》已经国务院同意，现印发给你们，请认真贯彻执行。\n",
                           name="d.txt")  # the plan a notice issues is its attachment, not a document it cites
    graph = kg.Graph([cited, citing, other, issuing])
    rows = graph.query((Path(kg.__file__).parent / "graph" / "queries" / "citations.rq").read_text(encoding="utf-8"))
    assert {r["title"] for r in rows if not r["cited"]} == {"数据安全工作方案"}
    found = {(r["title"] or r["identifier"], r["external"] == "true") for r in rows if r["cited"]}
    assert found == {("国发〔2018〕41号", False), ("数字经济发展规划", False), ("中华人民共和国网络安全法", True),
                     ("网络安全法", True)}
    assert all("数字经济" in r["quote"] or "网络安全" in r["quote"] for r in rows if r["cited"])
    hubs = graph.query((Path(kg.__file__).parent / "graph" / "queries" / "cited-hubs.rq").read_text(encoding="utf-8"))
    assert [(h["label"], h["documents"]) for h in hubs] == [("《中华人民共和国网络安全法》", "2")]


@pytest.mark.parametrize("text", [
    "关于转发数据安全方案的通知\n\n《数据安全工作方案》已经国务院同意，现转发给你们，请认真贯彻执行。\n",
    "關於轉發數據安全方案的通知\n\n《數據安全工作方案》已經國務院同意，現轉發給你們，請認真貫徹執行。\n",
])
def test_the_plan_a_notice_transmits_is_no_citation_in_either_script(text: str) -> None:
    graph = kg.Graph([kg.read_text(text, name="d.txt")])
    rows = graph.query((Path(kg.__file__).parent / "graph" / "queries" / "citations.rq").read_text(encoding="utf-8"))
    assert [r["title"] for r in rows] and not any(r["cited"] for r in rows)


@pytest.mark.parametrize("text", [
    "关于转发数据安全方案的通知\n国办发〔2030〕7号\n\n《数据安全工作方案》已经国务院同意，现转发给你们，请认真贯彻执行。"
    "依据《中华人民共和国网络安全法》，加强数据安全。\n",
    "關於轉發數據安全方案的通知\n國辦發〔2030〕7號\n\n《數據安全工作方案》已經國務院同意，現轉發給你們，請認真貫徹執行。"
    "依據《中華人民共和國網絡安全法》，加強數據安全。\n",
])
def test_the_documents_a_notice_cites_leave_out_the_plan_it_transmits_in_either_script(text: str) -> None:
    from kg.ask.history import history_answer

    index = Index.of_rows([document_rows(kg.read_text(text, name="d.txt"))])
    answer = history_answer(index, "国办发〔2030〕7号依据了哪些文件？")
    assert answer is not None
    labels = [line.label for group in answer.groups for line in group.lines]
    assert len(labels) == 1 and "安全法" in labels[0]


def _reports(*pairs: tuple[int, str]) -> Index:
    return Index.of_rows(document_rows(kg.read_text(REPORT.format(year=y, n="一", body=body), name=f"{y}.txt"))
                         for y, body in pairs)


def test_trend_counts_the_text_and_leaves_years_without_a_document_empty() -> None:
    index = _reports((2021, "要发展数字经济。"), (2023, "加快发展数字经济，推动数字经济和实体经济融合。"), (2024, "要稳定就业。"))
    rows = trend(index, "数字经济").rows
    assert [(r.year, r.count, r.statements) for r in rows] == [(2021, 1, 1), (2022, None, None), (2023, 2, 2), (2024, 0, 0)]
    assert rows[1].per_10k is None and rows[3].per_10k == 0


def test_diffusion_names_the_first_year_with_its_sentence() -> None:
    index = Index.of_rows([
        *(document_rows(kg.read_text(REPORT.format(year=y, n="一", body=b), name=f"{y}.txt"))
          for y, b in ((2023, "要稳定就业。"), (2024, "积极打造低空经济等新增长引擎。"))),
        *(document_rows(kg.read_text(PROVINCE.format(year=y, province=p, body=b), name=f"{p}{y}.txt"))
          for y, p, b in ((2025, "安徽省", "发展低空经济。"), (2026, "安徽省", "壮大低空经济。"), (2025, "甘肃省", "稳定就业。")))])
    firsts = {f.scope: f for f in diffusion(index, "低空经济")}
    assert (firsts["national"].year, firsts["national"].quote) == (2024, "积极打造低空经济等新增长引擎。")
    assert (firsts["安徽省"].year, firsts["甘肃省"].year) == (2025, None)
    assert list(firsts) == ["national", "安徽省", "甘肃省"]


def test_trend_command_formats(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for year, body in ((2021, "要发展数字经济。"), (2023, "推动数字经济和实体经济融合。")):
        (folder / f"{year}.txt").write_text(REPORT.format(year=year, n="一", body=body), encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(app, ["build", str(folder), "-o", str(tmp_path / "out"), "--no-page", "--workers", "1"]).exit_code == 0
    graph = str(tmp_path / "out" / "graph.ttl")
    data = json.loads(runner.invoke(app, ["trend", "数字经济", "-g", graph, "--format", "json"]).output)
    assert [(r["scope"], r["year"], r["count"]) for r in data["rows"]] == [("national", 2021, 1), ("national", 2022, None),
                                                                           ("national", 2023, 1)]
    table = list(csv.reader(runner.invoke(app, ["trend", "数字经济", "-g", graph, "--format", "csv"]).output.splitlines()))
    assert table[2][:3] == ["national", "2022", ""]
    chart = tmp_path / "t.png"
    result = runner.invoke(app, ["trend", "数字经济", "-g", graph, "--format", "png", "-o", str(chart)])
    assert result.exit_code == 0 and chart.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    bad = runner.invoke(app, ["trend", "数字经济", "-g", graph, "--by", "month"])
    assert bad.exit_code == 1 and "Traceback" not in bad.output


@pytest.mark.parametrize("by", [By.YEAR, By.REGION])
def test_a_chart_draws_every_chinese_glyph_where_a_chinese_font_is_installed(by: By, tmp_path: Path) -> None:
    from matplotlib import font_manager

    fonts = [f for f in font_manager.findSystemFonts() if "CJK" in f or "wqy" in f.lower()]
    require_program(fonts[0] if fonts else None, "a Chinese font (apt-get install fonts-noto-cjk)")
    rows = (TrendRow("广东省", 2023, 2, 0.5, 1), TrendRow("广东省", 2024, 3, 0.7, 1))
    found = Trend("数字经济", by, Within.PROVINCIAL, "政府工作报告", rows)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a glyph missing from the font is a warning
        chart(found, tmp_path / "数字经济.png")
    assert (tmp_path / "数字经济.png").stat().st_size > 0


# -- the corpus --------------------------------------------------------------------------------

FOLDERS = ("gwr_national", "gwr_provincial_2025", "gwr_provincial_2026")


def _manifest(folder: Path) -> list[dict[str, str]]:
    with (folder / "manifest.tsv").open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


@pytest.fixture(scope="module")
def corpus_pages() -> dict[str, tuple[Path, DocumentFacts]]:
    """Every document of the national and provincial folders laid out (no extraction), by manifest file name."""
    corpus = require_shared() / "corpus"
    pages = {}
    for folder in FOLDERS:
        for row in _manifest(corpus / folder):
            source = read(corpus / row["file"], name=row["file"])
            page = with_metadata(layout(source), source)
            pages[row["file"]] = (corpus / row["file"], DocumentFacts(page, tuple(ArticleFacts(a) for a in page.articles)))
    return pages


@pytest.mark.parametrize("folder", FOLDERS)
def test_year_issuer_region_genre_of_every_report(folder: str, corpus_pages) -> None:
    corpus = require_shared() / "corpus"
    for row in _manifest(corpus / folder):
        _, facts = corpus_pages[row["file"]]
        found = profile(facts.articles[0].article, facts.page.source.text)
        year = int(row["year"] or row["date"][:4] or row["title"][:4])
        province = "" if folder == "gwr_national" else next(
            full for full, short in PROVINCES if short in row["file"].rsplit("/", 1)[-1])
        expected = (year, "国务院" if not province else f"{province}人民政府", province or NATIONAL, "report", "政府工作报告")
        assert (found.year, found.issuer, found.region, found.genre.value, found.kind) == expected, row["file"]


@pytest.fixture(scope="module")
def reports_index(corpus_pages) -> Index:
    return Index.of_rows(document_rows(facts) for _, facts in corpus_pages.values())


@pytest.mark.parametrize("term", ["新质生产力", "人工智能", "乡村振兴"])
def test_national_trend_over_the_corpus(term: str, reports_index: Index, corpus_pages) -> None:
    corpus = require_shared() / "corpus"
    files = {int(r["year"]): corpus / r["file"] for r in _manifest(corpus / "gwr_national")}
    rows = trend(reports_index, term, by=By.YEAR, within=Within.NATIONAL).rows
    assert [r.year for r in rows] == list(range(1954, 2026))
    for r in rows:
        plain = files[r.year].read_text(encoding="utf-8").count(term) if r.year in files else None
        assert r.count == plain, r.year
    assert {r.year for r in rows if r.count is None} >= {1961, 1970, 1989, 1996, 2020}
    if term == "新质生产力":  # first named in 2024: 0 in 2023, no document in 2020
        assert [r.count for r in rows if r.year in (2020, 2023)] == [None, 0]
        assert all(r.count for r in rows if r.year in (2024, 2025))


def test_workbench_timeline_and_citations(tmp_path: Path) -> None:
    from kg.corpus.build import build
    from tests.browser import served_page
    from tests.test_workbench import READY, serve

    folder = tmp_path / "in"
    folder.mkdir()
    for year, body in ((2021, "要发展数字经济。"), (2023, "推动数字经济和实体经济融合。")):
        (folder / f"{year}.txt").write_text(REPORT.format(year=year, n="一", body=body), encoding="utf-8")
    (folder / "o.txt").write_text("关于落实数字经济工作的意见\n\n依据《中华人民共和国网络安全法》，加快建设数据中心。\n", encoding="utf-8")
    build([folder], tmp_path / "out", workers=1, page=False)
    server, url = serve(tmp_path / "out" / "graph.ttl")
    with server, served_page(url) as (page, requests, errors):
        page.wait_for_function(READY, timeout=60_000)
        page.locator('#tabs button[data-tab="timeline"]').click()
        page.fill("#term", "数字经济")
        page.locator("#trendform button").click()
        page.wait_for_selector("#trendchart svg path", state="attached")
        assert page.locator("#trendchart svg path").first.get_attribute("d").count("M") == 2  # 2022 has no report: a gap
        assert page.locator("#trendrows tr.nodata").all_inner_texts()[0].split()[:3] == ["全国", "2022", "无文件"]
        page.locator('#tabs button[data-tab="reader"]').click()
        page.select_option("#doc", page.evaluate("[...document.querySelectorAll('#doc option')].find(o => o.textContent.includes('落实')).value"))
        page.wait_for_selector("#cites a.cite")
        assert page.locator("#cites a.cite").all_inner_texts() == ["依据 《中华人民共和国网络安全法》"]
        page.locator("#cites a.cite").first.click()
        page.wait_for_function("(window.policykgRange || '').includes('网络安全法')")
    assert requests == [] and errors == []
