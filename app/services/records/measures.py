"""Use cases for measures and their data: define, enter, paste, exclude, delete, chart.

Every user action is one transaction. Saves name the revision the screen loaded: a save from a
stale screen is refused and overwrites nothing, and a delete is a tombstone. Measures worked out
from the huddle sheets (app/services/records/derived_measures.py) are listed and charted alongside, but
are read-only.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from app.domain.measure import (
    POINT_FIELDS,
    DataPoint,
    Measure,
    MeasureDetails,
    period_label,
    period_start,
    split_derived_id,
    validate_point,
)
from app.domain.measure_series import Annotation, MeasureChart, chart_for
from app.errors import DuplicateRecord, StaleRecordError, ValidationError
from app.services.changes import Changes
from app.services.context import ServiceContext
from app.services.records.derived_measures import DerivedMeasureService
from app.storage.repositories.measures import DataPointRepository, MeasureRepository

READ_ONLY_DERIVED = (
    "This measure is worked out from the daily huddle sheets, so it cannot be changed here: change the sheets instead."
)


@dataclass(frozen=True)
class PointEdit:
    """A change to one period's data, as the screen saw it: ``base`` is the point the screen
    loaded for that period (None when it showed nothing), ``changes`` the fields typed."""

    period: date
    base: DataPoint | None
    changes: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class SaveSummary:
    saved: int = 0
    cleared: int = 0
    points: tuple[DataPoint, ...] = ()  # the points now stored for the edited periods

    @property
    def text(self) -> str:
        parts = []
        if self.saved:
            parts.append(f"{self.saved} value{'s' if self.saved != 1 else ''} saved")
        if self.cleared:
            parts.append(f"{self.cleared} cleared")
        return (", ".join(parts) or "Nothing changed") + "."


def _no_data(measure: Measure) -> str:
    if measure.is_derived:
        return "No data yet: nothing on the daily huddle sheets feeds this measure so far."
    return "No data yet: enter values on the Data tab."


class MeasureService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self.measures = MeasureRepository(ctx.database)
        self.data = DataPointRepository(ctx.database)
        self.derived = DerivedMeasureService(ctx)

    def today(self) -> date:
        return self.ctx.now().astimezone().date()

    # -- reading ------------------------------------------------------------------------
    def list_for_ward(self, ward_id: str) -> list[Measure]:
        """The ward's own measures (not those worked out from the huddle sheets)."""
        return self.measures.for_ward(ward_id)

    def all_for_ward(self, ward_id: str) -> list[Measure]:
        return self.measures.for_ward(ward_id) + self.derived.measures(ward_id)

    def get(self, measure_id: str) -> Measure:
        if split_derived_id(measure_id) is not None:
            return self.derived.get(measure_id)
        return self.measures.get(measure_id)

    def points(self, measure_id: str) -> list[DataPoint]:
        if split_derived_id(measure_id) is not None:
            return self.derived.points(measure_id)
        return self.data.for_measure(measure_id)

    def chart(self, measure_id: str, annotations: Sequence[Annotation] = ()) -> MeasureChart:
        """The measure's chart: its series analysed by the SPC engine, ready to draw.
        ``annotations`` are extra marks such as PDSA cycles (notes are added automatically)."""
        measure = self.get(measure_id)
        return chart_for(measure.details, self.points(measure_id), annotations, no_data=_no_data(measure))

    def overview(self, ward_id: str) -> list[tuple[Measure, MeasureChart]]:
        """Every measure of the ward with its chart (for the list's latest value and icons)."""
        out = [(m, chart_for(m.details, self.data.for_measure(m.id))) for m in self.measures.for_ward(ward_id)]
        derived = self.derived.all_points(ward_id) if self.derived.wards.find(ward_id) else {}
        for measure in self.derived.measures(ward_id):
            out.append((measure, chart_for(measure.details, derived.get(measure.id, []), no_data=_no_data(measure))))
        return out

    # -- measure definitions --------------------------------------------------------------
    def create(self, ward_id: str, details: MeasureDetails) -> tuple[Measure, Changes]:
        clean = details.validated()
        with self.ctx.database.write():
            measure = self.measures.add(ward_id, clean, self.ctx.write_context())
            self.ctx.audit("measure created", {"measures": 1})
        return measure, Changes.MEASURES

    def update(self, measure_id: str, expected_rev: int, details: MeasureDetails) -> tuple[Measure, Changes]:
        self._refuse_derived(measure_id)
        clean = details.validated()
        current = self.measures.get(measure_id)
        old = current.details
        if (clean.data_kind, clean.frequency) != (old.data_kind, old.frequency):
            count = self.data.count_for_measure(measure_id)
            if count:
                what = "kind of data" if clean.data_kind != old.data_kind else "frequency"
                raise ValidationError(
                    f"This measure already has {count} data point{'s' if count != 1 else ''}, so its {what} cannot "
                    "change (the values would no longer mean the same thing). Make a new measure instead.",
                    "data_kind" if what == "kind of data" else "frequency",
                )
        with self.ctx.database.write():
            measure = self.measures.update(measure_id, expected_rev, clean, self.ctx.write_context())
        return measure, Changes.MEASURES

    def delete(self, measure_id: str, expected_rev: int) -> Changes:
        """Tombstone the measure and all its data points, as one action."""
        self._refuse_derived(measure_id)
        with self.ctx.database.write():
            wctx = self.ctx.write_context()
            self.measures.tombstone(measure_id, expected_rev, wctx)
            points = self.data.for_measure(measure_id)
            for point in points:
                assert point.id is not None and point.rev is not None
                self.data.tombstone(point.id, point.rev, wctx)
            self.ctx.audit("measure deleted", {"measures": 1, "data_points": len(points)})
        return Changes.MEASURES

    # -- data ----------------------------------------------------------------------------
    def save_points(self, measure_id: str, edits: Sequence[PointEdit]) -> tuple[SaveSummary, Changes]:
        """Save typed or pasted data as one action. Every edit is checked before anything is
        written, so one bad cell saves nothing; a period someone else changed since the screen
        loaded it is refused (nothing is overwritten). A point left with no number, note or
        exclusion is deleted (tombstoned)."""
        self._refuse_derived(measure_id)
        measure = self.measures.get(measure_id)
        details = measure.details
        today = self.today()
        planned: list[tuple[PointEdit, DataPoint]] = []
        seen: set[date] = set()
        for edit in edits:
            unknown = set(edit.changes) - set(POINT_FIELDS)
            if unknown:
                raise ValueError(f"unknown data point fields: {sorted(unknown)}")
            period = period_start(edit.period, details.frequency)
            if period in seen:
                raise ValidationError(f"{period_label(period, details.frequency)} appears twice in one save.")
            seen.add(period)
            start = edit.base if edit.base is not None else DataPoint(measure_id, period)
            wanted = validate_point(details, replace(start, period=period, **edit.changes), today=today)
            planned.append((edit, wanted))
        saved = cleared = 0
        result: list[DataPoint] = []
        with self.ctx.database.write():
            wctx = self.ctx.write_context()
            for edit, wanted in planned:
                live = self.data.find(measure_id, wanted.period)
                label = period_label(wanted.period, details.frequency)
                if edit.base is None and live is not None:
                    raise StaleRecordError(
                        f"Someone else entered data for {label} while you had this measure open. "
                        "Nothing was saved: reload to see it, then make your change again."
                    )
                if edit.base is not None and (live is None or live.id != edit.base.id):
                    raise StaleRecordError(
                        f"Someone else deleted the data for {label} while you had this measure "
                        "open. Nothing was saved: reload, then make your change again."
                    )
                if wanted.is_empty(details.data_kind):
                    if live is not None:
                        assert edit.base is not None and edit.base.rev is not None
                        self.data.tombstone(live.id or "", edit.base.rev, wctx)
                        cleared += 1
                    continue
                if live is None:
                    try:
                        stored = self.data.add(measure.ward_id, wanted, wctx)
                    except DuplicateRecord:
                        raise StaleRecordError(
                            f"Someone else entered data for {label} at the same moment. Nothing "
                            "was saved: reload, then make your change again."
                        ) from None
                else:
                    assert edit.base is not None and edit.base.rev is not None
                    stored = self.data.update(live.id or "", edit.base.rev, wanted, wctx)
                result.append(stored)
                saved += 1
            if len(planned) > 1:
                self.ctx.audit("measure data saved", {"data_points": saved, "cleared": cleared})
        return SaveSummary(saved, cleared, tuple(result)), Changes.MEASURES

    def add_event(self, measure_id: str, day: date, note: str = "") -> tuple[DataPoint, Changes]:
        """Record one event (for "each event" measures, such as days between harms)."""
        measure = self.get(measure_id)
        if measure.details.frequency != "event":
            raise ValidationError("Only measures recorded per event take event dates; type values in the grid.")
        if self.data.find(measure_id, day) is not None:
            raise ValidationError(
                f"{period_label(day, 'event')} is already on the list. Add a note to it instead, for example '2 falls'."
            )
        summary, changes = self.save_points(measure_id, [PointEdit(day, None, {"note": note})])
        return summary.points[0], changes

    def set_excluded(
        self, measure_id: str, point: DataPoint, excluded: bool, reason: str = ""
    ) -> tuple[DataPoint, Changes]:
        """Leave a point out of the calculations (it stays on the chart, drawn hollow), with a reason."""
        summary, changes = self.save_points(
            measure_id,
            [PointEdit(point.period, point, {"excluded": excluded, "exclude_reason": reason if excluded else ""})],
        )
        return summary.points[0], changes

    def delete_point(self, point: DataPoint) -> Changes:
        if point.id is None or point.rev is None:
            raise ValidationError("There is no saved value there to delete.")
        self._refuse_derived(point.measure_id)
        with self.ctx.database.write():
            self.data.tombstone(point.id, point.rev, self.ctx.write_context())
            self.ctx.audit("measure data point deleted", {"data_points": 1})
        return Changes.MEASURES

    @staticmethod
    def save_chart_file(path: str, data: bytes) -> None:
        """Write an exported chart (PNG or SVG bytes) all-or-nothing: a temporary file in the same
        folder, fsynced, then renamed over the target. Safe to run off the UI thread."""
        from app.export_format.atomic_file import write_atomically

        write_atomically(path, data)

    @staticmethod
    def _refuse_derived(measure_id: str) -> None:
        if split_derived_id(measure_id) is not None:
            raise ValidationError(READ_ONLY_DERIVED)
