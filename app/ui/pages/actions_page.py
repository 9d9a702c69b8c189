"""The action register: every action from huddles and reflections, filtered by status and owner,
overdue ones marked in words as well as colour."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem

from app.domain.action import ACTION_STATUSES, OPEN_STATUSES, Action, loudest_overdue, overdue_words
from app.domain.uk_dates import DateWordsError, format_day, parse_day
from app.errors import WardHuddleError
from app.services.changes import Changes
from app.services.store import AppStore
from app.ui.generated.ui_actions_page import Ui_ActionsPage
from app.ui.pages.base import Page
from app.ui.widgets.form_helpers import show_message

SHOW_CHOICES = ("Not done yet", *ACTION_STATUSES, "All")


class ActionsPage(Page):
    title = "Actions"
    listens_to = Changes.ACTIONS | Changes.STAFF | Changes.WARDS | Changes.HUDDLES

    def __init__(self, store: AppStore) -> None:
        super().__init__()
        self.store = store
        self.ui = Ui_ActionsPage()
        self.ui.setupUi(self)
        self.ui.title.setObjectName("title")
        self._actions: list[Action] = []
        self.ui.statusFilter.addItems(list(SHOW_CHOICES))
        self.ui.newStatus.addItems(list(ACTION_STATUSES))
        table = self.ui.register
        table.setColumnCount(7)
        table.setHorizontalHeaderLabels(["Action", "Owner", "Due", "Status", "Raised", "From", "Overdue"])
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setMinimumSectionSize(self.fontMetrics().horizontalAdvance("Raised") + 16)
        table.setWordWrap(True)
        table.verticalHeader().setVisible(False)
        self.ui.statusFilter.currentIndexChanged.connect(lambda _i: self.load())
        self.ui.ownerFilter.currentIndexChanged.connect(lambda _i: self.load())
        self.ui.overdueOnly.toggled.connect(lambda _c: self.load())
        self.ui.applyStatus.clicked.connect(self.apply_status)
        self.ui.editAction.clicked.connect(self.edit_selected)
        self.ui.deleteAction.clicked.connect(self.delete_selected)
        for button in (self.ui.applyStatus, self.ui.editAction, self.ui.deleteAction):
            button.setEnabled(not store.read_only)
        self._load_owners()
        self.load()

    def refresh(self, changes: Changes) -> None:
        if changes & (Changes.STAFF | Changes.WARDS):
            self._load_owners()
        self.load()

    def _load_owners(self) -> None:
        ward_id = self.store.current_ward_id()
        current = self.ui.ownerFilter.currentText()
        owners = sorted({a.owner for a in self.store.actions.register(ward_id)} - {""}) if ward_id else []
        self.ui.ownerFilter.blockSignals(True)
        self.ui.ownerFilter.clear()
        self.ui.ownerFilter.addItems(["Anyone", *owners])
        if current in owners:
            self.ui.ownerFilter.setCurrentText(current)
        self.ui.ownerFilter.blockSignals(False)

    def load(self) -> None:
        ward_id = self.store.current_ward_id()
        if not ward_id:
            return
        show = self.ui.statusFilter.currentText()
        statuses = OPEN_STATUSES if show == SHOW_CHOICES[0] else (None if show == "All" else (show,))
        owner = self.ui.ownerFilter.currentText()
        actions = self.store.actions.register(
            ward_id, statuses=statuses, owner=None if owner in ("", "Anyone") else owner
        )
        today = self.store.actions.today()
        if self.ui.overdueOnly.isChecked():
            actions = [a for a in actions if a.is_overdue(today)]
        self._actions = actions
        self._fill(today)

    def _fill(self, today: date) -> None:
        table = self.ui.register
        table.setRowCount(len(self._actions))
        bold = QFont(table.font())
        bold.setBold(True)
        overdue_count = 0
        loudest = loudest_overdue(self._actions, today)
        for row, action in enumerate(self._actions):
            overdue = action.is_overdue(today)
            overdue_count += overdue
            cells = (
                action.text,
                action.owner,
                format_day(action.due) if action.due else "",
                action.status,
                format_day(action.raised_on) if action.raised_on else "",
                {"huddle": "Huddle", "reflection": "Reflection"}.get(action.source_type, action.source_type.title()),
                overdue_words(action, today),
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if row in loudest:  # the oldest few shout; the rest say it in words and an icon
                    item.setFont(bold)
                    if col == 6:
                        item.setForeground(QColor("#a4000f"))
                table.setItem(row, col, item)
        self.ui.summary.setText(
            f"{len(self._actions)} action{'s' if len(self._actions) != 1 else ''} shown, {overdue_count} overdue."
        )

    def _selected(self) -> Action | None:
        row = self.ui.register.currentRow()
        if 0 <= row < len(self._actions):
            return self._actions[row]
        show_message(self.ui.message, "Select an action first.", error=True)
        return None

    def apply_status(self) -> None:
        action = self._selected()
        if action is None:
            return
        try:
            _saved, changes = self.store.actions.set_status(action, self.ui.newStatus.currentText())
        except WardHuddleError as error:
            show_message(self.ui.message, str(error), error=True)
            self.load()
            return
        show_message(self.ui.message, f"Set to {self.ui.newStatus.currentText()}.")
        self.load()
        self.changed.emit(changes)

    def edit_selected(self) -> None:
        from app.ui import prompts

        action = self._selected()
        if action is None:
            return
        owner = prompts.ask_text(self, "Owner", "Who owns this action?", action.owner)
        if owner is None:
            return
        due_text = prompts.ask_text(
            self,
            "Due date",
            "Due date, day first (for example 31/12/2026 or 4 Dec; leave empty for none):",
            format_day(action.due) if action.due else "",
        )
        if due_text is None:
            return
        try:
            due = parse_day(due_text, self.store.actions.today()) if due_text.strip() else None
        except DateWordsError as error:
            show_message(self.ui.message, f"{error} Nothing was changed.", error=True)
            return
        try:
            _saved, changes = self.store.actions.update(replace(action, owner=owner, due=due))
        except WardHuddleError as error:
            show_message(self.ui.message, str(error), error=True)
            self.load()
            return
        show_message(self.ui.message, "Action updated.")
        self.load()
        self.changed.emit(changes)

    def delete_selected(self) -> None:
        from app.ui import prompts

        action = self._selected()
        if action is None:
            return
        if not prompts.ask_yes_no(
            self, "Delete action", f"Delete the action '{action.text}'?", yes="Delete", no="Keep it"
        ):
            return
        try:
            changes = self.store.actions.delete(action)
        except WardHuddleError as error:
            show_message(self.ui.message, str(error), error=True)
            return
        show_message(self.ui.message, "The action was deleted.")
        self.load()
        self.changed.emit(changes)
