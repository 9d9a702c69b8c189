"""What every page offers the main window."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QWidget

from app.services.changes import Changes


class Page(QWidget):
    """A screen in the main window. ``changed`` carries what a save changed, so the window can
    tell the other pages; ``refresh`` is how they hear about it."""

    changed = Signal(object)  # Changes
    title = ""
    listens_to = Changes.ALL

    def refresh(self, changes: Changes) -> None:  # pragma: no cover - overridden
        pass

    def leave(self) -> bool:
        """Called before the user switches away: save anything pending. False keeps them here."""
        return True


def show_message(label: QLabel, text: str, *, error: bool = False) -> None:
    """An inline message: words first (colour is never the only cue)."""
    label.setProperty("role", "error" if error else "ok")
    label.setText(text)
    label.style().unpolish(label)
    label.style().polish(label)
