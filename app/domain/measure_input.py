"""What people type or paste into a measure's data (domain-and-forms.md §A5): numbers and dates
the UK way, the rows Excel puts on the clipboard, and the plan a paste makes before anything is
saved (every bad cell named by its row, so a bad paste saves nothing).

Plain Python, no I/O.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from app.domain.measure import PERIOD_WORDS, MeasureDetails, period_label, period_start
from app.errors import ValidationError

# ----------------------------------------------------------------------------------------------
# UK numbers and dates (typed or pasted from Excel)

_UK_NUMBER = re.compile(r"^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$|^[+-]?\.\d+$")
_DECIMAL_COMMA = re.compile(r"^[+-]?\d+,\d{1,2}$|^[+-]?\d+,\d{4,}$")


def parse_number(text: str, what: str = "The value") -> float | None:
    """A UK-format number: ``12``, ``12.5``, ``1,234.5``, ``-3``, ``85%``. Blank is None (missing).

    Raises ValidationError in plain words for anything else (``12,5``, ``n/a``, ``#DIV/0!``).
    """
    raw = "" if text is None else str(text)
    s = raw.strip().replace("\u00a0", "").replace("\u2212", "-")
    if not s:
        return None
    if s.endswith("%"):
        s = s[:-1].strip()
    if _UK_NUMBER.match(s):
        number = float(s.replace(",", ""))
        if math.isfinite(number):
            return number
    if _DECIMAL_COMMA.match(s):
        raise ValidationError(
            f"{what} '{raw.strip()}' uses a comma as the decimal point. Use a full stop: {s.replace(',', '.')}."
        )
    raise ValidationError(f"{what} '{raw.strip()}' is not a number. Type digits such as 12 or 12.5, or leave it blank.")


_DATE_FORMATS = (
    "%d/%m/%Y",
    "%d/%m/%y",
    "%Y-%m-%d",
    "%d %b %Y",
    "%d %B %Y",
    "%d-%b-%Y",
    "%d-%b-%y",
    "%d-%m-%Y",
    "%d.%m.%Y",
    "%b %Y",
    "%B %Y",
    "%b-%y",
    "%b-%Y",
)


def parse_date(text: str) -> date:
    """A UK date: 03/03/2025, 3/3/25, 2025-03-03, 3 Mar 2025, Mar 2025, w/c 03 Mar 2025, ..."""
    raw = "" if text is None else str(text)
    s = " ".join(raw.replace("\u00a0", " ").split())
    s = re.sub(r"^(w/c|wc|week commencing)\s+", "", s, flags=re.I)
    s = re.sub(r"^(mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+", "", s, flags=re.I)
    s = re.sub(r"[ T]\d{1,2}:\d\d(:\d\d)?$", "", s)
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(s, fmt).date()
        except ValueError:
            continue
    raise ValidationError(f"'{raw.strip()}' is not a date. Use the UK format, for example 03/03/2025.")


def parse_clipboard(text: str) -> list[list[str]]:
    """Rows and cells of text copied from Excel: tab between cells, newline between rows.

    The newline Excel puts after the last row is dropped; a blank line in the middle is a row of
    blank cells (a missing period). Cells Excel quoted because they hold a tab or newline are
    unquoted.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text:
        return []
    if text.endswith("\n"):
        text = text[:-1]
    rows: list[list[str]] = []
    cell, row = [], []
    i, n = 0, len(text)
    at_cell_start = True
    while i < n:
        ch = text[i]
        if at_cell_start and ch == '"':
            end = i + 1
            buf = []
            while end < n:
                if text[end] == '"' and end + 1 < n and text[end + 1] == '"':
                    buf.append('"')
                    end += 2
                elif text[end] == '"':
                    break
                else:
                    buf.append(text[end])
                    end += 1
            if end < n and (end + 1 == n or text[end + 1] in "\t\n"):
                cell = buf
                i = end + 1
                at_cell_start = False
                continue
        at_cell_start = False
        if ch == "\t":
            row.append("".join(cell))
            cell = []
            at_cell_start = True
        elif ch == "\n":
            row.append("".join(cell))
            rows.append(row)
            cell, row = [], []
            at_cell_start = True
        else:
            cell.append(ch)
        i += 1
    row.append("".join(cell))
    rows.append(row)
    return rows


# ----------------------------------------------------------------------------------------------
# pasting from Excel


def plan_paste(
    details: MeasureDetails, text: str, *, fields: Sequence[str], rows: Sequence[date], start_row: int, today: date
) -> list[tuple[date, dict[str, Any]]]:
    """Turn pasted text into ``[(period, {field: value})]`` without saving anything.

    ``fields`` are the grid's columns from the one pasted into rightwards (``"period"``,
    ``"value"``, ``"numerator"``, ``"denominator"``, ``"note"``; anything else cannot take a
    paste). If the first is ``"period"`` each row names its own date; otherwise rows fill down
    from ``rows[start_row]``. Raises ValidationError naming the row for any bad cell, so a bad
    paste saves nothing.
    """
    block = parse_clipboard(text)
    if not block:
        raise ValidationError("There is nothing to paste: copy a column of numbers in Excel first.")
    width = max(len(r) for r in block)
    pasteable = []
    for name in fields:
        if name not in ("period", "value", "numerator", "denominator", "note"):
            break
        pasteable.append(name)
    if not pasteable:
        raise ValidationError("That column is worked out for you. Paste into a column you can type in.")
    if width > len(pasteable):
        raise ValidationError(
            f"The paste has {width} columns, but only {len(pasteable)} from here can take "
            "pasted data. Nothing was pasted."
        )
    by_period = pasteable[0] == "period"
    plan: list[tuple[date, dict[str, Any]]] = []
    seen: set[date] = set()
    if not by_period:
        available = len(rows) - start_row
        if len(block) > available:
            word = PERIOD_WORDS[details.frequency] + "s"
            first = period_label(rows[start_row], details.frequency) if 0 <= start_row < len(rows) else "here"
            raise ValidationError(
                f"The paste has {len(block)} rows, but there are only {available} {word} from {first} to now. "
                "Nothing was pasted: choose an earlier 'Periods from' date or paste fewer rows."
            )
    for r, cells in enumerate(block):
        where = f"Row {r + 1} of the paste"
        values: dict[str, Any] = {}
        if by_period:
            if not cells[0].strip():
                raise ValidationError(f"{where} has no date. Nothing was pasted.")
            try:
                period = period_start(parse_date(cells[0]), details.frequency)
            except ValidationError as error:
                raise ValidationError(f"{where}: {error} Nothing was pasted.") from None
        else:
            period = rows[start_row + r]
        if period in seen:
            raise ValidationError(
                f"{where} is a second row for {period_label(period, details.frequency)}. Nothing was pasted."
            )
        if period > today:
            raise ValidationError(
                f"{where} is for {period_label(period, details.frequency)}, which has not "
                "started yet. Nothing was pasted."
            )
        seen.add(period)
        for name, cell in zip(pasteable[:width], cells + [""] * (width - len(cells)), strict=False):
            if name == "period":
                continue
            if name == "note":
                values["note"] = cell.strip()
                continue
            try:
                number = parse_number(
                    cell, {"value": "The value", "numerator": "The numerator", "denominator": "The denominator"}[name]
                )
            except ValidationError as error:
                raise ValidationError(
                    f"{where} ({period_label(period, details.frequency)}): {error} Nothing was pasted."
                ) from None
            values[name] = number
        plan.append((period, values))
    return plan
