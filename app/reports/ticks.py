"""Tick boxes drawn as 5 mm squares, big enough for a pen: ``Label  [ ] A  [x] B  [ ] C`` laid out
on as many lines as the width needs (an option never splits from its box).

A ticked box is drawn with a heavy cross, so it reads the same in colour, in grey and on a
photocopy. Each box also carries the ☒ or ☐ character as invisible text, so copying or searching
the PDF still finds "☒ Yes".
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from app.reports import styles as st
from app.reports.fonts import BOLD, REGULAR

BOX = 5 * st.MM
GAP = 1.8 * st.MM  # between a box and its words
SPACING = 5 * st.MM  # between one option and the next


def tick_line(
    label: str,
    options: Sequence[str],
    chosen: set[str] | None,
    *,
    size: float = st.BODY,
    box: float = BOX,
    trailing: str = "",
    more: Sequence[tuple[str, Sequence[str]] | tuple[str, Sequence[str], set[str] | None]] = (),
) -> Any:
    """A flowable: ``label`` in bold, then every option with its box (``chosen=None`` or an
    empty set: nothing ticked). ``more``: further (label, options) questions on the same line
    (each may give its own chosen set as a third item). ``trailing`` is plain text after the last
    box (e.g. a count)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus.flowables import Flowable

    # tokens: (kind, text, width, ticked); "word" = a word of a label, "option" = box + its words
    tokens: list[tuple[str, str, float, bool]] = []
    for group in ((label, options, chosen), *more):
        group_label, group_options = group[0], group[1]
        ticked = set((group[2] if len(group) > 2 else None) or ())  # type: ignore[misc]
        for word in group_label.split():
            tokens.append(("word", word, stringWidth(word, BOLD, size), False))
        for option in group_options:
            tokens.append(("option", option, box + GAP + stringWidth(option, REGULAR, size), option in ticked))
    if trailing:
        tokens.append(("trail", trailing, stringWidth(trailing, REGULAR, size), False))
    space = stringWidth(" ", BOLD, size)
    spacing = SPACING if box >= BOX else SPACING * 0.7
    line_height = max(box, size * 1.2) + 1.2 * st.MM

    class TickLine(Flowable):
        def __init__(self) -> None:
            super().__init__()
            self.placed: list[tuple[str, str, float, int, bool]] = []  # kind, text, x, line, ticked

        def wrap(self, avail_width: float, _avail_height: float) -> tuple[float, float]:
            self.placed, x, line = [], 0.0, 0
            previous = ""
            for kind, word, width, yes in tokens:
                gap = 0.0 if x == 0 else (space if kind == previous == "word" else spacing if previous else 0)
                if kind == "option" and previous == "word":
                    gap = spacing * 0.8
                elif kind == "word" and previous == "option":
                    gap = spacing * 1.6  # the next question on the line
                if x and x + gap + width > avail_width:
                    x, line, gap = 0.0, line + 1, 0.0
                self.placed.append((kind, word, x + gap, line, yes))
                x += gap + width
                previous = kind
            self.lines = line + 1
            self.width, self.height = avail_width, self.lines * line_height
            return self.width, self.height

        def draw(self) -> None:
            canvas = self.canv
            for kind, word, x, line, yes in self.placed:
                top = self.height - line * line_height - 0.8 * st.MM
                baseline = top - box / 2 - size * 0.35
                if kind == "word":
                    canvas.setFont(BOLD, size)
                    canvas.drawString(x, baseline, word)
                    continue
                if kind == "trail":
                    canvas.setFont(REGULAR, size)
                    canvas.drawString(x, baseline, word)
                    continue
                draw_box(canvas, x, top - box, box, yes)
                canvas.setFont(REGULAR, size)  # so the text object starts in the embedded font
                text = canvas.beginText(x, baseline)  # invisible ☒/☐ for copy and search
                text.setTextRenderMode(3)
                text.setFont(REGULAR, size)
                text.textOut((st.TICKED if yes else st.UNTICKED) + " ")
                text.setTextRenderMode(0)
                text.setTextOrigin(x + box + GAP, baseline)
                text.textOut(word)
                canvas.drawText(text)

    return TickLine()


def draw_box(canvas: Any, x: float, y: float, box: float, ticked: bool) -> None:
    """One square at (x, y) (its lower-left corner), crossed when ``ticked``."""
    canvas.saveState()
    canvas.setLineWidth(0.9)
    canvas.setStrokeColorRGB(0, 0, 0)
    canvas.setFillColorRGB(1, 1, 1)
    canvas.rect(x, y, box, box, stroke=1, fill=1)
    if ticked:
        inset = box * 0.18
        canvas.setLineWidth(1.6)
        canvas.line(x + inset, y + inset, x + box - inset, y + box - inset)
        canvas.line(x + inset, y + box - inset, x + box - inset, y + inset)
    canvas.restoreState()


def box_cell(chosen: bool | None, label: str = "") -> Any:
    """A single box (with an optional label) for a table cell: ticked, empty, or empty for
    unanswered (``None``)."""
    return tick_line("", (label or " ",), {label or " "} if chosen else set(), size=st.SMALL)
