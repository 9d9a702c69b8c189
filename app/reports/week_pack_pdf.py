"""The weekly pack, as the week stood at its end: a page of the week at a glance (huddles held,
attendance, harms, actions opened, closed and overdue, reflections), the action list, the safety
cross, the charts, and only on request the week's daily sheets. An ordinary ward-week is about
six pages.
"""

from __future__ import annotations

import statistics
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from app.domain.action import Action
from app.domain.huddle import EVENT_TYPE_FOR_HARM, HuddleSheet
from app.domain.reflection import Reflection
from app.domain.safety_cross import CrossDay, CrossMonth
from app.domain.ward import Ward
from app.reports import styles as st
from app.reports.chart_drawing import SHAPES_NOTE, ChartSpec, chart_flowables
from app.reports.document import PrintMeta, build_pdf, contents_entry, contents_list, running_header
from app.reports.form import Form
from app.reports.huddle_pdf import HuddlePrint, action_status_then, huddle_story, short_day, ward_label
from app.reports.safety_cross_pdf import cross_section
from app.reports.styles import text


@dataclass(frozen=True)
class WeekPack:
    ward: Ward
    week_label: str  # "2026-W47"
    monday: date
    today: date  # the day the pack is as of: the week's Sunday, or today for the week in progress
    huddles: tuple[HuddleSheet, ...] = ()  # every sheet of the week
    sheets: tuple[HuddlePrint, ...] = ()  # the daily sheets to print in full (--with-sheets)
    actions: tuple[Action, ...] = ()  # every action raised by ``today``, with its status then
    cross_days: tuple[CrossDay, ...] = ()  # the week's safety cross entries up to ``today``
    reflections: tuple[Reflection, ...] = ()  # held (or about events) this week
    cross_months: tuple[tuple[CrossMonth, ...], ...] = ()
    days_since: Mapping[str, int | None] = field(default_factory=dict)
    charts: tuple[ChartSpec, ...] = ()  # huddle length and attendance this week
    measure_charts: tuple[ChartSpec, ...] = ()  # the ward's measures, as on the Measures screen

    @property
    def sunday(self) -> date:
        return self.monday + timedelta(days=6)

    @property
    def heading(self) -> str:
        return f"Weekly huddle pack · {ward_label(self.ward)} · {self.week_label}"

    @property
    def open_actions(self) -> tuple[Action, ...]:
        return tuple(a for a in self.actions if a.is_open)

    def in_week(self, day: date | None) -> bool:
        return day is not None and self.monday <= day <= self.today


def week_pack_pdf(pack: WeekPack, printed_at: datetime) -> bytes:
    meta = PrintMeta(
        title=pack.heading,
        ward_label=ward_label(pack.ward),
        printed_at=printed_at,
        subject="Weekly huddle pack",
        running_header=pack.heading,
    )
    return build_pdf(week_pack_story(pack), meta, with_contents=True)


def week_pack_story(pack: WeekPack) -> list[Any]:
    from reportlab.platypus import PageBreak, Paragraph

    s = st.styles()
    form = Form(blank=False, compact=True)
    year, week, _ = pack.monday.isocalendar()
    as_of = "" if pack.today == pack.sunday else f" · as of {pack.today:%a %d %b} (the week is not over)"
    form.title(
        "Weekly huddle pack",
        f"{text(ward_label(pack.ward))} · week {week}, {year} · {pack.monday:%a %d %b} to "
        f"{pack.sunday:%a %d %b %Y}{as_of}",
    )
    form.add(contents_entry("The week at a glance", "summary"))
    _summary(form, pack)
    _days(form, pack)
    form.add(Paragraph("Contents", s.heading), contents_list())

    form.add(PageBreak(), running_header(pack.heading), contents_entry("Actions", "actions"))
    _register(form, pack)

    for n, months in enumerate(pack.cross_months):
        form.add(PageBreak())
        first = months[0] if months else None
        label = f"Safety cross, {first.year}-{first.month:02d}" if first else "Safety cross"
        form.add(contents_entry(label, f"cross-{n}"))
        form.add(
            *cross_section(
                [m.harm for m in months],
                months,
                days_since=pack.days_since,
                heading=f"Safety cross · {ward_label(pack.ward)}",
                as_of=pack.today,
            )
        )
    if pack.charts:
        form.add(PageBreak(), contents_entry("Huddle length and attendance", "run-charts"))
        form.heading("Huddle length and attendance this week")
        form.note(
            "Run charts of the huddles held this week: the line is the median; marked points are "
            "signals (shift or trend). With fewer than 10 points the run rules rarely apply."
        )
        form.add(*chart_flowables(pack.charts, height=62 * st.MM, how=False))
    if pack.measure_charts:
        form.add(PageBreak(), contents_entry("The ward's measures", "measures"))
        form.heading(f"The ward's measures, data up to {pack.today:%d %b %Y}")
        form.note(
            f"The same charts and rules as the Measures screen. {SHAPES_NOTE} How each chart is worked out "
            "is on the Measures screen (and in each measure's own printout), to keep this pack short."
        )
        form.add(*chart_flowables(pack.measure_charts, height=54 * st.MM, how=False))
    if pack.sheets:
        form.add(PageBreak(), contents_entry("Daily huddle sheets", "sheets"))
    for n, sheet in enumerate(pack.sheets):
        assert sheet.sheet is not None
        if n:
            form.add(PageBreak())
        form.add(
            contents_entry(
                f"{sheet.sheet.huddle_date:%a %d %b} · {sheet.sheet.slot}"
                + ("" if sheet.sheet.held else " (not held)"),
                f"sheet-{n}",
                level=1,
            )
        )
        form.add(*huddle_story(sheet, include_cross=False))
    return form.story


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def _summary(form: Form, pack: WeekPack) -> None:
    sheets = list(pack.huddles)
    held = [s for s in sheets if s.held]
    not_held = [s for s in sheets if not s.held]
    lengths = [s.duration_minutes for s in held if s.duration_minutes is not None]
    days = {s.huddle_date for s in sheets}
    week_days = [pack.monday + timedelta(days=i) for i in range((pack.today - pack.monday).days + 1)]
    missing = [d for d in week_days if d not in days]
    heads = [len(s.attendees) for s in held]
    opened = [a for a in pack.actions if pack.in_week(a.raised_on)]
    closed = [a for a in pack.actions if pack.in_week(a.closed_on)]
    overdue = [a for a in pack.open_actions if a.is_overdue(pack.today)]
    v = form.value
    reasons = ", ".join(f"{s.huddle_date:%a} ({text(s.not_held_reason.lower())})" for s in not_held)
    form.grid(
        [
            [
                ("Huddles held", v(f"{len(held)} of {_plural(len(sheets), 'sheet')}")),
                ("Not held", v(reasons or "None")),
                ("Median length", v(f"{statistics.median(lengths):g} min" if lengths else None)),
                ("Days with no sheet", v(", ".join(f"{d:%a %d}" for d in missing) or "None")),
            ],
            [
                (
                    "Attendance",
                    v(f"{statistics.mean(heads):.1f} a huddle ({min(heads)} to {max(heads)})" if heads else None),
                    2,
                ),
                ("Reflections", v(_plural(len(pack.reflections), "reflection"))),
                ("Look-back events", v(sum(len(s.events) for s in sheets))),
            ],
            [
                ("Actions raised", v(len(opened))),
                ("Actions done", v(len(closed))),
                (f"Open on {pack.today:%d %b}", v(len(pack.open_actions))),
                ("Overdue then", v(len(overdue))),
            ],
        ]
    )
    _harms(form, pack)
    if pack.reflections:
        form.label("<b>Reflections this week</b>")
        for item in pack.reflections:
            form.add(form.para(f"• {text(item.title())}", form.s.body))


def _harms(form: Form, pack: WeekPack) -> None:
    """Harm days on the safety cross and harm events looked back on, per focus harm."""
    rows = []
    for harm in pack.ward.details.focus_harms:
        harm_codes = {c.code for c in harm.colours if c.is_harm}
        marked = [d for d in pack.cross_days if d.harm_key == harm.key]
        harm_days = sorted(d.day for d in marked if d.code in harm_codes)
        event_type = EVENT_TYPE_FOR_HARM.get(harm.key)
        events = sum(1 for s in pack.huddles for e in s.events if e.event_type == event_type and e.is_harm)
        since = pack.days_since.get(harm.key)
        rows.append(
            [
                f"<b>{text(harm.name)}</b>",
                ", ".join(f"{d:%a %d}" for d in harm_days) or "None",
                str(events),
                f"{len(marked)} of 7",
                "No harm recorded" if since is None else str(since),
            ]
        )
    form.label("<b>Harms this week</b>")
    form.table(
        ("Focus harm", "Harm days on the cross", "Harm events looked back on", "Days marked", "Days since harm"),
        rows,
        (0.2, 0.26, 0.2, 0.14, 0.2),
        fixed_rows=True,
    )


def _days(form: Form, pack: WeekPack) -> None:
    form.label("<b>Each huddle this week</b>")
    rows = []
    for s in pack.huddles:
        if not s.held:
            rows.append([f"{s.huddle_date:%a %d}", text(s.slot), "Not held", "", "", text(s.not_held_reason)])
            continue
        minutes = s.duration_minutes
        rows.append(
            [
                f"{s.huddle_date:%a %d}",
                text(s.slot),
                f"{minutes} min" if minutes is not None else st.NOT_RECORDED,
                str(len(s.attendees)),
                str(len(s.at_risk)),
                text(s.leader) or st.NOT_RECORDED,
            ]
        )
    form.table(
        ("Day", "Slot", "Length", "People", "At risk", "Leader (or why not held)"),
        rows,
        (0.12, 0.14, 0.12, 0.1, 0.1, 0.42),
        empty="No huddle sheets this week.",
    )


def _register(form: Form, pack: WeekPack) -> None:
    form.heading(f"Actions open on {pack.today:%d %b %Y}, the end of the week")
    actions = sorted(pack.open_actions, key=lambda a: (-a.days_overdue(pack.today), a.due or date.max))
    rows = [
        [
            form.value(a.text),
            form.value(a.owner),
            short_day(a.raised_on, pack.today),
            short_day(a.due, pack.today),
            action_status_then(a, pack.today),
        ]
        for a in actions
    ]
    late = sum(1 for a in actions if a.is_overdue(pack.today))
    form.note(
        f"{_plural(len(actions), 'open action')}, {late} overdue on {pack.today:%d %b}, with the status each "
        "had then. Overdue actions come first, the longest overdue at the top."
    )
    form.space(1)
    with form.sized(9):
        form.table(
            ("Action", "Owner", "Raised", "Due", "Status then"),
            rows,
            (0.48, 0.16, 0.085, 0.085, 0.19),
            empty="No open actions.",
        )
    done = [a for a in pack.actions if pack.in_week(a.closed_on)]
    form.label(f"<b>Done this week</b> ({len(done)})")
    form.table(
        ("Action", "Owner", "Raised", "Done"),
        [
            [
                form.value(a.text),
                form.value(a.owner),
                short_day(a.raised_on, pack.today),
                short_day(a.closed_on, pack.today),
            ]
            for a in done
        ],
        (0.5, 0.2, 0.15, 0.15),
        empty="No actions were done this week.",
    )
