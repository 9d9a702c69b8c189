"""UTC ISO 8601 timestamps as written in export files ("2026-03-12T09:30:00Z")."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone


def utc_timestamp(moment: datetime) -> str:
    """Format an aware datetime as UTC ISO 8601 with a trailing Z (microseconds kept if present)."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("Timestamps must be timezone-aware (use datetime.now(timezone.utc))")
    text = moment.astimezone(timezone.utc).isoformat()
    return text.removesuffix("+00:00") + "Z"


def parse_utc_timestamp(text: object) -> datetime | None:
    """Parse an ISO 8601 timestamp with a zero UTC offset ("Z" or "+00:00"); None if it is not one."""
    if not isinstance(text, str) or not 20 <= len(text) <= 40 or "T" not in text:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    if moment.utcoffset() != timedelta(0):
        return None
    return moment
