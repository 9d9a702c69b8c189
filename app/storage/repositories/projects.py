"""Improvement projects, PDSA cycles and culture pulse surveys: rows in, domain objects out."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from typing import Any

from app.domain.pdsa import PdsaCycle, Question
from app.domain.project import Aim, DriverNode, Project
from app.domain.pulse import PulseItem, PulseQuestion, PulseSurvey
from app.errors import DuplicateRecord
from app.storage.database import Database
from app.storage.record_table import RecordTable, WriteContext, envelope_from_row, to_json


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


# ----------------------------------------------------------------------------------------------
# projects


def _node_json(node: DriverNode) -> dict[str, Any]:
    return {"id": node.id, "text": node.text, "children": [_node_json(c) for c in node.children]}


def _node(data: dict[str, Any]) -> DriverNode:
    return DriverNode(str(data.get("text", "")), tuple(_node(c) for c in data.get("children", [])), str(data["id"]))


def project_fields(project: Project) -> dict[str, Any]:
    aim = project.aim
    return {
        "title": project.title,
        "team": to_json(list(project.team)),
        "sponsor": project.sponsor,
        "problem": project.problem,
        "aim_what": aim.what,
        "aim_baseline": aim.baseline,
        "aim_target": aim.target,
        "aim_unit": aim.unit,
        "aim_by": _iso(aim.by_when),
        "drivers": to_json([_node_json(n) for n in project.drivers]),
        "measure_ids": to_json(list(project.measure_ids)),
        "progress_score": project.progress_score,
        "status": project.status,
    }


def project_from_row(row: dict[str, Any]) -> Project:
    return Project(
        ward_id=row["ward_id"],
        title=row["title"],
        team=tuple(json.loads(row["team"])),
        sponsor=row["sponsor"],
        problem=row["problem"],
        aim=Aim(row["aim_what"], row["aim_baseline"], row["aim_target"], row["aim_unit"], _date(row["aim_by"])),
        drivers=tuple(_node(n) for n in json.loads(row["drivers"])),
        measure_ids=tuple(json.loads(row["measure_ids"])),
        progress_score=float(row["progress_score"]),
        status=row["status"],
        envelope=envelope_from_row(row),
    )


class ProjectRepository:
    def __init__(self, database: Database) -> None:
        self.table = RecordTable(database, "projects", label="project")

    def add(self, project: Project, ctx: WriteContext) -> Project:
        envelope = self.table.insert(project_fields(project), ward_id=project.ward_id, ctx=ctx)
        return self.get(envelope.uuid)

    def update(self, project: Project, expected_rev: int, ctx: WriteContext) -> Project:
        assert project.id is not None
        self.table.update(project.id, expected_rev, project_fields(project), ctx=ctx)
        return self.get(project.id)

    def tombstone(self, project_id: str, expected_rev: int, ctx: WriteContext) -> None:
        self.table.tombstone(project_id, expected_rev, ctx=ctx)

    def get(self, project_id: str) -> Project:
        return project_from_row(self.table.require(project_id))

    def find(self, project_id: str) -> Project | None:
        row = self.table.get(project_id)
        return project_from_row(row) if row else None

    def for_ward(self, ward_id: str) -> list[Project]:
        rows = self.table.select("ward_id = ?", [ward_id], order_by="status = 'Active' DESC, title COLLATE NOCASE")
        return [project_from_row(r) for r in rows]


# ----------------------------------------------------------------------------------------------
# PDSA cycles

_CYCLE_TEXT = (
    "change_idea_id",
    "title",
    "purpose",
    "objective",
    "change_tested",
    "who",
    "place",
    "scale_unit",
    "data_plan",
    "observations",
    "improved",
    "improved_detail",
    "act",
    "next_plan",
    "previous_cycle_id",
)


def cycle_fields(cycle: PdsaCycle) -> dict[str, Any]:
    out: dict[str, Any] = {name: getattr(cycle, name) for name in _CYCLE_TEXT}
    out.update(
        project_id=cycle.project_id,
        cycle_number=cycle.cycle_number,
        start_date=_iso(cycle.start_date),
        end_date=_iso(cycle.end_date),
        scale_number=cycle.scale_number,
        measure_ids=to_json(list(cycle.measure_ids)),
        questions=to_json(
            [
                {
                    "id": q.id,
                    "question": q.question,
                    "prediction": q.prediction,
                    "result": q.result,
                    "learning": q.learning,
                }
                for q in cycle.questions
            ]
        ),
    )
    return out


def cycle_from_row(row: dict[str, Any]) -> PdsaCycle:
    return PdsaCycle(
        ward_id=row["ward_id"],
        project_id=row["project_id"],
        cycle_number=int(row["cycle_number"]),
        start_date=_date(row["start_date"]),
        end_date=_date(row["end_date"]),
        scale_number=row["scale_number"],
        measure_ids=tuple(json.loads(row["measure_ids"])),
        questions=tuple(
            Question(
                q.get("question", ""), q.get("prediction", ""), q.get("result", ""), q.get("learning", ""), q["id"]
            )
            for q in json.loads(row["questions"])
        ),
        envelope=envelope_from_row(row),
        **{name: row[name] for name in _CYCLE_TEXT},
    )


class CycleRepository:
    def __init__(self, database: Database) -> None:
        self.database = database
        self.table = RecordTable(database, "pdsa_cycles", label="PDSA cycle")

    def add(self, cycle: PdsaCycle, ctx: WriteContext) -> PdsaCycle:
        envelope = self.table.insert(cycle_fields(cycle), ward_id=cycle.ward_id, ctx=ctx)
        return self.get(envelope.uuid)

    def update(self, cycle: PdsaCycle, expected_rev: int, ctx: WriteContext) -> PdsaCycle:
        assert cycle.id is not None
        self.table.update(cycle.id, expected_rev, cycle_fields(cycle), ctx=ctx)
        return self.get(cycle.id)

    def tombstone(self, cycle_id: str, expected_rev: int, ctx: WriteContext) -> None:
        self.table.tombstone(cycle_id, expected_rev, ctx=ctx)

    def get(self, cycle_id: str) -> PdsaCycle:
        return cycle_from_row(self.table.require(cycle_id))

    def find(self, cycle_id: str) -> PdsaCycle | None:
        row = self.table.get(cycle_id)
        return cycle_from_row(row) if row else None

    def for_project(self, project_id: str) -> list[PdsaCycle]:
        rows = self.table.select("project_id = ?", [project_id], order_by="change_idea_id, cycle_number, start_date")
        return [cycle_from_row(r) for r in rows]

    def for_measure(self, ward_id: str, measure_id: str) -> list[PdsaCycle]:
        """Cycles of the ward that collect data on ``measure_id`` (json_each keeps it in SQL)."""
        rows = self.database.rows(
            "SELECT c.* FROM pdsa_cycles c WHERE c.ward_id = ? AND c.deleted = 0 AND EXISTS "
            "(SELECT 1 FROM json_each(c.measure_ids) m WHERE m.value = ?) "
            "AND EXISTS (SELECT 1 FROM projects p WHERE p.uuid = c.project_id AND p.deleted = 0) "
            "ORDER BY c.start_date, c.cycle_number",
            [ward_id, measure_id],
        )
        return [cycle_from_row(r) for r in rows]

    def max_number(self, project_id: str, change_idea_id: str) -> int:
        row = self.database.conn.execute(
            "SELECT coalesce(max(cycle_number), 0) FROM pdsa_cycles WHERE project_id = ? AND change_idea_id = ? "
            "AND deleted = 0",
            [project_id, change_idea_id],
        ).fetchone()
        return int(row[0])


# ----------------------------------------------------------------------------------------------
# culture pulse


def _item_json(item: PulseItem) -> dict[str, Any]:
    q = item.question
    return {
        "text": q.text,
        "year": q.year,
        "number": q.number,
        "dimension": q.dimension,
        "scale": q.scale,
        "counts": list(item.counts),
    }


def _item(data: dict[str, Any]) -> PulseItem:
    question = PulseQuestion(
        data["text"], data.get("dimension", ""), data["scale"], int(data["year"]), int(data.get("number", 0))
    )
    return PulseItem(question, tuple(int(n) for n in data["counts"]))


def survey_from_row(row: dict[str, Any]) -> PulseSurvey:
    return PulseSurvey(
        ward_id=row["ward_id"],
        quarter_start=date.fromisoformat(row["quarter_start"]),
        items=tuple(_item(i) for i in json.loads(row["items"])),
        note=row["note"],
        envelope=envelope_from_row(row),
    )


class PulseRepository:
    def __init__(self, database: Database) -> None:
        self.table = RecordTable(database, "pulse_surveys", label="culture pulse")

    @staticmethod
    def _fields(survey: PulseSurvey) -> dict[str, Any]:
        return {
            "quarter_start": survey.quarter_start.isoformat(),
            "items": to_json([_item_json(i) for i in survey.items]),
            "note": survey.note,
        }

    def add(self, survey: PulseSurvey, ctx: WriteContext) -> PulseSurvey:
        try:
            envelope = self.table.insert(self._fields(survey), ward_id=survey.ward_id, ctx=ctx)
        except sqlite3.IntegrityError as error:
            if "UNIQUE" not in str(error):
                raise
            raise DuplicateRecord("This ward already has a pulse for that quarter.") from None
        return self.get(envelope.uuid)

    def update(self, survey: PulseSurvey, expected_rev: int, ctx: WriteContext) -> PulseSurvey:
        assert survey.id is not None
        self.table.update(survey.id, expected_rev, self._fields(survey), ctx=ctx)
        return self.get(survey.id)

    def tombstone(self, survey_id: str, expected_rev: int, ctx: WriteContext) -> None:
        self.table.tombstone(survey_id, expected_rev, ctx=ctx)

    def get(self, survey_id: str) -> PulseSurvey:
        return survey_from_row(self.table.require(survey_id))

    def find(self, ward_id: str, quarter: date) -> PulseSurvey | None:
        rows = self.table.select("ward_id = ? AND quarter_start = ?", [ward_id, quarter.isoformat()])
        return survey_from_row(rows[0]) if rows else None

    def for_ward(self, ward_id: str) -> list[PulseSurvey]:
        return [survey_from_row(r) for r in self.table.select("ward_id = ?", [ward_id], order_by="quarter_start")]
