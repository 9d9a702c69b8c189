"""ISO weeks as people write them: ``2026-W47`` (``2026W47`` and ``2026-w47`` are read too).

The one parser and formatter for every week a person types or a file names: the weekly export's
``--week``, the weekly pack (``print week --week``) and the week the History page shows.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from app.errors import ValidationError

_WEEK = re.compile(r"(\d{4})-?W(\d{1,2})", re.IGNORECASE)


def parse_week(text: str) -> date:
    """The Monday of the ISO week ``text`` names; ValidationError (field "week") if it names none."""
    match = _WEEK.fullmatch(text.strip())
    if not match:
        raise ValidationError(f"'{text}' is not a week: write it like 2026-W47.", "week")
    year, week = int(match[1]), int(match[2])
    try:
        return date.fromisocalendar(year, week, 1)
    except ValueError:
        raise ValidationError(f"{year} has no week {week}.", "week") from None


def week_days(text: str) -> tuple[date, date]:
    """ "2026-W47" -> (Monday, Sunday) of that week."""
    monday = parse_week(text)
    return monday, monday + timedelta(days=6)


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def week_label(day: date) -> str:
    """The ISO week of any day, as written everywhere: ``2026-W07``."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"
