"""The exception hook: an unexpected error is logged with its traceback and shown in a small
dialog with the details to copy, never a vanished window."""

from __future__ import annotations

import logging
import sys

from app.ui import crash


def test_an_unhandled_error_is_logged_and_shown_with_details(caplog, prompts) -> None:
    try:
        raise ValueError("the chart had no points")
    except ValueError:
        kind, value, tb = sys.exc_info()
    with caplog.at_level(logging.CRITICAL, logger="app.crash"):
        crash._show(kind, value, tb)
    assert "unhandled error" in caplog.text and "ValueError: the chart had no points" in caplog.text
    assert "Traceback" in caplog.text
    ((kind_shown, args),) = prompts.shown
    assert kind_shown == "error"
    title, text, details = args
    assert title == "Something went wrong" and "Your saved work is safe" in text
    assert "ValueError: the chart had no points" in details and "test_recovery_crash_hook.py" in details


def test_install_sets_both_hooks() -> None:
    import threading

    before = (sys.excepthook, threading.excepthook)
    try:
        crash.install()
        assert sys.excepthook is crash._show and threading.excepthook is not before[1]
    finally:
        sys.excepthook, threading.excepthook = before
