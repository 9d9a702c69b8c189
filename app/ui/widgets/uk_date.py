"""A date box that is one Tab stop, shows ``Fri 4 Dec 2026`` and reads day-first typing.

Type ``31/12/2026``, ``4 dec``, ``today`` or ``+7`` and press Enter or Tab; Up/Down move a day,
Page Up/Page Down a week. What cannot be read stays on screen, marked, with a note saying how to
type a date (``problem``), and the date is not changed. An optional box may be left empty
("No date"; Delete empties it).

It offers the parts of QDateEdit's interface the pages use (``date``, ``setDate``,
``dateChanged``), so it can replace one in a page without other changes.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from app.domain.uk_dates import HINT, DateWordsError, format_day, parse_day


class UkDateEdit(QLineEdit):
    dateChanged = Signal(QDate)  # noqa: N815 - the QDateEdit name, so pages can swap widgets
    date_value_changed = Signal(object)  # date | None
    problem = Signal(str)  # "" when the typing is fine again

    def __init__(self, parent: QWidget | None = None, *, optional: bool = False, empty_text: str = "No date") -> None:
        super().__init__(parent)
        self.optional = optional
        self.empty_text = empty_text
        self.today: Callable[[], date] = date.today
        self._value: date | None = None if optional else date.today()
        self._error = ""
        self.setPlaceholderText(empty_text if optional else "dd/mm/yyyy")
        self.setToolTip(HINT + (" Delete leaves it empty." if optional else ""))
        width = self.fontMetrics().horizontalAdvance("Wed 30 Sept 2026") + self.fontMetrics().height() * 2
        self.setMinimumWidth(width)
        self.editingFinished.connect(self._commit)
        self._show()

    # -- value -------------------------------------------------------------------------
    def date_value(self) -> date | None:
        return self._value

    def set_date_value(self, value: date | None) -> None:
        if value is None and not self.optional:
            raise ValueError("this date box cannot be empty")
        changed = value != self._value
        self._value = value
        self._set_error("")
        self._show()
        if changed:
            self._emit()

    def is_empty(self) -> bool:
        return self._value is None

    def error(self) -> str:
        return self._error

    def date(self) -> QDate:  # QDateEdit-style
        return QDate(self._value) if self._value else QDate()

    def setDate(self, value: QDate) -> None:  # noqa: N802 - QDateEdit-style
        self.set_date_value(value.toPython() if value.isValid() else None)

    # -- typing ------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
        steps = {
            Qt.Key.Key_Up: 1,
            Qt.Key.Key_Down: -1,
            Qt.Key.Key_PageUp: 7,
            Qt.Key.Key_PageDown: -7,
        }
        if event.key() in steps and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            start = self._value or self.today()
            self.set_date_value(start + timedelta(days=steps[event.key()]) if self._value else start)
            self.selectAll()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._commit()
            self.selectAll()
            event.ignore()  # a dialog or form may still want Enter
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # Qt override
        super().focusInEvent(event)
        if event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason):
            self.selectAll()

    def _commit(self) -> None:
        typed = self.text().strip()
        if typed == self._shown():
            self._set_error("")
            return
        if not typed:
            if self.optional:
                self.set_date_value(None)
            else:
                self._set_error(f"Type a date. {HINT}")
            return
        try:
            value = parse_day(typed, self.today())
        except DateWordsError as error:
            self._set_error(str(error))
            return
        self.set_date_value(value)

    def _shown(self) -> str:
        return format_day(self._value) if self._value else ""

    def _show(self) -> None:
        self.setText(self._shown())

    def _set_error(self, text: str) -> None:
        if text == self._error:
            return
        self._error = text
        self.setProperty("invalid", bool(text))
        self.setAccessibleDescription(text)
        self.style().unpolish(self)
        self.style().polish(self)
        self.problem.emit(text)

    def _emit(self) -> None:
        self.dateChanged.emit(self.date())
        self.date_value_changed.emit(self._value)
