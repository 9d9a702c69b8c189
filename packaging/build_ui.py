"""Compile forms/*.ui into app/ui/generated/ui_*.py with pyside6-uic.

    uv run python packaging/build_ui.py          # rebuild what changed
    uv run python packaging/build_ui.py --check  # exit 1 if a generated module is out of date
    uv run python packaging/build_ui.py --pretty # rewrite forms one element per line, then rebuild

A form saved on one line (or with several elements on a line) is refused: forms are reviewed as
diffs, one element per line.

The generated modules are committed; a test runs the --check logic so a form and its module
can never drift apart.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "forms"
GENERATED = ROOT / "app" / "ui" / "generated"
HEADER = "# Generated from forms/{name} by packaging/build_ui.py: do not edit; edit the .ui file and rebuild.\n"


def _uic() -> list[str]:
    exe = shutil.which("pyside6-uic", path=str(Path(sys.executable).parent)) or shutil.which("pyside6-uic")
    if exe is None:
        raise SystemExit("pyside6-uic not found: run this with `uv run python packaging/build_ui.py`")
    return [exe]


def compile_form(ui_file: Path) -> str:
    result = subprocess.run([*_uic(), "--from-imports", str(ui_file)], check=True, capture_output=True, text=True)
    body = result.stdout
    # The uic banner carries the Qt version; drop it so output depends only on the form.
    body = re.sub(r"^#.*?\n(?=from )", "", body, count=1, flags=re.S)
    return HEADER.format(name=ui_file.name) + only_used_imports(body)


def only_used_imports(source: str) -> str:
    """uic imports some forty Qt classes into every module whatever the form uses; PySide6 builds
    each class (and its enums) when it is first imported, so an unused QPainter or QGradient costs
    start-up time. Keep the names the module uses."""
    import ast

    tree = ast.parse(source)
    used = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
    lines = source.splitlines(keepends=True)
    for node in reversed(tree.body):
        if not (isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6")):
            continue
        names = [alias.name for alias in node.names if alias.name in used]
        text = f"from {node.module} import ({', '.join(names)})\n" if names else ""
        assert node.end_lineno is not None
        lines[node.lineno - 1 : node.end_lineno] = [text]
    return "".join(lines)


def layout_problems(ui_file: Path) -> list[str]:
    """A form must be pretty-printed, one element per line, so a change to it can be reviewed as a
    diff. Returns the line numbers that hold more than one element."""
    bad = []
    for number, line in enumerate(ui_file.read_text(encoding="utf-8").splitlines(), start=1):
        if len(re.findall(r"<[A-Za-z]", line)) > 1:
            bad.append(f"{ui_file.name}:{number}")
    return bad


def pretty_print(ui_file: Path) -> None:
    """Rewrite a form one element per line (Designer may save it on one line)."""
    import xml.etree.ElementTree as ET

    tree = ET.ElementTree(ET.fromstring(ui_file.read_text(encoding="utf-8")))
    ET.indent(tree, space=" ")
    text = '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(tree.getroot(), encoding="unicode") + "\n"
    ui_file.write_text(text, encoding="utf-8")


def target_for(ui_file: Path) -> Path:
    return GENERATED / f"ui_{ui_file.stem}.py"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="report drift instead of writing")
    parser.add_argument("--pretty", action="store_true", help="first rewrite every form one element per line")
    args = parser.parse_args(argv)
    if args.pretty and not args.check:
        for ui_file in sorted(FORMS.glob("*.ui")):
            pretty_print(ui_file)
    crowded = [line for ui_file in sorted(FORMS.glob("*.ui")) for line in layout_problems(ui_file)]
    if crowded:
        print(
            "forms with more than one element on a line (run with --pretty to fix): " + ", ".join(crowded[:10]),
            file=sys.stderr,
        )
        return 1
    GENERATED.mkdir(parents=True, exist_ok=True)
    (GENERATED / "__init__.py").touch()
    stale: list[str] = []
    forms = sorted(FORMS.glob("*.ui"))
    expected = {target_for(f).name for f in forms}
    for ui_file in forms:
        target = target_for(ui_file)
        fresh = compile_form(ui_file)
        current = target.read_text(encoding="utf-8") if target.exists() else None
        if current != fresh:
            stale.append(target.name)
            if not args.check:
                target.write_text(fresh, encoding="utf-8")
    orphans = [p.name for p in GENERATED.glob("ui_*.py") if p.name not in expected]
    if args.check:
        if stale or orphans:
            print("out of date: " + ", ".join(stale + [f"{o} (no form)" for o in orphans]))
            return 1
        print(f"{len(forms)} forms up to date")
        return 0
    for orphan in orphans:
        (GENERATED / orphan).unlink()
    print(f"rebuilt {len(stale)} of {len(forms)} forms" + (f"; removed {', '.join(orphans)}" if orphans else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
