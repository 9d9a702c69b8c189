"""manifest.json: the format identity, what the export holds, and the check of both.

The manifest is written last and describes every other member (name, bytes, SHA-256). Keys
the caller supplies are :class:`ManifestFields`; the writer adds ``format``,
``format_version``, ``snapshot``, ``counts`` and ``members``. Unknown keys (newer minor
versions) are allowed and kept.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import TypedDict

from app.export_format.record_lines import SQLITE_MAX_INT, is_sha256_hex, type_name_problem
from app.export_format.timestamps import parse_utc_timestamp

FORMAT_NAME = "ward-huddle-export"
FORMAT_VERSION = "1.0"
MANIFEST_NAME = "manifest.json"
SNAPSHOT_FULL = "full"
WRITER_KEYS: tuple[str, ...] = ("format", "format_version", "snapshot", "counts", "members")
_VERSION = re.compile(r"(0|[1-9][0-9]{0,5})\.(0|[1-9][0-9]{0,5})")


class PiiScanSummary(TypedDict):
    scanner_version: str  # app.domain.pii.SCANNER_VERSION
    blocked: int  # must be 0: an export with a blocking finding is never written
    warnings_acknowledged: int  # warnings the user marked "not an identifier"
    warnings_redacted: int


class ManifestFields(TypedDict):
    """What the export service supplies for the manifest (extra keys are passed through)."""

    app_version: str  # app.__version__
    schema_version: int  # database user_version
    trust_code: str  # ODS code
    ward: str  # ward code
    device_id: str
    export_seq: int  # 1 for this device's first export, +1 each time
    previous_export_sha256: str | None  # SHA-256 of this device's previous export file
    exported_at: str  # app.domain.envelope.utc_iso(datetime.now(timezone.utc))
    pii_scan: PiiScanSummary


def parse_format_version(text: object) -> tuple[int, int]:
    """ "1.0" -> (1, 0); ValueError unless it is MAJOR.MINOR with plain whole numbers."""
    if not isinstance(text, str) or not _VERSION.fullmatch(text):
        raise ValueError(f"format version {text!r} is not MAJOR.MINOR")
    major, minor = text.split(".")
    return int(major), int(minor)


def _is_int(value: object, minimum: int) -> bool:
    """A whole number from ``minimum`` up to the largest SQLite integer (2**63 - 1)."""
    return isinstance(value, int) and not isinstance(value, bool) and minimum <= value <= SQLITE_MAX_INT


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def _text_problem(manifest: Mapping[str, object], *keys: str) -> str | None:
    for key in keys:
        if not isinstance(manifest.get(key), str) or not manifest[key]:
            return f"{key} must be non-empty text"
    for key in (*keys, "ward_id", "ward_name", "week", "exported_at"):
        value = manifest.get(key)
        if isinstance(value, str) and _CONTROL.search(value):
            return f"{key} must be one line of text (no line breaks or control characters)"
    return None


def _pii_problem(scan: object) -> str | None:
    if not isinstance(scan, Mapping) or not isinstance(scan.get("scanner_version"), str):
        return "pii_scan must give the scanner_version and counts"
    for key in ("blocked", "warnings_acknowledged", "warnings_redacted"):
        if not _is_int(scan.get(key), 0):
            return f"pii_scan.{key} must be a whole number of 0 or more"
    if scan["blocked"] != 0:
        return "the export still contained patient identifiers that block export"
    return None


def _counts_problem(counts: object) -> str | None:
    if not isinstance(counts, Mapping):
        return "counts must be an object"
    for record_type, entry in counts.items():
        problem = type_name_problem(record_type)
        if problem:
            return problem
        if not isinstance(entry, Mapping) or not all(_is_int(entry.get(k), 0) for k in ("records", "tombstones")):
            return f"counts for {record_type!r} must give records and tombstones"
    return None


def _members_problem(members: object) -> str | None:
    if not isinstance(members, list):
        return "members must be a list"
    names: set[str] = set()
    for member in members:
        if not isinstance(member, Mapping) or not isinstance(member.get("name"), str):
            return "each member needs a name"
        name = member["name"]
        if name in names or name == MANIFEST_NAME:
            return f"member {name!r} is listed twice"
        names.add(name)
        if not _is_int(member.get("bytes"), 0) or not is_sha256_hex(member.get("sha256")):
            return f"member {name!r} needs its size in bytes and its SHA-256"
    return None


def manifest_problem(manifest: Mapping[str, object]) -> str | None:
    """Why a manifest (already known to be this format) is unusable, or None."""
    problem = _text_problem(manifest, "app_version", "trust_code", "ward", "device_id")
    if problem:
        return problem
    if not _is_int(manifest.get("schema_version"), 0):
        return "schema_version must be a whole number"
    if not _is_int(manifest.get("export_seq"), 1):
        return "export_seq must be a whole number of 1 or more"
    previous = manifest.get("previous_export_sha256", "missing")
    if previous is not None and not is_sha256_hex(previous):
        return "previous_export_sha256 must be a SHA-256 or null"
    if parse_utc_timestamp(manifest.get("exported_at")) is None:
        return "exported_at must be a UTC ISO 8601 timestamp"
    if manifest.get("snapshot") != SNAPSHOT_FULL:
        return f"snapshot must be {SNAPSHOT_FULL!r}"
    return (
        _pii_problem(manifest.get("pii_scan"))
        or _counts_problem(manifest.get("counts"))
        or _members_problem(manifest.get("members"))
    )


def build_manifest(
    fields: ManifestFields | Mapping[str, object],
    counts: Mapping[str, Mapping[str, int]],
    members: list[dict[str, object]],
) -> dict[str, object]:
    """The manifest dict; ValueError if ``fields`` is incomplete or collides with writer keys."""
    clash = [key for key in WRITER_KEYS if key in fields]
    if clash:
        raise ValueError(f"manifest_fields must not set {', '.join(clash)}: the writer does")
    manifest: dict[str, object] = {"format": FORMAT_NAME, "format_version": FORMAT_VERSION}
    manifest.update(fields)
    manifest.update(snapshot=SNAPSHOT_FULL, counts={k: dict(v) for k, v in counts.items()}, members=members)
    problem = manifest_problem(manifest)
    if problem:
        raise ValueError(f"Cannot write the export manifest: {problem}")
    return manifest


def manifest_bytes(manifest: Mapping[str, object]) -> bytes:
    """Readable, deterministic JSON (2-space indent, key order as built, UTF-8, final newline)."""
    return (json.dumps(manifest, indent=2, ensure_ascii=False, allow_nan=False) + "\n").encode("utf-8")
