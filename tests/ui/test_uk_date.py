"""The UK date box by keys: day-first typing, one Tab stop, refused typing kept with a note."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from app.ui.widgets.uk_date import UkDateEdit


@pytest.fixture
def boxes(qtbot):  # ANN201
    holder = QWidget()
    layout = QVBoxLayout(holder)
    due = UkDateEdit(optional=True)
    due.today = lambda: date(2026, 12, 4)
    day = UkDateEdit()
    day.today = lambda: date(2026, 12, 4)
    day.set_date_value(date(2026, 12, 4))
    after = QLineEdit()
    for widget in (due, day, after):
        layout.addWidget(widget)
    qtbot.addWidget(holder)
    holder.show()
    qtbot.waitExposed(holder)
    due.setFocus()
    return holder, due, day, after


def test_typing_31_12_2026_is_read_day_first_and_shown_in_words(qtbot, boxes) -> None:
    _holder, due, day, _after = boxes
    seen = []
    due.date_value_changed.connect(seen.append)
    qtbot.keyClicks(due, "31/12/2026")
    qtbot.keyClick(due, Qt.Key.Key_Tab)
    assert day.hasFocus()
    assert due.date_value() == date(2026, 12, 31) and due.text() == "Thu 31 Dec 2026"
    assert seen == [date(2026, 12, 31)]


def test_each_date_box_is_one_tab_stop(qtbot, boxes) -> None:
    _holder, due, day, after = boxes
    qtbot.keyClick(due, Qt.Key.Key_Tab)
    assert day.hasFocus()
    qtbot.keyClick(day, Qt.Key.Key_Tab)
    assert after.hasFocus()


def test_up_and_down_move_a_day_and_enter_commits(qtbot, boxes) -> None:
    _holder, _due, day, _after = boxes
    day.setFocus()
    qtbot.keyClick(day, Qt.Key.Key_Up)
    assert day.date_value() == date(2026, 12, 5)
    qtbot.keyClick(day, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(day, "+7")
    qtbot.keyClick(day, Qt.Key.Key_Return)
    assert day.date_value() == date(2026, 12, 11) and day.text() == "Fri 11 Dec 2026"


def test_typing_that_is_not_a_date_stays_with_a_note_and_changes_nothing(qtbot, boxes) -> None:
    _holder, due, _day, _after = boxes
    problems = []
    due.problem.connect(problems.append)
    qtbot.keyClicks(due, "31/02/2026")
    qtbot.keyClick(due, Qt.Key.Key_Tab)
    assert due.date_value() is None and due.text() == "31/02/2026"
    assert "not a real date" in due.error() and problems and "not a real date" in problems[-1]


def test_an_optional_box_can_be_emptied(qtbot, boxes) -> None:
    _holder, due, _day, _after = boxes
    qtbot.keyClicks(due, "4 dec")
    qtbot.keyClick(due, Qt.Key.Key_Return)
    assert due.date_value() == date(2026, 12, 4)
    qtbot.keyClick(due, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(due, Qt.Key.Key_Delete)
    qtbot.keyClick(due, Qt.Key.Key_Return)
    assert due.date_value() is None and due.text() == ""
