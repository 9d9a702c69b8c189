"""``wardhuddle backup [--to DIR]``: a verified backup of the data file, now."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli import EXIT_FAILED, EXIT_OK, add_data_dir


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("backup", help="make a verified backup of the data file now")
    add_data_dir(parser)
    parser.add_argument(
        "--to",
        metavar="DIR",
        default=None,
        help="write the backup into DIR (for example a USB stick for IT) instead of the backups folder",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from app.errors import DataFolderError
    from app.paths import app_paths
    from app.services.store import open_store

    paths = app_paths(args.data_dir)
    if not paths.database.exists():
        print(f"wardhuddle: there is no data file at {paths.database} to back up.", file=sys.stderr)
        return EXIT_FAILED
    target = Path(args.to).expanduser().absolute() if args.to else None
    if target is not None:
        try:
            target.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise DataFolderError(f"Cannot write backups to {target}: {error.strerror or error}.") from None
    store = open_store(paths.database, backups_dir=paths.backups)
    try:
        if store.health.damaged:
            print(f"wardhuddle: {store.health.cli_message()}", file=sys.stderr)
            return EXIT_FAILED
        result = store.backups.take_backup("cli", folder=target)
    finally:
        store.close()
    print(f"Backup written and checked: {result.path}")
    if result.mirrored_to is not None:
        print(f"Copied to the second backup folder: {result.mirrored_to}")
    if result.mirror_problem:
        print(f"wardhuddle: {result.mirror_problem}", file=sys.stderr)
    return EXIT_OK
