"""Use cases for the daily huddle sheet and the safety cross."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from app.domain.huddle import EVENT_TYPE_FOR_HARM, HuddleSheet, carried_forward
from app.domain.safety_cross import (
    BY_HAND,
    FROM_LOOK_BACK,
    CrossDay,
    CrossMonth,
    LookBackMark,
    contradiction,
    days_since_last_harm,
    marks_from_look_back,
    month_grid,
)
from app.domain.ward import FocusHarm
from app.errors import DuplicateRecord, StaleRecordError, ValidationError
from app.services.changes import Changes
from app.services.context import ServiceContext
from app.storage.repositories.huddles import CrossRepository, HuddleRepository
from app.storage.repositories.wards import WardRepository


@dataclass(frozen=True)
class SaveResult:
    sheet: HuddleSheet
    cross: tuple[CrossDay, ...]
    changes: Changes


@dataclass(frozen=True)
class CrossToday:
    """One harm's box for a day, as the sheet shows it: the box (None if not set), where its mark
    came from, the days since the last harm, and any disagreement with look back."""

    harm: FocusHarm
    box: CrossDay | None
    days_since: int | None
    contradiction: str = ""

    @property
    def source_words(self) -> str:
        if self.box is None:
            return ""
        return "from look back" if self.box.source == FROM_LOOK_BACK else "set by hand"


class HuddleService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self.sheets = HuddleRepository(ctx.database)
        self.cross = CrossRepository(ctx.database)
        self.wards = WardRepository(ctx.database)

    # -- reading -----------------------------------------------------------------------
    def today(self) -> date:
        return self.ctx.now().astimezone().date()

    def sheet_for(self, ward_id: str, day: date, slot: str) -> HuddleSheet:
        """The saved sheet for this ward, day and slot, or a new unsaved one carried forward from
        the previous sheet. There is never a second sheet for the same slot."""
        existing = self.sheets.find(ward_id, day, slot)
        if existing is not None:
            return existing
        return carried_forward(self.previous_sheet(ward_id, day), ward_id, day, slot)

    def previous_sheet(self, ward_id: str, day: date) -> HuddleSheet | None:
        return self.sheets.latest_before(ward_id, day, created_before=None)

    def has_a_week_of_data(self, ward_id: str, today: date | None = None) -> bool:
        """True once the ward's first sheet is at least a week old: before that a "weekly export
        due" reminder is a false alarm (a ward set up a minute ago has nothing to send)."""
        first = self.sheets.first_day(ward_id)
        return first is not None and ((today or self.today()) - first).days >= 7

    def get(self, sheet_id: str) -> HuddleSheet:
        return self.sheets.get(sheet_id)

    def sheets_between(self, ward_id: str, start: date, end: date) -> list[HuddleSheet]:
        return self.sheets.between(ward_id, start, end)

    def cross_for_day(self, ward_id: str, day: date) -> dict[str, CrossDay]:
        return {c.harm_key: c for c in self.cross.between(ward_id, day, day)}

    def look_back_marks(self, ward_id: str, day: date) -> dict[str, LookBackMark]:
        """What the look-back events on every sheet of that day say the cross should be."""
        ward = self.wards.get(ward_id)
        events = [e for sheet in self.sheets.between(ward_id, day, day) for e in sheet.events]
        return marks_from_look_back(ward.details.focus_harms, events)

    def cross_today(self, ward_id: str, day: date) -> list[CrossToday]:
        """Each focus harm's box, its source, the days since the last harm and any contradiction,
        all read from the same saved facts (the cross and the look-back events)."""
        ward = self.wards.get(ward_id)
        boxes = self.cross_for_day(ward_id, day)
        marks = self.look_back_marks(ward_id, day)
        return [
            CrossToday(
                harm,
                boxes.get(harm.key),
                self.days_since_harm(ward_id, harm, day),
                contradiction(harm, boxes.get(harm.key), marks.get(harm.key)),
            )
            for harm in ward.details.focus_harms
        ]

    def cross_month(self, ward_id: str, year: int, month: int) -> list[CrossMonth]:
        ward = self.wards.get(ward_id)
        first = date(year, month, 1)
        last = (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
        days = self.cross.between(ward_id, first, last)
        return [month_grid(harm, year, month, days) for harm in ward.details.focus_harms]

    def days_since_harm(self, ward_id: str, harm: FocusHarm, today: date | None = None) -> int | None:
        """From the safety cross (days coloured with a harm code) and the look-back events of the
        matching type with any harm above "No harm"."""
        today = today or self.today()
        harm_codes = tuple(c.code for c in harm.colours if c.is_harm)
        days = [self.cross.last_day_with_codes(ward_id, harm.key, harm_codes, today)]
        event_type = EVENT_TYPE_FOR_HARM.get(harm.key)
        if event_type:
            days.append(self.sheets.last_harm_event_day(ward_id, event_type, today))
        return days_since_last_harm(today, [d for d in days if d is not None])

    # -- writing -----------------------------------------------------------------------
    def save(self, sheet: HuddleSheet, cross: tuple[CrossDay, ...] = ()) -> SaveResult:
        """Save the sheet and today's safety-cross boxes as one action. A new sheet is inserted; an
        existing one is updated only if it is still at the revision the screen loaded."""
        clean = sheet.validated()
        ward = self.wards.get(clean.ward_id)
        if clean.slot not in ward.details.huddle_slots and clean.slot != "Ad hoc":
            raise ValidationError(f"'{clean.slot}' is not one of this ward's huddle slots.", "slot")
        for entry in cross:
            harm = next((h for h in ward.details.focus_harms if h.key == entry.harm_key), None)
            if harm is None or harm.colour_for(entry.code) is None:
                raise ValidationError("That safety cross colour is not in this ward's key.", "cross")
            if entry.events < 0:
                raise ValidationError("The number of events on the safety cross cannot be negative.", "cross")
        changes = Changes.HUDDLES
        with self.ctx.database.write():
            wctx = self.ctx.write_context()
            if clean.is_saved:
                assert clean.rev is not None
                saved = self.sheets.update(clean, clean.rev, wctx)
            else:
                try:
                    saved = self.sheets.add(clean, wctx)
                except DuplicateRecord:
                    raise StaleRecordError(
                        f"Someone else has just started the {clean.slot.lower()} sheet for "
                        f"{clean.huddle_date:%d %b}. Nothing was overwritten: open it from History."
                    ) from None
            saved_cross = tuple(self._save_cross(replace(entry, source=BY_HAND), wctx) for entry in cross)
            saved_cross += self._mark_from_look_back(ward.details.focus_harms, saved.ward_id, saved.huddle_date, wctx)
        if saved_cross:
            changes |= Changes.MEASURES
        return SaveResult(saved, saved_cross, changes)

    def _mark_from_look_back(self, harms: tuple[FocusHarm, ...], ward_id: str, day: date, wctx) -> tuple:
        """Bring the day's boxes in line with its look-back events, inside the save's transaction.
        A hand mark is never overwritten; a mark from look back follows the events (and is
        removed, as a tombstone, when the events are)."""
        events = [e for sheet in self.sheets.between(ward_id, day, day) for e in sheet.events]
        marks = marks_from_look_back(harms, events)
        out: list[CrossDay] = []
        for harm in harms:
            mark = marks.get(harm.key)
            box = self.cross.find(ward_id, day, harm.key)
            if box is not None and box.source == BY_HAND:
                continue
            if mark is None:
                if box is not None:
                    assert box.id is not None and box.rev is not None
                    self.cross.tombstone(box.id, box.rev, wctx)
                continue
            if box is None:
                out.append(
                    self.cross.add(CrossDay(ward_id, day, harm.key, mark.code, mark.events, FROM_LOOK_BACK), wctx)
                )
            elif (box.code, box.events) != (mark.code, mark.events):
                assert box.rev is not None
                out.append(self.cross.update(replace(box, code=mark.code, events=mark.events), box.rev, wctx))
        return tuple(out)

    def _save_cross(self, entry: CrossDay, wctx) -> CrossDay:
        if entry.envelope is not None:
            assert entry.rev is not None
            return self.cross.update(entry, entry.rev, wctx)
        existing = self.cross.find(entry.ward_id, entry.day, entry.harm_key)
        if existing is not None:
            raise StaleRecordError(
                "Someone else set today's safety cross while you had it open. Nothing was overwritten."
            )
        return self.cross.add(entry, wctx)

    def set_cross_day(self, entry: CrossDay) -> tuple[CrossDay, Changes]:
        """Set one box outside a sheet (for example at the end of the day)."""
        ward = self.wards.get(entry.ward_id)
        harm = next((h for h in ward.details.focus_harms if h.key == entry.harm_key), None)
        if harm is None or harm.colour_for(entry.code) is None:
            raise ValidationError("That safety cross colour is not in this ward's key.", "cross")
        with self.ctx.database.write():
            saved = self._save_cross(replace(entry, source=BY_HAND), self.ctx.write_context())
        return saved, Changes.HUDDLES | Changes.MEASURES

    def delete(self, sheet: HuddleSheet) -> Changes:
        if sheet.id is None or sheet.rev is None:
            raise ValidationError("This sheet has not been saved, so there is nothing to delete.")
        with self.ctx.database.write():
            self.sheets.tombstone(sheet.id, sheet.rev, self.ctx.write_context())
            self.ctx.audit("huddle sheet deleted", {"huddle_sheets": 1})
        return Changes.HUDDLES | Changes.MEASURES
