"""Printing use cases: load the records through the services, hand domain objects to the
renderers in app/reports, return PDF bytes. No Qt; the UI runs these off the UI thread.

Every function takes the store (or nothing, for templates) and returns bytes; ``write_pdf`` puts
bytes on disk atomically (temporary file in the target folder, fsync, rename).
"""

from __future__ import annotations

import os
import re
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from app.domain.huddle import HuddleSheet
from app.domain.reflection import LATER, POST_EVENT, Reflection
from app.domain.ward import Ward
from app.errors import NotFound, ValidationError
from app.exchange.atomic_file import write_atomically

if TYPE_CHECKING:  # reports import reportlab lazily; only types are needed here at import time
    from app.reports.huddle_pdf import HuddlePrint
    from app.reports.reflection_pdf import ReflectionPrint
    from app.reports.week_pack_pdf import WeekPack
    from app.services.store import AppStore

BLANK_KINDS = ("huddle", "reflection", "post-event", "later-reflection")
_WEEK = re.compile(r"^(\d{4})-?W(\d{2})$", re.IGNORECASE)


# -- helpers shared by the CLI and the UI ----------------------------------------------------


def printed_at(store: AppStore | None) -> datetime:
    """Local wall-clock time for the footer, from the store's (injectable) clock."""
    now = store.ctx.now() if store is not None else datetime.now().astimezone()
    return now.astimezone()


def write_pdf(path: str | os.PathLike[str], data: bytes) -> None:
    """Write a PDF so that the file is either the old one or the whole new one, never half."""
    write_atomically(path, data)


def resolve_ward(store: AppStore, wanted: str | None = None) -> Ward:
    """A ward by code, name or id, or the current ward. NotFound with a plain message if none."""
    if wanted:
        ward = store.wards.find_by_code_or_name(wanted)
        if ward is None:
            names = ", ".join(w.details.ward_code or w.name for w in store.wards.list_wards()) or "none set up yet"
            raise NotFound(f"There is no ward called '{wanted}' (wards: {names}).")
        return ward
    ward_id = store.current_ward_id()
    if ward_id is None:
        raise NotFound("No ward is set up yet, so there is nothing to print.")
    return store.wards.get(ward_id)


def parse_iso_week(text: str) -> date:
    """The Monday of an ISO week written ``YYYY-Www`` (e.g. 2026-W47)."""
    match = _WEEK.match(text.strip())
    if not match:
        raise ValidationError(f"'{text}' is not a week: write it like 2026-W47.", "week")
    try:
        return date.fromisocalendar(int(match[1]), int(match[2]), 1)
    except ValueError:
        raise ValidationError(f"{match[1]} has no week {int(match[2])}.", "week") from None


def iso_week_label(monday: date) -> str:
    year, week, _ = monday.isocalendar()
    return f"{year}-W{week:02d}"


def slot_order(ward: Ward, slot: str) -> int:
    slots = list(ward.details.huddle_slots)
    return slots.index(slot) if slot in slots else len(slots)


def find_sheet(store: AppStore, ward: Ward, day: date, slot: str | None = None) -> HuddleSheet:
    """The saved sheet for the day (and slot: any case; may be left out if the day has one sheet)."""
    sheets = sorted(store.huddles.sheets_between(ward.id, day, day), key=lambda s: slot_order(ward, s.slot))
    if slot:
        sheets = [s for s in sheets if s.slot.lower() == slot.strip().lower()]
    if not sheets:
        which = f"{slot.strip().lower()} " if slot else ""
        raise NotFound(f"There is no {which}huddle sheet for {ward.name} on {day:%d %b %Y}.")
    if len(sheets) > 1:
        raise ValidationError(
            f"{ward.name} has {len(sheets)} huddle sheets on {day:%d %b %Y} "
            f"({', '.join(s.slot for s in sheets)}): choose one with --slot.", "slot")
    return sheets[0]


# -- daily sheet -----------------------------------------------------------------------------


def sheet_actions(store: AppStore, sheet: HuddleSheet) -> tuple:
    """Actions raised at this huddle, then the ones still open on its day (carried forward)."""
    day = sheet.huddle_date
    register = store.actions.register(sheet.ward_id)
    raised_here = [a for a in register if sheet.id is not None and a.source_id == sheet.id]
    carried = [a for a in register if a not in raised_here and a.raised_on is not None and a.raised_on < day
               and (a.is_open if a.closed_on is None else a.closed_on >= day)]
    return tuple(raised_here + carried)


def huddle_print(store: AppStore, sheet: HuddleSheet, *, ward: Ward | None = None) -> HuddlePrint:
    from app.reports.huddle_pdf import HuddlePrint

    ward = ward or store.wards.get(sheet.ward_id)
    day = sheet.huddle_date
    return HuddlePrint(
        ward=ward, sheet=sheet, actions=sheet_actions(store, sheet),
        cross_months=tuple(store.huddles.cross_month(ward.id, day.year, day.month)),
        cross_today=store.huddles.cross_for_day(ward.id, day),
        days_since={h.key: store.huddles.days_since_harm(ward.id, h, today=day) for h in ward.details.focus_harms},
    )


def sheet_pdf(store: AppStore, sheet: HuddleSheet) -> bytes:
    """The PDF of a sheet as it stands (saved or still being filled in on screen)."""
    from app.reports.huddle_pdf import huddle_sheet_pdf

    return huddle_sheet_pdf(huddle_print(store, sheet), printed_at(store))


def huddle_sheet_pdf(store: AppStore, ward_id: str, day: date, slot: str | None = None) -> bytes:
    ward = store.wards.get(ward_id)
    return sheet_pdf(store, find_sheet(store, ward, day, slot))


# -- blank templates -------------------------------------------------------------------------


def blank_pdf(kind: str, store: AppStore | None = None, ward_id: str | None = None) -> bytes:
    """A template for paper use. With a ward, the huddle sheet shows its slots, roles and focus
    harms; without, the defaults."""
    if kind not in BLANK_KINDS:
        raise ValidationError(f"'{kind}' is not a blank form; choose one of: {', '.join(BLANK_KINDS)}.", "kind")
    ward = store.wards.get(ward_id) if store is not None and ward_id else None
    when = printed_at(store)
    if kind == "huddle":
        from app.reports.huddle_pdf import HuddlePrint, huddle_sheet_pdf

        return huddle_sheet_pdf(HuddlePrint(ward=ward), when)
    from app.reports.reflection_pdf import blank_reflection_pdf

    which = {"reflection": (POST_EVENT, LATER), "post-event": (POST_EVENT,), "later-reflection": (LATER,)}[kind]
    return blank_reflection_pdf(which, ward, when)


def blank_file_name(kind: str) -> str:
    return f"Blank {kind.replace('-', ' ')} sheet.pdf"


# -- reflections ----------------------------------------------------------------------------


def reflection_print(store: AppStore, item: Reflection) -> ReflectionPrint:
    from app.reports.reflection_pdf import ReflectionPrint

    timing, linked = "", ""
    if item.is_post_event:
        swarm = store.reflections.timing(item)
        timing = " ".join(t for t in (swarm.elapsed_text, swarm.hint) if t)
    elif item.post_event_id:
        debrief = store.reflections.find(item.post_event_id)
        linked = debrief.title() if debrief else ""
    return ReflectionPrint(kind=item.kind, ward=store.wards.get(item.ward_id), reflection=item,
                           actions=tuple(store.reflections.follow_up_actions(item)), timing=timing,
                           linked_debrief=linked)


def reflection_pdf(store: AppStore, reflection_id: str) -> bytes:
    """A saved reflection (hot debrief or later reflection) by id; NotFound if there is none."""
    from app.reports.reflection_pdf import reflection_pdf as render

    item = store.reflections.find(reflection_id)
    if item is None:
        raise NotFound(f"There is no reflection with the id '{reflection_id}'.")
    return render(reflection_print(store, item), printed_at(store))


def item_pdf(store: AppStore, item: Reflection) -> bytes:
    """The PDF of a reflection as it stands on screen (saved or not)."""
    from app.reports.reflection_pdf import reflection_pdf as render

    return render(reflection_print(store, item), printed_at(store))


# -- weekly pack -----------------------------------------------------------------------------


def week_pack(store: AppStore, ward_id: str, week: str | date) -> WeekPack:
    from app.domain.spc import analyse
    from app.reports.week_pack_pdf import ChartSpec, WeekPack

    ward = store.wards.get(ward_id)
    monday = parse_iso_week(week) if isinstance(week, str) else week - timedelta(days=week.weekday())
    sunday = monday + timedelta(days=6)
    today = printed_at(store).date()
    sheets = sorted(store.huddles.sheets_between(ward.id, monday, sunday),
                    key=lambda s: (s.huddle_date, slot_order(ward, s.slot)))
    months = sorted({(d.year, d.month) for d in (monday, sunday)})
    as_of = min(sunday, today)
    held = [s for s in sheets if s.held]
    labels = [f"{s.huddle_date:%a %d}" + (f" {s.slot[:3]}" if len({x.huddle_date for x in held}) < len(held) else "")
              for s in held]
    durations = [s.duration_minutes for s in held]
    attendance = [len(s.attendees) for s in held]
    charts = (
        ChartSpec("Huddle length (minutes)", tuple(labels), tuple(durations), analyse(durations, "run"), "run",
                  target=float(ward.details.huddle_target_minutes), improvement="decrease"),
        ChartSpec("Attendance (people at the huddle)", tuple(labels), tuple(attendance), analyse(attendance, "run"),
                  "run", improvement="increase"),
    )
    return WeekPack(
        ward=ward, week_label=iso_week_label(monday), monday=monday, today=today,
        sheets=tuple(huddle_print(store, s, ward=ward) for s in sheets),
        open_actions=tuple(store.actions.open_actions(ward.id)),
        cross_months=tuple(tuple(store.huddles.cross_month(ward.id, y, m)) for y, m in months),
        days_since={h.key: store.huddles.days_since_harm(ward.id, h, today=as_of) for h in ward.details.focus_harms},
        charts=charts,
    )


def week_pack_pdf(store: AppStore, ward_id: str, week: str | date) -> bytes:
    from app.reports.week_pack_pdf import week_pack_pdf as render

    return render(week_pack(store, ward_id, week), printed_at(store))


# -- file names ------------------------------------------------------------------------------


def sheet_file_name(ward: Ward, sheet: HuddleSheet) -> str:
    return safe_file_name(f"Huddle {ward.details.ward_code or ward.name} {sheet.huddle_date:%Y-%m-%d} {sheet.slot}.pdf")


def week_file_name(ward: Ward, week_label: str) -> str:
    return safe_file_name(f"Weekly pack {ward.details.ward_code or ward.name} {week_label}.pdf")


def safe_file_name(name: str) -> str:
    """A file name that every OS accepts (no / \\ : * ? " < > |)."""
    return re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "-", name).strip(" .") or "Ward Huddle.pdf"
