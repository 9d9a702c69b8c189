"""Search: Ctrl+F from anywhere; a word typed on the huddle sheet a moment ago is found once saved,
marked, and opens the sheet with Enter; after the sheet is deleted it is no longer found. Hits of
other kinds open on their own pages."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.domain.project import Project
from tests.ui.accessibility import unnamed_widgets

NOW = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)


@pytest.fixture
def window(qtbot, store, ward):  # ANN201
    from app.ui.main_window import MainWindow

    store.ctx.clock = lambda: NOW
    win = MainWindow(store)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()  # while the data file is still open: pages save and stop their timers
    QApplication.processEvents()


def test_a_word_saved_a_moment_ago_is_found_opened_and_gone_after_delete(qtbot, window, store, prompts) -> None:
    huddle = window.show_page("huddle")
    huddle.closing.ui.notes.setFocus()
    qtbot.keyClicks(huddle.closing.ui.notes, "Nebuliser masks running low")
    qtbot.keyClick(huddle.closing.ui.notes, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # saved
    assert huddle.ui.savedIndicator.text().startswith("Saved")

    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    search = window.pages["search"]
    assert window.ui.pages.currentWidget() is search and search.ui.query.hasFocus()
    assert unnamed_widgets(search) == []
    qtbot.keyClicks(search.ui.query, "nebulisers")  # another form of the word (Porter stemming)
    qtbot.keyClick(search.ui.query, Qt.Key.Key_Return)  # search now, and go to the first hit
    group = search.ui.results.topLevelItem(0)
    assert group.text(0).startswith("Huddle sheets (1")
    hit = group.child(0)
    assert search.ui.results.currentItem() is hit and search.ui.results.hasFocus()
    assert "<b" in hit.data(0, Qt.ItemDataRole.UserRole + 1) and ">Nebuliser</b>" in hit.data(
        0, Qt.ItemDataRole.UserRole + 1
    )
    assert "Nebuliser masks running low" in hit.data(0, Qt.ItemDataRole.AccessibleTextRole)
    qtbot.keyClick(search.ui.results, Qt.Key.Key_Return)  # opens the sheet on Today's huddle
    assert window.ui.pages.currentWidget() is huddle
    assert huddle.closing.ui.notes.toPlainText() == "Nebuliser masks running low"

    prompts.answer("ask_yes_no", True)
    huddle.delete_sheet()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert search.ui.query.text() == "nebulisers" and search.ui.query.selectedText() == "nebulisers"
    results = search.run()
    assert results.groups == [] and search.ui.results.topLevelItemCount() == 0
    assert search.ui.summary.text() == "Nothing found for 'nebulisers'."


def test_hits_of_other_kinds_open_on_their_own_pages(qtbot, window, store, ward) -> None:
    project, _ = store.projects.create(Project(ward.id, "Calmer nights", problem="Noise at night"))
    cycle, _ = store.projects.save_cycle(replace(store.projects.new_cycle(project), title="Quiet hour"))
    search = window.show_page("search")
    search.search("quiet")
    cycle_hit = search.ui.results.topLevelItem(0).child(0)
    assert search.ui.results.topLevelItem(0).text(0).startswith("PDSA cycles")
    search.ui.results.setCurrentItem(cycle_hit)
    qtbot.keyClick(search.ui.results, Qt.Key.Key_Return)
    improvement = window.pages["improvement"]
    assert window.ui.pages.currentWidget() is improvement
    assert improvement.ui.projectTabs.currentWidget() is improvement.ui.cyclesTab
    assert improvement.cycles.cycle.id == cycle.id
    window.show_page("search")
    search.search("noise")
    search.ui.results.setCurrentItem(search.ui.results.topLevelItem(0).child(0))
    qtbot.keyClick(search.ui.results, Qt.Key.Key_Return)
    assert improvement.project.id == project.id
    assert improvement.ui.projectTabs.currentWidget() is improvement.ui.overviewTab
    assert QApplication.focusWidget() is not None
