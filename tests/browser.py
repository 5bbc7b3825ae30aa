"""Headless Chromium for page tests (Playwright driving Debian's chromium, network cut off)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]


def chromium_path() -> str:
    found = os.environ.get("POLICYKG_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    required = os.environ.get("POLICYKG_REQUIRE_BROWSER") or os.environ.get("CI")
    if not found:
        if required:
            pytest.fail("chromium is missing but CI requires it (apt-get install chromium)")
        pytest.skip("chromium is not installed")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        if required:
            pytest.fail("playwright is missing but CI requires it (pip install -e '.[test]')")
        pytest.skip("playwright is not installed")
    return found


@contextmanager
def offline_page(path: Path) -> Iterator[tuple[object, list[str], list[str]]]:
    """The page at ``path`` in headless Chromium; every non-file request is aborted and recorded,
    and every dialog (alert, confirm) is recorded and dismissed."""
    from playwright.sync_api import sync_playwright

    executable = chromium_path()
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=executable, args=FLAGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            requests: list[str] = []
            dialogs: list[str] = []

            def route(r):  # type: ignore[no-untyped-def]
                if r.request.url.startswith("file:"):
                    r.continue_()
                else:
                    requests.append(r.request.url)
                    r.abort()

            page.route("**/*", route)
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            page.goto(path.resolve().as_uri())
            yield page, requests, dialogs
        finally:
            browser.close()


@contextmanager
def served_page(url: str) -> Iterator[tuple[object, list[str], list[str]]]:
    """The page at ``url`` in headless Chromium; requests to any other origin are aborted and recorded,
    and so are uncaught page errors (in the second list)."""
    from urllib.parse import urlsplit

    from playwright.sync_api import sync_playwright

    executable = chromium_path()
    origin = "{0.scheme}://{0.netloc}/".format(urlsplit(url))
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=executable, args=FLAGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 900}, accept_downloads=True)
            requests: list[str] = []
            errors: list[str] = []

            def route(r):  # type: ignore[no-untyped-def]
                if r.request.url.startswith(origin):
                    r.continue_()
                else:
                    requests.append(r.request.url)
                    r.abort()

            page.route("**/*", route)
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto(url)
            yield page, requests, errors
        finally:
            browser.close()
