"""How each field of a ward record is stored, declared once: by the record class's field types.

A field typed ``bool`` (or ``bool | None``) is a true/false column: 0/1 in SQLite, true/false in
the weekly file. A field typed as a tuple, list or dict is a JSON column: JSON text in SQLite,
nested JSON in the weekly file. Anything else (text, numbers, dates, the envelope, a small
dataclass flattened into columns like ``Project.aim``) is neither. The repositories
(``storage/repositories/huddles.py``, ``reflections.py``) and the weekly file's record types
(``services/exchange/weekly_file_contents.py``) both take their lists from :func:`field_kinds`.

Adding a field to a record is one change here in the domain: give the record class the field with
its type (and the column, in a new schema step, as always)::

    bay_closed: bool = False            # -> a true/false column, exported as true/false
    outlier_notes: tuple[str, ...] = () # -> a JSON column, exported as a JSON list

Adding a record type (a table carrying the envelope) is one line in ``RECORD_CLASSES`` below,
next to its ``ExportType``. ``tests/unit/test_field_kinds.py`` fails if an enveloped table has no
line here or no export type, if a declared field is not a column of its table, or if a
repository's rows or the export's round trip disagree with these kinds.
"""

from __future__ import annotations

import importlib
import types
import typing
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, fields, is_dataclass
from functools import cache


class _ClassesByTable(Mapping[str, type]):
    """table -> record class, each class's module imported when it is first asked for (printing a
    huddle sheet, or opening the app on it, then never imports the other record types' modules)."""

    def __init__(self, where: dict[str, str]) -> None:
        self._where = where

    def __getitem__(self, table: str) -> type:
        module, name = self._where[table].split(":")
        return getattr(importlib.import_module(module), name)

    def __iter__(self) -> Iterator[str]:
        return iter(self._where)

    def __len__(self) -> int:
        return len(self._where)


# table -> the domain class whose fields are its content columns ("module:Class")
RECORD_CLASSES: Mapping[str, type] = _ClassesByTable(
    {
        "wards": "app.domain.ward:WardDetails",
        "staff": "app.domain.ward:StaffMember",
        "huddle_sheets": "app.domain.huddle:HuddleSheet",
        "actions": "app.domain.action:Action",
        "safety_cross_days": "app.domain.safety_cross:CrossDay",
        "measures": "app.domain.measure:MeasureDetails",
        "data_points": "app.domain.measure:DataPoint",
        "reflections": "app.domain.reflection:Reflection",
        "projects": "app.domain.project:Project",
        "pdsa_cycles": "app.domain.pdsa:PdsaCycle",
        "pulse_surveys": "app.domain.pulse:PulseSurvey",
        "ideas": "app.domain.idea:Idea",
        "improvement_huddles": "app.domain.improvement_huddle:ImprovementHuddle",
    }
)


@dataclass(frozen=True)
class FieldKinds:
    table: str
    bools: frozenset[str]  # stored 0/1, exported true/false
    json: frozenset[str]  # stored as JSON text, exported as nested JSON


_CONTAINERS = (tuple, list, dict)


def kind_of(annotation: object) -> str | None:
    """ "bool", "json" or None for a resolved field type (``X | None`` counts as ``X``)."""
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        kinds = {kind_of(arg) for arg in typing.get_args(annotation) if arg is not type(None)}
        return kinds.pop() if len(kinds) == 1 else None
    if annotation is bool:
        return "bool"
    if annotation in _CONTAINERS or typing.get_origin(annotation) in _CONTAINERS:
        return "json"
    return None


@cache
def field_kinds(table: str) -> FieldKinds:
    """The true/false and JSON fields of the records in ``table`` (KeyError for an unknown table)."""
    record = RECORD_CLASSES[table]
    assert is_dataclass(record), record
    hints = typing.get_type_hints(record)
    named = {f.name: kind_of(hints[f.name]) for f in fields(record)}
    return FieldKinds(
        table,
        bools=frozenset(name for name, kind in named.items() if kind == "bool"),
        json=frozenset(name for name, kind in named.items() if kind == "json"),
    )
