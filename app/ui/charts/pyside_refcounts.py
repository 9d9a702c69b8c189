"""Work around a reference-count bug in PySide6 6.12.0 on Python 3.11.

Measured here (PySide6-Essentials 6.12.0, shiboken6 6.12.0, CPython 3.11.7): every call of a
Qt method that returns nothing (``setText``, ``resize``, ``setToolTip``, ``update``...) drops one
reference to ``None``, and ``SignalInstance.disconnect()``/``emit()`` drop one to ``True``. On
Python 3.12+ those objects are immortal and nothing happens; on 3.11 their counts fall with use
and, after a few thousand calls (``None`` starts near 5,000, ``True`` near 600), the interpreter
aborts with "Fatal Python error: none_dealloc / bool_dealloc". Twenty thousand ``resize`` calls
in a bare script are enough; redrawing a pyqtgraph chart a few times is enough too.

:func:`pin_singletons` does what Python 3.12 does: it gives ``None``, ``True``, ``False``,
``Ellipsis`` and ``NotImplemented`` a reference count so large that no number of stolen
references can bring it to zero. It changes nothing else, is idempotent, and does nothing on
3.12+. It should run once at application start-up (and in the test conftest) for every screen;
the charts call it because that is where the crash was found.

The real fix is in pyproject.toml: PySide6-Essentials is held below 6.12 (6.11.3 does not steal
references; tests/ui/test_pyside_refcounts.py fails if an upgrade brings the bug back), so this
only acts when a 6.12 build is installed anyway.
"""

from __future__ import annotations

import ctypes
import sys

_PIN = 1 << 40
_pinned = False


def pin_singletons() -> bool:
    """Make the singletons effectively immortal on Python < 3.12. True if pinned (now or before)."""
    global _pinned
    if _pinned:
        return True
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    import PySide6

    if tuple(PySide6.__version_info__[:2]) != (6, 12):
        return False  # the lock file pins a PySide6 without the bug; only a 6.12 install needs this
    for obj in (None, True, False, Ellipsis, NotImplemented):
        ctypes.c_ssize_t.from_address(id(obj)).value += _PIN  # ob_refcnt is the first field
    _pinned = True
    return True
