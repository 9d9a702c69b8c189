"""R15-R18: every released schema has a fixture (tests/data/schema_vN.db, made once by
tests/data/make_fixtures.py); each upgrades to the current schema with every record intact; a
failing step leaves the file's bytes unchanged and the app read-only; a newer file is never
modified.

A future step that deliberately rewrites existing rows must list the table and columns in
``TRANSFORMED`` with a comment saying why; everything else must come through byte-identical.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from app.services.store import open_store
from app.storage import migrations
from app.storage.migrations import current_schema_version

DATA = Path(__file__).resolve().parent.parent / "data"
FIXTURES = sorted(DATA.glob("schema_v*.db"), key=lambda p: int(p.stem.split("_v")[1]))
APPEND_ONLY = {"audit_log"}  # the upgrade adds its "migration" row
TRANSFORMED: dict[str, set[str]] = {}  # table -> columns a released step rewrites on purpose


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def snapshot(
    path: Path, only: dict[str, list[str]] | None = None, first: dict[str, int] | None = None
) -> dict[str, tuple[list[str], int, str]]:
    """Per table: its columns, row count and a SHA-256 of its rows in rowid order. ``only`` limits
    the tables and columns (those of the older file); ``first`` hashes only the first N rows."""
    conn = sqlite3.connect(path)
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name"
            )
        ]
        out = {}
        for table in tables:
            if only is not None and table not in only:
                continue
            columns = only[table] if only is not None else [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
            columns = [c for c in columns if c not in TRANSFORMED.get(table, set())]
            count = int(conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])
            limit = count if first is None else first[table]
            digest = hashlib.sha256()
            select = ", ".join(f'"{c}"' for c in columns)
            for row in conn.execute(f'SELECT {select} FROM "{table}" ORDER BY rowid LIMIT ?', [limit]):
                digest.update(repr(row).encode("utf-8"))
            out[table] = (columns, count, digest.hexdigest())
        return out
    finally:
        conn.close()


def test_there_is_a_fixture_for_schema_1_at_least() -> None:
    assert FIXTURES and FIXTURES[0].name == "schema_v1.db"
    versions = [int(p.stem.split("_v")[1]) for p in FIXTURES]
    assert versions == sorted(set(versions)) and max(versions) <= current_schema_version()


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_each_released_schema_upgrades_with_every_record_intact(fixture: Path, tmp_path: Path) -> None:
    path = tmp_path / "data" / "wardhuddle.sqlite3"
    path.parent.mkdir(parents=True)
    shutil.copyfile(fixture, path)
    version = sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0]
    before = snapshot(path)
    assert sum(count for _cols, count, _hash in before.values()) > 20, "the fixture should hold real-looking records"

    store = open_store(path)
    try:
        assert not store.read_only, store.messages
        assert store.database.user_version() == current_schema_version()
        assert [e.action for e in store.audit.recent(1)] == ["migration"]
        assert store.wards.list_wards(), "the fixture's wards are readable through the services"
    finally:
        store.close()

    after = snapshot(
        path,
        only={t: cols for t, (cols, _n, _h) in before.items()},
        first={t: count for t, (_c, count, _h) in before.items()},
    )
    for table, (columns, count, digest) in before.items():
        new_columns, new_count, new_digest = after[table]
        assert new_columns == columns
        if table in APPEND_ONLY:
            assert new_count >= count, table
        else:
            assert new_count == count, table
        assert new_digest == digest, f"rows of {table} changed during the upgrade"
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.close()
    backups = list((path.parent / "backups").glob(f"*before-upgrade-v{version}*.sqlite3"))
    assert len(backups) == 1  # R18
    assert snapshot(backups[0]) == before


def test_a_failing_step_leaves_the_file_bytes_unchanged_and_the_app_read_only(
    tmp_path: Path, template_database: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "data" / "wardhuddle.sqlite3"
    path.parent.mkdir(parents=True)
    shutil.copyfile(template_database, path)
    before = _sha(path)
    top = current_schema_version() + 1

    def broken(db) -> None:
        db.execute("CREATE TABLE half_done (x)")
        db.execute("INSERT INTO settings (key, value, updated_at) VALUES ('x', '1', 'now')")
        raise RuntimeError("disk said no")

    steps = dict(migrations._STEPS)
    steps[top] = migrations.Step(top, "broken on purpose", broken)
    monkeypatch.setattr(migrations, "_STEPS", steps)
    store = open_store(path)
    assert store.read_only and any("left as it was" in m for m in store.messages)
    store.close()
    assert _sha(path) == before
    assert not Path(str(path) + "-wal").exists() or Path(str(path) + "-wal").stat().st_size == 0


def test_a_file_from_a_newer_version_is_never_modified(tmp_path: Path) -> None:
    path = tmp_path / "data" / "wardhuddle.sqlite3"
    path.parent.mkdir(parents=True)
    shutil.copyfile(FIXTURES[0], path)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {current_schema_version() + 3}")
    conn.commit()
    conn.close()
    before = _sha(path)
    store = open_store(path)
    assert store.read_only and "newer version" in store.messages[0]
    assert not store.backups.automatic_backup_due()
    store.close()
    assert _sha(path) == before
    assert not (path.parent / "backups").exists()
