"""The questions the daily sheet asks before typing or a sheet is lost: leaving with typing not
saved or not used yet (a name not picked, an action not added), and deleting the sheet."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.domain.huddle import HuddleSheet
from app.ui.panels.huddle.actions import ActionsSection
from app.ui.panels.huddle.attendance import AttendanceSection
from app.ui.panels.huddle.meeting import MeetingSection
from app.ui.panels.huddle.staffing import StaffingSection


def unfinished_typing(
    meeting: MeetingSection, attendance: AttendanceSection, staffing: StaffingSection, actions: ActionsSection
) -> list[str]:
    """Typing on the sheet that is not in the record: a name not picked, a date not read."""
    out = []
    for picker, what in (
        (meeting.ui.leader, "Leader"),
        (staffing.ui.nurseInCharge, "Nurse in charge"),
        (staffing.ui.nextInCharge, "Next in charge"),
        (attendance.ui.attendeeName, "Who is here"),
        (actions.ui.newActionOwner, "New action owner"),
    ):
        if picker.pending_text():
            out.append(f"{what}: '{picker.pending_text()}' is not picked from the staff list")
    if actions.ui.newActionText.text().strip():
        out.append(f"New action: '{actions.ui.newActionText.text().strip()}' is not added yet")
    if actions.ui.newActionDue.error():
        out.append("New action due date: not a date yet")
    return out


def leave_anyway(parent: QWidget, problems: list[str]) -> bool:
    from app.ui import prompts

    return prompts.ask_yes_no(
        parent,
        "Typing not saved yet",
        "\n".join(problems) + "\n\nLeave anyway? Your typing stays on this sheet while Ward Huddle is open, "
        "and a copy of the sheet is offered back when it next starts.",
        yes="Leave anyway",
        no="Stay and finish it",
    )


def delete_it(parent: QWidget, sheet: HuddleSheet) -> bool:
    from app.ui import prompts

    return prompts.ask_yes_no(
        parent,
        "Delete huddle sheet",
        f"Delete the {sheet.slot.lower()} huddle sheet for {sheet.huddle_date:%A %d %B}? It will no longer show in "
        "History or in exports. Actions raised at it stay in the action register.",
        yes="Delete sheet",
        no="Keep it",
    )
