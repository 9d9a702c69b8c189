"""Open the data file and hand out the services: the one entry point for bootstrap and the CLI.

Opening = open with the durable PRAGMAs → refuse (read-only) a newer schema → take a verified
backup if an existing file needs upgrading → apply the schema steps → quick_check.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from app.errors import MigrationFailed
from app.services.actions import ActionService
from app.services.audit import AuditService
from app.services.huddles import HuddleService
from app.services.reflections import ReflectionService
from app.services.measures import MeasureService
from app.services.context import Clock, ServiceContext, system_clock
from app.services.settings import SettingsService
from app.services.wards import WardService
from app.storage.backup import make_verified_backup
from app.storage.database import Database, open_database
from app.storage.integrity import quick_check
from app.storage.migrations import current_schema_version, migrate, pending_steps

log = logging.getLogger(__name__)


@dataclass
class AppStore:
    database: Database
    ctx: ServiceContext
    backups_dir: Path
    wards: WardService = field(init=False)
    settings: SettingsService = field(init=False)
    audit: AuditService = field(init=False)
    huddles: HuddleService = field(init=False)
    actions: ActionService = field(init=False)
    reflections: ReflectionService = field(init=False)
    measures: MeasureService = field(init=False)
    messages: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.wards = WardService(self.ctx)
        self.settings = SettingsService(self.ctx)
        self.audit = AuditService(self.ctx)
        self.huddles = HuddleService(self.ctx)
        self.actions = ActionService(self.ctx)
        self.reflections = ReflectionService(self.ctx, self.actions)
        self.measures = MeasureService(self.ctx)

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

    def close(self) -> None:
        self.database.close()


def open_store(
    database_path: Path, *, backups_dir: Path | None = None, clock: Clock = system_clock, read_only: bool = False
) -> AppStore:
    database_path = Path(database_path)
    backups = backups_dir or database_path.parent / "backups"
    existed = database_path.exists() and database_path.stat().st_size > 0
    target = current_schema_version()
    database = open_database(database_path, max_schema=target, read_only=read_only)
    messages: list[str] = []
    if database.read_only:
        if database.read_only_reason:
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
    if database.schema_version and not quick_check(database):
        messages.append("The data file failed its start-up check. Use Check data to see the problems.")
    store = AppStore(database, ServiceContext(database, clock), backups, messages=messages)
    return store
