"""Each Designer form and its committed generated module must match."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_generated_forms_match_their_ui_files() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build_ui.py"), "--check"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr + "\nrun: uv run python packaging/build_ui.py"


def test_a_form_saved_on_one_line_is_refused(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        import build_ui
    finally:
        sys.path.remove(str(ROOT / "packaging"))
    one_line = tmp_path / "crowded.ui"
    one_line.write_text('<ui version="4.0"><class>X</class><widget class="QWidget" name="X"/></ui>\n')
    assert build_ui.layout_problems(one_line) == ["crowded.ui:1"]
    build_ui.pretty_print(one_line)
    assert build_ui.layout_problems(one_line) == []
