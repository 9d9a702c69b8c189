"""Demo ideas on the improvement board (about twenty, in every column) and twelve weeks of weekly
improvement huddles, tied to the demo's projects and PDSA cycles (app/demo/projects.py runs first:
this module's name sorts after it)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from app.demo import DemoContext, demo_step
from app.domain.idea import ABANDONED, ADAPTED, ADOPTED, AGREED, NEW, PARKED, TESTING
from app.domain.improvement_huddle import Person, TestedIdea
from app.domain.pdsa import PdsaCycle
from app.domain.ward import Ward

WEEKLY_HUDDLES = 12

#: (text, offered by: a staff index or None for anonymous, status, reason, you said we did, cycle title)
IDEAS = (
    (
        "Tablet reminders ten minutes before obs are due",
        0,
        ADOPTED,
        "On-time obs rose to about 90% and stayed",
        "Reminders are now on every ward tablet, silent after 23:00.",
        "Tablet reminders, whole ward",
    ),
    (
        "Hourly rounding chart in bay 4 at night",
        5,
        ADAPTED,
        "Shared between the HCA and the nurse during admissions",
        "Rounding is now shared when there is an admission after midnight.",
        "Hourly rounding, bay 4",
    ),
    (
        "Whiteboard of obs due times at the station",
        None,
        ABANDONED,
        "Nobody had time to update it; the tablet did the job",
        "We tried the board for a week; the tablet reminders made it unnecessary, so it came down.",
        "Obs-due board",
    ),
    ("Share night rounding between HCA and nurse", 6, TESTING, "", "", "Shared rounding, bay 4"),
    ("Check the call bell is in reach at every rounding", 7, TESTING, "", "", None),
    ("Red socks for patients at high risk of falls", None, AGREED, "", "", None),
    ("Falls flag on the huddle sheet for every at-risk bed", 2, AGREED, "", "", None),
    ("Quiet time on the ward after lunch", 8, NEW, "", "", None),
    ("A clock in every bay, at eye level", None, NEW, "", "", None),
    ("Protected obs time at 10:00 and 14:00", 9, NEW, "", "", None),
    ("Name badges with pronouns and role in large print", 10, NEW, "", "", None),
    ("Drinks round before the evening medicines", None, NEW, "", "", None),
    ("Escalation card on every lanyard", 11, AGREED, "", "", None),
    (
        "Bed-space photos of how to use the call bell",
        12,
        PARKED,
        "Waiting for the new call bell system in spring",
        "We will look at this again when the new call bells are fitted.",
        None,
    ),
    (
        "Night-time toilet rounds at 02:00",
        None,
        PARKED,
        "Night staffing review first",
        "Parked until the night staffing review reports in March.",
        None,
    ),
    (
        "Move the obs machine charger to the bay",
        13,
        ADOPTED,
        "Machines charged every shift since",
        "The charger now lives in bay 1; no flat machines reported since.",
        None,
    ),
    (
        "Laminated NEWS2 escalation flowchart by each computer",
        14,
        ADOPTED,
        "Staff said it saves a search",
        "Flowcharts are up by every computer.",
        None,
    ),
    (
        "Daily 'good catch' shout-out at the huddle",
        None,
        ADOPTED,
        "The team asked to keep it",
        "Every huddle now ends with a good catch.",
        None,
    ),
    (
        "Sensor mats for every bed",
        15,
        ABANDONED,
        "Too many false alarms in the two-week test",
        "We tested two mats; they alarmed 30 times a night, so we stopped.",
        None,
    ),
    (
        "Visitors help with mealtimes on bay 3",
        16,
        PARKED,
        "Needs the volunteers' team to agree first",
        "Parked while the volunteers' lead looks at training.",
        None,
    ),
)

LEARNED = (
    ("Rounding on bay 4, shared when an admission came in", "Every hour covered on 6 of 7 nights"),
    ("Call bell check added to the rounding chart", "Two patients found with the bell out of reach on day 1"),
    ("Shared rounding on the weekend nights", "Agency staff needed the chart explained"),
    ("Call bell check on bays 4 and 5", "Checks took under a minute each"),
)
CELEBRATIONS = (
    "30 days without a fall in bay 4: well done, night team.",
    "Thanks to the HCAs who covered the extra rounding on Saturday.",
    "Obs on time above 90% for the fourth week running.",
    "A student's idea (the charger move) adopted in one week.",
    "Thank you to pharmacy for the drinks-round trolley.",
    "No pressure ulcers this month.",
)
NEXT_STEPS = (
    "Print more rounding charts for bay 5",
    "Ask the matron about the night staffing review date",
    "Add the call bell check to the induction checklist",
    "Share the rounding results at the sisters' meeting",
    "Order two more lanyard escalation cards packs",
    "Put this week's falls chart on the board",
)


def _cycle(cycles: list[PdsaCycle], title: str | None) -> PdsaCycle | None:
    return next((c for c in cycles if c.title == title), None) if title else None


@demo_step("improvement board")
def demo_board(ctx: DemoContext, ward: Ward) -> dict[str, int]:
    store = ctx.store
    board = store.board
    today = min(ctx.end, board.today())
    staff = store.wards.staff_for(ward.id)
    projects = store.projects.list_for_ward(ward.id)
    cycles = [c for p in projects for c in store.projects.cycles_for(p.id or "")]
    falls = next((p for p in projects if p.title == "Fewer falls at night"), projects[0] if projects else None)
    ideas = []
    ward_index = len(ctx.wards) - 1
    for number, (text, by, status, reason, you_said, cycle_title) in enumerate(IDEAS):
        if ward_index and status != TESTING and (number + ward_index) % 4 == 0:
            continue  # wards differ: an idea adopted in one is still to be tried in another
        offered = today - timedelta(days=7 * WEEKLY_HUDDLES - number * 3)
        idea, _ = board.add_idea(ward.id, text, staff[by].name if by is not None else "")
        idea, _ = board.save_idea(replace(idea, offered_on=offered, status_changed_on=offered))
        cycle = _cycle(cycles, cycle_title)
        if status == TESTING and cycle is None and falls is not None:
            idea, cycle, _ = board.start_cycle_for(idea, falls.id or "")
        elif status != NEW:
            if cycle is not None:
                idea, _ = board.save_idea(replace(idea, pdsa_cycle_id=cycle.id or "", project_id=cycle.project_id))
            idea, _ = board.save_idea(replace(idea, status=status, reason=reason, you_said_we_did=you_said))
        changed = min(today, offered + timedelta(days=14 + number % 5 * 7)) if status != NEW else offered
        idea, _ = board.save_idea(replace(idea, status_changed_on=changed))
        if status == TESTING:
            idea, _ = board.set_focus(idea, True)
        ideas.append(idea)
    testing = [i for i in ideas if i.status == TESTING]
    weeks = min(WEEKLY_HUDDLES, ctx.plan.weeks)
    huddles = steps = 0
    for week in range(weeks):
        day = today - timedelta(days=7 * (weeks - 1 - week))
        day -= timedelta(days=(day.weekday() - 3) % 7)  # Thursdays
        huddles += _weekly(ctx, ward, day, week, testing, staff)
        steps += 1 if week % 2 == 0 else 0
    return {"ideas": len(ideas), "improvement_huddles": huddles}


def _weekly(ctx: DemoContext, ward: Ward, day: date, week: int, testing: list, staff: list) -> int:
    service = ctx.store.improvement_huddles
    rng = ctx.rng
    huddle = service.huddle_for(ward.id, day)
    people = rng.sample(staff, k=min(len(staff), 4 + week % 4))
    tested = []
    for index, idea in enumerate(testing):
        what, learned = LEARNED[(week + index) % len(LEARNED)]
        decision = "Next cycle" if week % 3 == 2 else ""
        tested.append(TestedIdea(idea.id or "", idea.pdsa_cycle_id, decision, what, learned))
    huddle = replace(
        huddle,
        attendees=tuple(Person(p.name, p.role, p.id) for p in people),
        tested=tuple(tested),
        celebrations=CELEBRATIONS[week % len(CELEBRATIONS)],
        notes="" if week % 4 else "Board refreshed: old cards taken down, focus agreed.",
    )
    saved, _ = service.save(huddle)
    if week % 2 == 0:
        owner = staff[(week * 3) % len(staff)].name
        due = max(day + timedelta(days=7), ctx.store.board.today())
        _h, action, _ = service.add_next_step(saved, NEXT_STEPS[week % len(NEXT_STEPS)], owner, due)
        if week < 8:
            ctx.store.actions.set_status(action, "Done")
    return 1
