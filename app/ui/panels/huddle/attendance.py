"""Who came: names typed with the ward's staff list as suggestions (a new name joins the staff
list in the role chosen), and the count by role."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QCompleter, QListWidget, QListWidgetItem

from app.domain.huddle import Attendee, HuddleSheet
from app.domain.ward import Ward
from app.errors import WardHuddleError
from app.services.store import AppStore
from app.ui.editors.fields import Field
from app.ui.generated.ui_huddle_attendance import Ui_HuddleAttendance
from app.ui.panels.huddle.section import Section


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

    def widgets(self) -> list[QListWidget]:
        return [self.widget]


class AttendanceSection(Section):
    form = Ui_HuddleAttendance
    fields = (Field("attendees", "people", "value"),)

    def __init__(self, store: AppStore) -> None:
        super().__init__(store)
        ui = self.ui
        self.people = AttendeeList(ui.attendees)
        ui.roleCounts.setWordWrap(True)
        ui.attendees.setMaximumHeight(self.fontMetrics().height() * 6)
        ui.attendeeName.returnPressed.connect(self.add_attendee)
        ui.addAttendee.clicked.connect(self.add_attendee)
        ui.removeAttendee.clicked.connect(self.remove_attendee)

    def set_ward(self, ward: Ward, staff_names: list[str]) -> None:
        super().set_ward(ward, staff_names)
        self.ui.attendeeRole.clear()
        self.ui.attendeeRole.addItems(list(ward.details.staff_roles))

    def set_completer(self, completer: QCompleter) -> None:
        self.ui.attendeeName.setCompleter(completer)

    def after_fill(self, sheet: HuddleSheet) -> None:
        self._update_role_counts()

    def add_attendee(self) -> None:
        if self.ward is None:
            return
        name = " ".join(self.ui.attendeeName.text().split())
        if not name:
            return
        if any(p.name.lower() == name.lower() for p in self.people.value()):
            self.say(f"{name} is already on the attendance list.", error=True)
            return
        staff = {s.name.lower(): s for s in self.store.wards.staff_for(self.ward.id)}
        member = staff.get(name.lower())
        if member is None:
            role = self.ui.attendeeRole.currentText()
            try:
                member, changes = self.store.wards.add_staff(self.ward.id, name, role)
            except WardHuddleError as error:
                self.say(str(error), error=True)
                return
            self.say(f"Added {member.name} to the ward's staff list as {role}.")
            self.changed.emit(changes)
        self.people.append(Attendee(member.name, member.role, member.id))
        self.ui.attendeeName.clear()
        self._update_role_counts()
        self.people.changed.emit()

    def remove_attendee(self) -> None:
        row = self.ui.attendees.currentRow()
        if row >= 0:
            self.ui.attendees.takeItem(row)
            self._update_role_counts()
            self.people.changed.emit()

    def _update_role_counts(self) -> None:
        sheet = HuddleSheet("", date.min, "", attendees=self.people.value())
        counts = sheet.counts_by_role()
        parts = [f"{role} {n}" for role, n in counts.items()]
        total = sum(counts.values())
        self.ui.roleCounts.setText(f"{total} present" + (": " + " · ".join(parts) if parts else ""))
