"""The recovery screen (R9, R12): a damaged data file shows one clear way back (the newest
backup), a read-only way to look, and the details for IT; Check data runs off the UI thread and
leads there when it finds damage; a file SQLite cannot read at all gets the same screen."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.domain.ward import WardDetails
from app.errors import ReadOnlyDatabase
from app.services.store import open_store
from app.ui import tasks
from app.ui.main_window import MainWindow
from tests.ui.accessibility import unnamed_widgets


def damage(path: Path, table: str = "staff") -> None:
    conn = sqlite3.connect(path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", [table]).fetchone()[0]
    conn.close()
    raw = bytearray(path.read_bytes())
    raw[(root - 1) * 4096 + 8 : root * 4096] = b"\xab" * (4096 - 8)
    path.write_bytes(bytes(raw))


@pytest.fixture
def damaged(database_path: Path) -> Path:
    store = open_store(database_path)
    ward, _ = store.wards.create_ward(WardDetails(name="Ward 7 (Respiratory)"))
    for n in range(30):
        store.wards.add_staff(ward.id, f"Nurse {n:02d}", "HCA")
    store.backups.take_backup("auto")
    store.close()
    damage(database_path)
    return database_path


def window_for(qtbot, path: Path) -> MainWindow:
    store = open_store(path)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_damaged_file_opens_on_the_recovery_screen_in_plain_words(qtbot, damaged: Path) -> None:
    window = window_for(qtbot, damaged)
    page = window.recovery
    assert page is not None and window.ui.pages.currentWidget() is page
    assert not window.ui.navigation.isVisible() and window.store.read_only
    assert "Nothing has been deleted" in page.ui.whatHappened.text()
    assert "put back the newest backup" in page.ui.whatToDo.text()
    assert page.ui.restore.text().startswith("Restore the backup from ")
    assert "corrupt-" in page.ui.forIt.text()
    assert "READ-ONLY" in window._status_ward.text()
    assert unnamed_widgets(window) == []
    qtbot.mouseClick(page.ui.copyDetails, Qt.MouseButton.LeftButton)
    assert "failed its check" in QApplication.clipboard().text()
    window.store.close()


def test_restore_from_the_recovery_screen_brings_every_record_back(qtbot, damaged: Path, prompts) -> None:
    window = window_for(qtbot, damaged)
    store = window.store
    qtbot.mouseClick(window.recovery.ui.restore, Qt.MouseButton.LeftButton)
    assert window.recovery is None, window.recovery.ui.message.text()
    assert window.ui.navigation.isVisible()
    assert not store.read_only
    assert len(store.wards.staff_for(store.wards.list_wards()[0].id)) == 30
    assert "Backup restored" in prompts.texts("info")[0] and "enter again" in prompts.texts("info")[0]
    store.wards.create_ward(WardDetails(name="Saved after the restore"))
    assert "READ-ONLY" not in window._status_ward.text()
    store.close()


def test_looking_without_changing_keeps_the_file_read_only(qtbot, damaged: Path, prompts) -> None:
    window = window_for(qtbot, damaged)
    qtbot.mouseClick(window.recovery.ui.lookOnly, Qt.MouseButton.LeftButton)
    assert window.recovery is None and window.ui.navigation.count() > 0
    assert window.store.read_only and "DAMAGED, READ-ONLY" in window._status_ward.text()
    with pytest.raises(ReadOnlyDatabase, match="Settings > Backups"):
        window.store.wards.create_ward(WardDetails(name="Not saved"))
    # the staff list is in the damaged part: the page says so instead of "unexpected problem"
    assert any("in the damaged part of the data file" in t for t in prompts.texts("warn"))
    window.ui.actionCheckData.trigger()  # the way back to the restore button
    assert window.recovery is not None
    qtbot.mouseClick(window.recovery.ui.restore, Qt.MouseButton.LeftButton)
    assert not window.store.read_only and window.recovery is None
    assert window.show_page("settings") is not None
    window.store.close()


def test_with_no_backup_the_screen_says_to_ask_it(qtbot, damaged: Path) -> None:
    shutil.rmtree(damaged.parent / "backups")
    window = window_for(qtbot, damaged)
    assert window.recovery.ui.restore.isHidden()
    assert "ask IT for help" in window.recovery.ui.whatToDo.text()
    window.store.close()


def test_a_backup_that_fails_its_check_is_skipped_for_the_next_one(qtbot, damaged: Path) -> None:
    newest = sorted((damaged.parent / "backups").glob("*.sqlite3"))[-1]
    older = newest.with_name("wardhuddle-20200101-090000-auto.sqlite3")
    shutil.copyfile(newest, older)
    newest.write_bytes(b"garbage" * 1000)
    window = window_for(qtbot, damaged)
    qtbot.mouseClick(window.recovery.ui.restore, Qt.MouseButton.LeftButton)
    page = window.recovery
    assert page is not None and "Try the next one" in page.ui.message.text()
    assert "2020" in page.ui.restore.text()
    qtbot.mouseClick(page.ui.restore, Qt.MouseButton.LeftButton)
    assert window.recovery is None and not window.store.read_only
    window.store.close()


def test_check_data_runs_off_the_ui_thread(ward, main_window, prompts, monkeypatch) -> None:
    calls = []
    real = tasks.run_in_background
    monkeypatch.setattr(tasks, "run_in_background", lambda *a, **k: (calls.append(k), real(*a, **k))[1])
    main_window.ui.actionCheckData.trigger()
    assert calls == [{"serial": True}]
    assert "healthy" in prompts.texts("info")[-1]


def test_check_data_that_finds_damage_stops_writes_and_offers_the_backup(qtbot, ward, main_window, store) -> None:
    for n in range(30):
        store.wards.add_staff(ward.id, f"Nurse {n:02d}", "HCA")
    store.backups.take_backup("manual")
    store.database.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    damage(store.path)
    main_window.ui.actionCheckData.trigger()
    page = main_window.recovery
    assert page is not None and store.read_only
    assert page.ui.whatHappened.text().startswith("Ward Huddle checked its data file and found damage")
    qtbot.mouseClick(page.ui.restore, Qt.MouseButton.LeftButton)
    assert not store.read_only and len(store.wards.staff_for(ward.id)) == 30


def test_a_file_sqlite_cannot_read_gets_the_recovery_screen_before_the_window(
    qtbot,
    damaged: Path,
    monkeypatch,
) -> None:
    from app.paths import AppPaths
    from app.ui import startup as data_safety
    from app.ui.pages import recovery_page

    raw = bytearray(damaged.read_bytes())
    raw[:100] = b"\x00" * 100
    damaged.write_bytes(bytes(raw))
    shown = []

    def nurse_clicks_restore(error) -> bool:
        page = recovery_page.RecoveryPage(
            error.health, error.backups(), lambda p: recovery_page.restore_unreadable_file(error, p), can_look=False
        )
        qtbot.addWidget(page)
        shown.append(page)
        assert page.ui.lookOnly.isHidden() and unnamed_widgets(page) == []
        with qtbot.waitSignal(page.finished) as signal:
            qtbot.mouseClick(page.ui.restore, Qt.MouseButton.LeftButton)
        return bool(signal.args[0])

    monkeypatch.setattr(recovery_page, "recover_unreadable_file", nurse_clicks_restore)
    store = data_safety.open_store_safely(AppPaths(damaged.parent))
    assert shown and store is not None and not store.read_only
    assert len(store.wards.staff_for(store.wards.list_wards()[0].id)) == 30
    store.close()


def test_a_cloud_synced_folder_is_refused_and_the_local_folder_offered(tmp_path: Path, prompts, monkeypatch) -> None:
    from app.paths import AppPaths
    from app.ui import startup as data_safety

    local = tmp_path / "local" / "wardhuddle"
    monkeypatch.setattr("app.paths.default_data_dir", lambda: local)
    prompts.answer("ask_yes_no", True)
    store = data_safety.open_store_safely(AppPaths(tmp_path / "Dropbox" / "ward"))
    question = prompts.texts("ask_yes_no")[0]
    assert "inside a folder that Dropbox keeps in sync" in question and str(local) in question
    assert store is not None and store.path == local / "wardhuddle.sqlite3"
    assert not (tmp_path / "Dropbox" / "ward" / "wardhuddle.sqlite3").exists()
    store.close()
