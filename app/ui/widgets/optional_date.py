"""A date box that may be empty ("No date"), for due dates and the later-reflection date.

Empty is the minimum date shown as special text. Typing a digit or pressing Up/Down on an empty
box starts from a sensible date (today, unless told otherwise); Delete empties it again.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QDateEdit, QWidget

EMPTY = QDate(2000, 1, 1)


class OptionalDateEdit(QDateEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("dd/MM/yyyy")
        self.setCalendarPopup(True)
        self.setMinimumDate(EMPTY)
        self.setSpecialValueText("No date")
        self.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
        self.start_from: Callable[[], date] = date.today
        self.setDate(EMPTY)
        self.setToolTip("Type a date as dd/mm/yyyy, or press Delete for no date.")

    def set_empty_text(self, text: str) -> None:
        self.setSpecialValueText(text)

    def date_value(self) -> date | None:
        value = self.date()
        return None if value <= EMPTY else value.toPython()

    def set_date_value(self, value: date | None) -> None:
        self.setDate(EMPTY if value is None else QDate(value))

    def is_empty(self) -> bool:
        return self.date() <= EMPTY

    def _start(self) -> None:
        self.setDate(QDate(self.start_from()))
        self.setCurrentSection(QDateEdit.Section.DaySection)
        self.lineEdit().setSelection(0, 2)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and (
            self.is_empty() or self.lineEdit().selectedText() == self.text() or event.key() == Qt.Key.Key_Delete
        ):
            self.setDate(EMPTY)
            return
        if self.is_empty() and (event.text().isdigit() or event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)):
            self._start()
            if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, forward: bool) -> bool:  # Qt override
        """Tab leaves the box (one Tab stop): QDateEdit's own Tab walks day, month and year, and
        on an empty box ("No date") it never left at all, so the fields after it were unreachable.
        Left/Right or typing ``/`` move between the parts."""
        return QWidget.focusNextPrevChild(self, forward)

    def stepBy(self, steps: int) -> None:  # Qt override
        if self.is_empty():
            self._start()
            return
        super().stepBy(steps)
