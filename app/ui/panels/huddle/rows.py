"""The row lists of the sheet: look-back events and patients at risk.

Every cell is a real widget (combo, flag picker, text box), so Tab walks a new row cell by cell
(type, harm level, incident ref, learning point) and never skips typing into a cell it cannot
reach. The row holding the focus is the selected row (for "Remove" and "Start reflection")."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHeaderView, QLineEdit, QTableWidget, QWidget

from app.domain.huddle import EVENT_TYPES, HARM_LEVELS, RISK_FLAGS, AtRiskPatient, LookBackEvent
from app.ui.widgets.flag_picker import FlagPicker


def _combo(options: tuple[str, ...], current: str, name: str) -> QComboBox:
    combo = QComboBox()
    combo.addItems(list(options))
    if current in options:
        combo.setCurrentText(current)
    combo.setAccessibleName(name)
    return combo


def _line(text: str, name: str, placeholder: str = "") -> QLineEdit:
    line = QLineEdit(text)
    line.setAccessibleName(name)
    line.setPlaceholderText(placeholder)
    line.setFrame(False)
    return line


class WidgetRows(QObject):
    """A table whose rows are widgets; ``widgets()`` is their Tab order, row by row."""

    changed = Signal()
    rows_changed = Signal()  # a row was added or removed: the page rebuilds its Tab chain

    def __init__(self, table: QTableWidget, headers: list[str], stretch: int) -> None:
        super().__init__(table)
        self.table = table
        self._rows: list[list[QWidget]] = []
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().setVisible(False)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the cells take the focus, one by one
        table.setTabKeyNavigation(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    def widgets(self) -> list[QWidget]:
        return [w for row in self._rows for w in row]

    def _place(self, cells: list[QWidget]) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for col, widget in enumerate(cells):
            self.table.setCellWidget(row, col, widget)
            widget.installEventFilter(self)
        self._rows.append(cells)
        for first, second in zip(cells, cells[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _clear(self) -> None:
        self.table.setRowCount(0)
        self._rows = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if event.type() == QEvent.Type.FocusIn:
            for row, cells in enumerate(self._rows):
                for col, cell in enumerate(cells):
                    if cell is watched:  # identity: never compare with a cell Qt may be deleting
                        self.table.setCurrentCell(row, col)
        return False

    def current_row(self) -> int:
        return self.table.currentRow()

    def remove_selected(self) -> bool:
        row = self.table.currentRow()
        if not 0 <= row < len(self._rows):
            return False
        self.table.removeRow(row)
        del self._rows[row]
        self._removed(row)
        self.rows_changed.emit()
        self.changed.emit()
        return True

    def _removed(self, row: int) -> None:
        pass

    def _focus_new_row(self) -> None:
        self.rows_changed.emit()
        row = len(self._rows) - 1
        self.table.setCurrentCell(row, 0)
        self.table.scrollToItem(self.table.item(row, 0)) if self.table.item(row, 0) else None
        self._rows[row][0].setFocus(Qt.FocusReason.TabFocusReason)


class EventsTable(WidgetRows):
    """Look-back events: type, harm level, incident reference, learning point."""

    def __init__(self, table: QTableWidget) -> None:
        super().__init__(table, ["Type", "Harm level", "Incident ref (Datix, InPhase, Radar)", "Learning point"], 3)
        self._ids: list[str] = []

    def set_value(self, events: tuple[LookBackEvent, ...] | None) -> None:
        self._clear()
        self._ids = []
        for event in events or ():
            self._append(event)
        self.rows_changed.emit()

    def _append(self, event: LookBackEvent) -> None:
        n = len(self._rows) + 1
        emit: Callable[..., None] = lambda *_a: self.changed.emit()  # noqa: E731
        kind = _combo(EVENT_TYPES, event.event_type, f"Event {n} type")
        harm = _combo(HARM_LEVELS, event.harm_level, f"Event {n} harm level")
        ref = _line(event.incident_ref, f"Event {n} incident reference", "e.g. W123456")
        learning = _line(event.learning_point, f"Event {n} learning point", "one line to share")
        for combo in (kind, harm):
            combo.currentIndexChanged.connect(emit)
        for line in (ref, learning):
            line.textEdited.connect(emit)
        self._ids.append(event.id)
        self._place([kind, harm, ref, learning])

    def add(self) -> None:
        self._append(LookBackEvent("Fall"))
        self._focus_new_row()
        self.changed.emit()

    def _removed(self, row: int) -> None:
        del self._ids[row]

    def selected_id(self) -> str | None:
        row = self.table.currentRow()
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def value(self) -> tuple[LookBackEvent, ...]:
        out = []
        for event_id, (kind, harm, ref, learning) in zip(self._ids, self._rows, strict=True):
            assert isinstance(kind, QComboBox) and isinstance(harm, QComboBox)
            assert isinstance(ref, QLineEdit) and isinstance(learning, QLineEdit)
            out.append(
                LookBackEvent(
                    kind.currentText(), harm.currentText(), ref.text().strip(), learning.text().strip(), id=event_id
                )
            )
        return tuple(out)


class AtRiskTable(WidgetRows):
    """Patients at risk by bed or bay (never a name): bed, risk flags, mitigation."""

    def __init__(self, table: QTableWidget) -> None:
        super().__init__(table, ["Bed or bay", "Risk flags", "Mitigation"], 2)

    def set_value(self, patients: tuple[AtRiskPatient, ...] | None) -> None:
        self._clear()
        for patient in patients or ():
            self._append(patient)
        self.rows_changed.emit()

    def _append(self, patient: AtRiskPatient) -> None:
        n = len(self._rows) + 1
        bed = _line(patient.bed, f"Bed or bay for row {n}", "e.g. Bay 2 bed 4")
        bed.setMaxLength(20)
        flags = FlagPicker(RISK_FLAGS, patient.flags)
        flags.setAccessibleName(f"Risk flags for row {n}")
        mitigation = _line(patient.mitigation, f"Mitigation for row {n}", "what the team will do")
        for line in (bed, mitigation):
            line.textEdited.connect(lambda *_a: self.changed.emit())
        flags.changed.connect(self.changed.emit)
        self._place([bed, flags, mitigation])

    def add(self) -> None:
        self._append(AtRiskPatient(""))
        self._focus_new_row()

    def value(self) -> tuple[AtRiskPatient, ...]:
        out = []
        for bed, flags, mitigation in self._rows:
            assert isinstance(bed, QLineEdit) and isinstance(flags, FlagPicker) and isinstance(mitigation, QLineEdit)
            bed_text, mitigation_text = bed.text().strip(), mitigation.text().strip()
            if bed_text or flags.chosen() or mitigation_text:
                out.append(AtRiskPatient(bed_text, flags.chosen(), mitigation_text))
        return tuple(out)
