"""The export reader refuses anything it cannot fully verify (R21, R22, R29, §3.5)."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from app.export_format import (
    ExportCorrupt,
    ExportFileError,
    ExportTooLarge,
    ExportTooNew,
    ManifestInvalid,
    NotAnExport,
    RecordInvalid,
    UnsafeMemberName,
    build_export_zip,
    canonical_json,
    make_record,
    read_export,
    read_export_file,
    unknown_keys,
)
from app.export_format.record_lines import TOMBSTONE_KEYS
from tests.unit.test_exchange_support import (
    make_zip,
    manifest_fields,
    members_of,
    rewrite,
    sample_export,
    sample_record,
    uid,
)


@pytest.mark.parametrize(
    "name",
    [
        "../evil.jsonl",
        "records/../../evil",
        "/etc/passwd",
        "\\windows\\evil",
        "C:/evil.txt",
        "c:evil",
        "records\\x.jsonl",
        "records//x",
        "./x",
        "a/\x01b",
    ],
)
def test_unsafe_member_names_rejected(name: str) -> None:
    data = make_zip([("manifest.json", members_of(sample_export())["manifest.json"]), (name, b"x")])
    with pytest.raises(UnsafeMemberName, match="unsafe"):
        read_export(data)


def test_zip_bomb_and_oversized_file_rejected(tmp_path: Path) -> None:
    bomb = make_zip({"manifest.json": b"{}", "records/big.jsonl": b"\0" * 5_000_000})
    assert len(bomb) < 20_000
    with pytest.raises(ExportTooLarge, match="zip bomb"):
        read_export(bomb, max_uncompressed_bytes=1_000_000)
    data = sample_export()
    with pytest.raises(ExportTooLarge, match="over the import limit"):
        read_export(data, max_file_bytes=len(data) - 1)
    path = tmp_path / "export.zip"
    path.write_bytes(data)
    assert read_export_file(path).file_sha256 == read_export(data).file_sha256
    with pytest.raises(ExportTooLarge):
        read_export_file(path, max_file_bytes=100)


def test_uncompressed_limit_counts_all_members() -> None:
    data = sample_export()
    total = sum(len(b) for b in members_of(data).values())
    read_export(data, max_uncompressed_bytes=total)
    with pytest.raises(ExportTooLarge):
        read_export(data, max_uncompressed_bytes=total - 1)


@pytest.mark.parametrize(
    "data,error",
    [
        (b"", ExportCorrupt),
        (b"PK\x03\x04 not really", ExportCorrupt),
        (b"hello" * 100, ExportCorrupt),
        (make_zip({"readme.txt": b"hi"}), NotAnExport),
        (make_zip({"manifest.json": b'{"format": "something-else"}'}), NotAnExport),
        (make_zip({"manifest.json": b"{not json"}), ManifestInvalid),
        (make_zip({"manifest.json": b'{"format": "ward-huddle-export", "format": "x"}'}), ManifestInvalid),
        (make_zip({"manifest.json": b'{"format": "ward-huddle-export", "format_version": "one"}'}), ManifestInvalid),
    ],
)
def test_not_an_export(data: bytes, error: type[ExportFileError]) -> None:
    with pytest.raises(error):
        read_export(data)


def test_newer_major_rejected_with_update_message() -> None:
    data = rewrite(sample_export(), manifest=lambda m: m.update(format_version="2.0", brand_new={"x": 1}))
    with pytest.raises(ExportTooNew) as caught:
        read_export(data)
    assert str(caught.value) == (
        "This file was made by a newer version of Ward Huddle (format 2.0). Update the app to import it."
    )
    assert caught.value.format_version == "2.0" and isinstance(caught.value, ExportFileError)
    older = rewrite(sample_export(), manifest=lambda m: m.update(format_version="0.9"))
    with pytest.raises(ManifestInvalid, match="old format"):
        read_export(older)


def _newer_minor_record(number: int) -> dict[str, object]:
    record = make_record(
        uuid=uid(number),
        record_type="huddle_sheets",
        schema_version=4,
        origin_device_id="dev",
        ward_id="W23",
        rev=1,
        epoch=0,
        created_at="2026-03-12T09:30:00Z",
        updated_at="2026-03-12T09:30:00Z",
        fields={"summary": "ok", "new_field": {"score": 3}},
        extra={"signature_v": "abc"},
    )
    return record


def test_newer_minor_accepted_and_unknown_fields_survive_a_re_export() -> None:
    def add_future(contents: dict[str, bytes]) -> None:
        contents["attachments/readme.txt"] = b"new in 1.7"
        del contents["records/reflections.jsonl"], contents["records/pdsa_notes.jsonl"]
        lines = [canonical_json(dict(_newer_minor_record(7), cc="x")) + b"\n"]
        contents["records/huddle_sheets.jsonl"] = b"".join(lines)
        contents["records/tombstones.jsonl"] = (
            canonical_json(
                {
                    "uuid": uid(8),
                    "record_type": "huddle_sheets",
                    "origin_device_id": "d",
                    "ward_id": "W23",
                    "rev": 2,
                    "epoch": 1,
                    "deleted_at": "2026-03-13T08:00:00Z",
                    "reason": "duplicate",
                }
            )
            + b"\n"
        )

    def future_manifest(manifest: dict[str, Any]) -> None:
        manifest.update(format_version="1.7", device_public_key="ed25519:xyz")
        manifest["counts"] = {"huddle_sheets": {"records": 1, "tombstones": 1, "conflicts": 0}}

    data = rewrite(sample_export(), members=add_future, manifest=future_manifest)
    package = read_export(data)
    record = package.records_by_type["huddle_sheets"][0]
    assert record["fields"]["new_field"] == {"score": 3}
    assert unknown_keys(record) == {"signature_v": "abc", "cc": "x"}
    assert unknown_keys(package.tombstones[0], TOMBSTONE_KEYS) == {"reason": "duplicate"}
    assert package.manifest["device_public_key"] == "ed25519:xyz" and package.format_version == (1, 7)
    # R22: re-export with this app keeps every unknown field
    again = make_record(
        **{
            k: record[k]
            for k in (
                "uuid",
                "record_type",
                "schema_version",
                "origin_device_id",
                "ward_id",
                "rev",
                "epoch",
                "created_at",
                "updated_at",
                "fields",
            )
        },
        extra=unknown_keys(record),
    )
    assert again == record
    second = build_export_zip(
        records_by_type={"huddle_sheets": [again]}, tombstones=package.tombstones, manifest_fields=manifest_fields()
    )
    assert read_export(second).records_by_type["huddle_sheets"] == [record]


def _replace_line(contents: dict[str, bytes], change: Any) -> None:
    lines = contents["records/huddle_sheets.jsonl"].split(b"\n")
    record = json.loads(lines[0])
    change(record)
    lines[0] = canonical_json(record)
    contents["records/huddle_sheets.jsonl"] = b"\n".join(lines)


@pytest.mark.parametrize(
    "change,match",
    [
        (lambda r: r["fields"].update(summary="edited in Excel"), "content_sha256 does not match"),
        (lambda r: r.update(rev="3"), "rev"),
        (lambda r: r.pop("epoch"), "missing epoch"),
        (lambda r: r.update(deleted=True), "deleted"),
        (lambda r: r.update(record_type="reflections"), "does not match its file"),
        (lambda r: r.update(uuid=uid(2)), "twice"),
        (lambda r: r.update(uuid=uid(50)), "both present and deleted"),
        (lambda r: r.update(fields=[1]), "fields"),
    ],
)
def test_tampered_records_caught_even_with_recomputed_member_hashes(change: Any, match: str) -> None:
    data = rewrite(sample_export(), members=lambda c: _replace_line(c, change))
    with pytest.raises(RecordInvalid, match=match):
        read_export(data)


SHEETS = "records/huddle_sheets.jsonl"


@pytest.mark.parametrize(
    "members,match",
    [
        (lambda c: c.update({SHEETS: c[SHEETS] + b"[1]\n"}), "not a JSON object"),
        (lambda c: c.update({SHEETS: c[SHEETS] + b"{\n"}), "not valid JSON"),
        (lambda c: c.update({SHEETS: c[SHEETS][:-1]}), "part-way"),
        (lambda c: c.update({SHEETS: c[SHEETS].split(b"\n", 1)[1]}), "manifest says 3"),
        (lambda c: c.update({"records/extra.jsonl": b""}), "does not count"),
        (lambda c: c.pop("records/pdsa_notes.jsonl"), "no 'records/pdsa_notes.jsonl'"),
        (lambda c: c.update({"records/tombstones.jsonl": b""}), "deletions"),
    ],
)
def test_record_files_checked_against_counts(members: Any, match: str) -> None:
    with pytest.raises(RecordInvalid, match=match):
        read_export(rewrite(sample_export(), members=members))


@pytest.mark.parametrize(
    "members,match",
    [
        (lambda c: c.update({"csv/huddle_sheets.csv": c["csv/huddle_sheets.csv"] + b"x"}), "checksum|size"),
        (lambda c: c.update({"extra.txt": b"x"}), "not in its manifest"),
        (lambda c: c.pop("datapackage.json"), "missing"),
    ],
)
def test_member_changes_without_rehash_caught(members: Any, match: str) -> None:
    with pytest.raises(ExportCorrupt, match=match):
        read_export(rewrite(sample_export(), members=members, rehash=False))


@pytest.mark.parametrize(
    "change",
    [
        lambda m: m.pop("device_id"),
        lambda m: m.update(export_seq="4"),
        lambda m: m.update(snapshot="delta"),
        lambda m: m.update(previous_export_sha256="abc"),
        lambda m: m.update(exported_at="13/03/2026"),
        lambda m: m["pii_scan"].update(blocked=1),
        lambda m: m.update(counts={"Bad Type": {}}),
        lambda m: m["members"].append(dict(m["members"][0])),
    ],
)
def test_invalid_manifest_entries(change: Any) -> None:
    with pytest.raises(ManifestInvalid):
        read_export(rewrite(sample_export(), manifest=change))


def test_stored_members_and_duplicate_names() -> None:
    contents = members_of(sample_export())
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        for name, data in contents.items():
            archive.writestr(name, data)
    assert read_export(buffer.getvalue()).records_by_type == read_export(sample_export()).records_by_type
    with pytest.warns(UserWarning):  # zipfile warns about the duplicate it is asked to write
        duplicated = make_zip([*contents.items(), ("csv/pdsa_notes.csv", b"x")])
    with pytest.raises(ExportCorrupt, match="twice"):
        read_export(duplicated)


def test_encrypted_flag_rejected() -> None:
    data = bytearray(sample_export())
    central = data.rfind(b"PK\x01\x02")  # last central-directory entry (manifest.json)
    data[central + 8] |= 0x1
    with pytest.raises(ExportCorrupt, match="encrypted"):
        read_export(bytes(data))


def test_sample_record_helper_matches_export() -> None:
    assert read_export(sample_export()).records_by_type["huddle_sheets"][0] == sample_record(1)
