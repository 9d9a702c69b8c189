"""The Improvement page builds its forms (project, PDSA cycle, culture pulse) when their tab is first
shown, and fills the ideas across wards when that tab is shown (issue 19: a first visit shows the
Overview only). A user who goes to each tab by keyboard finds the form there, filled, and Tab
walks into it as before; the ideas tab shows the counts and the spread when it is chosen."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QTabBar, QTableWidget

from app.domain.idea import ADOPTED, AGREED
from app.domain.pdsa import PdsaCycle
from app.domain.project import Project
from tests.ui.accessibility import unnamed_widgets

NOW = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)


@pytest.fixture
def clocked(store, ward):  # ANN201
    store.ctx.clock = lambda: NOW
    return store


@pytest.fixture
def project(clocked, ward):  # ANN201
    created, _ = clocked.projects.create(Project(ward.id, "Calmer nights", problem="Falls between 2 and 4 am"))
    clocked.projects.save_cycle(PdsaCycle(ward.id, created.id, cycle_number=1, title="Night lights on"))
    return created


@pytest.fixture
def window(qtbot, clocked, project):  # ANN201
    from app.ui.main_window import MainWindow

    win = MainWindow(clocked)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    QApplication.processEvents()


def focused():
    return QApplication.focusWidget()


def tab_bar(tabs) -> QTabBar:  # ANN001
    return tabs.findChild(QTabBar)


def right_on(qtbot, bar: QTabBar) -> None:
    """Focus the tab bar and press Right: the next tab, as a keyboard user goes there."""
    bar.setFocus()
    qtbot.keyClick(bar, Qt.Key.Key_Right)


def tab_until(qtbot, target, most: int = 12) -> bool:  # ANN001
    """Press Tab from the focus until ``target`` has it (False if it never does)."""
    for _ in range(most):
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        if focused() is target:
            return True
    return False


def test_a_first_visit_builds_no_form_and_each_form_arrives_with_its_tab(qtbot, window, clocked, project) -> None:
    page = window.show_page("improvement")
    assert page.built_forms() == []  # the Overview is what a first visit shows
    assert page.ui.aimSentence.text() and page.ui.projectChoice.currentText().startswith("Calmer nights")

    right_on(qtbot, tab_bar(page.ui.projectTabs))  # Overview -> Project and aim
    assert page.ui.projectTabs.currentWidget() is page.ui.projectTab
    editor = page.editor
    assert page.built_forms() == [editor] and editor.isVisible()
    assert editor.ui.title.text() == "Calmer nights"
    assert editor.ui.problem.toPlainText() == "Falls between 2 and 4 am"
    tab_bar(page.ui.projectTabs).setFocus()
    assert tab_until(qtbot, editor.ui.title)  # Tab walks into the form, as when it was built with the page
    qtbot.keyClick(editor.ui.title, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor.ui.title, "Calmer, safer nights")
    assert page.flush()
    assert clocked.projects.get(project.id).title == "Calmer, safer nights"

    right_on(qtbot, tab_bar(page.ui.projectTabs))  # -> PDSA cycles
    cycles = page.cycles
    assert page.ui.projectTabs.currentWidget() is page.ui.cyclesTab and cycles.isVisible()
    assert cycles.ui.title.text() == "Night lights on"
    tab_bar(page.ui.projectTabs).setFocus()
    assert tab_until(qtbot, cycles.ui.newCycle)
    qtbot.keyClick(cycles.ui.newCycle, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # the form's shortcut
    assert cycles.ui.title.hasFocus() and cycles.ui.cycleNumber.text().startswith("2")

    right_on(qtbot, tab_bar(page.ui.areas))  # Projects -> Culture pulse
    pulse = page.pulse
    assert page.ui.areas.currentWidget() is page.ui.pulseTab and pulse.isVisible()
    assert pulse.ui.quarter.count() > 0
    tab_bar(page.ui.areas).setFocus()
    assert tab_until(qtbot, pulse.ui.quarter)
    assert len(page.built_forms()) == 3
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert unnamed_widgets(page) == []  # every form's controls, now all built, have a name


def test_leaving_the_tab_for_the_form_moves_the_focus_into_it(qtbot, window) -> None:
    """The focus on the Overview, the user picks the project's tab: the focus goes to the form's
    first field (Qt's rule when the form is already there), so its Ctrl+S works at once."""
    page = window.show_page("improvement")
    page.ui.printProject.setFocus()
    page.ui.projectTabs.setCurrentWidget(page.ui.cyclesTab)
    assert page.cycles.isAncestorOf(focused())


def test_a_search_result_opens_its_cycle_on_a_form_not_built_yet(qtbot, window, clocked, project) -> None:
    page = window.show_page("improvement")
    (cycle,) = clocked.projects.cycles_for(project.id)
    assert page.built_forms() == []
    page.open_cycle(cycle.id)
    assert page.ui.projectTabs.currentWidget() is page.ui.cyclesTab
    assert page.cycles.cycle.id == cycle.id and page.cycles.ui.title.hasFocus()


def test_the_ideas_across_wards_fill_when_their_tab_is_chosen(qtbot, window, clocked, ward) -> None:
    idea, _ = clocked.board.add_idea(ward.id, "Red socks for patients at risk of falls")
    agreed, _ = clocked.board.move(idea, AGREED)
    clocked.board.move(agreed, ADOPTED, reason="Falls halved on bay 4")
    page = window.show_page("improvement")
    panel = page.ideas_overview
    assert panel.findChildren(QTableWidget) == []  # not built (nor read) until the tab is shown
    bar = tab_bar(page.ui.areas)
    bar.setFocus()
    while page.ui.areas.currentWidget() is not panel:
        qtbot.keyClick(bar, Qt.Key.Key_Right)
    assert panel.table.rowCount() == 1 and panel.table.item(0, 0).text() == ward.name
    adopted = 1 + list(panel.service.by_ward()[0].counts).index(ADOPTED)
    assert panel.table.item(0, adopted).text() == "1"
    assert panel.spread.rowCount() == 0  # no other ward here to try it
    clocked.board.add_idea(ward.id, "A clock in every bay")
    page.refresh(page.listens_to)  # a change while the tab shows: filled again at once
    assert panel.table.item(0, panel.table.columnCount() - 1).text() == "2"


def test_the_ideas_tab_takes_the_focus_from_the_tab_left(qtbot, window) -> None:
    page = window.show_page("improvement")
    page.ui.projectChoice.setFocus()
    page.ui.areas.setCurrentWidget(page.ideas_overview)
    assert focused() is page.ideas_overview.combo  # its first field, as Qt does for a tab built already
