"""Huddle sheets, actions and safety-cross days: rows in, domain objects out."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import fields
from datetime import date
from typing import Any

from app.domain.action import Action
from app.domain.field_kinds import field_kinds
from app.domain.huddle import AtRiskPatient, Attendee, HuddleSheet, LookBackEvent
from app.domain.safety_cross import CrossDay
from app.errors import DuplicateRecord
from app.storage.database import Database
from app.storage.record_table import RecordTable, WriteContext, envelope_from_row, to_json

_BOOL = field_kinds("huddle_sheets").bools  # a new bool field of HuddleSheet needs no change here
_SKIP = {"envelope", "ward_id", "huddle_date", "slot"}


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def sheet_fields(sheet: HuddleSheet) -> dict[str, Any]:
    out: dict[str, Any] = {"huddle_date": sheet.huddle_date.isoformat(), "slot": sheet.slot}
    for f in fields(HuddleSheet):
        if f.name in _SKIP:
            continue
        value = getattr(sheet, f.name)
        if f.name == "attendees":
            value = to_json([{"name": a.name, "role": a.role, "staff_id": a.staff_id} for a in value])
        elif f.name == "events":
            value = to_json(
                [
                    {
                        "id": e.id,
                        "event_type": e.event_type,
                        "harm_level": e.harm_level,
                        "incident_ref": e.incident_ref,
                        "learning_point": e.learning_point,
                    }
                    for e in value
                ]
            )
        elif f.name == "at_risk":
            value = to_json([{"bed": p.bed, "flags": list(p.flags), "mitigation": p.mitigation} for p in value])
        elif f.name == "threats":
            value = to_json(list(value))
        elif f.name in _BOOL:
            value = None if value is None else int(value)  # None: lookback_any not answered yet
        out[f.name] = value
    return out


def sheet_from_row(row: dict[str, Any]) -> HuddleSheet:
    kwargs: dict[str, Any] = {}
    for f in fields(HuddleSheet):
        if f.name in _SKIP:
            continue
        value = row[f.name]
        if f.name == "attendees":
            value = tuple(Attendee(a["name"], a["role"], a.get("staff_id")) for a in json.loads(value))
        elif f.name == "events":
            value = tuple(LookBackEvent(**e) for e in json.loads(value))
        elif f.name == "at_risk":
            value = tuple(AtRiskPatient(p["bed"], tuple(p["flags"]), p["mitigation"]) for p in json.loads(value))
        elif f.name == "threats":
            value = tuple(json.loads(value))
        elif f.name in _BOOL:
            value = None if value is None else bool(value)
        kwargs[f.name] = value
    return HuddleSheet(
        ward_id=row["ward_id"],
        huddle_date=date.fromisoformat(row["huddle_date"]),
        slot=row["slot"],
        envelope=envelope_from_row(row),
        **kwargs,
    )


class HuddleRepository:
    def __init__(self, database: Database) -> None:
        self.database = database
        self.table = RecordTable(database, "huddle_sheets", label="huddle sheet")

    def add(self, sheet: HuddleSheet, ctx: WriteContext) -> HuddleSheet:
        try:
            envelope = self.table.insert(sheet_fields(sheet), ward_id=sheet.ward_id, ctx=ctx)
        except sqlite3.IntegrityError as error:
            if "UNIQUE" not in str(error):
                raise
            raise DuplicateRecord("A sheet for this ward, date and slot already exists.") from None
        return self.get(envelope.uuid)

    def update(self, sheet: HuddleSheet, expected_rev: int, ctx: WriteContext) -> HuddleSheet:
        assert sheet.id is not None
        self.table.update(sheet.id, expected_rev, sheet_fields(sheet), ctx=ctx)
        return self.get(sheet.id)

    def tombstone(self, sheet_id: str, expected_rev: int, ctx: WriteContext) -> None:
        self.table.tombstone(sheet_id, expected_rev, ctx=ctx)

    def get(self, sheet_id: str) -> HuddleSheet:
        return sheet_from_row(self.table.require(sheet_id))

    def find(self, ward_id: str, day: date, slot: str) -> HuddleSheet | None:
        rows = self.table.select("ward_id = ? AND huddle_date = ? AND slot = ?", [ward_id, day.isoformat(), slot])
        return sheet_from_row(rows[0]) if rows else None

    def between(self, ward_id: str, start: date, end: date) -> list[HuddleSheet]:
        rows = self.table.select(
            "ward_id = ? AND huddle_date BETWEEN ? AND ?",
            [ward_id, start.isoformat(), end.isoformat()],
            order_by="huddle_date, created_at",
        )
        return [sheet_from_row(r) for r in rows]

    def latest_before(self, ward_id: str, day: date, created_before: str | None = None) -> HuddleSheet | None:
        """The most recent sheet on an earlier day (or earlier the same day)."""
        rows = self.table.select(
            "ward_id = ? AND (huddle_date < ? OR (huddle_date = ? AND created_at < ?))",
            [ward_id, day.isoformat(), day.isoformat(), created_before or ""],
            order_by="huddle_date DESC, created_at DESC",
            limit=1,
        )
        return sheet_from_row(rows[0]) if rows else None

    def first_day(self, ward_id: str) -> date | None:
        """The day of the ward's earliest live sheet (None before the first one)."""
        row = self.database.conn.execute(
            "SELECT MIN(huddle_date) FROM huddle_sheets WHERE ward_id = ? AND deleted = 0", [ward_id]
        ).fetchone()
        return date.fromisoformat(row[0]) if row and row[0] else None

    def last_harm_event_day(self, ward_id: str, event_type: str, on_or_before: date) -> date | None:
        """The latest day with a look-back event of this type with harm: walks the date index
        backwards and stops at the first match, so it stays fast on years of sheets."""
        row = self.database.conn.execute(
            "SELECT s.huddle_date FROM huddle_sheets s WHERE s.ward_id = ? AND s.deleted = 0 AND s.huddle_date <= ? "
            "AND EXISTS (SELECT 1 FROM json_each(s.events) e WHERE json_extract(e.value, '$.event_type') = ? "
            "AND json_extract(e.value, '$.harm_level') != 'No harm') ORDER BY s.huddle_date DESC LIMIT 1",
            [ward_id, on_or_before.isoformat(), event_type],
        ).fetchone()
        return date.fromisoformat(row[0]) if row else None

    def harm_event_days(self, ward_id: str, event_type: str) -> list[date]:
        """Days of look-back events of this type with harm (json_each keeps it in SQL)."""
        rows = self.database.conn.execute(
            "SELECT DISTINCT s.huddle_date FROM huddle_sheets s, json_each(s.events) e "
            "WHERE s.ward_id = ? AND s.deleted = 0 AND json_extract(e.value, '$.event_type') = ? "
            "AND json_extract(e.value, '$.harm_level') != 'No harm'",
            [ward_id, event_type],
        ).fetchall()
        return [date.fromisoformat(r[0]) for r in rows]


def action_fields(action: Action) -> dict[str, Any]:
    return {
        "text": action.text,
        "owner": action.owner,
        "due": _iso(action.due),
        "status": action.status,
        "source_type": action.source_type,
        "source_id": action.source_id,
        "raised_on": _iso(action.raised_on),
        "closed_on": _iso(action.closed_on),
    }


def action_from_row(row: dict[str, Any]) -> Action:
    return Action(
        ward_id=row["ward_id"],
        text=row["text"],
        owner=row["owner"],
        due=_date(row["due"]),
        status=row["status"],
        source_type=row["source_type"],
        source_id=row["source_id"],
        raised_on=_date(row["raised_on"]),
        closed_on=_date(row["closed_on"]),
        envelope=envelope_from_row(row),
    )


class ActionRepository:
    def __init__(self, database: Database) -> None:
        self.table = RecordTable(database, "actions", label="action")

    def add(self, action: Action, ctx: WriteContext) -> Action:
        envelope = self.table.insert(action_fields(action), ward_id=action.ward_id, ctx=ctx)
        return self.get(envelope.uuid)

    def update(self, action: Action, expected_rev: int, ctx: WriteContext) -> Action:
        assert action.id is not None
        self.table.update(action.id, expected_rev, action_fields(action), ctx=ctx)
        return self.get(action.id)

    def tombstone(self, action_id: str, expected_rev: int, ctx: WriteContext) -> None:
        self.table.tombstone(action_id, expected_rev, ctx=ctx)

    def get(self, action_id: str) -> Action:
        return action_from_row(self.table.require(action_id))

    def for_ward(
        self, ward_id: str, *, statuses: tuple[str, ...] | None = None, owner: str | None = None
    ) -> list[Action]:
        where, params = "ward_id = ?", [ward_id]
        if statuses:
            where += f" AND status IN ({', '.join('?' for _ in statuses)})"
            params += list(statuses)
        if owner:
            where += " AND owner = ?"
            params.append(owner)
        rows = self.table.select(where, params, order_by="due IS NULL, due, created_at")
        return [action_from_row(r) for r in rows]

    def for_source(self, source_id: str) -> list[Action]:
        return [action_from_row(r) for r in self.table.select("source_id = ?", [source_id])]


def cross_from_row(row: dict[str, Any]) -> CrossDay:
    return CrossDay(
        ward_id=row["ward_id"],
        day=date.fromisoformat(row["day"]),
        harm_key=row["harm_key"],
        code=row["code"],
        events=int(row["events"]),
        source=row.get("source") or "hand",
        envelope=envelope_from_row(row),
    )


class CrossRepository:
    def __init__(self, database: Database) -> None:
        self.table = RecordTable(database, "safety_cross_days", label="safety cross day")

    def find(self, ward_id: str, day: date, harm_key: str) -> CrossDay | None:
        rows = self.table.select("ward_id = ? AND day = ? AND harm_key = ?", [ward_id, day.isoformat(), harm_key])
        return cross_from_row(rows[0]) if rows else None

    def add(self, entry: CrossDay, ctx: WriteContext) -> CrossDay:
        envelope = self.table.insert(
            {
                "day": entry.day.isoformat(),
                "harm_key": entry.harm_key,
                "code": entry.code,
                "events": entry.events,
                "source": entry.source,
            },
            ward_id=entry.ward_id,
            ctx=ctx,
        )
        return cross_from_row(self.table.require(envelope.uuid))

    def update(self, entry: CrossDay, expected_rev: int, ctx: WriteContext) -> CrossDay:
        assert entry.id is not None
        fields = {"code": entry.code, "events": entry.events, "source": entry.source}
        self.table.update(entry.id, expected_rev, fields, ctx=ctx)
        return cross_from_row(self.table.require(entry.id))

    def tombstone(self, entry_id: str, expected_rev: int, ctx: WriteContext) -> None:
        self.table.tombstone(entry_id, expected_rev, ctx=ctx)

    def between(self, ward_id: str, start: date, end: date) -> list[CrossDay]:
        rows = self.table.select(
            "ward_id = ? AND day BETWEEN ? AND ?", [ward_id, start.isoformat(), end.isoformat()], order_by="day"
        )
        return [cross_from_row(r) for r in rows]

    def last_day_with_codes(
        self, ward_id: str, harm_key: str, codes: tuple[str, ...], on_or_before: date
    ) -> date | None:
        if not codes:
            return None
        row = self.table.database.conn.execute(
            f"SELECT day FROM safety_cross_days WHERE ward_id = ? AND deleted = 0 AND day <= ? AND harm_key = ? "
            f"AND code IN ({', '.join('?' for _ in codes)}) ORDER BY day DESC LIMIT 1",
            [ward_id, on_or_before.isoformat(), harm_key, *codes],
        ).fetchone()
        return date.fromisoformat(row[0]) if row else None

    def days_with_codes(self, ward_id: str, harm_key: str, codes: tuple[str, ...]) -> list[date]:
        if not codes:
            return []
        rows = self.table.select(
            f"ward_id = ? AND harm_key = ? AND code IN ({', '.join('?' for _ in codes)})",
            [ward_id, harm_key, *codes],
            order_by="day",
        )
        return [date.fromisoformat(r["day"]) for r in rows]
