"""The weekly improvement huddle record, a tab of the Board page.

The date (one a week; earlier huddles in the list beside it), who came (the staff picker of the
daily sheet), for each idea in testing what was tested and learned (saved into the idea's PDSA
cycle's Study note, not a second copy) and the decision, celebrations and thanks, next steps with
owners (actions in the shared register), and the key measures as the analysis reads them.
Built on the RecordEditor base (app/ui/editors/record_editor.py): autosaved like every record, a
save from a stale screen refused with the typing kept; celebrations and notes are declared fields,
the attendees and the rows of ideas are read and filled by ``read_more`` / ``fill_more``.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton, QWidget

from app.domain.action import Action
from app.domain.improvement_huddle import DECISION_WORDS, DECISIONS, ImprovementHuddle, Person, TestedIdea
from app.errors import NotFound, StaleRecordError, WardHuddleError
from app.services.changes import Changes
from app.services.store import AppStore
from app.ui.editors.fields import Field
from app.ui.editors.record_editor import RecordEditor
from app.ui.generated.ui_improvement_huddle_editor import Ui_ImprovementHuddleEditor
from app.ui.widgets.form_helpers import escape, show_message

FIELDS = (Field("celebrations", "celebrations", "plain"), Field("notes", "notes", "plain"))


class ImprovementHuddleEditor(RecordEditor):
    noun = "weekly improvement huddle"
    leave_asks = False  # the Board page keeps this editor, so switching away never loses typing
    stale_hint = "Your typing is still on screen: copy anything you need, then choose the date again."

    def __init__(self, store: AppStore, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self.ui = Ui_ImprovementHuddleEditor()
        self.ui.setupUi(self)
        self.ward_id: str | None = None
        self.attendees: list[Person] = []
        self.rows: list[tuple[TestedIdea, QLineEdit, QLineEdit, QComboBox]] = []
        from app.ui.widgets.follow_up_actions import FollowUpActions
        from app.ui.widgets.staff_picker import StaffPicker
        from app.ui.widgets.uk_date import UkDateEdit

        ui = self.ui
        buttons = QHBoxLayout()  # below the date, so the tab fits a 1366-pixel screen at 200 % text
        for button in (ui.printHuddle, ui.printBlank, ui.deleteHuddle):
            ui.dateRow.removeWidget(button)
            buttons.addWidget(button)
        buttons.addStretch(1)
        ui.outerLayout.insertLayout(1, buttons)
        self.date = UkDateEdit(self)
        self.date.setAccessibleName("Date of the weekly huddle")
        self.date.today = self.store.board.today
        ui.dateHost.addWidget(self.date)
        ui.dateLabel.setBuddy(self.date)
        self.date.date_value_changed.connect(self._date_chosen)
        self.picker = StaffPicker(self)
        self.picker.setAccessibleName("Add who came")
        self.picker.picked.connect(self._attendee_picked)
        self.attendee_list = QListWidget(self)
        self.attendee_list.setAccessibleName("Who came")
        self.attendee_list.setMaximumHeight(self.fontMetrics().height() * 6)
        self.remove_attendee = QPushButton("&Remove the chosen person", self)
        self.remove_attendee.clicked.connect(self._remove_attendee)
        for widget in (self.picker, self.attendee_list, self.remove_attendee):
            ui.attendeesHost.addWidget(widget)
        self.tested_grid = QGridLayout()
        ui.testedHost.addLayout(self.tested_grid)
        self.next_steps = FollowUpActions(self)
        ui.nextStepsHost.addWidget(self.next_steps)
        self.next_steps.add_requested.connect(self.add_next_step)
        self.next_steps.update_requested.connect(self.update_next_step)
        line = self.fontMetrics().height()
        for edit in (ui.celebrations, ui.notes):
            edit.setMaximumHeight(line * 5)
            edit.setTabChangesFocus(True)
        self.bind_fields(FIELDS)
        ui.earlier.activated.connect(self._earlier_chosen)
        ui.deleteHuddle.clicked.connect(self.delete)
        ui.printHuddle.clicked.connect(lambda: self._print(blank=False))
        ui.printBlank.clicked.connect(lambda: self._print(blank=True))
        if store.read_only:
            ui.deleteHuddle.setEnabled(False)

    # -- loading ----------------------------------------------------------------------------------
    def load(self, ward_id: str | None, day: date | None = None) -> None:
        self.flush()
        self.ward_id = ward_id
        if ward_id is None:
            return
        service = self.store.improvement_huddles
        staff = self.store.wards.staff_for(ward_id)
        from app.ui.widgets.staff_picker import Person as PickerPerson

        self.picker.set_people([PickerPerson(s.name, s.role, s.id) for s in staff if not s.retired])
        self.next_steps.set_people([s.name for s in staff])
        self._fill_earlier()
        self.open_day(day or service.today())

    def _fill_earlier(self) -> None:
        assert self.ward_id is not None
        combo = self.ui.earlier
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("Earlier weekly huddles…", None)
        for each in self.store.improvement_huddles.dates(self.ward_id):
            combo.addItem(f"{each:%a %d %b %Y}", each.isoformat())
        combo.blockSignals(False)

    @property
    def huddle(self) -> ImprovementHuddle | None:
        return self.record

    def open_day(self, day: date) -> None:
        if self.ward_id is None:
            return
        self.flush()
        self.open(self.store.improvement_huddles.huddle_for(self.ward_id, day))

    def fill_more(self, huddle: ImprovementHuddle) -> None:
        self.date.blockSignals(True)
        self.date.set_date_value(huddle.huddle_date)
        self.date.blockSignals(False)
        self.attendees = list(huddle.attendees)
        self._fill_attendees()
        self._fill_tested(huddle)
        self._fill_measures(huddle)
        self.next_steps.set_actions(self.store.improvement_huddles.next_steps(huddle))
        self.ui.deleteHuddle.setEnabled(huddle.is_saved and not self.store.read_only)

    def after_fill(self) -> None:
        if self.huddle is not None and not self.huddle.is_saved:
            show_message(self.ui.message, "A new weekly huddle: it is saved as you type.")

    def _fill_attendees(self) -> None:
        self.attendee_list.clear()
        for person in self.attendees:
            self.attendee_list.addItem(f"{person.name} ({person.role})" if person.role else person.name)
        self.ui.attendeesBox.setTitle(f"Who came ({len(self.attendees)})")

    def _fill_tested(self, huddle: ImprovementHuddle) -> None:
        grid = self.tested_grid
        while grid.count():
            item = grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.rows = []
        labels = dict(self.store.board.cycle_choices(huddle.ward_id))
        ideas = {i.id: i for i in self.store.board.ideas_for(huddle.ward_id)}
        if not huddle.tested:
            grid.addWidget(QLabel("No idea is in Testing on the board this week."), 0, 0)
        for number, item in enumerate(huddle.tested):
            idea = ideas.get(item.idea_id)
            name = idea.text if idea else "(idea deleted)"
            heading = QLabel(f"<b>{escape(name)}</b><br>{escape(labels.get(item.cycle_id, 'PDSA cycle deleted'))}")
            heading.setWordWrap(True)
            tested, learned = QLineEdit(item.tested), QLineEdit(item.learned)
            tested.setAccessibleName(f"What was tested: {name}")
            learned.setAccessibleName(f"What was learned: {name}")
            tested.setPlaceholderText("What was tested this week")
            learned.setPlaceholderText("What was learned")
            decision = QComboBox()
            decision.setAccessibleName(f"Decision: {name}")
            for choice in DECISIONS:
                decision.addItem(DECISION_WORDS[choice], choice)
            decision.setCurrentIndex(DECISIONS.index(item.decision) if item.decision in DECISIONS else 0)
            row = number * 2
            grid.addWidget(heading, row, 0, 1, 3)
            grid.addWidget(tested, row + 1, 0)
            grid.addWidget(learned, row + 1, 1)
            grid.addWidget(decision, row + 1, 2)
            tested.textEdited.connect(self._changed)
            learned.textEdited.connect(self._changed)
            decision.currentIndexChanged.connect(self._changed)
            self.rows.append((item, tested, learned, decision))

    def _fill_measures(self, huddle: ImprovementHuddle) -> None:
        lines = [f"<b>{escape(m.name)}</b>: {escape(m.verdict)}. {escape(m.words)}" for m in huddle.measures]
        self.ui.measuresText.setText(
            "<br>".join(lines) or "No key measures: link measures to an active improvement project."
        )

    # -- editing ------------------------------------------------------------------------------------
    def _attendee_picked(self, person) -> None:
        if any(p.name.lower() == person.name.lower() for p in self.attendees):
            return
        self.attendees.append(Person(person.name, person.role, person.staff_id))
        self._fill_attendees()
        self._changed()

    def _remove_attendee(self) -> None:
        row = self.attendee_list.currentRow()
        if 0 <= row < len(self.attendees):
            del self.attendees[row]
            self._fill_attendees()
            self._changed()

    def _date_chosen(self, day: date | None) -> None:
        if day is not None and self.huddle is not None and day != self.huddle.huddle_date:
            self.open_day(day)

    def _earlier_chosen(self, index: int) -> None:
        value = self.ui.earlier.itemData(index)
        if value:
            self.open_day(date.fromisoformat(value))

    def read_more(self, huddle: ImprovementHuddle) -> ImprovementHuddle:
        tested = tuple(
            replace(item, tested=t.text(), learned=lr.text(), decision=d.currentData() or "")
            for item, t, lr, d in self.rows
        )
        return replace(huddle, attendees=tuple(self.attendees), tested=tested)

    def save_record(self, huddle: ImprovementHuddle) -> tuple[ImprovementHuddle, Changes]:
        return self.store.improvement_huddles.save(huddle)

    def after_save(self, saved: ImprovementHuddle) -> None:
        self._fill_measures(saved)
        self.ui.deleteHuddle.setEnabled(not self.store.read_only)
        if self.ui.earlier.count() - 1 != len(self.store.improvement_huddles.dates(saved.ward_id)):
            self._fill_earlier()  # the rows stay as they are: the cursor stays where it was

    # -- next steps -------------------------------------------------------------------------------
    def add_next_step(self, text: str, owner: str, due: date | None) -> None:
        if self.huddle is None or self.store.read_only:
            return
        if self.huddle.is_saved and self.autosave.dirty and not self.autosave.flush():
            return
        try:
            saved, action, changes = self.store.improvement_huddles.add_next_step(self.read(), text, owner, due)
        except WardHuddleError as error:
            show_message(self.ui.message, f"Next step not added: {error}", error=True)
            return
        self.autosave.clear()
        self.saved(saved)
        self.next_steps.set_actions(self.store.improvement_huddles.next_steps(saved))
        self.next_steps.added()
        show_message(self.ui.message, f"Next step added for {action.owner or 'the team'}.")
        self.changed.emit(changes)

    def update_next_step(self, action: Action) -> None:
        try:
            saved, changes = self.store.actions.update(action)
        except WardHuddleError as error:
            show_message(self.ui.message, f"Next step not changed: {error}", error=True)
            self.next_steps.action_refused(action.id)
            if isinstance(error, (StaleRecordError, NotFound)) and self.huddle is not None:
                self.next_steps.set_actions(self.store.improvement_huddles.next_steps(self.huddle))
            return
        self.next_steps.action_saved(saved)
        self.changed.emit(changes)

    def delete(self) -> None:
        from app.ui import prompts

        if self.huddle is None or not self.huddle.is_saved:
            return
        day = self.huddle.huddle_date
        if not prompts.ask_yes_no(
            self,
            "Delete the weekly huddle",
            f"Delete the weekly huddle of {day:%d %b %Y}? The PDSA cycles keep what they learned.",
            yes="Delete",
        ):
            return
        try:
            changes = self.store.improvement_huddles.delete(self.huddle)
        except WardHuddleError as error:
            show_message(self.ui.message, str(error), error=True)
            return
        self.autosave.clear()
        self.changed.emit(changes)
        self.load(self.ward_id, day)

    def _print(self, *, blank: bool) -> None:
        from app.ui.board_printing import print_improvement_huddle

        if self.ward_id is None or self.huddle is None:
            return
        self.flush()
        print_improvement_huddle(self, self.store, self.ward_id, None if blank else self.huddle.huddle_date)
