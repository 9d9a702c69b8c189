"""The daily sheet by keyboard: the page's shortcuts, and Tab following the page's declared chain
(each section's fields and buttons in order) round within the page, scrolling the sheet to each
stop's start."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QApplication, QScrollArea, QWidget


class SheetKeys:
    def __init__(self, page: QWidget, scroll: QScrollArea, chain: Callable[[], list[QWidget]]) -> None:
        self.page = page
        self.scroll = scroll
        self.chain = chain

    def add_shortcuts(self, keys: Iterable[tuple[str, Callable[[], object]]]) -> None:
        """Shortcuts that work anywhere on the page (not from the navigation)."""
        for sequence, slot in keys:
            shortcut = QShortcut(QKeySequence(sequence), self.page)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    @staticmethod
    def click_only(*buttons: QAbstractButton) -> None:
        """Buttons with a key of their own are not Tab stops (the keys are on the buttons)."""
        for button in buttons:
            button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)

    def stops(self) -> list[QWidget]:
        """The chain as Tab walks it now: hidden, disabled and click-only widgets left out."""
        tab = Qt.FocusPolicy.TabFocus
        return [w for w in self.chain() if w.isVisible() and w.isEnabled() and w.focusPolicy() & tab == tab]

    def step(self, forward: bool) -> bool:
        """Move the focus to the next (or previous) stop; False if the focus is not on the chain."""
        stops = self.stops()
        focus = QApplication.focusWidget()
        at = next((i for i, w in enumerate(stops) if focus is not None and (w is focus or w.isAncestorOf(focus))), None)
        if at is None or not stops:
            return False
        target = stops[(at + (1 if forward else -1)) % len(stops)]
        target.setFocus(Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason)
        self.bring_into_view(target)
        return True

    def focus_first(self) -> None:
        stops = self.stops()
        if stops:
            stops[0].setFocus(Qt.FocusReason.OtherFocusReason)
            self.bring_into_view(stops[0])

    def bring_into_view(self, widget: QWidget) -> None:
        """Scroll the sheet to the widget's start (a wide box is not scrolled to its far end)."""
        scroll = self.scroll
        if not scroll.isAncestorOf(widget) or scroll.widget() is None:
            return
        corner = widget.mapTo(scroll.widget(), QPoint(0, 0))
        scroll.ensureVisible(corner.x(), corner.y() + widget.height() // 2, 20, max(20, widget.height()))
