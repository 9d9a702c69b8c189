"""The wheel never changes an unfocused box (the page scrolls instead); letters typed on a
drop-down list pick by the choice's visible words."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QDateEdit, QLineEdit, QScrollArea, QSpinBox, QVBoxLayout, QWidget

from app.ui.widgets.input_guard import install_input_guard


def wheel(widget: QWidget, steps: int = -1) -> None:
    """One real wheel notch over the middle of ``widget`` (negative = scroll down)."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(widget.rect().center())),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


@pytest.fixture
def scrolled(qtbot):  # ANN201
    install_input_guard(QApplication.instance())
    area = QScrollArea()
    inner = QWidget()
    layout = QVBoxLayout(inner)
    first = QLineEdit()
    layout.addWidget(first)
    combo = QComboBox()
    combo.addItems(["not set yet", "F  Fall, no harm", "N  No fall", "H  Fall with harm"])
    spin = QSpinBox()
    spin.setValue(6)
    day = QDateEdit()
    for widget in (combo, spin, day):
        layout.addWidget(widget)
    for _ in range(40):
        layout.addWidget(QLineEdit())
    area.setWidget(inner)
    area.setWidgetResizable(True)
    area.resize(300, 200)
    qtbot.addWidget(area)
    area.show()
    qtbot.waitExposed(area)
    first.setFocus()
    return area, combo, spin, day


def test_the_wheel_scrolls_the_page_and_leaves_unfocused_boxes_alone(qtbot, scrolled) -> None:
    area, combo, spin, day = scrolled
    before = (combo.currentIndex(), spin.value(), day.date())
    for widget in (combo, spin, day, day.findChild(QLineEdit)):
        wheel(widget)
    assert (combo.currentIndex(), spin.value(), day.date()) == before
    assert area.verticalScrollBar().value() > 0  # the page scrolled instead


def test_the_wheel_still_works_on_the_box_with_focus(qtbot, scrolled) -> None:
    _area, _combo, spin, _day = scrolled
    spin.setFocus()
    wheel(spin, steps=1)
    assert spin.value() == 7


def test_a_typed_letter_picks_by_the_visible_words(qtbot, scrolled) -> None:
    _area, combo, _spin, _day = scrolled
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_N)
    assert combo.currentText() == "N  No fall"
    qtbot.keyClick(combo, Qt.Key.Key_N)  # the same letter again moves on (round to "not set yet")
    assert combo.currentText() == "not set yet"
    qtbot.keyClick(combo, Qt.Key.Key_F)
    assert combo.currentText() == "F  Fall, no harm"
    qtbot.keyClick(combo, Qt.Key.Key_F)
    assert combo.currentText() == "H  Fall with harm"


def test_letters_in_a_number_box_are_noted_not_dropped_silently(qtbot, scrolled) -> None:
    _area, _combo, spin, _day = scrolled
    guard = install_input_guard(QApplication.instance())
    notes = []
    guard.letters_refused.connect(lambda box, note: notes.append((box, note)))
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, "7x")
    assert spin.value() == 7
    assert notes == [(spin, "Numbers only here: 'x' was not kept.")]
    assert spin.property("refused_typing") == notes[0][1]


def test_a_word_typed_slowly_still_picks_its_choice(qtbot, scrolled) -> None:
    _area, combo, _spin, _day = scrolled
    combo.clear()
    combo.addItems(["Open", "In progress", "Done", "Escalated"])
    combo.setFocus()
    for letter in (Qt.Key.Key_D, Qt.Key.Key_O, Qt.Key.Key_N, Qt.Key.Key_E):
        qtbot.keyClick(combo, letter)
        qtbot.wait(QApplication.keyboardInputInterval() + 50)  # a slow typist, or a busy ward PC
    assert combo.currentText() == "Done"
