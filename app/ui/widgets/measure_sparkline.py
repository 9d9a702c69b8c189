"""A small chart of one measure for the board: the last points, the centre line, dashed process
limits and the special-cause points drawn larger as diamonds (the shape, not only the colour,
marks them), with the Making Data Count icons from app.ui.charts.icons and the same in words.

Painted with QPainter from the analysed MeasureChart, so the board's first paint does not wait for
pyqtgraph.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from app.domain.measure_series import MeasureChart

LAST_POINTS = 26
LINE = QColor("#425563")  # NHS dark grey
SPECIAL = QColor("#e46c0a")
IMPROVE = QColor("#00b0f0")


class Sparkline(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart: MeasureChart | None = None
        self.setMinimumSize(QSize(120, 40))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_chart(self, chart: MeasureChart | None) -> None:
        self.chart = chart
        self.update()

    def sizeHint(self) -> QSize:  # Qt override
        line = self.fontMetrics().height()
        return QSize(line * 10, line * 3)

    def _window(self) -> tuple[int, list[float | None]]:
        chart = self.chart
        if chart is None:
            return 0, []
        values = [p.value for p in chart.points]
        start = max(0, len(values) - LAST_POINTS)
        return start, values[start:]

    def paintEvent(self, _event) -> None:  # Qt override
        start, values = self._window()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(self.rect()).adjusted(4, 4, -4, -4)
        known = [v for v in values if v is not None]
        chart = self.chart
        if chart is None or len(known) < 2:
            painter.setPen(self.palette().text().color())
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, "Not enough data to chart yet")
            return
        lines = {}
        for segment in chart.lines:
            for position in range(max(segment.start, start), segment.end + 1):
                value = (
                    segment.values[position - segment.start] if position - segment.start < len(segment.values) else None
                )
                if value is not None:
                    lines.setdefault(segment.role, {})[position - start] = value
        everything = known + [v for role in lines.values() for v in role.values()]
        low, high = min(everything), max(everything)
        span = (high - low) or 1.0
        step = area.width() / max(1, len(values) - 1)

        def at(index: int, value: float) -> QPointF:
            return QPointF(area.left() + index * step, area.bottom() - (value - low) / span * area.height())

        for role, points in lines.items():
            pen = QPen(LINE, 1.2, Qt.PenStyle.SolidLine if role == "centre" else Qt.PenStyle.DashLine)
            painter.setPen(pen)
            ordered = sorted(points.items())
            for (i0, v0), (i1, v1) in zip(ordered, ordered[1:], strict=False):
                if i1 == i0 + 1:
                    painter.drawLine(at(i0, v0), at(i1, v1))
        path = QPainterPath()
        first = True
        for index, value in enumerate(values):
            if value is None:
                first = True
                continue
            if first:
                path.moveTo(at(index, value))
                first = False
            else:
                path.lineTo(at(index, value))
        painter.setPen(QPen(LINE, 2))
        painter.drawPath(path)
        radius = max(2.5, self.fontMetrics().height() / 6)
        for index, value in enumerate(values):
            if value is None:
                continue
            flag = chart.flag_at(start + index)
            centre = at(index, value)
            if flag is None:
                painter.setBrush(LINE)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.drawEllipse(centre, radius, radius)
                continue
            colour = IMPROVE if flag.type == "improvement" else SPECIAL if flag.type == "concern" else LINE
            big = radius * 1.9
            diamond = QPainterPath()
            diamond.moveTo(centre.x(), centre.y() - big)
            diamond.lineTo(centre.x() + big, centre.y())
            diamond.lineTo(centre.x(), centre.y() + big)
            diamond.lineTo(centre.x() - big, centre.y())
            diamond.closeSubpath()
            painter.setBrush(colour)
            painter.setPen(QPen(QColor("black"), 1))
            painter.drawPath(diamond)


class MeasureTile(QWidget):
    """One key measure: its name, the icons, the chart, and the icons' meaning in words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.name = QLabel()
        self.name.setWordWrap(True)
        self.icons = QLabel()
        self.icons.setAccessibleName("Making Data Count icons")
        top.addWidget(self.name, 1)
        top.addWidget(self.icons)
        layout.addLayout(top)
        self.spark = Sparkline(self)
        layout.addWidget(self.spark)
        self.words = QLabel()
        self.words.setWordWrap(True)
        layout.addWidget(self.words)

    def set_measure(self, name: str, chart: MeasureChart | None, problem: str = "") -> None:
        self.name.setText(f"<b>{_escape(name)}</b>")
        self.spark.set_chart(chart)
        self.spark.setAccessibleName(f"Chart of {name}")
        if chart is None:
            self.icons.clear()
            self.words.setText(problem or "This measure no longer exists.")
            return
        from app.ui.charts.icons import pair_icon

        side = round(self.fontMetrics().height() * 2)
        icon = pair_icon(chart.variation_icon, chart.assurance, side, self.devicePixelRatioF())
        self.icons.setPixmap(icon.pixmap(QSize(side * 2 + side // 4, side)))
        latest = chart.latest
        value = f"Latest {latest.label}: {_number(latest.value)}. " if latest and latest.value is not None else ""
        words = f"{value}{chart.variation_text}."
        if chart.assurance is not None:
            words += f" {chart.assurance_text}."
        self.words.setText(words)
        self.setAccessibleDescription(words)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _number(value: float) -> str:
    return f"{value:,.0f}" if abs(value) >= 1000 or value == int(value) else f"{value:,.1f}"
