"""Dates as a UK ward team reads and types them.

One on-screen format, ``Fri 4 Dec 2026``. Typing is day first and forgiving: ``31/12/2026``,
``31/12/26``, ``31.12``, ``31 12``, ``4 Dec``, ``Fri 4 Dec 2026``, ``2026-12-31`` (ISO), ``today``,
``tomorrow``, ``yesterday`` and ``+7`` (days from today). A year left out means this year.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_NUMERIC = re.compile(r"^(\d{1,2})[/.\- ](\d{1,2})(?:[/.\- ](\d{2}|\d{4}))?$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_WORDY = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})\.?(?:\s+(\d{2}|\d{4}))?$")
_RELATIVE = re.compile(r"^([+-])\s*(\d{1,3})$")

HINT = "Type a date day first, for example 31/12/2026, 4 Dec, today or +7."


class DateWordsError(ValueError):
    """What was typed is not a date; the message says how to type one."""


def format_day(day: date) -> str:
    """``Fri 4 Dec 2026``: the one way a date is shown on screen."""
    return f"{day:%a} {day.day} {day:%b %Y}"


def format_moment(moment: datetime) -> str:
    """``Fri 4 Dec 2026 14:30`` in the computer's own time zone (never UTC on screen)."""
    local = moment.astimezone() if moment.tzinfo is not None else moment
    return f"{format_day(local.date())} {local:%H:%M}"


def parse_stamp(stamp: str) -> datetime | None:
    """A stored UTC time (``2026-12-04T09:30:00.000Z``) as an aware datetime; None if unreadable."""
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def format_stamp(stamp: str) -> str:
    """A stored UTC time as ``Fri 4 Dec 2026 09:30`` local time; an empty or unreadable stamp is
    shown as it is."""
    moment = parse_stamp(stamp) if stamp else None
    return format_moment(moment) if moment is not None else stamp


def _year(text: str | None, today: date) -> int:
    if not text:
        return today.year
    value = int(text)
    return 2000 + value if len(text) == 2 else value


def _make(year: int, month: int, day: int, typed: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise DateWordsError(f"'{typed}' is not a real date. {HINT}") from None


def parse_day(text: str, today: date) -> date:
    """The date a user typed; raises DateWordsError (with a hint) if it is not one."""
    typed = " ".join(text.split())
    clean = typed.casefold().replace(",", " ")
    clean = " ".join(clean.split())
    if not clean:
        raise DateWordsError(f"Type a date. {HINT}")
    words = {"today": 0, "tomorrow": 1, "yesterday": -1}
    if clean in words:
        return today + timedelta(days=words[clean])
    if match := _RELATIVE.match(clean):
        days = int(match.group(2))
        return today + timedelta(days=days if match.group(1) == "+" else -days)
    if match := _ISO.match(clean):
        return _make(int(match.group(1)), int(match.group(2)), int(match.group(3)), typed)
    first = clean.split(" ", 1)
    if first[0][:3] in _DAY_NAMES and len(first) == 2 and not first[0][:1].isdigit():
        clean = first[1]  # "Fri 4 Dec 2026": the day name is only a reading aid
    if match := _NUMERIC.match(clean):
        return _make(_year(match.group(3), today), int(match.group(2)), int(match.group(1)), typed)
    if match := _WORDY.match(clean):
        month_word = match.group(2)[:3]
        if month_word not in MONTHS:
            raise DateWordsError(f"'{match.group(2)}' is not a month. {HINT}")
        return _make(_year(match.group(3), today), MONTHS.index(month_word) + 1, int(match.group(1)), typed)
    raise DateWordsError(f"'{typed}' is not a date this app can read. {HINT}")
