"""Settings > Backups: the backups on this computer, "Back up now", and restoring one (with a
confirmation that says what will happen). Making and restoring run off the UI thread."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from app.domain.wording import format_local
from app.errors import WardHuddleError
from app.services.changes import Changes
from app.services.safety.backups import describe_reason
from app.services.store import AppStore
from app.ui import prompts, tasks
from app.ui.generated.ui_backups_panel import Ui_BackupsPanel
from app.ui.pages.base import Page
from app.ui.widgets.form_helpers import how_long_ago, show_message


def human_size(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size / (1024 * 1024):.1f} MB"


class BackupsPanel(QWidget):
    """A tab of the settings page. ``page`` is told when a restore changed everything."""

    def __init__(self, store: AppStore, page: Page | None = None) -> None:
        super().__init__()
        self.store = store
        self.page = page
        self.ui = Ui_BackupsPanel()
        self.ui.setupUi(self)
        self._backups: list[Any] = []
        self._busy = False
        table = self.ui.backupsTable
        table.setColumnCount(3)
        table.setHorizontalHeaderLabels(["Made", "Why", "Size"])
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().setVisible(False)
        self.ui.backupNow.clicked.connect(self.back_up_now)
        self.ui.restoreBackup.clicked.connect(self.restore_selected)
        # the list is read each time the tab is shown (showEvent), not when the page is built

    # -- showing -------------------------------------------------------------------------
    def showEvent(self, event) -> None:  # N802 - Qt override: the list may have grown
        super().showEvent(event)
        self.load()

    def load(self) -> None:
        self._backups = self.store.backups.list()
        now = datetime.now(UTC)
        table = self.ui.backupsTable
        table.setRowCount(len(self._backups))
        for row, backup in enumerate(self._backups):
            made = f"{format_local(backup.taken_at)} ({how_long_ago(backup.taken_at, now)})"
            for column, text in enumerate((made, describe_reason(backup.reason), human_size(backup.size))):
                table.setItem(row, column, QTableWidgetItem(text))
        if self._backups:
            table.selectRow(0)
        second = str(self.store.settings.get("second_backup_folder") or "")
        folders = f"Backups folder: {self.store.backups.folder}"
        folders += (
            f"\nSecond backup folder: {second}"
            if second
            else "\nSecond backup folder: not set (you can set one on the App tab, for example a network drive)."
        )
        self.ui.folders.setText(folders)
        writable = not self.store.read_only
        self.ui.backupNow.setEnabled(writable and not self._busy)
        self.ui.restoreBackup.setEnabled(
            bool(self._backups) and not self._busy and (writable or self.store.recovery.damaged)
        )
        if not self._backups:
            show_message(
                self.ui.message, "There are no backups yet. Ward Huddle makes the first one after your first change."
            )

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        if text:
            show_message(self.ui.message, text)
        self.load()

    # -- backing up ----------------------------------------------------------------------
    def back_up_now(self) -> None:
        self._set_busy(True, "Making a backup and checking it…")
        tasks.run_in_background(
            lambda: self.store.backups.take_backup("manual"), self._backed_up, self._failed, serial=True
        )

    def _backed_up(self, result: Any) -> None:
        text = "Backup made and checked. It is at the top of the list."
        if result.mirrored_to is not None:
            text += " A copy is in the second backup folder too."
        error = bool(result.mirror_problem)
        if error:
            text += f" {result.mirror_problem}"
        self._busy = False
        self.load()
        show_message(self.ui.message, text, error=error)

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        self.load()
        if isinstance(error, WardHuddleError):
            show_message(self.ui.message, str(error), error=True)
        else:
            show_message(
                self.ui.message,
                "Something went wrong. Your data is unchanged. If it keeps happening, tell IT.",
                error=True,
            )
            tasks._default_error(error)

    # -- restoring -----------------------------------------------------------------------
    def selected(self) -> Any | None:
        row = self.ui.backupsTable.currentRow()
        if 0 <= row < len(self._backups):
            return self._backups[row]
        show_message(self.ui.message, "Choose a backup in the list first.", error=True)
        return None

    def restore_selected(self) -> None:
        backup = self.selected()
        if backup is None:
            return
        when = format_local(backup.taken_at)
        if not prompts.ask_yes_no(
            self,
            "Restore a backup",
            f"Put back the data as it was on {when}?\n\n"
            f"Anything entered after that will no longer be in Ward Huddle. Ward Huddle first keeps a "
            "backup of the data as it is now, so this can be undone by restoring that backup.\n\n"
            "If Ward Huddle is open on another account on this computer, ask them to close it first.",
            yes="Restore this backup",
            no="Cancel",
        ):
            return
        path: Path = backup.path
        if self.store.recovery.damaged:  # the app's connection must be closed: on this thread
            try:
                result = self.store.recovery.restore_damaged(path)
            except WardHuddleError as error:
                self._failed(error)
                return
            self._restored(result)
            return
        self._set_busy(True, f"Restoring the backup from {when}…")
        tasks.run_in_background(lambda: self.store.backups.restore(path), self._restored, self._failed, serial=True)

    def _restored(self, result: Any) -> None:
        self.store.backups.after_restore()
        self._busy = False
        self.load()
        records = sum(result.counts.values())
        text = f"Restored: the data is as it was in that backup ({records} records)."
        if result.safety_backup is not None:
            text += " The data as it was just before is kept as a backup at the top of this list."
        show_message(self.ui.message, text)
        if self.page is not None:
            self.page.refresh(Changes.ALL)
            self.page.changed.emit(Changes.ALL)
