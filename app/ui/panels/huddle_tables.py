"""The list parts of the huddle sheet: look-back events, patients at risk, open actions and the
safety-cross rows. Each is a small adapter between a widget and domain tuples; the record's
lists (events, patients at risk) offer ``value``/``set_value``/``changed`` like any field widget
(app/ui/editors/fields.py)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.domain.action import Action
from app.domain.huddle import EVENT_TYPES, HARM_LEVELS, RISK_FLAGS, AtRiskPatient, LookBackEvent
from app.domain.safety_cross import CrossDay
from app.domain.ward import FocusHarm
from app.ui.widgets.flag_picker import FlagPicker
from app.ui.widgets.safety_cross_view import letter_for


class NamedEditorDelegate(QStyledItemDelegate):
    """Gives the in-cell editor the column's name, so a screen reader says what is being typed."""

    def createEditor(self, parent, option, index):  # ANN001, ANN201
        editor = super().createEditor(parent, option, index)
        table = self.parent()
        if isinstance(table, QTableWidget) and editor is not None:
            header = table.horizontalHeaderItem(index.column())
            editor.setAccessibleName(f"{header.text() if header else 'Cell'}, row {index.row() + 1}")
        return editor


def _setup(table: QTableWidget, headers: list[str], stretch: int) -> None:
    table.setItemDelegate(NamedEditorDelegate(table))
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    table.setMinimumHeight(table.fontMetrics().height() * 7)


def _combo(options: tuple[str, ...], current: str, name: str, on_change: Callable[[], None]) -> QComboBox:
    combo = QComboBox()
    combo.addItems(list(options))
    if current in options:
        combo.setCurrentText(current)
    combo.setAccessibleName(name)
    combo.currentIndexChanged.connect(lambda _i: on_change())
    return combo


class EventsTable(QObject):
    changed = Signal()

    def __init__(self, table: QTableWidget) -> None:
        super().__init__(table)
        self.table = table
        self.on_change = self.changed.emit
        self._ids: list[str] = []
        _setup(table, ["Type", "Harm level", "Incident ref (Datix, InPhase, Radar)", "Learning point"], 3)
        table.itemChanged.connect(lambda _item: self.changed.emit())

    def set_value(self, events: tuple[LookBackEvent, ...]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        self._ids = []
        for event in events:
            self._append(event)
        self.table.blockSignals(False)

    def _append(self, event: LookBackEvent) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self._ids.append(event.id)
        n = row + 1
        self.table.setCellWidget(row, 0, _combo(EVENT_TYPES, event.event_type, f"Event {n} type", self.on_change))
        self.table.setCellWidget(row, 1, _combo(HARM_LEVELS, event.harm_level, f"Event {n} harm level", self.on_change))
        self.table.setItem(row, 2, QTableWidgetItem(event.incident_ref))
        self.table.setItem(row, 3, QTableWidgetItem(event.learning_point))

    def add(self) -> None:
        self.table.blockSignals(True)
        self._append(LookBackEvent("Fall"))
        self.table.blockSignals(False)
        self.table.setCurrentCell(self.table.rowCount() - 1, 0)
        self.table.cellWidget(self.table.rowCount() - 1, 0).setFocus()
        self.on_change()

    def remove_selected(self) -> bool:
        row = self.table.currentRow()
        if row < 0:
            return False
        self.table.removeRow(row)
        del self._ids[row]
        self.on_change()
        return True

    def selected_id(self) -> str | None:
        row = self.table.currentRow()
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def value(self) -> tuple[LookBackEvent, ...]:
        out = []
        for row, event_id in enumerate(self._ids):
            type_box = self.table.cellWidget(row, 0)
            harm_box = self.table.cellWidget(row, 1)
            ref = self.table.item(row, 2)
            learning = self.table.item(row, 3)
            out.append(
                LookBackEvent(
                    type_box.currentText() if isinstance(type_box, QComboBox) else "Other",
                    harm_box.currentText() if isinstance(harm_box, QComboBox) else "No harm",
                    ref.text().strip() if ref else "",
                    learning.text().strip() if learning else "",
                    id=event_id,
                )
            )
        return tuple(out)


class AtRiskTable(QObject):
    changed = Signal()

    def __init__(self, table: QTableWidget) -> None:
        super().__init__(table)
        self.table = table
        self.on_change = self.changed.emit
        _setup(table, ["Bed or bay", "Risk flags", "Mitigation"], 2)
        table.itemChanged.connect(lambda _item: self.changed.emit())

    def set_value(self, patients: tuple[AtRiskPatient, ...]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for patient in patients:
            self._append(patient)
        self.table.blockSignals(False)

    def _append(self, patient: AtRiskPatient) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(patient.bed))
        picker = FlagPicker(RISK_FLAGS, patient.flags)
        picker.setAccessibleName(f"Risk flags for row {row + 1}")
        picker.changed.connect(self.on_change)
        self.table.setCellWidget(row, 1, picker)
        self.table.setItem(row, 2, QTableWidgetItem(patient.mitigation))

    def add(self) -> None:
        self.table.blockSignals(True)
        self._append(AtRiskPatient(""))
        self.table.blockSignals(False)
        row = self.table.rowCount() - 1
        self.table.setCurrentCell(row, 0)
        self.table.editItem(self.table.item(row, 0))

    def remove_selected(self) -> bool:
        row = self.table.currentRow()
        if row < 0:
            return False
        self.table.removeRow(row)
        self.on_change()
        return True

    def value(self) -> tuple[AtRiskPatient, ...]:
        out = []
        for row in range(self.table.rowCount()):
            bed = self.table.item(row, 0)
            picker = self.table.cellWidget(row, 1)
            mitigation = self.table.item(row, 2)
            bed_text = bed.text().strip() if bed else ""
            flags = picker.chosen() if isinstance(picker, FlagPicker) else ()
            mitigation_text = mitigation.text().strip() if mitigation else ""
            if bed_text or flags or mitigation_text:
                out.append(AtRiskPatient(bed_text, flags, mitigation_text))
        return tuple(out)


class ActionsTable:
    """Open actions: overdue ones say so in words and in bold, not only in colour."""

    def __init__(self, table: QTableWidget) -> None:
        self.table = table
        self.actions: list[Action] = []
        _setup(table, ["Action", "Owner", "Due", "Status", "Overdue?"], 0)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)

    def set(self, actions: list[Action], today: date) -> None:
        self.actions = actions
        self.table.setRowCount(len(actions))
        bold = QFont(self.table.font())
        bold.setBold(True)
        for row, action in enumerate(actions):
            due = f"{action.due:%a %d %b}" if action.due else ""
            overdue = action.is_overdue(today)
            note = (
                f"OVERDUE by {action.days_overdue(today)} day{'s' if action.days_overdue(today) != 1 else ''}"
                if overdue
                else ""
            )
            for col, text in enumerate((action.text, action.owner, due, action.status, note)):
                item = QTableWidgetItem(text)
                if overdue:
                    item.setFont(bold)
                    if col == 4:
                        item.setForeground(QColor("#a4000f"))
                        item.setText("⚠ " + text)
                self.table.setItem(row, col, item)

    def selected(self) -> Action | None:
        row = self.table.currentRow()
        return self.actions[row] if 0 <= row < len(self.actions) else None


def swatch(colour: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class CrossRows(QObject):
    """Today's box for each focus harm: a colour (with its label and letter), the number of events,
    and the days since the last harm."""

    changed = Signal()

    def __init__(self, container: QWidget) -> None:
        super().__init__(container)
        self.layout = QGridLayout(container)
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.on_change = self.changed.emit
        self.rows: list[tuple[FocusHarm, QComboBox, QSpinBox, QLabel]] = []
        self.saved: dict[str, CrossDay] = {}

    def build(self, harms: tuple[FocusHarm, ...]) -> None:
        while self.layout.count():
            item = self.layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.rows = []
        for index, harm in enumerate(harms):
            name = QLabel(f"{harm.name}")
            combo = QComboBox()
            combo.addItem("not set yet", "")
            for colour in harm.colours:
                combo.addItem(swatch(colour.colour), f"{letter_for(colour)}  {colour.label}", colour.code)
            combo.setAccessibleName(f"Safety cross today: {harm.name}")
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(14)
            name.setBuddy(combo)
            events = QSpinBox()
            events.setRange(0, 50)
            events.setAccessibleName(f"Number of {harm.name.lower()} events today")
            events_label = QLabel("events")
            events_label.setBuddy(events)
            since = QLabel("")
            since.setWordWrap(True)
            since.setAccessibleName(f"Days since last harm: {harm.name}")
            combo.currentIndexChanged.connect(lambda _i: self.on_change())
            events.valueChanged.connect(lambda _v: self.on_change())
            for col, widget in enumerate((name, combo, events, events_label, since)):
                self.layout.addWidget(widget, index, col)
            self.rows.append((harm, combo, events, since))
        self.layout.setColumnStretch(4, 1)

    def widgets(self) -> list[QWidget]:
        out: list[QWidget] = []
        for _harm, combo, events, _since in self.rows:
            out += [combo, events]
        return out

    def set(self, saved: dict[str, CrossDay], days_since: dict[str, int | None]) -> None:
        self.saved = saved
        for harm, combo, events, since in self.rows:
            entry = saved.get(harm.key)
            combo.blockSignals(True)
            events.blockSignals(True)
            index = combo.findData(entry.code) if entry else 0
            combo.setCurrentIndex(max(0, index))
            events.setValue(entry.events if entry else 0)
            combo.blockSignals(False)
            events.blockSignals(False)
            days = days_since.get(harm.key)
            since.setText(
                "no harm recorded yet" if days is None else f"{days} day{'s' if days != 1 else ''} since the last harm"
            )

    def values(self, ward_id: str, day: date) -> tuple[CrossDay, ...]:
        out = []
        for harm, combo, events, _since in self.rows:
            code = combo.currentData()
            saved = self.saved.get(harm.key)
            if not code:
                continue
            if saved and saved.code == code and saved.events == events.value():
                continue  # unchanged: no new revision
            out.append(
                CrossDay(ward_id, day, harm.key, code, events.value(), envelope=saved.envelope if saved else None)
            )
        return tuple(out)
