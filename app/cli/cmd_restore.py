"""``wardhuddle restore FILE``: put a backup back. The data as it is now is backed up first (or,
if it is damaged, was already kept in a corrupt-... folder), and the device's epoch goes up so
the weekly export merge stays right."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli import EXIT_OK, UsageError, add_data_dir


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("restore", help="restore a backup file (the current data is backed up first)")
    add_data_dir(parser)
    parser.add_argument("file", metavar="FILE", help="the backup to restore, e.g. from the backups folder")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from app.domain.wording import format_local
    from app.paths import app_paths
    from app.services.safety.backups import backup_taken_at
    from app.services.safety.health import DamagedDataFile
    from app.services.safety.recovery import restore_unreadable_file
    from app.services.store import open_store

    backup = Path(args.file).expanduser().absolute()
    if not backup.is_file():
        raise UsageError(f"there is no backup file at {backup}")
    paths = app_paths(args.data_dir)
    if backup.resolve() == paths.database.resolve():
        raise UsageError("that is the data file itself, not a backup")
    try:
        store = open_store(paths.database, backups_dir=paths.backups)
    except DamagedDataFile as error:
        result = restore_unreadable_file(error, backup)
    else:
        try:
            result = store.recovery.restore_damaged(backup) if store.health.damaged else store.backups.restore(backup)
        finally:
            store.close()
    taken_at = backup_taken_at(backup)
    when = f" from {format_local(taken_at)}" if taken_at else ""
    records = sum(result.counts.values())
    print(f"Restored the backup{when}: {records} records.")
    if result.safety_backup is not None:
        print(f"The data as it was before the restore is kept in {result.safety_backup}")
    return EXIT_OK
