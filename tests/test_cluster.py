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


def _wait_for_documents(out, process, seconds=120):
    """Until the build has written its first documents (its N-Quads file in the making is no longer empty)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and process.poll() is None:
        if any(f.stat().st_size for f in out.glob(".graph.nq.*.tmp")):
            return
        time.sleep(0.2)
    raise AssertionError("the build wrote no document in time")


def test_ctrl_c_on_a_local_cluster_is_one_line_and_quick(tmp_path):
    import os
    import signal
    import subprocess
    import sys

    from tests.conftest import DOCS

    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(400):  # more than the cluster extracts before the interrupt, on a quiet machine too
        for name, text in DOCS.items():
            (folder / f"{n:02d}_{name}").write_text(text, encoding="utf-8")
    process = subprocess.Popen([sys.executable, "-m", "kg", "build", str(folder), "-o", str(tmp_path / "out"), "--no-page",
                                "--scheduler", "local", "--workers", "2"], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, start_new_session=True,
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    _wait_for_documents(tmp_path / "out", process)  # the cluster is up and extracting: Ctrl-C while it starts is
    time.sleep(3)                                  # ignored by its processes (the terminal sends it to all of them)
    start = time.monotonic()
    os.killpg(process.pid, signal.SIGINT)
    _, err = process.communicate(timeout=60)
    assert time.monotonic() - start < 5
    assert process.returncode == 130 and err.strip().splitlines() == [
        "policykg: interrupted; nothing half-written was left in place"], err
    assert not (tmp_path / "out").exists()
