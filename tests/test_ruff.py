"""ruff's lint rules (pyproject [tool.ruff]) and its formatting hold for the whole tree."""

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _ruff() -> str:
    exe = shutil.which("ruff", path=str(Path(sys.executable).parent))
    assert exe, "ruff is not installed (it is a dev dependency)"
    return exe


def test_ruff_check_passes() -> None:
    result = subprocess.run([_ruff(), "check", "--no-cache", "."], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr


def test_ruff_format_leaves_every_file_as_it_is() -> None:
    result = subprocess.run([_ruff(), "format", "--check", "--no-cache", "."], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr
