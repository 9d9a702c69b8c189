"""Improvement page: a project with a driver diagram and two linked PDSA cycles built by keyboard,
both cycles on the measure's chart; stale saves keep the typing; deletes ask first; pulse results
stay hidden below 5 answers; every control has a name."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication

from app.domain.measure import MeasureDetails
from app.domain.project import Project, add_node
from app.services.records.measures import PointEdit
from tests.ui.accessibility import unnamed_widgets

NOW = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)


@pytest.fixture
def clocked(store, ward):  # ANN201
    store.ctx.clock = lambda: NOW
    return store


@pytest.fixture
def measure(clocked, ward):  # ANN201
    created, _ = clocked.measures.create(
        ward.id,
        MeasureDetails(
            name="Obs on time", data_kind="percentage", frequency="weekly", chart_type="run", improvement="increase"
        ),
    )
    monday = date(2026, 11, 16)
    clocked.measures.save_points(
        created.id,
        [
            PointEdit(monday - timedelta(weeks=n), None, {"numerator": 80 + n % 5, "denominator": 100})
            for n in range(14)
        ],
    )
    return created


@pytest.fixture
def window(qtbot, clocked, measure):  # ANN201
    from app.ui.main_window import MainWindow

    win = MainWindow(clocked)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()  # while the data file is still open: pages save and stop their timers
    QApplication.processEvents()


def focused():
    return QApplication.focusWidget()


def press(qtbot, widget, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, key, modifier)


def type_in(qtbot, widget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def type_in_cell(qtbot, table, row: int, column: int, text: str) -> None:
    """Go to a cell, type (which starts editing) and press Enter, as a user would."""
    table.setFocus()
    table.setCurrentCell(row, column)
    qtbot.keyClicks(table, text)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits on the next turn of the event loop


def name_new_node(qtbot, text: str) -> None:
    """Insert opened the new node's editor: type its name and press Enter."""
    editor = focused()
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits the new name on the next turn of the event loop


def test_a_project_and_two_linked_cycles_by_keyboard_show_on_the_measures_chart(
    qtbot, window, clocked, ward, measure, prompts
) -> None:
    page = window.show_page("improvement")
    assert unnamed_widgets(page) == []
    prompts.answer("ask_text", "Safer observations")
    press(qtbot, page.ui.newProject, Qt.Key.Key_Space)
    editor = page.editor
    assert page.ui.projectTabs.currentWidget() is page.ui.projectTab and editor.ui.problem.hasFocus()
    ui = editor.ui
    qtbot.keyClicks(ui.problem, "Late observations on the late shift")
    type_in(qtbot, ui.aimWhat, "Observations done on time")
    type_in(qtbot, ui.aimBaseline, "80")
    type_in(qtbot, ui.aimTarget, "95")
    type_in(qtbot, ui.aimUnit, "%")
    assert ui.aimSentence.text().startswith("We aim to increase observations done on time from 80% to 95% on Ward 7")
    ui.measures.setFocus()
    ui.measures.setCurrentRow(0)
    qtbot.keyClick(ui.measures, Qt.Key.Key_Space)  # tick "Obs on time"
    tree = ui.drivers
    tree.setFocus()
    tree.select("")  # the aim
    qtbot.keyClick(tree, Qt.Key.Key_Insert)
    name_new_node(qtbot, "Reliable rounds")
    qtbot.keyClick(tree, Qt.Key.Key_Insert)
    name_new_node(qtbot, "Staff know when obs are due")
    qtbot.keyClick(tree, Qt.Key.Key_Insert)
    name_new_node(qtbot, "Tablet reminders")
    qtbot.keyClick(tree, Qt.Key.Key_Insert, Qt.KeyboardModifier.ControlModifier)  # beside: another change idea
    name_new_node(qtbot, "Obs-due board")
    qtbot.keyClick(tree, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)  # move it first
    assert page.flush()
    project = clocked.projects.list_for_ward(ward.id)[0]
    assert [n.text for n in project.drivers[0].children[0].children] == ["Obs-due board", "Tablet reminders"]
    assert project.measure_ids == (measure.id,) and project.aim.target == 95.0
    assert window.ui.statusbar is not None and page.ui.savedIndicator.text().startswith("Saved ")

    # -- cycle 1, then the next cycle from its plan ------------------------------------------------
    page.ui.projectTabs.setCurrentWidget(page.ui.cyclesTab)
    cycles = page.cycles
    press(qtbot, cycles.ui.cycleChoice, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    cui = cycles.ui
    assert cui.title.hasFocus() and cui.cycleNumber.text().startswith("1")
    qtbot.keyClicks(cui.title, "One nurse, one shift")
    cui.changeIdea.setFocus()
    qtbot.keyClick(cui.changeIdea, Qt.Key.Key_Down)  # "Tablet reminders"
    assert cui.changeIdea.currentText() == "Tablet reminders"
    press(qtbot, cui.addQuestion, Qt.Key.Key_Space)
    qtbot.keyClicks(focused(), "Will the reminder be noticed?")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # on to the prediction
    QApplication.processEvents()
    qtbot.keyClicks(focused(), "Yes, most times")
    press(qtbot, cui.title, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # saved while still in the cell
    assert (
        clocked.projects.cycles_for(clocked.projects.list_for_ward(ward.id)[0].id)[0].questions[0].prediction
        == "Yes, most times"
    )
    cui.act.setFocus()
    qtbot.keyClick(cui.act, Qt.Key.Key_Down)
    qtbot.keyClick(cui.act, Qt.Key.Key_Down)  # Adapt
    type_in(qtbot, cui.nextPlan, "Louder reminder, whole bay for a week")
    press(qtbot, cui.nextPlan, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert (
        cui.cycleNumber.text().startswith("2")
        and cui.objective.toPlainText() == "Louder reminder, whole bay for a week"
    )
    assert "no prediction" in cui.prompts.text()  # the carried-over question needs a new prediction
    type_in(qtbot, cui.title, "Whole bay")
    press(qtbot, cui.title, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    first, second = sorted(clocked.projects.cycles_for(project.id), key=lambda c: c.cycle_number)
    assert (first.label, first.act, first.questions[0].prediction) == (
        "PDSA 1: One nurse, one shift",
        "Adapt",
        "Yes, most times",
    )
    assert (second.label, second.previous_cycle_id, second.change_idea_id) == (
        "PDSA 2: Whole bay",
        first.id,
        first.change_idea_id,
    )

    # -- both cycles on the measure's chart ---------------------------------------------------------
    with qtbot.waitSignal(page.cycles_drawn, timeout=5000) as drawn:
        page.ui.projectTabs.setCurrentWidget(page.ui.overviewTab)
    measure_id, marks = drawn.args
    assert measure_id == measure.id
    assert [(a.label, a.kind) for a in marks] == [
        ("PDSA 1: One nurse, one shift", "pdsa"),
        ("PDSA 2: Whole bay", "pdsa"),
    ]
    drawn_chart = page.chart_widget.chart
    assert [a.label for a in drawn_chart.annotations if a.kind == "pdsa"] == [
        "PDSA 1: One nurse, one shift",
        "PDSA 2: Whole bay",
    ]
    assert page.ui.timeline.topLevelItem(0).childCount() == 2
    assert page.ui.aimSentence.text().startswith("We aim to increase observations done on time")
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # closed cell editors
    assert unnamed_widgets(page) == []


def test_a_stale_project_save_is_refused_and_the_typing_stays(qtbot, window, clocked, ward, prompts) -> None:
    project, _ = clocked.projects.create(Project(ward.id, "Calmer nights"))
    page = window.show_page("improvement")
    page.ui.projectTabs.setCurrentWidget(page.ui.projectTab)
    clocked.projects.save(replace(project, problem="Someone else's words"))  # another PC saves first
    type_in(qtbot, page.editor.ui.title, "Calmer, safer nights")
    assert page.editor.flush() is False
    assert "Someone else changed this project" in page.editor.ui.message.text()
    assert page.editor.ui.title.text() == "Calmer, safer nights"
    assert page.editor.ui.reload.isVisibleTo(page) and page.ui.savedIndicator.text().startswith("NOT SAVED")
    assert clocked.projects.get(project.id).title == "Calmer nights"
    page.editor.ui.reload.click()
    assert page.editor.ui.problem.toPlainText() == "Someone else's words"


def test_deleting_asks_first_and_bad_numbers_are_explained(qtbot, window, clocked, ward, prompts) -> None:
    tree, driver = add_node((), None, "Reliable rounds")
    clocked.projects.create(Project(ward.id, "Calmer nights", drivers=tree))
    page = window.show_page("improvement")
    page.ui.projectTabs.setCurrentWidget(page.ui.projectTab)
    type_in(qtbot, page.editor.ui.aimBaseline, "12,5")
    assert page.editor.flush() is False
    assert "comma as the decimal point" in page.editor.ui.message.text()
    type_in(qtbot, page.editor.ui.aimBaseline, "12.5")
    assert page.editor.flush() is True
    prompts.answer("ask_yes_no", False)
    page.editor.ui.drivers.select(driver.id)
    press(qtbot, page.editor.ui.drivers, Qt.Key.Key_Delete)
    assert len(page.editor.ui.drivers.nodes()) == 1
    prompts.answer("ask_yes_no", False, True)
    page.ui.deleteProject.click()
    assert len(clocked.projects.list_for_ward(ward.id)) == 1
    page.ui.deleteProject.click()
    assert clocked.projects.list_for_ward(ward.id) == []
    assert "was deleted" in page.ui.listMessage.text()


def test_pulse_results_stay_hidden_below_five_answers(qtbot, window, clocked, ward) -> None:
    page = window.show_page("improvement")
    page.ui.areas.setCurrentWidget(page.ui.pulseTab)
    pulse = page.pulse
    quarter = pulse.ui.quarter
    quarter.setCurrentIndex(quarter.findData("2026-07-01"))
    assert quarter.currentText() == "Q2 2026/27 (Jul–Sep 2026) (nothing entered)"
    table = pulse.ui.agreementTable
    row = 5  # question 6's counts row: "I am able to make improvements happen in my area of work"
    assert "make improvements happen" in table.item(row - 1, 0).text()
    for column, count in ((3, "2"), (4, "2")):  # Agree 2, Strongly agree 2: 4 answers
        type_in_cell(qtbot, table, row, column, count)
    assert pulse.flush()
    assert table.item(row, 6).text() == "hidden (<5)"
    results = pulse.ui.resultsTable
    improvements = next(r for r in range(results.rowCount()) if "make improvements happen" in results.item(r, 0).text())
    assert results.item(improvements, results.columnCount() - 1).text() == "hidden (<5)"
    type_in_cell(qtbot, table, row, 0, "1")  # Strongly disagree 1: now 5 answers
    assert pulse.flush()
    assert table.item(row, 6).text() == "80% positive"
    assert results.item(improvements, results.columnCount() - 1).text() == "80%"
    saved = clocked.pulse.survey_for(ward.id, date(2026, 7, 1))
    assert saved.items[5].counts == (1, 0, 0, 2, 2)
    type_in_cell(qtbot, pulse.ui.frequencyTable, 1, 0, "x")
    assert pulse.flush() is False and "not a whole number" in pulse.ui.message.text()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # closed cell editors
    assert unnamed_widgets(page) == []
