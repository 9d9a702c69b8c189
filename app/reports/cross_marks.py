"""How a day of the safety cross is marked, so it reads the same in colour and in grey: its key
colour, a fill pattern (plain, diagonal lines, cross-hatch, dots...) and a symbol, and the plain
name of the colour for the printed key.
"""

from __future__ import annotations

import colorsys
from functools import cache
from typing import Any

from app.domain.ward import FocusHarm
from app.reports import styles as st
from app.reports.fonts import BOLD

DEFAULT_SYMBOLS = {"none": "✓", "no_harm": "!", "harm": "✗", "on_admission": "A"}
SPARE_SYMBOLS = "●■◆▲★#+=~"
DEFAULT_PATTERNS = {"none": "plain", "no_harm": "diagonal lines", "harm": "cross-hatch", "on_admission": "dots"}
PATTERNS = ("plain", "diagonal lines", "cross-hatch", "dots", "horizontal lines", "vertical lines", "checks")


def symbols_for(harm: FocusHarm) -> dict[str, str]:
    """A distinct one-character symbol for each code in the harm's key: the usual ones for the
    default key, otherwise the first unused letter of the label (then a spare shape)."""
    out: dict[str, str] = {}
    used: set[str] = set()
    for colour in harm.colours:
        candidates = [DEFAULT_SYMBOLS.get(colour.code, "")]
        candidates += [ch.upper() for ch in colour.label if ch.isalpha()]
        candidates += list(SPARE_SYMBOLS)
        symbol = next(c for c in candidates if c and c not in used)
        out[colour.code] = symbol
        used.add(symbol)
    return out


def patterns_for(harm: FocusHarm) -> dict[str, str]:
    """A distinct fill pattern for each code in the harm's key (the usual ones for the default
    key, then the first unused pattern)."""
    out: dict[str, str] = {}
    for colour in harm.colours:
        wanted = DEFAULT_PATTERNS.get(colour.code)
        free = [p for p in PATTERNS if p not in out.values()]
        out[colour.code] = wanted if wanted and wanted not in out.values() else (free[0] if free else "plain")
    return out


def colour_name(hex_colour: str) -> str:
    """A plain name for a "#rrggbb" colour (red, amber, green, blue...), for the printed key."""
    try:
        r, g, b = (int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    except ValueError:
        return "coloured"
    hue, light, saturation = colorsys.rgb_to_hls(r, g, b)
    if saturation < 0.2 or light < 0.08 or light > 0.95:
        return "black" if light < 0.2 else "white" if light > 0.9 else "grey"
    degrees = hue * 360
    for limit, name in ((15, "red"), (48, "amber"), (70, "yellow"), (165, "green"), (195, "teal")):
        if degrees < limit:
            return name
    for limit, name in ((255, "blue"), (290, "purple"), (340, "pink")):
        if degrees < limit:
            return name
    return "red"


def draw_pattern(canvas: Any, x: float, y: float, width: float, height: float, pattern: str, ink: str) -> None:
    """``pattern`` over the box at (x, y), in ``ink``, clipped to the box."""
    if pattern == "plain":
        return
    canvas.saveState()
    path = canvas.beginPath()
    path.rect(x, y, width, height)
    canvas.clipPath(path, stroke=0, fill=0)
    canvas.setStrokeColor(colour(ink))
    canvas.setFillColor(colour(ink))
    canvas.setLineWidth(0.6)
    step = 2.2 * st.MM
    span = width + height
    n = int(span / step) + 2
    if pattern in ("diagonal lines", "cross-hatch"):
        for i in range(n):
            canvas.line(x + i * step - height, y, x + i * step, y + height)
    if pattern == "cross-hatch":
        for i in range(n):
            canvas.line(x + i * step - height, y + height, x + i * step, y)
    if pattern in ("horizontal lines", "checks"):
        for i in range(1, int(height / step) + 1):
            canvas.line(x, y + i * step, x + width, y + i * step)
    if pattern in ("vertical lines", "checks"):
        for i in range(1, int(width / step) + 1):
            canvas.line(x + i * step, y, x + i * step, y + height)
    if pattern == "dots":
        for i in range(int(width / step) + 1):
            for j in range(int(height / step) + 1):
                canvas.circle(x + (i + 0.5) * step, y + (j + 0.5) * step, 0.45, stroke=0, fill=1)
    canvas.restoreState()


def swatch(harm: FocusHarm, code: str | None, box: float = 6 * st.MM) -> Any:
    """One box of the key or of today's line: fill colour, pattern and symbol (an empty white box
    when ``code`` is None or not in the key)."""
    from reportlab.platypus.flowables import Flowable

    colour = harm.colour_for(code) if code else None
    symbol = symbols_for(harm).get(code or "", "") if colour else ""
    pattern = patterns_for(harm).get(code or "", "plain") if colour else "plain"

    class Swatch(Flowable):
        def wrap(self, *_args: Any) -> tuple[float, float]:
            self.width = self.height = box
            return box, box

        def draw(self) -> None:
            draw_day_box(self.canv, 0, 0, box, colour.colour if colour else "#ffffff", pattern, symbol)

    return Swatch()


def draw_day_box(canvas: Any, x: float, y: float, box: float, fill: str, pattern: str, symbol: str) -> None:
    """A coloured box with its pattern and its symbol on a small disc of the plain colour."""
    ink = ink_for(fill)
    canvas.setLineWidth(0.8)
    canvas.setStrokeColor(colour("#000000"))
    canvas.setFillColor(colour(fill))
    canvas.rect(x, y, box, box, stroke=1, fill=1)
    draw_pattern(canvas, x, y, box, box, pattern, ink)
    if symbol:
        canvas.setFillColor(colour(fill))
        canvas.circle(x + box / 2, y + box * 0.45, box * 0.3, stroke=0, fill=1)
        canvas.setFillColor(colour(ink))
        canvas.setFont(BOLD, box * 0.5)
        canvas.drawCentredString(x + box / 2, y + box * 0.28, symbol)
    canvas.setStrokeColor(colour("#000000"))
    canvas.rect(x, y, box, box, stroke=1, fill=0)


@cache
def colour(hex_colour: str) -> Any:
    """A reportlab colour object, parsed once (parsing "#rrggbb" on every box is slow)."""
    from reportlab.lib import colors

    return colors.HexColor(hex_colour)


def ink_for(fill: str) -> str:
    """Black or white, whichever reads better on ``fill`` ("#rrggbb")."""
    try:
        r, g, b = (int(fill[i : i + 2], 16) / 255 for i in (1, 3, 5))
    except ValueError:
        return "#000000"
    luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return "#000000" if luminance > 0.45 else "#ffffff"
