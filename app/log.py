"""Logging: a rotating file in the data folder's logs/ and faulthandler output beside it.

Nothing a user typed into a record is logged at INFO or above: log counts and ids, not text.
"""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
from pathlib import Path
from typing import IO

_fault_file: IO[str] | None = None


def setup_logging(log_dir: Path, *, verbose: bool = False) -> Path | None:
    global _fault_file
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    log_file = log_dir / "wardhuddle.log"
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        handler = logging.handlers.RotatingFileHandler(log_file, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    if _fault_file is None:
        try:
            _fault_file = open(log_dir / "crash-trace.log", "a", encoding="utf-8")
            faulthandler.enable(_fault_file)
        except OSError:
            _fault_file = None
    return log_file
