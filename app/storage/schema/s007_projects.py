"""Step 7: improvement projects, PDSA cycles and the quarterly culture pulse (§A4, §A5, §A6).

A cycle names its project and change idea without a foreign key on purpose (as reflections do):
the weekly merge may bring a cycle in before its project, and records are never hard deleted
anyway. The driver diagram, team, questions and pulse items are JSON text columns.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.storage.migrations import step
from app.storage.schema.envelope_sql import ENVELOPE_COLUMNS_SQL, no_hard_delete_trigger

if TYPE_CHECKING:
    import sqlite_utils


@step(7, "improvement projects, PDSA cycles, culture pulse")
def projects(db: sqlite_utils.Database) -> None:
    db.execute(
        f"""
        CREATE TABLE projects ({ENVELOPE_COLUMNS_SQL},
            title TEXT NOT NULL,
            team TEXT NOT NULL DEFAULT '[]',
            sponsor TEXT NOT NULL DEFAULT '',
            problem TEXT NOT NULL DEFAULT '',
            aim_what TEXT NOT NULL DEFAULT '',
            aim_baseline REAL,
            aim_target REAL,
            aim_unit TEXT NOT NULL DEFAULT '',
            aim_by TEXT,
            drivers TEXT NOT NULL DEFAULT '[]',
            measure_ids TEXT NOT NULL DEFAULT '[]',
            progress_score REAL NOT NULL DEFAULT 0.5
                CHECK (progress_score IN (0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0, 4.5, 5.0)),
            status TEXT NOT NULL DEFAULT 'Active' CHECK (status IN ('Active', 'On hold', 'Completed', 'Stopped')),
            FOREIGN KEY (ward_id) REFERENCES wards(uuid)
        )"""
    )
    db.execute("CREATE INDEX projects_by_ward ON projects (ward_id, deleted, title)")
    db.execute(no_hard_delete_trigger("projects"))
    db.execute(
        f"""
        CREATE TABLE pdsa_cycles ({ENVELOPE_COLUMNS_SQL},
            project_id TEXT NOT NULL,
            change_idea_id TEXT NOT NULL DEFAULT '',
            cycle_number INTEGER NOT NULL CHECK (cycle_number >= 1),
            title TEXT NOT NULL DEFAULT '',
            start_date TEXT,
            end_date TEXT,
            purpose TEXT NOT NULL DEFAULT 'Test a change',
            objective TEXT NOT NULL DEFAULT '',
            questions TEXT NOT NULL DEFAULT '[]',
            change_tested TEXT NOT NULL DEFAULT '',
            who TEXT NOT NULL DEFAULT '',
            place TEXT NOT NULL DEFAULT '',
            scale_number INTEGER CHECK (scale_number IS NULL OR scale_number >= 1),
            scale_unit TEXT NOT NULL DEFAULT 'patients',
            measure_ids TEXT NOT NULL DEFAULT '[]',
            data_plan TEXT NOT NULL DEFAULT '',
            observations TEXT NOT NULL DEFAULT '',
            improved TEXT NOT NULL DEFAULT '' CHECK (improved IN ('', 'Yes', 'No', 'Unclear')),
            improved_detail TEXT NOT NULL DEFAULT '',
            act TEXT NOT NULL DEFAULT '' CHECK (act IN ('', 'Adopt', 'Adapt', 'Abandon')),
            next_plan TEXT NOT NULL DEFAULT '',
            previous_cycle_id TEXT NOT NULL DEFAULT '',
            FOREIGN KEY (ward_id) REFERENCES wards(uuid)
        )"""
    )
    db.execute("CREATE INDEX pdsa_by_project ON pdsa_cycles (project_id, deleted, change_idea_id, cycle_number)")
    db.execute("CREATE INDEX pdsa_by_ward ON pdsa_cycles (ward_id, deleted)")
    db.execute(no_hard_delete_trigger("pdsa_cycles"))
    db.execute(
        f"""
        CREATE TABLE pulse_surveys ({ENVELOPE_COLUMNS_SQL},
            quarter_start TEXT NOT NULL
                CHECK (quarter_start GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-01' AND substr(quarter_start, 6, 2)
                       IN ('01', '04', '07', '10')),
            items TEXT NOT NULL DEFAULT '[]',
            note TEXT NOT NULL DEFAULT '',
            FOREIGN KEY (ward_id) REFERENCES wards(uuid)
        )"""
    )
    db.execute("CREATE UNIQUE INDEX pulse_one_per_quarter ON pulse_surveys (ward_id, quarter_start) WHERE deleted = 0")
    db.execute(no_hard_delete_trigger("pulse_surveys"))
