"""Self-test step for the daily huddle sheet: save a full sheet with its safety cross and an action,
read them back through a fresh connection, and check a stale save is refused."""

from __future__ import annotations

from dataclasses import replace

from app.errors import StaleRecordError
from app.selftest import SelfTestContext, SelfTestError, check, self_test_step


@self_test_step("huddle sheet: save, read back, stale save refused", order=30)
def save_and_read_a_sheet(ctx: SelfTestContext) -> str:
    from app.domain.action import Action
    from app.domain.huddle import AtRiskPatient, Attendee, HuddleSheet, LookBackEvent
    from app.domain.safety_cross import CrossDay

    store, ward = ctx.store, ctx.ward
    day = store.huddles.today()
    slot = ward.details.huddle_slots[0]
    harm = ward.details.focus_harms[0]
    sheet = HuddleSheet(
        ward_id=ward.id,
        huddle_date=day,
        slot=slot,
        start_time="09:30",
        end_time="09:42",
        leader="Siân Evans",
        nurse_in_charge="Łukasz Nowak",
        next_in_charge="Zoë O'Brien",
        attendees=(Attendee("Siân Evans", "Registered nurse"), Attendee("Nguyễn Thị Lan", "HCA")),
        rn_planned=6,
        rn_actual=5,
        hca_planned=4,
        hca_actual=4,
        staffing_concern=True,
        staffing_concern_detail="One RN short on nights",
        lookback_any=True,
        events=(LookBackEvent("Fall", "No harm"),),
        at_risk=(AtRiskPatient("Bay 3 bed 12", ("Falls",), "Bed rails up, call bell in reach"),),
        reminders="Falls bundle audit due Friday.",
        notes="Self-test sheet: ✓ ünïcödé",
    )
    result = store.huddles.save(sheet, (CrossDay(ward.id, day, harm.key, harm.colours[0].code),))
    saved = result.sheet
    ctx.shared["sheet"] = (ward.id, day, slot)  # for the PDF and export steps
    check(saved.id and saved.rev == 1, f"a new sheet was saved at rev {saved.rev}")
    action, _ = store.actions.add(Action(ward.id, "Check bed rails in bay 3", owner="Siân Evans", source_id=saved.id))
    reopened = ctx.open_store("first")  # read back through a fresh connection
    again = reopened.huddles.sheet_for(ward.id, day, slot)
    check(again.id == saved.id and again.rev == 1, "the saved sheet did not read back")
    for name in ("start_time", "attendees", "events", "at_risk", "notes", "rn_actual", "staffing_concern"):
        check(getattr(again, name) == getattr(sheet, name), f"the sheet's {name} read back differently")
    check(reopened.huddles.cross_for_day(ward.id, day).get(harm.key), "the safety cross day did not read back")
    check([a.id for a in reopened.actions.for_source(saved.id)] == [action.id], "the sheet's action did not read back")
    updated = reopened.huddles.save(replace(again, celebration="Calm night")).sheet
    check(updated.rev == 2, f"updating the sheet left it at rev {updated.rev}")
    try:
        reopened.huddles.save(replace(again, celebration="an older screen's edit"))
    except StaleRecordError:
        pass
    else:
        raise SelfTestError("a save of the sheet from a stale screen was not refused")
    check(reopened.huddles.get(saved.id).celebration == "Calm night", "the stale save changed the sheet")
    return "sheet, safety cross and action saved and read back; stale save refused"
