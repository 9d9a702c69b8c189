"""The daily huddle sheet: validation, one sheet per slot, carry-forward, safety cross, actions."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from app.domain.action import Action
from app.domain.huddle import AtRiskPatient, Attendee, HuddleSheet, LookBackEvent
from app.domain.safety_cross import CrossDay
from app.errors import StaleRecordError, ValidationError

DAY = date(2026, 11, 20)


@pytest.fixture
def fixed_clock(store):  # ANN201
    store.ctx.clock = lambda: datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
    return store


def sheet(ward, day: date = DAY, **kw) -> HuddleSheet:
    return HuddleSheet(ward_id=ward.id, huddle_date=day, slot="Morning", **kw)


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"start_time": "09:30", "end_time": "09:20"}, "end_time", "cannot end before it started"),
        ({"start_time": "9.30"}, "start_time", "must look like 09:30"),
        ({"rn_actual": -1}, "rn_actual", "cannot be negative"),
        ({"checkin_struggling": -2}, "checkin_struggling", "cannot be negative"),
        ({"held": False}, "not_held_reason", "Say why"),
        ({"held": False, "not_held_reason": "Other"}, "not_held_detail", "Add a few words"),
        ({"at_risk": (AtRiskPatient("  "),)}, "at_risk", "bed or bay"),
        ({"at_risk": (AtRiskPatient("Mrs Margaret Thompson-Smith"),)}, "at_risk", "not a name"),
    ],
)
def test_bad_input_is_refused_with_a_clear_message(store, ward, changes, field, words) -> None:
    with pytest.raises(ValidationError, match=words) as caught:
        store.huddles.save(sheet(ward, **changes))
    assert caught.value.field == field
    assert store.huddles.sheets_between(ward.id, DAY, DAY) == []


def test_a_saved_sheet_reopens_with_every_value(store, ward) -> None:
    full = sheet(
        ward,
        start_time="09:31",
        end_time="09:41",
        leader="Siân Evans",
        nurse_in_charge="Zoë Okafor",
        next_in_charge="Łukasz Nowak",
        attendees=(Attendee("Siân Evans", "Registered nurse"), Attendee("Ben Jones", "HCA")),
        rn_planned=6,
        rn_actual=5,
        hca_planned=4,
        hca_actual=4,
        staffing_concern=True,
        staffing_concern_detail="One RN short",
        staffing_escalated=True,
        escalated_to="Site team",
        beds_occupied=27,
        expected_admissions=3,
        planned_discharges=2,
        lookback_any=True,
        events=(LookBackEvent("Fall", "Low harm", "W123456", "Call bell out of reach"),),
        at_risk=(AtRiskPatient("Bay 3 bed 2", ("Falls", "Delirium / confusion"), "1:1 at night"),),
        threats=("Equipment",),
        threats_detail="Hoist broken",
        isolation_count=2,
        bay_closed=True,
        reminders="Sepsis tool",
        data_reviewed=True,
        celebration="Good catch",
        escalations="Matron aware",
        checkin_good=5,
        checkin_ok=2,
        checkin_struggling=1,
        notes="Free notes",
    )
    saved = store.huddles.save(full).sheet
    assert saved.rev == 1 and saved.id
    again = store.huddles.sheet_for(ward.id, DAY, "Morning")
    assert replace(again, envelope=None) == replace(full, envelope=None)
    assert again.duration_minutes == 10
    assert again.counts_by_role() == {"Registered nurse": 1, "HCA": 1}


def test_asking_for_a_second_sheet_for_the_same_slot_opens_the_existing_one(store, ward) -> None:
    first = store.huddles.save(sheet(ward, leader="A")).sheet
    assert store.huddles.sheet_for(ward.id, DAY, "Morning").id == first.id
    with pytest.raises(StaleRecordError, match="Someone else has just started"):
        store.huddles.save(sheet(ward, leader="B"))
    assert len(store.huddles.sheets_between(ward.id, DAY, DAY)) == 1


def test_a_stale_save_is_refused_and_nothing_is_overwritten(store, ward) -> None:
    saved = store.huddles.save(sheet(ward, notes="first")).sheet
    store.huddles.save(replace(saved, notes="from the other PC"))
    with pytest.raises(StaleRecordError, match="Someone else changed"):
        store.huddles.save(replace(saved, notes="from a stale screen"))
    assert store.huddles.get(saved.id).notes == "from the other PC"


def test_a_new_sheet_is_carried_forward_from_the_previous_one(store, ward) -> None:
    at_risk = (AtRiskPatient("Side room 2", ("Infection / isolation",), "Barrier nursing"),)
    store.huddles.save(
        sheet(
            ward,
            day=date(2026, 11, 18),
            at_risk=at_risk,
            rn_planned=6,
            hca_planned=4,
            reminders="Falls audit Friday",
            next_in_charge="Priya Patel",
            notes="not carried",
            celebration="not carried",
        )
    )
    new = store.huddles.sheet_for(ward.id, DAY, "Morning")
    assert not new.is_saved
    assert (new.at_risk, new.rn_planned, new.hca_planned, new.reminders) == (at_risk, 6, 4, "Falls audit Friday")
    assert new.nurse_in_charge == "Priya Patel"
    assert (new.notes, new.celebration, new.rn_actual) == ("", "", None)


def test_deleting_a_sheet_leaves_a_tombstone_and_frees_the_slot(store, ward) -> None:
    saved = store.huddles.save(sheet(ward)).sheet
    store.huddles.delete(saved)
    assert store.huddles.sheets_between(ward.id, DAY, DAY) == []
    row = store.database.rows("SELECT deleted, rev FROM huddle_sheets WHERE uuid = ?", [saved.id])[0]
    assert row == {"deleted": 1, "rev": 2}
    assert store.huddles.save(sheet(ward)).sheet.rev == 1
    assert store.audit.recent()[0].action == "huddle sheet deleted"


def test_safety_cross_and_days_since_last_harm(store, ward) -> None:
    falls = ward.details.focus_harms[0]
    store.huddles.save(sheet(ward, day=date(2026, 11, 1)), (CrossDay(ward.id, date(2026, 11, 1), "falls", "harm", 1),))
    store.huddles.save(
        sheet(ward, day=date(2026, 11, 2)), (CrossDay(ward.id, date(2026, 11, 2), "falls", "no_harm", 1),)
    )
    assert store.huddles.days_since_harm(ward.id, falls, DAY) == 19
    store.huddles.save(sheet(ward, day=date(2026, 11, 15), events=(LookBackEvent("Fall", "Moderate harm"),)))
    assert store.huddles.days_since_harm(ward.id, falls, DAY) == 5
    pu = ward.details.focus_harms[1]
    assert store.huddles.days_since_harm(ward.id, pu, DAY) is None
    month = store.huddles.cross_month(ward.id, 2026, 11)
    assert [m.harm.key for m in month] == ["falls", "pressure_ulcers", "deterioration"]
    assert month[0].boxes[:3] == ("harm", "no_harm", None) and month[0].days_in_month == 30


def test_a_cross_colour_outside_the_wards_key_is_refused(store, ward) -> None:
    with pytest.raises(ValidationError, match="colour is not in this ward's key"):
        store.huddles.save(sheet(ward), (CrossDay(ward.id, DAY, "falls", "purple"),))
    assert store.huddles.sheets_between(ward.id, DAY, DAY) == []


def test_actions_carry_forward_until_closed(fixed_clock, ward) -> None:
    store = fixed_clock
    action, _ = store.actions.add(Action(ward.id, "Fix the hoist", "Ben Jones", date(2026, 11, 25)))
    assert [a.text for a in store.actions.open_actions(ward.id)] == ["Fix the hoist"]
    with pytest.raises(ValidationError, match="already passed"):
        store.actions.add(Action(ward.id, "Too late", due=date(2026, 11, 19)))
    done, _ = store.actions.set_status(action, "Done")
    assert done.closed_on == DAY and store.actions.open_actions(ward.id) == []
    assert [a.status for a in store.actions.register(ward.id)] == ["Done"]


def test_overdue_actions_are_found(fixed_clock, ward) -> None:
    store = fixed_clock
    store.ctx.clock = lambda: datetime(2026, 11, 10, 9, 0, tzinfo=UTC)
    store.actions.add(Action(ward.id, "Audit", "A", date(2026, 11, 12)))
    store.ctx.clock = lambda: datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
    overdue = store.actions.overdue(ward.id)
    assert [a.text for a in overdue] == ["Audit"] and overdue[0].days_overdue(DAY) == 8
    assert [a.owner for a in store.actions.register(ward.id, owner="A")] == ["A"]


def test_demo_adds_realistic_sheets(store) -> None:
    from app.demo import DemoPlan, build_demo

    counts = build_demo(store, DemoPlan(weeks=12, end=DAY))
    assert counts["huddle_sheets"] == 84
    assert 0 < counts["huddles_not_held"] < 20
    ward = store.wards.list_wards()[0]
    sheets = store.huddles.sheets_between(ward.id, date(2026, 8, 1), DAY)
    assert any(s.events for s in sheets) and any(s.staffing_concern for s in sheets)
    assert any(not a.is_open for a in store.actions.register(ward.id))
