"""What every section of the daily sheet offers the page that composes them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QLabel, QWidget

from app.domain.huddle import HuddleSheet
from app.domain.ward import Ward
from app.errors import WardHuddleError
from app.services.store import AppStore
from app.ui.editors.fields import Field, bind
from app.ui.widgets.identifier_watch import IdentifierWatch, watch_text_boxes
from app.ui.widgets.staff_picker import Person, StaffPicker


class Section(QGroupBox):
    """A part of the sheet with its own form (``form``), the sheet's fields it shows (``fields``,
    in visual order) and its own buttons. The page fills and reads the fields; the section looks
    after everything else on it."""

    form: Any = None  # the generated Ui_ class
    fields: tuple[Field, ...] = ()
    # The Tab order, in visual order: the names of ``fields`` (in their declared order) with the
    # section's own buttons between them (a widget name on ``ui`` or an attribute of the section).
    # Empty: the fields alone.
    tab_stops: tuple[str, ...] = ()
    edited = Signal()  # the user changed something on the sheet that is not one of ``fields``
    changed = Signal(object)  # Changes the section saved itself (a new staff member, an action)
    message = Signal(str, bool)  # words for the sheet's message line: (text, is it an error)

    def __init__(self, store: AppStore) -> None:
        super().__init__()
        self.store = store
        self.ward: Ward | None = None
        self.ui = self.form()
        self.ui.setupUi(self)
        self.notes = QLabel(self)  # gentle checks on this section's fields: a note, never a block
        self.notes.setObjectName("sectionNotes")
        self.notes.setWordWrap(True)
        self.notes.setAccessibleName(f"Notes on {self.title() or 'this section'}")
        self.notes.hide()
        layout = self.layout()
        if layout is not None:
            layout.addWidget(self.notes)
        self.identifiers: IdentifierWatch | None = None

    def watch_identifiers(self) -> None:
        """Underline possible identifiers in this section's text boxes as they are typed."""
        if self.identifiers is None:
            self.identifiers = watch_text_boxes(self, self.edited.emit)
            layout = self.layout()
            if layout is not None:
                layout.addWidget(self.identifiers.bar)
        else:
            self.identifiers.watch_new(self)

    def tab_chain(self) -> list[QWidget]:
        """The widgets Tab visits in this section, in order (a list field gives all its cells)."""
        bound = {b.name: b for b in bind(self.fields, self)}
        chain: list[QWidget] = []
        for name in self.tab_stops or tuple(bound):
            if name in bound:
                chain += bound[name].focus_widgets()
            else:
                widget = getattr(self.ui, name, None)
                widget = getattr(self, name) if widget is None else widget
                chain += list(widget.widgets()) if callable(getattr(widget, "widgets", None)) else [widget]
        return chain

    def field_names(self) -> set[str]:
        return {f.name for f in self.fields}

    def show_notes(self, notes: list[str]) -> None:
        """Questions worth a second look (saved anyway), in words with an icon."""
        self.notes.setText("\n".join(f"ⓘ {note}" for note in notes))
        self.notes.setVisible(bool(notes))

    def say(self, text: str, *, error: bool = False) -> None:
        self.message.emit(text, error)

    def set_ward(self, ward: Ward, staff_names: list[str]) -> None:
        """The ward (and its staff) changed: refresh choices that depend on it."""
        self.ward = ward

    def set_pickers(self, *pickers: StaffPicker) -> None:
        """Give staff pickers the ward's staff (names, roles, ids) and a way to add a new person."""
        if self.ward is None:
            return
        people = [Person(s.name, s.role, s.id) for s in self.store.wards.staff_for(self.ward.id)]
        for picker in pickers:
            picker.set_people(people, self.ward.details.staff_roles)
            picker.set_adder(None if self.store.read_only else self.add_person)

    def add_person(self, name: str, role: str) -> Person | None:
        """A new person chosen explicitly in a picker ("Add new person: ... (role)")."""
        if self.ward is None:
            return None
        try:
            member, changes = self.store.wards.add_staff(self.ward.id, name, role)
        except WardHuddleError as error:
            self.say(str(error), error=True)
            return None
        self.changed.emit(changes)
        return Person(member.name, member.role, member.id, new=True)

    def after_fill(self, sheet: HuddleSheet) -> None:
        """The page has filled the fields from ``sheet``: update labels worked out from them."""

    def read_more(self, sheet: HuddleSheet) -> HuddleSheet:
        """The sheet as read from the fields, finished by what only this section knows."""
        return sheet
