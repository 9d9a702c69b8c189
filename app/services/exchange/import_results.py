"""What an import tells its caller: one result per file, the files waiting for a ward, conflicts.
Also how a file says which ward it comes from."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.export_format import ExportPackage, canonical_json, sha256_hex
from app.services.changes import Changes
from app.services.exchange.merge_results import MergeCounts

Progress = Callable[[int, int, str], None]

IMPORTED, ALREADY, PENDING, REJECTED = "imported", "already imported", "waiting for a ward", "rejected"
SKIPPED = "skipped"  # another import held the data file too long: nothing changed, try again
IMPORT_ACTION = "import"


@dataclass
class FileResult:
    """What happened to one file. ``counts`` are the merge counts (zero unless imported)."""

    file_name: str
    status: str
    message: str
    counts: MergeCounts = field(default_factory=MergeCounts)
    device_id: str = ""
    ward_name: str = ""
    export_seq: int | None = None
    file_sha256: str = ""
    kept_at: Path | None = None  # the copy in the quarantine or pending folder
    changes: Changes = Changes.NONE

    @property
    def ok(self) -> bool:
        return self.status not in (REJECTED, SKIPPED)


@dataclass(frozen=True)
class PendingFile:
    file_sha256: str
    file_name: str
    device_id: str
    trust_code: str
    ward_code: str
    ward_id: str
    ward_name: str
    export_seq: int
    exported_at: str
    received_at: str


@dataclass(frozen=True)
class PendingGroup:
    device_id: str
    home_ward_id: str
    files: tuple[PendingFile, ...]

    @property
    def label(self) -> str:
        first = self.files[0]
        return f"{first.ward_name or first.ward_code} ({first.trust_code} {first.ward_code})"


@dataclass(frozen=True)
class Conflict:
    record_type: str
    uuid: str
    ward_id: str
    epoch: int
    rev: int
    versions: tuple[dict[str, Any], ...]  # each: content_sha256, origin_device_id, updated_at, fields, file_name


def home_ward(package: ExportPackage) -> str:
    """The ward a file belongs to: named in its manifest, or its one ward record, or most records'."""
    named = package.manifest.get("ward_id")
    if isinstance(named, str) and named:
        return named
    wards = package.records_by_type.get("wards", [])
    if len(wards) == 1:
        return str(wards[0]["uuid"])
    tally = Counter(str(r["ward_id"]) for lines in package.records_by_type.values() for r in lines)
    return tally.most_common(1)[0][0] if tally else ""


def content_digest(package: ExportPackage) -> str:
    """Identifies what a file holds (its members' checksums), whatever its zip bytes: two files
    with the same device and number but different digests mean a copied or restored device."""
    return sha256_hex(canonical_json(package.manifest["members"]))


def ward_name_in(package: ExportPackage, ward_id: str) -> str:
    name = package.manifest.get("ward_name")
    if isinstance(name, str) and name:
        return name
    for record in package.records_by_type.get("wards", []):
        if record["uuid"] == ward_id:
            return str(record["fields"].get("name") or "")
    return str(package.manifest.get("ward") or "")
