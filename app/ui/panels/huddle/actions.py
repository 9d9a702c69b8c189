"""Actions: the ward's open actions (overdue ones say so in words), a status change for the one
selected, and a new action raised at this huddle. Actions are records of their own, saved as
soon as they are added or changed."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Signal

from app.domain.action import ACTION_STATUSES, Action
from app.domain.uk_dates import format_day
from app.domain.ward import Ward
from app.errors import WardHuddleError
from app.services.store import AppStore
from app.ui.generated.ui_huddle_actions import Ui_HuddleActions
from app.ui.panels.huddle.section import Section
from app.ui.panels.huddle_tables import ActionsTable


class ActionsSection(Section):
    form = Ui_HuddleActions
    add_requested = Signal()  # the page saves the sheet first, then calls ``add``
    tab_stops = (
        "actions",
        "actionStatus",
        "applyActionStatus",
        "newActionText",
        "newActionOwner",
        "newActionDue",
        "addAction",
    )

    def __init__(self, store: AppStore) -> None:
        super().__init__(store)
        ui = self.ui
        self.table = ActionsTable(ui.actions)
        ui.actionStatus.addItems(list(ACTION_STATUSES))
        ui.newActionDue.today = store.actions.today
        ui.newActionDue.set_date_value(store.actions.today() + timedelta(days=7))
        ui.newActionOwner.setPlaceholderText("type a name")
        line = self.fontMetrics().height()
        ui.actions.setMinimumHeight(line * 8)
        ui.actions.setMaximumHeight(int(line * 8 * 1.6))
        ui.newActionText.returnPressed.connect(self.add_requested)
        ui.addAction.clicked.connect(self.add_requested)
        ui.applyActionStatus.clicked.connect(self.apply_status)
        self._day = store.actions.today()

    def set_ward(self, ward: Ward, staff_names: list[str]) -> None:
        super().set_ward(ward, staff_names)
        self.set_pickers(self.ui.newActionOwner)

    def new_action(self) -> None:
        """Ctrl+N: add the action typed so far (if any), then the cursor waits in a fresh
        description for the next one."""
        if self.ui.newActionText.text().strip():
            self.add_requested.emit()
        self.ui.newActionText.setFocus()
        self.ui.newActionText.selectAll()
        if not self.ui.newActionText.text():
            self.say("New action: type what needs doing, Tab to the owner and due date, Enter adds it.")

    def load(self, day: date) -> None:
        self._day = day
        if self.ward is not None:
            self.table.set(self.store.actions.open_actions(self.ward.id), day)

    def add(self, sheet_id: str, day: date) -> None:
        """Raise the action typed in the new-action row at this huddle."""
        if self.ward is None:
            return
        owner_box, due_box = self.ui.newActionOwner, self.ui.newActionDue
        if owner_box.pending_text():  # never an owner the user did not see highlighted
            self.say(
                f"'{owner_box.pending_text()}' is not on the staff list: choose the owner from the list "
                "(or 'Add new person'). The action was not added yet.",
                error=True,
            )
            owner_box.setFocus()
            return
        if due_box.error():
            self.say(f"{due_box.error()} The action was not added yet.", error=True)
            due_box.setFocus()
            return
        action = Action(
            ward_id=self.ward.id,
            text=self.ui.newActionText.text(),
            owner=owner_box.value(),
            due=due_box.date_value(),
            source_type="huddle",
            source_id=sheet_id,
            raised_on=day,
        )
        try:
            saved, changes = self.store.actions.add(action)
        except WardHuddleError as error:
            self.say(str(error), error=True)
            return
        self.ui.newActionText.clear()
        owner_box.set_value("")
        self.say(
            f"Action added for {saved.owner or 'the team'}, due {format_day(saved.due)}."
            if saved.due
            else f"Action added for {saved.owner or 'the team'}."
        )
        self.load(day)
        self.changed.emit(changes)

    def apply_status(self) -> None:
        action = self.table.selected()
        if action is None:
            self.say("Select an action in the list first.", error=True)
            return
        try:
            _saved, changes = self.store.actions.set_status(action, self.ui.actionStatus.currentText())
        except WardHuddleError as error:
            self.say(str(error), error=True)
            self.load(self._day)
            return
        self.load(self._day)
        self.changed.emit(changes)
