"""The ward's improvement board as a poster for a physical board: A3 (or A4) landscape, one page.

Top: a column per idea status with its cards. Below: this week's focus, the key measures as
small SPC charts with their variation in words, days since the last harm for each focus harm,
celebrations and thanks, open improvement actions with owners, and "You said, we did".
Greyscale-safe: black text on white, grey rules, the focus marked with a star and words, chart
points marked by shape. Every region shrinks its text to fit, so the poster is always one page.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from app import APP_NAME, __version__
from app.domain.action import Action
from app.domain.idea import CLOSED, STATUSES, TESTING, Idea, you_said_line
from app.domain.ward import Ward
from app.reports import styles as st
from app.reports.chart_drawing import ChartSpec
from app.reports.document import PRIVACY_LINE
from app.reports.fonts import BOLD, REGULAR, register_fonts
from app.reports.styles import text

SIZES = {"A3": (420, 297), "A4": (297, 210)}  # landscape, millimetres
TITLE = "Improvement board"
#: Where each panel sits below the columns: (column, row, columns wide, rows high) on a 4 x 2 grid;
#: the key measures take a column's full height, so their charts are big enough to read.
PANEL_PLACES = {
    "This week's focus": (0, 0, 1, 1),
    "Key measures": (1, 0, 1, 2),
    "Days since last harm": (2, 0, 1, 1),
    "Celebrations and thanks": (3, 0, 1, 1),
    "Open improvement actions": (0, 1, 1, 1),
    "You said, we did": (2, 1, 2, 1),
}


@dataclass(frozen=True)
class BoardPoster:
    ward: Ward
    day: date
    columns: dict[str, list[Idea]]
    cycle_labels: dict[str, str] = field(default_factory=dict)
    focus: tuple[tuple[str, str], ...] = ()  # (idea, its PDSA cycle)
    charts: tuple[ChartSpec, ...] = ()
    measure_words: tuple[str, ...] = ()
    harms: tuple[tuple[str, int | None], ...] = ()
    celebrations: str = ""
    actions: tuple[Action, ...] = ()
    you_said: tuple[Idea, ...] = ()


def board_pdf(poster: BoardPoster, printed_at: datetime, size: str = "A3") -> bytes:
    if size not in SIZES:
        raise ValueError(f"A poster is A3 or A4, not {size!r}.")
    register_fonts()
    from reportlab import rl_config
    from reportlab.pdfgen.canvas import Canvas

    rl_config.useA85 = 0
    width_mm, height_mm = SIZES[size]
    width, height = width_mm * st.MM, height_mm * st.MM
    scale = width_mm / 420  # type and gaps follow the paper size
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width, height), pageCompression=1)
    canvas.setTitle(f"{TITLE}: {poster.ward.name}")
    canvas.setAuthor(APP_NAME)
    canvas.setCreator(f"{APP_NAME} {__version__}")
    canvas.setSubject(f"{TITLE} for the week of {poster.day:%d %b %Y}")
    margin = 10 * st.MM * scale
    styles = _styles(scale)
    canvas.setFont(BOLD, 26 * scale)
    canvas.drawString(margin, height - margin - 20 * scale, f"{TITLE}: {poster.ward.name}"[:80])
    canvas.setFont(REGULAR, 14 * scale)
    canvas.drawRightString(width - margin, height - margin - 18 * scale, f"Week of {poster.day:%A %d %B %Y}")
    top = height - margin - 34 * scale
    bottom = margin + 14 * scale
    columns_height = (top - bottom) * 0.5
    gap = 3 * st.MM * scale
    col_width = (width - 2 * margin - gap * (len(STATUSES) - 1)) / len(STATUSES)
    for index, status in enumerate(STATUSES):
        x = margin + index * (col_width + gap)
        ideas = poster.columns.get(status, [])
        body = [_card(idea, poster, styles) for idea in ideas] or [_para("No cards.", styles["small"])]
        _region(canvas, x, top - columns_height, col_width, columns_height, f"{status} ({len(ideas)})", body, styles)
    panel_top = top - columns_height - gap
    panel_height = (panel_top - bottom - gap) / 2
    panel_width = (width - 2 * margin - 3 * gap) / 4
    panels = _panels(poster, styles, panel_width, 2 * panel_height + gap)
    for title, body in panels:
        column, row, columns, rows = PANEL_PLACES[title]
        x = margin + column * (panel_width + gap)
        w = columns * panel_width + (columns - 1) * gap
        h = rows * panel_height + (rows - 1) * gap
        y = panel_top - row * (panel_height + gap) - h
        _region(canvas, x, y, w, h, title, body, styles)
    canvas.setFont(REGULAR, 8.5 * max(scale, 0.8))
    canvas.setFillColor(st.GREY_TEXT)
    printed = f"{poster.ward.name} · printed {printed_at:%d %b %Y at %H:%M} · {APP_NAME} {__version__}"
    canvas.drawString(margin, margin, printed)
    canvas.drawRightString(width - margin, margin, PRIVACY_LINE)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _styles(scale: float) -> dict[str, Any]:
    from reportlab.lib.styles import ParagraphStyle

    base = max(9.5, 13 * scale)
    return {
        "heading": ParagraphStyle("h", fontName=BOLD, fontSize=base * 1.25, leading=base * 1.5),
        "card": ParagraphStyle("c", fontName=REGULAR, fontSize=base, leading=base * 1.25),
        "small": ParagraphStyle("s", fontName=REGULAR, fontSize=base * 0.85, leading=base * 1.1),
        "card_box": ParagraphStyle(
            "cb",
            fontName=REGULAR,
            fontSize=base,
            leading=base * 1.25,
            borderWidth=0.6,
            borderColor=st.RULE_GREY,
            borderPadding=3,
            leftIndent=3,
            rightIndent=3,
            spaceBefore=4,
            spaceAfter=4,
        ),
        "focus": ParagraphStyle(
            "fb",
            fontName=REGULAR,
            fontSize=base,
            leading=base * 1.25,
            borderWidth=1.8,
            borderColor="#000000",
            borderPadding=3,
            leftIndent=3,
            rightIndent=3,
            spaceBefore=4,
            spaceAfter=4,
        ),
    }


def _para(markup: str, style: Any) -> Any:
    from reportlab.platypus import Paragraph

    return Paragraph(markup, style)


def _card(idea: Idea, poster: BoardPoster, styles: dict[str, Any]) -> Any:
    """One card: a boxed paragraph (the focus starred and in words, with a heavier box)."""
    lines = [f"<b>{text(idea.text)}</b>", f"Offered by {text(idea.offered_by_text)}"]
    if idea.focus:
        lines.insert(0, "★ <b>THIS WEEK'S FOCUS</b>")
    label = poster.cycle_labels.get(idea.pdsa_cycle_id, "")
    if idea.status == TESTING and label:
        lines.append(text(label.split(": ", 1)[-1]))
    if idea.status in CLOSED and idea.reason:
        lines.append(f"Why: {text(idea.reason)}")
    return _para("<br/>".join(lines), styles["focus" if idea.focus else "card_box"])


def _panels(poster: BoardPoster, styles: dict[str, Any], width: float, height: float) -> list[tuple[str, list[Any]]]:
    card, small = styles["card"], styles["small"]
    focus = [_para(f"★ <b>{text(idea)}</b><br/>{text(cycle or 'No PDSA cycle')}", card) for idea, cycle in poster.focus]
    measures: list[Any] = []
    if poster.charts:
        from app.reports.chart_drawing import figure_drawing

        words = 3 * small.leading + 6
        each = max(70.0, (height - 30) / len(poster.charts) - words)
        for spec, said in zip(poster.charts, poster.measure_words, strict=False):
            measures.append(figure_drawing(spec.to_figure(), width=width - 12, height=each))
            measures.append(_para(f"<b>{text(spec.title)}</b>: {text(said)}", small))
    harms = [_para(_harm_markup(name, h), card) for name, h in poster.harms]
    actions = [
        _para(
            f"{text(a.text)}: <b>{text(a.owner or 'no owner yet')}</b>" + (f", by {a.due:%d %b}" if a.due else ""), card
        )
        for a in poster.actions
    ]
    you_said = [_para(text(you_said_line(i)), card) for i in poster.you_said]
    return [
        ("This week's focus", focus or [_para("No focus chosen this week.", card)]),
        ("Key measures", measures or [_para("No key measures linked yet.", card)]),
        ("Days since last harm", harms or [_para("No focus harms set up.", card)]),
        ("Celebrations and thanks", [_para(text(poster.celebrations or "Write your thanks here."), card)]),
        ("Open improvement actions", actions or [_para("No open improvement actions.", card)]),
        ("You said, we did", you_said or [_para("Nothing closed yet.", card)]),
    ]


def _harm_markup(name: str, days: int | None) -> str:
    if days is None:
        return f"<b>{text(name)}</b>: no harm recorded yet"
    return f'<font size="+8"><b>{days}</b></font> day{"s" if days != 1 else ""} since the last {text(name.lower())}'


def _region(canvas: Any, x: float, y: float, w: float, h: float, title: str, body: list[Any], styles: dict) -> None:
    """A boxed region with its heading; the body shrinks to fit so nothing runs onto a second page."""
    from reportlab.platypus import Frame, KeepInFrame, Spacer

    canvas.saveState()
    canvas.setStrokeColor(st.RULE_GREY)
    canvas.setLineWidth(0.8)
    canvas.rect(x, y, w, h)
    canvas.restoreState()
    frame = Frame(x, y, w, h, leftPadding=5, rightPadding=5, topPadding=4, bottomPadding=4, showBoundary=0)
    content = [_para(text(title), styles["heading"]), Spacer(1, 2)]
    for flowable in body:
        content += [flowable, Spacer(1, 3)]
    frame.addFromList([KeepInFrame(w - 10, h - 8, content, mode="shrink")], canvas)
