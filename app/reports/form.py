"""Paper-form building blocks shared by every sheet. The same calls draw the filled sheet and the
blank template: with ``blank=True`` a value becomes writing space, a choice becomes empty tick
boxes and a table gets empty rows, so the two look alike and a paper copy can be typed up later.

Nothing is ever cut off: long text is a Paragraph outside any table (Paragraphs split across
pages), and a table cell taller than a quarter of a page is split over continuation rows, because a
single table row cannot break across pages.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from app.reports import styles as st
from app.reports.fonts import BOLD, REGULAR
from app.reports.styles import NOT_RECORDED, clip, text
from app.reports.ticks import BOX

MAX_ROW_HEIGHT = 0.25 * (st.PAGE_HEIGHT - st.MARGIN_TOP - st.MARGIN_BOTTOM)
WRITING_ROW = 8 * st.MM  # height of an empty row, and of a writing line, on a blank form
CELL_PAD = 4
CELL_TEXT = 1500  # characters of a value in a box or table cell before it is cut off (about half a page)
HEADING_ROOM = 32 * st.MM  # a heading starts a new page unless this much room is left under it
LABEL_ROOM = 20 * st.MM  # the same for a bold label over a table or text


class Form:
    """Collects flowables for one sheet. ``blank`` = print a template to write on."""

    def __init__(self, blank: bool, *, compact: bool = False) -> None:
        from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

        self.blank = blank
        self.compact = compact  # the daily sheet: 10 pt tables and tighter spacing, to fit one page
        self.s = st.compact_styles() if compact else st.styles()
        self.size = st.COMPACT if compact else st.BODY
        self.pad = (2, 2.5) if compact else (3, 4)  # top, bottom padding of a table row
        self.box = BOX if blank or not compact else 3.6 * st.MM  # tick boxes: 5 mm for a pen
        self.story: list[Any] = []
        self._P, self._Spacer, self._Table, self._TableStyle = Paragraph, Spacer, Table, TableStyle

    @contextmanager
    def sized(self, size: float) -> Iterator[None]:
        """Tables and text added inside use ``size`` (a dense table: the daily sheet's actions)."""
        saved = self.s, self.size
        self.s, self.size = st.sized_styles(size), size
        try:
            yield
        finally:
            self.s, self.size = saved

    # -- values ----------------------------------------------------------------------------
    def value(self, raw: Any, suffix: str = "") -> str:
        """Markup for a single value: the value, "–" when nothing was recorded, "" on a blank."""
        if self.blank:
            return ""
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            return NOT_RECORDED
        return text(clip(raw, CELL_TEXT)) + suffix

    def para(self, markup: str, style: Any = None) -> Any:
        return self._P(markup, style or self.s.cell)

    def add(self, *flowables: Any) -> None:
        self.story.extend(flowables)

    # -- page furniture ----------------------------------------------------------------------
    def title(self, title: str, subtitle: str = "") -> None:
        self.add(self._P(text(title), self.s.title))
        if subtitle:
            self.add(self._P(subtitle, self.s.subtitle))

    def heading(self, title: str) -> None:
        """A section heading; never left alone at the foot of a page (it moves to the next page
        unless there is room for it and the start of what follows)."""
        from reportlab.platypus import CondPageBreak

        self.add(CondPageBreak(HEADING_ROOM), self._P(text(title), self.s.heading))

    def label(self, markup: str) -> None:
        """A bold line over a table or text, kept with what follows in the same way."""
        from reportlab.platypus import CondPageBreak

        self.add(CondPageBreak(LABEL_ROOM), self._P(markup, self.s.body))

    def note(self, markup: str) -> None:
        self.add(self._P(markup, self.s.small))

    def space(self, mm: float = 3) -> None:
        self.add(self._Spacer(1, mm * st.MM))

    # -- fields ----------------------------------------------------------------------------
    def grid(self, rows: Sequence[Sequence[tuple[str, str, int] | tuple[str, str]]], columns: int = 4) -> None:
        """Boxed label-over-value cells, like a paper form. Each row is a list of
        ``(label, value_markup[, span])``; spans in a row add up to ``columns``. Each row of boxes
        is two table rows (small grey labels, then the values), so short values stay plain text."""
        width = st.FRAME_WIDTH / columns
        data: list[list[Any]] = []
        heights: list[float | None] = []
        commands: list[Any] = [
            *st.table_font(self.size),
            ("BOX", (0, 0), (-1, -1), 0.8, st.RULE_GREY),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ]
        for r, row in enumerate(rows):
            top, bottom = 2 * r, 2 * r + 1
            labels: list[Any] = []
            values: list[Any] = []
            c = 0
            for cell in row:
                label, value = cell[0], cell[1]
                span = cell[2] if len(cell) > 2 else 1  # type: ignore[misc]
                labels += [self._cell(text(label), self.s.field_label, width * span, size=st.SMALL)] + [""] * (span - 1)
                values += [self._cell(value, self.s.cell, width * span) if value != "" else ""] + [""] * (span - 1)
                if span > 1:
                    commands += [("SPAN", (c, top), (c + span - 1, top)), ("SPAN", (c, bottom), (c + span - 1, bottom))]
                if c:
                    commands.append(("LINEBEFORE", (c, top), (c, bottom), 0.5, st.RULE_GREY))
                c += span
            data += [labels + [""] * (columns - c), values + [""] * (columns - c)]
            heights += [None, self._blank_height(row, width) if self.blank else None]
            commands += [
                ("FONTSIZE", (0, top), (-1, top), st.SMALL),
                ("LEADING", (0, top), (-1, top), st.SMALL * 1.25),
                ("TEXTCOLOR", (0, top), (-1, top), st.GREY_TEXT),
                ("TOPPADDING", (0, top), (-1, top), 2),
                ("BOTTOMPADDING", (0, top), (-1, top), 0),
                ("TOPPADDING", (0, bottom), (-1, bottom), 1),
                ("BOTTOMPADDING", (0, bottom), (-1, bottom), 4),
                ("LINEBELOW", (0, bottom), (-1, bottom), 0.5, st.RULE_GREY),
            ]
        table = self._Table(data, colWidths=[width] * columns, rowHeights=heights)
        table.setStyle(self._TableStyle(commands))
        self.add(table)
        self.space(2)

    def _blank_height(self, row: Sequence[tuple], width: float) -> float:
        """A row of boxes on a blank form: room to write (WRITING_ROW), or more for tick boxes."""
        tallest = 0.0
        for cell in row:
            value, span = cell[1], cell[2] if len(cell) > 2 else 1
            if not isinstance(value, str):
                tallest = max(tallest, value.wrap(width * span - 2 * CELL_PAD, 1e9)[1])
        return max(WRITING_ROW, tallest + 6)

    def choice(
        self, label: str, options: Sequence[str], chosen: set[str] | None, detail: str = "", detail_label: str = ""
    ) -> None:
        """``Label  [x] A  [ ] B`` with drawn 5 mm boxes (``chosen=None``: none ticked, as on a blank
        or for a question nobody answered) and, optionally, a detail line (writing space on a
        blank; on a compact sheet only when something was written)."""
        from reportlab.platypus import KeepTogether

        from app.reports.ticks import tick_line

        start = len(self.story)
        self.add(tick_line(label, options, None if self.blank else chosen, size=self.size, box=self.box))
        if detail_label and (self.blank or not self.compact or (detail or "").strip()):
            self.long_text(detail_label, detail, lines=1, inline=True)
        self.space(1)
        if self.blank or len(detail or "") < 600:  # short enough to keep on one page with its question
            self.story[start:] = [KeepTogether(self.story[start:])]

    def other_line(self, label: str = "Other") -> None:
        """``Other: ______`` writing space (blank forms)."""
        self.add(self.ruled_lines(1, label=f"{label}:"))

    def long_text(self, label: str, value: str, *, lines: int = 3, inline: bool = False) -> None:
        """Free text under its label. Filled: the whole text, split across pages if it must be.
        Blank: ``lines`` ruled writing lines."""
        from reportlab.platypus import CondPageBreak, KeepTogether

        label_markup = f"<b>{text(label)}</b>" if not inline else f'<font color="{st.GREY_TEXT}">{text(label)}</font>'
        if self.blank and self.compact:  # the label on the first writing line
            from reportlab.platypus import CondPageBreak

            colon = "" if label.rstrip().endswith("?") else ":"
            self.add(CondPageBreak(WRITING_ROW * min(lines, 2)), self.ruled_lines(lines, label=f"{label}{colon}"))
            return
        if self.blank:
            parts = [self._P(label_markup, self.s.body), self.ruled_lines(lines)]
            if inline:  # part of a choice that is kept together already
                self.add(*parts)
            else:
                self.add(KeepTogether(parts))
            return
        body = clip(value.strip()) if value else ""
        short = 600 if self.compact else 90  # a compact sheet keeps a paragraph-long answer beside its question
        if inline or not body or len(body) < short and "\n" not in body:
            colon = "" if label.rstrip().endswith("?") else ":"
            self.add(self._P(f"{label_markup}{colon} {text(body) if body else NOT_RECORDED}", self.s.body))
            return
        # a label never sits alone at the foot of a page: start a new page unless the label and a
        # few lines of the text fit (KeepTogether would move a long text whole, leaving a gap)
        self.add(CondPageBreak(22 * st.MM), self._P(label_markup, self.s.label))
        for block in body.split("\n\n"):  # one Paragraph per paragraph of text: splits cleanly
            self.add(self._P(text(block), self.s.long_text))

    def _cell(self, markup: Any, style: Any, width: float, size: float | None = None, font: str = REGULAR) -> Any:
        """A table cell: plain text that fits on one line stays a string (drawn directly, much
        faster than a Paragraph; the table's style gives its font, ``font`` at ``size``);
        anything with markup, entities or more words than fit is a Paragraph in ``style``."""
        from reportlab.pdfbase.pdfmetrics import stringWidth

        if not isinstance(markup, str):
            return markup  # a flowable already (tick boxes)
        size = size or self.size
        if not any(c in markup for c in "<&") and stringWidth(markup, font, size) <= width - 2 * CELL_PAD - 1:
            return markup
        return self._P(markup, style)

    def ruled_lines(self, count: int, label: str = "") -> Any:
        """``count`` ruled writing lines 8 mm apart (the first one after ``label``, if given)."""
        from reportlab.pdfbase.pdfmetrics import stringWidth

        rows = [[label, ""]] + [["", ""]] * (count - 1)
        first = 0 if not label else stringWidth(label, BOLD, self.size) + 2 * st.MM
        table = self._Table(rows, colWidths=[first, st.FRAME_WIDTH - first], rowHeights=[WRITING_ROW] * count)
        table.setStyle(
            self._TableStyle(
                [
                    *st.table_font(self.size),
                    ("FONTNAME", (0, 0), (0, -1), BOLD),
                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                    ("LINEBELOW", (1, 0), (1, -1), 0.5, st.RULE_GREY),
                    ("LINEBELOW", (0, 1), (0, -1), 0.5, st.RULE_GREY),
                ]
            )
        )
        return table

    # -- tables ----------------------------------------------------------------------------
    def table(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[str]],
        widths: Sequence[float],
        *,
        blank_rows: int = 4,
        empty: str = "None recorded.",
        bold_last_row: bool = False,
        fixed_rows: bool = False,
    ) -> None:
        """A ruled table with a repeating header. ``widths`` are fractions of the frame; cells are
        markup. Filled and empty: one row saying ``empty``. Blank: ``blank_rows`` writing rows, or
        with ``fixed_rows`` the given rows (labels such as role names) at writing height."""
        col_widths = [w * st.FRAME_WIDTH for w in widths]
        header = [
            self._cell(text(h), self.s.header_cell, w, font=BOLD) for h, w in zip(headers, col_widths, strict=False)
        ]
        body: list[list[Any]] = []
        continuation: list[bool] = []
        heights: list[float | None] = [None]
        if self.blank and not fixed_rows:
            body = [[""] * len(headers) for _ in range(blank_rows)]
            continuation = [False] * blank_rows
            heights += [WRITING_ROW] * blank_rows
        elif not rows:
            body = [
                [self._P(f'<font color="{st.GREY_TEXT}">{text(empty)}</font>', self.s.cell)] + [""] * (len(headers) - 1)
            ]
            continuation = [False]
            heights.append(None)
        else:
            for i, row in enumerate(rows):
                bold = bold_last_row and i == len(rows) - 1
                style, font = (self.s.cell_bold, BOLD) if bold else (self.s.cell, REGULAR)
                cells = [
                    self._cell(markup, style, width, font=font) for markup, width in zip(row, col_widths, strict=False)
                ]
                for n, split_row in enumerate(_split_tall_row(cells, col_widths)):
                    body.append(split_row)
                    continuation.append(n > 0)
                    heights.append(_writing_height(split_row, col_widths) if self.blank else None)
        commands: list[Any] = [
            *st.table_font(self.size),
            ("FONTNAME", (0, 0), (-1, 0), BOLD),
            ("TEXTCOLOR", (0, 0), (-1, 0), "#ffffff"),
            ("BACKGROUND", (0, 0), (-1, 0), st.NHS_BLUE),
            ("BOX", (0, 0), (-1, -1), 0.8, st.RULE_GREY),
            ("LINEBEFORE", (1, 0), (-1, -1), 0.5, st.RULE_GREY),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
            ("TOPPADDING", (0, 0), (-1, -1), self.pad[0]),
            ("BOTTOMPADDING", (0, 0), (-1, -1), self.pad[1]),
        ]
        for r in range(len(body)):
            next_is_continuation = r + 1 < len(body) and continuation[r + 1]
            if not next_is_continuation:
                commands.append(("LINEBELOW", (0, r + 1), (-1, r + 1), 0.5, st.RULE_GREY))
        if not rows and not (self.blank and not fixed_rows):
            commands.append(("SPAN", (0, 1), (-1, 1)))
        if bold_last_row and body:
            commands.append(("FONTNAME", (0, len(body)), (-1, len(body)), BOLD))
        table = self._Table(
            [header, *body], colWidths=col_widths, rowHeights=heights, repeatRows=1, splitByRow=1, hAlign="LEFT"
        )
        table.setStyle(self._TableStyle(commands))
        self.add(table)
        self.space(2)


def _writing_height(cells: list[Any], widths: list[float], least: float = WRITING_ROW) -> float:
    """A row on a blank form: at least ``least`` high, more if its printed label needs it."""
    tallest = max(
        (c.wrap(w - 2 * CELL_PAD, 1e9)[1] for c, w in zip(cells, widths, strict=False) if not isinstance(c, str)),
        default=0,
    )
    return max(least, tallest + 8)


def _surely_short(paragraph: Any, width: float) -> bool:
    """True when a cell's text cannot fill MAX_ROW_HEIGHT even if every character were
    1 em wide (so the exact, slower wrap can be skipped)."""
    markup = paragraph.text if hasattr(paragraph, "text") else ""
    chars_per_line = max(1.0, width / st.BODY)  # no character is wider than 1 em
    lines = len(markup) / chars_per_line + markup.count("<br/>") + 1
    return lines * st.BODY * 1.25 < MAX_ROW_HEIGHT * 0.8


def _split_tall_row(cells: list[Any], widths: list[float]) -> list[list[Any]]:
    """One row, or several when a cell is taller than MAX_ROW_HEIGHT: the tall cell's Paragraph is
    split into pieces that each fit, and the pieces go into continuation rows."""
    pieces_per_cell: list[list[Any]] = []
    for cell, width in zip(cells, widths, strict=False):
        available = width - 2 * CELL_PAD
        if isinstance(cell, str) or _surely_short(cell, available):
            pieces_per_cell.append([cell])
            continue
        _w, height = cell.wrap(available, 1e9)
        if height <= MAX_ROW_HEIGHT:
            pieces_per_cell.append([cell])
            continue
        pieces: list[Any] = []
        rest = cell
        while True:
            _w, height = rest.wrap(available, MAX_ROW_HEIGHT)
            if height <= MAX_ROW_HEIGHT:
                pieces.append(rest)
                break
            parts = rest.split(available, MAX_ROW_HEIGHT)
            if len(parts) < 2:  # pragma: no cover - nothing left that reportlab can split
                pieces.append(rest)
                break
            pieces.append(parts[0])
            rest = parts[1]
        pieces_per_cell.append(pieces)
    count = max(len(p) for p in pieces_per_cell)
    return [[p[i] if i < len(p) else "" for p in pieces_per_cell] for i in range(count)]
