"""What every printing use case shares: the store opened for reading on any thread, the ward, the
sheet, the footer's clock, atomic writes, and the daily sheet's data as it stood on its day (the
actions with their status then, the safety cross up to that day). The renderers and the
``app.services.printing`` use cases build on it; nothing here imports them.
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import NotFound, ValidationError, WardHuddleError

if TYPE_CHECKING:  # reports import reportlab lazily; only types are needed here at import time
    from app.domain.action import Action
    from app.domain.huddle import HuddleSheet
    from app.domain.safety_cross import CrossMonth
    from app.domain.ward import Ward
    from app.reports.huddle_pdf import HuddlePrint
    from app.services.context import Clock
    from app.services.store import AppStore

TEMP_FOLDER = "wardhuddle-print"
_owners: dict[int, int | None] = {}  # id(store) -> the thread that opened it, for reading_store


# -- reading on any thread -------------------------------------------------------------------


@contextmanager
def reading_store(path: str | os.PathLike[str], clock: Clock | None = None) -> Iterator[AppStore]:
    """The data file opened read-only on the calling thread (a SQLite connection belongs to the
    thread that opened it, so a worker never borrows the UI's). No start-up checks or upgrades:
    use it on a file the app has already opened, or one at the current schema (see
    ``printable_store``)."""
    from app.services.context import ServiceContext, system_clock
    from app.services.store import AppStore
    from app.storage.database import open_database
    from app.storage.migrations import current_schema_version

    database = open_database(Path(path), max_schema=current_schema_version(), read_only=True)
    # AppStore builds each service on first use, so printing one sheet loads only what it needs
    store = AppStore(database, ServiceContext(database, clock or system_clock), Path(path).parent / "backups")
    _owners[id(store)] = threading.get_ident()
    try:
        yield store
    finally:
        _owners.pop(id(store), None)
        database.close()


@contextmanager
def printable_store(path: str | os.PathLike[str], *, backups_dir: Path | None = None) -> Iterator[AppStore]:
    """The store for printing from the command line: read-only, and without the start-up checks,
    when the file is at this build's schema; otherwise opened the usual way (upgraded first, or
    read-only if a newer version wrote it)."""
    from app.storage.migrations import current_schema_version

    with reading_store(path) as reader:
        if reader.database.schema_version == current_schema_version():
            yield reader
            return
    from app.services.store import open_store

    store = open_store(Path(path), backups_dir=backups_dir)
    try:
        yield store
    finally:
        store.close()


@contextmanager
def usable(store: AppStore) -> Iterator[AppStore]:
    """``store`` itself on the thread that owns its connection; on any other thread (a print job
    on a worker) the same file opened read-only for the duration. The app and the CLI open their
    store on the main thread; stores from ``reading_store`` belong to the thread that opened them."""
    owner = _owners.get(id(store), threading.main_thread().ident)
    if owner == threading.get_ident():
        yield store
        return
    with reading_store(store.path, store.ctx.clock) as reader:
        yield reader


def temp_pdf(title: str, data: bytes) -> Path:
    """Write a PDF for the system viewer into the temporary folder (files more than a day old
    are cleared out first). A new name each time, as a viewer may still hold the last one open."""
    import tempfile  # here, not at the top: `wardhuddle print` never needs it (uuid alone imports platform)
    import time
    import uuid

    folder = Path(tempfile.gettempdir()) / TEMP_FOLDER
    folder.mkdir(mode=0o700, exist_ok=True)
    cutoff = time.time() - 24 * 3600
    for old in folder.glob("*.pdf"):
        try:
            if old.stat().st_mtime < cutoff:
                old.unlink()
        except OSError:
            pass  # still open in a viewer: next time
    stem = safe_file_name(title).removesuffix(".pdf")[:80]
    path = folder / f"{stem} {uuid.uuid4().hex[:8]}.pdf"
    write_pdf(path, data)
    return path


# -- helpers shared by the CLI and the UI ----------------------------------------------------


def printed_at(store: AppStore | None) -> datetime:
    """Local wall-clock time for the footer, from the store's (injectable) clock."""
    from app.services.context import system_clock

    return (store.ctx.now() if store is not None else system_clock()).astimezone()


def write_pdf(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write a PDF so that the file is either the old one or the whole new one, never half. A link
    is followed (its target replaced); a folder or device is refused (NotAFileError). The file
    gets the user's usual permissions, like any saved document. Returns the file written."""
    from app.export_format.atomic_file import write_atomically

    return write_atomically(path, data, private=False)


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
            f"({', '.join(s.slot for s in sheets)}): choose one with --slot.",
            "slot",
        )
    return sheets[0]


# -- daily sheet -----------------------------------------------------------------------------


class NothingToPrint(WardHuddleError):
    """Nothing was recorded for what was asked (a week before any data): the CLI exits 1."""


def sheet_actions(store: AppStore, sheet: HuddleSheet) -> tuple[Action, ...]:
    """Actions raised at this huddle, then the ones carried forward: raised earlier and still open
    on its day, or closed that day. Each with the status it had then (see ActionService.as_of)."""
    from dataclasses import replace

    day = sheet.huddle_date
    then = store.actions.as_of(sheet.ward_id, day)
    raised_here = [a for a in then if sheet.id is not None and a.source_id == sheet.id]
    if sheet.id is not None:  # a sheet typed up later: its own actions were raised after its day
        known = {a.id for a in raised_here}
        for action in store.actions.for_source(sheet.id):
            if action.id not in known:
                done_then = action.closed_on is not None and action.closed_on <= day
                status = action.status if done_then or action.status != "Done" else "Open"
                raised_here.append(replace(action, status=status, closed_on=action.closed_on if done_then else None))
    carried = [
        a
        for a in then
        if a not in raised_here and a.raised_on is not None and a.raised_on < day and (a.is_open or a.closed_on == day)
    ]
    return tuple(raised_here + carried)


def cross_up_to(months: list[CrossMonth], day: date) -> tuple[CrossMonth, ...]:
    """The month's crosses as they stood on ``day``: later days empty (a reprint never shows a
    harm from the day after)."""
    from dataclasses import replace

    out = []
    for month in months:
        if (month.year, month.month) > (day.year, day.month):
            month = replace(month, boxes=(None,) * 31)
        elif (month.year, month.month) == (day.year, day.month):
            month = replace(month, boxes=tuple(b if i < day.day else None for i, b in enumerate(month.boxes)))
        out.append(month)
    return tuple(out)


def huddle_print(
    store: AppStore, sheet: HuddleSheet, *, ward: Ward | None = None, with_month_cross: bool = False
) -> HuddlePrint:
    """The sheet with the world as it stood on its day: the cross up to that day, the actions
    with their status then, days since harm counted to that day."""
    from app.reports.huddle_pdf import HuddlePrint

    ward = ward or store.wards.get(sheet.ward_id)
    day = sheet.huddle_date
    return HuddlePrint(
        ward=ward,
        sheet=sheet,
        actions=sheet_actions(store, sheet),
        cross_months=cross_up_to(store.huddles.cross_month(ward.id, day.year, day.month), day),
        cross_today=store.huddles.cross_for_day(ward.id, day),
        days_since={h.key: store.huddles.days_since_harm(ward.id, h, today=day) for h in ward.details.focus_harms},
        with_month_cross=with_month_cross,
        cross_warnings=tuple(c.contradiction for c in store.huddles.cross_today(ward.id, day) if c.contradiction),
    )


# -- file names ------------------------------------------------------------------------------


def safe_file_name(name: str) -> str:
    """A file name that every OS accepts (no / \\ : * ? " < > |)."""
    return re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "-", name).strip(" .") or "Ward Huddle.pdf"
