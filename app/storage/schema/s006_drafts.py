"""Step 6: drafts of forms not yet saved (not ward records: no envelope, never exported)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.storage.migrations import step

if TYPE_CHECKING:
    import sqlite_utils


@step(6, "drafts of unsaved forms, offered back after a crash")
def drafts(db: sqlite_utils.Database) -> None:
    db.execute(
        """
        CREATE TABLE drafts (
            key TEXT PRIMARY KEY NOT NULL,
            page TEXT NOT NULL,
            ward_id TEXT NOT NULL DEFAULT '',
            payload TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(payload)),
            os_user TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX drafts_by_user ON drafts (os_user, updated_at)")
