"""Demo measures: three of the ward's own measures with a year of data each.

* Observations on time (weekly percentage, XmR, limits fixed on the weeks before the change):
  a clear shift up after e-obs reminders start.
* Falls per 1,000 occupied bed days (monthly rate, run chart).
* Call bell response time (daily minutes, XmR, balancing): rebased when the call bell system
  was replaced, with a missing day now and then and one excluded day.

The measures worked out from the huddle sheets need no demo data: they appear as soon as the
demo sheets exist. Everything comes from ``ctx.rng``, so the same seed gives the same data.
"""

from __future__ import annotations

from datetime import timedelta

from app.demo import DemoContext, demo_step
from app.domain.measure import MeasureDetails, RebasePoint, period_range, period_start
from app.domain.ward import Ward
from app.services.records.measures import PointEdit

YEAR = 364


@demo_step("measures")
def demo_measures(ctx: DemoContext, ward: Ward) -> dict[str, int]:
    rng = ctx.rng
    service = ctx.store.measures
    end = min(ctx.end, service.today())
    start = end - timedelta(days=YEAR)
    counts = {"measures": 0, "data_points": 0}

    # 1. weekly percentage with a shift after a change
    weeks = period_range(start, end - timedelta(days=7), "weekly")
    before = len(weeks) * 3 // 5  # limits fixed on the weeks before the change (at least 12)
    change = weeks[before]
    obs, _ = service.create(
        ward.id,
        MeasureDetails(
            name="Observations on time (NEWS2)",
            measure_type="process",
            data_kind="percentage",
            frequency="weekly",
            improvement="increase",
            target=90.0,
            chart_type="xmr",
            baseline=max(12, before),
            data_source="Weekly e-obs audit report",
            definition="Numerator: NEWS2 observation sets done within 15 minutes of their due time. Denominator: all "
            "observation sets due that week (from the e-obs report, Monday to Sunday).",
        ),
    )
    edits = []
    for week in weeks:
        due = float(rng.randint(160, 210))
        rate = rng.gauss(0.79 if week < change else 0.9, 0.025)
        note = "E-obs reminders start on the ward tablets (PDSA cycle 1)" if week == change else ""
        edits.append(
            PointEdit(week, None, {"numerator": float(round(due * min(rate, 0.99))), "denominator": due, "note": note})
        )
    counts["data_points"] += service.save_points(obs.id, edits)[0].saved

    # 2. monthly rate, run chart
    months = period_range(start, period_start(end, "monthly") - timedelta(days=1), "monthly")
    falls, _ = service.create(
        ward.id,
        MeasureDetails(
            name="Falls per 1,000 occupied bed days",
            measure_type="outcome",
            data_kind="rate",
            frequency="monthly",
            improvement="decrease",
            chart_type="run",
            unit="occupied bed days",
            rate_per=1000,
            data_source="Incident system (falls) and bed management (occupied bed days)",
            definition="Numerator: inpatient falls reported on the incident system in the month. Denominator: "
            "occupied bed days from bed management.",
        ),
    )
    edits = []
    for month in months:
        bed_days = float(round(26 * 30 * rng.uniform(0.88, 0.98)))
        edits.append(
            PointEdit(month, None, {"numerator": float(max(0, round(rng.gauss(6.5, 2.2)))), "denominator": bed_days})
        )
    counts["data_points"] += service.save_points(falls.id, edits)[0].saved

    # 3. daily continuous balancing measure, rebased after a known change
    days = [start + timedelta(days=i) for i in range(YEAR)]
    replaced = days[len(days) // 3]
    bells, _ = service.create(
        ward.id,
        MeasureDetails(
            name="Call bell response time",
            measure_type="balancing",
            data_kind="continuous",
            frequency="daily",
            improvement="decrease",
            chart_type="xmr",
            unit="minutes",
            baseline=None,
            rebase=(RebasePoint(replaced, "Call bell system replaced by estates: new pagers for every nurse"),),
            data_source="Daily spot audit of 10 call bells by the nurse in charge",
            definition="Average minutes from a call bell being pressed to a member of staff arriving, over 10 "
            "call bells audited on the late shift.",
        ),
    )
    edits = []
    excluded_day = days[len(days) * 3 // 4]
    for day in days:
        if rng.random() < 0.04:
            continue  # audit not done: a missing day, not a zero
        mean = 4.2 if day < replaced else 2.9
        changes: dict = {"value": round(max(0.5, rng.gauss(mean, 0.6)), 1)}
        if day == excluded_day:
            changes.update(value=11.5, excluded=True, exclude_reason="Fire alarm evacuation drill during the audit")
        edits.append(PointEdit(day, None, changes))
    counts["data_points"] += service.save_points(bells.id, edits)[0].saved
    counts["measures"] += 3
    return counts
