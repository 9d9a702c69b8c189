"""The self-test's main-window step, in-process: the whole self-test passes with the real main
window offscreen, and a window that tries to ask a question fails the step instead of hanging."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.selftest import collect_steps, run_self_test, run_steps
from app.ui.selftest_window import choose_platform

WINDOW_STEP = "main window: open, show every page, close"


def _visible_top_levels() -> list[str]:
    return [type(w).__name__ for w in QApplication.topLevelWidgets() if w.isVisible()]


def test_the_whole_self_test_passes_with_the_main_window(qapp, tmp_path: Path) -> None:
    lines: list[str] = []
    code = run_self_test(step_modules=["app.ui.selftest_window"], out=lines.append, folder=tmp_path)
    assert code == 0, "\n".join(lines)
    window_line = next(line for line in lines if WINDOW_STEP in line)
    assert ": ok (" in window_line and "on 'offscreen'" in window_line
    assert "Settings" in window_line, "every page is built and drawn"
    chart_line = next((line for line in lines if "charts: pyqtgraph" in line), "")
    assert ": ok (" in chart_line
    assert _visible_top_levels() == [], "the self-test closes what it opens"


def test_a_window_that_asks_a_question_fails_the_step_instead_of_hanging(
    qapp,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    prompts,
) -> None:
    from app.ui import prompts as prompt_module
    from app.ui.main_window import MainWindow

    fixture_warn = prompt_module.warn
    original = MainWindow._update_status

    def asks(self: MainWindow) -> None:
        original(self)
        prompt_module.warn(self, "Ward Huddle", "The data file is read-only")

    monkeypatch.setattr(MainWindow, "_update_status", asks)
    steps, _ = collect_steps(["app.ui.selftest_window"])
    wanted = [s for s in steps if s.title in ("data file: create and migrate", WINDOW_STEP)]
    lines: list[str] = []
    code = run_steps(wanted, out=lines.append, folder=tmp_path).exit_code
    assert code == 1
    window_line = next(line for line in lines if WINDOW_STEP in line)
    assert "FAILED" in window_line and "asked a question nobody could answer: warn: Ward Huddle" in window_line
    assert prompt_module.warn is fixture_warn, "the prompts are put back after the step"
    assert prompts.shown == [], "no prompt reached the screen"


@pytest.mark.parametrize(
    ("platform", "environ", "expected", "forced"),
    [
        ("linux", {}, "offscreen", True),
        ("linux", {"DISPLAY": ":0"}, "native", False),
        ("linux", {"WAYLAND_DISPLAY": "wayland-0"}, "native", False),
        ("linux", {"QT_QPA_PLATFORM": "minimal"}, "minimal", False),
        ("win32", {}, "native", False),
    ],
)
def test_qt_is_forced_offscreen_only_when_there_is_no_display(
    monkeypatch: pytest.MonkeyPatch, platform: str, environ: dict[str, str], expected: str, forced: bool
) -> None:
    monkeypatch.setattr("sys.platform", platform)
    env = dict(environ)
    assert choose_platform(env) == expected
    assert (env.get("QT_QPA_PLATFORM") == "offscreen") is forced
