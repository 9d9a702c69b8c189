"""Guard against the PySide6 6.12.0 bug that drops a reference to None on every void Qt call
(on Python 3.11 the interpreter aborts after a few thousand calls: a long huddle would crash)."""

import sys

from PySide6.QtWidgets import QWidget


def test_void_qt_calls_do_not_steal_references_to_none(qtbot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for i in range(500):
        widget.resize(100 + i % 3, 100)
        widget.setToolTip("x")
    assert sys.getrefcount(None) - before > -100, "this PySide6 build steals references to None: keep it below 6.12"
