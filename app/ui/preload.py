"""The heavy libraries, loaded on a background thread right after the first paint, so that the
first visit to Measures (pyqtgraph, numpy) or the first print (reportlab, the fonts) does not
freeze the window while they import (about 0.4 s and 0.2 s on the 2-core test machine).

    from app.ui import preload

    preload.start()        # app/ui/startup.py, once the window has painted
    preload.wait(5.0)      # tests and benchmarks: until everything is loaded

Only module imports and reportlab's font registration run on the thread: no widget, no Qt object
and no database connection is made there. Python's import locks make a page that needs a module
the thread is still loading wait for that one module (never import it twice). The thread holds
the interpreter lock only while running Python code, in slices (sys.getswitchinterval, 5 ms), so
typing stays responsive meanwhile; tests/benchmarks/bench_pages.py measures both.
"""

from __future__ import annotations

import importlib
import logging
import threading
import time

log = logging.getLogger(__name__)

# In the order they are needed: the sheet's reminders banner (a quarter of a second after the
# first paint) reads the export state; then the Measures page and its chart; the other pages;
# then printing.
MODULES = (
    "app.services.exchange.exchange_services",
    "numpy",
    "pyqtgraph",
    "app.ui.charts.spc_chart",
    "app.ui.pages.measures_page",
    "app.ui.pages.improvement_page",
    "app.services.exchange.ideas_overview",
    # the other pages' modules: importing one took 5-15 ms of its first visit
    "app.ui.pages.board_page",
    "app.ui.pages.search_page",
    "app.ui.pages.reflections_page",
    "app.ui.pages.export_page",
    "app.ui.pages.settings_page",
    "app.ui.widgets.cross_colours",
    "app.ui.panels.backups_panel",
    "app.services.printing",
    "app.reports.huddle_pdf",
)

_thread: threading.Thread | None = None
_done = threading.Event()
seconds: float | None = None  # how long the preload took (None until it finished)


def _load() -> None:
    global seconds
    started = time.perf_counter()
    try:
        for name in MODULES:
            try:
                importlib.import_module(name)
            except Exception:  # a missing optional module must not stop the app; the page reports it
                log.exception("preloading %s failed", name)
        try:
            from app.reports.fonts import preload

            preload()  # reportlab and the printing fonts
        except Exception:
            log.exception("preloading the printing fonts failed")
    finally:
        seconds = time.perf_counter() - started
        log.info("heavy libraries preloaded in %.0f ms", seconds * 1000)
        _done.set()


def start() -> None:
    """Start loading on a daemon thread (once; later calls do nothing)."""
    global _thread
    if _thread is not None:
        return
    _thread = threading.Thread(target=_load, name="wardhuddle-preload", daemon=True)
    _thread.start()


def started() -> bool:
    return _thread is not None


def wait(timeout: float | None = None) -> bool:
    """Block until the preload has finished (True) or ``timeout`` seconds passed."""
    return _done.wait(timeout) if _thread is not None else False
