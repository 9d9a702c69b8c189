"""R43 for the tabs built when first shown (issue 19): with the Improvement page's three forms and
the Measures page's Data and Definition tabs built, at 200% text the pages still fit beside the
navigation on a 1366 x 768 screen (tests/ui/test_large_text.py checks each page as first built)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from app.ui.application import apply_text_scale


@pytest.fixture
def large_text(qapp):  # ANN201
    original = QFont(QApplication.font())
    apply_text_scale(qapp, 200)
    yield
    QApplication.setFont(original)


def every_tab_built(page) -> list:  # ANN001
    if hasattr(page, "built_forms"):  # Improvement
        _ = page.editor, page.cycles, page.pulse
        return page.built_forms()
    return [page.data_panel, page.definition_panel]  # Measures


@pytest.mark.parametrize("key", ["improvement", "measures"])
def test_with_every_tab_built_the_page_fits_at_200_percent_text(qtbot, demo_store, large_text, key) -> None:
    from app.ui.main_window import MainWindow

    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    navigation = window.ui.navigation.sizeHint().width()
    page = window.show_page(key)
    assert len(every_tab_built(page)) >= 2
    width = page.minimumSizeHint().width()
    assert navigation + width <= 1366, f"{key} needs {width} px beside a {navigation} px navigation at 200% text"
    assert window.minimumSizeHint().height() <= 768, f"{key} makes the window taller than the screen"
