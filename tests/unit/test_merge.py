"""The merge: highest (epoch, rev) wins whatever the clocks say, order never matters, a tombstone
is never undone by an older file, equal revisions with different content are kept as a
conflict, and damaged files change nothing (R20, R21, R24, R25, R26)."""

from __future__ import annotations

import itertools
import random
import shutil
from datetime import timedelta
from pathlib import Path

import pytest

from app.domain.action import Action
from app.services.store import open_store
from tests.unit.exchange_helpers import (
    NOW,
    MutableClock,
    add_ward,
    db_hash,
    export_bytes,
    import_data,
    link_device,
    new_store,
)

TABLES = ("wards", "staff", "actions")


def _state(store, ward_id: str) -> dict[str, set[tuple]]:
    return {
        t: {
            (r["uuid"], r["rev"], r["epoch"], r["deleted"])
            for r in store.database.rows(f"SELECT uuid, rev, epoch, deleted FROM {t} WHERE ward_id = ?", [ward_id])
        }
        for t in TABLES
    }


@pytest.fixture(scope="module")
def four_files(template_database: Path, tmp_path_factory: pytest.TempPathFactory):
    """Four weekly files from one ward with edits, deletions and additions between them."""
    folder = tmp_path_factory.mktemp("four")
    ward = new_store(template_database, folder / "ward")
    ward_id = add_ward(ward)
    a, _ = ward.wards.add_staff(ward_id, "Amara Okafor", "HCA")
    b, _ = ward.wards.add_staff(ward_id, "Ben Clarke", "HCA")
    x, _ = ward.actions.add(Action(ward_id=ward_id, text="Fix the hoist"))
    files = [export_bytes(ward, ward_id, folder)]
    a, _ = ward.wards.update_staff(a.id, a.rev, name="Amara Okafor-Nwosu", role="HCA")
    ward.wards.retire_staff(b.id, b.rev)
    y, _ = ward.actions.add(Action(ward_id=ward_id, text="Order mattresses"))
    files.append(export_bytes(ward, ward_id, folder))
    ward.actions.set_status(x, "Done")
    ward.wards.add_staff(ward_id, "Chloe Nwosu", "Student")
    files.append(export_bytes(ward, ward_id, folder))
    ward.actions.delete(y)
    ward.wards.update_staff(a.id, a.rev, name="Amara Nwosu", role="Registered nurse")
    files.append(export_bytes(ward, ward_id, folder))
    final = _state(ward, ward_id)
    device = ward.ctx.device.device_id
    ward.close()
    central = new_store(template_database, folder / "central")
    link_device(central, device, ward_id)
    central.close()
    return files, final, ward_id, y.id, folder / "central" / "wardhuddle.sqlite3"


def _central_copy(source: Path, folder: Path):
    folder.mkdir(parents=True)
    shutil.copyfile(source, folder / "wardhuddle.sqlite3")
    return open_store(folder / "wardhuddle.sqlite3", clock=MutableClock())


def test_any_order_of_four_files_gives_the_same_result(four_files, tmp_path: Path) -> None:
    files, final, ward_id, _y, central_path = four_files
    hashes = set()
    for number, order in enumerate(itertools.permutations(range(4))):
        central = _central_copy(central_path, tmp_path / f"c{number}")
        try:
            for index in order:
                assert central.exchange.imports.import_bytes(files[index], f"f{index}.zip").status == "imported"
            hashes.add(db_hash(central))
            assert _state(central, ward_id) == final, f"order {order} does not match the ward"
        finally:
            central.close()
    assert len(hashes) == 1


def test_a_tombstone_hides_its_record_and_an_older_file_never_brings_it_back(four_files, tmp_path: Path) -> None:
    files, _final, ward_id, deleted_action, central_path = four_files
    central = _central_copy(central_path, tmp_path / "c")
    try:
        last = central.exchange.imports.import_bytes(files[3], "f3.zip")
        assert last.counts.deleted == 0  # never held here: kept, but nothing was deleted (issue 17)
        for index in (1, 2, 0):
            central.exchange.imports.import_bytes(files[index], f"f{index}.zip")
        assert deleted_action not in {a.id for a in central.actions.register(ward_id)}
        row = central.database.rows("SELECT deleted, rev FROM actions WHERE uuid = ?", [deleted_action])[0]
        assert row["deleted"] == 1 and row["rev"] == 2
        older = central.exchange.imports.import_bytes(files[1], "f1-again.zip")
        assert older.status == "already imported"
    finally:
        central.close()
    other = _central_copy(central_path, tmp_path / "d")
    try:
        other.exchange.imports.import_bytes(files[1], "f1.zip")
        assert deleted_action in {a.id for a in other.actions.register(ward_id)}
        result = other.exchange.imports.import_bytes(files[3], "f3.zip")
        assert result.counts.deleted == 1 and deleted_action not in {a.id for a in other.actions.register(ward_id)}
    finally:
        other.close()


def test_same_revision_with_different_content_keeps_both_and_lists_a_conflict(
    template_database: Path, tmp_path: Path
) -> None:
    ward = new_store(template_database, tmp_path / "ward")
    ward_id = add_ward(ward)
    member, _ = ward.wards.add_staff(ward_id, "Amara Okafor", "HCA")
    export_bytes(ward, ward_id, tmp_path)
    ward.close()
    clone_dir = tmp_path / "clone"
    clone_dir.mkdir()
    shutil.copyfile(ward.path, clone_dir / "wardhuddle.sqlite3")  # the data file copied to a second PC
    ward = open_store(ward.path, clock=MutableClock())
    clone = open_store(clone_dir / "wardhuddle.sqlite3", clock=MutableClock())
    ward.wards.update_staff(member.id, member.rev, name="Amara Okafor", role="Registered nurse")
    clone.wards.update_staff(member.id, member.rev, name="Amara O.", role="HCA")
    (tmp_path / "from-clone").mkdir()
    mine, theirs = export_bytes(ward, ward_id, tmp_path), export_bytes(clone, ward_id, tmp_path / "from-clone")
    shown = set()
    hashes = set()
    for number, order in enumerate(((mine, theirs), (theirs, mine))):
        central = new_store(template_database, tmp_path / f"central{number}")
        link_device(central, ward.ctx.device.device_id, ward_id)
        results = [central.exchange.imports.import_bytes(data, f"{i}.zip") for i, data in enumerate(order)]
        assert results[1].counts.conflicts == 1
        (conflict,) = central.exchange.imports.conflicts()
        assert (conflict.uuid, conflict.rev) == (member.id, 2) and len(conflict.versions) == 2
        assert {v["fields"]["name"] for v in conflict.versions} == {"Amara Okafor", "Amara O."}
        shown.add(central.wards.staff_for(ward_id)[0].name)
        hashes.add(db_hash(central))
        (row,) = central.exchange.view.wards_table()
        assert any("two different files numbered 2" in note for note in row.anomalies)
        if number == 1:
            ward.wards.update_staff(member.id, 2, name="Amara Okafor", role="Registered nurse")
            central.exchange.imports.import_bytes(export_bytes(ward, ward_id, tmp_path), "fixed.zip")
            assert central.exchange.imports.conflicts() == [], "a newer revision resolves the conflict"
        central.close()
    assert len(shown) == 1 and len(hashes) == 1
    ward.close()
    clone.close()


def test_a_ward_clock_a_year_out_changes_no_winner_but_is_flagged(template_database: Path, tmp_path: Path) -> None:
    clock = MutableClock(NOW + timedelta(days=365))
    ward = new_store(template_database, tmp_path / "ward", clock=clock)
    ward_id = add_ward(ward)
    member, _ = ward.wards.add_staff(ward_id, "Amara Okafor", "HCA")
    ahead = export_bytes(ward, ward_id, tmp_path)
    clock.moment = NOW - timedelta(days=365)
    updated, _ = ward.wards.update_staff(member.id, member.rev, name="Amara Nwosu", role="HCA")
    behind = export_bytes(ward, ward_id, tmp_path)
    for number, order in enumerate(((ahead, behind), (behind, ahead))):
        central = new_store(template_database, tmp_path / f"central{number}")
        link_device(central, ward.ctx.device.device_id, ward_id)
        for index, data in enumerate(order):
            central.exchange.imports.import_bytes(data, f"{index}.zip")
        (held,) = central.wards.staff_for(ward_id)
        assert (held.name, held.rev) == ("Amara Nwosu", updated.rev)
        (row,) = central.exchange.view.wards_table()
        notes = " ".join(row.anomalies)
        assert "clock went backwards" in notes and "more than a day after it arrived" in notes
        central.close()
    ward.close()


def test_gaps_in_the_export_sequence_are_reported(four_files, tmp_path: Path) -> None:
    files, _final, ward_id, _y, central_path = four_files
    central = _central_copy(central_path, tmp_path / "c")
    try:
        for index in (0, 3):
            central.exchange.imports.import_bytes(files[index], f"f{index}.zip")
        (row,) = central.exchange.view.wards_table()
        assert (row.gaps, row.files, row.last_export_seq, row.anomalies) == ("2-3", 2, 4, ())
        assert central.exchange.view.wards_table(ward_ids=[]) == []
        assert [o.label for o in central.exchange.view.ward_options()] == ["All wards", "Ward 7 (Respiratory)"]
    finally:
        central.close()


def test_damaged_files_are_refused_and_the_database_is_unchanged(four_files, tmp_path: Path) -> None:
    """DB-level R21: 200 truncated or bit-flipped copies of a file already imported."""
    files, _final, _ward_id, _y, central_path = four_files
    central = _central_copy(central_path, tmp_path / "c")
    try:
        data = files[0]
        assert central.exchange.imports.import_bytes(data, "good.zip").status == "imported"
        before = db_hash(central)
        rng = random.Random(20260312)
        outcomes = {"rejected": 0, "imported": 0}
        for case in range(200):
            damaged = bytearray(data)
            if case % 3 == 0:
                damaged = damaged[: rng.randrange(len(data))]
            else:
                damaged[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
            result = central.exchange.imports.import_bytes(bytes(damaged), f"damaged{case}.zip")
            outcomes[result.status] = outcomes.get(result.status, 0) + 1
            if result.status == "imported":  # a flip no check can see (e.g. a zip timestamp): same content
                assert result.counts.inserted == result.counts.updated == result.counts.deleted == 0
            else:
                assert result.status == "rejected", result.message
        assert db_hash(central) == before
        assert outcomes["rejected"] > 160
    finally:
        central.close()


def test_import_into_a_fresh_database_recreates_the_ward(four_files, tmp_path: Path) -> None:
    files, final, ward_id, _y, central_path = four_files
    central = _central_copy(central_path, tmp_path / "c")
    try:
        result = import_data(central, files[3])
        assert result.counts.inserted == len(final["wards"]) + len(final["staff"]) + 1  # live action X
        assert _state(central, ward_id) == {**final, "actions": {s for s in final["actions"] if not s[3]}}
    finally:
        central.close()
