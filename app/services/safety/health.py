"""What the start-up check found about the data file (``StoreHealth``), and the error for a file
SQLite cannot read at all. A neutral module: both the backups and the recovery services use it,
so neither imports the other for it."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from app.domain.wording import format_local
from app.errors import DatabaseCorrupt

if TYPE_CHECKING:  # the backup module (hashlib, shutil, ...) is imported when a backup is listed
    from app.storage.backup import BackupInfo


@dataclass
class StoreHealth:
    """What the start-up check found (shared by the store's services)."""

    unclean_shutdown: bool = False
    full_check_ran: bool = False
    damaged: bool = False
    problems: list[str] = field(default_factory=list)
    preserved_in: Path | None = None
    newest_backup: BackupInfo | None = None
    check_ms: float = 0.0
    # the file as it was when the app opened it: "has anything changed since?" starts from here,
    # however late the backup service is first used
    fingerprint_at_open: tuple[tuple[int, int], ...] | None = None

    def message(self) -> str:
        """Why nothing can be saved, for a nurse (shown when a save is refused)."""
        if not self.damaged:
            return ""
        return (
            "Ward Huddle found damage in its data file, so it is not saving changes until a backup is "
            "restored. Nothing has been deleted. Restore the newest backup in Settings > Backups, or ask IT for help."
        )

    def cli_message(self) -> str:
        """The same for the command line, in one line, with the command that restores."""
        if not self.damaged:
            return ""
        text = "Ward Huddle found a problem with its data file, so it will not change it."
        if self.preserved_in is not None:
            text += f" A copy of the damaged file was kept for IT in {self.preserved_in}."
        if self.newest_backup is not None:
            text += (
                f" The newest backup is from {format_local(self.newest_backup.taken_at)}; "
                f'to restore it: wardhuddle restore "{self.newest_backup.path}"'
            )
        else:
            text += " There is no backup to restore; ask IT for help."
        return text


class DamagedDataFile(DatabaseCorrupt):
    """SQLite cannot read the data file at all. ``health`` says where the copy went and which
    backup to offer; ``database_path`` and ``backups_dir`` let a recovery screen restore it."""

    def __init__(self, health: StoreHealth, database_path: Path, backups_dir: Path) -> None:
        super().__init__(health.cli_message())
        self.health = health
        self.database_path = database_path
        self.backups_dir = backups_dir

    def backups(self) -> list[BackupInfo]:
        """The backups that could replace the unreadable file, newest first."""
        from app.storage.backup import list_backups

        return list_backups(self.backups_dir)
