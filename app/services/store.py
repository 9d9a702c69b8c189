"""Open the data file and hand out the services: the one entry point for bootstrap and the CLI.

Opening = open with the durable PRAGMAs → refuse (read-only) a newer schema → take a verified
backup if an existing file needs upgrading → apply the schema steps → quick_check.
Before any of that: refuse a network, removable or cloud-synced folder (app/storage/paths_safety.py)
and run the start-up check (app/services/safety/recovery.py: quick_check, or a full check after an
unclean shutdown, on a read-only connection; a damaged file opens read-only). With
``defer_check=True`` (the window) a file that needs neither opens read-only at once and the
quick_check runs on a worker until the first write (app/services/start_check.py).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import MigrationFailed
from app.services.context import Clock, ServiceContext, system_clock
from app.services.safety.health import StoreHealth
from app.storage.database import Database, open_database
from app.storage.migrations import current_schema_version

if TYPE_CHECKING:
    from app.services.exchange.exchange_services import ExchangeServices
    from app.services.exchange.redaction import RedactionService
    from app.services.records.actions import ActionService
    from app.services.records.audit import AuditService
    from app.services.records.board import BoardService
    from app.services.records.drafts import DraftService
    from app.services.records.huddles import HuddleService
    from app.services.records.improvement_huddles import ImprovementHuddleService
    from app.services.records.measures import MeasureService
    from app.services.records.projects import ProjectService
    from app.services.records.pulse import PulseService
    from app.services.records.reflections import ReflectionService
    from app.services.records.search import SearchService
    from app.services.records.settings import SettingsService
    from app.services.records.wards import WardService
    from app.services.safety.backups import BackupService
    from app.services.safety.recovery import RecoveryService
    from app.services.start_check import StartCheck

log = logging.getLogger(__name__)


@dataclass
class AppStore:
    """The open data file and its services. Each service is built (and its module imported) the
    first time something asks for it, so start-up pays only for what the first screen uses."""

    database: Database
    ctx: ServiceContext
    backups_dir: Path
    messages: list[str] = field(default_factory=list)
    health: StoreHealth = field(default_factory=StoreHealth)
    start_check: StartCheck | None = None  # the start-up check, when it runs on a worker

    @cached_property
    def wards(self) -> WardService:
        from app.services.records.wards import WardService

        return WardService(self.ctx)

    @cached_property
    def settings(self) -> SettingsService:
        from app.services.records.settings import SettingsService

        return SettingsService(self.ctx)

    @cached_property
    def audit(self) -> AuditService:
        from app.services.records.audit import AuditService

        return AuditService(self.ctx)

    @cached_property
    def huddles(self) -> HuddleService:
        from app.services.records.huddles import HuddleService

        return HuddleService(self.ctx)

    @cached_property
    def actions(self) -> ActionService:
        from app.services.records.actions import ActionService

        return ActionService(self.ctx)

    @cached_property
    def reflections(self) -> ReflectionService:
        from app.services.records.reflections import ReflectionService

        return ReflectionService(self.ctx, self.actions)

    @cached_property
    def measures(self) -> MeasureService:
        from app.services.records.measures import MeasureService

        return MeasureService(self.ctx)

    @cached_property
    def projects(self) -> ProjectService:
        from app.services.records.projects import ProjectService

        return ProjectService(self.ctx, self.measures)

    @cached_property
    def pulse(self) -> PulseService:
        from app.services.records.pulse import PulseService

        return PulseService(self.ctx, self.huddles, self.measures)

    @cached_property
    def board(self) -> BoardService:  # improvement ideas and the ward's board
        from app.services.records.board import BoardService

        return BoardService(self.ctx, self.projects, self.actions, self.huddles)

    @cached_property
    def improvement_huddles(self) -> ImprovementHuddleService:
        from app.services.records.improvement_huddles import ImprovementHuddleService

        return ImprovementHuddleService(self.board)

    @cached_property
    def search(self) -> SearchService:
        from app.services.records.search import SearchService

        return SearchService(self.ctx)

    @cached_property
    def backups(self) -> BackupService:
        from app.services.safety.backups import BackupService

        return BackupService(self.ctx, self.backups_dir, self.health)

    @cached_property
    def recovery(self) -> RecoveryService:
        from app.services.safety.recovery import RecoveryService

        return RecoveryService(self.database, self.health, self.backups, self.backups_dir)

    @cached_property
    def drafts(self) -> DraftService:
        from app.services.records.drafts import DraftService

        return DraftService(self.ctx)

    @cached_property
    def redaction(self) -> RedactionService:
        from app.services.exchange.redaction import RedactionService

        return RedactionService(self.ctx, self.backups)

    @cached_property
    def exchange(self) -> ExchangeServices:  # weekly export and import; imported on first use
        from app.services.exchange.exchange_services import ExchangeServices

        return ExchangeServices(self.ctx, redaction=self.redaction, backups=self.backups)

    @property
    def read_only(self) -> bool:
        return self.database.read_only

    @property
    def path(self) -> Path:
        return self.database.path

    def current_ward_id(self) -> str | None:
        wanted = self.settings.get("current_ward_id")
        wards = self.wards.list_wards()
        if wanted and any(w.id == wanted for w in wards):
            return str(wanted)
        return wards[0].id if wards else None

    @contextmanager
    def reader(self) -> Iterator[AppStore]:
        """The same file opened read-only on the calling thread, for reading many records on a
        worker (app/ui/tasks.py): a SQLite connection belongs to the thread that opened it."""
        database = open_database(self.database.path, max_schema=current_schema_version(), read_only=True)
        try:
            yield AppStore(database, ServiceContext(database, self.ctx.clock), self.backups_dir)
        finally:
            database.close()

    def settle_start_check(self) -> StoreHealth:
        """Wait for a start-up check still running on a worker and apply its verdict."""
        if self.start_check is not None:
            self.start_check.settle()
        return self.health

    @property
    def closed(self) -> bool:
        """Closed (work still queued for a window that is going, such as building the rest of a
        page, must leave it alone)."""
        return getattr(self, "_closed", False)

    def close(self) -> None:
        self._closed = True
        if self.start_check is not None and not self.start_check.settled:
            self.start_check.cancel()  # no verdict yet: the connection is read-only, nothing was written
        self.database.close()


def open_store(
    database_path: Path,
    *,
    backups_dir: Path | None = None,
    clock: Clock = system_clock,
    read_only: bool = False,
    defer_check: bool = False,
) -> AppStore:
    # here, not at the top: a reader (printing, a worker) needs none of them
    from app.services.safety.recovery import check_before_opening, open_damaged_read_only
    from app.storage.backup import make_verified_backup
    from app.storage.migrations import migrate, pending_steps
    from app.storage.paths_safety import check_live_database_location

    database_path = Path(database_path)
    backups = backups_dir or database_path.parent / "backups"
    check_live_database_location(database_path)
    existed = database_path.exists() and database_path.stat().st_size > 0
    target = current_schema_version()
    if defer_check and existed and not read_only:
        deferred = _open_checking_on_a_worker(database_path, target, backups, clock)
        if deferred is not None:
            return deferred
    health = check_before_opening(database_path, expected_schema=target, backups_dir=backups, clock=clock)
    messages: list[str] = []
    if health.damaged:
        database = open_damaged_read_only(database_path, max_schema=target, reason=health.message())
    else:
        database = open_database(database_path, max_schema=target, read_only=read_only)
    if database.read_only:
        if database.read_only_reason and not health.damaged:  # damage: the recovery screen explains
            messages.append(database.read_only_reason)
    else:
        todo = pending_steps(database)
        if todo:
            from_version = database.user_version()
            if existed and from_version > 0:
                make_verified_backup(database, backups, f"before-upgrade-v{from_version}")
            try:
                result = migrate(database)
            except MigrationFailed as error:
                database.close()
                database = open_database(database_path, max_schema=target, read_only=True)
                database.read_only_reason = str(error)
                messages.append(str(error))
            else:
                if existed and result.changed:
                    ctx = ServiceContext(database, clock)
                    with database.write():
                        ctx.audit("migration", {"from_schema": result.from_version, "to_schema": result.to_version})
    store = AppStore(database, ServiceContext(database, clock), backups, messages=messages, health=health)
    return store


def _open_checking_on_a_worker(path: Path, target: int, backups: Path, clock: Clock) -> AppStore | None:
    """A cleanly closed file at this build's schema, open read-only with its quick_check pending
    (app/services/start_check.py: the window starts it on a worker after its first paint); None
    when it must be checked first (a WAL left by a crash gets the full check; an upgrade, a newer
    file or one SQLite cannot open take the usual path)."""
    from app.errors import StorageError
    from app.storage.backup import change_fingerprint, wal_is_non_empty

    if wal_is_non_empty(path):
        return None
    from app.services.start_check import StartCheck
    from app.storage.before_check import open_unchecked

    health = StoreHealth(fingerprint_at_open=change_fingerprint(path))
    check = StartCheck(path, health, expected_schema=target, backups_dir=backups, clock=clock)
    try:
        database = open_unchecked(path, check.damage_message)
    except StorageError:
        return None
    if database.schema_version != target:
        database.close()
        return None
    check.attach(database)  # to the screens: writable; the connection cannot write until the check passed
    return AppStore(database, ServiceContext(database, clock), backups, health=health, start_check=check)
