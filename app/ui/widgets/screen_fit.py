"""The main window fits any screen: it never opens larger than the screen's available area
(taskbar left out), at any text size or scale factor, and when its pages need more room than
the screen has, the whole window's content scrolls instead of running off the edge (so Save is
always reachable)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QMainWindow, QScrollArea

PREFERRED = QSize(1366, 768)


def fit_to_screen(window: QMainWindow, preferred: QSize = PREFERRED) -> QSize:
    """Size ``window`` to ``preferred`` or the screen's available area, whichever is smaller,
    place it on the screen, and let the content scroll if it cannot shrink that far."""
    screen = window.screen()
    available = screen.availableGeometry()
    frame = window.frameGeometry().size() - window.geometry().size()  # title bar and borders
    if not window.isVisible() or frame.isEmpty():  # not known before the first show: allow for them
        frame = QSize(16, 48)
    room = QSize(max(200, available.width() - frame.width()), max(200, available.height() - frame.height()))
    size = preferred.boundedTo(room)
    if not window.minimumSizeHint().boundedTo(room) == window.minimumSizeHint():
        _scroll_content(window)
    window.setMaximumSize(QSize(16777215, 16777215))
    window.resize(size)
    window.move(available.topLeft())
    return size


def _scroll_content(window: QMainWindow) -> None:
    central = window.centralWidget()
    if central is None or isinstance(central, QScrollArea):
        return
    window.takeCentralWidget()
    area = QScrollArea()
    area.setObjectName("windowScroll")
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    area.setWidget(central)
    window.setCentralWidget(area)
