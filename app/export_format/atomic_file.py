"""Durable, all-or-nothing file writes: temp file in the target folder, fsync, os.replace.

Only ordinary files are written. A symbolic link is followed and the file it points at is replaced
(the link itself stays a link); a folder, a device (/dev/null, /dev/full), a pipe or a socket is
refused with :class:`NotAFileError` before anything is written.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
import threading
from pathlib import Path


class NotAFileError(OSError):
    """The target exists but is not an ordinary file (a folder, device, pipe or socket)."""


_umask_lock = threading.Lock()


def target_problem(path: str | os.PathLike[str]) -> str | None:
    """Why ``path`` (after following links) cannot be written as a file, or None if it can: it is
    a new name in an existing folder, or an ordinary file."""
    real = Path(os.path.realpath(path))
    try:
        mode = real.stat().st_mode
    except FileNotFoundError:
        if not real.parent.is_dir():
            return f"the folder {real.parent} does not exist"
        return None
    except OSError as error:
        return error.strerror or str(error)
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "it is a folder: give a file name"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "it is a device, not a file: give a file name"
    return "it is not an ordinary file (a pipe or socket): give a file name"


def write_atomically(path: str | os.PathLike[str], data: bytes, *, private: bool = True) -> Path:
    """Write ``data`` to ``path`` so that readers see the old file or the whole new one, never half.
    Returns the file actually written (the link's target when ``path`` is a symbolic link).

    The temporary file sits in the same folder as the real target (so ``os.replace`` is a rename
    on one volume), is flushed and fsynced before the rename, and is removed if anything fails. On
    POSIX the folder is fsynced afterwards so the rename itself survives a power cut.

    ``private=True`` (exports, backups): the file is readable only by its owner (0600 on POSIX).
    ``private=False`` (printed PDFs, CSV files): a file being replaced keeps its permissions; a new
    one gets the user's usual permissions (0666 less the umask), as any program's saved file does.
    """
    target = Path(os.path.realpath(path))
    problem = target_problem(target)
    if problem is not None:
        raise NotAFileError(0, problem, str(path))
    mode = None if private else _mode_for(target)
    descriptor, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            if mode is not None and os.name == "posix":
                os.fchmod(handle.fileno(), mode)
            os.fsync(handle.fileno())
        os.replace(temp_name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
    _fsync_directory(target.parent)
    return target


def _mode_for(target: Path) -> int:
    """The permissions of the file being replaced, or the umask's default for a new file."""
    with contextlib.suppress(OSError):
        return stat.S_IMODE(target.stat().st_mode)
    return 0o666 & ~current_umask()


def current_umask() -> int:
    """The process's umask (read by setting and restoring it, under a lock)."""
    with _umask_lock:
        mask = os.umask(0o077)
        os.umask(mask)
    return mask


def _fsync_directory(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows cannot open a directory for fsync; NTFS journals the rename
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
