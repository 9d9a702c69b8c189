"""Durable, all-or-nothing file writes: temp file in the target folder, fsync, os.replace."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def write_atomically(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the whole new one, never half.

    The temporary file sits in the same folder (so ``os.replace`` is a rename on one volume), is
    flushed and fsynced before the rename, and is removed if anything fails. On POSIX the
    folder is fsynced afterwards so the rename itself survives a power cut. The new file is
    readable only by its owner (mode 0600 on POSIX).
    """
    target = Path(path)
    descriptor, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp_name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
    _fsync_directory(target.parent)


def _fsync_directory(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows cannot open a directory for fsync; NTFS journals the rename
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
