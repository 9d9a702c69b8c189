"""Importing weekly files (improvement-team side): everything checked before the database is
touched, a ledger of files, pending devices, quarantine, unknown fields kept, audit (R19, R22, R23,
R29, R35)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.domain.huddle import HuddleSheet
from app.export_format import make_record, make_tombstone, read_export, unknown_keys
from tests.unit.exchange_helpers import (
    NHS_NUMBER,
    add_ward,
    db_hash,
    export_bytes,
    import_data,
    link_device,
    new_store,
    transform,
)
from tests.unit.test_exchange_support import make_zip, members_of


@pytest.fixture
def pair(template_database: Path, tmp_path: Path):
    ward = new_store(template_database, tmp_path / "ward")
    central = new_store(template_database, tmp_path / "central")
    ward_id = add_ward(ward)
    ward.wards.add_staff(ward_id, "Amara Okafor", "HCA")
    ward.wards.add_staff(ward_id, "Ben Clarke", "Registered nurse")
    from app.domain.action import Action

    ward.actions.add(Action(ward_id=ward_id, text="Fix the hoist in bay 2", owner="Ben Clarke"))
    yield ward, central, ward_id
    ward.close()
    central.close()


def test_a_file_from_an_unknown_device_waits_until_mapped_and_changes_nothing(pair, tmp_path: Path) -> None:
    ward, central, ward_id = pair
    data = export_bytes(ward, ward_id, tmp_path)
    before = db_hash(central)
    imports = central.exchange.imports
    result = imports.import_bytes(data, "week10.zip")
    assert result.status == "waiting for a ward" and db_hash(central) == before
    assert imports.import_bytes(data, "week10.zip").message.startswith("Already waiting")
    (group,) = imports.pending_groups()
    assert (group.device_id, group.home_ward_id, len(group.files)) == (ward.ctx.device.device_id, ward_id, 1)
    assert list(imports.pending_dir.glob("*.zip"))
    choices = imports.mapping_choices(group.device_id, group.home_ward_id)
    assert choices[0][0] == ward_id and "new ward" in choices[0][1]
    (done,) = imports.map_device(group.device_id, group.home_ward_id, ward_id)
    assert done.status == "imported" and done.counts.inserted == 4  # the ward, two staff members and an action
    assert imports.pending_groups() == [] and not list(imports.pending_dir.glob("*.zip"))
    assert central.wards.get(ward_id).name == "Ward 7 (Respiratory)"
    assert {s.name for s in central.wards.staff_for(ward_id)} == {"Amara Okafor", "Ben Clarke"}


def test_reimporting_the_same_file_changes_nothing_and_says_so(pair, tmp_path: Path) -> None:
    ward, central, ward_id = pair
    data = export_bytes(ward, ward_id, tmp_path)
    assert import_data(central, data).status == "imported"
    before = db_hash(central)
    again = central.exchange.imports.import_bytes(data, "copy.zip")
    assert again.status == "already imported" and "nothing changed" in again.message
    assert db_hash(central) == before
    newer_same_content = export_bytes(ward, ward_id, tmp_path)  # seq 2, same records
    result = central.exchange.imports.import_bytes(newer_same_content, "week11.zip")
    assert result.status == "imported" and result.counts.unchanged == 4 and result.counts.inserted == 0
    assert db_hash(central) == before


def test_a_newer_major_format_is_refused_and_kept_in_quarantine(pair, tmp_path: Path) -> None:
    ward, central, ward_id = pair
    data = transform(export_bytes(ward, ward_id, tmp_path), manifest=lambda m: m.update(format_version="2.0"))
    link_device(central, ward.ctx.device.device_id, ward_id)
    before = db_hash(central)
    result = central.exchange.imports.import_bytes(data, "future.zip")
    assert result.status == "rejected" and "Update the app" in result.message
    assert result.kept_at is not None and result.kept_at.parent == central.path.parent / "quarantine"
    assert result.kept_at.read_bytes() == data
    assert "newer version" in Path(str(result.kept_at) + ".reason.txt").read_text(encoding="utf-8")
    assert db_hash(central) == before and central.exchange.imports.repo.ledger() == []
    assert any(e.action == "import refused" for e in central.audit.recent())


def test_a_newer_minor_version_imports_and_its_unknown_fields_survive_a_re_export(pair, tmp_path: Path) -> None:
    ward, central, ward_id = pair
    device = ward.ctx.device.device_id

    def future(name: str, line: dict) -> dict:
        if name == "staff":
            return {**line, "signature_v": "abc", "fields": {**line["fields"], "pronouns": "she/her", "grade": 5}}
        return line

    rounds = make_record(
        uuid="5c0e0000-0000-4000-8000-000000000001",
        record_type="ward_rounds",
        schema_version=1,
        origin_device_id=device,
        ward_id=ward_id,
        rev=3,
        epoch=0,
        created_at="2026-03-10T09:00:00Z",
        updated_at="2026-03-10T09:00:00Z",
        fields={"summary": "Consultant round 10:00"},
    )
    gone = make_tombstone(
        uuid="5c0e0000-0000-4000-8000-000000000002",
        record_type="ward_rounds",
        origin_device_id=device,
        ward_id=ward_id,
        rev=2,
        epoch=0,
        deleted_at="2026-03-11T09:00:00Z",
        extra={"reason": "duplicate"},
    )
    data = transform(
        export_bytes(ward, ward_id, tmp_path),
        future,
        add={"ward_rounds": [rounds]},
        add_tombstones=[gone],
        manifest=lambda m: m.update(format_version="1.3", device_public_key="x"),
    )
    sent = read_export(data)
    assert import_data(central, data).status == "imported"
    (tmp_path / "again").mkdir()
    again = read_export(export_bytes(central, ward_id, tmp_path / "again"))
    by_uuid = {r["uuid"]: r for r in again.records_by_type["staff"]}
    for original in sent.records_by_type["staff"]:
        copy = by_uuid[original["uuid"]]
        assert copy["fields"] == original["fields"] and copy["content_sha256"] == original["content_sha256"]
        assert unknown_keys(copy) == {"signature_v": "abc"}
    assert again.records_by_type["ward_rounds"] == [rounds]
    (tomb,) = [t for t in again.tombstones if t["record_type"] == "ward_rounds"]
    assert tomb["reason"] == "duplicate" and tomb["uuid"] == gone["uuid"]


def test_a_path_traversal_member_is_refused_and_nothing_is_written(pair, tmp_path: Path) -> None:
    ward, central, ward_id = pair
    link_device(central, ward.ctx.device.device_id, ward_id)
    members = members_of(export_bytes(ward, ward_id, tmp_path))
    data = make_zip([*members.items(), ("../../evil.txt", b"owned")])
    before = db_hash(central)
    result = central.exchange.imports.import_bytes(data, "evil.zip")
    assert result.status == "rejected" and "outside" in result.message
    assert db_hash(central) == before
    assert not any(p.name == "evil.txt" for p in tmp_path.parent.rglob("evil.txt"))


def test_a_file_from_this_computer_is_not_imported_into_itself(pair, tmp_path: Path) -> None:
    ward, _central, ward_id = pair
    data = export_bytes(ward, ward_id, tmp_path)
    before = db_hash(ward)
    result = ward.exchange.imports.import_bytes(data, "mine.zip")
    assert result.status == "rejected" and "this computer's own data" in result.message
    assert db_hash(ward) == before


def test_an_nhs_number_found_on_import_quarantines_only_that_record(pair, tmp_path: Path) -> None:
    ward, central, ward_id = pair

    def slipped(name: str, line: dict) -> dict:
        if name == "actions":
            return {**line, "fields": {**line["fields"], "text": f"Bloods for {NHS_NUMBER}"}}
        return line

    data = transform(export_bytes(ward, ward_id, tmp_path), slipped)
    result = import_data(central, data)
    assert result.status == "imported" and result.counts.quarantined == 1 and "held back" in result.message
    assert central.actions.open_actions(ward_id) == [] and len(central.wards.staff_for(ward_id)) == 2
    (held,) = central.exchange.imports.quarantined()
    assert held["record_type"] == "actions" and "NHS number" in held["reason"] and NHS_NUMBER not in held["reason"]
    assert result.kept_at is not None and result.kept_at.exists()
    assert NHS_NUMBER.encode() not in central.path.read_bytes()


def test_records_from_another_ward_are_read_only_here(pair, tmp_path: Path) -> None:
    ward, central, ward_id = pair
    import_data(central, export_bytes(ward, ward_id, tmp_path))
    own = add_ward(central, "Improvement office", "IMP")
    is_imported = central.exchange.is_imported
    assert is_imported(central.wards.get(ward_id)) and is_imported(central.wards.staff_for(ward_id)[0])
    assert is_imported({"origin_device_id": ward.ctx.device.device_id})
    assert not is_imported(central.wards.get(own))
    assert not is_imported(HuddleSheet(ward_id=own, huddle_date=date(2026, 3, 12), slot="Morning"))
    issue_free = central.exchange.exports.prepare(ward_id).pii
    assert issue_free.issues == ()


def test_imported_records_cannot_be_redacted_here(pair, tmp_path: Path) -> None:
    from app.errors import ValidationError

    ward, central, ward_id = pair
    ward.wards.add_staff(ward_id, "Ring 0113 496 0000", "HCA")
    import_data(central, export_bytes(ward, ward_id, tmp_path))
    prepared = central.exchange.exports.prepare(ward_id)
    (issue,) = prepared.pii.warnings
    assert issue.imported
    with pytest.raises(ValidationError, match="another ward's export"):
        central.exchange.pii.redact([issue])


def test_mapping_a_device_to_a_ward_held_here_files_its_records_there(pair, tmp_path: Path) -> None:
    ward, central, ward_id = pair
    mine = add_ward(central, "Ward 7 (central copy)", "W7")
    imports = central.exchange.imports
    imports.import_bytes(export_bytes(ward, ward_id, tmp_path), "w7.zip")
    (group,) = imports.pending_groups()
    assert [w for w, _ in imports.mapping_choices(group.device_id, group.home_ward_id)] == [ward_id, mine]
    (result,) = imports.map_device(group.device_id, group.home_ward_id, mine)
    assert result.status == "imported"
    assert [w.id for w in central.wards.list_wards()] == [mine], "the file's own ward record is left out"
    assert {s.name for s in central.wards.staff_for(mine)} == {"Amara Okafor", "Ben Clarke"}
    second = imports.import_bytes(export_bytes(ward, ward_id, tmp_path), "w7-2.zip")
    assert second.status == "imported" and second.counts.unchanged == 3


def test_many_files_at_once_with_progress_and_an_unreadable_one(pair, tmp_path: Path) -> None:
    ward, central, ward_id = pair
    link_device(central, ward.ctx.device.device_id, ward_id)
    first, second = (ward.exchange.exports.export(ward_id, tmp_path)[0] for _ in range(2))
    seen: list[tuple[int, int]] = []
    results = central.exchange.imports.import_files(
        [first.path, tmp_path / "missing.zip", second.path], progress=lambda done, total, _m: seen.append((done, total))
    )
    assert [r.status for r in results] == ["imported", "rejected", "imported"]
    assert "could not be read" in results[1].message
    assert seen[0] == (0, 3) and seen[-1] == (3, 3)
    entries = [e for e in central.audit.recent() if e.action == "import"]
    assert len(entries) == 2 and entries[-1].counts["inserted"] == 4 and entries[0].counts["unchanged"] == 4


def test_a_verified_backup_is_taken_before_an_import_batch_changes_anything(
    template_database: Path, tmp_path: Path
) -> None:
    ward = new_store(template_database, tmp_path / "ward")
    central = new_store(template_database, tmp_path / "central", backups=True)
    try:
        ward_id = add_ward(ward)
        result, _ = ward.exchange.exports.export(ward_id, tmp_path)
        central.exchange.imports.import_files([result.path])  # waits for a ward: nothing merged, no backup
        assert not list(central.backups_dir.glob("*before-import*"))
        (group,) = central.exchange.imports.pending_groups()
        central.exchange.imports.map_device(group.device_id, group.home_ward_id, ward_id)
        assert len(list(central.backups_dir.glob("*before-import*.sqlite3"))) == 1
    finally:
        ward.close()
        central.close()
