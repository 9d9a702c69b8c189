"""Why an export file was refused: one base class, plain-English one-line messages.

Catch :class:`ExportFileError` to quarantine a file; ``str(error)`` is fit to show a ward or
improvement-team user. Subclasses let the importer react differently (e.g. keep an
:class:`ExportTooNew` file for after an update).
"""

from __future__ import annotations


class ExportFileError(Exception):
    """The file is not a usable Ward Huddle export. Nothing from it may be merged."""


class ExportTooLarge(ExportFileError):
    """The file, or what it unpacks to, is over the size limit (possibly a zip bomb)."""


class ExportCorrupt(ExportFileError):
    """The file is damaged or truncated, or was changed after it was exported."""


class UnsafeMemberName(ExportFileError):
    """A member name could escape a folder (``..``, absolute path, drive letter, backslash)."""


class NotAnExport(ExportFileError):
    """The zip is readable but is not a Ward Huddle export (no manifest or wrong format)."""


class ExportTooNew(ExportFileError):
    """Made by a newer app whose format major version this app does not understand."""

    def __init__(self, format_version: str) -> None:
        self.format_version = format_version
        super().__init__(
            f"This file was made by a newer version of Ward Huddle (format {format_version}). "
            "Update the app to import it."
        )


class ManifestInvalid(ExportFileError):
    """manifest.json is present but a required entry is missing or wrong."""


class RecordInvalid(ExportFileError):
    """A record or tombstone line is malformed, duplicated, tampered with, or miscounted."""
