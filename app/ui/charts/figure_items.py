"""A ``ChartFigure`` drawn into a pyqtgraph PlotItem: the data, the reference lines, the marks,
and the labels that live outside the plot (lanes above it, line labels in its right margin),
placed with app.domain.chart_figure.layout so they never overlap or leave the scene.

Items are made once and updated (removing pyqtgraph items costs more than drawing 5 years of
daily points). X is the series position; the axis shows each position's short date.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPen
from PySide6.QtWidgets import QGraphicsLineItem, QGraphicsSimpleTextItem

from app.domain.chart_figure import POINT_ORDER, POINT_SHAPES, ChartFigure
from app.domain.chart_figure.layout import lanes_used, place_lanes, spread
from app.domain.chart_figure.model import VALUE_LINE

PEN_STYLES = {
    "solid": Qt.PenStyle.SolidLine,
    "dashed": Qt.PenStyle.DashLine,
    "dotted": Qt.PenStyle.DotLine,
    "dashdot": Qt.PenStyle.DashDotLine,
}
SYMBOLS = {"circle": "o", "diamond": "d", "square": "s", "triangle_up": "t1", "triangle_down": "t"}
LABEL_GREY = "#404040"
MAX_LANES = 3


class FigureItems:
    """Everything drawn for one figure inside ``plot``; ``relayout()`` after any resize or pan."""

    def __init__(self, pg: Any, plot: Any, lanes_spacer: Any, compact: bool = False) -> None:
        self.pg, self.plot, self.spacer, self.compact = pg, plot, lanes_spacer, compact
        self.figure: ChartFigure | None = None
        self.font = QFont()
        self.value_line = pg.PlotDataItem(pen=pg.mkPen(VALUE_LINE, width=1.5))
        self.value_line.setZValue(0)
        plot.addItem(self.value_line)
        self.ref_lines: list[Any] = []
        self.scatter: dict[str, Any] = {}
        for z, cls in enumerate(POINT_ORDER):
            shape, colour = POINT_SHAPES[cls]
            if colour is None:
                brush, pen = pg.mkBrush(255, 255, 255, 255), pg.mkPen(LABEL_GREY, width=1.3)
            else:
                brush, pen = pg.mkBrush(colour), pg.mkPen(QColor(colour).darker(140), width=1)
            item = pg.ScatterPlotItem(symbol=SYMBOLS[shape], brush=brush, pen=pen, hoverable=False)
            item.setZValue(10 + z)
            plot.addItem(item)
            self.scatter[cls] = item
        self.point_items: dict[str, tuple[Any, list[int]]] = {}
        self.vlines: list[Any] = []
        self.lane_texts: list[QGraphicsSimpleTextItem] = []
        self.leaders: list[QGraphicsLineItem] = []
        self.right_texts: list[QGraphicsSimpleTextItem] = []
        self._lanes = -1

    # -- data ----------------------------------------------------------------------------------
    def draw(self, figure: ChartFigure, font: QFont) -> None:
        import numpy as np

        pg = self.pg
        self.figure, self.font = figure, font
        xs, ys = [], []
        index = {p.index: p for p in figure.points}
        for run in figure.joins:
            if xs:
                xs.append(np.nan)
                ys.append(np.nan)
            xs += [float(i) for i in run]
            ys += [index[i].y for i in run]
        self.value_line.setData(np.array(xs, dtype=float), np.array(ys, dtype=float), connect="finite")
        while len(self.ref_lines) < len(figure.lines):
            item = pg.PlotDataItem()
            item.setZValue(2)
            self.plot.addItem(item)
            self.ref_lines.append(item)
        for item, line in zip(self.ref_lines, figure.lines, strict=False):
            px: list[float] = []
            py: list[float] = []
            for a, b in line.runs():
                if px:
                    px.append(np.nan)
                    py.append(np.nan)
                for i in range(a, b + 1):
                    v = line.values[i]
                    px += [i - 0.5, i + 0.5]
                    py += [v, v]
            width = 1.6 if line.role in ("centre", "target", "aim") else 1.3
            item.setPen(pg.mkPen(line.colour, width=width, style=PEN_STYLES[line.style]))
            item.setData(np.array(px, dtype=float), np.array(py, dtype=float), connect="finite")
            item.setVisible(True)
        for item in self.ref_lines[len(figure.lines) :]:
            item.setVisible(False)
        groups: dict[str, list[int]] = {}
        for p in figure.points:
            groups.setdefault(p.cls, []).append(p.index)
        span = figure.window[1] - figure.window[0] + 1
        self.point_items = {}
        for cls, item in self.scatter.items():
            indices = groups.get(cls, [])
            if not indices:
                item.setData(x=[], y=[])
                continue
            big = cls not in ("common", "excluded")
            size = (9 if big else 6) if span > 60 or self.compact else (12 if big else 8)
            item.setData(x=np.array(indices, dtype=float), y=np.array([index[i].y for i in indices]), size=size)
            self.point_items[cls] = (item, indices)
        self._draw_marks(figure)

    def pin_off_scale(self, y0: float, y1: float) -> None:
        """Left-out points beyond the axis drawn at its edge as hollow triangles (up or down)."""
        import numpy as np

        entry = self.point_items.get("excluded")
        if entry is None or self.figure is None:
            return
        item, indices = entry
        ys = [self.figure.point_at(i).y for i in indices]
        symbols = ["t1" if y > y1 else "t" if y < y0 else "o" for y in ys]
        shown = [min(max(y, y0), y1) for y in ys]
        item.setData(x=np.array(indices, dtype=float), y=np.array(shown), symbol=symbols, size=item.opts["size"])

    def _draw_marks(self, figure: ChartFigure) -> None:
        pg = self.pg
        scene = self.plot.scene()
        marks = [] if self.compact else figure.marks
        while len(self.vlines) < len(marks):
            line = pg.InfiniteLine(pos=0, angle=90)
            line.setZValue(3)
            self.plot.addItem(line, ignoreBounds=True)
            self.vlines.append(line)
            text = QGraphicsSimpleTextItem()
            text.setZValue(30)
            scene.addItem(text)
            self.lane_texts.append(text)
            leader = QGraphicsLineItem()
            leader.setZValue(29)
            scene.addItem(leader)
            self.leaders.append(leader)
        for k, mark in enumerate(marks):
            self.vlines[k].setValue(mark.x)
            self.vlines[k].setPen(pg.mkPen(mark.colour, width=1.2, style=PEN_STYLES[mark.style]))
            self.vlines[k].setToolTip(mark.full)
            self.lane_texts[k].setToolTip(mark.full)
            self.lane_texts[k].setBrush(QColor(mark.colour))
            self.leaders[k].setPen(QPen(QColor(mark.colour), 1))
        for k in range(len(marks), len(self.vlines)):
            for item in (self.vlines[k], self.lane_texts[k], self.leaders[k]):
                item.setVisible(False)
        lines = [] if self.figure is None else self.figure.lines
        while len(self.right_texts) < len(lines):
            text = QGraphicsSimpleTextItem()
            text.setZValue(30)
            scene.addItem(text)
            self.right_texts.append(text)
        for text, line in zip(self.right_texts, lines, strict=False):
            text.setBrush(QColor(line.colour))
        for text in self.right_texts[len(lines) :]:
            text.setVisible(False)

    # -- labels outside the plot ------------------------------------------------------------
    def right_margin(self) -> float:
        """Pixels the right-margin labels need (the widest label of any line, plus room)."""
        if self.figure is None or not self.figure.lines or self.compact:
            return 8.0
        fm = QFontMetricsF(self.font)
        w0, w1 = self.figure.window
        return (
            max(fm.horizontalAdvance(line.label_at(x)) for line in self.figure.lines for x in (w1, self.figure.n - 1))
            + 12
        )

    def relayout(self) -> None:
        """Place the lane labels, leaders, right labels and the x ticks for the visible range."""
        figure = self.figure
        if figure is None:
            return
        vb = self.plot.getViewBox()
        rect = vb.sceneBoundingRect()
        if rect.width() <= 1:
            return
        (x0, x1), _ = vb.viewRange()
        fm = QFontMetricsF(self.font)
        scene_w = self.plot.scene().sceneRect().width() if self.plot.scene() else rect.right()
        canvas_right = min(scene_w, self.plot.sceneBoundingRect().right()) - 2
        canvas_left = self.plot.sceneBoundingRect().left() + 2
        marks = [] if self.compact else figure.marks
        visible = [(vb.mapViewToScene(QPointF(mk.x, 0)).x(), mk) for mk in marks if x0 <= mk.x <= x1]
        lane_h = fm.height() + 2
        room = self.plot.scene().sceneRect().height() if self.plot.scene() else 400.0
        max_lanes = max(1, min(MAX_LANES, int(room // (lane_h * 6))))  # the plot keeps most of the height
        placed = place_lanes(visible, fm.horizontalAdvance, max(canvas_left, rect.left()), canvas_right, max_lanes)
        lanes = lanes_used(placed)
        if lanes != self._lanes:
            self._lanes = lanes
            self.spacer.setFixedHeight(max(lanes * lane_h + 2, 1.0))
            for layout in (self.spacer.parentLayoutItem(), self.plot.layout):  # place the plot now
                if layout is not None and hasattr(layout, "activate"):
                    layout.activate()
            rect = vb.sceneBoundingRect()
        by_mark = {id(p.mark): p for p in placed}
        for k, mark in enumerate(marks):
            p = by_mark.get(id(mark))
            shown = p is not None
            self.vlines[k].setVisible(shown)
            text, leader = self.lane_texts[k], self.leaders[k]
            if not shown or not p.text:
                text.setVisible(False)
                leader.setVisible(False)
                continue
            base = rect.top() - 2 - lane_h * p.lane  # the label's bottom
            text.setText(p.text)
            text.setFont(self.font)
            text.setPos(p.left, base - fm.height())
            text.setVisible(True)
            end = min(max(p.x, p.left), p.left + p.width)
            leader.setLine(end, base, p.x, rect.top())
            leader.setVisible(True)
        self._right_labels(rect, fm, x1)
        self._x_ticks(fm, rect.width(), x0, x1)

    def _right_labels(self, rect: Any, fm: QFontMetricsF, x1: float) -> None:
        figure = self.figure
        lines = figure.lines if figure is not None and not self.compact else []
        vb = self.plot.getViewBox()
        edge = min(x1, figure.n - 1 if figure else 0)
        wanted = []
        for line in lines:
            value = line.value_at(edge)
            wanted.append(vb.mapViewToScene(QPointF(edge, value if value is not None else 0)).y())
        centres = spread(wanted, fm.height(), rect.top(), rect.bottom())
        for text, line, c in zip(self.right_texts, lines, centres, strict=False):
            if c is None:
                text.setVisible(False)
                continue
            text.setText(line.label_at(edge))
            text.setFont(self.font)
            text.setPos(rect.right() + 6, c - fm.height() / 2)
            text.setVisible(True)
        for text in self.right_texts[len(lines) :]:
            text.setVisible(False)

    def _x_ticks(self, fm: QFontMetricsF, width: float, x0: float, x1: float) -> None:
        figure = self.figure
        start, end = int(max(0, round(x0))), int(min(figure.n - 1, round(x1)))
        texts = figure.tick_texts
        if end < start:
            self.plot.getAxis("bottom").setTicks([[]])
            return
        widest = max(fm.horizontalAdvance(texts[i]) for i in range(start, end + 1, max(1, (end - start) // 40 or 1)))
        room = max(1, int(width // (widest + 16)))
        ticks = [(float(i), texts[i]) for i in figure.x_ticks(start, end, room)]
        self.plot.getAxis("bottom").setTicks([ticks, []])

    def y_ticks(self, x0: float, x1: float) -> tuple[float, float, list[tuple[float, str]]]:
        figure = self.figure
        ticks = figure.y_ticks(x0, x1)
        percent = figure.unit == "%"
        labels = []
        for t in ticks:
            text = f"{t:,.2f}".rstrip("0").rstrip(".") if abs(t) < 100 else f"{t:,.0f}"
            labels.append((t, text + ("%" if percent else "")))
        return ticks[0], ticks[-1], labels

    def text_items(self) -> list[Any]:
        """The visible text items this draws outside the plot (for the no-overlap checks)."""
        return [t for t in (*self.lane_texts, *self.right_texts) if t.isVisible() and t.text()]
