"""The improvement board by keyboard: an idea typed in, cards moved between columns with
Ctrl+Left/Right (Testing offers to start a PDSA cycle; a closed column asks why), the full-screen
wall mode, a stale edit from a second window refused with the typing kept, and the weekly
improvement huddle recorded by keyboard (its learning lands in the cycle's Study note)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.domain.idea import ADOPTED, AGREED, NEW, TESTING
from app.domain.project import Project
from tests.ui.accessibility import unnamed_widgets

NOW = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)


@pytest.fixture
def clocked(store, ward):  # ANN201
    store.ctx.clock = lambda: NOW
    store.wards.add_staff(ward.id, "Priya Shah", "Registered nurse")
    store.wards.add_staff(ward.id, "Ben Clarke", "HCA")
    return store


@pytest.fixture
def project(clocked, ward):  # ANN201
    saved, _ = clocked.projects.create(Project(ward_id=ward.id, title="Fewer falls at night"))
    return saved


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


def open_board(window):  # ANN201
    page = window.show_page("board")
    QApplication.processEvents()
    return page


def test_an_idea_typed_in_and_moved_across_the_board_by_keyboard_only(qtbot, window, clocked, prompts) -> None:
    page = open_board(window)
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.new_idea_text.hasFocus()
    qtbot.keyClick(page.new_idea_text, Qt.Key.Key_Return)  # no words: refused, nothing saved
    assert "Type the idea" in page.ui.message.text() and clocked.board.ideas_for(page.ward_id) == []
    qtbot.keyClicks(page.new_idea_text, "Red socks for patients at risk of falls")
    qtbot.keyClick(page.new_idea_text, Qt.Key.Key_Tab)
    qtbot.keyClicks(page.new_idea_by, "Priya Shah")
    qtbot.keyClick(page.new_idea_by, Qt.Key.Key_Return)
    (idea,) = clocked.board.ideas_for(page.ward_id)
    assert (idea.text, idea.offered_by, idea.status) == ("Red socks for patients at risk of falls", "Priya Shah", NEW)
    new_cards = page.columns[NEW].cards
    new_cards.setFocus()
    qtbot.keyClick(new_cards, Qt.Key.Key_Down)
    assert page.chosen is not None and page.chosen.id == idea.id
    qtbot.keyClick(new_cards, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert clocked.board.get(idea.id).status == AGREED
    assert page.columns[AGREED].cards.count() == 1 and page.columns[NEW].cards.count() == 0
    assert page.columns[AGREED].cards.hasFocus()
    # Testing needs a PDSA cycle: the board offers to start one in the ward's project
    prompts.answer("ask_choice", "Start a new PDSA cycle in: Fewer falls at night")
    qtbot.keyClick(page.columns[AGREED].cards, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    testing = clocked.board.get(idea.id)
    assert testing.status == TESTING and testing.pdsa_cycle_id
    assert clocked.projects.get_cycle(testing.pdsa_cycle_id).title == "Red socks for patients at risk of falls"
    assert "Started PDSA 1" in page.ui.message.text()
    # a closed column asks why; cancelling leaves the card where it was
    prompts.answer("ask_choice", ADOPTED)
    prompts.answer("ask_text", None)
    qtbot.keyClick(page.columns[TESTING].cards, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert clocked.board.get(idea.id).status == TESTING
    prompts.answer("ask_choice", ADOPTED)
    prompts.answer("ask_text", "Falls halved on bay 4")
    qtbot.keyClick(page.columns[TESTING].cards, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    adopted = clocked.board.get(idea.id)
    assert adopted.status == ADOPTED and adopted.reason == "Falls halved on bay 4"
    assert "Why: Falls halved on bay 4" in page.columns[ADOPTED].cards.item(0).text()


def test_left_and_right_go_between_columns_without_moving_anything(qtbot, window, clocked, ward) -> None:
    first, _ = clocked.board.add_idea(ward.id, "A clock in every bay")
    page = open_board(window)
    new_cards = page.columns[NEW].cards
    new_cards.setFocus()
    qtbot.keyClick(new_cards, Qt.Key.Key_Right)
    assert page.columns[AGREED].cards.hasFocus()
    qtbot.keyClick(page.columns[AGREED].cards, Qt.Key.Key_Left)
    assert new_cards.hasFocus() and clocked.board.get(first.id).status == NEW


def test_a_stale_edit_from_a_second_window_is_refused_and_the_typing_kept(qtbot, window, clocked, ward) -> None:
    idea, _ = clocked.board.add_idea(ward.id, "Quiet time after lunch")
    page = open_board(window)
    page.select(idea.id)
    clocked.board.move(clocked.board.get(idea.id), AGREED)  # the second window moves it first
    page.ui.youSaid.setFocus()
    qtbot.keyClicks(page.ui.youSaid, "Quiet hour from 13:00 starts Monday")
    qtbot.mouseClick(page.ui.saveIdea, Qt.MouseButton.LeftButton)
    assert "Nothing was overwritten" in page.ui.message.text()
    assert page.ui.youSaid.toPlainText() == "Quiet hour from 13:00 starts Monday"
    assert clocked.board.get(idea.id).you_said_we_did == "" and clocked.board.get(idea.id).status == AGREED
    # the stale card moved by keyboard: refused too, and the board shows the latest cards
    page.columns[NEW].cards.setFocus()
    qtbot.keyClick(page.columns[NEW].cards, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert "latest cards" in page.ui.message.text() and page.columns[AGREED].cards.count() == 1


def test_full_screen_wall_mode_has_large_type_and_escape_comes_back(qtbot, window, clocked, ward) -> None:
    clocked.board.add_idea(ward.id, "Drinks round before the evening medicines")
    page = open_board(window)
    normal = page.columns[NEW].cards.font().pointSizeF()
    page.columns[NEW].cards.setFocus()
    qtbot.keyClick(page.columns[NEW].cards, Qt.Key.Key_F11)
    assert page.wall and window.isFullScreen()
    assert page.columns[NEW].cards.font().pointSizeF() >= normal * 1.7
    assert page.columns[NEW].heading.font().pointSizeF() >= normal * 1.7 and page.columns[NEW].heading.font().bold()
    assert not window.ui.navigation.isVisible() and not page.ui.detailsBox.isVisible()
    qtbot.keyClick(page.columns[NEW].cards, Qt.Key.Key_Escape)
    assert not page.wall and not window.isFullScreen() and window.ui.navigation.isVisible()
    assert page.columns[NEW].cards.font().pointSizeF() == normal


def test_the_weekly_improvement_huddle_by_keyboard(qtbot, window, clocked, ward, project) -> None:
    idea, _ = clocked.board.add_idea(ward.id, "Call bell check at every rounding")
    _testing, cycle, _ = clocked.board.start_cycle_for(idea, project.id)
    page = open_board(window)
    page.ui.tabs.setCurrentIndex(1)
    editor = page.weekly
    assert editor.huddle is not None and editor.huddle.huddle_date == date(2026, 11, 20)
    editor.picker.box.setFocus()
    qtbot.keyClicks(editor.picker.box, "pri")
    qtbot.keyClick(editor.picker.box, Qt.Key.Key_Return)
    assert [p.name for p in editor.attendees] == ["Priya Shah"]
    _item, tested, learned, decision = editor.rows[0]
    tested.setFocus()
    qtbot.keyClicks(tested, "Call bell check on bay 4 for a week")
    qtbot.keyClick(tested, Qt.Key.Key_Tab)
    qtbot.keyClicks(learned, "Two bells were out of reach on day 1")
    decision.setFocus()
    qtbot.keyClick(decision, Qt.Key.Key_Down)
    editor.ui.celebrations.setFocus()
    qtbot.keyClicks(editor.ui.celebrations, "30 days without a fall in bay 4")
    assert editor.flush()
    note = clocked.projects.get_cycle(cycle.id).improved_detail
    assert "Tested: Call bell check on bay 4 for a week" in note and note.count("Two bells") == 1
    saved = clocked.improvement_huddles.huddle_for(ward.id, date(2026, 11, 20))
    assert saved.is_saved and saved.tested[0].decision == "Adopt" and saved.celebrations.startswith("30 days")
    assert "30 days without a fall" in page.ui.celebrationsText.text()
    # a next step with its owner, typed in: an improvement action on the board
    steps = editor.next_steps
    steps.new_text.setFocus()
    qtbot.keyClicks(steps.new_text, "Order more rounding charts")
    qtbot.keyClicks(steps.new_owner, "Ben Clarke")
    qtbot.mouseClick(steps.add_button, Qt.MouseButton.LeftButton)
    assert [a.owner for a in clocked.board.improvement_actions(ward.id)] == ["Ben Clarke"]
    assert unnamed_widgets(page) == []


def test_an_idea_added_from_the_daily_sheet_lands_on_the_board(qtbot, window, clocked, ward, prompts) -> None:
    huddle = window.show_page("huddle")
    button = huddle.closing.add_idea
    prompts.answer("ask_text", "   ")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert clocked.board.ideas_for(ward.id) == [] and "type the idea" in huddle.ui.message.text()
    prompts.answer("ask_text", "A clock in every bay", "")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    (idea,) = clocked.board.ideas_for(ward.id)
    assert idea.offered_by_text == "Anonymous" and "New column" in huddle.ui.message.text()
    board = open_board(window)
    assert "A clock in every bay" in board.columns[NEW].cards.item(0).text()


def test_the_improvement_page_shows_ideas_across_wards(qtbot, window, clocked, ward) -> None:
    clocked.board.add_idea(ward.id, "A clock in every bay")
    page = window.show_page("improvement")
    panel = page.ideas_overview
    page.ui.areas.setCurrentWidget(panel)
    assert panel.table.rowCount() == 1 and panel.table.item(0, 0).text() == ward.name
    assert panel.table.item(0, 1).text() == "1" and panel.spread.rowCount() == 0
    assert unnamed_widgets(panel) == []


def test_a_stale_weekly_huddle_save_is_refused_and_the_typing_kept(qtbot, window, clocked, ward) -> None:
    page = open_board(window)
    page.ui.tabs.setCurrentIndex(1)
    editor = page.weekly
    editor.ui.celebrations.setFocus()
    qtbot.keyClicks(editor.ui.celebrations, "Thanks to the night team")
    assert editor.flush()
    saved = clocked.improvement_huddles.huddle_for(ward.id, date(2026, 11, 20))
    from dataclasses import replace

    clocked.improvement_huddles.save(replace(saved, notes="typed in a second window"))
    qtbot.keyClicks(editor.ui.celebrations, " and the porters")
    assert not editor.flush()
    assert "Nothing was overwritten" in editor.ui.message.text()
    assert editor.ui.celebrations.toPlainText() == "Thanks to the night team and the porters"
    assert clocked.improvement_huddles.huddle_for(ward.id, date(2026, 11, 20)).notes == "typed in a second window"
    assert "NOT SAVED" in page.ui.savedIndicator.text()
