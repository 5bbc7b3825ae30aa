from pathlib import Path

import pytest

from kg.model import Source
from kg.text import lines
from kg.text.layout import is_heading, layout
from kg.text.lines import Head, LineKind

from .conftest import require_shared


def test_seed_page_has_three_articles_with_their_metadata(seed_page):
    arts = seed_page.articles
    assert [a.title for a in arts] == ["抢抓人工智能发展重大机遇", None, "推进产业智能化绿色化融合化"]
    assert [a.authors for a in arts] == [("李涛", "徐翔"), (), ("肖洪波", "余永华")]
    assert arts[0].column == "学习贯彻中央经济工作会议精神"
    assert arts[1].affiliation.startswith("中国宏观经济研究院")
    assert arts[2].affiliation.startswith("江西省")
    assert seed_page.editors == ("李子娇", "高妍")


def test_seed_page_furniture_never_reaches_articles(seed_page):
    text = "".join(p.text for a in seed_page.articles for p in a.paragraphs)
    for word in ("本版编辑", "美编", "来稿邮箱", "jrbll@sina.com", "作者系"):
        assert word not in text


@pytest.mark.parametrize(
    "joined",
    ["促进技术成果商业化应用", "加强人工智能在社会服务中的深度应用", "智能制造装备加速研制",
     "发展新能源、新材料", "构建现代化产业体系要让产业", "抢抓新一轮人工智能发展机遇"],
)
def test_seed_page_line_breaks_are_repaired(seed_page, joined):
    assert any(joined in p.text for a in seed_page.articles for p in a.paragraphs)


def test_offsets_point_back_into_the_source(seed_page, seed_text):
    para = next(p for a in seed_page.articles for p in a.paragraphs if "促进技术成果商业化应用" in p.text)
    i = para.text.index("促进技术成果商业化应用")
    span = para.span(i, i + len("促进技术成果商业化应用"))
    assert "".join(seed_text[span.start:span.end].split()) == "促进技术成果商业化应用"


TWO_ARTICLES = """专栏名称

发展新质生产力

王明 赵亮

要加快发展新质生产力。

(作者系某大学教授)

建设数字中国

陈平

要推进数字中国建设，加快数字

基础设施建设。

本版编辑 刘洋
"""


def test_two_articles_broken_line_and_furniture():
    page = layout(Source("p.txt", TWO_ARTICLES))
    assert [(a.title, a.authors) for a in page.articles] == [
        ("发展新质生产力", ("王明", "赵亮")), ("建设数字中国", ("陈平",))]
    assert page.articles[0].column == "专栏名称"
    assert page.articles[0].affiliation == "某大学教授"
    assert page.articles[1].paragraphs[0].text == "要推进数字中国建设，加快数字基础设施建设。"
    assert page.editors == ("刘洋",)
    assert all("本版编辑" not in p.text for a in page.articles for p in a.paragraphs)


def test_article_without_headline_gets_no_invented_title():
    text = "第一篇\n\n张三 李四\n\n要加快发展。\n\n(作者系研究员)\n\n制造业是立国之本。要推动制造业高质量发展。\n\n(作者系教授)\n"
    page = layout(Source("p.txt", text))
    assert [a.title for a in page.articles] == ["第一篇", None]
    assert page.articles[1].affiliation == "教授"


@pytest.mark.parametrize(("text", "title", "first"), [
    ("一、去年\n\n去年，这里没有任何组织。\n", None, "一、去年"),  # the body's first part opens the text
    ("（译自档案俄文稿）\n\n现在我代表委员会作报告。\n", None, "（译自档案俄文稿）"),  # a note on the text
    ("关于发展海洋经济的报告\n\n现在我代表委员会作报告。\n", "关于发展海洋经济的报告", "现在我代表委员会作报告。"),
])
def test_a_numbered_heading_or_a_note_opening_a_text_is_no_title(text, title, first):
    article = layout(Source("p.txt", text)).articles[0]
    assert (article.title, article.paragraphs[0].text) == (title, first)


@pytest.mark.parametrize(("text", "expected"), [
    ("科技创新与产业应用相互促进", True), ("一、总体要求", True),
    ("一是夯实算力基础。智能算力是底座。", False), ("要加快发展，推动升级", False),
])
def test_is_heading(text, expected):
    assert is_heading(text) is expected


@pytest.mark.parametrize(("text", "title", "first"), [
    ("以改革为动力，加快建设海洋强省——论学习贯彻全会精神\n看港口，更加繁忙。码头吞吐量持续增长。\n",
     "以改革为动力，加快建设海洋强省——论学习贯彻全会精神", "看港口，更加繁忙。码头吞吐量持续增长。"),
    ("各位代表，现在我代表省人民政府\n向大会报告工作，请予审议。\n", None,  # a speech cut over two lines
     "各位代表，现在我代表省人民政府向大会报告工作，请予审议。"),
])
def test_a_first_line_of_two_phrases_is_a_headline(text, title, first):
    article = layout(Source("p.txt", text)).articles[0]
    assert article.title == title
    assert article.paragraphs[0].text == first


@pytest.mark.parametrize("text", [
    "港口之变（评论员观察）\n本版今起推出系列评论，与读者一起探讨港口发展。\n——编者\n港口是开放的窗口。要加快建设智慧港口。\n",
    "港口之变（评论员观察）\n编者按：本版今起推出系列评论，与读者一起探讨港口发展。\n港口是开放的窗口。要加快建设智慧港口。\n",
])
def test_an_editors_note_is_no_part_of_the_article(text):
    article = layout(Source("p.txt", text)).articles[0]
    assert article.title == "港口之变（评论员观察）"
    assert [p.text for p in article.paragraphs] == ["港口是开放的窗口。要加快建设智慧港口。"]


def test_a_title_closed_by_a_bracketed_column_takes_no_further_line():
    text = "港口之变（评论员观察）\n建设智慧港口的过程也是港口转型升级的过程\n港口是开放的窗口。\n"
    article = layout(Source("p.txt", text)).articles[0]
    assert article.title == "港口之变（评论员观察）"


OFFICIAL = """国务院关于加快推进农业机械化和
农机装备产业转型升级的指导意见
国发〔2018〕42号
各省、自治区、直辖市人民政府：
为加快推进农业机械化和农机装备产业转型升级，现提出以下意见。
一、总体要求
（一）完善农机装备创新体系。加快推进农机装备创新。（工业和信息化部、农业农村部等负责）
国务院
2018年12月21日
（此件公开发布）
"""


def test_official_document_title_number_issuer_date():
    page = layout(Source("d.txt", OFFICIAL))
    (art,) = page.articles
    assert art.title == "国务院关于加快推进农业机械化和农机装备产业转型升级的指导意见"
    assert (art.identifier, art.issuer, art.issued) == ("国发〔2018〕42号", "国务院", "2018-12-21")
    assert all("此件公开发布" not in p.text and p.text != "国务院" for p in art.paragraphs)


def test_report_speaker_without_ideographic_spaces():
    text = "政府工作报告\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n国务院总理李　强\n各位代表：\n现在，我代表国务院报告工作。\n"
    (art,) = layout(Source("r.txt", text)).articles
    assert (art.title, art.authors, art.affiliation, art.issued) == ("政府工作报告", ("李强",), "国务院总理", "2024-03-05")


def test_corpus_state_council_document():
    path = (require_shared() / "corpus" / "state_council_2018_2019" /
            "国发〔2018〕42号_国务院关于加快推进农业机械化和农机装备产业转型升级的指导意见.txt")
    (art,) = layout(Source(path.name, Path(path).read_text(encoding="utf-8"))).articles
    assert art.title == "国务院关于加快推进农业机械化和农机装备产业转型升级的指导意见"
    assert art.identifier == "国发〔2018〕42号"


@pytest.mark.parametrize(("head", "title", "issued", "authors"), [
    ("2025年某省政府工作报告\n来源 : 某某日报\n——2025年1月15日在某省第十四届人民代表大会第三次会议上\n某省省长 王伟中\n",
     "2025年某省政府工作报告", "2025-01-15", ("王伟中",)),
    ("2025年某省政府工作报告\n2025年1月20日在某省第十四届人民代表大会第四次会议上\n",
     "2025年某省政府工作报告", "2025-01-20", ()),
    ("政府工作报告\n——2026年1月26日在某省第十四届\n人民代表大会第五次会议上\n某省省长 孟凡利\n",
     "政府工作报告", "2026-01-26", ("孟凡利",)),
    ("政府工作报告（2026年1月27日在某省第十四届人民代表大会第四次会议上）\n", "政府工作报告", "2026-01-27", ()),
    ("2026年某自治区政府工作报告\n——2026年1月27日在某自治区第十四届人民代表大会第四次会议上\n时间：2026-02-12\n自治区主席 艾尔肯·吐尼亚孜\n",
     "2026年某自治区政府工作报告", "2026-01-27", ("艾尔肯·吐尼亚孜",)),
    ("2025年某省政府工作报告\n来源：某某日报\n2025年1月14日在某省第十四届人民代表大会第三次会议上某省代省长刘捷作政府工作报告\n",
     "2025年某省政府工作报告", "2025-01-14", ("刘捷",)),  # occasion and speaker on one line
    ("2025年某市政府工作报告\n2025年1月14日在某市第十六届人民代表大会第三次会议上某市市长 殷勇同志作政府工作报告。\n",
     "2025年某市政府工作报告", "2025-01-14", ("殷勇",)),
])
def test_report_occasion_source_lines_and_speaker_stay_out_of_the_title(head, title, issued, authors):
    text = head + "各位代表：\n现在，我代表省人民政府，向大会报告工作。\n一、推进高质量发展\n要加快建设数据中心。\n"
    art = layout(Source("r.txt", text)).articles[0]
    assert (art.title, art.issued, art.authors) == (title, issued, authors)


def test_the_premier_signs_a_state_council_order_without_writing_it():
    text = ("中华人民共和国国务院令\n第707号\n现公布修订后的《某某条例》，自2019年1月1日起施行。\n"
            "总理　　李克强\n2018年12月18日\n某某条例\n第一条　为了规范某某行为，制定本条例。\n")
    art = layout(Source("o.txt", text)).articles[0]
    assert (art.identifier, art.issuer, art.issued, art.authors) == (
        "中华人民共和国国务院令第707号", "国务院", "2018-12-18", ())


@pytest.mark.parametrize(("text", "title", "affiliation", "genre"), [
    # a theory article: its headline, the institution its author works at, its body
    ("坚持以人民为中心是成功之道\n某某市社会主义思想研究中心\n要始终坚持人民至上。\n",
     "坚持以人民为中心是成功之道", "某某市社会主义思想研究中心", "commentary"),
    ("改革开放，新时代的“关键一招”（评论员观察）\n过去，我们解决了温饱问题。\n",  # a quoted term closes the headline
     "改革开放，新时代的“关键一招”（评论员观察）", None, "commentary"),
    ("关于建设某某大学\n某某大学的批复\n要加快建设。\n", "关于建设某某大学某某大学的批复", None, "official"),
    ("某某师范大学2024年工作要点\n某某师范大学\n要加快建设一流学科。\n", "某某师范大学2024年工作要点", "某某师范大学", "official"),
])
def test_a_headline_with_its_authors_institution_is_a_signed_article(text, title, affiliation, genre):
    art = layout(Source("a.txt", text)).articles[0]
    assert (art.title, art.affiliation, art.genre.value) == (title, affiliation, genre)


def test_a_speech_with_its_speaker_stays_an_official_text():
    text = "在全省经济工作会议上的讲话\n张三\n（2023年12月20日）\n同志们：\n要加快建设现代化产业体系。\n"
    assert layout(Source("s.txt", text)).articles[0].genre.value == "official"


def test_the_president_signs_an_order_that_promulgates_a_law():
    text = ("中华人民共和国主席令\n（九届第12号）\n《某某法》已由全国人民代表大会常务委员会通过，现予公布。\n"
            "中华人民共和国主席　张三\n2000年10月31日\n某某法\n第一条　为了规范某某行为，制定本法。\n")
    art = layout(Source("o.txt", text)).articles[0]
    assert (art.title, art.identifier, art.issuer, art.issued, art.authors) == (
        "某某法", "中华人民共和国主席令（九届第12号）", "中华人民共和国主席", "2000-10-31", ())


@pytest.mark.parametrize(("text", "paragraphs"), [
    # a reprint whose lines were cut at a fixed width: an article goes on until its full stop, and a line that opens
    # with a comma goes on with the line before
    ("某某条例\n\n第一条为了规范管理，加强\n，提高效率，制定本条\n例。\n",
     ["第一条为了规范管理，加强，提高效率，制定本条例。"]),
    ("某某条例\n\n第一条\n为了规范管理，制定本条例。\n", ["第一条", "为了规范管理，制定本条例。"]),  # a bare article number
    ("某某条例\n\n第一条 立法目的\n为了规范管理，制定本条例。\n", ["第一条 立法目的", "为了规范管理，制定本条例。"]),  # a caption
    ("某某条例\n\n第一条 为了规范管理，制定本条例\n第二条 本条例适用于全国。\n",  # the next article starts anew
     ["第一条 为了规范管理，制定本条例", "第二条 本条例适用于全国。"]),
    # a table's rows of one width, and verse whose lines close with punctuation, are no reprint cut at a width
    ("统计公报\n\n" + "第一项重点指标      万元     1000\n" * 12 + "二、农业\n要稳定粮食生产。\n",
     ["第一项重点指标      万元     1000"] * 12 + ["二、农业", "要稳定粮食生产。"]),
    ("诗选\n\n" + "春风又绿江南岸边的杨柳，\n" * 12, ["春风又绿江南岸边的杨柳，" * 12]),
    # every line cut at 14 characters: a line of that width without a full stop goes on into the next
    ("某某条例\n\n" + "第一条为了规范某某管理工作制\n定本条例。\n" * 6 + "各级政府应当依法履行管理职责\n和义务。\n" * 6,
     ["第一条为了规范某某管理工作制定本条例。"] * 6 + ["各级政府应当依法履行管理职责和义务。"] * 6),
])
def test_lines_cut_inside_a_sentence_are_one_paragraph(text, paragraphs):
    assert [p.text for p in layout(Source("o.txt", text)).articles[0].paragraphs] == paragraphs


@pytest.mark.parametrize(("tail", "issued"), [
    ("《 人民日报 》（ 2018年06月06日 07 版）", "2018-06-06"),  # the credit line a newspaper's site prints
    ("《经济日报》（2024年3月5日 第 9 版）", "2024-03-05"),
    ("（这是在某次会议上讲话的一部分）", None),  # where a journal's text comes from
    ("※这是某同志在集体学习时讲话的节选。", None),
])
def test_credit_lines_and_origin_notes_are_furniture(tail, issued):
    text = f"推动数字经济健康发展\n要加快建设数据中心。\n{tail}\n"
    art = layout(Source("评论.txt", text)).articles[0]
    assert [p.text for p in art.paragraphs] == ["要加快建设数据中心。"]
    assert art.issued == issued


def test_an_item_line_opened_by_an_ordinal_word_is_not_joined_to_the_next():
    text = "政府工作报告\n第六，改进投资管理办法，提高投资效益\n这几年推行了投资包干责任制。\n"
    art = layout(Source("报告.txt", text)).articles[0]
    assert [p.text for p in art.paragraphs] == ["第六，改进投资管理办法，提高投资效益", "这几年推行了投资包干责任制。"]


@pytest.mark.parametrize(("text", "identifier", "issuer"), [
    ("某某省发展和改革委员会关于印发节能方案的通知\n某发改〔2024〕15号\n各市发展改革委：\n要加快节能改造。\n",
     "某发改〔2024〕15号", "某某省发展和改革委员会"),  # no signature: the title names the issuer
    ("国务院、中央军委关于同意营区迁建的批复\n国函〔2019〕9号\n同意营区迁建。\n", "国函〔2019〕9号", "国务院、中央军委"),
    ("关于印发节能方案的通知\n各市：\n某发改〔2024〕15号\n要加快节能改造。\n", "某发改〔2024〕15号", None),  # a 文号 line alone
])
def test_a_documents_number_and_the_issuer_its_title_names(text, identifier, issuer):
    art = layout(Source("通知.txt", text)).articles[0]
    assert (art.identifier, art.issuer) == (identifier, issuer)


# ---------------------------------------------------------------- the line classifiers of a document's head



@pytest.mark.parametrize(("classifier", "text", "head", "kind"), [
    (lines.occasion_end, "人民代表大会第三次会议上", Head(occasion=True), LineKind.OCCASION_END),
    (lines.occasion_end, "人民代表大会第三次会议上", Head(), None),  # no occasion began on the line before
    (lines.occasion_end, "人民代表大会第三次会议上", Head(occasion=True, body=1), None),
    (lines.furniture, "来源：某某日报", Head(), LineKind.FURNITURE),
    (lines.furniture, "责任编辑：王小明", Head(body=20), LineKind.FURNITURE),
    (lines.furniture, "（此件公开发布）", Head(body=20), LineKind.FURNITURE),
    (lines.furniture, "要加快建设数据中心。", Head(), None),
    (lines.number, "某发改〔2024〕15号", Head(), LineKind.NUMBER),
    (lines.number, "第707号", Head(body=1), LineKind.NUMBER),
    (lines.number, "某发改〔2024〕15号", Head(body=3), None),  # deep in the body: a citation
    (lines.number, "某发改〔2024〕16号", Head(fields=frozenset({"identifier"})), None),  # one number per document
    (lines.speaker, "某市代市长 张明", Head(), LineKind.SPEAKER),
    (lines.speaker, "关于某市市长张明", Head(), None),
    (lines.speaker, "某市代市长 张明", Head(authors=True), None),
    (lines.signature, "2019年1月24日", Head(body=8, last="某省人民政府"), LineKind.SIGNATURE),
    (lines.signature, "2019年1月24日", Head(body=8, last="要加快建设。"), None),  # no issuer above it
    (lines.signature, "2019年1月24日", Head(body=8, last="某省人民政府", fields=frozenset({"issuer"})), None),
    (lines.date, "2019年1月24日", Head(), LineKind.DATE),
    (lines.date, "（二〇一九年一月二十四日）", Head(body=2), LineKind.DATE),
    (lines.date, "2019年1月24日", Head(body=4), None),
    (lines.authors, "张三 李四", Head(), LineKind.AUTHORS),
    (lines.authors, "张　三", Head(), LineKind.AUTHORS),  # one name spaced out
    (lines.authors, "张三 李四", Head(body=1), None),
    (lines.authors, "数字经济", Head(), None),
    (lines.occasion_speaker, "2025年1月14日在某市第十六届人民代表大会第三次会议上某市市长 殷勇同志作政府工作报告",
     Head(), LineKind.OCCASION_SPEAKER),
    (lines.occasion_speaker, "2025年1月14日在某市第十六届人民代表大会第三次会议上", Head(), None),
    (lines.occasion, "——2024年3月5日在第十四届全国人民代表大会第二次会议上", Head(), LineKind.OCCASION),
    (lines.occasion, "2025年1月20日在某省第十四届人民代表大会第四次会议上", Head(), LineKind.OCCASION),
    (lines.occasion, "——2026年1月26日在某省第十四届", Head(), LineKind.OCCASION),  # broken over two lines
    (lines.occasion, "——2024年3月5日在第十四届全国人民代表大会第二次会议上", Head(body=1), None),
    (lines.title_again, "政府工作报告", Head(title=("2025年某省政府工作报告",)), LineKind.TITLE_AGAIN),
    (lines.title_again, "政府工作报告", Head(title=("2025年某省",)), None),  # the title is not complete yet
    (lines.title_again, "数字经济发展报告", Head(title=("2025年某省政府工作报告",)), None),
    (lines.title, "关于加快发展", Head(), LineKind.TITLE),
    (lines.title, "养老服务业的指导意见", Head(title=("关于加快发展",)), LineKind.TITLE),  # a title broken in two
    (lines.title, "一、总体要求", Head(title=("关于加快发展",)), None),  # a numbered heading is no part of it
    (lines.title, "一、总体要求", Head(title=("关于加快发展养老服务业的指导意见",)), None),
    (lines.title, "关于加快发展", Head(fields=frozenset({"identifier"})), None),  # after the number: the body
    (lines.title, "各市人民政府：", Head(), None),
])
def test_each_line_classifier(classifier, text, head, kind):
    line = classifier(text, head)
    assert (line.kind if line else None) is kind


@pytest.mark.parametrize(("text", "head", "kind", "fields", "authors"), [
    ("国务院总理　李强", Head(), LineKind.SPEAKER, {"role": "国务院总理"}, ("李强",)),
    ("2018年12月21日", Head(body=7, last="国务院"), LineKind.SIGNATURE, {"issuer": "国务院"}, ()),
    ("《 人民日报 》（ 2018年06月06日 07 版）", Head(body=9), LineKind.FURNITURE, {}, ()),
    ("——2024年3月5日在第十四届全国人民代表大会第二次会议上", Head(), LineKind.OCCASION, {"issued": "2024-03-05"}, ()),
    ("2025年1月14日在某省第十四届人民代表大会第三次会议上某省代省长刘捷作政府工作报告", Head(), LineKind.OCCASION_SPEAKER,
     {"issued": "2025-01-14", "role": "某省代省长"}, ("刘捷",)),
    ("现在，我代表省人民政府，向大会报告工作。", Head(), LineKind.BODY, {}, ()),
])
def test_classify_tries_the_classifiers_in_order_and_reads_what_a_line_gives(text, head, kind, fields, authors):
    line = lines.classify(text, head)
    assert (line.kind, dict(line.fields), line.authors) == (kind, fields, authors)


@pytest.mark.parametrize(("name", "text", "label"), [
    # no title line, no date: the title from the file, the year after the one its review looks back on, the issuer
    # it speaks for
    ("gwr/2016_政府工作报告.txt", "各位代表：\n现在，我代表国务院，向大会报告政府工作。\n一、2015年工作回顾\n去年经济平稳增长。\n",
     "2016年政府工作报告（国务院）"),
    ("报告.txt", "2026年某省政府工作报告\n——2026年1月27日在某省第十四届人民代表大会第四次会议上\n各位代表：\n"
     "现在，我代表某省人民政府，向大会报告工作。\n", "2026年某省政府工作报告"),  # the title names year and place
    ("意见.txt", "国务院关于发展海洋经济的意见\n国发〔2019〕4号\n要加快建设港口。\n", "2019年国务院关于发展海洋经济的意见"),
])
def test_a_documents_label_names_its_year_and_issuer(name, text, label):
    assert layout(Source(name, text)).articles[0].label == label


def test_the_year_of_an_undated_report_is_read_from_its_review():
    text = "政府工作报告\n各位代表：\n现在，我代表国务院，向大会报告政府工作。\n一、2024年工作回顾\n去年经济平稳增长。\n"
    art = layout(Source("报告.txt", text)).articles[0]
    assert (art.year, art.label) == (2025, "2025年政府工作报告（国务院）")


def test_reports_with_one_title_get_labels_that_tell_them_apart():
    body = "各位代表：\n现在，我代表国务院，向大会报告政府工作。\n一、{y}年工作回顾\n去年经济平稳增长。\n"
    arts = [layout(Source(f"gwr/{y + 1}_政府工作报告.txt", body.format(y=y))).articles[0] for y in range(2015, 2020)]
    assert len({a.title for a in arts}) == 1 and len({a.label for a in arts}) == 5
