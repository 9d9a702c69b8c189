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

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}
_lock = threading.Lock()
_registered: set[str] = set()


def register_fonts(*, italic: bool = False) -> None:
    """Register the regular and bold faces (and, with ``italic``, the oblique ones) and the family,
    so <b> and <i> in a Paragraph pick the right face. Reading a TrueType file takes a few tens of
    milliseconds, so the oblique faces are read only by a report that asks for them; until then
    <i> prints upright. Safe to call from any thread, any number of times."""
    wanted = {REGULAR, BOLD} | ({ITALIC, BOLD_ITALIC} if italic else set())
    if wanted <= _registered:
        return
    with _lock:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        for name in sorted(wanted - _registered):
            path = resource("fonts", _FILES[name])
            if not path.exists():
                raise FileNotFoundError(f"The printing font {_FILES[name]} is missing from {path.parent}.")
            pdfmetrics.registerFont(TTFont(name, str(path)))
            _registered.add(name)
        slanted = ITALIC in _registered
        pdfmetrics.registerFontFamily(
            REGULAR,
            normal=REGULAR,
            bold=BOLD,
            italic=ITALIC if slanted else REGULAR,
            boldItalic=BOLD_ITALIC if slanted else BOLD,
        )


def has_glyph(character: str, font_name: str = REGULAR) -> bool:
    """Whether the embedded font can draw ``character`` (used by tests)."""
    register_fonts(italic=font_name in (ITALIC, BOLD_ITALIC))
    from reportlab.pdfbase import pdfmetrics

    face = pdfmetrics.getFont(font_name).face
    return ord(character) in face.charToGlyph
