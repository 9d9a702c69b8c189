"""Marker shapes for charts on paper: one shape per kind of point (circle common cause, diamond
improvement, square concern, triangles for a signal with no direction set, hollow circle left
out), so a black-and-white print still tells them apart; ``dots`` draws many circles as one path."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


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
