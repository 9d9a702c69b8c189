"""Step 4: reflection huddles after patient safety events (hot debriefs and later reflections).

Both kinds live in one table (``kind`` = 'post_event' | 'later'); a later reflection names its
hot debrief in ``post_event_id``. That link has no foreign key on purpose: the weekly merge may
bring a later reflection in before (or without) its hot debrief, and records are never hard
deleted anyway. Lists and grids are JSON text columns.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.storage.migrations import step
from app.storage.schema.envelope_sql import ENVELOPE_COLUMNS_SQL, no_hard_delete_trigger

if TYPE_CHECKING:
    import sqlite_utils


@step(4, "reflection huddles: hot debriefs and later reflections")
def reflections(db: sqlite_utils.Database) -> None:
    db.execute(
        f"""
        CREATE TABLE reflections ({ENVELOPE_COLUMNS_SQL},
            kind TEXT NOT NULL CHECK (kind IN ('post_event', 'later')),
            post_event_id TEXT,
            source_sheet_id TEXT NOT NULL DEFAULT '',
            source_event_id TEXT NOT NULL DEFAULT '',
            event_date TEXT,
            event_time TEXT NOT NULL DEFAULT '',
            huddle_date TEXT,
            huddle_time TEXT NOT NULL DEFAULT '',
            event_type TEXT NOT NULL DEFAULT '',
            category TEXT NOT NULL DEFAULT '',
            reported TEXT NOT NULL DEFAULT '',
            incident_ref TEXT NOT NULL DEFAULT '',
            physical_harm TEXT NOT NULL DEFAULT '',
            psychological_harm TEXT NOT NULL DEFAULT '',
            facilitator TEXT NOT NULL DEFAULT '',
            participants TEXT NOT NULL DEFAULT '[]',
            ground_rules_agreed INTEGER NOT NULL DEFAULT 0,
            aar_expected TEXT NOT NULL DEFAULT '',
            aar_happened TEXT NOT NULL DEFAULT '',
            aar_difference TEXT NOT NULL DEFAULT '',
            seips TEXT NOT NULL DEFAULT '[]',
            everyday_work TEXT NOT NULL DEFAULT '',
            shift_impact TEXT NOT NULL DEFAULT '',
            shift_impact_detail TEXT NOT NULL DEFAULT '',
            team_impact TEXT NOT NULL DEFAULT '',
            support TEXT NOT NULL DEFAULT '[]',
            training_needs TEXT NOT NULL DEFAULT '[]',
            immediate_actions TEXT NOT NULL DEFAULT '',
            learned TEXT NOT NULL DEFAULT '',
            documentation TEXT NOT NULL DEFAULT '',
            share_at_huddle INTEGER NOT NULL DEFAULT 0,
            shared_on TEXT,
            later_due TEXT,
            understand_differently TEXT NOT NULL DEFAULT '',
            everyday_changes TEXT NOT NULL DEFAULT '',
            team_now TEXT NOT NULL DEFAULT '',
            team_now_detail TEXT NOT NULL DEFAULT '',
            linked_project_id TEXT,
            linked_pdsa_id TEXT,
            FOREIGN KEY (ward_id) REFERENCES wards(uuid)
        )"""
    )
    db.execute("CREATE INDEX reflections_by_date ON reflections (ward_id, kind, event_date, huddle_date)")
    db.execute("CREATE INDEX reflections_by_post_event ON reflections (post_event_id)")
    db.execute("CREATE INDEX reflections_by_source_event ON reflections (source_event_id)")
    db.execute(no_hard_delete_trigger("reflections"))
