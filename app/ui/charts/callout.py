"""The hover (and keyboard) callout: a point's words in a box beside it, in scene coordinates so
it is never clipped by the plot, and moved to whichever side keeps it inside the chart."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QBrush, QColor, QFont, QPen
from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsScene, QGraphicsSimpleTextItem

PAD = 5.0
OFFSET = 12.0


class Callout:
    def __init__(self, scene: QGraphicsScene) -> None:
        self.box = QGraphicsRectItem()
        self.box.setBrush(QBrush(QColor(255, 255, 255, 240)))
        self.box.setPen(QPen(QColor("#425563"), 1))
        self.box.setZValue(60)
        self.text = QGraphicsSimpleTextItem(self.box)
        self.text.setBrush(QColor("#212b32"))
        scene.addItem(self.box)
        self.box.setVisible(False)

    def show(self, words: str, at: QPointF, inside: QRectF, font: QFont) -> None:
        """Show ``words`` beside the scene point ``at``, the whole box within ``inside``."""
        self.text.setFont(font)
        self.text.setText(words)
        size = self.text.boundingRect().size()
        w, h = size.width() + 2 * PAD, size.height() + 2 * PAD
        x = at.x() + OFFSET if at.x() + OFFSET + w <= inside.right() else at.x() - OFFSET - w
        y = at.y() - OFFSET - h if at.y() - OFFSET - h >= inside.top() else at.y() + OFFSET
        x = min(max(x, inside.left()), inside.right() - w)
        y = min(max(y, inside.top()), inside.bottom() - h)
        self.box.setRect(0, 0, w, h)
        self.box.setPos(x, y)
        self.text.setPos(PAD, PAD)
        self.box.setVisible(True)

    def hide(self) -> None:
        self.box.setVisible(False)

    def isVisible(self) -> bool:  # N802 - mirrors Qt
        return self.box.isVisible()

    def setVisible(self, shown: bool) -> None:  # N802 - mirrors Qt
        self.box.setVisible(shown)

    def words(self) -> str:
        return self.text.text()

    def sceneBoundingRect(self) -> QRectF:  # N802 - mirrors Qt
        return self.box.sceneBoundingRect()
