"""The hot debrief form (post-event huddle, domain-and-forms.md §A2): every one of its 26 rows,
with the elapsed time since the event and the SWARM-window hint."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from PySide6.QtCore import QTimer

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
from app.ui.editors.fields import Field
from app.ui.editors.reflection_editor import ReflectionEditor
from app.ui.generated.ui_post_event_editor import Ui_PostEventForm
from app.ui.widgets.form_helpers import fill_combo, text_lines


class PostEventEditor(ReflectionEditor):
    """The hot debrief: every field of §A2."""

    noun = "hot debrief"
    fields = (
        Field("event_date", "eventDate", "date"),
        Field("event_time", "eventTime"),
        Field("huddle_date", "huddleDate", "date"),
        Field("huddle_time", "huddleTime"),
        Field("event_type", "eventType", "combo_data"),
        Field("category", "category", "combo_data"),
        Field("reported", "reported", "combo_data"),
        Field("incident_ref", "incidentRef"),
        Field("physical_harm", "physicalHarm", "combo_data"),
        Field("psychological_harm", "psychologicalHarm", "combo_data"),
        Field("facilitator", "facilitator"),
        Field("participants", "participants", "value"),
        Field("ground_rules_agreed", "groundRules", "check"),
        Field("aar_expected", "aarExpected", "plain"),
        Field("aar_happened", "aarHappened", "plain"),
        Field("aar_difference", "aarDifference", "plain"),
        Field("seips", "seips", "value"),
        Field("everyday_work", "everydayWork", "combo_data"),
        Field("shift_impact", "shiftImpact", "combo_data"),
        Field("shift_impact_detail", "shiftImpactDetail"),
        Field("team_impact", "teamImpact", "plain"),
        Field("support", "support", "value"),
        Field("training_needs", "training", "value"),
        Field("immediate_actions", "immediateActions", "plain"),
        Field("learned", "learned", "plain"),
        Field("documentation", "documentation"),
        Field("share_at_huddle", "shareAtHuddle", "check"),
        Field("later_due", "laterDue", "optional_date"),
    )
    tab_extras = {"learned": "actions"}

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
        for line in (ui.eventTime, ui.huddleTime):
            line.textEdited.connect(lambda _t: self.update_timing())
            line.editingFinished.connect(self._tidy_times)
        for day in (ui.eventDate, ui.huddleDate):
            day.dateChanged.connect(lambda _d: self.update_timing())
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

    def after_fill(self) -> None:
        self._describe()
        self.update_timing()

    def after_save(self, saved: Reflection) -> None:
        self._describe()

    def _describe(self) -> None:
        item = self._record
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

    # -- timing ------------------------------------------------------------------------------
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
        if self._record is None or self._loading:
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
