"""The safety cross: one box per day per focus harm, coloured by the ward's key, and the
"days since last harm" count worked out from the crosses and the look-back events."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from app.domain.envelope import Envelope, Enveloped
from app.domain.ward import FocusHarm


@dataclass(frozen=True)
class CrossDay(Enveloped):
    ward_id: str
    day: date
    harm_key: str
    code: str
    events: int = 0
    envelope: Envelope | None = None


@dataclass(frozen=True)
class CrossMonth:
    """31 boxes for one harm: ``boxes[d-1]`` is the code for day d (None if not set, or the day
    does not exist in this month)."""

    harm: FocusHarm
    year: int
    month: int
    boxes: tuple[str | None, ...]
    days_in_month: int


def month_grid(harm: FocusHarm, year: int, month: int, days: list[CrossDay]) -> CrossMonth:
    length = calendar.monthrange(year, month)[1]
    boxes: list[str | None] = [None] * 31
    for entry in days:
        if entry.harm_key == harm.key and entry.day.year == year and entry.day.month == month:
            boxes[entry.day.day - 1] = entry.code
    return CrossMonth(harm, year, month, tuple(boxes), length)


def days_since_last_harm(today: date, harm_days: list[date]) -> int | None:
    """Whole days since the most recent harm on or before ``today``; None if none is recorded."""
    past = [d for d in harm_days if d <= today]
    if not past:
        return None
    return (today - max(past)).days
