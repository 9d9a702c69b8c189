"""Today's huddle: the daily safety huddle sheet, quicker than paper.

Opens on the current ward, today and the ward's first slot. A new sheet is carried forward from
the previous one. Every change is saved within the autosave interval and when the user leaves a
field or the page; a save from a stale screen is refused and the typing stays on screen.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QCompleter, QGridLayout, QLineEdit, QListWidgetItem, QSpinBox, QWidget

from app.domain.action import ACTION_STATUSES, Action
from app.domain.huddle import NOT_HELD_REASONS, THREATS, Attendee, HuddleSheet
from app.domain.ward import Ward
from app.errors import StaleRecordError, ValidationError, WardHuddleError
from app.services.changes import Changes
from app.services.store import AppStore
from app.ui.generated.ui_huddle_page import Ui_HuddlePage
from app.ui.pages.base import Page, show_message
from app.ui.panels.huddle_tables import ActionsTable, AtRiskTable, CrossRows, EventsTable
from app.ui.widgets.autosave import Autosaver
from app.ui.widgets.safety_cross_view import SafetyCrossMonthView

log = logging.getLogger(__name__)

READ_ONLY_WORDS = "This data file is open read-only: sheets can be read but not changed."
LOOKBACK_CHOICES = ("not asked yet", "Yes", "No")


def _spin_value(spin: QSpinBox) -> int | None:
    return None if spin.value() < 0 else spin.value()


def _set_spin(spin: QSpinBox, value: int | None) -> None:
    spin.setValue(-1 if value is None else value)


class HuddlePage(Page):
    title = "Today's huddle"
    listens_to = (
        Changes.WARDS | Changes.STAFF | Changes.HUDDLES | Changes.ACTIONS | Changes.SETTINGS | Changes.REFLECTIONS
    )
    start_reflection = Signal(str, str)  # sheet id, look-back event id

    def __init__(self, store: AppStore) -> None:
        super().__init__()
        self.store = store
        self.ui = Ui_HuddlePage()
        self.ui.setupUi(self)
        self.ui.title.setObjectName("title")
        self._loading = False
        self._banner_ready = False
        self._ward: Ward | None = None
        self._sheet: HuddleSheet | None = None
        self.autosave = Autosaver(self, self.save, int(store.settings.get("autosave_seconds")))
        self.events = EventsTable(self.ui.events, self._changed)
        self.at_risk = AtRiskTable(self.ui.atRisk, self._changed)
        self.actions_table = ActionsTable(self.ui.actions)
        self.cross = CrossRows(self.ui.crossRows, self._changed)
        self.month_view = SafetyCrossMonthView()
        self.ui.crossLayout.replaceWidget(self.ui.crossMonth, self.month_view)
        self.ui.crossMonth.deleteLater()
        self._threats: dict[str, QCheckBox] = {}
        threats_layout = QGridLayout(self.ui.threatsBox)
        threats_layout.setContentsMargins(0, 0, 0, 0)
        for index, threat in enumerate(THREATS):
            box = QCheckBox(threat)
            box.toggled.connect(lambda _c: self._changed())
            threats_layout.addWidget(box, index // 3, index % 3)
            self._threats[threat] = box
        threats_layout.setColumnStretch(3, 1)
        self.ui.notHeldReason.addItems(["", *NOT_HELD_REASONS])
        self.ui.lookBackAny.addItems(list(LOOKBACK_CHOICES))
        self.ui.actionStatus.addItems(list(ACTION_STATUSES))
        self.ui.huddleDate.setDate(QDate(self._today()))
        self.ui.newActionDue.setDate(QDate(self._today() + timedelta(days=7)))
        self.ui.atRiskNote.setWordWrap(True)
        for label in (self.ui.roleCounts, self.ui.durationLabel, self.ui.message, self.ui.savedIndicator):
            label.setWordWrap(True)
        self._compact()
        self.ui.remindersBanner.hide()
        self._connect()
        self._shortcuts()
        self._fix_tab_order()
        self.load()
        if store.read_only:  # a newer or damaged data file: show the sheets, accept no typing
            self.ui.sheet.setEnabled(False)
            for button in (self.ui.saveSheet, self.ui.deleteSheet):
                button.setEnabled(False)
            show_message(self.ui.message, READ_ONLY_WORDS)

    # -- wiring --------------------------------------------------------------------------
    def _connect(self) -> None:
        ui = self.ui
        for widget in self.findChildren(QLineEdit):
            if widget not in (ui.attendeeName, ui.newActionText) and widget.parent() is not ui.newActionOwner:
                widget.textEdited.connect(lambda _t: self._changed())
        for widget in (ui.reminders, ui.notes):
            widget.textChanged.connect(self._changed)
        for spin in self.findChildren(QSpinBox):
            if spin.parent() is not ui.crossRows:
                spin.valueChanged.connect(lambda _v: self._changed())
        for box in (ui.held, ui.staffingConcern, ui.staffingEscalated, ui.bayClosed, ui.dataReviewed):
            box.toggled.connect(lambda _c: self._changed())
        ui.held.toggled.connect(self._update_held)
        ui.notHeldReason.currentIndexChanged.connect(lambda _i: self._changed())
        ui.lookBackAny.currentIndexChanged.connect(lambda _i: self._changed())
        ui.leader.editTextChanged.connect(lambda _t: self._changed())
        ui.huddleDate.dateChanged.connect(lambda _d: self._open_selected())
        ui.slot.currentIndexChanged.connect(lambda _i: self._open_selected())
        ui.previousDay.clicked.connect(lambda: self._step_day(-1))
        ui.nextDay.clicked.connect(lambda: self._step_day(1))
        ui.todayButton.clicked.connect(lambda: ui.huddleDate.setDate(QDate(self._today())))
        ui.startHuddle.clicked.connect(self.stamp_start)
        ui.endHuddle.clicked.connect(self.stamp_end)
        ui.startTime.textEdited.connect(lambda _t: self._update_duration())
        ui.endTime.textEdited.connect(lambda _t: self._update_duration())
        ui.attendeeName.returnPressed.connect(self.add_attendee)
        ui.addAttendee.clicked.connect(self.add_attendee)
        ui.removeAttendee.clicked.connect(self.remove_attendee)
        ui.addEvent.clicked.connect(self.events.add)
        ui.removeEvent.clicked.connect(self.events.remove_selected)
        ui.startReflection.clicked.connect(self._start_reflection)
        ui.addAtRisk.clicked.connect(self.at_risk.add)
        ui.removeAtRisk.clicked.connect(self.at_risk.remove_selected)
        ui.newActionText.returnPressed.connect(self.add_action)
        ui.addAction.clicked.connect(self.add_action)
        ui.applyActionStatus.clicked.connect(self.apply_action_status)
        ui.saveSheet.clicked.connect(self.save_now)
        ui.deleteSheet.clicked.connect(self.delete_sheet)
        ui.printSheet.clicked.connect(self.print_sheet)
        ui.savePdf.clicked.connect(self.save_pdf)

    def _compact(self) -> None:
        """Keep the sheet short enough to scan standing up: small boxes for short values."""
        line = self.fontMetrics().height()
        time_width = self.fontMetrics().horizontalAdvance("00:00") + line * 2
        for edit in (self.ui.startTime, self.ui.endTime):
            edit.setMaximumWidth(time_width)
            edit.setInputMask("")
        self.ui.attendees.setMaximumHeight(line * 6)
        self.ui.reminders.setMaximumHeight(line * 4)
        self.ui.notes.setMaximumHeight(line * 5)
        for table, rows in ((self.ui.events, 4), (self.ui.atRisk, 6), (self.ui.actions, 6)):
            table.setMinimumHeight(line * (rows + 2))
            table.setMaximumHeight(int(line * (rows + 2) * 1.6))
        self.ui.leader.setMinimumContentsLength(24)
        self.ui.newActionOwner.setMinimumContentsLength(16)

    def _shortcuts(self) -> None:
        self.ui.previousDay.setToolTip("Previous day (Alt+Left)")
        self.ui.nextDay.setToolTip("Next day (Alt+Right)")
        for keys, slot in (
            ("Alt+Left", lambda: self._step_day(-1)),
            ("Alt+Right", lambda: self._step_day(1)),
            ("Ctrl+S", self.save_now),
            ("F5", self.stamp_start),
            ("F6", self.stamp_end),
            ("Ctrl+N", self._focus_new_action),
            ("Ctrl+P", self.print_sheet),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def _fix_tab_order(self) -> None:
        """The generated order, with the dynamic safety-cross inputs slotted in after the events."""
        previous: QWidget = self.ui.startReflection
        for widget in self.cross.widgets():
            QWidget.setTabOrder(previous, widget)
            previous = widget
        QWidget.setTabOrder(previous, self.ui.atRisk)

    # -- loading ---------------------------------------------------------------------------
    def _today(self) -> date:
        return self.store.huddles.today()

    def refresh(self, changes: Changes) -> None:
        if changes & (Changes.WARDS | Changes.STAFF | Changes.SETTINGS):
            self.autosave.flush()
            self.load()
        elif changes & (Changes.ACTIONS | Changes.HUDDLES | Changes.REFLECTIONS):
            self._load_actions()
            self._load_banner()

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
            staff = self.store.wards.staff_for(self._ward.id)
            names = [s.name for s in staff]
            for combo in (self.ui.leader, self.ui.newActionOwner):
                current = combo.currentText()
                combo.blockSignals(True)
                combo.clear()
                combo.addItems(["", *names])
                combo.setEditText(current)
                combo.blockSignals(False)
            completer = QCompleter(names, self)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            self.ui.attendeeName.setCompleter(completer)
            for line in (self.ui.nurseInCharge, self.ui.nextInCharge):
                line.setCompleter(completer)
            self.ui.attendeeRole.clear()
            self.ui.attendeeRole.addItems(list(self._ward.details.staff_roles))
            self.cross.build(self._ward.details.focus_harms)
            self._fix_tab_order()
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
        self.autosave.clear()
        self.autosave.paused = False
        sheet = self.store.huddles.sheet_for(self._ward.id, self.selected_day(), self.ui.slot.currentText())
        self._fill(sheet)

    def _fill(self, sheet: HuddleSheet) -> None:
        ui = self.ui
        self._sheet = sheet
        self._loading = True
        try:
            ui.held.setChecked(sheet.held)
            ui.notHeldReason.setCurrentText(sheet.not_held_reason)
            ui.notHeldDetail.setText(sheet.not_held_detail)
            ui.leader.setEditText(sheet.leader)
            ui.startTime.setText(sheet.start_time)
            ui.endTime.setText(sheet.end_time)
            ui.nurseInCharge.setText(sheet.nurse_in_charge)
            ui.nextInCharge.setText(sheet.next_in_charge)
            ui.attendees.clear()
            for person in sheet.attendees:
                self._add_attendee_item(person)
            for spin, value in (
                (ui.rnPlanned, sheet.rn_planned),
                (ui.rnActual, sheet.rn_actual),
                (ui.hcaPlanned, sheet.hca_planned),
                (ui.hcaActual, sheet.hca_actual),
                (ui.bedsOccupied, sheet.beds_occupied),
                (ui.expectedAdmissions, sheet.expected_admissions),
                (ui.plannedDischarges, sheet.planned_discharges),
                (ui.isolationCount, sheet.isolation_count),
                (ui.checkinGood, sheet.checkin_good),
                (ui.checkinOk, sheet.checkin_ok),
                (ui.checkinStruggling, sheet.checkin_struggling),
            ):
                _set_spin(spin, value)
            ui.staffingConcern.setChecked(sheet.staffing_concern)
            ui.staffingConcernDetail.setText(sheet.staffing_concern_detail)
            ui.staffingEscalated.setChecked(sheet.staffing_escalated)
            ui.escalatedTo.setText(sheet.escalated_to)
            ui.lookBackAny.setCurrentIndex(0 if sheet.lookback_any is None else (1 if sheet.lookback_any else 2))
            self.events.set(sheet.events)
            self.at_risk.set(sheet.at_risk)
            for threat, box in self._threats.items():
                box.setChecked(threat in sheet.threats)
            ui.threatsDetail.setText(sheet.threats_detail)
            ui.bayClosed.setChecked(sheet.bay_closed)
            ui.reminders.setPlainText(sheet.reminders)
            ui.dataReviewed.setChecked(sheet.data_reviewed)
            ui.celebration.setText(sheet.celebration)
            ui.escalations.setText(sheet.escalations)
            ui.notes.setPlainText(sheet.notes)
        finally:
            self._loading = False
        self._update_held()
        self._update_duration()
        self._update_role_counts()
        self._load_cross()
        self._load_actions()
        if self._banner_ready:
            self._load_banner()
        else:  # first opening: reminders from other areas arrive just after the first paint
            self._banner_ready = True
            QTimer.singleShot(250, self._load_banner_later)
        ui.deleteSheet.setEnabled(sheet.is_saved and not self.store.read_only)
        ui.startReflection.setEnabled(not self.store.read_only)
        state = "saved" if sheet.is_saved else "new: not saved until you type"
        ui.savedIndicator.setText(f"Sheet {state}")
        show_message(ui.message, READ_ONLY_WORDS if self.store.read_only else "")
        day = sheet.huddle_date
        ui.title.setText(
            f"{'Today' if day == self._today() else f'{day:%A %d %B %Y}'}: {self._ward.name if self._ward else ''}"
        )

    def _load_cross(self) -> None:
        if self._ward is None:
            return
        day = self.selected_day()
        saved = self.store.huddles.cross_for_day(self._ward.id, day)
        days = {
            h.key: self.store.huddles.days_since_harm(self._ward.id, h, day) for h in self._ward.details.focus_harms
        }
        self.cross.set(saved, days)
        months = self.store.huddles.cross_month(self._ward.id, day.year, day.month)
        self.month_view.set_months(months, today=day.day)
        self.ui.crossMonthLabel.setText(f"{day:%B %Y}")

    def _load_actions(self) -> None:
        if self._ward is None:
            return
        self.actions_table.set(self.store.actions.open_actions(self._ward.id), self.selected_day())

    def _load_banner_later(self) -> None:
        try:
            self._load_banner()
        except Exception:  # the page or its data file may have closed meanwhile
            log.debug("reminders banner skipped", exc_info=True)

    def _load_banner(self) -> None:
        """Reminders from other areas (reflections due, learning to share, export due), when those
        services exist in this build."""
        lines: list[str] = []
        if self._ward is None:
            return
        reflections = getattr(self.store, "reflections", None)
        day = self.selected_day()
        if reflections is not None:
            for method, words in (("to_share_at_next_huddle", "Share learning"), ("reflections_due", "Reflection due")):
                finder = getattr(reflections, method, None)
                if finder is not None:
                    try:
                        for item in finder(self._ward.id, day):
                            lines.append(f"{words}: {getattr(item, 'summary', None) or item}")
                    except WardHuddleError:
                        pass
        exchange = getattr(type(self.store), "exchange", None)
        if exchange is not None and self.store.current_ward_id() == self._ward.id:
            try:
                lines.append(self.store.exchange.export_status(self._ward.id).message(self._today()))
            except WardHuddleError:
                pass
        self.ui.remindersBanner.setText("\n".join(lines))
        self.ui.remindersBanner.setVisible(bool(lines))

    # -- reading the form ----------------------------------------------------------------
    def read_form(self) -> HuddleSheet:
        assert self._sheet is not None
        ui = self.ui
        lookback = ui.lookBackAny.currentIndex()
        return replace(
            self._sheet,
            held=ui.held.isChecked(),
            not_held_reason=ui.notHeldReason.currentText() if not ui.held.isChecked() else "",
            not_held_detail=ui.notHeldDetail.text().strip() if not ui.held.isChecked() else "",
            leader=ui.leader.currentText().strip(),
            start_time=ui.startTime.text().strip(),
            end_time=ui.endTime.text().strip(),
            nurse_in_charge=ui.nurseInCharge.text().strip(),
            next_in_charge=ui.nextInCharge.text().strip(),
            attendees=self._attendees(),
            rn_planned=_spin_value(ui.rnPlanned),
            rn_actual=_spin_value(ui.rnActual),
            hca_planned=_spin_value(ui.hcaPlanned),
            hca_actual=_spin_value(ui.hcaActual),
            staffing_concern=ui.staffingConcern.isChecked(),
            staffing_concern_detail=ui.staffingConcernDetail.text().strip(),
            staffing_escalated=ui.staffingEscalated.isChecked(),
            escalated_to=ui.escalatedTo.text().strip(),
            beds_occupied=_spin_value(ui.bedsOccupied),
            expected_admissions=_spin_value(ui.expectedAdmissions),
            planned_discharges=_spin_value(ui.plannedDischarges),
            lookback_any=None if lookback == 0 else lookback == 1,
            events=self.events.values(),
            at_risk=self.at_risk.values(),
            threats=tuple(t for t, box in self._threats.items() if box.isChecked()),
            threats_detail=ui.threatsDetail.text().strip(),
            isolation_count=_spin_value(ui.isolationCount),
            bay_closed=ui.bayClosed.isChecked(),
            reminders=ui.reminders.toPlainText().strip(),
            data_reviewed=ui.dataReviewed.isChecked(),
            celebration=ui.celebration.text().strip(),
            escalations=ui.escalations.text().strip(),
            checkin_good=_spin_value(ui.checkinGood),
            checkin_ok=_spin_value(ui.checkinOk),
            checkin_struggling=_spin_value(ui.checkinStruggling),
            notes=ui.notes.toPlainText().strip(),
        )

    def _attendees(self) -> tuple[Attendee, ...]:
        out = []
        for row in range(self.ui.attendees.count()):
            person = self.ui.attendees.item(row).data(Qt.ItemDataRole.UserRole)
            out.append(person)
        return tuple(out)

    # -- saving ----------------------------------------------------------------------------
    def _changed(self) -> None:
        if self._loading or self._sheet is None or self.store.read_only:
            return
        self.autosave.changed()
        self.ui.savedIndicator.setText("Unsaved changes…")

    def save(self) -> bool:
        """Save the whole sheet and today's safety cross. Never loses typing: on failure the form
        keeps everything and says why."""
        if self._sheet is None or self._ward is None or self.store.read_only:
            return False
        try:
            result = self.store.huddles.save(self.read_form(), self.cross.values(self._ward.id, self.selected_day()))
        except StaleRecordError as error:
            self.autosave.paused = True
            show_message(
                self.ui.message,
                f"{error} Your typing is still on screen. Press 'Today' or change the date to reload.",
                error=True,
            )
            self.ui.savedIndicator.setText("NOT SAVED: changed by someone else")
            return False
        except ValidationError as error:
            show_message(self.ui.message, f"Not saved yet: {error}", error=True)
            self.ui.savedIndicator.setText("NOT SAVED: see the message below")
            return False
        self._sheet = result.sheet
        if result.cross:
            saved = dict(self.cross.saved)
            saved.update({c.harm_key: c for c in result.cross})
            self.cross.saved = saved
            self._load_cross()
        stamp = datetime.now().strftime("%H:%M:%S")
        self.ui.savedIndicator.setText(f"Saved {stamp}")
        self.ui.deleteSheet.setEnabled(True)
        show_message(self.ui.message, "")
        self.changed.emit(result.changes)
        return True

    def save_now(self) -> None:
        self.autosave.changed()
        self.autosave.flush()

    def leave(self) -> bool:
        self.autosave.flush()
        return True  # the page keeps its widgets, so switching away never loses typing

    # -- huddle times ----------------------------------------------------------------------
    def _now_hhmm(self) -> str:
        return self.store.ctx.now().astimezone().strftime("%H:%M")

    def stamp_start(self) -> None:
        self.ui.startTime.setText(self._now_hhmm())
        self._update_duration()
        self.save_now()

    def stamp_end(self) -> None:
        if not self.ui.startTime.text().strip():
            self.ui.startTime.setText(self._now_hhmm())
        self.ui.endTime.setText(self._now_hhmm())
        self._update_duration()
        self.save_now()

    def _update_duration(self) -> None:
        if self._ward is None:
            return
        target = self._ward.details.huddle_target_minutes
        try:
            minutes = replace(self.read_form(), envelope=None).duration_minutes if self._sheet else None
        except Exception:  # half-typed times simply show no duration
            minutes = None
        if minutes is None:
            self.ui.durationLabel.setText(f"target {target} min")
        elif minutes < 0:
            self.ui.durationLabel.setText("end is before start: check the times")
        else:
            verdict = "within target" if minutes <= target else f"{minutes - target} min over target"
            self.ui.durationLabel.setText(f"{minutes} min (target {target} min, {verdict})")

    def _update_held(self) -> None:
        held = self.ui.held.isChecked()
        for widget in (self.ui.notHeldReason, self.ui.notHeldDetail, self.ui.notHeldReasonLabel):
            widget.setVisible(not held)

    # -- attendance ------------------------------------------------------------------------
    def _add_attendee_item(self, person: Attendee) -> None:
        item = QListWidgetItem(f"{person.name} ({person.role})")
        item.setData(Qt.ItemDataRole.UserRole, person)
        self.ui.attendees.addItem(item)

    def add_attendee(self) -> None:
        if self._ward is None:
            return
        name = " ".join(self.ui.attendeeName.text().split())
        if not name:
            return
        if any(p.name.lower() == name.lower() for p in self._attendees()):
            show_message(self.ui.message, f"{name} is already on the attendance list.", error=True)
            return
        staff = {s.name.lower(): s for s in self.store.wards.staff_for(self._ward.id)}
        member = staff.get(name.lower())
        if member is None:
            role = self.ui.attendeeRole.currentText()
            try:
                member, changes = self.store.wards.add_staff(self._ward.id, name, role)
            except WardHuddleError as error:
                show_message(self.ui.message, str(error), error=True)
                return
            show_message(self.ui.message, f"Added {member.name} to the ward's staff list as {role}.")
            self.changed.emit(changes)
        self._add_attendee_item(Attendee(member.name, member.role, member.id))
        self.ui.attendeeName.clear()
        self._update_role_counts()
        self._changed()

    def remove_attendee(self) -> None:
        row = self.ui.attendees.currentRow()
        if row >= 0:
            self.ui.attendees.takeItem(row)
            self._update_role_counts()
            self._changed()

    def _update_role_counts(self) -> None:
        counts: dict[str, int] = {}
        for person in self._attendees():
            counts[person.role] = counts.get(person.role, 0) + 1
        total = sum(counts.values())
        parts = [f"{role} {n}" for role, n in counts.items()]
        self.ui.roleCounts.setText(f"{total} present" + (": " + " · ".join(parts) if parts else ""))

    # -- look back -------------------------------------------------------------------------
    def _start_reflection(self) -> None:
        event_id = self.events.selected_id()
        if event_id is None:
            show_message(self.ui.message, "Select the event in the look-back list first.", error=True)
            return
        self.save_now()
        if self._sheet is None or not self._sheet.is_saved or self.autosave.dirty:
            return
        self.start_reflection.emit(self._sheet.id, event_id)

    # -- actions ---------------------------------------------------------------------------
    def _focus_new_action(self) -> None:
        self.ui.newActionText.setFocus()

    def add_action(self) -> None:
        if self._ward is None:
            return
        self.save_now()
        due = self.ui.newActionDue.date().toPython()
        action = Action(
            ward_id=self._ward.id,
            text=self.ui.newActionText.text(),
            owner=self.ui.newActionOwner.currentText(),
            due=due,
            source_type="huddle",
            source_id=(self._sheet.id if self._sheet and self._sheet.id else ""),
            raised_on=self.selected_day(),
        )
        try:
            saved, changes = self.store.actions.add(action)
        except WardHuddleError as error:
            show_message(self.ui.message, str(error), error=True)
            return
        self.ui.newActionText.clear()
        show_message(
            self.ui.message,
            f"Action added for {saved.owner or 'the team'}, due {saved.due:%a %d %b}."
            if saved.due
            else "Action added.",
        )
        self._load_actions()
        self.changed.emit(changes)

    def apply_action_status(self) -> None:
        action = self.actions_table.selected()
        if action is None:
            show_message(self.ui.message, "Select an action in the list first.", error=True)
            return
        try:
            _saved, changes = self.store.actions.set_status(action, self.ui.actionStatus.currentText())
        except WardHuddleError as error:
            show_message(self.ui.message, str(error), error=True)
            self._load_actions()
            return
        self._load_actions()
        self.changed.emit(changes)

    # -- delete and print ------------------------------------------------------------------
    def delete_sheet(self) -> None:
        from app.ui import prompts

        if self._sheet is None or not self._sheet.is_saved:
            return
        self.autosave.flush()
        day = self._sheet.huddle_date
        if not prompts.ask_yes_no(
            self,
            "Delete huddle sheet",
            f"Delete the {self._sheet.slot.lower()} huddle sheet for {day:%A %d %B}? It will no longer show in "
            "History or in exports. Actions raised at it stay in the action register.",
            yes="Delete sheet",
            no="Keep it",
        ):
            return
        try:
            changes = self.store.huddles.delete(self._sheet)
        except WardHuddleError as error:
            show_message(self.ui.message, str(error), error=True)
            return
        self.changed.emit(changes)
        self._open_selected(flush=False)
        show_message(self.ui.message, "The sheet was deleted.")

    def _pdf_maker(self):
        from app.services import printing

        ward_id, day, slot = self._ward.id if self._ward else "", self.selected_day(), self.ui.slot.currentText()
        store = self.store
        return lambda: printing.huddle_sheet_pdf(store, ward_id, day, slot)

    def print_sheet(self) -> None:
        self.autosave.flush()
        try:
            from app.ui import printing
        except ImportError:
            show_message(self.ui.message, "Printing is not available in this build.", error=True)
            return
        printing.print_pdf(self, self._pdf_maker(), f"Huddle sheet {self.selected_day():%d %b %Y}")

    def save_pdf(self) -> None:
        self.autosave.flush()
        try:
            from app.ui import printing
        except ImportError:
            show_message(self.ui.message, "Saving as PDF is not available in this build.", error=True)
            return
        code = self._ward.details.ward_code or "ward" if self._ward else "ward"
        name = f"huddle-{code}-{self.selected_day():%Y-%m-%d}-{self.ui.slot.currentText().lower()}.pdf"
        printing.save_pdf(self, self._pdf_maker(), name)
