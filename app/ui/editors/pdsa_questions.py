"""The PDSA cycle's questions table (question, prediction in Plan, result in Study, learning) as
a field widget: ``value`` is the tuple of Question."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem

from app.domain.pdsa import Question
from app.ui.widgets.form_helpers import commit_open_editor

QUESTION_COLUMNS = ("Question", "Prediction (Plan)", "Result (Study)", "Learning")
ID_ROLE = Qt.ItemDataRole.UserRole


class QuestionsTable(QObject):
    changed = Signal()

    def __init__(self, table: QTableWidget) -> None:
        super().__init__(table)
        self.table = table
        table.setColumnCount(len(QUESTION_COLUMNS))
        table.setHorizontalHeaderLabels(list(QUESTION_COLUMNS))
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.setWordWrap(True)
        table.itemChanged.connect(lambda _item: self.changed.emit())

    def set_value(self, questions: tuple[Question, ...]) -> None:
        table = self.table
        commit_open_editor(table, close=True)
        table.blockSignals(True)
        table.setRowCount(0)
        for question in questions:
            self._append(question)
        table.blockSignals(False)
        table.resizeRowsToContents()

    def _append(self, question: Question) -> int:
        table = self.table
        row = table.rowCount()
        table.insertRow(row)
        for column, value in enumerate((question.question, question.prediction, question.result, question.learning)):
            item = QTableWidgetItem(value)
            if column == 0:
                item.setData(ID_ROLE, question.id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{QUESTION_COLUMNS[column]}: {value}")
            table.setItem(row, column, item)
        return row

    def value(self) -> tuple[Question, ...]:
        table = self.table
        commit_open_editor(table)
        out = []
        for row in range(table.rowCount()):
            cells = [table.item(row, c).text() if table.item(row, c) else "" for c in range(4)]
            first = table.item(row, 0)
            question_id = first.data(ID_ROLE) if first is not None and first.data(ID_ROLE) else None
            out.append(Question(*cells) if question_id is None else Question(*cells, id=str(question_id)))
        return tuple(out)

    def add(self) -> None:
        """A new empty question, its first cell open for typing."""
        table = self.table
        row = self._append(Question(""))
        table.setCurrentCell(row, 0)
        table.setFocus()
        table.editItem(table.item(row, 0))

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()

    def widgets(self) -> list[QTableWidget]:
        return [self.table]
