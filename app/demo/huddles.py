"""Demo data for the daily huddle: sheets with realistic variation, safety crosses and actions.

A few missed huddles, some falls, pressure ulcers and deterioration events, actions opened and
closed, staffing gaps, at-risk beds that come and go. Records are written through the
repositories with the sheet's own date as their timestamp, so history looks like a real ward's.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from app.demo import DemoContext, demo_step
from app.domain.action import Action
from app.domain.envelope import utc_iso
from app.domain.huddle import RISK_FLAGS, THREATS, AtRiskPatient, Attendee, HuddleSheet, LookBackEvent
from app.domain.safety_cross import CrossDay
from app.domain.ward import Ward
from app.storage.record_table import WriteContext
from app.storage.repositories.huddles import ActionRepository, CrossRepository, HuddleRepository

HARM_EVENT = {"falls": "Fall", "pressure_ulcers": "Pressure ulcer", "deterioration": "Deterioration or crash call"}
DAILY_RATE = {"falls": 0.06, "pressure_ulcers": 0.025, "deterioration": 0.03}
ACTION_TEXTS = (
    "Check all bed rails and call bells in bay {bay}",
    "Re-audit falls risk assessments on admission",
    "Order two more pressure-relieving mattresses",
    "Remind team to escalate NEWS2 of 5 or more to the outreach team",
    "Book the broken hoist in for repair with estates",
    "Share the learning from the last fall at the next team meeting",
    "Update the intentional rounding chart for side rooms",
    "Chase pharmacy about the late medication round delays",
    "Arrange sepsis screening refresher for new starters",
    "Put a cohort bay plan in place for confused patients",
)
LEARNING = (
    "Bed rails were down and call bell out of reach",
    "Skin check missed on transfer from ED",
    "NEWS2 escalated promptly, outreach arrived in 10 minutes",
    "Patient mobilising alone at night; bay not cohorted",
    "Heel protection not in place after theatre",
)
REMINDERS = (
    "New sepsis screening tool from Monday.",
    "Fire drill this week: check the evacuation sheet.",
    "Falls bundle audit due Friday.",
    "",
)
CELEBRATIONS = (
    "Thanks to the night team for a calm handover.",
    "Good catch: an allergy spotted before the antibiotic was given.",
    "30 days without a pressure ulcer!",
    "Positive feedback from a family on bay 2.",
    "",
    "",
)


def _at(day: date, hour: int, minute: int) -> str:
    return utc_iso(datetime.combine(day, time(hour, minute), tzinfo=UTC))


@demo_step("daily huddles")
def demo_huddles(ctx: DemoContext, ward: Ward) -> dict[str, int]:
    rng = ctx.rng
    database = ctx.store.database
    sheets, crosses, actions = HuddleRepository(database), CrossRepository(database), ActionRepository(database)
    device = ctx.store.ctx.device
    staff = ctx.store.wards.staff_for(ward.id)
    nurses = [s for s in staff if s.role in ("Registered nurse", "Nursing associate")] or staff
    counts = {"huddle_sheets": 0, "safety_cross_days": 0, "actions": 0, "huddles_not_held": 0}
    beds = [f"Bay {b} bed {n}" for b in range(1, 6) for n in range(1, 7)] + [f"Side room {n}" for n in range(1, 5)]
    at_risk = [AtRiskPatient(rng.choice(beds), (rng.choice(RISK_FLAGS[:6]),), "") for _ in range(3)]
    open_actions: list[Action] = []
    harms = ward.details.focus_harms
    day = ctx.start
    while day <= ctx.end:
        wctx = WriteContext(device, _at(day, 9, 40))
        for harm in harms:
            rate = DAILY_RATE.get(harm.key, 0.02)
            happened = rng.random() < rate
            code = "harm" if happened and rng.random() < 0.5 else ("no_harm" if happened else "none")
            if harm.colour_for(code) is None:
                code = harm.colours[0].code
            crosses.add(CrossDay(ward.id, day, harm.key, code, 1 if happened else 0), wctx)
            counts["safety_cross_days"] += 1
        held = rng.random() > 0.08
        if not held:
            sheet = HuddleSheet(
                ward_id=ward.id,
                huddle_date=day,
                slot="Morning",
                held=False,
                not_held_reason=rng.choice(("Clinical pressure", "Staffing", "No leader available")),
            )
            sheets.add(sheet, wctx)
            counts["huddle_sheets"] += 1
            counts["huddles_not_held"] += 1
            day += timedelta(days=1)
            continue
        if rng.random() < 0.3 and at_risk:
            at_risk.pop(rng.randrange(len(at_risk)))
        while len(at_risk) < 2 or rng.random() < 0.25:
            flags = tuple(sorted(set(rng.sample(RISK_FLAGS[:13], rng.randint(1, 3)))))
            at_risk.append(AtRiskPatient(rng.choice(beds), flags, rng.choice(("Bay nurse aware", "1:1 at night", ""))))
            if len(at_risk) > 6:
                break
        events = []
        for harm in harms:
            if rng.random() < DAILY_RATE.get(harm.key, 0.02) and harm.key in HARM_EVENT:
                events.append(
                    LookBackEvent(
                        HARM_EVENT[harm.key],
                        rng.choice(("No harm", "Low harm", "Low harm", "Moderate harm")),
                        f"W{rng.randint(100000, 999999)}",
                        rng.choice(LEARNING),
                    )
                )
        attendees = tuple(
            Attendee(s.name, s.role, s.id) for s in rng.sample(staff, min(len(staff), rng.randint(5, 11)))
        )
        rn_planned, hca_planned = 6, 4
        rn_actual = rn_planned - (1 if rng.random() < 0.2 else 0) - (1 if rng.random() < 0.05 else 0)
        hca_actual = hca_planned - (1 if rng.random() < 0.15 else 0)
        start_minute = rng.randint(30, 45)
        length = max(4, int(rng.gauss(9, 2.5)))
        good = rng.randint(3, 8)
        sheet = HuddleSheet(
            ward_id=ward.id,
            huddle_date=day,
            slot="Morning",
            held=True,
            start_time=f"09:{start_minute:02d}",
            end_time=f"{9 + (start_minute + length) // 60:02d}:{(start_minute + length) % 60:02d}",
            leader=rng.choice(nurses).name,
            nurse_in_charge=rng.choice(nurses).name,
            next_in_charge=rng.choice(nurses).name,
            attendees=attendees,
            rn_planned=rn_planned,
            rn_actual=rn_actual,
            hca_planned=hca_planned,
            hca_actual=hca_actual,
            staffing_concern=rn_actual < rn_planned,
            staffing_concern_detail="One RN short on the early shift" if rn_actual < rn_planned else "",
            staffing_escalated=rn_actual < rn_planned - 1,
            escalated_to="Site team" if rn_actual < rn_planned - 1 else "",
            beds_occupied=rng.randint(24, 28),
            expected_admissions=rng.randint(1, 5),
            planned_discharges=rng.randint(1, 5),
            lookback_any=bool(events),
            events=tuple(events),
            at_risk=tuple(at_risk),
            threats=tuple(sorted(rng.sample(THREATS, rng.randint(0, 2)))),
            isolation_count=rng.randint(0, 4),
            bay_closed=rng.random() < 0.03,
            reminders=rng.choice(REMINDERS),
            data_reviewed=rng.random() < 0.7,
            celebration=rng.choice(CELEBRATIONS),
            escalations="",
            checkin_good=good,
            checkin_ok=rng.randint(1, 4),
            checkin_struggling=rng.randint(0, 2),
        )
        saved = sheets.add(sheet, wctx)
        counts["huddle_sheets"] += 1
        # actions: close some, raise some
        for action in list(open_actions):
            if rng.random() < 0.07:
                actions.update(Action(**{**action.__dict__, "status": "Done", "closed_on": day}), action.rev or 1, wctx)
                open_actions.remove(action)
        if events or rng.random() < 0.12:
            text = rng.choice(ACTION_TEXTS).format(bay=rng.randint(1, 5))
            created = actions.add(
                Action(
                    ward_id=ward.id,
                    text=text,
                    owner=rng.choice(nurses).name,
                    due=day + timedelta(days=rng.randint(2, 14)),
                    status="Open",
                    source_type="huddle",
                    source_id=saved.id or "",
                    raised_on=day,
                ),
                wctx,
            )
            open_actions.append(created)
            counts["actions"] += 1
        day += timedelta(days=1)
    return counts
