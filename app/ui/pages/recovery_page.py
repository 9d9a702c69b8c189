"""The recovery screen: the data file is damaged. Written for a nurse in the middle of a shift:
what happened, that nothing has been deleted, one clear button to put back the newest backup,
a way to look at the records without changing them, and the details IT needs.

Shown in the main window instead of the pages when the start-up check or Check data finds
damage (``MainWindow.enter_recovery``), or on its own when SQLite cannot read the file at all
(``recover_unreadable_file``, before the main window exists).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

from app.domain.wording import format_local
from app.errors import WardHuddleError
from app.services.changes import Changes
from app.services.safety.health import DamagedDataFile
from app.services.safety.recovery import restore_unreadable_file
from app.ui.generated.ui_recovery_page import Ui_RecoveryPage
from app.ui.pages.base import Page
from app.ui.widgets.form_helpers import how_long_ago, show_message

PAGE_STYLE = """
QLabel#whatToDo { background: #fff4d6; border-left: 6px solid #ffb81c; padding: 0.7em; }
QLabel#forIt { color: #425563; }
QPushButton#restore { padding: 0.5em 1.6em; }
"""


class RecoveryPage(Page):
    title = "Recovery"
    listens_to = Changes.NONE
    finished = Signal(bool)  # True: a backup was restored; False: carry on read-only

    def __init__(
        self,
        health: Any,
        backups: list[Any],
        restore: Callable[[Path], Any],
        *,
        can_look: bool = True,
        found_at_start: bool = True,
    ) -> None:
        super().__init__()
        self.health = health
        self.backups = list(backups)
        self._restore = restore
        self.result: Any = None
        self.found_at_start = found_at_start
        self.ui = Ui_RecoveryPage()
        self.ui.setupUi(self)
        self.setStyleSheet(PAGE_STYLE)
        title_font = QFont(self.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.5)
        title_font.setBold(True)
        self.ui.title.setFont(title_font)
        button_font = QFont(self.font())
        button_font.setPointSizeF(button_font.pointSizeF() * 1.1)
        button_font.setBold(True)
        self.ui.restore.setFont(button_font)
        self.ui.column.setMaximumWidth(self.fontMetrics().averageCharWidth() * 88)
        for button in (self.ui.restore, self.ui.lookOnly):
            self.ui.columnLayout.setAlignment(button, Qt.AlignmentFlag.AlignLeft)
        self.ui.columnLayout.setSpacing(self.fontMetrics().height() // 2)
        self.ui.restore.clicked.connect(self.restore_newest)
        self.ui.lookOnly.clicked.connect(lambda: self.finished.emit(False))
        self.ui.copyDetails.clicked.connect(self.copy_details)
        self.ui.lookOnly.setVisible(can_look)
        self._fill()

    def _fill(self) -> None:
        found = (
            "Ward Huddle checks its data every time it starts. This time the check found damage in the data file"
            if self.found_at_start
            else "Ward Huddle checked its data file and found damage in it"
        )
        self.ui.whatHappened.setText(
            f"{found}, so it has stopped saving, to protect what is there. Nothing has been deleted."
        )
        candidate = self.backups[0] if self.backups else None
        if candidate is None:
            self.ui.whatToDo.setText(
                "There is no backup on this computer to put back. Please ask IT for help before entering "
                "anything new. You can still look at the records."
            )
            self.ui.restore.hide()
        else:
            when = format_local(candidate.taken_at)
            ago = how_long_ago(candidate.taken_at, datetime.now(UTC))
            self.ui.whatToDo.setText(
                f"<b>What to do:</b> put back the newest backup, made on {when} ({ago}). Everything saved up "
                "to then comes back. Anything entered after that time will need to be entered again."
            )
            self.ui.restore.setText(f"Restore the backup from {when}")
            self.ui.restore.setAccessibleName(f"Restore the backup from {when}")
            self.ui.restore.show()
        kept = self.health.preserved_in
        self.ui.forIt.setText(
            "For IT: a copy of the damaged file has been kept in "
            f"{kept}. If this happens again, the computer's disk may be failing."
            if kept is not None
            else "For IT: the damaged file has been left as it was."
        )

    def details(self) -> str:
        lines = [
            "Ward Huddle: the data file failed its check.",
            f"Damaged copy kept in: {self.health.preserved_in}",
            f"Newest backup: {self.backups[0].path if self.backups else 'none'}",
            "What the check found:",
            *[f"  - {p}" for p in self.health.problems[:20]],
        ]
        return "\n".join(lines)

    def copy_details(self) -> None:
        QApplication.clipboard().setText(self.details())
        show_message(self.ui.message, "The details are copied: paste them into an email or a call to IT.")

    def restore_newest(self) -> None:
        while self.backups:
            candidate = self.backups[0]
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
            try:
                self.result = self._restore(candidate.path)
            except WardHuddleError as error:
                self.backups.pop(0)  # that backup failed its own check: offer the next one
                self._fill()
                show_message(self.ui.message, f"{error} " + ("Try the next one." if self.backups else ""), error=True)
                return
            finally:
                QApplication.restoreOverrideCursor()
            self.finished.emit(True)
            return


# -- before the main window: a file SQLite cannot read at all --------------------------------
def recover_unreadable_file(error: DamagedDataFile) -> bool:
    """Show the recovery screen on its own until a backup is restored (True) or it is closed."""
    page = RecoveryPage(
        error.health, error.backups(), lambda path: restore_unreadable_file(error, path), can_look=False
    )
    page.setWindowTitle("Ward Huddle: a problem with the data file")
    page.resize(1000, 640)
    loop = QEventLoop()
    outcome: list[bool] = []
    page.finished.connect(lambda restored: (outcome.append(restored), loop.quit()))
    page.destroyed.connect(loop.quit)
    closer = _CloseWatcher(page, loop)
    page.show()
    loop.exec()
    closer.deleteLater()
    page.close()
    return bool(outcome and outcome[0])


class _CloseWatcher(QObject):
    """Ends the recovery loop when the window is closed with its close button."""

    def __init__(self, page: QWidget, loop: QEventLoop) -> None:
        super().__init__()
        self._loop = loop
        page.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if event.type() == QEvent.Type.Close:
            self._loop.quit()
        return False
