"""The weekly pack, as the week stood at its end: the sheets, actions, safety cross and charts
are cut at Sunday (or today, for the week in progress). A week with nothing recorded prints
nothing (NothingToPrint), rather than a pack of later data.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from app.domain.weeks import monday_of, parse_week, week_label
from app.services.printing_improvement import measure_charts
from app.services.printing_support import NothingToPrint, cross_up_to, huddle_print, printed_at, slot_order, usable

if TYPE_CHECKING:
    from app.reports.week_pack_pdf import WeekPack
    from app.services.store import AppStore


def week_pack(store: AppStore, ward_id: str, week: str | date, *, with_sheets: bool = False) -> WeekPack:
    from app.domain.spc import analyse
    from app.reports.chart_drawing import ChartSpec
    from app.reports.week_pack_pdf import WeekPack

    ward = store.wards.get(ward_id)
    monday = parse_week(week) if isinstance(week, str) else monday_of(week)
    sunday = monday + timedelta(days=6)
    today = printed_at(store).date()
    end = min(sunday, today)
    sheets = sorted(  # up to the pack's day: a sheet dated after it is not part of the week as it stood
        store.huddles.sheets_between(ward.id, monday, end), key=lambda s: (s.huddle_date, slot_order(ward, s.slot))
    )
    actions = tuple(store.actions.as_of(ward.id, end)) if monday <= today else ()
    in_week = [a for a in actions if monday <= (a.raised_on or date.min) <= end]
    closed = [a for a in actions if a.closed_on is not None and monday <= a.closed_on <= end]
    days = [monday + timedelta(days=i) for i in range((end - monday).days + 1)]
    cross_days = [entry for day in days for entry in store.huddles.cross_for_day(ward.id, day).values()]
    reflections = [
        row.reflection
        for row in store.reflections.search(ward.id, start=monday, end=end)
        if row.reflection.main_date and monday <= row.reflection.main_date <= end
    ]
    if not (sheets or in_week or closed or cross_days or reflections):
        raise NothingToPrint(
            f"Nothing was recorded for {ward.name} in {week_label(monday)} "
            f"({monday:%d %b %Y} to {sunday:%d %b %Y}), "
            "so there is no weekly pack to print."
        )
    months = sorted({(d.year, d.month) for d in (monday, end)})
    held = [s for s in sheets if s.held]
    several_a_day = len({s.huddle_date for s in held}) < len(held)
    labels = [f"{s.huddle_date:%a %d}" + (f" {s.slot[:3]}" if several_a_day else "") for s in held]
    durations = [s.duration_minutes for s in held]
    attendance = [len(s.attendees) for s in held]
    charts = (
        ChartSpec(
            "Huddle length (minutes)",
            tuple(labels),
            tuple(durations),
            analyse(durations, "run"),
            "run",
            target=float(ward.details.huddle_target_minutes),
            improvement="decrease",
        ),
        ChartSpec(
            "Attendance (people at the huddle)",
            tuple(labels),
            tuple(attendance),
            analyse(attendance, "run"),
            "run",
            improvement="increase",
        ),
    )
    return WeekPack(
        ward=ward,
        week_label=week_label(monday),
        monday=monday,
        today=end,
        huddles=tuple(sheets),
        sheets=tuple(huddle_print(store, s, ward=ward) for s in sheets) if with_sheets else (),
        actions=actions,
        cross_days=tuple(cross_days),
        reflections=tuple(reflections),
        cross_months=tuple(cross_up_to(store.huddles.cross_month(ward.id, y, m), end) for y, m in months),
        days_since={h.key: store.huddles.days_since_harm(ward.id, h, today=end) for h in ward.details.focus_harms},
        charts=charts,
        measure_charts=measure_charts(store, ward.id, up_to=end),
    )


def week_pack_pdf(store: AppStore, ward_id: str, week: str | date, *, with_sheets: bool = False) -> bytes:
    from app.reports.week_pack_pdf import week_pack_pdf as render

    with usable(store) as reader:
        pack = week_pack(reader, ward_id, week, with_sheets=with_sheets)
    return render(pack, printed_at(store))
