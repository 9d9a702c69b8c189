"""Exceptions shared by every layer.

Each carries a message written for a ward nurse, not a developer: the UI and the CLI show
``str(error)`` as it is.
"""


class WardHuddleError(Exception):
    """Base class for errors the app expects and explains."""


class ValidationError(WardHuddleError):
    """Input that cannot be saved as it is. ``field`` names the input when there is one."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class NotFound(WardHuddleError):
    """The record asked for does not exist (or was deleted)."""


class StaleRecordError(WardHuddleError):
    """A save from a screen that loaded an older revision: nothing was overwritten."""


class DuplicateRecord(WardHuddleError):
    """A record that must be unique (one sheet per ward, date and slot) already exists."""


class StorageError(WardHuddleError):
    """The database could not be opened, read or written."""


class DataFolderError(StorageError):
    """The data folder cannot be used (missing permissions, a network or cloud-synced path...)."""


class MigrationFailed(StorageError):
    """A schema upgrade step failed; the database was left exactly as it was."""


class DatabaseBusy(StorageError):
    """Another program (or another import) held the data file's write lock past the busy timeout."""


class DiskFull(StorageError):
    """The disk (or the data file's size limit) is full: nothing was saved, the typing is kept."""


class ReadOnlyDatabase(StorageError):
    """A write was attempted on a database opened read-only."""


class DatabaseCorrupt(StorageError):
    """An integrity check failed."""
