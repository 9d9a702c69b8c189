"""The app's data-safety wiring around the main window, called from app/bootstrap.py:

* ``open_store_safely``: open the data file; a network or cloud-synced folder is refused with an
  explanation and the local folder offered; a file SQLite cannot read at all gets the recovery
  screen; other problems a plain message.
* ``when_first_painted``: the input guard and garbage collection, from the first paint on.
* ``BackupTimer``: every minute, if data changed and the last backup is 30 minutes old, a
  verified backup on a worker thread (thinned, copied to the second folder).
* ``after_window_shown``: the start-up check's verdict (it runs on a worker while the window is
  built: app/services/start_check.py; damage brings up the recovery screen), the timer, the
  single-instance "come forward" wiring and the offer of unsaved drafts.
* ``before_quit``: wait for background work, then a backup if anything changed (a start-up
  check still running is interrupted when the store closes: nothing was written before it).
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from app.domain.data_location import UnsafeDataLocation
from app.errors import DatabaseCorrupt, StorageError
from app.services.store import AppStore, open_store
from app.ui import prompts

log = logging.getLogger(__name__)

CHECK_EVERY_MS = 60_000


def when_first_painted(window: Any, application: Any) -> None:
    """What waits for the window's first paint at start-up: the input guard (no input can reach a
    widget before it), and garbage collection, off while start-up creates its long-lived objects,
    back on with those objects frozen (never walked by the collector again)."""

    def painted() -> None:
        import gc

        from app.ui.widgets.input_guard import install_input_guard

        install_input_guard(application)
        gc.freeze()
        gc.enable()

    window.first_painted.connect(painted)


def open_store_safely(paths: Any, *, quit_when_ready: bool = False) -> AppStore | None:
    """The store, or None after telling the user why not (the caller exits with 1)."""
    from app.services.safety.health import DamagedDataFile

    try:
        return open_store(paths.database, backups_dir=paths.backups, defer_check=True)
    except UnsafeDataLocation as error:
        return _offer_local_folder(paths, error, quit_when_ready)
    except DamagedDataFile as error:
        log.error("the data file cannot be read; recovery screen shown")
        if quit_when_ready:
            print(f"wardhuddle: {error}", file=sys.stderr)
            return None
        from app.ui.pages.recovery_page import recover_unreadable_file

        if not recover_unreadable_file(error):
            return None
        return _open_or_explain(paths, quit_when_ready)
    except StorageError as error:
        return _explain(error, quit_when_ready)


def _explain(error: Exception, quit_when_ready: bool) -> None:
    log.error("could not open the data file: %s", type(error).__name__)
    if quit_when_ready:
        print(f"wardhuddle: {error}", file=sys.stderr)
    else:
        prompts.error(None, "Ward Huddle cannot open its data", str(error))
    return None


def _open_or_explain(paths: Any, quit_when_ready: bool) -> AppStore | None:
    try:
        return open_store(paths.database, backups_dir=paths.backups, defer_check=True)
    except StorageError as error:
        return _explain(error, quit_when_ready)


def _offer_local_folder(paths: Any, error: UnsafeDataLocation, quit_when_ready: bool) -> AppStore | None:
    from app.paths import AppPaths, default_data_dir

    local = AppPaths(default_data_dir())
    text = error.verdict.explanation(str(paths.data_dir), str(local.data_dir))
    usable = Path(local.data_dir) != Path(paths.data_dir)
    if quit_when_ready or not usable:
        return _explain(StorageError(text), quit_when_ready)
    if not prompts.ask_yes_no(
        None,
        "Ward Huddle: where to keep the data",
        f"{text}\n\nUse the folder on this computer now? (To change it for good, ask IT to change the "
        "WARDHUDDLE_DATA_DIR setting.)",
        yes="Use this computer's folder",
        no="Close Ward Huddle",
    ):
        return None
    return _open_or_explain(local, quit_when_ready)


class BackupTimer(QObject):
    """Automatic backups while the app runs: asks the service every minute (a cheap look at the
    file's size and time); a due backup runs on the serial worker, never on the UI thread."""

    def __init__(self, window: Any, store: AppStore, interval_ms: int = CHECK_EVERY_MS) -> None:
        super().__init__(window)
        self.window = window
        self.store = store
        self.running = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def tick(self) -> None:
        if self.running or not self.store.backups.automatic_backup_due():
            return
        self.running = True
        from app.ui import tasks  # imported when first needed: keeps it off the start-up path

        tasks.run_in_background(self.store.backups.take_automatic_backup, self._done, self._failed, serial=True)

    def _done(self, result: Any) -> None:
        self.running = False
        if result is not None and result.mirror_problem:
            self.window.ui.statusbar.showMessage(result.mirror_problem, 60_000)

    def _failed(self, error: BaseException) -> None:
        self.running = False
        log.error("automatic backup failed: %s", type(error).__name__)
        self.window.ui.statusbar.showMessage(f"The automatic backup failed: {error}", 60_000)
        if isinstance(error, DatabaseCorrupt):
            self.window.check_data()  # finds the damage and shows the recovery screen


class _CheckDone(QObject):
    """Carries "the start-up check finished" from its worker thread to the UI thread."""

    finished = Signal()


def watch_start_check(window: Any, store: AppStore) -> None:
    """Start the start-up check on a worker once the window has painted (it is off the first-paint
    path), and apply its verdict on the UI thread when it is done: damage stops writes and brings
    up the recovery screen, as a check before opening would."""
    check = store.start_check
    if check is None:
        return
    relay = _CheckDone(window)
    window.start_check_relay = relay

    def settle() -> None:
        health = store.settle_start_check()
        if health.damaged and getattr(window, "recovery", None) is None:
            log.error("the start-up check found damage; recovery screen shown")
            window.enter_recovery()

    relay.finished.connect(settle)  # queued: emitted on the check's thread
    check.when_finished(relay.finished.emit)
    if getattr(window, "_painted", False):
        check.start()
    else:
        window.first_painted.connect(lambda: QTimer.singleShot(0, check.start))


def load_heavy_libraries_after_paint(window: Any) -> None:
    """The chart and printing libraries on a background thread once the window's first page is
    whole (app/ui/preload.py), so Measures and printing do not freeze the window the first time.
    Not sooner: the thread shares the interpreter with the daily sheet still being built after the
    first paint, and would make the sheet come up later."""
    from app.ui import preload

    if getattr(window, "first_page_is_ready", True):
        preload.start()
    else:
        window.first_page_ready.connect(lambda: QTimer.singleShot(0, preload.start))


def after_window_shown(window: Any, store: AppStore, instance: Any, *, quit_when_ready: bool) -> None:
    if instance:
        from app.ui.single_instance import bring_forward

        instance.activation_requested.connect(lambda: bring_forward(window))
    watch_start_check(window, store)
    if quit_when_ready:  # a smoke run ends at the first paint: nothing to load for later
        return
    load_heavy_libraries_after_paint(window)
    window.backup_timer = BackupTimer(window, store)
    if not store.health.damaged:
        from app.ui.dialogs.drafts_offer import offer_saved_drafts

        QTimer.singleShot(0, lambda: offer_saved_drafts(window))


def before_quit(store: AppStore) -> None:
    """After the window closed: let background work finish, then back up anything new."""
    from app.ui import tasks

    tasks.wait_for_all(120_000)
    try:
        made = store.backups.backup_on_close()
        if made is not None:
            log.info("backup on close: %s", made.path.name)
    except StorageError as error:
        log.error("the backup on close failed: %s", type(error).__name__)
