"""The weekly pack: one PDF with a contents page, the week's huddle sheets, the register of open
and overdue actions, and the ward's charts (the safety cross for the month or months the week
touches, and run charts of huddle length and attendance drawn from analyse() results).
"""

from __future__ import annotations

import statistics
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from app.domain.action import Action
from app.domain.safety_cross import CrossMonth
from app.domain.ward import Ward
from app.reports import styles as st
from app.reports.chart_drawing import SHAPES_NOTE, ChartSpec, chart_flowables
from app.reports.document import PrintMeta, build_pdf, contents_entry, contents_list, running_header
from app.reports.form import Form
from app.reports.huddle_pdf import HuddlePrint, huddle_story, ward_label
from app.reports.safety_cross_pdf import cross_section
from app.reports.styles import text


@dataclass(frozen=True)
class WeekPack:
    ward: Ward
    week_label: str  # "2026-W47"
    monday: date
    today: date  # for "overdue"
    sheets: tuple[HuddlePrint, ...] = ()
    open_actions: tuple[Action, ...] = ()
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
    form = Form(blank=False)
    year, week, _ = pack.monday.isocalendar()
    form.title(
        "Weekly huddle pack",
        f"{text(ward_label(pack.ward))} · week {week}, {year} · {pack.monday:%a %d %b} to {pack.sunday:%a %d %b %Y}",
    )
    _summary(form, pack)
    form.add(Paragraph("Contents", s.heading), contents_list())

    form.add(PageBreak(), contents_entry("1. Huddle sheets", "sheets"))
    if not pack.sheets:
        form.heading("Huddle sheets")
        form.add(Paragraph("No huddle sheets were saved this week.", s.body))
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

    form.add(PageBreak(), running_header(pack.heading), contents_entry("2. Open and overdue actions", "actions"))
    _register(form, pack)

    form.add(PageBreak(), contents_entry("3. Charts", "charts"))
    for n, months in enumerate(pack.cross_months):
        if n:
            form.add(PageBreak())
        first = months[0] if months else None
        label = f"Safety cross, {first.year}-{first.month:02d}" if first else "Safety cross"
        form.add(contents_entry(label, f"cross-{n}", level=1))
        form.add(
            *cross_section(
                [m.harm for m in months],
                months,
                days_since=pack.days_since,
                heading=f"Safety cross · {ward_label(pack.ward)}",
            )
        )
    if pack.charts:
        form.add(PageBreak(), contents_entry("Huddle length and attendance", "run-charts", level=1))
        form.heading("Huddle length and attendance this week")
        form.note(
            "Run charts of the huddles held this week: the line is the median; marked points are "
            "signals (shift or trend). With fewer than 10 points the run rules rarely apply."
        )
        form.add(*chart_flowables(pack.charts))
    if pack.measure_charts:
        form.add(PageBreak(), contents_entry("The ward's measures", "measures", level=1))
        form.heading("The ward's measures")
        form.note(f"The same charts and rules as the Measures screen. {SHAPES_NOTE}")
        form.add(*chart_flowables(pack.measure_charts))
    return form.story


def _summary(form: Form, pack: WeekPack) -> None:
    sheets = [p.sheet for p in pack.sheets if p.sheet is not None]
    held = [s for s in sheets if s.held]
    lengths = [s.duration_minutes for s in held if s.duration_minutes is not None]
    days = {s.huddle_date for s in sheets}
    missing = [pack.monday + timedelta(days=i) for i in range(7) if pack.monday + timedelta(days=i) not in days]
    overdue = [a for a in pack.open_actions if a.is_overdue(pack.today)]
    v = form.value
    form.grid(
        [
            [
                ("Huddles held", v(f"{len(held)} of {len(sheets)} sheets")),
                ("Not held", v(len(sheets) - len(held))),
                ("Median length", v(f"{statistics.median(lengths):g} min" if lengths else None)),
                ("Mean attendance", v(f"{statistics.mean(len(s.attendees) for s in held):.1f}" if held else None)),
            ],
            [
                ("Days with no sheet", v(", ".join(f"{d:%a %d}" for d in missing) or "None"), 2),
                ("Open actions", v(len(pack.open_actions))),
                ("Overdue actions", v(len(overdue))),
            ],
        ]
    )


def _register(form: Form, pack: WeekPack) -> None:
    form.heading(f"Open and overdue actions on {pack.today:%d %b %Y}")
    actions = sorted(pack.open_actions, key=lambda a: (-a.days_overdue(pack.today), a.due or date.max))
    rows = []
    for a in actions:
        late = a.days_overdue(pack.today)
        overdue = f"<b>{late} day{'s' if late != 1 else ''}</b>" if late else "No"
        rows.append([text(a.text), form.value(a.owner), _day(a.raised_on), _day(a.due), text(a.status), overdue])
    overdue_count = sum(1 for a in actions if a.is_overdue(pack.today))
    form.note(
        f"{len(actions)} open action{'s' if len(actions) != 1 else ''}, {overdue_count} overdue. "
        "Overdue actions come first, the longest overdue at the top."
    )
    form.space(1)
    form.table(
        ("Action", "Owner", "Raised", "Due", "Status", "Overdue"),
        rows,
        (0.27, 0.15, 0.155, 0.155, 0.15, 0.12),
        empty="No open actions.",
    )


def _day(value: date | None) -> str:
    return f"{value:%d %b %Y}" if value else st.NOT_RECORDED
