"""What a chart shows, independent of how it is drawn: the pyqtgraph widget and the reportlab
drawing both render a ``ChartFigure`` and nothing else, so a fix to a label or a line lands on
screen and on paper at once.

X coordinates are series positions (0, 1, 2, ...; a rebase sits half-way between two points), Y
coordinates are display units (percentages 0-100, rates per 1,000). Plain Python.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from app.domain.chart_words import STYLE_WORDS

GREY = "#a6a6a6"  # common cause (NHSRplotthedots ptd_spc_colours)
BLUE = "#00b0f0"  # special cause improvement
ORANGE = "#e46c0a"  # special cause concern
PURPLE = "#490092"  # special cause with no direction set
VALUE_LINE = "#7f7f7f"
CENTRE = "#231f20"
LIMIT = "#425563"
TARGET = "#c8102e"
NOTE = "#404040"
PDSA = "#490092"

#: point class -> (shape, fill colour or None for hollow)
POINT_SHAPES = {
    "common": ("circle", GREY),
    "improvement": ("diamond", BLUE),
    "concern": ("square", ORANGE),
    "neutral_high": ("triangle_up", PURPLE),
    "neutral_low": ("triangle_down", PURPLE),
    "excluded": ("circle", None),
}
POINT_ORDER = ("common", "excluded", "neutral_low", "neutral_high", "concern", "improvement")


@dataclass(frozen=True)
class AimTarget:
    """A project's aim, drawn on its measure's chart (the aim's own number, not the measure's)."""

    value: float
    text: str  # "Aim: 95% by 31 Mar 2027"


@dataclass(frozen=True)
class FigurePoint:
    index: int
    y: float
    cls: str  # a POINT_SHAPES key
    date_text: str
    value_text: str
    signal: str  # in words: "Special cause improvement (a run of points above the average)"
    extra: tuple[str, ...] = ()  # note, exclusion reason, annotations on that date

    @property
    def tooltip(self) -> str:
        return "\n".join((self.date_text, f"Value: {self.value_text}", self.signal, *self.extra))


@dataclass(frozen=True)
class FigureLine:
    """A reference line: its name, style and value per position (None where it does not run);
    p and u limits step with the denominator, other lines are flat within a period."""

    role: str  # centre / upper / lower / target / aim
    name: str  # "Average", "Upper limit", ...
    style: str  # solid / dashed / dotted / dashdot
    colour: str
    values: tuple[float | None, ...]
    value_format: str = "{:g}"  # how the right-margin label prints the number

    def value_at(self, x: float) -> float | None:
        """The line's value at position ``x`` (the nearest position it covers to the left)."""
        i = min(max(int(math.floor(x + 0.5)), 0), len(self.values) - 1)
        while i >= 0 and self.values[i] is None:
            i -= 1
        return self.values[i] if i >= 0 else None

    def label_at(self, x: float) -> str:
        value = self.value_at(x)
        return self.name if value is None else f"{self.name} {number_text(value, self.value_format)}"

    def runs(self) -> list[tuple[int, int]]:
        """Stretches of positions (inclusive) where the line has a value, broken at rebases."""
        out: list[tuple[int, int]] = []
        start = None
        for i, v in enumerate((*self.values, None)):
            if v is not None and start is None:
                start = i
            elif v is None and start is not None:
                out.append((start, i - 1))
                start = None
        return out


@dataclass(frozen=True)
class FigureMark:
    """A vertical mark at a date with a label in the lanes above the plot: a PDSA cycle, a note,
    a rebase or the end of a baseline. ``texts`` go from the fullest to the shortest; the
    renderer uses the longest that fits and the key (paper) or tooltip (screen) gives ``full``."""

    x: float
    kind: str  # pdsa / note / rebase / baseline / other
    texts: tuple[str, ...]
    full: str
    colour: str
    style: str  # dashed / dotted / solid


@dataclass(frozen=True)
class LegendEntry:
    kind: str  # "point" or "line"
    key: str  # point class, or line style
    colour: str
    words: str

    @property
    def text(self) -> str:
        if self.kind == "line":
            return f"{self.words} ({STYLE_WORDS[self.key]})"
        return self.words


@dataclass
class ChartFigure:
    title: str
    kind_name: str  # "XmR chart", "Run chart", ...
    unit: str
    n: int  # positions
    tick_texts: tuple[str, ...]  # short date per position, for the x axis
    points: list[FigurePoint]
    joins: list[tuple[int, ...]]  # runs of positions the value line joins (excluded points skipped)
    lines: list[FigureLine]
    marks: list[FigureMark]
    legend: list[LegendEntry]
    window: tuple[int, int]  # positions shown first (inclusive); the whole series is a scroll away
    natural: tuple[float | None, float | None]  # the measure's natural range (0-100 for a percentage)
    summary: list[str]  # headline words (latest point, special causes, assurance)
    caption: list[str]  # plain English under the chart
    how: list[str]  # "How this chart is worked out" (technical), shown on demand
    variation_icon: str | None = None
    assurance: str | None = None
    problem: str = ""
    key: list[str] = field(default_factory=list)  # full texts of abbreviated marks, for paper
    how_general: int = 0  # how many of ``how`` are the same for every chart of this kind

    @property
    def how_specific(self) -> list[str]:
        """This chart's own technical notes (screened moving ranges, short periods, ...)."""
        return self.how[self.how_general :]

    @property
    def windowed(self) -> bool:
        return self.window != (0, max(self.n - 1, 0))

    def point_at(self, index: int) -> FigurePoint | None:
        return next((p for p in self.points if p.index == index), None)

    def y_range(self, start: float | None = None, end: float | None = None) -> tuple[float, float]:
        """Axis range for positions ``start``..``end``: every point and line there, the targets,
        some room, and never past the measure's natural range. A point left out of the
        calculations far beyond the rest (a data error) does not squash them: it is drawn at the
        axis edge (``off_scale``) and the caption says so."""
        lo_x = self.window[0] if start is None else start
        hi_x = self.window[1] if end is None else end
        shown = [p for p in self.points if lo_x - 0.5 <= p.index <= hi_x + 0.5]
        known = [p.y for p in shown if p.cls != "excluded"]
        for line in self.lines:
            a, b = max(int(math.floor(lo_x)), 0), min(int(math.ceil(hi_x)), self.n - 1)
            known += [v for v in line.values[a : b + 1] if v is not None]
        left_out = [p.y for p in shown if p.cls == "excluded"]
        if known:
            span = (max(known) - min(known)) or max(abs(max(known)) * 0.5, 1.0)
            known += [y for y in left_out if min(known) - span <= y <= max(known) + span]
        else:
            known = left_out or [p.y for p in self.points] or [0.0, 1.0]
        low, high = min(known), max(known)
        pad = (high - low) * 0.08 or max(abs(high) * 0.1, 1.0)
        low, high = low - pad, high + pad
        floor, ceiling = self.natural
        if floor is not None:
            low = max(low, floor)
        if ceiling is not None:
            high = min(high, ceiling)
        if high <= low:
            high = low + 1.0
        return low, high

    def off_scale(self, start: float | None = None, end: float | None = None) -> list[FigurePoint]:
        """Points in view that lie beyond ``y_range`` (left-out points far from the rest)."""
        lo_x = self.window[0] if start is None else start
        hi_x = self.window[1] if end is None else end
        low, high = self.y_ticks(start, end)[0], self.y_ticks(start, end)[-1]
        return [p for p in self.points if lo_x - 0.5 <= p.index <= hi_x + 0.5 and not low <= p.y <= high]

    def y_ticks(self, start: float | None = None, end: float | None = None, count: int = 5) -> list[float]:
        """Round-number ticks covering ``y_range``; the axis runs from the first to the last, and
        the last never passes the natural ceiling (a percentage axis ends at 100 %)."""
        low, high = self.y_range(start, end)
        ticks = nice_ticks(low, high, count)
        floor, ceiling = self.natural
        if ceiling is not None:
            ticks = [t for t in ticks if t <= ceiling + 1e-9]
            if ticks[-1] < high - 1e-9:
                ticks.append(ceiling)
        if floor is not None:
            ticks = [t for t in ticks if t >= floor - 1e-9] or [floor]
        if len(ticks) < 2:
            ticks = [ticks[0], ticks[0] + 1]
        return ticks

    def x_ticks(self, start: int, end: int, room: int) -> list[int]:
        """Up to ``room`` evenly spaced positions from ``start`` to ``end`` to label."""
        start, end = max(start, 0), min(end, self.n - 1)
        if end < start:
            return []
        span = end - start + 1
        step = max(1, math.ceil(span / max(room, 1)))
        first = start + min(step // 2, (span - 1) % step)  # away from the corner, where labels clash
        return list(range(first, end + 1, step))


def number_text(value: float, fmt: str) -> str:
    """``fmt`` applied, with a whole number's ".00" dropped ("7", "4.77", "88.4%")."""
    text = fmt.format(value)
    for zeros in (".00", ".0"):
        if zeros + "%" in text or text.endswith(zeros):
            text = text.replace(zeros, "", 1)
    return text


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
