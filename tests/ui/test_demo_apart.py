"""The demo ward apart from real data: its own data file, labelled on every screen and printout,
with "Set up my real ward" one click away."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.ui.widgets.demo_strip import DemoStrip, _registry


def windows_on(path: Path) -> list:
    from app.ui.main_window import MainWindow

    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, MainWindow) and w.isVisible() and Path(w.store.path) == path
    ]


def test_explore_the_demo_ward_opens_its_own_file_and_leads_back_to_the_real_ward(
    qtbot, main_window, store, database_path
) -> None:
    first_run = main_window.first_run
    assert first_run is not None and main_window.findChild(DemoStrip) is None  # real data: no strip
    qtbot.mouseClick(first_run.ui.exploreDemo, Qt.MouseButton.LeftButton)
    demo_path = database_path.parent / "demo-ward" / "wardhuddle.sqlite3"
    try:
        (demo,) = windows_on(demo_path)
        assert not main_window.isVisible()
        assert store.wards.list_wards() == []  # nothing written into the real data file
        assert demo.store.wards.list_wards()[0].details.is_demo
        strip = demo.findChild(DemoStrip)
        assert strip is not None and strip.isVisible() and "DEMO WARD" in strip.words.text()
        for row in range(demo.ui.navigation.count()):  # one strip, above every page
            demo.ui.navigation.setCurrentRow(row)
            assert strip.isVisible()
        qtbot.mouseClick(strip.real_ward, Qt.MouseButton.LeftButton)
        (real,) = windows_on(database_path)
        assert real.first_run is not None and real.findChild(DemoStrip) is None
        assert not demo.isVisible()
    finally:
        for window in windows_on(demo_path) + windows_on(database_path):
            if window is not main_window:
                window.close()
        _registry().close_all()


def test_a_demo_ward_is_named_as_such_on_printouts(demo_store) -> None:
    from app.reports.huddle_pdf import ward_label

    ward = demo_store.wards.list_wards()[0]
    assert "DEMO WARD" in ward_label(ward)
