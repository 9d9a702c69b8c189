"""Run and SPC charts as vector graphics for PDFs, drawn from the same ``analyse()`` result the
screen uses (app/domain/spc.py), so paper and screen always agree.

Points use the Making Data Count colours (spc_xmr.POINT_TYPE_COLOURS) **and** the same marker
shapes as the Measures screen (app/ui/charts/spc_chart.py: diamond improvement, square concern,
triangle up/down special cause with no direction set, circle common cause, hollow circle excluded),
with a legend, so a black-and-white print still shows every signal.

    drawing = chart_drawing(labels, values, analyse(values, "xmr", improvement="decrease"),
                            "Falls per 1,000 bed days", "xmr")
    story.append(drawing)          # a reportlab Flowable
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from app.domain.spc.xmr import POINT_TYPE_COLOURS
from app.reports import styles as st
from app.reports.fonts import BOLD, REGULAR, register_fonts

MARKERS = {
    "common_cause": "circle",
    "special_cause_improvement": "diamond",
    "special_cause_concern": "square",
    "special_cause_neutral_high": "triangle_up",
    "special_cause_neutral_low": "triangle_down",
}
LEGEND_LABELS = {  # the screen's words (spc_chart.POINT_STYLE)
    "common_cause": "Common cause",
    "special_cause_improvement": "Special cause improvement",
    "special_cause_concern": "Special cause concern",
    "special_cause_neutral_high": "Special cause, higher (no direction set)",
    "special_cause_neutral_low": "Special cause, lower (no direction set)",
}
LINE_COLOUR = "#7f7f7f"
CENTRE_COLOUR = "#231f20"
LIMIT_COLOUR = "#425563"
TARGET_COLOUR = "#8a1538"
PDSA_COLOUR = "#490092"  # as the Measures screen draws a PDSA cycle (dashed purple)
KINDS = ("run", "xmr", "p", "u")
SHAPES_NOTE = (
    "Marker shapes as well as colours show each signal: diamond = special cause improvement, "
    "square = special cause concern, triangle = special cause with no direction set, "
    "circle = common cause, hollow circle = excluded from the calculations."
)


@dataclass(frozen=True)
class ChartSpec:
    """One chart to print: the series, its analyse() result, and how to draw and explain it."""

    title: str
    labels: tuple[str, ...]
    values: tuple[float | None, ...]
    result: dict
    kind: str
    target: float | None = None
    improvement: str | None = None
    scale: float = 1.0  # p and u charts: 100 for a percentage, 1,000 for a rate per 1,000
    marks: tuple[tuple[int, str], ...] = ()  # (position, "PDSA 2"): labelled vertical lines
    notes: tuple[str, ...] = ()  # words under the chart; default: what the rules found
    excluded: tuple[tuple[int, float], ...] = ()  # (position, value) left out of the analysis: hollow


def chart_flowables(charts: Sequence[ChartSpec], height: float = 70 * st.MM) -> list[Any]:
    """Each chart with its notes, starting a new page rather than splitting a chart from its words."""
    from reportlab.platypus import CondPageBreak, Paragraph, Spacer

    small = st.styles().small
    out: list[Any] = []
    for chart in charts:
        notes = chart.notes or tuple(chart_summary(chart.result, chart.kind))
        out += [
            CondPageBreak(height + (6 + 5 * len(notes)) * st.MM),
            Spacer(1, 2 * st.MM),
            chart_drawing(
                chart.labels,
                chart.values,
                chart.result,
                chart.title,
                chart.kind,
                height=height,
                improvement=chart.improvement,
                target=chart.target,
                scale=chart.scale,
                marks=chart.marks,
                excluded=chart.excluded,
            ),
        ]
        out += [Paragraph(st.text(line), small) for line in notes]
    return out


def point_types(values: Sequence[float | None], result: dict, kind: str, improvement: str | None = None) -> list[str]:
    """One NHSRplotthedots point type per position, classified exactly as the screen does: XmR
    from the result; p and u from its special-cause points; run charts by the measures screen's
    own IHI shift/trend classification (app.domain.measure_series)."""
    from app.domain.measure_series import _run_flags  # the screen's rule, reused rather than copied

    n = len(values)
    types = ["common_cause"] * n
    if kind == "xmr" and result.get("point_types"):
        return list(result["point_types"])
    if kind == "run":
        if result.get("segments") is None or "shift_points" not in result:
            return types
        improvement = improvement or result.get("improvement") or "neutral"
        flags = [(f.index, f.direction, f.type) for f in _run_flags(result, list(values), improvement)]
    else:
        flags = [(p["index"], p["direction"], p["type"]) for p in result.get("special_cause_points", [])]
    for index, direction, kind_of_cause in flags:
        if 0 <= index < n:
            types[index] = (
                f"special_cause_neutral_{direction}" if kind_of_cause == "neutral" else f"special_cause_{kind_of_cause}"
            )
    return types


def _per_position(result: dict, key: str, n: int) -> list[float | None]:
    """A segment statistic (median, mean, upper, lower) spread over each position."""
    out: list[float | None] = [result.get(key)] * n
    for seg in result.get("segments") or []:
        for i in range(seg["start"], min(seg["end"], n - 1) + 1):
            out[i] = seg.get(key)
    return out


def _series(
    result: dict, kind: str, values: Sequence[float | None], scale: float
) -> tuple[list[float | None], dict[str, list]]:
    """The plotted values and the reference lines, position by position. p and u results are
    proportions and rates per 1; ``scale`` (100 for a percentage, 1,000 for a rate per 1,000
    bed days) puts them in the units the screen shows."""
    if kind in ("p", "u"):
        ratios = result.get("ratios") or []
        n = len(ratios) or len(values)

        def scaled(key: str) -> list[float | None]:
            raw = result.get(key) or [None] * n
            return [None if v is None else v * scale for v in raw]

        ys = list(values) if any(v is not None for v in values) else scaled("ratios")
        return ys, {"centre": scaled("centre_line"), "upper": scaled("upper_limits"), "lower": scaled("lower_limits")}
    n = len(values)
    if kind == "xmr":
        return list(values), {
            "centre": _per_position(result, "mean", n),
            "upper": _per_position(result, "upper", n),
            "lower": _per_position(result, "lower", n),
        }
    return list(values), {"centre": _per_position(result, "median", n), "upper": [None] * n, "lower": [None] * n}


def nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    if high <= low:
        high = low + 1
    raw = (high - low) / max(count, 1)
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    start = math.floor(low / step) * step
    ticks = [round(start, 10)]
    while ticks[-1] < high - step * 1e-6:  # the last tick is at or above the highest value
        ticks.append(round(ticks[-1] + step, 10))
    return ticks


def _fmt(value: float) -> str:
    if abs(value) >= 100 or value == int(value):
        return f"{value:,.0f}"
    return f"{value:.2f}".rstrip("0").rstrip(".") if abs(value) < 1 else f"{value:.1f}"


def marker(shape: str, x: float, y: float, size: float, fill: str) -> Any:
    from reportlab.graphics.shapes import Circle, Polygon, Rect
    from reportlab.lib import colors

    colour = colors.HexColor(fill)
    edge = colors.HexColor("#231f20") if shape != "circle" else colour
    r = size / 2
    if shape == "circle":
        return Circle(x, y, r * 0.8, fillColor=colour, strokeColor=edge, strokeWidth=0.4)
    if shape == "square":
        return Rect(x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7, fillColor=colour, strokeColor=edge, strokeWidth=0.5)
    if shape == "diamond":
        return Polygon(
            [x, y + r * 1.15, x + r * 1.15, y, x, y - r * 1.15, x - r * 1.15, y],
            fillColor=colour,
            strokeColor=edge,
            strokeWidth=0.5,
        )
    if shape == "triangle_up":
        return Polygon(
            [x, y + r * 1.2, x + r * 1.1, y - r * 0.8, x - r * 1.1, y - r * 0.8],
            fillColor=colour,
            strokeColor=edge,
            strokeWidth=0.5,
        )
    return Polygon(
        [x, y - r * 1.2, x + r * 1.1, y + r * 0.8, x - r * 1.1, y + r * 0.8],
        fillColor=colour,
        strokeColor=edge,
        strokeWidth=0.5,
    )


_dots_class: Any = None


def dots(centres: Sequence[tuple[float, float]], r: float, fill: str, stroke_width: float = 0.4) -> Any:
    """Filled circles of one colour (as ``marker("circle", ...)`` draws each) as ONE path: a Path
    subclass ``Dots`` whose ``centres`` and ``r`` say where the circles are. Non-zero filling,
    so overlapping dots stay filled; edges in the fill colour, as the single circles have."""
    global _dots_class
    from reportlab.graphics.shapes import FILL_NON_ZERO, Path
    from reportlab.lib import colors

    if _dots_class is None:
        from reportlab.lib.attrmap import AttrMap, AttrMapValue
        from reportlab.lib.validators import isAnything

        class Dots(Path):
            _attrMap = AttrMap(BASE=Path, centres=AttrMapValue(isAnything), r=AttrMapValue(isAnything))

        _dots_class = Dots
    colour = colors.HexColor(fill)
    path = _dots_class(
        fillColor=colour, strokeColor=colour, strokeWidth=stroke_width, fillMode=FILL_NON_ZERO, autoclose="pdf"
    )
    path.centres, path.r = list(centres), r
    k = 0.5522847498 * r  # four cubic Beziers make a circle
    for x, y in centres:
        path.moveTo(x + r, y)
        path.curveTo(x + r, y + k, x + k, y + r, x, y + r)
        path.curveTo(x - k, y + r, x - r, y + k, x - r, y)
        path.curveTo(x - r, y - k, x - k, y - r, x, y - r)
        path.curveTo(x + k, y - r, x + r, y - k, x + r, y)
        path.closePath()
    return path


def chart_drawing(
    labels: Sequence[str],
    values: Sequence[float | None],
    result: dict,
    title: str,
    kind: str,
    *,
    width: float = st.FRAME_WIDTH,
    height: float = 70 * st.MM,
    improvement: str | None = None,
    target: float | None = None,
    y_label: str = "",
    scale: float = 1.0,
    marks: Sequence[tuple[int, str]] = (),
    excluded: Sequence[tuple[int, float]] = (),
) -> Any:
    """A Drawing (flowable) of one chart: centre line, process limits (XmR, p, u), an optional
    target, the data with every point marked by its type, x labels and a legend. ``marks`` are
    (position, label) pairs drawn as labelled vertical lines, e.g. the start of each PDSA cycle;
    ``excluded`` (position, value) points left out of the analysis, drawn hollow."""
    if kind not in KINDS:
        raise ValueError(f"Chart kind must be one of {', '.join(KINDS)}, not {kind!r}.")
    register_fonts()
    from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, String
    from reportlab.lib import colors

    ys, lines = _series(result, kind, values, scale)
    n = len(ys)
    if target is None:
        target = result.get("target")
    types = point_types(ys, result, kind, improvement)
    drawing = Drawing(width, height, initialFontName=REGULAR, initialFontSize=st.SMALL)
    drawing.add(String(0, height - 11, title, fontName=BOLD, fontSize=10, fillColor=colors.HexColor(st.NHS_DARK_BLUE)))
    left, right, top, bottom = 34.0, width - 8, height - 20, 42.0
    known = [y for y in ys if y is not None] + [value for _pos, value in excluded]
    known += [v for key in ("centre", "upper", "lower") for v in lines[key] if v is not None]
    if target is not None:
        known.append(target)
    if not known:  # the title and one line, not an empty frame
        drawing = Drawing(width, 30, initialFontName=REGULAR, initialFontSize=st.SMALL)
        drawing.add(String(0, 19, title, fontName=BOLD, fontSize=10, fillColor=colors.HexColor(st.NHS_DARK_BLUE)))
        drawing.add(String(0, 4, "No data to chart yet.", fontName=REGULAR, fontSize=9))
        return drawing
    low, high = min(known), max(known)
    pad = (high - low) * 0.08 or max(abs(high) * 0.1, 1)
    floor = max(low - pad, 0.0) if low >= 0 else low - pad  # counts never dip below zero
    ticks = nice_ticks(floor, high + pad)
    y0, y1 = ticks[0], ticks[-1]

    def sx(i: float) -> float:
        return left + (i + 0.5) * (right - left) / max(n, 1)

    def sy(v: float) -> float:
        return bottom + (v - y0) / (y1 - y0) * (top - bottom)

    grey = colors.HexColor("#d8dde0")
    for t in ticks:
        drawing.add(Line(left, sy(t), right, sy(t), strokeColor=grey, strokeWidth=0.4))
        drawing.add(String(left - 3, sy(t) - 2.5, _fmt(t), fontName=REGULAR, fontSize=7, textAnchor="end"))
    drawing.add(Line(left, bottom, right, bottom, strokeColor=colors.black, strokeWidth=0.6))
    drawing.add(Line(left, bottom, left, top, strokeColor=colors.black, strokeWidth=0.6))
    if y_label:
        drawing.add(String(2, top + 3, y_label, fontName=REGULAR, fontSize=7))
    # x labels, thinned so they never overlap
    shown = [str(label)[:20] for label in labels[:n]]
    widest = max((_text_width(label, 6.5) for label in shown), default=0)
    step = max(1, math.ceil((widest + 6) / ((right - left) / max(n, 1))))
    for i in range(0, len(shown), step):
        drawing.add(String(sx(i), bottom - 10, shown[i], fontName=REGULAR, fontSize=6.5, textAnchor="middle"))
    for pos in result.get("rebase") or []:
        drawing.add(
            Line(
                sx(pos - 0.5),
                bottom,
                sx(pos - 0.5),
                top,
                strokeColor=colors.HexColor(LIMIT_COLOUR),
                strokeWidth=0.6,
                strokeDashArray=[1, 2],
            )
        )
    for n_mark, (pos, label) in enumerate(marks):
        if 0 <= pos < n:
            x = sx(pos)
            drawing.add(
                Line(
                    x, bottom, x, top, strokeColor=colors.HexColor(PDSA_COLOUR), strokeWidth=0.7, strokeDashArray=[3, 2]
                )
            )
            drawing.add(
                String(
                    x + 2,
                    top - 8 - 8 * (n_mark % 3),
                    label[:28],
                    fontName=REGULAR,
                    fontSize=6.5,
                    fillColor=colors.HexColor(PDSA_COLOUR),
                )
            )
    legend: list[tuple[str, str]] = []  # (kind of entry, label)
    centre_name = {"run": "Median", "xmr": "Mean"}.get(kind, "Centre line")
    if _draw_steps(drawing, lines["centre"], sx, sy, colors.HexColor(CENTRE_COLOUR), 1.1, None):
        legend.append(("line-solid", centre_name))
    drew_upper = _draw_steps(drawing, lines["upper"], sx, sy, colors.HexColor(LIMIT_COLOUR), 0.9, [4, 2])
    drew_lower = _draw_steps(drawing, lines["lower"], sx, sy, colors.HexColor(LIMIT_COLOUR), 0.9, [4, 2])
    if drew_upper or drew_lower:
        legend.append(("line-dashed", "Process limits"))
    if target is not None:
        drawing.add(
            Line(
                left,
                sy(target),
                right,
                sy(target),
                strokeColor=colors.HexColor(TARGET_COLOUR),
                strokeWidth=1,
                strokeDashArray=[1, 1.5],
            )
        )
        legend.append(("line-dotted", f"Target {_fmt(target)}"))
    points: list[float] = []
    for i, y in enumerate(ys):  # the data line, broken at missing values
        if y is None:
            if len(points) >= 4:
                drawing.add(PolyLine(points, strokeColor=colors.HexColor(LINE_COLOUR), strokeWidth=0.9))
            points = []
            continue
        points += [sx(i), sy(y)]
    if len(points) >= 4:
        drawing.add(PolyLine(points, strokeColor=colors.HexColor(LINE_COLOUR), strokeWidth=0.9))
    size = max(2.5, min(5.5, (right - left) / max(n, 1) * 0.9))
    # Common-cause circles (most points) go in as one path of dots rather than a Circle each, then
    # the special-cause markers on top: a 5-year daily chart is otherwise ~1,800 shapes, each
    # drawn with its own graphics state (the weekly pack's time). They look the same.
    common = [(sx(i), sy(y)) for i, y in enumerate(ys) if y is not None and MARKERS[types[i]] == "circle"]
    if common:
        drawing.add(dots(common, size / 2 * 0.8, POINT_TYPE_COLOURS["common_cause"]))
    for i, y in enumerate(ys):
        if y is not None and MARKERS[types[i]] != "circle":
            drawing.add(marker(MARKERS[types[i]], sx(i), sy(y), size, POINT_TYPE_COLOURS[types[i]]))
    hollow = [(pos, value) for pos, value in excluded if 0 <= pos < n]
    for pos, value in hollow:
        drawing.add(
            Circle(
                sx(pos),
                sy(value),
                size * 0.45,
                fillColor=colors.white,
                strokeColor=colors.HexColor(LINE_COLOUR),
                strokeWidth=0.8,
            )
        )
    present = [t for t in MARKERS if t in {types[i] for i, y in enumerate(ys) if y is not None}]
    legend += [(t, LEGEND_LABELS[t]) for t in present]
    if hollow:
        legend.append(("excluded", "Excluded from the calculations"))
    _draw_legend(drawing, legend, left, 6)
    return drawing


def _draw_steps(drawing: Any, line: list, sx: Any, sy: Any, colour: Any, width: float, dash: list | None) -> bool:
    """A reference line that may change value (rebased period, p/u limits): horizontal steps,
    each position's value across its slot with a vertical join where the value changes, broken
    where there is no value. Each unbroken stretch is one PolyLine, with a corner only where the
    value changes: a 5-year daily chart was thousands of separate Lines, each drawn with its own
    graphics state, and most of the weekly pack's time."""
    from reportlab.graphics.shapes import PolyLine

    drew = False
    points: list[float] = []
    for i, v in enumerate(line):
        if v is None:
            continue
        if not points:
            points = [sx(i - 0.5), sy(v)]
        nxt = line[i + 1] if i + 1 < len(line) else None
        if nxt != v:  # the value changes or the line stops: finish this step
            points += [sx(i + 0.5), sy(v)]
            if nxt is None:
                drawing.add(PolyLine(points, strokeColor=colour, strokeWidth=width, strokeDashArray=dash))
                points = []
            else:
                points += [sx(i + 0.5), sy(nxt)]
        drew = True
    return drew


def _draw_legend(drawing: Any, entries: list[tuple[str, str]], x: float, y: float) -> None:
    from reportlab.graphics.shapes import Circle, Line, String
    from reportlab.lib import colors

    for entry, label in entries:
        if entry.startswith("line-"):
            dash = {"line-solid": None, "line-dashed": [4, 2], "line-dotted": [1, 1.5]}[entry]
            colour = {"line-solid": CENTRE_COLOUR, "line-dashed": LIMIT_COLOUR, "line-dotted": TARGET_COLOUR}[entry]
            drawing.add(
                Line(
                    x, y + 3, x + 14, y + 3, strokeColor=colors.HexColor(colour), strokeWidth=1.1, strokeDashArray=dash
                )
            )
            x += 17
        elif entry == "excluded":
            drawing.add(
                Circle(
                    x + 4, y + 3, 2.5, fillColor=colors.white, strokeColor=colors.HexColor(LINE_COLOUR), strokeWidth=0.8
                )
            )
            x += 11
        else:
            drawing.add(marker(MARKERS[entry], x + 4, y + 3, 6, POINT_TYPE_COLOURS[entry]))
            x += 11
        drawing.add(String(x, y, label, fontName=REGULAR, fontSize=7))
        x += _text_width(label, 7) + 10
        if x > drawing.width - 60:  # wrap onto a second legend line
            x, y = 34.0, y + 11


def _text_width(label: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(label, REGULAR, size)


def chart_summary(result: dict, kind: str) -> list[str]:
    """Plain-English lines under a chart: what the rules found, and the engine's own notes."""
    lines: list[str] = []
    if kind == "run":
        if result.get("shift"):
            lines.append("Shift: 6 or more points in a row on one side of the median.")
        if result.get("trend"):
            lines.append("Trend: 5 or more points in a row going up or down.")
        if result.get("too_few_runs") or result.get("too_many_runs"):
            lines.append("Too " + ("few" if result.get("too_few_runs") else "many") + " runs for chance alone.")
    else:
        rules = {p.get("rule") for p in result.get("special_cause_points", [])}
        words = {
            "outside_limits": "a point outside the process limits",
            "trend": "a trend of 7 points",
            "two_in_three": "2 of 3 points close to a limit",
            "shift": "a shift of 7 points",
        }
        found = [words[r] for r in ("outside_limits", "trend", "two_in_three", "shift") if r in rules]
        if found:
            lines.append("Special cause: " + ", ".join(found) + ".")
        if result.get("assurance_label"):
            lines.append(f"Assurance against the target: {result['assurance_label']}.")
    if not lines and result.get("n_points"):
        lines.append("No special-cause signal: only common-cause variation.")
    return lines + list(result.get("messages") or [])
