"""Who came: a staff picker over the ward's staff (Enter takes the highlighted match; a new
person joins the staff list only when "Add new person: ... (role)" is chosen), "Same team as last
time", the list (Delete removes the selected person) and the count by role."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from app.domain.huddle import Attendee, HuddleSheet
from app.domain.ward import Ward
from app.services.store import AppStore
from app.ui.editors.fields import Field
from app.ui.generated.ui_huddle_attendance import Ui_HuddleAttendance
from app.ui.panels.huddle.section import Section
from app.ui.widgets.staff_picker import Person


class AttendeeList(QObject):
    """The attendance list as a field: a tuple of Attendee."""

    changed = Signal()

    def __init__(self, widget: QListWidget) -> None:
        super().__init__(widget)
        self.widget = widget

    def value(self) -> tuple[Attendee, ...]:
        return tuple(self.widget.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.widget.count()))

    def set_value(self, people: tuple[Attendee, ...]) -> None:
        self.widget.clear()
        for person in people:
            self.append(person)

    def append(self, person: Attendee) -> None:
        item = QListWidgetItem(f"{person.name} ({person.role})")
        item.setData(Qt.ItemDataRole.UserRole, person)
        self.widget.addItem(item)

    def widgets(self) -> list:
        return [self.widget]


class AttendanceSection(Section):
    form = Ui_HuddleAttendance
    fields = (Field("attendees", "people", "value"),)
    tab_stops = ("attendeeName", "sameTeam", "attendees", "removeAttendee")

    def __init__(self, store: AppStore) -> None:
        super().__init__(store)
        ui = self.ui
        self.people = AttendeeList(ui.attendees)
        self._day: date | None = None
        ui.roleCounts.setWordWrap(True)
        ui.attendees.setMaximumHeight(self.fontMetrics().height() * 6)
        ui.attendeeName.setPlaceholderText("type a name, Enter adds the highlighted one")
        ui.attendeeName.picked.connect(self._picked)
        ui.sameTeam.clicked.connect(self.same_team)
        ui.removeAttendee.clicked.connect(self.remove_attendee)
        ui.attendees.installEventFilter(self)

    def set_ward(self, ward: Ward, staff_names: list[str]) -> None:
        super().set_ward(ward, staff_names)
        self.set_pickers(self.ui.attendeeName)

    def after_fill(self, sheet: HuddleSheet) -> None:
        self._day = sheet.huddle_date
        self._update_role_counts()

    def _picked(self, person: Person) -> None:
        if not person.name:
            return
        if any(p.name.casefold() == person.name.casefold() for p in self.people.value()):
            self.say(f"{person.name} is already on the attendance list.", error=True)
            return
        self.people.append(Attendee(person.name, person.role, person.staff_id))
        self._update_role_counts()
        self.say(f"{person.name} added" + (f" (new to the staff list as {person.role})" if person.new else "") + ".")
        self.people.changed.emit()

    def same_team(self) -> None:
        """Everyone at the previous huddle who is not on the list yet."""
        if self.ward is None or self._day is None:
            return
        previous = self.store.huddles.previous_sheet(self.ward.id, self._day)
        if previous is None or not previous.attendees:
            self.say("There is no earlier huddle with an attendance list to copy.", error=True)
            return
        present = {p.name.casefold() for p in self.people.value()}
        added = [p for p in previous.attendees if p.name.casefold() not in present]
        for person in added:
            self.people.append(person)
        self._update_role_counts()
        self.say(
            f"Same team as {previous.huddle_date:%a %d %b}: {len(added)} added"
            + (f" ({', '.join(p.name for p in added)})." if added else " (everyone was already on the list).")
        )
        if added:
            self.people.changed.emit()

    def remove_attendee(self) -> None:
        row = self.ui.attendees.currentRow()
        if row >= 0:
            item = self.ui.attendees.takeItem(row)
            self._update_role_counts()
            self.say(f"{item.data(Qt.ItemDataRole.UserRole).name} removed from the attendance.")
            self.people.changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if (
            watched is self.ui.attendees
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
        ):
            self.remove_attendee()
            return True
        return super().eventFilter(watched, event)

    def _update_role_counts(self) -> None:
        sheet = HuddleSheet("", date.min, "", attendees=self.people.value())
        counts = sheet.counts_by_role()
        parts = [f"{role} {n}" for role, n in counts.items()]
        total = sum(counts.values())
        self.ui.roleCounts.setText(f"{total} present" + (": " + " · ".join(parts) if parts else ""))
