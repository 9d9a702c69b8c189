"""The two reflection forms shown inside the Reflections page: the hot debrief (post-event huddle,
§A2) and the later reflection (§A3).

Both autosave like the daily sheet: a change is saved within the autosave interval and when the
user leaves a field or the page ("Saved 10:42:05"); the first save inserts, later ones carry the
revision the form loaded, and a stale save is refused with the typing left on screen. Follow-up
actions are records of the shared action register and are saved one by one as they are edited.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QDateEdit, QPlainTextEdit, QWidget

from app.domain.action import Action
from app.domain.reflection import (
    CATEGORIES,
    EVENT_TYPES,
    EVERYDAY_WORK,
    NOT_A_SUBSTITUTE,
    PHYSICAL_HARM_LEVELS,
    PSYCHOLOGICAL_HARM_LEVELS,
    REPORTED_CHOICES,
    SHIFT_IMPACT,
    SUPPORT_OPTIONS,
    TEAM_NOW,
    Reflection,
)
from app.errors import NotFound, StaleRecordError, ValidationError, WardHuddleError
from app.services.changes import Changes
from app.services.store import AppStore
from app.ui import prompts
from app.ui.generated.ui_later_reflection_form import Ui_LaterReflectionForm
from app.ui.generated.ui_post_event_form import Ui_PostEventForm
from app.ui.pages.base import show_message
from app.ui.widgets.autosave import Autosaver

def _fill_combo(combo: QComboBox, values: tuple[str, ...], blank: str = "") -> None:
    combo.clear()
    for value in values:
        combo.addItem(value or blank, value)


def _set_combo(combo: QComboBox, value: Any) -> None:
    combo.setCurrentIndex(max(0, combo.findData(value)))


def _narrow(widget: QWidget, sample: str) -> None:
    """Short values get short boxes (measured in the current font, so it scales with text size)."""
    metrics = widget.fontMetrics()
    widget.setMaximumWidth(metrics.horizontalAdvance(sample) + metrics.height() * 3)


def _shrinkable(root: QWidget) -> None:
    """Combo boxes sized by a minimum number of characters, not their longest item, so the form
    still fits a 1366-pixel screen at 200% text."""
    for combo in root.findChildren(QComboBox):
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(10)


def _lines(edit: QPlainTextEdit, lines: int) -> None:
    edit.setTabChangesFocus(True)
    height = edit.fontMetrics().lineSpacing() * lines + 14
    edit.setMinimumHeight(height)
    edit.setMaximumHeight(int(height * 1.5))


class ReflectionEditor(QWidget):
    """What both forms share: loading, autosave, save, stale handling, delete, follow-up actions,
    shortcuts and the tab order."""

    changed = Signal(object)  # Changes
    back = Signal()
    noun = "reflection"

    def __init__(self, store: AppStore, ui: Any) -> None:
        super().__init__()
        self.store = store
        self.ui = ui
        ui.setupUi(self)
        ui.formTitle.setObjectName("title")
        ui.formTitle.setWordWrap(True)
        ui.headerRow.setStretch(ui.headerRow.indexOf(ui.formTitle), 1)
        ui.standingNote.setText(f"<b>Report incidents as usual.</b> {NOT_A_SUBSTITUTE}")
        ui.reloadButton.hide()
        for day in self.findChildren(QDateEdit):
            _narrow(day, "00/00/0000")
        for name in ("eventTime", "huddleTime"):
            if hasattr(ui, name):
                _narrow(getattr(ui, name), "00:00")
        _shrinkable(self)
        self._item: Reflection | None = None
        self._loading = False
        self.autosave = Autosaver(self, self.save, int(store.settings.get("autosave_seconds")))
        ui.saveButton.clicked.connect(self.save_now)
        ui.deleteButton.clicked.connect(self.delete)
        ui.backToList.clicked.connect(self._back)
        ui.reloadButton.clicked.connect(self.reload)
        ui.actions.today = self._today
        ui.actions.add_requested.connect(self.add_follow_up)
        ui.actions.update_requested.connect(self.update_action)
        ui.participants.message.connect(lambda text: show_message(ui.message, text, error=True))
        ui.training.message.connect(lambda text: show_message(ui.message, text, error=True))
        for widget in (ui.participants, ui.training, ui.support):
            widget.changed.connect(self._changed)
        ui.support.set_options(SUPPORT_OPTIONS, prefix="Support: ")
        for keys, slot in (("Ctrl+S", self.save_now), ("Ctrl+N", self.new_action)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        ui.saveButton.setToolTip("Save now (Ctrl+S). Changes are also saved as you go.")
        if store.read_only:
            for button in (ui.saveButton, ui.deleteButton, ui.actions.add_button):
                button.setEnabled(False)

    # -- helpers -------------------------------------------------------------------------
    def _today(self) -> date:
        return self.store.reflections.today()

    @property
    def item(self) -> Reflection | None:
        return self._item

    def _staff(self, ward_id: str) -> list[tuple[str, str]]:
        return [(s.name, s.role) for s in self.store.wards.staff_for(ward_id)]

    def _setup_people(self, ward_id: str) -> None:
        ward = self.store.wards.get(ward_id)
        people = self._staff(ward_id)
        self.ui.participants.set_roles(ward.details.staff_roles)
        self.ui.participants.set_people(people)
        self.ui.actions.set_people([name for name, _role in people])

    # -- loading -------------------------------------------------------------------------
    def open(self, item: Reflection) -> None:
        self.autosave.clear()
        self.autosave.set_interval_seconds(int(self.store.settings.get("autosave_seconds")))
        self.autosave.paused = False
        self._item = item
        self._loading = True
        try:
            self._setup_people(item.ward_id)
            self._fill(item)
        finally:
            self._loading = False
        self._load_actions()
        self._after_fill()
        self.ui.reloadButton.hide()
        self.ui.deleteButton.setEnabled(not self.store.read_only)
        self.ui.savedIndicator.setText("Saved" if item.is_saved else "New: saved as soon as you type")
        show_message(self.ui.message, "")
        self.ui.scroll.verticalScrollBar().setValue(0)
        self.apply_tab_order()

    def _fill(self, item: Reflection) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def _after_fill(self) -> None:
        pass

    def read(self) -> Reflection:  # pragma: no cover - overridden
        raise NotImplementedError

    def _load_actions(self) -> None:
        item = self.read() if self._item is not None else None
        if item is None:
            return
        actions = self.store.reflections.follow_up_actions(item)
        notes = {a.id or "": "From the hot debrief" for a in actions if item.post_event_id and a.source_id == item.post_event_id}
        self.ui.actions.set_actions(actions, notes)
        self.apply_tab_order()

    def refresh(self, changes: Changes) -> None:
        """Another screen saved something: take it in unless the user has unsaved typing here."""
        if self._item is None or self.autosave.dirty:
            return
        if changes & Changes.REFLECTIONS and self._item.id:
            try:
                current = self.store.reflections.get(self._item.id)
            except NotFound:
                return
            if current.rev != self._item.rev:
                self.open(current)
                return
        if changes & (Changes.ACTIONS | Changes.STAFF):
            self._load_actions()

    # -- tab order -----------------------------------------------------------------------
    def _chain(self) -> list[QWidget]:  # pragma: no cover - overridden
        raise NotImplementedError

    def apply_tab_order(self) -> None:
        ui = self.ui
        chain = [ui.backToList, ui.reloadButton, ui.saveButton, ui.deleteButton, *self._chain()]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # -- saving --------------------------------------------------------------------------
    def _changed(self, *_args: Any) -> None:
        if self._loading or self._item is None or self.store.read_only:
            return
        self.autosave.changed()
        if not self.autosave.paused:
            self.ui.savedIndicator.setText("Unsaved changes…")

    def save(self) -> bool:
        if self._item is None or self.store.read_only:
            return False
        try:
            saved, changes = self.store.reflections.save(self.read())
        except StaleRecordError as error:
            self.autosave.paused = True
            self.ui.reloadButton.show()
            show_message(
                self.ui.message,
                f"{error} Your typing is still on screen: copy anything you need, then press 'Reload saved version'.",
                error=True,
            )
            self.ui.savedIndicator.setText("NOT SAVED: changed by someone else")
            return False
        except (ValidationError, NotFound) as error:
            show_message(self.ui.message, f"Not saved yet: {error}", error=True)
            self.ui.savedIndicator.setText("NOT SAVED: see the message above")
            return False
        self._saved(saved)
        self.changed.emit(changes)
        return True

    def _saved(self, saved: Reflection) -> None:
        self._item = saved
        stamp = self.store.ctx.now().astimezone().strftime("%H:%M:%S")
        self.ui.savedIndicator.setText(f"Saved {stamp}")
        self.ui.deleteButton.setEnabled(not self.store.read_only)
        show_message(self.ui.message, "")
        self._after_save()

    def _after_save(self) -> None:
        pass

    def save_now(self) -> None:
        if self.autosave.paused:
            self.save()  # says again why it cannot save
            return
        self.autosave.changed()
        self.autosave.flush()

    def leave_ok(self) -> bool:
        """Save what is pending; if it cannot be saved, ask before leaving the form."""
        if self._item is None or self.store.read_only:
            return True
        if self.autosave.flush() and not self.autosave.dirty:
            return True
        return prompts.ask_yes_no(
            self, "Not saved",
            f"This {self.noun} is not saved: {self.ui.message.text()}\n\nLeave it anyway? What you typed stays on "
            "this form until you open another reflection, but is lost if you close the app.",
            yes="Leave without saving", no="Stay and fix it",
        )

    def _back(self) -> None:
        if self.leave_ok():
            self.back.emit()

    def reload(self) -> None:
        if self._item is None or self._item.id is None:
            return
        if not prompts.ask_yes_no(
            self, "Reload saved version",
            "Replace what is on screen with the saved version? Anything typed since your last save is lost.",
            yes="Reload", no="Cancel",
        ):
            return
        try:
            self.open(self.store.reflections.get(self._item.id))
        except NotFound as error:
            show_message(self.ui.message, str(error), error=True)

    def delete(self) -> None:
        if self._item is None:
            return
        if not self._item.is_saved:
            if prompts.ask_yes_no(self, f"Discard new {self.noun}", f"Discard this new {self.noun}? Nothing has been saved.",
                                  yes="Discard", no="Keep it"):
                self.autosave.clear()
                self.back.emit()
            return
        self.autosave.flush()
        if not prompts.ask_yes_no(
            self, f"Delete {self.noun}",
            f"Delete this {self.noun} ({self._item.title()})? It will no longer show in the list or in exports. "
            "Its follow-up actions stay in the action register.",
            yes=f"Delete {self.noun}", no="Keep it",
        ):
            return
        try:
            changes = self.store.reflections.delete(self._item)
        except WardHuddleError as error:
            show_message(self.ui.message, str(error), error=True)
            return
        self.autosave.clear()
        self.changed.emit(changes)
        self.back.emit()

    # -- follow-up actions ---------------------------------------------------------------
    def new_action(self) -> None:
        self.ui.actions.focus_new()
        self.ui.scroll.ensureWidgetVisible(self.ui.actions.new_text)

    def add_follow_up(self, text: str, owner: str, due: date | None) -> None:
        if self._item is None or self.store.read_only:
            return
        if self._item.is_saved and self.autosave.dirty and not self.autosave.flush():
            return
        try:
            saved, action, changes = self.store.reflections.add_follow_up(self.read(), text, owner, due)
        except StaleRecordError as error:
            show_message(self.ui.message, str(error), error=True)
            return
        except ValidationError as error:
            show_message(self.ui.message, f"Action not added: {error}", error=True)
            return
        if not self._item.is_saved:
            self.autosave.clear()
            self._saved(saved)
        self._load_actions()
        self.ui.actions.added()
        when = f", due {action.due:%a %d %b}" if action.due else ""
        show_message(self.ui.message, f"Follow-up action added to the action register for {action.owner or 'the team'}{when}.")
        self.changed.emit(changes)

    def update_action(self, action: Action) -> None:
        try:
            saved, changes = self.store.actions.update(action)
        except WardHuddleError as error:
            show_message(self.ui.message, f"Action not changed: {error}", error=True)
            self.ui.actions.action_refused(action.id)
            if isinstance(error, (StaleRecordError, NotFound)):
                self._load_actions()
            return
        note = "From the hot debrief" if self._item and saved.source_id == self._item.post_event_id else ""
        self.ui.actions.action_saved(saved, note)
        show_message(self.ui.message, f"Action saved: {saved.status.lower()}.")
        self.changed.emit(changes)


class PostEventEditor(ReflectionEditor):
    """The hot debrief: every field of §A2."""

    noun = "hot debrief"

    def __init__(self, store: AppStore) -> None:
        super().__init__(store, Ui_PostEventForm())
        ui = self.ui
        _fill_combo(ui.eventType, EVENT_TYPES)
        _fill_combo(ui.category, CATEGORIES)
        _fill_combo(ui.reported, REPORTED_CHOICES)
        _fill_combo(ui.physicalHarm, PHYSICAL_HARM_LEVELS)
        _fill_combo(ui.psychologicalHarm, PSYCHOLOGICAL_HARM_LEVELS)
        _fill_combo(ui.everydayWork, EVERYDAY_WORK, "Not discussed")
        _fill_combo(ui.shiftImpact, SHIFT_IMPACT, "Not discussed")
        for edit in (ui.aarExpected, ui.aarHappened, ui.aarDifference, ui.teamImpact, ui.immediateActions, ui.learned):
            _lines(edit, 3)
            edit.textChanged.connect(self._changed)
        for line in (ui.eventTime, ui.huddleTime):
            line.textEdited.connect(self._timing_changed)
            line.editingFinished.connect(self._tidy_times)
        for day in (ui.eventDate, ui.huddleDate):
            day.dateChanged.connect(self._timing_changed)
        for line in (ui.incidentRef, ui.facilitator, ui.shiftImpactDetail, ui.documentation):
            line.textEdited.connect(self._changed)
        for combo in (ui.eventType, ui.category, ui.reported, ui.physicalHarm, ui.psychologicalHarm, ui.everydayWork, ui.shiftImpact):
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
            (ui.eventType, item.event_type), (ui.category, item.category), (ui.reported, item.reported),
            (ui.physicalHarm, item.physical_harm), (ui.psychologicalHarm, item.psychological_harm),
            (ui.everydayWork, item.everyday_work), (ui.shiftImpact, item.shift_impact),
        ):
            _set_combo(combo, value)
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
        ui.sharedLabel.setText(f"Shared at the daily huddle on {item.shared_on:%a %d %b}." if item.shared_on else "")
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
        from app.domain.reflection import normalise_time

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
            from app.domain.reflection import normalise_time

            item = replace(self.read(), event_time=normalise_time(self.ui.eventTime.text()),
                           huddle_time=normalise_time(self.ui.huddleTime.text()))
        except ValidationError:
            self.ui.timingLabel.setText("Times must look like 14:30.")
            self.ui.swarmHint.setText("")
            self.ui.swarmHint.hide()
            return
        timing = self.store.reflections.timing(item)
        self.ui.timingLabel.setText(timing.elapsed_text or "The huddle date and time are before the event: check them.")
        self.ui.swarmHint.setText(f"Note: {timing.hint}" if timing.hint else "")
        self.ui.swarmHint.setVisible(bool(timing.hint))

    # -- tab order -----------------------------------------------------------------------
    def _chain(self) -> list[QWidget]:
        ui = self.ui
        return [
            ui.eventDate, ui.eventTime, ui.huddleDate, ui.huddleTime, ui.eventType, ui.category, ui.reported,
            ui.incidentRef, ui.physicalHarm, ui.psychologicalHarm, ui.facilitator, *ui.participants.widgets(),
            ui.groundRules, ui.aarExpected, ui.aarHappened, ui.aarDifference, *ui.seips.widgets(), ui.everydayWork,
            ui.shiftImpact, ui.shiftImpactDetail, ui.teamImpact, *ui.support.widgets(), *ui.training.widgets(),
            ui.immediateActions, ui.learned, *ui.actions.widgets(), ui.documentation, ui.shareAtHuddle, ui.laterDue,
        ]

    def first_field(self) -> QWidget:
        return self.ui.eventDate


class LaterReflectionEditor(ReflectionEditor):
    """The later reflection: follows a hot debrief (or stands alone)."""

    noun = "later reflection"

    def __init__(self, store: AppStore) -> None:
        super().__init__(store, Ui_LaterReflectionForm())
        ui = self.ui
        _fill_combo(ui.teamNow, TEAM_NOW, "Not discussed")
        for edit in (ui.understandDifferently, ui.everydayChanges):
            _lines(edit, 4)
            edit.textChanged.connect(self._changed)
        for line in (ui.huddleTime, ui.facilitator, ui.teamNowDetail):
            line.textEdited.connect(self._changed)
        ui.huddleDate.dateChanged.connect(self._changed)
        ui.teamNow.currentIndexChanged.connect(self._changed)
        ui.postEvent.currentIndexChanged.connect(self._link_changed)
        ui.projectLink.currentIndexChanged.connect(self._changed)
        self._projects_available = False

    # -- links -----------------------------------------------------------------------------
    def _fill_post_events(self, item: Reflection) -> None:
        combo = self.ui.postEvent
        combo.clear()
        combo.addItem("None: a stand-alone reflection", None)
        for post in self.store.reflections.post_event_choices(item.ward_id):
            combo.addItem(post.title(), post.id)
        if item.post_event_id and combo.findData(item.post_event_id) < 0:
            combo.addItem("A hot debrief that has since been deleted", item.post_event_id)
        _set_combo(combo, item.post_event_id)

    def _project_choices(self, ward_id: str) -> list[tuple[str, str, str]] | None:
        """(kind 'project' | 'pdsa', id, label) from the projects service, once one exists."""
        projects = getattr(self.store, "projects", None)
        finder = getattr(projects, "link_choices", None) if projects is not None else None
        if finder is None:
            return None
        try:
            return list(finder(ward_id))
        except WardHuddleError:
            return []

    def _fill_projects(self, item: Reflection) -> None:
        choices = self._project_choices(item.ward_id)
        self._projects_available = choices is not None
        self.ui.improvementBox.setVisible(self._projects_available)
        combo = self.ui.projectLink
        combo.clear()
        combo.addItem("None", "")
        for kind, record_id, label in choices or []:
            combo.addItem(f"{'PDSA cycle' if kind == 'pdsa' else 'Project'}: {label}", f"{kind}:{record_id}")
        if item.linked_pdsa_id:
            _set_combo(combo, f"pdsa:{item.linked_pdsa_id}")
        elif item.linked_project_id:
            _set_combo(combo, f"project:{item.linked_project_id}")

    def _links(self) -> tuple[str | None, str | None]:
        """(linked_project_id, linked_pdsa_id): kept as loaded when no projects service exists."""
        assert self._item is not None
        if not self._projects_available:
            return self._item.linked_project_id, self._item.linked_pdsa_id
        kind, _, record_id = str(self.ui.projectLink.currentData() or "").partition(":")
        return (record_id if kind == "project" else None), (record_id if kind == "pdsa" else None)

    def _link_changed(self, *_args: Any) -> None:
        if self._loading:
            return
        self._describe_link()
        self._load_actions()
        self._changed()

    def _describe_link(self) -> None:
        post_id = self.ui.postEvent.currentData()
        text = "A stand-alone reflection: not linked to a hot debrief."
        if post_id:
            post = self.store.reflections.find(post_id)
            if post is None:
                text = "The hot debrief this followed has been deleted."
            else:
                text = f"Hot debrief: {post.title()}."
                if post.learned:
                    text += f" What we learned then: \u201c{post.learned}\u201d"
                if post.later_due:
                    text += f" This reflection was planned for {post.later_due:%d %b %Y}."
        self.ui.linkedSummary.setText(text)

    # -- form --------------------------------------------------------------------------------
    def _fill(self, item: Reflection) -> None:
        ui = self.ui
        self._fill_post_events(item)
        self._fill_projects(item)
        ui.huddleDate.setDate(QDate(item.huddle_date or self._today()))
        ui.huddleTime.setText(item.huddle_time)
        ui.facilitator.setText(item.facilitator)
        ui.participants.set_value(item.participants)
        ui.understandDifferently.setPlainText(item.understand_differently)
        ui.everydayChanges.setPlainText(item.everyday_changes)
        _set_combo(ui.teamNow, item.team_now)
        ui.teamNowDetail.setText(item.team_now_detail)
        ui.support.set_value(item.support)
        ui.training.set_value(item.training_needs)

    def _after_fill(self) -> None:
        self._describe_link()
        self._after_save()

    def _after_save(self) -> None:
        if self._item is not None:
            self.ui.formTitle.setText(self._item.title() if self._item.is_saved else "New later reflection")
        self.ui.sourceLabel.hide()

    def read(self) -> Reflection:
        assert self._item is not None
        ui = self.ui
        project_id, pdsa_id = self._links()
        return replace(
            self._item,
            post_event_id=ui.postEvent.currentData() or None,
            huddle_date=ui.huddleDate.date().toPython(),
            huddle_time=ui.huddleTime.text().strip(),
            facilitator=ui.facilitator.text().strip(),
            participants=ui.participants.value(),
            understand_differently=ui.understandDifferently.toPlainText().strip(),
            everyday_changes=ui.everydayChanges.toPlainText().strip(),
            team_now=ui.teamNow.currentData(),
            team_now_detail=ui.teamNowDetail.text().strip(),
            support=ui.support.value(),
            training_needs=ui.training.value(),
            linked_project_id=project_id,
            linked_pdsa_id=pdsa_id,
        )

    def _chain(self) -> list[QWidget]:
        ui = self.ui
        return [
            ui.postEvent, ui.huddleDate, ui.huddleTime, ui.facilitator, *ui.participants.widgets(),
            *ui.actions.widgets(), ui.understandDifferently, ui.everydayChanges, ui.teamNow, ui.teamNowDetail,
            *ui.support.widgets(), *ui.training.widgets(), ui.projectLink,
        ]

    def first_field(self) -> QWidget:
        return self.ui.postEvent
