"""Run and SPC charts as vector graphics for PDFs: a ``ChartFigure`` (app/domain/chart_figure)
drawn with reportlab, the same description the Measures screen draws, so paper and screen agree.

Layout, top to bottom: the title; the annotation lanes (PDSA cycles, notes, rebases) with a
leader line from each label to its date; the plot, with the line labels ("Upper limit 5.70") in
a right margin outside it; the x labels; the legend, which names each line's style and each
marker's shape. Every string is measured before it is placed (``text_boxes`` reads them back).

    story += chart_flowables([ChartSpec(figure.title, figure=figure)])
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from app.domain.chart_figure import POINT_ORDER, POINT_SHAPES, ChartFigure
from app.domain.chart_figure.layout import lanes_used, place_lanes, spread
from app.domain.chart_figure.model import VALUE_LINE
from app.domain.chart_words import HOW_TITLE
from app.reports import styles as st
from app.reports.chart_shapes import dots, marker
from app.reports.fonts import BOLD, REGULAR, register_fonts

KINDS = ("run", "xmr", "p", "u")
TICK = 6.5  # pt: tick and line labels
LANE = 9.0  # pt: one lane of mark labels
LEGEND = 7.0
DASHES = {"solid": None, "dashed": [4, 2], "dotted": [1, 1.5], "dashdot": [4, 1.5, 1, 1.5]}
SHAPES_NOTE = (
    "Each kind of point has its own shape as well as its colour, so a black-and-white print still "
    "shows every signal; the key under each chart names them."
)


@dataclass(frozen=True)
class ChartSpec:
    """One chart to print: either a ``figure`` (a measure's chart, as the screen draws it) or a
    series with its analyse() result, which is turned into a figure the same way."""

    title: str
    labels: tuple[str, ...] = ()
    values: tuple[float | None, ...] = ()
    result: dict | None = None
    kind: str = "run"
    target: float | None = None
    improvement: str | None = None
    scale: float = 1.0  # p and u charts: 100 for a percentage, 1,000 for a rate per 1,000
    marks: tuple[tuple[int, str], ...] = ()  # (position, "PDSA 2"): labelled marks
    notes: tuple[str, ...] = ()  # extra words under the chart
    excluded: tuple[tuple[int, float], ...] = ()  # (position, value) left out of the analysis
    figure: ChartFigure | None = None

    def to_figure(self) -> ChartFigure:
        if self.figure is not None:
            return self.figure
        if self.kind not in KINDS:
            raise ValueError(f"Chart kind must be one of {', '.join(KINDS)}, not {self.kind!r}.")
        from app.domain.chart_figure.from_result import figure_from_result

        return figure_from_result(
            self.title,
            self.labels,
            self.values,
            self.result or {},
            self.kind,
            target=self.target,
            improvement=self.improvement,
            scale=self.scale,
            marks=self.marks,
            excluded=self.excluded,
        )


def chart_flowables(charts: Sequence[ChartSpec], height: float = 70 * st.MM, how: bool = True) -> list[Any]:
    """Each chart with its summary, caption and key, kept together on a page; then, once, the
    "How this chart is worked out" note for these charts (the technical detail, apart)."""
    from reportlab.platypus import KeepTogether, Paragraph, Spacer

    sheet = st.styles()
    out: list[Any] = []
    figures = []
    for spec in charts:
        figure = spec.to_figure()
        figures.append(figure)
        words = [Paragraph("<b>" + st.text(" ".join(figure.summary)) + "</b>", sheet.small)]
        words.append(Paragraph(st.text(" ".join([*figure.caption, *spec.notes])), sheet.small))
        if figure.key:
            words.append(Paragraph(st.text("Key: " + " · ".join(figure.key)), sheet.small))
        out.append(KeepTogether([Spacer(1, 2 * st.MM), figure_drawing(figure, height=height), *words]))
    if how and figures:
        out += how_note(figures)
    return out


def how_note(figures: Sequence[ChartFigure]) -> list[Any]:
    """ "How these charts are worked out": the method once per kind of chart (naming the charts
    that use it), then each chart's own notes; kept apart from the captions, at the end."""
    from reportlab.platypus import KeepTogether, Paragraph, Spacer

    sheet = st.styles()
    groups: dict[tuple[str, ...], list[str]] = {}
    for figure in figures:
        groups.setdefault(tuple(figure.how[: figure.how_general]), []).append(figure.title)
    paragraphs = []
    for lines, titles in groups.items():
        paragraphs.append(Paragraph(f"<b>{st.text('; '.join(titles))}</b>: " + st.text(" ".join(lines)), sheet.small))
    for figure in figures:
        if figure.how_specific:
            paragraphs.append(
                Paragraph(f"<b>{st.text(figure.title)}</b>: " + st.text(" ".join(figure.how_specific)), sheet.small)
            )
    title = HOW_TITLE.replace("this chart is", "these charts are") if len(figures) > 1 else HOW_TITLE
    heading = Paragraph(st.text(title), sheet.field_label)
    return [Spacer(1, 3 * st.MM), KeepTogether([heading, *paragraphs[:1]]), *paragraphs[1:]]


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
    scale: float = 1.0,
    marks: Sequence[tuple[int, str]] = (),
    excluded: Sequence[tuple[int, float]] = (),
) -> Any:
    """A Drawing of one series and its analyse() result (see ``figure_drawing``)."""
    spec = ChartSpec(
        title,
        tuple(labels),
        tuple(values),
        result,
        kind,
        target,
        improvement,
        scale,
        tuple(marks),
        excluded=tuple(excluded),
    )
    return figure_drawing(spec.to_figure(), width=width, height=height)


def _width(text: str, size: float = TICK, font: str = REGULAR) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(text, font, size)


def figure_drawing(figure: ChartFigure, *, width: float = st.FRAME_WIDTH, height: float = 70 * st.MM) -> Any:
    """A Drawing (flowable) of ``figure``: lanes, plot, right-margin line labels, x labels, legend."""
    register_fonts()
    from reportlab.graphics.shapes import Drawing, Line, PolyLine, String
    from reportlab.lib import colors

    def colour(hex_: str) -> Any:
        return colors.HexColor(hex_)

    drawing = Drawing(width, height, initialFontName=REGULAR, initialFontSize=st.SMALL)
    title = figure.title
    while _width(title, 10, BOLD) > width and len(title) > 8:
        title = title[:-2].rstrip() + "…"
    drawing.add(String(0, height - 10, title, fontName=BOLD, fontSize=10, fillColor=colour(st.NHS_DARK_BLUE)))
    if not figure.points:
        drawing.height = 30
        drawing.contents[0].y = 19
        drawing.add(String(0, 4, figure.problem or "No data to chart yet.", fontName=REGULAR, fontSize=9))
        return drawing
    w0, w1 = figure.window
    span = w1 - w0 + 1
    ticks = figure.y_ticks(count=4 if height < 60 * st.MM else 5)
    y0, y1 = ticks[0], ticks[-1]
    right_texts = [line.label_at(w1) for line in figure.lines]
    left = max(_width(_tick_label(t, figure)) for t in ticks) + 6
    right = width - (max((_width(t) for t in right_texts), default=0) + 6)
    legend_rows = _legend_rows(figure, width)
    bottom = 4 + 11 * len(legend_rows) + 13

    def sx(x: float) -> float:
        return left + (x - w0 + 0.5) * (right - left) / span

    marks = [(sx(mk.x), mk) for mk in figure.marks if w0 - 0.5 <= mk.x <= w1 + 0.5]
    placed = place_lanes(marks, lambda t: _width(t), left, width)
    top = height - 16 - LANE * lanes_used(placed)

    def sy(v: float) -> float:
        v = min(max(v, y0), y1)
        return bottom + (v - y0) / (y1 - y0) * (top - bottom)

    grid = colour("#d8dde0")
    for t in ticks:
        drawing.add(Line(left, sy(t), right, sy(t), strokeColor=grid, strokeWidth=0.4))
        drawing.add(
            String(left - 3, sy(t) - 2.3, _tick_label(t, figure), fontName=REGULAR, fontSize=TICK, textAnchor="end")
        )
    drawing.add(Line(left, bottom, right, bottom, strokeColor=colors.black, strokeWidth=0.6))
    drawing.add(Line(left, bottom, left, top, strokeColor=colors.black, strokeWidth=0.6))
    _x_labels(drawing, figure, sx, left, right, bottom, width)
    for p in placed:  # marks: the line in the plot, the leader line, the label in its lane
        mk = p.mark
        ink = colour(mk.colour)
        drawing.add(Line(p.x, bottom, p.x, top, strokeColor=ink, strokeWidth=0.7, strokeDashArray=DASHES[mk.style]))
        if not p.text:
            continue
        base = top + 2.5 + LANE * p.lane
        end = min(max(p.x, p.left), p.left + p.width)
        drawing.add(Line(end, base - 1, p.x, top, strokeColor=ink, strokeWidth=0.5))
        drawing.add(String(p.left, base, p.text, fontName=REGULAR, fontSize=TICK, fillColor=ink))
    for line in figure.lines:
        for a, b in line.runs():
            a, b = max(a, w0), min(b, w1)
            if a > b:
                continue
            pts: list[float] = []
            for i in range(a, b + 1):
                v = line.values[i]
                if pts and pts[-1] != sy(v):
                    pts += [sx(i - 0.5), sy(v)]
                elif not pts:
                    pts = [sx(i - 0.5), sy(v)]
                pts += [sx(i + 0.5), sy(v)]
            drawing.add(
                PolyLine(pts, strokeColor=colour(line.colour), strokeWidth=1.0, strokeDashArray=DASHES[line.style])
            )
    if figure.lines:  # the right margin: each line's name and value, spread so none overlaps
        wanted = [height - sy(line.value_at(w1) or y0) for line in figure.lines]
        centres = spread(wanted, TICK + 1.5, height - top, height - bottom)
        for line, text, c in zip(figure.lines, right_texts, centres, strict=False):
            if c is None:
                continue
            drawing.add(
                String(
                    right + 4, height - c - 2.3, text, fontName=REGULAR, fontSize=TICK, fillColor=colour(line.colour)
                )
            )
    index = {p.index: p for p in figure.points}
    for run in figure.joins:
        pts = [c for i in run if w0 <= i <= w1 for c in (sx(i), sy(index[i].y))]
        if len(pts) >= 4:
            drawing.add(PolyLine(pts, strokeColor=colour(VALUE_LINE), strokeWidth=0.7 if span > 60 else 0.9))
    size = max(2.2, min(5.5, (right - left) / span * 0.9))
    shown = [p for p in figure.points if w0 <= p.index <= w1]
    common = [(sx(p.index), sy(p.y)) for p in shown if p.cls == "common"]
    if common:
        drawing.add(dots(common, size / 2 * 0.8, POINT_SHAPES["common"][1]))
    for cls in POINT_ORDER[1:]:
        for p in (q for q in shown if q.cls == cls):
            if y0 <= p.y <= y1:
                _point(drawing, cls, sx(p.index), sy(p.y), size)
            else:  # off the scale (a left-out point far from the rest): a hollow triangle at the edge
                shape = "triangle_up" if p.y > y1 else "triangle_down"
                drawing.add(marker(shape, sx(p.index), sy(p.y), size, "#ffffff"))
    _legend(drawing, legend_rows, 4.0)
    return drawing


def _tick_label(value: float, figure: ChartFigure) -> str:
    text = f"{value:,.2f}" if abs(value) < 100 else f"{value:,.0f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text + ("%" if figure.unit == "%" else "")


def _point(drawing: Any, cls: str, x: float, y: float, size: float) -> None:
    from reportlab.graphics.shapes import Circle
    from reportlab.lib import colors

    shape, fill = POINT_SHAPES[cls]
    if fill is None:  # left out of the calculations: hollow, on its own (no line to it)
        drawing.add(
            Circle(x, y, size * 0.45, fillColor=colors.white, strokeColor=colors.HexColor("#404040"), strokeWidth=0.7)
        )
    else:
        drawing.add(marker(shape, x, y, size, fill))


def _x_labels(
    drawing: Any, figure: ChartFigure, sx: Any, left: float, right: float, bottom: float, width: float
) -> None:
    from reportlab.graphics.shapes import Line, String

    w0, w1 = figure.window
    texts = figure.tick_texts
    widest = max((_width(texts[i]) for i in range(w0, w1 + 1)), default=10)
    room = max(1, int((right - left) // (widest + 8)))
    for i in figure.x_ticks(w0, w1, room):
        x = sx(i)
        w = _width(texts[i])
        centre = min(max(x, w / 2), width - w / 2)
        drawing.add(Line(x, bottom, x, bottom - 2, strokeWidth=0.5))
        drawing.add(String(centre, bottom - 10, texts[i], fontName=REGULAR, fontSize=TICK, textAnchor="middle"))


def _legend_rows(figure: ChartFigure, width: float) -> list[list[tuple[Any, float]]]:
    """Legend entries in rows that fit the width: (entry, x of its symbol)."""
    rows: list[list[tuple[Any, float]]] = [[]]
    x = 4.0
    for entry in figure.legend:
        need = 17 + _width(entry.text, LEGEND) + 10
        if rows[-1] and x + need > width:
            rows.append([])
            x = 4.0
        rows[-1].append((entry, x))
        x += need
    return [row for row in rows if row]


def _legend(drawing: Any, rows: list[list[tuple[Any, float]]], y: float) -> None:
    from reportlab.graphics.shapes import Line, String
    from reportlab.lib import colors

    for k, row in enumerate(reversed(rows)):
        base = y + 11 * k
        for entry, x in row:
            if entry.kind == "line":
                drawing.add(
                    Line(
                        x,
                        base + 2.5,
                        x + 14,
                        base + 2.5,
                        strokeColor=colors.HexColor(entry.colour),
                        strokeWidth=1.1,
                        strokeDashArray=DASHES[entry.key],
                    )
                )
            else:
                _point(drawing, entry.key, x + 7, base + 2.5, 5.5)
            drawing.add(String(x + 17, base, entry.text, fontName=REGULAR, fontSize=LEGEND))


def text_boxes(drawing: Any) -> list[tuple[str, float, float, float, float]]:
    """Every string in ``drawing`` as (text, x0, y0, x1, y1), measured with its own font."""
    from reportlab.graphics.shapes import String

    out = []
    for shape in drawing.contents:
        if not isinstance(shape, String):
            continue
        w = _width(shape.text, shape.fontSize, shape.fontName)
        x0 = {"start": shape.x, "middle": shape.x - w / 2, "end": shape.x - w}[shape.textAnchor]
        out.append((shape.text, x0, shape.y - 0.22 * shape.fontSize, x0 + w, shape.y + 0.76 * shape.fontSize))
    return out
