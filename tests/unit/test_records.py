"""The record envelope: uuid, rev, timestamps, device, ward; tombstones; stale saves refused."""

from __future__ import annotations

import re
import sqlite3

import pytest

from app.errors import NotFound, StaleRecordError

UUID4 = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
ISO_UTC = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$")


def test_a_new_record_carries_the_whole_envelope(store, ward) -> None:
    member, _ = store.wards.add_staff(ward.id, "Siân Evans", "Registered nurse")
    env = member.envelope
    assert UUID4.match(env.uuid)
    assert env.rev == 1
    assert env.epoch == store.ctx.device.epoch
    assert ISO_UTC.match(env.created_at) and env.updated_at == env.created_at
    assert env.origin_device_id == store.ctx.device.device_id
    assert env.ward_id == ward.id
    assert not env.deleted


def test_every_change_adds_one_to_rev(store, ward) -> None:
    member, _ = store.wards.add_staff(ward.id, "Zoë Okafor", "HCA")
    renamed, _ = store.wards.update_staff(member.id, member.rev, name="Zoë Okafor-Lan", role="HCA")
    assert renamed.rev == 2
    retired, _ = store.wards.retire_staff(renamed.id, renamed.rev)
    assert retired.rev == 3 and retired.retired


def test_a_save_from_a_stale_screen_is_refused_and_overwrites_nothing(store, ward) -> None:
    member, _ = store.wards.add_staff(ward.id, "Łukasz Nowak", "Doctor")
    first_screen = member
    second_screen = member
    store.wards.update_staff(first_screen.id, first_screen.rev, name="Łukasz Nowak", role="Pharmacist")
    with pytest.raises(StaleRecordError, match="Someone else changed"):
        store.wards.update_staff(second_screen.id, second_screen.rev, name="Lukasz N", role="Doctor")
    kept = store.wards.staff.get(member.id)
    assert (kept.name, kept.role, kept.rev) == ("Łukasz Nowak", "Pharmacist", 2)


def test_a_delete_is_a_tombstone_that_hides_the_record(store) -> None:
    from app.storage.record_table import RecordTable

    table = RecordTable(store.database, "staff", label="staff member")
    ward_id = store.wards.create_ward(__import__("app.domain.ward", fromlist=["WardDetails"]).WardDetails(name="W"))[
        0
    ].id
    with store.database.write():
        env = table.insert({"name": "A", "role": "HCA", "retired": 0}, ward_id=ward_id, ctx=store.ctx.write_context())
        stone = table.tombstone(env.uuid, 1, ctx=store.ctx.write_context())
    assert stone.deleted and stone.rev == 2
    assert table.get(env.uuid) is None
    assert table.get(env.uuid, include_deleted=True)["deleted"] == 1
    with pytest.raises(StaleRecordError, match="deleted"):
        with store.database.write():
            table.update(env.uuid, 2, {"name": "B"}, ctx=store.ctx.write_context())
    with pytest.raises(NotFound):
        table.require(env.uuid)


def test_ward_records_can_never_be_hard_deleted(store, ward) -> None:
    with pytest.raises(sqlite3.IntegrityError, match="tombstoned"):
        store.database.conn.execute("DELETE FROM wards WHERE uuid = ?", [ward.id])


def test_the_audit_log_is_append_only(store, ward) -> None:
    assert store.audit.recent()[0].action == "ward created"
    for sql in ("UPDATE audit_log SET action = 'x'", "DELETE FROM audit_log"):
        with pytest.raises(sqlite3.IntegrityError, match="cannot be edited"):
            store.database.conn.execute(sql)


def test_a_failed_action_rolls_back_completely(store, ward) -> None:
    before = len(store.wards.staff_for(ward.id))
    with pytest.raises(RuntimeError):
        with store.database.write():
            store.wards.staff.add(ward.id, "Half saved", "HCA", store.ctx.write_context())
            raise RuntimeError("power cut")
    assert len(store.wards.staff_for(ward.id)) == before


def test_two_connections_both_save_and_the_stale_one_is_refused(database_path, ward) -> None:
    from app.services.store import open_store

    nurse_a = open_store(database_path)
    nurse_b = open_store(database_path)
    try:
        member, _ = nurse_a.wards.add_staff(ward.id, "Priya Patel", "Registered nurse")
        seen_by_b = nurse_b.wards.staff.get(member.id)
        nurse_a.wards.update_staff(member.id, member.rev, name="Priya Patel", role="Nursing associate")
        with pytest.raises(StaleRecordError):
            nurse_b.wards.update_staff(seen_by_b.id, seen_by_b.rev, name="Priya P", role="Registered nurse")
        nurse_b.wards.add_staff(ward.id, "Grace Walsh", "HCA")
        assert {"Priya Patel", "Grace Walsh"} <= {s.name for s in nurse_a.wards.staff_for(ward.id)}
    finally:
        nurse_a.close()
        nurse_b.close()
