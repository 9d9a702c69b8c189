"""The blank daily huddle sheet, for a pen: two A4 pages with 8 mm writing lines, 5 mm drawn tick
boxes, room for 12 names, 6 look-back events, 8 patients at risk and 8 actions, and an "Other:"
line wherever a choice has an Other. Page 1: who, staffing, look back; page 2: the safety cross
for today, look ahead, actions, celebrate and check in. The month's blank safety cross is its own
form (``blank safety-cross``).
"""

from __future__ import annotations

from typing import Any

from app.domain.action import ACTION_STATUSES
from app.domain.huddle import EVENT_TYPES, HARM_LEVELS, NOT_HELD_REASONS, RISK_FLAGS, THREATS
from app.reports.cross_marks import symbols_for
from app.reports.document import running_header
from app.reports.form import Form
from app.reports.huddle_print import TITLE, HuddlePrint, sheet_heading, ward_label
from app.reports.styles import text
from app.reports.ticks import tick_line

NAME_ROWS = 4  # three names a row: 12 names
EVENT_ROWS = 6
AT_RISK_ROWS = 8
ACTION_ROWS = 8
WRITE = "_" * 28  # writing space after "Other:" on a line of tick boxes


def blank_story(data: HuddlePrint) -> list[Any]:
    from reportlab.platypus import PageBreak

    form = Form(blank=True, compact=True)
    form.add(running_header(sheet_heading(data)))
    name = data.ward.name if data.ward else ward_label(None)  # "DEMO WARD" stays in the footer
    form.title(f"{TITLE} · {text(name)}")
    size = form.size
    form.grid(
        [
            [("Date", ""), ("Huddle slot", tick_line("", data.slots, None, size=size), 4)],
            [
                ("Huddle leader", ""),
                ("Start time", ""),
                ("End time", ""),
                ("Nurse in charge", ""),
                ("Next in charge", ""),
            ],
        ],
        columns=5,
    )
    form.add(
        tick_line(
            "Huddle held?",
            ("Yes", "No"),
            None,
            size=size,
            more=[("If not, why?", NOT_HELD_REASONS)],
            trailing=f"Other: {WRITE}",
        )
    )

    form.heading("Attendance (each person's name and role)")
    form.table(
        ("Name", "Role", "Name", "Role", "Name", "Role"),
        [],
        (0.21, 0.123, 0.21, 0.123, 0.21, 0.124),
        blank_rows=NAME_ROWS,
    )

    form.heading("Staffing and bed state")
    form.grid(
        [
            [
                ("RNs planned", ""),
                ("RNs on shift", ""),
                ("HCAs planned", ""),
                ("HCAs on shift", ""),
                ("Beds occupied", ""),
                ("Admissions due", ""),
                ("Discharges due", ""),
            ]
        ],
        columns=7,
    )
    form.add(
        tick_line(
            "Staffing or skill-mix concern?", ("Yes", "No"), None, size=size, more=[("Escalated?", ("Yes", "No"))]
        )
    )
    form.add(form.ruled_lines(1, label="What is the concern, and escalated to whom:"))

    form.heading("Look back: since the last huddle")
    form.choice("Any harm, incident or near miss since the last huddle?", ("Yes", "No"), None)
    form.table(
        ("Event type", "Harm level", "Incident ref.", "Learning point"),
        [],
        (0.2, 0.17, 0.16, 0.47),
        blank_rows=EVENT_ROWS,
    )
    form.note(f"<b>Types:</b> {text(', '.join(EVENT_TYPES))}. <b>Harm levels:</b> {text(', '.join(HARM_LEVELS))}.")

    form.space(1)
    form.label("<b>Safety cross today:</b> tick one box for each harm; write the days since its last harm")
    with form.sized(9):
        for harm in data.focus_harms:
            symbols = symbols_for(harm)
            options = [f"{symbols[c.code]} {c.label}" for c in harm.colours]
            form.add(tick_line(f"{harm.name}:", options, None, size=form.size, trailing="Days since harm: ___"))

    form.add(PageBreak())
    form.heading("Look ahead: today and the next shift")
    form.label("<b>Patients at risk</b> (bed or bay only, never a name)")
    form.table(("Bed / bay", "Risk flags", "Mitigation"), [], (0.16, 0.38, 0.46), blank_rows=AT_RISK_ROWS)
    form.note(f"<b>Risk flags:</b> {text(', '.join(RISK_FLAGS))}.")
    form.add(tick_line("Foreseeable threats today:", THREATS, None, size=size, trailing=f"Other / detail: {WRITE}"))
    form.add(
        tick_line(
            "Bay closed or outbreak?",
            ("Yes", "No"),
            None,
            size=size,
            more=[("Data reviewed (chart or cross)?", ("Yes", "No"))],
            trailing="In isolation: ____",
        )
    )
    form.add(form.ruled_lines(1, label="Reminders:"))
    form.add(form.ruled_lines(1, label="Celebration, good catch or thanks:"))

    form.heading(f"Actions (status: {' / '.join(ACTION_STATUSES)})")
    form.table(("Action", "Owner", "Due", "Status"), [], (0.47, 0.2, 0.14, 0.19), blank_rows=ACTION_ROWS)
    form.add(form.ruled_lines(1, label="Escalations to matron / site team:"))

    form.add(
        form.para(
            "<b>Team check-in</b> (anonymous counts): Good ______   OK ______   Struggling ______",
            form.s.body,
        )
    )
    form.add(form.ruled_lines(2, label="Notes:"))
    return form.story
