"""What the two reflection forms share (the hot debrief and the later reflection): loading,
follow-up actions, reload, delete, printing, shortcuts and the tab order, on the RecordEditor
life cycle (app/ui/editors/record_editor.py).

Both autosave like the daily sheet: a change is saved within the autosave interval and when the
user leaves a field or the page ("Saved 10:42:05"); the first save inserts, later ones carry the
revision the form loaded, and a stale save is refused with the typing left on screen. Follow-up
actions are records of the shared action register and are saved one by one as they are edited.
Each form declares its fields once (``fields``), in visual order; the Tab chain follows them.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDateEdit, QWidget

from app.domain.action import Action
from app.domain.reflection import NOT_A_SUBSTITUTE, SUPPORT_OPTIONS, Reflection
from app.errors import NotFound, StaleRecordError, ValidationError, WardHuddleError
from app.services.changes import Changes
from app.services.store import AppStore
from app.ui import prompts
from app.ui.editors.fields import Field
from app.ui.editors.record_editor import RecordEditor
from app.ui.widgets.form_helpers import fit_narrow, narrow, show_message


class ReflectionEditor(RecordEditor):
    """What both forms share: loading, delete, follow-up actions, shortcuts and the tab order."""

    back = Signal()
    noun = "reflection"
    draft_page = "reflections"
    fields: tuple[Field, ...] = ()
    tab_extras: dict[str, str] = {}  # field name -> the widget (with several inputs) Tab visits after it

    def __init__(self, store: AppStore, ui: Any) -> None:
        super().__init__(store)
        self.ui = ui
        ui.setupUi(self)
        ui.formTitle.setObjectName("title")
        ui.formTitle.setWordWrap(True)
        ui.headerRow.setStretch(ui.headerRow.indexOf(ui.formTitle), 1)
        ui.standingNote.setText(f"<b>Report incidents as usual.</b> {NOT_A_SUBSTITUTE}")
        ui.reloadButton.hide()
        for day in self.findChildren(QDateEdit):
            narrow(day, "00/00/0000")
        for name in ("eventTime", "huddleTime"):
            if hasattr(ui, name):
                narrow(getattr(ui, name), "00:00")
        fit_narrow(self, wrap_labels=False, combo_chars=10)
        ui.saveButton.clicked.connect(self.save_now)
        ui.deleteButton.clicked.connect(self.delete)
        ui.backToList.clicked.connect(self._back)
        ui.reloadButton.clicked.connect(self.reload)
        ui.printButton.clicked.connect(self.print_record)
        ui.pdfButton.clicked.connect(self.save_pdf)
        ui.actions.today = self.today
        ui.actions.add_requested.connect(self.add_follow_up)
        ui.actions.update_requested.connect(self.update_action)
        ui.participants.message.connect(lambda text: show_message(ui.message, text, error=True))
        ui.training.message.connect(lambda text: show_message(ui.message, text, error=True))
        ui.support.set_options(SUPPORT_OPTIONS, prefix="Support: ")
        self.bind_fields(self.fields)
        for keys, slot in (("Ctrl+S", self.save_now), ("Ctrl+N", self.new_action), ("Ctrl+P", self.print_record)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        ui.saveButton.setToolTip("Save now (Ctrl+S). Changes are also saved as you go.")
        if store.read_only:
            for button in (ui.saveButton, ui.deleteButton, ui.actions.add_button):
                button.setEnabled(False)

    # -- helpers -------------------------------------------------------------------------
    def today(self) -> date:
        return self.store.reflections.today()

    @property
    def item(self) -> Reflection | None:
        return self._record

    def first_field(self) -> QWidget:
        return self.field_widgets()[0]

    def before_fill(self, item: Reflection) -> None:
        """The ward's people (participants and action owners) before the values go in."""
        ward = self.store.wards.get(item.ward_id)
        people = [(s.name, s.role) for s in self.store.wards.staff_for(item.ward_id)]
        self.ui.participants.set_roles(ward.details.staff_roles)
        self.ui.participants.set_people(people)
        self.ui.actions.set_people([name for name, _role in people])

    # -- loading -------------------------------------------------------------------------
    def open(self, item: Reflection) -> None:
        super().open(item)
        self._load_actions()
        self.ui.deleteButton.setEnabled(not self.store.read_only)
        self.ui.scroll.verticalScrollBar().setValue(0)
        self.apply_tab_order()

    def save_record(self, item: Reflection) -> tuple[Reflection, Changes]:
        return self.store.reflections.save(item)

    def _load_actions(self) -> None:
        item = self.read() if self._record is not None else None
        if item is None:
            return
        actions = self.store.reflections.follow_up_actions(item)
        notes = {
            a.id or "": "From the hot debrief"
            for a in actions
            if item.post_event_id and a.source_id == item.post_event_id
        }
        self.ui.actions.set_actions(actions, notes)
        self.apply_tab_order()

    def refresh(self, changes: Changes) -> None:
        """Another screen saved something: take it in unless the user has unsaved typing here."""
        if self._record is None or self.autosave.dirty:
            return
        if changes & Changes.REFLECTIONS and self._record.id:
            try:
                current = self.store.reflections.get(self._record.id)
            except NotFound:
                return
            if current.rev != self._record.rev:
                self.open(current)
                return
        if changes & (Changes.ACTIONS | Changes.STAFF):
            self._load_actions()

    # -- tab order -----------------------------------------------------------------------
    def apply_tab_order(self) -> None:
        """The buttons, then the fields in the order the field map lists them (a widget of several
        inputs, such as the follow-up actions, where ``tab_extras`` puts it)."""
        ui = self.ui
        chain: list[QWidget] = [ui.backToList, ui.reloadButton, ui.saveButton, ui.printButton, ui.pdfButton]
        chain.append(ui.deleteButton)
        for bound in self._bound:
            chain += bound.focus_widgets()
            extra = getattr(ui, self.tab_extras[bound.name]) if bound.name in self.tab_extras else None
            if extra is not None:
                inner = getattr(extra, "widgets", None)
                chain += inner() if callable(inner) else [extra]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # -- leaving, reload, delete ---------------------------------------------------------------
    def _back(self) -> None:
        if self.leave():
            self.back.emit()

    def reload(self) -> None:
        if self._record is None or self._record.id is None:
            return
        if not prompts.ask_yes_no(
            self,
            "Reload saved version",
            "Replace what is on screen with the saved version? Anything typed since your last save is lost.",
            yes="Reload",
            no="Cancel",
        ):
            return
        try:
            self.open(self.store.reflections.get(self._record.id))
        except NotFound as error:
            show_message(self.ui.message, str(error), error=True)

    def delete(self) -> None:
        if self._record is None:
            return
        if not self._record.is_saved:
            if prompts.ask_yes_no(
                self,
                f"Discard new {self.noun}",
                f"Discard this new {self.noun}? Nothing has been saved.",
                yes="Discard",
                no="Keep it",
            ):
                self.autosave.clear()
                self.discard_draft()
                self.back.emit()
            return
        self.autosave.flush()
        if not prompts.ask_yes_no(
            self,
            f"Delete {self.noun}",
            f"Delete this {self.noun} ({self._record.title()})? It will no longer show in the list or in exports. "
            "Its follow-up actions stay in the action register.",
            yes=f"Delete {self.noun}",
            no="Keep it",
        ):
            return
        try:
            changes = self.store.reflections.delete(self._record)
        except WardHuddleError as error:
            show_message(self.ui.message, str(error), error=True)
            return
        self.autosave.clear()
        self.discard_draft()
        self.changed.emit(changes)
        self.back.emit()

    # -- printing ------------------------------------------------------------------------
    def pdf_maker(self):
        """Renders the form as it stands (saved first if it can be), on a worker thread."""
        from app.services import printing as pdfs

        store, item = self.store, self.read()
        return lambda: pdfs.item_pdf(store, item)

    def pdf_title(self) -> str:
        return self.read().title()

    def pdf_file_name(self) -> str:
        item = self.read()
        ward = self.store.wards.get(item.ward_id)
        when = f"{item.main_date:%Y-%m-%d}" if item.main_date else "undated"
        kind = "hot-debrief" if item.is_post_event else "later-reflection"
        return f"{kind}-{ward.details.ward_code or 'ward'}-{when}.pdf"

    # -- follow-up actions ---------------------------------------------------------------
    def new_action(self) -> None:
        self.ui.actions.focus_new()
        self.ui.scroll.ensureWidgetVisible(self.ui.actions.new_text)

    def add_follow_up(self, text: str, owner: str, due: date | None) -> None:
        if self._record is None or self.store.read_only:
            return
        if self._record.is_saved and self.autosave.dirty and not self.autosave.flush():
            return
        try:
            saved, action, changes = self.store.reflections.add_follow_up(self.read(), text, owner, due)
        except StaleRecordError as error:
            show_message(self.ui.message, str(error), error=True)
            return
        except ValidationError as error:
            show_message(self.ui.message, f"Action not added: {error}", error=True)
            return
        if not self._record.is_saved:
            self.autosave.clear()
            self.saved(saved)
        self._load_actions()
        self.ui.actions.added()
        when = f", due {action.due:%a %d %b}" if action.due else ""
        show_message(
            self.ui.message, f"Follow-up action added to the action register for {action.owner or 'the team'}{when}."
        )
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
        note = "From the hot debrief" if self._record and saved.source_id == self._record.post_event_id else ""
        self.ui.actions.action_saved(saved, note)
        show_message(self.ui.message, f"Action saved: {saved.status.lower()}.")
        self.changed.emit(changes)
