"""For a page that builds a tab's contents when the tab is first shown (issue 19: a first visit
builds only what it shows): where the keyboard focus goes once the contents are there.

When the focus was on the tab the user left, Qt's tab widget gives it to the first widget of the
new tab that takes Tab; if the contents are built only as the tab shows, there is none yet and the
focus lands on the bare tab page, where nothing takes keys (and a form's shortcuts do not fire).
``focus_into`` then moves it to the contents' first Tab stop, where Qt puts it when the contents
were there all along.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget


def first_stop(contents: QWidget) -> QWidget | None:
    """The first widget of ``contents`` that Tab stops on (its widgets follow it in the focus chain)."""
    widget = contents.nextInFocusChain()
    while widget is not contents and contents.isAncestorOf(widget):
        if (
            widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.isVisible()
            and widget.isEnabled()
            and widget.focusProxy() is None
        ):
            return widget
        widget = widget.nextInFocusChain()
    return None


def focus_into(contents: QWidget, tab: QWidget) -> None:
    """Just built on ``tab``: if the focus sits on the bare tab page, it moves into ``contents``."""
    if QApplication.focusWidget() is tab:
        first = first_stop(contents)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
