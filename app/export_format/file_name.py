"""Export file names: huddle-export_<trust>_<ward>_<device8>_<seq:05d>_<YYYY-MM-DD>.zip."""

from __future__ import annotations

import re
from datetime import date, datetime

_UNSAFE = re.compile(r"[^A-Za-z0-9-]")


def _part(value: str, what: str, limit: int) -> str:
    cleaned = _UNSAFE.sub("", value)[:limit]
    if not cleaned.strip("-"):
        raise ValueError(f"The {what} {value!r} has no letters or digits to use in a file name")
    return cleaned


def export_file_name(trust_code: str, ward_code: str, device_id: str, seq: int, on: date) -> str:
    """File name for an export; characters other than letters, digits and '-' are dropped.

    ``device_id`` contributes its first eight letters or digits (hyphens removed), ``seq`` is
    zero-padded to five digits and ``on`` is the export date (a datetime uses its date part).
    """
    if isinstance(seq, bool) or not isinstance(seq, int) or seq < 0:
        raise ValueError(f"Export sequence must be a whole number of 0 or more, not {seq!r}")
    day = on.date() if isinstance(on, datetime) else on
    device8 = _part(device_id.replace("-", ""), "device id", 8)
    return (
        f"huddle-export_{_part(trust_code, 'trust code', 32)}_{_part(ward_code, 'ward code', 32)}"
        f"_{device8}_{seq:05d}_{day.isoformat()}.zip"
    )
