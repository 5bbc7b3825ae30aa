import codecs
import os

import pytest

from kg.errors import InputError
from kg.text.sources import decode, expand, read

TEXT = "加快发展智能制造。\n推动产业链供应链优化升级。\n"


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        TEXT.encode("gbk"),
        TEXT.encode("gb18030"),
        TEXT.encode("utf-16"),
        TEXT.encode("utf-16-le"),
        TEXT.encode("utf-16-be"),
        TEXT.replace("\n", "\r\n").encode("utf-8"),
    ],
    ids=["utf8", "utf8-bom", "gbk", "gb18030", "utf16-bom", "utf16le", "utf16be", "crlf"],
)
def test_decodes_every_supported_encoding(data):
    assert decode(data, name="x.txt") == TEXT


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty file"),
        (b"  \n\n ", "empty file"),
        (bytes(range(256)) * 4, "binary file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        ("目标".encode() + b"\xff\xfe\xfa\xfb\x80\x81", "cannot decode"),
    ],
)
def test_bad_bytes_are_refused_with_a_reason(data, message):
    with pytest.raises(InputError, match=message):
        decode(data, name="bad.txt")


def test_folders_are_walked_sorted_and_missing_paths_refused(tmp_path):
    (tmp_path / "b.txt").write_text("乙", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("甲", encoding="utf-8")
    (tmp_path / "notes.md").write_text("x", encoding="utf-8")
    assert [p.name for p in expand([tmp_path])] == ["b.txt", "a.txt"]
    with pytest.raises(InputError, match="no such file"):
        expand([tmp_path / "missing.txt"])


def test_read_names_the_file(tmp_path):
    path = tmp_path / "报告.txt"
    path.write_bytes(TEXT.encode("gbk"))
    source = read(path)
    assert (source.name, source.text) == ("报告.txt", TEXT)


# --- legacy East Asian encodings ------------------------------------------------------------------

JAPANESE = "日本国憲法は、国民主権、基本的人権の尊重、平和主義を基本原則としています。政府はデジタル化を推進します。"
KOREAN = "대한민국은 민주공화국이다. 대한민국의 주권은 국민에게 있고, 모든 권력은 국민으로부터 나온다."


def traditional(text):
    from opencc import OpenCC

    return OpenCC("s2tw").convert(text)


@pytest.mark.parametrize(("text", "encoding"), [
    ("发展数字经济", "gb18030"),  # six characters: too short for a detector that reads it as Korean
    ("加快建设数据中心，推进算力网络建设。", "gbk"),
    (traditional("加快建设数据中心，推进算力网络建设。"), "big5"),
    (traditional("发展数字经济"), "cp950"),
    (traditional(TEXT), "big5"),
])
def test_chinese_in_legacy_encodings_reads_exactly(text, encoding):
    assert decode(text.encode(encoding), name="x.txt") == text


@pytest.mark.parametrize(("text", "encoding", "message"), [
    (JAPANESE, "shift_jis", "reads as Japanese (Shift-JIS), not Chinese text"),
    (JAPANESE, "euc_jp", "reads as Japanese (EUC-JP), not Chinese text"),
    (KOREAN, "euc_kr", "reads as Korean (EUC-KR), not Chinese text"),
    ("Grüße aus München, schönes Wetter", "latin-1", "x.txt: not Chinese text"),
    ("Le gouvernement a présenté un plan régional très ambitieux.", "latin-1", "x.txt: cannot decode"),
])
def test_other_languages_are_refused_never_mojibake(text, encoding, message):
    with pytest.raises(InputError, match=message.replace("(", r"\(").replace(")", r"\)")):
        decode(text.encode(encoding), name="x.txt")


def test_a_big5_seed_page_gives_the_goals_of_its_utf8_twin(tmp_path):
    from kg.extract import extract_document
    from tests.conftest import SEED

    text = traditional(SEED.read_text(encoding="utf-8"))
    big5, utf8 = tmp_path / "big5.txt", tmp_path / "utf8.txt"
    big5.write_bytes(text.encode("big5"))
    utf8.write_text(text, encoding="utf-8")
    assert read(big5).text == text

    def goals(path):
        return [s.label for a in extract_document(read(path)).articles for s in a.statements if s.kind == "goal"]

    assert goals(big5) == goals(utf8) and len(goals(big5)) >= 3


def test_corpus_documents_read_exactly_in_gb18030_and_big5():
    from tests.conftest import require_shared

    corpus = sorted((require_shared() / "corpus").rglob("*.txt"))[::20]
    for path in corpus:
        text = path.read_text(encoding="utf-8")
        assert decode(text.encode("gb18030"), name=path.name) == text
        tw = traditional(text)
        data = tw.encode("big5", errors="ignore")
        assert decode(data, name=path.name) == data.decode("big5")


# --- folders and names --------------------------------------------------------------------------

def test_a_file_name_that_is_not_utf8_is_one_line_and_the_rest_gathered(tmp_path):
    from kg.text.sources import gather

    (tmp_path / "好.txt").write_text("甲", encoding="utf-8")
    os.close(os.open(os.fsencode(tmp_path) + b"/\xff\xfe.txt", os.O_CREAT | os.O_WRONLY))
    (tmp_path / "换行\n名.txt").write_text("乙", encoding="utf-8")
    found = gather([tmp_path])
    assert [name for _, name in found.files] == ["好.txt"]
    assert sorted(line.rsplit("/", 1)[-1] for line in found.failures) == [
        "\\xff\\xfe.txt: file name is not valid UTF-8 text; rename it",
        "换行\\n名.txt: file name is not valid UTF-8 text; rename it"]
    assert all("\n" not in line for line in found.failures)


def test_special_files_and_broken_links_are_named(tmp_path):
    from kg.text.sources import gather

    (tmp_path / "a.txt").write_text("甲", encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    found = gather([tmp_path])
    assert [name for _, name in found.files] == ["a.txt"]
    assert sorted(line.rsplit("/", 1)[-1] for line in found.failures) == [
        "gone.txt: broken link", "pipe.txt: not a regular file"]
    with pytest.raises(InputError, match="not a regular file"):
        read(tmp_path / "pipe.txt")  # refused at once, not blocked on the pipe
