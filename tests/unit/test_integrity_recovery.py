"""R8, R9, R12: the start-up check, a full check after an unclean shutdown, and recovery from a
damaged file: no further writes, the damaged files kept in a dated folder, the newest backup
offered and restored with every record in it."""

from __future__ import annotations

import hashlib
import re
import shutil
import sqlite3
from pathlib import Path

import pytest

from app.domain.ward import WardDetails
from app.errors import ReadOnlyDatabase, StorageError
from app.services import store as store_module
from app.services.safety import recovery as recovery_module
from app.services.safety.checks import check_data_file
from app.services.safety.health import DamagedDataFile
from app.services.safety.recovery import restore_unreadable_file
from app.services.store import AppStore, open_store


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else ""


def fill(store: AppStore, people: int = 40) -> str:
    ward, _ = store.wards.create_ward(WardDetails(name="Ward 7 (Respiratory)"))
    for n in range(people):
        store.wards.add_staff(ward.id, f"Nurse number {n:03d}", "Registered nurse")
    return ward.id


def staff_count(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM staff").fetchone()[0])
    finally:
        conn.close()


def damage_page_of(path: Path, table: str) -> None:
    """Overwrite the middle of the table's root page, as a failing disk would."""
    conn = sqlite3.connect(path)
    root, page_size = conn.execute(
        f"SELECT rootpage, (SELECT page_size FROM pragma_page_size) FROM sqlite_master WHERE name = '{table}'"
    ).fetchone()
    conn.close()
    raw = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    raw[start + 8 : start + page_size] = b"\xab" * (page_size - 8)
    path.write_bytes(bytes(raw))


def crash_copy(store: AppStore, target: Path) -> Path:
    """The data folder as a crash leaves it: the file plus a WAL with committed work in it."""
    target.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        source = Path(str(store.path) + suffix)
        if source.exists():
            shutil.copyfile(source, target / source.name)
    return target / store.path.name


@pytest.fixture(scope="module")
def healthy_template(tmp_path_factory: pytest.TempPathFactory, template_database: Path) -> Path:
    folder = tmp_path_factory.mktemp("healthy")
    shutil.copyfile(template_database, folder / "wardhuddle.sqlite3")
    store = open_store(folder / "wardhuddle.sqlite3")
    fill(store)
    store.backups.take_backup("manual")
    store.close()  # a clean close: checkpointed, no WAL left
    assert not (folder / "wardhuddle.sqlite3-wal").exists()
    return folder


@pytest.fixture
def healthy(healthy_template: Path, tmp_path: Path) -> Path:
    """A data folder with 40 staff, one backup, closed cleanly."""
    folder = tmp_path / "data"
    shutil.copytree(healthy_template, folder, dirs_exist_ok=True)
    return folder / "wardhuddle.sqlite3"


def test_a_clean_start_runs_the_quick_check_only(healthy: Path) -> None:
    store = open_store(healthy)
    assert (store.health.unclean_shutdown, store.health.full_check_ran, store.health.damaged) == (False, False, False)
    assert not store.read_only
    store.close()


def test_an_unclean_shutdown_gets_a_full_check_before_anything_can_write(
    store: AppStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(store, 5)
    copy = crash_copy(store, tmp_path / "after-crash")
    assert Path(str(copy) + "-wal").stat().st_size > 0
    events: list[str] = []
    real_check, real_open = recovery_module.check_file, store_module.open_database

    def check(*args, **kwargs):  # ANN003, ANN202
        events.append("full check" if kwargs["full"] else "quick check")
        return real_check(*args, **kwargs)

    def open_for_writing(*args, **kwargs):  # ANN003, ANN202
        events.append("opened for writing")
        return real_open(*args, **kwargs)

    monkeypatch.setattr(recovery_module, "check_file", check)
    monkeypatch.setattr(store_module, "open_database", open_for_writing)
    reopened = open_store(copy)
    assert events == ["full check", "opened for writing"]
    assert reopened.health.unclean_shutdown and reopened.health.full_check_ran and not reopened.health.damaged
    assert len(reopened.wards.staff_for(reopened.wards.list_wards()[0].id)) == 5
    reopened.close()


def test_the_full_check_after_an_unclean_shutdown_also_checks_foreign_keys(store: AppStore, tmp_path: Path) -> None:
    fill(store, 1)
    conn = sqlite3.connect(store.path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute(
        "INSERT INTO staff (uuid, created_at, updated_at, origin_device_id, ward_id, name, role) "
        "VALUES ('00000000-0000-4000-8000-000000000001', 'x', 'x', 'd', 'no-such-ward', 'Orphan', 'HCA')"
    )
    copy = crash_copy(store, tmp_path / "after-crash")
    conn.close()
    reopened = open_store(copy)
    assert reopened.health.damaged and reopened.read_only
    assert any("points at something that no longer exists" in p for p in reopened.health.problems)
    reopened.close()


def test_a_damaged_page_is_found_at_start_kept_safe_and_never_written(healthy: Path) -> None:
    damage_page_of(healthy, "staff")
    before = _sha(healthy)
    store = open_store(healthy)
    health = store.health
    assert health.damaged and store.read_only
    assert health.preserved_in is not None and re.fullmatch(r"corrupt-\d{8}-\d{6}", health.preserved_in.name)
    assert health.preserved_in.parent == healthy.parent
    assert (health.preserved_in / healthy.name).read_bytes() == healthy.read_bytes()
    assert "kept these copies" in (health.preserved_in / "README.txt").read_text()
    assert health.newest_backup is not None and "manual" in health.newest_backup.path.name
    assert "Settings > Backups" in store.database.read_only_reason
    assert f'wardhuddle restore "{health.newest_backup.path}"' in health.cli_message()
    with pytest.raises(ReadOnlyDatabase):
        store.wards.create_ward(WardDetails(name="Not saved"))
    with pytest.raises(StorageError):
        store.backups.take_backup("manual")
    assert not store.backups.automatic_backup_due()
    store.close()
    assert _sha(healthy) == before  # not one byte written, not even a checkpoint

    again = open_store(healthy)  # a second start does not make a second copy
    assert again.health.preserved_in == health.preserved_in
    assert len(list(healthy.parent.glob("corrupt-*"))) == 1
    again.close()


def test_the_wal_and_shm_are_kept_with_the_damaged_file(store: AppStore, tmp_path: Path) -> None:
    fill(store, 30)
    store.database.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.wards.create_ward(WardDetails(name="Only in the WAL"))
    copy = crash_copy(store, tmp_path / "after-crash")
    damage_page_of(copy, "staff")
    reopened = open_store(copy)
    assert reopened.health.damaged
    kept = sorted(p.name for p in reopened.health.preserved_in.iterdir())
    assert kept == ["README.txt", "wardhuddle.sqlite3", "wardhuddle.sqlite3-shm", "wardhuddle.sqlite3-wal"]
    reopened.close()


def test_restoring_the_offered_backup_brings_every_record_back(healthy: Path) -> None:
    """R9/R12: the restore path a nurse takes from the recovery screen."""
    backup = open_store(healthy)
    newest = backup.backups.newest()
    backup.close()
    damage_page_of(healthy, "staff")
    store = open_store(healthy)
    assert store.recovery.damaged
    result = store.recovery.restore_damaged(store.health.newest_backup.path)
    assert result.safety_backup is None  # the damaged file is in the corrupt-... folder instead
    assert not store.read_only and not store.recovery.damaged
    assert len(store.wards.staff_for(store.wards.list_wards()[0].id)) == 40 == staff_count(newest.path)
    store.wards.create_ward(WardDetails(name="Saved after the restore"))
    assert store.audit.recent(2)[1].action == "backup restored"
    assert check_data_file(healthy).ok
    store.close()
    assert len(list(healthy.parent.glob("corrupt-*"))) == 1


def test_a_file_sqlite_cannot_read_at_all_is_kept_and_can_be_restored(healthy: Path) -> None:
    raw = bytearray(healthy.read_bytes())
    raw[:100] = b"\x00" * 100  # the header is gone
    healthy.write_bytes(bytes(raw))
    with pytest.raises(DamagedDataFile) as caught:
        open_store(healthy)
    error = caught.value
    assert "wardhuddle restore" in str(error) and error.health.newest_backup is not None
    assert (error.health.preserved_in / healthy.name).exists()
    restore_unreadable_file(error, error.health.newest_backup.path)
    store = open_store(healthy)
    assert not store.read_only and len(store.wards.staff_for(store.wards.list_wards()[0].id)) == 40
    assert store.health.damaged is False
    store.close()


def test_damage_found_during_a_session_stops_writes_at_once(healthy: Path) -> None:
    store = open_store(healthy)
    damage_page_of(healthy, "staff")
    before = _sha(healthy)
    report = check_data_file(healthy)
    assert report.damaged and not report.ok
    store.recovery.handle_damage(report)
    assert store.read_only and store.health.preserved_in is not None
    with pytest.raises(ReadOnlyDatabase):
        store.settings.set("text_scale_percent", 150)
    store.close()
    assert _sha(healthy) == before


def test_a_file_needing_an_upgrade_is_not_called_damaged(tmp_path: Path) -> None:
    from app.storage.integrity import IntegrityReport

    report = IntegrityReport(schema_version=1, schema_expected=6, problems=["needs upgrading"])
    assert not report.ok and not report.damaged
