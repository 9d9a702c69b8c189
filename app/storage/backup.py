"""Verified backups: ``VACUUM INTO`` a temporary file, check it, fsync, then rename into place.

A backup interrupted half-way leaves only a ``.partial`` file, never a broken ``.sqlite3``; the
next start (or thinning) removes stale ``.partial`` files. Also here: the backup list and its thinning
(at least 12 daily, 10 weekly and 9 monthly copies), copies to a second folder (temporary name,
fsync, SHA-256 compared, rename), the change fingerprint that says whether a backup is due, and
restoring a backup into the live file is app/storage/restore.py.

File names carry the UTC time and the reason: ``wardhuddle-20261103-141500-auto.sqlite3``.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import shutil
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.errors import DatabaseCorrupt, StorageError
from app.storage.database import BUSY_TIMEOUT_MS, Database

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())  # the CLI prints its own one line; the GUI's log file still gets these

BACKUP_PREFIX = "wardhuddle-"
BACKUP_SUFFIX = ".sqlite3"
PARTIAL_SUFFIX = ".partial"
_NAME = re.compile(r"^wardhuddle-(\d{8}-\d{6})-(.+?)(?:-(\d+))?\.sqlite3$")


# -- low-level file safety ------------------------------------------------------------------
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


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def connect_reader(path: Path) -> sqlite3.Connection:
    """A read-only connection that may still run ``VACUUM INTO`` (``query_only`` would refuse it).
    It never checkpoints or changes the file, and it belongs to the thread that opened it."""
    conn = sqlite3.connect(
        Path(path).resolve().as_uri() + "?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=True
    )
    conn.isolation_level = None
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn


def is_readable(path: Path) -> bool:
    """Can SQLite read the schema and this file's device identity at all?"""
    try:
        conn = connect_reader(path)
    except Exception:  # any failure means "cannot be read"
        return False
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("SELECT device_id FROM device WHERE id = 1").fetchone()
        return True
    except Exception:
        return False
    finally:
        conn.close()


def open_reader(path: Path) -> Database:
    """The live file opened read-only for a backup or a check, on the calling thread."""
    conn = connect_reader(path)
    database = Database(conn, Path(path), read_only=True, read_only_reason="opened for a backup")
    database.schema_version = database.user_version()
    return database


def closed_database(path: Path) -> Database:
    """A stand-in for a data file nobody may open (it is being replaced): every use fails."""
    conn = sqlite3.connect(":memory:")
    conn.close()
    return Database(conn, Path(path), read_only=True, read_only_reason="The data file is being restored.")


def verify_backup_file(path: Path) -> bool:
    try:
        conn = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)
        try:
            return conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return False


# -- making backups -------------------------------------------------------------------------
def safe_reason(reason: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in reason).strip("-")[:40] or "backup"


def _backup_name(folder: Path, moment: datetime, reason: str) -> Path:
    stamp = moment.astimezone(UTC).strftime("%Y%m%d-%H%M%S")
    clean = safe_reason(reason)
    final = folder / f"{BACKUP_PREFIX}{stamp}-{clean}{BACKUP_SUFFIX}"
    counter = 1
    while final.exists() or final.with_name(final.name + PARTIAL_SUFFIX).exists():
        counter += 1
        final = folder / f"{BACKUP_PREFIX}{stamp}-{clean}-{counter}{BACKUP_SUFFIX}"
    return final


def make_verified_backup(database: Database, folder: Path, reason: str, *, now: datetime | None = None) -> Path:
    """Write a checked copy of ``database`` into ``folder`` and return its path.

    Uses ``database``'s own connection, so call it on the thread that opened it (``open_reader``
    gives a worker thread its own)."""
    moment = now or datetime.now(UTC)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        final = _backup_name(folder, moment, reason)
    except OSError as error:
        raise StorageError(f"No backup could be written in {folder}: {error.strerror or error}.") from None
    partial = final.with_name(final.name + PARTIAL_SUFFIX)
    try:
        database.conn.execute("VACUUM INTO ?", [str(partial)])
    except sqlite3.DatabaseError as error:
        _remove_quietly(partial)
        full = "full" in str(error).lower()
        raise StorageError(
            "The backup could not be written: the disk is full."
            if full
            else f"The backup could not be written: {error}."
        ) from None
    if not verify_backup_file(partial):
        _remove_quietly(partial)
        raise StorageError("The backup was written but failed its check, so it was discarded.")
    try:
        _fsync_file(partial)
        os.replace(partial, final)
        _fsync_dir(folder)
    except OSError as error:
        _remove_quietly(partial)
        raise StorageError(f"The backup could not be saved in {folder}: {error.strerror or error}.") from None
    return final


def _remove_quietly(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass


def backup_database_file(path: Path, folder: Path, reason: str, *, now: datetime | None = None) -> Path:
    """A verified backup of the data file at ``path``, made on its own read-only connection, so it
    can run on any thread while the app keeps working. A file that fails ``quick_check`` is never
    backed up (a damaged copy would push good ones out of the rotation)."""
    try:
        reader = open_reader(path)
    except sqlite3.DatabaseError as error:
        raise DatabaseCorrupt(f"The data file could not be read for a backup ({error}).") from None
    try:
        try:
            quick = [str(r[0]) for r in reader.conn.execute("PRAGMA quick_check").fetchall()]
        except sqlite3.DatabaseError as error:
            quick = [str(error)]
        if quick != ["ok"]:
            raise DatabaseCorrupt("The data file failed its check, so no backup was taken of it.")
        # VACUUM INTO would fsync its output as it goes (about 3x slower); the copy is fsynced
        # once, after its check and before its rename, which is all the safety it needs.
        reader.conn.execute("PRAGMA synchronous = OFF")
        return make_verified_backup(reader, folder, reason, now=now)
    finally:
        reader.close()


# -- the backup list ------------------------------------------------------------------------
@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime  # UTC, from the file name
    reason: str
    size: int
    counter: int = 1
    modified_ns: int = 0  # orders backups made within the same second

    @property
    def sort_key(self) -> tuple[datetime, int, int, str]:
        return (self.taken_at, self.modified_ns, self.counter, self.path.name)


def parse_backup_name(name: str) -> tuple[datetime, str, int] | None:
    match = _NAME.match(name)
    if not match:
        return None
    try:
        moment = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S").replace(tzinfo=UTC)
    except ValueError:
        return None
    return moment, match.group(2), int(match.group(3) or 1)


def list_backups(folder: Path) -> list[BackupInfo]:
    """Completed backups in ``folder``, newest first (``.partial`` files are not backups)."""
    found: list[BackupInfo] = []
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return []
    for entry in entries:
        parsed = parse_backup_name(entry.name)
        if parsed is None:
            continue
        try:
            stat = entry.stat()
        except OSError:
            continue
        found.append(BackupInfo(entry, parsed[0], parsed[1], stat.st_size, parsed[2], stat.st_mtime_ns))
    return sorted(found, key=lambda b: b.sort_key, reverse=True)


# -- thinning -------------------------------------------------------------------------------
@dataclass(frozen=True)
class Retention:
    """Anki's defaults: everything from the last day, then the newest copy of each of 12 days,
    10 weeks and 9 months."""

    recent: timedelta = timedelta(hours=24)
    daily: int = 12
    weekly: int = 10
    monthly: int = 9


def backups_to_keep(backups: Iterable[BackupInfo], now: datetime, retention: Retention = Retention()) -> set[Path]:
    """Which backups thinning keeps. Pure: the same list and clock give the same answer.

    Newest first: every backup younger than ``retention.recent`` is kept; each older one is kept
    if it is the newest of its day (up to ``daily`` days), else of its ISO week (up to ``weekly``
    weeks), else of its month (up to ``monthly`` months). The newest backup is always kept.
    """
    ordered = sorted(backups, key=lambda b: b.sort_key, reverse=True)
    keep: set[Path] = set()
    if not ordered:
        return keep
    keep.add(ordered[0].path)
    daily, weekly, monthly = retention.daily, retention.weekly, retention.monthly
    seen_days: set[object] = set()
    seen_weeks: set[object] = set()
    seen_months: set[object] = set()
    for backup in ordered:
        moment = backup.taken_at
        day = moment.date()
        week = tuple(day.isocalendar())[:2]
        month = (day.year, day.month)
        if now - moment < retention.recent:
            keep.add(backup.path)
        elif day not in seen_days and daily > 0:
            daily -= 1
            keep.add(backup.path)
        elif week not in seen_weeks and day not in seen_days and weekly > 0:
            weekly -= 1
            keep.add(backup.path)
        elif month not in seen_months and week not in seen_weeks and day not in seen_days and monthly > 0:
            monthly -= 1
            keep.add(backup.path)
        if backup.path in keep:
            seen_days.add(day)
            seen_weeks.add(week)
            seen_months.add(month)
    return keep


def thin_backups(folder: Path, now: datetime, retention: Retention = Retention()) -> list[Path]:
    """Delete the backups thinning does not keep, and unfinished copies (:func:`remove_leftovers`).
    Returns what was removed."""
    backups = list_backups(folder)
    keep = backups_to_keep(backups, now, retention)
    removed: list[Path] = []
    for backup in backups:
        if backup.path not in keep:
            try:
                backup.path.unlink()
                removed.append(backup.path)
            except OSError as error:
                log.warning("could not remove an old backup: %s", error.strerror)
    removed += remove_leftovers(folder, now)
    return removed


LEFTOVER_AGE_SECONDS = 300  # a backup being written now (by another session) is never this old


def leftover_files(folder: Path) -> list[Path]:
    """Copies the app started and never finished: ``.partial`` backups and ``.restoring`` copies."""
    try:
        return [p for p in Path(folder).iterdir() if p.name.endswith((PARTIAL_SUFFIX, ".restoring")) and p.is_file()]
    except OSError:
        return []


def remove_leftovers(folder: Path, now: datetime, *, older_than: float = LEFTOVER_AGE_SECONDS) -> list[Path]:
    """Delete unfinished copies (a killed backup's ``.partial``) older than ``older_than`` seconds:
    run at every start and every thinning, so none is left for good (and none keeps redacted text)."""
    removed: list[Path] = []
    for leftover in leftover_files(folder):
        try:
            if now.timestamp() - leftover.stat().st_mtime > older_than:
                leftover.unlink()
                removed.append(leftover)
        except OSError:
            continue
    return removed


# -- a second folder ------------------------------------------------------------------------
def copy_verified(source: Path, folder: Path) -> Path:
    """Copy a completed backup into ``folder`` (for example a network drive): written under a
    temporary name, fsynced, compared byte for byte by SHA-256, then renamed. Nothing half-copied
    ever carries a backup's name. Returns the copy's path."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / source.name
    expected = sha256_of(source)
    if target.exists() and target.stat().st_size == source.stat().st_size and sha256_of(target) == expected:
        return target
    partial = target.with_name(target.name + PARTIAL_SUFFIX)
    try:
        with open(source, "rb") as reader, open(partial, "wb") as writer:
            shutil.copyfileobj(reader, writer, 1 << 20)
            writer.flush()
            os.fsync(writer.fileno())
        if sha256_of(partial) != expected:
            raise StorageError("The copy in the second backup folder did not match the backup, so it was discarded.")
        os.replace(partial, target)
        _fsync_dir(folder)
    except BaseException:
        try:
            partial.unlink(missing_ok=True)
        except OSError:
            pass
        raise
    return target


# -- is a backup due? -----------------------------------------------------------------------
def change_fingerprint(path: Path) -> tuple[tuple[int, int], ...]:
    """Sizes and modification times of the data file and its WAL. Any commit, from this process
    or another, changes the WAL (or, after a checkpoint, the file); reading changes neither."""
    out = []
    for candidate in (Path(path), Path(str(path) + "-wal")):
        try:
            stat = candidate.stat()
        except OSError:
            out.append((0, 0))
            continue
        # an empty WAL (just created by opening, or truncated by a checkpoint) holds no change
        out.append((stat.st_mtime_ns, stat.st_size) if stat.st_size else (0, 0))
    return tuple(out)


def wal_is_non_empty(path: Path) -> bool:
    """A WAL left with content when nothing has the file open means the last session ended
    without closing cleanly (a crash, a kill, a power cut)."""
    try:
        return Path(str(path) + "-wal").stat().st_size > 0
    except OSError:
        return False
