"""Long work off the UI thread (house style §6.7): backups, checks, restores, PDFs, exports.

    from app.ui import tasks

    tasks.run_in_background(
        lambda: check_data_file(path),      # plain data in, plain data out; never touches a widget
        on_done=show_report,                # runs on the UI thread with the result
        on_error=show_problem,              # ...or with the exception; never both
        serial=True,                        # database work: one at a time, in order
    )

Built on QThreadPool + QRunnable with a signal-emitting QObject. ``serial=True`` queues the work
on a one-thread pool, so two backups (or a backup and a restore) never overlap; other work uses
the global pool. A busy cursor appears once work has run for 300 ms and goes when it ends.

A SQLite connection belongs to the thread that opened it: work that touches the data file opens
its own connection by path (the services' path-based functions do), never the UI's connection.

Tests: ``set_synchronous(True)`` (tests/ui/conftest.py does it for every UI test) runs the work
inline, so a test sees the result as soon as the action returns; a test of real threading turns
it off and waits with ``wait_for_all()`` or ``qtbot.waitSignal``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

BUSY_CURSOR_AFTER_MS = 300

_synchronous = False
_running: set[Task] = set()
_serial_pool: QThreadPool | None = None
_busy_cursors = 0


def set_synchronous(value: bool) -> None:
    """Run every task inline on the calling thread (for tests)."""
    global _synchronous
    _synchronous = value


def is_synchronous() -> bool:
    return _synchronous


def _pool(serial: bool) -> QThreadPool:
    global _serial_pool
    if not serial:
        return QThreadPool.globalInstance()
    if _serial_pool is None:
        _serial_pool = QThreadPool()
        _serial_pool.setMaxThreadCount(1)
        _serial_pool.setObjectName("wardhuddle-serial")
    return _serial_pool


def _default_error(error: BaseException) -> None:
    from app.errors import WardHuddleError
    from app.ui import prompts

    if isinstance(error, WardHuddleError):
        prompts.error(None, "Ward Huddle", str(error))
        return
    log.error("background task failed", exc_info=(type(error), error, error.__traceback__))
    prompts.error(
        None, "Something went wrong", "Ward Huddle hit an unexpected problem. Your saved work is safe.", repr(error)
    )


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._work = work
        self._signals = signals

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as error:  # handed to on_error on the UI thread
            self._signals.failed.emit(error)
        else:
            self._signals.done.emit(result)


class Task(QObject):
    """One piece of background work. ``finished`` fires after on_done/on_error has run."""

    finished = Signal()

    def __init__(self, on_done: Callable[[Any], None] | None, on_error: Callable[[BaseException], None] | None) -> None:
        super().__init__()
        self._on_done = on_done
        self._on_error = on_error or _default_error
        self.done = False
        self.result: Any = None
        self.error: BaseException | None = None
        self._busy = False
        self._signals = _Signals()
        self._signals.done.connect(self._finish_ok, Qt.ConnectionType.QueuedConnection)
        self._signals.failed.connect(self._finish_error, Qt.ConnectionType.QueuedConnection)

    def _show_busy(self) -> None:
        global _busy_cursors
        if self.done or QApplication.instance() is None:
            return
        self._busy = True
        _busy_cursors += 1
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)

    def _end(self) -> None:
        global _busy_cursors
        self.done = True
        if self._busy:
            self._busy = False
            _busy_cursors -= 1
            QApplication.restoreOverrideCursor()
        _running.discard(self)

    def _finish_ok(self, result: Any) -> None:
        self.result = result
        self._end()
        try:
            if self._on_done is not None:
                self._on_done(result)
        finally:
            self.finished.emit()

    def _finish_error(self, error: BaseException) -> None:
        self.error = error
        self._end()
        try:
            self._on_error(error)
        finally:
            self.finished.emit()


def run_in_background(
    work: Callable[[], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    *,
    serial: bool = False,
) -> Task:
    """Run ``work`` on a worker thread; call ``on_done(result)`` or ``on_error(exception)`` on
    the UI thread. Without ``on_error`` a WardHuddleError is shown in plain English and anything
    else is logged and shown as an unexpected problem."""
    task = Task(on_done, on_error)
    _running.add(task)
    if _synchronous:
        try:
            result = work()
        except BaseException as error:
            task._finish_error(error)
        else:
            task._finish_ok(result)
        return task
    QTimer.singleShot(BUSY_CURSOR_AFTER_MS, task._show_busy)
    _pool(serial).start(_Runnable(work, task._signals))
    return task


def running() -> int:
    """How many tasks have not finished yet."""
    return len(_running)


def wait_for_all(timeout_ms: int = 30_000) -> bool:
    """Block until every worker thread is idle and their results have been delivered (used at
    close, before the last backup, and by tests of real threading). True if all finished."""
    ok = QThreadPool.globalInstance().waitForDone(timeout_ms)
    if _serial_pool is not None:
        ok = _serial_pool.waitForDone(timeout_ms) and ok
    app = QApplication.instance()
    if app is not None:
        for _ in range(5):
            if not _running:
                break
            app.processEvents()
    return ok and not _running
