"""The meeting itself: held or not (and why not), who led it, when it started and ended, and how
long it took against the ward's target."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from app.domain.huddle import NOT_HELD_REASONS, HuddleSheet
from app.domain.ward import Ward
from app.services.store import AppStore
from app.ui.editors.fields import Field
from app.ui.generated.ui_huddle_meeting import Ui_HuddleMeeting
from app.ui.panels.huddle.section import Section


class MeetingSection(Section):
    form = Ui_HuddleMeeting
    fields = (
        Field("held", "held", "check"),
        Field("not_held_reason", "notHeldReason", "combo_text"),
        Field("not_held_detail", "notHeldDetail"),
        Field("leader", "leader", "value"),
        Field("start_time", "startTime"),
        Field("end_time", "endTime"),
    )

    def __init__(self, store: AppStore) -> None:
        super().__init__(store)
        ui = self.ui
        ui.notHeldReason.addItems(["", *NOT_HELD_REASONS])
        ui.durationLabel.setWordWrap(True)
        line = self.fontMetrics().height()
        time_width = self.fontMetrics().horizontalAdvance("00:00") + line * 2
        for edit in (ui.startTime, ui.endTime):
            edit.setMaximumWidth(time_width)
            edit.setInputMask("")
            edit.textEdited.connect(lambda _t: self.update_duration())
        ui.held.toggled.connect(self._update_held)

    def set_ward(self, ward: Ward, staff_names: list[str]) -> None:
        super().set_ward(ward, staff_names)
        self.set_pickers(self.ui.leader)

    def after_fill(self, sheet: HuddleSheet) -> None:
        self._update_held()
        self.update_duration()

    def read_more(self, sheet: HuddleSheet) -> HuddleSheet:
        if sheet.held:  # a reason is only kept for a huddle that did not happen
            return replace(sheet, not_held_reason="", not_held_detail="")
        return sheet

    def stamp(self, hhmm: str, *, end: bool) -> None:
        """Start (F5) or end (F6) the huddle now; ending one never started starts it too."""
        if not end or not self.ui.startTime.text().strip():
            self.ui.startTime.setText(hhmm)
        if end:
            self.ui.endTime.setText(hhmm)
        self.update_duration()

    def stamp_now(self, *, end: bool) -> None:
        self.stamp(self.store.ctx.now().astimezone().strftime("%H:%M"), end=end)

    def update_duration(self) -> None:
        if self.ward is None:
            return
        target = self.ward.details.huddle_target_minutes
        times = HuddleSheet(
            "", date.min, "", start_time=self.ui.startTime.text().strip(), end_time=self.ui.endTime.text().strip()
        )
        minutes = times.duration_minutes  # half-typed times simply show no duration
        if minutes is None:
            self.ui.durationLabel.setText(f"target {target} min")
        elif minutes < 0:
            self.ui.durationLabel.setText("end is before start: check the times")
        else:
            verdict = "within target" if minutes <= target else f"{minutes - target} min over target"
            self.ui.durationLabel.setText(f"{minutes} min (target {target} min, {verdict})")

    def _update_held(self) -> None:
        held = self.ui.held.isChecked()
        for widget in (self.ui.notHeldReason, self.ui.notHeldDetail, self.ui.notHeldReasonLabel):
            widget.setVisible(not held)
