"""A button that opens a checkable list of risk flags (keyboard: Space/Enter opens, arrows move,
Space ticks). The button's text lists what is ticked, so the choice is visible without colour."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMenu, QToolButton, QWidget


class FlagPicker(QToolButton):
    changed = Signal()

    def __init__(self, options: tuple[str, ...], chosen: tuple[str, ...] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self)
        self._actions = []
        for option in options:
            action = menu.addAction(option)
            action.setCheckable(True)
            action.setChecked(option in chosen)
            action.toggled.connect(self._toggled)
            self._actions.append(action)
        self.setMenu(menu)
        self._refresh_text()

    def chosen(self) -> tuple[str, ...]:
        return tuple(a.text() for a in self._actions if a.isChecked())

    def _toggled(self, _checked: bool) -> None:
        self._refresh_text()
        self.changed.emit()

    def _refresh_text(self) -> None:
        chosen = self.chosen()
        self.setText(", ".join(chosen) if chosen else "choose risk flags…")
        self.setToolTip(self.text())
