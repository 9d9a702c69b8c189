"""The append-only audit log (triggers in the schema refuse updates and deletes)."""

from __future__ import annotations

import json

from app.domain.audit import AuditEntry
from app.storage.database import Database


class AuditRepository:
    def __init__(self, database: Database) -> None:
        self.database = database

    def append(self, entry: AuditEntry) -> None:
        self.database.execute(
            "INSERT INTO audit_log (at_utc, os_user, machine, action, counts, app_version) VALUES (?, ?, ?, ?, ?, ?)",
            [entry.at_utc, entry.os_user, entry.machine, entry.action, json.dumps(entry.counts), entry.app_version],
        )

    def recent(self, limit: int = 200) -> list[AuditEntry]:
        rows = self.database.conn.execute(
            "SELECT id, at_utc, os_user, machine, action, counts, app_version FROM audit_log ORDER BY id DESC LIMIT ?",
            [limit],
        ).fetchall()
        return [AuditEntry(r[1], r[2], r[3], r[4], json.loads(r[5]), r[6], r[0]) for r in rows]
