"""One source for harm: look-back events mark the day's safety cross, a hand mark wins and says
so, "days since last harm" and the cross read the same facts, and a contradiction is named."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from app.domain.huddle import HuddleSheet, LookBackEvent
from app.domain.safety_cross import BY_HAND, FROM_LOOK_BACK, CrossDay

DAY = date(2026, 11, 20)


def sheet(ward, **kw) -> HuddleSheet:
    return HuddleSheet(ward_id=ward.id, huddle_date=DAY, slot="Morning", **kw)


def today(store, ward) -> dict:
    return {c.harm.key: c for c in store.huddles.cross_today(ward.id, DAY)}


def test_a_fall_with_harm_in_look_back_marks_the_cross_and_days_since_agree(store, ward) -> None:
    result = store.huddles.save(sheet(ward, events=(LookBackEvent("Fall", "Low harm", "W123", "Low bed"),)))
    box = store.huddles.cross_for_day(ward.id, DAY)["falls"]
    assert (box.code, box.events, box.source) == ("harm", 1, FROM_LOOK_BACK)
    assert [c.harm_key for c in result.cross] == ["falls"]
    falls = today(store, ward)["falls"]
    assert falls.days_since == 0 and falls.source_words == "from look back" and falls.contradiction == ""
    assert "pressure_ulcers" not in store.huddles.cross_for_day(ward.id, DAY)


def test_a_fall_without_harm_marks_no_harm_and_the_mark_follows_the_events(store, ward) -> None:
    saved = store.huddles.save(sheet(ward, events=(LookBackEvent("Fall"),))).sheet
    assert store.huddles.cross_for_day(ward.id, DAY)["falls"].code == "no_harm"
    saved = store.huddles.save(
        replace(saved, events=(LookBackEvent("Fall"), LookBackEvent("Fall", "Moderate harm")))
    ).sheet
    box = store.huddles.cross_for_day(ward.id, DAY)["falls"]
    assert (box.code, box.events) == ("harm", 2)
    store.huddles.save(replace(saved, events=()))
    assert "falls" not in store.huddles.cross_for_day(ward.id, DAY)  # removed with the events (a tombstone)


def test_a_hand_mark_wins_and_a_contradiction_is_named_beside_both(store, ward) -> None:
    saved = store.huddles.save(sheet(ward), (CrossDay(ward.id, DAY, "falls", "none"),)).sheet
    assert store.huddles.cross_for_day(ward.id, DAY)["falls"].source == BY_HAND
    store.huddles.save(replace(saved, events=(LookBackEvent("Fall", "Severe harm"),)))
    box = store.huddles.cross_for_day(ward.id, DAY)["falls"]
    assert (box.code, box.source) == ("none", BY_HAND)  # never overwritten
    falls = today(store, ward)["falls"]
    assert falls.days_since == 0  # the same facts: the harm in look back counts
    assert "with harm" in falls.contradiction and "No fall" in falls.contradiction
    assert falls.source_words == "set by hand"


def test_the_cross_can_still_be_set_by_hand_over_a_look_back_mark(store, ward) -> None:
    store.huddles.save(sheet(ward, events=(LookBackEvent("Fall"),)))
    box = store.huddles.cross_for_day(ward.id, DAY)["falls"]
    saved, _changes = store.huddles.set_cross_day(replace(box, code="on_admission"))
    assert (saved.code, saved.source) == ("on_admission", BY_HAND)
    assert today(store, ward)["falls"].contradiction == ""
