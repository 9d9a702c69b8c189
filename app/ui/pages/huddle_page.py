"""Today's huddle: the daily safety huddle sheet, quicker than paper.

Opens on the current ward, today and the ward's first slot. A new sheet is carried forward from
the previous one. The sheet is a record editor (app/ui/editors/record_editor.py) composed of its
sections (app/ui/panels/huddle/), each with its own form and its fields of the sheet: every change
is saved within the autosave interval and when the user leaves a field or the page; a save from a
stale screen is refused and the typing stays on screen.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from app.domain.ward import Ward
from app.errors import WardHuddleError
from app.services.changes import Changes
from app.services.store import AppStore
from app.ui.editors.record_editor import RecordEditor
from app.ui.generated.ui_huddle_page import Ui_HuddlePage
from app.ui.panels.huddle.built_later import SECTIONS, SectionSlot, SheetBuiltLater
from app.ui.panels.huddle.keys import SheetKeys
from app.ui.panels.huddle.reminders import Reminders
from app.ui.widgets.form_helpers import show_message

if TYPE_CHECKING:
    from app.domain.huddle import HuddleSheet
    from app.ui.panels.huddle.actions import ActionsSection
    from app.ui.panels.huddle.attendance import AttendanceSection
    from app.ui.panels.huddle.closing import ClosingSection
    from app.ui.panels.huddle.look_ahead import LookAheadSection
    from app.ui.panels.huddle.look_back import LookBackSection
    from app.ui.panels.huddle.meeting import MeetingSection
    from app.ui.panels.huddle.safety_cross import SafetyCrossSection
    from app.ui.panels.huddle.section import Section
    from app.ui.panels.huddle.staffing import StaffingSection

READ_ONLY_WORDS = "This data file is open read-only: sheets can be read but not changed."


class HuddlePage(SheetBuiltLater, RecordEditor):
    title = "Today's huddle"
    key = "huddle"
    noun = "huddle sheet"
    draft_page = "huddle"
    leave_asks = False  # the page keeps its widgets, so switching away never loses typing
    message_where = "below"
    stale_hint = "Your typing is still on screen. Press 'Today' or change the date to reload."
    listens_to = (
        Changes.WARDS | Changes.STAFF | Changes.HUDDLES | Changes.ACTIONS | Changes.SETTINGS | Changes.REFLECTIONS
    )
    start_reflection = Signal(str, str)  # sheet id, look-back event id
    sheet_ready = Signal()  # every section built and the sheet filled (see built_later.py)

    meeting: MeetingSection = SectionSlot()  # type: ignore[assignment]
    attendance: AttendanceSection = SectionSlot()  # type: ignore[assignment]
    staffing: StaffingSection = SectionSlot()  # type: ignore[assignment]
    look_back: LookBackSection = SectionSlot()  # type: ignore[assignment]
    cross: SafetyCrossSection = SectionSlot()  # type: ignore[assignment]
    look_ahead: LookAheadSection = SectionSlot()  # type: ignore[assignment]
    actions: ActionsSection = SectionSlot()  # type: ignore[assignment]
    closing: ClosingSection = SectionSlot()  # type: ignore[assignment]

    can_build_later = True  # MainWindow may ask for the sheet after the first paint (start-up)

    def __init__(self, store: AppStore, *, build_later: bool = False) -> None:
        """The page's frame (title, date, slot, reminders, buttons), then the sheet's sections:
        at once, or with ``build_later`` (the window's first page at start-up) on the turns of the
        event loop after the page's first paint, one section a turn, so that the window shows at
        once; anything that needs the sheet before then builds the rest of it there and then."""
        super().__init__(store)
        self.ui = Ui_HuddlePage()
        self.ui.setupUi(self)
        self.ui.title.setObjectName("title")
        self._ward: Ward | None = None
        self.ui.huddleDate.setDate(QDate(self.today()))
        for label in (self.ui.message, self.ui.savedIndicator):
            label.setWordWrap(True)
        self.reminders = Reminders(self.ui.remindersBanner, self)  # folded to one line with a count
        self.reminders_toggle = self.reminders.toggle
        self.keys = SheetKeys(self, self.ui.scroll, self.tab_chain)
        ward_id = store.current_ward_id()
        self._ward = store.wards.find(ward_id) if ward_id else None
        self.ui.title.setText(f"Today: {self._ward.name if self._ward else ''}")
        if self._ward is not None:  # the frame shows the slots at once (load() fills them again)
            self.ui.slot.blockSignals(True)
            self.ui.slot.addItems(list(self._ward.details.huddle_slots))
            self.ui.slot.blockSignals(False)
        self.ui.savedIndicator.setText("Opening the sheet…")  # for the moment before the sections show
        self.start_building(later=build_later)

    def _finish_build(self) -> None:
        parts = self._parts
        for attribute in ("look_back", "look_ahead"):
            section = parts[attribute]
            rows = section.events_table if attribute == "look_back" else section.at_risk_table
            rows.rows_changed.connect(section.watch_identifiers)
        self._built = True
        self._connect()
        self._shortcuts()
        self.load()
        if self.store.read_only:  # a newer or damaged data file: show the sheets, accept no typing
            self.ui.sheet.setEnabled(False)
            for button in (self.ui.saveSheet, self.ui.deleteSheet):
                button.setEnabled(False)
            show_message(self.ui.message, READ_ONLY_WORDS)
        self.ui.sheet.show()
        if self.isVisible():
            self.focus_first_field()
        self.sheet_ready.emit()

    @property
    def sections(self) -> tuple[Section, ...]:
        """The sheet's parts in the order it shows them."""
        self.ensure_built()
        return tuple(self._parts[attribute] for attribute, _, _ in SECTIONS)

    # -- wiring --------------------------------------------------------------------------
    def _connect(self) -> None:
        ui = self.ui
        ui.huddleDate.dateChanged.connect(lambda _d: self._open_selected())
        ui.slot.currentIndexChanged.connect(lambda _i: self._open_selected())
        ui.previousDay.clicked.connect(lambda: self._step_day(-1))
        ui.nextDay.clicked.connect(lambda: self._step_day(1))
        ui.todayButton.clicked.connect(lambda: ui.huddleDate.setDate(QDate(self.today())))
        self.meeting.ui.startHuddle.clicked.connect(self.stamp_start)
        self.meeting.ui.endHuddle.clicked.connect(self.stamp_end)
        self.look_back.ui.startReflection.clicked.connect(self._start_reflection)
        self.actions.add_requested.connect(self.add_action)
        self.look_back.nothing_new.connect(self.nothing_new)
        ui.saveSheet.clicked.connect(self.save_now)
        ui.deleteSheet.clicked.connect(self.delete_sheet)
        ui.printSheet.clicked.connect(self.print_record)
        ui.savePdf.clicked.connect(self.save_pdf)

    def _shortcuts(self) -> None:
        ui, meeting = self.ui, self.meeting.ui
        ui.previousDay.setToolTip("Previous day (Alt+Left)")
        ui.nextDay.setToolTip("Next day (Alt+Right)")
        self.keys.click_only(ui.previousDay, ui.nextDay, meeting.startHuddle, meeting.endHuddle)
        self.keys.add_shortcuts(
            (
                ("Alt+Left", lambda: self._step_day(-1)),
                ("Alt+Right", lambda: self._step_day(1)),
                ("Ctrl+S", self.save_now),
                ("F5", self.stamp_start),
                ("F6", self.stamp_end),
                ("Ctrl+N", self.actions.new_action),
                ("Ctrl+P", self.print_record),
            )
        )

    # -- focus: Tab follows the declared order, within the page ---------------------------
    def tab_chain(self) -> list[QWidget]:
        """Every Tab stop of the page in order: each section's fields and buttons as it declares
        them (a new event, bed or action row cell by cell), then the page's own buttons, then the
        date and slot above the sheet; from the last, Tab goes round to the first field, never into
        the navigation."""
        chain: list[QWidget] = [w for section in self.sections for w in section.tab_chain()]
        ui = self.ui
        page = [ui.saveSheet, ui.printSheet, ui.savePdf, ui.deleteSheet, ui.huddleDate, ui.todayButton, ui.slot]
        return [*chain, *page, self.reminders_toggle]

    def tab_stops(self) -> list[QWidget]:
        """The chain as Tab walks it now: hidden, disabled and click-only widgets left out."""
        return self.keys.stops()

    def focusNextPrevChild(self, forward: bool) -> bool:  # Qt override
        return (self._built and self.keys.step(forward)) or super().focusNextPrevChild(forward)

    def focus_first_field(self) -> None:
        """Focus where the work is: the sheet's first field (not the navigation); a sheet still
        being built takes the focus when it is finished."""
        if not self.store.read_only and self._built:
            self.keys.focus_first()

    def showEvent(self, event: QShowEvent) -> None:  # Qt override
        super().showEvent(event)
        QTimer.singleShot(0, self.focus_first_field)

    # -- loading ---------------------------------------------------------------------------
    def refresh(self, changes: Changes) -> None:
        if not self._built:  # the sheet reads everything afresh when it is built
            return
        if changes & (Changes.WARDS | Changes.STAFF | Changes.SETTINGS):
            self.autosave.flush()
            self.load()
        elif changes & (Changes.ACTIONS | Changes.HUDDLES | Changes.REFLECTIONS):
            if changes & Changes.HUDDLES:
                self._reload_if_changed_elsewhere()
            self.actions.load(self.selected_day())
            self._load_banner()

    def _reload_if_changed_elsewhere(self) -> None:
        """The sheet on screen was saved elsewhere in this app (an identifier removed at export, a
        reflection...): with no typing pending, show the new revision instead of refusing the next
        edit as stale. Pending typing keeps the stale-save path, which keeps the typing."""
        sheet = self._record
        if sheet is None or not sheet.is_saved or self.autosave.dirty:
            return
        try:
            stored = self.store.huddles.get(sheet.id)
        except WardHuddleError:
            return
        if stored.rev == sheet.rev:
            return
        self.open(stored)
        show_message(
            self.ui.message,
            "This sheet was changed elsewhere (for example an identifier removed at export), so it was reloaded.",
        )

    def load(self) -> None:
        ward_id = self.store.current_ward_id()
        self._ward = self.store.wards.get(ward_id) if ward_id else None
        if self._ward is None:
            return
        self.autosave.set_interval_seconds(int(self.store.settings.get("autosave_seconds")))
        self._loading = True
        try:
            slot = self.ui.slot.currentText()
            self.ui.slot.blockSignals(True)
            self.ui.slot.clear()
            self.ui.slot.addItems(list(self._ward.details.huddle_slots))
            if slot in self._ward.details.huddle_slots:
                self.ui.slot.setCurrentText(slot)
            self.ui.slot.blockSignals(False)
            names = [s.name for s in self.store.wards.staff_for(self._ward.id)]
            for section in self.sections:
                section.set_ward(self._ward, names)
        finally:
            self._loading = False
        self._open_selected(flush=False)

    def _step_day(self, days: int) -> None:
        self.ui.huddleDate.setDate(self.ui.huddleDate.date().addDays(days))

    def selected_day(self) -> date:
        return self.ui.huddleDate.date().toPython()

    def open_sheet(self, day: date, slot: str) -> None:
        """Open a given sheet (History uses this)."""
        self.ensure_built()
        self.autosave.flush()
        self._loading = True
        self.ui.huddleDate.setDate(QDate(day))
        if slot in [self.ui.slot.itemText(i) for i in range(self.ui.slot.count())]:
            self.ui.slot.setCurrentText(slot)
        self._loading = False
        self._open_selected(flush=False)

    def _open_selected(self, *, flush: bool = True) -> None:
        if self._loading or self._ward is None:
            return
        if flush:
            self.autosave.flush()
        self.open(self.store.huddles.sheet_for(self._ward.id, self.selected_day(), self.ui.slot.currentText()))

    def after_fill(self) -> None:
        sheet: HuddleSheet = self._record
        for section in self.sections:
            section.after_fill(sheet)
        self.cross.load(self.selected_day())
        self.actions.load(self.selected_day())
        self.reminders.sheet_opened(self._load_banner)  # the first opening's: after the first paint
        self.ui.deleteSheet.setEnabled(sheet.is_saved and not self.store.read_only)
        self.show_checks(sheet)
        self.look_back.ui.startReflection.setEnabled(not self.store.read_only)
        day = sheet.huddle_date
        when = "Today" if day == self.today() else f"{day:%A %d %B %Y}"
        self.ui.title.setText(f"{when}: {self._ward.name if self._ward else ''}")

    def open(self, record: Any) -> None:
        super().open(record)
        self.show_status(f"Sheet {'saved' if record.is_saved else 'new: not saved until you type'}")
        show_message(self.ui.message, READ_ONLY_WORDS if self.store.read_only else "")

    def read_form(self) -> HuddleSheet:
        return self.read()

    def read_more(self, record: HuddleSheet) -> HuddleSheet:
        for section in self.sections:
            record = section.read_more(record)
        return record

    def paintEvent(self, event: Any) -> None:  # Qt override
        super().paintEvent(event)
        self.build_after_paint()
        self.reminders.painted(self._load_banner_later)

    def _load_banner_later(self) -> None:
        """The first opening's reminders, read on a worker: typing goes on meanwhile."""
        if self._ward is not None:
            day, today = self.selected_day(), self.today()
            self.reminders.load_later(self.store, self._ward.id, day, today, lambda: self._ward and self._ward.id)

    def _load_banner(self) -> None:
        """Reminders from other areas: reflections due, learning to share, the weekly export."""
        if self._ward is not None:
            self.reminders.load(self.store, self._ward.id, self.selected_day(), self.today())

    # -- saving ----------------------------------------------------------------------------
    def save_record(self, record: HuddleSheet) -> tuple[HuddleSheet, Changes]:
        """The whole sheet and today's safety cross, in one transaction."""
        day = self.selected_day()
        result = self.store.huddles.save(record, self.cross.values(day))
        self.cross.saved(result.cross, day)
        return result.sheet, result.changes

    def leave(self) -> bool:
        """Save what can be saved; if typing could not be saved (a stale or refused save) or is not
        used yet (a name not picked, an action not added), ask, and keep it (as a draft) if the
        user leaves anyway."""
        super().leave()  # flushes; keeps a draft of a refused save
        if self.store.read_only or self._record is None or not self._built:
            return True
        from app.ui.panels.huddle import questions

        problems = questions.unfinished_typing(self.meeting, self.attendance, self.staffing, self.actions)
        if self.autosave.dirty:
            problems.insert(0, f"The sheet is not saved: {self.ui.message.text() or 'see the message on the sheet'}")
        if not problems:
            return True
        self.keep_draft()
        return questions.leave_anyway(self, problems)

    def after_save(self, saved: HuddleSheet) -> None:
        self.ui.deleteSheet.setEnabled(True)
        self.show_checks(saved)

    def show_checks(self, sheet: HuddleSheet) -> None:
        """Gentle checks beside the sections they concern (duplicate bed, long huddle, odd
        numbers): words only; the sheet was saved anyway."""
        from app.domain.huddle import gentle_checks

        notes = gentle_checks(sheet)
        for section in self.sections:
            section.show_notes([text for name, text in notes.items() if name in section.field_names()])

    def draft_key(self) -> str | None:
        sheet = self._record
        return None if sheet is None else f"huddle:{sheet.ward_id}:{sheet.huddle_date.isoformat()}:{sheet.slot}"

    def restore_draft(self, draft: Any) -> None:
        """Typing kept before Ward Huddle stopped: open its sheet and put the typing back."""
        self.ensure_built()
        from app.domain.huddle import HuddleSheet

        sheet = draft.record(HuddleSheet)
        if self._ward is None or sheet.ward_id != self._ward.id:
            return  # another ward's sheet: offered again when that ward is current
        self.open_sheet(sheet.huddle_date, sheet.slot)
        self.show_draft(sheet)

    # -- huddle times ----------------------------------------------------------------------
    def stamp_start(self) -> None:
        self.meeting.stamp_now(end=False)
        self.save_now()

    def stamp_end(self) -> None:
        self.meeting.stamp_now(end=True)
        self.save_now()

    # -- look back and actions -------------------------------------------------------------
    def _start_reflection(self) -> None:
        event_id = self.look_back.selected_event_id()
        if event_id is None:
            return
        self.save_now()
        if self._record is None or not self._record.is_saved or self.autosave.dirty:
            return
        self.start_reflection.emit(self._record.id, event_id)

    def nothing_new(self) -> None:
        """A no-change day: look back "No", on-shift staffing as planned and the beds as last
        time where still blank, and each safety-cross box not set marked "No ..."; then saved."""
        if self._record is None or self._ward is None or self.store.read_only:
            return
        previous = self.store.huddles.previous_sheet(self._ward.id, self.selected_day())
        from app.domain.huddle import nothing_new

        self.fill(nothing_new(self.read(), previous))
        marked = self.cross.cross.mark_unset_as_none()
        self._changed()
        self.save_now()
        from app.ui.panels.huddle.look_back import nothing_new_words

        show_message(self.ui.message, nothing_new_words(marked))

    def add_action(self) -> None:
        if self._ward is None:
            return
        self.save_now()
        sheet_id = self._record.id if self._record is not None and self._record.id else ""
        self.actions.add(sheet_id, self.selected_day())

    # -- delete and print ------------------------------------------------------------------
    def delete_sheet(self) -> None:
        if self._record is None or not self._record.is_saved:
            return
        self.autosave.flush()
        sheet: HuddleSheet = self._record
        from app.ui.panels.huddle import questions

        if not questions.delete_it(self, sheet):
            return
        try:
            changes = self.store.huddles.delete(sheet)
        except WardHuddleError as error:
            show_message(self.ui.message, str(error), error=True)
            return
        self.discard_draft()
        self.changed.emit(changes)
        self._open_selected(flush=False)
        show_message(self.ui.message, "The sheet was deleted.")

    def pdf_maker(self):
        from app.ui.panels.huddle import sheet_pdf

        self.ensure_built()
        return sheet_pdf.pdf_maker(self.store, self._ward, self.selected_day(), self.ui.slot.currentText())

    def pdf_title(self) -> str:
        from app.ui.panels.huddle import sheet_pdf

        return sheet_pdf.pdf_title(self.selected_day())

    def pdf_file_name(self) -> str:
        from app.ui.panels.huddle import sheet_pdf

        self.ensure_built()
        return sheet_pdf.pdf_file_name(self._ward, self.selected_day(), self.ui.slot.currentText())
