"""The window never opens larger than the screen's available area, at 200 % text too, and the
sheet's Save button can always be scrolled to."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from app.ui.application import apply_text_scale
from app.ui.widgets.screen_fit import fit_to_screen


@pytest.fixture
def large_text(qapp):  # ANN201
    original = QFont(QApplication.font())
    apply_text_scale(qapp, 200)
    yield
    QApplication.setFont(original)


@pytest.mark.parametrize("scaled", [False, True])
def test_the_window_fits_the_screen_and_save_stays_reachable(qtbot, demo_store, request, scaled) -> None:
    from app.ui.main_window import MainWindow

    if scaled:
        request.getfixturevalue("large_text")
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    fit_to_screen(window)
    window.show()
    qtbot.waitExposed(window)
    available = window.screen().availableGeometry()
    assert window.frameGeometry().width() <= available.width()
    assert window.frameGeometry().height() <= available.height()
    page = window.show_page("huddle")
    save = page.ui.saveSheet
    page.ui.scroll.ensureWidgetVisible(save)
    outer = window.centralWidget()
    if hasattr(outer, "ensureWidgetVisible"):
        outer.ensureWidgetVisible(save)
    corner = save.mapTo(window, save.rect().bottomRight())
    assert window.rect().contains(corner), "Save cannot be brought on screen"
