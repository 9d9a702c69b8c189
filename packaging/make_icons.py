"""Export resources/icons/wardhuddle.svg to the raster icons the platforms need.

    uv run python packaging/make_icons.py    # rewrites wardhuddle.png (256 px) and wardhuddle.ico

Qt's SVG renderer draws each size (so small sizes are drawn, not shrunk); Pillow (a reportlab
dependency) writes the multi-size Windows .ico that PyInstaller puts on the .exe and the
installer uses for the Start-menu entry. The outputs are committed; run this after editing the SVG.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "wardhuddle.svg"
PNG = ICONS / "wardhuddle.png"
ICO = ICONS / "wardhuddle.ico"
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)


def render(size: int) -> bytes:
    """The SVG drawn at ``size`` × ``size`` pixels, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def build() -> dict[Path, bytes]:
    from PIL import Image

    images = {size: Image.open(io.BytesIO(render(size))) for size in ICO_SIZES}
    ico = io.BytesIO()
    largest = images[max(ICO_SIZES)]
    largest.save(
        ico,
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES if s != max(ICO_SIZES)],
    )
    return {PNG: render(256), ICO: ico.getvalue()}


def main(argv: list[str] | None = None) -> int:
    argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter).parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    for path, data in build().items():
        path.write_bytes(data)
        print(f"wrote {path.relative_to(ROOT)} ({len(data):,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
