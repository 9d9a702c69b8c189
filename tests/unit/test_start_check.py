"""The start-up quick_check off the first-paint path (app/services/start_check.py): the window's
store opens read-only at once, the check runs on a worker, the first write waits for its verdict,
and a damaged file is still never written to, not even by a checkpoint."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import threading
import time
from pathlib import Path

import pytest

from app.domain.ward import WardDetails
from app.errors import ReadOnlyDatabase
from app.services.store import AppStore, open_store
from tests.unit.test_integrity_recovery import crash_copy, damage_page_of, fill


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def healthy(database_path: Path) -> Path:
    store = open_store(database_path)
    fill(store, 30)
    store.backups.take_backup("manual")
    store.close()
    assert not Path(str(database_path) + "-wal").exists()
    return database_path


def test_the_store_opens_before_the_check_and_cannot_write_until_it_passed(healthy: Path) -> None:
    store = open_store(healthy, defer_check=True)
    check = store.start_check
    assert check is not None and not check.finished and not check.settled
    assert not store.read_only  # the screens see a writable store...
    ward = store.wards.list_wards()[0]  # ...and can read at once
    assert len(store.wards.staff_for(ward.id)) == 30
    with pytest.raises(sqlite3.OperationalError):  # ...but the connection itself cannot write yet
        store.database.conn.execute("UPDATE staff SET name = name")
    check.start()
    store.wards.add_staff(ward.id, "Nurse after the check", "HCA")  # waits for the verdict, then writes
    assert check.settled and not store.health.damaged and store.health.check_ms > 0
    assert len(store.wards.staff_for(ward.id)) == 31
    store.close()
    again = open_store(healthy)
    assert len(again.wards.staff_for(ward.id)) == 31
    again.close()


def test_a_write_before_the_check_started_runs_it_there_and_then(healthy: Path) -> None:
    store = open_store(healthy, defer_check=True)
    store.wards.create_ward(WardDetails(name="Ward 9"))
    assert store.start_check is not None and store.start_check.settled
    assert not store.health.damaged and not store.read_only
    store.close()


def test_a_damaged_file_found_on_the_worker_is_kept_safe_and_never_written(healthy: Path) -> None:
    damage_page_of(healthy, "staff")
    before = _sha(healthy)
    store = open_store(healthy, defer_check=True)
    assert store.start_check is not None and not store.health.damaged
    done = threading.Event()
    store.start_check.when_finished(done.set)
    store.start_check.start()
    assert done.wait(10)
    with pytest.raises(ReadOnlyDatabase, match="Settings > Backups"):
        store.wards.create_ward(WardDetails(name="Not saved"))
    health = store.health
    assert health.damaged and store.read_only
    assert health.preserved_in is not None and (health.preserved_in / healthy.name).read_bytes() == healthy.read_bytes()
    assert health.newest_backup is not None and "manual" in health.newest_backup.path.name
    store.close()
    assert _sha(healthy) == before  # not one byte written, not even a checkpoint


def test_closing_before_the_verdict_interrupts_the_check_and_writes_nothing(healthy: Path) -> None:
    before = _sha(healthy)
    store = open_store(healthy, defer_check=True)
    check = store.start_check
    assert check is not None
    check.start()
    store.close()
    deadline = time.monotonic() + 10
    while not check.finished and time.monotonic() < deadline:
        time.sleep(0.01)
    assert check.finished and not check.settled
    assert _sha(healthy) == before


def test_after_a_crash_the_full_check_still_runs_before_opening(store: AppStore, tmp_path: Path) -> None:
    fill(store, 10)
    store.database.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.wards.create_ward(WardDetails(name="Only in the WAL"))
    copy = crash_copy(store, tmp_path / "after-crash")
    reopened = open_store(copy, defer_check=True)
    assert reopened.start_check is None and reopened.health.full_check_ran
    assert not reopened.health.damaged and not reopened.read_only
    reopened.close()


def test_a_file_from_a_newer_version_takes_the_usual_path(healthy: Path, tmp_path: Path) -> None:
    copy = tmp_path / "older" / healthy.name
    copy.parent.mkdir()
    shutil.copyfile(healthy, copy)
    conn = sqlite3.connect(copy)
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    conn.execute(f"PRAGMA user_version = {version + 1}")  # newer than this build: the usual path
    conn.close()
    store = open_store(copy, defer_check=True)
    assert store.start_check is None and store.read_only
    store.close()
