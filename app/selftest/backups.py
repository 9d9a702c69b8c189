"""Self-test step for data safety: a verified backup, a restore of it (with the safety backup
first and the epoch raised), and the start-up check on the restored file."""

from __future__ import annotations

from app.selftest import SelfTestContext, check, self_test_step


@self_test_step("backups: verified backup, restore, start-up check", order=65)
def backup_and_restore(ctx: SelfTestContext) -> str:
    from app.domain.ward import WardDetails

    store = ctx.store
    before = {w.id for w in store.wards.list_wards()}
    made = store.backups.take_backup("self-test")
    check(made.path.exists() and made.path.stat().st_size > 0, "the backup file was not written")
    extra, _ = store.wards.create_ward(WardDetails(name="Self-test ward added after the backup"))
    epoch = store.ctx.device.epoch
    result = store.backups.restore(made.path)
    store.backups.after_restore()
    after = {w.id for w in store.wards.list_wards()}
    check(after == before and extra.id not in after, "the restore did not bring back the backup's wards")
    check(result.safety_backup is not None and result.safety_backup.exists(), "no backup was taken before the restore")
    check(store.ctx.device.epoch > epoch, "the restore did not raise this computer's epoch")
    reopened = ctx.open_store("first")
    check(not reopened.health.damaged and not reopened.read_only, "the restored file failed its start-up check")
    return f"backup {made.path.stat().st_size // 1024} KB checked and restored; epoch {epoch} → {reopened.ctx.device.epoch}"
