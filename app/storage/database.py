"""The one place that opens the SQLite database.

Every connection runs with WAL, ``synchronous=FULL``, foreign keys on, ``secure_delete`` on and a
busy timeout, through sqlite-utils with plugins off. Normal (never EXCLUSIVE) locking, so two
staff logged in on the same ward PC can both use the file. A database written by a newer version
of the app is opened read-only and never modified (not even a checkpoint).
"""

from __future__ import annotations

import errno
import logging
import os
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import sqlite_utils

from app.errors import DatabaseBusy, DatabaseCorrupt, DataFolderError, DiskFull, ReadOnlyDatabase, StorageError

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000
APPLICATION_ID = 0x57484844  # "WHHD": marks the file as a Ward Huddle database
MIN_SQLITE = (3, 35, 0)  # RETURNING, ON CONFLICT upserts, DROP COLUMN


@dataclass
class Database:
    """An open database: the connection, its sqlite-utils handle, and what we learned opening it.

    Keyed reads and envelope writes use the connection directly (``rows``/``execute``); schema
    work, full-text search and bulk loads use sqlite-utils through ``db``. The sqlite-utils
    handle is made on first use because importing sqlite-utils pulls in click, dateutil and numpy
    (about 340 ms here), and the daily path of opening the app and a sheet needs none of them.
    """

    conn: sqlite3.Connection
    path: Path
    read_only: bool = False
    read_only_reason: str = ""
    schema_version: int = 0
    _db: Any = field(default=None, repr=False)
    # called before every write while set: the start-up check on a worker (app/services/start_check.py)
    before_write: Callable[[], object] | None = field(default=None, repr=False)

    @property
    def db(self) -> sqlite_utils.Database:
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn, execute_plugins=False, recursive_triggers=False)
        return self._db

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        try:
            cursor = self.conn.execute(sql, list(params))
            names = [d[0] for d in cursor.description or ()]
            return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
        except sqlite3.DatabaseError as error:
            if _is_damage(error):
                raise DatabaseCorrupt(DAMAGE_MESSAGE) from None
            raise

    def execute(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, list(params))

    def require_writable(self) -> None:
        if self.read_only:
            raise ReadOnlyDatabase(self.read_only_reason or "This database is open read-only.")

    @contextmanager
    def write(self) -> Iterator[Database]:
        """One user action, one transaction. ``BEGIN IMMEDIATE`` takes the write lock up front, so
        a second process waits (busy timeout) instead of failing half-way; nested calls become
        savepoints."""
        if self.before_write is not None:
            self.before_write()
        self.require_writable()
        if self.conn.in_transaction:
            import secrets  # here: hashlib and hmac are not needed to open the file

            name = f"nested_{secrets.token_hex(6)}"
            self.conn.execute(f"SAVEPOINT {name}")
            try:
                yield self
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                    self.conn.execute(f"RELEASE SAVEPOINT {name}")
                raise
            else:
                self.conn.execute(f"RELEASE SAVEPOINT {name}")
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:
            if "locked" in str(error) or "busy" in str(error):
                raise DatabaseBusy(
                    "Another program is writing to the data file and did not finish in time; nothing changed."
                ) from None
            raise
        try:
            yield self
            self.conn.execute("COMMIT")
        except BaseException as error:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            if _is_disk_full(error):
                raise DiskFull(DISK_FULL_MESSAGE) from None
            raise

    def pragma(self, name: str) -> object:
        row = self.conn.execute(f"PRAGMA {name}").fetchone()
        return None if row is None else row[0]

    def user_version(self) -> int:
        return int(self.pragma("user_version") or 0)

    def make_read_only(self, reason: str) -> None:
        """Refuse every further write on this connection (damage found mid-session)."""
        self.read_only = True
        self.read_only_reason = reason
        self.conn.execute("PRAGMA query_only = ON")

    def sqlite_version(self) -> str:
        return str(self.conn.execute("SELECT sqlite_version()").fetchone()[0])

    def close(self) -> None:
        try:
            self.conn.close()
        except sqlite3.Error:  # pragma: no cover - closing must never raise to a user
            log.exception("closing the database failed")


DAMAGE_MESSAGE = (
    "Part of the data file is damaged, so this could not be read and nothing was changed. "
    "Run 'wardhuddle check' (or Check data in the app) and restore the newest backup."
)


def _is_damage(error: BaseException) -> bool:
    text = str(error).lower()
    return not isinstance(error, sqlite3.IntegrityError) and (
        "malformed" in text or "corrupt" in text or "not a database" in text
    )


DISK_FULL_MESSAGE = (
    "The disk is full, so nothing was saved; your typing is kept on screen. "
    "Free some space (or ask IT), then save again."
)


def _is_disk_full(error: BaseException) -> bool:
    if isinstance(error, sqlite3.OperationalError):
        return "full" in str(error).lower()  # SQLITE_FULL: "database or disk is full"
    return isinstance(error, OSError) and error.errno == errno.ENOSPC


def check_sqlite_version() -> None:
    if sqlite3.sqlite_version_info < MIN_SQLITE:
        raise StorageError(
            f"This computer's SQLite {sqlite3.sqlite_version} is too old; "
            f"Ward Huddle needs {'.'.join(map(str, MIN_SQLITE))} or newer."
        )


def ensure_data_folder(folder: Path) -> None:
    """Create the data folder and prove we can write there."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / ".write-test"
        probe.write_bytes(b"ok")
        probe.unlink()
    except OSError as error:
        raise DataFolderError(f"Cannot use the data folder {folder}: {error.strerror or error}.") from None


def folder_write_problem(folder: Path) -> str:
    """Why nothing can be saved in ``folder`` (read-only, or the disk is full), or "" if it can."""
    import secrets

    probe = folder / f".write-test-{secrets.token_hex(4)}"
    try:
        with open(probe, "wb") as handle:
            handle.write(b"0" * 4096)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as error:
        if error.errno == errno.ENOSPC:
            what = "the disk is full"
        elif error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            what = "the data folder is read-only for this account"
        else:
            what = f"the data folder cannot be written to ({error.strerror or error})"
        return (
            f"Ward Huddle opened the data file read-only because {what}: you can read and print, "
            "but nothing can be saved. Free some space or ask IT, then restart Ward Huddle."
        )
    finally:
        try:
            probe.unlink(missing_ok=True)
        except OSError:
            pass
    return ""


def _no_shared_memory(path: Path) -> bool:
    """A WAL file can only be read without its -shm when opened as immutable (nothing can write
    it in a read-only folder anyway)."""
    return not Path(str(path) + "-shm").exists()


def _connect(path: Path, *, read_only: bool, immutable: bool = False) -> sqlite3.Connection:
    if read_only:
        uri = path.resolve().as_uri() + ("?mode=ro&immutable=1" if immutable else "?mode=ro")
        conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=True)
    else:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=True)
    # Autocommit at the driver: the only transactions are the ones Database.write() opens, so
    # nothing is ever left half-open by an implicit BEGIN.
    conn.isolation_level = None
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn


def _apply_pragmas(conn: sqlite3.Connection, *, read_only: bool) -> None:
    conn.execute("PRAGMA foreign_keys = ON")
    if read_only:
        conn.execute("PRAGMA query_only = ON")
        return
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        raise StorageError(f"The database could not be switched to WAL mode (it is in {mode} mode).")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA secure_delete = ON")


def _peek_user_version(path: Path) -> int:
    """Read the schema level without writing anything to the file; StorageError (and the file
    left byte for byte as it was) if it is not a Ward Huddle data file."""
    conn = _connect(path, read_only=True)
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
        if app_id != APPLICATION_ID:
            tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
            what = "another program's database" if tables else "an empty database that Ward Huddle did not make"
            raise StorageError(
                f"{path.name} is {what}, not a Ward Huddle data file, so it was left untouched. "
                "Choose a Ward Huddle data file, or a folder without one to start a new one."
            )
        return version
    finally:
        conn.close()


def refuse_unusable_file(path: Path) -> None:
    """A data file must be a file, and a new one is only made where no file exists: a folder or
    a zero-byte file in its place is refused with one line and left as it is."""
    if path.is_dir():
        raise StorageError(f"{path} is a folder, not a Ward Huddle data file. Choose the data file inside it.")
    if path.exists() and path.stat().st_size == 0:
        raise StorageError(
            f"{path.name} is empty (0 bytes), so it is not a Ward Huddle data file and was left untouched. "
            "Restore a backup, or move the empty file away to start a new data file."
        )


def open_database(path: Path, *, max_schema: int, read_only: bool = False) -> Database:
    """Open (creating if needed) the database at ``path``.

    ``max_schema`` is the newest schema this build knows. A file whose ``user_version`` is higher
    is opened read-only with ``read_only_reason`` set; it is never migrated or checkpointed.
    """
    check_sqlite_version()
    path = Path(path)
    reason = ""
    refuse_unusable_file(path)
    if path.exists():
        try:
            version = _peek_user_version(path)
        except sqlite3.DatabaseError as error:
            raise StorageError(f"{path.name} is not a Ward Huddle database or is damaged ({error}).") from None
        if version > max_schema:
            read_only = True
            reason = (
                f"This data file was written by a newer version of Ward Huddle (schema {version}; "
                f"this version knows up to {max_schema}). It is open read-only and will not be "
                "changed. Install the newer version to edit it."
            )
        if not read_only:
            cannot_write = folder_write_problem(path.parent)
            if cannot_write:  # the file can still be read: open it read-only and say why
                read_only, reason = True, cannot_write
    elif read_only:
        raise StorageError(f"There is no database at {path}.")
    else:
        ensure_data_folder(path.parent)
    try:
        conn = _connect(path, read_only=read_only, immutable=bool(reason) and _no_shared_memory(path))
        _apply_pragmas(conn, read_only=read_only)
    except sqlite3.DatabaseError as error:
        raise StorageError(f"Could not open {path.name}: {error}.") from None
    database = Database(conn, path, read_only=read_only, read_only_reason=reason)
    database.schema_version = database.user_version()
    return database


def read_pragmas(database: Database) -> dict[str, object]:
    """The settings that matter for durability, as SQLite reports them (for tests and `check`)."""
    return {
        name: database.pragma(name)
        for name in ("journal_mode", "synchronous", "foreign_keys", "secure_delete", "busy_timeout", "locking_mode")
    }
