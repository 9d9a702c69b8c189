"""The import's fast path: a record's content hash, repeated keys and envelope values are checked
just before the merge writes (or keeps) anything from it, instead of for every line of every
file. A file whose record was altered after export (member checksums recomputed, so only the
record's own checks can tell) is still refused as a whole and changes nothing; a line the
database already holds at the same revision and hash cannot change anything, so it is not
checked again."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from app.export_format import RecordInvalid, canonical_json, make_record, read_export
from app.export_format.package_reader import verify_record_content
from tests.unit.exchange_helpers import add_ward, db_hash, export_bytes, import_data, link_device, new_store
from tests.unit.test_exchange_support import rewrite, sample_export


def _tamper(data: bytes, record_type: str, change: Any, *, index: int = 0, whole: bool = False) -> bytes:
    """Change one record's fields (or, with ``whole``, the whole line) but keep its claimed
    content_sha256; member hashes recomputed."""

    def members(contents: dict[str, bytes]) -> None:
        name = f"records/{record_type}.jsonl"
        lines = contents[name].split(b"\n")
        record = json.loads(lines[index])
        changed = change(record if whole else record["fields"])
        lines[index] = changed if isinstance(changed, bytes) else canonical_json(record)
        contents[name] = b"\n".join(lines)

    return rewrite(data, members=members)


def _repeat_key(record: dict) -> bytes:
    """The line with its "rev" key written twice (valid JSON, refused by the strict reader)."""
    text = canonical_json(record)
    return text[:-1] + b',"rev":' + str(record["rev"]).encode() + b"}"


@pytest.fixture
def pair(template_database: Path, tmp_path: Path):
    ward = new_store(template_database, tmp_path / "ward")
    central = new_store(template_database, tmp_path / "central")
    ward_id = add_ward(ward)
    ward.wards.add_staff(ward_id, "Amara Okafor", "HCA")
    ward.wards.add_staff(ward_id, "Ben Clarke", "Registered nurse")
    link_device(central, ward.ctx.device.device_id, ward_id)
    yield ward, central, ward_id
    ward.close()
    central.close()


def test_without_content_check_the_reader_defers_the_same_refusal_to_verify_record_content() -> None:
    data = _tamper(sample_export(), "huddle_sheets", lambda f: f.update(summary="edited in Excel"), index=1)
    with pytest.raises(RecordInvalid) as full:
        read_export(data)
    package = read_export(data, verify_content=False)
    assert not package.content_verified
    first, second, _third = package.records_by_type["huddle_sheets"]
    verify_record_content(package, "huddle_sheets", first)  # untouched: fine
    with pytest.raises(RecordInvalid) as deferred:
        verify_record_content(package, "huddle_sheets", second)
    assert str(deferred.value) == str(full.value)
    assert "line 2" in str(full.value).lower() and "content_sha256 does not match" in str(full.value)

    # everything but the hash is still checked up front
    def bad_rev(contents: dict[str, bytes]) -> None:
        lines = contents["records/huddle_sheets.jsonl"].split(b"\n")
        lines[0] = canonical_json(dict(json.loads(lines[0]), rev="3"))
        contents["records/huddle_sheets.jsonl"] = b"\n".join(lines)

    with pytest.raises(RecordInvalid, match="rev"):
        read_export(rewrite(sample_export(), members=bad_rev), verify_content=False)


def test_an_altered_new_record_refuses_the_whole_file_and_nothing_is_kept(pair, tmp_path: Path) -> None:
    ward, central, ward_id = pair
    good = export_bytes(ward, ward_id, tmp_path)
    altered = _tamper(good, "staff", lambda f: f.update(name="Someone Else"), index=1)
    before = db_hash(central)
    result = central.exchange.imports.import_bytes(altered, "altered.zip")
    assert result.status == "rejected" and "content_sha256 does not match" in result.message
    assert db_hash(central) == before  # the ward and the first staff member were rolled back too
    assert central.wards.list_wards() == [] and result.kept_at is not None and result.kept_at.exists()
    assert central.exchange.imports.repo.ledger_entry(result.file_sha256) is None
    again = central.exchange.imports.import_bytes(good, "good.zip")
    assert again.status == "imported" and again.counts.inserted == 3
    assert {s.name for s in central.wards.staff_for(ward_id)} == {"Amara Okafor", "Ben Clarke"}


def test_an_altered_newer_revision_is_refused_but_an_altered_copy_of_a_held_one_changes_nothing(
    pair,
    tmp_path: Path,
) -> None:
    ward, central, ward_id = pair
    for name in ("1", "2", "3"):
        (tmp_path / name).mkdir()
    first = export_bytes(ward, ward_id, tmp_path / "1")
    assert import_data(central, first).status == "imported"
    staff = {s.name: s for s in ward.wards.staff_for(ward_id)}
    ward.wards.update_staff(staff["Ben Clarke"].id, staff["Ben Clarke"].rev, name="Ben Clarke", role="Doctor")
    second = export_bytes(ward, ward_id, tmp_path / "2")
    package = read_export(second)
    position = {r["fields"]["name"]: i for i, r in enumerate(package.records_by_type["staff"])}

    held = db_hash(central)
    unchanged_copy = _tamper(second, "staff", lambda f: f.update(name="Not Amara"), index=position["Amara Okafor"])
    result = central.exchange.imports.import_bytes(unchanged_copy, "same-rev.zip")
    assert result.status == "imported", result.message
    # Amara's line repeats the revision and hash held here, so it changed nothing; Ben's new revision was verified
    assert result.counts.updated == 1 and result.counts.inserted == 0
    assert {s.name: s.role for s in central.wards.staff_for(ward_id)} == {"Amara Okafor": "HCA", "Ben Clarke": "Doctor"}
    assert db_hash(central) != held

    ward.wards.update_staff(staff["Amara Okafor"].id, staff["Amara Okafor"].rev, name="Amara Okafor", role="Doctor")
    third = export_bytes(ward, ward_id, tmp_path / "3")
    position = {r["fields"]["name"]: i for i, r in enumerate(read_export(third).records_by_type["staff"])}
    before = db_hash(central)
    result = central.exchange.imports.import_bytes(
        _tamper(third, "staff", lambda f: f.update(role="Consultant"), index=position["Amara Okafor"]), "newer.zip"
    )
    assert result.status == "rejected" and "content_sha256 does not match" in result.message
    assert db_hash(central) == before


def test_an_altered_record_of_a_type_this_version_does_not_know_is_refused(pair, tmp_path: Path) -> None:
    ward, central, ward_id = pair
    rounds = make_record(
        uuid="5c0e0000-0000-4000-8000-000000000001",
        record_type="ward_rounds",
        schema_version=1,
        origin_device_id=ward.ctx.device.device_id,
        ward_id=ward_id,
        rev=3,
        epoch=0,
        created_at="2026-03-10T09:00:00Z",
        updated_at="2026-03-10T09:00:00Z",
        fields={"summary": "Consultant round 10:00"},
    )

    def add_rounds(contents: dict[str, bytes]) -> None:
        altered = dict(rounds, fields={"summary": "Consultant round 11:00"})
        contents["records/ward_rounds.jsonl"] = canonical_json(altered) + b"\n"

    def count_rounds(manifest: dict[str, Any]) -> None:
        manifest["counts"]["ward_rounds"] = {"records": 1, "tombstones": 0}

    data = rewrite(export_bytes(ward, ward_id, tmp_path), members=add_rounds, manifest=count_rounds)
    before = db_hash(central)
    result = central.exchange.imports.import_bytes(data, "rounds.zip")
    assert result.status == "rejected" and "ward_rounds" in result.message
    assert db_hash(central) == before and central.wards.list_wards() == []


@pytest.mark.parametrize(
    ("change", "match"),
    [
        (_repeat_key, "not valid JSON"),
        (lambda r: r.update(created_at="yesterday"), "created_at must be a UTC ISO 8601 timestamp"),
        (lambda r: r.update(uuid=r["uuid"].upper()), "lower-case hyphenated UUID"),
    ],
)
def test_other_checks_of_a_new_record_also_refuse_the_file(pair, tmp_path: Path, change: Any, match: str) -> None:
    ward, central, ward_id = pair
    data = _tamper(export_bytes(ward, ward_id, tmp_path), "staff", change, index=1, whole=True)
    with pytest.raises(RecordInvalid, match=match):
        read_export(data)  # what the strict reader says
    package = read_export(data, verify_content=False)  # the fast path reads it, and the merge refuses it
    assert package.records_by_type["staff"]
    before = db_hash(central)
    result = central.exchange.imports.import_bytes(data, "altered.zip")
    assert result.status == "rejected" and match.split()[0] in result.message
    assert db_hash(central) == before and central.wards.list_wards() == []


def test_an_unchanged_copy_with_a_repeated_key_changes_nothing(pair, tmp_path: Path) -> None:
    ward, central, ward_id = pair
    good = export_bytes(ward, ward_id, tmp_path)
    assert import_data(central, good).status == "imported"
    held = db_hash(central)
    result = central.exchange.imports.import_bytes(_tamper(good, "staff", _repeat_key, whole=True), "copy.zip")
    assert result.status == "imported" and result.counts.unchanged == 3 and db_hash(central) == held
