"""Measures and their data points: rows in, domain objects out. Never commits."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from typing import Any

from app.domain.measure import DataPoint, Measure, MeasureDetails, RebasePoint
from app.errors import DuplicateRecord
from app.storage.database import Database
from app.storage.record_table import RecordTable, WriteContext, envelope_from_row, to_json


def measure_fields(details: MeasureDetails) -> dict[str, Any]:
    return {
        "name": details.name,
        "measure_type": details.measure_type,
        "definition": details.definition,
        "data_kind": details.data_kind,
        "frequency": details.frequency,
        "improvement": details.improvement,
        "target": details.target,
        "chart_type": details.chart_type,
        "baseline": details.baseline,
        "rebase": to_json([{"period": r.period.isoformat(), "reason": r.reason} for r in details.rebase]),
        "unit": details.unit,
        "rate_per": details.rate_per,
        "data_source": details.data_source,
        "screen_outliers": int(details.screen_outliers),
    }


def measure_from_row(row: dict[str, Any]) -> Measure:
    details = MeasureDetails(
        name=row["name"],
        measure_type=row["measure_type"],
        definition=row["definition"],
        data_kind=row["data_kind"],
        frequency=row["frequency"],
        improvement=row["improvement"],
        target=row["target"],
        chart_type=row["chart_type"],
        baseline=row["baseline"],
        rebase=tuple(RebasePoint(date.fromisoformat(r["period"]), r["reason"]) for r in json.loads(row["rebase"])),
        unit=row["unit"],
        rate_per=int(row["rate_per"]),
        data_source=row["data_source"],
        screen_outliers=bool(row["screen_outliers"]),
    )
    return Measure(details, envelope_from_row(row), ward_id=row["ward_id"])


class MeasureRepository:
    def __init__(self, database: Database) -> None:
        self.table = RecordTable(database, "measures", label="measure")

    def add(self, ward_id: str, details: MeasureDetails, ctx: WriteContext) -> Measure:
        envelope = self.table.insert(measure_fields(details), ward_id=ward_id, ctx=ctx)
        return self.get(envelope.uuid)

    def update(self, measure_id: str, expected_rev: int, details: MeasureDetails, ctx: WriteContext) -> Measure:
        self.table.update(measure_id, expected_rev, measure_fields(details), ctx=ctx)
        return self.get(measure_id)

    def tombstone(self, measure_id: str, expected_rev: int, ctx: WriteContext) -> None:
        self.table.tombstone(measure_id, expected_rev, ctx=ctx)

    def get(self, measure_id: str) -> Measure:
        return measure_from_row(self.table.require(measure_id))

    def find(self, measure_id: str) -> Measure | None:
        row = self.table.get(measure_id)
        return None if row is None else measure_from_row(row)

    def for_ward(self, ward_id: str) -> list[Measure]:
        rows = self.table.select("ward_id = ?", [ward_id], order_by="name COLLATE NOCASE, created_at")
        return [measure_from_row(r) for r in rows]


def point_fields(point: DataPoint) -> dict[str, Any]:
    return {
        "period": point.period.isoformat(),
        "value": point.value,
        "numerator": point.numerator,
        "denominator": point.denominator,
        "note": point.note,
        "excluded": int(point.excluded),
        "exclude_reason": point.exclude_reason,
    }


def point_from_row(row: dict[str, Any]) -> DataPoint:
    return DataPoint(
        measure_id=row["measure_id"],
        period=date.fromisoformat(row["period"]),
        value=row["value"],
        numerator=row["numerator"],
        denominator=row["denominator"],
        note=row["note"],
        excluded=bool(row["excluded"]),
        exclude_reason=row["exclude_reason"],
        envelope=envelope_from_row(row),
    )


class DataPointRepository:
    def __init__(self, database: Database) -> None:
        self.table = RecordTable(database, "data_points", label="data point")

    def add(self, ward_id: str, point: DataPoint, ctx: WriteContext) -> DataPoint:
        fields = point_fields(point)
        fields["measure_id"] = point.measure_id
        try:
            envelope = self.table.insert(fields, ward_id=ward_id, ctx=ctx)
        except sqlite3.IntegrityError as error:
            if "UNIQUE" not in str(error):
                raise
            raise DuplicateRecord("There is already a value for this period.") from None
        return self.get(envelope.uuid)

    def update(self, point_id: str, expected_rev: int, point: DataPoint, ctx: WriteContext) -> DataPoint:
        self.table.update(point_id, expected_rev, point_fields(point), ctx=ctx)
        return self.get(point_id)

    def tombstone(self, point_id: str, expected_rev: int, ctx: WriteContext) -> None:
        self.table.tombstone(point_id, expected_rev, ctx=ctx)

    def get(self, point_id: str) -> DataPoint:
        return point_from_row(self.table.require(point_id))

    def find(self, measure_id: str, period: date) -> DataPoint | None:
        rows = self.table.select("measure_id = ? AND period = ?", [measure_id, period.isoformat()])
        return point_from_row(rows[0]) if rows else None

    def for_measure(self, measure_id: str) -> list[DataPoint]:
        rows = self.table.select("measure_id = ?", [measure_id], order_by="period")
        return [point_from_row(r) for r in rows]

    def count_for_measure(self, measure_id: str) -> int:
        row = self.table.database.conn.execute(
            "SELECT count(*) FROM data_points WHERE measure_id = ? AND deleted = 0", [measure_id]
        ).fetchone()
        return int(row[0])


def source_fingerprint(database: Database, ward_id: str) -> tuple:
    """A cheap summary that changes whenever anything the derived measures read changes (a sheet,
    a safety cross day or an action saved, edited or tombstoned, or the ward's focus harms): so
    derived series can be reused until then, and still always match the sheets."""
    parts: list[object] = []
    for table in ("huddle_sheets", "safety_cross_days", "actions", "wards"):
        key = "uuid" if table == "wards" else "ward_id"
        try:
            row = database.conn.execute(
                f"SELECT count(*), coalesce(sum(rev), 0), coalesce(sum(epoch), 0), coalesce(max(updated_at), ''), "
                f"coalesce(sum(deleted), 0) FROM {table} WHERE {key} = ?",
                [ward_id],
            ).fetchone()
        except sqlite3.OperationalError:  # a table of a feature this build does not have
            row = None
        parts.append(tuple(row) if row else None)
    return tuple(parts)
