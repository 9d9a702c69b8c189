"""Start-up paints the window first and builds the daily sheet's sections just after (issue #19):
the sheet a user then meets is the whole sheet, by keyboard as before; anything that needs the
sheet before it is finished builds it there and then; and the input guard and garbage collection
are on from the first paint."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def _window(qtbot, store, *, paint_first: bool) -> MainWindow:
    window = MainWindow(store, paint_first=paint_first)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    return window


def test_the_window_paints_before_the_sheet_is_built_and_the_sheet_follows(qtbot, store, ward) -> None:
    window = _window(qtbot, store, paint_first=True)
    page = window.pages["huddle"]
    assert not page._built and not page.ui.sheet.isVisible()  # only the frame so far
    with qtbot.waitSignal(window.first_painted, timeout=5000):
        window.show()
    assert page.ui.title.text().endswith(ward.name)  # the frame names the ward at the first paint
    qtbot.waitUntil(lambda: page._built and page.ui.sheet.isVisible(), timeout=5000)
    first = page.tab_stops()[0]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first, timeout=5000)  # focus where the work is
    held = page.meeting.ui.held
    was = held.isChecked()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)  # the keyboard works on the sheet at once
    assert first is held and held.isChecked() != was and page.autosave.dirty
    qtbot.keyClick(held, Qt.Key.Key_Space)  # and back: a held huddle, saved as usual
    page.save_now()
    assert held.isChecked() == was and not page.autosave.dirty


def test_the_sheet_built_later_is_the_same_sheet_tab_for_tab(qtbot, store, ward) -> None:
    later = _window(qtbot, store, paint_first=True).pages["huddle"]
    later.ensure_built()
    at_once = _window(qtbot, store, paint_first=False).pages["huddle"]
    names = lambda page: [w.objectName() or w.accessibleName() for w in page.tab_chain()]  # noqa: E731
    assert names(later) == names(at_once) and len(names(later)) > 20
    assert later.field_names() == at_once.field_names()


def test_using_the_sheet_before_it_is_built_builds_it_there_and_then(qtbot, store, ward) -> None:
    page = _window(qtbot, store, paint_first=True).pages["huddle"]
    assert not page._built
    page.meeting.ui.held.setFocus()  # any section builds the whole sheet, filled
    assert page._built and page.record is not None and page.record.ward_id == ward.id


def test_closing_before_the_sheet_is_built_leaves_nothing_running(qtbot, store, ward) -> None:
    window = _window(qtbot, store, paint_first=True)
    page = window.pages["huddle"]
    with qtbot.waitSignal(window.first_painted, timeout=5000):
        window.show()
    assert page.leave()  # nothing typed yet: leaving asks nothing
    store.close()
    qtbot.wait(50)  # the queued build steps find the store closed and stop
    assert not page._built


def test_the_app_turns_the_input_guard_and_garbage_collection_on_at_its_first_paint(tmp_path: Path) -> None:
    data = tmp_path / "data"
    subprocess.run([sys.executable, "-m", "app", "demo", "--data-dir", str(data)], check=True, cwd=ROOT)
    script = (
        "import gc, sys\n"
        "from app.bootstrap import run_gui\n"
        "from app.ui.widgets import input_guard\n"
        f"code = run_gui(data_dir={str(data)!r}, quit_when_ready=True)\n"
        "print('guard', input_guard._guard is not None, 'gc', gc.isenabled(), 'code', code)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=60,
    )
    assert done.stdout.splitlines()[:1] == ["window painted"], done.stderr[-2000:]
    assert "guard True gc True code 0" in done.stdout
