"""The patient-identifier guard before every export (R31, R32, R34): an NHS number in any text
field of any record type blocks it, with no override; warnings must each be redacted or
acknowledged, and acknowledgements are counted in the manifest."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from app.errors import ValidationError
from app.export_format import read_export
from app.services.exchange.weekly_file_contents import export_types
from app.storage.repositories.exchange import ExchangeRepository
from tests.unit.exchange_helpers import NHS_NUMBER, add_ward, demo_ward, new_store

# Values for required columns whose CHECK a plain "x" would fail (used when the demo has no row).
REQUIRED_VALUES = {"quarter_start": "2026-01-01", "period": "2026-01-01", "cycle_number": 1, "kind": "post_event"}


@pytest.fixture(scope="module")
def demo_template(template_database: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    store = new_store(template_database, tmp_path_factory.mktemp("pii-demo"))
    demo_ward(store)
    path = store.path
    store.close()
    return path


@pytest.fixture
def demo_store(demo_template: Path, tmp_path: Path):
    store = new_store(demo_template, tmp_path / "ward")
    yield store
    store.close()


def _row_of(store, table: str, ward_id: str) -> str:
    repo = ExchangeRepository(store.database)
    rows = store.database.rows(f"SELECT uuid FROM {table} WHERE ward_id = ? AND deleted = 0 LIMIT 1", [ward_id])
    if rows:
        return rows[0]["uuid"]
    values = {
        "uuid": "0" * 8 + "-0000-4000-8000-" + "0" * 12,
        "rev": 1,
        "epoch": 0,
        "created_at": "2026-03-01T00:00:00.000Z",
        "updated_at": "2026-03-01T00:00:00.000Z",
        "origin_device_id": store.ctx.device.device_id,
        "ward_id": ward_id,
        "deleted": 0,
    }
    for column in repo.content_columns(table):
        if column.required:
            values[column.name] = REQUIRED_VALUES.get(column.name, 1 if "INT" in column.declared_type else "x")
    with store.database.write():
        repo.write_row(table, values, exists=False)
    return str(values["uuid"])


def _plant(text: str | None) -> str:
    """Put the number into the first text inside a JSON value (keeping its shape), else add one."""
    value = json.loads(text or "[]")

    def walk(node):  # ANN202
        if isinstance(node, dict):
            for key, item in node.items():
                if isinstance(item, str):
                    node[key] = f"{item} {NHS_NUMBER}"
                    return True
                if walk(item):
                    return True
        if isinstance(node, list):
            for index, item in enumerate(node):
                if isinstance(item, str):
                    node[index] = f"{item} {NHS_NUMBER}"
                    return True
                if walk(item):
                    return True
        return False

    if not walk(value):
        value = [*value, f"seen with {NHS_NUMBER}"] if isinstance(value, list) else {**value, "note": NHS_NUMBER}
    return json.dumps(value)


@pytest.mark.parametrize("record_type", [t.record_type for t in export_types()])
def test_an_nhs_number_in_any_text_field_blocks_the_export(demo_store, tmp_path: Path, record_type: str) -> None:
    kind = next(t for t in export_types() if t.record_type == record_type)
    repo = ExchangeRepository(demo_store.database)
    ward_id = demo_store.wards.list_wards()[0].id
    uuid = _row_of(demo_store, kind.table, ward_id)
    planted = []
    json_columns = kind.json_fields
    for column in repo.content_columns(kind.table):
        if "TEXT" not in column.declared_type:
            continue
        current = demo_store.database.rows(f"SELECT {column.name} AS v FROM {kind.table} WHERE uuid = ?", [uuid])[0][
            "v"
        ]
        value = _plant(current) if column.name in json_columns else f"Patient {NHS_NUMBER} in bay 3"
        try:
            with demo_store.database.write():
                demo_store.database.execute(f"UPDATE {kind.table} SET {column.name} = ? WHERE uuid = ?", [value, uuid])
        except sqlite3.IntegrityError:
            continue  # a coded column (CHECK): it cannot hold free text
        planted.append(column.name)
    assert planted, f"{record_type} has no free-text column to test"
    prepared = demo_store.exchange.exports.prepare(ward_id)
    blocked = {str(i.path[0]) for i in prepared.pii.blocked if i.uuid == uuid}
    assert blocked == set(planted), f"not blocked: {set(planted) - blocked}"
    with pytest.raises(ValidationError, match="there is no way to keep it"):
        demo_store.exchange.exports.write(prepared, tmp_path)
    with pytest.raises(ValidationError, match="cannot be kept"):
        demo_store.exchange.pii.acknowledge(prepared.pii.blocked[:1])
    result, _ = demo_store.exchange.exports.export(ward_id, tmp_path, acknowledge_warnings=True)
    assert result is None and not list(tmp_path.glob("*.zip"))


@pytest.mark.parametrize("written", ["9990000018", "999 000 0018", "999-000-0018"])
def test_plain_spaced_and_hyphenated_numbers_all_block(template_database: Path, tmp_path: Path, written: str) -> None:
    from app.domain.action import Action

    store = new_store(template_database, tmp_path / "ward")
    try:
        ward_id = add_ward(store)
        store.actions.add(Action(ward_id=ward_id, text=f"Chase results for {written}"))
        result, prepared = store.exchange.exports.export(ward_id, tmp_path)
        assert result is None and [i.label for i in prepared.pii.blocked] == ["NHS number"]
    finally:
        store.close()


def test_redaction_removes_the_number_under_the_envelope_and_the_export_then_goes(
    template_database: Path, tmp_path: Path
) -> None:
    from app.domain.action import Action

    store = new_store(template_database, tmp_path / "ward")
    try:
        ward_id = add_ward(store)
        action, _ = store.actions.add(Action(ward_id=ward_id, text=f"Chase results for {NHS_NUMBER} today"))
        prepared = store.exchange.exports.prepare(ward_id)
        (issue,) = prepared.pii.blocked
        assert (issue.record_type, issue.uuid, issue.field, issue.text) == ("actions", action.id, "text", NHS_NUMBER)
        assert NHS_NUMBER in issue.context
        store.exchange.pii.redact([issue])
        redacted = store.actions.repo.get(action.id)
        assert redacted.rev == action.rev + 1 and NHS_NUMBER not in redacted.text
        assert "[NHS number removed]" in redacted.text
        result, prepared = store.exchange.exports.export(ward_id, tmp_path)
        assert result is not None, prepared.pii.summary()
        assert NHS_NUMBER.encode() not in result.path.read_bytes()
        assert any(e.action == "identifiers redacted" for e in store.audit.recent())
        wal = Path(str(store.path) + "-wal")
        for path in (store.path, wal):
            if path.exists():
                assert NHS_NUMBER.encode() not in path.read_bytes(), f"the number survives in {path.name}"
    finally:
        store.close()


def test_warnings_must_be_redacted_or_acknowledged_and_are_counted(template_database: Path, tmp_path: Path) -> None:
    from app.domain.action import Action

    store = new_store(template_database, tmp_path / "ward")
    try:
        ward_id = add_ward(store)
        store.settings.set("hospital_number_pattern", r"RX9\d{6}")
        store.actions.add(Action(ward_id=ward_id, text="Ring 0113 496 0000 about the bed for LS1 4AP"))
        store.actions.add(Action(ward_id=ward_id, text="Notes for RX9123456 filed"))
        result, prepared = store.exchange.exports.export(ward_id, tmp_path)
        assert result is None and not prepared.pii.blocked
        assert sorted(i.label for i in prepared.pii.warnings) == ["Hospital number", "Phone number", "Postcode"]
        with pytest.raises(ValidationError, match="mark it as not an identifier"):
            store.exchange.exports.write(prepared, tmp_path)
        phone = next(i for i in prepared.pii.warnings if i.label == "Phone number")
        store.exchange.pii.redact([phone])
        others = [i for i in prepared.pii.warnings if i is not phone]
        store.exchange.pii.acknowledge(others)
        again = store.exchange.exports.prepare(ward_id)
        assert again.pii.ready and again.pii.acknowledged_count == 2, again.pii.summary()
        written = store.exchange.exports.write(again, tmp_path)
        scan = read_export(written.path.read_bytes()).manifest["pii_scan"]
        assert (scan["blocked"], scan["warnings_acknowledged"], scan["warnings_redacted"]) == (0, 2, 1)
        later = store.exchange.exports.prepare(ward_id)
        assert later.pii.ready and later.pii.redacted == 0, "acknowledgements are remembered; redactions counted once"
    finally:
        store.close()


def test_a_staff_members_title_is_not_taken_for_a_patients_name(template_database: Path, tmp_path: Path) -> None:
    store = new_store(template_database, tmp_path / "ward")
    try:
        ward_id = add_ward(store)
        store.wards.add_staff(ward_id, "Dr Amara Okafor", "Doctor")
        assert store.exchange.exports.prepare(ward_id).pii.issues == ()
    finally:
        store.close()
