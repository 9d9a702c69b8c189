"""Generic rows for the weekly export and import (data-safety-and-exchange.md §3).

The export reads every row of each registered ward-record table (tombstones included) and the
import writes merged rows back, whatever the table: columns are read from the schema, so a
feature that adds a table or a column needs no change here. Also the small exchange tables of
schema step 5: this device's export counter, the export history, acknowledged identifier
warnings, the import ledger, devices mapped to wards, pending files, the merge state of each
imported record, conflicts, quarantined records and records of types this version has no table
for. Nothing here commits: the service that calls it owns the transaction.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from app.domain.envelope import ENVELOPE_FIELDS
from app.errors import DuplicateRecord, StorageError
from app.storage.database import Database

IN_CHUNK = 900  # stay under SQLite's bound-parameter limit on old builds


@dataclass(frozen=True)
class Column:
    name: str
    declared_type: str
    not_null: bool
    default_sql: str | None  # the DEFAULT expression as written in the schema, or None

    @property
    def required(self) -> bool:
        """A value must be given: NOT NULL and no default."""
        return self.not_null and self.default_sql is None


def ward_filter_sql(ward_ids: Sequence[str] | None, column: str = "ward_id") -> tuple[str, list[str]]:
    """SQL condition and parameters for "these wards" (None = every ward), for any repository.

    ``ward_filter_sql(["a", "b"])`` gives ``("ward_id IN (?, ?)", ["a", "b"])``; an empty list
    matches nothing; None gives ``("1", [])``.
    """
    if ward_ids is None:
        return "1", []
    ids = list(ward_ids)
    if not ids:
        return "0", []
    return f"{column} IN ({', '.join('?' for _ in ids)})", ids


def _chunks(items: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), IN_CHUNK):
        yield items[start : start + IN_CHUNK]


class ExchangeRepository:
    """Generic table access and the exchange tables. One per Database (column info is cached)."""

    def __init__(self, database: Database) -> None:
        self.database = database
        self._columns: dict[str, tuple[Column, ...]] = {}
        self._write_sql: dict[tuple[str, tuple[str, ...], bool], str] = {}

    # -- reading consistently ------------------------------------------------------------------
    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """A read transaction: every read inside sees the same committed state (WAL snapshot)."""
        conn = self.database.conn
        if conn.in_transaction:
            yield
            return
        conn.execute("BEGIN")
        try:
            yield
        except BaseException:
            if conn.in_transaction:
                try:
                    conn.execute("ROLLBACK")
                except sqlite3.DatabaseError:
                    pass  # a damaged file: the error already on its way says so
            raise
        else:
            if conn.in_transaction:
                conn.execute("COMMIT")

    # -- generic tables ------------------------------------------------------------------------
    def table_exists(self, table: str) -> bool:
        row = self.database.conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [table]
        ).fetchone()
        return row is not None

    def envelope_tables(self) -> list[str]:
        """Every table that carries the sync envelope (used to check the export registry)."""
        names = [
            r[0]
            for r in self.database.conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        return [n for n in names if set(ENVELOPE_FIELDS) <= {c.name for c in self.columns(n)}]

    def columns(self, table: str) -> tuple[Column, ...]:
        cached = self._columns.get(table)
        if cached is None:
            rows = self.database.conn.execute(f"PRAGMA table_info({_quote(table)})").fetchall()
            if not rows:
                raise StorageError(f"The data file has no table called {table}.")
            cached = tuple(Column(r[1], (r[2] or "").upper(), bool(r[3]), r[4]) for r in rows)
            self._columns[table] = cached
        return cached

    def content_columns(self, table: str) -> tuple[Column, ...]:
        return tuple(c for c in self.columns(table) if c.name not in ENVELOPE_FIELDS)

    def rows_for_ward(self, table: str, ward_id: str, *, created_until: str | None = None) -> list[dict[str, Any]]:
        """Every row of one ward, tombstones included, ordered by uuid."""
        sql = f"SELECT * FROM {_quote(table)} WHERE ward_id = ?"
        params: list[Any] = [ward_id]
        if created_until is not None:
            sql += " AND created_at <= ?"
            params.append(created_until)
        return self.database.rows(sql + " ORDER BY uuid", params)

    def row(self, table: str, uuid: str) -> dict[str, Any] | None:
        rows = self.database.rows(f"SELECT * FROM {_quote(table)} WHERE uuid = ?", [uuid])
        return rows[0] if rows else None

    def rows_by_uuid(self, table: str, uuids: Sequence[str]) -> dict[str, dict[str, Any]]:
        found: dict[str, dict[str, Any]] = {}
        for chunk in _chunks(list(uuids)):
            marks = ", ".join("?" for _ in chunk)
            for row in self.database.rows(f"SELECT * FROM {_quote(table)} WHERE uuid IN ({marks})", chunk):
                found[row["uuid"]] = row
        return found

    def write_row(self, table: str, values: Mapping[str, Any], *, exists: bool) -> None:
        """Insert or overwrite one merged row. Content columns not in ``values`` get their default
        (NULL if they have none). A UNIQUE, CHECK or foreign-key failure raises DuplicateRecord
        with the reason, and leaves the row as it was."""
        names = tuple(values)
        key = (table, names, exists)
        sql = self._write_sql.get(key)
        if sql is None:
            sql = self._build_write_sql(table, names, exists)
            self._write_sql[key] = sql
        params = [values[n] for n in names if n != "uuid"] + [values["uuid"]] if exists else list(values.values())
        try:
            self.database.execute(sql, params)
        except sqlite3.IntegrityError as error:
            raise DuplicateRecord(_integrity_reason(str(error))) from None

    def _build_write_sql(self, table: str, names: tuple[str, ...], exists: bool) -> str:
        known = {c.name: c for c in self.columns(table)}
        unknown = [n for n in names if n not in known]
        if unknown:
            raise StorageError(f"{table} has no column {unknown[0]}.")
        if not exists:
            return (
                f"INSERT INTO {_quote(table)} ({', '.join(_quote(n) for n in names)}) "
                f"VALUES ({', '.join('?' for _ in names)})"
            )
        sets = [f"{_quote(n)} = ?" for n in names if n != "uuid"]
        for column in known.values():
            if column.name not in names and column.name not in ENVELOPE_FIELDS:
                sets.append(
                    f"{_quote(column.name)} = {column.default_sql if column.default_sql is not None else 'NULL'}"
                )
        return f"UPDATE {_quote(table)} SET {', '.join(sets)} WHERE uuid = ?"

    def hide_row(self, table: str, uuid: str, *, epoch: int, rev: int, updated_at: str) -> None:
        """A tombstone reached this row: mark it deleted at the tombstone's revision."""
        self.database.execute(
            f"UPDATE {_quote(table)} SET deleted = 1, epoch = ?, rev = ?, updated_at = ? WHERE uuid = ?",
            [epoch, rev, updated_at, uuid],
        )

    # -- merge state of imported records ----------------------------------------------------------
    def _by_uuid(self, table: str, record_type: str, uuids: Sequence[str]) -> dict[str, dict[str, Any]]:
        found: dict[str, dict[str, Any]] = {}
        for chunk in _chunks(list(uuids)):
            marks = ", ".join("?" for _ in chunk)
            for row in self.database.rows(
                f"SELECT * FROM {table} WHERE record_type = ? AND uuid IN ({marks})", [record_type, *chunk]
            ):
                found[row["uuid"]] = row
        return found

    def _upsert(self, table: str, row: Mapping[str, Any]) -> None:
        names = list(row)
        updates = ", ".join(f"{n} = excluded.{n}" for n in names if n not in ("record_type", "uuid"))
        self.database.execute(
            f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)}) "
            f"ON CONFLICT (record_type, uuid) DO UPDATE SET {updates}",
            list(row.values()),
        )

    def merge_state(self, record_type: str, uuids: Sequence[str]) -> dict[str, dict[str, Any]]:
        return self._by_uuid("exchange_records", record_type, uuids)

    def merge_state_for_ward(self, ward_id: str) -> list[dict[str, Any]]:
        return self.database.rows(
            "SELECT * FROM exchange_records WHERE ward_id = ? ORDER BY record_type, uuid", [ward_id]
        )

    def put_merge_state(self, state: Mapping[str, Any]) -> None:
        self._upsert("exchange_records", state)

    # -- conflicts -------------------------------------------------------------------------------
    def add_conflict(self, version: Mapping[str, Any]) -> bool:
        names = list(version)
        cursor = self.database.execute(
            f"INSERT OR IGNORE INTO exchange_conflicts ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})",
            list(version.values()),
        )
        return cursor.rowcount == 1

    def drop_conflicts(self, record_type: str, uuid: str, *, below: tuple[int, int] | None = None) -> None:
        """Forget conflicting versions a newer revision (or a deletion, ``below=None``) resolved."""
        if below is None:
            self.database.execute(
                "DELETE FROM exchange_conflicts WHERE record_type = ? AND uuid = ?", [record_type, uuid]
            )
        else:
            self.database.execute(
                "DELETE FROM exchange_conflicts WHERE record_type = ? AND uuid = ? AND (epoch < ? OR (epoch = ? AND rev < ?))",
                [record_type, uuid, below[0], below[0], below[1]],
            )

    def conflicts(self, ward_ids: Sequence[str] | None = None) -> list[dict[str, Any]]:
        where, params = ward_filter_sql(ward_ids)
        return self.database.rows(
            f"SELECT * FROM exchange_conflicts WHERE {where} ORDER BY ward_id, record_type, uuid, content_sha256",
            params,
        )

    # -- records of types this version has no table for -------------------------------------------
    def other_records(self, record_type: str, uuids: Sequence[str]) -> dict[str, dict[str, Any]]:
        return self._by_uuid("exchange_other_records", record_type, uuids)

    def other_records_for_ward(self, ward_id: str) -> list[dict[str, Any]]:
        return self.database.rows(
            "SELECT * FROM exchange_other_records WHERE ward_id = ? ORDER BY record_type, uuid", [ward_id]
        )

    def put_other_record(self, row: Mapping[str, Any]) -> None:
        self._upsert("exchange_other_records", row)

    # -- quarantine --------------------------------------------------------------------------------
    def quarantine_record(self, row: Mapping[str, Any]) -> None:
        names = list(row)
        self.database.execute(
            f"INSERT INTO exchange_quarantine ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})",
            list(row.values()),
        )

    def quarantined(self, limit: int = 500) -> list[dict[str, Any]]:
        return self.database.rows("SELECT * FROM exchange_quarantine ORDER BY id DESC LIMIT ?", [limit])

    # -- import ledger, devices, pending files ------------------------------------------------------
    def ledger_entry(self, file_sha256: str) -> dict[str, Any] | None:
        rows = self.database.rows("SELECT * FROM exchange_imports WHERE file_sha256 = ?", [file_sha256])
        return rows[0] if rows else None

    def add_ledger_entry(self, entry: Mapping[str, Any]) -> None:
        names = list(entry)
        self.database.execute(
            f"INSERT INTO exchange_imports ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})",
            list(entry.values()),
        )

    def ledger(self, ward_ids: Sequence[str] | None = None) -> list[dict[str, Any]]:
        where, params = ward_filter_sql(ward_ids)
        return self.database.rows(
            f"SELECT * FROM exchange_imports WHERE {where} ORDER BY device_id, export_seq, exported_at", params
        )

    def device_ward(self, device_id: str, home_ward_id: str) -> str | None:
        """The ward this device's files for ``home_ward_id`` were mapped to, or None (not mapped)."""
        row = self.database.conn.execute(
            "SELECT ward_id FROM exchange_devices WHERE device_id = ? AND home_ward_id = ?", [device_id, home_ward_id]
        ).fetchone()
        return None if row is None else str(row[0])

    def devices(self) -> list[dict[str, Any]]:
        return self.database.rows("SELECT * FROM exchange_devices ORDER BY mapped_at")

    def map_device(self, device_id: str, home_ward_id: str, ward_id: str, *, now: str, by: str) -> None:
        self.database.execute(
            "INSERT INTO exchange_devices (device_id, home_ward_id, ward_id, mapped_at, mapped_by) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (device_id, home_ward_id) DO UPDATE SET ward_id = excluded.ward_id, "
            "mapped_at = excluded.mapped_at, mapped_by = excluded.mapped_by",
            [device_id, home_ward_id, ward_id, now, by],
        )

    def pending(self) -> list[dict[str, Any]]:
        return self.database.rows("SELECT * FROM exchange_pending ORDER BY device_id, export_seq, received_at")

    def pending_entry(self, file_sha256: str) -> dict[str, Any] | None:
        rows = self.database.rows("SELECT * FROM exchange_pending WHERE file_sha256 = ?", [file_sha256])
        return rows[0] if rows else None

    def add_pending(self, entry: Mapping[str, Any]) -> None:
        names = list(entry)
        self.database.execute(
            f"INSERT OR IGNORE INTO exchange_pending ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})",
            list(entry.values()),
        )

    def remove_pending(self, file_sha256: str) -> None:
        self.database.execute("DELETE FROM exchange_pending WHERE file_sha256 = ?", [file_sha256])

    # -- ward side: export counter, history, acknowledgements ---------------------------------------
    def device_state(self, device_id: str) -> tuple[int, str | None, str | None]:
        """(last export_seq, SHA-256 of the last file, when it was made) for this device."""
        row = self.database.conn.execute(
            "SELECT export_seq, previous_export_sha256, last_exported_at FROM exchange_device_state WHERE device_id = ?",
            [device_id],
        ).fetchone()
        return (0, None, None) if row is None else (int(row[0]), row[1], row[2])

    def record_export(self, *, device_id: str, entry: Mapping[str, Any]) -> None:
        self.database.execute(
            "INSERT INTO exchange_device_state (device_id, export_seq, previous_export_sha256, last_exported_at) "
            "VALUES (?, ?, ?, ?) ON CONFLICT (device_id) DO UPDATE SET export_seq = excluded.export_seq, "
            "previous_export_sha256 = excluded.previous_export_sha256, last_exported_at = excluded.last_exported_at",
            [device_id, entry["export_seq"], entry["file_sha256"], entry["exported_at"]],
        )
        names = list(entry)
        self.database.execute(
            f"INSERT INTO exchange_exports ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})",
            list(entry.values()),
        )

    def exports(self, ward_id: str | None = None, limit: int = 50) -> list[dict[str, Any]]:
        where, params = ("ward_id = ?", [ward_id]) if ward_id else ("1", [])
        return self.database.rows(
            f"SELECT * FROM exchange_exports WHERE {where} ORDER BY exported_at DESC, id DESC LIMIT ?", [*params, limit]
        )

    def acknowledged(self, keys: Iterable[tuple[str, str, str, str, str]]) -> set[tuple[str, str, str, str, str]]:
        wanted = set(keys)
        if not wanted:
            return set()
        uuids = sorted({k[1] for k in wanted})
        found: set[tuple[str, str, str, str, str]] = set()
        for chunk in _chunks(uuids):
            marks = ", ".join("?" for _ in chunk)
            for row in self.database.conn.execute(
                f"SELECT record_type, uuid, field, kind, text_sha256 FROM exchange_pii_acks WHERE uuid IN ({marks})",
                chunk,
            ):
                found.add(tuple(row))  # type: ignore[arg-type]
        return found & wanted

    def acknowledge(self, key: tuple[str, str, str, str, str], *, now: str, by: str) -> None:
        self.database.execute(
            "INSERT OR IGNORE INTO exchange_pii_acks (record_type, uuid, field, kind, text_sha256, acknowledged_at, os_user) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [*key, now, by],
        )

    # -- a content hash of the merged data (tests, checks) ---------------------------------------------
    def content_hash(self, tables: Iterable[str]) -> str:
        """SHA-256 over every row of ``tables`` (ordered by uuid) plus the merge state, conflicts
        and records of unknown types: equal hashes mean equal merged content."""
        digest = hashlib.sha256()
        queries = [f"SELECT * FROM {_quote(t)} ORDER BY uuid" for t in tables]
        queries += [
            "SELECT * FROM exchange_records ORDER BY record_type, uuid",
            "SELECT record_type, uuid, epoch, rev, content_sha256, ward_id, origin_device_id, updated_at, fields, extra "
            "FROM exchange_conflicts ORDER BY record_type, uuid, epoch, rev, content_sha256",
            "SELECT * FROM exchange_other_records ORDER BY record_type, uuid",
        ]
        for sql in queries:
            digest.update(sql.encode())
            for row in self.database.conn.execute(sql):
                digest.update(json.dumps(row, default=repr).encode("utf-8"))
        return digest.hexdigest()


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _integrity_reason(message: str) -> str:
    lowered = message.lower()
    if "unique" in lowered:
        return (
            "it clashes with another record that must be unique (for example a second sheet for the same day and slot)"
        )
    if "foreign key" in lowered:
        return "it refers to a record (such as its ward) that is not in this data"
    if "check" in lowered:
        return "one of its values is not allowed by this version of the app"
    if "not null" in lowered:
        return "a required value is missing"
    return "the data file refused it"
