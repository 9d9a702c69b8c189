"""Demo improvement work: two projects with driver diagrams and six PDSA cycles in ramps, linked to
the demo measures so the cycles show on their charts.

* "Observations on time": a three-cycle ramp (one nurse for one shift, one bay for a week, the
  whole ward) testing e-obs reminders, ending at the week the demo measure shifts up; a second
  change idea tested once and abandoned.
* "Fewer falls at night": a two-cycle ramp of intentional rounding at night.

Runs after the measures demo (steps run in module name order), and falls back to the measures
worked out from the huddle sheets when the ward has none of its own.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from app.demo import DemoContext, demo_step
from app.domain.pdsa import PdsaCycle, Question
from app.domain.project import Aim, DriverNode, Project, add_node
from app.domain.ward import Ward


def _tree(spec: list[tuple[str, list[tuple[str, list[str]]]]]) -> tuple[tuple[DriverNode, ...], dict[str, str]]:
    """Primary → secondary → change ideas from nested lists; returns the tree and the ids by text."""
    tree: tuple[DriverNode, ...] = ()
    ids: dict[str, str] = {}
    for primary, secondaries in spec:
        tree, p = add_node(tree, None, primary)
        ids[primary] = p.id
        for secondary, ideas in secondaries:
            tree, s = add_node(tree, p.id, secondary)
            ids[secondary] = s.id
            for idea in ideas:
                tree, i = add_node(tree, s.id, idea)
                ids[idea] = i.id
    return tree, ids


def _measure_id(ctx: DemoContext, ward: Ward, name: str, fallback_key: str) -> str:
    for measure in ctx.store.measures.all_for_ward(ward.id):
        if measure.name == name or measure.id.endswith(":" + fallback_key):
            return measure.id
    return ctx.store.measures.all_for_ward(ward.id)[0].id


def _change_week(ctx: DemoContext, measure_id: str, default: date) -> date:
    """The week the demo measure notes the change (its chart shifts up from there)."""
    for point in ctx.store.measures.points(measure_id):
        if "PDSA" in point.note:
            return point.period
    return default


def _run(ctx: DemoContext, cycle: PdsaCycle, **done) -> PdsaCycle:
    saved, _ = ctx.store.projects.save_cycle(replace(cycle, **done))
    return saved


def _next(ctx: DemoContext, cycle: PdsaCycle, **plan) -> PdsaCycle:
    _saved, following, _ = ctx.store.projects.plan_next_cycle(cycle)
    return replace(following, **plan)


@demo_step("projects")
def demo_projects(ctx: DemoContext, ward: Ward) -> dict[str, int]:
    service = ctx.store.projects
    today = min(ctx.end, service.today())
    staff = [s.name for s in ctx.store.wards.staff_for(ward.id)]
    nurse, lead, hca = staff[0], staff[1], staff[-1]
    cycles = 0

    # -- 1. observations on time ------------------------------------------------------------------
    obs = _measure_id(ctx, ward, "Observations on time (NEWS2)", "huddles_held")
    change = min(_change_week(ctx, obs, today - timedelta(weeks=20)), today - timedelta(days=28))
    tree, ids = _tree(
        [
            (
                "Reliable observation rounds",
                [
                    (
                        "Staff know when observations are due",
                        ["E-obs reminders on the ward tablets", "Obs-due board at the nurses' station"],
                    ),
                    ("Time to do the observations", ["Protected obs time at 10:00 and 14:00"]),
                ],
            ),
            (
                "Prompt escalation of a raised NEWS2",
                [
                    ("Everyone knows the escalation route", ["Escalation card on every lanyard"]),
                ],
            ),
        ]
    )
    project, _ = service.create(
        Project(
            ward.id,
            "Observations on time",
            team=(nurse, hca, staff[2]),
            sponsor=lead,
            problem="Audits show about one set of NEWS2 observations in five done late, most often on the late shift "
            "and during medicine rounds. Late observations delay escalation of deteriorating patients.",
            aim=Aim("NEWS2 observations done on time", 79, 95, "%", date(today.year + (today.month > 3), 3, 31)),
            drivers=tree,
            measure_ids=(obs,),
            progress_score=3.5,
        )
    )
    reminders = ids["E-obs reminders on the ward tablets"]
    first = _run(
        ctx,
        service.new_cycle(project, reminders),
        title="Tablet reminders, one nurse",
        start_date=change - timedelta(days=21),
        end_date=change - timedelta(days=21),
        purpose="Test a change",
        objective="Find out whether an e-obs reminder on the tablet is noticed during a busy late shift.",
        questions=(
            Question(
                "Will the nurse notice the reminder?",
                "Yes, most times",
                "Noticed 7 of 9 reminders",
                "Missed ones were during the drug round",
            ),
            Question(
                "Will obs be done within 15 minutes of due?", "8 of 10 sets", "9 of 11 sets", "Better than predicted"
            ),
        ),
        change_tested="A pop-up reminder on the ward tablet 10 minutes before a patient's obs are due.",
        who=nurse,
        place="Bay 2",
        scale_number=1,
        scale_unit="shifts",
        measure_ids=(obs,),
        data_plan="Nurse in charge counts sets done on time from the e-obs report at the end of the shift.",
        observations="Reminder sound too quiet near the sluice; nurse turned the volume up.",
        improved="Yes",
        improved_detail="9 of 11 on time, against about 8 in 10 usually.",
        act="Adapt",
        next_plan="Louder reminder; test with every nurse in bay 2 for a week.",
    )
    second = _run(
        ctx,
        _next(
            ctx,
            first,
            title="Tablet reminders, one bay",
            start_date=change - timedelta(days=14),
            end_date=change - timedelta(days=8),
            scale_number=7,
            scale_unit="days",
        ),
        questions=(
            Question(
                "Will every nurse in the bay use it?", "Yes after a day or two", "All 6 nurses used it by day 2", ""
            ),
            Question("Will obs be done within 15 minutes of due?", "85%", "88%", ""),
        ),
        observations="Night staff asked for the reminder to be silent after 23:00.",
        improved="Yes",
        act="Adopt",
        next_plan="Switch on for the whole ward, silent at night.",
    )
    third = _run(
        ctx,
        _next(
            ctx,
            second,
            title="Tablet reminders, whole ward",
            start_date=change,
            end_date=change + timedelta(days=27),
            scale_number=4,
            scale_unit="bays",
        ),
        questions=(
            Question(
                "Will the whole ward keep using it?", "Yes", "Yes: 90% on time in the first month", "Now standard work"
            ),
        ),
        observations="Works; the two agency nurses needed a log-in to the tablets.",
        improved="Yes",
        improved_detail="The chart shows a shift up from this week.",
        act="Adopt",
        next_plan="Standard work: add to the induction checklist.",
    )
    board = _run(
        ctx,
        service.new_cycle(project, ids["Obs-due board at the nurses' station"]),
        title="Obs-due board",
        start_date=change + timedelta(days=35),
        end_date=change + timedelta(days=41),
        objective="Does a whiteboard of obs due times help the nurse in charge?",
        questions=(
            Question("Will the board be kept up to date?", "Mostly", "Only on 2 of 7 days", "Duplicates the tablet"),
        ),
        who=lead,
        place="Nurses' station",
        scale_number=7,
        scale_unit="days",
        measure_ids=(obs,),
        observations="Nobody had time to update it; the tablet reminders already did the job.",
        improved="No",
        act="Abandon",
        next_plan="",
    )
    cycles += len({first.id, second.id, third.id, board.id})

    # -- 2. fewer falls at night ------------------------------------------------------------------
    falls = _measure_id(ctx, ward, "Falls per 1,000 occupied bed days", "harm_gap:falls")
    tree, ids = _tree(
        [
            (
                "Patients at risk are known",
                [
                    ("Falls risk reviewed every shift", ["Falls flag on the huddle sheet for every at-risk bed"]),
                ],
            ),
            (
                "Patients are not left to mobilise alone at night",
                [
                    ("Regular rounding", ["Intentional rounding at night (hourly)"]),
                    ("Call bell in reach", ["Call bell check at every rounding"]),
                ],
            ),
        ]
    )
    project, _ = service.create(
        Project(
            ward.id,
            "Fewer falls at night",
            team=(staff[3], staff[4]),
            sponsor=lead,
            problem="Most of the ward's falls happen between 22:00 and 06:00, when patients get up alone.",
            aim=Aim("Falls per 1,000 occupied bed days", 8.5, 5, "", date(today.year + 1, 6, 30)),
            drivers=tree,
            measure_ids=(falls,),
            progress_score=2.5,
        )
    )
    rounding = ids["Intentional rounding at night (hourly)"]
    night1 = _run(
        ctx,
        service.new_cycle(project, rounding),
        title="Hourly rounding, bay 4",
        start_date=today - timedelta(days=130),
        end_date=today - timedelta(days=124),
        objective="Can the night HCA round hourly on bay 4 with the rounding chart?",
        questions=(
            Question(
                "Will the chart be filled in every hour?", "Most hours", "41 of 48 hours", "Gaps during admissions"
            ),
        ),
        change_tested="An hourly rounding chart (pain, position, toilet, call bell) in bay 4 at night.",
        who=hca,
        place="Bay 4",
        scale_number=1,
        scale_unit="bays",
        measure_ids=(falls,),
        data_plan="Count rounding charts completed; falls from the incident system each month.",
        observations="Admissions after midnight pulled the HCA away.",
        improved="Unclear",
        act="Adapt",
        next_plan="Share the rounding between the HCA and the nurse when there is an admission.",
    )
    night2 = _run(
        ctx,
        _next(
            ctx,
            night1,
            title="Shared rounding, bay 4",
            start_date=today - timedelta(days=95),
            end_date=today - timedelta(days=81),
            scale_number=14,
            scale_unit="days",
        ),
        questions=(Question("Will every hour be covered?", "Yes", "46 of 48 hours", ""),),
        observations="Covered even on busy nights.",
        improved="Unclear",
        improved_detail="Too early to see a change in the monthly falls rate.",
    )
    cycles += len({night1.id, night2.id})
    return {"projects": 2, "pdsa_cycles": cycles}
