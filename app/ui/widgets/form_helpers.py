"""Small things every form does the same way: an inline message, filling and setting a combo box,
short boxes for short values, forms that fit 1366 px at 200 % text, escaping text shown as rich
text, and "how long ago"."""

from __future__ import annotations

import html
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QPlainTextEdit,
    QWidget,
)


def show_message(label: QLabel, text: str, *, error: bool = False) -> None:
    """An inline message: words first (colour is never the only cue)."""
    label.setProperty("role", "error" if error else "ok")
    label.setText(text)
    label.style().unpolish(label)
    label.style().polish(label)


def escape(text: str) -> str:
    """Plain text made safe to show in a rich-text label."""
    return html.escape(text, quote=False)


def fill_combo(combo: QComboBox, values: tuple[str, ...], blank: str = "") -> None:
    """One item per value, the value as its data (an empty value shows as ``blank``)."""
    combo.clear()
    for value in values:
        combo.addItem(value or blank, value)


def set_combo(combo: QComboBox, value: Any) -> None:
    """Select the item whose data is ``value`` (else the first)."""
    combo.setCurrentIndex(max(0, combo.findData(value)))


def refill_names(combo: QComboBox, names: list[str]) -> None:
    """An editable name box: a blank then ``names``, keeping what is typed in it."""
    current = combo.currentText()
    combo.blockSignals(True)
    combo.clear()
    combo.addItems(["", *names])
    combo.setEditText(current)
    combo.blockSignals(False)


def narrow(widget: QWidget, sample: str) -> None:
    """Short values get short boxes (measured in the current font, so it scales with text size)."""
    metrics = widget.fontMetrics()
    widget.setMaximumWidth(metrics.horizontalAdvance(sample) + metrics.height() * 3)


def fit_narrow(
    root: QWidget, keep_unwrapped: tuple[QWidget, ...] = (), *, wrap_labels: bool = True, combo_chars: int = 14
) -> None:
    """Let a form fit 1366 px at 200% text: combo boxes are sized by a minimum number of
    characters, not their longest item (the open list shows items whole), and labels wrap."""
    for combo in root.findChildren(QComboBox):
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(min(combo.minimumContentsLength() or combo_chars, combo_chars))
        combo.view().setTextElideMode(Qt.TextElideMode.ElideNone)
    if wrap_labels:
        for label in root.findChildren(QLabel):
            if label not in keep_unwrapped:
                label.setWordWrap(True)


def text_lines(edit: QPlainTextEdit, lines: int) -> None:
    """A text box about ``lines`` high; Tab moves on rather than typing a tab."""
    edit.setTabChangesFocus(True)
    height = edit.fontMetrics().lineSpacing() * lines + 14
    edit.setMinimumHeight(height)
    edit.setMaximumHeight(int(height * 1.5))


def how_long_ago(moment: datetime, now: datetime) -> str:
    minutes = int((now - moment).total_seconds() // 60)
    if minutes < 1:
        return "just now"
    if minutes < 60:
        return f"{minutes} minute{'s' if minutes != 1 else ''} ago"
    hours = minutes // 60
    if hours < 48:
        return f"{hours} hour{'s' if hours != 1 else ''} ago"
    return f"{hours // 24} days ago"


def commit_open_editor(view, *, close: bool = False) -> None:
    """Put what is typed in a cell that is still being edited into the table or tree, so a save
    (Ctrl+S, autosave) never misses it; ``close`` also closes the editor (before the rows are
    refilled). Direct, through the delegate's signals: moving focus would start another save."""
    if view.state() == QAbstractItemView.State.EditingState:
        editor = QApplication.focusWidget()
        if editor is not None and view.isAncestorOf(editor):
            view.itemDelegate().commitData.emit(editor)
            if close:
                view.itemDelegate().closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
