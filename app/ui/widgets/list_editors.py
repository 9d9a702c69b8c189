"""Small list inputs for the reflection forms: participants (name + role), training needs (need +
for whom) and a set of check boxes (support offered or needed). Each is keyboard-first: type,
Tab, Enter or the Add button; select and press Delete or the Remove button."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.reflection import PATIENT_ROLES, Participant, TrainingNeed


class _PairList(QWidget):
    """Two inputs, an Add button, the list so far and a Remove button."""

    changed = Signal()
    message = Signal(str)  # a plain-English problem to show the user

    def __init__(self, parent: QWidget | None, *, first: str, second: str, noun: str, second_widget: QWidget) -> None:
        super().__init__(parent)
        self.noun = noun
        self.first = QLineEdit()
        self.first.setAccessibleName(f"{noun}: {first.lower()}")
        self.second = second_widget
        self.second.setAccessibleName(f"{noun}: {second.lower()}")
        self.add_button = QPushButton(f"Add {noun.lower()}")
        self.add_button.setAccessibleName(f"Add {noun.lower()}")
        self.items = QListWidget()
        self.items.setAccessibleName(f"{noun} list")
        self.items.setMaximumHeight(self.fontMetrics().height() * 6)
        self.remove_button = QPushButton(f"Remove selected {noun.lower()}")
        self.remove_button.setAccessibleName(f"Remove the selected {noun.lower()}")
        first_label, second_label = QLabel(first), QLabel(second)
        first_label.setBuddy(self.first)
        second_label.setBuddy(self.second)
        row = QHBoxLayout()
        row.addWidget(first_label)
        row.addWidget(self.first, 3)
        row.addWidget(second_label)
        row.addWidget(self.second, 2)
        row.addWidget(self.add_button)
        lower = QHBoxLayout()
        lower.addWidget(self.items, 1)
        lower.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addLayout(lower)
        self.first.returnPressed.connect(self.add)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove_selected)
        self.items.installEventFilter(self)

    # subclasses: read the inputs into a value, or None (after emitting a message)
    def _take(self) -> Any | None:  # pragma: no cover - overridden
        raise NotImplementedError

    def _label(self, value: Any) -> str:
        return str(getattr(value, "label", value))

    def add(self) -> None:
        value = self._take()
        if value is None:
            return
        if value in self.value():
            self.message.emit(f"{self._label(value)} is already in the list.")
            return
        self._append(value)
        self.first.clear()
        self.first.setFocus()
        self.changed.emit()

    def _append(self, value: Any) -> None:
        item = QListWidgetItem(self._label(value))
        item.setData(Qt.ItemDataRole.UserRole, value)
        self.items.addItem(item)

    def remove_selected(self) -> None:
        row = self.items.currentRow()
        if row < 0:
            self.message.emit(f"Select a {self.noun.lower()} in the list first.")
            return
        self.items.takeItem(row)
        self.changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if watched is self.items and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Delete:
                self.remove_selected()
                return True
        return super().eventFilter(watched, event)

    def value(self) -> tuple[Any, ...]:
        return tuple(self.items.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.items.count()))

    def set_value(self, values: tuple[Any, ...]) -> None:
        self.items.clear()
        for value in values:
            self._append(value)
        self.first.clear()

    def widgets(self) -> list[QWidget]:
        return [self.first, self.second, self.add_button, self.items, self.remove_button]


class PeopleEditor(_PairList):
    """Participants with their role; a patient or family member may be added without a name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        role = QComboBox()
        super().__init__(parent, first="Name", second="Role", noun="Participant", second_widget=role)
        self.role = role
        self.first.setMaxLength(60)
        self.first.setPlaceholderText("Name (leave blank for a patient or family member)")
        self._roles_by_name: dict[str, str] = {}
        self.first.editingFinished.connect(self._role_from_name)
        self.set_roles(())

    def set_roles(self, roles: tuple[str, ...]) -> None:
        self.role.clear()
        self.role.addItems([*roles, *(r for r in PATIENT_ROLES if r not in roles)])

    def set_people(self, people: list[tuple[str, str]]) -> None:
        """Staff names and roles: names complete as you type and bring their role with them."""
        self._roles_by_name = {name.lower(): role for name, role in people}
        completer = QCompleter([name for name, _role in people], self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.first.setCompleter(completer)

    def _role_from_name(self) -> None:
        role = self._roles_by_name.get(" ".join(self.first.text().split()).lower())
        if role and self.role.findText(role) >= 0:
            self.role.setCurrentText(role)

    def _take(self) -> Participant | None:
        self._role_from_name()
        name, role = " ".join(self.first.text().split()), self.role.currentText()
        if not name and role not in PATIENT_ROLES:
            self.message.emit(
                "Type the person's name first (only a patient or family member may be added without one)."
            )
            return None
        return Participant(name, role)


class TrainingEditor(_PairList):
    def __init__(self, parent: QWidget | None = None) -> None:
        for_whom = QLineEdit()
        super().__init__(parent, first="Training need", second="For whom", noun="Training need", second_widget=for_whom)
        self.for_whom = for_whom
        self.first.setMaxLength(200)
        self.for_whom.setMaxLength(200)
        self.first.setPlaceholderText("e.g. Falls bundle refresher")
        self.for_whom.setPlaceholderText("a role or a group, e.g. night HCAs")
        self.for_whom.returnPressed.connect(self.add)

    def _take(self) -> TrainingNeed | None:
        need = " ".join(self.first.text().split())
        if not need:
            self.message.emit("Describe the training need first.")
            return None
        return TrainingNeed(need, " ".join(self.for_whom.text().split()))

    def add(self) -> None:
        before = self.items.count()
        super().add()
        if self.items.count() > before:
            self.for_whom.clear()


class ChoiceChecks(QWidget):
    """One check box per option (several may be ticked)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._boxes: dict[str, QCheckBox] = {}
        self.prefix = ""

    def set_options(
        self, options: tuple[str, ...], *, columns: int = 2, prefix: str = "", across: bool = False
    ) -> None:
        """Down the columns (so Tab reads like the page), or ``across`` the rows."""
        self.prefix = prefix
        rows = -(-len(options) // columns)
        for index, option in enumerate(options):
            box = QCheckBox(option)
            box.setAccessibleName(f"{prefix}{option}")
            box.toggled.connect(lambda _c: self.changed.emit())
            place = divmod(index, columns) if across else (index % rows, index // rows)
            self._grid.addWidget(box, *place)
            self._boxes[option] = box
        self._grid.setColumnStretch(columns, 1)

    def value(self) -> tuple[str, ...]:
        return tuple(option for option, box in self._boxes.items() if box.isChecked())

    def set_value(self, values: tuple[str, ...]) -> None:
        for option, box in self._boxes.items():
            box.blockSignals(True)
            box.setChecked(option in values)
            box.blockSignals(False)

    def widgets(self) -> list[QWidget]:
        return list(self._boxes.values())
