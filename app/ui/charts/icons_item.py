"""The variation and assurance icons as a pyqtgraph scene item, so exported images carry them.
The class is made on first use because it subclasses a pyqtgraph item (pyqtgraph loads lazily)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRectF, QSizeF

from app.ui.charts import icons

_ICONS_ITEM_CLASS: type | None = None


def new_icons_item() -> Any:
    global _ICONS_ITEM_CLASS
    if _ICONS_ITEM_CLASS is None:
        import pyqtgraph as pg

        class IconsItem(pg.GraphicsWidget):
            def __init__(self) -> None:
                super().__init__()
                self.variation: str | None = None
                self.assurance: str | None = None
                self.side = 40.0

            def set_icons(self, variation: str | None, assurance: str | None, side: float, words: str = "") -> None:
                self.variation, self.assurance, self.side = variation, assurance, side
                size = QSizeF(side * 2.2, side)
                self.setMinimumSize(size)
                self.setMaximumSize(size)
                self.setToolTip(
                    words
                    or f"Variation: {icons.variation_text(variation)}\nAssurance: {icons.assurance_text(assurance)}"
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
