"""A chart's scene saved as PNG or SVG (title, icons, lanes, labels and legend included)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF


def png_bytes(view: Any, width: int = 1600) -> bytes:
    from pyqtgraph.exporters import ImageExporter

    exporter = ImageExporter(view.scene())
    exporter.parameters()["width"] = width
    image = exporter.export(toBytes=True)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def svg_bytes(view: Any, figure: Any, description: str) -> bytes:
    """Rendered with Qt's own QSvgGenerator rather than pyqtgraph's SVGExporter, which in
    pyqtgraph 0.14.0 fails on any closed path (pyqtgraph issue #3495)."""
    from PySide6.QtGui import QPainter
    from PySide6.QtSvg import QSvgGenerator

    scene = view.scene()
    source = view.mapToScene(view.viewport().rect()).boundingRect()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(source.size().toSize())
    generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
    generator.setTitle(figure.title if figure is not None else "Chart")
    generator.setDescription(description)
    painter = QPainter(generator)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    scene.render(painter, QRectF(0, 0, source.width(), source.height()), source)
    painter.end()
    buffer.close()
    return bytes(data.data())
