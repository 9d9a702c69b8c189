"""Today's huddle: the daily safety huddle sheet, quicker than paper.

Opens on the current ward, today and the ward's first slot. A new sheet is carried forward from
the previous one. The sheet is a record editor (app/ui/editors/record_editor.py) composed of its
sections (app/ui/panels/huddle/), each with its own form and its fields of the sheet: every change
is saved within the autosave interval and when the user leaves a field or the page; a save from a
stale screen is refused and the typing stays on screen.
"""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QApplication, QToolButton, QWidget

from app.domain.huddle import HuddleSheet, gentle_checks, nothing_new
from app.domain.ward import Ward
from app.errors import WardHuddleError
from app.services.changes import Changes
from app.services.store import AppStore
from app.ui.editors.record_editor import RecordEditor
from app.ui.generated.ui_huddle_page import Ui_HuddlePage
from app.ui.panels.huddle.actions import ActionsSection
from app.ui.panels.huddle.attendance import AttendanceSection
from app.ui.panels.huddle.closing import ClosingSection
from app.ui.panels.huddle.look_ahead import LookAheadSection
from app.ui.panels.huddle.look_back import LookBackSection
from app.ui.panels.huddle.meeting import MeetingSection
from app.ui.panels.huddle.safety_cross import SafetyCrossSection
from app.ui.panels.huddle.section import Section
from app.ui.panels.huddle.staffing import StaffingSection
from app.ui.widgets.form_helpers import show_message

log = logging.getLogger(__name__)

READ_ONLY_WORDS = "This data file is open read-only: sheets can be read but not changed."


class HuddlePage(RecordEditor):
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

    def __init__(self, store: AppStore) -> None:
        super().__init__(store)
        self.ui = Ui_HuddlePage()
        self.ui.setupUi(self)
        self.ui.title.setObjectName("title")
        self._banner_ready = False
        self._ward: Ward | None = None
        self.meeting = MeetingSection(store)
        self.attendance = AttendanceSection(store)
        self.staffing = StaffingSection(store)
        self.look_back = LookBackSection(store)
        self.cross = SafetyCrossSection(store)
        self.look_ahead = LookAheadSection(store)
        self.actions = ActionsSection(store)
        self.closing = ClosingSection(store)
        for section in self.sections:
            self.ui.sheetLayout.addWidget(section)
            self.bind_fields(section.fields, section)
            section.edited.connect(self._changed)
            section.changed.connect(self.changed)
            section.message.connect(lambda text, error: show_message(self.ui.message, text, error=error))
            section.watch_identifiers()
        for rows, section in (
            (self.look_back.events_table, self.look_back),
            (self.look_ahead.at_risk_table, self.look_ahead),
        ):
            rows.rows_changed.connect(section.watch_identifiers)
        self.ui.huddleDate.setDate(QDate(self.today()))
        for label in (self.ui.message, self.ui.savedIndicator):
            label.setWordWrap(True)
        self.ui.remindersBanner.hide()
        self.reminders_toggle = QToolButton(self)  # reminders fold to one line with a count
        self.reminders_toggle.setObjectName("remindersToggle")
        self.reminders_toggle.setCheckable(True)
        self.reminders_toggle.setAutoRaise(True)
        self.reminders_toggle.setAccessibleName("Reminders: show or hide")
        self.reminders_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.reminders_toggle.toggled.connect(self._show_reminders)
        self.reminders_toggle.hide()
        top = self.layout()
        top.insertWidget(top.indexOf(self.ui.remindersBanner), self.reminders_toggle)
        self._reminder_lines: list[str] = []
        self._connect()
        self._shortcuts()
        self.load()
        if store.read_only:  # a newer or damaged data file: show the sheets, accept no typing
            self.ui.sheet.setEnabled(False)
            for button in (self.ui.saveSheet, self.ui.deleteSheet):
                button.setEnabled(False)
            show_message(self.ui.message, READ_ONLY_WORDS)

    @property
    def sections(self) -> tuple[Section, ...]:
        """The sheet's parts in the order it shows them."""
        return (
            self.meeting,
            self.attendance,
            self.staffing,
            self.look_back,
            self.cross,
            self.look_ahead,
            self.actions,
            self.closing,
        )

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
        self.ui.previousDay.setToolTip("Previous day (Alt+Left)")
        self.ui.nextDay.setToolTip("Next day (Alt+Right)")
        # Buttons with a key of their own are not Tab stops (the keys are on the buttons)
        for button in (self.ui.previousDay, self.ui.nextDay, self.meeting.ui.startHuddle, self.meeting.ui.endHuddle):
            button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        for keys, slot in (
            ("Alt+Left", lambda: self._step_day(-1)),
            ("Alt+Right", lambda: self._step_day(1)),
            ("Ctrl+S", self.save_now),
            ("F5", self.stamp_start),
            ("F6", self.stamp_end),
            ("Ctrl+N", self.actions.new_action),
            ("Ctrl+P", self.print_record),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

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
        return [
            w
            for w in self.tab_chain()
            if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
        ]

    def focusNextPrevChild(self, forward: bool) -> bool:  # Qt override
        stops = self.tab_stops()
        focus = QApplication.focusWidget()
        at = next((i for i, w in enumerate(stops) if focus is not None and (w is focus or w.isAncestorOf(focus))), None)
        if at is None or not stops:
            return super().focusNextPrevChild(forward)
        target = stops[(at + (1 if forward else -1)) % len(stops)]
        target.setFocus(Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason)
        self._bring_into_view(target)
        return True

    def _bring_into_view(self, widget: QWidget) -> None:
        """Scroll the sheet to the widget's start (a wide box is not scrolled to its far end)."""
        scroll = self.ui.scroll
        if not scroll.isAncestorOf(widget) or scroll.widget() is None:
            return
        corner = widget.mapTo(scroll.widget(), QPoint(0, 0))
        scroll.ensureVisible(corner.x(), corner.y() + widget.height() // 2, 20, max(20, widget.height()))

    def focus_first_field(self) -> None:
        """Focus where the work is: the sheet's first field (not the navigation)."""
        stops = self.tab_stops()
        if stops and not self.store.read_only:
            stops[0].setFocus(Qt.FocusReason.OtherFocusReason)
            self._bring_into_view(stops[0])

    def showEvent(self, event: QShowEvent) -> None:  # Qt override
        super().showEvent(event)
        QTimer.singleShot(0, self.focus_first_field)

    # -- loading ---------------------------------------------------------------------------
    def refresh(self, changes: Changes) -> None:
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
        if self._banner_ready:
            self._load_banner()
        else:  # first opening: reminders from other areas arrive just after the first paint
            self._banner_ready = True
            self._banner_after_paint = True  # (paintEvent): a timer from here could beat a slow first paint
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
        if getattr(self, "_banner_after_paint", False):
            self._banner_after_paint = False
            QTimer.singleShot(250, self._load_banner_later)

    def _load_banner_later(self) -> None:
        """The first opening's reminders, read on a worker (the export state imports the whole
        exchange stack, some 0.1-0.3 s): typing goes on meanwhile; the banner appears when ready."""
        if self._ward is None:
            return
        from app.ui import tasks

        store, ward_id, day, today = self.store, self._ward.id, self.selected_day(), self.today()
        try:
            current = store.current_ward_id() == ward_id
        except Exception:  # the page or its data file may have closed meanwhile
            log.debug("reminders banner skipped", exc_info=True)
            return

        def work() -> list[str]:
            with store.reader() as reader:  # its own connection: this runs on a worker thread
                return _banner_lines(reader, ward_id, day, today, current)

        def show(lines: list[str]) -> None:
            if self._ward is not None and self._ward.id == ward_id:
                self._show_banner(lines)

        tasks.run_in_background(work, show, lambda _e: log.debug("reminders banner skipped", exc_info=True))

    def _load_banner(self) -> None:
        """Reminders from other areas: reflections due, learning to share, the weekly export."""
        if self._ward is None:
            return
        current = self.store.current_ward_id() == self._ward.id
        self._show_banner(_banner_lines(self.store, self._ward.id, self.selected_day(), self.today(), current))

    def _show_banner(self, lines: list[str]) -> None:
        self._reminder_lines = lines
        self.ui.remindersBanner.setText("\n".join(lines))
        self.reminders_toggle.setVisible(bool(lines))
        self._show_reminders(self.reminders_toggle.isChecked())

    def _show_reminders(self, shown: bool) -> None:
        """One line with a count; the reminders themselves on demand."""
        count = len(self._reminder_lines)
        words = f"{count} reminder{'s' if count != 1 else ''}"
        self.reminders_toggle.setText(f"▾ {words} (hide)" if shown else f"▸ {words}: show")
        self.ui.remindersBanner.setVisible(shown and bool(self._reminder_lines))

    # -- saving ----------------------------------------------------------------------------
    def save_record(self, record: HuddleSheet) -> tuple[HuddleSheet, Changes]:
        """The whole sheet and today's safety cross, in one transaction."""
        day = self.selected_day()
        result = self.store.huddles.save(record, self.cross.values(day))
        self.cross.saved(result.cross, day)
        return result.sheet, result.changes

    def unfinished_typing(self) -> list[str]:
        """Typing on the sheet that is not in the record: a name not picked, a date not read."""
        out = []
        for picker, what in (
            (self.meeting.ui.leader, "Leader"),
            (self.staffing.ui.nurseInCharge, "Nurse in charge"),
            (self.staffing.ui.nextInCharge, "Next in charge"),
            (self.attendance.ui.attendeeName, "Who is here"),
            (self.actions.ui.newActionOwner, "New action owner"),
        ):
            if picker.pending_text():
                out.append(f"{what}: '{picker.pending_text()}' is not picked from the staff list")
        if self.actions.ui.newActionText.text().strip():
            out.append(f"New action: '{self.actions.ui.newActionText.text().strip()}' is not added yet")
        if self.actions.ui.newActionDue.error():
            out.append("New action due date: not a date yet")
        return out

    def leave(self) -> bool:
        """Save what can be saved; if typing could not be saved (a stale or refused save) or is not
        used yet (a name not picked, an action not added), ask, and keep it (as a draft) if the
        user leaves anyway."""
        super().leave()  # flushes; keeps a draft of a refused save
        if self.store.read_only or self._record is None:
            return True
        problems = self.unfinished_typing()
        if self.autosave.dirty:
            problems.insert(0, f"The sheet is not saved: {self.ui.message.text() or 'see the message on the sheet'}")
        if not problems:
            return True
        from app.ui import prompts

        self.keep_draft()
        return prompts.ask_yes_no(
            self,
            "Typing not saved yet",
            "\n".join(problems) + "\n\nLeave anyway? Your typing stays on this sheet while Ward Huddle is open, "
            "and a copy of the sheet is offered back when it next starts.",
            yes="Leave anyway",
            no="Stay and finish it",
        )

    def after_save(self, saved: HuddleSheet) -> None:
        self.ui.deleteSheet.setEnabled(True)
        self.show_checks(saved)

    def show_checks(self, sheet: HuddleSheet) -> None:
        """Gentle checks beside the sections they concern (duplicate bed, long huddle, odd
        numbers): words only; the sheet was saved anyway."""
        notes = gentle_checks(sheet)
        for section in self.sections:
            section.show_notes([text for name, text in notes.items() if name in section.field_names()])

    def draft_key(self) -> str | None:
        sheet = self._record
        return None if sheet is None else f"huddle:{sheet.ward_id}:{sheet.huddle_date.isoformat()}:{sheet.slot}"

    def restore_draft(self, draft: Any) -> None:
        """Typing kept before Ward Huddle stopped: open its sheet and put the typing back."""
        sheet = draft.record(HuddleSheet)
        if self._ward is None or sheet.ward_id != self._ward.id:
            return  # another ward's sheet: offered again when that ward is current
        self.open_sheet(sheet.huddle_date, sheet.slot)
        self.show_draft(sheet)

    # -- huddle times ----------------------------------------------------------------------
    def _now_hhmm(self) -> str:
        return self.store.ctx.now().astimezone().strftime("%H:%M")

    def stamp_start(self) -> None:
        self.meeting.stamp(self._now_hhmm(), end=False)
        self.save_now()

    def stamp_end(self) -> None:
        self.meeting.stamp(self._now_hhmm(), end=True)
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
        self.fill(nothing_new(self.read(), previous))
        marked = self.cross.cross.mark_unset_as_none()
        self._changed()
        self.save_now()
        crossed = f" The safety cross says no {', no '.join(marked)} today." if marked else ""
        show_message(
            self.ui.message,
            "Nothing new since last huddle: look back is 'No', staffing as planned."
            + crossed
            + " Change what did change.",
        )

    def add_action(self) -> None:
        if self._ward is None:
            return
        self.save_now()
        sheet_id = self._record.id if self._record is not None and self._record.id else ""
        self.actions.add(sheet_id, self.selected_day())

    # -- delete and print ------------------------------------------------------------------
    def delete_sheet(self) -> None:
        from app.ui import prompts

        if self._record is None or not self._record.is_saved:
            return
        self.autosave.flush()
        sheet: HuddleSheet = self._record
        if not prompts.ask_yes_no(
            self,
            "Delete huddle sheet",
            f"Delete the {sheet.slot.lower()} huddle sheet for {sheet.huddle_date:%A %d %B}? It will no longer show in "
            "History or in exports. Actions raised at it stay in the action register.",
            yes="Delete sheet",
            no="Keep it",
        ):
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
        from app.services import printing

        ward_id, day, slot = self._ward.id if self._ward else "", self.selected_day(), self.ui.slot.currentText()
        store = self.store
        return lambda: printing.huddle_sheet_pdf(store, ward_id, day, slot)

    def pdf_title(self) -> str:
        return f"Huddle sheet {self.selected_day():%d %b %Y}"

    def pdf_file_name(self) -> str:
        code = (self._ward.details.ward_code or "ward") if self._ward else "ward"
        return f"huddle-{code}-{self.selected_day():%Y-%m-%d}-{self.ui.slot.currentText().lower()}.pdf"


def _banner_lines(store: AppStore, ward_id: str, day: date, today: date, current: bool) -> list[str]:
    lines: list[str] = []
    reflections = store.reflections
    for finder, words in (
        (reflections.to_share_at_next_huddle, "Share learning"),
        (reflections.reflections_due, "Reflection due"),
    ):
        try:
            lines += [f"{words}: {item.summary}" for item in finder(ward_id, day)]
        except WardHuddleError:
            log.debug("%s reminders skipped", words, exc_info=True)
    if current and store.huddles.has_a_week_of_data(ward_id, today):  # none on a ward's first day
        try:
            lines.append(store.exchange.export_status(ward_id).message(today))
        except WardHuddleError:
            log.debug("export reminder skipped", exc_info=True)
    return lines
