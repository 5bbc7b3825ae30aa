"""Each case of scripts/attack.py against a real server on the seed graph: every one holds."""

from __future__ import annotations

import importlib.util
import subprocess

import pytest

from tests.conftest import ROOT
from tests.servers import free_port, wait_until_up

spec = importlib.util.spec_from_file_location("attack", ROOT / "scripts" / "attack.py")
attack = importlib.util.module_from_spec(spec)
spec.loader.exec_module(attack)


@pytest.fixture(scope="module")
def target(tmp_path_factory):
    graph = attack.seed_graph(tmp_path_factory.mktemp("attack") / "out")
    port = free_port()
    process = subprocess.Popen(attack.serve_command(graph, port), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               text=True)
    try:
        wait_until_up(f"http://127.0.0.1:{port}/sparql?query=ASK%7B%7D", process, seconds=60)
        yield attack.Target(port, process)
    finally:
        process.terminate()
        process.wait(timeout=30)


@pytest.mark.parametrize(("name", "case"), attack.CASES, ids=[name for name, _ in attack.CASES])
def test_attack_case_holds(target, name, case):
    ok, outcome = case(target)
    assert ok, outcome
    assert target.process.poll() is None, "the server died"
