"""What every page offers the main window."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

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
