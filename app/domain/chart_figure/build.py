"""From a measure's analysed chart (``MeasureChart``) to what is drawn: ``figure_for``.

The analysis is never changed here: the points, flags and lines are the ``analyse()`` result of
the whole series as the measure defines it; only what is shown first (the window), the words and
the labels are decided.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.domain.chart_figure import model as m
from app.domain.chart_figure.model import AimTarget
from app.domain.chart_figure.words import caption_lines, how_lines, summary_lines
from app.domain.chart_words import LINE_NAMES, POINT_WORDS, SIGNAL_WORDS, short_date
from app.domain.measure import CHART_TYPES, format_value
from app.domain.measure_series import Annotation, MeasureChart

#: A series longer than this opens on its most recent WINDOW points; the rest is a scroll away.
LONG_SERIES = 150
WINDOW = 120
SHORT_TEXT = 28  # the longest lane label before the cycle's own name is cut


def figure_for(
    chart: MeasureChart,
    extra: Sequence[Annotation] = (),
    aim: AimTarget | None = None,
    *,
    title: str | None = None,
) -> m.ChartFigure:
    details = chart.details
    n = len(chart.points)
    fmt = _formatter(chart)
    lines = _lines(chart, fmt, aim)
    annotations = sorted([*chart.annotations, *extra], key=lambda a: a.when)
    marks, key = _marks(chart, annotations)
    points = _points(chart, annotations)
    window = (max(0, n - WINDOW), n - 1) if n > LONG_SERIES else (0, max(n - 1, 0))
    natural = _natural(chart)
    how, how_general = how_lines(chart, _position_dates(chart))
    figure = m.ChartFigure(
        title=title or details.name,
        kind_name=CHART_TYPES[chart.kind].split(" (")[0],
        unit=details.display_unit,
        n=n,
        tick_texts=tuple(_tick_text(p.label, details.frequency) for p in chart.points),
        points=points,
        joins=_joins(chart),
        lines=lines,
        marks=marks,
        legend=_legend(points, lines, chart),
        window=window,
        natural=natural,
        summary=summary_lines(chart),
        caption=[],
        how=how,
        variation_icon=chart.variation_icon,
        assurance=chart.assurance,
        problem=chart.problem,
        key=key,
        how_general=how_general,
    )
    figure.caption = caption_lines(chart, figure, aim)
    return figure


def _formatter(chart: MeasureChart) -> str:
    if chart.details.data_kind == "percentage":
        return "{:.1f}%"
    values = [abs(v) for v in chart.analysed if v is not None]
    if values and max(values) >= 100:
        return "{:,.0f}"
    return "{:.2f}"


def _natural(chart: MeasureChart) -> tuple[float | None, float | None]:
    kind = chart.details.data_kind
    if kind == "percentage":
        return 0.0, 100.0
    values = [v for v in chart.analysed if v is not None] + [p.value for p in chart.points if p.value is not None]
    if kind in ("count", "rate", "days_between") or (values and min(values) >= 0):
        return 0.0, None
    return None, None


def _tick_text(label: str, frequency: str) -> str:
    text = short_date(label)
    if frequency == "monthly":
        return text  # "Nov 2026"
    parts = text.split()
    if len(parts) == 3 and parts[2].isdigit():
        return f"{parts[0]} {parts[1]} {parts[2][2:]}"  # "12 Oct 26"
    return text


def _lines(chart: MeasureChart, fmt: str, aim: AimTarget | None) -> list[m.FigureLine]:
    n = len(chart.points)
    out: list[m.FigureLine] = []
    centre = LINE_NAMES["centre_run"] if chart.kind == "run" else LINE_NAMES["centre"]
    styles = {
        "centre": (centre, "solid", m.CENTRE),
        "upper": (LINE_NAMES["upper"], "dashed", m.LIMIT),
        "lower": (LINE_NAMES["lower"], "dashed", m.LIMIT),
    }
    for role in ("upper", "centre", "lower"):
        values: list[float | None] = [None] * n
        found = False
        for seg in chart.lines:
            if seg.role != role:
                continue
            for offset, v in enumerate(seg.values):
                values[seg.start + offset] = v
                found = found or v is not None
        if found:
            name, style, colour = styles[role]
            out.append(m.FigureLine(role, name, style, colour, tuple(values), fmt))
    target = chart.details.target
    if target is not None and n:
        out.append(m.FigureLine("target", LINE_NAMES["target"], "dotted", m.TARGET, (target,) * n, fmt))
    if aim is not None and n and (target is None or abs(aim.value - target) > 1e-9):
        out.append(m.FigureLine("aim", LINE_NAMES["aim"], "dashdot", m.TARGET, (aim.value,) * n, fmt))
    return out


def _joins(chart: MeasureChart) -> list[tuple[int, ...]]:
    """Runs of positions the value line joins: missing periods break it (never bridged), excluded
    points are left off it (drawn hollow on their own, so no spike), rebases break it."""
    breaks = set(chart.rebase_positions)
    runs: list[tuple[int, ...]] = []
    current: list[int] = []
    for i, p in enumerate(chart.points):
        if i in breaks and current:
            runs.append(tuple(current))
            current = []
        if p.value is None:
            if current:
                runs.append(tuple(current))
            current = []
        elif not p.excluded:
            current.append(i)
    if current:
        runs.append(tuple(current))
    return [r for r in runs if len(r) > 1]


def _point_class(chart: MeasureChart, i: int) -> str:
    if chart.points[i].excluded:
        return "excluded"
    flag = chart.flag_at(i)
    if flag is None:
        return "common"
    return f"neutral_{flag.direction}" if flag.type == "neutral" else flag.type


def _points(chart: MeasureChart, annotations: Sequence[Annotation]) -> list[m.FigurePoint]:
    by_date: dict = {}
    for a in annotations:
        if a.kind != "note":  # a point's own note is already in its words
            by_date.setdefault(a.when, []).append(a.label)
    out = []
    for i, p in enumerate(chart.points):
        if p.value is None:
            continue
        cls = _point_class(chart, i)
        flag = chart.flag_at(i)
        if cls == "excluded":
            signal = SIGNAL_WORDS["excluded"] + (f": {p.exclude_reason}" if p.exclude_reason else "")
        elif flag is not None:
            signal = chart.rule_text(flag)
        elif chart.result is None:
            signal = "No signal worked out yet (too few points)"
        else:
            signal = "Common cause variation (no signal)"
        value = format_value(p.value, chart.details)
        if chart.details.is_ratio and p.numerator is not None and p.denominator is not None:
            value += f" ({p.numerator:g} of {p.denominator:g})"
        extra = [f"Note: {p.note}"] if p.note else []
        extra += [f"Marked: {label}" for label in by_date.get(p.period, [])]
        out.append(m.FigurePoint(i, p.value, cls, p.label, value, signal, tuple(extra)))
    return out


_PDSA = re.compile(r"^PDSA\s+(\d+)\s*(?::\s*(.*))?$", re.IGNORECASE)


def _marks(chart: MeasureChart, annotations: Sequence[Annotation]) -> tuple[list[m.FigureMark], list[str]]:
    points = chart.points
    out: list[m.FigureMark] = []
    key: list[str] = []
    groups = sorted({a.group for a in annotations if a.kind == "pdsa" and a.group})
    letters = {g: chr(ord("A") + k) for k, g in enumerate(groups)} if len(groups) > 1 else {}
    for g, letter in letters.items():
        key.append(f"PDSA {letter}…: cycles testing {g}")
    for a in annotations:
        x = next((i for i, p in enumerate(points) if p.period >= a.when), None)
        if x is None:
            continue  # after the last point: no place on the axis yet
        when = f"{a.when.day} {a.when:%b %Y}"
        if a.kind == "pdsa":
            match = _PDSA.match(a.label.strip())
            number, name = (match.group(1), match.group(2) or "") if match else ("", a.label)
            code = f"PDSA {letters.get(a.group, '')}{number}".strip() if number else "PDSA"
            texts = [f"{code}: {_cut(name)}" if name else code, code]
            full = f"{code}: {name or a.label}, from {when}"
            out.append(m.FigureMark(float(x), "pdsa", _unique(texts), full, m.PDSA, "dashed"))
        else:
            text = " ".join(a.label.split())
            texts = [_cut(text), _cut(text, 12), "Note"]
            out.append(m.FigureMark(float(x), "note", _unique(texts), f"{when}: {text}", m.NOTE, "dotted"))
    for pos, reason in zip(chart.rebase_positions, chart.rebase_reasons, strict=False):
        when = short_date(points[pos].label)
        texts = [f"Rebased: {_cut(reason)}", "Rebased"] if reason else ["Rebased"]
        full = f"Rebased from {when}" + (f": {reason}" if reason else "") + ". A new average and limits start here."
        out.append(m.FigureMark(pos - 0.5, "rebase", _unique(texts), full, m.CENTRE, "solid"))
    baseline = chart.result.get("baseline") if chart.result else None
    if baseline:
        starts = [0, *chart.rebase_positions] if chart.kind == "xmr" else [0]
        ends = [*chart.rebase_positions, len(points)] if chart.kind == "xmr" else [len(points)]
        for start, end in zip(starts, ends, strict=False):
            cut = start + baseline
            if cut < end:
                full = (
                    f"The average and limits are fixed on the {baseline} points before {short_date(points[cut].label)}."
                )
                texts = [f"Limits fixed on {baseline} points", "Fixed"]
                out.append(m.FigureMark(cut - 0.5, "baseline", tuple(texts), full, m.NOTE, "dotted"))
    out.sort(key=lambda mark: mark.x)
    key += [mark.full for mark in out if mark.kind in ("pdsa", "note")]  # rebases: in the caption
    return out, key


def _cut(text: str, limit: int = SHORT_TEXT) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:") if " " in text[: limit - 1] else text[: limit - 1]
    return cut + "…"


def _unique(texts: Sequence[str]) -> tuple[str, ...]:
    out: list[str] = []
    for t in texts:
        if t and t not in out:
            out.append(t)
    return tuple(out)


def _legend(points: list[m.FigurePoint], lines: list[m.FigureLine], chart: MeasureChart) -> list[m.LegendEntry]:
    present = {p.cls for p in points}
    entries = []
    for cls in ("common", "improvement", "concern", "neutral_high", "neutral_low", "excluded"):
        if cls in present:
            entries.append(m.LegendEntry("point", cls, m.POINT_SHAPES[cls][1] or m.VALUE_LINE, POINT_WORDS[cls]))
    seen = set()
    for line in lines:
        name = "Upper and lower limits" if line.role in ("upper", "lower") else line.name
        if name in seen:
            continue
        seen.add(name)
        entries.append(m.LegendEntry("line", line.style, line.colour, name))
    return entries


def _position_dates(chart: MeasureChart) -> dict[int, str]:
    return {i: short_date(p.label) for i, p in enumerate(chart.points)}
