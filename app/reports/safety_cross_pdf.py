"""The safety cross as it hangs on the ward board: 31 numbered boxes in the shape of a cross, one
cross per focus harm, coloured with the ward's key. Every coloured box also carries a symbol, and
the legend pairs each colour with its symbol and label, so colour is never the only cue.
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any

from app.domain.safety_cross import CrossMonth
from app.domain.ward import FocusHarm
from app.reports import styles as st
from app.reports.fonts import BOLD, REGULAR
from app.reports.styles import text

DEFAULT_SYMBOLS = {"none": "✓", "no_harm": "!", "harm": "✗", "on_admission": "A"}
SPARE_SYMBOLS = "●■◆▲★#+=~"

# (row, first column) of each line of the cross, top to bottom, and how many boxes it holds
_CROSS_ROWS = ((0, 2, 3), (1, 2, 3), (2, 0, 7), (3, 0, 7), (4, 0, 7), (5, 2, 3), (6, 3, 1))


def cross_positions() -> list[tuple[int, int]]:
    """(row, column) on a 7 x 7 grid for days 1..31."""
    out: list[tuple[int, int]] = []
    for row, first, count in _CROSS_ROWS:
        out.extend((row, first + i) for i in range(count))
    return out


def symbols_for(harm: FocusHarm) -> dict[str, str]:
    """A distinct one-character symbol for each code in the harm's key: the usual ones for the
    default key, otherwise the first unused letter of the label (then a spare shape)."""
    out: dict[str, str] = {}
    used: set[str] = set()
    for colour in harm.colours:
        candidates = [DEFAULT_SYMBOLS.get(colour.code, "")]
        candidates += [ch.upper() for ch in colour.label if ch.isalpha()]
        candidates += list(SPARE_SYMBOLS)
        symbol = next(c for c in candidates if c and c not in used)
        out[colour.code] = symbol
        used.add(symbol)
    return out


@cache
def _colour(hex_colour: str) -> Any:
    """A reportlab colour object, parsed once (parsing "#rrggbb" on every box is slow)."""
    from reportlab.lib import colors

    return colors.HexColor(hex_colour)


def _ink_for(fill: str) -> str:
    """Black or white, whichever reads better on ``fill`` ("#rrggbb")."""
    try:
        r, g, b = (int(fill[i : i + 2], 16) / 255 for i in (1, 3, 5))
    except ValueError:
        return "#000000"
    luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return "#000000" if luminance > 0.45 else "#ffffff"


def cross_drawing(harm: FocusHarm, month: CrossMonth | None, box: float = 9 * st.MM) -> Any:
    """The cross for one harm and month as a flowable of vector boxes (``month=None``: an empty
    cross). Drawn straight on the canvas: a page of crosses is a few hundred boxes and numbers."""
    from reportlab.platypus.flowables import Flowable

    symbols = symbols_for(harm)
    days = month.days_in_month if month else 31
    size = 7 * box
    boxes = []  # (x, y, fill, ink, symbol, exists) for days 1..31
    for day, (row, col) in enumerate(cross_positions(), start=1):
        code = month.boxes[day - 1] if month else None
        colour = harm.colour_for(code) if code else None
        exists = day <= days
        fill = colour.colour if colour else ("#ffffff" if exists else st.PALE_GREY)
        ink = _ink_for(fill) if colour else ("#000000" if exists else st.RULE_GREY)
        symbol = symbols.get(code, "?") if colour and code else ""
        boxes.append((col * box, size - (row + 1) * box, fill, ink, symbol, exists))

    class Cross(Flowable):
        def wrap(self, *_args: Any) -> tuple[float, float]:
            self.width = self.height = size
            return size, size

        def draw(self) -> None:
            canvas = self.canv
            canvas.setLineWidth(0.8)
            canvas.setStrokeColor(_colour("#000000"))
            for x, y, fill, _ink, _symbol, _exists in boxes:
                canvas.setFillColor(_colour(fill))
                canvas.rect(x, y, box, box, stroke=1, fill=1)
            canvas.setFont(REGULAR, 6.5)  # the day numbers
            for day, (x, y, _fill, ink, _symbol, _exists) in enumerate(boxes, start=1):
                canvas.setFillColor(_colour(ink))
                canvas.drawString(x + 1.6, y + box - 7.2, str(day))
            canvas.setFont(BOLD, box * 0.55)  # the symbols, so colour is never the only cue
            for x, y, _fill, ink, symbol, _exists in boxes:
                if symbol:
                    canvas.setFillColor(_colour(ink))
                    canvas.drawCentredString(x + box / 2, y + box * 0.2, symbol)
            canvas.setStrokeColor(_colour(st.RULE_GREY))  # days this month does not have
            for x, y, _fill, _ink, _symbol, exists in boxes:
                if not exists:
                    canvas.line(x + 2, y + 2, x + box - 2, y + box - 2)

    return Cross()


def _legend_table(harm: FocusHarm, month: CrossMonth | None, width: float) -> Any:
    """Swatch with its symbol, meaning, and (for a filled month) how many days had it."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import Paragraph, Table, TableStyle

    s = st.styles()
    label_width = width - 19 * st.MM
    data: list[list[Any]] = [["Key", "", "" if month is None else "Days"]]
    style: list[Any] = [
        *st.table_font(),
        ("FONTSIZE", (0, 0), (-1, -1), st.SMALL),
        ("LEADING", (0, 0), (-1, -1), st.SMALL * 1.25),
        ("FONTNAME", (0, 0), (-1, 0), BOLD),
        ("SPAN", (0, 0), (1, 0)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (0, 1), (0, -1), "CENTER"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    symbols = symbols_for(harm)
    for r, colour in enumerate(harm.colours, start=1):
        count = "" if month is None else str(sum(1 for code in month.boxes if code == colour.code))
        meaning = colour.label + (" (harm day)" if colour.is_harm else "")
        if stringWidth(meaning, REGULAR, st.SMALL) > label_width - 7:
            meaning = Paragraph(text(meaning), s.small)  # wraps
        data.append([symbols[colour.code], meaning, count])
        style += [
            ("BACKGROUND", (0, r), (0, r), _colour(colour.colour)),
            ("BOX", (0, r), (0, r), 0.8, _colour("#000000")),
            ("FONTNAME", (0, r), (0, r), BOLD),
            ("FONTSIZE", (0, r), (0, r), st.BODY),
            ("TEXTCOLOR", (0, r), (0, r), _colour(_ink_for(colour.colour))),
        ]
    table = Table(data, colWidths=[8 * st.MM, label_width, 11 * st.MM], hAlign="LEFT")
    table.setStyle(TableStyle(style))
    return table


def cross_panels(
    harms: Sequence[FocusHarm],
    months: Mapping[str, CrossMonth] | None,
    days_since: Mapping[str, int | None] | None = None,
    blank: bool = False,
) -> Any:
    """A two-column table of crosses (title, cross, key) for every focus harm. ``months`` maps a
    harm key to its month (missing or ``blank``: an empty cross)."""
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    s = st.styles()
    cell_width = st.FRAME_WIDTH / 2
    cells: list[list[Any]] = []
    for harm in harms:
        month = None if blank or months is None else months.get(harm.key)
        heading = f"<b>{text(harm.name)}</b>"
        if blank:
            since_text = "Days since last harm: ________"
        elif days_since is None:
            since_text = ""
        else:
            since = days_since.get(harm.key)
            since_text = "No harm recorded" if since is None else f"Days since last harm: {since}"
        if since_text:
            heading += f'<br/><font size="{st.SMALL}">{since_text}</font>'
        cells.append(
            [
                Paragraph(heading, s.body),
                Spacer(1, 2 * st.MM),
                cross_drawing(harm, month),
                Spacer(1, 2 * st.MM),
                _legend_table(harm, month, cell_width - 6 * st.MM),
            ]
        )
    rows = [cells[i : i + 2] + [""] * (2 - len(cells[i : i + 2])) for i in range(0, len(cells), 2)]
    table = Table(rows, colWidths=[cell_width] * 2, hAlign="LEFT", splitByRow=1)
    table.setStyle(
        TableStyle(
            [
                *st.table_font(),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6 * st.MM),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6 * st.MM),
            ]
        )
    )
    return table


def month_title(year: int | None, month: int | None) -> str:
    if year is None or month is None:
        return "Month: ________________   Year: ________"
    return f"{calendar.month_name[month]} {year}"


def cross_section(
    harms: Sequence[FocusHarm],
    months: Sequence[CrossMonth] | None,
    *,
    days_since: Mapping[str, int | None] | None = None,
    heading: str = "Safety cross",
) -> list[Any]:
    """Heading, how to read the cross, and the panels (``months=None``: blank crosses)."""
    from reportlab.platypus import Paragraph, Spacer

    s = st.styles()
    blank = months is None
    first = months[0] if months else None
    title = month_title(first.year if first else None, first.month if first else None)
    by_key = {m.harm.key: m for m in months} if months else None
    how = (
        "Colour one box a day at the end of the day, and write its symbol in the box as well."
        if blank
        else "Each box is one day, coloured from the ward's key and marked with its symbol. "
        "Shaded boxes with a line through are days this month does not have."
    )
    out = [Paragraph(f"{text(heading)} · {text(title)}" if not blank else text(heading), s.heading)]
    if blank:
        out.append(Paragraph(f"<b>{text(title)}</b>", s.body))
    return [*out, Paragraph(how, s.small), Spacer(1, 3 * st.MM), cross_panels(harms, by_key, days_since, blank)]
