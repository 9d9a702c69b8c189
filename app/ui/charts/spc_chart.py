"""The run / SPC chart widget: draws a ``ChartFigure`` (app/domain/chart_figure), the same
description the printed packs draw, so a fix to a label lands on screen and on paper at once.

Making Data Count style: grey line joining the points, solid average or median, dashed limits,
dotted red target, lines broken at each rebase. Special-cause points have a shape as well as a
colour; excluded points are hollow and off the line. Line labels sit in a right margin outside
the plot; PDSA cycles, notes and rebases are labelled in lanes above it with a leader line to
their date (full text in the tooltip). A long series opens on its latest points; drag or scroll
to see the rest, or press "Whole series".

Every point has its words (date, value, signal, notes): hovering shows them in a callout on the
chart; with the keyboard, Left/Right/Home/End step through the points, and "Points as a table"
lists them all. ``compact=True`` draws only the plot and icons (small charts on the board).

pyqtgraph (and numpy) are imported when the first chart is built, never at start-up.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QFont, QFontMetricsF, QKeyEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app.domain.chart_figure import AimTarget, ChartFigure, figure_for
from app.domain.measure_series import Annotation, MeasureChart
from app.ui.charts.callout import Callout
from app.ui.charts.chart_export import png_bytes, svg_bytes
from app.ui.charts.chart_legend import legend_html
from app.ui.charts.chart_table import PointsTable
from app.ui.charts.figure_items import LABEL_GREY, FigureItems
from app.ui.charts.icons_item import new_icons_item

HOVER_PIXELS = 12


class SpcChart(QWidget):
    """``set_chart(chart, extra, aim)`` draws; ``drawn_flags()`` says which positions are drawn
    as special cause; ``png_bytes``/``svg_bytes`` export the whole chart."""

    hovered = Signal(int)  # the position under the mouse (or chosen by keyboard), -1 for none

    def __init__(self, parent: QWidget | None = None, compact: bool = False) -> None:
        super().__init__(parent)
        from app.ui.charts.pyside_refcounts import pin_singletons

        pin_singletons()  # PySide6 6.12.0 on Python 3.11 steals references to None/True (see that module)
        import pyqtgraph as pg

        self._pg = pg
        self.compact = compact
        self.chart: MeasureChart | None = None
        self.figure: ChartFigure | None = None
        self.view = pg.GraphicsLayoutWidget()
        self.view.setBackground("w")
        self.view.setAccessibleName("Measure chart")
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.setMinimumHeight(120 if compact else 220)
        scene = self.view.scene()
        if hasattr(scene, "contextMenu"):
            scene.contextMenu = []  # pyqtgraph's own "Export..." dialog bypasses app.ui.prompts
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName("Measure chart: use Left and Right to read each point")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.view, 1)
        self.title = pg.LabelItem(justify="left")
        self.icons = new_icons_item()
        self.lanes = pg.GraphicsWidget()
        self.plot = pg.PlotItem()
        self.legend = pg.LabelItem(justify="left")
        self.view.addItem(self.title, row=0, col=0)
        self.view.addItem(self.icons, row=0, col=1)
        self.view.addItem(self.lanes, row=1, col=0, colspan=2)
        self.view.addItem(self.plot, row=2, col=0, colspan=2)
        if not compact:
            self.view.addItem(self.legend, row=3, col=0, colspan=2)
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.showAxis("right")
        right = self.plot.getAxis("right")
        right.setStyle(showValues=False, tickLength=0)
        right.setPen(pg.mkPen(None))
        vb = self.plot.getViewBox()
        vb.setMouseEnabled(x=True, y=False)  # drag or scroll along the series; the y axis follows
        self.plot.showGrid(x=False, y=True, alpha=0.15)
        self.items = FigureItems(pg, self.plot, self.lanes, compact)
        self.hovered_index = -1
        self.last_tooltip = ""
        self.callout = Callout(scene)
        self._small = QFont()
        self.ring = pg.ScatterPlotItem(symbol="o", size=20, brush=pg.mkBrush(None), pen=pg.mkPen("#005eb8", width=2))
        self.ring.setZValue(49)
        self.plot.addItem(self.ring, ignoreBounds=True)
        self.table = PointsTable(self)
        self.table.setVisible(False)
        self.buttons = QWidget(self)
        row = QHBoxLayout(self.buttons)
        row.setContentsMargins(0, 0, 0, 0)
        self.whole = QPushButton("Whole series", self.buttons)
        self.whole.setCheckable(True)
        self.whole.setToolTip("Show every point, or only the latest ones (the analysis always uses every point)")
        self.whole.toggled.connect(self._show_whole)
        self.as_table = QPushButton("Points as a table", self.buttons)
        self.as_table.setCheckable(True)
        self.as_table.setToolTip("List every point with its date, value, signal and notes")
        self.as_table.toggled.connect(self._toggle_table)
        row.addWidget(self.whole)
        row.addWidget(self.as_table)
        row.addStretch(1)
        if not compact:
            layout.addWidget(self.buttons)
            layout.addWidget(self.table, 1)
        else:
            self.buttons.hide()
        self._relayout_busy = False
        self._axis = (float("-inf"), float("inf"))  # the y axis's ticks: off-scale points sit at its ends
        vb.sigXRangeChanged.connect(self._range_changed)
        vb.sigResized.connect(self._relayout)
        scene.sigMouseMoved.connect(self._on_mouse_moved)

    # -- drawing --------------------------------------------------------------------------
    def set_chart(self, chart: MeasureChart, extra: Sequence[Annotation] = (), aim: AimTarget | None = None) -> None:
        """Draw ``chart`` (and any ``extra`` annotations such as PDSA cycles, and a project's aim)."""
        self.chart = chart
        self.set_figure(figure_for(chart, extra, aim))

    def set_figure(self, figure: ChartFigure) -> None:
        pg = self._pg
        self.figure = figure
        self.hovered_index = -1
        self.callout.setVisible(False)
        self.ring.setData([], [])
        font = QFont(QApplication.font())
        small = QFont(font)
        small.setPointSizeF(max(font.pointSizeF() * 0.85, 7.0))
        for axis in ("left", "bottom"):
            item = self.plot.getAxis(axis)
            item.setStyle(tickFont=small)
            item.setPen(pg.mkPen(LABEL_GREY))
            item.setTextPen(pg.mkPen(LABEL_GREY))
        self._small = small
        if not self.compact and figure.unit:
            self.plot.setLabel("left", figure.unit, **{"color": LABEL_GREY, "font-size": f"{small.pointSizeF():.1f}pt"})
        else:
            self.plot.setLabel("left", "")
        size = f"{font.pointSizeF() * (1.0 if self.compact else 1.2):.1f}pt"
        self.title.setText(
            f"{_html(figure.title)} <span style='color:{LABEL_GREY}'>· {figure.kind_name}</span>",
            size=size,
            bold=True,
            color="#212b32",
        )
        self.icons.set_icons(
            figure.variation_icon, figure.assurance, QFontMetricsF(font).height() * 2.6, " ".join(figure.summary)
        )
        self.items.draw(figure, small)
        self.plot.getAxis("right").setWidth(int(self.items.right_margin()))
        self.legend.setText(legend_html(figure), size=f"{small.pointSizeF():.1f}pt", color=LABEL_GREY)
        vb = self.plot.getViewBox()
        vb.setLimits(xMin=-1.0, xMax=max(figure.n, 1) + 0.0, minXRange=min(5.0, figure.n + 1.0))
        self.whole.setVisible(figure.windowed)
        self.whole.blockSignals(True)
        self.whole.setChecked(False)
        self.whole.blockSignals(False)
        self._set_x(*figure.window)
        self._wrap_labels()
        self.table.fill(figure)
        self.view.setAccessibleName(f"Chart: {figure.title}")
        self.view.setAccessibleDescription(self.summary_text())
        self.setAccessibleDescription(self.summary_text())

    def _set_x(self, start: int, end: int) -> None:
        vb = self.plot.getViewBox()
        vb.setXRange(start - 0.7, end + 0.7, padding=0)
        self._range_changed()

    def _show_whole(self, whole: bool) -> None:
        if self.figure is not None:
            self._set_x(0, self.figure.n - 1) if whole else self._set_x(*self.figure.window)

    def _toggle_table(self, shown: bool) -> None:
        self.table.setVisible(shown)
        if shown:
            self.table.setFocus()

    def _range_changed(self, *_args: Any) -> None:
        """After a pan or zoom: the y axis fits the points in view (within the natural range)."""
        if self.figure is None:
            return
        vb = self.plot.getViewBox()
        (x0, x1), _ = vb.viewRange()
        y0, y1, ticks = self.items.y_ticks(x0, x1)
        vb.setYRange(y0, y1, padding=0.02)
        self.items.pin_off_scale(y0, y1)
        self._axis = (y0, y1)
        self.plot.getAxis("left").setTicks([ticks, []])
        self._relayout()

    def _relayout(self, *_args: Any) -> None:
        if self._relayout_busy:
            return
        self._relayout_busy = True
        try:
            self.items.relayout()
        finally:
            self._relayout_busy = False

    def resizeEvent(self, event) -> None:  # N802 - Qt override
        super().resizeEvent(event)
        self._wrap_labels()
        self._relayout()

    def _wrap_labels(self) -> None:
        """Title and legend wrap to the chart's width instead of widening the scene past it."""
        width = max(160.0, self.width() - 24.0)
        icons_width = self.icons.boundingRect().width() + 16.0
        for label, text_width in ((self.title, width - icons_width), (self.legend, width)):
            label.item.setTextWidth(max(100.0, text_width))
            label.updateMin()
        # the view sized its scene before the labels shrank: size it again now that they fit
        self.view.centralWidget.setGeometry(QRectF(0, 0, self.view.width(), self.view.height()))

    # -- reading back what is drawn ------------------------------------------------------------
    @property
    def point_items(self) -> dict[str, tuple[Any, list[int]]]:
        return self.items.point_items

    def drawn_flags(self) -> dict[int, str]:
        """Positions drawn as special cause, with their style: read from the plotted items."""
        out: dict[int, str] = {}
        for cls, (item, _indices) in self.point_items.items():
            if cls in ("common", "excluded"):
                continue
            for x in item.getData()[0]:
                out[int(round(float(x)))] = cls
        return out

    def text_items(self) -> list[Any]:
        """Every text drawn in the scene by this chart (title, legend, lane and line labels)."""
        out = [self.title.item] + ([self.legend.item] if not self.compact else [])
        return out + self.items.text_items()

    def summary_text(self) -> str:
        """The chart in words (accessible description, and the page's text alternative)."""
        figure = self.figure
        if figure is None:
            return "No chart."
        return " ".join([f"{figure.title}: {figure.kind_name}.", *figure.summary])

    # -- hover and keyboard --------------------------------------------------------------------
    def index_at(self, scene_pos: QPointF) -> int:
        """The point nearest ``scene_pos`` within a few pixels, or -1."""
        figure = self.figure
        vb = self.plot.getViewBox()
        if figure is None or not figure.points or not vb.sceneBoundingRect().contains(scene_pos):
            return -1
        best, best_d = -1, float(HOVER_PIXELS)
        lo = vb.mapSceneToView(scene_pos - QPointF(HOVER_PIXELS, 0)).x()
        hi = vb.mapSceneToView(scene_pos + QPointF(HOVER_PIXELS, 0)).x()
        y0, y1 = self._axis
        for p in figure.points:
            if lo - 1 <= p.index <= hi + 1:
                at = vb.mapViewToScene(QPointF(p.index, min(max(p.y, y0), y1)))  # off-scale: at the edge
                d = ((at.x() - scene_pos.x()) ** 2 + (at.y() - scene_pos.y()) ** 2) ** 0.5
                if d <= best_d:
                    best, best_d = p.index, d
        return best

    def scene_pos_of(self, index: int) -> QPointF:
        p = self.figure.point_at(index) if self.figure else None
        vb = self.plot.getViewBox()
        y0, y1 = self._axis
        return vb.mapViewToScene(QPointF(float(index), min(max(p.y, y0), y1) if p else 0.0))

    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        index = self.index_at(scene_pos)
        if index != self.hovered_index:
            self.show_point(index)

    def show_point(self, index: int) -> None:
        """Show the words of the point at ``index`` in a callout beside it (-1 hides it)."""
        self.hovered_index = index
        self.hovered.emit(index)
        point = self.figure.point_at(index) if self.figure is not None and index >= 0 else None
        if point is None:
            self.last_tooltip = ""
            self.callout.setVisible(False)
            self.ring.setData([], [])
            return
        self.last_tooltip = point.tooltip
        visible = self.view.mapToScene(self.view.viewport().rect()).boundingRect().adjusted(2, 2, -2, -2)
        self.callout.show(point.tooltip, self.scene_pos_of(index), visible, self._small)
        self.ring.setData([float(index)], [point.y])
        self.setAccessibleDescription(point.tooltip.replace("\n", ". "))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
        figure = self.figure
        keys = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Home, Qt.Key.Key_End)
        if figure is None or not figure.points or event.key() not in keys:
            super().keyPressEvent(event)
            return
        order = [p.index for p in figure.points]
        here = order.index(self.hovered_index) if self.hovered_index in order else len(order)
        step = {Qt.Key.Key_Left: here - 1, Qt.Key.Key_Right: here + 1, Qt.Key.Key_Home: 0}
        k = min(max(step.get(event.key(), len(order) - 1), 0), len(order) - 1)
        index = order[k]
        vb = self.plot.getViewBox()
        (x0, x1), _ = vb.viewRange()
        if not x0 <= index <= x1:  # bring it into view
            width = x1 - x0
            vb.setXRange(index - width / 2, index + width / 2, padding=0)
        self.show_point(index)

    # -- export --------------------------------------------------------------------------------
    def png_bytes(self, width: int = 1600) -> bytes:
        return self._without_callout(lambda: png_bytes(self.view, width))

    def svg_bytes(self) -> bytes:
        return self._without_callout(lambda: svg_bytes(self.view, self.figure, self.summary_text()))

    def _without_callout(self, make: Any) -> bytes:
        shown = self.callout.isVisible()
        self.callout.setVisible(False)
        self.ring.setVisible(False)
        try:
            return make()
        finally:
            self.callout.setVisible(shown)
            self.ring.setVisible(True)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
