"""The weekly improvement huddle sheet, filled or blank: one A4 page (a long record shrinks to fit).

Who came; each idea in testing with what was tested and learned (from its PDSA cycle's Study) and
the decision; celebrations and thanks; next steps with owners; the key measures with the
analysis's verdict. Greyscale-safe: decisions and verdicts are ticked boxes with words.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.domain.action import Action
from app.domain.improvement_huddle import DECISIONS, NO_LIMITS, NO_SIGNAL, SPECIAL, WITHIN, ImprovementHuddle
from app.domain.ward import Ward
from app.reports import styles as st
from app.reports.document import PrintMeta, build_pdf
from app.reports.form import Form
from app.reports.huddle_pdf import ward_label
from app.reports.styles import text, ticks

TITLE = "Weekly improvement huddle"
VERDICTS = (WITHIN, SPECIAL, NO_SIGNAL, NO_LIMITS)


@dataclass(frozen=True)
class ImprovementHuddlePrint:
    ward: Ward | None
    huddle: ImprovementHuddle | None = None  # None: the blank sheet
    idea_texts: tuple[tuple[str, str], ...] = ()  # (idea, PDSA cycle) per tested item, in order
    next_steps: tuple[Action, ...] = ()
    measure_names: tuple[str, ...] = ()  # a blank sheet for a ward lists its key measures


def improvement_huddle_pdf(data: ImprovementHuddlePrint, printed_at: datetime) -> bytes:
    from reportlab.platypus import KeepInFrame

    huddle = data.huddle
    form = Form(blank=huddle is None)
    when = f"{huddle.huddle_date:%A %d %B %Y}" if huddle else "Date: ____________________"
    form.title(TITLE, f"{text(ward_label(data.ward))} · {text(when)} · 15 minutes around the board")
    people = ", ".join(f"{p.name} ({p.role})" if p.role else p.name for p in huddle.attendees) if huddle else ""
    form.long_text(f"Who came{f' ({len(huddle.attendees)})' if huddle else ''}", people, lines=2)
    form.heading("Ideas in testing: what was tested, what was learned, the decision")
    rows = []
    if huddle is not None:
        for item, (idea, cycle) in zip(huddle.tested, data.idea_texts, strict=False):
            rows.append(
                [
                    f"<b>{text(idea)}</b><br/>{text(cycle)}",
                    form.value(item.tested),
                    form.value(item.learned),
                    ticks(DECISIONS[1:], {item.decision} if item.decision else set()).replace("    ", "<br/>"),
                ]
            )
    if huddle is None:  # a blank sheet: writing rows with the decisions to tick
        rows = [["", "", "", ticks(DECISIONS[1:], None).replace("    ", "<br/>")] for _ in range(3)]
    form.table(
        ["Idea and PDSA cycle", "Tested", "Learned", "Decision"],
        rows,
        [0.27, 0.27, 0.27, 0.19],
        empty="No idea was in testing.",
        fixed_rows=huddle is None,
    )
    if huddle is None:
        form.note("Decision: adopt, adapt, abandon or next cycle. What was learned goes into the cycle's Study.")
    form.long_text("Celebrations and thanks", huddle.celebrations if huddle else "", lines=2)
    steps = [
        [text(a.text), form.value(a.owner), f"{a.due:%d %b %Y}" if a.due else "–", text(a.status)]
        for a in data.next_steps
    ]
    form.heading("Next steps, with owners")
    form.table(["What", "Who", "By when", "Status"], steps, [0.5, 0.22, 0.14, 0.14], blank_rows=4, empty="None agreed.")
    form.heading("Key measures: within limits, or special cause?")
    if huddle is not None:
        measure_rows = [[f"<b>{text(m.name)}</b>", text(m.verdict), text(m.words)] for m in huddle.measures]
        form.table(["Measure", "From the chart", "In words"], measure_rows, [0.3, 0.22, 0.48], empty="No key measures.")
        if huddle.notes:
            form.long_text("Notes", huddle.notes)
    else:
        names = data.measure_names or ("",) * 3
        measure_rows = [[text(name), ticks(VERDICTS[:2], None).replace("    ", "<br/>"), ""] for name in names]
        form.table(["Measure", "From the chart", "What it shows"], measure_rows, [0.3, 0.25, 0.45], fixed_rows=True)
    height = st.PAGE_HEIGHT - st.MARGIN_TOP - st.MARGIN_BOTTOM - 2
    story = [KeepInFrame(st.FRAME_WIDTH, height, _flat(form.story), mode="shrink")]
    meta = PrintMeta(
        TITLE,
        ward_label(data.ward),
        printed_at,
        subject=f"{TITLE} {huddle.huddle_date:%d %b %Y}" if huddle else f"{TITLE} (blank)",
        running_header=TITLE,
    )
    return build_pdf(story, meta)


def _flat(story: list) -> list:
    """The form's flowables without page-flow helpers (KeepTogether, CondPageBreak): the page is
    one frame that shrinks its content to fit."""
    from reportlab.platypus import CondPageBreak, KeepTogether

    out: list = []
    for flowable in story:
        if isinstance(flowable, KeepTogether):
            out += _flat(list(flowable._content))
        elif not isinstance(flowable, CondPageBreak):
            out.append(flowable)
    return out
