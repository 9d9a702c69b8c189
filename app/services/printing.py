"""Printing use cases: load the records through the services, hand domain objects to the
renderers in app/reports, return PDF bytes. No Qt; the UI runs these off the UI thread.

Every function takes the store (or nothing, for templates) and returns bytes; ``write_pdf`` puts
bytes on disk atomically (temporary file in the target folder, fsync, rename). The shared parts
are in printing_support (re-exported here), the weekly pack in printing_week, improvement work in
printing_improvement.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from app.errors import NotFound, ValidationError
from app.services.printing_support import (  # noqa: F401 - the printing API, used as printing.<name>
    TEMP_FOLDER,
    NothingToPrint,
    cross_up_to,
    find_sheet,
    huddle_print,
    printable_store,
    printed_at,
    reading_store,
    resolve_ward,
    safe_file_name,
    sheet_actions,
    slot_order,
    temp_pdf,
    usable,
    write_pdf,
)

if TYPE_CHECKING:
    from app.domain.huddle import HuddleSheet
    from app.domain.pdsa import PdsaCycle
    from app.domain.project import Project
    from app.domain.reflection import Reflection
    from app.reports.reflection_pdf import ReflectionPrint
    from app.services.store import AppStore

BLANK_KINDS = ("huddle", "safety-cross", "reflection", "post-event", "later-reflection")


def sheet_pdf(store: AppStore, sheet: HuddleSheet, *, with_month_cross: bool = False) -> bytes:
    """The PDF of a sheet as it stands (saved or still being filled in on screen)."""
    from app.reports.huddle_pdf import huddle_sheet_pdf

    with usable(store) as reader:
        data = huddle_print(reader, sheet, with_month_cross=with_month_cross)
    return huddle_sheet_pdf(data, printed_at(store))


def huddle_sheet_pdf(
    store: AppStore, ward_id: str, day: date, slot: str | None = None, *, with_month_cross: bool = False
) -> bytes:
    with usable(store) as reader:
        sheet = find_sheet(reader, reader.wards.get(ward_id), day, slot)
        return sheet_pdf(reader, sheet, with_month_cross=with_month_cross)


# -- blank templates -------------------------------------------------------------------------


def blank_pdf(kind: str, store: AppStore | None = None, ward_id: str | None = None) -> bytes:
    """A template for paper use. With a ward, the huddle sheet shows its slots, roles and focus
    harms; without, the defaults."""
    if kind not in BLANK_KINDS:
        raise ValidationError(f"'{kind}' is not a blank form; choose one of: {', '.join(BLANK_KINDS)}.", "kind")
    ward = None
    if store is not None and ward_id:
        with usable(store) as reader:
            ward = reader.wards.get(ward_id)
    when = printed_at(store)
    if kind == "huddle":
        from app.reports.huddle_pdf import HuddlePrint, huddle_sheet_pdf

        return huddle_sheet_pdf(HuddlePrint(ward=ward), when)
    if kind == "safety-cross":
        from app.reports.safety_cross_pdf import blank_cross_pdf

        return blank_cross_pdf(ward, when)
    from app.domain.reflection import LATER, POST_EVENT
    from app.reports.reflection_pdf import blank_reflection_pdf

    which = {"reflection": (POST_EVENT, LATER), "post-event": (POST_EVENT,), "later-reflection": (LATER,)}[kind]
    return blank_reflection_pdf(which, ward, when)


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
    return ReflectionPrint(
        kind=item.kind,
        ward=store.wards.get(item.ward_id),
        reflection=item,
        actions=tuple(store.reflections.follow_up_actions(item)),
        timing=timing,
        linked_debrief=linked,
    )


def reflection_pdf(store: AppStore, reflection_id: str) -> bytes:
    """A saved reflection (hot debrief or later reflection) by id; NotFound if there is none."""
    from app.reports.reflection_pdf import reflection_pdf as render

    with usable(store) as reader:
        item = reader.reflections.find(reflection_id)
        if item is None:
            raise NotFound(f"There is no reflection with the id '{reflection_id}'.")
        data = reflection_print(reader, item)
    return render(data, printed_at(store))


def item_pdf(store: AppStore, item: Reflection) -> bytes:
    """The PDF of a reflection as it stands on screen (saved or not)."""
    from app.reports.reflection_pdf import reflection_pdf as render

    with usable(store) as reader:
        data = reflection_print(reader, item)
    return render(data, printed_at(store))


# -- the weekly pack and improvement work live in their own modules ----------------------------


def week_pack_pdf(store: AppStore, ward_id: str, week: str | date, *, with_sheets: bool = False) -> bytes:
    """The weekly pack as of the week's end; NothingToPrint for a week with nothing recorded."""
    from app.services.printing_week import week_pack_pdf as render

    return render(store, ward_id, week, with_sheets=with_sheets)


def pdsa_pdf(store: AppStore, cycle: PdsaCycle, project: Project) -> bytes:
    from app.services.printing_improvement import pdsa_pdf as render

    return render(store, cycle, project)


def project_pdf(store: AppStore, project: Project, cycles: tuple[PdsaCycle, ...] = ()) -> bytes:
    from app.services.printing_improvement import project_pdf as render

    return render(store, project, cycles)
