"""The build on a Dask cluster it cannot trust: no code a cluster sends runs here, no wait is
unbounded, and whatever answers is one line with nothing left behind."""

from __future__ import annotations

import time

import pytest
from typer.testing import CliRunner

from kg.cli import app
from tests.clusters import ANSWERS, hostile_cluster, impostor
from tests.conftest import SEED

pytest.importorskip("distributed")
runner = CliRunner()


def build_on(scheduler, out):
    start = time.monotonic()
    result = runner.invoke(app, ["build", str(SEED), "-o", str(out), "--no-page", "--scheduler", scheduler])
    return result, time.monotonic() - start


def test_a_worker_that_sends_a_pickle_runs_no_code_here(tmp_path):
    marker = tmp_path / "ran"
    with hostile_cluster(tmp_path, marker) as address:
        result, _ = build_on(address, tmp_path / "out")
    assert result.exit_code == 1 and result.output.count("\n") == 1, result.output
    assert "policykg loads no code from a cluster" in result.output
    assert not marker.exists()
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("kind", list(ANSWERS))
def test_a_listener_that_is_no_scheduler_is_one_line_in_bounded_time(tmp_path, kind):
    with impostor(kind) as address:
        result, seconds = build_on(address, tmp_path / "out")
    assert result.exit_code == 1 and result.output.count("\n") == 1, result.output
    assert "Dask scheduler" in result.output and seconds < 25
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("address", ["tls://127.0.0.1:8786", "ucx://127.0.0.1:8786", "inproc://x", "tcp://[::1"])
def test_an_address_that_is_not_tcp_is_one_line(tmp_path, address):
    result, seconds = build_on(address, tmp_path / "out")
    assert result.exit_code == 1 and result.output.count("\n") == 1 and "--scheduler" in result.output
    assert seconds < 5 and not (tmp_path / "out").exists()
