"""Step 3: measures and their data points (domain-and-forms.md §A5)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.storage.migrations import step
from app.storage.schema.envelope_sql import ENVELOPE_COLUMNS_SQL, no_hard_delete_trigger

if TYPE_CHECKING:
    import sqlite_utils


@step(3, "measures and data points")
def measures(db: sqlite_utils.Database) -> None:
    db.execute(
        f"""
        CREATE TABLE measures ({ENVELOPE_COLUMNS_SQL},
            name TEXT NOT NULL,
            measure_type TEXT NOT NULL CHECK (measure_type IN ('outcome', 'process', 'balancing')),
            definition TEXT NOT NULL DEFAULT '',
            data_kind TEXT NOT NULL
                CHECK (data_kind IN ('count', 'percentage', 'rate', 'continuous', 'days_between')),
            frequency TEXT NOT NULL CHECK (frequency IN ('daily', 'weekly', 'monthly', 'event')),
            improvement TEXT NOT NULL CHECK (improvement IN ('increase', 'decrease', 'neutral')),
            target REAL,
            chart_type TEXT NOT NULL CHECK (chart_type IN ('run', 'xmr', 'p', 'u')),
            baseline INTEGER CHECK (baseline IS NULL OR baseline >= 1),
            rebase TEXT NOT NULL DEFAULT '[]',
            unit TEXT NOT NULL DEFAULT '',
            rate_per INTEGER NOT NULL DEFAULT 1000 CHECK (rate_per >= 1),
            data_source TEXT NOT NULL DEFAULT '',
            screen_outliers INTEGER NOT NULL DEFAULT 1 CHECK (screen_outliers IN (0, 1)),
            FOREIGN KEY (ward_id) REFERENCES wards(uuid)
        )"""
    )
    db.execute("CREATE INDEX measures_by_ward ON measures (ward_id, deleted, name)")
    db.execute(no_hard_delete_trigger("measures"))
    db.execute(
        f"""
        CREATE TABLE data_points ({ENVELOPE_COLUMNS_SQL},
            measure_id TEXT NOT NULL,
            period TEXT NOT NULL CHECK (period GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
            value REAL,
            numerator REAL CHECK (numerator IS NULL OR numerator >= 0),
            denominator REAL CHECK (denominator IS NULL OR denominator > 0),
            note TEXT NOT NULL DEFAULT '',
            excluded INTEGER NOT NULL DEFAULT 0 CHECK (excluded IN (0, 1)),
            exclude_reason TEXT NOT NULL DEFAULT '',
            FOREIGN KEY (ward_id) REFERENCES wards(uuid),
            FOREIGN KEY (measure_id) REFERENCES measures(uuid)
        )"""
    )
    db.execute("CREATE UNIQUE INDEX data_points_one_per_period ON data_points (measure_id, period) WHERE deleted = 0")
    db.execute("CREATE INDEX data_points_by_measure ON data_points (measure_id, deleted, period)")
    db.execute(no_hard_delete_trigger("data_points"))
