"""Questions from the command line on a built graph's store: every form of question, best of 3.

    python scripts/bench_store.py out/corpus [--runs 3]

Each command runs as a user runs it, a fresh ``policykg`` process, timed from start
to exit (wall time, and the processor time the process used, which a busy machine inflates far
less), with ``--graph out/corpus/graph.ttl`` (the build's ``graph.db`` beside it is
read, and its index of questions). ``policykg --help`` is timed too: the start-up every
command pays (Python, the command line), so the ratio column shows what a question adds
to it. Prints a Markdown table and the slowest command; the bar is 0.5 s each.

The commands run with Python's compiled modules written and read, as after ``pip install``
(``PYTHONDONTWRITEBYTECODE`` is dropped from their environment): otherwise every run compiles
the project's modules from source again, about 0.1 s that no installed copy pays.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COMMANDS = [
    ["ask", "哪些举措支撑制造业高质量发展？"],
    ["ask", "哪些举措支撑高质量发展？"],  # a broad name: many goals
    ["ask", "量子引力波动"],  # a name that matches nothing
    ["ask", "数字经济有多少项举措？"],
    ["ask", "完善农机装备创新体系服务于哪些目标？"],
    ["ask", "与数字经济相关的概念有哪些？"],
    ["ask", "哪些文章提到人工智能？"],
    ["ask", "芯片出现在哪些文件中？"],
    ["ask", "数字经济和实体经济有什么关系？"],
    ["ask", "人工智能包括哪些？"],
    ["ask", "什么推动了智能化？"],
    ["ask", "完善农机装备创新体系由哪个部门牵头？"],
    ["ask", "工业和信息化部牵头了哪些任务？"],
    ["ask", "国发〔2018〕42号的目标是什么？"],
    ["ask", "哪些省份的政府工作报告提到了新质生产力？"],
    ["ask", "广东省发展人工智能有哪些举措？"],
    ["ask", "2024年以来的政府工作报告提到了哪些人工智能举措？"],
    ["ask", "怎样支持小微企业融资？"],
    ["ask", "制造业高质量发张"],  # a typo
    ["ask", "Which measures support 农业机械化?"],
    ["ask", "一共有多少个目标？"],
    ["measures", "现代化产业体系"],
    ["measures"],  # no goal: a summary of each document's top goals
    ["query", "--name", "measures-for-goal", "--bind", "goal=推动制造业高质量发展", "--format", "csv"],
    ["trend", "新质生产力", "--format", "json"],  # every national report's text counted
    ["trend", "人工智能", "--by", "region", "--format", "csv"],  # every report's text, by region
    ["diffusion", "低空经济"],
    ["ask", "新质生产力第一次出现在哪一年？"],
    ["ask", "国办发〔2019〕6号依据了哪些文件？"],
    ["ask", "有哪些目标？"],  # names nothing: every document with its goals counted
    ["ask", "十九大报告关于生态文明的论述"],  # a congress report by its ordinal
    ["ask", "森林覆盖率要达到多少？"],  # a target value
]


def best(command: list[str], graph: Path | None, runs: int) -> tuple[float, float]:
    """(wall seconds, processor seconds of the process: user and system), each the best of ``runs``."""
    policykg = Path(os.environ.get("POLICYKG", ROOT / ".venv" / "bin" / "policykg"))
    extra = ["--graph", str(graph)] if graph else []
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    walls, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run([str(policykg), *command, *extra], capture_output=True, check=False, env=env)
        walls.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return min(walls), min(cpus)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="a build's output folder (graph.ttl and graph.db)")
    parser.add_argument("--runs", type=int, default=3, help="runs per command; the best is shown")
    args = parser.parse_args()
    graph = args.out / "graph.ttl"
    start, start_cpu = best(["--help"], None, args.runs)
    print(f"graph: {graph} (store {args.out / 'graph.db'}) · load average {os.getloadavg()[0]:.1f} on "
          f"{os.cpu_count()} processors · `policykg --help`: {start:.2f} s ({start_cpu:.2f} s of processor)\n")
    print("| command | wall, best of 3 | processor, best of 3 | wall / --help | ≤ 0.5 s |")
    print("|---|---:|---:|---:|---|")
    slowest = (0.0, 0.0, "")
    for command in COMMANDS:
        took, cpu = best(command, graph, args.runs)
        shown = " ".join(f'"{c}"' if any(ord(ch) > 127 for ch in c) or " " in c else c for c in command)
        print(f"| `policykg {shown}` | {took:.2f} s | {cpu:.2f} s | {took / start:.1f}× | {'yes' if took <= 0.5 else 'no'} |",
              flush=True)
        slowest = max(slowest, (took, cpu, shown))
    print(f"\nslowest: {slowest[0]:.2f} s ({slowest[1]:.2f} s of processor)  policykg {slowest[2]}; "
          f"load average at the end {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
