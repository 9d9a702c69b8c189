"""Record and tombstone lines of the weekly export built from this database's rows and merge
state, and where the file goes (app/services/exchange/exports.py uses these)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from app.errors import ValidationError
from app.export_format import make_record, make_tombstone
from app.export_format.record_lines import ENVELOPE_KEYS, TOMBSTONE_KEYS
from app.services.exchange.pii_guard import ScanItem
from app.services.exchange.weekly_file_contents import ExportType


# -- helpers ------------------------------------------------------------------------------------------
def export_target(out: str | Path) -> tuple[Path | None, Path]:
    """(exact file, folder): a folder gets the standard file name; a path ending .zip is used as given."""
    path = Path(out).expanduser()
    if path.is_dir():
        return None, path
    if path.suffix.lower() == ".zip":
        if not path.parent.is_dir():
            raise ValidationError(f"The folder {path.parent} does not exist.", "out")
        return path, path.parent
    raise ValidationError(
        f"The folder {path} does not exist. Choose an existing folder, or a file name ending .zip.", "out"
    )


def record_line(kind: ExportType, row: dict[str, Any], fields: dict[str, Any], top: dict[str, Any]) -> dict[str, Any]:
    try:
        return make_record(
            uuid=row["uuid"],
            record_type=kind.record_type,
            schema_version=kind.schema_version,
            origin_device_id=row["origin_device_id"],
            ward_id=row["ward_id"],
            rev=int(row["rev"]),
            epoch=int(row["epoch"]),
            created_at=row["created_at"],
            updated_at=row["updated_at"],
            fields=fields,
            extra=top or None,
        )
    except ValueError as error:
        raise ValidationError(f"A {kind.label} could not be exported: {error}") from None


def tombstone_from_row(kind: ExportType, row: dict[str, Any], meta: dict[str, Any] | None) -> dict[str, Any]:
    extra = json.loads(meta["tomb_extra"]) if meta is not None and meta["tomb_extra"] else None
    return make_tombstone(
        uuid=row["uuid"],
        record_type=kind.record_type,
        origin_device_id=row["origin_device_id"],
        ward_id=row["ward_id"],
        rev=int(row["rev"]),
        epoch=int(row["epoch"]),
        deleted_at=row["updated_at"],
        extra=extra,
    )


def tombstone_from_state(meta: dict[str, Any]) -> dict[str, Any]:
    return make_tombstone(
        uuid=meta["uuid"],
        record_type=meta["record_type"],
        origin_device_id=meta["origin_device_id"],
        ward_id=meta["ward_id"],
        rev=int(meta["tomb_rev"]),
        epoch=int(meta["tomb_epoch"]),
        deleted_at=meta["deleted_at"],
        extra=json.loads(meta["tomb_extra"]) if meta["tomb_extra"] else None,
    )


def other_line(row: dict[str, Any]) -> dict[str, Any]:
    """The stored line of a record type this version does not know: the newer of record and tombstone."""
    record_key = (row["record_epoch"], row["record_rev"]) if row["record_line"] else None
    tomb_key = (row["tomb_epoch"], row["tomb_rev"]) if row["tomb_line"] else None
    if tomb_key is not None and (record_key is None or tomb_key >= record_key):
        return json.loads(row["tomb_line"])
    return json.loads(row["record_line"])


def other_scan_item(line: dict[str, Any]) -> ScanItem:
    """A line this version keeps without knowing it (a newer type, a deletion's extra keys): its
    fields and every key beside them are sent, so every one is scanned."""
    kind = ExportType(str(line["record_type"]), label=str(line["record_type"]).replace("_", " "))
    extra = {k: v for k, v in line.items() if k not in _KNOWN_LINE_KEYS}
    return ScanItem(kind, str(line["uuid"]), line.get("fields") or {}, imported=True, extra=extra or None)


_KNOWN_LINE_KEYS = frozenset((*ENVELOPE_KEYS, *TOMBSTONE_KEYS, "fields"))
