"""Backups (R10, R11, R13): verified before they get a name, taken when data changed (simulated
clock), on close and before risky operations, thinned to 12 daily / 10 weekly / 9 monthly, copied
to a second folder only when complete; restored with a safety backup first and the epoch raised."""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.domain.ward import WardDetails
from app.errors import StorageError, ValidationError
from app.services.store import AppStore, open_store
from app.storage import backup as backup_module
from app.storage.backup import (
    BackupInfo,
    Retention,
    backups_to_keep,
    copy_verified,
    list_backups,
    make_verified_backup,
    parse_backup_name,
    thin_backups,
)

START = datetime(2026, 11, 3, 9, 0, tzinfo=UTC)


@dataclass
class FakeClock:
    moment: datetime = START

    def __call__(self) -> datetime:
        return self.moment

    def advance(self, **kwargs: float) -> None:
        self.moment += timedelta(**kwargs)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def timed_store(database_path: Path, clock: FakeClock):
    store = open_store(database_path, clock=clock)
    yield store
    store.close()


def add_ward(store: AppStore, name: str = "Ward 7") -> str:
    ward, _ = store.wards.create_ward(WardDetails(name=name))
    return ward.id


def ward_names(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT name FROM wards WHERE deleted = 0 ORDER BY name")]
    finally:
        conn.close()


# -- verified writing (R10) -----------------------------------------------------------------
def test_a_backup_is_checked_before_it_gets_its_name(timed_store: AppStore, tmp_path: Path) -> None:
    add_ward(timed_store)
    path = make_verified_backup(timed_store.database, tmp_path / "b", "manual")
    assert path.name.startswith("wardhuddle-") and path.suffix == ".sqlite3"
    assert ward_names(path) == ["Ward 7"]
    assert sqlite3.connect(path).execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert not list((tmp_path / "b").glob("*.partial"))


def test_a_backup_that_fails_its_check_never_replaces_a_good_one(
    timed_store: AppStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "b"
    good = make_verified_backup(timed_store.database, folder, "manual")
    good_bytes = good.read_bytes()
    monkeypatch.setattr(backup_module, "verify_backup_file", lambda _p: False)
    with pytest.raises(StorageError, match="failed its check"):
        make_verified_backup(timed_store.database, folder, "manual", now=datetime.now(UTC) + timedelta(hours=1))
    assert [b.path for b in list_backups(folder)] == [good]
    assert good.read_bytes() == good_bytes
    assert list(folder.iterdir()) == [good]  # no partial left either


def test_a_half_written_partial_is_not_a_backup_and_is_cleared_later(timed_store: AppStore, tmp_path: Path) -> None:
    folder = tmp_path / "b"
    good = make_verified_backup(timed_store.database, folder, "manual", now=START)
    partial = folder / "wardhuddle-20261103-100000-auto.sqlite3.partial"
    partial.write_bytes(b"SQLite format 3\x00 half")  # what a power cut mid-backup leaves
    assert [b.path for b in list_backups(folder)] == [good]
    assert thin_backups(folder, datetime.now(UTC) + timedelta(hours=2)) == [partial]
    assert good.exists()


def test_backup_names_round_trip() -> None:
    assert parse_backup_name("wardhuddle-20261103-141500-auto.sqlite3") == (
        datetime(2026, 11, 3, 14, 15, tzinfo=UTC),
        "auto",
        1,
    )
    assert parse_backup_name("wardhuddle-20261103-141500-before-upgrade-v1-2.sqlite3")[1:] == ("before-upgrade-v1", 2)
    assert parse_backup_name("wardhuddle-20261103-141500-auto.sqlite3.partial") is None
    assert parse_backup_name("notes.txt") is None


# -- when backups are taken (R11, simulated clock) -----------------------------------------
def test_automatic_backups_follow_changes_at_most_30_minutes_apart(timed_store: AppStore, clock: FakeClock) -> None:
    service = timed_store.backups
    assert not service.automatic_backup_due()  # nothing changed since opening
    clock.advance(hours=5)
    assert service.take_automatic_backup() is None

    add_ward(timed_store, "Ward 1")
    assert service.automatic_backup_due()  # changed, and no backup yet
    first = service.take_automatic_backup()
    assert first is not None and first.reason == "auto"
    assert ward_names(first.path) == ["Ward 1"]
    assert not service.automatic_backup_due()

    clock.advance(minutes=10)
    add_ward(timed_store, "Ward 2")
    assert not service.automatic_backup_due()  # the last one is only 10 minutes old
    clock.advance(minutes=20)
    assert service.automatic_backup_due()  # 30 minutes: the change must be backed up now
    second = service.take_automatic_backup()
    assert ward_names(second.path) == ["Ward 1", "Ward 2"]
    assert second.path.name.startswith("wardhuddle-20261103-1430")

    clock.advance(hours=3)
    assert not service.automatic_backup_due()  # no change, no backup however long it runs


def test_a_simulated_working_day_never_leaves_a_change_more_than_30_minutes_unbacked(
    timed_store: AppStore, clock: FakeClock
) -> None:
    """The app's timer asks every minute; an edit every 7 minutes for 4 hours."""
    service = timed_store.backups
    last_backup = None
    for minute in range(4 * 60):
        if minute % 7 == 0:
            add_ward(timed_store, f"Ward {minute:03d}")
        made = service.take_automatic_backup()
        if made is not None:
            last_backup = clock()
        assert last_backup is not None and clock() - last_backup <= timedelta(minutes=30)
        clock.advance(minutes=1)


def test_a_backup_is_taken_on_close_only_when_something_changed(timed_store: AppStore, clock: FakeClock) -> None:
    assert timed_store.backups.backup_on_close() is None
    add_ward(timed_store)
    made = timed_store.backups.backup_on_close()
    assert made is not None and made.reason == "on-close" and ward_names(made.path) == ["Ward 7"]
    assert timed_store.backups.backup_on_close() is None


def test_risky_operations_get_a_verified_backup_first(timed_store: AppStore) -> None:
    add_ward(timed_store)
    path = timed_store.backups.before_risky_operation("import")
    assert "-before-import" in path.name and ward_names(path) == ["Ward 7"]
    assert timed_store.backups.before_risky_operation("before-redaction").name.count("before") == 1


def test_backups_run_on_their_own_connection_from_a_worker_thread(timed_store: AppStore) -> None:
    """R40: the UI runs backups on a worker thread; the app's connection stays on its own."""
    import threading

    add_ward(timed_store)
    out: dict[str, object] = {}

    def work() -> None:
        try:
            out["result"] = timed_store.backups.take_backup("auto")
        except Exception as error:
            out["error"] = error

    worker = threading.Thread(target=work)
    worker.start()
    worker.join(30)
    assert "error" not in out, out
    assert ward_names(out["result"].path) == ["Ward 7"]


def test_a_damaged_file_is_never_backed_up(timed_store: AppStore) -> None:
    timed_store.health.damaged = True
    add_ward(timed_store)
    assert not timed_store.backups.automatic_backup_due()
    with pytest.raises(StorageError, match="damaged"):
        timed_store.backups.take_backup("manual")


# -- thinning -------------------------------------------------------------------------------
def _every(start: datetime, end: datetime, step: timedelta) -> list[BackupInfo]:
    out, moment = [], start
    while moment <= end:
        out.append(BackupInfo(Path(f"/b/{moment:%Y%m%d-%H%M%S}"), moment, "auto", 1))
        moment += step
    return out


def test_thinning_keeps_12_daily_10_weekly_and_9_monthly_copies() -> None:
    now = datetime(2026, 11, 3, 17, 0, tzinfo=UTC)
    backups = _every(now - timedelta(days=730), now, timedelta(hours=3))
    keep = backups_to_keep(backups, now)
    kept = sorted((b for b in backups if b.path in keep), key=lambda b: b.taken_at, reverse=True)
    older = [b for b in kept if now - b.taken_at >= timedelta(hours=24)]
    days = {b.taken_at.date() for b in kept}
    weeks = {tuple(b.taken_at.isocalendar())[:2] for b in kept}
    months = {(b.taken_at.year, b.taken_at.month) for b in kept}
    assert all(b.path in keep for b in backups if now - b.taken_at < timedelta(hours=24))
    assert len(days) >= 12 + 1 and len(weeks) >= 10 and len(months) >= 9
    assert len(older) <= 12 + 10 + 9  # no more than the rotation asks for
    assert kept[0].taken_at == now  # the newest always stays
    # the daily ones: the newest copy of each of the 12 days before the last 24 hours
    daily = sorted({b.taken_at.date() for b in older}, reverse=True)[:12]
    assert daily == [(now - timedelta(days=d)).date() for d in range(2, 14)]


def test_thinning_a_sparse_history_keeps_everything_it_can() -> None:
    now = datetime(2026, 11, 3, tzinfo=UTC)
    backups = _every(now - timedelta(days=200), now, timedelta(days=20))
    assert backups_to_keep(backups, now) == {b.path for b in backups}
    assert backups_to_keep([], now) == set()


def test_thinning_deletes_files_off_the_rotation(tmp_path: Path) -> None:
    folder = tmp_path / "b"
    folder.mkdir()
    now = datetime(2026, 11, 3, 12, tzinfo=UTC)
    for backup in _every(now - timedelta(days=60), now, timedelta(hours=6)):
        (folder / f"wardhuddle-{backup.taken_at:%Y%m%d-%H%M%S}-auto.sqlite3").write_bytes(b"x")
    (folder / "keep-me.txt").write_text("not a backup")
    before = len(list_backups(folder))
    removed = thin_backups(folder, now, Retention())
    after = list_backups(folder)
    assert len(after) + len(removed) == before and len(removed) > 100
    assert (folder / "keep-me.txt").exists()
    assert len({b.taken_at.date() for b in after}) >= 13


def test_automatic_backups_thin_the_folder_as_they_go(timed_store: AppStore, clock: FakeClock) -> None:
    for day in range(20):
        add_ward(timed_store, f"Ward {day:02d}")
        timed_store.backups.take_automatic_backup()
        clock.advance(days=1)
    backups = timed_store.backups.list()
    assert 1 + 12 <= len(backups) <= 1 + 12 + 10  # today's, 12 days, then a weekly or two
    assert len({b.taken_at.date() for b in backups}) >= 13
    assert ward_names(backups[0].path)[-1] == "Ward 19"


# -- the second folder (R13) ----------------------------------------------------------------
def test_a_second_folder_receives_a_verified_copy_of_each_backup(timed_store: AppStore, tmp_path: Path) -> None:
    second = tmp_path / "network-drive"
    timed_store.settings.set("second_backup_folder", str(second))
    add_ward(timed_store)
    result = timed_store.backups.take_backup("manual")
    assert result.mirror_problem == "" and result.mirrored_to is not None
    assert result.mirrored_to.parent.parent == second  # in a folder named after this PC and data file
    assert result.mirrored_to.read_bytes() == result.path.read_bytes()
    assert not list(result.mirrored_to.parent.glob("*.partial"))


def test_a_failed_copy_leaves_nothing_under_a_backup_name_and_keeps_the_backup(
    timed_store: AppStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    second = tmp_path / "network-drive"
    timed_store.settings.set("second_backup_folder", str(second))

    def cable_pulled(source, target, *_args) -> None:
        target.write(source.read(100))
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(backup_module.shutil, "copyfileobj", cable_pulled)
    add_ward(timed_store)
    result = timed_store.backups.take_backup("manual")
    assert result.path.exists() and ward_names(result.path) == ["Ward 7"]
    assert "second backup folder failed: Input/output error" in result.mirror_problem
    assert [p.name for p in second.rglob("*") if p.is_file()] == []


def test_copy_verified_refuses_a_copy_that_does_not_match(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / "wardhuddle-20261103-141500-auto.sqlite3"
    source.write_bytes(b"backup bytes" * 1000)
    real = backup_module.sha256_of
    monkeypatch.setattr(backup_module, "sha256_of", lambda p: "0" if p.name.endswith(".partial") else real(p))
    with pytest.raises(StorageError, match="did not match"):
        copy_verified(source, tmp_path / "second")
    assert list((tmp_path / "second").iterdir()) == []


# -- restoring ------------------------------------------------------------------------------
def test_restore_brings_back_the_backup_after_a_safety_backup_and_raises_the_epoch(
    timed_store: AppStore, clock: FakeClock
) -> None:
    add_ward(timed_store, "Ward A")
    chosen = timed_store.backups.take_backup("manual").path
    clock.advance(minutes=5)
    add_ward(timed_store, "Ward B (added after the backup)")
    epoch_before = timed_store.ctx.device.epoch

    other = sqlite3.connect(timed_store.path)  # a second user's session keeps the file open
    result = timed_store.backups.restore(chosen)
    timed_store.backups.after_restore()

    assert [w.name for w in timed_store.wards.list_wards()] == ["Ward A"]
    assert [r[0] for r in other.execute("SELECT name FROM wards")] == ["Ward A"]
    other.close()
    assert result.safety_backup is not None and "before-restore" in result.safety_backup.name
    assert ward_names(result.safety_backup) == ["Ward A", "Ward B (added after the backup)"]
    assert result.epoch == timed_store.ctx.device.epoch == epoch_before + 1
    new_ward = add_ward(timed_store, "Ward C")
    assert timed_store.wards.get(new_ward).envelope.epoch == result.epoch  # new edits win the merge
    entry = timed_store.audit.recent(2)[1]
    assert entry.action == "backup restored" and entry.counts["records"] == 1 and entry.counts["epoch"] == result.epoch
    conn = sqlite3.connect(timed_store.path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_the_epoch_never_goes_back_when_an_older_backup_is_restored(timed_store: AppStore, clock: FakeClock) -> None:
    add_ward(timed_store)
    old = timed_store.backups.take_backup("manual").path  # epoch 0 inside
    clock.advance(minutes=1)
    first = timed_store.backups.restore(old)
    clock.advance(minutes=1)
    second = timed_store.backups.restore(old)  # the same epoch-0 backup again
    assert second.epoch > first.epoch > 0


def test_restore_upgrades_a_backup_from_an_older_schema(timed_store: AppStore, tmp_path: Path) -> None:
    fixture = Path(__file__).resolve().parent.parent / "data" / "schema_v1.db"
    old_backup = tmp_path / "wardhuddle-20250101-120000-manual.sqlite3"
    shutil.copyfile(fixture, old_backup)
    result = timed_store.backups.restore(old_backup)
    timed_store.backups.after_restore()
    assert result.from_schema == 1 and timed_store.database.user_version() == result.to_schema
    assert timed_store.wards.list_wards()  # the demo ward of the fixture
    assert timed_store.drafts.pending() == []  # tables added after step 1 exist


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"definitely not sqlite" * 50, "not a Ward Huddle backup"),
        (None, "There is no backup file"),
    ],
)
def test_restore_refuses_what_is_not_a_good_backup(timed_store: AppStore, tmp_path: Path, content, words) -> None:
    add_ward(timed_store)
    path = tmp_path / "wardhuddle-20261103-141500-manual.sqlite3"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(ValidationError, match=words):
        timed_store.backups.restore(path)
    assert [w.name for w in timed_store.wards.list_wards()] == ["Ward 7"]
    assert not list(timed_store.backups_dir.glob("*before-restore*"))


def test_restore_refuses_a_backup_from_a_newer_version(timed_store: AppStore, tmp_path: Path) -> None:
    add_ward(timed_store)
    path = timed_store.backups.take_backup("manual").path
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 999")
    conn.commit()
    conn.close()
    with pytest.raises(ValidationError, match="newer version"):
        timed_store.backups.restore(path)


def test_a_change_made_before_the_backup_service_is_first_used_still_counts(
    database_path: Path, clock: FakeClock
) -> None:
    """Services are built on first use: the baseline is the file as it was opened."""
    store = open_store(database_path, clock=clock)
    add_ward(store)  # nothing has touched store.backups yet
    assert store.backups.automatic_backup_due()
    store.close()


def test_opening_and_reading_is_not_a_change(database_path: Path, clock: FakeClock) -> None:
    store = open_store(database_path, clock=clock)
    store.wards.list_wards()
    store.settings.all()
    assert not store.backups.has_changed()
    store.close()
