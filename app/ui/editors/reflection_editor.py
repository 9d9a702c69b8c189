"""What the two reflection forms share (the hot debrief and the later reflection): loading,
autosave, saving with the revision check, delete, follow-up actions, shortcuts and tab order.

Both autosave like the daily sheet: a change is saved within the autosave interval and when the
user leaves a field or the page ("Saved 10:42:05"); the first save inserts, later ones carry the
revision the form loaded, and a stale save is refused with the typing left on screen. Follow-up
actions are records of the shared action register and are saved one by one as they are edited.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QDateEdit, QPlainTextEdit, QWidget

from app.domain.action import Action
from app.domain.reflection import NOT_A_SUBSTITUTE, SUPPORT_OPTIONS, Reflection
from app.errors import NotFound, StaleRecordError, ValidationError, WardHuddleError
from app.services.changes import Changes
from app.services.store import AppStore
from app.ui import prompts
from app.ui.pages.base import show_message
from app.ui.widgets.autosave import Autosaver


def fill_combo(combo: QComboBox, values: tuple[str, ...], blank: str = "") -> None:
    combo.clear()
    for value in values:
        combo.addItem(value or blank, value)


def set_combo(combo: QComboBox, value: Any) -> None:
    combo.setCurrentIndex(max(0, combo.findData(value)))


def _narrow(widget: QWidget, sample: str) -> None:
    """Short values get short boxes (measured in the current font, so it scales with text size)."""
    metrics = widget.fontMetrics()
    widget.setMaximumWidth(metrics.horizontalAdvance(sample) + metrics.height() * 3)


def _shrinkable(root: QWidget) -> None:
    """Combo boxes sized by a minimum number of characters, not their longest item, so the form
    still fits a 1366-pixel screen at 200% text."""
    for combo in root.findChildren(QComboBox):
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(10)


def text_lines(edit: QPlainTextEdit, lines: int) -> None:
    edit.setTabChangesFocus(True)
    height = edit.fontMetrics().lineSpacing() * lines + 14
    edit.setMinimumHeight(height)
    edit.setMaximumHeight(int(height * 1.5))


class ReflectionEditor(QWidget):
    """What both forms share: loading, autosave, save, stale handling, delete, follow-up actions,
    shortcuts and the tab order."""

    changed = Signal(object)  # Changes
    back = Signal()
    noun = "reflection"

    def __init__(self, store: AppStore, ui: Any) -> None:
        super().__init__()
        self.store = store
        self.ui = ui
        ui.setupUi(self)
        ui.formTitle.setObjectName("title")
        ui.formTitle.setWordWrap(True)
        ui.headerRow.setStretch(ui.headerRow.indexOf(ui.formTitle), 1)
        ui.standingNote.setText(f"<b>Report incidents as usual.</b> {NOT_A_SUBSTITUTE}")
        ui.reloadButton.hide()
        for day in self.findChildren(QDateEdit):
            _narrow(day, "00/00/0000")
        for name in ("eventTime", "huddleTime"):
            if hasattr(ui, name):
                _narrow(getattr(ui, name), "00:00")
        _shrinkable(self)
        self._item: Reflection | None = None
        self._loading = False
        self.autosave = Autosaver(self, self.save, int(store.settings.get("autosave_seconds")))
        ui.saveButton.clicked.connect(self.save_now)
        ui.deleteButton.clicked.connect(self.delete)
        ui.backToList.clicked.connect(self._back)
        ui.reloadButton.clicked.connect(self.reload)
        ui.printButton.clicked.connect(self.print_reflection)
        ui.pdfButton.clicked.connect(self.save_pdf)
        ui.actions.today = self._today
        ui.actions.add_requested.connect(self.add_follow_up)
        ui.actions.update_requested.connect(self.update_action)
        ui.participants.message.connect(lambda text: show_message(ui.message, text, error=True))
        ui.training.message.connect(lambda text: show_message(ui.message, text, error=True))
        for widget in (ui.participants, ui.training, ui.support):
            widget.changed.connect(self._changed)
        ui.support.set_options(SUPPORT_OPTIONS, prefix="Support: ")
        for keys, slot in (("Ctrl+S", self.save_now), ("Ctrl+N", self.new_action), ("Ctrl+P", self.print_reflection)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        ui.saveButton.setToolTip("Save now (Ctrl+S). Changes are also saved as you go.")
        if store.read_only:
            for button in (ui.saveButton, ui.deleteButton, ui.actions.add_button):
                button.setEnabled(False)

    # -- helpers -------------------------------------------------------------------------
    def _today(self) -> date:
        return self.store.reflections.today()

    @property
    def item(self) -> Reflection | None:
        return self._item

    def _staff(self, ward_id: str) -> list[tuple[str, str]]:
        return [(s.name, s.role) for s in self.store.wards.staff_for(ward_id)]

    def _setup_people(self, ward_id: str) -> None:
        ward = self.store.wards.get(ward_id)
        people = self._staff(ward_id)
        self.ui.participants.set_roles(ward.details.staff_roles)
        self.ui.participants.set_people(people)
        self.ui.actions.set_people([name for name, _role in people])

    # -- loading -------------------------------------------------------------------------
    def open(self, item: Reflection) -> None:
        self.autosave.clear()
        self.autosave.set_interval_seconds(int(self.store.settings.get("autosave_seconds")))
        self.autosave.paused = False
        self._item = item
        self._loading = True
        try:
            self._setup_people(item.ward_id)
            self._fill(item)
        finally:
            self._loading = False
        self._load_actions()
        self._after_fill()
        self.ui.reloadButton.hide()
        self.ui.saveButton.show()
        self.ui.deleteButton.setEnabled(not self.store.read_only)
        self.ui.savedIndicator.setText("Saved" if item.is_saved else "New: saved as soon as you type")
        show_message(self.ui.message, "")
        self.ui.scroll.verticalScrollBar().setValue(0)
        self.apply_tab_order()

    def _fill(self, item: Reflection) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def _after_fill(self) -> None:
        pass

    def read(self) -> Reflection:  # pragma: no cover - overridden
        raise NotImplementedError

    def _load_actions(self) -> None:
        item = self.read() if self._item is not None else None
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
        if self._item is None or self.autosave.dirty:
            return
        if changes & Changes.REFLECTIONS and self._item.id:
            try:
                current = self.store.reflections.get(self._item.id)
            except NotFound:
                return
            if current.rev != self._item.rev:
                self.open(current)
                return
        if changes & (Changes.ACTIONS | Changes.STAFF):
            self._load_actions()

    # -- tab order -----------------------------------------------------------------------
    def _chain(self) -> list[QWidget]:  # pragma: no cover - overridden
        raise NotImplementedError

    def apply_tab_order(self) -> None:
        ui = self.ui
        chain = [
            ui.backToList,
            ui.reloadButton,
            ui.saveButton,
            ui.printButton,
            ui.pdfButton,
            ui.deleteButton,
            *self._chain(),
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # -- saving --------------------------------------------------------------------------
    def _changed(self, *_args: Any) -> None:
        if self._loading or self._item is None or self.store.read_only:
            return
        self.autosave.changed()
        if not self.autosave.paused:
            self.ui.savedIndicator.setText("Unsaved changes…")

    def save(self) -> bool:
        if self._item is None or self.store.read_only:
            return False
        try:
            saved, changes = self.store.reflections.save(self.read())
        except StaleRecordError as error:
            self.autosave.paused = True
            self.ui.reloadButton.show()
            self.ui.saveButton.hide()
            show_message(
                self.ui.message,
                f"{error} Your typing is still on screen: copy anything you need, then press 'Reload'.",
                error=True,
            )
            self.ui.savedIndicator.setText("NOT SAVED: changed by someone else")
            return False
        except (ValidationError, NotFound) as error:
            show_message(self.ui.message, f"Not saved yet: {error}", error=True)
            self.ui.savedIndicator.setText("NOT SAVED: see the message above")
            return False
        self._saved(saved)
        self.changed.emit(changes)
        return True

    def _saved(self, saved: Reflection) -> None:
        self._item = saved
        stamp = self.store.ctx.now().astimezone().strftime("%H:%M:%S")
        self.ui.savedIndicator.setText(f"Saved {stamp}")
        self.ui.deleteButton.setEnabled(not self.store.read_only)
        show_message(self.ui.message, "")
        self._after_save()

    def _after_save(self) -> None:
        pass

    def save_now(self) -> None:
        if self.autosave.paused:
            self.save()  # says again why it cannot save
            return
        self.autosave.changed()
        self.autosave.flush()

    def leave_ok(self) -> bool:
        """Save what is pending; if it cannot be saved, ask before leaving the form."""
        if self._item is None or self.store.read_only:
            return True
        if self.autosave.flush() and not self.autosave.dirty:
            return True
        return prompts.ask_yes_no(
            self,
            "Not saved",
            f"This {self.noun} is not saved: {self.ui.message.text()}\n\nLeave it anyway? What you typed stays on "
            "this form until you open another reflection, but is lost if you close the app.",
            yes="Leave without saving",
            no="Stay and fix it",
        )

    def _back(self) -> None:
        if self.leave_ok():
            self.back.emit()

    def reload(self) -> None:
        if self._item is None or self._item.id is None:
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
            self.open(self.store.reflections.get(self._item.id))
        except NotFound as error:
            show_message(self.ui.message, str(error), error=True)

    def delete(self) -> None:
        if self._item is None:
            return
        if not self._item.is_saved:
            if prompts.ask_yes_no(
                self,
                f"Discard new {self.noun}",
                f"Discard this new {self.noun}? Nothing has been saved.",
                yes="Discard",
                no="Keep it",
            ):
                self.autosave.clear()
                self.back.emit()
            return
        self.autosave.flush()
        if not prompts.ask_yes_no(
            self,
            f"Delete {self.noun}",
            f"Delete this {self.noun} ({self._item.title()})? It will no longer show in the list or in exports. "
            "Its follow-up actions stay in the action register.",
            yes=f"Delete {self.noun}",
            no="Keep it",
        ):
            return
        try:
            changes = self.store.reflections.delete(self._item)
        except WardHuddleError as error:
            show_message(self.ui.message, str(error), error=True)
            return
        self.autosave.clear()
        self.changed.emit(changes)
        self.back.emit()

    # -- printing ------------------------------------------------------------------------
    def _pdf_maker(self):
        """Renders the form as it stands (saved first if it can be), on a worker thread."""
        from app.services import printing as pdfs

        self.autosave.flush()
        store, item = self.store, self.read()
        return lambda: pdfs.item_pdf(store, item)

    def print_reflection(self) -> None:
        if self._item is None:
            return
        from app.ui import printing

        printing.print_pdf(self, self._pdf_maker(), self.read().title())

    def save_pdf(self) -> None:
        if self._item is None:
            return
        from app.ui import printing

        item = self.read()
        ward = self.store.wards.get(item.ward_id)
        when = f"{item.main_date:%Y-%m-%d}" if item.main_date else "undated"
        kind = "hot-debrief" if item.is_post_event else "later-reflection"
        printing.save_pdf(self, self._pdf_maker(), f"{kind}-{ward.details.ward_code or 'ward'}-{when}.pdf")

    # -- follow-up actions ---------------------------------------------------------------
    def new_action(self) -> None:
        self.ui.actions.focus_new()
        self.ui.scroll.ensureWidgetVisible(self.ui.actions.new_text)

    def add_follow_up(self, text: str, owner: str, due: date | None) -> None:
        if self._item is None or self.store.read_only:
            return
        if self._item.is_saved and self.autosave.dirty and not self.autosave.flush():
            return
        try:
            saved, action, changes = self.store.reflections.add_follow_up(self.read(), text, owner, due)
        except StaleRecordError as error:
            show_message(self.ui.message, str(error), error=True)
            return
        except ValidationError as error:
            show_message(self.ui.message, f"Action not added: {error}", error=True)
            return
        if not self._item.is_saved:
            self.autosave.clear()
            self._saved(saved)
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
        note = "From the hot debrief" if self._item and saved.source_id == self._item.post_event_id else ""
        self.ui.actions.action_saved(saved, note)
        show_message(self.ui.message, f"Action saved: {saved.status.lower()}.")
        self.changed.emit(changes)
