"""The house: folders that name the pipeline's stages, imports that only go down, a map that matches."""

import ast
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

KG = Path(__file__).resolve().parents[1] / "kg"
README = KG.parent / "README.md"
# Lower layers never import higher ones; serve and corpus are side by side and never import each other.
RANK = {"model": 0, "support": 0, "errors": 0, "resources": 0, "processes": 0, "text": 1, "extract": 2, "graph": 3, "ask": 4, "views": 5,
        "serve": 6, "corpus": 6, "api": 7, "cli": 7, "__main__": 8, "__init__": 8}


def _imports(path: Path):
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("kg"):
            yield from ([node.module] if node.module != "kg" else [f"kg.{a.name}" for a in node.names])
        elif isinstance(node, ast.Import):
            yield from (a.name for a in node.names if a.name.startswith("kg."))


def _part(path: Path) -> str:
    rel = path.relative_to(KG).with_suffix("")
    return rel.parts[0]


def test_every_module_belongs_to_a_known_stage():
    assert {_part(p) for p in KG.rglob("*.py")} <= set(RANK)


def test_imports_only_go_down():
    upward = []
    for path in KG.rglob("*.py"):
        me = _part(path)
        for module in _imports(path):
            other = module.split(".")[1]
            if other in RANK and (RANK[other] > RANK[me] or (RANK[other] == RANK[me] == 6 and other != me)):
                upward.append(f"{path.relative_to(KG)} imports {module}")
    assert upward == []


def _module_names() -> dict[str, Path]:
    names = {}
    for path in KG.rglob("*.py"):
        rel = path.relative_to(KG.parent).with_suffix("")
        names[".".join(rel.parts[:-1] if rel.name == "__init__" else rel.parts)] = path
    return names


def _import_graph() -> dict[str, set[str]]:
    """Module -> the kg modules it imports, anywhere in it (inside functions too); ``from kg.x import y``
    imports the module kg.x.y when there is one, else kg.x."""
    modules = _module_names()
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("kg") and not node.level:
                subs = {f"{node.module}.{a.name}" for a in node.names} & modules.keys()
                graph[name] |= subs | ({node.module} if len(subs) < len(node.names) else set())
            elif isinstance(node, ast.Import):
                graph[name] |= {a.name for a in node.names} & modules.keys()
        graph[name].discard(name)
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected parts of more than one module (Tarjan's algorithm, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found = []
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        while work:
            node, edges = work[-1]
            step = next(edges, None)
            if step is not None:
                if step not in index:
                    index[step] = low[step] = len(index)
                    stack.append(step)
                    work.append((step, iter(sorted(graph[step]))))
                elif step in stack:
                    low[node] = min(low[node], index[step])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                part = []
                while (top := stack.pop()) != node:
                    part.append(top)
                if part:
                    found.append(sorted([node, *part]))
    return found


def test_the_cycle_finder_finds_a_circle_and_only_one():
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


def test_no_import_cycles():
    assert _cycles(_import_graph()) == []


def test_readme_module_map_matches_the_folders():
    text = README.read_text(encoding="utf-8")
    rows = re.findall(r"^\| `kg/(\w+)/` \| (.*) \|$", text, re.M)
    folders = {p.name for p in KG.iterdir() if p.is_dir() and (p / "__init__.py").exists()}
    assert {name for name, _ in rows} == folders
    for name, described in rows:
        modules = {p.stem for p in (KG / name).glob("*.py") if p.stem != "__init__"}
        modules |= {p.name for p in (KG / name).iterdir() if (p / "__init__.py").exists()}
        named = set(re.findall(r"`(\w+)`", described))
        assert modules <= named, f"kg/{name}/: {sorted(modules - named)} not in the README's map"
        assert named <= modules | {"queries"}, f"kg/{name}/: the README names {sorted(named - modules)}"


@pytest.fixture(scope="module")
def mypy_run(tmp_path_factory) -> subprocess.CompletedProcess[str]:
    """One run of mypy over kg/ as pyproject.toml sets it (strict), read by the tests below (a run takes ~15 s)."""
    return subprocess.run([sys.executable, "-m", "mypy", "--cache-dir", str(tmp_path_factory.mktemp("mypy"))],
                          cwd=KG.parent, capture_output=True, text=True)


def test_ruff_and_mypy_are_clean(mypy_run):
    """The linters CI relies on: ruff (with a complexity limit) over the code, mypy over kg/."""
    ruff = subprocess.run([sys.executable, "-m", "ruff", "check", "kg", "tests", "scripts"], cwd=KG.parent,
                          capture_output=True, text=True)
    assert ruff.returncode == 0, ruff.stdout[-2000:]
    assert mypy_run.returncode == 0, mypy_run.stdout[-2000:]


# The text and statement stages hold to the house fully; the rest of kg follows them.
STRICT = [KG / "text", KG / "extract" / "statements", KG / "extract" / "cues.py", KG / "extract" / "document.py"]


def _strict_modules():
    return sorted(p for part in STRICT for p in ([part] if part.is_file() else part.rglob("*.py")))


def _undocumented(nodes, prefix=""):
    """Public functions (and methods of public classes) whose docstring shows no example that doctest runs
    (it does not collect the docstrings of cached properties)."""
    for node in nodes:
        if isinstance(node, ast.FunctionDef) and not node.name.startswith("_"):
            cached = any(ast.unparse(d).endswith("cached_property") for d in node.decorator_list)
            if cached or ">>>" not in (ast.get_docstring(node) or ""):
                yield prefix + node.name
        elif isinstance(node, ast.ClassDef) and not node.name.startswith("_"):
            yield from _undocumented(node.body, prefix + node.name + ".")


def test_undocumented_finds_functions_without_an_example():
    tree = ast.parse('''
def shown():
    """Doubled.

    >>> shown()
    """
def bare(): pass
class Thing:
    @cached_property
    def size(self):
        """Not collected.

        >>> Thing().size
        """
    def _own(self): pass
''')
    assert list(_undocumented(tree.body)) == ["bare", "Thing.size"]


def test_no_module_is_over_500_lines():
    long = [f"{p.relative_to(KG)}: {n}" for p in KG.rglob("*.py") if (n := len(p.read_text(encoding="utf-8").splitlines())) > 500]
    assert long == []


def test_the_text_and_statement_stages_are_documented_with_examples():
    undocumented = [f"{p.relative_to(KG)}: {name}" for p in _strict_modules()
                    for name in _undocumented(ast.parse(p.read_text(encoding="utf-8")).body)]
    assert undocumented == []


def test_every_public_function_has_an_example():
    """Every public function of kg has a docstring example that runs (a command's follows \\f in its docstring,
    which --help leaves out)."""
    undocumented = [f"{p.relative_to(KG)}: {name}" for p in sorted(KG.rglob("*.py"))
                    for name in _undocumented(ast.parse(p.read_text(encoding="utf-8")).body)]
    assert not undocumented, f"{len(undocumented)} public functions without an example:\n" + "\n".join(undocumented)


def test_the_text_and_statement_stages_pass_mypy_strict(mypy_run):
    """mypy checks the whole package kg, the stages included, with --strict and nothing loosened for a module;
    so the run above is their strict run too."""
    config = tomllib.loads((KG.parent / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mypy"]
    assert config["strict"] is True and config["packages"] == ["kg"] and "overrides" not in config
    assert all(p.is_relative_to(KG) for p in _strict_modules())
    checked = re.search(r"no issues found in (\d+) source files", mypy_run.stdout)
    assert mypy_run.returncode == 0 and checked, mypy_run.stdout[-2000:]
    assert int(checked[1]) >= len(list(KG.rglob("*.py")))
