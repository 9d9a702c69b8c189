"""The improvement team's merge trusts no file beyond its own ward (issue 17 §1).

Two wards, A and B, each with its own PC, both imported at the improvement team. Then ward A's
PC sends files that try every cross-ward write (update, insert, tombstone, ward deletion, ward
row), revisions that would pin a record for good, and numbers SQLite cannot hold; each is held
back with its reason, named in the summary, and ward B's tables are byte-for-byte as before.
"""

from __future__ import annotations

import copy
import threading
import uuid as uuid_module
from pathlib import Path

import pytest

from app.domain.action import Action
from app.export_format import make_record, make_tombstone, read_export
from app.services.exchange.weekly_file_contents import export_types
from app.services.store import open_store
from tests.unit.exchange_helpers import add_ward, db_hash, export_bytes, link_device, new_store, transform

STAMP = "2026-03-12T09:00:00.000Z"


def _ward_b_tables(store, ward_b: str) -> dict[str, list[dict]]:
    """Every row of ward B in every exported table, plus its merge state (what must not change)."""
    out = {}
    for kind in export_types():
        out[kind.table] = store.database.rows(f"SELECT * FROM {kind.table} WHERE ward_id = ? ORDER BY uuid", [ward_b])
    out["exchange_records"] = store.database.rows(
        "SELECT * FROM exchange_records WHERE ward_id = ? ORDER BY record_type, uuid", [ward_b]
    )
    out["wards_row"] = store.database.rows("SELECT * FROM wards WHERE uuid = ?", [ward_b])
    return out


@pytest.fixture
def two_wards(template_database: Path, tmp_path: Path):
    a = new_store(template_database, tmp_path / "a")
    b = new_store(template_database, tmp_path / "b")
    central = new_store(template_database, tmp_path / "central")
    ward_a = add_ward(a, "Ward A", "WA")
    ward_b = add_ward(b, "Ward B", "WB")
    a.wards.add_staff(ward_a, "Amara Okafor", "HCA")
    b_staff, _ = b.wards.add_staff(ward_b, "Ben Clarke", "Registered nurse")
    b_action, _ = b.actions.add(Action(ward_id=ward_b, text="Fix the hoist in bay 2"))
    for store, ward in ((a, ward_a), (b, ward_b)):
        link_device(central, store.ctx.device.device_id, ward)
        result = central.exchange.imports.import_bytes(export_bytes(store, ward, tmp_path), f"{ward}.zip")
        assert result.status == "imported", result.message
    a_device = a.ctx.device.device_id
    a_file = export_bytes(a, ward_a, tmp_path)
    yield central, a_file, a_device, ward_a, ward_b, b_staff.id, b_action.id
    for store in (a, b, central):
        store.close()


def _staff_line(central, staff_uuid: str) -> dict:
    """Ward B's staff member as a record line (what a hostile file would copy and change)."""
    row = central.database.rows("SELECT * FROM staff WHERE uuid = ?", [staff_uuid])[0]
    return make_record(
        uuid=staff_uuid,
        record_type="staff",
        schema_version=1,
        origin_device_id=row["origin_device_id"],
        ward_id=row["ward_id"],
        rev=int(row["rev"]) + 1,
        epoch=int(row["epoch"]),
        created_at=row["created_at"],
        updated_at=STAMP,
        fields={"name": "1 updated", "role": "HCA", "retired": False},
    )


def _tomb(uuid: str, record_type: str, ward_id: str, device: str, rev: int = 50) -> dict:
    return make_tombstone(
        uuid=uuid, record_type=record_type, origin_device_id=device, ward_id=ward_id, rev=rev, epoch=0, deleted_at=STAMP
    )


def _attempts(central, a_device: str, ward_a: str, ward_b: str, b_staff: str, b_action: str) -> dict[str, dict]:
    """Each cross-ward write, as the extra lines a file from ward A's PC would carry."""
    update = _staff_line(central, b_staff)
    update_as_a = {**copy.deepcopy(update), "ward_id": ward_a}  # claims ward A, but the uuid is ward B's
    insert = {**copy.deepcopy(update), "uuid": str(uuid_module.uuid4()), "rev": 1}
    ward_row = make_record(
        uuid=ward_b,
        record_type="wards",
        schema_version=1,
        origin_device_id=a_device,
        ward_id=ward_b,
        rev=99,
        epoch=0,
        created_at=STAMP,
        updated_at=STAMP,
        fields={"name": "Hacked"},
    )
    return {
        "update": {"add": {"staff": [update]}},
        "update claiming ward A": {"add": {"staff": [update_as_a]}},
        "insert": {"add": {"staff": [insert]}},
        "ward row": {"add": {"wards": [ward_row]}},
        "tombstone": {"add_tombstones": [_tomb(b_staff, "staff", ward_b, a_device)]},
        "tombstone claiming ward A": {"add_tombstones": [_tomb(b_action, "actions", ward_a, a_device)]},
        "ward deletion": {"add_tombstones": [_tomb(ward_b, "wards", ward_b, a_device)]},
        "ward deletion claiming ward A": {"add_tombstones": [_tomb(ward_b, "wards", ward_a, a_device)]},
    }


@pytest.mark.parametrize(
    "attempt",
    [
        "update",
        "update claiming ward A",
        "insert",
        "ward row",
        "tombstone",
        "tombstone claiming ward A",
        "ward deletion",
        "ward deletion claiming ward A",
    ],
)
def test_a_file_from_ward_a_cannot_write_ward_b(two_wards, attempt: str) -> None:
    central, a_file, a_device, ward_a, ward_b, b_staff, b_action = two_wards
    changes = _attempts(central, a_device, ward_a, ward_b, b_staff, b_action)[attempt]
    hostile = transform(a_file, **changes)
    before = _ward_b_tables(central, ward_b)
    result = central.exchange.imports.import_bytes(hostile, "hostile.zip")
    assert result.status == "imported"
    assert result.counts.quarantined == 1, result.message
    assert "held back and not written" in result.message and "outside this file's ward" in result.message
    assert _ward_b_tables(central, ward_b) == before
    assert central.wards.get(ward_b).name == "Ward B"
    (held,) = [q for q in central.exchange.imports.quarantined() if q["file_name"] == "hostile.zip"]
    assert "ward" in held["reason"]


def test_ward_a_own_records_still_import_beside_the_refused_ones(two_wards) -> None:
    central, a_file, a_device, ward_a, ward_b, b_staff, b_action = two_wards
    own = make_record(
        uuid=str(uuid_module.uuid4()),
        record_type="staff",
        schema_version=1,
        origin_device_id=a_device,
        ward_id=ward_a,
        rev=1,
        epoch=0,
        created_at=STAMP,
        updated_at=STAMP,
        fields={"name": "Chloe Nwosu", "role": "Student", "retired": False},
    )
    hostile = transform(a_file, add={"staff": [own, _staff_line(central, b_staff)]})
    result = central.exchange.imports.import_bytes(hostile, "mixed.zip")
    assert result.counts.inserted == 1 and result.counts.quarantined == 1
    assert "Chloe Nwosu" in {s.name for s in central.wards.staff_for(ward_a)}
    assert "1 updated" not in {s.name for s in central.wards.staff_for(ward_b)}


@pytest.mark.parametrize("field,value", [("rev", 2**63 - 1), ("rev", 500_000), ("epoch", 1_000)])
def test_a_revision_far_beyond_the_ward_is_held_for_review_not_pinned(two_wards, field: str, value: int) -> None:
    central, a_file, _a_device, ward_a, *_ = two_wards
    (staff,) = read_export(a_file).records_by_type["staff"]

    def pin(name: str, line: dict) -> dict:
        if name == "staff":
            line = {**line, field: value, "fields": {**line["fields"], "name": "PINNED FOREVER"}}
        return line

    result = central.exchange.imports.import_bytes(transform(a_file, pin), "pinned.zip")
    assert result.counts.quarantined == 1 and "held for review" in result.message
    assert "PINNED FOREVER" not in {s.name for s in central.wards.staff_for(ward_a)}
    row = central.database.rows("SELECT rev, epoch FROM staff WHERE uuid = ?", [staff["uuid"]])[0]
    assert (row["rev"], row["epoch"]) == (staff["rev"], staff["epoch"])


def test_a_number_sqlite_cannot_hold_refuses_that_file_and_the_batch_goes_on(two_wards, tmp_path: Path) -> None:
    central, a_file, _a_device, ward_a, *_ = two_wards

    def overflow(name: str, line: dict) -> dict:
        return {**line, "rev": 2**63} if name == "staff" else line

    def huge_field(name: str, line: dict) -> dict:
        return {**line, "fields": {**line["fields"], "name": 2**64}} if name == "staff" else line

    good1, good2 = tmp_path / "good1.zip", tmp_path / "good2.zip"
    bad, bad_field = tmp_path / "bad.zip", tmp_path / "bad-field.zip"
    good1.write_bytes(transform(a_file, manifest=lambda m: m.update(export_seq=50)))
    bad.write_bytes(transform(a_file, overflow, manifest=lambda m: m.update(export_seq=51)))
    bad_field.write_bytes(transform(a_file, huge_field, manifest=lambda m: m.update(export_seq=52)))
    good2.write_bytes(transform(a_file, manifest=lambda m: m.update(export_seq=53, exported_at=STAMP)))
    results = central.exchange.imports.import_files([good1, bad, bad_field, good2])
    fates = {r.file_name: r.status for r in results}
    assert fates == {
        "good1.zip": "imported",
        "bad.zip": "rejected",
        "bad-field.zip": "imported",
        "good2.zip": "imported",
    }
    (bad_result,) = [r for r in results if r.file_name == "bad.zip"]
    assert "9223372036854775807" in bad_result.message and "\n" not in bad_result.message
    (field_result,) = [r for r in results if r.file_name == "bad-field.zip"]
    assert field_result.counts.quarantined == 1 and "not valid here" in field_result.message


def test_tombstones_for_records_never_held_are_not_counted_as_deleted(two_wards) -> None:
    central, a_file, a_device, ward_a, *_ = two_wards
    ghosts = [_tomb(str(uuid_module.uuid4()), "actions", ward_a, a_device, rev=2) for _ in range(50)]
    result = central.exchange.imports.import_bytes(transform(a_file, add_tombstones=ghosts), "ghosts.zip")
    assert result.status == "imported" and result.counts.deleted == 0 and "deleted" not in result.message


def test_two_imports_of_the_same_files_at_once_never_fail(two_wards, tmp_path: Path) -> None:
    central, a_file, *_ = two_wards
    files = []
    for seq in (60, 61, 62):
        path = tmp_path / f"week{seq}.zip"
        path.write_bytes(transform(a_file, manifest=lambda m, s=seq: m.update(export_seq=s)))
        files.append(path)
    path = central.database.path
    stores = [open_store(path, clock=central.ctx.now) for _ in range(2)]
    for store in stores:
        store.exchange.imports.backups = None
    outcomes: list[list] = [[], []]
    errors: list[BaseException] = []
    barrier = threading.Barrier(2)

    def run(index: int) -> None:
        try:
            barrier.wait()
            worker = open_store(path, clock=central.ctx.now)
            worker.exchange.imports.backups = None
            try:
                outcomes[index] = worker.exchange.imports.import_files(files)
            finally:
                worker.close()
        except BaseException as error:  # noqa: BLE001 - the test reports any failure below
            errors.append(error)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    for store in stores:
        store.close()
    assert not errors, errors
    for index in range(3):
        pair = sorted(outcomes[i][index].status for i in range(2))
        assert pair in (["already imported", "imported"], ["imported", "skipped"]), pair
    hash_after = db_hash(central)
    assert central.exchange.imports.import_bytes(files[0].read_bytes(), "again.zip").status == "already imported"
    assert db_hash(central) == hash_after


def test_inside_one_batch_the_bound_follows_each_file_merged(two_wards, tmp_path: Path) -> None:
    central, a_file, _a_device, ward_a, *_ = two_wards

    def bump(by: int):
        def change(name: str, line: dict) -> dict:
            return (
                {**line, "rev": line["rev"] + by, "fields": {**line["fields"], "role": f"rev+{by}"}}
                if name == "staff"
                else line
            )

        return change

    steps = [(70, 90_000), (71, 180_000), (72, 400_000)]  # the second is within reach of the first
    paths = []
    for seq, by in steps:
        path = tmp_path / f"w{seq}.zip"
        path.write_bytes(transform(a_file, bump(by), manifest=lambda m, s=seq: m.update(export_seq=s)))
        paths.append(path)
    first, second, third = central.exchange.imports.import_files(paths)
    assert (first.counts.updated, second.counts.updated) == (1, 1)
    assert third.counts.quarantined == 1 and "held for review" in third.message
