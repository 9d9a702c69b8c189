"""The human copy of each record type: CSV for Excel (R28). The importer never reads it.

UTF-8 with a byte-order mark (so Excel does not guess a legacy code page), CRLF line ends,
RFC 4180 quoting by the csv module. Any cell starting with ``=``, ``+``, ``-``, ``@``, tab or CR
gets a leading ``'`` so Excel shows it as text instead of running it as a formula (CWE-1236).
Nested values become JSON text; ``None`` becomes an empty cell; booleans ``true``/``false``.
"""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from app.export_format.record_lines import ENVELOPE_KEYS, FIELDS_KEY, TOMBSTONE_KEYS

FORMULA_TRIGGERS: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r")
_COLUMN_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,99}")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?(?:Z|[+-]\d{2}:\d{2})")
_CSV_ENVELOPE = tuple(key for key in ENVELOPE_KEYS if key != "deleted")  # always false: not shown


@dataclass(frozen=True, slots=True)
class CsvTable:
    """One rendered CSV file and the Table Schema type of each column."""

    data: bytes
    columns: tuple[str, ...]
    field_types: tuple[str, ...]


def neutralise_cell(text: str) -> str:
    """Prefix ``'`` to text that Excel would treat as a formula."""
    return "'" + text if text.startswith(FORMULA_TRIGGERS) else text


def cell_text(value: object) -> str:
    """The text of one cell before neutralising."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, int):
        return str(value)
    text = (
        value
        if isinstance(value, str)
        else json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False)
    )
    return unicodedata.normalize("NFC", text)


def _is_iso_date(value: str) -> bool:
    if not _ISO_DATE.fullmatch(value):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _column_type(values: list[object], escaped: bool) -> str:
    present = [value for value in values if value is not None]
    if escaped or not present:
        return "string"
    if all(isinstance(v, bool) for v in present):
        return "boolean"
    if all(isinstance(v, int) and not isinstance(v, bool) for v in present):
        return "integer"
    if all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in present):
        return "number"
    if all(isinstance(v, Mapping) for v in present):
        return "object"
    if all(isinstance(v, list) for v in present):
        return "array"
    strings = [v for v in present if isinstance(v, str)]
    if len(strings) == len(present) and all(_is_iso_date(v) for v in strings):
        return "date"
    if len(strings) == len(present) and all(_ISO_DATETIME.fullmatch(v) for v in strings):
        return "datetime"
    return "string"


def flatten_record(record: Mapping[str, object]) -> dict[str, object]:
    """One CSV row from a record line: envelope and extra keys, then the content fields."""
    row = {key: value for key, value in record.items() if key not in (FIELDS_KEY, "deleted")}
    fields = record.get(FIELDS_KEY)
    for key, value in fields.items() if isinstance(fields, Mapping) else ():
        if key in row:
            raise ValueError(f"Content field {key!r} has the same name as an envelope column")
        row[key] = value
    return row


def default_record_columns(records: Sequence[Mapping[str, object]]) -> list[str]:
    """Envelope columns in a fixed order, then other top-level keys, then field names (sorted)."""
    extra: set[str] = set()
    field_names: set[str] = set()
    for record in records:
        extra.update(k for k in record if k not in ENVELOPE_KEYS and k != FIELDS_KEY)
        fields = record.get(FIELDS_KEY)
        if isinstance(fields, Mapping):
            field_names.update(fields)
    return [*_CSV_ENVELOPE, *sorted(extra), *sorted(field_names - extra - set(ENVELOPE_KEYS))]


def default_tombstone_columns(tombstones: Sequence[Mapping[str, object]]) -> list[str]:
    extra = sorted({key for line in tombstones for key in line if key not in TOMBSTONE_KEYS})
    return [*TOMBSTONE_KEYS, *extra]


def render_csv(rows: Sequence[Mapping[str, object]], columns: Sequence[str]) -> CsvTable:
    """Render ``rows`` (flat dicts) under ``columns``; a missing key gives an empty cell."""
    bad = [name for name in columns if not isinstance(name, str) or not _COLUMN_NAME.fullmatch(name)]
    if bad or len(set(columns)) != len(columns):
        raise ValueError(f"CSV column names must be unique identifiers (letters, digits, '_'): {bad or columns}")
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, dialect="excel", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(columns)
    escaped = [False] * len(columns)
    for row in rows:
        cells = []
        for index, name in enumerate(columns):
            text = cell_text(row.get(name))
            safe = neutralise_cell(text)
            escaped[index] = escaped[index] or safe != text
            cells.append(safe)
        writer.writerow(cells)
    types = tuple(_column_type([row.get(name) for row in rows], escaped[i]) for i, name in enumerate(columns))
    return CsvTable(buffer.getvalue().encode("utf-8-sig"), tuple(columns), types)
