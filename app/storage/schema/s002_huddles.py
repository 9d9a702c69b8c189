"""Step 2: daily huddle sheets, the action register and the safety cross."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.storage.migrations import step
from app.storage.schema.envelope_sql import ENVELOPE_COLUMNS_SQL, no_hard_delete_trigger

if TYPE_CHECKING:
    import sqlite_utils


@step(2, "daily huddle sheets, action register, safety cross")
def huddles(db: sqlite_utils.Database) -> None:
    db.execute(
        f"""
        CREATE TABLE huddle_sheets ({ENVELOPE_COLUMNS_SQL},
            huddle_date TEXT NOT NULL,
            slot TEXT NOT NULL,
            held INTEGER NOT NULL DEFAULT 1,
            not_held_reason TEXT NOT NULL DEFAULT '',
            not_held_detail TEXT NOT NULL DEFAULT '',
            start_time TEXT NOT NULL DEFAULT '',
            end_time TEXT NOT NULL DEFAULT '',
            leader TEXT NOT NULL DEFAULT '',
            nurse_in_charge TEXT NOT NULL DEFAULT '',
            next_in_charge TEXT NOT NULL DEFAULT '',
            attendees TEXT NOT NULL DEFAULT '[]',
            rn_planned INTEGER, rn_actual INTEGER, hca_planned INTEGER, hca_actual INTEGER,
            staffing_concern INTEGER NOT NULL DEFAULT 0,
            staffing_concern_detail TEXT NOT NULL DEFAULT '',
            staffing_escalated INTEGER NOT NULL DEFAULT 0,
            escalated_to TEXT NOT NULL DEFAULT '',
            beds_occupied INTEGER, expected_admissions INTEGER, planned_discharges INTEGER,
            lookback_any INTEGER,
            events TEXT NOT NULL DEFAULT '[]',
            at_risk TEXT NOT NULL DEFAULT '[]',
            threats TEXT NOT NULL DEFAULT '[]',
            threats_detail TEXT NOT NULL DEFAULT '',
            isolation_count INTEGER,
            bay_closed INTEGER NOT NULL DEFAULT 0,
            reminders TEXT NOT NULL DEFAULT '',
            data_reviewed INTEGER NOT NULL DEFAULT 0,
            celebration TEXT NOT NULL DEFAULT '',
            escalations TEXT NOT NULL DEFAULT '',
            checkin_good INTEGER, checkin_ok INTEGER, checkin_struggling INTEGER,
            notes TEXT NOT NULL DEFAULT '',
            FOREIGN KEY (ward_id) REFERENCES wards(uuid)
        )"""
    )
    db.execute(
        "CREATE UNIQUE INDEX huddle_one_per_slot ON huddle_sheets (ward_id, huddle_date, slot) WHERE deleted = 0"
    )
    db.execute("CREATE INDEX huddle_by_date ON huddle_sheets (ward_id, huddle_date)")
    db.execute(no_hard_delete_trigger("huddle_sheets"))
    db.execute(
        f"""
        CREATE TABLE actions ({ENVELOPE_COLUMNS_SQL},
            text TEXT NOT NULL,
            owner TEXT NOT NULL DEFAULT '',
            due TEXT,
            status TEXT NOT NULL DEFAULT 'Open',
            source_type TEXT NOT NULL DEFAULT 'huddle',
            source_id TEXT NOT NULL DEFAULT '',
            raised_on TEXT,
            closed_on TEXT,
            FOREIGN KEY (ward_id) REFERENCES wards(uuid)
        )"""
    )
    db.execute("CREATE INDEX actions_by_status ON actions (ward_id, status, due)")
    db.execute("CREATE INDEX actions_by_source ON actions (source_id)")
    db.execute(no_hard_delete_trigger("actions"))
    db.execute(
        f"""
        CREATE TABLE safety_cross_days ({ENVELOPE_COLUMNS_SQL},
            day TEXT NOT NULL,
            harm_key TEXT NOT NULL,
            code TEXT NOT NULL,
            events INTEGER NOT NULL DEFAULT 0 CHECK (events >= 0),
            FOREIGN KEY (ward_id) REFERENCES wards(uuid)
        )"""
    )
    db.execute("CREATE UNIQUE INDEX cross_one_per_day ON safety_cross_days (ward_id, day, harm_key) WHERE deleted = 0")
    db.execute(no_hard_delete_trigger("safety_cross_days"))
