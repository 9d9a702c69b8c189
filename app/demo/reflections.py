"""Demo data for reflection huddles: a handful of look-back events from the demo ward's daily
sheets get a hot debrief (with follow-up actions in the register); two of them, old enough, also
get their later reflection, which closes some of those actions.

Written through the services with the clock set to the moment each huddle took place, so the
records carry realistic timestamps and pass the same checks as typed ones.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, datetime, time, timedelta

from app.demo import DemoContext, demo_step
from app.domain.reflection import SEIPS_KEYS, Participant, SeipsFactor, TrainingNeed
from app.domain.ward import Ward
from app.services.store import AppStore

STORIES = {
    "Fall": {
        "expected": "Patient in bay 3 to be checked hourly and to call for help to walk to the toilet.",
        "happened": "Found on the floor beside the bed at night; the call bell had been moved to the locker.",
        "difference": "Two admissions at once took both nurses away from the bay; the bell was moved when the table was cleaned.",
        "seips": {
            "person": ("Hindered", "Two RNs for 28 patients overnight"),
            "tasks": ("Both", "Hourly checks slipped during admissions"),
            "tools": ("Hindered", "Call bell cord too short for the new beds"),
            "internal": ("Hindered", "Bay lights dimmed, commode behind curtain"),
        },
        "learned": "Bell-in-reach check belongs in every intentional round, not only at bedtime.",
        "actions": ("Order longer call bell cords for bay 3", "Add bell-in-reach to the intentional rounding chart"),
        "training": ("Falls bundle refresher", "night HCAs"),
        "immediate": "Bell clipped to the pillow, low bed and sensor mat in place; family told.",
    },
    "Pressure ulcer": {
        "expected": "Skin inspected within 6 hours of arrival and a repositioning plan in place.",
        "happened": "Category 2 damage to the sacrum found on day 3; the first skin check was not recorded.",
        "difference": "Patient came up from ED on a trolley after 14 hours; the transfer paperwork did not mention skin.",
        "seips": {
            "organisation": ("Hindered", "No skin section on the ED transfer form"),
            "tasks": ("Hindered", "SSKIN started late"),
            "tools": ("Helped", "Hybrid mattress arrived within 2 hours once asked"),
            "external": ("Hindered", "Long wait in ED"),
        },
        "learned": "Treat long ED waits as high risk and do the skin check at the bed-side handover.",
        "actions": (
            "Ask ED to add a skin check to the transfer form",
            "Skin check at bed-side handover for ED transfers",
        ),
        "training": ("SSKIN bundle and skin inspection", "students and new starters"),
        "immediate": "Repositioning every 2 hours, hybrid mattress, tissue viability referral made.",
    },
    "Deterioration or crash call": {
        "expected": "NEWS2 of 5 or more escalated to the outreach team within 30 minutes.",
        "happened": "NEWS2 rose from 3 to 7 over 4 hours; outreach was called at 7, the patient went to HDU.",
        "difference": "Observations were on time but the trend was not looked at; the e-obs alert went to a busy phone.",
        "seips": {
            "tools": ("Hindered", "Alert sent to the bleep holder's phone only"),
            "person": ("Helped", "HCA spotted the patient looked 'not right'"),
            "organisation": ("Both", "Outreach arrived in 10 minutes once called"),
            "tasks": ("Hindered", "Trend not part of the obs round"),
        },
        "learned": "Look at the trend, not the single score, and trust the 'not right' feeling: it was right here.",
        "actions": (
            "Add the NEWS2 trend to the safety huddle board",
            "Ask IT to send e-obs alerts to the nurse in charge as well",
        ),
        "training": ("Recognising the deteriorating patient (RESTORE2)", "all HCAs"),
        "immediate": "Patient transferred to HDU; nurse in charge now reviews every NEWS2 of 5 or more.",
    },
}
ROLE_ORDER = ("Registered nurse", "HCA", "Doctor", "Nursing associate", "AHP", "Student")


@contextmanager
def _clock_at(store: AppStore, moment: datetime) -> Iterator[None]:
    previous = store.ctx.clock
    store.ctx.clock = lambda: moment
    try:
        yield
    finally:
        store.ctx.clock = previous


def _local(day: date, hh: int, mm: int) -> datetime:
    return datetime.combine(day, time(hh, mm)).astimezone()


@demo_step("reflection huddles")
def demo_reflections(ctx: DemoContext, ward: Ward) -> dict[str, int]:
    store, rng = ctx.store, ctx.rng
    counts = {"reflections": 0, "reflection_actions": 0}
    candidates = [
        (sheet, event)
        for sheet in store.huddles.sheets_between(ward.id, ctx.start, ctx.end - timedelta(days=2))
        for event in sheet.events
        if event.event_type in STORIES
    ]
    if not candidates:
        return counts
    # two old enough for a later reflection (at least two weeks on), then a few more recent ones
    old = [pair for pair in candidates if pair[0].huddle_date <= ctx.end - timedelta(days=14)]
    early = rng.sample(old, min(2, len(old)))
    rest = [pair for pair in candidates if pair not in early]
    picked = early + rng.sample(rest, min(5 - len(early), len(rest)))
    chosen = sorted(picked, key=lambda pair: pair[0].huddle_date)
    staff = store.wards.staff_for(ward.id)
    people = sorted(staff, key=lambda s: ROLE_ORDER.index(s.role) if s.role in ROLE_ORDER else 99)
    with_later = [i for i, pair in enumerate(chosen) if pair in early]
    for index, (sheet, event) in enumerate(chosen):
        story = STORIES[event.event_type]
        day = sheet.huddle_date
        debrief_at = (
            _local(day, 14, rng.choice((0, 15, 30))) if rng.random() < 0.7 else _local(day + timedelta(days=1), 13, 30)
        )
        team = rng.sample(people[:14], min(5, len(people)))
        with _clock_at(store, debrief_at):
            item, _existed = store.reflections.from_event(sheet.id, event.id)
            seips = tuple(
                SeipsFactor(key, *story["seips"].get(key, rng.choice((("Not applicable", ""), ("", "")))))
                for key in SEIPS_KEYS
            )
            item = replace(
                item,
                event_time=f"0{rng.randint(1, 7)}:{rng.choice(('05', '20', '40'))}",
                facilitator=team[0].name,
                participants=tuple(Participant(p.name, p.role) for p in team),
                ground_rules_agreed=True,
                aar_expected=story["expected"],
                aar_happened=story["happened"],
                aar_difference=story["difference"],
                seips=seips,
                everyday_work=rng.choice(("Yes", "Yes", "Unsure")),
                shift_impact=rng.choice(("Minor disruption", "Major disruption")),
                team_impact="Upset at the time; everyone checked in with before going home.",
                support=tuple(sorted(rng.sample(("Check-in from manager", "Peer support", "Time out"), 2))),
                training_needs=(TrainingNeed(*story["training"]),),
                immediate_actions=story["immediate"],
                learned=story["learned"],
                documentation="Summary to matron; learning added to the ward governance log.",
                share_at_huddle=True,
                later_due=day + timedelta(days=28),
                shared_on=day + timedelta(days=1) if day + timedelta(days=1) < ctx.end else None,
                psychological_harm=rng.choice(("Not known yet", "No psychological harm", "Low psychological harm")),
            )
            owners = [p.name for p in team[:2]]
            for number, text in enumerate(story["actions"]):
                item, _action, _ = store.reflections.add_follow_up(
                    item, text, owners[number % len(owners)], day + timedelta(days=rng.randint(7, 21))
                )
                counts["reflection_actions"] += 1
            item, _ = store.reflections.save(item)
            counts["reflections"] += 1
        if index in with_later:
            later_day = min(day + timedelta(days=rng.randint(26, 29)), ctx.end)
            with _clock_at(store, _local(later_day, 14, 0)):
                actions = store.reflections.follow_up_actions(item)
                for action in actions[:1]:
                    store.actions.set_status(action, "Done")
                later = store.reflections.new_later(ward.id, item.id)
                later = replace(
                    later,
                    facilitator=team[1].name,
                    participants=tuple(Participant(p.name, p.role) for p in team[1:4]),
                    understand_differently="It was not one missed step: several small pressures lined up on a busy night.",
                    everyday_changes="The change is in the rounding chart now and the team uses it without prompting.",
                    team_now="Recovered",
                    team_now_detail="People talk about it openly; nobody felt blamed.",
                    support=("Peer support",),
                )
                store.reflections.save(later)
                counts["reflections"] += 1
    return counts
