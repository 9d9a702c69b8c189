"""Stored values of the settings declared in app/domain/settings_catalog.py."""

from __future__ import annotations

import json
from typing import Any

from app.storage.database import Database


class SettingsRepository:
    def __init__(self, database: Database) -> None:
        self.database = database

    def stored(self) -> dict[str, Any]:
        rows = self.database.conn.execute("SELECT key, value FROM settings").fetchall()
        return {key: json.loads(value) for key, value in rows}

    def put(self, key: str, value: Any, now: str) -> None:
        self.database.execute(
            "INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
            [key, json.dumps(value), now],
        )
