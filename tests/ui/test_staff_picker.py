"""The staff picker, by keys only: Enter takes the highlighted match, a partial name never adds a
person, a new person is added only when "Add new person" is chosen, the box clears and echoes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from app.ui.widgets.staff_picker import Person, StaffPicker, matches

STAFF = [
    Person("Jess Lane", "Registered nurse", "s1"),
    Person("Amara Hussain", "Registered nurse", "s2"),
    Person("Zoë Okafor", "HCA", "s3"),
    Person("Jessica Brown", "HCA", "s4"),
]
ROLES = ("Registered nurse", "HCA")


@pytest.fixture
def form(qtbot):  # ANN201
    holder = QWidget()
    layout = QVBoxLayout(holder)
    added: list[tuple[str, str]] = []

    def adder(name: str, role: str) -> Person:
        added.append((name, role))
        return Person(name, role, f"new{len(added)}")

    pickers = {}
    for key, keeps in (("attend", False), ("owner", True)):
        picker = StaffPicker(keeps_pick=keeps)
        picker.set_people(STAFF, ROLES)
        picker.set_adder(adder)
        picker.setAccessibleName(key)
        layout.addWidget(picker)
        pickers[key] = picker
    after = QLineEdit()
    after.setAccessibleName("after")
    layout.addWidget(after)
    qtbot.addWidget(holder)
    holder.show()
    qtbot.waitExposed(holder)
    picks: list[Person] = []
    pickers["attend"].picked.connect(picks.append)
    pickers["attend"].box.setFocus()
    pickers["holder"] = holder  # keeps the window alive for the test
    return pickers, added, picks, after


def test_matching_is_by_word_start_and_ignores_accents() -> None:
    assert [p.name for p in matches("jess l", STAFF)] == ["Jess Lane"]
    assert [p.name for p in matches("zoe", STAFF)] == ["Zoë Okafor"]
    assert [p.name for p in matches("jess", STAFF)] == ["Jess Lane", "Jessica Brown"]
    assert [p.name for p in matches("lane jess", STAFF)] == ["Jess Lane"]
    assert matches("ess", STAFF) == []


def test_partial_name_and_enter_takes_the_highlighted_match_and_adds_nobody(qtbot, form) -> None:
    pickers, added, picks, _after = form
    box = pickers["attend"].box
    qtbot.keyClicks(box, "Jess L")
    assert pickers["attend"].highlighted() == STAFF[0]
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert picks == [STAFF[0]] and added == []
    assert box.text() == "" and not pickers["attend"].list_visible()
    assert pickers["attend"].note.text() == "Jess Lane added"


def test_down_moves_the_visible_highlight_and_enter_takes_what_is_highlighted(qtbot, form) -> None:
    pickers, added, picks, _after = form
    box = pickers["attend"].box
    qtbot.keyClicks(box, "Jess")
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert pickers["attend"].highlighted() == STAFF[3]
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert picks == [STAFF[3]] and added == []


def test_a_name_that_matches_nobody_needs_an_explicit_add(qtbot, form) -> None:
    pickers, added, picks, _after = form
    picker = pickers["attend"]
    qtbot.keyClicks(picker.box, "Tariq Khan")
    assert picker.highlighted() is None
    texts = [picker.list.item(i).text() for i in range(picker.list.count())]
    assert texts == ["Add new person: Tariq Khan (Registered nurse)", "Add new person: Tariq Khan (HCA)"]
    qtbot.keyClick(picker.box, Qt.Key.Key_Return)  # nothing highlighted: nobody is added
    assert added == [] and picks == []
    assert "No one on the staff list" in picker.note.text()
    assert picker.box.text() == "Tariq Khan"  # the typing is kept
    qtbot.keyClick(picker.box, Qt.Key.Key_Down)
    qtbot.keyClick(picker.box, Qt.Key.Key_Down)
    qtbot.keyClick(picker.box, Qt.Key.Key_Return)
    assert added == [("Tariq Khan", "HCA")]
    assert picks[0].name == "Tariq Khan" and picks[0].new
    assert picker.box.text() == ""
    assert "Tariq Khan added" in picker.note.text()
    qtbot.keyClicks(picker.box, "tariq")  # now a known person
    assert picker.highlighted().name == "Tariq Khan"


def test_escape_closes_the_list_and_keeps_the_typing(qtbot, form) -> None:
    pickers, _added, picks, _after = form
    picker = pickers["attend"]
    qtbot.keyClicks(picker.box, "Am")
    qtbot.keyClick(picker.box, Qt.Key.Key_Escape)
    assert not picker.list_visible() and picker.box.text() == "Am" and picks == []


def test_a_single_picker_keeps_its_pick_and_refuses_a_partial_name_on_leaving(qtbot, form) -> None:
    pickers, added, _picks, after = form
    owner = pickers["owner"]
    owner.box.setFocus()
    qtbot.keyClicks(owner.box, "ama")
    qtbot.keyClick(owner.box, Qt.Key.Key_Return)
    assert owner.value() == "Amara Hussain" and owner.box.text() == "Amara Hussain"
    assert owner.note.text() == "Amara Hussain chosen"
    qtbot.keyClick(owner.box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(owner.box, "Dev")
    qtbot.keyClick(owner.box, Qt.Key.Key_Tab)
    assert after.hasFocus()
    assert owner.value() == "Amara Hussain" and owner.pending_text() == "Dev"
    assert "not on the staff list" in owner.note.text() and added == []


def test_a_single_picker_takes_an_exact_name_typed_in_full(qtbot, form) -> None:
    pickers, _added, _picks, after = form
    owner = pickers["owner"]
    owner.box.setFocus()
    qtbot.keyClicks(owner.box, "zoe okafor")
    qtbot.keyClick(owner.box, Qt.Key.Key_Escape)
    qtbot.keyClick(owner.box, Qt.Key.Key_Tab)
    assert owner.value() == "Zoë Okafor" and after.hasFocus()


def test_the_picker_is_one_tab_stop_with_a_name(qtbot, form) -> None:
    pickers, _added, _picks, after = form
    qtbot.keyClick(pickers["attend"].box, Qt.Key.Key_Tab)
    assert pickers["owner"].box.hasFocus()
    qtbot.keyClick(pickers["owner"].box, Qt.Key.Key_Tab)
    assert after.hasFocus()
    assert pickers["owner"].box.accessibleName() == "owner"
