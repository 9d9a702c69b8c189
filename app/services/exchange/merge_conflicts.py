"""Rows of ``exchange_conflicts``: the two versions of a record with the same revision and
different content, both kept for a person to look at (R26)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from app.export_format import canonical_json
from app.services.exchange.weekly_file_contents import ExportType
from app.storage.repositories.exchange import ExchangeRepository


def conflict_row(
    record_type: str,
    line: Mapping[str, Any],
    fields: Mapping[str, Any],
    extra: Mapping[str, Any] | None,
    now: str,
    file_name: str,
) -> dict[str, Any]:
    """One version: its envelope from ``line`` (uuid, epoch, rev, content hash, ward, device, updated_at)."""
    return {
        "record_type": record_type,
        "uuid": line["uuid"],
        "epoch": line["epoch"],
        "rev": line["rev"],
        "content_sha256": line["content_sha256"],
        "ward_id": line["ward_id"],
        "origin_device_id": line["origin_device_id"],
        "updated_at": line["updated_at"],
        "fields": canonical_json(fields).decode("utf-8"),
        "extra": json.dumps(extra, ensure_ascii=False, sort_keys=True) if extra else None,
        "first_seen_at": now,
        "file_name": file_name,
    }


def held_version_row(
    repo: ExchangeRepository, kind: ExportType, state: Mapping[str, Any], *, now: str, file_name: str
) -> dict[str, Any] | None:
    """The version held here (its row's content plus fields kept aside), as a conflict row."""
    row = repo.row(kind.table, state["uuid"])
    if row is None:
        return None
    fields = kind.row_to_fields(row, repo.content_columns(kind.table))
    extra = json.loads(state["extra"]) if state.get("extra") else {}
    fields.update(extra.get("fields", {}))
    envelope = {
        "uuid": row["uuid"],
        "epoch": state["content_epoch"],
        "rev": state["content_rev"],
        "content_sha256": state["content_sha256"],
        "ward_id": row["ward_id"],
        "origin_device_id": row["origin_device_id"],
        "updated_at": row["updated_at"],
    }
    return conflict_row(kind.record_type, envelope, fields, None, now, file_name)
