"""Improvement ideas and weekly improvement huddles: rows in, domain objects out."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from typing import Any

from app.domain.idea import Idea
from app.domain.improvement_huddle import ImprovementHuddle, MeasureReview, Person, TestedIdea
from app.errors import DuplicateRecord
from app.storage.database import Database
from app.storage.record_table import RecordTable, WriteContext, envelope_from_row, to_json


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


# -- ideas -------------------------------------------------------------------------------------------
def idea_fields(idea: Idea) -> dict[str, Any]:
    return {
        "text": idea.text,
        "offered_by": idea.offered_by,
        "offered_on": _iso(idea.offered_on),
        "status": idea.status,
        "reason": idea.reason,
        "project_id": idea.project_id,
        "pdsa_cycle_id": idea.pdsa_cycle_id,
        "you_said_we_did": idea.you_said_we_did,
        "focus": int(idea.focus),
        "status_changed_on": _iso(idea.status_changed_on),
    }


def idea_from_row(row: dict[str, Any]) -> Idea:
    return Idea(
        ward_id=row["ward_id"],
        text=row["text"],
        offered_by=row["offered_by"],
        offered_on=_date(row["offered_on"]),
        status=row["status"],
        reason=row["reason"],
        project_id=row["project_id"],
        pdsa_cycle_id=row["pdsa_cycle_id"],
        you_said_we_did=row["you_said_we_did"],
        focus=bool(row["focus"]),
        status_changed_on=_date(row["status_changed_on"]),
        envelope=envelope_from_row(row),
    )


class IdeaRepository:
    def __init__(self, database: Database) -> None:
        self.database = database
        self.table = RecordTable(database, "ideas", label="idea")

    def add(self, idea: Idea, ctx: WriteContext) -> Idea:
        envelope = self.table.insert(idea_fields(idea), ward_id=idea.ward_id, ctx=ctx)
        return self.get(envelope.uuid)

    def update(self, idea: Idea, expected_rev: int, ctx: WriteContext) -> Idea:
        assert idea.id is not None
        self.table.update(idea.id, expected_rev, idea_fields(idea), ctx=ctx)
        return self.get(idea.id)

    def tombstone(self, idea_id: str, expected_rev: int, ctx: WriteContext) -> None:
        self.table.tombstone(idea_id, expected_rev, ctx=ctx)

    def get(self, idea_id: str) -> Idea:
        return idea_from_row(self.table.require(idea_id))

    def find(self, idea_id: str) -> Idea | None:
        row = self.table.get(idea_id)
        return idea_from_row(row) if row else None

    def for_ward(self, ward_id: str) -> list[Idea]:
        rows = self.table.select(
            "ward_id = ?", [ward_id], order_by="coalesce(status_changed_on, offered_on) DESC, created_at DESC"
        )
        return [idea_from_row(r) for r in rows]

    def for_wards(self, ward_ids: list[str] | None) -> list[Idea]:
        """Every live idea of these wards (None: every ward held here)."""
        if ward_ids is None:
            rows = self.table.select(order_by="ward_id, created_at")
        else:
            marks = ", ".join("?" for _ in ward_ids) or "NULL"
            rows = self.table.select(f"ward_id IN ({marks})", ward_ids, order_by="ward_id, created_at")
        return [idea_from_row(r) for r in rows]

    def focus_ids(self, ward_id: str) -> list[str]:
        rows = self.table.select("ward_id = ? AND focus = 1", [ward_id])
        return [r["uuid"] for r in rows]


# -- weekly improvement huddles ------------------------------------------------------------------------
def huddle_fields(huddle: ImprovementHuddle) -> dict[str, Any]:
    return {
        "huddle_date": huddle.huddle_date.isoformat(),
        "attendees": to_json(
            [
                {"name": p.name, "role": p.role, **({"staff_id": p.staff_id} if p.staff_id else {})}
                for p in huddle.attendees
            ]
        ),
        "tested": to_json(
            [{"idea_id": t.idea_id, "cycle_id": t.cycle_id, "decision": t.decision} for t in huddle.tested]
        ),
        "celebrations": huddle.celebrations,
        "measures": to_json(
            [
                {"measure_id": m.measure_id, "name": m.name, "verdict": m.verdict, "words": m.words}
                for m in huddle.measures
            ]
        ),
        "notes": huddle.notes,
    }


def huddle_from_row(row: dict[str, Any]) -> ImprovementHuddle:
    return ImprovementHuddle(
        ward_id=row["ward_id"],
        huddle_date=date.fromisoformat(row["huddle_date"]),
        attendees=tuple(
            Person(str(p.get("name", "")), str(p.get("role", "")), p.get("staff_id"))
            for p in json.loads(row["attendees"])
        ),
        tested=tuple(
            TestedIdea(str(t.get("idea_id", "")), str(t.get("cycle_id", "")), str(t.get("decision", "")))
            for t in json.loads(row["tested"])
        ),
        celebrations=row["celebrations"],
        measures=tuple(
            MeasureReview(
                str(m.get("measure_id", "")), str(m.get("name", "")), str(m.get("verdict", "")), str(m.get("words", ""))
            )
            for m in json.loads(row["measures"])
        ),
        notes=row["notes"],
        envelope=envelope_from_row(row),
    )


class ImprovementHuddleRepository:
    def __init__(self, database: Database) -> None:
        self.table = RecordTable(database, "improvement_huddles", label="weekly improvement huddle")

    def add(self, huddle: ImprovementHuddle, ctx: WriteContext) -> ImprovementHuddle:
        try:
            envelope = self.table.insert(huddle_fields(huddle), ward_id=huddle.ward_id, ctx=ctx)
        except sqlite3.IntegrityError as error:
            if "UNIQUE" not in str(error):
                raise
            raise DuplicateRecord(
                f"This ward already has a weekly improvement huddle on {huddle.huddle_date:%d %b %Y}: "
                "someone else saved it first. Reload it to add your part."
            ) from None
        return self.get(envelope.uuid)

    def update(self, huddle: ImprovementHuddle, expected_rev: int, ctx: WriteContext) -> ImprovementHuddle:
        assert huddle.id is not None
        self.table.update(huddle.id, expected_rev, huddle_fields(huddle), ctx=ctx)
        return self.get(huddle.id)

    def tombstone(self, huddle_id: str, expected_rev: int, ctx: WriteContext) -> None:
        self.table.tombstone(huddle_id, expected_rev, ctx=ctx)

    def get(self, huddle_id: str) -> ImprovementHuddle:
        return huddle_from_row(self.table.require(huddle_id))

    def find(self, ward_id: str, day: date) -> ImprovementHuddle | None:
        rows = self.table.select("ward_id = ? AND huddle_date = ?", [ward_id, day.isoformat()])
        return huddle_from_row(rows[0]) if rows else None

    def for_ward(self, ward_id: str, limit: int | None = None) -> list[ImprovementHuddle]:
        rows = self.table.select("ward_id = ?", [ward_id], order_by="huddle_date DESC", limit=limit)
        return [huddle_from_row(r) for r in rows]

    def latest_before(self, ward_id: str, day: date) -> ImprovementHuddle | None:
        rows = self.table.select(
            "ward_id = ? AND huddle_date < ?", [ward_id, day.isoformat()], order_by="huddle_date DESC", limit=1
        )
        return huddle_from_row(rows[0]) if rows else None
