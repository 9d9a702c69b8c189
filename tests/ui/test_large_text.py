"""R43: at 200% text the main screens still fit a 1366 x 768 ward PC screen side by side with the
navigation (nothing pushed off to the right)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from app.ui.application import apply_text_scale

PAGES = [
    ("app.ui.pages.huddle_page", "HuddlePage"),
    ("app.ui.pages.history_page", "HistoryPage"),
    ("app.ui.pages.actions_page", "ActionsPage"),
    ("app.ui.pages.settings_page", "SettingsPage"),
    ("app.ui.pages.reflections_page", "ReflectionsPage"),
    ("app.ui.pages.improvement_page", "ImprovementPage"),
]


@pytest.fixture
def large_text(qapp):  # ANN201
    original = QFont(QApplication.font())
    apply_text_scale(qapp, 200)
    yield
    QApplication.setFont(original)


@pytest.mark.parametrize(("module", "name"), PAGES)
def test_pages_fit_1366_pixels_at_200_percent_text(qtbot, demo_store, large_text, module, name) -> None:
    import importlib

    from app.ui.main_window import MainWindow

    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    navigation = window.ui.navigation.sizeHint().width()
    page = getattr(importlib.import_module(module), name)(demo_store)
    qtbot.addWidget(page)
    page.show()
    width = page.minimumSizeHint().width()
    assert navigation + width <= 1366, f"{name} needs {width} px beside a {navigation} px navigation at 200% text"


def test_the_main_window_fits_768_pixels_high_at_200_percent_text(qtbot, demo_store, large_text) -> None:
    from app.ui.main_window import MainWindow

    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    for title in window.page_keys():
        window.show_page(title)
        assert window.minimumSizeHint().height() <= 768, f"{title} makes the window taller than the screen"
