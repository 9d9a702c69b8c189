"""The font family every PDF uses: DejaVu Sans from resources/fonts, embedded (as a subset) in
each file, so names such as Siân, Zoë, Łukasz and Nguyễn Thị Lan, and – £ ✓ ☐ ☒, print as typed.

Registered once, on first use (reportlab is imported lazily by the callers of this module).

Reading a TrueType file is most of a face's cost (reportlab walks every glyph in Python, some
10-20 ms a face), so what reportlab reads from each file is kept in a cache in the user's cache
folder (``marshal`` of plain data, keyed by the file's size and time, reportlab's version and
Python's) and read back in a few milliseconds by later prints. The embedding is unchanged: the
PDF still carries the subset of the font it uses, made from the same font data. Any problem
with the cache just means the file is read again.
"""

from __future__ import annotations

import logging
import marshal
import os
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from app.paths import resource

log = logging.getLogger(__name__)

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
CACHE_FORMAT = 1
_NAME_BYTES = "ttf-name-bytes"  # marks reportlab's TTFNameBytes (a bytes subclass) in the cache


def cache_dir() -> Path:
    from platformdirs import user_cache_path

    from app import APP_ID, ORG_NAME

    return user_cache_path(APP_ID, ORG_NAME) / "fonts"


def _cache_file(path: Path) -> Path:
    import reportlab

    stat = path.stat()
    python = f"{sys.version_info[0]}{sys.version_info[1]}"
    key = f"{path.stem}-{stat.st_size}-{stat.st_mtime_ns}-rl{reportlab.Version}-py{python}-v{CACHE_FORMAT}"
    return cache_dir() / f"{key}.marshal"


def _to_plain(face: Any) -> dict[str, Any]:
    from reportlab.pdfbase.ttfonts import TTFNameBytes

    plain = {}
    for key, value in face.__dict__.items():
        if callable(value):  # _pdfScale, a lambda made from unitsPerEm: made again on reading
            continue
        plain[key] = (_NAME_BYTES, bytes(value)) if isinstance(value, TTFNameBytes) else value
    return plain


def _from_plain(plain: dict[str, Any]) -> Any:
    from reportlab.pdfbase.ttfonts import TTFNameBytes, TTFontFace

    face = TTFontFace.__new__(TTFontFace)
    for key, value in plain.items():
        if isinstance(value, tuple) and len(value) == 2 and value[0] == _NAME_BYTES:
            value = TTFNameBytes(value[1])
        face.__dict__[key] = value
    per_em = plain["unitsPerEm"]
    face._pdfScale = (lambda x: x) if per_em == 1000 else (lambda x, m=1000 / per_em: x * m)
    return face


def read_face(path: Path) -> Any:
    """reportlab's TTFontFace for the file: from the cache when it holds this file, else read
    (and cached for next time)."""
    from reportlab.pdfbase.ttfonts import TTFontFace

    try:
        cached = _cache_file(path)
    except Exception:  # no cache folder on this PC: read the file
        return TTFontFace(str(path))
    try:
        return _from_plain(marshal.loads(cached.read_bytes()))
    except FileNotFoundError:
        pass
    except Exception:
        log.warning("the font cache %s could not be read; reading the font file", cached.name)
    face = TTFontFace(str(path))
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        temporary = cached.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_bytes(marshal.dumps(_to_plain(face)))
        os.replace(temporary, cached)
    except (OSError, ValueError):
        log.info("the font cache could not be written; fonts are read from their files")
    return face


@contextmanager
def _face_given(face: Any) -> Iterator[None]:
    """TTFont(name, file) with the face already read: TTFont.__init__ looks TTFontFace up when
    it runs, so it is swapped for the duration (under _lock, so no other thread sees it)."""
    from reportlab.pdfbase import ttfonts

    original = ttfonts.TTFontFace
    ttfonts.TTFontFace = lambda *_args, **_kwargs: face  # type: ignore[misc,assignment]
    try:
        yield
    finally:
        ttfonts.TTFontFace = original  # type: ignore[misc]


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
            with _face_given(read_face(path)):
                font = TTFont(name, str(path))
            pdfmetrics.registerFont(font)
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


def preload() -> None:
    """Import what printing a sheet needs and register the fonts (app/ui/preload.py calls this on
    a background thread after the window's first paint, so the first print does not wait)."""
    import reportlab.pdfgen.canvas  # noqa: F401
    import reportlab.platypus  # noqa: F401

    register_fonts()
