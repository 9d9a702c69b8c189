"""A restore never makes two PCs one device, and a restore killed after its copy is finished at
the next open (issue 17 §3 and §4)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.domain.action import Action
from app.export_format import read_export
from app.services.safety import backups as backups_module
from app.services.store import open_store
from app.storage.device import read_device
from tests.unit.exchange_helpers import add_ward, export_bytes, new_store


@pytest.fixture
def two_pcs(template_database: Path, tmp_path: Path):
    old_pc = new_store(template_database, tmp_path / "old", backups=True)
    new_pc = new_store(template_database, tmp_path / "new", backups=True)
    ward_id = add_ward(old_pc)
    old_pc.actions.add(Action(ward_id=ward_id, text="Fix the hoist"))
    backup = old_pc.backups.take_backup("by-hand").path
    yield old_pc, new_pc, ward_id, backup
    old_pc.close()
    new_pc.close()


def test_restoring_another_pcs_backup_keeps_this_pcs_device_id(two_pcs, tmp_path: Path) -> None:
    old_pc, new_pc, ward_id, backup = two_pcs
    export_bytes(new_pc, add_ward(new_pc, "Scratch", "SC"), tmp_path)  # this PC has exported once before
    mine = new_pc.ctx.device.device_id
    theirs = old_pc.ctx.device.device_id
    result = new_pc.backups.restore(backup)
    new_pc.backups.after_restore()
    assert read_device(new_pc.database).device_id == mine != theirs
    assert result.epoch >= 1
    (action,) = new_pc.actions.register(ward_id)
    assert action.envelope.origin_device_id == mine  # this PC's to edit, not another ward's
    assert not new_pc.exchange.imports.is_imported(action)
    new_pc.actions.set_status(action, "Done")
    (tmp_path / "again").mkdir()
    package = read_export(export_bytes(new_pc, ward_id, tmp_path / "again"))
    assert package.device_id == mine and package.export_seq == 2  # the counter carried on
    entry = new_pc.audit.recent(5)
    assert any(e.action == "backup restored" and e.counts.get("re_owned", 0) >= 1 for e in entry)


def test_a_restore_killed_after_its_copy_is_finished_at_the_next_open(two_pcs, monkeypatch) -> None:
    old_pc, new_pc, ward_id, backup = two_pcs
    mine = new_pc.ctx.device.device_id
    epoch_before = new_pc.ctx.device.epoch

    def killed(*_args, **_kwargs):
        raise KeyboardInterrupt  # the process dies after the pages were copied

    monkeypatch.setattr(backups_module, "finish_restore", killed)
    with pytest.raises(KeyboardInterrupt):
        new_pc.backups.restore(backup)
    path, backups_dir = new_pc.path, new_pc.backups_dir
    new_pc.close()
    monkeypatch.undo()
    assert Path(str(path) + ".restore-pending.json").exists()
    reopened = open_store(path, backups_dir=backups_dir)
    try:
        device = read_device(reopened.database)
        assert device.device_id == mine and device.epoch > max(epoch_before, old_pc.ctx.device.epoch)
        restored = [e for e in reopened.audit.recent(10) if e.action == "backup restored"]
        assert len(restored) == 1 and restored[0].counts["finished_at_start"] == 1
        assert [a.text for a in reopened.actions.register(ward_id)] == ["Fix the hoist"]
        assert not Path(str(path) + ".restore-pending.json").exists()
    finally:
        reopened.close()
    again = open_store(path, backups_dir=backups_dir)  # nothing left to finish: no second row
    try:
        assert len([e for e in again.audit.recent(10) if e.action == "backup restored"]) == 1
    finally:
        again.close()
