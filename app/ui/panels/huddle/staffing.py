"""Staffing and flow: who is in charge now and next, registered nurses and HCAs planned against
actual, a staffing concern and whether it was escalated, beds, admissions and discharges."""

from __future__ import annotations

from app.domain.ward import Ward
from app.ui.editors.fields import Field
from app.ui.generated.ui_huddle_staffing import Ui_HuddleStaffing
from app.ui.panels.huddle.section import Section


class StaffingSection(Section):
    form = Ui_HuddleStaffing
    fields = (
        Field("nurse_in_charge", "nurseInCharge", "value"),
        Field("next_in_charge", "nextInCharge", "value"),
        Field("rn_planned", "rnPlanned", "count"),
        Field("rn_actual", "rnActual", "count"),
        Field("hca_planned", "hcaPlanned", "count"),
        Field("hca_actual", "hcaActual", "count"),
        Field("staffing_concern", "staffingConcern", "check"),
        Field("staffing_concern_detail", "staffingConcernDetail"),
        Field("staffing_escalated", "staffingEscalated", "check"),
        Field("escalated_to", "escalatedTo"),
        Field("beds_occupied", "bedsOccupied", "count"),
        Field("expected_admissions", "expectedAdmissions", "count"),
        Field("planned_discharges", "plannedDischarges", "count"),
    )

    def set_ward(self, ward: Ward, staff_names: list[str]) -> None:
        super().set_ward(ward, staff_names)
        self.set_pickers(self.ui.nurseInCharge, self.ui.nextInCharge)
