"""The font family every PDF uses: DejaVu Sans from resources/fonts, embedded (as a subset) in
each file, so names such as Siân, Zoë, Łukasz and Nguyễn Thị Lan, and – £ ✓ ☐ ☒, print as typed.

Registered once, on first use (reportlab is imported lazily by the callers of this module).
"""

from __future__ import annotations

import threading

from app.paths import resource

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"
FAMILY = "DejaVu Sans"

_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", ITALIC: "DejaVuSans-Oblique.ttf",
          BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf"}
_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the four faces and the family (so <b> and <i> in a Paragraph pick the right face).
    Safe to call from any thread, any number of times."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        for name, file_name in _FILES.items():
            path = resource("fonts", file_name)
            if not path.exists():
                raise FileNotFoundError(f"The printing font {file_name} is missing from {path.parent}.")
            pdfmetrics.registerFont(TTFont(name, str(path)))
        pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC)
        _registered = True


def has_glyph(character: str, font_name: str = REGULAR) -> bool:
    """Whether the embedded font can draw ``character`` (used by tests and by the renderers'
    fallback for characters the font lacks)."""
    register_fonts()
    from reportlab.pdfbase import pdfmetrics

    face = pdfmetrics.getFont(font_name).face
    return ord(character) in face.charToGlyph
