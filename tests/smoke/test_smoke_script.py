"""packaging/smoke_test.py, run on the source tree (``--source``): the same clean-environment
``--version`` and ``--self-test`` checks that the frozen build gets, as a user's process runs them.

The frozen build itself is too slow for every run (about a minute to build); see README
"Packaging" for ``uv run python packaging/build.py --smoke``.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def smoke() -> ModuleType:
    spec = importlib.util.spec_from_file_location("wardhuddle_smoke_test", ROOT / "packaging" / "smoke_test.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    saved = list(sys.path)
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path[:] = saved
    return module


def test_the_source_app_passes_the_smoke_test_in_a_clean_environment(smoke: ModuleType) -> None:
    lines: list[str] = []
    args = smoke.argparse.Namespace(
        source=True, dist=str(ROOT / "dist"), max_mb=250.0, budget=20.0, startup_runs=0, max_start=2.0
    )
    code = smoke.smoke_test(args, say=lines.append)
    assert code == 0, "\n".join(lines)
    assert "ok    --self-test exits 0: exit 0" in lines
    assert "ok    --self-test removed its temporary files" in lines
    assert any(line.startswith("      | [1/") and "data file: create and migrate: ok" in line for line in lines)


def test_the_clean_environment_carries_nothing_from_the_developer(
    smoke: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PYTHONPATH", "/somewhere")
    monkeypatch.setenv("QT_PLUGIN_PATH", "/elsewhere")
    env = smoke.clean_env(tmp_path / "home")
    assert env["LANG"] == "C.UTF-8" and env["QT_QPA_PLATFORM"] == "offscreen"
    assert not {"PYTHONPATH", "QT_PLUGIN_PATH", "VIRTUAL_ENV", "WARDHUDDLE_DATA_DIR", "DISPLAY"} & set(env)
    assert Path(env["TMPDIR"]).is_dir() and str(tmp_path) in env["HOME"]
    assert os.environ["PYTHONPATH"] == "/somewhere", "building the environment must not change ours"


def test_step_lines_are_read_back_for_the_frozen_versus_source_comparison(smoke: ModuleType) -> None:
    output = "\n".join(
        [
            "Ward Huddle 0.1.0 self-test (frozen build; ...)",
            "[1/3] data file: create and migrate: ok (120 ms) - schema 5",
            "[2/3] PDF report: render: not run (an essential step failed)",
            "[3/3] main window: open, show every page, close: FAILED: RuntimeError: no platform",
        ]
    )
    assert smoke.step_statuses(output) == {
        "data file: create and migrate": "ok",
        "PDF report: render": "not run",
        "main window: open, show every page, close": "FAILED",
    }


def test_packaging_is_not_a_package_and_build_output_stays_out_of_git() -> None:
    assert not (ROOT / "packaging" / "__init__.py").exists(), (
        "it would shadow the 'packaging' library PyInstaller needs"
    )
    ignored = (ROOT / ".gitignore").read_text(encoding="utf-8").split()
    assert "/build/" in ignored and "/dist/" in ignored
