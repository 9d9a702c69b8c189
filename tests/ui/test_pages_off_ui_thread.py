"""Work on many records runs off the UI thread (issue 19): the Measures page's analyses of every
measure and the Improvement overview's linked charts are worked out on a worker, the page is
usable and says it is working meanwhile, and the results fill in when they arrive. Heavy
libraries load on a background thread after the first paint (app/ui/preload.py)."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from app.services.records.measures import MeasureService
from app.services.records.projects import ProjectService
from app.ui import tasks


@pytest.fixture
def threaded() -> Iterator[None]:
    tasks.set_synchronous(False)
    yield
    tasks.wait_for_all(30_000)
    tasks.set_synchronous(True)


def held(monkeypatch, cls, name: str) -> tuple[threading.Event, list[int]]:
    """Make ``cls.name`` wait for the returned event, and note the threads it ran on."""
    gate, threads = threading.Event(), []
    real = getattr(cls, name)

    def slow(self, *args, **kwargs):  # ANN002, ANN003, ANN202
        threads.append(threading.get_ident())
        assert gate.wait(20)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(cls, name, slow)
    return gate, threads


def test_the_measures_page_is_usable_while_every_measure_is_worked_out(qtbot, demo_store, threaded, monkeypatch):
    from app.ui.pages.measures_page import MeasuresPage

    gate, threads = held(monkeypatch, MeasureService, "overview")
    page = MeasuresPage(demo_store)
    qtbot.addWidget(page)
    page.resize(1200, 720)
    page.show()
    qtbot.waitExposed(page)
    assert "Working out" in page.ui.chartSummary.text()  # says so at once, the list still empty
    assert page.ui.measureList.rowCount() == 0
    qtbot.mouseClick(page.ui.newMeasure, Qt.MouseButton.LeftButton)  # usable meanwhile
    qtbot.keyClicks(page.definition_panel.ui.name, "Pressure ulcers")
    gate.set()
    qtbot.waitUntil(lambda: page.ui.measureList.rowCount() > 0, timeout=20_000)
    assert threads and threads[0] != threading.main_thread().ident
    assert page.definition_panel.ui.name.text() == "Pressure ulcers"  # the new measure's typing is kept
    assert page.ui.tabs.currentWidget() is page.ui.definitionTab


def test_a_list_that_arrives_selects_the_first_measure_and_draws_it(qtbot, demo_store, threaded):
    from app.ui.pages.measures_page import MeasuresPage

    page = MeasuresPage(demo_store)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.measure is not None, timeout=20_000)
    assert page.ui.measureList.currentRow() == 0 and page.current_chart is not None
    assert "Working out" not in page.ui.chartSummary.text()


def test_the_improvement_overview_works_out_its_charts_on_a_worker(qtbot, demo_store, threaded, monkeypatch):
    from app.ui.pages.improvement_page import ImprovementPage

    gate, threads = held(monkeypatch, ProjectService, "linked_measures")
    page = ImprovementPage(demo_store)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    assert page.project is not None and page.project.measure_ids
    assert "Working out" in page.ui.chartNote.text()
    assert page.ui.measuresTable.rowCount() == 0
    gate.set()
    qtbot.waitUntil(lambda: page.ui.measuresTable.rowCount() > 0, timeout=20_000)
    assert threads and threads[0] != threading.main_thread().ident
    assert "Working out" not in page.ui.chartNote.text()


def test_the_heavy_libraries_load_on_a_background_thread_after_the_first_paint(qtbot, store, ward):
    from app.ui import preload
    from app.ui.main_window import MainWindow
    from app.ui.startup import load_heavy_libraries_after_paint

    window = MainWindow(store)
    qtbot.addWidget(window)
    load_heavy_libraries_after_paint(window)
    window.show()
    qtbot.waitUntil(preload.started, timeout=10_000)
    assert preload.wait(60)
    import sys

    assert {"pyqtgraph", "numpy", "reportlab.platypus"} <= set(sys.modules)
    from app.reports import fonts

    assert {fonts.REGULAR, fonts.BOLD} <= fonts._registered
