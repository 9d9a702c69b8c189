"""One staff picker for every "who" field: leader, attendance, nurse in charge, next in charge,
action owner (and the weekly improvement huddle).

Type a few letters of any part of a name; matches appear below the box, the best one highlighted.
Enter takes the highlighted match, Up/Down move the highlight, Escape closes the list. A name that
matches nobody is offered as "Add new person: ... (role)", one line per role, and is only added
when one of those lines is chosen explicitly: Enter with nothing highlighted adds nobody. A pick
is echoed in words beside the box ("Jess Lane added"). The box is one Tab stop.

Two modes: a *list* picker (attendance) clears after each pick; a *single* picker (leader, owner)
keeps the picked name as its value. Typing in a single picker that was not picked stays on screen
with a note and is not the value (``pending_text`` tells the page there is unfinished typing).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

MAX_MATCHES = 8
ADD_WORDS = "Add new person"


@dataclass(frozen=True)
class Person:
    name: str
    role: str
    staff_id: str | None = None
    new: bool = False


def folded(text: str) -> str:
    """Lower case without accents, so "zoe" finds "Zoë"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def matches(typed: str, people: Iterable[Person]) -> list[Person]:
    """People whose name has a word starting with each typed word (in any order); names that
    start with the typed text first, then by name."""
    words = folded(typed).split()
    if not words:
        return []
    found = []
    for person in people:
        name_words = folded(person.name).split()
        if all(any(w.startswith(t) for w in name_words) for t in words):
            found.append(person)
    start = folded(" ".join(typed.split()))
    return sorted(found, key=lambda p: (not folded(p.name).startswith(start), folded(p.name)))


class _Suggestions(QListWidget):
    """The list under the box. It never takes focus: the keys stay in the box."""

    def __init__(self, owner: QLineEdit) -> None:
        super().__init__(owner)
        self.setWindowFlags(Qt.WindowType.ToolTip | Qt.WindowType.FramelessWindowHint)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName("Matching staff")
        self.setUniformItemSizes(True)


class StaffPicker(QWidget):
    """A type-ahead box over the ward's staff (see the module docstring)."""

    picked = Signal(object)  # Person
    echoed = Signal(str)
    changed = Signal()  # the value changed by the user (a pick, or a single picker emptied)

    def __init__(self, parent: QWidget | None = None, *, keeps_pick: bool = False, echo_word: str = "") -> None:
        super().__init__(parent)
        self.keeps_pick = keeps_pick
        self.echo_word = echo_word or ("chosen" if keeps_pick else "added")
        self._people: list[Person] = []
        self._roles: tuple[str, ...] = ()
        self._adder: Callable[[str, str], Person | None] | None = None
        self._value = ""
        self.box = QLineEdit(self)
        self.box.setClearButtonEnabled(False)
        self.box.setPlaceholderText("type a name…")
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setObjectName("pickerNote")
        self.note.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.box)
        layout.addWidget(self.note)
        self.setFocusProxy(self.box)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._list: _Suggestions | None = None  # made the first time it is needed
        self.box.textEdited.connect(self._typed)
        self.box.installEventFilter(self)

    @property
    def list(self) -> _Suggestions:
        """The suggestions under the box, made on first use: the sheet has five pickers, and a
        list widget each (a window of its own) was a tenth of the sheet's build."""
        if self._list is None:
            self._list = _Suggestions(self.box)
            self._list.itemClicked.connect(self._take)
        return self._list

    # -- set-up ------------------------------------------------------------------------
    def set_people(self, people: Iterable[Person], roles: Iterable[str] = ()) -> None:
        self._people = list(people)
        self._roles = tuple(roles)

    def set_adder(self, adder: Callable[[str, str], Person | None] | None) -> None:
        """How a new person is added (returns the saved person, or None if it was refused and
        the page has said why). Without an adder no "Add new person" line is offered."""
        self._adder = adder

    def setAccessibleName(self, name: str) -> None:  # Qt override: the box is what is read out
        super().setAccessibleName(name)
        self.box.setAccessibleName(name)

    def setPlaceholderText(self, text: str) -> None:  # noqa: N802 - QLineEdit-style
        self.box.setPlaceholderText(text)

    def text(self) -> str:
        return self.box.text()

    # -- value (single pickers) --------------------------------------------------------
    def value(self) -> str:
        return self._value

    def set_value(self, name: str | None) -> None:
        name = name or ""
        self._value = name
        self.box.setText(name if self.keeps_pick else "")
        self._hide_list()
        self._say("")

    def pending_text(self) -> str:
        """Typing that is not (yet) a pick: empty when the box shows the value or nothing."""
        text = " ".join(self.box.text().split())
        return "" if text == (self._value if self.keeps_pick else "") else text

    # -- typing ------------------------------------------------------------------------
    def _typed(self, text: str) -> None:
        self._say("")
        self._fill_list(text, highlight=True)

    def _fill_list(self, text: str, *, highlight: bool) -> None:
        self.list.clear()
        clean = " ".join(text.split())
        if not clean:
            self._hide_list()
            return
        found = matches(clean, self._people)[:MAX_MATCHES]
        for person in found:
            item = QListWidgetItem(f"{person.name} ({person.role})")
            item.setData(Qt.ItemDataRole.UserRole, person)
            self.list.addItem(item)
        exact = any(folded(p.name) == folded(clean) for p in found)
        if self._adder is not None and not exact:
            for role in self._roles:
                item = QListWidgetItem(f"{ADD_WORDS}: {clean} ({role})")
                item.setData(Qt.ItemDataRole.UserRole, Person(clean, role, None, new=True))
                self.list.addItem(item)
        if self.list.count() == 0:
            self._hide_list()
            return
        # Only a real match is highlighted for Enter; adding someone is always a deliberate choice
        self.list.setCurrentRow(0 if found and highlight else -1)
        if not found:
            self.list.clearSelection()
        self._show_list()

    def _show_list(self) -> None:
        rows = min(self.list.count(), MAX_MATCHES + len(self._roles))
        height = self.list.sizeHintForRow(0) * rows + 2 * self.list.frameWidth() + 2
        self.list.setFixedSize(max(self.box.width(), self.list.sizeHintForColumn(0) + 24), height)
        below = self.note.geometry().bottom() + 1 if self.note.isVisible() else self.box.height()
        self.list.move(self.mapToGlobal(QPoint(0, below)))  # under the box and its note
        self.list.show()

    def _hide_list(self) -> None:
        if self._list is not None:
            self._list.hide()

    def list_visible(self) -> bool:
        return self._list is not None and self._list.isVisible()

    def highlighted(self) -> Person | None:
        if self._list is None:
            return None
        item = self.list.currentItem()
        if item is None or not self.list.isVisible() or not item.isSelected():
            return None
        return item.data(Qt.ItemDataRole.UserRole)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if watched is self.box and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._key(event)
        if watched is self.box and event.type() == QEvent.Type.FocusOut and isinstance(event, QFocusEvent):
            self._left()
        return super().eventFilter(watched, event)

    def _key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            if not self.list_visible():
                self._fill_list(self.box.text(), highlight=False)
                if key == Qt.Key.Key_Up:
                    return True
            step = 1 if key == Qt.Key.Key_Down else -1
            row = self.list.currentRow() if self.list.currentItem() and self.list.currentItem().isSelected() else -1
            row = max(0, min(self.list.count() - 1, row + step))
            self.list.setCurrentRow(row)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._enter()
            return True
        if key == Qt.Key.Key_Escape and self.list_visible():
            self._hide_list()
            return True
        return False

    def _enter(self) -> None:
        person = self.highlighted()
        if person is not None:
            self._take_person(person)
            return
        clean = " ".join(self.box.text().split())
        if not clean:
            return
        exact = [p for p in self._people if folded(p.name) == folded(clean)]
        if len(exact) == 1:
            self._take_person(exact[0])
            return
        self._say(
            f"No one on the staff list is called '{clean}'. Press Down to choose a name"
            + (f" or '{ADD_WORDS}'." if self._adder is not None else "."),
            error=True,
        )
        self.layout().activate()  # the note takes its place before the list opens below it
        self._fill_list(clean, highlight=False)

    def _left(self) -> None:
        self._hide_list()
        if not self.keeps_pick:
            return
        clean = " ".join(self.box.text().split())
        if clean == self._value:
            return
        if not clean:
            self._value = ""
            self.picked.emit(Person("", ""))
            self.changed.emit()
            return
        exact = [p for p in self._people if folded(p.name) == folded(clean)]
        if len(exact) == 1:
            self._take_person(exact[0])
            return
        self._say(f"'{clean}' is not on the staff list, so it is not used: choose a name from the list.", error=True)

    def _take(self, item: QListWidgetItem) -> None:
        self._take_person(item.data(Qt.ItemDataRole.UserRole))

    def _take_person(self, person: Person) -> None:
        self._hide_list()
        if person.new:
            if self._adder is None:
                return
            saved = self._adder(person.name, person.role)
            if saved is None:
                return
            person = Person(saved.name, saved.role, saved.staff_id, new=True)
            self._people.append(person)
        if self.keeps_pick:
            self._value = person.name
            self.box.setText(person.name)
        else:
            self.box.clear()
        words = f"{person.name} {self.echo_word}" + (f" (new to the staff list as {person.role})" if person.new else "")
        self._say(words)
        self.picked.emit(person)
        self.echoed.emit(words)
        self.changed.emit()

    def _say(self, text: str, *, error: bool = False) -> None:
        self.note.setProperty("role", "error" if error else "ok")
        self.note.setText(text)
        self.note.setVisible(bool(text))
        self.box.setAccessibleDescription(text)
        self.note.style().unpolish(self.note)
        self.note.style().polish(self.note)


class StaffField(StaffPicker):
    """A single "who" field (leader, nurse in charge, action owner): keeps the name picked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, keeps_pick=True)
