"""The identifier review before an export: every finding, its record, one-click removal.

Opened (window-modal, without blocking: ``dialog.open()``) by the Export and import page when the
check finds anything. Selecting a finding shows its whole record with the finding marked, so the
person can judge it in context. "Remove from the record" really removes it (the record is saved
again at a new revision and the old text purged: app/services/exchange/pii_guard.py); "Not an identifier"
is remembered for that record and text. An NHS, CHI or Health and Care number can only be
removed. "Export now" is enabled once nothing is left open.

Signals: ``export_requested`` (the person chose Export now), ``changed(Changes)`` after a removal
or an acknowledgement, and ``open_record_requested(record_type, uuid)`` for a window that can
open the record on its own page.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from app.errors import WardHuddleError
from app.services.changes import Changes
from app.services.exchange.exports import PreparedExport
from app.services.exchange.pii_guard import PiiIssue
from app.services.store import AppStore
from app.ui import tasks
from app.ui.generated.ui_pii_review import Ui_PiiReview
from app.ui.widgets.form_helpers import show_message

OPEN, ACKNOWLEDGED, REMOVED = "Open", "Not an identifier", "Removed"
COLUMNS = ("Kind", "What", "Record", "Field", "Found", "Status")


class PiiReviewDialog(QDialog):
    export_requested = Signal()
    changed = Signal(object)
    open_record_requested = Signal(str, str)

    def __init__(self, store: AppStore, prepared: PreparedExport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.ui = Ui_PiiReview()
        self.ui.setupUi(self)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.issues: list[PiiIssue] = list(prepared.pii.issues)
        self.status: dict[int, str] = {
            i: ACKNOWLEDGED if issue.acknowledged else OPEN for i, issue in enumerate(self.issues)
        }
        table = self.ui.findings
        table.setColumnCount(len(COLUMNS))
        table.setHorizontalHeaderLabels(list(COLUMNS))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setVisible(False)
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)
        table.itemSelectionChanged.connect(self._show_record)
        self.ui.redactSelected.clicked.connect(self.redact_selected)
        self.ui.acknowledgeSelected.clicked.connect(self.acknowledge_selected)
        self.ui.redactAll.clicked.connect(self.redact_all_blocking)
        self.ui.exportNow.clicked.connect(self._export_now)
        self.ui.closeButton.clicked.connect(self.reject)
        self.ui.redactAll.setVisible(any(i.blocks for i in self.issues))
        self._fill()
        if self.issues:
            table.selectRow(next((i for i, s in self.status.items() if s == OPEN), 0))

    # -- showing -----------------------------------------------------------------------------------
    def _fill(self) -> None:
        table = self.ui.findings
        table.setRowCount(len(self.issues))
        for row, issue in enumerate(self.issues):
            must = "Must go" if issue.blocks else "Check"
            status = self.status[row]
            if status == OPEN and issue.imported:
                status = "Open (from another ward: cannot be changed here)"
            for col, text in enumerate((must, issue.label, issue.title, issue.field, issue.context, status)):
                item = QTableWidgetItem(text)
                if col == 0 and issue.blocks:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                table.setItem(row, col, item)
        self._update_summary()

    def _update_summary(self) -> None:
        open_rows = [r for r, s in self.status.items() if s == OPEN]
        blocking = [r for r in open_rows if self.issues[r].blocks]
        if not open_rows:
            text = "Everything found has been dealt with. You can export now."
        else:
            parts = []
            if blocking:
                parts.append(
                    f"{len(blocking)} NHS, CHI or Health and Care number{'s' * (len(blocking) != 1)} to remove"
                )
            if len(open_rows) > len(blocking):
                others = len(open_rows) - len(blocking)
                parts.append(f"{others} possible identifier{'s' * (others != 1)} to check")
            text = "Still open: " + " and ".join(parts) + "."
        self.ui.summary.setText(text)
        self.ui.exportNow.setEnabled(not open_rows and not self.store.read_only)
        self.ui.redactAll.setEnabled(bool(blocking))

    def _selected(self) -> list[int]:
        return sorted({index.row() for index in self.ui.findings.selectionModel().selectedRows()})

    def _show_record(self) -> None:
        rows = self._selected()
        if not rows:
            self.ui.recordText.clear()
            return
        issue = self.issues[rows[0]]
        try:
            fields = self.store.exchange.pii.record_text(issue.record_type, issue.uuid)
        except WardHuddleError as error:
            self.ui.recordText.setPlainText(str(error))
            return
        parts = [f"<p><b>{html.escape(issue.title)}</b></p>"]
        for field, text in fields:
            shown = html.escape(text)
            if field == issue.field or (field.split("[")[0] == issue.field.split("[")[0] and issue.text in text):
                shown = shown.replace(
                    html.escape(issue.text), f"<b><u>{html.escape(issue.text)}</u></b> [{html.escape(issue.label)}]"
                )
            parts.append(f"<p><i>{html.escape(field)}</i>: {shown}</p>")
        if self.status[rows[0]] == REMOVED:
            parts.append("<p>(Removed: the record was saved again without it.)</p>")
        self.ui.recordText.setHtml("".join(parts))
        self.open_record_requested.emit(issue.record_type, issue.uuid)

    # -- acting --------------------------------------------------------------------------------------
    def redact_selected(self) -> None:
        rows = [r for r in self._selected() if self.status[r] != REMOVED]
        if not rows:
            show_message(self.ui.message, "Select one or more findings first.", error=True)
            return
        self._redact(rows)

    def redact_all_blocking(self) -> None:
        rows = [r for r, s in self.status.items() if s == OPEN and self.issues[r].blocks]
        if rows:
            self._redact(rows)

    def _redact(self, rows: list[int]) -> None:
        chosen = [self.issues[r] for r in rows]
        if any(i.imported for i in chosen):
            show_message(
                self.ui.message,
                "A record from another ward's export cannot be changed here. "
                "Ask the ward to correct it and send a new export.",
                error=True,
            )
            return
        self._busy(True)
        exchange = self.store.exchange

        def work() -> Changes:
            with exchange.on_own_connection() as worker:
                return worker.pii.redact(chosen)

        tasks.run_in_background(work, lambda changes: self._redacted(rows, changes), self._failed, serial=True)

    def _redacted(self, rows: list[int], changes: Changes) -> None:
        self._busy(False)
        removed_keys = {
            (self.issues[r].record_type, self.issues[r].uuid, self.issues[r].field, self.issues[r].text) for r in rows
        }
        for row, issue in enumerate(self.issues):  # the same text elsewhere in that field went too
            if (issue.record_type, issue.uuid, issue.field, issue.text) in removed_keys:
                self.status[row] = REMOVED
        show_message(
            self.ui.message, f"Removed {len(rows)} from {'its record' if len(rows) == 1 else 'their records'}."
        )
        self._fill()
        self._show_record()
        self.changed.emit(changes)

    def acknowledge_selected(self) -> None:
        rows = [r for r in self._selected() if self.status[r] == OPEN]
        if not rows:
            show_message(self.ui.message, "Select one or more open findings first.", error=True)
            return
        if any(self.issues[r].blocks for r in rows):
            show_message(
                self.ui.message,
                "An NHS, CHI or Health and Care number cannot be kept: remove it from the record, or change the text.",
                error=True,
            )
            return
        try:
            changes = self.store.exchange.pii.acknowledge([self.issues[r] for r in rows])
        except WardHuddleError as error:
            show_message(self.ui.message, str(error), error=True)
            return
        for row in rows:
            self.status[row] = ACKNOWLEDGED
        show_message(self.ui.message, f"Marked {len(rows)} as not an identifier.")
        self._fill()
        self.changed.emit(changes)

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        text = (
            str(error) if isinstance(error, WardHuddleError) else "That could not be done. Your records are unchanged."
        )
        show_message(self.ui.message, text, error=True)

    def _busy(self, busy: bool) -> None:
        for button in (self.ui.redactSelected, self.ui.acknowledgeSelected, self.ui.redactAll, self.ui.exportNow):
            button.setEnabled(not busy)
        if not busy:
            self._update_summary()

    def _export_now(self) -> None:
        self.export_requested.emit()
        self.accept()
