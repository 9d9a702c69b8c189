"""Shared set-up for the export, import and merge tests: ward and central stores made from the
session's template database, each with its own device id, and a content hash of the merged data."""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from app.domain.ward import WardDetails
from app.services.exchange.weekly_file_contents import export_types
from app.services.store import AppStore, open_store
from app.storage.repositories.exchange import ExchangeRepository

NOW = datetime(2026, 3, 12, 9, 30, tzinfo=UTC)
NHS_NUMBER = "999 000 0018"  # synthetic range: never issued


class MutableClock:
    def __init__(self, moment: datetime = NOW) -> None:
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment

    def advance(self, **kwargs: float) -> None:
        self.moment += timedelta(**kwargs)


def new_store(template: Path, folder: Path, *, clock: MutableClock | None = None, backups: bool = False) -> AppStore:
    """A current-schema store in ``folder`` with a device id of its own (the template's is shared).
    The backup before each import batch is left out unless ``backups`` (it costs ~0.2 s here)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "wardhuddle.sqlite3"
    shutil.copyfile(template, path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE device SET device_id = ?", [uuid.uuid4().hex])
    conn.commit()
    conn.close()
    store = open_store(path, clock=clock or MutableClock())
    if not backups:
        store.exchange.imports.backups = None
    return store


def add_ward(store: AppStore, name: str = "Ward 7 (Respiratory)", code: str = "W7") -> str:
    ward, _ = store.wards.create_ward(WardDetails(name=name, trust_name="Test Trust", trust_code="RX9", ward_code=code))
    store.settings.set("current_ward_id", ward.id)
    return ward.id


def demo_ward(store: AppStore, *, weeks: int = 1) -> str:
    from app.demo import DemoPlan, build_demo

    build_demo(store, DemoPlan(weeks=weeks, end=date(2026, 3, 11)))
    return store.wards.list_wards()[0].id


def export_bytes(store: AppStore, ward_id: str, folder: Path, **kwargs: object) -> bytes:
    result, prepared = store.exchange.exports.export(ward_id, folder, acknowledge_warnings=True, **kwargs)  # type: ignore[arg-type]
    assert result is not None, prepared.pii.summary()
    return result.path.read_bytes()


def map_all_pending(store: AppStore) -> None:
    for group in store.exchange.imports.pending_groups():
        store.exchange.imports.map_device(group.device_id, group.home_ward_id, group.home_ward_id)


def import_data(store: AppStore, data: bytes, name: str = "export.zip"):
    """Import one file, linking its device to the ward it names first if needed."""
    result = store.exchange.imports.import_bytes(data, name)
    if result.status == "waiting for a ward":
        group = next(g for g in store.exchange.imports.pending_groups() if g.device_id == result.device_id)
        results = store.exchange.imports.map_device(group.device_id, group.home_ward_id, group.home_ward_id)
        return results[-1]
    return result


def link_device(store: AppStore, device_id: str, ward_id: str) -> None:
    """Map a device's files for ``ward_id`` to that ward without a pending file (test shortcut)."""
    repo = ExchangeRepository(store.database)
    with store.database.write():
        repo.map_device(device_id, ward_id, ward_id, now="2026-01-01T00:00:00.000Z", by="test")


def db_hash(store: AppStore) -> str:
    repo = ExchangeRepository(store.database)
    return repo.content_hash([t.table for t in export_types() if repo.table_exists(t.table)])


def transform(
    data: bytes,
    change_record: Callable[[str, dict], dict | None] | None = None,
    *,
    add: dict[str, list[dict]] | None = None,
    add_tombstones: list[dict] | None = None,
    manifest: Callable[[dict], None] | None = None,
) -> bytes:
    """Rebuild an export with changed records (content hashes recomputed, counts and member hashes
    made to agree): what a newer app, or a ward that bypassed its own checks, could send."""
    from app.export_format import canonical_json, content_sha256, read_export
    from tests.unit.test_exchange_support import rewrite

    package = read_export(data)
    records = {name: [dict(r) for r in lines] for name, lines in package.records_by_type.items()}
    for name, lines in (add or {}).items():
        records.setdefault(name, []).extend(lines)
    tombstones = list(package.tombstones) + list(add_tombstones or [])
    if change_record is not None:
        for name, lines in records.items():
            changed = []
            for line in lines:
                new = change_record(name, line)
                if new is not None:
                    new["content_sha256"] = content_sha256(new["fields"])
                    changed.append(new)
            records[name] = changed

    def members(contents: dict) -> None:
        for name in [n for n in contents if n.startswith("records/")]:
            del contents[name]
        for name, lines in records.items():
            contents[f"records/{name}.jsonl"] = b"".join(canonical_json(line) + b"\n" for line in lines)
        contents["records/tombstones.jsonl"] = b"".join(canonical_json(t) + b"\n" for t in tombstones)

    def fix_manifest(listing: dict) -> None:
        counts = {name: {"records": len(lines), "tombstones": 0} for name, lines in records.items()}
        for t in tombstones:
            counts.setdefault(str(t["record_type"]), {"records": 0, "tombstones": 0})["tombstones"] += 1
        listing["counts"] = counts
        if manifest is not None:
            manifest(listing)

    return rewrite(data, members=members, manifest=fix_manifest)
