from __future__ import annotations

import os
from pathlib import Path

import pytest

from kg.layout import layout
from kg.model import Article, Source

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_0fb8d67e876dad19.txt"
SHARED = ROOT.parent / "shared"


def require_shared() -> Path:
    """The shared folder beside the checkout; in CI its absence is a failure, elsewhere a skip."""
    if (SHARED / "eval" / "score.py").is_file():
        return SHARED
    if os.environ.get("POLICYKG_REQUIRE_SHARED"):
        pytest.fail(f"{SHARED} is missing but CI requires it")
    pytest.skip("../shared (gold, scorer, corpus) is not beside this checkout")


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
