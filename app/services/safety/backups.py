"""Backups: automatic (when data changed, at most 30 minutes apart while the app runs), on close,
before risky operations, by hand; thinned; copied to an optional second folder; restored.

Other features call, before they change many records at once::

    store.backups.before_risky_operation("before-import")   # returns the verified backup's path

Every method here except ``after_restore`` works by path on its own connection, so the UI can
run it on a worker thread (app/ui/tasks.py) while it keeps its own connection.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from app.domain.settings_catalog import spec_for
from app.errors import ReadOnlyDatabase, StorageError, ValidationError
from app.services.context import ServiceContext
from app.services.safety.restore_steps import PendingRestore, finish_restore, write_marker
from app.storage.backup import (
    BackupInfo,
    Retention,
    backup_database_file,
    change_fingerprint,
    copy_verified,
    list_backups,
    open_reader,
    safe_reason,
    thin_backups,
)
from app.storage.database import open_database
from app.storage.device import read_device
from app.storage.migrations import current_schema_version
from app.storage.repositories.settings import SettingsRepository
from app.storage.restore import inspect_backup, read_epoch, read_live_identity, restore_backup_into

if TYPE_CHECKING:
    from app.services.safety.health import StoreHealth

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())  # the CLI prints its own one line; the GUI's log file still gets these

AUTOMATIC_INTERVAL = timedelta(minutes=30)

REASON_WORDS = {
    "auto": "Automatic",
    "on-close": "When Ward Huddle closed",
    "manual": "Made by hand",
    "cli": "Made from the command line",
    "before-restore": "Before a restore",
    "before-redaction": "Before removing text",
    "after-redaction": "After removing text",
    "before-import": "Before an import",
    "after-unclean-shutdown": "After an unexpected shutdown",
}


def describe_reason(reason: str) -> str:
    """Plain words for a backup's reason, for the Settings list."""
    if reason in REASON_WORDS:
        return REASON_WORDS[reason]
    if reason.startswith("before-upgrade-v"):
        return "Before an upgrade"
    if reason.startswith("before-"):
        return "Before " + reason[len("before-") :].replace("-", " ")
    return reason.replace("-", " ").capitalize()


@dataclass
class BackupResult:
    path: Path
    reason: str
    mirrored_to: Path | None = None
    mirror_problem: str = ""
    removed: list[Path] = field(default_factory=list)


@dataclass
class RestoreResult:
    restored_from: Path
    safety_backup: Path | None
    method: str
    epoch: int
    counts: dict[str, int]
    from_schema: int
    to_schema: int


class BackupService:
    def __init__(self, ctx: ServiceContext, folder: Path, health: StoreHealth | None = None) -> None:
        self.ctx = ctx
        self.folder = Path(folder)
        self.health = health
        self.interval = AUTOMATIC_INTERVAL
        self.retention = Retention()
        self._lock = threading.RLock()
        unclean = bool(health and health.unclean_shutdown)
        at_open = health.fingerprint_at_open if health is not None else None
        self._fingerprint: tuple[tuple[int, int], ...] | None = (
            None if unclean else at_open if at_open is not None else change_fingerprint(self.path)
        )
        newest = self.newest()
        self._last_backup_at: datetime | None = newest.taken_at if newest else None

    @property
    def path(self) -> Path:
        return self.ctx.database.path

    # -- listing -------------------------------------------------------------------------
    def list(self) -> list[BackupInfo]:
        """Backups in the backups folder, newest first."""
        return list_backups(self.folder)

    def newest(self) -> BackupInfo | None:
        backups = self.list()
        return backups[0] if backups else None

    # -- making --------------------------------------------------------------------------
    def _may_back_up(self) -> bool:
        if self.health is not None and self.health.damaged:
            return False  # never back up a damaged file: it would push good copies out
        return True

    def take_backup(
        self, reason: str, *, folder: Path | None = None, mirror: bool = True, thin: bool = True
    ) -> BackupResult:
        """A verified backup now, whatever changed. Thread-safe; its own connection."""
        if not self._may_back_up():
            raise StorageError("The data file is damaged, so no backup was taken of it.")
        reason = safe_reason(reason)
        with self._lock:
            fingerprint = change_fingerprint(self.path)
            now = self.ctx.now()
            target = Path(folder) if folder is not None else self.folder
            path = backup_database_file(self.path, target, reason, now=now)
            result = BackupResult(path, reason)
            if folder is None:
                self._fingerprint = fingerprint
                self._last_backup_at = now
                if mirror:
                    self._mirror(result)
                if thin:
                    result.removed += thin_backups(self.folder, now, self.retention)
            log.info("backup made (%s): %s", reason, path.name)
            return result

    def before_risky_operation(self, reason: str) -> Path:
        """Call before a migration, import, restore or redaction: a verified backup of the data as
        it is now. Raises if it cannot be made, so the risky operation does not go ahead without it."""
        if not reason.startswith("before-"):
            reason = f"before-{reason}"
        return self.take_backup(reason).path

    def has_changed(self) -> bool:
        return change_fingerprint(self.path) != self._fingerprint

    def automatic_backup_due(self) -> bool:
        """Data changed since the last backup and the last one is at least 30 minutes old."""
        if self.ctx.database.read_only or not self._may_back_up():
            return False
        if not self._lock.acquire(blocking=False):
            return False  # a backup or restore is running: never make the UI thread wait for it
        try:
            if not self.has_changed():
                return False
            return self._last_backup_at is None or self.ctx.now() - self._last_backup_at >= self.interval
        finally:
            self._lock.release()

    def take_automatic_backup(self) -> BackupResult | None:
        """The timer's job (on a worker thread): a backup if one is due, else None."""
        if not self.automatic_backup_due():
            return None
        return self.take_backup("auto")

    def backup_on_close(self) -> BackupResult | None:
        """When the app closes: a backup if anything changed since the last one."""
        if self.ctx.database.read_only or not self._may_back_up() or not self.has_changed():
            return None
        return self.take_backup("on-close")

    # -- the second folder ---------------------------------------------------------------
    def second_folder(self) -> Path | None:
        """The setting ``second_backup_folder``, read on this thread's own connection."""
        reader = open_reader(self.path)
        try:
            stored = SettingsRepository(reader).stored()
            try:
                device = read_device(reader).device_id
            except StorageError:
                device = ""
        finally:
            reader.close()
        text = spec_for("second_backup_folder").coerce(stored.get("second_backup_folder", ""))
        if not text:
            return None
        device_id = device or "unknown"
        return Path(text).expanduser() / f"{safe_reason(self.ctx.machine)}-{device_id[:8]}"

    def _mirror(self, result: BackupResult) -> None:
        try:
            folder = self.second_folder()
            if folder is None:
                return
            result.mirrored_to = copy_verified(result.path, folder)
            thin_backups(folder, self.ctx.now(), self.retention)
        except (OSError, StorageError) as error:
            reason = getattr(error, "strerror", None) or str(error)
            result.mirror_problem = f"The copy to the second backup folder failed: {reason}."
            log.warning("second backup folder copy failed: %s", type(error).__name__)

    # -- restoring -----------------------------------------------------------------------
    def check_backup(self, backup: Path) -> None:
        facts = inspect_backup(Path(backup), max_schema=current_schema_version())
        if not facts.ok:
            raise ValidationError(facts.problem)

    def restore(self, backup: Path) -> RestoreResult:
        """Replace the data with a backup's. The data as it is now is backed up first (unless it
        is damaged: then it was already copied into a corrupt-... folder). Afterwards the schema is
        upgraded if the backup is older, the device's epoch goes above every epoch used before (so
        the weekly export's merge stays right) and the audit log records the restore.

        Works by path on its own connections (a worker thread may run it); the UI calls
        ``after_restore()`` on its own thread when it is done."""
        backup = Path(backup)
        target = current_schema_version()
        facts = inspect_backup(backup, max_schema=target)
        if not facts.ok:
            raise ValidationError(facts.problem)
        damaged = bool(self.health and self.health.damaged)
        if self.ctx.database.read_only and not damaged:
            raise ReadOnlyDatabase(self.ctx.database.read_only_reason or "This data file is open read-only.")
        with self._lock:
            epochs = [facts.epoch, *(e for e in (read_epoch(self.path),) if e is not None)]
            epochs += [e for e in (read_epoch(b.path) for b in self.list()[:60]) if e is not None]
            identity = read_live_identity(self.path)  # this PC keeps its own device id
            safety = None if damaged else self.before_risky_operation("before-restore")
            pending = PendingRestore(
                backup.name, max(epochs), facts.device_id, facts.epoch, sum(facts.counts.values()), identity
            )
            write_marker(self.path, pending)  # a kill from here on is finished at the next open
            method = restore_backup_into(backup, self.path, allow_replace=damaged)
            database = open_database(self.path, max_schema=target)
            try:
                from_schema = database.user_version()
                ctx = ServiceContext(database, self.ctx.clock, _who=(self.ctx.os_user, self.ctx.machine))
                epoch = finish_restore(database, ctx, pending, at_start=False)
            finally:
                database.close()
            if epoch is None:
                raise StorageError("The backup could not be restored: the data file does not hold it after the copy.")
            self._fingerprint = None  # the restored data has not been backed up from here yet
            log.info("backup restored (%s, %s records)", method, pending.records)
            return RestoreResult(backup, safety, method, epoch, facts.counts, from_schema, target)

    def after_restore(self) -> None:
        """On the thread that owns the app's connection, after ``restore``: forget the cached
        device epoch (new records must carry the new one)."""
        self.ctx.refresh_device()
        self.ctx.database.schema_version = self.ctx.database.user_version()


def backup_taken_at(backup: Path) -> datetime | None:
    """When a backup file was taken, read from its name; None for a file of another name."""
    from app.storage.backup import parse_backup_name

    parsed = parse_backup_name(backup.name)
    return parsed[0] if parsed else None
