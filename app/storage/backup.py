"""Verified backups: ``VACUUM INTO`` a temporary file, check it, fsync, then rename into place.

A backup interrupted half-way leaves only a ``.partial`` file, never a broken ``.sqlite3``.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

from app.errors import StorageError
from app.storage.database import Database

BACKUP_SUFFIX = ".sqlite3"


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _fsync_dir(path: Path) -> None:
    if os.name == "nt":  # directories cannot be fsynced on Windows; NTFS journals the rename
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def verify_backup_file(path: Path) -> bool:
    try:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            return conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return False


def make_verified_backup(database: Database, folder: Path, reason: str, *, now: datetime | None = None) -> Path:
    """Write a checked copy of ``database`` into ``folder`` and return its path."""
    moment = now or datetime.now(timezone.utc)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = moment.strftime("%Y%m%d-%H%M%S")
    safe_reason = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in reason)[:40]
    final = folder / f"wardhuddle-{stamp}-{safe_reason}{BACKUP_SUFFIX}"
    counter = 1
    while final.exists():
        counter += 1
        final = folder / f"wardhuddle-{stamp}-{safe_reason}-{counter}{BACKUP_SUFFIX}"
    partial = final.with_name(final.name + ".partial")
    if partial.exists():
        partial.unlink()
    try:
        database.conn.execute("VACUUM INTO ?", [str(partial)])
    except sqlite3.DatabaseError as error:
        partial.unlink(missing_ok=True)
        raise StorageError(f"The backup could not be written: {error}.") from None
    if not verify_backup_file(partial):
        partial.unlink(missing_ok=True)
        raise StorageError("The backup was written but failed its check, so it was discarded.")
    _fsync_file(partial)
    os.replace(partial, final)
    _fsync_dir(folder)
    return final
