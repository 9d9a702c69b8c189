"""Sizes, colours and paragraph styles shared by every PDF, and the one function that turns user
text into Paragraph markup (escape <, > and &; keep line breaks).

Body text is 11 pt DejaVu Sans, whose x-height (0.55 em) makes it as large on paper as 12 pt
Arial; labels and tables use the same size, headings are larger, the footer smaller.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from app.reports.fonts import BOLD, REGULAR, register_fonts

MM = 72 / 25.4  # points per millimetre
PAGE_WIDTH, PAGE_HEIGHT = 210 * MM, 297 * MM  # A4 portrait
MARGIN_X = 14 * MM
MARGIN_TOP = 16 * MM
MARGIN_BOTTOM = 22 * MM  # room for the footer
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN_X

BODY = 11
COMPACT = 10  # the daily sheet's tables and lines, so an ordinary day fits one A4 page
SMALL = 9
FOOTER = 8
TITLE = 17
HEADING = 12.5

NHS_BLUE = "#005eb8"
NHS_DARK_BLUE = "#003087"
GREY_TEXT = "#425563"
RULE_GREY = "#768692"
PALE_GREY = "#e8edee"

TICKED, UNTICKED = "☒", "☐"
NOT_RECORDED = "–"


PAGE_OF_TEXT = 4000  # characters: about one A4 page of 10 pt text; longer text is cut off on paper
CONTINUED = "… continued in the app"


def clip(value: Any, limit: int = PAGE_OF_TEXT) -> str:
    """User text cut to about a page (at a word boundary), with a printed note saying where the
    rest is. A 1 MB note would otherwise take minutes to lay out and hundreds of pages."""
    raw = "" if value is None else str(value)
    if len(raw) <= limit:
        return raw
    cut = raw[:limit]
    space = cut.rfind(" ", limit - 200)
    cut = cut[:space] if space > 0 else cut
    return f"{cut.rstrip()} {CONTINUED} ({len(raw) - len(cut):,} more characters)."


def text(value: Any) -> str:
    """User text as Paragraph markup: <, > and & escaped, line breaks kept."""
    if value is None:
        return ""
    clean = str(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return clean.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "<br/>")


def tick(selected: bool) -> str:
    return TICKED if selected else UNTICKED


def ticks(options: tuple[str, ...] | list[str], chosen: set[str] | None) -> str:
    """ "☒ Yes  ☐ No": every option with a box, ticked if chosen (None = blank form)."""
    chosen = chosen or set()
    return "    ".join(f"{tick(o in chosen)}\u00a0{text(o)}" for o in options)


def yes_no(value: bool | None) -> str:
    return ticks(("Yes", "No"), None if value is None else {"Yes" if value else "No"})


def table_font(size: float = BODY) -> list[tuple]:
    """Table style commands that keep plain-string cells in the embedded font (reportlab's
    default would pull in Helvetica, which is not embedded)."""
    return [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("FONTSIZE", (0, 0), (-1, -1), size),
        ("LEADING", (0, 0), (-1, -1), size * 1.25),
    ]


@dataclass(frozen=True)
class Styles:
    body: Any
    small: Any
    label: Any
    field_label: Any
    title: Any
    subtitle: Any
    heading: Any
    cell: Any
    cell_bold: Any
    header_cell: Any
    long_text: Any
    contents: Any


@cache
def styles() -> Styles:
    """Paragraph styles (built once; fonts registered on first use)."""
    return _styles(BODY, HEADING, 10, "")


@cache
def compact_styles() -> Styles:
    """The daily sheet's styles: 10 pt text, 11 pt headings with less space around them."""
    return _styles(COMPACT, BODY, 5, "compact_")


@cache
def sized_styles(size: float) -> Styles:
    """Compact styles at another text size (a dense table on the daily sheet)."""
    return _styles(size, BODY, 5, f"s{size:g}_")


def _styles(size: float, heading: float, before: float, prefix: str) -> Styles:
    register_fonts()
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle

    def style(name: str, **kw: Any) -> Any:
        base: dict[str, Any] = {
            "fontName": REGULAR,
            "fontSize": size,
            "leading": size * 1.25,
            "textColor": colors.black,
            "splitLongWords": 1,
            "allowWidows": 1,
        }
        base.update(kw)
        return ParagraphStyle(prefix + name, **base)

    return Styles(
        body=style("body", spaceAfter=2),
        small=style("small", fontSize=SMALL, leading=SMALL * 1.25),
        label=style("label"),
        field_label=style("field_label", fontSize=SMALL, leading=SMALL * 1.25, textColor=colors.HexColor(GREY_TEXT)),
        title=style(
            "title", fontName=BOLD, fontSize=TITLE, leading=TITLE * 1.2, textColor=colors.HexColor(NHS_DARK_BLUE)
        ),
        subtitle=style("subtitle", fontSize=size, textColor=colors.HexColor(GREY_TEXT), spaceAfter=4),
        heading=style(
            "heading",
            fontName=BOLD,
            fontSize=heading,
            leading=heading * 1.3,
            textColor=colors.white,
            backColor=colors.HexColor(NHS_BLUE),
            borderPadding=(3, 4, 3, 4),
            spaceBefore=before,
            spaceAfter=before * 0.6,
        ),  # no keepWithNext: that moves a heading and a whole table to the next page; Form.heading
        # keeps a heading off the foot of a page with a CondPageBreak instead
        cell=style("cell"),
        cell_bold=style("cell_bold", fontName=BOLD),
        header_cell=style("header_cell", fontName=BOLD, textColor=colors.white),
        long_text=style("long_text", leftIndent=4, rightIndent=4, spaceAfter=4),
        contents=style("contents", fontSize=size + 1, leading=(size + 1) * 1.5),
    )
