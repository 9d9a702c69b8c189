"""The month view of the safety cross: 31 boxes per focus harm in the ward's colours, each box also
carrying a letter so colour is never the only cue, with a legend."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.domain.safety_cross import CrossMonth
from app.domain.ward import CrossColour

LETTER = {"none": "✓", "no_harm": "N", "harm": "H", "on_admission": "A"}


def letter_for(colour: CrossColour) -> str:
    return LETTER.get(colour.code, colour.label[:1].upper())


def text_colour_on(background: str) -> QColor:
    c = QColor(background)
    luminance = 0.2126 * c.redF() + 0.7152 * c.greenF() + 0.0722 * c.blueF()
    return QColor("#000000") if luminance > 0.5 else QColor("#ffffff")


class SafetyCrossMonthView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.months: list[CrossMonth] = []
        self.today: int | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName("Safety cross for this month")

    def set_months(self, months: list[CrossMonth], today: int | None = None) -> None:
        self.months = months
        self.today = today
        self.setAccessibleDescription(self.describe())
        self.updateGeometry()
        self.update()

    def describe(self) -> str:
        parts = []
        for month in self.months:
            counts: dict[str, int] = {}
            for code in month.boxes[: month.days_in_month]:
                if code:
                    colour = month.harm.colour_for(code)
                    label = colour.label if colour else code
                    counts[label] = counts.get(label, 0) + 1
            summary = ", ".join(f"{label}: {n} days" for label, n in counts.items()) or "no days set"
            parts.append(f"{month.harm.name}: {summary}")
        return "; ".join(parts)

    def _metrics(self) -> tuple[int, int, int]:
        fm = QFontMetrics(self.font())
        box = max(18, fm.height() + 4)
        name_width = max((fm.horizontalAdvance(m.harm.name) for m in self.months), default=60) + 12
        return box, name_width, fm.height()

    def sizeHint(self) -> QSize:
        box, name_width, line = self._metrics()
        legend_lines = max((1 for _ in self.months), default=0) + len(self.months)
        height = line + 6 + len(self.months) * (box + 4) + legend_lines * (line + 4) + 8
        return QSize(name_width + 31 * (box + 2), height)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.sizeHint().height())

    def paintEvent(self, _event) -> None:  # ANN001
        if not self.months:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box, name_width, line = self._metrics()
        available = self.width() - name_width - 4
        box = max(12, min(box, available // 31 - 2))
        small = QFont(self.font())
        small.setPointSizeF(max(6.0, self.font().pointSizeF() * 0.8))
        y = 0
        painter.setFont(small)
        for day in range(1, 32):
            x = name_width + (day - 1) * (box + 2)
            painter.drawText(QRectF(x, y, box, line), Qt.AlignmentFlag.AlignCenter, str(day))
        y += line + 4
        for month in self.months:
            painter.setFont(self.font())
            painter.setPen(self.palette().windowText().color())
            painter.drawText(QRectF(0, y, name_width - 6, box), Qt.AlignmentFlag.AlignVCenter, month.harm.name)
            for day in range(1, 32):
                x = name_width + (day - 1) * (box + 2)
                rect = QRectF(x, y, box, box)
                if day > month.days_in_month:
                    continue
                code = month.boxes[day - 1]
                colour = month.harm.colour_for(code) if code else None
                if colour:
                    painter.fillRect(rect, QColor(colour.colour))
                    painter.setPen(text_colour_on(colour.colour))
                    painter.setFont(small)
                    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, letter_for(colour))
                border = QPen(QColor("#212b32"), 2 if day == self.today else 1)
                painter.setPen(border)
                painter.drawRect(rect)
            y += box + 4
        painter.setFont(small)
        for month in self.months:
            x = 0.0
            painter.setPen(self.palette().windowText().color())
            head = f"{month.harm.name}: "
            painter.drawText(QRectF(x, y, 400, line), Qt.AlignmentFlag.AlignVCenter, head)
            x += QFontMetrics(small).horizontalAdvance(head) + 4
            for colour in month.harm.colours:
                rect = QRectF(x, y + 1, line - 2, line - 2)
                painter.fillRect(rect, QColor(colour.colour))
                painter.setPen(text_colour_on(colour.colour))
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, letter_for(colour))
                painter.setPen(self.palette().windowText().color())
                label = f" {colour.label}"
                width = QFontMetrics(small).horizontalAdvance(label) + 14
                painter.drawText(QRectF(x + line, y, width, line), Qt.AlignmentFlag.AlignVCenter, label)
                x += line + width
            y += line + 4
        painter.end()
