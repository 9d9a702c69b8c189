"""Use cases for reflection huddles: hot debriefs after a patient safety event and the later
reflection, their follow-up actions in the shared register, sharing at the next daily huddle and
the "later reflection due" reminder.

For other screens:

* ``to_share_at_next_huddle(ward_id, day)``: hot debriefs to show on the daily sheet for ``day``.
  They stop showing once a daily huddle has been held after the debrief (it was "the next
  huddle"); ``mark_shared(ids, day)`` records the day explicitly if a screen wants to.
* ``reflections_due(ward_id, today)``: reminders for the Today page (each has ``.text``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from app.domain.action import Action
from app.domain.reflection import DUE_SOON_DAYS, LATER, POST_EVENT, Reflection, ReflectionReminder, from_lookback
from app.domain.reflection_times import SwarmTiming, swarm_timing
from app.errors import NotFound, ValidationError
from app.services.changes import Changes
from app.services.context import ServiceContext
from app.services.records.actions import ActionService
from app.services.records.settings import SettingsService
from app.storage.repositories.huddles import HuddleRepository
from app.storage.repositories.reflections import ReflectionRepository
from app.storage.repositories.wards import WardRepository


@dataclass(frozen=True)
class ReflectionRow:
    """One line of the reflections list."""

    reflection: Reflection
    state: str  # see domain LATER_STATES
    status: str  # the same in words


class ReflectionService:
    def __init__(self, ctx: ServiceContext, actions: ActionService | None = None) -> None:
        self.ctx = ctx
        self.repo = ReflectionRepository(ctx.database)
        self.sheets = HuddleRepository(ctx.database)
        self.wards = WardRepository(ctx.database)
        self.actions = actions or ActionService(ctx)
        self.settings = SettingsService(ctx)

    # -- time --------------------------------------------------------------------------
    def local_now(self) -> datetime:
        """The ward's wall-clock time (naive), from the injected clock."""
        return self.ctx.now().astimezone().replace(tzinfo=None, second=0, microsecond=0)

    def today(self) -> date:
        return self.local_now().date()

    def swarm_window_hours(self) -> int:
        return int(self.settings.get("swarm_window_hours"))

    def timing(self, item: Reflection) -> SwarmTiming:
        return swarm_timing(
            item.event_date,
            item.event_time,
            item.huddle_date,
            item.huddle_time,
            self.swarm_window_hours(),
            self.local_now(),
        )

    # -- new records -------------------------------------------------------------------
    def new_post_event(self, ward_id: str) -> Reflection:
        now = self.local_now()
        return Reflection(
            ward_id=ward_id, kind=POST_EVENT, event_date=now.date(), huddle_date=now.date(), huddle_time=f"{now:%H:%M}"
        )

    def from_event(self, sheet_id: str, event_id: str) -> tuple[Reflection, bool]:
        """The hot debrief for a look-back event: the existing one (True) or a new, unsaved one
        pre-filled from the event (False)."""
        existing = self.repo.for_source_event(event_id)
        if existing is not None:
            return existing, True
        sheet = self.sheets.get(sheet_id)
        event = next((e for e in sheet.events if e.id == event_id), None)
        if event is None:
            raise NotFound("That look-back event is no longer on the huddle sheet.")
        now = self.local_now()
        item = from_lookback(
            sheet.ward_id,
            sheet_id,
            sheet.huddle_date,
            event.id,
            event.event_type,
            event.harm_level,
            event.incident_ref,
            huddle_date=now.date(),
            huddle_time=f"{now:%H:%M}",
        )
        if item.huddle_date != now.date():  # a sheet dated in the future: leave the time to the user
            item = replace(item, huddle_time="")
        return item, False

    def new_later(self, ward_id: str, post_event_id: str | None = None) -> Reflection:
        now = self.local_now()
        if post_event_id:
            post = self.repo.get(post_event_id)
            ward_id = post.ward_id
        return Reflection(
            ward_id=ward_id,
            kind=LATER,
            post_event_id=post_event_id or None,
            huddle_date=now.date(),
            huddle_time=f"{now:%H:%M}",
            event_type="Patient safety incident",
        )

    # -- reading -----------------------------------------------------------------------
    def get(self, reflection_id: str) -> Reflection:
        return self.repo.get(reflection_id)

    def find(self, reflection_id: str) -> Reflection | None:
        return self.repo.find(reflection_id)

    def search(
        self,
        ward_id: str,
        *,
        category: str | None = None,
        start: date | None = None,
        end: date | None = None,
        state: str | None = None,
        today: date | None = None,
    ) -> list[ReflectionRow]:
        """Reflections for the list, newest first. ``state`` filters on LATER_STATES keys; "due"
        includes overdue ones (both need doing)."""
        today = today or self.today()
        items = self.repo.search(ward_id, category=category, start=start, end=end)
        later = self.repo.later_for([r.id for r in items if r.is_post_event and r.id])
        rows = []
        for item in items:
            linked = any(r.id for r in later.get(item.id or "", []))
            row_state = item.later_state(today, linked)
            if state and not (row_state == state or (state == "due" and row_state == "overdue")):
                continue
            rows.append(ReflectionRow(item, row_state, item.later_status(today, linked)))
        return rows

    def post_event_choices(self, ward_id: str) -> list[Reflection]:
        """Hot debriefs a later reflection can follow, newest first."""
        return self.repo.search(ward_id, kind=POST_EVENT)

    def later_reflections_of(self, post_event_id: str) -> list[Reflection]:
        return self.repo.later_for([post_event_id]).get(post_event_id, [])

    def follow_up_actions(self, item: Reflection) -> list[Action]:
        """Actions raised from this record; for a later reflection, also those of its hot debrief."""
        ids = [i for i in (item.post_event_id if item.kind == LATER else None, item.id) if i]
        out: list[Action] = []
        for source_id in ids:
            out += [a for a in self.actions.for_source(source_id) if a.source_type == "reflection"]
        return out

    def to_share_at_next_huddle(self, ward_id: str, day: date) -> list[Reflection]:
        """Hot debriefs flagged "share at the next daily huddle", held before ``day`` and not yet
        shared: not marked shared before ``day`` (``mark_shared``), and no daily huddle held in
        between (that one was the next huddle). One shared on ``day`` still shows on that day's
        sheet."""
        return self.repo.flagged_to_share(ward_id, day)

    def shared_on(self, item: Reflection) -> date | None:
        """When a flagged hot debrief was (or counts as) shared: the day it was marked shared, or
        else the first held daily huddle after it. None while it is still to share."""
        if not item.is_post_event or not item.share_at_huddle:
            return None
        if item.shared_on is not None:
            return item.shared_on
        base = item.huddle_date or item.event_date
        return self.repo.first_held_huddle_after(item.ward_id, base) if base else None

    def reflections_due(self, ward_id: str, today: date | None = None) -> list[ReflectionReminder]:
        """Hot debriefs whose later reflection is overdue or due within DUE_SOON_DAYS and not yet
        held, most urgent first."""
        today = today or self.today()
        return [
            ReflectionReminder(item, item.later_due, today)
            for item in self.repo.later_due_by(ward_id, today + timedelta(days=DUE_SOON_DAYS))
            if item.later_due is not None
        ]

    # -- writing -----------------------------------------------------------------------
    def save(self, item: Reflection) -> tuple[Reflection, Changes]:
        """Insert a new record, or update one still at the revision the screen loaded (a stale
        save raises StaleRecordError and overwrites nothing)."""
        with self.ctx.database.write():
            saved = self._save(item)
        return saved, Changes.REFLECTIONS

    def _save(self, item: Reflection) -> Reflection:
        clean = item.validated(self.local_now())
        self.wards.get(clean.ward_id)
        if clean.kind == LATER and clean.post_event_id:
            post = self.repo.find(clean.post_event_id)
            if post is None or post.kind != POST_EVENT:
                raise ValidationError("The hot debrief this reflection follows no longer exists.", "post_event_id")
            if post.ward_id != clean.ward_id:
                raise ValidationError(
                    "A later reflection must be on the same ward as its hot debrief.", "post_event_id"
                )
        wctx = self.ctx.write_context()
        if clean.is_saved:
            assert clean.rev is not None
            return self.repo.update(clean, clean.rev, wctx)
        return self.repo.add(clean, wctx)

    def add_follow_up(
        self, item: Reflection, text: str, owner: str = "", due: date | None = None
    ) -> tuple[Reflection, Action, Changes]:
        """Add a follow-up action to the shared register, saving a new record first (one
        transaction: both or neither)."""
        with self.ctx.database.write():
            saved = item if item.is_saved else self._save(item)
            assert saved.id is not None
            action, _ = self.actions.add(
                Action(
                    ward_id=saved.ward_id, text=text, owner=owner, due=due, source_type="reflection", source_id=saved.id
                )
            )
        return saved, action, Changes.REFLECTIONS | Changes.ACTIONS

    def mark_shared(self, reflection_ids: list[str], day: date) -> Changes:
        """Record that these hot debriefs were shared at the daily huddle on ``day``."""
        with self.ctx.database.write():
            wctx = self.ctx.write_context()
            for reflection_id in reflection_ids:
                item = self.repo.get(reflection_id)
                if item.shared_on is None or item.shared_on > day:
                    assert item.rev is not None
                    self.repo.update(replace(item, shared_on=day), item.rev, wctx)
        return Changes.REFLECTIONS

    def delete(self, item: Reflection) -> Changes:
        """Tombstone the record. Its follow-up actions stay in the action register."""
        if item.id is None or item.rev is None:
            raise ValidationError("This reflection has not been saved, so there is nothing to delete.")
        with self.ctx.database.write():
            self.repo.tombstone(item.id, item.rev, self.ctx.write_context())
            self.ctx.audit("reflection deleted", {"reflections": 1})
        return Changes.REFLECTIONS
