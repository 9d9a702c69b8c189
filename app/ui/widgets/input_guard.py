"""Nothing changes without intent, app-wide (installed once on the QApplication).

- The mouse wheel over a combo, spin or date box that does not have keyboard focus scrolls the
  page under it instead of changing the value (a safety cross once went from "No pressure ulcer"
  to "Present on admission" while the user scrolled the sheet).
- A letter typed on a closed drop-down list picks the first choice whose *visible words* start
  with it: "n" picks "No fall", not the "N" code letter in front of "Fall, no harm". Typing the
  same letter again moves on to the next such choice.
- Letters typed into a number box are not dropped silently: a note says so beside the box
  (``letters_refused`` tells the page, which may show its own note; the number is unchanged).
"""

from __future__ import annotations

import re
import time

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDoubleSpinBox,
    QScrollBar,
    QSpinBox,
    QToolTip,
    QWidget,
)

_CODE_PREFIX = re.compile(r"^\S{1,2}\s{2,}")  # "F  Fall, no harm": a letter code, then the words
SEARCH_TEXT_ROLE = Qt.ItemDataRole.UserRole + 41  # optional: the words a choice is found by
_GUARDED_EVENTS = (QWheelEvent, QKeyEvent)


def search_words(combo: QComboBox, index: int) -> str:
    custom = combo.itemData(index, SEARCH_TEXT_ROLE)
    if isinstance(custom, str) and custom:
        return custom.casefold()
    return _CODE_PREFIX.sub("", combo.itemText(index)).casefold()


def find_by_words(combo: QComboBox, typed: str, after: int) -> int:
    """The first choice after ``after`` (wrapping round) whose words start with ``typed``; -1 if none."""
    count = combo.count()
    wanted = typed.casefold()
    for step in range(1, count + 1):
        index = (after + step) % count
        if search_words(combo, index).startswith(wanted):
            return index
    return -1


def _value_widget(widget: QObject | None) -> QWidget | None:
    """The combo/spin/slider a wheel event would change (the receiver or the box it sits in)."""
    while isinstance(widget, QWidget):
        if isinstance(widget, (QComboBox, QAbstractSpinBox)) or (
            isinstance(widget, QAbstractSlider) and not isinstance(widget, QScrollBar)
        ):
            return widget
        if widget.isWindow():
            return None
        widget = widget.parentWidget()
    return None


def _has_focus(widget: QWidget) -> bool:
    focus = QApplication.focusWidget()
    return focus is not None and (focus is widget or widget.isAncestorOf(focus))


def letters_note(typed: str) -> str:
    return f"Numbers only here: '{typed}' was not kept."


class InputGuard(QObject):
    letters_refused = Signal(QWidget, str)  # the number box, the note

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._typed: dict[int, tuple[str, float]] = {}
        self._last_refused: tuple[int, int, str] | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        # Every event of the application passes here (thousands per page shown): the type check
        # first, because event.type() builds a Python enum value on each call.
        if not isinstance(event, _GUARDED_EVENTS):
            return False
        kind = event.type()
        if kind == QEvent.Type.Wheel and isinstance(event, QWheelEvent):
            return self._wheel(watched, event)
        if kind == QEvent.Type.KeyPress and isinstance(watched, QComboBox) and isinstance(event, QKeyEvent):
            return self._combo_key(watched, event)
        if kind == QEvent.Type.KeyPress and isinstance(watched, (QSpinBox, QDoubleSpinBox)):
            self._number_key(watched, event)
        return False

    def _number_key(self, box: QAbstractSpinBox, event: QEvent) -> None:
        if not isinstance(event, QKeyEvent):
            return
        text = event.text()
        if not text or not any(c.isalpha() for c in text) or event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            return
        if box.specialValueText() and text.casefold() in box.specialValueText().casefold()[:1]:
            return
        stamp = (id(box), event.timestamp(), text)
        if stamp == self._last_refused:  # Qt can hand a spin box the same key event twice
            return
        self._last_refused = stamp
        note = letters_note(text)
        box.setProperty("refused_typing", note)
        QToolTip.showText(box.mapToGlobal(QPoint(0, box.height())), note, box)
        self.letters_refused.emit(box, note)

    def _wheel(self, watched: QObject, event: QWheelEvent) -> bool:
        box = _value_widget(watched)
        if box is None or _has_focus(box):
            return False
        area = box.parentWidget()
        while area is not None and not isinstance(area, QAbstractScrollArea):
            area = area.parentWidget()
        if area is not None:  # the page scrolls instead
            QApplication.sendEvent(area.viewport(), event)
        event.accept()
        return True

    def _combo_key(self, combo: QComboBox, event: QKeyEvent) -> bool:
        text = event.text()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier & ~Qt.KeyboardModifier.KeypadModifier
        if combo.isEditable() or modifiers or not text or not text.isprintable() or text.isspace():
            return False
        now = time.monotonic()
        previous, when = self._typed.get(id(combo), ("", 0.0))
        interval = QApplication.keyboardInputInterval() / 1000
        longer = previous + text
        if previous and combo.currentIndex() >= 0 and search_words(combo, combo.currentIndex()).startswith(longer):
            self._typed[id(combo)] = (longer, now)  # still spelling the choice shown: however slowly
            return True
        typed = longer if now - when < interval and previous != text else text
        self._typed[id(combo)] = (typed, now)
        start = combo.currentIndex() - (1 if len(typed) > 1 else 0)
        index = find_by_words(combo, typed, start)
        if index < 0 and len(typed) > 1:  # "nn": start again from the last letter
            typed = text
            self._typed[id(combo)] = (typed, now)
            index = find_by_words(combo, typed, combo.currentIndex())
        if index >= 0:
            combo.setCurrentIndex(index)
        return True


_guard: InputGuard | None = None


def install_input_guard(application: QApplication) -> InputGuard:
    """Install the guard once (calling again is harmless)."""
    global _guard
    if _guard is None:
        _guard = InputGuard(application)
        application.installEventFilter(_guard)
    return _guard
