"""The reflection service: save/reload, revisions, tombstones, follow-up actions in the shared
register, sharing at the next daily huddle, reminders and the list filters."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from app.domain.huddle import HuddleSheet, LookBackEvent
from app.domain.reflection import LATER, Participant, Reflection, SeipsFactor, TrainingNeed, blank_seips
from app.errors import NotFound, StaleRecordError, ValidationError
from app.services.changes import Changes

DAY = date(2026, 11, 20)


def local(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute).astimezone()


@pytest.fixture
def clock(store):  # ANN201
    """A movable clock: clock.now = ...; starts 20 Nov 2026 15:00 ward time."""

    class Clock:
        now = local(DAY, 15)

    c = Clock()
    store.ctx.clock = lambda: c.now
    return c


@pytest.fixture
def sheet_with_event(store, ward, clock):  # ANN201
    event = LookBackEvent("Fall", "Low harm", "W123456", "Call bell out of reach")
    sheet = store.huddles.save(
        HuddleSheet(ward_id=ward.id, huddle_date=DAY, slot="Morning", lookback_any=True, events=(event,))
    ).sheet
    return sheet, event


def full_debrief(ward) -> Reflection:
    seips = tuple(replace(f, effect="Hindered", notes=f"{f.element} note") for f in blank_seips())
    return Reflection(
        ward_id=ward.id,
        event_date=DAY,
        event_time="10:15",
        huddle_date=DAY,
        huddle_time="11:30",
        event_type="Near miss (good catch)",
        category="Medication",
        reported="Yes",
        incident_ref="W999",
        physical_harm="No harm",
        psychological_harm="Low psychological harm",
        facilitator="Siân Evans",
        participants=(Participant("Siân Evans", "Registered nurse"), Participant("", "Family member or carer")),
        ground_rules_agreed=True,
        aar_expected="Insulin at 12:00",
        aar_happened="Dose drawn up twice",
        aar_difference="Two prescriptions on two charts",
        seips=seips,
        everyday_work="Yes",
        shift_impact="Minor disruption",
        shift_impact_detail="Drug round ran late",
        team_impact="Shaken",
        support=("Peer support", "Time out"),
        training_needs=(TrainingNeed("Insulin passport", "New starters"),),
        immediate_actions="One chart only",
        learned="Charts need merging",
        documentation="Matron; governance",
        share_at_huddle=True,
        later_due=DAY + timedelta(days=28),
    )


def test_a_debrief_saves_and_reopens_with_every_value(store, ward, clock) -> None:
    item = full_debrief(ward)
    saved, changes = store.reflections.save(item)
    assert changes == Changes.REFLECTIONS and saved.rev == 1
    again = store.reflections.get(saved.id)
    assert replace(again, envelope=None) == item
    assert again.seips[0] == SeipsFactor("person", "Hindered", "person note")


def test_a_stale_save_is_refused_and_nothing_is_overwritten(store, ward, clock) -> None:
    saved, _ = store.reflections.save(full_debrief(ward))
    store.reflections.save(replace(saved, learned="from the other PC"))
    with pytest.raises(StaleRecordError, match="Someone else changed this reflection"):
        store.reflections.save(replace(saved, learned="mine"))
    assert store.reflections.get(saved.id).learned == "from the other PC"


def test_delete_is_a_tombstone_and_an_old_copy_cannot_come_back(store, ward, clock) -> None:
    saved, _ = store.reflections.save(full_debrief(ward))
    store.reflections.delete(saved)
    with pytest.raises(NotFound):
        store.reflections.get(saved.id)
    row = store.database.rows("SELECT deleted, rev FROM reflections WHERE uuid = ?", [saved.id])[0]
    assert row == {"deleted": 1, "rev": 2}
    with pytest.raises(StaleRecordError, match="deleted"):
        store.reflections.save(replace(saved, learned="again"))
    assert store.audit.recent(1)[0].action == "reflection deleted"


def test_huddle_before_event_is_refused(store, ward, clock) -> None:
    with pytest.raises(ValidationError, match="cannot be before the event"):
        store.reflections.save(replace(full_debrief(ward), event_time="10:00", huddle_time="09:00"))
    assert store.reflections.search(ward.id) == []


def test_starting_from_a_lookback_event_prefills_and_reopens_the_same_record(store, ward, sheet_with_event) -> None:
    sheet, event = sheet_with_event
    item, existed = store.reflections.from_event(sheet.id, event.id)
    assert not existed and not item.is_saved
    assert (item.category, item.physical_harm, item.incident_ref, item.event_date) == (
        "Fall",
        "Low harm",
        "W123456",
        DAY,
    )
    assert (item.huddle_date, item.huddle_time) == (DAY, "15:00")
    saved, _ = store.reflections.save(item)
    again, existed = store.reflections.from_event(sheet.id, event.id)
    assert existed and again.id == saved.id
    with pytest.raises(NotFound, match="no longer on the huddle sheet"):
        store.reflections.from_event(sheet.id, "not-an-event")


def test_follow_up_actions_go_into_the_shared_register(store, ward, clock) -> None:
    new = full_debrief(ward)
    saved, action, changes = store.reflections.add_follow_up(
        new, "Merge insulin charts", "Zoë Okafor", DAY + timedelta(days=7)
    )
    assert saved.is_saved and changes & Changes.ACTIONS
    assert (action.source_type, action.source_id) == ("reflection", saved.id)
    assert [a.text for a in store.actions.open_actions(ward.id)] == ["Merge insulin charts"]
    assert store.reflections.follow_up_actions(saved) == [action]
    # a refused action leaves no half-saved reflection behind
    with pytest.raises(ValidationError, match="Type what needs doing"):
        store.reflections.add_follow_up(full_debrief(ward), "   ")
    assert len(store.reflections.search(ward.id)) == 1


def test_a_later_reflection_sees_and_updates_its_debriefs_actions(store, ward, clock) -> None:
    post, first, _ = store.reflections.add_follow_up(full_debrief(ward), "Merge insulin charts")
    later = store.reflections.new_later(ward.id, post.id)
    later, own, _ = store.reflections.add_follow_up(
        replace(later, understand_differently="Two charts"), "Audit in March"
    )
    assert later.kind == LATER and later.post_event_id == post.id
    assert [a.text for a in store.reflections.follow_up_actions(later)] == ["Merge insulin charts", "Audit in March"]
    done, _ = store.actions.set_status(first, "Done")
    assert done.closed_on == DAY
    assert [a.text for a in store.actions.open_actions(ward.id)] == ["Audit in March"]
    assert store.reflections.later_reflections_of(post.id)[0].id == later.id


def test_a_later_reflection_must_follow_a_live_debrief_on_the_same_ward(store, ward, clock) -> None:
    post, _ = store.reflections.save(full_debrief(ward))
    store.reflections.delete(post)
    with pytest.raises(ValidationError, match="no longer exists"):
        store.reflections.save(Reflection(ward_id=ward.id, kind=LATER, post_event_id=post.id, huddle_date=DAY))


def test_flagged_debriefs_show_at_the_next_daily_huddle_until_shared(store, ward, clock) -> None:
    shared, _ = store.reflections.save(full_debrief(ward))
    store.reflections.save(replace(full_debrief(ward), share_at_huddle=False))
    assert store.reflections.to_share_at_next_huddle(ward.id, DAY) == []  # not before the huddle day itself
    next_day = DAY + timedelta(days=1)
    assert [r.id for r in store.reflections.to_share_at_next_huddle(ward.id, next_day)] == [shared.id]
    store.reflections.mark_shared([shared.id], next_day)
    assert [r.id for r in store.reflections.to_share_at_next_huddle(ward.id, next_day)] == [
        shared.id
    ]  # still on that sheet
    assert store.reflections.to_share_at_next_huddle(ward.id, next_day + timedelta(days=1)) == []
    assert store.reflections.get(shared.id).shared_on == next_day


def test_a_flagged_debrief_counts_as_shared_once_the_next_daily_huddle_is_held(store, ward, clock) -> None:
    debrief, _ = store.reflections.save(full_debrief(ward))
    later = DAY + timedelta(days=3)
    store.huddles.save(
        HuddleSheet(
            ward_id=ward.id, huddle_date=DAY + timedelta(days=1), slot="Morning", held=False, not_held_reason="Staffing"
        )
    )
    assert [r.id for r in store.reflections.to_share_at_next_huddle(ward.id, later)] == [debrief.id]  # not held
    assert store.reflections.shared_on(debrief) is None
    store.huddles.save(HuddleSheet(ward_id=ward.id, huddle_date=DAY + timedelta(days=2), slot="Morning"))
    assert [r.id for r in store.reflections.to_share_at_next_huddle(ward.id, DAY + timedelta(days=2))] == [debrief.id]
    assert store.reflections.to_share_at_next_huddle(ward.id, later) == []
    assert store.reflections.shared_on(debrief) == DAY + timedelta(days=2)


def test_reminders_for_later_reflections_due_and_overdue(store, ward, clock) -> None:
    soon, _ = store.reflections.save(replace(full_debrief(ward), later_due=DAY + timedelta(days=3)))
    far, _ = store.reflections.save(full_debrief(ward))  # due in 28 days
    assert [r.reflection.id for r in store.reflections.reflections_due(ward.id, DAY)] == [soon.id]
    later_today = DAY + timedelta(days=30)
    reminders = store.reflections.reflections_due(ward.id, later_today)
    assert [r.reflection.id for r in reminders] == [soon.id, far.id]
    assert "overdue by 27 days" in reminders[0].text
    store.reflections.save(store.reflections.new_later(ward.id, soon.id))
    assert [r.reflection.id for r in store.reflections.reflections_due(ward.id, later_today)] == [far.id]


def test_the_list_filters_by_category_dates_and_status(store, ward, clock) -> None:
    a, _ = store.reflections.save(full_debrief(ward))
    b, _ = store.reflections.save(
        Reflection(
            ward_id=ward.id, event_date=DAY - timedelta(days=10), category="Fall", later_due=DAY - timedelta(days=1)
        )
    )
    later, _ = store.reflections.save(store.reflections.new_later(ward.id, a.id))
    rows = store.reflections.search(ward.id)
    assert [r.reflection.id for r in rows] == [later.id, a.id, b.id]
    assert [r.status for r in rows] == [
        "This is a later reflection",
        "Later reflection held",
        "Later reflection overdue (1 day)",
    ]
    assert [r.reflection.id for r in store.reflections.search(ward.id, category="Fall")] == [b.id]
    assert [r.reflection.id for r in store.reflections.search(ward.id, start=DAY)] == [later.id, a.id]
    assert [r.reflection.id for r in store.reflections.search(ward.id, end=DAY - timedelta(days=1))] == [b.id]
    assert [r.reflection.id for r in store.reflections.search(ward.id, state="due")] == [b.id]  # due includes overdue
    assert [r.reflection.id for r in store.reflections.search(ward.id, state="held")] == [a.id]


def test_swarm_window_comes_from_the_ward_setting_and_the_injected_clock(store, ward, clock) -> None:
    item = Reflection(ward_id=ward.id, event_date=DAY, event_time="09:00", huddle_date=DAY, huddle_time="")
    clock.now = local(DAY + timedelta(days=1), 8)  # 23 h later
    assert not store.reflections.timing(item).past_window
    store.settings.set("swarm_window_hours", 24)
    clock.now = local(DAY + timedelta(days=1), 10)  # 25 h later
    timing = store.reflections.timing(item)
    assert timing.past_window and "more than 24 hours" in timing.hint


def test_demo_ward_gets_debriefs_linked_to_its_sheet_events(store) -> None:
    from app.demo import DemoPlan, build_demo

    counts = build_demo(store, DemoPlan(weeks=6, end=DAY))
    ward = store.wards.list_wards()[0]
    rows = store.reflections.search(ward.id)
    debriefs = [r.reflection for r in rows if r.reflection.is_post_event]
    laters = [r.reflection for r in rows if not r.reflection.is_post_event]
    assert counts["reflections"] == len(rows) and 3 <= len(debriefs) <= 6 and len(laters) == 2
    event_ids = {e.id for s in store.huddles.sheets_between(ward.id, DAY - timedelta(weeks=6), DAY) for e in s.events}
    assert all(d.source_event_id in event_ids for d in debriefs)
    assert {later.post_event_id for later in laters} <= {d.id for d in debriefs}
    assert any(a.source_type == "reflection" for a in store.actions.register(ward.id))
