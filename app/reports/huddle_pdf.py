"""The daily safety huddle sheet (domain-and-forms.md §A1, all 25 rows), laid out like the paper
sheet: header, attendance, staffing and beds, look back, look ahead, actions, celebration and the
rest; the month's safety cross on a page of its own. ``sheet=None`` prints the blank template.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from app.domain.action import ACTION_STATUSES, Action
from app.domain.huddle import EVENT_TYPES, HARM_LEVELS, NOT_HELD_REASONS, RISK_FLAGS, THREATS, HuddleSheet
from app.domain.safety_cross import CrossDay, CrossMonth
from app.domain.ward import DEFAULT_FOCUS_HARMS, DEFAULT_ROLES, DEFAULT_SLOTS, FocusHarm, Ward
from app.reports import styles as st
from app.reports.document import PrintMeta, build_pdf, running_header
from app.reports.form import Form
from app.reports.safety_cross_pdf import cross_section, symbols_for
from app.reports.styles import text, ticks, yes_no

TITLE = "Daily safety huddle"


@dataclass(frozen=True)
class HuddlePrint:
    """Everything one printed sheet shows. ``sheet=None``: the blank template (for ``ward``, if
    given, so its slots, roles and focus harms are printed; otherwise the defaults)."""

    ward: Ward | None
    sheet: HuddleSheet | None = None
    actions: tuple[Action, ...] = ()  # raised at this huddle, then open ones carried forward
    cross_months: tuple[CrossMonth, ...] = ()  # the sheet's month, one per focus harm
    cross_today: Mapping[str, CrossDay] = field(default_factory=dict)
    days_since: Mapping[str, int | None] = field(default_factory=dict)

    @property
    def blank(self) -> bool:
        return self.sheet is None

    @property
    def focus_harms(self) -> tuple[FocusHarm, ...]:
        return self.ward.details.focus_harms if self.ward else DEFAULT_FOCUS_HARMS

    @property
    def roles(self) -> tuple[str, ...]:
        return self.ward.details.staff_roles if self.ward else DEFAULT_ROLES

    @property
    def slots(self) -> tuple[str, ...]:
        slots = self.ward.details.huddle_slots if self.ward else DEFAULT_SLOTS
        return slots if "Ad hoc" in slots else (*slots, "Ad hoc")


def ward_label(ward: Ward | None) -> str:
    if ward is None:
        return "Ward: ______________________"
    code = f" ({ward.details.ward_code})" if ward.details.ward_code and ward.details.ward_code not in ward.name else ""
    demo = " · DEMO WARD: practice data, not a real ward" if ward.details.is_demo else ""
    return f"{ward.name}{code}{demo}"


def sheet_heading(data: HuddlePrint) -> str:
    if data.sheet is None:
        return f"{TITLE} · {ward_label(data.ward)}"
    return f"{TITLE} · {ward_label(data.ward)} · {data.sheet.huddle_date:%a %d %b %Y} · {data.sheet.slot}"


def huddle_story(data: HuddlePrint, *, include_cross: bool = True) -> list[Any]:
    """The flowables of one sheet (used alone, and in the weekly pack)."""
    from reportlab.platypus import PageBreak

    form = Form(blank=data.blank)
    form.add(running_header(sheet_heading(data)))
    _header(form, data)
    _attendance(form, data)
    _staffing(form, data)
    _look_back(form, data)
    _look_ahead(form, data)
    _actions(form, data)
    _team(form, data)
    if include_cross:
        form.add(PageBreak())
        form.add(
            *cross_section(
                data.focus_harms,
                None if data.blank else data.cross_months,
                days_since=None if data.blank else data.days_since,
                heading=f"Safety cross · {ward_label(data.ward)}",
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


def _header(form: Form, data: HuddlePrint) -> None:
    sheet = data.sheet
    form.title(
        TITLE,
        "Look back, look ahead, act. About 10 minutes, standing, around the board."
        if sheet is None
        else f"{text(ward_label(data.ward))}",
    )
    v = form.value
    day = "" if sheet is None else f"{sheet.huddle_date:%A %d %B %Y}"
    duration = ""
    target = data.ward.details.huddle_target_minutes if data.ward else 10
    if sheet is not None:
        minutes = sheet.duration_minutes
        duration = f"{minutes} min" if minutes is not None else st.NOT_RECORDED
    duration += f' <font size="{st.SMALL}" color="{st.GREY_TEXT}">(target {target} min or less)</font>'
    held = None if sheet is None else sheet.held
    rows: list[list[Any]] = [
        [
            ("Ward / unit", v(ward_label(data.ward)) if data.ward else "", 2),
            ("Date", v(day)),
            ("Huddle held?", yes_no(held)),
        ],
        [("Huddle slot", ticks(data.slots, None if sheet is None else {sheet.slot}), 4)],
        [
            ("Huddle leader", v(sheet and sheet.leader)),
            ("Start time", v(sheet and sheet.start_time)),
            ("End time", v(sheet and sheet.end_time)),
            ("Duration", duration),
        ],
        [
            ("Nurse in charge today", v(sheet and sheet.nurse_in_charge), 2),
            ("Next in charge", v(sheet and sheet.next_in_charge), 2),
        ],
    ]
    if sheet is None or not sheet.held:
        reason = ticks(NOT_HELD_REASONS, None if sheet is None else {sheet.not_held_reason})
        detail = "" if sheet is None or not sheet.not_held_detail else f"<br/>{text(sheet.not_held_detail)}"
        rows.append([("If the huddle was not held, why?", reason + detail, 4)])
    form.grid(rows)


def _attendance(form: Form, data: HuddlePrint) -> None:
    form.heading("Attendance")
    sheet = data.sheet
    names: dict[str, list[str]] = {}
    for person in sheet.attendees if sheet else ():
        names.setdefault(person.role, []).append(person.name)
    roles = list(data.roles) + [r for r in names if r not in data.roles]
    if sheet is None:
        rows = [[text(role), "", ""] for role in roles]
        rows.append(["Total", "", ""])
    else:
        rows = [[text(role), str(len(names.get(role, []))), text(", ".join(names.get(role, [])))] for role in roles]
        rows.append(["Total", str(len(sheet.attendees)), ""])
    form.table(("Role", "Number", "Names"), rows, (0.30, 0.13, 0.57), bold_last_row=True, fixed_rows=True)


def _staffing(form: Form, data: HuddlePrint) -> None:
    form.heading("Staffing and bed state")
    s = data.sheet
    v = form.value
    form.grid(
        [
            [
                ("Registered nurses planned", v(s and s.rn_planned)),
                ("Registered nurses on shift", v(s and s.rn_actual)),
                ("HCAs planned", v(s and s.hca_planned)),
                ("HCAs on shift", v(s and s.hca_actual)),
            ],
            [
                ("Beds occupied", v(s and s.beds_occupied)),
                ("Expected admissions", v(s and s.expected_admissions)),
                ("Planned discharges / transfers", v(s and s.planned_discharges), 2),
            ],
        ]
    )
    form.choice(
        "Staffing or skill-mix concern?",
        ("Yes", "No"),
        None if s is None else {"Yes" if s.staffing_concern else "No"},
        detail=s.staffing_concern_detail if s else "",
        detail_label="What is the concern",
    )
    form.choice(
        "Escalated?",
        ("Yes", "No"),
        None if s is None else {"Yes" if s.staffing_escalated else "No"},
        detail=s.escalated_to if s else "",
        detail_label="Escalated to",
    )


def _look_back(form: Form, data: HuddlePrint) -> None:
    form.heading("Look back: since the last huddle")
    s = data.sheet
    any_event = None if s is None or s.lookback_any is None else {"Yes" if s.lookback_any else "No"}
    form.choice("Any harm, incident or near miss since the last huddle?", ("Yes", "No"), any_event)
    rows = (
        []
        if s is None
        else [
            [text(e.event_type), text(e.harm_level), form.value(e.incident_ref), form.value(e.learning_point)]
            for e in s.events
        ]
    )
    form.table(
        ("Event type", "Harm level", "Incident ref.", "Learning point"),
        rows,
        (0.22, 0.17, 0.16, 0.45),
        blank_rows=3,
        empty="No events recorded.",
    )
    if s is None:
        form.note(f"<b>Types:</b> {text(', '.join(EVENT_TYPES))}. <b>Harm levels:</b> {text(', '.join(HARM_LEVELS))}.")
    rows = []
    for harm in data.focus_harms:
        symbols = symbols_for(harm)
        today = data.cross_today.get(harm.key)
        marked = today.code if s is not None and today is not None else None
        key = "    ".join(
            f"{st.tick(c.code == marked)}\u00a0{text(symbols[c.code])}\u00a0{text(c.label)}" for c in harm.colours
        )
        days = data.days_since.get(harm.key)
        since = "" if s is None else ("No harm recorded" if days is None else str(days))
        rows.append([f"<b>{text(harm.name)}</b>", since, key])
    form.table(("Focus harm", "Days since last harm", "Safety cross today"), rows, (0.2, 0.17, 0.63), fixed_rows=True)


def _look_ahead(form: Form, data: HuddlePrint) -> None:
    form.heading("Look ahead: today and the next shift")
    s = data.sheet
    rows = (
        []
        if s is None
        else [[text(p.bed), form.value(", ".join(p.flags)), form.value(p.mitigation)] for p in s.at_risk]
    )
    form.add(form.para("<b>Patients at risk</b> (bed or bay only, never a name)", form.s.body))
    form.table(
        ("Bed / bay", "Risk flags", "Mitigation"), rows, (0.18, 0.4, 0.42), blank_rows=6, empty="No patients flagged."
    )
    if s is None:
        form.note(f"<b>Risk flags:</b> {text(', '.join(RISK_FLAGS))}.")
    form.choice(
        "Foreseeable threats today:",
        THREATS,
        None if s is None else set(s.threats),
        detail=s.threats_detail if s else "",
        detail_label="Detail",
    )
    v = form.value
    form.choice(
        "Infection prevention: bay closed or outbreak?",
        ("Yes", "No"),
        None if s is None else {"Yes" if s.bay_closed else "No"},
    )
    form.add(form.para(f"<b>Patients in isolation:</b> {v(s and s.isolation_count) or '________'}", form.s.body))
    form.space(1)
    form.long_text("Reminders: practice changes, alerts, indicators", s.reminders if s else "", lines=2)
    form.choice(
        "Data reviewed at the huddle (run chart, SPC chart or safety cross)?",
        ("Yes", "No"),
        None if s is None else {"Yes" if s.data_reviewed else "No"},
    )


def _actions(form: Form, data: HuddlePrint) -> None:
    form.heading("Actions")
    s = data.sheet
    rows = []
    if s is not None:
        for action in data.actions:
            new = s.id is not None and action.source_id == s.id
            raised = "This huddle" if new else (f"{action.raised_on:%d %b %Y}" if action.raised_on else st.NOT_RECORDED)
            rows.append([text(action.text), form.value(action.owner), raised, _day(action.due), text(action.status)])
    form.table(
        ("Action", "Owner", "Raised", "Due", "Status"),
        rows,
        (0.36, 0.18, 0.155, 0.155, 0.15),
        blank_rows=6,
        empty="No open actions.",
    )
    if s is None:
        form.note(f"<b>Status:</b> {text(' / '.join(ACTION_STATUSES))}.")
    form.long_text("Escalations to matron / site team", s.escalations if s else "", lines=2)


def _team(form: Form, data: HuddlePrint) -> None:
    form.heading("Celebrate and check in")
    s = data.sheet
    form.long_text("Celebration, good catch or thanks", s.celebration if s else "", lines=2)
    v = form.value
    total = "" if s is None else str(s.checkin_total())
    form.add(form.para("<b>Team check-in</b> (anonymous counts: how is everyone today?)", form.s.body))
    form.grid(
        [
            [
                ("Good", v(s and s.checkin_good)),
                ("OK", v(s and s.checkin_ok)),
                ("Struggling", v(s and s.checkin_struggling)),
                ("Total", total),
            ]
        ]
    )
    form.long_text("Notes", s.notes if s else "", lines=4)


def _day(value: date | None) -> str:
    return f"{value:%d %b %Y}" if value else st.NOT_RECORDED
