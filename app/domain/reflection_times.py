"""Times on a reflection: "HH:MM" as typed, and how long after the event a hot debrief is
against the ward's SWARM window (domain-and-forms.md §A2). "now" is always passed in (a naive
local datetime), never read from the system clock here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from app.errors import ValidationError

_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


def normalise_time(text: str, field_name: str = "time") -> str:
    """'9:05', '0905', '09.05' -> '09:05'; '' stays ''. Anything else is refused."""
    value = text.strip().replace(".", ":")
    if not value:
        return ""
    if re.fullmatch(r"\d{3,4}", value):
        value = f"{value[:-2]}:{value[-2:]}"
    if re.fullmatch(r"\d:\d\d", value):
        value = "0" + value
    if not _TIME.match(value):
        raise ValidationError("Times must look like 14:30 (24-hour clock).", field_name)
    return value


def at(day: date | None, hhmm: str) -> datetime | None:
    """A local naive datetime from a date and an "HH:MM" time (start of day when no time)."""
    if day is None:
        return None
    if hhmm and _TIME.match(hhmm):
        return datetime.combine(day, time(int(hhmm[:2]), int(hhmm[3:5])))
    return datetime.combine(day, time(0, 0))


@dataclass(frozen=True)
class SwarmTiming:
    """How long after the event the hot debrief is (or would be, if held now)."""

    elapsed: timedelta | None
    window_hours: int
    past_window: bool
    event_time_known: bool
    huddle_is_now: bool

    @property
    def elapsed_text(self) -> str:
        if self.elapsed is None:
            return ""
        minutes = int(self.elapsed.total_seconds() // 60)
        days, rest = divmod(minutes, 24 * 60)
        hours, mins = divmod(rest, 60)
        parts = [f"{days} day{'s' if days != 1 else ''}"] if days else []
        if hours or days:
            parts.append(f"{hours} h")
        if not days:
            parts.append(f"{mins} min")
        when = "now" if self.huddle_is_now else "the huddle"
        text = f"{' '.join(parts)} between the event and {when}"
        if not self.event_time_known:
            text += " (event time not given: counted from the start of the event day)"
        return text + "."

    @property
    def hint(self) -> str:
        if not self.past_window:
            return ""
        return (
            f"This is more than {self.window_hours} hours after the event, past this ward's SWARM window. "
            "A debrief is still worth holding; your trust may call it an After Action Review."
        )


def swarm_timing(
    event_date: date | None,
    event_time: str,
    huddle_date: date | None,
    huddle_time: str,
    window_hours: int,
    now: datetime,
) -> SwarmTiming:
    """Elapsed time from the event to the huddle (or to ``now`` when the huddle time is not yet
    set) and whether it is past the ward's SWARM window. ``now`` is a naive local datetime."""
    event_at = at(event_date, event_time)
    huddle_is_now = huddle_date is None or not huddle_time
    huddle_at = now if huddle_is_now else at(huddle_date, huddle_time)
    if event_at is None or huddle_at is None or huddle_at < event_at:
        return SwarmTiming(None, window_hours, False, bool(event_time), huddle_is_now)
    elapsed = huddle_at - event_at
    return SwarmTiming(elapsed, window_hours, elapsed > timedelta(hours=window_hours), bool(event_time), huddle_is_now)
