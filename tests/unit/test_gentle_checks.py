"""Gentle checks: a note for what may be a slip, and the sheet still saves."""

from __future__ import annotations

from datetime import date

from app.domain.huddle import AtRiskPatient, Attendee, HuddleSheet, gentle_checks

DAY = date(2026, 11, 20)


def sheet(**kw) -> HuddleSheet:
    return HuddleSheet(ward_id="w", huddle_date=DAY, slot="Morning", **kw)


def test_an_ordinary_sheet_has_no_notes() -> None:
    assert gentle_checks(sheet(start_time="09:00", end_time="09:12", rn_actual=6, beds_occupied=27)) == {}


def test_a_duplicate_bed_a_long_huddle_and_odd_numbers_get_notes() -> None:
    notes = gentle_checks(
        sheet(
            at_risk=(AtRiskPatient("Bay 2 bed 4"), AtRiskPatient("bay 2  Bed 4")),
            start_time="09:00",
            end_time="16:15",
            rn_actual=66,
            beds_occupied=20,
            isolation_count=25,
            attendees=(Attendee("A", "HCA"),),
            checkin_good=3,
        )
    )
    assert "listed twice" in notes["at_risk"]
    assert "7 h 15 min" in notes["end_time"]
    assert "66 looks high" in notes["rn_actual"]
    assert "isolation" in notes["isolation_count"]
    assert "adds up to 3 but 1 are present" in notes["checkin_good"]


def test_the_sheet_with_notes_still_saves(store, ward) -> None:
    odd = HuddleSheet(
        ward_id=ward.id,
        huddle_date=DAY,
        slot="Morning",
        start_time="09:00",
        end_time="16:15",
        at_risk=(AtRiskPatient("Bay 2 bed 4"), AtRiskPatient("Bay 2 bed 4")),
    )
    assert gentle_checks(odd)
    saved = store.huddles.save(odd).sheet
    assert saved.is_saved and len(saved.at_risk) == 2


def test_nothing_new_fills_only_what_is_blank() -> None:
    from app.domain.huddle import LookBackEvent, nothing_new

    previous = sheet(beds_occupied=27)
    today = sheet(rn_planned=6, hca_planned=4, hca_actual=3)
    quiet = nothing_new(today, previous)
    assert (quiet.lookback_any, quiet.rn_actual, quiet.hca_actual, quiet.beds_occupied) == (False, 6, 3, 27)
    busy = nothing_new(sheet(lookback_any=True, events=(LookBackEvent("Fall"),)), None)
    assert busy.lookback_any is True and busy.beds_occupied is None
