"""Self-test steps for the weekly export and import: export the first database's ward as a file,
import it into a second, empty database (as the improvement team does), read the records back,
and check a second import of the same file changes nothing."""

from __future__ import annotations

from app.selftest import SelfTestContext, SelfTestError, check, self_test_step


@self_test_step("weekly export: write the file", order=50)
def export_a_week(ctx: SelfTestContext) -> str:
    store, ward = ctx.store, ctx.ward
    folder = ctx.folder / "exports"
    folder.mkdir(parents=True, exist_ok=True)
    result, prepared = store.exchange.exports.export(ward.id, folder, acknowledge_warnings=True)
    if result is None:
        raise SelfTestError(f"the export was refused: {prepared.pii.summary()}")
    check(result.path.is_file() and result.path.parent == folder, f"the export file is missing: {result.path}")
    check(result.counts.get("wards") == 1, f"the export holds {result.counts.get('wards')} ward records, expected 1")
    ctx.shared["export"] = result
    records = sum(v for k, v in result.counts.items() if k != "tombstones")
    return f"{result.path.name}: {records} records, {result.path.stat().st_size // 1024} KB"


@self_test_step("weekly import: into a second database, read back, import again", order=60)
def import_into_a_second_database(ctx: SelfTestContext) -> str:
    from app.services.exchange.imports import ALREADY, IMPORTED, PENDING

    exported = ctx.shared.get("export")
    if exported is None:
        raise SelfTestError("there is no export file to import (the export step did not pass)")
    first, ward = ctx.store, ctx.ward
    second = ctx.open_store("second")
    imports = second.exchange.imports
    (result,) = imports.import_files([exported.path])
    if result.status == PENDING:  # a new device: link it to the ward the file names, as a user would
        (group,) = imports.pending_groups()
        (result,) = imports.map_device(group.device_id, group.home_ward_id, group.home_ward_id)
    check(result.status == IMPORTED, f"the import said: {result.message}")
    copy = second.wards.get(ward.id)
    check(copy.name == ward.name, "the ward did not arrive in the second database")
    staff = sorted((s.name, s.role, s.rev) for s in second.wards.staff_for(ward.id))
    original = sorted((s.name, s.role, s.rev) for s in first.wards.staff_for(ward.id))
    check(staff == original, f"the staff list arrived as {staff}, expected {original}")
    if "sheet" in ctx.shared and hasattr(second, "huddles"):
        ward_id, day, slot = ctx.shared["sheet"]
        mine, theirs = first.huddles.sheet_for(ward_id, day, slot), second.huddles.sheet_for(ward_id, day, slot)
        check(theirs.id == mine.id and theirs.rev == mine.rev, "the huddle sheet did not arrive at the same revision")
        check(theirs.notes == mine.notes and theirs.attendees == mine.attendees, "the huddle sheet arrived changed")
    (again,) = imports.import_files([exported.path])
    check(again.status == ALREADY, f"importing the same file twice said: {again.message}")
    return f"{result.message} Second import: nothing changed."
