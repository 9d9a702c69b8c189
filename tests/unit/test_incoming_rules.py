"""Every incoming record keeps the app's own rules (issue 17 §4): an impossible date or time, a
text longer than the forms take, is quarantined with the reason and never stored; a ward code
that could pass for an NHS number, or a manifest line with a line break, is refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.domain.action import Action
from app.domain.huddle import HuddleSheet
from app.domain.incoming import incoming_problem
from app.domain.ward import WardDetails
from app.errors import ValidationError
from tests.unit.exchange_helpers import add_ward, export_bytes, link_device, new_store, transform


@pytest.fixture
def sender(template_database: Path, tmp_path: Path):
    ward = new_store(template_database, tmp_path / "ward")
    central = new_store(template_database, tmp_path / "central")
    ward_id = add_ward(ward)
    from datetime import date

    ward.huddles.save(HuddleSheet(ward_id=ward_id, huddle_date=date(2026, 3, 11), slot="Morning"))
    ward.actions.add(Action(ward_id=ward_id, text="Fix the hoist"))
    link_device(central, ward.ctx.device.device_id, ward_id)
    yield central, export_bytes(ward, ward_id, tmp_path), ward_id
    ward.close()
    central.close()


@pytest.mark.parametrize(
    "record_type,change,words",
    [
        ("huddle_sheets", {"huddle_date": "2026-09-31"}, "does not exist"),
        ("huddle_sheets", {"start_time": "99:99"}, "not on a clock"),
        ("huddle_sheets", {"not_held_detail": "x" * 4001}, "at most 4,000"),
        ("actions", {"text": "x" * 501}, "at most 500"),
        ("actions", {"x_notes": ["y" * 400] * 700}, "KB of text"),
    ],
)
def test_an_impossible_or_oversized_value_quarantines_the_record(sender, record_type, change, words) -> None:
    central, data, ward_id = sender
    before = central.database.rows(f"SELECT * FROM {record_type} ORDER BY uuid")

    def spoil(name: str, line: dict) -> dict:
        if name == record_type:
            line = {**line, "fields": {**line["fields"], **change}}
        return line

    result = central.exchange.imports.import_bytes(transform(data, spoil), "spoilt.zip")
    assert result.status == "imported" and result.counts.quarantined == 1, result.message
    assert "not valid here" in result.message
    (held,) = central.exchange.imports.quarantined(5)
    assert words in held["reason"]
    assert central.database.rows(f"SELECT * FROM {record_type} ORDER BY uuid") == before


def test_ordinary_values_pass_the_incoming_rules() -> None:
    fields = {"huddle_date": "2026-02-28", "start_time": "23:59", "summary": "x" * 4000, "at": "2026-03-12T09:30:00Z"}
    assert incoming_problem("huddle_sheets", fields) is None
    assert incoming_problem("huddle_sheets", {"huddle_date": "2028-02-29"}) is None  # a leap day


@pytest.mark.parametrize("code", ["9434_765_919", "943-476-5919", "9434765919"])
def test_a_ward_code_that_could_pass_for_an_nhs_number_is_refused(code: str) -> None:
    with pytest.raises(ValidationError, match="NHS, CHI or Health and Care number"):
        WardDetails(name="Ward 7", ward_code=code).validated()
    with pytest.raises(ValidationError):
        WardDetails(name="Ward 7", ward_code="W7\nall files imported OK").validated()
    assert WardDetails(name="Ward 7", ward_code="W7-2").validated().ward_code == "W7-2"


def test_a_manifest_line_with_a_line_break_is_refused(sender) -> None:
    central, data, _ward_id = sender
    hostile = transform(data, manifest=lambda m: m.update(ward="W7\nAll files imported OK"))
    result = central.exchange.imports.import_bytes(hostile, "newline.zip")
    assert result.status == "rejected" and "one line" in result.message
    assert central.exchange.imports.pending() == []
