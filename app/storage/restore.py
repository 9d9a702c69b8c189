"""Restoring a backup into the live data file: what a backup holds (its schema, epoch, device,
record counts), the copy itself (the SQLite backup API, or a file replacement when the live file
cannot be opened) and the epoch raised afterwards."""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from app.errors import StorageError
from app.storage.backup import _fsync_dir, connect_reader, verify_backup_file
from app.storage.database import APPLICATION_ID, BUSY_TIMEOUT_MS, Database

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())


# -- restoring ------------------------------------------------------------------------------
@dataclass
class BackupFacts:
    path: Path
    ok: bool
    problem: str = ""
    schema_version: int = 0
    epoch: int = 0
    device_id: str = ""
    counts: dict[str, int] = field(default_factory=dict)


def inspect_backup(path: Path, *, max_schema: int) -> BackupFacts:
    """Is this file a complete Ward Huddle backup this version can restore?"""
    facts = BackupFacts(Path(path), ok=False)
    if not Path(path).is_file():
        facts.problem = f"There is no backup file at {path}."
        return facts
    try:
        conn = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)
    except sqlite3.DatabaseError as error:
        facts.problem = f"{Path(path).name} cannot be opened ({error})."
        return facts
    try:
        try:
            app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
            facts.schema_version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            check = [str(r[0]) for r in conn.execute("PRAGMA integrity_check").fetchall()]
        except sqlite3.DatabaseError:
            facts.problem = f"{Path(path).name} is not a Ward Huddle backup, or it is damaged."
            return facts
        if app_id != APPLICATION_ID or facts.schema_version < 1:
            facts.problem = f"{Path(path).name} is not a Ward Huddle backup."
            return facts
        if check != ["ok"]:
            facts.problem = f"The backup {Path(path).name} is damaged, so it cannot be restored. Choose an older one."
            return facts
        if facts.schema_version > max_schema:
            facts.problem = (
                f"The backup {Path(path).name} was made by a newer version of Ward Huddle "
                f"(schema {facts.schema_version}); install that version to restore it."
            )
            return facts
        row = conn.execute("SELECT device_id, epoch FROM device WHERE id = 1").fetchone()
        if row is not None:
            facts.device_id, facts.epoch = str(row[0]), int(row[1])
        facts.counts = _record_counts(conn)
        facts.ok = True
        return facts
    except sqlite3.DatabaseError as error:
        facts.problem = f"{Path(path).name} could not be read ({error})."
        return facts
    finally:
        conn.close()


def _record_counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Live records per ward-record table (tables with the envelope's ``deleted`` column)."""
    counts: dict[str, int] = {}
    tables = [
        r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    ]
    for table in tables:
        columns = {r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')}
        if {"uuid", "rev", "deleted"} <= columns:
            counts[table] = int(conn.execute(f'SELECT count(*) FROM "{table}" WHERE deleted = 0').fetchone()[0])
    return counts


def read_epoch(path: Path) -> int | None:
    """The device epoch in a data file or backup, or None if it cannot be read."""
    try:
        conn = connect_reader(path)
    except sqlite3.DatabaseError:
        return None
    try:
        row = conn.execute("SELECT epoch FROM device WHERE id = 1").fetchone()
        return None if row is None else int(row[0])
    except sqlite3.DatabaseError:
        return None
    finally:
        conn.close()


def restore_backup_into(backup: Path, live: Path, *, allow_replace: bool = False) -> str:
    """Make the live data file hold exactly the backup's content.

    The SQLite backup API copies every page into the live file in one write transaction: other
    connections (a second user's session) keep working and see the restored data; a crash
    half-way leaves the old content. If the live file cannot even be opened (its header is
    destroyed) and ``allow_replace`` is set, the file is replaced instead: copy to a temporary
    name beside it, fsync, remove the old ``-wal``/``-shm``, rename. Every connection to the live
    file must be closed first for that. Returns "copied" or "replaced".
    """
    source = sqlite3.connect(Path(backup).resolve().as_uri() + "?mode=ro", uri=True)
    try:
        try:
            target = sqlite3.connect(str(live), timeout=BUSY_TIMEOUT_MS / 1000)
            try:
                target.isolation_level = None
                target.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
                source.backup(target)
                if str(target.execute("PRAGMA journal_mode").fetchone()[0]).lower() != "wal":
                    target.execute("PRAGMA journal_mode = WAL")
            finally:
                target.close()
            return "copied"
        except sqlite3.DatabaseError as error:
            if not allow_replace:
                raise StorageError(f"The backup could not be copied into the data file: {error}.") from None
            log.warning("backup API restore failed (%s); replacing the file instead", type(error).__name__)
    finally:
        source.close()
    _replace_file(Path(backup), Path(live))
    return "replaced"


def _replace_file(backup: Path, live: Path) -> None:
    temporary = live.with_name(live.name + ".restoring")
    try:
        with open(backup, "rb") as reader, open(temporary, "wb") as writer:
            shutil.copyfileobj(reader, writer, 1 << 20)
            writer.flush()
            os.fsync(writer.fileno())
        if not verify_backup_file(temporary):
            raise StorageError("The copied backup failed its check, so the data file was not replaced.")
        for suffix in ("-wal", "-shm", "-journal"):
            Path(str(live) + suffix).unlink(missing_ok=True)
        os.replace(temporary, live)
        _fsync_dir(live.parent)
    except PermissionError:
        temporary.unlink(missing_ok=True)
        raise StorageError(
            "The data file is still open in Ward Huddle on another account or window, so it could not be "
            "replaced. Close Ward Huddle everywhere on this computer and try again."
        ) from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


# -- this PC's identity across a restore (issue 17 §3) -----------------------------------------
@dataclass(frozen=True)
class LiveIdentity:
    """What a restore must not take from this PC: its device id and its export counter."""

    device_id: str
    export_seq: int = 0
    previous_export_sha256: str | None = None
    last_exported_at: str | None = None


def read_live_identity(path: Path) -> LiveIdentity | None:
    """This PC's device id and export state from the live file, or None if it cannot be read."""
    try:
        conn = connect_reader(path)
    except sqlite3.DatabaseError:
        return None
    try:
        row = conn.execute("SELECT device_id FROM device WHERE id = 1").fetchone()
        if row is None:
            return None
        state = None
        try:
            state = conn.execute(
                "SELECT export_seq, previous_export_sha256, last_exported_at FROM exchange_device_state "
                "WHERE device_id = ?",
                [row[0]],
            ).fetchone()
        except sqlite3.DatabaseError:
            state = None  # an old schema without the export tables
        if state is None:
            return LiveIdentity(str(row[0]))
        return LiveIdentity(str(row[0]), int(state[0]), state[1], state[2])
    except sqlite3.DatabaseError:
        return None
    finally:
        conn.close()


def envelope_tables(database: Database) -> list[str]:
    names = [
        r[0]
        for r in database.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    return [n for n in names if {"uuid", "origin_device_id", "rev"} <= {r[1] for r in _columns(database, n)}]


def _columns(database: Database, table: str) -> list[tuple]:
    return database.conn.execute(f'PRAGMA table_info("{table}")').fetchall()


def keep_live_identity(database: Database, identity: LiveIdentity) -> int:
    """Inside the caller's transaction, after a backup from another PC was copied in: this PC
    keeps its own device id (so two PCs never export as one device), the records the other PC
    made become this PC's to edit, and this PC's export counter carries on. Returns how many
    records changed owner (0 when the backup was this PC's own)."""
    row = database.conn.execute("SELECT device_id FROM device WHERE id = 1").fetchone()
    restored = str(row[0]) if row else identity.device_id
    moved = 0
    if restored != identity.device_id:
        database.execute("UPDATE device SET device_id = ? WHERE id = 1", [identity.device_id])
        for table in envelope_tables(database):
            cursor = database.execute(
                f'UPDATE "{table}" SET origin_device_id = ? WHERE origin_device_id = ?', [identity.device_id, restored]
            )
            moved += max(cursor.rowcount, 0)
    if identity.export_seq:
        database.execute(
            "INSERT INTO exchange_device_state (device_id, export_seq, previous_export_sha256, last_exported_at) "
            "VALUES (?, ?, ?, ?) ON CONFLICT (device_id) DO UPDATE SET "
            "export_seq = max(export_seq, excluded.export_seq), "
            "previous_export_sha256 = CASE WHEN excluded.export_seq >= export_seq "
            "THEN excluded.previous_export_sha256 ELSE previous_export_sha256 END, "
            "last_exported_at = max(coalesce(last_exported_at, ''), coalesce(excluded.last_exported_at, ''))",
            [identity.device_id, identity.export_seq, identity.previous_export_sha256, identity.last_exported_at],
        )
    return moved


def raise_epoch_in_transaction(database: Database, floor: int) -> int:
    """Inside the caller's transaction: the epoch goes above ``floor`` and above what it was."""
    database.execute("UPDATE device SET epoch = max(epoch, ?) + 1 WHERE id = 1", [int(floor)])
    return int(database.conn.execute("SELECT epoch FROM device WHERE id = 1").fetchone()[0])
