import codecs

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
