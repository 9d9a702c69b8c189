"""The export writer: members, manifest, record lines, CSV copies and datapackage.json."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from app.export_format import build_export_zip, content_sha256, make_record, read_export, sha256_hex
from app.export_format.csv_writer import neutralise_cell
from app.export_format.record_lines import ENVELOPE_KEYS
from tests.unit.test_exchange_support import (
    manifest_fields,
    members_of,
    sample_export,
    sample_record,
    sample_tombstone,
    uid,
)


def test_member_order_compression_and_determinism() -> None:
    data = sample_export()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        infos = archive.infolist()
    assert [i.filename for i in infos] == [
        "records/huddle_sheets.jsonl",
        "records/pdsa_notes.jsonl",
        "records/reflections.jsonl",
        "records/tombstones.jsonl",
        "csv/huddle_sheets.csv",
        "csv/pdsa_notes.csv",
        "csv/reflections.csv",
        "csv/tombstones.csv",
        "datapackage.json",
        "manifest.json",
    ]
    assert {i.compress_type for i in infos} == {zipfile.ZIP_DEFLATED}
    assert sample_export() == data  # same input, same bytes


def test_manifest_describes_every_other_member() -> None:
    contents = members_of(sample_export())
    manifest = json.loads(contents["manifest.json"])
    assert list(manifest)[:2] == ["format", "format_version"]
    assert [manifest[k] for k in ("format", "format_version", "snapshot")] == ["ward-huddle-export", "1.0", "full"]
    assert manifest["counts"] == {
        "huddle_sheets": {"records": 3, "tombstones": 1},
        "pdsa_notes": {"records": 0, "tombstones": 0},
        "reflections": {"records": 1, "tombstones": 1},
    }
    listed = {m["name"]: (m["bytes"], m["sha256"]) for m in manifest["members"]}
    assert listed == {n: (len(b), sha256_hex(b)) for n, b in contents.items() if n != "manifest.json"}
    for key in (
        "app_version",
        "schema_version",
        "trust_code",
        "ward",
        "device_id",
        "export_seq",
        "previous_export_sha256",
        "exported_at",
    ):
        assert manifest[key] == manifest_fields()[key]
    assert manifest["pii_scan"] == {
        "scanner_version": "1.0",
        "blocked": 0,
        "warnings_acknowledged": 2,
        "warnings_redacted": 1,
    }


def test_record_lines_are_canonical_sorted_and_hash_content_only() -> None:
    lines = members_of(sample_export())["records/huddle_sheets.jsonl"].split(b"\n")
    assert lines[-1] == b"" and len(lines) == 4
    records = [json.loads(line) for line in lines[:-1]]
    assert [r["uuid"] for r in records] == [uid(1), uid(2), uid(3)]
    for line, record in zip(lines, records, strict=False):
        assert line == json.dumps(record, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
        assert set(record) == {*ENVELOPE_KEYS, "fields"} and record["deleted"] is False
        assert record["content_sha256"] == content_sha256(record["fields"])
    bumped = dict(sample_record(1), rev=99, updated_at="2026-04-01T00:00:00Z")
    assert bumped["content_sha256"] == sample_record(1)["content_sha256"]


def test_round_trip() -> None:
    package = read_export(sample_export())
    assert package.records_by_type == {
        "huddle_sheets": [sample_record(n) for n in (1, 2, 3)],
        "pdsa_notes": [],
        "reflections": [sample_record(10, "reflections", text="=SUM(A1) @risk -ve +1\tx")],
    }
    assert package.tombstones == [sample_tombstone(50), sample_tombstone(51, "reflections")]
    assert package.manifest["export_seq"] == package.export_seq == 4
    assert (package.device_id, package.ward, package.format_version) == (manifest_fields()["device_id"], "W23", (1, 0))
    assert package.file_sha256 == sha256_hex(sample_export())


def test_csv_has_bom_crlf_and_neutralised_cells() -> None:
    contents = members_of(sample_export())
    raw = contents["csv/reflections.csv"]
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw.count(b"\r\n") == 2 and b"\n" not in raw.replace(b"\r\n", b"")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert rows[0]["text"] == "'=SUM(A1) @risk -ve +1\tx" and rows[0]["uuid"] == uid(10)
    sheets = list(csv.DictReader(io.StringIO(contents["csv/huddle_sheets.csv"].decode("utf-8-sig"), newline="")))
    assert sheets[0]["items"] == '[{"bed":"Bay 3 bed 12","flags":["Falls","Delirium"]}]'
    assert sheets[0]["staffing_ok"] == "false" and sheets[0]["summary"].endswith("café visit")
    for trigger in ("=1+1", "+44", "-2", "@SUM(A1)", "\tx", "\rx"):
        assert neutralise_cell(trigger) == "'" + trigger
    assert neutralise_cell("ok = fine") == "ok = fine" and neutralise_cell("") == ""


def test_negative_numbers_are_neutralised_and_typed_as_text() -> None:
    data = build_export_zip(
        records_by_type={"measures": [sample_record(1, "measures", delta=-3), sample_record(2, "measures", delta=4)]},
        tombstones=[],
        manifest_fields=manifest_fields(),
    )
    contents = members_of(data)
    assert "'-3" in contents["csv/measures.csv"].decode("utf-8-sig")
    fields = json.loads(contents["datapackage.json"])["resources"][0]["schema"]["fields"]
    assert {f["name"]: f["type"] for f in fields}["delta"] == "string"


def test_datapackage_lists_csv_bytes_hashes_and_schema() -> None:
    contents = members_of(sample_export())
    package = json.loads(contents["datapackage.json"])
    assert package["$schema"] == "https://datapackage.org/profiles/2.0/datapackage.json"
    assert [r["path"] for r in package["resources"]] == [
        "csv/huddle_sheets.csv",
        "csv/pdsa_notes.csv",
        "csv/reflections.csv",
        "csv/tombstones.csv",
    ]
    for resource in package["resources"]:
        data = contents[resource["path"]]
        assert resource["bytes"] == len(data) and resource["hash"] == "sha256:" + sha256_hex(data)
        assert (resource["format"], resource["mediatype"], resource["encoding"]) == ("csv", "text/csv", "utf-8")
        assert resource["schema"]["primaryKey"] == ["uuid"]
        header = next(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
        assert [f["name"] for f in resource["schema"]["fields"]] == header
    types = {f["name"]: f["type"] for f in package["resources"][0]["schema"]["fields"]}
    assert types == {
        **types,
        "rev": "integer",
        "date": "date",
        "created_at": "datetime",
        "items": "array",
        "staffing_ok": "boolean",
        "summary": "string",
        "news2_escalations": "integer",
    }


def test_datapackage_validates_with_frictionless(tmp_path: Path) -> None:
    frictionless = pytest.importorskip("frictionless")  # R27; add frictionless to the dev group to run this
    with zipfile.ZipFile(io.BytesIO(sample_export())) as archive:
        archive.extractall(tmp_path)  # test-only: our own file
    report = frictionless.Package(str(tmp_path / "datapackage.json")).validate()
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])


def test_csv_columns_can_be_chosen_per_type() -> None:
    data = build_export_zip(
        records_by_type={"huddle_sheets": [sample_record(1)]},
        tombstones=[],
        manifest_fields=manifest_fields(),
        csv_columns={"huddle_sheets": ["uuid", "date", "summary", "missing"]},
    )
    text = members_of(data)["csv/huddle_sheets.csv"].decode("utf-8-sig")
    assert text.splitlines()[0] == "uuid,date,summary,missing" and text.endswith(",\r\n")
    with pytest.raises(ValueError, match="uuid"):
        build_export_zip(
            records_by_type={"huddle_sheets": [sample_record(1)]},
            tombstones=[],
            manifest_fields=manifest_fields(),
            csv_columns={"huddle_sheets": ["date"]},
        )


@pytest.mark.parametrize(
    "problem,kwargs",
    [
        (
            "patient identifiers",
            {
                "manifest_fields": manifest_fields(
                    pii_scan={
                        "scanner_version": "1.0",
                        "blocked": 1,
                        "warnings_acknowledged": 0,
                        "warnings_redacted": 0,
                    }
                )
            },
        ),
        ("twice", {"records_by_type": {"huddle_sheets": [sample_record(1), sample_record(1)]}}),
        ("both", {"records_by_type": {"huddle_sheets": [sample_record(50)]}, "tombstones": [sample_tombstone(50)]}),
        ("reserved", {"records_by_type": {"tombstones": []}}),
        ("does not match", {"records_by_type": {"reflections": [sample_record(1)]}}),
        ("must not set", {"manifest_fields": manifest_fields(counts={})}),
        ("export_seq", {"manifest_fields": manifest_fields(export_seq=0)}),
        ("exported_at", {"manifest_fields": manifest_fields(exported_at="2026-03-13 17:45")}),
        ("content_sha256", {"records_by_type": {"huddle_sheets": [dict(sample_record(1), content_sha256="0" * 64)]}}),
    ],
)
def test_invalid_input_is_refused_with_value_error(problem: str, kwargs: dict) -> None:
    arguments = {
        "records_by_type": {"huddle_sheets": [sample_record(1)]},
        "tombstones": [],
        "manifest_fields": manifest_fields(),
        **kwargs,
    }
    with pytest.raises(ValueError, match=problem):
        build_export_zip(**arguments)


def test_make_record_validates_envelope() -> None:
    good: dict[str, Any] = dict(
        uuid=uid(1),
        record_type="huddle_sheets",
        schema_version=3,
        origin_device_id="d",
        ward_id="W23",
        rev=1,
        epoch=0,
        created_at="2026-03-12T09:30:00Z",
        updated_at="2026-03-12T09:30:00Z",
        fields={"a": 1},
    )
    assert make_record(**good)["content_sha256"] == content_sha256({"a": 1})
    for change in (
        {"uuid": "not-a-uuid"},
        {"uuid": uid(0xABCDEF).upper()},
        {"rev": 0},
        {"epoch": True},
        {"created_at": "12/03/2026"},
        {"ward_id": ""},
        {"record_type": "Huddle"},
        {"extra": {"rev": 3}},
        {"fields": {"x": float("nan")}},
        {"fields": {"rev": 1}},
        {"extra": {"a": 1}},
    ):
        with pytest.raises(ValueError):
            make_record(**{**good, **change})
