"""Use cases for the culture pulse (§A6): the team check-in from the daily sheets, and the quarterly
local pulse of the nine NQPS items entered as anonymous counts.

Results below :data:`app.domain.pulse.MIN_RESPONSES` answers are never shown (the domain returns
None for them), so a small team's answers cannot be picked out.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from app.domain.measure import derived_id
from app.domain.measure_series import MeasureChart
from app.domain.pulse import (
    NQPS_QUESTIONS,
    ItemSeries,
    PulseSurvey,
    blank_items,
    item_series,
    quarter_start,
    shift_quarter,
)
from app.errors import DuplicateRecord, StaleRecordError, ValidationError
from app.services.changes import Changes
from app.services.context import ServiceContext
from app.services.records.huddles import HuddleService
from app.services.records.measures import MeasureService
from app.storage.repositories.projects import PulseRepository

CHECKIN_KEY = "checkin_good"


@dataclass(frozen=True)
class CheckinWeek:
    week: date  # Monday
    good: int
    ok: int
    struggling: int

    @property
    def total(self) -> int:
        return self.good + self.ok + self.struggling


class PulseService:
    def __init__(self, ctx: ServiceContext, huddles: HuddleService, measures: MeasureService) -> None:
        self.ctx = ctx
        self.huddles = huddles
        self.measures = measures
        self.surveys = PulseRepository(ctx.database)

    def today(self) -> date:
        return self.ctx.now().astimezone().date()

    # -- the team check-in (from the daily sheets) ---------------------------------------------
    def checkin_measure_id(self, ward_id: str) -> str:
        return derived_id(ward_id, CHECKIN_KEY)

    def checkin_chart(self, ward_id: str) -> MeasureChart:
        """'% Good' per week, as worked out by the derived measures and analysed like any chart."""
        return self.measures.chart(self.checkin_measure_id(ward_id))

    def checkin_weeks(self, ward_id: str, weeks: int = 12) -> list[CheckinWeek]:
        """The check-in counts (Good, OK, Struggling) per week, newest last, for the last ``weeks``
        weeks including this one; weeks with no answers are left out."""
        today = self.today()
        monday = today - timedelta(days=today.weekday())
        first = monday - timedelta(weeks=weeks - 1)
        totals: dict[date, list[int]] = {}
        for sheet in self.huddles.sheets_between(ward_id, first, today):
            if not sheet.held:
                continue
            week = sheet.huddle_date - timedelta(days=sheet.huddle_date.weekday())
            counts = totals.setdefault(week, [0, 0, 0])
            counts[0] += sheet.checkin_good or 0
            counts[1] += sheet.checkin_ok or 0
            counts[2] += sheet.checkin_struggling or 0
        return [CheckinWeek(week, *counts) for week, counts in sorted(totals.items()) if sum(counts)]

    # -- the quarterly pulse ----------------------------------------------------------------------
    def quarters(self, ward_id: str, back: int = 8) -> list[date]:
        """Quarters to offer: this one and the ``back - 1`` before it, plus any older ones on file."""
        this = quarter_start(self.today())
        offered = {shift_quarter(this, -i) for i in range(back)}
        offered |= {s.quarter_start for s in self.surveys.for_ward(ward_id)}
        return sorted(offered, reverse=True)

    def survey_for(self, ward_id: str, quarter: date) -> PulseSurvey:
        """The saved pulse for that quarter, or a new blank one with this year's NQPS wording."""
        existing = self.surveys.find(ward_id, quarter)
        if existing is not None:
            return existing
        return PulseSurvey(ward_id, quarter_start(quarter), blank_items(NQPS_QUESTIONS))

    def surveys_for(self, ward_id: str) -> list[PulseSurvey]:
        return self.surveys.for_ward(ward_id)

    def save(self, survey: PulseSurvey) -> tuple[PulseSurvey, Changes]:
        clean = survey.validated()
        if clean.quarter_start > self.today():
            raise ValidationError("That quarter has not started yet.", "quarter_start")
        with self.ctx.database.write():
            wctx = self.ctx.write_context()
            if clean.is_saved:
                assert clean.rev is not None
                saved = self.surveys.update(clean, clean.rev, wctx)
            else:
                try:
                    saved = self.surveys.add(replace(clean, envelope=None), wctx)
                except DuplicateRecord:
                    raise StaleRecordError(
                        f"Someone else has just entered the pulse for {clean.label}. Nothing was overwritten: "
                        "choose the quarter again to see theirs."
                    ) from None
        return saved, Changes.PROJECTS

    def delete(self, survey: PulseSurvey) -> Changes:
        if survey.id is None or survey.rev is None:
            raise ValidationError("This pulse has not been saved, so there is nothing to delete.")
        with self.ctx.database.write():
            self.surveys.tombstone(survey.id, survey.rev, self.ctx.write_context())
            self.ctx.audit("culture pulse deleted", {"pulse_surveys": 1})
        return Changes.PROJECTS

    def results(self, ward_id: str) -> list[ItemSeries]:
        """Each question over the quarters on file (% positive; None where hidden or missing)."""
        return item_series(self.surveys.for_ward(ward_id))
