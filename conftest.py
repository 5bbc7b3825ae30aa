"""Doctests make their folders (``tempfile.mkdtemp()``) inside pytest's own temporary directory, which pytest
prunes, so running the examples leaves nothing behind in the system's temporary folder."""

import tempfile

import pytest
from _pytest.doctest import DoctestItem


@pytest.fixture(autouse=True)
def _doctest_temporary_folder(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory,
                              monkeypatch: pytest.MonkeyPatch) -> None:
    if isinstance(request.node, DoctestItem):
        monkeypatch.setattr(tempfile, "tempdir", str(tmp_path_factory.mktemp("doctest")))
