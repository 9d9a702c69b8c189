"""Today's huddle page: keyboard-only filling, carry-forward, stale edits, autosave, accessibility."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from app.domain.action import Action
from app.domain.huddle import AtRiskPatient, HuddleSheet
from tests.ui.accessibility import unnamed_widgets
from tests.ui.killed_child import run_until_then_kill

TODAY = date(2026, 11, 20)


@pytest.fixture
def clocked(store, ward):  # ANN201
    store.ctx.clock = lambda: datetime(2026, 11, 20, 9, 31, tzinfo=UTC)
    for name, role in (("Siân Evans", "Registered nurse"), ("Ben Jones", "HCA"), ("Zoë Okafor", "Registered nurse")):
        store.wards.add_staff(ward.id, name, role)
    return store


@pytest.fixture
def page(qtbot, clocked):  # ANN201
    from app.ui.pages.huddle_page import HuddlePage

    widget = HuddlePage(clocked)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def tab_to(qtbot, page, target: QWidget, limit: int = 120) -> None:
    """Press Tab until ``target`` has focus: proves it is reachable by keyboard."""
    for _ in range(limit):
        if QApplication.focusWidget() is target or target.isAncestorOf(QApplication.focusWidget()):
            return
        qtbot.keyClick(QApplication.focusWidget() or page, Qt.Key.Key_Tab)
    pytest.fail(f"{target.objectName()} could not be reached with Tab")


def type_into(qtbot, page, widget: QWidget, text: str) -> None:
    tab_to(qtbot, page, widget)
    focus = QApplication.focusWidget()
    qtbot.keyClick(focus, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(focus, text)


def test_fill_a_sheet_by_keyboard_alone_then_reopen_it(qtbot, page, clocked, ward) -> None:
    ui = page.ui
    assert page.record is not None and not page.record.is_saved
    ui.huddleDate.setFocus()
    type_into(qtbot, page, page.meeting.ui.leader, "Ben Jones")
    qtbot.keyClick(page.meeting.ui.leader.box, Qt.Key.Key_F5)  # F5 starts the huddle (its button is no Tab stop)
    assert page.meeting.ui.startTime.text() == "09:31"
    type_into(qtbot, page, page.attendance.ui.attendeeName, "Ben Jones")
    picker = page.attendance.ui.attendeeName.box
    qtbot.keyClick(picker, Qt.Key.Key_Return)
    qtbot.keyClicks(picker, "Chloe Murray")  # a new person: only by choosing "Add new person"
    qtbot.keyClick(picker, Qt.Key.Key_Return)
    assert "1 present" in page.attendance.ui.roleCounts.text()  # Enter alone added nobody
    qtbot.keyClick(picker, Qt.Key.Key_Down)
    qtbot.keyClick(picker, Qt.Key.Key_Return)
    assert "2 present" in page.attendance.ui.roleCounts.text()
    type_into(qtbot, page, page.staffing.ui.nurseInCharge, "Ben Jones")
    type_into(qtbot, page, page.staffing.ui.rnPlanned, "6")
    type_into(qtbot, page, page.staffing.ui.rnActual, "5")
    type_into(qtbot, page, page.staffing.ui.bedsOccupied, "27")
    tab_to(qtbot, page, page.staffing.ui.staffingConcern)
    qtbot.keyClick(page.staffing.ui.staffingConcern, Qt.Key.Key_Space)
    type_into(qtbot, page, page.staffing.ui.staffingConcernDetail, "One RN short")
    tab_to(qtbot, page, page.look_back.ui.lookBackAny)
    qtbot.keyClick(page.look_back.ui.lookBackAny, Qt.Key.Key_Down)
    tab_to(qtbot, page, page.look_back.ui.addEvent)
    qtbot.keyClick(page.look_back.ui.addEvent, Qt.Key.Key_Space)
    assert page.look_back.ui.events.rowCount() == 1
    cross_combo = page.cross.rows[0][1]
    tab_to(qtbot, page, cross_combo)  # the fall in look back has marked it already: nothing to type
    tab_to(qtbot, page, page.look_ahead.ui.threatsDetail)
    qtbot.keyClicks(page.look_ahead.ui.threatsDetail, "Hoist broken in bay 2")
    type_into(qtbot, page, page.look_ahead.ui.isolationCount, "2")
    tab_to(qtbot, page, page.look_ahead.ui.reminders)
    qtbot.keyClicks(page.look_ahead.ui.reminders, "Falls audit Friday")
    tab_to(qtbot, page, page.actions.ui.newActionText)
    qtbot.keyClicks(page.actions.ui.newActionText, "Book hoist repair")
    qtbot.keyClick(page.actions.ui.newActionText, Qt.Key.Key_Return)
    type_into(qtbot, page, page.closing.ui.celebration, "Thanks to the night team")
    type_into(qtbot, page, page.closing.ui.checkinGood, "5")
    tab_to(qtbot, page, page.closing.ui.notes)
    qtbot.keyClicks(page.closing.ui.notes, "Quiet start")
    qtbot.keyClick(page, Qt.Key.Key_F6)
    qtbot.keyClick(page, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert ui.savedIndicator.text().startswith("Saved")

    sheet = clocked.huddles.sheet_for(ward.id, TODAY, "Morning")
    assert sheet.is_saved
    assert (sheet.leader, sheet.start_time, sheet.end_time) == ("Ben Jones", "09:31", "09:31")
    assert [a.name for a in sheet.attendees] == ["Ben Jones", "Chloe Murray"]
    assert "Chloe Murray" in [s.name for s in clocked.wards.staff_for(ward.id)]
    assert (sheet.nurse_in_charge, sheet.rn_planned, sheet.rn_actual, sheet.beds_occupied) == ("Ben Jones", 6, 5, 27)
    assert sheet.staffing_concern and sheet.staffing_concern_detail == "One RN short"
    assert sheet.lookback_any is True and len(sheet.events) == 1
    assert (sheet.threats_detail, sheet.isolation_count, sheet.reminders) == (
        "Hoist broken in bay 2",
        2,
        "Falls audit Friday",
    )
    assert (sheet.celebration, sheet.checkin_good, sheet.notes) == ("Thanks to the night team", 5, "Quiet start")
    falls = clocked.huddles.cross_for_day(ward.id, TODAY)["falls"]
    assert (falls.code, falls.source) == ("no_harm", "look back")
    assert [a.text for a in clocked.actions.open_actions(ward.id)] == ["Book hoist repair"]

    # Reopen in a fresh page: every value is back on screen
    from app.ui.pages.huddle_page import HuddlePage

    again = HuddlePage(clocked)
    qtbot.addWidget(again)
    assert again.read_form() == sheet
    assert again.look_back.ui.events.rowCount() == 1 and again.cross.rows[0][1].currentData() == "no_harm"
    assert again.actions.ui.actions.item(0, 0).text() == "Book hoist repair"


def test_a_new_sheet_carries_forward_at_risk_rows_and_open_actions(qtbot, clocked, ward) -> None:
    from app.ui.pages.huddle_page import HuddlePage

    yesterday = TODAY - timedelta(days=1)
    clocked.huddles.save(
        HuddleSheet(
            ward.id, yesterday, "Morning", at_risk=(AtRiskPatient("Bay 2 bed 4", ("Falls",), "Low bed"),), rn_planned=6
        )
    )
    clocked.ctx.clock = lambda: datetime(2026, 11, 18, 9, 0, tzinfo=UTC)
    clocked.actions.add(Action(ward.id, "Replace bed alarm", "Siân Evans", date(2026, 11, 19)))
    clocked.ctx.clock = lambda: datetime(2026, 11, 20, 9, 31, tzinfo=UTC)
    page = HuddlePage(clocked)
    qtbot.addWidget(page)
    assert page.look_ahead.ui.atRisk.cellWidget(0, 0).text() == "Bay 2 bed 4"
    assert page.staffing.ui.rnPlanned.value() == 6
    assert page.actions.ui.actions.item(0, 0).text() == "Replace bed alarm"
    assert page.actions.ui.actions.item(0, 4).text() == "⚠ Overdue 1 day"
    assert page.actions.ui.actions.item(0, 0).font().bold()  # not colour alone


def test_a_stale_edit_from_a_second_window_is_refused_and_keeps_the_typing(qtbot, clocked, ward) -> None:
    from app.ui.pages.huddle_page import HuddlePage

    first = HuddlePage(clocked)
    qtbot.addWidget(first)
    first.closing.ui.notes.setPlainText("from window one")
    first.save_now()
    second = HuddlePage(clocked)
    qtbot.addWidget(second)
    first.closing.ui.notes.setPlainText("window one again")
    first.save_now()
    second.closing.ui.notes.setPlainText("stale window two")
    second.save_now()
    assert "Someone else changed" in second.ui.message.text()
    assert second.closing.ui.notes.toPlainText() == "stale window two"
    assert "NOT SAVED" in second.ui.savedIndicator.text()
    assert clocked.huddles.sheet_for(ward.id, TODAY, "Morning").notes == "window one again"


def test_bad_input_gets_an_inline_message_and_nothing_is_lost(qtbot, page, clocked, ward) -> None:
    page.meeting.ui.startTime.setText("09:40")
    page.meeting.ui.endTime.setText("09:30")
    page.closing.ui.notes.setPlainText("important words")
    page.save_now()
    assert "cannot end before it started" in page.ui.message.text()
    assert page.ui.message.property("role") == "error"
    assert page.closing.ui.notes.toPlainText() == "important words"
    page.meeting.ui.endTime.setText("09:50")
    page.save_now()
    assert clocked.huddles.sheet_for(ward.id, TODAY, "Morning").notes == "important words"


def test_huddle_not_held_is_a_first_class_answer(qtbot, page, clocked, ward) -> None:
    page.meeting.ui.held.setChecked(False)
    assert page.meeting.ui.notHeldReason.isVisible()
    page.save_now()
    assert "Say why" in page.ui.message.text()
    page.meeting.ui.notHeldReason.setCurrentText("Clinical pressure")
    page.save_now()
    saved = clocked.huddles.sheet_for(ward.id, TODAY, "Morning")
    assert (saved.held, saved.not_held_reason) == (False, "Clinical pressure")


def test_a_past_due_date_on_a_new_action_is_explained(qtbot, page, clocked, ward) -> None:
    page.actions.ui.newActionText.setText("Too late")
    page.actions.ui.newActionDue.set_date_value(date(2026, 11, 1))
    page.add_action()
    assert "already passed" in page.ui.message.text()
    assert page.actions.ui.newActionText.text() == "Too late"
    assert clocked.actions.open_actions(ward.id) == []


def test_switching_pages_saves_and_keeps_typing(qtbot, clocked, ward) -> None:
    from app.ui.main_window import MainWindow

    window = MainWindow(clocked)
    qtbot.addWidget(window)
    page = window.show_page("huddle")
    page.closing.ui.celebration.setText("typed then switched")
    page._changed()
    window.show_page("settings")
    assert clocked.huddles.sheet_for(ward.id, TODAY, "Morning").celebration == "typed then switched"
    assert window.show_page("huddle").closing.ui.celebration.text() == "typed then switched"


def test_deleting_a_sheet_asks_first_and_leaves_a_new_draft(qtbot, page, clocked, ward, prompts) -> None:
    page.closing.ui.notes.setPlainText("to delete")
    page.save_now()
    prompts.answer("ask_yes_no", False)
    page.delete_sheet()
    assert clocked.huddles.sheet_for(ward.id, TODAY, "Morning").is_saved
    prompts.answer("ask_yes_no", True)
    page.delete_sheet()
    assert not clocked.huddles.sheet_for(ward.id, TODAY, "Morning").is_saved
    assert page.closing.ui.notes.toPlainText() == ""


def test_the_huddle_page_is_fully_named_for_screen_readers(qtbot, page) -> None:
    page.look_back.events_table.add()
    page.look_ahead.at_risk_table.add()
    assert unnamed_widgets(page) == []


AUTOSAVE_CHILD = r"""
import os, sys
from datetime import datetime, timezone
from pathlib import Path
from PySide6.QtCore import QTimer
from app.ui.application import create_application
from app.services.store import open_store
from app.ui.pages.huddle_page import HuddlePage
app = create_application()
store = open_store(Path(sys.argv[1]))
store.settings.set("autosave_seconds", 3)
page = HuddlePage(store)
page.show()
page.closing.ui.notes.setPlainText("typed before the power cut")
page.closing.ui.celebration.setText("Siân's good catch")
def report():
    if page.ui.savedIndicator.text().startswith("Saved"):
        print("AUTOSAVED", flush=True)
QTimer.singleShot(3500, report)
app.exec()
"""


def test_autosaved_typing_survives_a_killed_process(tmp_path: Path, database_path: Path, ward) -> None:
    run_until_then_kill(AUTOSAVE_CHILD, database_path, "AUTOSAVED", what="no autosave")
    from app.services.store import open_store

    store = open_store(database_path)
    today = store.huddles.today()
    sheet = store.huddles.sheet_for(ward.id, today, ward.details.huddle_slots[0])
    assert (sheet.notes, sheet.celebration) == ("typed before the power cut", "Siân's good catch")
    store.close()


def test_a_read_only_data_file_shows_sheets_but_takes_no_typing(qtbot, tmp_path, template_database) -> None:
    import sqlite3

    from app.domain.ward import WardDetails
    from app.services.store import open_store
    from app.ui.pages.huddle_page import HuddlePage

    path = tmp_path / "newer.sqlite3"
    path.write_bytes(template_database.read_bytes())
    writable = open_store(path)
    ward, _ = writable.wards.create_ward(WardDetails(name="Ward 7"))
    writable.close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 999")
    conn.commit()
    conn.close()
    store = open_store(path)
    assert store.read_only
    page = HuddlePage(store)
    qtbot.addWidget(page)
    assert not page.ui.sheet.isEnabled() and not page.ui.saveSheet.isEnabled()
    assert "read-only" in page.ui.message.text()
    store.close()
