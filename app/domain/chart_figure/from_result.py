"""A figure for a series that is not a stored measure (the weekly pack's huddle length and
attendance): labels, values and their ``analyse()`` result, drawn exactly as a measure's chart."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from app.domain.chart_figure.build import figure_for
from app.domain.chart_figure.model import ChartFigure
from app.domain.measure import MeasureDetails
from app.domain.measure_series import Annotation, MeasureChart, SeriesPoint, apply_result

_FIRST = date(2000, 1, 3)  # stand-in periods: only the order matters, the labels are what is shown


def figure_from_result(
    title: str,
    labels: Sequence[str],
    values: Sequence[float | None],
    result: dict,
    kind: str,
    *,
    target: float | None = None,
    improvement: str | None = None,
    scale: float = 1.0,
    marks: Sequence[tuple[int, str]] = (),
    excluded: Sequence[tuple[int, float]] = (),
    unit: str = "",
) -> ChartFigure:
    if kind == "p" or scale == 100.0:
        data_kind = "percentage"
    elif kind == "u":
        data_kind = "rate"
    else:
        data_kind = "continuous"
    details = MeasureDetails(
        name=title,
        data_kind=data_kind,
        frequency="event",
        improvement=improvement or result.get("improvement") or "neutral",
        target=target if target is not None else result.get("target"),
        chart_type=kind,
        unit=unit,
        rate_per=int(scale) if kind == "u" and scale >= 100 else 1000,
    )
    hollow = dict(excluded)
    n = max(len(values), len(result.get("ratios") or []))
    ys = list(values) + [None] * (n - len(values))
    if kind in ("p", "u") and not any(v is not None for v in ys):
        ys = [None if r is None else r * scale for r in result.get("ratios") or []]
    points = []
    for i in range(n):
        label = str(labels[i]) if i < len(labels) else str(i + 1)
        if i in hollow:
            points.append(SeriesPoint(_FIRST + timedelta(days=i), label, hollow[i], excluded=True))
        else:
            points.append(SeriesPoint(_FIRST + timedelta(days=i), label, ys[i]))
    analysed = [None if p.excluded else p.value for p in points]
    chart = MeasureChart(details, points, kind, analysed)
    chart.rebase_positions = list(result.get("rebase") or [])
    chart.rebase_reasons = ["" for _ in chart.rebase_positions]
    if result.get("segments"):
        apply_result(chart, result, scale)
    notes = [Annotation(_FIRST + timedelta(days=pos), label, "pdsa") for pos, label in marks if 0 <= pos < n]
    return figure_for(chart, notes)
