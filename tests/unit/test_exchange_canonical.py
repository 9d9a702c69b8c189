"""Canonical JSON, hashes, format versions, timestamps, file names and atomic writes."""

from __future__ import annotations

import hashlib
import os
import stat
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from app.domain.envelope import utc_iso
from app.export_format import (
    FORMAT_NAME,
    FORMAT_VERSION,
    canonical_json,
    content_sha256,
    export_file_name,
    parse_format_version,
    parse_utc_timestamp,
    write_atomically,
)


def test_canonical_json_is_sorted_compact_utf8_nfc() -> None:
    value = {"b": [1, 2.5, None, True], "a": {"z": "caf\u0065\u0301", "y": "£"}}  # "café" decomposed
    assert canonical_json(value) == '{"a":{"y":"£","z":"café"},"b":[1,2.5,null,true]}'.encode()
    assert canonical_json({"caf\u0065\u0301": 1}) == canonical_json({"café": 1})
    assert canonical_json(("a",)) == b'["a"]'


def test_content_hash_is_over_canonical_bytes_and_ignores_key_order_and_normal_form() -> None:
    assert content_sha256({"a": 1}) == hashlib.sha256(b'{"a":1}').hexdigest()
    assert content_sha256({"x": "café", "n": 1}) == content_sha256({"n": 1, "x": "cafe\u0301"})
    assert content_sha256({"n": 1}) != content_sha256({"n": 1.0})  # 1 and 1.0 are kept apart


@pytest.mark.parametrize(
    "bad",
    [
        {"x": float("nan")},
        {"x": float("inf")},
        {1: "x"},
        {"x": object()},
        {"x": "\ud800"},
        {"caf\u0065\u0301": 1, "café": 2},
        {"x": b"bytes"},
    ],
)
def test_values_json_cannot_hold_exactly_are_refused(bad: dict) -> None:
    with pytest.raises(ValueError):
        canonical_json(bad)


def test_format_constants_and_version_parsing() -> None:
    assert (FORMAT_NAME, FORMAT_VERSION) == ("ward-huddle-export", "1.0")
    assert parse_format_version("1.0") == (1, 0) and parse_format_version("12.34") == (12, 34)
    for bad in ("1", "1.0.0", "v1.0", "01.0", "1.x", " 1.0", 1.0, None, "1.0\n"):
        with pytest.raises(ValueError):
            parse_format_version(bad)


def test_utc_timestamps() -> None:
    moment = datetime(2026, 3, 12, 10, 30, tzinfo=timezone(timedelta(hours=1)))
    assert parse_utc_timestamp("2026-03-12T09:30:00Z") == moment
    assert parse_utc_timestamp(utc_iso(moment)) == moment  # the database's own timestamp form
    assert parse_utc_timestamp("2026-03-12T09:30:00.250+00:00") is not None
    for bad in ("2026-03-12T09:30:00+01:00", "2026-03-12T09:30:00", "2026-03-12", "yesterday", 5, None):
        assert parse_utc_timestamp(bad) is None


def test_export_file_name() -> None:
    name = export_file_name("RXX", "W23", "3f2a9c1e-7b4d-4e0a", 7, date(2026, 3, 13))
    assert name == "huddle-export_RXX_W23_3f2a9c1e_00007_2026-03-13.zip"
    unsafe = export_file_name("R/X_X", "../Ward 23", "3f-2a/9c\\1e7b4d", 123456, datetime(2026, 3, 13, 23, 0))
    assert unsafe == "huddle-export_RXX_Ward23_3f2a9c1e_123456_2026-03-13.zip"
    bad: list[tuple[str, str, str, int]] = [
        ("", "W23", "dev", 1),
        ("RXX", "///", "dev", 1),
        ("RXX", "W23", "dev", -1),
        ("RXX", "W23", "dev", True),
    ]
    for trust, ward, device, seq in bad:
        with pytest.raises(ValueError):
            export_file_name(trust, ward, device, seq, date(2026, 3, 13))


def test_write_atomically_replaces_whole_file(tmp_path: Path) -> None:
    target = tmp_path / "export.zip"
    target.write_bytes(b"old")
    write_atomically(target, b"new contents")
    assert target.read_bytes() == b"new contents"
    assert [p.name for p in tmp_path.iterdir()] == ["export.zip"]
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_write_atomically_failure_keeps_old_file_and_no_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "export.zip"
    target.write_bytes(b"old")

    def broken_replace(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError, match="disk full"):
        write_atomically(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["export.zip"]
