"""The run / SPC chart widget: draws a ``MeasureChart`` exactly as the SPC engine analysed it.

Making Data Count style (NHSRplotthedots ``ptd_create_ggplot``): grey line joining the points,
solid black centre line (mean or median), dashed grey process limits, dashed red target, lines
broken at each rebase with the reason marked. Special-cause points get the MDC colours *and* a
shape (diamond improvement, square concern, triangle no-direction, circle common cause; hollow
circle = excluded), so colour is never the only cue; the legend says so in words. Hovering a
point shows its date, value, note and rule. Notes, PDSA cycles and any other ``Annotation``
are drawn as labelled vertical lines.

pyqtgraph (and numpy) are imported when the first chart is built, never at start-up.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSizeF, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QFont, QFontMetricsF
from PySide6.QtWidgets import QApplication, QToolTip, QVBoxLayout, QWidget

from app.domain.measure import CHART_TYPES, format_value
from app.domain.measure_series import Annotation, MeasureChart
from app.ui.charts import icons

VALUE_LINE = "#a6a6a6"
CENTRE_LINE = "#000000"
LIMIT_LINE = "#8c8c8c"  # NHSRplotthedots uses #a6a6a6; a shade darker so dashes show on projectors
LABEL_GREY = "#404040"
PDSA_COLOUR = "#490092"

#: point class -> (pyqtgraph symbol, brush colour or None for hollow, legend glyph, legend words)
POINT_STYLE = {
    "common": ("o", icons.GREY, "●", "Common cause"),
    "improvement": ("d", icons.BLUE, "◆", "Special cause improvement"),
    "concern": ("s", icons.ORANGE, "■", "Special cause concern"),
    "neutral_high": ("t1", icons.PURPLE, "▲", "Special cause, higher (no direction set)"),
    "neutral_low": ("t", icons.PURPLE, "▼", "Special cause, lower (no direction set)"),
    "excluded": ("o", None, "○", "Excluded from the calculations"),
}
HOVER_PIXELS = 12
MAX_ANNOTATIONS = 60  # beyond this the labels are unreadable; the most recent are drawn


_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()


def _timestamp(day: date, offset_hours: float = 0.0) -> float:
    return datetime(day.year, day.month, day.day, tzinfo=UTC).timestamp() + offset_hours * 3600


def _short(text: str, limit: int = 34) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class SpcChart(QWidget):
    """``set_chart(chart)`` draws; ``drawn_flags()`` says which positions are drawn as special
    cause; ``export_png``/``export_svg`` save the whole chart (title, icons, legend included)."""

    hovered = Signal(int)  # the position under the mouse, -1 for none

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from app.ui.charts.pyside_refcounts import pin_singletons

        pin_singletons()  # PySide6 6.12.0 on Python 3.11 steals references to None/True (see that module)
        import pyqtgraph as pg

        self._pg = pg
        self.chart: MeasureChart | None = None
        self.view = pg.GraphicsLayoutWidget()
        self.view.setBackground("w")
        self.view.setAccessibleName("Measure chart")
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.setMinimumHeight(220)
        scene = self.view.scene()
        if hasattr(scene, "contextMenu"):
            scene.contextMenu = []  # pyqtgraph's own "Export..." dialog bypasses app.ui.prompts
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.title = pg.LabelItem(justify="left")
        self.icons = _new_icons_item()
        self.plot = pg.PlotItem(axisItems={"bottom": pg.DateAxisItem(orientation="bottom", utcOffset=0)})
        self.legend = pg.LabelItem(justify="left")
        self.view.addItem(self.title, row=0, col=0)
        self.view.addItem(self.icons, row=0, col=1)
        self.view.addItem(self.plot, row=1, col=0, colspan=2)
        self.view.addItem(self.legend, row=2, col=0, colspan=2)
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.getViewBox().setMouseEnabled(x=False, y=False)
        self.plot.getViewBox().setDefaultPadding(0.06)  # room for the line labels at the top and bottom
        self.plot.showGrid(x=False, y=True, alpha=0.15)
        self.point_items: dict[str, tuple[Any, list[int]]] = {}
        self.hovered_index = -1
        self.last_tooltip = ""
        self._xs: Any = None
        self._ys: Any = None
        self._build_items()
        scene.sigMouseMoved.connect(self._on_mouse_moved)

    # -- drawing --------------------------------------------------------------------------
    # Items are made once and then updated with setData/setVisible: removing pyqtgraph items
    # disconnects signals for each of them and costs more than drawing 5 years of daily points.
    def _build_items(self) -> None:
        pg = self._pg
        self._value_line = pg.PlotDataItem(pen=pg.mkPen(VALUE_LINE, width=2))
        self._value_line.setZValue(0)
        self.plot.addItem(self._value_line)
        self._role_lines = {
            "centre": pg.PlotDataItem(pen=pg.mkPen(CENTRE_LINE, width=1.5)),
            "upper": pg.PlotDataItem(pen=pg.mkPen(LIMIT_LINE, width=1.5, style=Qt.PenStyle.DashLine)),
            "lower": pg.PlotDataItem(pen=pg.mkPen(LIMIT_LINE, width=1.5, style=Qt.PenStyle.DashLine)),
        }
        for item in self._role_lines.values():
            item.setZValue(1)
            self.plot.addItem(item)
        self._scatter = {}
        for z, cls in enumerate(("common", "excluded", "neutral_low", "neutral_high", "concern", "improvement")):
            symbol, colour, _glyph, _words = POINT_STYLE[cls]
            if colour is None:
                brush, pen = pg.mkBrush(255, 255, 255, 255), pg.mkPen(LABEL_GREY, width=1.5)
            else:
                brush, pen = pg.mkBrush(colour), pg.mkPen(QColor(colour).darker(130), width=1)
            item = pg.ScatterPlotItem(symbol=symbol, brush=brush, pen=pen, hoverable=False)
            item.setZValue(10 + z)
            self.plot.addItem(item)
            self._scatter[cls] = item
        self._target = pg.InfiniteLine(
            angle=0,
            pen=pg.mkPen(icons.TARGET_RED, width=1.5, style=Qt.PenStyle.DashLine),
            label=" ",
            labelOpts={"position": 0.02, "color": icons.TARGET_RED, "anchors": [(0, 1), (0, 1)]},
        )
        self._target.setZValue(2)
        self.plot.addItem(self._target)
        self._texts: list[Any] = []  # line labels, reused
        self._vlines: list[Any] = []  # rebases, baselines, notes, PDSA cycles: reused

    def set_chart(self, chart: MeasureChart, extra: Sequence[Annotation] = ()) -> None:
        """Draw ``chart`` (and any ``extra`` annotations, such as PDSA cycles)."""
        import numpy as np

        pg = self._pg
        self.chart = chart
        self.hovered_index = -1
        font = QFont(QApplication.font())
        small = QFont(font)
        small.setPointSizeF(max(font.pointSizeF() * 0.85, 7.0))
        for axis in ("left", "bottom"):
            item = self.plot.getAxis(axis)
            item.setStyle(tickFont=small)
            item.setPen(pg.mkPen(LABEL_GREY))
            item.setTextPen(pg.mkPen(LABEL_GREY))
        unit = chart.details.display_unit
        self.plot.setLabel("left", unit or "value", **{"color": LABEL_GREY, "font-size": f"{small.pointSizeF():.1f}pt"})
        self._set_header(chart, font)

        xs = np.array(self._x_positions(chart), dtype=float)
        shown = np.array([math.nan if p.value is None else p.value for p in chart.points], dtype=float)
        self._xs, self._ys = xs, shown
        n = len(xs)
        if n:
            finite = np.isfinite(shown)
            connect = np.zeros(n, dtype=np.int32)
            if n > 1:
                connect[:-1] = finite[:-1] & finite[1:]
            for r in chart.rebase_positions:
                connect[r - 1] = 0  # NHSRplotthedots breaks the process line at a rebase too
            ys = np.where(finite, shown, np.nanmean(shown) if finite.any() else 0.0)
            self._value_line.setData(xs, ys, connect=connect)
        else:
            self._value_line.setData([], [])
        labels: list[tuple[str, float, float, tuple[float, float]]] = []
        self._draw_lines(chart, xs, labels)
        self._draw_points(chart, xs, shown)
        self._draw_target(chart, small)
        marks = self._markers(chart, xs) + self._annotation_marks(list(chart.annotations) + list(extra))
        self._place_texts(labels, small)
        self._place_vlines(marks, small)
        self.plot.getViewBox().enableAutoRange()
        self._set_legend(chart, small)
        self._wrap_labels()
        self.view.setAccessibleDescription(self.summary_text())

    def _x_positions(self, chart: MeasureChart) -> list[float]:
        """Seconds since 1970 (UTC midnight) of each period; several events on one day (huddles in
        different slots) sit 4 hours apart so each can be seen and hovered."""
        out: list[float] = []
        previous = None
        same_day = 0
        for p in chart.points:
            day = p.period.toordinal()
            same_day = same_day + 1 if day == previous else 0
            previous = day
            out.append((day - _EPOCH_ORDINAL) * 86400.0 + 14400.0 * same_day)
        return out

    def _draw_lines(self, chart: MeasureChart, xs: Any, labels: list) -> None:
        """Centre and limit lines, one item per role with gaps between periods (so the lines
        break at a rebase); p and u limits step with each point's denominator."""
        import numpy as np

        half = float(np.median(np.diff(xs))) / 2 if len(xs) > 1 else 43200.0
        last_start = max((line.start for line in chart.lines), default=0)
        coords: dict[str, tuple[list[float], list[float]]] = {role: ([], []) for role in self._role_lines}
        for line in chart.lines:
            values = [math.nan if v is None else float(v) for v in line.values]
            finite = [v for v in values if not math.isnan(v)]
            if not finite:
                continue
            seg_x = xs[line.start : line.end + 1]
            px, py = coords[line.role]
            if px:
                px.append(math.nan)
                py.append(math.nan)
            if chart.kind in ("p", "u") and min(finite) != max(finite):  # limits step with the denominator
                edges = np.concatenate(([seg_x[0] - half], (seg_x[:-1] + seg_x[1:]) / 2, [seg_x[-1] + half]))
                for i, v in enumerate(values):
                    if math.isnan(v):
                        px.append(math.nan)
                        py.append(math.nan)
                        continue
                    px += [float(edges[i]), float(edges[i + 1])]
                    py += [v, v]
            elif line.start == line.end:
                px += [float(seg_x[0] - half), float(seg_x[0] + half)]
                py += [finite[0], finite[0]]
            else:
                px += [float(seg_x[0]), float(seg_x[-1])]
                py += [finite[0], finite[0]]
            role_words = {"centre": chart.centre_name, "upper": "Upper limit", "lower": "Lower limit"}
            if line.start != last_start:
                role_words = {"centre": chart.centre_name, "upper": "UPL", "lower": "LPL"}
            # limit labels sit inside the band (under the upper line, over the lower one), so the
            # plot's edges never cut them off
            anchor = {"upper": (1.0, 0.0), "lower": (1.0, 1.0), "centre": (1.0, 1.0)}[line.role]
            labels.append(
                (f"{role_words[line.role]} {_number(finite[-1], chart)}", float(seg_x[-1]), finite[-1], anchor)
            )
        for role, item in self._role_lines.items():
            px, py = coords[role]
            item.setData(np.array(px, dtype=float), np.array(py, dtype=float), connect="finite")

    def _draw_points(self, chart: MeasureChart, xs: Any, ys: Any) -> None:
        import numpy as np

        groups: dict[str, list[int]] = {}
        flags = {f.index: f for f in chart.flagged}
        for i, p in enumerate(chart.points):
            if p.value is None:
                continue
            if p.excluded:
                cls = "excluded"
            else:
                flag = flags.get(i)
                cls = (
                    "common" if flag is None else (f"neutral_{flag.direction}" if flag.type == "neutral" else flag.type)
                )
            groups.setdefault(cls, []).append(i)
        dense = len(chart.points) > 400
        self.point_items = {}
        for cls, item in self._scatter.items():
            indices = groups.get(cls, [])
            if not indices:
                item.setData(x=[], y=[])
                continue
            size = (5 if dense else 8) if cls in ("common", "excluded") else (8 if dense else 12)
            idx = np.array(indices)
            item.setData(x=xs[idx], y=ys[idx], size=size)
            self.point_items[cls] = (item, list(indices))

    def _draw_target(self, chart: MeasureChart, font: QFont) -> None:
        target = chart.details.target
        self._target.setVisible(target is not None)
        if target is None:
            return
        self._target.setValue(target)
        self._target.label.setFormat(f"Target {format_value(target, chart.details)}")
        self._target.label.setFont(font)

    def _markers(self, chart: MeasureChart, xs: Any) -> list[dict]:
        """Rebase lines with their reasons, and the end of a fixed baseline."""
        pg = self._pg
        marks = []
        for r, reason in zip(chart.rebase_positions, chart.rebase_reasons, strict=False):
            marks.append(
                {
                    "x": float((xs[r - 1] + xs[r]) / 2),
                    "pen": pg.mkPen(CENTRE_LINE, width=1.5),
                    "text": f"Rebased: {_short(reason)}",
                    "position": 0.03,
                    "anchor": (0, 1),
                    "colour": CENTRE_LINE,
                    "fill": True,
                    "tip": f"Rebased: {reason}",
                }
            )
        baseline = chart.result.get("baseline") if chart.result else None
        if baseline:
            starts = [0, *chart.rebase_positions] if chart.kind == "xmr" else [0]
            ends = [*chart.rebase_positions, len(xs)]
            for start, end in zip(starts, ends, strict=False):
                cut = start + baseline
                if cut < end:
                    marks.append(
                        {
                            "x": float((xs[cut - 1] + xs[cut]) / 2),
                            "pen": pg.mkPen(LABEL_GREY, width=1, style=Qt.PenStyle.DotLine),
                            "text": f"Limits fixed on the first {baseline} points",
                            "position": 0.97,
                            "anchor": (0, 0),
                            "colour": LABEL_GREY,
                            "fill": False,
                            "tip": "",
                        }
                    )
        return marks

    def _annotation_marks(self, annotations: list[Annotation]) -> list[dict]:
        """Any list of (date, label, kind): notes dotted grey, PDSA cycles dashed purple."""
        pg = self._pg
        marks = []
        for k, note in enumerate(sorted(annotations, key=lambda a: a.when)[-MAX_ANNOTATIONS:]):
            colour = PDSA_COLOUR if note.kind == "pdsa" else LABEL_GREY
            style = Qt.PenStyle.DashLine if note.kind == "pdsa" else Qt.PenStyle.DotLine
            prefix = "PDSA: " if note.kind == "pdsa" and not note.label.lower().startswith("pdsa") else ""
            marks.append(
                {
                    "x": _timestamp(note.when),
                    "pen": pg.mkPen(colour, width=1, style=style),
                    "text": prefix + _short(note.label),
                    "position": 0.9 - 0.1 * (k % 4),
                    "anchor": (0, 0.5),
                    "colour": colour,
                    "fill": False,
                    "tip": f"{note.when:%d %b %Y}: {note.label}",
                }
            )
        return marks

    def _place_texts(self, labels: list, font: QFont) -> None:
        pg = self._pg
        while len(self._texts) < len(labels):
            item = pg.TextItem("", color=LABEL_GREY, fill=pg.mkBrush(255, 255, 255, 170))
            item.setZValue(20)
            self.plot.addItem(item, ignoreBounds=True)
            self._texts.append(item)
        for item, (text, x, y, anchor) in zip(self._texts, labels, strict=False):
            item.setText(text)
            item.setFont(font)
            item.setAnchor(anchor)
            item.setPos(x, y)
            item.setVisible(True)
        for item in self._texts[len(labels) :]:
            item.setVisible(False)

    def _place_vlines(self, marks: list[dict], font: QFont) -> None:
        pg = self._pg
        while len(self._vlines) < len(marks):
            line = pg.InfiniteLine(pos=0, angle=90, label=" ", labelOpts={"position": 0.5})
            line.setZValue(3)
            self.plot.addItem(line, ignoreBounds=True)
            self._vlines.append(line)
        for line, mark in zip(self._vlines, marks, strict=False):
            line.setValue(mark["x"])
            line.setPen(mark["pen"])
            label = line.label
            label.setFormat(mark["text"])
            label.setColor(mark["colour"])
            label.fill = pg.mkBrush(255, 255, 255, 210) if mark["fill"] else pg.mkBrush(None)
            label.anchors = [mark["anchor"], mark["anchor"]]
            label.setFont(font)
            label.setPosition(mark["position"])
            line.setToolTip(mark["tip"])
            line.setVisible(True)
        for line in self._vlines[len(marks) :]:
            line.setVisible(False)

    def _set_header(self, chart: MeasureChart, font: QFont) -> None:
        size = f"{font.pointSizeF() * 1.2:.1f}pt"
        kind = CHART_TYPES[chart.kind].split(" (")[0]
        self.title.setText(
            f"{_html(chart.details.name)} <span style='color:{LABEL_GREY}'>· {kind}</span>",
            size=size,
            bold=True,
            color="#212b32",
        )
        self.icons.set_icons(chart.variation_icon, chart.assurance, QFontMetricsF(font).height() * 2.6)

    def _set_legend(self, chart: MeasureChart, font: QFont) -> None:
        present = {cls for cls in self.point_items}
        order = ["common", "improvement", "concern", "neutral_high", "neutral_low", "excluded"]
        bits = []
        for cls in order:
            if cls in present or cls in ("common", "improvement", "concern") and chart.details.improvement != "neutral":
                _symbol, colour, glyph, words = POINT_STYLE[cls]
                bits.append(f"<span style='color:{colour or LABEL_GREY}'>{glyph}</span> {words}")
        if chart.lines:
            bits.append(f"<span style='color:{CENTRE_LINE}'>━</span> {chart.centre_name}")
        if chart.has_limits:
            bits.append(f"<span style='color:{LIMIT_LINE}'>┅</span> Process limits")
        if chart.details.target is not None:
            bits.append(f"<span style='color:{icons.TARGET_RED}'>┅</span> Target")
        lines = ["&nbsp;&nbsp; ".join(bits), _html(chart.rule_set)]
        if chart.problem:
            lines.insert(0, f"<b style='color:#a4000f'>{_html(chart.problem)}</b>")
        self.legend.setText("<br>".join(lines), size=f"{font.pointSizeF():.1f}pt", color=LABEL_GREY)

    def resizeEvent(self, event) -> None:  # N802 - Qt override
        super().resizeEvent(event)
        self._wrap_labels()

    def _wrap_labels(self) -> None:
        """Title and legend wrap to the chart's width instead of widening the scene past it."""
        width = max(200.0, self.view.width() - 24.0)
        icons_width = self.icons.boundingRect().width() + 16.0
        for label, text_width in ((self.title, width - icons_width), (self.legend, width)):
            label.item.setTextWidth(max(120.0, text_width))
            label.updateMin()

    # -- reading back what is drawn ------------------------------------------------------------
    def drawn_flags(self) -> dict[int, str]:
        """Positions drawn as special cause, with their style: read from the plotted items."""
        if self._xs is None:
            return {}
        position = {float(x): i for i, x in enumerate(self._xs)}
        out: dict[int, str] = {}
        for cls, (item, _indices) in self.point_items.items():
            if cls in ("common", "excluded"):
                continue
            for x in item.getData()[0]:
                out[position[float(x)]] = cls
        return out

    def summary_text(self) -> str:
        """The chart in words (accessible description, and the page's text alternative)."""
        chart = self.chart
        if chart is None:
            return "No chart."
        lines = [f"{chart.details.name}: {CHART_TYPES[chart.kind]}. {chart.rule_set}."]
        if chart.problem:
            lines.append(chart.problem)
        latest = chart.latest
        if latest is not None:
            lines.append(f"Latest: {latest.label}, {format_value(latest.value, chart.details)}.")
        lines.append(f"Variation: {chart.variation_text}. Assurance: {chart.assurance_text}")
        if chart.flagged:
            lines.append(f"{len(chart.flagged)} special-cause point{'s' if len(chart.flagged) != 1 else ''}.")
        return " ".join(lines)

    # -- hover ---------------------------------------------------------------------------------
    def index_at(self, scene_pos: QPointF) -> int:
        """The point nearest ``scene_pos`` within a few pixels, or -1."""
        import numpy as np

        if self._xs is None or not len(self._xs) or self.chart is None:
            return -1
        vb = self.plot.getViewBox()
        if not vb.sceneBoundingRect().contains(scene_pos):
            return -1
        view = vb.mapSceneToView(scene_pos)
        px_w, px_h = vb.viewPixelSize()
        if not px_w or not px_h:
            return -1
        dist = np.hypot((self._xs - view.x()) / px_w, (self._ys - view.y()) / px_h)
        dist = np.where(np.isfinite(dist), dist, np.inf)
        best = int(np.argmin(dist))
        return best if dist[best] <= HOVER_PIXELS else -1

    def scene_pos_of(self, index: int) -> QPointF:
        vb = self.plot.getViewBox()
        return vb.mapViewToScene(QPointF(float(self._xs[index]), float(self._ys[index])))

    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        index = self.index_at(scene_pos)
        if index == self.hovered_index:
            return
        self.hovered_index = index
        self.hovered.emit(index)
        if index < 0 or self.chart is None:
            self.last_tooltip = ""
            QToolTip.hideText()
            return
        self.last_tooltip = self.chart.describe(index)
        QToolTip.showText(QCursor.pos(), self.last_tooltip, self.view)

    # -- export --------------------------------------------------------------------------------
    def png_bytes(self, width: int = 1600) -> bytes:
        from pyqtgraph.exporters import ImageExporter

        exporter = ImageExporter(self.view.scene())
        exporter.parameters()["width"] = width
        image = exporter.export(toBytes=True)
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        return bytes(data.data())

    def svg_bytes(self) -> bytes:
        """The chart as SVG. Rendered with Qt's own QSvgGenerator rather than pyqtgraph's
        SVGExporter, which in pyqtgraph 0.14.0 fails on any closed path (pyqtgraph issue #3495)."""
        from PySide6.QtGui import QPainter
        from PySide6.QtSvg import QSvgGenerator

        scene = self.view.scene()
        source = self.view.mapToScene(self.view.viewport().rect()).boundingRect()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setSize(source.size().toSize())
        generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
        generator.setTitle(self.chart.details.name if self.chart else "Chart")
        generator.setDescription(self.summary_text())
        painter = QPainter(generator)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        scene.render(painter, QRectF(0, 0, source.width(), source.height()), source)
        painter.end()
        buffer.close()
        return bytes(data.data())


def _number(value: float, chart: MeasureChart) -> str:
    """A line label's number: the axis carries the unit, so only % is kept."""
    text = format_value(value, chart.details)
    unit = chart.details.display_unit
    if unit and unit != "%" and text.endswith(unit):
        text = text[: -len(unit)].strip()
    return text


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


_ICONS_ITEM_CLASS: type | None = None


def _new_icons_item() -> Any:
    """The variation and assurance icons as a scene item (so exports carry them); the class is
    made on first use because it subclasses a pyqtgraph item."""
    global _ICONS_ITEM_CLASS
    if _ICONS_ITEM_CLASS is None:
        import pyqtgraph as pg

        class IconsItem(pg.GraphicsWidget):
            def __init__(self) -> None:
                super().__init__()
                self.variation: str | None = None
                self.assurance: str | None = None
                self.side = 40.0

            def set_icons(self, variation: str | None, assurance: str | None, side: float) -> None:
                self.variation, self.assurance, self.side = variation, assurance, side
                size = QSizeF(side * 2.2, side)
                self.setMinimumSize(size)
                self.setMaximumSize(size)
                self.setToolTip(
                    f"Variation: {icons.variation_text(variation)}\nAssurance: {icons.assurance_text(assurance)}"
                )
                self.update()

            def paint(self, painter, *_args) -> None:
                if self.variation:
                    icons.paint_variation(painter, QRectF(0, 0, self.side, self.side), self.variation)
                if self.assurance:
                    icons.paint_assurance(painter, QRectF(self.side * 1.2, 0, self.side, self.side), self.assurance)

            def boundingRect(self) -> QRectF:  # Qt override
                return QRectF(0, 0, self.side * 2.2, self.side)

        _ICONS_ITEM_CLASS = IconsItem
    return _ICONS_ITEM_CLASS()
