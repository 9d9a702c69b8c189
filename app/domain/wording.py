"""Times and durations in the words a ward team reads: local time, UK style."""

from __future__ import annotations

from datetime import datetime


def format_local(moment: datetime) -> str:
    """``Tuesday 3 November 2026 at 14:30`` in the computer's time zone."""
    local = moment.astimezone()
    return f"{local:%A} {local.day} {local:%B %Y} at {local:%H:%M}"
