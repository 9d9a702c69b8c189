"""Envelope-aware reads and writes for ward-record tables.

Repositories use :class:`RecordTable` so every table gets the same rules: a new record gets a
UUID4, ``rev`` 1 and the device's id and epoch; an update must name the revision the screen
loaded and bumps it by one; a delete is a tombstone. None of these commit: the service that
called them owns the transaction.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from app.domain.envelope import ENVELOPE_FIELDS, Envelope, new_uuid
from app.errors import NotFound, StaleRecordError
from app.storage.database import Database
from app.storage.device import DeviceIdentity


@dataclass(frozen=True)
class WriteContext:
    """Who is writing and when: passed down from the service that owns the transaction."""

    device: DeviceIdentity
    now: str  # UTC ISO 8601


def envelope_from_row(row: Mapping[str, Any]) -> Envelope:
    return Envelope(
        uuid=row["uuid"],
        rev=int(row["rev"]),
        epoch=int(row["epoch"]),
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        origin_device_id=row["origin_device_id"],
        ward_id=row["ward_id"],
        deleted=bool(row["deleted"]),
    )


def to_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


class RecordTable:
    def __init__(self, database: Database, table: str, *, label: str) -> None:
        self.database = database
        self.table = table
        self.label = label  # "huddle sheet", "staff member": used in messages

    # -- reads -------------------------------------------------------------------------
    def get(self, uuid: str, *, include_deleted: bool = False) -> dict[str, Any] | None:
        sql = f"SELECT * FROM {self.table} WHERE uuid = ?"
        if not include_deleted:
            sql += " AND deleted = 0"
        rows = self.database.rows(sql, [uuid])
        return rows[0] if rows else None

    def require(self, uuid: str) -> dict[str, Any]:
        row = self.get(uuid)
        if row is None:
            if self.get(uuid, include_deleted=True) is None:  # never existed here: say so plainly
                raise NotFound(f"There is no {self.label} with the id '{uuid}'.")
            raise NotFound(f"That {self.label} no longer exists; it was deleted.")
        return row

    def select(
        self,
        where: str = "1",
        params: Sequence[Any] = (),
        *,
        order_by: str = "created_at",
        limit: int | None = None,
        include_deleted: bool = False,
    ) -> list[dict[str, Any]]:
        sql = f"SELECT * FROM {self.table} WHERE ({where})"
        if not include_deleted:
            sql += " AND deleted = 0"
        sql += f" ORDER BY {order_by}"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return self.database.rows(sql, params)

    # -- writes (inside the caller's transaction) ---------------------------------------
    def insert(
        self, fields: Mapping[str, Any], *, ward_id: str, ctx: WriteContext, uuid: str | None = None
    ) -> Envelope:
        record_uuid = uuid or new_uuid()
        envelope = Envelope(
            uuid=record_uuid,
            rev=1,
            epoch=ctx.device.epoch,
            created_at=ctx.now,
            updated_at=ctx.now,
            origin_device_id=ctx.device.device_id,
            ward_id=ward_id,
            deleted=False,
        )
        row = {name: getattr(envelope, name) for name in ENVELOPE_FIELDS}
        row["deleted"] = 0
        overlap = set(row) & set(fields)
        if overlap:
            raise ValueError(f"fields may not set envelope columns: {sorted(overlap)}")
        row.update(fields)
        columns = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        self.database.execute(f"INSERT INTO {self.table} ({columns}) VALUES ({marks})", list(row.values()))
        return envelope

    def update(self, uuid: str, expected_rev: int, fields: Mapping[str, Any], *, ctx: WriteContext) -> Envelope:
        """Write ``fields`` only if the record is still at ``expected_rev``; otherwise refuse."""
        assignments = ", ".join(f"{name} = ?" for name in fields)
        sql = (
            f"UPDATE {self.table} SET {assignments}{', ' if fields else ''}"
            "rev = rev + 1, epoch = ?, updated_at = ? WHERE uuid = ? AND rev = ? AND deleted = 0"
        )
        params = [*fields.values(), ctx.device.epoch, ctx.now, uuid, expected_rev]
        cursor = self.database.execute(sql, params)
        if cursor.rowcount != 1:
            self._explain_refusal(uuid, expected_rev)
        return envelope_from_row(self.require(uuid))

    def tombstone(self, uuid: str, expected_rev: int, *, ctx: WriteContext) -> Envelope:
        cursor = self.database.execute(
            f"UPDATE {self.table} SET deleted = 1, rev = rev + 1, epoch = ?, updated_at = ? "
            "WHERE uuid = ? AND rev = ? AND deleted = 0",
            [ctx.device.epoch, ctx.now, uuid, expected_rev],
        )
        if cursor.rowcount != 1:
            self._explain_refusal(uuid, expected_rev)
        row = self.get(uuid, include_deleted=True)
        assert row is not None
        return envelope_from_row(row)

    def _explain_refusal(self, uuid: str, expected_rev: int) -> None:
        row = self.get(uuid, include_deleted=True)
        if row is None:
            raise NotFound(f"That {self.label} no longer exists.")
        if row["deleted"]:
            raise StaleRecordError(
                f"Someone else deleted this {self.label} while you had it open. Nothing was overwritten."
            )
        raise StaleRecordError(
            f"Someone else changed this {self.label} (at {_local_time(row['updated_at'])}) while you had it "
            "open. Nothing was overwritten: reload to see their version, then make your change again."
        )


def _local_time(stamp: str) -> str:
    """``14:30`` in the PC's own time for a stored UTC time (messages never show UTC)."""
    from app.domain.uk_dates import parse_stamp

    moment = parse_stamp(stamp)
    return f"{moment.astimezone():%H:%M}" if moment is not None else stamp
