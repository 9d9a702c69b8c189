"""The data grid panel of the Measures page: one row per period (or per event), typed in from the
keyboard or pasted from Excel.

Keyboard: type a number and press Enter to save it and move down; Tab moves right; Delete clears
a cell; Ctrl+V pastes a block copied from Excel (tab between cells, newline between rows, blank
cell = missing, UK numbers). A paste is checked as a whole before anything is saved, so one bad
cell saves nothing and the message names the row. Every save goes through the measures service
with the revision the grid loaded, so a stale grid never overwrites someone else's value.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemDelegate, QApplication, QHeaderView, QWidget

from app.domain.measure import (
    DataPoint,
    Measure,
    MeasureDetails,
    next_period,
    period_label,
    period_range,
    period_start,
    plotted_value,
)
from app.domain.measure_input import parse_date, parse_number, plan_paste
from app.domain.measure_series import build_series
from app.errors import StaleRecordError, ValidationError, WardHuddleError
from app.services.records.measures import PointEdit
from app.services.store import AppStore
from app.ui import prompts
from app.ui.generated.ui_measure_data import Ui_MeasuresData
from app.ui.panels.measure_grid import DataGridModel
from app.ui.widgets.form_helpers import show_message

DEFAULT_WINDOW = {"daily": 27, "weekly": 25, "monthly": 11}  # periods shown before the current one


class MeasureDataPanel(QWidget):
    """``load(measure)`` fills the grid; ``changed`` carries Changes after every save."""

    changed = Signal(object)

    def __init__(self, store: AppStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.ui = Ui_MeasuresData()
        self.ui.setupUi(self)
        self.measure: Measure | None = None
        self.points: list[DataPoint] = []
        self.model = DataGridModel(self)
        self.model.edit_handler = self._edit
        grid = self.ui.grid
        grid.setModel(self.model)
        grid.verticalHeader().setVisible(False)
        grid.installEventFilter(self)
        grid.itemDelegate().closeEditor.connect(self._editor_closed)
        self.ui.periodsFrom.dateChanged.connect(lambda _d: self._fill())
        self.ui.addEvent.clicked.connect(self.add_event)
        self.ui.excludePoint.clicked.connect(self.exclude)
        self.ui.includePoint.clicked.connect(self.include)
        self.ui.deletePoint.clicked.connect(self.delete)

    # -- loading -------------------------------------------------------------------------------
    def load(self, measure: Measure | None) -> None:
        self.measure = measure
        self.points = self.store.measures.points(measure.id) if measure is not None else []
        details = measure.details if measure is not None else MeasureDetails(name="")
        regular = details.frequency != "event"
        derived = measure is not None and measure.is_derived
        self.ui.periodsFrom.setVisible(regular and not derived)
        self.ui.fromLabel.setVisible(regular and not derived)
        if regular and measure is not None:
            today = self.store.measures.today()
            start = next_period(
                period_start(today, details.frequency), details.frequency, -DEFAULT_WINDOW[details.frequency]
            )
            if self.points:
                start = min(start, self.points[0].period)
            self.ui.periodsFrom.blockSignals(True)
            self.ui.periodsFrom.setDate(QDate(start.year, start.month, start.day))
            self.ui.periodsFrom.blockSignals(False)
        read_only = measure is None or derived or self.store.read_only
        for button in (self.ui.excludePoint, self.ui.includePoint, self.ui.deletePoint):
            button.setEnabled(not read_only)
        self.ui.addEvent.setVisible(details.frequency == "event")
        self.ui.addEvent.setEnabled(not read_only)
        if derived:
            hint = (
                "Worked out from the daily huddle sheets, so it always matches them: change a sheet to change a value."
            )
            more = hint
        elif details.frequency == "event":
            hint = "One row per event: type its date in the last row. Ctrl+V pastes a column of dates from Excel."
            more = (
                hint + " The days between events are worked out for you. Paste into the Event date column; a "
                "note or an exclusion can be added to any event."
            )
        else:
            hint = "Enter saves and moves down. Ctrl+V pastes from Excel: a blank cell is a missing period."
            more = (
                "Type a value and press Enter to save it and move down; Tab moves right; Delete clears a cell. "
                "To paste from Excel, copy a column (or several) and press Ctrl+V on the first cell: a blank "
                "cell is a missing period and numbers are in UK format (1,234.5). Paste into the first column "
                "to place each row by the date in your paste. Nothing is saved if any cell is wrong."
            )
        self.ui.hint.setText(hint)
        self.ui.hint.setToolTip(more)
        self.ui.grid.setToolTip(more)
        self.ui.grid.setAccessibleDescription(more)
        self._fill()
        show_message(self.ui.dataMessage, "")

    def _fill(self) -> None:
        measure = self.measure
        if measure is None:
            self.model.set_rows(MeasureDetails(name=""), [], {}, True)
            return
        details = measure.details
        by_period = {p.period: p for p in self.points}
        rows: list[tuple[date | None, DataPoint | None]]
        if measure.is_derived or details.frequency == "event":
            rows = [(p.period, p) for p in self.points]
            if not measure.is_derived and not self.store.read_only:
                rows.append((None, None))
        else:
            first = self.ui.periodsFrom.date().toPython()
            today = self.store.measures.today()
            rows = [(p, by_period.get(p)) for p in period_range(first, today, details.frequency)]
        self.model.set_rows(details, rows, self._computed(), measure.is_derived or self.store.read_only)
        grid = self.ui.grid
        header = grid.horizontalHeader()
        for col, column in enumerate(self.model.columns):
            mode = QHeaderView.ResizeMode.Stretch if column.key == "note" else QHeaderView.ResizeMode.ResizeToContents
            header.setSectionResizeMode(col, mode)

    def _computed(self) -> dict[date, float | None]:
        if self.measure is None:
            return {}
        details = self.measure.details
        if details.data_kind == "days_between":
            return {p.period: p.value for p in build_series(details, self.points)}
        if details.is_ratio:
            return {p.period: plotted_value(details, p) for p in self.points}
        return {}

    def current_row(self) -> int:
        index = self.ui.grid.currentIndex()
        return index.row() if index.isValid() else -1

    # -- typing --------------------------------------------------------------------------------
    def _edit(self, row: int, key: str, text: str) -> bool:
        measure = self.measure
        if measure is None or not 0 <= row < len(self.model.rows):
            return False
        period, point = self.model.rows[row]
        try:
            if key == "period":
                if not text.strip():
                    return False
                saved, changes = self.store.measures.add_event(measure.id, parse_date(text))
                self._after_structure_change(f"Added the event on {period_label(saved.period, 'event')}.")
                self.changed.emit(changes)
                return True
            if period is None:
                raise ValidationError("Type the event's date in the first column first.")
            if key == "note":
                wanted = {"note": text}
            else:
                label = {"value": "The value", "numerator": "The numerator", "denominator": "The denominator"}[key]
                wanted = {key: parse_number(text, label)}
            summary, changes = self.store.measures.save_points(measure.id, [PointEdit(period, point, wanted)])
        except StaleRecordError as error:
            show_message(self.ui.dataMessage, str(error), error=True)
            QTimer.singleShot(0, self.reload)
            return False
        except WardHuddleError as error:
            show_message(self.ui.dataMessage, str(error), error=True)
            return False
        stored = summary.points[0] if summary.points else None
        self.points = [p for p in self.points if p.period != period] + ([stored] if stored else [])
        self.points.sort(key=lambda p: p.period)
        self.model.update_row(row, stored, self._computed())
        show_message(
            self.ui.dataMessage,
            f"{period_label(period, measure.details.frequency)}: "
            + ("saved." if stored else "cleared (now a missing period)."),
        )
        self.changed.emit(changes)
        return True

    def _editor_closed(self, _editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:  # Enter: move down, as in Excel
            index = self.ui.grid.currentIndex()
            if index.isValid() and index.row() + 1 < self.model.rowCount():
                self.ui.grid.setCurrentIndex(self.model.index(index.row() + 1, index.column()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if watched is self.ui.grid and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.matches(QKeySequence.StandardKey.Paste):
                self.paste(QApplication.clipboard().text())
                return True
            if (
                event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
                and self.ui.grid.state() != self.ui.grid.State.EditingState
            ):
                index = self.ui.grid.currentIndex()
                if index.isValid() and self.model.flags(index) & Qt.ItemFlag.ItemIsEditable:
                    self.model.setData(index, "", Qt.ItemDataRole.EditRole)
                return True
        return super().eventFilter(watched, event)

    # -- pasting --------------------------------------------------------------------------------
    def paste(self, text: str) -> bool:
        """Paste Excel text at the current cell. True if anything was saved."""
        measure = self.measure
        if measure is None or self.model.read_only:
            show_message(self.ui.dataMessage, "These values cannot be changed here.", error=True)
            return False
        index = self.ui.grid.currentIndex()
        col = index.column() if index.isValid() else 1
        row = index.row() if index.isValid() else 0
        fields = [c.key for c in self.model.columns[col:]]
        periods = [p for p, _ in self.model.rows if p is not None]
        by_period = {p.period: p for p in self.points}
        try:
            plan = plan_paste(
                measure.details, text, fields=fields, rows=periods, start_row=row, today=self.store.measures.today()
            )
            edits = [
                PointEdit(period, by_period.get(period), changes)
                for period, changes in plan
                if changes or period not in by_period
            ]
            summary, changes = self.store.measures.save_points(measure.id, edits)
        except StaleRecordError as error:
            show_message(self.ui.dataMessage, str(error), error=True)
            self.reload()
            return False
        except WardHuddleError as error:
            show_message(self.ui.dataMessage, str(error), error=True)
            return False
        blanks = sum(1 for _p, c in plan for k, v in c.items() if k != "note" and v is None)
        freq = measure.details.frequency
        where = (
            f"{period_label(plan[0][0], freq)} to {period_label(plan[-1][0], freq)}"
            if len(plan) > 1
            else period_label(plan[0][0], freq)
        )
        text = f"Pasted {len(plan)} row{'s' if len(plan) != 1 else ''} ({where}): {summary.text}"
        if blanks:
            text += f" {blanks} blank cell{'s' if blanks != 1 else ''} left as missing."
        earliest = min(p for p, _ in plan)
        self._after_structure_change(text, earliest=earliest)
        self.changed.emit(changes)
        return True

    # -- buttons ---------------------------------------------------------------------------------
    def _selected_point(self) -> tuple[int, DataPoint] | None:
        row = self.current_row()
        if 0 <= row < len(self.model.rows):
            point = self.model.rows[row][1]
            if point is not None and point.id is not None:
                return row, point
        show_message(self.ui.dataMessage, "Select a row that has a value first.", error=True)
        return None

    def add_event(self) -> None:
        if self.measure is None:
            return
        text = prompts.ask_text(self, "Add an event", "Date of the event (for example 03/03/2025):")
        if not text:
            return
        self._edit(
            len(self.model.rows) - 1 if self.model.rows and self.model.rows[-1][0] is None else 0, "period", text
        )

    def exclude(self) -> None:
        selected = self._selected_point()
        if selected is None or self.measure is None:
            return
        _row, point = selected
        label = period_label(point.period, self.measure.details.frequency)
        reason = prompts.ask_text(
            self,
            "Exclude from the calculations",
            f"Why leave {label} out of the centre line, limits and rules? It stays on the chart, "
            "drawn as a hollow circle.",
            point.exclude_reason,
        )
        if reason is None:
            return
        self._set_excluded(point, True, reason)

    def include(self) -> None:
        selected = self._selected_point()
        if selected is not None:
            self._set_excluded(selected[1], False, "")

    def _set_excluded(self, point: DataPoint, excluded: bool, reason: str) -> None:
        assert self.measure is not None
        try:
            _saved, changes = self.store.measures.set_excluded(self.measure.id, point, excluded, reason)
        except WardHuddleError as error:
            show_message(self.ui.dataMessage, str(error), error=True)
            if isinstance(error, StaleRecordError):
                self.reload()
            return
        label = period_label(point.period, self.measure.details.frequency)
        self._after_structure_change(
            f"{label} is now {'excluded from' if excluded else 'included in'} the calculations."
        )
        self.changed.emit(changes)

    def delete(self) -> None:
        selected = self._selected_point()
        if selected is None or self.measure is None:
            return
        _row, point = selected
        label = period_label(point.period, self.measure.details.frequency)
        if not prompts.ask_yes_no(
            self,
            "Delete value",
            f"Delete the data for {label}? The period becomes missing on the chart.",
            yes="Delete",
            no="Keep",
        ):
            return
        try:
            changes = self.store.measures.delete_point(point)
        except WardHuddleError as error:
            show_message(self.ui.dataMessage, str(error), error=True)
            return
        self._after_structure_change(f"Deleted the data for {label}.")
        self.changed.emit(changes)

    def reload(self) -> None:
        """Read the data again (after someone else's change), keeping the message shown."""
        self._after_structure_change(None)

    def _after_structure_change(self, message: str | None, *, earliest: date | None = None) -> None:
        """Reload points and rows, keeping the cursor where it was."""
        index = self.ui.grid.currentIndex()
        row, col = (index.row(), index.column()) if index.isValid() else (0, 1)
        if self.measure is not None:
            self.points = self.store.measures.points(self.measure.id)
            if earliest is not None and self.measure.details.frequency != "event":
                shown = self.ui.periodsFrom.date().toPython()
                if earliest < shown:
                    self.ui.periodsFrom.blockSignals(True)
                    self.ui.periodsFrom.setDate(QDate(earliest.year, earliest.month, earliest.day))
                    self.ui.periodsFrom.blockSignals(False)
        self._fill()
        if self.model.rowCount():
            self.ui.grid.setCurrentIndex(
                self.model.index(min(row, self.model.rowCount() - 1), min(col, self.model.columnCount() - 1))
            )
        if message is not None:
            show_message(self.ui.dataMessage, message)
