"""Compile forms/*.ui into app/ui/generated/ui_*.py with pyside6-uic.

    uv run python packaging/build_ui.py          # rebuild what changed
    uv run python packaging/build_ui.py --check  # exit 1 if a generated module is out of date

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
    return HEADER.format(name=ui_file.name) + body


def target_for(ui_file: Path) -> Path:
    return GENERATED / f"ui_{ui_file.stem}.py"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="report drift instead of writing")
    args = parser.parse_args(argv)
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
