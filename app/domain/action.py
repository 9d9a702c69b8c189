"""The shared action register: actions from huddles (and later from reflections)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from app.domain.envelope import Envelope, Enveloped
from app.domain.uk_dates import format_day
from app.errors import ValidationError

ACTION_STATUSES = ("Open", "In progress", "Done", "Escalated")
OPEN_STATUSES = ("Open", "In progress", "Escalated")


@dataclass(frozen=True)
class Action(Enveloped):
    ward_id: str
    text: str
    owner: str = ""
    due: date | None = None
    status: str = "Open"
    source_type: str = "huddle"  # "huddle", "reflection", "manual"
    source_id: str = ""
    raised_on: date | None = None
    closed_on: date | None = None
    envelope: Envelope | None = None

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    def is_overdue(self, today: date) -> bool:
        return self.is_open and self.due is not None and self.due < today

    def days_overdue(self, today: date) -> int:
        return (today - self.due).days if self.is_overdue(today) and self.due else 0

    def validated(self, *, today: date, is_new: bool) -> Action:
        text = " ".join(self.text.split())
        if not text:
            raise ValidationError("Type what needs doing.", "text")
        if len(text) > 500:
            raise ValidationError("Keep an action under 500 characters; put detail in the notes.", "text")
        if self.status not in ACTION_STATUSES:
            raise ValidationError(f"'{self.status}' is not an action status.", "status")
        if is_new and self.due is not None and self.due < today:
            raise ValidationError(
                f"The due date {format_day(self.due)} has already passed. Choose today or a later date.", "due"
            )
        return replace(self, text=text, owner=" ".join(self.owner.split()))


LOUDEST_OVERDUE = 3  # only this many of the oldest overdue actions are shown bold and red


def overdue_words(action: Action, today: date) -> str:
    """``⚠ Overdue 5 days``: words and an icon, so colour is never the only cue."""
    days = action.days_overdue(today)
    return f"⚠ Overdue {days} day{'s' if days != 1 else ''}" if action.is_overdue(today) else ""


def loudest_overdue(actions: list[Action], today: date, few: int = LOUDEST_OVERDUE) -> set[int]:
    """Positions of the oldest few overdue actions (most days overdue first): the only ones shown
    bold red, so that a long overdue list does not shout on every row."""
    overdue = [(a.days_overdue(today), i) for i, a in enumerate(actions) if a.is_overdue(today)]
    overdue.sort(key=lambda pair: (-pair[0], pair[1]))
    return {i for _days, i in overdue[:few]}
