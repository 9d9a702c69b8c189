"""Weekly export file format: canonical JSON, record lines, CSV copies, zip writer and reader.

No Qt, no SQL: the export and import services read and write the database and call these.
"""

from app.exchange.atomic_file import write_atomically
from app.exchange.canonical import canonical_json, content_sha256, sha256_hex
from app.exchange.errors import (
    ExportCorrupt,
    ExportFileError,
    ExportTooLarge,
    ExportTooNew,
    ManifestInvalid,
    NotAnExport,
    RecordInvalid,
    UnsafeMemberName,
)
from app.exchange.file_name import export_file_name
from app.exchange.manifest import FORMAT_NAME, FORMAT_VERSION, ManifestFields, PiiScanSummary, parse_format_version
from app.exchange.package_reader import ExportPackage, read_export, read_export_file
from app.exchange.package_writer import build_export_zip
from app.exchange.records import make_record, make_tombstone, unknown_keys
from app.exchange.timestamps import parse_utc_timestamp

__all__ = [
    "FORMAT_NAME", "FORMAT_VERSION", "ExportCorrupt", "ExportFileError", "ExportPackage", "ExportTooLarge",
    "ExportTooNew", "ManifestFields", "ManifestInvalid", "NotAnExport", "PiiScanSummary", "RecordInvalid",
    "UnsafeMemberName", "build_export_zip", "canonical_json", "content_sha256", "export_file_name",
    "make_record", "make_tombstone", "parse_format_version", "parse_utc_timestamp", "read_export",
    "read_export_file", "sha256_hex", "unknown_keys", "write_atomically",
]
