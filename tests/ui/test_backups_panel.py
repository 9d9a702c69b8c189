"""Settings > Backups: the list, "Back up now" (off the UI thread), and restoring a backup only
after a confirmation that says what will happen."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.domain.ward import WardDetails
from app.ui import tasks
from tests.ui.accessibility import unnamed_widgets


def open_tab(main_window):  # ANN201
    page = main_window.show_page("settings")
    page.ui.tabs.setCurrentWidget(page.backups_panel)
    return page, page.backups_panel


def test_the_backups_tab_sits_before_the_audit_log_and_lists_backups_in_plain_words(ward, main_window, store) -> None:
    store.backups.take_backup("auto")
    store.backups.before_risky_operation("import")
    page, panel = open_tab(main_window)
    tabs = [page.ui.tabs.tabText(i) for i in range(page.ui.tabs.count())]
    assert tabs.index("&Backups") == tabs.index("Au&dit log") - 1
    table = panel.ui.backupsTable
    assert table.rowCount() == 2
    assert [table.item(r, 1).text() for r in range(2)] == ["Before an import", "Automatic"]
    assert "(just now)" in table.item(0, 0).text() and table.item(0, 2).text().endswith("KB")
    assert str(store.backups_dir) in panel.ui.folders.text()
    assert "Second backup folder: not set" in panel.ui.folders.text()
    assert unnamed_widgets(panel) == []


def test_back_up_now_runs_on_the_serial_worker_and_shows_the_new_backup(
    qtbot, ward, main_window, store, monkeypatch
) -> None:
    calls = []
    real = tasks.run_in_background
    monkeypatch.setattr(tasks, "run_in_background", lambda *a, **k: (calls.append(k), real(*a, **k))[1])
    _page, panel = open_tab(main_window)
    qtbot.mouseClick(panel.ui.backupNow, Qt.MouseButton.LeftButton)
    assert calls == [{"serial": True}]
    assert panel.ui.backupsTable.rowCount() == 1
    assert panel.ui.backupsTable.item(0, 1).text() == "Made by hand"
    assert "Backup made and checked" in panel.ui.message.text()


def test_restoring_asks_first_and_cancel_changes_nothing(qtbot, ward, main_window, store, prompts) -> None:
    store.backups.take_backup("manual")
    store.wards.create_ward(WardDetails(name="Ward 9"))
    _page, panel = open_tab(main_window)
    prompts.answer("ask_yes_no", False)
    qtbot.mouseClick(panel.ui.restoreBackup, Qt.MouseButton.LeftButton)
    question = prompts.texts("ask_yes_no")[0]
    assert "Anything entered after that will no longer be in Ward Huddle" in question
    assert "keeps a backup of the data as it is now" in question
    assert len(store.wards.list_wards()) == 2


def test_restoring_a_backup_brings_it_back_and_every_page_hears_about_it(
    qtbot, ward, main_window, store, prompts
) -> None:
    store.backups.take_backup("manual")
    store.wards.create_ward(WardDetails(name="Ward 9 (after the backup)"))
    page, panel = open_tab(main_window)
    panel.ui.backupsTable.selectRow(0)
    prompts.answer("ask_yes_no", True)
    qtbot.mouseClick(panel.ui.restoreBackup, Qt.MouseButton.LeftButton)
    assert [w.name for w in store.wards.list_wards()] == [ward.name]
    assert "Restored" in panel.ui.message.text()
    assert panel.ui.backupsTable.item(0, 1).text() == "Before a restore"
    assert page.ui.auditTable.item(0, 1).text() == "backup restored"  # the audit tab reloaded
    new_ward, _ = store.wards.create_ward(WardDetails(name="Ward 10"))
    assert new_ward.envelope.epoch == 1  # the app's cached device epoch was refreshed


def test_nothing_to_restore_says_so(ward, main_window, store) -> None:
    _page, panel = open_tab(main_window)
    assert panel.ui.backupsTable.rowCount() == 0 and not panel.ui.restoreBackup.isEnabled()
    assert "no backups yet" in panel.ui.message.text()


def test_the_timer_backs_up_only_when_data_changed_and_the_close_takes_one_too(qtbot, ward, main_window, store) -> None:
    from datetime import timedelta

    from app.ui.startup import BackupTimer, before_quit

    store.backups.take_backup("auto")
    store.backups.interval = timedelta(0)  # the 30 minutes are tested with a simulated clock in tests/unit
    timer = BackupTimer(main_window, store, interval_ms=60_000)
    assert timer.timer.isActive() and timer.timer.interval() == 60_000
    timer.tick()
    assert len(store.backups.list()) == 1  # nothing changed
    store.wards.create_ward(WardDetails(name="Ward 9"))
    timer.tick()
    assert [b.reason for b in store.backups.list()] == ["auto", "auto"]
    store.wards.create_ward(WardDetails(name="Ward 10"))
    before_quit(store)
    assert store.backups.list()[0].reason == "on-close"


def test_after_the_window_shows_the_timer_starts_and_drafts_are_offered(
    qtbot, ward, main_window, store, prompts
) -> None:
    from app.ui.startup import after_window_shown

    store.drafts.save("k", page="settings", payload={"x": 1})
    prompts.answer("ask_yes_no", False)
    after_window_shown(main_window, store, None, quit_when_ready=False)
    assert main_window.backup_timer.timer.isActive()
    qtbot.waitUntil(lambda: bool(prompts.texts("ask_yes_no")), timeout=2000)
    assert "closed before some typing was saved" in prompts.texts("ask_yes_no")[0]
