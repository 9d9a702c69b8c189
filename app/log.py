"""Logging: a rotating file in the data folder's logs/ and faulthandler output beside it.

Nothing a user typed into a record is logged at INFO or above: log counts and ids, not text.
"""

from __future__ import annotations

import faulthandler
import logging
import os
from pathlib import Path
from typing import IO

_fault_file: IO[str] | None = None
MAX_BYTES, BACKUP_COUNT = 2_000_000, 5


class RotatingLogFile(logging.FileHandler):
    """The stdlib's RotatingFileHandler, cut to what the log needs: ``logging.handlers`` imports
    socket, pickle and queue for its other handlers, some 10 ms of every start-up before the window
    shows. When a record would take the file past ``max_bytes``, the file becomes ``.1`` (``.1``
    becomes ``.2``, ... the oldest beyond ``backup_count`` goes) and a new one starts."""

    def __init__(self, path: Path, *, max_bytes: int = MAX_BYTES, backup_count: int = BACKUP_COUNT) -> None:
        super().__init__(path, encoding="utf-8", delay=True)
        self.max_bytes, self.backup_count = max_bytes, backup_count

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._would_overflow(record):
                self._roll_over()
        except Exception:  # logging must never stop the app
            self.handleError(record)
            return
        super().emit(record)

    def _would_overflow(self, record: logging.LogRecord) -> bool:
        if self.stream is None:
            self.stream = self._open()
        if self.stream.tell() == 0:  # an empty file takes any record, however long
            return False
        return self.stream.tell() + len(self.format(record)) + 1 > self.max_bytes

    def _roll_over(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None  # type: ignore[assignment]
        base = self.baseFilename
        for number in range(self.backup_count - 1, 0, -1):
            if os.path.exists(f"{base}.{number}"):
                os.replace(f"{base}.{number}", f"{base}.{number + 1}")
        if os.path.exists(base):
            os.replace(base, f"{base}.1")
        self.stream = self._open()


def setup_logging(log_dir: Path, *, verbose: bool = False) -> Path | None:
    global _fault_file
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    log_file = log_dir / "wardhuddle.log"
    if not any(isinstance(h, RotatingLogFile) for h in root.handlers):
        handler = RotatingLogFile(log_file)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    if _fault_file is None:
        try:
            _fault_file = open(log_dir / "crash-trace.log", "a", encoding="utf-8")
            faulthandler.enable(_fault_file)
        except OSError:
            _fault_file = None
    return log_file
