"""Step 10: improvement ideas on the ward's board, and the weekly improvement huddle.

An idea names its project and PDSA cycle without a foreign key (as cycles name their project):
the weekly merge may bring an idea in before its cycle. A weekly huddle's attendees, the ideas it
discussed (idea, cycle, decision: the words live in the cycle's Study note) and the measures it
reviewed are JSON text columns. One live weekly huddle per ward and date.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.storage.migrations import step
from app.storage.schema.envelope_sql import ENVELOPE_COLUMNS_SQL, no_hard_delete_trigger

if TYPE_CHECKING:
    import sqlite_utils

STATUS_CHECK = "('New', 'Agreed to test', 'Testing', 'Adopted', 'Adapted', 'Abandoned', 'Parked')"


@step(10, "improvement ideas and the weekly improvement huddle")
def board(db: sqlite_utils.Database) -> None:
    db.execute(
        f"""
        CREATE TABLE ideas ({ENVELOPE_COLUMNS_SQL},
            text TEXT NOT NULL CHECK (length(trim(text)) > 0),
            offered_by TEXT NOT NULL DEFAULT '',
            offered_on TEXT,
            status TEXT NOT NULL DEFAULT 'New' CHECK (status IN {STATUS_CHECK}),
            reason TEXT NOT NULL DEFAULT '',
            project_id TEXT NOT NULL DEFAULT '',
            pdsa_cycle_id TEXT NOT NULL DEFAULT '',
            you_said_we_did TEXT NOT NULL DEFAULT '',
            focus INTEGER NOT NULL DEFAULT 0 CHECK (focus IN (0, 1)),
            status_changed_on TEXT,
            FOREIGN KEY (ward_id) REFERENCES wards(uuid)
        )"""
    )
    db.execute("CREATE INDEX ideas_by_ward ON ideas (ward_id, deleted, status)")
    db.execute(no_hard_delete_trigger("ideas"))
    db.execute(
        f"""
        CREATE TABLE improvement_huddles ({ENVELOPE_COLUMNS_SQL},
            huddle_date TEXT NOT NULL CHECK (huddle_date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
            attendees TEXT NOT NULL DEFAULT '[]',
            tested TEXT NOT NULL DEFAULT '[]',
            celebrations TEXT NOT NULL DEFAULT '',
            measures TEXT NOT NULL DEFAULT '[]',
            notes TEXT NOT NULL DEFAULT '',
            FOREIGN KEY (ward_id) REFERENCES wards(uuid)
        )"""
    )
    db.execute(
        "CREATE UNIQUE INDEX improvement_huddle_one_per_day ON improvement_huddles (ward_id, huddle_date) "
        "WHERE deleted = 0"
    )
    db.execute(no_hard_delete_trigger("improvement_huddles"))
