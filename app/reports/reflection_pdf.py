"""Reflection huddle sheets: the post-event hot debrief (domain-and-forms.md §A2, 26 rows) and the
later reflection (§A3, 9 rows). ``reflection=None`` prints the blank template for paper use, laid
out exactly like the filled sheet.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from app.domain.action import ACTION_STATUSES, Action
from app.domain.reflection import (
    CATEGORIES,
    EVENT_TYPES,
    EVERYDAY_WORK,
    LATER,
    NOT_A_SUBSTITUTE,
    PHYSICAL_HARM_LEVELS,
    POST_EVENT,
    PSYCHOLOGICAL_HARM_LEVELS,
    REPORTED_CHOICES,
    SEIPS_EFFECTS,
    SEIPS_ELEMENTS,
    SHIFT_IMPACT,
    SUPPORT_OPTIONS,
    TEAM_NOW,
    Reflection,
)
from app.domain.ward import Ward
from app.reports import styles as st
from app.reports.document import PrintMeta, build_pdf, new_form, running_header
from app.reports.form import Form
from app.reports.styles import text, yes_no
from app.reports.ticks import tick_line

TITLES = {POST_EVENT: "Post-event reflection huddle (hot debrief)", LATER: "Later reflection huddle"}
FOOTER_NOTE = "Not a substitute for incident reporting."


@dataclass(frozen=True)
class ReflectionPrint:
    """One printed reflection. ``reflection=None``: the blank ``kind`` template."""

    kind: str
    ward: Ward | None = None
    reflection: Reflection | None = None
    actions: tuple[Action, ...] = ()  # follow-up actions (a later reflection: its hot debrief's too)
    timing: str = ""  # "5 h 10 min between the event and the huddle." and the SWARM-window hint
    linked_debrief: str = ""  # a later reflection: the title of the hot debrief it follows
    linked_work: str = ""  # a later reflection: the improvement project or PDSA cycle it links to

    @property
    def blank(self) -> bool:
        return self.reflection is None


def _ward_name(ward: Ward | None) -> str:
    return ward.name if ward else ""


def heading(data: ReflectionPrint) -> str:
    r = data.reflection
    parts = [TITLES[data.kind]]
    if data.ward:
        parts.append(data.ward.name)
    if r is not None:
        parts.append(r.title())
    return " · ".join(parts)


def reflection_story(data: ReflectionPrint) -> list[Any]:
    form = Form(blank=data.blank, compact=True)  # 10 pt: the blank fits two pages for a pen
    form.add(running_header(heading(data)))
    form.title(TITLES[data.kind], text(data.ward.name) if data.ward else "")
    form.note(text(NOT_A_SUBSTITUTE))
    form.space(2)
    if data.kind == POST_EVENT:
        _post_event(form, data)
    else:
        _later(form, data)
    return form.story


def reflection_pdf(data: ReflectionPrint, printed_at: datetime) -> bytes:
    meta = PrintMeta(
        title=heading(data),
        ward_label=_ward_name(data.ward) or "Ward: ______________",
        printed_at=printed_at,
        subject=TITLES[data.kind],
        extra_footer=FOOTER_NOTE,
        running_header=heading(data),
    )
    return build_pdf(reflection_story(data), meta)


def blank_reflection_pdf(kinds: tuple[str, ...], ward: Ward | None, printed_at: datetime) -> bytes:
    """One or both blank templates in one PDF (each starts on a new page)."""
    from reportlab.platypus import PageBreak

    story: list[Any] = []
    for n, kind in enumerate(kinds):
        if n:
            story += [PageBreak(), new_form()]  # each form numbered on its own
        story += reflection_story(ReflectionPrint(kind=kind, ward=ward))
    title = "Blank reflection huddle sheets" if len(kinds) > 1 else f"Blank {TITLES[kinds[0]].lower()} sheet"
    meta = PrintMeta(
        title=title,
        ward_label=_ward_name(ward) or "Ward: ______________",
        printed_at=printed_at,
        subject=title,
        extra_footer=FOOTER_NOTE,
    )
    return build_pdf(story, meta)


# -- the two sheets ---------------------------------------------------------------------------


def _post_event(form: Form, data: ReflectionPrint) -> None:
    r = data.reflection
    v = form.value
    form.heading("The event")
    form.grid(
        [
            [
                ("Event date", v(_day(r.event_date) if r else None)),
                ("Event time", v(r and r.event_time)),
                ("Huddle date", v(_day(r.huddle_date) if r else None)),
                ("Huddle time", v(r and r.huddle_time)),
            ],
            [
                ("Facilitator", v(r and r.facilitator), 2),
                ("Local incident reference (Datix, InPhase, Radar...)", v(r and r.incident_ref), 2),
            ],
        ]
    )
    if data.timing and r is not None:
        form.note(text(data.timing))
    form.choice("Event type:", EVENT_TYPES, _one(r and r.event_type))
    form.choice("Category:", CATEGORIES, _one(r and r.category))
    form.choice("Reported on the local incident system?", REPORTED_CHOICES, _one(r and r.reported))
    form.choice("Level of physical harm:", PHYSICAL_HARM_LEVELS, _one(r and r.physical_harm))
    form.choice("Level of psychological harm:", PSYCHOLOGICAL_HARM_LEVELS, _one(r and r.psychological_harm))
    _participants(form, r)
    form.choice(
        "Ground rules agreed (no blame, confidentiality)?",
        ("Yes", "No"),
        None if r is None else {"Yes" if r.ground_rules_agreed else "No"},
    )

    form.heading("What happened")
    form.long_text("What was expected to happen?", r.aar_expected if r else "", lines=2 if r is None else 3)
    form.long_text("What actually happened?", r.aar_happened if r else "", lines=2 if r is None else 3)
    form.long_text("Why was there a difference?", r.aar_difference if r else "", lines=2 if r is None else 3)

    form.heading("Work-system factors (SEIPS)")
    effects = tuple(e for e in SEIPS_EFFECTS if e)
    by_key = {f.element: f for f in r.seips} if r else {}
    rows = []
    for key, label, prompt in SEIPS_ELEMENTS:
        factor = by_key.get(key)
        chosen = None if r is None else {factor.effect} if factor and factor.effect else set()
        ticks: Any = (
            tick_line("", [e if e != "Not applicable" else "N/A" for e in effects], None, size=st.SMALL)
            if r is None
            else "<br/>".join(f"{st.tick(chosen is not None and e in chosen)}\u00a0{text(e)}" for e in effects)
        )
        rows.append(
            [
                f'<b>{text(label)}</b><br/><font size="{st.SMALL - 1}" color="{st.GREY_TEXT}">{text(prompt)}</font>',
                ticks,
                "" if r is None else form.value(factor.notes if factor else ""),
            ]
        )
    widths = (0.34, 0.2, 0.46) if r is not None else (0.42, 0.3, 0.28)
    form.table(("Element", "Helped or hindered?", "Notes"), rows, widths, fixed_rows=True)
    form.choice(
        "Is this part of everyday work here?", tuple(e for e in EVERYDAY_WORK if e), _one(r and r.everyday_work)
    )
    form.choice(
        "Impact on the shift:",
        tuple(s for s in SHIFT_IMPACT if s),
        _one(r and r.shift_impact),
        detail=r.shift_impact_detail if r else "",
        detail_label="Detail",
    )

    form.heading("The team")
    form.long_text("Impact on team members", r.team_impact if r else "", lines=1 if r is None else 2)
    form.choice("Support offered or needed:", SUPPORT_OPTIONS, None if r is None else set(r.support))
    _training(form, r)

    form.heading("Learning and actions")
    form.long_text(
        "Immediate actions taken to reduce risk", r.immediate_actions if r else "", lines=1 if r is None else 2
    )
    form.long_text("What have we learned?", r.learned if r else "", lines=2 if r is None else 3)
    _actions(form, data)
    form.long_text("How the findings will be documented or escalated", r.documentation if r else "", lines=1)
    shared = "" if r is None or r.shared_on is None else f"    (shared on {r.shared_on:%d %b %Y})"
    if r is None:
        form.add(
            tick_line(
                "Share the learning at the next daily huddle?",
                ("Yes", "No"),
                None,
                size=form.size,
                trailing="Later reflection on: ________",
            )
        )
        return
    form.add(
        form.para(
            f"<b>Share the learning at the next daily huddle?</b>    {yes_no(r.share_at_huddle)}{shared}",
            form.s.body,
        )
    )
    form.space(1)
    form.grid([[("Date for the later reflection huddle", v(_day(r.later_due)), 4)]])


def _later(form: Form, data: ReflectionPrint) -> None:
    r = data.reflection
    v = form.value
    form.heading("The reflection")
    linked = data.linked_debrief or ("Stands alone (no hot debrief)" if r is not None else "")
    form.grid(
        [
            [("Follows the hot debrief", v(linked) if r else "", 4)],
            [
                ("Date", v(_day(r.huddle_date) if r else None)),
                ("Time", v(r and r.huddle_time)),
                ("Facilitator", v(r and r.facilitator), 2),
            ],
        ]
    )
    _participants(form, r)
    form.heading("Looking back")
    form.long_text(
        "Looking back now, what do we understand differently?",
        r.understand_differently if r else "",
        lines=3 if r is None else 5,
    )
    _actions(form, data, title="Were the actions done?", status_header="Status now")
    form.long_text(
        "Has anything changed in everyday work?", r.everyday_changes if r else "", lines=2 if r is None else 4
    )
    form.heading("The team now")
    form.choice(
        "How is the team now?",
        tuple(t for t in TEAM_NOW if t),
        _one(r and r.team_now),
        detail=r.team_now_detail if r else "",
        detail_label="Detail",
    )
    form.choice("Further support needed:", SUPPORT_OPTIONS, None if r is None else set(r.support))
    _training(form, r, title="Further training needed")
    if r is None:
        form.add(form.ruled_lines(1, label="Link to improvement work (project or PDSA cycle):"))
    else:
        form.grid([[("Link to improvement work (project or PDSA cycle)", v(data.linked_work), 4)]])


# -- shared parts -----------------------------------------------------------------------------


def _participants(form: Form, r: Reflection | None) -> None:
    form.add(form.para("<b>Participants</b> (all roles; add patient, family or carer if they took part)", form.s.body))
    if r is None:  # three names a row: 9 people
        form.table(("Name", "Role") * 3, [], (0.21, 0.123, 0.21, 0.123, 0.21, 0.124), blank_rows=3)
        return
    rows = [[form.value(p.name), text(p.role)] for p in r.participants]
    form.table(("Name", "Role"), rows, (0.55, 0.45), empty="No participants recorded.")


def _training(form: Form, r: Reflection | None, title: str = "Training needs identified") -> None:
    form.add(form.para(f"<b>{text(title)}</b>", form.s.body))
    rows = [] if r is None else [[text(t.need), form.value(t.for_whom)] for t in r.training_needs]
    form.table(("Training need", "For whom"), rows, (0.6, 0.4), blank_rows=2, empty="None identified.")


def _actions(
    form: Form, data: ReflectionPrint, *, title: str = "Follow-up actions", status_header: str = "Status"
) -> None:
    status_words = f" (status: {' / '.join(ACTION_STATUSES)})" if data.blank else ""
    form.label(f"<b>{text(title)}</b>{status_words}")
    rows = [[text(a.text), form.value(a.owner), _day(a.due) or st.NOT_RECORDED, text(a.status)] for a in data.actions]
    form.table(
        ("Action", "Owner", "Due", status_header),
        rows,
        (0.45, 0.2, 0.155, 0.195),
        blank_rows=3,
        empty="No follow-up actions.",
    )


def _one(value: str | None) -> set[str] | None:
    return None if value is None else {value}


def _day(value: date | None) -> str:
    return f"{value:%d %b %Y}" if value else ""
