"""The board's full-screen mode for a wall screen: large type, the navigation, tools and the
card's editor hidden; Escape or F11 comes back."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QLineEdit, QPushButton, QWidget

from app.ui.generated.ui_board_page import Ui_BoardPage
from app.ui.panels.board.columns import IdeaColumn

WALL_SCALE = 1.8


class WallMode:
    """Switches the board ``page`` (its form ``ui``) in and out of full screen. ``headings`` are
    the columns whose headings grow with the type, ``add_row`` the widgets for typing a new idea,
    ``redraw`` draws what must be drawn again at the new type size."""

    def __init__(
        self,
        page: QWidget,
        ui: Ui_BoardPage,
        columns: Iterable[IdeaColumn],
        add_row: tuple[QWidget, ...],
        redraw: Callable[[], None],
    ) -> None:
        self.page = page
        self.ui = ui
        self.columns = list(columns)
        self.add_row = add_row
        self.redraw = redraw
        self.on = False
        self._base_font = QFont(page.font())
        self._escape = QShortcut(QKeySequence("Escape"), page, self.leave)
        self._escape.setEnabled(False)

    def toggle(self) -> None:
        self.set(not self.on)

    def leave(self) -> None:
        if self.on:
            self.set(False)

    def set(self, on: bool) -> None:
        self.on = on
        ui = self.ui
        window = self.page.window()
        font = QFont(self._base_font)
        if on:
            font.setPointSizeF(self._base_font.pointSizeF() * WALL_SCALE)
        ui.boardContent.setFont(font)
        title = QFont(font)
        title.setBold(on)
        ui.title.setFont(title)
        heading = QFont(font)
        heading.setBold(True)
        for column in self.columns:
            column.heading.setFont(heading)
        for widget in (ui.toolBar.itemAt(i).widget() for i in range(ui.toolBar.count())):
            if isinstance(widget, (QPushButton, QLineEdit)) and widget is not ui.wallMode:
                widget.setVisible(not on)
        for widget in self.add_row:
            widget.setVisible(not on)
        ui.detailsBox.setVisible(not on)
        ui.tabs.tabBar().setVisible(not on)
        ui.tabs.setCurrentIndex(0)
        navigation = window.findChild(QWidget, "navigation")
        if navigation is not None and window is not self.page:
            navigation.setVisible(not on)
        status_bar = getattr(window, "statusBar", None)
        if callable(status_bar) and window is not self.page:
            status_bar().setVisible(not on)
        ui.wallMode.setText("Leave full screen (Esc)" if on else "F&ull screen (F11)")
        self._escape.setEnabled(on)
        if on:
            window.showFullScreen()
        elif window.isFullScreen():
            window.showNormal()
        self.redraw()  # the icons are drawn at the new type size
