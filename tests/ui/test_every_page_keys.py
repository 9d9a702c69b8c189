"""Over every page of the main window: each Alt letter means one thing (menus included); the
mouse wheel over every combo, spin and date box leaves the record unchanged; the daily sheet's
real Tab chain is its declared order."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QMenu,
    QTabWidget,
    QWidget,
)

from app.ui.widgets.input_guard import install_input_guard

PAGES = ("huddle", "history", "actions", "reflections", "measures", "improvement", "search", "exchange", "settings")
_MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def mnemonic(text: str) -> str | None:
    found = _MNEMONIC.search(text or "")
    return found.group(1).lower() if found else None


def letters_on(root: QWidget, window: QWidget) -> list[tuple[str, str]]:
    """(letter, what) for every Alt letter a user can press while ``root`` shows."""
    out = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                letter = mnemonic(widget.tabText(index))
                if letter:
                    out.append((letter, f"tab '{widget.tabText(index)}'"))
            continue
        if isinstance(widget, QLabel) and widget.buddy() is not None:
            text = widget.text()
        elif isinstance(widget, QAbstractButton):
            text = widget.text()
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            text = widget.title()
        else:
            continue
        letter = mnemonic(text)
        if letter:
            out.append((letter, f"{type(widget).__name__} {widget.objectName()} '{text}'"))
    return out


def menu_letters(window: QWidget) -> list[tuple[str, str]]:
    return [
        (mnemonic(m.title()), f"menu '{m.title()}'")
        for m in window.menuBar().findChildren(QMenu)
        if mnemonic(m.title())
    ]


@pytest.fixture
def window(qtbot, demo_store):  # ANN201
    from app.ui.main_window import MainWindow

    install_input_guard(QApplication.instance())
    main = MainWindow(demo_store)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    return main


@pytest.mark.parametrize("key", PAGES)
def test_every_alt_letter_on_a_page_means_one_thing(window, key) -> None:
    page = window.show_page(key)
    tabs = page.findChildren(QTabWidget)
    views = [None] + [(t, i) for t in tabs for i in range(t.count())]
    for view in views:
        if view is not None:
            view[0].setCurrentIndex(view[1])
        letters = letters_on(page, window) + menu_letters(window)
        counts = Counter(letter for letter, _what in letters)
        clashes = {letter: [what for l2, what in letters if l2 == letter] for letter, n in counts.items() if n > 1}
        assert clashes == {}, f"{key}: Alt letters used twice: {clashes}"


def wheel_over(widget: QWidget) -> None:
    centre = QPointF(widget.rect().center())
    for delta in (-120, 120):
        event = QWheelEvent(
            centre,
            QPointF(widget.mapToGlobal(widget.rect().center())),
            QPoint(0, 0),
            QPoint(0, delta),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(widget, event)


def values_of(page: QWidget) -> list:
    out = []
    for widget in page.findChildren(QWidget):
        if isinstance(widget, QComboBox):
            out.append((widget.objectName(), widget.currentIndex(), widget.currentText()))
        elif isinstance(widget, QAbstractSpinBox):
            out.append((widget.objectName(), widget.text()))
    return out


@pytest.mark.parametrize("key", PAGES)
def test_the_wheel_changes_nothing_on_any_page(qtbot, window, key) -> None:
    page = window.show_page(key)
    window.ui.navigation.setFocus()  # the pointer wanders over the page; the focus is elsewhere
    record_before = page.read() if hasattr(page, "read") and getattr(page, "record", None) is not None else None
    before = values_of(page)
    boxes = [w for w in page.findChildren(QWidget) if isinstance(w, (QComboBox, QAbstractSpinBox)) and w.isVisible()]
    for box in boxes:
        wheel_over(box)
    assert values_of(page) == before
    if record_before is not None:
        assert page.read() == record_before


def test_the_sheets_tab_chain_is_its_declared_order_and_stays_in_the_page(qtbot, window) -> None:
    page = window.show_page("huddle")
    page.look_back.events_table.add()  # a new event row and a new bed row: every cell is a stop
    page.look_ahead.at_risk_table.add()
    declared = page.tab_stops()
    assert len(declared) == len(set(map(id, declared)))
    declared[0].setFocus()
    walked = []
    for _ in range(len(declared)):
        focus = QApplication.focusWidget()
        walked.append(next(w for w in declared if w is focus or w.isAncestorOf(focus)))
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
    assert [w.objectName() or w.accessibleName() for w in walked] == [
        w.objectName() or w.accessibleName() for w in declared
    ]
    assert walked == declared
    assert QApplication.focusWidget() is declared[0] or declared[0].isAncestorOf(QApplication.focusWidget())
    assert not window.ui.navigation.hasFocus()
    names = [w.accessibleName() for w in declared]
    event_cells = [n for n in names if n.startswith("Event 1 ")]
    assert event_cells == ["Event 1 type", "Event 1 harm level", "Event 1 incident reference", "Event 1 learning point"]
    bed_cells = [n for n in names if n.endswith("row 2")]
    assert bed_cells == ["Bed or bay for row 2", "Risk flags for row 2", "Mitigation for row 2"]
    buttons = [page.ui.saveSheet, page.ui.printSheet, page.ui.savePdf]
    assert all(declared.index(b) > declared.index(page.closing.ui.notes) for b in buttons)  # the page's buttons last
