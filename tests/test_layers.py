"""The layer rule (house-style §6.4), enforced by import-linter inside the normal test run; and no
import cycle between modules of app/, not even through a lazy import or a TYPE_CHECKING one."""

import ast
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_import_contracts_are_kept() -> None:
    exe = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert exe, "import-linter is not installed (it is a dev dependency)"
    result = subprocess.run([exe, "--no-cache"], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr


# -- no import cycles, not even lazy ones ------------------------------------------------------------
def _module_graph(root: Path = ROOT) -> dict[str, set[str]]:
    """Every module of app/ and the app modules it imports anywhere: at the top, under
    TYPE_CHECKING or inside a function (``from app.x import y`` counts app.x.y if that is a
    module, else app.x)."""
    modules: dict[str, tuple[Path, bool]] = {}
    for path in (root / "app").rglob("*.py"):
        parts = list(path.relative_to(root).with_suffix("").parts)
        is_package = parts[-1] == "__init__"
        modules[".".join(parts[:-1] if is_package else parts)] = (path, is_package)

    def known(name: str) -> str | None:
        while name and name not in modules:
            name = name.rpartition(".")[0]
        return name or None

    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, (path, is_package) in modules.items():
        package = name if is_package else name.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join([*anchor, base] if base else anchor)
                targets = [
                    f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base for alias in node.names
                ]
            else:
                continue
            for target in targets:
                resolved = known(target)
                if resolved and resolved != name:
                    graph[name].add(resolved)
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan, without recursion)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    found.append(sorted(group))
    return found


def test_the_cycle_finder_sees_lazy_type_checking_and_relative_imports(tmp_path: Path) -> None:
    files = {
        "app/__init__.py": "",
        "app/a.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from app.b import B\n",
        "app/b.py": "def f():\n    import app.pkg.c\n",
        "app/pkg/__init__.py": "",
        "app/pkg/c.py": "from .. import a\nfrom . import d\n",
        "app/pkg/d.py": "import json\n",
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    graph = _module_graph(tmp_path)
    assert graph["app.a"] == {"app.b"} and graph["app.b"] == {"app.pkg.c"}
    assert graph["app.pkg.c"] == {"app.a", "app.pkg.d"}
    assert _cycles(graph) == [["app.a", "app.b", "app.pkg.c"]]
    assert _cycles({"x": {"x"}, "y": {"x"}}) == [], "a module importing itself is not a cycle"


def test_no_import_cycle_between_modules_of_app_even_lazy_or_type_checking_only() -> None:
    graph = _module_graph()
    assert "app.services.store" in graph and "app.domain.envelope" in graph["app.storage.record_table"]
    cycles = _cycles(graph)
    assert cycles == [], "modules that import each other (move the shared part to a module both use):\n" + "\n".join(
        " <-> ".join(group) for group in cycles
    )


def test_no_hand_written_file_in_app_is_over_450_lines() -> None:
    """Small files with one obvious home (house style; issue 14): generated forms excepted."""
    generated = ROOT / "app" / "ui" / "generated"
    sizes = {
        p.relative_to(ROOT).as_posix(): len(p.read_text(encoding="utf-8").splitlines())
        for p in (ROOT / "app").rglob("*.py")
        if generated not in p.parents
    }
    too_long = sorted(f"{name}: {lines} lines" for name, lines in sizes.items() if lines > 450)
    assert len(sizes) > 100 and not too_long, "split these along their seams:\n" + "\n".join(too_long)
