"""The start-up ``quick_check`` on a worker thread, so the window does not wait for it.

``open_store(..., defer_check=True)`` (the app's window; the command line keeps checking first)
opens a file that needs no upgrade and was closed cleanly through a **read-only** connection and
leaves its :class:`StartCheck` pending. The window is built and painted; then (app/ui/startup.py)
the check starts on its own thread, with its own read-only connection. The first write waits for
the verdict (``Database.before_write``; if the check has not started, it runs there and then):

* healthy: a writable connection is opened and swapped in place, every service keeps working;
* damaged: the damage is recorded exactly as at start (a dated copy, the newest backup offered),
  the connection stays read-only and every write is refused with the reason.

Until the verdict the only connection the app holds cannot write, so a damaged file is never
written to, not even by a checkpoint. Closing the app before the verdict interrupts the check
(nothing was written, so nothing depends on it; the next start checks again). A file that needs
an upgrade, or whose WAL still holds work after a crash (the full check runs then), is checked
before opening, as before."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path

from app.services.context import Clock
from app.services.safety.health import StoreHealth
from app.services.safety.recovery import record_start_check
from app.storage.before_check import QuickCheck
from app.storage.database import Database, open_database
from app.storage.integrity import IntegrityReport

log = logging.getLogger(__name__)


class StartCheck:
    """One start-up check of the file at ``path``; ``settle`` applies its verdict to the store's
    database (given by ``attach``)."""

    def __init__(
        self, path: Path, health: StoreHealth, *, expected_schema: int, backups_dir: Path, clock: Clock
    ) -> None:
        self.path = Path(path)
        self.health = health
        self.expected_schema = expected_schema
        self.backups_dir = Path(backups_dir)
        self.clock = clock
        self.database: Database | None = None
        self.report: IntegrityReport | None = None
        self._check = QuickCheck(self.path, expected_schema)
        self._finished = threading.Event()
        self._lock = threading.Lock()
        self._listeners: list[Callable[[], None]] = []
        self._thread: threading.Thread | None = None
        self._cancelled = False
        self.settled = False

    def attach(self, database: Database) -> None:
        """The store's database, read-only until the verdict; its first write waits for it."""
        self.database = database
        database.before_write = self.settle

    def start(self) -> None:
        """Run the check on a worker thread (once)."""
        with self._lock:
            if self._thread is not None or self._finished.is_set():
                return
            self._thread = threading.Thread(target=self._run, name="wardhuddle-start-check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        started = time.perf_counter()
        try:
            report = self._check.run()
        except Exception as error:  # a check that cannot run proves nothing: treat the file as damaged
            report = IntegrityReport(quick_ok=False, problems=[f"The start-up check could not run: {error}"])
        self.health.check_ms = (time.perf_counter() - started) * 1000
        with self._lock:
            self.report = report
            self._finished.set()
            listeners, self._listeners = self._listeners, []
        for listener in listeners:
            listener()

    def _verdict(self) -> IntegrityReport:
        with self._lock:
            run_here = self._thread is None and not self._finished.is_set()
            if run_here:
                self._thread = threading.current_thread()
        if run_here:  # nothing started the worker yet (a write or a damaged read came first)
            self._run()
        self._finished.wait()
        assert self.report is not None
        return self.report

    def damage_message(self) -> str:
        """A read found the file malformed: the verdict's message if the check confirms damage
        (it is then recorded and the store stays read-only), else "" (the read's error stands)."""
        if self._cancelled or not self._verdict().damaged:
            return ""
        return self.settle().message()

    def cancel(self) -> None:
        """The app is closing before the verdict: stop the check (it changes nothing either way)."""
        self._cancelled = True
        self._check.interrupt()
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(5)

    @property
    def finished(self) -> bool:
        return self._finished.is_set()

    def when_finished(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` when the check is done: on the check's thread, or at once if it is."""
        with self._lock:
            if not self._finished.is_set():
                self._listeners.append(callback)
                return
        callback()

    def settle(self) -> StoreHealth:
        """Wait for the check, then open the file for writing or keep it read-only (damaged). On the
        thread that owns the store's connection; the second and later calls return at once."""
        if self.settled or self._cancelled:  # cancelled: the store is closing, nothing may write
            return self.health
        report = self._verdict()
        self.settled = True
        database = self.database
        assert database is not None
        database.before_write = None
        if report.damaged:
            record_start_check(self.health, self.path, report, self.backups_dir, self.clock)
            database.read_only = True
            database.read_only_reason = self.health.message()
            return self.health
        writable = open_database(self.path, max_schema=self.expected_schema)
        old = database.conn
        database.conn = writable.conn
        database._db = None
        database.read_only = writable.read_only
        database.read_only_reason = writable.read_only_reason
        database.schema_version = writable.schema_version
        old.close()
        log.info("start-up check passed in %.0f ms (on a worker)", self.health.check_ms)
        return self.health
