"""Read and fully verify an export file before anything is merged (§3.4 steps 1-3, R21, R22, R29).

:func:`read_export` either returns an :class:`ExportPackage` whose every byte has been checked,
or raises an :class:`~app.export_format.errors.ExportFileError` subclass with a one-line reason. It
works in memory only (never extracts to disk) and never reads the CSV copies beyond hashing
them. Checks, in order: file size; zip structure, safe member names and total unpacked size;
manifest present and JSON; format name; format major version (ExportTooNew if newer; a newer
minor is accepted); manifest entries; every member listed with matching size and SHA-256 and
nothing unlisted; each JSON Lines line an object with a valid envelope and matching
``content_sha256``; no duplicate uuids; per-type record and tombstone counts.

Checking every record line in full (duplicate keys, every envelope value, and above all the
content hash: canonical JSON + SHA-256) is most of the cost of reading a weekly full snapshot,
and most of its records are already held unchanged. An importer may therefore pass
``verify_content=False``: every member's SHA-256, every line's JSON, the counts, the uuids and
each record's identity (uuid, type, epoch, rev, claimed hash, fields an object) are still checked
up front, and the rest of each record's checks wait for :func:`verify_record_content`, which the
importer MUST call on each record before it writes (or keeps) anything from it, refusing the
whole file if it fails. Records it leaves alone (the same uuid, epoch, rev and content hash as
held, or older) cannot change the database.

Duplicate-import detection (the ``imports`` ledger keyed by ``file_sha256``), device/ward
mapping, the PII re-scan and the merge itself belong to the caller.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from app.export_format.canonical import sha256_hex
from app.export_format.errors import (
    ExportCorrupt,
    ExportTooLarge,
    ExportTooNew,
    ManifestInvalid,
    NotAnExport,
    RecordInvalid,
)
from app.export_format.manifest import FORMAT_NAME, MANIFEST_NAME, manifest_problem, parse_format_version
from app.export_format.record_lines import (
    ENVELOPE_KEYS,
    FIELDS_KEY,
    SQLITE_MAX_INT,
    TOMBSTONES_TYPE,
    record_problem,
    tombstone_problem,
)
from app.export_format.safe_zip import SafeZip

DEFAULT_MAX_FILE_BYTES = 64 * 1024 * 1024
DEFAULT_MAX_UNCOMPRESSED_BYTES = 256 * 1024 * 1024
SUPPORTED_MAJOR = 1


@dataclass(frozen=True, slots=True)
class ExportPackage:
    """A verified export. Records and tombstones are the parsed JSON objects, unknown keys kept.

    ``records_by_type`` has one (possibly empty) list per type in the manifest counts, including
    types this app version may not know. ``file_sha256`` identifies the file for the imports
    ledger and for the next file's ``previous_export_sha256``.
    """

    manifest: dict[str, Any]
    records_by_type: dict[str, list[dict[str, Any]]]
    tombstones: list[dict[str, Any]]
    file_sha256: str
    content_verified: bool = True  # False: read with verify_content=False (see verify_record_content)
    lines_by_type: dict[str, list[str]] | None = None  # each record's line as read, for verify_record_content
    _positions: dict[str, dict[int, int]] = field(default_factory=dict, repr=False, compare=False)

    @property
    def format_version(self) -> tuple[int, int]:
        return parse_format_version(self.manifest["format_version"])

    @property
    def device_id(self) -> str:
        return str(self.manifest["device_id"])

    @property
    def ward(self) -> str:
        return str(self.manifest["ward"])

    @property
    def export_seq(self) -> int:
        return int(self.manifest["export_seq"])


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise ValueError("duplicate key")
    return result


def _reject_constant(name: str) -> None:
    raise ValueError(f"{name} is not allowed")


def _parse_json(data: bytes) -> Any:
    """Strict JSON: UTF-8, no duplicate keys, no NaN/Infinity; ValueError on anything else."""
    try:
        return json.loads(data.decode("utf-8"), object_pairs_hook=_no_duplicate_keys, parse_constant=_reject_constant)
    except (ValueError, RecursionError) as exc:  # UnicodeDecodeError and JSONDecodeError are ValueErrors
        raise ValueError(str(exc)) from None


def _read_manifest(archive: SafeZip, supported_major: int) -> dict[str, Any]:
    if MANIFEST_NAME not in archive.names:
        raise NotAnExport("This is not a Ward Huddle export: it has no manifest.json.")
    try:
        manifest = _parse_json(archive.read(MANIFEST_NAME))
    except ValueError:
        raise ManifestInvalid("The file is damaged: manifest.json is not valid JSON.") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT_NAME:
        raise NotAnExport("This is not a Ward Huddle export (its manifest names another format).")
    version = manifest.get("format_version")
    try:
        major, _minor = parse_format_version(version)
    except ValueError:
        raise ManifestInvalid(f"The file has an unreadable format version ({str(version)[:20]!r}).") from None
    if major > supported_major:
        raise ExportTooNew(str(version))
    if major < supported_major:
        raise ManifestInvalid(f"The file uses an old format ({version}) that this app no longer reads.")
    problem = manifest_problem(manifest)
    if problem:
        raise ManifestInvalid(f"The file's manifest is invalid: {problem}.")
    return manifest


def _read_members(archive: SafeZip, manifest: Mapping[str, Any]) -> dict[str, bytes]:
    listed = {member["name"]: member for member in manifest["members"]}
    present = set(archive.names) - {MANIFEST_NAME}
    missing = sorted(set(listed) - present)
    if missing:
        raise ExportCorrupt(f"The file is incomplete: {missing[0]!r} is missing.")
    extra = sorted(present - set(listed))
    if extra:
        raise ExportCorrupt(f"The file was changed after export: {extra[0]!r} is not in its manifest.")
    contents: dict[str, bytes] = {}
    for name, member in listed.items():
        if archive.size(name) != member["bytes"]:
            raise ExportCorrupt(f"The file was changed or damaged: {name!r} has the wrong size.")
        data = archive.read(name)
        if len(data) != member["bytes"] or sha256_hex(data) != member["sha256"]:
            raise ExportCorrupt(f"The file was changed or damaged: {name!r} does not match its checksum.")
        contents[name] = data
    return contents


# The same strict parser as _parse_json, for the per-line fast path of _parse_lines.
_STRICT_SCAN = json.JSONDecoder(object_pairs_hook=_no_duplicate_keys, parse_constant=_reject_constant).scan_once


def _parse_line(text: str) -> Any:
    """One JSON Lines line, exactly as strictly as _parse_json. A line that is one value with
    nothing around it (what every exporter writes) goes straight to the C scanner with the same
    hooks, saving json.loads' set-up on each of a weekly file's thousands of lines; any other
    line, valid or not, takes _parse_json's path, so the outcome is the same either way."""
    try:
        value, end = _STRICT_SCAN(text, 0)
        if end == len(text):
            return value
    except (ValueError, StopIteration, RecursionError):
        pass
    return _parse_json(text.encode("utf-8"))


# Valid JSON, NaN and infinity refused, but repeated keys not looked for (verify_record_content does that).
_PLAIN_SCAN = json.JSONDecoder(parse_constant=_reject_constant).scan_once


def _parse_line_plain(text: str) -> Any:
    """One line as valid JSON, without the duplicate-key check (the fast path of verify_content=False)."""
    try:
        value, end = _PLAIN_SCAN(text, 0)
        if end == len(text):
            return value
    except (ValueError, StopIteration, RecursionError):
        pass
    return _parse_json(text.encode("utf-8"))  # anything unusual: the strict path decides


def _parse_lines(
    data: bytes, member: str, *, strict: bool = True, keep: list[str] | None = None
) -> list[dict[str, Any]]:
    """Each line parsed; ``strict=False`` leaves repeated keys to verify_record_content, and the
    lines are then added to ``keep`` for it."""
    if data and not data.endswith(b"\n"):
        raise RecordInvalid(f"The file is damaged: {member!r} ends part-way through a line.")
    parse: Any
    try:  # one decode for the whole member; line by line only to name a line that is not UTF-8
        texts: list[Any] = data.decode("utf-8").split("\n")[:-1] if data else []
        parse = _parse_line if strict else _parse_line_plain
    except UnicodeDecodeError:
        texts, parse = data.split(b"\n")[:-1], _parse_json
    if keep is not None:
        keep.extend(t if isinstance(t, str) else t.decode("utf-8", "replace") for t in texts)
    lines: list[dict[str, Any]] = []
    for number, text in enumerate(texts, start=1):
        try:
            line = parse(text)
        except ValueError:
            raise RecordInvalid(f"The file is damaged: line {number} of {member!r} is not valid JSON.") from None
        if not isinstance(line, dict):
            raise RecordInvalid(f"The file is damaged: line {number} of {member!r} is not a JSON object.")
        lines.append(line)
    return lines


_ENVELOPE_AND_FIELDS = frozenset((*ENVELOPE_KEYS, FIELDS_KEY))


def _identity_problem(record: dict[str, Any], record_type: str) -> str | None:
    """What verify_content=False checks of every record up front: what the merge compares (uuid,
    epoch, rev, claimed hash) and what the importer reads before merging. The rest waits for
    verify_record_content."""
    if not _ENVELOPE_AND_FIELDS <= record.keys():
        missing = [key for key in (*ENVELOPE_KEYS, FIELDS_KEY) if key not in record]
        return f"record is missing {', '.join(missing)}"
    if record["record_type"] != record_type:
        return f"record_type {record['record_type']!r} does not match its file ({record_type!r})"
    for key in ("uuid", "content_sha256", "ward_id", "origin_device_id"):
        if not isinstance(record[key], str):
            return f"{key} must be text"
    for key in ("rev", "epoch"):
        value = record[key]
        if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= SQLITE_MAX_INT:
            return f"{key} must be a whole number from 0 to {SQLITE_MAX_INT}"
    if not isinstance(record[FIELDS_KEY], dict):
        return "fields must be a JSON object"
    return None


def _check_records(
    contents: Mapping[str, bytes],
    counts: Mapping[str, Mapping[str, int]],
    verify_content: bool = True,
    kept_lines: dict[str, list[str]] | None = None,
) -> dict[str, list[dict[str, Any]]]:
    expected = {f"records/{name}.jsonl" for name in counts} | {f"records/{TOMBSTONES_TYPE}.jsonl"}
    for name in contents:
        if name.startswith("records/") and name not in expected:
            raise RecordInvalid(f"The file's manifest does not count the records in {name!r}.")
    records_by_type: dict[str, list[dict[str, Any]]] = {}
    for record_type, entry in counts.items():
        member = f"records/{record_type}.jsonl"
        if member not in contents:
            raise RecordInvalid(f"The file is incomplete: it has no {member!r}.")
        keep = kept_lines.setdefault(record_type, []) if kept_lines is not None else None
        lines = _parse_lines(contents[member], member, strict=verify_content, keep=keep)
        seen: set[str] = set()
        for number, line in enumerate(lines, start=1):
            problem = record_problem(line, record_type) if verify_content else _identity_problem(line, record_type)
            if problem:
                raise RecordInvalid(f"Line {number} of {member!r} is invalid: {problem}.")
            if line["uuid"] in seen:
                raise RecordInvalid(f"The file lists {record_type} record {line['uuid']} twice.")
            seen.add(line["uuid"])
        if len(lines) != entry["records"]:
            raise RecordInvalid(
                f"The file has {len(lines)} {record_type} records but its manifest says {entry['records']}."
            )
        records_by_type[record_type] = lines
    return records_by_type


def _check_tombstones(
    contents: Mapping[str, bytes],
    counts: Mapping[str, Mapping[str, int]],
    records_by_type: Mapping[str, list[dict[str, Any]]],
) -> list[dict[str, Any]]:
    member = f"records/{TOMBSTONES_TYPE}.jsonl"
    if member not in contents:
        raise RecordInvalid(f"The file is incomplete: it has no {member!r}.")
    tombstones = _parse_lines(contents[member], member)
    tally: dict[str, int] = {}
    seen: set[tuple[str, str]] = set()
    live = {name: {record["uuid"] for record in lines} for name, lines in records_by_type.items()}
    for number, line in enumerate(tombstones, start=1):
        problem = tombstone_problem(line)
        if problem:
            raise RecordInvalid(f"Line {number} of {member!r} is invalid: {problem}.")
        key = (line["record_type"], line["uuid"])
        if key in seen:
            raise RecordInvalid(f"The file lists the deletion of {key[0]} {key[1]} twice.")
        if key[1] in live.get(key[0], set()):
            raise RecordInvalid(f"The file lists {key[0]} {key[1]} as both present and deleted.")
        seen.add(key)
        tally[key[0]] = tally.get(key[0], 0) + 1
    for record_type in set(tally) | set(counts):
        declared = counts.get(record_type, {}).get("tombstones", 0)
        if tally.get(record_type, 0) != declared:
            raise RecordInvalid(
                f"The file has {tally.get(record_type, 0)} {record_type} deletions but its manifest says {declared}."
            )
    return tombstones


def read_export(
    data: bytes,
    *,
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES,
    max_uncompressed_bytes: int = DEFAULT_MAX_UNCOMPRESSED_BYTES,
    supported_major: int = SUPPORTED_MAJOR,
    verify_content: bool = True,
) -> ExportPackage:
    """Verify an export file held in memory and return its parsed content (see module docstring).

    ``verify_content=False`` checks each record's identity but leaves its other checks (content
    hash, repeated keys, envelope values) to :func:`verify_record_content`, which the caller must
    then call on every record it is about to write.
    """
    if len(data) > max_file_bytes:
        raise ExportTooLarge(f"The file is {len(data):,} bytes, over the import limit of {max_file_bytes:,}.")
    archive = SafeZip(data, max_uncompressed_bytes=max_uncompressed_bytes)
    manifest = _read_manifest(archive, supported_major)
    contents = _read_members(archive, manifest)
    kept_lines: dict[str, list[str]] | None = None if verify_content else {}
    records_by_type = _check_records(contents, manifest["counts"], verify_content, kept_lines)
    tombstones = _check_tombstones(contents, manifest["counts"], records_by_type)
    return ExportPackage(manifest, records_by_type, tombstones, sha256_hex(data), verify_content, kept_lines)


def verify_record_content(package: ExportPackage, record_type: str, record: Mapping[str, Any]) -> None:
    """Raise RecordInvalid, with the message :func:`read_export` would have given, unless
    ``record`` (one of ``package``'s records of ``record_type``) passes every check read_export
    left out with ``verify_content=False``: no repeated key anywhere in its line, every envelope
    value, and its content hash. Nothing to do for a package read with ``verify_content=True``."""
    if package.content_verified:
        return
    lines = package.records_by_type.get(record_type, [])
    positions = package._positions.get(record_type)
    if positions is None:
        positions = package._positions[record_type] = {id(line): i for i, line in enumerate(lines)}
    index = positions.get(id(record))
    if index is None or lines[index] is not record:
        raise ValueError("verify_record_content: the record is not one of the package's")
    member = f"records/{record_type}.jsonl"
    try:
        _parse_json((package.lines_by_type or {})[record_type][index].encode("utf-8"))
    except ValueError:
        raise RecordInvalid(f"The file is damaged: line {index + 1} of {member!r} is not valid JSON.") from None
    problem = record_problem(record, record_type)
    if problem:
        raise RecordInvalid(f"Line {index + 1} of {member!r} is invalid: {problem}.")


def read_export_file(
    path: str | os.PathLike[str],
    *,
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES,
    max_uncompressed_bytes: int = DEFAULT_MAX_UNCOMPRESSED_BYTES,
    supported_major: int = SUPPORTED_MAJOR,
) -> ExportPackage:
    """As :func:`read_export`, refusing an oversized file before reading it (OSError if unreadable)."""
    with open(path, "rb") as handle:
        size = os.fstat(handle.fileno()).st_size
        if size > max_file_bytes:
            raise ExportTooLarge(f"The file is {size:,} bytes, over the import limit of {max_file_bytes:,}.")
        data = handle.read(max_file_bytes + 1)
    return read_export(
        data,
        max_file_bytes=max_file_bytes,
        max_uncompressed_bytes=max_uncompressed_bytes,
        supported_major=supported_major,
    )
