"""The safety cross as it hangs on the ward board: 31 numbered boxes in the shape of a cross, one
cross per focus harm, coloured with the ward's key. Every coloured box also carries a symbol and a
fill pattern (plain, diagonal lines, cross-hatch, dots...), and the key names each colour, symbol
and pattern, so the cross reads the same on a greyscale printer: colour is never the only cue.
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from app.domain.safety_cross import CrossDay, CrossMonth
from app.domain.ward import FocusHarm
from app.reports import styles as st
from app.reports.cross_marks import colour as _colour
from app.reports.cross_marks import colour_name, draw_day_box, patterns_for, swatch, symbols_for
from app.reports.fonts import BOLD, REGULAR
from app.reports.styles import text

# (row, first column) of each line of the cross, top to bottom, and how many boxes it holds
_CROSS_ROWS = ((0, 2, 3), (1, 2, 3), (2, 0, 7), (3, 0, 7), (4, 0, 7), (5, 2, 3), (6, 3, 1))


def cross_positions() -> list[tuple[int, int]]:
    """(row, column) on a 7 x 7 grid for days 1..31."""
    out: list[tuple[int, int]] = []
    for row, first, count in _CROSS_ROWS:
        out.extend((row, first + i) for i in range(count))
    return out


def today_line(
    harms: Sequence[FocusHarm],
    today: Mapping[str, CrossDay],
    days_since: Mapping[str, int | None],
    *,
    size: float = st.BODY,
) -> Any:
    """The day's safety cross as one line: for each focus harm its box, what it means, and the
    days since the last harm (up to three harms to a line)."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Table, TableStyle

    style = ParagraphStyle("today", parent=st.styles().cell, fontSize=size, leading=size * 1.2)
    per_line = 3 if len(harms) != 4 else 2
    width = st.FRAME_WIDTH / per_line
    cells: list[Any] = []
    for harm in harms:
        entry = today.get(harm.key)
        colour = harm.colour_for(entry.code) if entry else None
        meaning = text(colour.label) if colour else f'<font color="{st.GREY_TEXT}">not marked</font>'
        days = days_since.get(harm.key)
        since = "no harm recorded" if days is None else f"{days} day{'s' if days != 1 else ''} since harm"
        inner = Table(
            [
                [
                    swatch(harm, entry.code if entry else None),
                    Paragraph(f"<b>{text(harm.name)}:</b> {meaning}<br/>{since}", style),
                ]
            ],
            colWidths=[8 * st.MM, width - 9 * st.MM],
        )
        inner.setStyle(
            TableStyle(
                [*st.table_font(size), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]
            )
        )
        cells.append(inner)
    rows = [cells[i : i + per_line] for i in range(0, len(cells), per_line)] or [[""]]
    rows = [row + [""] * (per_line - len(row)) for row in rows]
    table = Table(rows, colWidths=[width] * per_line, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                *st.table_font(size),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BOX", (0, 0), (-1, -1), 0.8, st.RULE_GREY),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return table


def cross_drawing(harm: FocusHarm, month: CrossMonth | None, box: float = 7.5 * st.MM) -> Any:
    """The cross for one harm and month as a flowable of vector boxes (``month=None``: an empty
    cross). Drawn straight on the canvas: a page of crosses is a few hundred boxes and numbers."""
    from reportlab.platypus.flowables import Flowable

    symbols, patterns = symbols_for(harm), patterns_for(harm)
    days = month.days_in_month if month else 31
    size = 7 * box
    boxes = []  # (x, y, fill, pattern, symbol, exists) for days 1..31
    for day, (row, col) in enumerate(cross_positions(), start=1):
        code = month.boxes[day - 1] if month else None
        colour = harm.colour_for(code) if code else None
        exists = day <= days
        fill = colour.colour if colour else ("#ffffff" if exists else st.PALE_GREY)
        pattern = patterns.get(code, "plain") if colour and code else "plain"
        symbol = symbols.get(code, "?") if colour and code else ""
        boxes.append((col * box, size - (row + 1) * box, fill, pattern, symbol, exists))

    class Cross(Flowable):
        def wrap(self, *_args: Any) -> tuple[float, float]:
            self.width = self.height = size
            return size, size

        def draw(self) -> None:
            canvas = self.canv
            for x, y, fill, pattern, symbol, _exists in boxes:
                draw_day_box(canvas, x, y, box, fill, pattern, symbol)
            canvas.setFont(REGULAR, 6.5)  # the day numbers, on a white tab so they read on any fill
            for day, (x, y, fill, _pattern, _symbol, exists) in enumerate(boxes, start=1):
                if fill != "#ffffff" and exists:
                    canvas.setFillColor(_colour("#ffffff"))
                    canvas.rect(x + 0.6, y + box - 8.4, 9.5 if day > 9 else 6, 7.8, stroke=0, fill=1)
                canvas.setFillColor(_colour("#000000" if exists else st.RULE_GREY))
                canvas.drawString(x + 1.6, y + box - 7.2, str(day))
            canvas.setStrokeColor(_colour(st.RULE_GREY))  # days this month does not have
            for x, y, _fill, _pattern, _symbol, exists in boxes:
                if not exists:
                    canvas.line(x + 2, y + 2, x + box - 2, y + box - 2)

    return Cross()


def key_words(harm: FocusHarm, code: str) -> str:
    """ "Red, cross-hatch, ✗": how a code looks, in words (for the key)."""
    colour = harm.colour_for(code)
    if colour is None:
        return ""
    return f"{colour_name(colour.colour).capitalize()}, {patterns_for(harm)[code]}, {symbols_for(harm)[code]}"


def _legend_table(harm: FocusHarm, month: CrossMonth | None, width: float) -> Any:
    """Swatch (colour, pattern and symbol), what it looks like in words and what it means, and
    (for a filled month) how many days had it."""
    from reportlab.platypus import Paragraph, Table, TableStyle

    s = st.styles()
    label_width = width - 19 * st.MM
    data: list[list[Any]] = [["Key", "", "" if month is None else "Days"]]
    style: list[Any] = [
        *st.table_font(st.SMALL),
        ("FONTNAME", (0, 0), (-1, 0), BOLD),
        ("SPAN", (0, 0), (1, 0)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (0, 1), (0, -1), "CENTER"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]
    for colour in harm.colours:
        count = "" if month is None else str(sum(1 for code in month.boxes if code == colour.code))
        meaning = f"<b>{text(colour.label)}</b>" + (" (harm day)" if colour.is_harm else "")
        looks = f'<font color="{st.GREY_TEXT}">{text(key_words(harm, colour.code))}</font>'
        data.append([swatch(harm, colour.code), Paragraph(f"{meaning}<br/>{looks}", s.small), count])
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
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4 * st.MM),
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
    as_of: date | None = None,
) -> list[Any]:
    """Heading, how to read the cross, and the panels (``months=None``: blank crosses). ``as_of``:
    the crosses stop at that day (later days print empty), and the heading says so."""
    from reportlab.platypus import Paragraph, Spacer

    s = st.styles()
    blank = months is None
    first = months[0] if months else None
    title = month_title(first.year if first else None, first.month if first else None)
    by_key = {m.harm.key: m for m in months} if months else None
    how = (
        "Colour one box a day at the end of the day, and write its symbol in the box as well "
        "(the symbol and pattern show the day on a black-and-white copy)."
        if blank
        else "Each box is one day, coloured from the ward's key and marked with its pattern and symbol. "
        "Shaded boxes with a line through are days this month does not have."
    )
    if as_of is not None and not blank:
        how += f" As it stood on {as_of:%d %b %Y}: later days are left empty."
    out = [Paragraph(f"{text(heading)} · {text(title)}" if not blank else text(heading), s.heading)]
    if blank:
        out.append(Paragraph(f"<b>{text(title)}</b>", s.body))
    return [*out, Paragraph(how, s.small), Spacer(1, 3 * st.MM), cross_panels(harms, by_key, days_since, blank)]


def blank_cross_pdf(ward: Any, printed_at: Any) -> bytes:
    """The month's blank safety crosses on one page, for the ward board (the ward's focus harms
    and colour key, or the defaults)."""
    from app.domain.ward import DEFAULT_FOCUS_HARMS
    from app.reports.document import PrintMeta, build_pdf
    from app.reports.huddle_print import ward_label

    harms = ward.details.focus_harms if ward is not None else DEFAULT_FOCUS_HARMS
    label = ward_label(ward)
    title = f"Blank safety cross · {ward.name if ward is not None else label}"
    meta = PrintMeta(title=title, ward_label=label, printed_at=printed_at, subject="Blank safety cross")
    return build_pdf(cross_section(harms, None, heading=title), meta)
