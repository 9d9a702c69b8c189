"""Identifiers while typing: an NHS number typed on the sheet is underlined at once, named under
its section, and removed with one click; the sheet then saves without it."""

from __future__ import annotations

from PySide6.QtCore import Qt

NHS = "943 476 5919"  # a valid test NHS number


def test_an_nhs_number_is_underlined_as_typed_and_removed_in_one_click(qtbot, store, ward) -> None:
    from app.ui.pages.huddle_page import HuddlePage

    page = HuddlePage(store)
    qtbot.addWidget(page)
    page.show()
    notes = page.closing.ui.notes
    notes.setFocus()
    qtbot.keyClicks(notes, f"Family rang about {NHS} today")
    watch = page.closing.identifiers
    qtbot.waitUntil(lambda: watch.bar.isVisible())
    assert NHS in watch.words.text()
    (mark,) = notes.extraSelections()
    assert mark.cursor.selectedText() == NHS
    qtbot.mouseClick(watch.remove, Qt.MouseButton.LeftButton)
    assert NHS not in notes.toPlainText() and "Family rang about" in notes.toPlainText()
    assert not watch.bar.isVisible()
    page.save_now()
    saved = store.huddles.sheet_for(ward.id, page.selected_day(), page.ui.slot.currentText())
    assert saved.is_saved and NHS not in saved.notes


def test_a_new_look_back_rows_learning_point_is_watched_too(qtbot, store, ward) -> None:
    from app.ui.pages.huddle_page import HuddlePage

    page = HuddlePage(store)
    qtbot.addWidget(page)
    page.show()
    page.look_back.events_table.add()
    learning = page.look_back.events_table.widgets()[3]
    learning.setFocus()
    qtbot.keyClicks(learning, f"patient {NHS.replace(' ', '')} fell")
    watch = page.look_back.identifiers
    qtbot.waitUntil(lambda: watch.bar.isVisible())
    qtbot.mouseClick(watch.remove, Qt.MouseButton.LeftButton)
    assert NHS.replace(" ", "") not in learning.text()
