"""The daily safety huddle sheet (domain-and-forms.md §A1, all 25 rows), laid out like the paper
sheet and sized to be pinned up: an ordinary day fits one A4 page (a busy day may run onto a
second side). Attendance is names grouped by role; the day's safety cross is one line, and the
month's cross gets a page of its own only on request (and in the weekly pack).

A huddle that was not held prints one page: a NOT HELD banner, the reason, and nothing else
ticked. ``sheet=None`` prints the blank form for a pen (app/reports/huddle_blank.py).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from app.domain.action import Action
from app.domain.huddle import NOT_HELD_REASONS, THREATS
from app.reports import styles as st
from app.reports.document import PrintMeta, build_pdf, running_header
from app.reports.form import Form
from app.reports.huddle_print import TITLE, HuddlePrint, sheet_heading, ward_label
from app.reports.safety_cross_pdf import cross_section, today_line
from app.reports.styles import text
from app.reports.ticks import tick_line


def huddle_story(data: HuddlePrint, *, include_cross: bool | None = None) -> list[Any]:
    """The flowables of one sheet (used alone, and in the weekly pack). ``include_cross``
    overrides ``data.with_month_cross``."""
    from reportlab.platypus import PageBreak

    if data.sheet is None:
        from app.reports.huddle_blank import blank_story

        return blank_story(data)
    form = Form(blank=False, compact=True)
    form.add(running_header(sheet_heading(data)))
    if not data.sheet.held:
        _not_held(form, data)
    else:
        _header(form, data)
        _staffing(form, data)
        _attendance(form, data)
        _look_back(form, data)
        _look_ahead(form, data)
        form.long_text("Celebration, good catch or thanks", data.sheet.celebration)
        _actions(form, data)
        _team(form, data)
    if data.with_month_cross if include_cross is None else include_cross:
        form.add(PageBreak())
        form.add(
            *cross_section(
                data.focus_harms,
                data.cross_months,
                days_since=data.days_since,
                heading=f"Safety cross · {ward_label(data.ward)}",
                as_of=data.day,
            )
        )
    return form.story


def huddle_sheet_pdf(data: HuddlePrint, printed_at: datetime) -> bytes:
    meta = PrintMeta(
        title=sheet_heading(data),
        ward_label=ward_label(data.ward),
        printed_at=printed_at,
        subject="Daily safety huddle sheet" if not data.blank else "Blank daily safety huddle sheet",
        running_header=sheet_heading(data),
    )
    return build_pdf(huddle_story(data), meta)


# -- sections ---------------------------------------------------------------------------------


def _title(form: Form, data: HuddlePrint) -> None:
    sheet = data.sheet
    assert sheet is not None
    form.title(f"{TITLE} · {sheet.huddle_date:%a %d %b %Y} · {sheet.slot}", text(ward_label(data.ward)))


def _not_held(form: Form, data: HuddlePrint) -> None:
    """One page: the banner, when and why, and the day's safety cross if it was coloured."""
    from reportlab.platypus import Table, TableStyle

    sheet = data.sheet
    assert sheet is not None
    _title(form, data)
    banner = Table([["HUDDLE NOT HELD"]], colWidths=[st.FRAME_WIDTH], rowHeights=[22 * st.MM])
    banner.setStyle(
        TableStyle(
            [
                *st.table_font(30),
                ("FONTNAME", (0, 0), (-1, -1), "DejaVuSans-Bold"),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BOX", (0, 0), (-1, -1), 3, "#000000"),
                ("INNERGRID", (0, 0), (-1, -1), 0, "#ffffff"),
            ]
        )
    )
    form.space(2)
    form.add(banner)
    form.space(4)
    v = form.value
    form.grid(
        [
            [
                ("Ward / unit", v(ward_label(data.ward)), 2),
                ("Date", v(f"{sheet.huddle_date:%a %d %b %Y}")),
                ("Huddle slot", v(sheet.slot)),
            ]
        ]
    )
    form.choice("Why was the huddle not held?", NOT_HELD_REASONS, {sheet.not_held_reason})
    if sheet.not_held_detail.strip():
        form.long_text("In a few words", sheet.not_held_detail)
    form.space(2)
    form.heading("Safety cross for the day")
    form.add(today_line(data.focus_harms, data.cross_today, data.days_since, size=form.size))
    form.space(3)
    open_now = [a for a in data.actions if a.is_open]
    late = [a for a in open_now if a.is_overdue(sheet.huddle_date)]
    if open_now:
        counts = f"{len(open_now)} action{'s' if len(open_now) != 1 else ''} open on this day"
        counts += f", {len(late)} of them overdue" if late else ""
        form.add(form.para(f'<font color="{st.GREY_TEXT}">{counts}: they carry forward to the next sheet.</font>'))
    form.add(
        form.para(
            f'<font color="{st.GREY_TEXT}">Nothing else was recorded, as the huddle did not take place: no '
            "attendance, staffing, look back or look ahead for this slot.</font>"
        )
    )


def _header(form: Form, data: HuddlePrint) -> None:
    """Title, who led and when, staffing and beds: the top of the sheet in three rows of boxes."""
    sheet = data.sheet
    assert sheet is not None
    _title(form, data)
    v = form.value
    target = data.ward.details.huddle_target_minutes if data.ward else 10
    minutes = sheet.duration_minutes
    times = f"{v(sheet.start_time)}–{v(sheet.end_time)}"
    length = f"{minutes} min" if minutes is not None else "Time"

    def pair(planned: int | None, actual: int | None) -> str:
        return f"{v(planned)} / {v(actual)}"

    form.grid(
        [
            [
                ("Huddle leader", v(sheet.leader)),
                (f"{length} (target {target})", times),
                ("Nurse in charge", v(sheet.nurse_in_charge)),
                ("Next in charge", v(sheet.next_in_charge)),
                ("Huddle held?", "Yes"),
            ],
            [
                ("RNs planned/on shift", pair(sheet.rn_planned, sheet.rn_actual)),
                ("HCAs planned/on shift", pair(sheet.hca_planned, sheet.hca_actual)),
                ("Beds occupied", v(sheet.beds_occupied)),
                ("Expected admissions", v(sheet.expected_admissions)),
                ("Discharges / transfers", v(sheet.planned_discharges)),
            ],
        ],
        columns=5,
    )


def _attendance(form: Form, data: HuddlePrint) -> None:
    sheet = data.sheet
    assert sheet is not None
    names: dict[str, list[str]] = {}
    for person in sheet.attendees:
        names.setdefault(person.role, []).append(person.name)
    roles = [r for r in data.roles if r in names] + [r for r in names if r not in data.roles]
    count = f"{len(sheet.attendees)} {'person' if len(sheet.attendees) == 1 else 'people'}"
    parts = [f"<b>{text(role)} ({len(names[role])}):</b> {text(', '.join(names[role]))}" for role in roles]
    listed = "\u2003 ".join(parts) if parts else f'<font color="{st.GREY_TEXT}">no one recorded</font>'
    form.add(form.para(f'<font color="{st.NHS_DARK_BLUE}"><b>Attendance, {count}:</b></font> {listed}', form.s.body))
    form.space(1)


def _staffing(form: Form, data: HuddlePrint) -> None:
    """Concern and escalation on one line of boxes, then what was written about them."""
    s = data.sheet
    assert s is not None
    more = []
    if s.staffing_concern or s.staffing_escalated:
        more = [("Escalated?", ("Yes", "No"), {"Yes" if s.staffing_escalated else "No"})]
    concern = {"Yes" if s.staffing_concern else "No"}
    form.add(
        tick_line("Staffing or skill-mix concern?", ("Yes", "No"), concern, size=form.size, box=form.box, more=more)
    )
    details = [
        f'<font color="{st.GREY_TEXT}">{label}:</font> {form.value(value)}'
        for label, value in (("The concern", s.staffing_concern_detail), ("Escalated to", s.escalated_to))
        if value.strip()
    ]
    if details:
        form.add(form.para("    ".join(details), form.s.body))
    form.space(1)


def _look_back(form: Form, data: HuddlePrint) -> None:
    s = data.sheet
    assert s is not None
    form.heading("Look back: since the last huddle")
    answered = None if s.lookback_any is None else {"Yes" if s.lookback_any else "No"}
    form.choice("Any harm, incident or near miss since the last huddle?", ("Yes", "No"), answered)
    if s.events:
        rows = [
            [text(e.event_type), text(e.harm_level), form.value(e.incident_ref), form.value(e.learning_point)]
            for e in s.events
        ]
        form.table(("Event type", "Harm level", "Incident ref.", "Learning point"), rows, (0.22, 0.17, 0.16, 0.45))
    form.add(today_line(data.focus_harms, data.cross_today, data.days_since, size=form.size))
    for warning in data.cross_warnings:  # the sheet never contradicts itself without saying so
        form.add(form.para(f"<b>⚠ Check:</b> {text(warning)}"))
    form.space(1)


def _look_ahead(form: Form, data: HuddlePrint) -> None:
    s = data.sheet
    assert s is not None
    form.heading("Look ahead: today and the next shift")
    if s.at_risk:
        rows = [[text(p.bed), form.value(", ".join(p.flags)), form.value(p.mitigation)] for p in s.at_risk]
        form.label("<b>Patients at risk</b> (bed or bay only, never a name)")
        form.table(("Bed / bay", "Risk flags", "Mitigation"), rows, (0.16, 0.4, 0.44))
    else:
        form.add(form.para("<b>Patients at risk:</b> none flagged.", form.s.body))
    form.choice(
        "Foreseeable threats today:",
        THREATS,
        set(s.threats),
        detail=s.threats_detail,
        detail_label="Detail",
    )
    form.add(
        tick_line(
            "Infection prevention: bay closed or outbreak?",
            ("Yes", "No"),
            {"Yes" if s.bay_closed else "No"},
            size=form.size,
            box=form.box,
            trailing=f"Patients in isolation: {s.isolation_count if s.isolation_count is not None else st.NOT_RECORDED}",
        )
    )
    if s.reminders.strip():
        form.long_text("Reminders: practice changes, alerts, indicators", s.reminders)
    form.choice(
        "Data reviewed at the huddle (run chart, SPC chart or safety cross)?",
        ("Yes", "No"),
        {"Yes" if s.data_reviewed else "No"},
    )


def action_status_then(action: Action, day: date) -> str:
    """The action's status on ``day`` in words, with how overdue it was then."""
    late = action.days_overdue(day)
    if late:
        words = f"<b>{late} day{'s' if late != 1 else ''} overdue</b>"
        return words if action.status == "Open" else f"{text(action.status)}, {words}"
    if action.status == "Done" and action.closed_on is not None:
        return f"Done {action.closed_on:%d %b}"
    return text(action.status)


def _actions(form: Form, data: HuddlePrint) -> None:
    s = data.sheet
    assert s is not None
    form.heading(f"Actions as on {s.huddle_date:%d %b %Y}")
    rows = []
    for action in data.actions:
        new = s.id is not None and action.source_id == s.id
        raised = "This huddle" if new else short_day(action.raised_on, s.huddle_date)
        rows.append(
            [
                form.value(action.text),
                form.value(action.owner),
                raised,
                short_day(action.due, s.huddle_date),
                action_status_then(action, s.huddle_date),
            ]
        )
    with form.sized(9):  # an action a line, so a day with a dozen open actions still fits the page
        form.table(
            ("Action", "Owner", "Raised", "Due", "That day"),
            rows,
            (0.48, 0.16, 0.085, 0.085, 0.19),
            empty="No open actions.",
        )
    if s.escalations.strip():
        form.long_text("Escalations to matron / site team", s.escalations)


def _team(form: Form, data: HuddlePrint) -> None:
    s = data.sheet
    assert s is not None
    v = form.value
    counts = (
        f"Good {v(s.checkin_good)} · OK {v(s.checkin_ok)} · Struggling {v(s.checkin_struggling)} · "
        f"total {s.checkin_total()}"
    )
    form.add(form.para(f"<b>Team check-in</b> (anonymous counts): {counts}", form.s.body))
    if s.notes.strip():
        form.long_text("Notes", s.notes)


def short_day(value: date | None, near: date) -> str:
    """ "16 Sep", with the year only when it is not ``near``'s year."""
    if value is None:
        return st.NOT_RECORDED
    return f"{value:%d %b}" if value.year == near.year else f"{value:%d %b %Y}"
