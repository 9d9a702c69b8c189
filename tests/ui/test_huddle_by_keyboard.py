"""The daily huddle by keyboard alone, from the window as it opens: a no-change day and an ordinary
day, each key counted (every press is one key, a chord such as Alt+M or Ctrl+S is one key), and
the database checked afterwards. Only qtbot.keyClick/keyClicks on the focused widget: no setText.
The counts are in README.md (daily huddle section)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.domain.huddle import AtRiskPatient, Attendee, HuddleSheet
from app.ui.widgets.input_guard import install_input_guard

TODAY = date(2026, 11, 20)
STAFF = (
    ("Amara Hussain", "Registered nurse"),
    ("Jess Lane", "Registered nurse"),
    ("Jessica Brown", "Student"),
    ("Tariq Khan", "HCA"),
    ("Zoë Okafor", "Registered nurse"),
    ("Yusuf Ali", "HCA"),
    ("Femi Mensah", "Nursing associate"),
    ("Imran Shah", "Doctor"),
    ("Ben Jones", "HCA"),
    ("Dev Patel", "Registered nurse"),
)
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


class Keys:
    """Presses keys on whatever has the focus, and counts them."""

    def __init__(self, qtbot) -> None:  # ANN001
        self.qtbot = qtbot
        self.count = 0
        self.tabs = 0

    def focus(self):  # ANN201
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def press(
        self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier, times: int = 1
    ) -> None:
        for _ in range(times):
            self.qtbot.keyClick(self.focus(), key, modifier)
            if modifier == ALT:  # a button's Alt letter clicks it as Qt does: pressed, released 100 ms later
                self.qtbot.wait(150)
            self.count += 1
            self.tabs += key == Qt.Key.Key_Tab and modifier == Qt.KeyboardModifier.NoModifier

    def tab(self, times: int = 1) -> None:
        self.press(Qt.Key.Key_Tab, times=times)

    def type(self, text: str) -> None:
        self.qtbot.keyClicks(self.focus(), text)
        self.count += len(text)

    def enter(self) -> None:
        self.press(Qt.Key.Key_Return)


@pytest.fixture
def ward_with_yesterday(store, ward):  # ANN201
    install_input_guard(QApplication.instance())
    store.ctx.clock = lambda: datetime(2026, 11, 19, 9, 0, tzinfo=UTC)
    members = {name: store.wards.add_staff(ward.id, name, role)[0] for name, role in STAFF}
    team = ("Amara Hussain", "Jess Lane", "Tariq Khan", "Zoë Okafor", "Yusuf Ali", "Femi Mensah")
    store.huddles.save(
        HuddleSheet(
            ward.id,
            TODAY - timedelta(days=1),
            "Morning",
            leader="Amara Hussain",
            attendees=tuple(Attendee(n, members[n].role, members[n].id) for n in team),
            next_in_charge="Dev Patel",
            rn_planned=6,
            hca_planned=4,
            beds_occupied=27,
            at_risk=(AtRiskPatient("Bay 2 bed 4", ("Falls",), "Low bed"),),
        )
    )
    store.ctx.clock = lambda: datetime(2026, 11, 20, 9, 31, tzinfo=UTC)
    return store


@pytest.fixture
def opened(qtbot, ward_with_yesterday):  # ANN201
    """The main window as it opens, on today's sheet, the focus where the work is."""
    from app.ui.main_window import MainWindow

    window = MainWindow(ward_with_yesterday)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    page = window.show_page("huddle")
    qtbot.waitUntil(lambda: page.isAncestorOf(QApplication.focusWidget()))
    return window, page


def staff_count(store, ward) -> int:
    return len(store.wards.staff_for(ward.id))


def test_the_sheet_opens_with_the_focus_on_its_first_field(opened) -> None:
    _window, page = opened
    assert QApplication.focusWidget() is page.tab_stops()[0]
    assert page.tab_stops()[0] is page.meeting.ui.held


def test_a_no_change_day_in_at_most_25_keys(qtbot, opened, ward_with_yesterday, ward) -> None:
    store, (_window, page) = ward_with_yesterday, opened
    before = staff_count(store, ward)
    keys = Keys(qtbot)
    keys.press(Qt.Key.Key_E, ALT)  # Leader
    keys.type("ama")
    keys.enter()
    keys.press(Qt.Key.Key_F5)  # started now
    keys.press(Qt.Key.Key_M, ALT)  # Same team as last time
    keys.press(Qt.Key.Key_G, ALT)  # Nothing new since last huddle
    keys.press(Qt.Key.Key_F6)  # ended now
    keys.press(Qt.Key.Key_S, CTRL)
    assert keys.count <= 25, keys.count
    print(f"no-change day: {keys.count} keys, {keys.tabs} Tab stops")

    sheet = store.huddles.sheet_for(ward.id, TODAY, "Morning")
    assert sheet.is_saved and sheet.leader == "Amara Hussain"
    assert [a.name for a in sheet.attendees] == [
        "Amara Hussain",
        "Jess Lane",
        "Tariq Khan",
        "Zoë Okafor",
        "Yusuf Ali",
        "Femi Mensah",
    ]
    assert (sheet.lookback_any, sheet.nurse_in_charge, sheet.rn_actual, sheet.hca_actual, sheet.beds_occupied) == (
        False,
        "Dev Patel",
        6,
        4,
        27,
    )
    assert [p.bed for p in sheet.at_risk] == ["Bay 2 bed 4"]
    assert (sheet.start_time, sheet.end_time) == ("09:31", "09:31")
    cross = store.huddles.cross_for_day(ward.id, TODAY)
    assert {k: c.code for k, c in cross.items()} == {
        "falls": "none",
        "pressure_ulcers": "none",
        "deterioration": "none",
    }
    assert staff_count(store, ward) == before
    assert "Saved" in page.ui.savedIndicator.text()


def test_an_ordinary_day_in_at_most_120_keys_and_45_tab_stops(qtbot, opened, ward_with_yesterday, ward) -> None:
    store, (_window, page) = ward_with_yesterday, opened
    before = staff_count(store, ward)
    keys = Keys(qtbot)
    keys.press(Qt.Key.Key_E, ALT)  # Leader
    keys.type("ama")
    keys.enter()
    keys.press(Qt.Key.Key_F5)
    keys.press(Qt.Key.Key_W, ALT)  # Who is here: six people by part of their names
    for partial in ("jess", "tar", "zoe", "yus", "fe", "imr"):
        keys.type(partial)
        keys.enter()
    assert "6 present" in page.attendance.ui.roleCounts.text()
    keys.press(Qt.Key.Key_X, ALT)  # Next in charge
    keys.type("dev")
    keys.enter()
    keys.tab(2)  # RNs planned (carried forward: 6), then on shift
    keys.type("5")
    keys.tab(2)  # HCAs planned (4), then on shift
    keys.type("4")
    keys.press(Qt.Key.Key_B, ALT)  # Beds occupied
    keys.type("26")
    keys.press(Qt.Key.Key_R, ALT)  # Harm, incident or near miss since the last huddle?
    keys.type("y")  # Yes
    keys.press(Qt.Key.Key_V, ALT)  # Add event: the cursor is in its type (a fall)
    keys.tab()
    keys.type("l")  # Low harm
    keys.tab()
    keys.type("W12345")  # incident reference
    keys.tab()
    keys.type("Low bed")  # learning point
    keys.tab(4)  # Add event, Remove event, Start reflection, the falls box (marked by look back)
    assert page.cross.rows[0][1].currentData() == "harm"
    keys.tab(2)  # falls events, pressure ulcers
    keys.type("n")  # No pressure ulcer
    keys.tab(2)
    keys.type("n")  # No deterioration event
    keys.press(Qt.Key.Key_Y, ALT)  # Add bed or bay: the cursor is in the new row's bed
    keys.type("B3 b12")
    keys.tab(2)  # risk flags, mitigation
    keys.type("1:1")
    keys.press(Qt.Key.Key_Y, ALT)
    keys.type("B1 b2")
    keys.tab(2)
    keys.type("hoist")
    keys.press(Qt.Key.Key_N, CTRL)  # a new action, the cursor in its description
    keys.type("Fix hoist")
    keys.tab()
    keys.type("ben")  # owner: Ben Jones highlighted
    keys.enter()
    keys.press(Qt.Key.Key_N, CTRL)  # adds it
    keys.press(Qt.Key.Key_F6)
    keys.press(Qt.Key.Key_S, CTRL)
    print(f"ordinary day: {keys.count} keys, {keys.tabs} Tab stops")
    assert keys.count <= 120, keys.count
    assert keys.tabs <= 45, keys.tabs

    assert staff_count(store, ward) == before  # no junk staff rows from partial names
    sheet = store.huddles.sheet_for(ward.id, TODAY, "Morning")
    assert sheet.leader == "Amara Hussain" and sheet.next_in_charge == "Dev Patel"
    assert [a.name for a in sheet.attendees] == [
        "Jess Lane",
        "Tariq Khan",
        "Zoë Okafor",
        "Yusuf Ali",
        "Femi Mensah",
        "Imran Shah",
    ]
    assert (sheet.rn_actual, sheet.hca_actual, sheet.beds_occupied, sheet.lookback_any) == (5, 4, 26, True)
    (event,) = sheet.events
    assert (event.event_type, event.harm_level, event.incident_ref, event.learning_point) == (
        "Fall",
        "Low harm",
        "W12345",
        "Low bed",
    )
    assert [(p.bed, p.mitigation) for p in sheet.at_risk] == [
        ("Bay 2 bed 4", "Low bed"),
        ("B3 b12", "1:1"),
        ("B1 b2", "hoist"),
    ]
    cross = store.huddles.cross_for_day(ward.id, TODAY)
    assert (cross["falls"].code, cross["falls"].source) == ("harm", "look back")
    assert (cross["pressure_ulcers"].code, cross["deterioration"].code) == ("none", "none")
    (action,) = store.actions.open_actions(ward.id)
    assert (action.text, action.owner, action.due) == ("Fix hoist", "Ben Jones", TODAY + timedelta(days=7))


def test_a_partial_name_and_enter_creates_nobody_anywhere_on_the_sheet(
    qtbot, opened, ward_with_yesterday, ward, prompts
) -> None:
    store, (_window, page) = ward_with_yesterday, opened
    before = staff_count(store, ward)
    keys = Keys(qtbot)
    for mnemonic in (Qt.Key.Key_W, Qt.Key.Key_E, Qt.Key.Key_C, Qt.Key.Key_X, Qt.Key.Key_O):
        keys.press(mnemonic, ALT)
        keys.type("Jess Lx")  # matches nobody
        keys.enter()
        keys.press(Qt.Key.Key_Escape)
    keys.press(Qt.Key.Key_S, CTRL)
    assert staff_count(store, ward) == before
    assert page.attendance.people.value() == ()
    assert "No one on the staff list" in page.actions.ui.newActionOwner.note.text()
    prompts.answer("ask_yes_no", True)  # closing the window asks about the names not picked
    opened[0].close()
    assert "'Jess Lx' is not picked" in prompts.texts("ask_yes_no")[0]


def test_space_ticks_risk_flags_and_tab_reaches_each_one(qtbot, opened, ward_with_yesterday, ward) -> None:
    store = ward_with_yesterday
    keys = Keys(qtbot)
    keys.press(Qt.Key.Key_Y, ALT)  # Add bed or bay: the cursor is in the new row's bed
    keys.type("B3 b12")
    keys.tab()
    picker = keys.focus()
    assert picker.accessibleName() == "Risk flags for row 2"
    keys.press(Qt.Key.Key_Space)  # opens the list on its first flag
    assert keys.focus() is picker.list
    visited = []
    for _ in range(picker.list.count()):  # Tab reaches every flag in turn
        visited.append(picker.list.currentItem().text())
        keys.tab()
    assert visited == [picker.list.item(r).text() for r in range(picker.list.count())]
    assert keys.focus().accessibleName() == "Mitigation for row 2"  # Tab past the last flag moves on
    keys.press(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert keys.focus() is picker
    keys.press(Qt.Key.Key_Space)
    keys.press(Qt.Key.Key_Space)  # Falls
    keys.tab()
    keys.press(Qt.Key.Key_Space)  # Pressure ulcer
    keys.press(Qt.Key.Key_Space)  # unticked again
    keys.press(Qt.Key.Key_Space)  # and ticked
    keys.press(Qt.Key.Key_Return)  # closes the list
    assert keys.focus() is picker and picker.text() == "Falls, Pressure ulcer"
    keys.tab()
    keys.type("1:1")
    keys.press(Qt.Key.Key_S, CTRL)
    sheet = store.huddles.sheet_for(ward.id, TODAY, "Morning")
    assert [(p.bed, p.flags, p.mitigation) for p in sheet.at_risk] == [
        ("Bay 2 bed 4", ("Falls",), "Low bed"),
        ("B3 b12", ("Falls", "Pressure ulcer"), "1:1"),
    ]
