"""Unexpected errors: log them and show a small dialog with "Copy details" instead of vanishing."""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from types import TracebackType

log = logging.getLogger("app.crash")
_showing = False


def _show(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    global _showing
    details = "".join(traceback.format_exception(kind, value, tb))
    if getattr(value, "found_at_start", False):  # a read met damage the start-up check confirmed:
        log.error("a read found the data file damaged; the recovery screen explains\n%s", details)
        return  # app/ui/startup.py shows the recovery screen, not a crash dialog
    log.critical("unhandled error\n%s", details)
    if _showing:
        return
    _showing = True
    try:
        from app.ui import prompts

        prompts.error(
            None,
            "Something went wrong",
            "Ward Huddle hit an unexpected problem. Your saved work is safe. "
            "If this keeps happening, copy the details and send them to IT.",
            details,
        )
    except Exception:  # the crash handler must never crash
        log.exception("could not show the crash dialog")
    finally:
        _showing = False


def install() -> None:
    sys.excepthook = _show

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        log.critical(
            "unhandled error in thread %s\n%s",
            getattr(args.thread, "name", "?"),
            "".join(traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback)),
        )

    threading.excepthook = thread_hook
