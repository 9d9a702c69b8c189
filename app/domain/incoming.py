"""Rules every incoming record's values must keep before the improvement team stores them
(issue 17 §4), so a file can hold nothing the app's own forms would not let a ward save:

* a date (``2026-09-31``) must exist and a time (``99:99``) must be on a clock: a sheet that
  cannot exist would break Search, History and printing at the improvement team;
* a text is no longer than the longest the app's forms accept (4,000 characters; an action's
  text 500), and a whole record's content stays under 256 KB: a 50 MB note would hold the
  database for seconds and hang printing;
* a whole number fits SQLite (checked where the columns are known, in the merge).

Pure; the merge quarantines a record that fails with the reason.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime

MAX_TEXT = 4000  # the longest text any of the app's forms accepts (reflection, PDSA, project fields)
TEXT_LIMITS = {"actions": 500}  # record types whose forms accept less
MAX_RECORD_CHARS = 256 * 1024

_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_TIME = re.compile(r"(\d{1,2}):(\d{2})")
_STAMP = re.compile(r"\d{4}-\d{2}-\d{2}T.*")


def _value_problem(value: str, where: str) -> str | None:
    if _DATE.fullmatch(value):
        try:
            date.fromisoformat(value)
        except ValueError:
            return f"its {where} is the date {value}, which does not exist"
    elif _TIME.fullmatch(value):
        hours, minutes = (int(part) for part in value.split(":"))
        if hours > 23 or minutes > 59:
            return f"its {where} is the time {value}, which is not on a clock"
    elif _STAMP.fullmatch(value):
        try:
            datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return f"its {where} is the moment {value!r}, which does not exist"
    return None


def _walk(value: object, path: str):
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, Mapping):
        for key, item in value.items():
            yield from _walk(item, f"{path}.{key}" if path else str(key))
    elif isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            yield from _walk(item, f"{path}[{index}]")


def incoming_problem(record_type: str, fields: Mapping[str, object]) -> str | None:
    """Why an incoming record's fields break the app's own rules, or None."""
    limit = TEXT_LIMITS.get(record_type, MAX_TEXT)
    total = 0
    for where, text in _walk(fields, ""):
        total += len(text)
        if total > MAX_RECORD_CHARS:
            return f"it holds more than {MAX_RECORD_CHARS // 1024} KB of text, far more than a ward's form takes"
        if len(text) > limit:
            return f"its {where} is {len(text):,} characters long; the app's forms take at most {limit:,}"
        problem = _value_problem(text, where)
        if problem:
            return problem
    return None
