"""One description of a chart that the screen (pyqtgraph) and paper (reportlab) both draw.

``figure_for(chart, extra_annotations, aim)`` turns an analysed ``MeasureChart`` into a
``ChartFigure``: points with their signal kinds and hover words, reference lines with plain
names and styles, marks for the annotation lanes, legend entries, axis ranges (clamped to the
measure's natural range), the window shown first, and the summary, caption and "How this chart
is worked out" words. ``layout`` places the labels so they never collide or clip.
"""

from app.domain.chart_figure.build import AimTarget, figure_for
from app.domain.chart_figure.model import POINT_ORDER, POINT_SHAPES, ChartFigure, FigureLine, FigureMark, FigurePoint

__all__ = [
    "POINT_ORDER",
    "POINT_SHAPES",
    "AimTarget",
    "ChartFigure",
    "FigureLine",
    "FigureMark",
    "FigurePoint",
    "figure_for",
]
