"""The RecordEditor life cycle every autosaving form shares, on a small form over the real
huddle-sheet service: typed with the keyboard, saved on leaving, a stale save refused with the
typing kept (and a draft of it), a validation message, the store's clock, the field order."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout

from app.domain.huddle import HuddleSheet
from app.ui.editors.fields import Field
from app.ui.editors.record_editor import RecordEditor

DAY = date(2026, 11, 20)


class NotesForm:
    """What a generated form offers: setupUi and the widgets as attributes."""

    def setupUi(self, host) -> None:  # N802: the generated forms' name
        layout = QVBoxLayout(host)
        self.startTime = QLineEdit()
        self.endTime = QLineEdit()
        self.notes = QLineEdit()
        self.message = QLabel()
        self.savedIndicator = QLabel()
        for name, widget in (("Start", self.startTime), ("End", self.endTime), ("Notes", self.notes)):
            widget.setAccessibleName(name)
            layout.addWidget(widget)
        layout.addWidget(self.message)
        layout.addWidget(self.savedIndicator)


class NotesEditor(RecordEditor):
    noun = "sheet"
    draft_page = "huddle"

    def __init__(self, store) -> None:
        super().__init__(store)
        self.ui = NotesForm()
        self.ui.setupUi(self)
        self.bind_fields((Field("start_time", "startTime"), Field("end_time", "endTime"), Field("notes", "notes")))

    def save_record(self, record: HuddleSheet):
        result = self.store.huddles.save(record)
        return result.sheet, result.changes


@pytest.fixture
def clocked(store, ward):  # ANN201
    store.ctx.clock = lambda: datetime(2026, 11, 20, 9, 31, 5, tzinfo=UTC)
    return store


def editor_on(qtbot, store, ward) -> NotesEditor:
    editor = NotesEditor(store)
    qtbot.addWidget(editor)
    editor.show()
    editor.open(store.huddles.sheet_for(ward.id, DAY, "Morning"))
    return editor


def type_in(qtbot, widget: QLineEdit, text: str) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def saved_sheet(store, ward) -> HuddleSheet:
    return store.huddles.sheet_for(ward.id, DAY, "Morning")


def test_the_field_map_fills_reads_and_orders_the_form(qtbot, clocked, ward) -> None:
    editor = editor_on(qtbot, clocked, ward)
    assert editor.field_names() == ["start_time", "end_time", "notes"]
    assert editor.field_widgets() == [editor.ui.startTime, editor.ui.endTime, editor.ui.notes]
    assert "New" in editor.ui.savedIndicator.text()
    type_in(qtbot, editor.ui.notes, "  Quiet start  ")
    assert editor.read().notes == "Quiet start"  # stripped, as every text field is
    assert editor.autosave.dirty


def test_leaving_saves_the_typing_by_the_stores_clock(qtbot, clocked, ward) -> None:
    editor = editor_on(qtbot, clocked, ward)
    type_in(qtbot, editor.ui.notes, "Typed then left")
    assert editor.leave()
    assert saved_sheet(clocked, ward).notes == "Typed then left"
    assert editor.ui.savedIndicator.text() == "Saved 09:31:05"  # the store's clock, not the PC's
    assert editor.record.is_saved and not editor.autosave.dirty
    assert clocked.drafts.pending() == []


def test_a_stale_save_is_refused_and_keeps_the_typing_and_a_draft(qtbot, clocked, ward) -> None:
    first = editor_on(qtbot, clocked, ward)
    type_in(qtbot, first.ui.notes, "from the first window")
    first.save_now()
    second = editor_on(qtbot, clocked, ward)
    type_in(qtbot, first.ui.notes, "first window again")
    first.save_now()
    type_in(qtbot, second.ui.notes, "stale second window")
    second.save_now()
    assert "Someone else changed" in second.ui.message.text()
    assert second.ui.message.property("role") == "error"
    assert second.ui.savedIndicator.text() == "NOT SAVED: changed by someone else"
    assert second.ui.notes.text() == "stale second window"
    assert second.autosave.paused  # no autosave tries again behind the user's back
    assert saved_sheet(clocked, ward).notes == "first window again"
    [draft] = clocked.drafts.pending()
    assert draft.record(HuddleSheet).notes == "stale second window"


def test_a_validation_message_keeps_the_typing_and_leaving_asks(qtbot, clocked, ward, prompts) -> None:
    editor = editor_on(qtbot, clocked, ward)
    type_in(qtbot, editor.ui.startTime, "09:40")
    type_in(qtbot, editor.ui.endTime, "09:30")
    type_in(qtbot, editor.ui.notes, "important words")
    editor.save_now()
    assert "Not saved yet" in editor.ui.message.text() and "cannot end before it started" in editor.ui.message.text()
    assert editor.ui.message.property("role") == "error"
    assert editor.ui.notes.text() == "important words"
    assert not saved_sheet(clocked, ward).is_saved
    assert [d.record(HuddleSheet).notes for d in clocked.drafts.pending()] == ["important words"]
    prompts.answer("ask_yes_no", False)
    assert not editor.leave()  # "Stay and fix it"
    type_in(qtbot, editor.ui.endTime, "09:50")
    assert editor.leave()
    assert saved_sheet(clocked, ward).notes == "important words"
    assert clocked.drafts.pending() == []


def test_the_daily_sheets_sections_declare_every_field_of_the_sheet_once(qtbot, clocked, ward) -> None:
    """A field added to HuddleSheet must be shown by a section: only the sheet's identity (ward,
    day, slot, envelope) is not a field of the form, and no field is declared twice."""
    from dataclasses import fields

    from app.ui.pages.huddle_page import HuddlePage

    page = HuddlePage(clocked)
    qtbot.addWidget(page)
    names = page.field_names()
    assert len(names) == len(set(names))
    identity = {"ward_id", "huddle_date", "slot", "envelope"}
    assert set(names) == {f.name for f in fields(HuddleSheet)} - identity
    in_sections = [f.name for section in page.sections for f in section.fields]
    assert names == in_sections  # the page's order is the sections' order, top to bottom
