"""The envelope columns shared by every ward-record table (see app/domain/envelope.py)."""

ENVELOPE_COLUMNS_SQL = """
    uuid TEXT PRIMARY KEY NOT NULL CHECK (length(uuid) = 36),
    rev INTEGER NOT NULL DEFAULT 1 CHECK (rev >= 1),
    epoch INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    origin_device_id TEXT NOT NULL,
    ward_id TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))"""


def no_hard_delete_trigger(table: str) -> str:
    """Ward records are never hard-deleted: a delete is a tombstone (deleted = 1, rev + 1)."""
    return f"""
    CREATE TRIGGER {table}_no_hard_delete BEFORE DELETE ON {table}
    BEGIN SELECT RAISE(ABORT, 'ward records are tombstoned, never deleted'); END"""
