"""The drafts table: forms typed but not yet saved into a record. Not ward records (no envelope,
never exported, hard-deleted when the form is saved or discarded). Never commits."""

from __future__ import annotations

import json
from typing import Any

from app.storage.database import Database

COLUMNS = "key, page, ward_id, payload, os_user, created_at, updated_at"


class DraftRepository:
    def __init__(self, database: Database) -> None:
        self.database = database

    def put(self, key: str, page: str, ward_id: str, payload: dict[str, Any], os_user: str, now: str) -> None:
        self.database.execute(
            f"INSERT INTO drafts ({COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(key) DO UPDATE SET page = excluded.page, ward_id = excluded.ward_id, "
            "payload = excluded.payload, os_user = excluded.os_user, updated_at = excluded.updated_at",
            [key, page, ward_id, json.dumps(payload, ensure_ascii=False, separators=(",", ":")), os_user, now, now],
        )

    def get(self, key: str) -> dict[str, Any] | None:
        rows = self.database.rows(f"SELECT {COLUMNS} FROM drafts WHERE key = ?", [key])
        return rows[0] if rows else None

    def for_user(self, os_user: str | None) -> list[dict[str, Any]]:
        if os_user is None:
            return self.database.rows(f"SELECT {COLUMNS} FROM drafts ORDER BY updated_at DESC")
        return self.database.rows(f"SELECT {COLUMNS} FROM drafts WHERE os_user = ? ORDER BY updated_at DESC", [os_user])

    def delete(self, key: str) -> int:
        return self.database.execute("DELETE FROM drafts WHERE key = ?", [key]).rowcount

    def delete_older_than(self, cutoff: str) -> int:
        return self.database.execute("DELETE FROM drafts WHERE updated_at < ?", [cutoff]).rowcount
