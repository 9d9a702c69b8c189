"""A button that opens a checkable list of risk flags: one Tab stop on the sheet, every flag reached
by keyboard. On the button, Space, Enter or Down opens the list; in the list Tab / Down and
Shift+Tab / Up go from flag to flag, Space ticks or unticks the flag with the focus (the list stays
open, so several flags take one visit), Enter or Escape closes it, and Tab past the last flag
moves on to the next field. The button's text lists what is ticked, so the choice is visible
without colour. (A QMenu was used before: Space there closed the menu without ticking.)"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QToolButton, QWidget

_CLOSE = (Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_Enter)
_OPEN = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down)


class FlagPicker(QToolButton):
    changed = Signal()

    def __init__(self, options: tuple[str, ...], chosen: tuple[str, ...] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.list = QListWidget(self)
        self.list.setWindowFlags(Qt.WindowType.Popup)
        self.list.setAccessibleName("Risk flags: Space ticks, Tab or arrows move, Enter closes")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for option in options:
            item = QListWidgetItem(option, self.list)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if option in chosen else Qt.CheckState.Unchecked)
        self.list.itemChanged.connect(self._toggled)
        self.list.installEventFilter(self)
        self.clicked.connect(self.open_list)
        self._refresh_text()

    def chosen(self) -> tuple[str, ...]:
        return tuple(item.text() for item in self._items() if item.checkState() == Qt.CheckState.Checked)

    def _items(self) -> list[QListWidgetItem]:
        return [self.list.item(row) for row in range(self.list.count())]

    def open_list(self) -> None:
        width = max(self.width(), self.list.sizeHintForColumn(0) + 4 * self.list.frameWidth() + 24)
        height = self.list.sizeHintForRow(0) * self.list.count() + 2 * self.list.frameWidth()
        self.list.setGeometry(
            self.mapToGlobal(self.rect().bottomLeft()).x(),
            self.mapToGlobal(self.rect().bottomLeft()).y(),
            width,
            height,
        )
        self.list.show()
        self.list.setCurrentRow(0)  # always on the first flag, so a habit of keys works
        self.list.setFocus(Qt.FocusReason.PopupFocusReason)

    def close_list(self, *, move_on: int = 0) -> None:
        self.list.hide()
        self.setFocus(Qt.FocusReason.PopupFocusReason)
        if move_on:
            self.focusNextPrevChild(move_on > 0)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
        if event.key() in _OPEN and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.open_list()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if watched is not self.list or event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        key, row, last = event.key(), self.list.currentRow(), self.list.count() - 1
        if key in _CLOSE:
            self.close_list()
        elif key == Qt.Key.Key_Space:
            item = self.list.currentItem()
            if item is not None:
                ticked = item.checkState() == Qt.CheckState.Checked
                item.setCheckState(Qt.CheckState.Unchecked if ticked else Qt.CheckState.Checked)
        elif key == Qt.Key.Key_Tab:
            self.list.setCurrentRow(row + 1) if row < last else self.close_list(move_on=1)
        elif key == Qt.Key.Key_Backtab:
            self.list.setCurrentRow(row - 1) if row > 0 else self.close_list()
        else:
            return False
        return True

    def _toggled(self, _item: QListWidgetItem) -> None:
        self._refresh_text()
        self.changed.emit()

    def _refresh_text(self) -> None:
        chosen = self.chosen()
        self.setText(", ".join(chosen) if chosen else "choose risk flags…")
        self.setToolTip(self.text())
