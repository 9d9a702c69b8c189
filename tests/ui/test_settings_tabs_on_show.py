"""Settings reads its audit log and its backups list when their tab is shown, not when the page is
built (issue 19: a first visit shows the Ward tab). A user who goes to the tab by keyboard sees
the entries; an entry written while the page is open shows when the tab is shown again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabBar

from app.domain.measure import MeasureDetails


def to_tab(qtbot, page, tab) -> None:  # ANN001
    """Right on the tab bar until ``tab`` shows, as a keyboard user gets there."""
    bar = page.ui.tabs.findChild(QTabBar)
    bar.setFocus()
    for _ in range(page.ui.tabs.count()):
        if page.ui.tabs.currentWidget() is tab:
            return
        qtbot.keyClick(bar, Qt.Key.Key_Right)
    assert page.ui.tabs.currentWidget() is tab


def test_the_audit_log_is_read_when_its_tab_is_shown(qtbot, ward, main_window, store) -> None:
    store.measures.create(ward.id, MeasureDetails(name="Obs on time"))
    page = main_window.show_page("settings")
    assert page.ui.auditTable.rowCount() == 0  # the Ward tab shows: the log is not read yet
    to_tab(qtbot, page, page.ui.auditTab)
    assert page.ui.auditTable.item(0, 1).text() == "measure created"
    created, _ = store.measures.create(ward.id, MeasureDetails(name="Falls"))
    store.measures.delete(created.id, created.rev)
    page.refresh(page.listens_to)  # what the window does when another page saved
    assert page.ui.auditTable.item(0, 1).text() == "measure deleted"


def test_the_backups_list_is_read_when_its_tab_is_shown(qtbot, ward, main_window, store) -> None:
    page = main_window.show_page("settings")
    store.backups.take_backup("manual")
    to_tab(qtbot, page, page.backups_panel)
    table = page.backups_panel.ui.backupsTable
    assert table.rowCount() == 1 and page.backups_panel.ui.restoreBackup.isEnabled()
