"""Measures the ward already produces, with no retyping: worked out from the daily huddle sheets,
the safety cross and the action register every time they are asked for.

Nothing here is stored, so a derived series always matches the sheets: save or delete a sheet
and the next chart shows it. Reads go through the huddle and action services (and, for the harm
days they do not list, the huddle repositories those services use).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from app.domain.action import Action
from app.domain.huddle import EVENT_TYPE_FOR_HARM, HuddleSheet
from app.domain.measure import (
    DataPoint,
    Measure,
    MeasureDetails,
    derived_id,
    period_range,
    period_start,
    split_derived_id,
)
from app.domain.ward import Ward
from app.errors import NotFound
from app.services.context import ServiceContext
from app.services.records.actions import ActionService
from app.services.records.huddles import HuddleService
from app.services.records.wards import WardService
from app.storage.repositories.measures import source_fingerprint

SOURCE = "Worked out from the daily huddle sheets"


@dataclass(frozen=True)
class _Records:
    """One read of everything the derived measures need, so a whole list costs one query each."""

    ward: Ward
    sheets: list[HuddleSheet]
    actions: list[Action]
    harm_days: dict[str, list[date]]
    today: date


def _definitions(ward: Ward) -> list[tuple[str, MeasureDetails]]:
    out = [
        (
            "huddles_held",
            MeasureDetails(
                name="Huddles held per week",
                measure_type="process",
                data_kind="count",
                frequency="weekly",
                improvement="increase",
                chart_type="run",
                unit="huddles",
                data_source=SOURCE,
                definition="Number of daily huddle sheets saved with 'Huddle held?' = Yes in each week (Monday to "
                "Sunday), all slots together. Complete weeks only, from the week of the first sheet; a "
                "week with no sheets counts as 0.",
            ),
        ),
        (
            "attendance",
            MeasureDetails(
                name="Attendance per huddle",
                measure_type="process",
                data_kind="count",
                frequency="event",
                improvement="increase",
                chart_type="xmr",
                unit="people",
                data_source=SOURCE,
                definition="Number of people on the attendance list of each huddle that was held, one point per "
                "huddle in date and slot order.",
            ),
        ),
    ]
    for harm in ward.details.focus_harms:
        harm_labels = ", ".join(c.label for c in harm.colours if c.is_harm) or "none set"
        event_type = EVENT_TYPE_FOR_HARM.get(harm.key)
        also = (
            f", and days whose look-back lists a '{event_type}' event with harm above 'No harm'" if event_type else ""
        )
        out.append(
            (
                f"harm_gap:{harm.key}",
                MeasureDetails(
                    name=f"Days between harms: {harm.name.lower()}",
                    measure_type="outcome",
                    data_kind="days_between",
                    frequency="event",
                    improvement="increase",
                    chart_type="run",
                    data_source=SOURCE,
                    definition=f"Days from one day with harm to the next: days coloured on the safety cross as "
                    f"{harm_labels}{also}. One point per day with harm; the first one starts the count.",
                ),
            )
        )
    out += [
        (
            "checkin_good",
            MeasureDetails(
                name="Team check-in: % Good",
                measure_type="balancing",
                data_kind="percentage",
                frequency="weekly",
                improvement="increase",
                chart_type="p",
                data_source=SOURCE,
                definition="Of all team check-in answers (Good, OK, Struggling) on the week's huddle sheets, the "
                "percentage that were Good. Complete weeks only; a week with no answers is missing.",
            ),
        ),
        (
            "open_actions",
            MeasureDetails(
                name="Open actions at the end of each week",
                measure_type="process",
                data_kind="count",
                frequency="weekly",
                improvement="decrease",
                chart_type="run",
                unit="actions",
                data_source=SOURCE,
                definition="Actions in the register that had been raised and were not yet done at the end of each "
                "Sunday. This week's point is as of today.",
            ),
        ),
        (
            "overdue_actions",
            MeasureDetails(
                name="Overdue actions at the end of each week",
                measure_type="process",
                data_kind="count",
                frequency="weekly",
                improvement="decrease",
                chart_type="run",
                unit="actions",
                data_source=SOURCE,
                definition="Open actions (as above) whose due date had passed at the end of each Sunday. This "
                "week's point is as of today.",
            ),
        ),
    ]
    return out


class DerivedMeasureService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self.huddles = HuddleService(ctx)
        self.actions = ActionService(ctx)
        self.wards = WardService(ctx)
        self._cache: dict[str, tuple[tuple, dict[str, list[DataPoint]]]] = {}

    def today(self) -> date:
        return self.ctx.now().astimezone().date()

    # -- definitions ----------------------------------------------------------------------
    def measures(self, ward_id: str) -> list[Measure]:
        ward = self.wards.find(ward_id)
        if ward is None:
            return []
        return [Measure(details, derived_key=key, ward_id=ward_id) for key, details in _definitions(ward)]

    def get(self, measure_id: str) -> Measure:
        parts = split_derived_id(measure_id)
        if parts is not None:
            for measure in self.measures(parts[0]):
                if measure.id == measure_id:
                    return measure
        raise NotFound("That measure from the huddle sheets no longer exists (the focus harm may have been removed).")

    # -- data -----------------------------------------------------------------------------
    def points(self, measure_id: str) -> list[DataPoint]:
        measure = self.get(measure_id)
        return self.all_points(measure.ward_id, only=measure.derived_key)[measure.id]

    def all_points(self, ward_id: str, *, only: str | None = None) -> dict[str, list[DataPoint]]:
        """Every derived series for the ward (or just ``only``), from one read of the records.

        The series are reused while nothing they read has changed (same fingerprint of the
        sheets, safety cross, actions and ward, same day), so a list of charts costs one read."""
        key = (source_fingerprint(self.ctx.database, ward_id), self.today())
        cached = self._cache.get(ward_id)
        if cached is not None and cached[0] == key:
            return {k: v for k, v in cached[1].items() if only is None or k == derived_id(ward_id, only)}
        if only is None:
            computed = self._compute(ward_id, None)
            self._cache[ward_id] = (key, computed)
            return dict(computed)
        return self._compute(ward_id, only)

    def _compute(self, ward_id: str, only: str | None) -> dict[str, list[DataPoint]]:
        records = self._read(
            ward_id,
            with_actions=only is None or only.endswith("_actions"),
            harms=only is None or only.startswith("harm_gap:"),
            with_sheets=only is None or not only.endswith("_actions"),
        )
        out: dict[str, list[DataPoint]] = {}
        for measure in self.measures(ward_id):
            key = measure.derived_key
            if only is not None and key != only:
                continue
            out[measure.id] = self._series(key, measure.id, records)
        return out

    def _read(self, ward_id: str, *, with_actions: bool, harms: bool, with_sheets: bool) -> _Records:
        ward = self.wards.get(ward_id)
        today = self.today()
        sheets = self.huddles.sheets_between(ward_id, date(1900, 1, 1), today) if with_sheets else []
        actions = self.actions.register(ward_id) if with_actions else []
        harm_days: dict[str, list[date]] = {}
        if harms:
            for harm in ward.details.focus_harms:
                codes = tuple(c.code for c in harm.colours if c.is_harm)
                days = set(self.huddles.cross.days_with_codes(ward_id, harm.key, codes))
                event_type = EVENT_TYPE_FOR_HARM.get(harm.key)
                if event_type:
                    days.update(self.huddles.sheets.harm_event_days(ward_id, event_type))
                harm_days[harm.key] = sorted(d for d in days if d <= today)
        return _Records(ward, sheets, actions, harm_days, today)

    def _series(self, key: str, measure_id: str, r: _Records) -> list[DataPoint]:
        if key == "huddles_held":
            return self._huddles_held(measure_id, r)
        if key == "attendance":
            return self._attendance(measure_id, r)
        if key.startswith("harm_gap:"):
            return [DataPoint(measure_id, day) for day in r.harm_days.get(key.partition(":")[2], [])]
        if key == "checkin_good":
            return self._checkin(measure_id, r)
        if key in ("open_actions", "overdue_actions"):
            return self._actions(measure_id, r, overdue=key == "overdue_actions")
        raise NotFound(f"Unknown measure from the huddle sheets: {key}.")

    @staticmethod
    def _complete_weeks(first: date, today: date) -> list[date]:
        last_complete = period_start(today, "weekly") - timedelta(days=7)
        if period_start(first, "weekly") > last_complete:
            return []
        return period_range(first, last_complete, "weekly")

    def _huddles_held(self, measure_id: str, r: _Records) -> list[DataPoint]:
        if not r.sheets:
            return []
        held: dict[date, int] = defaultdict(int)
        for sheet in r.sheets:
            if sheet.held:
                held[period_start(sheet.huddle_date, "weekly")] += 1
        weeks = self._complete_weeks(r.sheets[0].huddle_date, r.today)
        return [DataPoint(measure_id, week, value=float(held.get(week, 0))) for week in weeks]

    def _attendance(self, measure_id: str, r: _Records) -> list[DataPoint]:
        slots = {slot: i for i, slot in enumerate(r.ward.details.huddle_slots)}
        held = sorted(
            (s for s in r.sheets if s.held), key=lambda s: (s.huddle_date, slots.get(s.slot, len(slots)), s.slot)
        )
        return [DataPoint(measure_id, s.huddle_date, value=float(len(s.attendees)), detail=s.slot) for s in held]

    def _checkin(self, measure_id: str, r: _Records) -> list[DataPoint]:
        if not r.sheets:
            return []
        good: dict[date, int] = defaultdict(int)
        total: dict[date, int] = defaultdict(int)
        for sheet in r.sheets:
            week = period_start(sheet.huddle_date, "weekly")
            good[week] += sheet.checkin_good or 0
            total[week] += sheet.checkin_total()
        out = []
        for week in self._complete_weeks(r.sheets[0].huddle_date, r.today):
            if total.get(week):
                out.append(DataPoint(measure_id, week, numerator=float(good[week]), denominator=float(total[week])))
        return out

    def _actions(self, measure_id: str, r: _Records, *, overdue: bool) -> list[DataPoint]:
        raised = [a.raised_on or _created_on(a) for a in r.actions]
        if not raised:
            return []
        out = []
        this_week = period_start(r.today, "weekly")
        for week in period_range(min(raised), r.today, "weekly"):
            at = min(week + timedelta(days=6), r.today)
            count = sum(
                1
                for a, start in zip(r.actions, raised, strict=False)
                if _open_at(a, start, at) and (not overdue or (a.due is not None and a.due < at))
            )
            out.append(DataPoint(measure_id, week, value=float(count), detail="so far" if week == this_week else ""))
        return out


def _created_on(action: Action) -> date:
    if action.envelope is not None:
        return date.fromisoformat(action.envelope.created_at[:10])
    return date.min


def _open_at(action: Action, raised: date, at: date) -> bool:
    """Open at the end of day ``at``: raised by then and not done by then."""
    if raised > at:
        return False
    if action.closed_on is not None:
        return action.closed_on > at
    return action.status != "Done"
