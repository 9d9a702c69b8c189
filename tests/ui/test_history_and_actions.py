"""History (a week of sheets) and the action register."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt

from app.domain.action import Action
from app.domain.huddle import HuddleSheet, LookBackEvent
from tests.ui.accessibility import unnamed_widgets


@pytest.fixture
def week_of_sheets(store, ward):  # ANN201
    store.ctx.clock = lambda: datetime(2026, 11, 20, 9, 0, tzinfo=UTC)  # a Friday
    store.huddles.save(
        HuddleSheet(
            ward.id,
            date(2026, 11, 16),
            "Morning",
            start_time="09:30",
            end_time="09:42",
            events=(LookBackEvent("Fall", "Low harm"),),
            leader="Siân Evans",
        )
    )
    store.huddles.save(HuddleSheet(ward.id, date(2026, 11, 17), "Morning", held=False, not_held_reason="Staffing"))
    return store


def test_history_shows_the_week_and_opens_a_sheet_on_the_huddle_page(qtbot, week_of_sheets, ward) -> None:
    from app.ui.main_window import MainWindow

    window = MainWindow(week_of_sheets)
    qtbot.addWidget(window)
    history = window.show_page("history")
    table = history.ui.week
    assert "Week 47" in history.ui.weekLabel.text()
    assert table.item(0, 0).text() == "Held · 12 min · 1 event · led by Siân Evans"
    assert table.item(1, 0).text() == "NOT HELD: Staffing"
    assert "1 huddle held, 1 not held" in history.ui.summary.text()
    table.setCurrentCell(0, 0)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    huddle = window.pages["huddle"]
    assert window.ui.pages.currentWidget() is huddle
    assert huddle.selected_day() == date(2026, 11, 16) and huddle.meeting.ui.startTime.text() == "09:30"
    qtbot.mouseClick(history.ui.previousWeek, Qt.MouseButton.LeftButton)
    assert "Week 46" in history.ui.weekLabel.text()


def test_history_deletes_after_confirmation(qtbot, week_of_sheets, ward, prompts) -> None:
    from app.ui.pages.history_page import HistoryPage

    page = HistoryPage(week_of_sheets)
    qtbot.addWidget(page)
    page.ui.week.setCurrentCell(1, 0)
    prompts.answer("ask_yes_no", True)
    page.delete_selected()
    assert page.ui.week.item(1, 0).text() == "–"
    assert week_of_sheets.huddles.sheets_between(ward.id, date(2026, 11, 17), date(2026, 11, 17)) == []


def test_action_register_filters_and_marks_overdue(qtbot, store, ward) -> None:
    from app.ui.pages.actions_page import ActionsPage

    store.ctx.clock = lambda: datetime(2026, 11, 1, 9, 0, tzinfo=UTC)
    late, _ = store.actions.add(Action(ward.id, "Audit falls bundle", "Siân Evans", date(2026, 11, 5)))
    store.actions.add(Action(ward.id, "Fix hoist", "Ben Jones", date(2026, 12, 5)))
    done, _ = store.actions.add(Action(ward.id, "Order mattresses", "Ben Jones", date(2026, 11, 10)))
    store.actions.set_status(done, "Done")
    store.ctx.clock = lambda: datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
    page = ActionsPage(store)
    qtbot.addWidget(page)
    texts = [page.ui.register.item(r, 0).text() for r in range(page.ui.register.rowCount())]
    assert texts == ["Audit falls bundle", "Fix hoist"]
    assert page.ui.register.item(0, 6).text() == "⚠ Overdue 15 days"
    page.ui.overdueOnly.setChecked(True)
    assert page.ui.register.rowCount() == 1
    page.ui.overdueOnly.setChecked(False)
    page.ui.ownerFilter.setCurrentText("Ben Jones")
    assert [page.ui.register.item(r, 0).text() for r in range(page.ui.register.rowCount())] == ["Fix hoist"]
    page.ui.statusFilter.setCurrentText("All")
    assert page.ui.register.rowCount() == 2
    page.ui.ownerFilter.setCurrentText("Anyone")
    page.ui.statusFilter.setCurrentIndex(0)
    page.ui.register.selectRow(0)
    page.ui.newStatus.setCurrentText("Done")
    qtbot.mouseClick(page.ui.applyStatus, Qt.MouseButton.LeftButton)
    assert [a.text for a in store.actions.open_actions(ward.id)] == ["Fix hoist"]
    assert store.actions.register(ward.id, statuses=("Done",))[0].closed_on == date(2026, 11, 20)


def test_action_register_edits_owner_and_due(qtbot, store, ward, prompts) -> None:
    from app.ui.pages.actions_page import ActionsPage

    store.ctx.clock = lambda: datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
    store.actions.add(Action(ward.id, "Fix hoist", "Ben Jones", date(2026, 12, 5)))
    page = ActionsPage(store)
    qtbot.addWidget(page)
    page.ui.register.selectRow(0)
    prompts.answer("ask_text", "Zoë Okafor", "not a date")
    page.edit_selected()
    assert "is not a date" in page.ui.message.text()
    prompts.answer("ask_text", "Zoë Okafor", "2026-12-12")
    page.edit_selected()
    saved = store.actions.open_actions(ward.id)[0]
    assert (saved.owner, saved.due, saved.rev) == ("Zoë Okafor", date(2026, 12, 12), 2)
    page.ui.register.selectRow(0)
    prompts.answer("ask_text", "Zoë Okafor", "31/12/2026")  # day first, as a UK ward types it
    page.edit_selected()
    assert store.actions.open_actions(ward.id)[0].due == date(2026, 12, 31)
    assert page.ui.register.item(0, 2).text() == "Thu 31 Dec 2026"


def test_only_the_oldest_few_overdue_actions_are_bold_red(qtbot, store, ward) -> None:
    from app.ui.pages.actions_page import ActionsPage

    store.ctx.clock = lambda: datetime(2026, 11, 1, 9, 0, tzinfo=UTC)
    for day in range(2, 11):
        store.actions.add(Action(ward.id, f"Action due {day} Nov", "Ben Jones", date(2026, 11, day)))
    store.ctx.clock = lambda: datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
    page = ActionsPage(store)
    qtbot.addWidget(page)
    table = page.ui.register
    bold = [table.item(r, 0).text() for r in range(table.rowCount()) if table.item(r, 0).font().bold()]
    assert bold == ["Action due 2 Nov", "Action due 3 Nov", "Action due 4 Nov"]
    words = [table.item(r, 6).text() for r in range(table.rowCount())]
    assert all(w.startswith("⚠ Overdue ") for w in words)  # every overdue row still says so in words
    assert "9 overdue" in page.ui.summary.text()


def test_history_and_actions_are_fully_named(qtbot, demo_store) -> None:
    from app.ui.pages.actions_page import ActionsPage
    from app.ui.pages.history_page import HistoryPage

    for cls in (HistoryPage, ActionsPage):
        page = cls(demo_store)
        qtbot.addWidget(page)
        assert unnamed_widgets(page) == []
