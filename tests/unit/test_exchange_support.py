"""Shared sample data and zip-rewriting helpers for the test_exchange_* modules (no tests here)."""

from __future__ import annotations

import io
import json
import uuid
import zipfile
from collections.abc import Callable
from typing import Any

from app.export_format.canonical import sha256_hex
from app.export_format.manifest import MANIFEST_NAME
from app.export_format.package_writer import build_export_zip
from app.export_format.record_lines import make_record, make_tombstone

DEVICE = "3f2a9c1e-7b4d-4e0a-9c61-5d2f8e1a0b37"


def uid(number: int) -> str:
    return str(uuid.UUID(int=number, version=4))


def sample_record(number: int, record_type: str = "huddle_sheets", **fields: Any) -> dict[str, object]:
    content = fields or {
        "date": "2026-03-12",
        "summary": f"Quiet shift {number}, 2 falls, café visit",
        "news2_escalations": number,
        "items": [{"bed": "Bay 3 bed 12", "flags": ["Falls", "Delirium"]}],
        "staffing_ok": number % 2 == 0,
    }
    return make_record(
        uuid=uid(number),
        record_type=record_type,
        schema_version=3,
        origin_device_id=DEVICE,
        ward_id="W23",
        rev=number,
        epoch=0,
        created_at="2026-03-12T09:30:00Z",
        updated_at="2026-03-12T10:02:11Z",
        fields=content,
    )


def sample_tombstone(number: int, record_type: str = "huddle_sheets") -> dict[str, object]:
    return make_tombstone(
        uuid=uid(number),
        record_type=record_type,
        origin_device_id=DEVICE,
        ward_id="W23",
        rev=7,
        epoch=0,
        deleted_at="2026-03-13T08:00:00Z",
    )


def manifest_fields(**overrides: Any) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "app_version": "0.1.0",
        "schema_version": 3,
        "trust_code": "RXX",
        "ward": "W23",
        "device_id": DEVICE,
        "export_seq": 4,
        "previous_export_sha256": "ab" * 32,
        "exported_at": "2026-03-13T17:45:00Z",
        "pii_scan": {"scanner_version": "1.0", "blocked": 0, "warnings_acknowledged": 2, "warnings_redacted": 1},
    }
    fields.update(overrides)
    return fields


def sample_export(**overrides: Any) -> bytes:
    return build_export_zip(
        records_by_type={
            "huddle_sheets": [sample_record(n) for n in (3, 1, 2)],
            "reflections": [sample_record(10, "reflections", text="=SUM(A1) @risk -ve +1\tx")],
            "pdsa_notes": [],
        },
        tombstones=[sample_tombstone(50), sample_tombstone(51, "reflections")],
        manifest_fields=manifest_fields(**overrides),
    )


def members_of(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def make_zip(members: dict[str, bytes] | list[tuple[str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    items = members.items() if isinstance(members, dict) else members
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in items:
            info = zipfile.ZipInfo(name, (2026, 3, 13, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
    return buffer.getvalue()


def rewrite(
    data: bytes,
    *,
    members: Callable[[dict[str, bytes]], None] | None = None,
    manifest: Callable[[dict[str, Any]], None] | None = None,
    rehash: bool = True,
) -> bytes:
    """Change members and/or the manifest, then (if ``rehash``) make the manifest's member list agree.

    This is what a careful forger would do; whatever still fails must fail for a deeper reason.
    """
    contents = members_of(data)
    listing = json.loads(contents.pop(MANIFEST_NAME))
    if members:
        members(contents)
    if rehash:
        listing["members"] = [{"name": n, "bytes": len(b), "sha256": sha256_hex(b)} for n, b in contents.items()]
    if manifest:
        manifest(listing)
    contents[MANIFEST_NAME] = json.dumps(listing).encode()
    return make_zip(contents)
