"""Step 5: the weekly export and import (data-safety-and-exchange.md §3).

Ward side: this device's export counter and the previous file's SHA-256, the history of exports
and the patient-identifier warnings a user acknowledged. Improvement-team side: the ledger of
imported files, devices mapped to wards, files waiting for a mapping, the merge state of every
imported record (content and tombstone revisions, unknown fields), conflicts, quarantined
records, and records of types this version has no table for. None of these tables are ward
records themselves, so they carry no envelope.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.storage.migrations import step

if TYPE_CHECKING:
    import sqlite_utils


@step(5, "weekly export and import: export counter, ledger, pending files, merge state, conflicts")
def exchange(db: sqlite_utils.Database) -> None:
    # -- ward side ---------------------------------------------------------------------------
    db.execute(
        """
        CREATE TABLE exchange_device_state (
            device_id TEXT PRIMARY KEY NOT NULL,
            export_seq INTEGER NOT NULL DEFAULT 0 CHECK (export_seq >= 0),
            previous_export_sha256 TEXT,
            last_exported_at TEXT
        )"""
    )
    db.execute(
        """
        CREATE TABLE exchange_exports (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            ward_id TEXT NOT NULL,
            device_id TEXT NOT NULL,
            export_seq INTEGER NOT NULL,
            week TEXT NOT NULL,
            exported_at TEXT NOT NULL,
            file_name TEXT NOT NULL,
            file_sha256 TEXT NOT NULL,
            counts TEXT NOT NULL DEFAULT '{}'
        )"""
    )
    db.execute("CREATE INDEX exchange_exports_by_ward ON exchange_exports (ward_id, exported_at)")
    db.execute(
        """
        CREATE TABLE exchange_pii_acks (
            record_type TEXT NOT NULL,
            uuid TEXT NOT NULL,
            field TEXT NOT NULL,
            kind TEXT NOT NULL,
            text_sha256 TEXT NOT NULL,
            acknowledged_at TEXT NOT NULL,
            os_user TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (record_type, uuid, field, kind, text_sha256)
        )"""
    )
    # -- improvement-team side ----------------------------------------------------------------
    db.execute(
        """
        CREATE TABLE exchange_devices (
            device_id TEXT NOT NULL,
            home_ward_id TEXT NOT NULL,
            ward_id TEXT NOT NULL,
            mapped_at TEXT NOT NULL,
            mapped_by TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (device_id, home_ward_id)
        )"""
    )
    db.execute(
        """
        CREATE TABLE exchange_imports (
            file_sha256 TEXT PRIMARY KEY NOT NULL,
            file_name TEXT NOT NULL,
            imported_at TEXT NOT NULL,
            device_id TEXT NOT NULL,
            ward_id TEXT NOT NULL,
            trust_code TEXT NOT NULL DEFAULT '',
            ward_code TEXT NOT NULL DEFAULT '',
            export_seq INTEGER NOT NULL,
            exported_at TEXT NOT NULL,
            previous_export_sha256 TEXT,
            format_version TEXT NOT NULL,
            content_sha256 TEXT NOT NULL DEFAULT '',
            counts TEXT NOT NULL DEFAULT '{}'
        )"""
    )
    db.execute("CREATE INDEX exchange_imports_by_device ON exchange_imports (device_id, export_seq)")
    db.execute("CREATE INDEX exchange_imports_by_ward ON exchange_imports (ward_id, exported_at)")
    db.execute(
        """
        CREATE TABLE exchange_pending (
            file_sha256 TEXT PRIMARY KEY NOT NULL,
            file_name TEXT NOT NULL,
            stored_name TEXT NOT NULL,
            device_id TEXT NOT NULL,
            trust_code TEXT NOT NULL DEFAULT '',
            ward_code TEXT NOT NULL DEFAULT '',
            ward_id TEXT NOT NULL DEFAULT '',
            ward_name TEXT NOT NULL DEFAULT '',
            export_seq INTEGER NOT NULL,
            exported_at TEXT NOT NULL,
            received_at TEXT NOT NULL
        )"""
    )
    db.execute(
        """
        CREATE TABLE exchange_records (
            record_type TEXT NOT NULL,
            uuid TEXT NOT NULL,
            ward_id TEXT NOT NULL,
            origin_device_id TEXT NOT NULL,
            content_epoch INTEGER,
            content_rev INTEGER,
            content_sha256 TEXT,
            extra TEXT,
            tomb_epoch INTEGER,
            tomb_rev INTEGER,
            deleted_at TEXT,
            tomb_extra TEXT,
            PRIMARY KEY (record_type, uuid)
        )"""
    )
    db.execute(
        """
        CREATE TABLE exchange_conflicts (
            record_type TEXT NOT NULL,
            uuid TEXT NOT NULL,
            epoch INTEGER NOT NULL,
            rev INTEGER NOT NULL,
            content_sha256 TEXT NOT NULL,
            ward_id TEXT NOT NULL,
            origin_device_id TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            fields TEXT NOT NULL,
            extra TEXT,
            first_seen_at TEXT NOT NULL,
            file_name TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (record_type, uuid, epoch, rev, content_sha256)
        )"""
    )
    db.execute(
        """
        CREATE TABLE exchange_quarantine (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            file_sha256 TEXT NOT NULL,
            file_name TEXT NOT NULL,
            record_type TEXT NOT NULL DEFAULT '',
            uuid TEXT NOT NULL DEFAULT '',
            epoch INTEGER,
            rev INTEGER,
            reason TEXT NOT NULL,
            quarantined_at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX exchange_quarantine_by_file ON exchange_quarantine (file_sha256)")
    db.execute(
        """
        CREATE TABLE exchange_other_records (
            record_type TEXT NOT NULL,
            uuid TEXT NOT NULL,
            ward_id TEXT NOT NULL,
            record_epoch INTEGER,
            record_rev INTEGER,
            record_sha256 TEXT,
            record_line TEXT,
            tomb_epoch INTEGER,
            tomb_rev INTEGER,
            tomb_line TEXT,
            PRIMARY KEY (record_type, uuid)
        )"""
    )
