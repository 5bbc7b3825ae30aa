"""The seed page built and scored with the shared scorer: CI catches regressions."""

import subprocess
import sys

from typer.testing import CliRunner

from kg.cli import app

from .conftest import SEED, require_shared


def test_seed_page_scores_at_least_085(tmp_path):
    shared = require_shared()
    assert CliRunner().invoke(app, ["build", str(SEED), "-o", str(tmp_path)]).exit_code == 0
    result = subprocess.run(
        [sys.executable, str(shared / "eval" / "score.py"), str(tmp_path / "graph.ttl"),
         "--gold", str(shared / "gold" / "seed.json"), "--source", str(SEED), "--min-f1", "0.93"],
        capture_output=True, text=True, encoding="utf-8",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "required measures present: 19/19" in result.stdout
    assert "line breaks repaired: 6/6" in result.stdout
    assert "page furniture leaked into concepts/goals/measures: none" in result.stdout
