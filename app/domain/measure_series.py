"""From a measure's data points to what its chart shows: the series, the ``analyse()`` result,
the flagged points, the icons, the lines and the words.

The chart widget draws exactly this and nothing else, so what a ward sees on screen is what the
SPC engine (``app.domain.spc.analyse``) returned. Plain Python, no I/O.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from app.domain.chart_words import (
    ASSURANCE_TEXT,
    LINE_NAMES,
    RULE_SETS,
    RULE_WORDS,
    TYPE_WORDS,
    VARIATION_TEXT,
)
from app.domain.measure import (
    MIN_POINTS,
    DataPoint,
    MeasureDetails,
    format_value,
    period_label,
    period_range,
    period_start,
    plotted_value,
)
from app.domain.run_flags import FlaggedPoint, run_flags
from app.domain.spc import analyse

__all__ = ["ASSURANCE_TEXT", "RULE_SETS", "VARIATION_TEXT", "Annotation", "MeasureChart", "chart_for", "run_flags"]


@dataclass(frozen=True)
class Annotation:
    """Something to mark on a chart at a date: a note, a PDSA cycle, a rebase or a baseline.
    ``kind`` picks the style; the chart draws any list of these."""

    when: date
    label: str
    kind: str = "note"  # "note", "pdsa", "rebase", "baseline", or anything else (drawn plainly)
    group: str = ""  # what it belongs to (a PDSA cycle's project), so cycles of two projects differ


@dataclass(frozen=True)
class SeriesPoint:
    period: date
    label: str
    value: float | None  # plotted value (percentages 0-100, rates per rate_per); None = missing
    numerator: float | None = None
    denominator: float | None = None
    note: str = ""
    excluded: bool = False
    exclude_reason: str = ""
    point_id: str | None = None


@dataclass(frozen=True)
class LineSegment:
    """A centre or limit line over positions ``start``..``end`` (inclusive): one value per
    position (constant for run and XmR charts, stepping with the denominator for p and u)."""

    role: str  # centre / upper / lower
    start: int
    end: int
    values: tuple[float | None, ...]


@dataclass
class MeasureChart:
    details: MeasureDetails
    points: list[SeriesPoint]
    kind: str
    analysed: list[float | None]  # the values given to analyse(), display units; excluded = None
    result: dict | None = None
    flagged: list[FlaggedPoint] = field(default_factory=list)
    lines: list[LineSegment] = field(default_factory=list)
    rebase_positions: list[int] = field(default_factory=list)
    rebase_reasons: list[str] = field(default_factory=list)  # one per position
    annotations: list[Annotation] = field(default_factory=list)
    problem: str = ""  # "not enough data for limits", or bad input, in plain words
    messages: list[str] = field(default_factory=list)
    variation_icon: str | None = None
    assurance: str | None = None
    _flag_index: dict[int, FlaggedPoint] = field(default_factory=dict, repr=False, compare=False)

    @property
    def rule_set(self) -> str:
        return RULE_SETS[self.kind]

    @property
    def centre_name(self) -> str:
        return LINE_NAMES["centre_run"] if self.kind == "run" else LINE_NAMES["centre"]

    @property
    def has_limits(self) -> bool:
        return any(line.role == "upper" for line in self.lines)

    @property
    def latest(self) -> SeriesPoint | None:
        return next((p for p in reversed(self.points) if p.value is not None), None)

    def flag_at(self, index: int) -> FlaggedPoint | None:
        if len(self._flag_index) != len(self.flagged):  # built on first use (flagged is set once)
            self._flag_index = {f.index: f for f in self.flagged}
        return self._flag_index.get(index)

    @property
    def variation_text(self) -> str:
        if self.variation_icon is None:
            return "No variation icon: " + self.why_no_icon
        return VARIATION_TEXT[self.variation_icon]

    @property
    def why_no_icon(self) -> str:
        """Why a chart has no variation icon, in a few words ('not enough points for limits yet')."""
        if not self.points:
            return "no data yet"
        if self.result is None and self.problem.startswith("Not enough data"):
            have = sum(v is not None for v in self.analysed)
            return f"not enough points for limits yet ({have} of {MIN_POINTS[self.kind]})"
        return "this chart cannot be worked out" if self.problem else "no data yet"

    @property
    def assurance_text(self) -> str:
        if self.assurance is not None:
            return ASSURANCE_TEXT[self.assurance]
        if self.details.target is None:
            return "No assurance icon: the measure has no target."
        if self.kind != "xmr":
            return "No assurance icon: assurance against a target needs an XmR chart."
        if self.result is None:
            return "No assurance icon: " + self.why_no_icon + "."
        return "No assurance icon: the last period has no limits."

    def rule_text(self, flag: FlaggedPoint) -> str:
        centre = "median" if self.kind == "run" else "average"
        words = RULE_WORDS[flag.rule].format(
            updown="up" if flag.direction == "high" else "down",
            side="above" if flag.direction == "high" else "below",
            centre=centre,
        )
        return f"{TYPE_WORDS[flag.type]} ({words})"

    def describe(self, index: int) -> str:
        """The hover text for a point: date, value, note and rule."""
        p = self.points[index]
        lines = [p.label, "Value: " + format_value(p.value, self.details)]
        if self.details.is_ratio and p.numerator is not None and p.denominator is not None:
            lines[-1] += f" ({p.numerator:g} of {p.denominator:g})"
        if p.note:
            lines.append(f"Note: {p.note}")
        if p.excluded:
            lines.append(f"Excluded from the calculations: {p.exclude_reason}")
        flag = self.flag_at(index)
        if flag is not None:
            lines.append(self.rule_text(flag))
        elif self.result is not None and p.value is not None and not p.excluded:
            lines.append("Common cause variation (no signal)")
        return "\n".join(lines)


# ----------------------------------------------------------------------------------------------
# building the series


def build_series(details: MeasureDetails, points: Sequence[DataPoint]) -> list[SeriesPoint]:
    """One entry per period from the first to the last data point (missing periods are gaps,
    never zeros); for "each event" measures, one per event in date order. Days between events
    are worked out from consecutive event dates (the first event starts the count)."""
    ordered = sorted(points, key=lambda p: p.period)  # stable: same-day events keep their order
    if not ordered:
        return []
    freq = details.frequency
    if freq == "event":
        out = []
        previous: date | None = None
        for p in ordered:
            if details.data_kind == "days_between":
                value = float((p.period - previous).days) if previous is not None else None
                previous = p.period
            else:
                value = plotted_value(details, p)
            label = period_label(p.period, freq) + (f" ({p.detail})" if p.detail else "")
            out.append(
                SeriesPoint(
                    p.period, label, value, p.numerator, p.denominator, p.note, p.excluded, p.exclude_reason, p.id
                )
            )
        return out
    by_period = {period_start(p.period, freq): p for p in ordered}
    out = []
    for period in period_range(ordered[0].period, ordered[-1].period, freq):
        p = by_period.get(period)
        label = period_label(period, freq)
        if p is None:
            out.append(SeriesPoint(period, label, None))
        else:
            out.append(
                SeriesPoint(
                    period,
                    label + (f" ({p.detail})" if p.detail else ""),
                    plotted_value(details, p),
                    p.numerator,
                    p.denominator,
                    p.note,
                    p.excluded,
                    p.exclude_reason,
                    p.id,
                )
            )
    return out


def rebase_positions(details: MeasureDetails, points: Sequence[SeriesPoint]) -> tuple[dict[int, str], list[str]]:
    """Series positions where each rebase starts a new period (with its reason), and notes on
    any that cannot be used."""
    positions: dict[int, str] = {}
    notes: list[str] = []
    for rebase in details.rebase:
        label = period_label(rebase.period, details.frequency)
        index = next((i for i, p in enumerate(points) if p.period >= rebase.period), None)
        if index is None:
            notes.append(f"The rebase at {label} is after the last data point, so it is not used yet.")
        elif index == 0:
            notes.append(f"The rebase at {label} is at or before the first data point, so it changes nothing.")
        elif index not in positions:
            positions[index] = rebase.reason
    return dict(sorted(positions.items())), notes


# ----------------------------------------------------------------------------------------------
# analysis


def chart_for(
    details: MeasureDetails,
    points: Sequence[DataPoint],
    annotations: Sequence[Annotation] = (),
    *,
    no_data: str = "No data yet: enter values on the Data tab.",
) -> MeasureChart:
    """Analyse a measure's data exactly as the charts spec says and say what to draw."""
    series = build_series(details, points)
    kind = details.chart_type
    analysed = [None if p.excluded else p.value for p in series]
    chart = MeasureChart(details, series, kind, analysed)
    chart.annotations = _annotations(details, series, annotations)
    rebases, notes = rebase_positions(details, series)
    positions = list(rebases)
    chart.rebase_positions = positions
    chart.rebase_reasons = list(rebases.values())
    chart.messages.extend(notes)
    n_values = sum(v is not None for v in analysed)
    needed = MIN_POINTS[kind]
    if not series:
        chart.problem = no_data
        return chart
    if n_values < needed:
        chart_name = {"run": "a run chart", "xmr": "an XmR chart", "p": "a p chart", "u": "a u chart"}[kind]
        lines = "a median" if kind == "run" else "an average or limits"
        chart.problem = (
            f"Not enough data for limits yet: {n_values} of the {needed} values {chart_name} needs. "
            f"The points are shown without {lines}, and no rules are applied."
        )
        return chart
    opts: dict = {"rebase": positions, "improvement": details.improvement}
    if details.baseline:
        opts["baseline"] = details.baseline
    if kind == "xmr":
        opts["screen_outliers"] = details.screen_outliers
        if details.target is not None:
            opts["target"] = details.target
    scale = 1.0
    values: list[float | None] | None = analysed
    if kind in ("p", "u"):
        scale = 100.0 if details.data_kind == "percentage" else float(details.rate_per)
        keep = [not p.excluded and p.value is not None for p in series]
        opts["numerators"] = [p.numerator if k else None for p, k in zip(series, keep, strict=False)]
        opts["denominators"] = [p.denominator if k else None for p, k in zip(series, keep, strict=False)]
        values = None
    try:
        result = analyse(values, kind, **opts)
    except ValueError as error:  # bad data that slipped past validation: say so, draw no rules
        chart.problem = f"This chart cannot be worked out: {error}"
        return chart
    apply_result(chart, result, scale)
    return chart


def apply_result(chart: MeasureChart, result: dict, scale: float = 1.0) -> None:
    """Fill ``chart`` from an ``analyse()`` result: flags, lines (in display units) and icons."""
    kind = chart.kind
    chart.result = result
    chart.messages.extend(result["messages"])
    if kind == "run":
        chart.flagged = run_flags(result, chart.analysed, chart.details.improvement)
    else:
        chart.flagged = [
            FlaggedPoint(p["index"], p["rule"], p["direction"], p["type"]) for p in result["special_cause_points"]
        ]
    chart.lines = _lines(result, kind, len(chart.points), scale)
    if kind == "xmr":
        chart.variation_icon = result["variation_icon"]
        chart.assurance = result["assurance"]
    else:
        chart.variation_icon = _variation_from_last(chart)


def _annotations(details: MeasureDetails, series: list[SeriesPoint], extra: Sequence[Annotation]) -> list[Annotation]:
    out = [Annotation(p.period, p.note, "note") for p in series if p.note]
    out.extend(extra)
    return sorted(out, key=lambda a: a.when)


def _lines(result: dict, kind: str, n: int, scale: float) -> list[LineSegment]:
    lines: list[LineSegment] = []
    for seg in result["segments"]:
        start, end = seg["start"], seg["end"]
        if end < start:
            continue
        width = end - start + 1
        if kind == "run":
            if seg["median"] is not None:
                lines.append(LineSegment("centre", start, end, (seg["median"],) * width))
        elif kind == "xmr":
            if seg["mean"] is not None:
                lines.append(LineSegment("centre", start, end, (seg["mean"],) * width))
            if seg["upper"] is not None:
                lines.append(LineSegment("upper", start, end, (seg["upper"],) * width))
                lines.append(LineSegment("lower", start, end, (seg["lower"],) * width))
        else:
            if seg["centre"] is not None:
                lines.append(LineSegment("centre", start, end, (seg["centre"] * scale,) * width))
                for role, key in (("upper", "upper_limits"), ("lower", "lower_limits")):
                    vals = tuple(None if v is None else v * scale for v in result[key][start : end + 1])
                    if any(v is not None for v in vals):
                        lines.append(LineSegment(role, start, end, vals))
    return lines


def _variation_from_last(chart: MeasureChart) -> str | None:
    """Run, p and u charts: the variation icon from the last position, as Making Data Count does
    for XmR (common cause unless the last point is flagged)."""
    if not chart.points:
        return None
    flag = chart.flag_at(len(chart.points) - 1)
    if flag is None or chart.analysed[-1] is None:
        return "common_cause"
    return f"{flag.type}_{flag.direction}"
