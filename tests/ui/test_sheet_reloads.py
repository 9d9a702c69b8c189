"""After the open sheet is changed elsewhere in the app (an identifier removed at export), the
screen reloads; the next edit is saved, not refused as someone else's change."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from PySide6.QtCore import Qt

from app.services.changes import Changes


def test_the_open_sheet_reloads_after_a_change_elsewhere(qtbot, store, ward) -> None:
    from app.ui.pages.huddle_page import HuddlePage

    store.ctx.clock = lambda: datetime(2026, 11, 20, 9, 31, tzinfo=UTC)
    page = HuddlePage(store)
    qtbot.addWidget(page)
    page.show()
    notes = page.closing.ui.notes
    notes.setFocus()
    qtbot.keyClicks(notes, "NHS 943 476 5919 rang")
    page.save_now()
    saved = store.huddles.sheet_for(ward.id, page.selected_day(), "Morning")
    store.huddles.save(replace(saved, notes="[removed] rang"))  # what a redaction at export does
    page.refresh(Changes.HUDDLES)
    assert notes.toPlainText() == "[removed] rang"
    assert "reloaded" in page.ui.message.text()
    notes.setFocus()
    qtbot.keyClick(notes, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(notes, " twice")
    page.save_now()
    assert "Someone else" not in page.ui.message.text()
    assert store.huddles.sheet_for(ward.id, page.selected_day(), "Morning").notes == "[removed] rang twice"


def test_leaving_with_typing_not_used_yet_asks_and_can_stay(qtbot, store, ward, prompts) -> None:
    from app.ui.pages.huddle_page import HuddlePage

    store.wards.add_staff(ward.id, "Ben Jones", "HCA")
    page = HuddlePage(store)
    qtbot.addWidget(page)
    page.show()
    owner = page.actions.ui.newActionOwner.box
    owner.setFocus()
    qtbot.keyClicks(owner, "Bex")  # not a name on the staff list
    prompts.answer("ask_yes_no", False)
    assert page.leave() is False  # the user chose to stay
    assert "'Bex' is not picked" in prompts.texts("ask_yes_no")[0]
    assert owner.text() == "Bex"
    prompts.answer("ask_yes_no", True)
    assert page.leave() is True


def test_leaving_after_a_refused_save_asks(qtbot, store, ward, prompts) -> None:
    from app.ui.pages.huddle_page import HuddlePage

    first, second = HuddlePage(store), HuddlePage(store)
    for page in (first, second):
        qtbot.addWidget(page)
        page.show()
    qtbot.keyClicks(first.closing.ui.notes, "one")
    first.save_now()
    qtbot.keyClicks(second.closing.ui.notes, "two")
    second.save_now()  # refused: another window started the sheet
    assert "NOT SAVED" in second.ui.savedIndicator.text()
    prompts.answer("ask_yes_no", False)
    assert second.leave() is False
    assert "not saved" in prompts.texts("ask_yes_no")[0]
