"""Wards and their staff."""

from __future__ import annotations

import json
from typing import Any

from app.domain.ward import CrossColour, FocusHarm, StaffMember, Ward, WardDetails
from app.storage.database import Database
from app.storage.record_table import RecordTable, WriteContext, envelope_from_row, to_json


def _harms_to_json(harms: tuple[FocusHarm, ...]) -> str:
    return to_json(
        [
            {
                "key": h.key,
                "name": h.name,
                "colours": [
                    {"code": c.code, "label": c.label, "colour": c.colour, "is_harm": c.is_harm} for c in h.colours
                ],
            }
            for h in harms
        ]
    )


def _harms_from_json(text: str) -> tuple[FocusHarm, ...]:
    return tuple(
        FocusHarm(
            h["key"],
            h["name"],
            tuple(CrossColour(c["code"], c["label"], c["colour"], bool(c["is_harm"])) for c in h["colours"]),
        )
        for h in json.loads(text)
    )


def _ward_fields(details: WardDetails) -> dict[str, Any]:
    return {
        "name": details.name,
        "trust_name": details.trust_name,
        "trust_code": details.trust_code,
        "ward_code": details.ward_code,
        "focus_harms": _harms_to_json(details.focus_harms),
        "huddle_slots": to_json(list(details.huddle_slots)),
        "staff_roles": to_json(list(details.staff_roles)),
        "huddle_target_minutes": details.huddle_target_minutes,
        "is_demo": int(details.is_demo),
    }


def ward_from_row(row: dict[str, Any]) -> Ward:
    details = WardDetails(
        name=row["name"],
        trust_name=row["trust_name"],
        trust_code=row["trust_code"],
        ward_code=row["ward_code"],
        focus_harms=_harms_from_json(row["focus_harms"]),
        huddle_slots=tuple(json.loads(row["huddle_slots"])),
        staff_roles=tuple(json.loads(row["staff_roles"])),
        huddle_target_minutes=int(row["huddle_target_minutes"]),
        is_demo=bool(row["is_demo"]),
    )
    return Ward(envelope_from_row(row), details)


class WardRepository:
    def __init__(self, database: Database) -> None:
        self.table = RecordTable(database, "wards", label="ward")

    def add(self, details: WardDetails, ctx: WriteContext) -> Ward:
        from app.domain.envelope import new_uuid

        ward_uuid = new_uuid()
        self.table.insert(_ward_fields(details), ward_id=ward_uuid, ctx=ctx, uuid=ward_uuid)
        return self.get(ward_uuid)

    def update(self, ward_id: str, expected_rev: int, details: WardDetails, ctx: WriteContext) -> Ward:
        self.table.update(ward_id, expected_rev, _ward_fields(details), ctx=ctx)
        return self.get(ward_id)

    def get(self, ward_id: str) -> Ward:
        return ward_from_row(self.table.require(ward_id))

    def find(self, ward_id: str) -> Ward | None:
        row = self.table.get(ward_id)
        return None if row is None else ward_from_row(row)

    def all(self) -> list[Ward]:
        return [ward_from_row(r) for r in self.table.select(order_by="name COLLATE NOCASE")]


def staff_from_row(row: dict[str, Any]) -> StaffMember:
    return StaffMember(envelope_from_row(row), row["name"], row["role"], bool(row["retired"]))


class StaffRepository:
    def __init__(self, database: Database) -> None:
        self.table = RecordTable(database, "staff", label="staff member")

    def add(self, ward_id: str, name: str, role: str, ctx: WriteContext) -> StaffMember:
        envelope = self.table.insert({"name": name, "role": role, "retired": 0}, ward_id=ward_id, ctx=ctx)
        return self.get(envelope.uuid)

    def update(
        self, staff_id: str, expected_rev: int, *, name: str, role: str, retired: bool, ctx: WriteContext
    ) -> StaffMember:
        self.table.update(staff_id, expected_rev, {"name": name, "role": role, "retired": int(retired)}, ctx=ctx)
        return self.get(staff_id)

    def get(self, staff_id: str) -> StaffMember:
        return staff_from_row(self.table.require(staff_id))

    def for_ward(self, ward_id: str, *, include_retired: bool = False) -> list[StaffMember]:
        where = "ward_id = ?" + ("" if include_retired else " AND retired = 0")
        return [staff_from_row(r) for r in self.table.select(where, [ward_id], order_by="name COLLATE NOCASE")]
