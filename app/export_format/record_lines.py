"""Record and tombstone lines of the export (records/<type>.jsonl, records/tombstones.jsonl).

A record line is one canonical JSON object: the envelope keys below, plus ``fields`` holding the
record's content. ``content_sha256`` is computed over ``fields`` only, so envelope changes (a
new ``rev`` for the same content) never change it. Example::

    {"content_sha256": "...", "created_at": "2026-03-12T09:30:00.000Z", "deleted": false,
     "epoch": 0, "fields": {"summary": "Quiet shift"}, "origin_device_id": "3f2a9c1e...",
     "record_type": "huddle_sheets", "rev": 4, "schema_version": 3,
     "updated_at": "2026-03-12T10:02:11.250Z", "uuid": "9b1d...", "ward_id": "5c0e..."}

Top-level keys outside this list (added by a newer minor format version) are allowed and must
be preserved by whoever stores the record. A tombstone line has the TOMBSTONE_KEYS, also with
unknown extra keys allowed.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from app.export_format.canonical import canonical_json, content_sha256
from app.export_format.timestamps import parse_utc_timestamp

SQLITE_MAX_INT = 2**63 - 1

FIELDS_KEY = "fields"
# The database envelope (app.domain.envelope.ENVELOPE_FIELDS) plus type, schema and content hash.
ENVELOPE_KEYS: tuple[str, ...] = (
    "uuid",
    "record_type",
    "schema_version",
    "rev",
    "epoch",
    "created_at",
    "updated_at",
    "origin_device_id",
    "ward_id",
    "deleted",
    "content_sha256",
)
TOMBSTONE_KEYS: tuple[str, ...] = (
    "uuid",
    "record_type",
    "rev",
    "epoch",
    "deleted_at",
    "origin_device_id",
    "ward_id",
)
TOMBSTONES_TYPE = "tombstones"  # reserved: never a record type
_TYPE_NAME = re.compile(r"[a-z][a-z0-9_]{0,62}")
_SHA256 = re.compile(r"[0-9a-f]{64}")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def type_name_problem(name: object) -> str | None:
    """Why ``name`` cannot be a record type (lower-case letters, digits, '_'), or None if it can."""
    if not isinstance(name, str) or not _TYPE_NAME.fullmatch(name):
        return f"record type {name!r} must be lower-case letters, digits and '_' (starting with a letter)"
    if name == TOMBSTONES_TYPE:
        return f"{TOMBSTONES_TYPE!r} is reserved and cannot be a record type"
    return None


def is_sha256_hex(value: object) -> bool:
    return isinstance(value, str) and _SHA256.fullmatch(value) is not None


def _is_count(value: object, minimum: int = 0) -> bool:
    """A whole number from ``minimum`` up to the largest SQLite integer: a revision of 2**63 or
    more cannot be stored, so the line is refused (with this reason) instead of failing mid-merge."""
    return isinstance(value, int) and not isinstance(value, bool) and minimum <= value <= SQLITE_MAX_INT


def _uuid_problem(value: object) -> str | None:
    # the same test as str(uuid.UUID(value)) == value, without building a UUID for every line
    if isinstance(value, str) and _UUID.fullmatch(value):
        return None
    return f"uuid {value!r} is not a lower-case hyphenated UUID"


def _common_problem(line: Mapping[str, object], time_keys: tuple[str, ...]) -> str | None:
    problem = _uuid_problem(line.get("uuid"))
    if problem:
        return problem
    for key in ("origin_device_id", "ward_id"):
        if not isinstance(line.get(key), str) or not line[key]:
            return f"{key} must be non-empty text"
    if not _is_count(line.get("rev"), 1):
        return f"rev must be a whole number from 1 to {SQLITE_MAX_INT}"
    if not _is_count(line.get("epoch")):
        return f"epoch must be a whole number from 0 to {SQLITE_MAX_INT}"
    for key in time_keys:
        if parse_utc_timestamp(line.get(key)) is None:
            return f"{key} must be a UTC ISO 8601 timestamp"
    return None


def record_problem(record: object, record_type: str, *, verify_content: bool = True) -> str | None:
    """Why ``record`` is not a valid record line of ``record_type`` (content hash included), or None.

    ``verify_content=False`` leaves out recomputing the content hash (the costly part); whoever
    passes it must call :func:`content_problem` on every record before it changes anything.
    """
    if not isinstance(record, Mapping):
        return "a record must be a JSON object"
    missing = [key for key in (*ENVELOPE_KEYS, FIELDS_KEY) if key not in record]
    if missing:
        return f"record is missing {', '.join(missing)}"
    if record["record_type"] != record_type:
        return f"record_type {record['record_type']!r} does not match its file ({record_type!r})"
    if not _is_count(record["schema_version"]):
        return "schema_version must be a whole number"
    if record["deleted"] is not False:
        return "deleted must be false (deletions belong in tombstones)"
    problem = _common_problem(record, ("created_at", "updated_at"))
    if problem:
        return problem
    fields = record[FIELDS_KEY]
    if not isinstance(fields, Mapping):
        return "fields must be a JSON object"
    if not is_sha256_hex(record["content_sha256"]):
        return "content_sha256 must be 64 lower-case hex digits"
    return content_problem(record) if verify_content else None


def content_problem(record: Mapping[str, object]) -> str | None:
    """Why a record's ``content_sha256`` is not the hash of its ``fields``, or None if it is."""
    try:
        expected = content_sha256(record[FIELDS_KEY])  # type: ignore[arg-type]
    except (ValueError, RecursionError):
        return "fields cannot be hashed (invalid or too deeply nested values)"
    if record["content_sha256"] != expected:
        return "content_sha256 does not match the record's content (changed after export?)"
    return None


def tombstone_problem(tombstone: object) -> str | None:
    """Why ``tombstone`` is not a valid tombstone line, or None."""
    if not isinstance(tombstone, Mapping):
        return "a tombstone must be a JSON object"
    missing = [key for key in TOMBSTONE_KEYS if key not in tombstone]
    if missing:
        return f"tombstone is missing {', '.join(missing)}"
    return type_name_problem(tombstone["record_type"]) or _common_problem(tombstone, ("deleted_at",))


def make_record(
    *,
    uuid: str,
    record_type: str,
    schema_version: int,
    origin_device_id: str,
    ward_id: str,
    rev: int,
    epoch: int,
    created_at: str,
    updated_at: str,
    fields: Mapping[str, object],
    extra: Mapping[str, object] | None = None,
) -> dict[str, object]:
    """Build a record line (envelope + ``fields``) and compute its ``content_sha256``.

    ``extra`` carries top-level keys this app does not know (from a newer minor version) so
    they survive a re-export. Field names may not repeat envelope or extra keys (the CSV copy
    puts them all in one row). Raises ValueError if anything is invalid.
    """
    record: dict[str, object] = dict(extra or {})
    clash = [key for key in (*record, *fields) if key in ENVELOPE_KEYS or key == FIELDS_KEY]
    clash += [key for key in fields if key in record]
    if clash:
        raise ValueError(f"Cannot export record {uuid!r}: {', '.join(clash)} would clash with envelope columns")
    record.update(
        uuid=uuid,
        record_type=record_type,
        schema_version=schema_version,
        origin_device_id=origin_device_id,
        ward_id=ward_id,
        rev=rev,
        epoch=epoch,
        created_at=created_at,
        updated_at=updated_at,
        deleted=False,
        content_sha256=content_sha256(fields),
        fields=dict(fields),
    )
    problem = type_name_problem(record_type) or record_problem(record, record_type)
    if problem:
        raise ValueError(f"Cannot export record {uuid!r}: {problem}")
    return record


def make_tombstone(
    *,
    uuid: str,
    record_type: str,
    origin_device_id: str,
    ward_id: str,
    rev: int,
    epoch: int,
    deleted_at: str,
    extra: Mapping[str, object] | None = None,
) -> dict[str, object]:
    """Build a tombstone line: the deletion of record ``uuid`` at revision ``rev`` (ValueError if invalid)."""
    tombstone: dict[str, object] = dict(extra or {})
    tombstone.update(
        uuid=uuid,
        record_type=record_type,
        origin_device_id=origin_device_id,
        ward_id=ward_id,
        rev=rev,
        epoch=epoch,
        deleted_at=deleted_at,
    )
    problem = tombstone_problem(tombstone)
    if problem:
        raise ValueError(f"Cannot export tombstone {uuid!r}: {problem}")
    return tombstone


def unknown_keys(
    line: Mapping[str, object], known: tuple[str, ...] = (*ENVELOPE_KEYS, FIELDS_KEY)
) -> dict[str, object]:
    """Top-level keys of a record (or tombstone, with ``known=TOMBSTONE_KEYS``) this version does not know.

    Store them (e.g. in an ``extra`` JSON column) and pass them back as ``extra=`` on re-export.
    """
    return {key: value for key, value in line.items() if key not in known}


def jsonl_bytes(lines: list[Mapping[str, object]]) -> bytes:
    """JSON Lines bytes: one canonical JSON object per line, each ending with a newline."""
    return b"".join(canonical_json(line) + b"\n" for line in lines)
