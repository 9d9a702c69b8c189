"""Opening the database: durable PRAGMAs, schema steps, refusal of a newer schema."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from app.errors import MigrationFailed
from app.services.store import open_store
from app.storage import migrations
from app.storage.database import open_database, read_pragmas
from app.storage.migrations import current_schema_version, migrate


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_every_connection_runs_with_the_durable_pragmas(tmp_path: Path) -> None:
    database = open_database(tmp_path / "a.sqlite3", max_schema=current_schema_version())
    pragmas = read_pragmas(database)
    assert pragmas["journal_mode"] == "wal"
    assert pragmas["synchronous"] == 2  # FULL
    assert pragmas["foreign_keys"] == 1
    assert pragmas["secure_delete"] == 1
    assert int(pragmas["busy_timeout"]) >= 3000
    assert pragmas["locking_mode"] == "normal"
    database.close()


def test_plugins_are_not_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import sqlite_utils.db

    called = []
    monkeypatch.setattr(sqlite_utils.db, "ensure_plugins_loaded", lambda: called.append(True))
    open_database(tmp_path / "a.sqlite3", max_schema=1).close()
    assert called == []


def test_a_new_database_is_migrated_to_the_current_schema(tmp_path: Path) -> None:
    store = open_store(tmp_path / "new.sqlite3")
    assert store.database.user_version() == current_schema_version() >= 1
    tables = set(store.database.db.table_names())
    assert {"device", "wards", "staff", "settings", "audit_log"} <= tables
    assert len(store.ctx.device.device_id) == 32
    store.close()


def test_schema_steps_apply_one_at_a_time(tmp_path: Path) -> None:
    database = open_database(tmp_path / "s.sqlite3", max_schema=current_schema_version())
    assert database.user_version() == 0
    result = migrate(database, stop_after=1)
    assert (result.from_version, result.to_version) == (0, 1)
    result = migrate(database)
    assert result.to_version == current_schema_version()
    assert not migrate(database).changed
    database.close()


def test_a_failing_step_leaves_the_file_unchanged_and_the_store_read_only(
    tmp_path: Path, template_database: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "fail.sqlite3"
    path.write_bytes(template_database.read_bytes())
    before_version = current_schema_version()
    broken_version = before_version + 1

    def broken_step(db) -> None:
        db.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("disk said no")

    steps = dict(migrations._STEPS)
    steps[broken_version] = migrations.Step(broken_version, "broken", broken_step)
    monkeypatch.setattr(migrations, "_STEPS", steps)
    database = open_database(path, max_schema=broken_version)
    with pytest.raises(MigrationFailed, match="left as it was"):
        migrate(database)
    assert database.user_version() == before_version
    assert "half_done" not in database.db.table_names()
    database.close()

    store = open_store(path)
    assert store.read_only
    assert any("failed at step" in m for m in store.messages)
    assert store.database.user_version() == before_version
    store.close()


def test_a_newer_database_is_opened_read_only_and_never_modified(tmp_path: Path, template_database: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    path.write_bytes(template_database.read_bytes())
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {current_schema_version() + 5}")
    conn.commit()
    conn.close()
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    before = _sha(path)

    store = open_store(path)
    assert store.read_only
    assert "newer version" in store.messages[0]
    assert store.wards.list_wards() == []  # still readable
    from app.domain.ward import WardDetails
    from app.errors import ReadOnlyDatabase

    with pytest.raises(ReadOnlyDatabase, match="newer version"):
        store.wards.create_ward(WardDetails(name="Ward X"))
    store.close()
    assert _sha(path) == before


def test_the_database_is_stamped_as_a_ward_huddle_file(store) -> None:
    from app.storage.database import APPLICATION_ID

    assert store.database.pragma("application_id") == APPLICATION_ID


def test_upgrading_an_existing_file_takes_a_verified_backup_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.sqlite3"
    database = open_database(path, max_schema=1)
    migrate(database, stop_after=1)
    database.close()

    def extra_step(db) -> None:
        db.execute("CREATE TABLE added_later (x)")

    steps = dict(migrations._STEPS)
    top = max(steps) + 1
    steps[top] = migrations.Step(top, "extra", extra_step)
    monkeypatch.setattr(migrations, "_STEPS", steps)
    store = open_store(path, backups_dir=tmp_path / "backups")
    backups = list((tmp_path / "backups").glob("*before-upgrade-v1*.sqlite3"))
    assert len(backups) == 1
    assert sqlite3.connect(backups[0]).execute("PRAGMA user_version").fetchone()[0] == 1
    assert [e.action for e in store.audit.recent()] == ["migration"]
    store.close()
