"""The hot debrief form (post-event huddle, domain-and-forms.md §A2): every one of its 26 rows,
with the elapsed time since the event and the SWARM-window hint."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from typing import Any

from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import QWidget

from app.domain.reflection import (
    CATEGORIES,
    EVENT_TYPES,
    EVERYDAY_WORK,
    PHYSICAL_HARM_LEVELS,
    PSYCHOLOGICAL_HARM_LEVELS,
    REPORTED_CHOICES,
    SHIFT_IMPACT,
    Reflection,
)
from app.domain.reflection_times import normalise_time
from app.errors import NotFound, ValidationError
from app.services.store import AppStore
from app.ui.editors.reflection_editor import ReflectionEditor, fill_combo, set_combo, text_lines
from app.ui.generated.ui_post_event_editor import Ui_PostEventForm


class PostEventEditor(ReflectionEditor):
    """The hot debrief: every field of §A2."""

    noun = "hot debrief"

    def __init__(self, store: AppStore) -> None:
        super().__init__(store, Ui_PostEventForm())
        ui = self.ui
        fill_combo(ui.eventType, EVENT_TYPES)
        fill_combo(ui.category, CATEGORIES)
        fill_combo(ui.reported, REPORTED_CHOICES)
        fill_combo(ui.physicalHarm, PHYSICAL_HARM_LEVELS)
        fill_combo(ui.psychologicalHarm, PSYCHOLOGICAL_HARM_LEVELS)
        fill_combo(ui.everydayWork, EVERYDAY_WORK, "Not discussed")
        fill_combo(ui.shiftImpact, SHIFT_IMPACT, "Not discussed")
        for edit in (ui.aarExpected, ui.aarHappened, ui.aarDifference, ui.teamImpact, ui.immediateActions, ui.learned):
            text_lines(edit, 3)
            edit.textChanged.connect(self._changed)
        for line in (ui.eventTime, ui.huddleTime):
            line.textEdited.connect(self._timing_changed)
            line.editingFinished.connect(self._tidy_times)
        for day in (ui.eventDate, ui.huddleDate):
            day.dateChanged.connect(self._timing_changed)
        for line in (ui.incidentRef, ui.facilitator, ui.shiftImpactDetail, ui.documentation):
            line.textEdited.connect(self._changed)
        for combo in (
            ui.eventType,
            ui.category,
            ui.reported,
            ui.physicalHarm,
            ui.psychologicalHarm,
            ui.everydayWork,
            ui.shiftImpact,
        ):
            combo.currentIndexChanged.connect(self._changed)
        for box in (ui.groundRules, ui.shareAtHuddle):
            box.toggled.connect(self._changed)
        ui.seips.changed.connect(self._changed)
        ui.laterDue.dateChanged.connect(self._changed)
        ui.laterDue.set_empty_text("Not planned")
        ui.laterDue.start_from = lambda: ui.eventDate.date().toPython() + timedelta(days=28)
        ui.swarmHint.setProperty("role", "error")
        for column in (1, 3):
            ui.whenGrid.setColumnStretch(column, 1)
        ui.groundRulesRow.setStretch(1, 1)
        ui.shareRow.setStretch(1, 1)
        ui.laterRow.setStretch(2, 1)
        self._clock_timer = QTimer(self)
        self._clock_timer.setInterval(60_000)
        self._clock_timer.timeout.connect(self.update_timing)
        self._clock_timer.start()

    def _fill(self, item: Reflection) -> None:
        ui = self.ui
        today = self._today()
        ui.eventDate.setDate(QDate(item.event_date or today))
        ui.eventTime.setText(item.event_time)
        ui.huddleDate.setDate(QDate(item.huddle_date or today))
        ui.huddleTime.setText(item.huddle_time)
        for combo, value in (
            (ui.eventType, item.event_type),
            (ui.category, item.category),
            (ui.reported, item.reported),
            (ui.physicalHarm, item.physical_harm),
            (ui.psychologicalHarm, item.psychological_harm),
            (ui.everydayWork, item.everyday_work),
            (ui.shiftImpact, item.shift_impact),
        ):
            set_combo(combo, value)
        ui.incidentRef.setText(item.incident_ref)
        ui.facilitator.setText(item.facilitator)
        ui.participants.set_value(item.participants)
        ui.groundRules.setChecked(item.ground_rules_agreed)
        ui.aarExpected.setPlainText(item.aar_expected)
        ui.aarHappened.setPlainText(item.aar_happened)
        ui.aarDifference.setPlainText(item.aar_difference)
        ui.seips.set_value(item.seips)
        ui.shiftImpactDetail.setText(item.shift_impact_detail)
        ui.teamImpact.setPlainText(item.team_impact)
        ui.support.set_value(item.support)
        ui.training.set_value(item.training_needs)
        ui.immediateActions.setPlainText(item.immediate_actions)
        ui.learned.setPlainText(item.learned)
        ui.documentation.setText(item.documentation)
        ui.shareAtHuddle.setChecked(item.share_at_huddle)
        ui.laterDue.set_date_value(item.later_due)

    def _after_fill(self) -> None:
        self._describe()
        self.update_timing()

    def _after_save(self) -> None:
        self._describe()

    def _describe(self) -> None:
        item = self._item
        if item is None:
            return
        ui = self.ui
        ui.formTitle.setText(f"Hot debrief: {item.title()}" if item.is_saved else "New hot debrief")
        shared = self.store.reflections.shared_on(item) if item.is_saved else None
        ui.sharedLabel.setText(f"Shared at the daily huddle on {shared:%a %d %b}." if shared else "")
        source = ""
        if item.source_sheet_id:
            try:
                sheet = self.store.huddles.get(item.source_sheet_id)
            except NotFound:
                source = "Started from a look-back event on a daily huddle sheet that has since been deleted."
            else:
                event = next((e for e in sheet.events if e.id == item.source_event_id), None)
                source = f"Started from the look-back at the daily huddle on {sheet.huddle_date:%a %d %b %Y}"
                if event is not None:
                    source += f": {event.event_type}, {event.harm_level.lower()}"
                    source += f", incident ref {event.incident_ref}" if event.incident_ref else ""
                    source += f". Noted then: \u201c{event.learning_point}\u201d" if event.learning_point else "."
                else:
                    source += "."
        ui.sourceLabel.setText(source)
        ui.sourceLabel.setVisible(bool(source))

    def read(self) -> Reflection:
        assert self._item is not None
        ui = self.ui
        return replace(
            self._item,
            event_date=ui.eventDate.date().toPython(),
            event_time=ui.eventTime.text().strip(),
            huddle_date=ui.huddleDate.date().toPython(),
            huddle_time=ui.huddleTime.text().strip(),
            event_type=ui.eventType.currentData(),
            category=ui.category.currentData(),
            reported=ui.reported.currentData(),
            incident_ref=ui.incidentRef.text().strip(),
            physical_harm=ui.physicalHarm.currentData(),
            psychological_harm=ui.psychologicalHarm.currentData(),
            facilitator=ui.facilitator.text().strip(),
            participants=ui.participants.value(),
            ground_rules_agreed=ui.groundRules.isChecked(),
            aar_expected=ui.aarExpected.toPlainText().strip(),
            aar_happened=ui.aarHappened.toPlainText().strip(),
            aar_difference=ui.aarDifference.toPlainText().strip(),
            seips=ui.seips.value(),
            everyday_work=ui.everydayWork.currentData(),
            shift_impact=ui.shiftImpact.currentData(),
            shift_impact_detail=ui.shiftImpactDetail.text().strip(),
            team_impact=ui.teamImpact.toPlainText().strip(),
            support=ui.support.value(),
            training_needs=ui.training.value(),
            immediate_actions=ui.immediateActions.toPlainText().strip(),
            learned=ui.learned.toPlainText().strip(),
            documentation=ui.documentation.text().strip(),
            share_at_huddle=ui.shareAtHuddle.isChecked(),
            later_due=ui.laterDue.date_value(),
        )

    # -- timing ------------------------------------------------------------------------------
    def _timing_changed(self, *_args: Any) -> None:
        self._changed()
        self.update_timing()

    def _tidy_times(self) -> None:
        for line in (self.ui.eventTime, self.ui.huddleTime):
            try:
                tidy = normalise_time(line.text())
            except ValidationError:
                continue
            if tidy != line.text():
                line.setText(tidy)
        self.update_timing()

    def update_timing(self) -> None:
        """Elapsed time since the event and the SWARM-window hint (words, not colour alone)."""
        if self._item is None:
            return
        try:
            item = replace(
                self.read(),
                event_time=normalise_time(self.ui.eventTime.text()),
                huddle_time=normalise_time(self.ui.huddleTime.text()),
            )
        except ValidationError:
            self.ui.timingLabel.setText("Times must look like 14:30.")
            self.ui.swarmHint.setText("")
            self.ui.swarmHint.hide()
            return
        timing = self.store.reflections.timing(item)
        problem = (
            "The event date and time are later than now: check them."
            if timing.huddle_is_now
            else "The huddle date and time are before the event: check them."
        )
        self.ui.timingLabel.setText(timing.elapsed_text or problem)
        self.ui.swarmHint.setText(f"Note: {timing.hint}" if timing.hint else "")
        self.ui.swarmHint.setVisible(bool(timing.hint))

    # -- tab order -----------------------------------------------------------------------
    def _chain(self) -> list[QWidget]:
        ui = self.ui
        return [
            ui.eventDate,
            ui.eventTime,
            ui.huddleDate,
            ui.huddleTime,
            ui.eventType,
            ui.category,
            ui.reported,
            ui.incidentRef,
            ui.physicalHarm,
            ui.psychologicalHarm,
            ui.facilitator,
            *ui.participants.widgets(),
            ui.groundRules,
            ui.aarExpected,
            ui.aarHappened,
            ui.aarDifference,
            *ui.seips.widgets(),
            ui.everydayWork,
            ui.shiftImpact,
            ui.shiftImpactDetail,
            ui.teamImpact,
            *ui.support.widgets(),
            *ui.training.widgets(),
            ui.immediateActions,
            ui.learned,
            *ui.actions.widgets(),
            ui.documentation,
            ui.shareAtHuddle,
            ui.laterDue,
        ]

    def first_field(self) -> QWidget:
        return self.ui.eventDate
