from __future__ import annotations

import os
from pathlib import Path

import pytest

from kg.model import Article, Source
from kg.text.layout import layout

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_0fb8d67e876dad19.txt"
SHARED = ROOT.parent / "shared"


def require_shared() -> Path:
    """The shared folder beside the checkout; in CI its absence is a failure, elsewhere a skip."""
    if (SHARED / "eval" / "score.py").is_file():
        return SHARED
    if os.environ.get("POLICYKG_REQUIRE_SHARED"):
        pytest.fail(f"{SHARED} is missing but CI requires it")
    pytest.skip(f"needs ../shared (the gold annotation, the scorer and the corpus): no {SHARED}")


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_page(seed_text):
    return layout(Source(SEED.name, seed_text))


def article_of(text: str, title: str | None = "测试文章") -> Article:
    """One article from a hand-written body (paragraphs separated by blank lines)."""
    head = f"{title}\n\n张三 李四\n\n" if title else ""
    page = layout(Source("t.txt", head + text))
    return page.articles[0]


def require_program(path: Path | str | None, what: str) -> str:
    """A program the test needs; in CI (CI=true) its absence is a failure, elsewhere a skip."""
    if path and Path(path).is_file():
        return str(path)
    if os.environ.get("CI"):
        pytest.fail(f"{what} is missing but CI requires it")
    pytest.skip(f"{what} is not installed")


DOCS = {
    "甲.txt": "关于加快发展数字经济的意见\n\n一、加快建设数据中心\n\n（一）推进算力网络建设。要完善算力网络，"
             "加强人工智能和大数据应用。\n\n二、培育数字产业\n\n（二）发展工业互联网。推动制造业数字化转型。\n",
    "乙.txt": "关于推进农业机械化的意见\n\n一、提升农机装备水平\n\n（一）加强农机装备创新。要加快补齐短板，"
             "推广智能农机。\n",
    "丙.txt": "关于发展新能源汽车的通知\n\n一、完善充电基础设施\n\n（一）加快建设充电桩。推动新能源汽车下乡。\n",
}


@pytest.fixture
def small_corpus(tmp_path) -> Path:
    """Three short hand-written policy texts in one folder."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, text in DOCS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder
