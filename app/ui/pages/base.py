"""What every page offers the main window."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QScrollArea, QWidget

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


class _ScrollBackground(QObject):
    """Fills a scroll area's contents with their background colour as they paint (what Qt's
    autoFillBackground does), without marking them opaque: Qt's repaint manager paints an opaque
    widget once on its own and then again with the rest of the window when a page is shown, so
    everything in a page's scroll area was painted twice per visit (the board's columns, cards and
    panels: a third of the paint)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            painter = QPainter(watched)
            painter.fillRect(event.rect(), watched.palette().brush(watched.backgroundRole()))
            painter.end()
        return False


def paint_scroll_areas_once(root: QWidget) -> None:
    """The same pixels, painted once: for every resizable scroll area in ``root`` (its contents
    cover its viewport), the contents fill their own background and the viewport does not."""
    for scroll in root.findChildren(QScrollArea):
        contents = scroll.widget()
        if contents is None or not scroll.widgetResizable() or not contents.autoFillBackground():
            continue
        filler = contents.findChild(_ScrollBackground) or _ScrollBackground(contents)
        contents.setAutoFillBackground(False)
        scroll.viewport().setAutoFillBackground(False)
        contents.installEventFilter(filler)
