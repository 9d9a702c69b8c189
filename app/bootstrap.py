"""Composition root: paths → logging → crash hook → Qt → open, check and upgrade the data file →
main window. The only module that imports every layer."""

from __future__ import annotations

import logging
import os
import sys

log = logging.getLogger(__name__)


def run_gui(*, data_dir: str | os.PathLike[str] | None = None, quit_when_ready: bool = False) -> int:
    import gc

    # No cyclic garbage collection until the window has painted: start-up creates tens of
    # thousands of long-lived objects (classes, Qt enums, dataclasses) and the collector would
    # walk them again and again for nothing (some 10 ms). After the first paint they are frozen
    # (never walked again) and collection goes back on.
    gc.disable()
    try:
        return _run_gui(data_dir=data_dir, quit_when_ready=quit_when_ready)
    finally:
        gc.enable()


def _import_the_data_side() -> None:
    """The code that opens and checks the data file, imported before Qt: once PySide6 is loaded it
    reads the source of every module imported after it (looking for its ``__feature__``
    switches), some milliseconds of start-up for modules that never use Qt."""
    import app.services.records.wards  # noqa: F401  (imported for its side effect on timing)
    import app.services.safety.recovery  # noqa: F401
    import app.services.start_check  # noqa: F401
    import app.services.store  # noqa: F401
    import app.storage.migrations  # noqa: F401
    import app.storage.paths_safety  # noqa: F401


def _run_gui(*, data_dir: str | os.PathLike[str] | None, quit_when_ready: bool) -> int:
    from app.log import setup_logging
    from app.paths import app_paths

    paths = app_paths(data_dir)
    from app.storage.database import ensure_data_folder

    ensure_data_folder(paths.data_dir)  # raises DataFolderError: the CLI prints one line, exit 2
    setup_logging(paths.logs)
    _import_the_data_side()

    from PySide6.QtCore import QTimer

    from app.ui import crash, prompts
    from app.ui.application import apply_text_scale, create_application

    crash.install()
    application = create_application(sys.argv[:1], guard=False)  # the guard: at the first paint
    from PySide6.QtGui import QIcon

    from app.paths import resource

    application.setWindowIcon(QIcon(str(resource("icons", "wardhuddle.svg"))))
    from app.ui.startup import after_window_shown, before_quit, open_store_safely, when_first_painted

    instance = None
    if not quit_when_ready:  # a smoke run must not meet (or block) a running Ward Huddle
        from app.ui.single_instance import claim_single_instance  # QtNetwork: only when needed

        instance = claim_single_instance(skip=False)
    if instance is False:  # this user's Ward Huddle is already open: it was brought forward
        return 0
    store = open_store_safely(paths, quit_when_ready=quit_when_ready)  # network/cloud folder, damage
    if store is None:
        return 1

    from app.ui.main_window import MainWindow

    apply_text_scale(application, int(store.settings.get("text_scale_percent")))
    window = MainWindow(store, paint_first=True)  # the sheet's sections follow the first paint
    when_first_painted(window, application)  # the input guard; garbage collection back on
    if quit_when_ready:  # says so on stdout the moment it has painted (start-up timing reads it)
        window.first_painted.connect(
            lambda: (print("window painted", flush=True), QTimer.singleShot(0, application.quit))
        )
    from app.ui.widgets.screen_fit import fit_to_screen

    fit_to_screen(window)  # never larger than the screen; the content scrolls if it must
    window.show()
    after_window_shown(window, store, instance, quit_when_ready=quit_when_ready)  # backups, drafts
    for message in store.messages:
        if quit_when_ready:
            print(f"wardhuddle: {message}", file=sys.stderr)
        else:
            QTimer.singleShot(0, lambda m=message: prompts.warn(window, "Ward Huddle", m))
    code = application.exec()
    before_quit(store)  # waits for background work, then backs up anything new
    if quit_when_ready and store.health.damaged:
        print(f"wardhuddle: {store.health.cli_message()}", file=sys.stderr)
    store.close()
    return int(code)
