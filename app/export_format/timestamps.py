"""The one timestamp form export files use: UTC ISO 8601 (app.domain.envelope.utc_iso writes it)."""

from __future__ import annotations

from datetime import datetime, timedelta


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
