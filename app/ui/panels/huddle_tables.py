"""The list parts of the huddle sheet: look-back events, patients at risk, open actions and the
safety-cross rows. Each is a small adapter between a widget and domain tuples; the record's
lists (events, patients at risk) offer ``value``/``set_value``/``changed`` like any field widget
(app/ui/editors/fields.py)."""

from __future__ import annotations

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

from app.domain.action import Action, loudest_overdue, overdue_words
from app.domain.safety_cross import CrossDay
from app.domain.uk_dates import format_day
from app.domain.ward import FocusHarm
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
        loudest = loudest_overdue(actions, today)  # only the oldest few shout
        for row, action in enumerate(actions):
            due = format_day(action.due) if action.due else ""
            note = overdue_words(action, today)
            for col, text in enumerate((action.text, action.owner, due, action.status, note)):
                item = QTableWidgetItem(text)
                if row in loudest:
                    item.setFont(bold)
                    if col == 4:
                        item.setForeground(QColor("#a4000f"))
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

    def set(
        self, saved: dict[str, CrossDay], days_since: dict[str, int | None], notes: dict[str, str] | None = None
    ) -> None:
        """``notes``: per harm, where the mark came from and any contradiction with look back."""
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
            words = (
                "no harm recorded yet" if days is None else f"{days} day{'s' if days != 1 else ''} since the last harm"
            )
            note = (notes or {}).get(harm.key, "")
            since.setText(f"{words} · {note}" if note else words)

    def mark_unset_as_none(self) -> list[str]:
        """Every box still "not set yet" takes the harm's first colour ("No fall"); the harms named."""
        marked = []
        for harm, combo, _events, _since in self.rows:
            if not combo.currentData() and harm.colours:
                combo.setCurrentIndex(max(0, combo.findData(harm.colours[0].code)))
                marked.append(harm.name.lower())
        return marked

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
