"""Reading a data file before its start-up check has given its verdict (app/services/start_check.py).

* :func:`open_unchecked` opens the file read-only for the window, on a connection whose reads
  report damage: a read that finds the file malformed (``sqlite3.DatabaseError``, not a busy or
  locked ``OperationalError``) calls ``on_damage`` first, which waits for the check's verdict and
  returns its message when the file is damaged; the read then raises :class:`DatabaseCorrupt`
  with ``found_at_start`` set, so the window shows the recovery screen instead of a crash dialog.
* :class:`QuickCheck` is the check itself: ``quick_check`` on a read-only connection of the
  worker's own, which ``interrupt`` stops (the app closing before the verdict).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.errors import DatabaseCorrupt, StorageError
from app.storage.database import BUSY_TIMEOUT_MS, Database, check_sqlite_version
from app.storage.integrity import IntegrityReport, check_database


def _damaged(connection: Any, error: sqlite3.DatabaseError) -> BaseException:
    if isinstance(error, sqlite3.OperationalError):  # busy, locked, interrupted: not damage
        return error
    handler = getattr(connection, "on_damage", None)
    message = handler() if handler is not None else ""
    if not message:
        return error
    corrupt = DatabaseCorrupt(message)
    corrupt.found_at_start = True  # type: ignore[attr-defined]  # the recovery screen explains it
    corrupt.__cause__ = error
    return corrupt


class _Cursor(sqlite3.Cursor):
    def execute(self, *args: Any) -> sqlite3.Cursor:
        try:
            return super().execute(*args)
        except sqlite3.DatabaseError as error:
            raise _damaged(self.connection, error) from error

    def fetchone(self) -> Any:
        try:
            return super().fetchone()
        except sqlite3.DatabaseError as error:
            raise _damaged(self.connection, error) from error

    def fetchall(self) -> list[Any]:
        try:
            return super().fetchall()
        except sqlite3.DatabaseError as error:
            raise _damaged(self.connection, error) from error

    def fetchmany(self, *args: Any) -> list[Any]:
        try:
            return super().fetchmany(*args)
        except sqlite3.DatabaseError as error:
            raise _damaged(self.connection, error) from error

    def __next__(self) -> Any:
        try:
            return super().__next__()
        except sqlite3.DatabaseError as error:
            raise _damaged(self.connection, error) from error


class _Connection(sqlite3.Connection):
    on_damage: Callable[[], str] | None = None

    def cursor(self, factory: Any = _Cursor) -> sqlite3.Cursor:
        return super().cursor(factory)

    def execute(self, *args: Any) -> sqlite3.Cursor:  # the C execute() would make a plain cursor
        return self.cursor().execute(*args)


def open_unchecked(path: Path, on_damage: Callable[[], str]) -> Database:
    """The data file, read-only, for reading while its start-up check runs."""
    check_sqlite_version()
    try:
        conn = sqlite3.connect(
            Path(path).resolve().as_uri() + "?mode=ro",
            uri=True,
            timeout=BUSY_TIMEOUT_MS / 1000,
            check_same_thread=True,
            factory=_Connection,
        )
        conn.isolation_level = None
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA query_only = ON")
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    except sqlite3.DatabaseError as error:  # the usual path finds out what is wrong
        raise StorageError(f"Could not open {Path(path).name}: {error}.") from None
    conn.on_damage = on_damage
    database = Database(conn, Path(path))
    database.schema_version = version
    return database


class QuickCheck:
    """``quick_check`` of a file on a connection of the calling thread's own; interruptible."""

    def __init__(self, path: Path, expected_schema: int) -> None:
        self.path = Path(path)
        self.expected_schema = expected_schema
        self._conn: sqlite3.Connection | None = None
        self._stopped = False

    def run(self) -> IntegrityReport:
        report = IntegrityReport(schema_expected=self.expected_schema)
        try:
            conn = sqlite3.connect(self.path.resolve().as_uri() + "?mode=ro", uri=True, timeout=5)
        except sqlite3.DatabaseError as error:
            report.quick_ok = False
            report.problems.append(f"The file cannot be opened: {error}")
            return report
        conn.isolation_level = None
        self._conn = conn
        try:
            if self._stopped:
                raise InterruptedError("the start-up check was stopped")
            try:
                conn.execute("PRAGMA schema_version").fetchone()
            except sqlite3.DatabaseError as error:
                report.quick_ok = False
                report.problems.append(f"The file is damaged: {error}")
                return report
            return check_database(
                Database(conn, self.path, read_only=True), expected_schema=self.expected_schema, full=False
            )
        finally:
            self._conn = None
            conn.close()

    def interrupt(self) -> None:
        self._stopped = True
        conn = self._conn
        if conn is not None:
            conn.interrupt()
