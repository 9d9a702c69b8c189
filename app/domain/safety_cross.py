"""The safety cross: one box per day per focus harm, coloured by the ward's key, and the
"days since last harm" count worked out from the crosses and the look-back events.

One source for harm: a look-back event of a focus harm's type marks that day's box (``marks_from
_look_back``; a mark made so says it came "from look back"). A box can still be set by hand, and
a hand mark always wins; if it disagrees with the day's look-back events (``contradiction``), the
sheet says so beside the box and beside "days since last harm", which reads both."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from app.domain.envelope import Envelope, Enveloped
from app.domain.huddle import EVENT_TYPE_FOR_HARM, LookBackEvent
from app.domain.ward import CrossColour, FocusHarm

BY_HAND = "hand"
FROM_LOOK_BACK = "look back"


@dataclass(frozen=True)
class CrossDay(Enveloped):
    ward_id: str
    day: date
    harm_key: str
    code: str
    events: int = 0
    source: str = BY_HAND  # or FROM_LOOK_BACK
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


@dataclass(frozen=True)
class LookBackMark:
    """What the day's look-back events say one harm's box should be."""

    harm_key: str
    code: str
    events: int
    with_harm: int


def event_type_for(harm: FocusHarm) -> str | None:
    return EVENT_TYPE_FOR_HARM.get(harm.key)


def _harm_colour(harm: FocusHarm) -> CrossColour | None:
    return next((c for c in harm.colours if c.is_harm), None)


def _no_harm_colour(harm: FocusHarm) -> CrossColour | None:
    return harm.colour_for("no_harm")


def marks_from_look_back(harms: tuple[FocusHarm, ...], events: list[LookBackEvent]) -> dict[str, LookBackMark]:
    """For each focus harm with events of its type that day: the harm colour if any event had
    harm, else the "no harm" colour (a harm whose key has neither colour gets no mark)."""
    marks: dict[str, LookBackMark] = {}
    for harm in harms:
        event_type = event_type_for(harm)
        matching = [e for e in events if event_type and e.event_type == event_type]
        if not matching:
            continue
        with_harm = sum(1 for e in matching if e.is_harm)
        colour = _harm_colour(harm) if with_harm else _no_harm_colour(harm)
        if colour is not None:
            marks[harm.key] = LookBackMark(harm.key, colour.code, len(matching), with_harm)
    return marks


def contradiction(harm: FocusHarm, box: CrossDay | None, mark: LookBackMark | None) -> str:
    """Words for a hand-set box that disagrees with the day's look-back events ("" if none)."""
    if box is None or box.source != BY_HAND:
        return ""
    colour = harm.colour_for(box.code)
    if colour is None:
        return ""
    label = colour.label
    event_type = (event_type_for(harm) or harm.name).lower()
    if mark is not None and mark.with_harm and not colour.is_harm:
        return (
            f"Look back records a {event_type} with harm today, but the cross was set by hand to "
            f"'{label}'. Check which is right."
        )
    if mark is not None and box.code == harm.colours[0].code and not colour.is_harm:
        return (
            f"Look back records a {event_type} today, but the cross was set by hand to '{label}'. Check which is right."
        )
    return ""
