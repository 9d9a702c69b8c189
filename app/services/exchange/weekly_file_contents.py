"""Which ward-record tables the weekly export carries, and how a row becomes a record's fields.

One :class:`ExportType` per record type, in dependency order (a ward before its staff, a measure
before its data points). The record type is the file name in the export (``records/<type>.jsonl``)
and, by convention, the table name. Columns are read from the schema, so a new column is
exported with no change here. Which columns are true/false and which hold JSON comes from the
record's domain class (``app/domain/field_kinds.py``), the same declaration the repositories use:
JSON columns are exported as nested JSON, true/false columns as true/false.

Adding a feature's table is one entry in ``EXPORT_TYPES`` (and one line in
``field_kinds.RECORD_CLASSES``)::

    ExportType("pdsa_cycles", label="PDSA cycle", title_fields=("title",), staff_name_fields=("who",))

A test checks that every table carrying the sync envelope has both, so a forgotten table fails
the suite.

``staff_name_fields`` lists where staff names appear (``"leader"``; ``"attendees[].name"`` for a
name inside each item of a JSON list; ``"team[]"`` for a JSON list of names): with the setting ``export_staff_as_initials`` they
are exported as initials, and a "possible name" warning is never raised on them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from app.domain.envelope import ENVELOPE_FIELDS
from app.domain.field_kinds import field_kinds
from app.services.changes import Changes
from app.storage.repositories.exchange import Column


@dataclass(frozen=True)
class ExportType:
    record_type: str
    table: str = ""  # defaults to record_type
    label: str = "record"  # "huddle sheet": for messages and the identifier review list
    schema_version: int = 1
    staff_name_fields: tuple[str, ...] = ()
    title_fields: tuple[str, ...] = ()  # what identifies a record to a person, e.g. ("huddle_date", "slot")
    changes: Changes = Changes.NONE  # which screens an import of this type refreshes
    csv_columns: tuple[str, ...] | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        if not self.table:
            object.__setattr__(self, "table", self.record_type)

    @property
    def json_fields(self) -> frozenset[str]:
        """Columns holding JSON text, exported as nested JSON (declared by the record's class)."""
        return field_kinds(self.table).json

    @property
    def bool_fields(self) -> frozenset[str]:
        """Columns holding 0/1, exported as true/false (declared by the record's class)."""
        return field_kinds(self.table).bools

    # -- row ↔ fields ----------------------------------------------------------------------------
    def row_to_fields(self, row: Mapping[str, Any], columns: tuple[Column, ...]) -> dict[str, Any]:
        """A database row's content as export fields (JSON text parsed, 0/1 as booleans)."""
        as_json, as_bool = self.json_fields, self.bool_fields
        out: dict[str, Any] = {}
        for column in columns:
            name = column.name
            if name in ENVELOPE_FIELDS:
                continue
            value = row[name]
            if name in as_json and isinstance(value, str):
                try:
                    value = json.loads(value)
                except ValueError:
                    pass  # not JSON after all: export the text as it is
            elif name in as_bool and value is not None:
                value = bool(value)
            out[name] = value
        return out

    def fields_to_columns(
        self, fields: Mapping[str, Any], columns: tuple[Column, ...]
    ) -> tuple[dict[str, Any], dict[str, Any], list[str]]:
        """Split incoming fields into (column values, fields to keep aside, missing required columns).

        A field goes into its column only if it comes back out exactly the same; anything else
        (a field this version has no column for, or a value of an unexpected type) is kept aside
        in the record's ``extra`` so it survives a re-export unchanged.
        """
        by_name = {c.name: c for c in columns if c.name not in ENVELOPE_FIELDS}
        as_json, as_bool = self.json_fields, self.bool_fields
        values: dict[str, Any] = {}
        aside: dict[str, Any] = {}
        for name, value in fields.items():
            column = by_name.get(name)
            stored = _encode(value, column, name in as_json, name in as_bool) if column else _NO
            if stored is _NO:
                aside[name] = value
            else:
                values[name] = stored
        missing = [c.name for c in by_name.values() if c.required and (c.name not in values)]
        return values, aside, missing

    def title(self, fields: Mapping[str, Any]) -> str:
        """A short description of a record for people: "Huddle sheet 2026-03-12 Morning"."""
        parts = [str(fields.get(name) or "").strip() for name in self.title_fields]
        text = " ".join(p for p in parts if p)
        if len(text) > 60:
            text = text[:57] + "..."
        return f"{self.label[:1].upper()}{self.label[1:]}{': ' + text if text else ''}"


class _Missing:
    pass


_NO: Any = _Missing()


def _encode(value: Any, column: Column, is_json: bool, is_bool: bool) -> Any:
    if is_json:
        if isinstance(value, (list, dict)):
            return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
        return _NO if not (value is None and not column.not_null) else None
    if is_bool:
        if isinstance(value, bool):
            return int(value)
        return None if value is None and not column.not_null else _NO
    if value is None:
        return _NO if column.not_null else None
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        return _NO
    if isinstance(value, float) and "INT" in column.declared_type:
        return _NO
    if isinstance(value, int) and "REAL" in column.declared_type:
        return _NO  # SQLite would store 3 as 3.0 and it would come back as a float
    textual = "TEXT" in column.declared_type or "CHAR" in column.declared_type or "CLOB" in column.declared_type
    if isinstance(value, str) and column.declared_type and not textual:
        return _NO  # a numeric column would turn "007" into 7
    if not isinstance(value, str) and textual:
        return _NO  # a text column would turn 7 into "7"
    return value


# -- staff names as initials -----------------------------------------------------------------------
def initials(name: str) -> str:
    """ "Siân Evans-Nguyễn" -> "SEN": the first letter of every word or hyphenated part."""
    parts = [p for p in re.split(r"[\s\-]+", name.strip()) if p]
    letters = [next((ch for ch in p if ch.isalpha()), "") for p in parts]
    return "".join(letter.upper() for letter in letters if letter)


def staff_name_paths(spec: str) -> tuple[str, str | None]:
    """ "attendees[].name" -> ("attendees", "name"); "team[]" -> ("team", ""); "leader" -> ("leader", None)."""
    if "[]." in spec:
        top, inner = spec.split("[].", 1)
        return top, inner
    if spec.endswith("[]"):
        return spec[:-2], ""
    return spec, None


def _initials_of(item: Any, inner: str) -> Any:
    if inner == "":
        return initials(item) if isinstance(item, str) and item else item
    if isinstance(item, dict) and isinstance(item.get(inner), str) and item[inner]:
        return {**item, inner: initials(item[inner])}
    return item


def apply_initials(export_type: ExportType, fields: dict[str, Any]) -> dict[str, Any]:
    """Replace every staff name in ``fields`` (a fresh dict from row_to_fields) by its initials."""
    for spec in export_type.staff_name_fields:
        top, inner = staff_name_paths(spec)
        value = fields.get(top)
        if inner is None:
            if isinstance(value, str) and value:
                fields[top] = initials(value)
        elif isinstance(value, list):
            fields[top] = [_initials_of(item, inner) for item in value]
    return fields


def is_staff_name_path(export_type: ExportType, path: tuple[str | int, ...]) -> bool:
    for spec in export_type.staff_name_fields:
        top, inner = staff_name_paths(spec)
        if inner is None and path == (top,):
            return True
        if inner == "" and len(path) == 2 and path[0] == top and isinstance(path[1], int):
            return True
        if inner and len(path) == 3 and path[0] == top and isinstance(path[1], int) and path[2] == inner:
            return True
    return False


# -- the registry -------------------------------------------------------------------------------------
EXPORT_TYPES: list[ExportType] = [
    ExportType(
        "wards",
        label="ward",
        title_fields=("name",),
        changes=Changes.WARDS,
    ),
    ExportType(
        "staff",
        label="staff member",
        title_fields=("role",),
        staff_name_fields=("name",),
        changes=Changes.STAFF,
    ),
    ExportType(
        "huddle_sheets",
        label="huddle sheet",
        title_fields=("huddle_date", "slot"),
        staff_name_fields=("leader", "nurse_in_charge", "next_in_charge", "attendees[].name"),
        changes=Changes.HUDDLES | Changes.MEASURES,
    ),
    ExportType(
        "actions",
        label="action raised",
        title_fields=("raised_on",),
        staff_name_fields=("owner",),
        changes=Changes.ACTIONS,
    ),
    ExportType(
        "safety_cross_days",
        label="safety cross day",
        title_fields=("day", "harm_key"),
        changes=Changes.HUDDLES | Changes.MEASURES,
    ),
    ExportType(
        "measures",
        label="measure",
        title_fields=("name",),
        changes=Changes.MEASURES,
    ),
    ExportType(
        "data_points",
        label="data point",
        title_fields=("period",),
        changes=Changes.MEASURES,
    ),
    ExportType(
        "reflections",
        label="reflection",
        title_fields=("kind", "huddle_date", "event_type"),
        staff_name_fields=("facilitator", "participants[].name"),
        changes=Changes.REFLECTIONS,
    ),
    ExportType(
        "projects",
        label="improvement project",
        title_fields=("title",),
        staff_name_fields=("team[]", "sponsor"),
        changes=Changes.PROJECTS,
    ),
    ExportType(
        "pdsa_cycles",
        label="PDSA cycle",
        title_fields=("cycle_number", "title"),
        staff_name_fields=("who",),
        changes=Changes.PROJECTS | Changes.MEASURES,  # a cycle is marked on its measures' charts
    ),
    ExportType(
        "ideas",
        label="improvement idea",
        title_fields=("status", "text"),
        staff_name_fields=("offered_by",),
        changes=Changes.PROJECTS,
    ),
    ExportType(
        "improvement_huddles",
        label="weekly improvement huddle",
        title_fields=("huddle_date",),
        staff_name_fields=("attendees[].name",),
        changes=Changes.PROJECTS | Changes.ACTIONS,
    ),
    ExportType(
        "pulse_surveys",
        label="culture pulse",
        title_fields=("quarter_start",),
        changes=Changes.PROJECTS,
    ),
]


def export_types() -> list[ExportType]:
    return list(EXPORT_TYPES)


def export_type(record_type: str) -> ExportType | None:
    return next((t for t in EXPORT_TYPES if t.record_type == record_type), None)
