"""The Reflections page: a hot debrief completed from a look-back event with the keyboard alone,
follow-up actions in the shared register, sharing at the next huddle, the later reflection, the
SWARM-window hint on an injected clock, stale saves, delete, autosave and accessible names."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDateEdit, QWidget

from app.domain.huddle import HuddleSheet, LookBackEvent
from app.domain.reflection import Participant, Reflection, TrainingNeed
from tests.ui.accessibility import unnamed_widgets

DAY = date(2026, 11, 20)


def local(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute).astimezone()


@pytest.fixture
def clock(store):  # ANN201
    class Clock:
        now = local(DAY, 15)

    c = Clock()
    store.ctx.clock = lambda: c.now
    return c


@pytest.fixture
def sheet_event(store, ward, clock):  # ANN201
    event = LookBackEvent("Fall", "Low harm", "W123456", "Call bell out of reach")
    sheet = store.huddles.save(
        HuddleSheet(ward_id=ward.id, huddle_date=DAY, slot="Morning", lookback_any=True, events=(event,))
    ).sheet
    return sheet, event


@pytest.fixture
def page(qtbot, ward, clock, main_window):  # ANN201
    main_window.activateWindow()
    return main_window.show_page("reflections")


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def tab(qtbot) -> QWidget:
    """Tab to the next input (a date box takes Tab through its day, month and year first)."""
    start = focused()
    for _ in range(4):
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        if focused() is not start:
            return focused()
        assert isinstance(start, QDateEdit)
    raise AssertionError(f"Tab did not leave {start.objectName()}")


def tab_to(qtbot, widget: QWidget, *, most: int = 1) -> None:
    """Tab (at most ``most`` times) and check the keyboard lands on ``widget``."""
    for _ in range(most):
        if tab(qtbot) is widget:
            return
    raise AssertionError(f"expected focus on {widget.accessibleName()!r}, got {focused().accessibleName()!r}")


def type_in(qtbot, widget: QWidget, text: str) -> None:
    assert focused() is widget, f"{widget.accessibleName()!r} is not focused ({focused().accessibleName()!r} is)"
    qtbot.keyClicks(widget, text)


def test_reflections_come_after_todays_huddle_in_the_navigation() -> None:
    from app.ui.main_window import default_pages

    titles = [entry.title for entry in default_pages()]
    assert titles.index("Reflections") > titles.index("Today's huddle")


def test_a_hot_debrief_from_a_lookback_event_completed_by_keyboard(
    qtbot, page, store, ward, sheet_event
) -> None:  # PLR0915
    sheet, event = sheet_event
    page.start_from_event(sheet.id, event.id)
    editor = page.post_editor
    ui = editor.ui
    assert page.current_editor() is editor
    assert "Started from the look-back at the daily huddle on Fri 20 Nov 2026: Fall, low harm" in ui.sourceLabel.text()
    assert (ui.category.currentText(), ui.physicalHarm.currentText(), ui.incidentRef.text()) == (
        "Fall",
        "Low harm",
        "W123456",
    )
    assert ui.eventDate.date().toPython() == DAY and ui.reported.currentText() == "Yes"
    qtbot.waitUntil(lambda: focused() is ui.eventDate)

    tab_to(qtbot, ui.eventTime)
    type_in(qtbot, ui.eventTime, "0640")
    tab_to(qtbot, ui.huddleDate)
    tab_to(qtbot, ui.huddleTime)
    assert ui.eventTime.text() == "06:40"  # tidied on leaving the field
    tab_to(qtbot, ui.eventType)
    type_in(qtbot, ui.eventType, "Near")
    tab_to(qtbot, ui.category)
    tab_to(qtbot, ui.psychologicalHarm, most=4)
    type_in(qtbot, ui.psychologicalHarm, "Low")
    tab_to(qtbot, ui.facilitator)
    type_in(qtbot, ui.facilitator, "Sian Evans")
    people = ui.participants
    tab_to(qtbot, people.first)
    type_in(qtbot, people.first, "Ben Jones")
    tab_to(qtbot, people.role)
    type_in(qtbot, people.role, "HCA")
    tab_to(qtbot, people.add_button)
    qtbot.keyClick(people.add_button, Qt.Key.Key_Space)
    assert focused() is people.first  # ready for the next person
    tab_to(qtbot, people.role)
    qtbot.wait(QApplication.keyboardInputInterval() + 50)  # a new search, not "HCAFam"
    type_in(qtbot, people.role, "Fam")
    tab_to(qtbot, people.add_button)
    qtbot.keyClick(people.add_button, Qt.Key.Key_Space)
    tab_to(qtbot, ui.groundRules, most=5)
    qtbot.keyClick(ui.groundRules, Qt.Key.Key_Space)
    for box, text in (
        (ui.aarExpected, "Hourly checks in bay 3"),
        (ui.aarHappened, "Found on the floor at night"),
        (ui.aarDifference, "Two admissions at once"),
    ):
        tab_to(qtbot, box)
        type_in(qtbot, box, text)
    person_effect, person_notes = ui.seips.widgets()[:2]
    tab_to(qtbot, person_effect)
    type_in(qtbot, person_effect, "Hin")
    tab_to(qtbot, person_notes)
    type_in(qtbot, person_notes, "Two RNs for 28 patients")
    tab_to(qtbot, ui.everydayWork, most=11)
    type_in(qtbot, ui.everydayWork, "Yes")
    tab_to(qtbot, ui.shiftImpact)
    type_in(qtbot, ui.shiftImpact, "Minor")
    tab_to(qtbot, ui.shiftImpactDetail)
    tab_to(qtbot, ui.teamImpact)
    type_in(qtbot, ui.teamImpact, "Shaken; checked in")
    peer = ui.support.widgets()[1]
    tab_to(qtbot, peer, most=2)
    qtbot.keyClick(peer, Qt.Key.Key_Space)
    training = ui.training
    tab_to(qtbot, training.first, most=5)
    type_in(qtbot, training.first, "Falls bundle refresher")
    tab_to(qtbot, training.for_whom)
    type_in(qtbot, training.for_whom, "night HCAs")
    qtbot.keyClick(training.for_whom, Qt.Key.Key_Return)
    tab_to(qtbot, ui.immediateActions, most=5)
    type_in(qtbot, ui.immediateActions, "Low bed and sensor mat")
    tab_to(qtbot, ui.learned)
    type_in(qtbot, ui.learned, "Check the bell is in reach on every round")
    # Ctrl+N: a new follow-up action, straight into the shared register
    qtbot.keyClick(ui.learned, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    actions = ui.actions
    type_in(qtbot, actions.new_text, "Order longer call bell cords")
    tab_to(qtbot, actions.new_owner)
    type_in(qtbot, actions.new_owner, "Ben Jones")
    tab_to(qtbot, actions.new_due)
    type_in(qtbot, actions.new_due, "27112026")
    tab_to(qtbot, actions.add_button)
    qtbot.keyClick(actions.add_button, Qt.Key.Key_Space)
    assert "added to the action register for Ben Jones, due Fri 27 Nov" in ui.message.text()
    assert focused() is actions.new_text
    tab_to(qtbot, ui.documentation, most=4)
    type_in(qtbot, ui.documentation, "Summary to matron")
    tab_to(qtbot, ui.shareAtHuddle)
    qtbot.keyClick(ui.shareAtHuddle, Qt.Key.Key_Space)
    tab_to(qtbot, ui.laterDue)
    type_in(qtbot, ui.laterDue, "18122026")
    qtbot.keyClick(ui.laterDue, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert ui.savedIndicator.text() == "Saved 15:00:00"

    saved = store.reflections.search(ward.id)[0].reflection
    assert (saved.source_sheet_id, saved.source_event_id, saved.event_time) == (sheet.id, event.id, "06:40")
    assert (saved.event_type, saved.category, saved.psychological_harm) == (
        "Near miss (good catch)",
        "Fall",
        "Low psychological harm",
    )
    assert saved.participants == (Participant("Ben Jones", "HCA"), Participant("", "Family member or carer"))
    assert saved.ground_rules_agreed and saved.share_at_huddle and saved.later_due == date(2026, 12, 18)
    assert (saved.seips[0].effect, saved.seips[0].notes) == ("Hindered", "Two RNs for 28 patients")
    assert (saved.everyday_work, saved.shift_impact, saved.support) == ("Yes", "Minor disruption", ("Peer support",))
    assert saved.training_needs == (TrainingNeed("Falls bundle refresher", "night HCAs"),)
    assert saved.learned == "Check the bell is in reach on every round" and saved.documentation == "Summary to matron"
    register = store.actions.open_actions(ward.id)
    assert [(a.text, a.owner, a.due, a.source_type, a.source_id) for a in register] == [
        ("Order longer call bell cords", "Ben Jones", date(2026, 11, 27), "reflection", saved.id)
    ]
    assert [r.id for r in store.reflections.to_share_at_next_huddle(ward.id, DAY + timedelta(days=1))] == [saved.id]
    assert store.reflections.to_share_at_next_huddle(ward.id, DAY) == []
    # the same event opens the same debrief again
    page.show_list()
    page.start_from_event(sheet.id, event.id)
    assert page.post_editor.item.id == saved.id and "already has a hot debrief" in ui.message.text()


def test_a_later_reflection_shows_and_updates_the_debriefs_actions(qtbot, page, store, ward) -> None:
    post, first, _ = store.reflections.add_follow_up(
        Reflection(ward_id=ward.id, event_date=DAY, category="Medication", later_due=DAY + timedelta(days=2)),
        "Merge insulin charts",
    )
    store.reflections.add_follow_up(post, "Audit the insulin round", "Zoë Okafor")
    page.load_list()
    assert page.ui.reflectionList.item(0, 4).text() == "Later reflection due 22 Nov"
    qtbot.mouseClick(page.ui.newLater, Qt.MouseButton.LeftButton)  # follows the selected hot debrief
    editor = page.later_editor
    ui = editor.ui
    assert ui.postEvent.currentData() == post.id and "Medication" in ui.linkedSummary.text()
    rows = ui.actions.widgets()
    assert [w.text() for w in rows[0:8:4]] == ["Merge insulin charts", "Audit the insulin round"]
    assert "From the hot debrief" in ui.actions._rows[0][4].text()
    status = rows[3]
    status.setFocus()
    qtbot.keyClicks(status, "Done")
    assert store.actions.for_source(post.id)[0].status == "Done"
    assert [a.text for a in store.actions.open_actions(ward.id)] == ["Audit the insulin round"]
    ui.understandDifferently.setFocus()
    qtbot.keyClicks(ui.understandDifferently, "Two charts was the real problem")
    ui.teamNow.setFocus()
    qtbot.keyClicks(ui.teamNow, "Rec")
    qtbot.keyClick(ui.teamNow, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    later = store.reflections.later_reflections_of(post.id)[0]
    assert (later.understand_differently, later.team_now) == ("Two charts was the real problem", "Recovered")
    qtbot.mouseClick(ui.backToList, Qt.MouseButton.LeftButton)
    statuses = [page.ui.reflectionList.item(r, 4).text() for r in range(page.ui.reflectionList.rowCount())]
    assert "Later reflection held" in statuses
    assert store.reflections.reflections_due(ward.id, DAY) == []


def test_the_swarm_hint_follows_the_injected_clock(qtbot, page, store, ward, clock, sheet_event) -> None:
    sheet, event = sheet_event
    page.start_from_event(sheet.id, event.id)  # 15:00 on the event day
    ui = page.post_editor.ui
    assert not ui.swarmHint.isVisibleTo(page) and "15 h 0 min between the event and the huddle" in ui.timingLabel.text()
    page.show_list()
    clock.now = local(DAY + timedelta(days=2), 10)  # 58 hours after the start of the event day
    page.start_from_event(sheet.id, event.id)
    assert ui.huddleDate.date().toPython() == DAY + timedelta(days=2)
    assert ui.swarmHint.isVisibleTo(page) and "more than 48 hours after the event" in ui.swarmHint.text()
    store.settings.set("swarm_window_hours", 72)
    page.post_editor.update_timing()
    assert not ui.swarmHint.isVisibleTo(page)
    # with no huddle time yet the hint counts to now, and the minute timer keeps it current
    ui.eventTime.setText("09:00")
    ui.huddleTime.clear()
    clock.now = local(DAY + timedelta(days=3), 8)
    page.post_editor._clock_timer.timeout.emit()
    assert "between the event and now" in ui.timingLabel.text()
    assert not ui.swarmHint.isVisibleTo(page)
    clock.now = local(DAY + timedelta(days=3), 10)
    page.post_editor._clock_timer.timeout.emit()
    assert ui.swarmHint.isVisibleTo(page) and "more than 72 hours" in ui.swarmHint.text()


def test_a_stale_save_is_refused_and_the_typing_stays(qtbot, page, store, ward, prompts) -> None:
    saved, _ = store.reflections.save(Reflection(ward_id=ward.id, event_date=DAY, learned="first"))
    page.load_list()
    page.open_selected()
    ui = page.post_editor.ui
    store.reflections.save(replace(saved, learned="from the other PC"))
    ui.learned.setFocus()
    ui.learned.selectAll()
    qtbot.keyClicks(ui.learned, "my words")
    qtbot.keyClick(ui.learned, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "Someone else changed this reflection" in ui.message.text() and ui.message.property("role") == "error"
    assert ui.learned.toPlainText() == "my words" and ui.reloadButton.isVisibleTo(page)
    assert ui.savedIndicator.text() == "NOT SAVED: changed by someone else"
    assert store.reflections.get(saved.id).learned == "from the other PC"
    prompts.answer("ask_yes_no", False)  # leaving: "not saved, leave anyway?" -> stay
    assert page.leave() is False
    prompts.answer("ask_yes_no", True)  # reload the saved version
    qtbot.mouseClick(ui.reloadButton, Qt.MouseButton.LeftButton)
    assert ui.learned.toPlainText() == "from the other PC" and not ui.reloadButton.isVisibleTo(page)


def test_a_huddle_before_the_event_is_not_saved_and_says_why(qtbot, page, store, ward, prompts) -> None:
    page.start_blank()
    ui = page.post_editor.ui
    ui.eventTime.setText("14:00")
    ui.huddleTime.setFocus()
    ui.huddleTime.selectAll()
    qtbot.keyClicks(ui.huddleTime, "1300")
    qtbot.keyClick(ui.huddleTime, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "The huddle cannot be before the event" in ui.message.text()
    assert "before the event: check them" in ui.timingLabel.text()
    assert store.reflections.search(ward.id) == []
    prompts.answer("ask_yes_no", True, True)  # leaving (and closing the window) asks first: not saved
    assert page.leave() is True
    assert "not saved: Not saved yet: The huddle cannot be before the event" in prompts.texts("ask_yes_no")[-1]


def test_changes_are_autosaved_within_the_interval(qtbot, page, store, ward) -> None:
    store.settings.set("autosave_seconds", 3)
    page.start_blank()
    ui = page.post_editor.ui
    ui.learned.setFocus()
    qtbot.keyClicks(ui.learned, "Saved without pressing anything")
    assert ui.savedIndicator.text() == "Unsaved changes…"
    qtbot.waitUntil(lambda: ui.savedIndicator.text().startswith("Saved "), timeout=4500)
    assert store.reflections.search(ward.id)[0].reflection.learned == "Saved without pressing anything"
    qtbot.keyClicks(ui.learned, ", then saved on leaving the field")
    ui.documentation.setFocus()  # leaving a field saves at once
    assert store.reflections.search(ward.id)[0].reflection.learned.endswith("on leaving the field")


def test_delete_asks_first_and_leaves_a_tombstone(qtbot, page, store, ward, prompts) -> None:
    saved, _ = store.reflections.save(Reflection(ward_id=ward.id, event_date=DAY, category="Infection"))
    page.load_list()
    page.open_selected()
    ui = page.post_editor.ui
    prompts.answer("ask_yes_no", False)
    qtbot.mouseClick(ui.deleteButton, Qt.MouseButton.LeftButton)
    assert store.reflections.find(saved.id) is not None
    prompts.answer("ask_yes_no", True)
    qtbot.mouseClick(ui.deleteButton, Qt.MouseButton.LeftButton)
    assert "follow-up actions stay in the action register" in prompts.texts("ask_yes_no")[-1]
    assert store.reflections.find(saved.id) is None
    assert page.current_editor() is None and page.ui.reflectionList.rowCount() == 0


def test_the_list_filters_by_category_and_status(qtbot, page, store, ward) -> None:
    store.reflections.save(
        Reflection(
            ward_id=ward.id, event_date=DAY - timedelta(days=9), category="Fall", later_due=DAY - timedelta(days=1)
        )
    )
    store.reflections.save(Reflection(ward_id=ward.id, event_date=DAY - timedelta(days=3), category="Infection"))
    page.load_list()
    assert page.ui.reflectionList.rowCount() == 2
    page.ui.categoryFilter.setCurrentText("Infection")
    assert page.ui.reflectionList.rowCount() == 1 and page.ui.reflectionList.item(0, 2).text().startswith("Infection")
    page.ui.categoryFilter.setCurrentIndex(0)
    page.ui.statusFilter.setCurrentIndex(page.ui.statusFilter.findData("overdue"))
    assert page.ui.reflectionList.item(0, 4).text() == "Later reflection overdue (1 day)"
    assert page.ui.countLabel.text() == "1 reflection shown"


def test_every_input_on_both_forms_has_an_accessible_name(qtbot, demo_store) -> None:
    from app.ui.main_window import MainWindow

    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("reflections")
    assert page.ui.reflectionList.rowCount() >= 3
    assert unnamed_widgets(window) == []
    for row in page._rows:
        page.open_reflection(row.reflection.id)
        assert unnamed_widgets(window) == [], row.reflection.kind
    page.start_blank()
    page.start_later()
    assert unnamed_widgets(window) == []


@pytest.fixture
def inline_tasks():
    from app.ui import tasks

    previous = tasks.is_synchronous()
    tasks.set_synchronous(True)
    yield
    tasks.set_synchronous(previous)


def test_a_debrief_saves_as_pdf_as_it_stands_on_screen(
    qtbot, page, store, ward, prompts, inline_tasks, tmp_path
) -> None:
    page.start_blank()
    ui = page.post_editor.ui
    ui.learned.setFocus()
    qtbot.keyClicks(ui.learned, "Check the bell is in reach")
    target = tmp_path / "debrief.pdf"
    prompts.answer("save_file", str(target))
    qtbot.mouseClick(ui.pdfButton, Qt.MouseButton.LeftButton)
    suggested = prompts.shown[-1][1][1]
    assert suggested.endswith("hot-debrief-W7-2026-11-20.pdf")
    assert target.read_bytes().startswith(b"%PDF")
    assert store.reflections.search(ward.id)[0].reflection.learned == "Check the bell is in reach"  # saved first


def test_start_reflection_on_the_daily_sheet_opens_a_prefilled_hot_debrief(
    qtbot, page, main_window, sheet_event
) -> None:
    sheet, event = sheet_event
    huddle = main_window.show_page("huddle")
    huddle.open_sheet(DAY, "Morning")
    huddle.look_back.ui.events.selectRow(0)
    qtbot.mouseClick(huddle.look_back.ui.startReflection, Qt.MouseButton.LeftButton)
    assert main_window.ui.pages.currentWidget() is page
    editor = page.current_editor()
    assert editor is page.post_editor and editor.item.source_event_id == event.id
    assert (editor.ui.category.currentText(), editor.ui.incidentRef.text()) == ("Fall", "W123456")


def test_a_later_reflection_links_to_a_project_or_pdsa_cycle(qtbot, page, store, ward) -> None:
    from app.domain.project import Project

    project, _ = store.projects.create(Project(ward_id=ward.id, title="Fewer falls at night"))
    cycle, _ = store.projects.save_cycle(replace(store.projects.new_cycle(project), title="Bell check on every round"))
    page.start_later()
    ui = page.later_editor.ui
    assert ui.improvementBox.isVisibleTo(page)
    labels = [ui.projectLink.itemText(i) for i in range(ui.projectLink.count())]
    assert labels[:2] == ["None", "Project: Fewer falls at night"] and labels[2].startswith(
        "PDSA cycle: Fewer falls at night"
    )
    ui.projectLink.setCurrentIndex(2)
    page.later_editor.save_now()
    later = store.reflections.search(ward.id)[0].reflection
    assert (later.linked_project_id, later.linked_pdsa_id) == (None, cycle.id)
    ui.projectLink.setCurrentIndex(1)
    page.later_editor.save_now()
    later = store.reflections.get(later.id)
    assert (later.linked_project_id, later.linked_pdsa_id) == (project.id, None)
