"""The reminders above the daily sheet from other areas (reflections due, learning to share at the
next huddle, the weekly export), folded to one line with a count and opened on demand."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QToolButton, QWidget

from app.errors import WardHuddleError
from app.services.store import AppStore

log = logging.getLogger(__name__)


class Reminders:
    """The banner label of the page's form and the one-line toggle put just above it."""

    def __init__(self, banner: QLabel, page: QWidget) -> None:
        self.banner = banner
        banner.hide()
        self.toggle = QToolButton(page)  # reminders fold to one line with a count
        self.toggle.setObjectName("remindersToggle")
        self.toggle.setCheckable(True)
        self.toggle.setAutoRaise(True)
        self.toggle.setAccessibleName("Reminders: show or hide")
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toggle.toggled.connect(self._fold)
        self.toggle.hide()
        top = page.layout()
        top.insertWidget(top.indexOf(banner), self.toggle)
        self.lines: list[str] = []
        self._opened = False  # a sheet was opened before
        self._after_paint = False  # the first opening's reminders wait for the first paint

    def sheet_opened(self, load_now: Callable[[], None]) -> None:
        """Reminders follow each sheet opened; the first opening's arrive just after the first
        paint (painted): a timer from the opening could beat a slow first paint."""
        if self._opened:
            load_now()
        else:
            self._opened = True
            self._after_paint = True

    def painted(self, load_later: Callable[[], None]) -> None:
        """The page was painted (its paintEvent)."""
        if self._after_paint:
            self._after_paint = False
            QTimer.singleShot(250, load_later)

    def load(self, store: AppStore, ward_id: str, day: date, today: date) -> None:
        """Read the reminders now and show them."""
        current = store.current_ward_id() == ward_id
        self.show(banner_lines(store, ward_id, day, today, current))

    def load_later(
        self, store: AppStore, ward_id: str, day: date, today: date, ward_now: Callable[[], str | None]
    ) -> None:
        """Read the reminders on a worker (the export state imports the whole exchange stack, some
        0.1-0.3 s): typing goes on meanwhile; they appear when ready if the ward is still shown."""
        from app.ui import tasks

        try:
            current = store.current_ward_id() == ward_id
        except Exception:  # the page or its data file may have closed meanwhile
            log.debug("reminders banner skipped", exc_info=True)
            return

        def work() -> list[str]:
            with store.reader() as reader:  # its own connection: this runs on a worker thread
                return banner_lines(reader, ward_id, day, today, current)

        def show(lines: list[str]) -> None:
            if ward_now() == ward_id:
                self.show(lines)

        tasks.run_in_background(work, show, lambda _e: log.debug("reminders banner skipped", exc_info=True))

    def show(self, lines: list[str]) -> None:
        self.lines = lines
        self.banner.setText("\n".join(lines))
        self.toggle.setVisible(bool(lines))
        self._fold(self.toggle.isChecked())

    def _fold(self, shown: bool) -> None:
        """One line with a count; the reminders themselves on demand."""
        count = len(self.lines)
        words = f"{count} reminder{'s' if count != 1 else ''}"
        self.toggle.setText(f"▾ {words} (hide)" if shown else f"▸ {words}: show")
        self.banner.setVisible(shown and bool(self.lines))


def banner_lines(store: AppStore, ward_id: str, day: date, today: date, current: bool) -> list[str]:
    lines: list[str] = []
    reflections = store.reflections
    for finder, words in (
        (reflections.to_share_at_next_huddle, "Share learning"),
        (reflections.reflections_due, "Reflection due"),
    ):
        try:
            lines += [f"{words}: {item.summary}" for item in finder(ward_id, day)]
        except WardHuddleError:
            log.debug("%s reminders skipped", words, exc_info=True)
    if current and store.huddles.has_a_week_of_data(ward_id, today):  # none on a ward's first day
        try:
            lines.append(store.exchange.export_status(ward_id).message(today))
        except WardHuddleError:
            log.debug("export reminder skipped", exc_info=True)
    return lines
