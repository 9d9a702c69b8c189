"""Making Data Count variation and assurance icons, drawn with QPainter (no image files).

The style follows the NHS "Making Data Count" icons as NHSRplotthedots ships them: a white disc
with a thick coloured ring, a little run of dots (grey, the last two in the signal colour, going
up or down) and a letter: H or L for special cause high or low; P, F or ? for a consistent pass,
a consistent fail or hit and miss. The letter, the dots' direction and the text alternative
(``app.domain.chart_words.VARIATION_TEXT`` / ``ASSURANCE_TEXT``) mean colour is never the
only cue. Everything is drawn as paths scaled to the rectangle, so icons stay crisp at any size.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPainterPath, QPen, QPixmap

from app.domain.chart_words import ASSURANCE_TEXT, VARIATION_TEXT

BLUE = "#00b0f0"  # special cause improvement (NHSRplotthedots ptd_spc_colours)
ORANGE = "#e46c0a"  # special cause concern
PURPLE = "#490092"  # special cause, no direction
GREY = "#a6a6a6"  # common cause
DOT_GREY = "#7f7f7f"
TARGET_RED = "#de1b1b"

_UP = (0.15, -0.05, 0.15, -0.45, -0.8)  # dot heights (negative is up), the last two signal
_DOWN = tuple(-v for v in _UP)
_FLAT = (0.0, -0.3, 0.2, -0.25, 0.1)

#: name -> (ring colour, letter, dot heights, colour of the last two dots)
VARIATION_STYLE = {
    "common_cause": (GREY, "", _FLAT, DOT_GREY),
    "improvement_high": (BLUE, "H", _UP, BLUE),
    "improvement_low": (BLUE, "L", _DOWN, BLUE),
    "concern_high": (ORANGE, "H", _UP, ORANGE),
    "concern_low": (ORANGE, "L", _DOWN, ORANGE),
    "neutral_high": (PURPLE, "H", _UP, PURPLE),
    "neutral_low": (PURPLE, "L", _DOWN, PURPLE),
}

#: name -> (ring colour, letter, where the target sits against the limits: -1 below, 0 inside, 1 above)
ASSURANCE_STYLE = {
    "consistent_pass": (BLUE, "P", -1),
    "consistent_fail": (ORANGE, "F", 1),
    "inconsistent": (GREY, "?", 0),
}


def _ring(painter: QPainter, rect: QRectF, colour: str) -> QRectF:
    side = min(rect.width(), rect.height())
    square = QRectF(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side)
    width = side * 0.075
    inner = square.adjusted(width, width, -width, -width)
    painter.setPen(QPen(QColor(colour), width))
    painter.setBrush(QBrush(QColor("white")))
    painter.drawEllipse(inner)
    return inner


def _letter(painter: QPainter, box: QRectF, letter: str, colour: str) -> None:
    if not letter:
        return
    font = QFont()
    font.setBold(True)
    font.setPointSizeF(100)  # any size: the outline is scaled to the box below
    path = QPainterPath()
    path.addText(0, 0, font, letter)
    bounds = path.boundingRect()
    if bounds.isEmpty():
        return
    scale = min(box.width() / bounds.width(), box.height() / bounds.height())
    painter.save()
    painter.translate(box.center().x() - bounds.center().x() * scale, box.center().y() - bounds.center().y() * scale)
    painter.scale(scale, scale)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(QColor(colour)))
    painter.drawPath(path)
    painter.restore()


def paint_variation(painter: QPainter, rect: QRectF, name: str) -> None:
    """Draw the variation icon ``name`` (as ``MeasureChart.variation_icon``) inside ``rect``."""
    colour, letter, heights, signal = VARIATION_STYLE[name]
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    inner = _ring(painter, rect, colour)
    r = inner.width() / 2
    cx, cy = inner.center().x(), inner.center().y()
    dots_y = cy - (0.12 * r if letter else 0.0)
    step = r * 0.32
    points = [QPointF(cx + (i - 2) * step, dots_y + h * r * 0.32) for i, h in enumerate(heights)]
    painter.setPen(QPen(QColor(DOT_GREY), r * 0.06))
    for a, b in zip(points, points[1:], strict=False):
        painter.drawLine(a, b)
    painter.setPen(Qt.PenStyle.NoPen)
    for i, p in enumerate(points):
        painter.setBrush(QBrush(QColor(signal if i >= 3 else DOT_GREY)))
        painter.drawEllipse(p, r * 0.11, r * 0.11)
    if letter:
        _letter(painter, QRectF(cx - r * 0.3, cy + r * 0.3, r * 0.6, r * 0.5), letter, colour)
    painter.restore()


def paint_assurance(painter: QPainter, rect: QRectF, name: str) -> None:
    """Draw the assurance icon ``name`` (as ``MeasureChart.assurance``) inside ``rect``."""
    colour, letter, where = ASSURANCE_STYLE[name]
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    inner = _ring(painter, rect, colour)
    r = inner.width() / 2
    cx, cy = inner.center().x(), inner.center().y()
    left, right = cx - r * 0.6, cx + r * 0.6
    top, bottom = cy - r * 0.55, cy - r * 0.05  # the process limits band, upper half
    painter.setPen(QPen(QColor(DOT_GREY), r * 0.06))
    painter.drawLine(QPointF(left, top), QPointF(right, top))
    painter.drawLine(QPointF(left, bottom), QPointF(right, bottom))
    target_y = {1: top - r * 0.14, -1: bottom + r * 0.14, 0: (top + bottom) / 2}[where]
    pen = QPen(QColor(TARGET_RED), r * 0.07)
    pen.setStyle(Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.drawLine(QPointF(left, target_y), QPointF(right, target_y))
    _letter(painter, QRectF(cx - r * 0.3, cy + r * 0.2, r * 0.6, r * 0.55), letter, colour)
    painter.restore()


def pair_icon(variation: str | None, assurance: str | None, side: int, ratio: float = 2.0) -> QIcon:
    """Both icons side by side in one icon (for a list cell); a blank space where one is missing."""
    gap = side // 4
    pixmap = QPixmap(round((side * 2 + gap) * ratio), round(side * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    if variation:
        paint_variation(painter, QRectF(0, 0, side, side), variation)
    if assurance:
        paint_assurance(painter, QRectF(side + gap, 0, side, side), assurance)
    painter.end()
    return QIcon(pixmap)


def variation_text(name: str | None) -> str:
    return VARIATION_TEXT.get(name or "", "No variation icon")


def assurance_text(name: str | None) -> str:
    return ASSURANCE_TEXT.get(name or "", "No assurance icon")
