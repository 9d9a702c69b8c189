"""The QApplication: style sheet, text size and application identity."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from app import APP_ID, APP_NAME, ORG_NAME, __version__
from app.paths import resource
from app.ui.widgets.input_guard import install_input_guard


def create_application(argv: list[str] | None = None, *, guard: bool = True) -> QApplication:
    """The application, its style and identity. ``guard=False``: the caller installs the input
    guard itself (app start-up does so at the window's first paint: before it no input can reach
    a widget, and the guard's filter makes PySide build a Python type for every kind of event Qt
    sends while the window is built, some 30-40 ms)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    application = QApplication(argv or [APP_ID])
    application.setApplicationName(APP_NAME)
    application.setApplicationDisplayName(APP_NAME)
    application.setOrganizationName(ORG_NAME)
    application.setApplicationVersion(__version__)
    application.setDesktopFileName(APP_ID)
    apply_style(application)
    if guard:
        install_input_guard(application)  # the wheel never changes an unfocused box
    return application


def apply_style(application: QApplication) -> None:
    sheet = resource("styles", "app.qss")
    if sheet.exists():
        application.setStyleSheet(sheet.read_text(encoding="utf-8"))


_base_point_size: float | None = None


def apply_text_scale(application: QApplication, percent: int) -> None:
    """Scale every font from the platform default (never a pixel size)."""
    global _base_point_size
    font = QFont(application.font())
    if _base_point_size is None:
        _base_point_size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
    font.setPointSizeF(max(_base_point_size, 10.0) * max(100, min(percent, 200)) / 100)
    application.setFont(font)
