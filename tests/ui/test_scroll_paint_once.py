"""A page's scroll areas paint their contents once when the page is shown (issue 19): Qt paints an
auto-filled ("opaque") widget on its own and then again with the rest of the window, so the
contents fill their own background instead (app/ui/pages/base.py). The pixels are the same."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QScrollArea

from app.ui.pages.base import _ScrollBackground


class PaintCount(QObject):
    def __init__(self, watched) -> None:  # ANN001
        super().__init__()
        self.watched, self.count = watched, 0

    def eventFilter(self, watched, event) -> bool:  # ANN001
        if event.type() == QEvent.Type.Paint and watched is self.watched:
            self.count += 1
        return False


@pytest.mark.parametrize(("key", "scroll_name"), [("board", "boardScroll"), ("settings", "wardScroll")])
def test_the_contents_paint_once_per_visit_and_look_the_same(qtbot, ward, main_window, key, scroll_name) -> None:
    page = main_window.show_page(key)
    scroll = page.findChild(QScrollArea, scroll_name)
    contents = scroll.widget()
    assert not contents.autoFillBackground() and contents.findChild(_ScrollBackground) is not None
    main_window.show_page("history")
    counter = PaintCount(contents)
    QApplication.instance().installEventFilter(counter)
    main_window.show_page(key)
    qtbot.waitUntil(lambda: counter.count > 0)
    QApplication.processEvents()
    QApplication.instance().removeEventFilter(counter)
    assert counter.count == 1
    ours = scroll.grab().toImage()
    contents.removeEventFilter(contents.findChild(_ScrollBackground))  # Qt's own fill, as before
    contents.setAutoFillBackground(True)
    scroll.viewport().setAutoFillBackground(True)
    assert scroll.grab().toImage() == ours
