"""R27: the datapackage.json of a real export (demo ward, every record type) validates with the
frictionless package, and R28: its CSVs are UTF-8 with a BOM and hold no live formula."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path

import pytest

from tests.unit.exchange_helpers import demo_ward, export_bytes, new_store

frictionless = pytest.importorskip("frictionless", reason="test-only dependency")


def test_a_real_export_is_a_valid_frictionless_data_package(tmp_path: Path, template_database: Path) -> None:
    store = new_store(template_database, tmp_path / "ward")
    ward_id = demo_ward(store, weeks=2)
    (tmp_path / "out").mkdir()
    data = export_bytes(store, ward_id, tmp_path / "out")
    unpacked = tmp_path / "unpacked"
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        archive.extractall(unpacked)  # test only: the importer itself never extracts
    descriptor = json.loads((unpacked / "datapackage.json").read_text(encoding="utf-8"))
    assert {r["name"] for r in descriptor["resources"]} >= {"huddle_sheets", "actions", "staff", "wards"}
    report = frictionless.validate(str(unpacked / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])[:20]
    for resource in descriptor["resources"]:
        raw = (unpacked / resource["path"]).read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")
        for row in csv.reader(io.StringIO(raw.decode("utf-8-sig"))):
            for cell in row:
                assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    store.close()
