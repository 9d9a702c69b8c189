"""Build the weekly export zip (data-safety-and-exchange.md §3.3).

Members, in this order (deterministic: same input, same bytes)::

    records/<type>.jsonl      one canonical record line per record, sorted by uuid
    records/tombstones.jsonl  all deletions, sorted by (record_type, uuid)
    csv/<type>.csv            Excel copy of each type (see csv_writer)
    csv/tombstones.csv
    datapackage.json          Frictionless v2 descriptor of the CSVs
    manifest.json             written last: counts, and name/bytes/SHA-256 of every member above

Usage by the export service::

    data = build_export_zip(records_by_type={"huddle_sheets": [make_record(...), ...]},
                            tombstones=[make_tombstone(...)], manifest_fields={...})
    write_atomically(folder / export_file_name(...), data)
    previous_export_sha256 = sha256_hex(data)   # store for the next export's manifest
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Mapping, Sequence

from app.export_format.canonical import sha256_hex
from app.export_format.csv_writer import (
    default_record_columns,
    default_tombstone_columns,
    flatten_record,
    render_csv,
)
from app.export_format.datapackage import DATAPACKAGE_NAME, build_datapackage, resource_descriptor
from app.export_format.manifest import MANIFEST_NAME, ManifestFields, build_manifest, manifest_bytes
from app.export_format.record_lines import (
    TOMBSTONES_TYPE,
    jsonl_bytes,
    record_problem,
    tombstone_problem,
    type_name_problem,
)
from app.export_format.timestamps import parse_utc_timestamp

COMPRESSION = zipfile.ZIP_DEFLATED
COMPRESS_LEVEL = 6


def _sorted_records(record_type: str, records: Sequence[Mapping[str, object]]) -> list[Mapping[str, object]]:
    problem = type_name_problem(record_type)
    if problem:
        raise ValueError(f"Cannot export: {problem}")
    seen: set[object] = set()
    for record in records:
        problem = record_problem(record, record_type)
        if problem:
            raise ValueError(f"Cannot export a {record_type} record: {problem}")
        if record["uuid"] in seen:
            raise ValueError(f"Cannot export: {record_type} record {record['uuid']} appears twice")
        seen.add(record["uuid"])
    return sorted(records, key=lambda record: str(record["uuid"]))


def _sorted_tombstones(
    tombstones: Sequence[Mapping[str, object]], live: Mapping[str, set[object]]
) -> list[Mapping[str, object]]:
    seen: set[tuple[object, object]] = set()
    for line in tombstones:
        problem = tombstone_problem(line)
        if problem:
            raise ValueError(f"Cannot export a tombstone: {problem}")
        key = (line["record_type"], line["uuid"])
        if key in seen:
            raise ValueError(f"Cannot export: tombstone for {key[0]} {key[1]} appears twice")
        if line["uuid"] in live.get(str(line["record_type"]), set()):
            raise ValueError(f"Cannot export: {key[0]} {key[1]} is both a record and a tombstone")
        seen.add(key)
    return sorted(tombstones, key=lambda line: (str(line["record_type"]), str(line["uuid"])))


def _zip_time(exported_at: object) -> tuple[int, int, int, int, int, int]:
    moment = parse_utc_timestamp(exported_at)
    if moment is None:
        raise ValueError("manifest_fields['exported_at'] must be a UTC ISO 8601 timestamp")
    return (max(moment.year, 1980), moment.month, moment.day, moment.hour, moment.minute, moment.second)


def build_export_zip(
    *,
    records_by_type: Mapping[str, Sequence[Mapping[str, object]]],
    tombstones: Sequence[Mapping[str, object]],
    manifest_fields: ManifestFields | Mapping[str, object],
    csv_columns: Mapping[str, Sequence[str]] | None = None,
) -> bytes:
    """Return the bytes of a complete export zip; ValueError (plain message) on invalid input.

    ``records_by_type`` maps each record type (e.g. "huddle_sheets") to record lines built with
    :func:`app.export_format.record_lines.make_record`; list a type with an empty list to export "none".
    ``tombstones`` are lines from :func:`make_tombstone`, for any type. ``csv_columns``
    optionally fixes the CSV columns per type (top-level keys or field names; must include
    "uuid"); other types get envelope columns plus every field. The export is refused if
    ``manifest_fields["pii_scan"]["blocked"]`` is not 0.
    """
    date_time = _zip_time(manifest_fields.get("exported_at"))
    records = {name: _sorted_records(name, lines) for name, lines in sorted(records_by_type.items())}
    live = {name: {line["uuid"] for line in lines} for name, lines in records.items()}
    deaths = _sorted_tombstones(tombstones, live)
    counts = {name: {"records": len(lines), "tombstones": 0} for name, lines in records.items()}
    for line in deaths:
        entry = counts.setdefault(str(line["record_type"]), {"records": 0, "tombstones": 0})
        entry["tombstones"] += 1
    counts = dict(sorted(counts.items()))

    members: list[tuple[str, bytes]] = []
    for name in counts:
        members.append((f"records/{name}.jsonl", jsonl_bytes(records.get(name, []))))
    members.append((f"records/{TOMBSTONES_TYPE}.jsonl", jsonl_bytes(deaths)))

    resources = []
    chosen = csv_columns or {}
    for name in counts:
        lines = records.get(name, [])
        columns = list(chosen.get(name) or default_record_columns(lines))
        if "uuid" not in columns:
            raise ValueError(f"CSV columns for {name} must include 'uuid'")
        table = render_csv([flatten_record(line) for line in lines], columns)
        path = f"csv/{name}.csv"
        members.append((path, table.data))
        resources.append(resource_descriptor(name, path, table))
    table = render_csv(deaths, default_tombstone_columns(deaths))
    members.append((f"csv/{TOMBSTONES_TYPE}.csv", table.data))
    resources.append(resource_descriptor(TOMBSTONES_TYPE, f"csv/{TOMBSTONES_TYPE}.csv", table))
    descriptor = build_datapackage(resources, created=str(manifest_fields["exported_at"]))
    members.append((DATAPACKAGE_NAME, (json.dumps(descriptor, indent=2, ensure_ascii=False) + "\n").encode("utf-8")))

    listed: list[dict[str, object]] = [
        {"name": name, "bytes": len(data), "sha256": sha256_hex(data)} for name, data in members
    ]
    members.append((MANIFEST_NAME, manifest_bytes(build_manifest(manifest_fields, counts, listed))))

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=COMPRESSION) as archive:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=date_time)
            info.compress_type = COMPRESSION
            info.create_system = 3  # fixed (Unix), so Windows and Linux builds give identical bytes
            info.external_attr = 0o644 << 16
            archive.writestr(info, data, compresslevel=COMPRESS_LEVEL)
    return buffer.getvalue()
