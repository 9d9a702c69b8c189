"""The window opens before the start-up check has run (app/services/start_check.py); the check
starts after the first paint, and damage it finds brings up the recovery screen and stops writes.
A read that meets the damage first brings up the same screen, never a crash dialog."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from app.domain.ward import WardDetails
from app.paths import AppPaths
from app.services.store import open_store
from app.ui import crash
from app.ui.main_window import MainWindow
from app.ui.startup import after_window_shown, before_quit, open_store_safely
from tests.ui.test_recovery_screen import damage


def damaged_file(path: Path, table: str) -> Path:
    store = open_store(path)
    ward, _ = store.wards.create_ward(WardDetails(name="Ward 7 (Respiratory)"))
    for n in range(30):
        store.wards.add_staff(ward.id, f"Nurse {n:02d}", "HCA")
    store.backups.take_backup("auto")
    store.close()
    damage(path, table)
    return path


def open_window(qtbot, path: Path, *, paint_first: bool = False) -> MainWindow:
    store = open_store_safely(AppPaths(path.parent))
    assert store is not None and store.start_check is not None and not store.health.damaged
    window = MainWindow(store, paint_first=paint_first)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    after_window_shown(window, store, None, quit_when_ready=True)
    return window


def test_damage_found_after_the_first_paint_brings_up_the_recovery_screen(qtbot, database_path: Path) -> None:
    window = open_window(qtbot, damaged_file(database_path, "audit_log"))  # a table the sheet never reads
    assert getattr(window, "recovery", None) is None  # the sheet is up before the check has run
    qtbot.waitUntil(lambda: getattr(window, "recovery", None) is not None, timeout=10_000)
    store = window.store
    assert store.health.damaged and store.read_only
    assert window.ui.pages.currentWidget() is window.recovery and not window.ui.navigation.isVisible()
    assert "Nothing has been deleted" in window.recovery.ui.whatHappened.text()
    before_quit(store)
    store.close()


@pytest.mark.qt_no_exception_capture
@pytest.mark.parametrize("paint_first", [False, True], ids=["sheet-before-paint", "sheet-after-paint"])
def test_a_read_that_meets_the_damage_first_shows_the_recovery_screen_not_a_crash(
    qtbot, database_path: Path, prompts, monkeypatch, paint_first: bool
) -> None:
    monkeypatch.setattr(sys, "excepthook", crash._show)  # as crash.install() does in the app
    # the sheet reads staff as it is built: before the first paint, or (as the app starts) after it
    window = open_window(qtbot, damaged_file(database_path, "staff"), paint_first=paint_first)
    qtbot.waitUntil(lambda: getattr(window, "recovery", None) is not None, timeout=10_000)
    qtbot.wait(200)  # the rest of the sheet's build steps, if any, have run
    page = window.recovery
    assert page is not None and window.ui.pages.currentWidget() is page
    assert window.store.health.damaged and window.store.read_only
    assert prompts.texts("error") == []  # no "Something went wrong" dialog
    before_quit(window.store)
    window.store.close()


@pytest.mark.parametrize("paint_first", [False, True], ids=["sheet-before-paint", "sheet-after-paint"])
def test_a_healthy_file_becomes_writable_once_the_check_passed(qtbot, database_path: Path, paint_first: bool) -> None:
    window = open_window(qtbot, database_path, paint_first=paint_first)
    check = window.store.start_check
    qtbot.waitUntil(lambda: check.settled, timeout=10_000)
    assert getattr(window, "recovery", None) is None and not window.store.read_only
    assert window.store.database.before_write is None
    window.store.settings.set("text_scale_percent", 125)  # a real write on the swapped connection
    before_quit(window.store)
    window.store.close()
