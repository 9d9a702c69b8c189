"""Use cases for the shared action register."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from app.domain.action import ACTION_STATUSES, Action
from app.errors import ValidationError
from app.services.changes import Changes
from app.services.context import ServiceContext
from app.storage.repositories.huddles import ActionRepository


class ActionService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self.repo = ActionRepository(ctx.database)

    def today(self) -> date:
        return self.ctx.now().astimezone().date()

    def add(self, action: Action) -> tuple[Action, Changes]:
        today = self.today()
        clean = action.validated(today=today, is_new=True)
        clean = replace(clean, raised_on=clean.raised_on or today)
        with self.ctx.database.write():
            saved = self.repo.add(clean, self.ctx.write_context())
        return saved, Changes.ACTIONS

    def update(self, action: Action) -> tuple[Action, Changes]:
        if action.id is None or action.rev is None:
            raise ValidationError("This action has not been saved yet.")
        current = self.repo.get(action.id)
        clean = action.validated(today=self.today(), is_new=False)
        if clean.due != current.due and clean.due is not None and clean.due < self.today():
            raise ValidationError("The new due date has already passed. Choose today or a later date.", "due")
        closed = clean.closed_on
        if clean.status == "Done" and current.status != "Done":
            closed = self.today()
        elif clean.status != "Done":
            closed = None
        with self.ctx.database.write():
            saved = self.repo.update(replace(clean, closed_on=closed), action.rev, self.ctx.write_context())
        return saved, Changes.ACTIONS

    def set_status(self, action: Action, status: str) -> tuple[Action, Changes]:
        if status not in ACTION_STATUSES:
            raise ValidationError(f"'{status}' is not an action status.", "status")
        return self.update(replace(action, status=status))

    def delete(self, action: Action) -> Changes:
        if action.id is None or action.rev is None:
            raise ValidationError("This action has not been saved yet.")
        with self.ctx.database.write():
            self.repo.tombstone(action.id, action.rev, self.ctx.write_context())
            self.ctx.audit("action deleted", {"actions": 1})
        return Changes.ACTIONS

    def open_actions(self, ward_id: str) -> list[Action]:
        return self.repo.for_ward(ward_id, statuses=("Open", "In progress", "Escalated"))

    def register(
        self, ward_id: str, *, statuses: tuple[str, ...] | None = None, owner: str | None = None
    ) -> list[Action]:
        return self.repo.for_ward(ward_id, statuses=statuses, owner=owner)

    def for_source(self, source_id: str) -> list[Action]:
        return self.repo.for_source(source_id)

    def overdue(self, ward_id: str) -> list[Action]:
        today = self.today()
        return [a for a in self.open_actions(ward_id) if a.is_overdue(today)]

    def as_of(self, ward_id: str, day: date) -> list[Action]:
        """The ward's actions as they stood at the end of ``day``, for a reprint of a past sheet or
        week: only those raised by then; one closed by then is Done; one closed later (or changed
        after ``day`` to Done) was still Open then, with no ``closed_on``. An open status is the
        one saved if the action was last changed on or before ``day``; changed later, the latest
        open status stands (no older status is kept). Deleted actions are left out."""
        out: list[Action] = []
        for action in self.repo.for_ward(ward_id):
            envelope = action.envelope
            raised = action.raised_on or (_local_day(envelope.created_at) if envelope else None)
            if raised is None or raised > day:
                continue
            if action.closed_on is not None and action.closed_on <= day:
                out.append(replace(action, status="Done"))
                continue
            changed = _local_day(envelope.updated_at) if envelope else day
            if action.status == "Done" and (action.closed_on is not None or changed > day):
                out.append(replace(action, status="Open", closed_on=None))
            else:
                out.append(replace(action, closed_on=None) if action.status != "Done" else action)
        return out


def _local_day(utc_iso: str) -> date:
    return datetime.fromisoformat(utc_iso.replace("Z", "+00:00")).astimezone().date()
