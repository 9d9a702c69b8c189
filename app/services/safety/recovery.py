"""Start-up checks and recovery from a damaged data file.

At start (``check_before_opening``, called by ``open_store`` before anything can write):
``quick_check``; after an unclean shutdown (the WAL still had content) a full ``integrity_check``
and ``foreign_key_check`` instead. Both on a read-only connection, so a damaged file is never
written to, not even by a checkpoint.

When the file is damaged: the data file, its -wal and -shm are copied into a dated
``corrupt-YYYYmmdd-HHMMSS`` folder beside it; the store opens read-only (or, if SQLite cannot
read the file at all, ``open_store`` raises :class:`DamagedDataFile`); the newest backup is
offered. The same happens when Check data finds damage during a session (``handle_damage``).
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import WardHuddleError
from app.services.context import Clock, system_clock
from app.services.safety.health import DamagedDataFile, StoreHealth
from app.services.safety.restore_steps import finish_interrupted_restore, marker_path
from app.storage.backup import (
    change_fingerprint,
    closed_database,
    is_readable,
    list_backups,
    remove_leftovers,
    wal_is_non_empty,
)
from app.storage.database import Database, open_database, refuse_unusable_file
from app.storage.integrity import IntegrityReport, check_file, preserve_damaged_files

if TYPE_CHECKING:
    from app.services.safety.backups import BackupService, RestoreResult

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())  # the CLI prints its own one line; the GUI's log file still gets these


def check_before_opening(
    database_path: Path, *, expected_schema: int, backups_dir: Path, clock: Clock = system_clock
) -> StoreHealth:
    """The start-up check, before the app opens the file for writing. Raises DamagedDataFile if
    the file cannot be read at all."""
    health = StoreHealth()
    path = Path(database_path)
    refuse_unusable_file(path)  # a folder, or a zero-byte file: one line, nothing touched
    for folder in (Path(backups_dir), path.parent):  # a killed backup's or restore's unfinished copy
        for leftover in remove_leftovers(folder, datetime.now(UTC)):  # file times are wall-clock times
            log.info("removed an unfinished copy left by an interrupted backup: %s", leftover.name)
    if path.exists() and marker_path(path).exists():  # a restore killed after its copy: finish it now
        try:
            finish_interrupted_restore(path, max_schema=expected_schema, clock=clock)
        except WardHuddleError as error:  # the checks below say what is wrong with the file
            log.error("an interrupted restore could not be finished: %s", error)
    health.fingerprint_at_open = change_fingerprint(path)
    if not path.exists():
        return health
    health.unclean_shutdown = wal_is_non_empty(path)
    health.full_check_ran = health.unclean_shutdown
    started = clock()
    report = check_file(path, expected_schema=expected_schema, full=health.unclean_shutdown)
    health.check_ms = (clock() - started).total_seconds() * 1000
    if health.unclean_shutdown:
        log.info(
            "unclean shutdown: full integrity check %s in %.0f ms",
            "passed" if not report.damaged else "FAILED",
            health.check_ms,
        )
    if report.damaged:
        _record_damage(health, path, report, backups_dir, clock)
        if not _readable(path):
            raise DamagedDataFile(health, path, backups_dir)
    return health


def record_start_check(
    health: StoreHealth, path: Path, report: IntegrityReport, backups_dir: Path, clock: Clock = system_clock
) -> None:
    """The verdict of a start-up check that ran on a worker (app/services/start_check.py): damage
    is recorded as ``check_before_opening`` records it."""
    if report.damaged:
        _record_damage(health, Path(path), report, backups_dir, clock)


def _readable(path: Path) -> bool:
    return is_readable(path)


def _record_damage(health: StoreHealth, path: Path, report: IntegrityReport, backups_dir: Path, clock: Clock) -> None:
    health.damaged = True
    health.problems = list(report.problems)
    health.preserved_in = preserve_damaged_files(path, report.problems, now=clock())
    backups = list_backups(backups_dir)
    health.newest_backup = backups[0] if backups else None
    log.error(
        "the data file is damaged (%d problems); copies kept in %s", len(report.problems), health.preserved_in.name
    )


def open_damaged_read_only(path: Path, *, max_schema: int, reason: str) -> Database:
    database = open_database(path, max_schema=max_schema, read_only=True)
    database.read_only_reason = reason
    return database


class RecoveryService:
    """Handles damage found during a session and restores over a damaged file."""

    def __init__(self, database: Database, health: StoreHealth, backups: BackupService, backups_dir: Path) -> None:
        self.database = database
        self.health = health
        self.backups = backups
        self.backups_dir = Path(backups_dir)

    @property
    def damaged(self) -> bool:
        return self.health.damaged

    def message(self) -> str:
        return self.health.message()

    def handle_damage(self, report: IntegrityReport) -> StoreHealth:
        """Check data (or a failed backup) found damage during a session: keep a copy, stop
        writing at once, and say which backup can be restored. Call on the thread that owns the
        app's connection."""
        if self.health.damaged:
            return self.health
        path = self.database.path
        clock = self.backups.ctx.clock
        _record_damage(self.health, path, report, self.backups_dir, clock)
        self._switch_to_read_only(self.health.message())
        return self.health

    def _switch_to_read_only(self, reason: str) -> None:
        """Swap the app's connection for a read-only one. The read-only one is opened first, so
        closing the writable one is not the last close and cannot checkpoint into the damaged file."""
        from app.storage.migrations import current_schema_version

        try:
            replacement = open_damaged_read_only(self.database.path, max_schema=current_schema_version(), reason=reason)
        except Exception:  # cannot even reopen: refuse writes on the old connection
            self.database.make_read_only(reason)
            return
        old = self.database.conn
        self.database.conn = replacement.conn
        self.database._db = None
        self.database.read_only = True
        self.database.read_only_reason = reason
        old.close()

    def restore_damaged(self, backup: Path) -> RestoreResult:
        """Restore ``backup`` over the damaged file: close the app's connection, restore by path
        (the SQLite backup API, or a file replacement if the file cannot be opened), reopen the
        connection writable in place so every service keeps working. Runs on the UI thread: the
        app's connection must be closed while the file is replaced."""
        self.backups.check_backup(backup)
        self.database.close()
        try:
            result = self.backups.restore(backup)
        finally:
            self._reopen()
        if result is not None:
            self.health.damaged = False
            self.health.problems = []
            self.backups.after_restore()
        return result

    def _reopen(self) -> None:
        from app.storage.migrations import current_schema_version

        target = current_schema_version()
        try:
            fresh = open_database(self.database.path, max_schema=target)
        except Exception:  # still unreadable: stay read-only on whatever opens
            fresh = open_damaged_read_only(self.database.path, max_schema=target, reason=self.health.message())
        self.database.conn = fresh.conn
        self.database._db = None
        self.database.read_only = fresh.read_only
        self.database.read_only_reason = fresh.read_only_reason
        self.database.schema_version = fresh.schema_version


def restore_unreadable_file(error: DamagedDataFile, backup: Path, *, clock: Clock = system_clock) -> RestoreResult:
    """When ``open_store`` could not read the file at all: put ``backup`` in its place (nothing has
    it open) and return; the caller then opens the store normally."""
    from app.services.context import ServiceContext
    from app.services.safety.backups import BackupService

    placeholder = closed_database(error.database_path)
    service = BackupService(ServiceContext(placeholder, clock), error.backups_dir, error.health)
    service.check_backup(backup)
    return service.restore(backup)
