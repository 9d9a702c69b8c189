"""Walk a widget tree and list interactive widgets a screen reader could not name."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QTextEdit,
    QPlainTextEdit,
    QAbstractItemView,
    QTabBar,
)


def unnamed_widgets(root: QWidget) -> list[str]:
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, INTERACTIVE):
            continue
        if isinstance(widget, QLineEdit) and isinstance(widget.parent(), (QComboBox, QAbstractSpinBox)):
            continue  # the editor inside a combo or spin box is named by its owner
        if widget.parent() is not None and type(widget.parent()).__name__ == "QScrollBar":
            continue
        if type(widget).__name__ in {"QScrollBar", "QToolButton"} and widget.objectName().startswith("qt_"):
            continue
        if widget.window() is not root.window():
            continue  # a combo box's popup list: named through its combo box
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue  # not reachable by keyboard, e.g. table headers
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name) if interface is not None else ""
        if not (name or "").strip():
            missing.append(f"{type(widget).__name__} '{widget.objectName()}' in {type(widget.window()).__name__}")
    return missing
