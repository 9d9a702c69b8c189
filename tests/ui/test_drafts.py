"""Drafts: typing that a crash interrupted before its first save is offered back on restart."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from app.domain.huddle import HuddleSheet
from tests.ui.killed_child import run_until_then_kill

DRAFT_CHILD = r"""
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from app.ui.application import create_application
from app.services.store import open_store
from app.ui.pages.huddle_page import HuddlePage
app = create_application()
store = open_store(Path(sys.argv[1]))
store.settings.set("autosave_seconds", 10)  # the kill comes long before the first save
page = HuddlePage(store)
page.show()
QTest.keyClicks(page.closing.ui.notes, "typed, never saved")
QTest.keyClicks(page.closing.ui.celebration, "Sian's good catch")
def report():
    if store.drafts.pending() and not store.huddles.sheet_for(
        page.record.ward_id, page.record.huddle_date, page.record.slot
    ).is_saved:
        print("DRAFTED", flush=True)
QTimer.singleShot(2500, report)
app.exec()
"""


def _type_then_kill(database_path: Path) -> None:
    run_until_then_kill(DRAFT_CHILD, database_path, "DRAFTED", what="no draft kept")


def test_typing_killed_before_its_first_save_is_offered_back_on_restart(
    qtbot, database_path: Path, store, ward, prompts
) -> None:
    from app.ui.dialogs.drafts_offer import offer_saved_drafts
    from app.ui.main_window import MainWindow

    _type_then_kill(database_path)
    today = store.huddles.today()
    slot = ward.details.huddle_slots[0]
    assert not store.huddles.sheet_for(ward.id, today, slot).is_saved  # nothing reached the sheet

    window = MainWindow(store)  # the restart
    qtbot.addWidget(window)
    window.show()
    prompts.answer("ask_yes_no", True)
    assert offer_saved_drafts(window) == 1
    assert "Today's huddle for Ward 7" in prompts.texts("ask_yes_no")[0]
    page = window.pages["huddle"]
    assert window.ui.pages.currentWidget() is page
    assert page.closing.ui.notes.toPlainText() == "typed, never saved"
    assert page.closing.ui.celebration.text() == "Sian's good catch"
    assert "brought back" in page.ui.savedIndicator.text()

    qtbot.mouseClick(page.ui.saveSheet, Qt.MouseButton.LeftButton)  # checked: save it
    sheet = store.huddles.sheet_for(ward.id, today, slot)
    assert (sheet.notes, sheet.celebration) == ("typed, never saved", "Sian's good catch")
    assert store.drafts.pending() == []  # saved: the draft is gone


def test_a_draft_not_taken_now_is_offered_again_next_time(qtbot, database_path: Path, store, ward, prompts) -> None:
    from app.ui.dialogs.drafts_offer import offer_saved_drafts
    from app.ui.main_window import MainWindow

    _type_then_kill(database_path)
    window = MainWindow(store)
    qtbot.addWidget(window)
    prompts.answer("ask_yes_no", False)
    assert offer_saved_drafts(window) == 0
    assert [d.page for d in store.drafts.pending()] == ["huddle"]


def test_every_kind_of_record_an_editor_drafts_comes_back_exactly(demo_store) -> None:
    """The draft codec: each record, as JSON in the drafts table and back, is the same record."""
    import json

    from app.domain.huddle import HuddleSheet
    from app.domain.pdsa import PdsaCycle
    from app.domain.project import Project
    from app.domain.pulse import PulseSurvey
    from app.domain.reflection import Reflection
    from app.services.records.drafts import from_plain, to_plain

    store = demo_store
    ward = store.wards.list_wards()[0]
    today = store.huddles.today()
    projects = store.projects.list_for_ward(ward.id)
    records: list[tuple[type, object]] = [
        (HuddleSheet, store.huddles.sheet_for(ward.id, today, ward.details.huddle_slots[0])),
        *((Reflection, r) for r in store.reflections.post_event_choices(ward.id)[:3]),
        *((Project, p) for p in projects),
        *((PdsaCycle, c) for p in projects for c in store.projects.cycles_for(p.id or "")),
        *((PulseSurvey, store.pulse.survey_for(ward.id, q)) for q in store.pulse.quarters(ward.id)[:2]),
    ]
    kinds = {kind for kind, _record in records}
    assert kinds == {HuddleSheet, Reflection, Project, PdsaCycle, PulseSurvey}
    for kind, record in records:
        assert from_plain(kind, json.loads(json.dumps(to_plain(record)))) == record, kind.__name__


def test_a_new_hot_debrief_refused_by_validation_is_offered_back(qtbot, store, ward, prompts) -> None:
    from app.ui.dialogs.drafts_offer import offer_saved_drafts
    from app.ui.main_window import MainWindow

    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("reflections")
    page.start_blank()
    editor = page.post_editor
    editor.ui.eventTime.setFocus()
    qtbot.keyClicks(editor.ui.eventTime, "99:99")  # not a time: refused with a message
    qtbot.keyClicks(editor.ui.learned, "Check the bed rails first")
    editor.save_now()
    assert "Not saved yet" in editor.ui.message.text()
    assert [d.page for d in store.drafts.pending()] == ["reflections"]

    restarted = MainWindow(store)  # as if the app had stopped here
    qtbot.addWidget(restarted)
    restarted.show()
    prompts.answer("ask_yes_no", True)
    assert offer_saved_drafts(restarted) == 1
    again = restarted.pages["reflections"].post_editor
    assert again.ui.learned.toPlainText() == "Check the bed rails first"
    assert again.ui.eventTime.text() == "99:99"
    for left in (editor, again):  # both windows keep the refused typing; no save at teardown
        left.autosave.clear()


def test_quitting_with_typing_that_cannot_be_saved_keeps_it_as_a_draft(qtbot, store, ward, prompts) -> None:
    from app.ui.main_window import MainWindow

    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("huddle")
    meeting = page.meeting.ui
    for box, text in ((meeting.startTime, "09:40"), (meeting.endTime, "09:30")):  # ends before it starts
        box.setFocus()
        qtbot.keyClicks(box, text)
    page.closing.ui.notes.setFocus()
    qtbot.keyClicks(page.closing.ui.notes, "Bay 4 hoist out of order")
    prompts.answer("ask_yes_no", True)  # the sheet cannot be saved: asked, the user leaves anyway
    window.close()
    assert "cannot end before it started" in prompts.texts("ask_yes_no")[0]
    assert not window.isVisible()  # and the typing is kept
    [draft] = store.drafts.pending()
    assert draft.page == "huddle" and draft.record(HuddleSheet).notes == "Bay 4 hoist out of order"
    page.autosave.clear()


def test_a_project_whose_save_was_refused_is_offered_back_on_its_tab(qtbot, store, ward, prompts) -> None:
    from dataclasses import replace

    from app.domain.project import Project
    from app.ui.dialogs.drafts_offer import offer_saved_drafts
    from app.ui.main_window import MainWindow

    project, _ = store.projects.create(Project(ward.id, "Calmer nights"))
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("improvement")
    page.ui.projectTabs.setCurrentWidget(page.ui.projectTab)
    store.projects.save(replace(project, sponsor="Matron"))  # saved elsewhere meanwhile
    page.editor.ui.problem.setFocus()
    qtbot.keyClicks(page.editor.ui.problem, "Falls cluster between 2 and 4 am")
    page.editor.save_now()
    assert "NOT SAVED" in page.ui.savedIndicator.text()

    restarted = MainWindow(store)
    qtbot.addWidget(restarted)
    restarted.show()
    prompts.answer("ask_yes_no", True)
    assert offer_saved_drafts(restarted) == 1
    again = restarted.pages["improvement"]
    assert again.ui.projectTabs.currentWidget() is again.ui.projectTab
    assert again.editor.ui.problem.toPlainText() == "Falls cluster between 2 and 4 am"
    again.editor.save_now()  # typed against the old revision: refused again, the typing stays
    assert "changed by someone else" in again.ui.savedIndicator.text()
    for left in (page.editor, again.editor):
        left.autosave.clear()
