"""The weekly export (ward side): full snapshot, one file per record type, envelope and content
hash on every record, sequence numbers chained by SHA-256, staff initials, due dates, audit."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from app.errors import ValidationError
from app.export_format import content_sha256, read_export, sha256_hex
from app.services.exchange.weekly_file_contents import ExportType, apply_initials, export_types, initials
from app.storage.repositories.exchange import ExchangeRepository
from tests.unit.exchange_helpers import MutableClock, add_ward, demo_ward, export_bytes, new_store


@pytest.fixture
def ward_store(template_database: Path, tmp_path: Path):
    store = new_store(template_database, tmp_path / "ward")
    yield store
    store.close()


def test_every_table_with_the_sync_envelope_is_in_the_export_registry(ward_store) -> None:
    """A feature that adds a ward-record table must add one ExportType (app/services/exchange/weekly_file_contents.py)."""
    tables = set(ExchangeRepository(ward_store.database).envelope_tables())
    registered = {t.table for t in export_types()}
    assert tables - registered == set(), "add these tables to EXPORT_TYPES so the weekly export carries them"


def test_full_snapshot_has_one_file_per_type_with_envelope_and_content_hash(ward_store, tmp_path: Path) -> None:
    ward_id = demo_ward(ward_store, weeks=2)
    package = read_export(export_bytes(ward_store, ward_id, tmp_path))
    repo = ExchangeRepository(ward_store.database)
    for kind in export_types():
        if not repo.table_exists(kind.table):
            continue
        held = ward_store.database.rows(
            f"SELECT uuid, rev, epoch FROM {kind.table} WHERE ward_id = ? AND deleted = 0", [ward_id]
        )
        lines = package.records_by_type[kind.record_type]
        assert {(r["uuid"], r["rev"], r["epoch"]) for r in held} == {(r["uuid"], r["rev"], r["epoch"]) for r in lines}
        for line in lines:
            assert line["content_sha256"] == content_sha256(line["fields"])
            assert line["ward_id"] == ward_id and line["origin_device_id"] == ward_store.ctx.device.device_id
    assert package.records_by_type["huddle_sheets"] and package.records_by_type["safety_cross_days"]
    manifest = package.manifest
    assert (manifest["trust_code"], manifest["ward"], manifest["export_seq"]) == ("RX9", "W7", 1)
    assert manifest["previous_export_sha256"] is None and manifest["pii_scan"]["blocked"] == 0


def test_file_name_sequence_and_previous_hash_chain(ward_store, tmp_path: Path) -> None:
    ward_id = add_ward(ward_store)
    first = export_bytes(ward_store, ward_id, tmp_path)
    second = export_bytes(ward_store, ward_id, tmp_path)
    names = sorted(p.name for p in tmp_path.glob("*.zip"))
    device8 = ward_store.ctx.device.device_id[:8]
    assert names == [
        f"huddle-export_RX9_W7_{device8}_00001_2026-03-12.zip",
        f"huddle-export_RX9_W7_{device8}_00002_2026-03-12.zip",
    ]
    assert read_export(second).manifest["previous_export_sha256"] == sha256_hex(first)
    assert [e.export_seq for e in ward_store.exchange.exports.history(ward_id)] == [2, 1]
    assert not list(tmp_path.glob(".*.tmp")), "no temporary file is left behind"


def test_exact_file_name_and_refusals(ward_store, tmp_path: Path) -> None:
    ward_id = add_ward(ward_store)
    result, _ = ward_store.exchange.exports.export(ward_id, tmp_path / "mine.zip")
    assert result is not None and result.path == tmp_path / "mine.zip"
    with pytest.raises(ValidationError, match="does not exist"):
        ward_store.exchange.exports.export(ward_id, tmp_path / "nowhere")
    with pytest.raises(ValidationError, match="not a week"):
        ward_store.exchange.exports.prepare(ward_id, week="March")
    with pytest.raises(ValidationError, match="not started"):
        ward_store.exchange.exports.prepare(ward_id, week="2027-W01")
    ward = ward_store.wards.get(ward_id)
    ward_store.wards.update_ward(ward_id, ward.rev, ward.details.__class__(name=ward.name, trust_code="RX9"))
    with pytest.raises(ValidationError, match="ward code"):
        ward_store.exchange.exports.export(ward_id, tmp_path)


def test_deletions_are_exported_as_tombstones(ward_store, tmp_path: Path) -> None:
    ward_id = add_ward(ward_store)
    member, _ = ward_store.wards.add_staff(ward_id, "Amara Okafor", "HCA")
    from app.domain.action import Action

    action, _ = ward_store.actions.add(Action(ward_id=ward_id, text="Fix the hoist"))
    ward_store.actions.delete(action)
    package = read_export(export_bytes(ward_store, ward_id, tmp_path))
    assert [t["uuid"] for t in package.tombstones] == [action.id]
    assert package.tombstones[0]["rev"] == 2 and package.records_by_type["actions"] == []
    assert [r["uuid"] for r in package.records_by_type["staff"]] == [member.id]


def test_staff_names_become_initials_everywhere_when_the_ward_asks(ward_store, tmp_path: Path) -> None:
    ward_id = demo_ward(ward_store)
    ward_store.settings.set("export_staff_as_initials", True)
    names = {s.name for s in ward_store.wards.staff_for(ward_id, include_retired=True)}
    package = read_export(export_bytes(ward_store, ward_id, tmp_path))
    text = json.dumps(package.records_by_type, ensure_ascii=False)
    assert not [n for n in names if n in text], "a full staff name left the ward"
    sheet = next(s for s in package.records_by_type["huddle_sheets"] if s["fields"]["held"])
    assert sheet["fields"]["leader"].isupper() and len(sheet["fields"]["leader"]) <= 4
    assert all(a["name"].isupper() for a in sheet["fields"]["attendees"])
    owners = {a["fields"]["owner"] for a in package.records_by_type["actions"]}
    assert owners and all(o.isupper() for o in owners)
    assert {s["fields"]["name"] for s in package.records_by_type["staff"]} == {initials(n) for n in names}


def test_initials_handle_accents_hyphens_and_particles() -> None:
    assert initials("Siân Évans-Nguyễn") == "SÉN"
    assert initials("  nguyễn thị lan ") == "NTL"
    kind = ExportType("x", staff_name_fields=("lead", "team[].name"))
    fields = apply_initials(
        kind, {"lead": "Ben Clarke", "team": [{"name": "Uma Singh", "role": "HCA"}, "odd"], "notes": "Ben"}
    )
    assert fields == {"lead": "BC", "team": [{"name": "US", "role": "HCA"}, "odd"], "notes": "Ben"}


def test_past_week_leaves_out_later_records(ward_store, tmp_path: Path) -> None:
    ward_id = demo_ward(ward_store, weeks=3)
    everything = read_export(export_bytes(ward_store, ward_id, tmp_path))
    early = read_export(export_bytes(ward_store, ward_id, tmp_path, week="2026-W09"))
    last_day = max(s["fields"]["huddle_date"] for s in early.records_by_type["huddle_sheets"])
    assert (
        last_day <= "2026-03-01" < max(s["fields"]["huddle_date"] for s in everything.records_by_type["huddle_sheets"])
    )
    assert early.manifest["week"] == "2026-W09" and early.records_by_type["wards"]


def test_csv_copies_open_as_utf8_and_hold_no_live_formula(ward_store, tmp_path: Path) -> None:
    from app.domain.action import Action

    ward_id = add_ward(ward_store)
    ward_store.wards.add_staff(ward_id, "Siân Évans", "HCA")
    ward_store.actions.add(Action(ward_id=ward_id, text='=HYPERLINK("http://x","click")', owner="+44 nurse"))
    ward_store.actions.add(Action(ward_id=ward_id, text="@SUM(A1) -2 and\ttab"))
    data = export_bytes(ward_store, ward_id, tmp_path)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        csvs = [n for n in archive.namelist() if n.startswith("csv/")]
        assert {"csv/actions.csv", "csv/staff.csv", "csv/wards.csv", "csv/tombstones.csv"} <= set(csvs)
        for name in csvs:
            raw = archive.read(name)
            assert raw.startswith(b"\xef\xbb\xbf"), f"{name} has no UTF-8 byte-order mark"
            for row in csv.reader(io.StringIO(raw.decode("utf-8-sig"))):
                for cell in row:
                    assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), f"live formula in {name}: {cell!r}"
        assert "Siân Évans" in archive.read("csv/staff.csv").decode("utf-8-sig")


def test_export_is_audited_with_counts(ward_store, tmp_path: Path) -> None:
    ward_id = add_ward(ward_store)
    ward_store.wards.add_staff(ward_id, "Ben Clarke", "HCA")
    export_bytes(ward_store, ward_id, tmp_path)
    entry = next(e for e in ward_store.audit.recent() if e.action == "weekly export")
    assert entry.counts["export_seq"] == 1 and entry.counts["staff"] == 1 and entry.counts["wards"] == 1


@pytest.mark.parametrize(
    ("today", "last_export", "due_on", "is_due"),
    [
        (date(2026, 3, 9), None, date(2026, 3, 9), True),  # Monday, never exported
        (date(2026, 3, 12), None, date(2026, 3, 9), True),  # Thursday: overdue since Monday
        (date(2026, 3, 12), datetime(2026, 3, 9, 10, tzinfo=UTC), date(2026, 3, 16), False),
        (date(2026, 3, 12), datetime(2026, 3, 6, 10, tzinfo=UTC), date(2026, 3, 9), True),
        (date(2026, 3, 16), datetime(2026, 3, 9, 10, tzinfo=UTC), date(2026, 3, 16), True),
    ],
)
def test_export_status_says_when_the_weekly_export_is_due(
    template_database: Path, tmp_path: Path, today: date, last_export: datetime | None, due_on: date, is_due: bool
) -> None:
    clock = MutableClock(datetime.combine(today, datetime.min.time(), tzinfo=UTC) + timedelta(hours=12))
    store = new_store(template_database, tmp_path / "ward", clock=clock)
    try:
        ward_id = add_ward(store)
        if last_export is not None:
            saved = clock.moment
            clock.moment = last_export
            export_bytes(store, ward_id, tmp_path)
            clock.moment = saved
        status = store.exchange.export_status(ward_id)
        last_at, due, due_now = status
        assert (due, due_now) == (due_on, is_due)
        assert last_at == last_export
        assert ("due" in status.message(today)) and ("No weekly export" in status.message(today)) == (
            last_export is None
        )
    finally:
        store.close()
