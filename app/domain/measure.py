"""Measures and their data points (domain-and-forms.md §A5): definitions, validation, periods
and how a value is shown. What people type or paste into the data (UK numbers and dates, Excel's
clipboard) is read in app/domain/measure_input.py.

Plain Python, no I/O. A measure's values are one per period (day, week commencing Monday,
calendar month) or, for "each event" measures such as days between harms, one per event date.
Percentages and rates are stored as numerator and denominator and worked out when charted.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from app.domain.envelope import Envelope, Enveloped
from app.errors import ValidationError

MEASURE_TYPES = {"outcome": "Outcome", "process": "Process", "balancing": "Balancing"}
DATA_KINDS = {
    "count": "Count",
    "percentage": "Percentage (numerator and denominator)",
    "rate": "Rate (events per 1,000 bed days or similar)",
    "continuous": "Continuous value (minutes, scores...)",
    "days_between": "Days between events",
}
FREQUENCIES = {"daily": "Daily", "weekly": "Weekly", "monthly": "Monthly", "event": "Each event"}
IMPROVEMENTS = {"increase": "Higher is better", "decrease": "Lower is better", "neutral": "Neither (no direction)"}
CHART_TYPES = {
    "run": "Run chart (median)",
    "xmr": "XmR chart (SPC, Making Data Count)",
    "p": "p chart (proportions)",
    "u": "u chart (rates)",
}
#: Which chart suits which data (charts-spec.md §5: p needs a numerator out of a denominator,
#: u a count per unit of exposure).
CHARTS_FOR_KIND = {
    "count": ("run", "xmr"),
    "percentage": ("run", "xmr", "p"),
    "rate": ("run", "xmr", "u"),
    "continuous": ("run", "xmr"),
    "days_between": ("run", "xmr"),
}
#: Fewest values before a chart gets a centre line and limits: the IHI runs table starts at 10
#: useful observations; Making Data Count fixes limits on at least 12 points (spec §2.3, §4).
MIN_POINTS = {"run": 10, "xmr": 12, "p": 12, "u": 12}
RATE_PER_CHOICES = (100, 1000, 10_000, 100_000)
RATIO_KINDS = ("percentage", "rate")

MAX_NAME = 120
MAX_NOTE = 500
MAX_REASON = 300


# ----------------------------------------------------------------------------------------------
# periods


def period_start(day: date, frequency: str) -> date:
    """The period holding ``day``: the day, the Monday of its week, the 1st of its month."""
    if frequency == "weekly":
        return day - timedelta(days=day.weekday())
    if frequency == "monthly":
        return day.replace(day=1)
    return day


def next_period(period: date, frequency: str, steps: int = 1) -> date:
    if frequency == "weekly":
        return period + timedelta(weeks=steps)
    if frequency == "monthly":
        months = period.year * 12 + period.month - 1 + steps
        return date(months // 12, months % 12 + 1, 1)
    return period + timedelta(days=steps)


def period_range(first: date, last: date, frequency: str) -> list[date]:
    """Every period from ``first`` to ``last`` inclusive (regular frequencies only)."""
    if frequency == "event":
        raise ValueError("event measures have no regular periods")
    out: list[date] = []
    current = period_start(first, frequency)
    last = period_start(last, frequency)
    while current <= last:
        out.append(current)
        current = next_period(current, frequency)
    return out


def period_label(period: date, frequency: str) -> str:
    if frequency == "weekly":
        return f"w/c {period:%d %b %Y}"
    if frequency == "monthly":
        return f"{period:%b %Y}"
    if frequency == "daily":
        return f"{period:%a %d %b %Y}"
    return f"{period:%d %b %Y}"


PERIOD_WORDS = {"daily": "day", "weekly": "week", "monthly": "month", "event": "event"}


# ----------------------------------------------------------------------------------------------
# the measure definition


@dataclass(frozen=True)
class RebasePoint:
    """Where a new period of the chart starts (own centre line and limits), and why."""

    period: date
    reason: str


@dataclass(frozen=True)
class MeasureDetails:
    """What a user types about a measure (§A5); validated before it reaches storage."""

    name: str
    measure_type: str = "process"
    definition: str = ""
    data_kind: str = "count"
    frequency: str = "weekly"
    improvement: str = "increase"
    target: float | None = None
    chart_type: str = "run"
    baseline: int | None = None
    rebase: tuple[RebasePoint, ...] = ()
    unit: str = ""
    rate_per: int = 1000
    data_source: str = ""
    screen_outliers: bool = True

    @property
    def is_ratio(self) -> bool:
        return self.data_kind in RATIO_KINDS

    @property
    def display_unit(self) -> str:
        if self.data_kind == "percentage":
            return "%"
        if self.data_kind == "rate":
            return f"per {self.rate_per:,}" + (f" {self.unit}" if self.unit else "")
        if self.data_kind == "days_between":
            return "days"
        return self.unit

    def validated(self) -> MeasureDetails:
        name = " ".join(self.name.split())
        if not name:
            raise ValidationError("Give the measure a name, for example 'Falls per 1,000 bed days'.", "name")
        if len(name) > MAX_NAME:
            raise ValidationError(f"Keep the measure's name under {MAX_NAME} characters.", "name")
        for value, options, what, fld in (
            (self.measure_type, MEASURE_TYPES, "measure type", "measure_type"),
            (self.data_kind, DATA_KINDS, "kind of data", "data_kind"),
            (self.frequency, FREQUENCIES, "frequency", "frequency"),
            (self.improvement, IMPROVEMENTS, "improvement direction", "improvement"),
            (self.chart_type, CHART_TYPES, "chart type", "chart_type"),
        ):
            if value not in options:
                raise ValidationError(f"'{value}' is not a {what}.", fld)
        if self.data_kind == "days_between" and self.frequency != "event":
            raise ValidationError(
                "Days between events are recorded once per event: choose 'Each event' as the frequency.", "frequency"
            )
        if self.chart_type not in CHARTS_FOR_KIND[self.data_kind]:
            allowed = ", ".join(CHART_TYPES[c] for c in CHARTS_FOR_KIND[self.data_kind])
            need = {
                "p": "percentage data (a numerator out of a denominator)",
                "u": "rate data (events out of a denominator such as bed days)",
            }.get(self.chart_type, "other data")
            raise ValidationError(
                f"A {CHART_TYPES[self.chart_type]} needs {need}. For "
                f"{DATA_KINDS[self.data_kind].lower()} choose: {allowed}.",
                "chart_type",
            )
        target = self.target
        if target is not None:
            if isinstance(target, bool) or not isinstance(target, (int, float)) or not math.isfinite(target):
                raise ValidationError("The target must be a number, or blank for no target.", "target")
            target = float(target)
            if self.data_kind == "percentage" and not 0 <= target <= 100:
                raise ValidationError("A percentage target must be between 0 and 100.", "target")
            if self.improvement == "neutral":
                raise ValidationError(
                    "A target needs a direction: choose 'Higher is better' or 'Lower is better'.", "target"
                )
        baseline = self.baseline
        if baseline is not None:
            if isinstance(baseline, bool) or not isinstance(baseline, int):
                raise ValidationError("The baseline is a whole number of points.", "baseline")
            if baseline == 0:
                baseline = None
            elif baseline < MIN_POINTS[self.chart_type]:
                raise ValidationError(
                    f"A baseline needs at least {MIN_POINTS[self.chart_type]} points for a "
                    f"{CHART_TYPES[self.chart_type].split(' (')[0]}"
                    + (" (Making Data Count fixes limits on at least 12 points)." if self.chart_type == "xmr" else "."),
                    "baseline",
                )
            elif baseline > 1000:
                raise ValidationError("A baseline of more than 1,000 points is not sensible.", "baseline")
        rebase: list[RebasePoint] = []
        seen: set[date] = set()
        for point in sorted(self.rebase, key=lambda r: r.period):
            start = period_start(point.period, self.frequency)
            reason = " ".join(point.reason.split())
            if not reason:
                raise ValidationError(
                    f"Say why the chart is rebased at {period_label(start, self.frequency)}: "
                    "rebase only when the reason for the change is known.",
                    "rebase",
                )
            if len(reason) > MAX_REASON:
                raise ValidationError(f"Keep each rebase reason under {MAX_REASON} characters.", "rebase")
            if start in seen:
                raise ValidationError(f"There are two rebases at {period_label(start, self.frequency)}.", "rebase")
            seen.add(start)
            rebase.append(RebasePoint(start, reason))
        if self.rate_per not in RATE_PER_CHOICES:
            raise ValidationError("A rate is per 100, 1,000, 10,000 or 100,000.", "rate_per")
        unit = " ".join(self.unit.split())
        if len(unit) > 40:
            raise ValidationError("Keep the unit short (under 40 characters), for example 'minutes'.", "unit")
        definition = self.definition.strip()
        if len(definition) > 4000:
            raise ValidationError("Keep the operational definition under 4,000 characters.", "definition")
        source = " ".join(self.data_source.split())
        if len(source) > 200:
            raise ValidationError("Keep the data source under 200 characters.", "data_source")
        return replace(
            self,
            name=name,
            target=target,
            baseline=baseline,
            rebase=tuple(rebase),
            unit=unit,
            definition=definition,
            data_source=source,
            screen_outliers=bool(self.screen_outliers),
        )


@dataclass(frozen=True)
class Measure:
    """A measure as stored (``envelope``) or derived from other records (``derived_key``)."""

    details: MeasureDetails
    envelope: Envelope | None = None
    derived_key: str = ""
    ward_id: str = ""

    @property
    def id(self) -> str:
        if self.envelope is not None:
            return self.envelope.uuid
        return derived_id(self.ward_id, self.derived_key)

    @property
    def rev(self) -> int | None:
        return self.envelope.rev if self.envelope else None

    @property
    def name(self) -> str:
        return self.details.name

    @property
    def is_derived(self) -> bool:
        return bool(self.derived_key)


DERIVED_PREFIX = "derived:"


def derived_id(ward_id: str, key: str) -> str:
    """The id of a measure worked out from other records (never stored): ``derived:<ward>:<key>``."""
    return f"{DERIVED_PREFIX}{ward_id}:{key}"


def split_derived_id(measure_id: str) -> tuple[str, str] | None:
    if not measure_id.startswith(DERIVED_PREFIX):
        return None
    ward_id, _, key = measure_id[len(DERIVED_PREFIX) :].partition(":")
    return ward_id, key


# ----------------------------------------------------------------------------------------------
# data points


@dataclass(frozen=True)
class DataPoint(Enveloped):
    """One period's (or one event's) data. ``value`` for counts and continuous values; numerator
    and denominator for percentages and rates; nothing for days between events (worked out from
    the event dates). ``detail`` is extra wording for derived points (never stored)."""

    measure_id: str
    period: date
    value: float | None = None
    numerator: float | None = None
    denominator: float | None = None
    note: str = ""
    excluded: bool = False
    exclude_reason: str = ""
    envelope: Envelope | None = None
    detail: str = field(default="", compare=False)

    def is_empty(self, data_kind: str) -> bool:
        """Nothing worth keeping: no number, no note, not excluded (an event date is data)."""
        if data_kind == "days_between":
            return False
        return (
            self.value is None
            and self.numerator is None
            and self.denominator is None
            and not self.note
            and not self.excluded
        )


POINT_FIELDS = ("value", "numerator", "denominator", "note", "excluded", "exclude_reason")


def validate_point(details: MeasureDetails, point: DataPoint, *, today: date) -> DataPoint:
    """Check one data point against its measure; raise ValidationError saying which period."""
    period = period_start(point.period, details.frequency)
    label = period_label(period, details.frequency)
    if period > today:
        word = PERIOD_WORDS[details.frequency]
        raise ValidationError(
            f"{label} has not started yet: data can only be entered for a {word} that has begun.", "period"
        )
    value, numerator, denominator = point.value, point.numerator, point.denominator
    for number in (value, numerator, denominator):
        if number is not None and (isinstance(number, bool) or not math.isfinite(number)):
            raise ValidationError(f"{label}: only finite numbers can be charted.", "value")
    kind = details.data_kind
    if kind in RATIO_KINDS:
        value = None
        if denominator is not None and denominator <= 0:
            what = "a percentage" if kind == "percentage" else "a rate"
            raise ValidationError(
                f"{label}: the denominator is {denominator:g}. {what.capitalize()} needs a "
                "denominator greater than 0; leave both blank if there was no data.",
                "denominator",
            )
        if numerator is not None and numerator < 0:
            raise ValidationError(f"{label}: the numerator cannot be negative.", "numerator")
        if kind == "percentage" and numerator is not None and denominator is not None and numerator > denominator:
            raise ValidationError(
                f"{label}: the numerator ({numerator:g}) is larger than the denominator "
                f"({denominator:g}), which would be over 100%.",
                "numerator",
            )
    else:
        numerator = denominator = None
        if kind == "days_between":
            value = None
        elif kind == "count" and value is not None and (value < 0 or not float(value).is_integer()):
            raise ValidationError(f"{label}: a count is a whole number of 0 or more, not {value:g}.", "value")
    note = " ".join(point.note.split())
    if len(note) > MAX_NOTE:
        raise ValidationError(f"{label}: keep the note under {MAX_NOTE} characters.", "note")
    reason = " ".join(point.exclude_reason.split())
    if point.excluded and not reason:
        raise ValidationError(f"{label}: say why this point is excluded from the calculations.", "exclude_reason")
    if len(reason) > MAX_REASON:
        raise ValidationError(f"{label}: keep the reason under {MAX_REASON} characters.", "exclude_reason")
    return replace(
        point,
        period=period,
        value=value,
        numerator=numerator,
        denominator=denominator,
        note=note,
        excluded=bool(point.excluded),
        exclude_reason=reason if point.excluded else "",
    )


def plotted_value(details: MeasureDetails, point: DataPoint) -> float | None:
    """The number charted for a point (percentages 0-100, rates per ``rate_per``); None if missing."""
    if details.data_kind in RATIO_KINDS:
        if point.numerator is None or point.denominator is None or point.denominator <= 0:
            return None
        scale = 100 if details.data_kind == "percentage" else details.rate_per
        return point.numerator / point.denominator * scale
    return point.value


def format_value(value: float | None, details: MeasureDetails) -> str:
    if value is None:
        return "missing"
    if details.data_kind == "percentage":
        return f"{value:.1f}%"
    if abs(value - round(value)) < 1e-9 and abs(value) < 1e12:
        text = f"{round(value):,}"
    elif abs(value) >= 100:
        text = f"{value:,.1f}"
    else:
        text = f"{value:,.2f}"
    unit = details.display_unit
    if text == "1" and unit in _SINGULAR:
        unit = _SINGULAR[unit]
    return f"{text} {unit}".strip()


_SINGULAR = {
    "days": "day",
    "people": "person",
    "huddles": "huddle",
    "actions": "action",
    "minutes": "minute",
    "falls": "fall",
}
