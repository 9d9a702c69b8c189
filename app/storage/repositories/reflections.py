"""Reflections (hot debriefs and later reflections): rows in, domain objects out."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from app.domain.field_kinds import field_kinds
from app.domain.reflection import LATER, POST_EVENT, Participant, Reflection, SeipsFactor, TrainingNeed
from app.storage.database import Database
from app.storage.record_table import RecordTable, WriteContext, envelope_from_row, to_json

_DATES = ("event_date", "huddle_date", "shared_on", "later_due")
_BOOLS = sorted(field_kinds("reflections").bools)  # a new bool field of Reflection needs no change here
_TEXT = (
    "kind",
    "post_event_id",
    "source_sheet_id",
    "source_event_id",
    "event_time",
    "huddle_time",
    "event_type",
    "category",
    "reported",
    "incident_ref",
    "physical_harm",
    "psychological_harm",
    "facilitator",
    "aar_expected",
    "aar_happened",
    "aar_difference",
    "everyday_work",
    "shift_impact",
    "shift_impact_detail",
    "team_impact",
    "immediate_actions",
    "learned",
    "documentation",
    "understand_differently",
    "everyday_changes",
    "team_now",
    "team_now_detail",
    "linked_project_id",
    "linked_pdsa_id",
)


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def reflection_fields(item: Reflection) -> dict[str, Any]:
    out: dict[str, Any] = {name: getattr(item, name) for name in _TEXT}
    for name in _DATES:
        value = getattr(item, name)
        out[name] = value.isoformat() if value else None
    for name in _BOOLS:
        out[name] = int(getattr(item, name))
    out["participants"] = to_json([{"name": p.name, "role": p.role} for p in item.participants])
    out["seips"] = to_json([{"element": f.element, "effect": f.effect, "notes": f.notes} for f in item.seips])
    out["support"] = to_json(list(item.support))
    out["training_needs"] = to_json([{"need": t.need, "for_whom": t.for_whom} for t in item.training_needs])
    return out


def reflection_from_row(row: dict[str, Any]) -> Reflection:
    kwargs: dict[str, Any] = {name: row[name] for name in _TEXT}
    for name in _DATES:
        kwargs[name] = _date(row[name])
    for name in _BOOLS:
        kwargs[name] = bool(row[name])
    kwargs["participants"] = tuple(Participant(p["name"], p["role"]) for p in json.loads(row["participants"]))
    kwargs["seips"] = tuple(SeipsFactor(f["element"], f["effect"], f["notes"]) for f in json.loads(row["seips"]))
    kwargs["support"] = tuple(json.loads(row["support"]))
    kwargs["training_needs"] = tuple(TrainingNeed(t["need"], t["for_whom"]) for t in json.loads(row["training_needs"]))
    return Reflection(ward_id=row["ward_id"], envelope=envelope_from_row(row), **kwargs)


class ReflectionRepository:
    def __init__(self, database: Database) -> None:
        self.database = database
        self.table = RecordTable(database, "reflections", label="reflection")

    def add(self, item: Reflection, ctx: WriteContext) -> Reflection:
        envelope = self.table.insert(reflection_fields(item), ward_id=item.ward_id, ctx=ctx)
        return self.get(envelope.uuid)

    def update(self, item: Reflection, expected_rev: int, ctx: WriteContext) -> Reflection:
        assert item.id is not None
        self.table.update(item.id, expected_rev, reflection_fields(item), ctx=ctx)
        return self.get(item.id)

    def tombstone(self, reflection_id: str, expected_rev: int, ctx: WriteContext) -> None:
        self.table.tombstone(reflection_id, expected_rev, ctx=ctx)

    def get(self, reflection_id: str) -> Reflection:
        return reflection_from_row(self.table.require(reflection_id))

    def find(self, reflection_id: str) -> Reflection | None:
        row = self.table.get(reflection_id)
        return reflection_from_row(row) if row else None

    def search(
        self,
        ward_id: str,
        *,
        kind: str | None = None,
        category: str | None = None,
        start: date | None = None,
        end: date | None = None,
    ) -> list[Reflection]:
        """Newest first. Dates filter on the event date of a hot debrief and the huddle date of a
        later reflection."""
        main = "CASE WHEN kind = 'post_event' THEN coalesce(event_date, huddle_date) ELSE coalesce(huddle_date, event_date) END"
        where, params = ["ward_id = ?"], [ward_id]
        if kind:
            where.append("kind = ?")
            params.append(kind)
        if category:
            where.append("kind = 'post_event' AND category = ?")
            params.append(category)
        if start:
            where.append(f"{main} >= ?")
            params.append(start.isoformat())
        if end:
            where.append(f"{main} <= ?")
            params.append(end.isoformat())
        rows = self.table.select(" AND ".join(where), params, order_by=f"{main} DESC, created_at DESC")
        return [reflection_from_row(r) for r in rows]

    def later_for(self, post_event_ids: list[str]) -> dict[str, list[Reflection]]:
        """Live later reflections linked to each of these hot debriefs."""
        if not post_event_ids:
            return {}
        out: dict[str, list[Reflection]] = {}
        for chunk_start in range(0, len(post_event_ids), 500):
            chunk = post_event_ids[chunk_start : chunk_start + 500]
            rows = self.table.select(
                f"kind = '{LATER}' AND post_event_id IN ({', '.join('?' for _ in chunk)})",
                chunk,
                order_by="huddle_date",
            )
            for row in rows:
                item = reflection_from_row(row)
                out.setdefault(item.post_event_id or "", []).append(item)
        return out

    def for_source_event(self, event_id: str) -> Reflection | None:
        rows = self.table.select(
            f"kind = '{POST_EVENT}' AND source_event_id = ?", [event_id], order_by="created_at", limit=1
        )
        return reflection_from_row(rows[0]) if rows else None

    def flagged_to_share(self, ward_id: str, before: date) -> list[Reflection]:
        """Hot debriefs flagged to share, held (or, without a huddle date, with the event) before
        ``before`` and not yet shared: not marked as shared before that day, and no daily huddle
        was held between the debrief's day and ``before`` (that huddle was the "next" one)."""
        rows = self.database.rows(
            f"SELECT * FROM reflections r WHERE r.ward_id = ? AND r.kind = '{POST_EVENT}' AND r.deleted = 0 "
            "AND r.share_at_huddle = 1 AND coalesce(r.huddle_date, r.event_date) < ? "
            "AND (r.shared_on >= ? OR (r.shared_on IS NULL AND NOT EXISTS ("
            "  SELECT 1 FROM huddle_sheets s WHERE s.ward_id = r.ward_id AND s.deleted = 0 AND s.held = 1"
            "  AND s.huddle_date > coalesce(r.huddle_date, r.event_date) AND s.huddle_date < ?)))"
            " ORDER BY coalesce(r.huddle_date, r.event_date), r.created_at",
            [ward_id, before.isoformat(), before.isoformat(), before.isoformat()],
        )
        return [reflection_from_row(r) for r in rows]

    def first_held_huddle_after(self, ward_id: str, day: date) -> date | None:
        """The first day after ``day`` with a held daily huddle on this ward."""
        row = self.database.rows(
            "SELECT min(huddle_date) AS first FROM huddle_sheets WHERE ward_id = ? AND deleted = 0 AND held = 1 "
            "AND huddle_date > ?",
            [ward_id, day.isoformat()],
        )
        return date.fromisoformat(row[0]["first"]) if row and row[0]["first"] else None

    def later_due_by(self, ward_id: str, last_day: date) -> list[Reflection]:
        """Hot debriefs with a later reflection date on or before ``last_day`` and no live later
        reflection linked to them."""
        rows = self.database.rows(
            f"SELECT * FROM reflections p WHERE p.ward_id = ? AND p.kind = '{POST_EVENT}' AND p.deleted = 0 "
            "AND p.later_due IS NOT NULL AND p.later_due <= ? AND NOT EXISTS ("
            f"  SELECT 1 FROM reflections l WHERE l.kind = '{LATER}' AND l.deleted = 0 AND l.post_event_id = p.uuid)"
            " ORDER BY p.later_due, p.created_at",
            [ward_id, last_day.isoformat()],
        )
        return [reflection_from_row(r) for r in rows]
