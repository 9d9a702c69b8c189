"""Build the one-folder app with PyInstaller: dist/wardhuddle/, started by dist/wardhuddle/wardhuddle
(wardhuddle.exe, plus the console twin wardhuddle-cli.exe, on Windows).

    uv run python packaging/build.py            # about a minute on a 2-core machine
    uv run python packaging/build.py --smoke    # then run packaging/smoke_test.py on the result

Build Windows on Windows and Linux on Linux: PyInstaller does not cross-compile. build/ and dist/
are ignored by git.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SPEC = HERE / "wardhuddle.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build"
NAME = "wardhuddle"


def executable(dist: Path = DIST, *, console: bool = False) -> Path:
    """The built app; ``console=True`` gives the Windows console twin (the same file elsewhere)."""
    suffix = ".exe" if sys.platform == "win32" else ""
    name = f"{NAME}-cli" if console and sys.platform == "win32" else NAME
    return dist / NAME / f"{name}{suffix}"


def folder_size(folder: Path) -> int:
    """Bytes in regular files, symlinks not followed (what the folder costs on disk, roughly)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--smoke", action="store_true", help="run packaging/smoke_test.py after building")
    args = parser.parse_args(argv)
    if (HERE / "__init__.py").exists():
        print("packaging/__init__.py must not exist: it would shadow the 'packaging' library PyInstaller needs")
        return 2
    started = time.perf_counter()
    shutil.rmtree(DIST / NAME, ignore_errors=True)
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        str(DIST),
        "--workpath",
        str(WORK),
        str(SPEC),
    ]
    print("$", " ".join(command), flush=True)
    result = subprocess.run(command, cwd=ROOT)
    if result.returncode != 0:
        print(f"PyInstaller failed (exit {result.returncode})")
        return 1
    exe = executable()
    if not exe.exists():
        print(f"the build finished but {exe} is missing")
        return 1
    pruned = (WORK / NAME / "pruned.txt").read_text(encoding="utf-8").split()
    size = folder_size(DIST / NAME) / 1e6
    print(f"Built {exe.relative_to(ROOT)} in {time.perf_counter() - started:.0f} s: {size:.0f} MB in {DIST / NAME}")
    print(f"({len(pruned)} unused libraries and Qt plugins left out; list in {WORK / NAME / 'pruned.txt'})")
    if args.smoke:
        return subprocess.run([sys.executable, str(HERE / "smoke_test.py")], cwd=ROOT).returncode
    return 0


if __name__ == "__main__":
    sys.exit(main())
