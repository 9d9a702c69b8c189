"""Follow-up actions of a reflection, as rows of inputs: what, who, by when and the status, with
a row for a new action. The rows are the shared action register's records: the page saves each
edit through ActionService at once (they are not part of the reflection's own autosave)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.action import ACTION_STATUSES, Action
from app.ui.widgets.optional_date import OptionalDateEdit


class FollowUpActions(QWidget):
    add_requested = Signal(str, str, object)  # text, owner, due (date | None)
    update_requested = Signal(object)  # Action carrying the user's edit

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._actions: list[Action] = []
        self._rows: list[tuple[QLineEdit, QLineEdit, OptionalDateEdit, QComboBox, QLabel]] = []
        self._names: list[str] = []
        self.today = date.today
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.empty = QLabel("No follow-up actions yet.")
        layout.addWidget(self.empty)
        self._grid_host = QWidget()
        self._grid = QVBoxLayout(self._grid_host)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._frames: list[QFrame] = []
        layout.addWidget(self._grid_host)
        new_row = QGridLayout()
        self.new_text = QLineEdit()
        self.new_text.setAccessibleName("New follow-up action: what needs doing")
        self.new_text.setPlaceholderText("What needs doing to make the system safer (Ctrl+N)")
        self.new_text.setMaxLength(500)
        self.new_owner = QLineEdit()
        self.new_owner.setAccessibleName("New follow-up action: owner")
        self.new_owner.setPlaceholderText("Owner")
        self.new_owner.setMaxLength(60)
        self.new_due = OptionalDateEdit()
        self.new_due.setAccessibleName("New follow-up action: due date")
        self.add_button = QPushButton("Add follow-up action")
        self.add_button.setAccessibleName("Add follow-up action to the action register")
        labels = (QLabel("New &action"), QLabel("Owner"), QLabel("Due"))
        for label, buddy in zip(labels, (self.new_text, self.new_owner, self.new_due), strict=True):
            label.setBuddy(buddy)
        new_row.addWidget(labels[0], 0, 0)
        new_row.addWidget(self.new_text, 0, 1, 1, 6)
        new_row.addWidget(labels[1], 1, 0)
        new_row.addWidget(self.new_owner, 1, 1)
        new_row.addWidget(labels[2], 1, 2)
        new_row.addWidget(self.new_due, 1, 3)
        new_row.addWidget(self.add_button, 1, 4)
        new_row.setColumnStretch(1, 2)
        new_row.setColumnStretch(5, 1)
        layout.addLayout(new_row)
        for edit in (self.new_text, self.new_owner):
            edit.returnPressed.connect(self._add)
        self.add_button.clicked.connect(self._add)

    # -- the list --------------------------------------------------------------------------
    def set_people(self, names: list[str]) -> None:
        self._names = names
        for edit in [self.new_owner, *(row[1] for row in self._rows)]:
            self._complete(edit)

    def _complete(self, edit: QLineEdit) -> None:
        completer = QCompleter(self._names, edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        edit.setCompleter(completer)

    def set_actions(self, actions: list[Action], notes: dict[str, str] | None = None) -> None:
        """Rebuild the rows. ``notes`` adds words per action id (e.g. "from the hot debrief")."""
        notes = notes or {}
        for frame in self._frames:
            frame.deleteLater()
        self._frames = []
        self._rows = []
        self._actions = list(actions)
        for number, action in enumerate(actions, start=1):
            self._add_row(number, action, notes.get(action.id or "", ""))
        self.empty.setVisible(not actions)
        self._grid_host.setVisible(bool(actions))

    def _add_row(self, number: int, action: Action, note: str) -> None:
        """One action on two lines: what needs doing across the width, then who, when, status."""
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        text = QLineEdit(action.text)
        text.setMaxLength(500)
        owner = QLineEdit(action.owner)
        owner.setMaxLength(60)
        self._complete(owner)
        due = OptionalDateEdit()
        due.start_from = self.today
        due.set_date_value(action.due)
        status = QComboBox()
        status.addItems(list(ACTION_STATUSES))
        status.setCurrentText(action.status)
        label = QLabel(self._note(action, note))
        label.setWordWrap(True)
        short = action.text if len(action.text) <= 40 else action.text[:37] + "…"
        text.setAccessibleName(f"Follow-up action {number}")
        owner.setAccessibleName(f"Follow-up action {number} ({short}): owner")
        due.setAccessibleName(f"Follow-up action {number} ({short}): due date")
        status.setAccessibleName(f"Follow-up action {number} ({short}): status")
        index = number - 1
        text.editingFinished.connect(lambda i=index: self._edited(i))
        owner.editingFinished.connect(lambda i=index: self._edited(i))
        due.editingFinished.connect(lambda i=index: self._edited(i))
        status.currentIndexChanged.connect(lambda _s, i=index: self._edited(i))
        top, bottom = QHBoxLayout(), QHBoxLayout()
        number_label = QLabel(f"{number}.")
        number_label.setBuddy(text)
        top.addWidget(number_label)
        top.addWidget(text, 1)
        for caption, widget in (("Owner", owner), ("Due", due), ("Status", status)):
            caption_label = QLabel(caption)
            caption_label.setBuddy(widget)
            bottom.addWidget(caption_label)
            bottom.addWidget(widget, 1 if widget is owner else 0)
        box = QVBoxLayout(frame)
        box.setContentsMargins(4, 4, 4, 4)
        box.addLayout(top)
        box.addLayout(bottom)
        box.addWidget(label)
        label.setVisible(bool(label.text()))
        self._grid.addWidget(frame)
        self._frames.append(frame)
        self._rows.append((text, owner, due, status, label))

    def _note(self, action: Action, extra: str) -> str:
        parts = [extra] if extra else []
        today = self.today()
        if action.is_overdue(today):
            days = action.days_overdue(today)
            parts.append(f"Overdue by {days} day{'s' if days != 1 else ''}")
        if action.status == "Done" and action.closed_on:
            parts.append(f"Done {action.closed_on:%d %b}")
        return " · ".join(parts)

    def _edited(self, index: int) -> None:
        if index >= len(self._actions):
            return
        text, owner, due, status, _label = self._rows[index]
        current = self._actions[index]
        edited = replace(
            current, text=text.text(), owner=owner.text(), due=due.date_value(), status=status.currentText()
        )
        if (edited.text, edited.owner, edited.due, edited.status) != (
            current.text,
            current.owner,
            current.due,
            current.status,
        ):
            self.update_requested.emit(edited)

    def action_saved(self, saved: Action, note: str = "") -> None:
        """Take the saved record (new rev) without rebuilding, so focus stays where it is."""
        for index, action in enumerate(self._actions):
            if action.id == saved.id:
                self._actions[index] = saved
                self._rows[index][4].setText(self._note(saved, note))
                self._rows[index][4].setVisible(bool(self._rows[index][4].text()))

    def action_refused(self, action_id: str | None) -> None:
        """Put a row back to the saved values after a refused edit."""
        for index, action in enumerate(self._actions):
            if action.id == action_id:
                text, owner, due, status, _label = self._rows[index]
                for widget in (text, owner, due, status):
                    widget.blockSignals(True)
                text.setText(action.text)
                owner.setText(action.owner)
                due.set_date_value(action.due)
                status.setCurrentText(action.status)
                for widget in (text, owner, due, status):
                    widget.blockSignals(False)

    def actions(self) -> list[Action]:
        return list(self._actions)

    # -- adding -------------------------------------------------------------------------------
    def _add(self) -> None:
        self.add_requested.emit(
            self.new_text.text(), " ".join(self.new_owner.text().split()), self.new_due.date_value()
        )

    def added(self) -> None:
        self.new_text.clear()
        self.new_owner.clear()
        self.new_due.set_date_value(None)
        self.new_text.setFocus()

    def focus_new(self) -> None:
        self.new_text.setFocus()

    def widgets(self) -> list[QWidget]:
        rows = [w for row in self._rows for w in row[:4]]
        return [*rows, self.new_text, self.new_owner, self.new_due, self.add_button]
