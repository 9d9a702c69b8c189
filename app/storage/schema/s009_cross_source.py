"""Step 9: where a safety-cross mark came from: set by hand, or from that day's look-back events
(one source for harm: a fall with harm logged in look back marks the cross)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.storage.migrations import step

if TYPE_CHECKING:
    import sqlite_utils


@step(9, "safety-cross marks say whether they were set by hand or from look back")
def cross_source(db: sqlite_utils.Database) -> None:
    db.execute(
        "ALTER TABLE safety_cross_days ADD COLUMN source TEXT NOT NULL DEFAULT 'hand' "
        "CHECK (source IN ('hand', 'look back'))"
    )
