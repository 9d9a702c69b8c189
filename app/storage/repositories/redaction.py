"""Removing text for real (data-safety-and-exchange.md §1.8, R34).

Changing a field is not enough: the old bytes can survive in the WAL, in the full-text index's
segments, in free space inside pages and in backups. So a redaction is: the envelope update of
the field (``rev`` + 1), then ``purge_traces`` (``secure_delete`` on, ``optimize`` on every FTS
table, ``wal_checkpoint(TRUNCATE)``), then a fresh verified backup, and ``scrub_backup_file`` for
older backups that still hold the text.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from app.domain.envelope import ENVELOPE_FIELDS
from app.errors import NotFound, ValidationError
from app.storage.backup import PARTIAL_SUFFIX, _fsync_dir, _fsync_file, verify_backup_file
from app.storage.database import Database
from app.storage.record_table import RecordTable, WriteContext

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())  # the CLI prints its own one line; the GUI's log file still gets these

_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


@dataclass(frozen=True)
class RedactedField:
    table: str
    uuid: str
    field: str
    occurrences: int
    rev: int


@dataclass
class PurgeResult:
    fts_tables: list[str] = field(default_factory=list)
    wal_cleared: bool = False


def _text_columns(conn: sqlite3.Connection, table: str) -> set[str]:
    if not _IDENTIFIER.match(table):
        return set()
    exists = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [table]).fetchone()
    if not exists:
        return set()
    return {
        str(r[1])
        for r in conn.execute(f'PRAGMA table_info("{table}")')
        if "TEXT" in str(r[2]).upper() or str(r[2]) == ""
    }


def redact_field(
    database: Database, table: str, uuid: str, field_name: str, old: str, replacement: str, ctx: WriteContext
) -> RedactedField:
    """Replace every ``old`` in one text field of one ward record, as an envelope update (the
    record's ``rev`` goes up, so the next export carries the redacted version). Inside the
    caller's transaction."""
    columns = _text_columns(database.conn, table)
    if not columns or "uuid" not in columns or "rev" not in _all_columns(database.conn, table):
        raise ValidationError(f"'{table}' is not a table of ward records.")
    if field_name not in columns or field_name in ENVELOPE_FIELDS or not _IDENTIFIER.match(field_name):
        raise ValidationError(f"'{field_name}' is not a text field of '{table}'.")
    records = RecordTable(database, table, label="record")
    row = records.get(uuid, include_deleted=True)
    if row is None:
        raise NotFound("That record no longer exists.")
    value = row[field_name] or ""
    occurrences = value.count(old)
    if occurrences == 0:
        raise ValidationError("The text to remove is not in that record any more.")
    new_value = value.replace(old, replacement)
    cursor = database.execute(
        f'UPDATE "{table}" SET "{field_name}" = ?, rev = rev + 1, epoch = ?, updated_at = ? WHERE uuid = ? AND rev = ?',
        [new_value, ctx.device.epoch, ctx.now, uuid, row["rev"]],
    )
    if cursor.rowcount != 1:
        records._explain_refusal(uuid, int(row["rev"]))
    return RedactedField(table, uuid, field_name, occurrences, int(row["rev"]) + 1)


def _all_columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {str(r[1]) for r in conn.execute(f'PRAGMA table_info("{table}")')}


def fts_tables(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'"
    ).fetchall()
    return sorted(str(name) for name, sql in rows if re.search(r"USING\s+fts[345]", str(sql or ""), re.IGNORECASE))


def _optimise_fts(conn: sqlite3.Connection) -> list[str]:
    done = []
    for table in fts_tables(conn):
        conn.execute(f'INSERT INTO "{table}"("{table}") VALUES (\'optimize\')')
        done.append(table)
    return done


def purge_traces(database: Database) -> PurgeResult:
    """After the redaction's transaction has committed (never inside one)."""
    result = PurgeResult()
    conn = database.conn
    conn.execute("PRAGMA secure_delete = ON")
    with database.write():
        result.fts_tables = _optimise_fts(conn)
    busy, _log, _done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    wal = Path(str(database.path) + "-wal")
    result.wal_cleared = busy == 0 and (not wal.exists() or wal.stat().st_size == 0)
    return result


def file_contains(path: Path, needles: list[str]) -> bool:
    """Does the file hold any of ``needles`` (as UTF-8, the database encoding)?"""
    try:
        data = Path(path).read_bytes()
    except OSError:
        return False
    return any(n and n.encode("utf-8") in data for n in needles)


@dataclass(frozen=True)
class ScrubTarget:
    table: str
    uuid: str
    field: str
    old: str


def scrub_backup_file(path: Path, targets: list[ScrubTarget], replacement: str) -> None:
    """Rewrite an older backup without the redacted text: the same replacement in the same
    fields, FTS optimised, then ``VACUUM INTO`` a fresh file, checked and renamed over the old
    one (same name, so it keeps its place in the rotation). Records keep the revision they had."""
    path = Path(path)
    work = path.with_name(path.name + ".scrub")
    out = path.with_name(path.name + PARTIAL_SUFFIX)
    for leftover in (work, out, Path(str(work) + "-journal")):
        leftover.unlink(missing_ok=True)
    shutil.copyfile(path, work)
    try:
        conn = sqlite3.connect(str(work), isolation_level=None)
        try:
            conn.execute("PRAGMA journal_mode = DELETE")
            conn.execute("PRAGMA secure_delete = ON")
            conn.execute("BEGIN IMMEDIATE")
            for target in targets:
                if target.field in _text_columns(conn, target.table) and _IDENTIFIER.match(target.field):
                    conn.execute(
                        f'UPDATE "{target.table}" SET "{target.field}" = replace("{target.field}", ?, ?) WHERE uuid = ?',
                        [target.old, replacement, target.uuid],
                    )
            _optimise_fts(conn)
            conn.execute("COMMIT")
            conn.execute("VACUUM INTO ?", [str(out)])
        finally:
            conn.close()
        if not verify_backup_file(out):
            raise sqlite3.DatabaseError("the rewritten backup failed its check")
        _fsync_file(out)
        os.replace(out, path)
        _fsync_dir(path.parent)
    finally:
        for leftover in (work, out, Path(str(work) + "-journal")):
            leftover.unlink(missing_ok=True)
