"""Weekly export file format: canonical JSON, record lines, CSV copies, zip writer and reader.

No Qt, no SQL: the export and import services read and write the database and call these.

The names below are loaded on first use (PEP 562), so a caller that needs one small part, such
as ``write_atomically`` for a printed PDF, does not pay for importing the zip reader and writer,
json and csv (the ``wardhuddle print`` start-up time).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.export_format.atomic_file import write_atomically
    from app.export_format.canonical import canonical_json, content_sha256, sha256_hex
    from app.export_format.errors import (
        ExportCorrupt,
        ExportFileError,
        ExportTooLarge,
        ExportTooNew,
        ManifestInvalid,
        NotAnExport,
        RecordInvalid,
        UnsafeMemberName,
    )
    from app.export_format.file_name import export_file_name
    from app.export_format.manifest import (
        FORMAT_NAME,
        FORMAT_VERSION,
        ManifestFields,
        PiiScanSummary,
        parse_format_version,
    )
    from app.export_format.package_reader import ExportPackage, read_export, read_export_file
    from app.export_format.package_writer import build_export_zip
    from app.export_format.record_lines import make_record, make_tombstone, unknown_keys
    from app.export_format.timestamps import parse_utc_timestamp

_WHERE = {
    "write_atomically": "atomic_file",
    "canonical_json": "canonical",
    "content_sha256": "canonical",
    "sha256_hex": "canonical",
    "ExportCorrupt": "errors",
    "ExportFileError": "errors",
    "ExportTooLarge": "errors",
    "ExportTooNew": "errors",
    "ManifestInvalid": "errors",
    "NotAnExport": "errors",
    "RecordInvalid": "errors",
    "UnsafeMemberName": "errors",
    "export_file_name": "file_name",
    "FORMAT_NAME": "manifest",
    "FORMAT_VERSION": "manifest",
    "ManifestFields": "manifest",
    "PiiScanSummary": "manifest",
    "parse_format_version": "manifest",
    "ExportPackage": "package_reader",
    "read_export": "package_reader",
    "read_export_file": "package_reader",
    "build_export_zip": "package_writer",
    "make_record": "record_lines",
    "make_tombstone": "record_lines",
    "unknown_keys": "record_lines",
    "parse_utc_timestamp": "timestamps",
}

__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "ExportCorrupt",
    "ExportFileError",
    "ExportPackage",
    "ExportTooLarge",
    "ExportTooNew",
    "ManifestFields",
    "ManifestInvalid",
    "NotAnExport",
    "PiiScanSummary",
    "RecordInvalid",
    "UnsafeMemberName",
    "build_export_zip",
    "canonical_json",
    "content_sha256",
    "export_file_name",
    "make_record",
    "make_tombstone",
    "parse_format_version",
    "parse_utc_timestamp",
    "read_export",
    "read_export_file",
    "sha256_hex",
    "unknown_keys",
    "write_atomically",
]


def __getattr__(name: str) -> Any:
    where = _WHERE.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{where}"), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
