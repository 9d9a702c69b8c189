"""Where a chart's labels go, so that none collides with another or leaves the canvas. Both
renderers call these with their own text metrics (pixels on screen, points on paper).

* ``place_lanes``: mark labels stacked in lanes above the plot, each with a leader line to its
  date, the fullest text that fits (else a shorter one), never past the canvas edges.
* ``spread``: the right-margin labels of the reference lines, moved apart vertically just
  enough not to overlap, and kept between the top and the bottom of the plot.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from app.domain.chart_figure.model import FigureMark

GAP = 4.0


@dataclass(frozen=True)
class PlacedLabel:
    mark: FigureMark
    x: float  # the date's x on the canvas (where the leader line ends)
    left: float  # the label's left edge
    width: float
    lane: int  # 0 = the lane nearest the plot
    text: str  # "" = no room even for the shortest text: the key or tooltip carries it


def place_lanes(
    marks: Sequence[tuple[float, FigureMark]],
    width_of: Callable[[str], float],
    left: float,
    right: float,
    max_lanes: int = 3,
) -> list[PlacedLabel]:
    """Labels for ``marks`` (canvas x, mark). Each label starts just right of its date (or ends
    just left of it), in the
    lowest lane where it touches no other label, its leader line (straight down from it to the
    plot) crosses no label below, and no leader from above crosses it. The fullest text that
    fits is used, else a shorter one, else none (the key or tooltip carries it). Marks are taken
    right to left, so a long label reaches over later dates from a higher lane."""
    labels: list[list[tuple[float, float]]] = [[] for _ in range(max_lanes)]
    leaders: list[list[float]] = [[] for _ in range(max_lanes)]

    def fits(lane: int, start: float, w: float, x: float) -> bool:
        if any(start < b + GAP and start + w > a - GAP for a, b in labels[lane]):
            return False
        if any(a - 1 <= x <= b + 1 for k in range(lane) for a, b in labels[k]):
            return False
        return not any(start - 1 <= lx <= start + w + 1 for k in range(lane + 1, max_lanes) for lx in leaders[k])

    placed: list[PlacedLabel] = []
    for x, mark in sorted(marks, key=lambda item: -item[0]):
        choice = None
        for text in mark.texts:
            w = width_of(text)
            if w > right - left:
                continue
            for start in (min(max(x + 1.5, left), right - w), max(x - 1.5 - w, left)):  # right, else left
                lane = next((k for k in range(max_lanes) if fits(k, start, w, x)), None)
                if lane is not None:
                    choice = (lane, start, w, text)
                    break
            if choice:
                break
        if choice is None:
            placed.append(PlacedLabel(mark, x, x, 0.0, 0, ""))
            continue
        lane, start, w, text = choice
        labels[lane].append((start, start + w))
        leaders[lane].append(x)
        placed.append(PlacedLabel(mark, x, start, w, lane, text))
    placed.reverse()
    return placed


def lanes_used(placed: Sequence[PlacedLabel]) -> int:
    return max((p.lane + 1 for p in placed if p.text), default=0)


def spread(wanted: Sequence[float], height: float, top: float, bottom: float) -> list[float | None]:
    """Centres for labels ``height`` tall, as near ``wanted`` as they can be without overlapping,
    inside ``top``..``bottom`` (top < bottom: screen coordinates, y grows downwards). The order
    of the labels is kept. When the plot is too short for all of them, the first ones (the
    caller's priority) are placed and the rest get None (the legend still names those lines)."""
    room = max(int((bottom - top) // height), 0)
    keep = list(range(min(room, len(wanted))))
    if not keep:
        return [None] * len(wanted)
    placed = _spread([wanted[i] for i in keep], height, top, bottom)
    return placed + [None] * (len(wanted) - len(keep))


def _spread(wanted: Sequence[float], height: float, top: float, bottom: float) -> list[float]:
    order = sorted(range(len(wanted)), key=lambda i: wanted[i])
    lo, hi = top + height / 2, bottom - height / 2
    ys = [min(max(wanted[i], lo), hi) for i in order]
    for k in range(1, len(ys)):  # push down
        ys[k] = max(ys[k], ys[k - 1] + height)
    if ys and ys[-1] > hi:  # then back up from the bottom
        ys[-1] = hi
        for k in range(len(ys) - 2, -1, -1):
            ys[k] = min(ys[k], ys[k + 1] - height)
    out = [0.0] * len(wanted)
    for k, i in enumerate(order):
        out[i] = ys[k]
    return out
