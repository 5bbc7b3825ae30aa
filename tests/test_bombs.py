"""Files that unpack to far more than they weigh are skipped with one line, in bounded time and
memory, and the rest of the folder builds."""

from __future__ import annotations

import resource
import time

import pytest

import kg.text.sources as sources
from kg.corpus.build import build
from kg.errors import InputError
from tests.bombs import docx_bomb, flate_bomb_pdf, many_pages_pdf
from tests.conftest import SEED


@pytest.fixture
def small_limits(monkeypatch):
    monkeypatch.setattr(sources, "READ_MEMORY_MB", 200.0)
    monkeypatch.setattr(sources, "READ_SECONDS", 10.0)


@pytest.mark.parametrize(("make", "words"), [
    (lambda d: flate_bomb_pdf(d / "炸弹.pdf", megabytes=400), "not a readable PDF"),
    (lambda d: many_pages_pdf(d / "页.pdf", pages=2500), "more than 2000 pages"),
    (lambda d: many_pages_pdf(d / "谎.pdf", pages=2500, count=1), "more than 2000 pages"),
    (lambda d: docx_bomb(d / "包.docx", megabytes=80), "unpacks to 80 MB"),
])
def test_a_bomb_is_refused_in_one_line_within_its_bounds(tmp_path, small_limits, make, words):
    path = make(tmp_path)
    start = time.monotonic()
    with pytest.raises(InputError) as refused:
        sources.read(path, name=path.name)
    assert time.monotonic() - start < 10
    assert words in str(refused.value) and "\n" not in str(refused.value)
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss < 1024 * 1024  # this process never held a GB


def test_a_reader_that_runs_over_its_time_is_stopped(tmp_path, monkeypatch):
    def forever(data, label):
        while True:
            pass

    monkeypatch.setattr(sources, "_document_fields", forever)
    monkeypatch.setattr(sources, "READ_SECONDS", 1.0)
    page = tmp_path / "页.html"
    page.write_text("<html><body><p>推动制造业高质量发展。</p></body></html>", encoding="utf-8")
    start = time.monotonic()
    with pytest.raises(InputError, match="not read: it took over 1 s"):
        sources.read(page, name=page.name)
    assert time.monotonic() - start < 3


def test_the_folder_builds_beside_a_bomb(tmp_path, small_limits):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_bytes(SEED.read_bytes())
    flate_bomb_pdf(folder / "b.pdf", megabytes=400)
    report = build([folder], tmp_path / "out", workers=1, page=False)
    assert report.documents == 1
    assert [line.split(":")[0] for line in report.failures] == ["b.pdf"]
