"""Autosave for form pages: a change is saved within N seconds, and at once when the user leaves a
field or the page. The timer is started by the first change and not restarted by later ones, so
continuous typing is still saved at least every N seconds."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class Autosaver(QObject):
    def __init__(self, page: QWidget, save: Callable[[], bool], seconds: int = 10) -> None:
        super().__init__(page)
        self._page = page
        self._save = save
        self.dirty = False
        self.paused = False  # e.g. while the screen shows a "changed by someone else" conflict
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(max(1, seconds) * 1000)
        self._timer.timeout.connect(self.flush)
        app = QApplication.instance()
        if app is not None:
            app.focusChanged.connect(self._focus_changed)

    def set_interval_seconds(self, seconds: int) -> None:
        self._timer.setInterval(max(1, seconds) * 1000)

    def changed(self) -> None:
        self.dirty = True
        if not self._timer.isActive():
            self._timer.start()

    def flush(self) -> bool:
        """Save now if anything changed. Returns False if the save failed (typing is kept)."""
        self._timer.stop()
        if not self.dirty or self.paused:
            return not self.dirty
        ok = self._save()
        if ok:
            self.dirty = False
        return ok

    def clear(self) -> None:
        self._timer.stop()
        self.dirty = False

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if not self.dirty or old is None:
            return
        try:
            inside_old = self._page.isAncestorOf(old)
        except RuntimeError:  # the page was deleted
            return
        if inside_old and (new is None or new is not old):
            self.flush()
