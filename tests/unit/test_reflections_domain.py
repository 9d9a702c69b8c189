"""Reflection rules that need no database: validation, the SWARM window, later-reflection status."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from app.domain.huddle import EVENT_TYPES as LOOKBACK_TYPES
from app.domain.reflection import (
    CATEGORY_FOR_LOOKBACK,
    LATER,
    NOT_A_SUBSTITUTE,
    Participant,
    Reflection,
    ReflectionReminder,
    SeipsFactor,
    TrainingNeed,
    from_lookback,
)
from app.domain.reflection_times import normalise_time, swarm_timing
from app.errors import ValidationError

NOW = datetime(2026, 11, 20, 15, 0)
DAY = date(2026, 11, 20)


def debrief(**kw) -> Reflection:
    base = {"event_date": DAY, "event_time": "10:00", "huddle_date": DAY, "huddle_time": "11:00"}
    return Reflection(ward_id="w", **{**base, **kw})


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"huddle_time": "09:30"}, "huddle_date", "cannot be before the event"),
        ({"huddle_date": DAY - timedelta(days=1)}, "huddle_date", "cannot be before the event"),
        ({"event_time": "16:00", "huddle_time": "16:30"}, "event_date", "in the future"),
        (
            {"event_date": DAY + timedelta(days=1), "huddle_date": DAY + timedelta(days=1)},
            "event_date",
            "in the future",
        ),
        ({"event_date": None}, "event_date", "date of the event"),
        ({"event_time": "25:00"}, "event_time", "look like 14:30"),
        ({"later_due": DAY - timedelta(days=3)}, "later_due", "cannot be before the event"),
        ({"category": "Bad luck"}, "category", "not a valid category"),
        ({"participants": (Participant("", "Registered nurse"),)}, "participants", "needs a name"),
        ({"participants": (Participant("Siân Evans", ""),)}, "participants", "needs a role"),
        ({"training_needs": (TrainingNeed("  ", "HCAs"),)}, "training_needs", "Describe each"),
        ({"seips": (SeipsFactor("person", "Helped"),)}, "seips", "six rows"),
        ({"support": ("Chocolate",)}, "support", "not a valid kind of support"),
        ({"aar_happened": "x" * 5001}, "aar_happened", "too long"),
    ],
)
def test_contradictions_are_refused_naming_the_field(changes, field, words) -> None:
    with pytest.raises(ValidationError, match=words) as caught:
        debrief(**changes).validated(NOW)
    assert caught.value.field == field


def test_a_draft_may_be_incomplete_and_is_tidied() -> None:
    clean = debrief(
        event_time="0905",
        huddle_time="9.40",
        facilitator="  Siân   Evans ",
        participants=(Participant("", "Family member or carer"), Participant(" Ben  Jones", "HCA")),
        support=("Time out", "Peer support"),
    ).validated(NOW)
    assert (clean.event_time, clean.huddle_time, clean.facilitator) == ("09:05", "09:40", "Siân Evans")
    assert clean.participants[0].label == "Family member or carer"
    assert clean.participants[1] == Participant("Ben Jones", "HCA")
    assert clean.support == ("Peer support", "Time out")  # the catalogue's order


def test_an_unknown_event_time_only_compares_dates() -> None:
    assert debrief(event_time="", huddle_time="00:10").validated(NOW).event_time == ""


def test_a_later_reflection_needs_no_event() -> None:
    later = Reflection(ward_id="w", kind=LATER, huddle_date=DAY, understand_differently="More than we thought")
    assert later.validated(NOW).title() == "Later reflection on 20 Nov 2026"


@pytest.mark.parametrize(("text", "expected"), [("930", "09:30"), ("9:30", "09:30"), ("21.05", "21:05"), (" ", "")])
def test_times_are_normalised(text, expected) -> None:
    assert normalise_time(text) == expected


def test_swarm_timing_uses_the_huddle_time_or_now() -> None:
    held = swarm_timing(DAY, "10:00", DAY + timedelta(days=1), "11:30", 24, NOW)
    assert held.elapsed == timedelta(hours=25, minutes=30) and held.past_window
    assert held.elapsed_text == "1 day 1 h between the event and the huddle."
    assert "more than 24 hours" in held.hint and "SWARM window" in held.hint
    assert not swarm_timing(DAY, "10:00", DAY + timedelta(days=1), "11:30", 48, NOW).past_window

    not_yet = swarm_timing(DAY, "10:00", DAY, "", 48, NOW)  # huddle time not given: counted to now
    assert not_yet.huddle_is_now and not_yet.elapsed == timedelta(hours=5)
    assert not_yet.elapsed_text == "5 h 0 min between the event and now."
    later_now = swarm_timing(DAY, "10:00", DAY, "", 48, NOW + timedelta(hours=44))
    assert later_now.past_window and later_now.hint


def test_swarm_timing_without_an_event_time_counts_from_the_start_of_the_day() -> None:
    timing = swarm_timing(DAY, "", DAY, "11:00", 48, NOW)
    assert timing.elapsed == timedelta(hours=11)
    assert "event time not given" in timing.elapsed_text
    assert swarm_timing(DAY, "12:00", DAY, "11:00", 48, NOW).elapsed is None  # contradiction: no claim


def test_later_status_words() -> None:
    today = DAY
    item = debrief(later_due=today + timedelta(days=3))
    assert item.later_state(today, False) == "due" and item.later_status(today, False) == "Later reflection due 23 Nov"
    assert replace(item, later_due=today).later_status(today, False) == "Later reflection due today"
    assert (
        replace(item, later_due=today - timedelta(days=2)).later_status(today, False)
        == "Later reflection overdue (2 days)"
    )
    assert replace(item, later_due=today + timedelta(days=30)).later_state(today, False) == "planned"
    assert replace(item, later_due=None).later_state(today, False) == "none"
    assert item.later_state(today, True) == "held"


def test_a_lookback_event_prefills_category_harm_and_reference() -> None:
    assert set(CATEGORY_FOR_LOOKBACK) == set(LOOKBACK_TYPES)
    item = from_lookback(
        "w",
        "sheet",
        DAY,
        "ev",
        "Deterioration or crash call",
        "Moderate harm",
        " W123 ",
        huddle_date=DAY,
        huddle_time="12:00",
    )
    assert (item.category, item.physical_harm, item.incident_ref, item.reported) == (
        "Deterioration",
        "Moderate harm",
        "W123",
        "Yes",
    )
    assert (item.event_date, item.source_sheet_id, item.source_event_id) == (DAY, "sheet", "ev")
    assert (
        from_lookback("w", "s", DAY, "e", "Fall", "No harm", "", huddle_date=DAY, huddle_time="").reported == "Not yet"
    )


def test_reminder_text_says_when() -> None:
    item = debrief(category="Fall", later_due=DAY)
    assert ReflectionReminder(item, DAY, DAY).text == (
        "Later reflection after the fall (patient safety incident) on 20 Nov 2026 is due today."
    )
    assert "overdue by 3 days" in ReflectionReminder(item, DAY, DAY + timedelta(days=3)).text


def test_the_standing_note_says_it_does_not_replace_incident_reporting() -> None:
    assert "does not replace reporting on the trust's incident" in NOT_A_SUBSTITUTE
    assert "not who was at fault" in NOT_A_SUBSTITUTE
