"""Step 1: device identity, wards, staff, settings and the audit log."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from app.domain.envelope import utc_iso
from app.storage.database import APPLICATION_ID
from app.storage.migrations import step
from app.storage.schema.envelope_sql import ENVELOPE_COLUMNS_SQL, no_hard_delete_trigger

if TYPE_CHECKING:
    import sqlite_utils


@step(1, "foundation: device, wards, staff, settings, audit log")
def foundation(db: sqlite_utils.Database) -> None:
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute(
        """
        CREATE TABLE device (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            device_id TEXT NOT NULL,
            epoch INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL
        )"""
    )
    import uuid  # here: every start imports the steps, only a new file runs this one

    db.execute(
        "INSERT INTO device (id, device_id, epoch, created_at) VALUES (1, ?, 0, ?)",
        [uuid.uuid4().hex, utc_iso(datetime.now(UTC))],
    )
    db.execute(
        f"""
        CREATE TABLE wards ({ENVELOPE_COLUMNS_SQL},
            name TEXT NOT NULL,
            trust_name TEXT NOT NULL DEFAULT '',
            trust_code TEXT NOT NULL DEFAULT '',
            ward_code TEXT NOT NULL DEFAULT '',
            focus_harms TEXT NOT NULL DEFAULT '[]',
            huddle_slots TEXT NOT NULL DEFAULT '[]',
            staff_roles TEXT NOT NULL DEFAULT '[]',
            huddle_target_minutes INTEGER NOT NULL DEFAULT 10,
            is_demo INTEGER NOT NULL DEFAULT 0
        )"""
    )
    db.execute(no_hard_delete_trigger("wards"))
    db.execute(
        f"""
        CREATE TABLE staff ({ENVELOPE_COLUMNS_SQL},
            name TEXT NOT NULL,
            role TEXT NOT NULL,
            retired INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
            FOREIGN KEY (ward_id) REFERENCES wards(uuid)
        )"""
    )
    db.execute("CREATE INDEX staff_by_ward ON staff (ward_id, retired, name)")
    db.execute(no_hard_delete_trigger("staff"))
    db.execute(
        """
        CREATE TABLE settings (
            key TEXT PRIMARY KEY NOT NULL,
            value TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )"""
    )
    db.execute(
        """
        CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            at_utc TEXT NOT NULL,
            os_user TEXT NOT NULL,
            machine TEXT NOT NULL,
            action TEXT NOT NULL,
            counts TEXT NOT NULL DEFAULT '{}',
            app_version TEXT NOT NULL DEFAULT ''
        )"""
    )
    db.execute(
        """CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log cannot be edited'); END"""
    )
    db.execute(
        """CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log cannot be edited'); END"""
    )
