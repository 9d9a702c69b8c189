"""Settings: ward details, the staff list, app settings (generated from the catalogue) and the
read-only audit log."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.settings_catalog import SETTINGS, SettingSpec
from app.domain.uk_dates import format_stamp
from app.domain.ward import StaffMember, Ward, WardDetails, focus_harm_named
from app.errors import WardHuddleError
from app.services.changes import Changes
from app.services.store import AppStore
from app.ui import prompts
from app.ui.generated.ui_settings_page import Ui_SettingsPage
from app.ui.pages.base import Page, paint_scroll_areas_once
from app.ui.widgets.form_helpers import show_message


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


class SettingsPage(Page):
    title = "Settings"
    listens_to = Changes.WARDS | Changes.STAFF | Changes.SETTINGS | Changes.AUDIT

    def __init__(self, store: AppStore) -> None:
        super().__init__()
        self.store = store
        self.ui = Ui_SettingsPage()
        self.ui.setupUi(self)
        self.ui.title.setObjectName("title")
        self._ward: Ward | None = None
        self._staff: list[StaffMember] = []
        self._setting_inputs: dict[str, QWidget] = {}
        self._audit_read = False  # the audit log is read when its tab is first shown
        self._build_app_settings()
        from app.ui.widgets.cross_colours import CrossColoursEditor

        self.cross_colours = CrossColoursEditor()
        self.cross_colours.setMinimumHeight(self.fontMetrics().height() * 10)
        colours_label = QLabel("Safet&y cross colours")
        colours_label.setBuddy(self.cross_colours)
        self.ui.wardForm.insertRow(6, colours_label, self.cross_colours)
        QWidget.setTabOrder(self.ui.focusHarms, self.cross_colours)
        QWidget.setTabOrder(self.cross_colours, self.ui.huddleSlots)
        table = self.ui.staffTable
        table.setColumnCount(3)
        table.setHorizontalHeaderLabels(["Name", "Role", "Status"])
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setVisible(False)
        audit = self.ui.auditTable
        audit.setColumnCount(5)
        audit.setHorizontalHeaderLabels(["When", "Action", "Counts", "Windows user", "Computer"])
        audit.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        audit.horizontalHeader().setStretchLastSection(True)
        audit.verticalHeader().setVisible(False)
        from app.ui.panels.backups_panel import BackupsPanel  # the Backups tab (list, back up now, restore)

        self.backups_panel = BackupsPanel(store, self)
        self.ui.tabs.insertTab(self.ui.tabs.indexOf(self.ui.auditTab), self.backups_panel, "&Backups")
        self.ui.saveWard.clicked.connect(self.save_ward)
        self.ui.revertWard.clicked.connect(self.load)
        self.ui.addStaff.clicked.connect(self.add_staff)
        self.ui.newStaffName.returnPressed.connect(self.add_staff)
        self.ui.renameStaff.clicked.connect(self.rename_staff)
        self.ui.retireStaff.clicked.connect(self.retire_staff)
        self.ui.showRetired.toggled.connect(lambda _checked: self._load_staff())
        self.ui.saveApp.clicked.connect(self.save_app_settings)
        # the Ward and App tabs scroll (forms/settings_page.ui) rather than push the window past a
        # 768-pixel screen at large text sizes
        self.ui.tabs.currentChanged.connect(self._tab_shown)
        if store.read_only:
            for button in (
                self.ui.saveWard,
                self.ui.addStaff,
                self.ui.renameStaff,
                self.ui.retireStaff,
                self.ui.saveApp,
            ):
                button.setEnabled(False)
        paint_scroll_areas_once(self)
        self.load(audit=False)

    # -- loading -----------------------------------------------------------------------
    def refresh(self, changes: Changes) -> None:
        if changes & self.listens_to:
            self.load()

    def load(self, *, audit: bool = True) -> None:
        ward_id = self.store.current_ward_id()
        self._ward = self.store.wards.get(ward_id) if ward_id else None
        if self._ward is not None:
            d = self._ward.details
            self.ui.wardName.setText(d.name)
            self.ui.trustName.setText(d.trust_name)
            self.ui.trustCode.setText(d.trust_code)
            self.ui.wardCode.setText(d.ward_code)
            self.ui.huddleTarget.setValue(d.huddle_target_minutes)
            self.ui.focusHarms.setPlainText("\n".join(h.name for h in d.focus_harms))
            self.cross_colours.set_harms(d.focus_harms)
            self.ui.huddleSlots.setPlainText("\n".join(d.huddle_slots))
            self.ui.staffRoles.setPlainText("\n".join(d.staff_roles))
            self.ui.newStaffRole.clear()
            self.ui.newStaffRole.addItems(list(d.staff_roles))
        self._load_staff()
        self._load_app_settings()
        if audit or self.ui.tabs.currentWidget() is self.ui.auditTab:
            self._load_audit()

    def _tab_shown(self, _index: int) -> None:
        if self.ui.tabs.currentWidget() is self.ui.auditTab and not self._audit_read:
            self._load_audit()

    def _load_staff(self) -> None:
        table = self.ui.staffTable
        self._staff = (
            self.store.wards.staff_for(self._ward.id, include_retired=self.ui.showRetired.isChecked())
            if self._ward
            else []
        )
        table.setRowCount(len(self._staff))
        for row, member in enumerate(self._staff):
            table.setItem(row, 0, QTableWidgetItem(member.name))
            table.setItem(row, 1, QTableWidgetItem(member.role))
            table.setItem(row, 2, QTableWidgetItem("Left the ward" if member.retired else "On the ward"))

    def _load_audit(self) -> None:
        self._audit_read = True
        entries = self.store.audit.recent(200)
        table = self.ui.auditTable
        table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            counts = ", ".join(f"{k.replace('_', ' ')}: {v}" for k, v in entry.counts.items())
            for col, text in enumerate(
                (format_stamp(entry.at_utc), entry.action, counts, entry.os_user, entry.machine)
            ):
                table.setItem(row, col, QTableWidgetItem(text))

    # -- ward --------------------------------------------------------------------------
    def save_ward(self) -> None:
        if self._ward is None:
            return
        old = {h.name: h for h in self.cross_colours.harms()}
        harms = tuple(old.get(name) or focus_harm_named(name) for name in _lines(self.ui.focusHarms.toPlainText()))
        details = WardDetails(
            name=self.ui.wardName.text(),
            trust_name=self.ui.trustName.text(),
            trust_code=self.ui.trustCode.text(),
            ward_code=self.ui.wardCode.text(),
            focus_harms=harms,
            huddle_slots=_lines(self.ui.huddleSlots.toPlainText()),
            staff_roles=_lines(self.ui.staffRoles.toPlainText()),
            huddle_target_minutes=self.ui.huddleTarget.value(),
            is_demo=self._ward.details.is_demo,
        )
        try:
            self._ward, changes = self.store.wards.update_ward(self._ward.id, self._ward.rev, details)
        except WardHuddleError as error:
            show_message(self.ui.wardMessage, str(error), error=True)
            return
        show_message(self.ui.wardMessage, "Ward details saved.")
        self.changed.emit(changes)

    # -- staff -------------------------------------------------------------------------
    def _selected_staff(self) -> StaffMember | None:
        row = self.ui.staffTable.currentRow()
        if 0 <= row < len(self._staff):
            return self._staff[row]
        show_message(self.ui.staffMessage, "Select a person in the list first.", error=True)
        return None

    def add_staff(self) -> None:
        if self._ward is None:
            return
        name = self.ui.newStaffName.text()
        try:
            member, changes = self.store.wards.add_staff(self._ward.id, name, self.ui.newStaffRole.currentText())
        except WardHuddleError as error:
            show_message(self.ui.staffMessage, str(error), error=True)
            return
        self.ui.newStaffName.clear()
        show_message(self.ui.staffMessage, f"Added {member.name} ({member.role}).")
        self._load_staff()
        self.changed.emit(changes)

    def rename_staff(self) -> None:
        member = self._selected_staff()
        if member is None or self._ward is None:
            return
        name = prompts.ask_text(self, "Rename", f"New name for {member.name}:", member.name)
        if name is None:
            return
        role = prompts.ask_choice(self, "Role", f"Role for {name}:", list(self._ward.details.staff_roles), member.role)
        if role is None:
            return
        try:
            updated, changes = self.store.wards.update_staff(
                member.id, member.rev, name=name, role=role, retired=member.retired
            )
        except WardHuddleError as error:
            show_message(self.ui.staffMessage, str(error), error=True)
            return
        show_message(self.ui.staffMessage, f"Saved {updated.name} ({updated.role}).")
        self._load_staff()
        self.changed.emit(changes)

    def retire_staff(self) -> None:
        member = self._selected_staff()
        if member is None:
            return
        if not prompts.ask_yes_no(
            self,
            "Left the ward",
            f"Mark {member.name} as having left the ward? Past huddle records keep their name.",
            yes="Mark as left",
            no="Cancel",
        ):
            return
        try:
            _updated, changes = self.store.wards.retire_staff(member.id, member.rev)
        except WardHuddleError as error:
            show_message(self.ui.staffMessage, str(error), error=True)
            return
        show_message(self.ui.staffMessage, f"{member.name} is marked as having left the ward.")
        self._load_staff()
        self.changed.emit(changes)

    # -- app settings ------------------------------------------------------------------
    def _build_app_settings(self) -> None:
        for spec in SETTINGS:
            if spec.key == "current_ward_id":
                continue
            widget = self._input_for(spec)
            widget.setAccessibleName(spec.label)
            widget.setAccessibleDescription(spec.help)
            widget.setToolTip(spec.help)
            label = QLabel(spec.label)
            label.setBuddy(widget)
            help_text = QLabel(spec.help)
            help_text.setWordWrap(True)
            field = QWidget()
            column = QVBoxLayout(field)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(widget)
            column.addWidget(help_text)
            self.ui.appForm.addRow(label, field)
            self._setting_inputs[spec.key] = widget
        previous = self.ui.tabs
        for widget in self._setting_inputs.values():
            QWidget.setTabOrder(previous, widget)
            previous = widget
        QWidget.setTabOrder(previous, self.ui.saveApp)

    @staticmethod
    def _input_for(spec: SettingSpec) -> QWidget:
        if spec.key == "weekly_export_weekday":
            days = QComboBox()
            days.addItems(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"])
            return days
        if spec.kind is bool:
            return QCheckBox("Yes")
        if spec.kind is int:
            spin = QSpinBox()
            spin.setRange(
                spec.minimum if spec.minimum is not None else 0, spec.maximum if spec.maximum is not None else 10_000
            )
            return spin
        return QLineEdit()

    def _load_app_settings(self) -> None:
        values = self.store.settings.all()
        for key, widget in self._setting_inputs.items():
            value = values[key]
            if isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(int(value))
            elif isinstance(widget, QSpinBox):
                widget.setValue(int(value))
            elif isinstance(widget, QLineEdit):
                widget.setText(str(value))

    def _read_app_settings(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, widget in self._setting_inputs.items():
            if isinstance(widget, QCheckBox):
                out[key] = widget.isChecked()
            elif isinstance(widget, QComboBox):
                out[key] = widget.currentIndex()
            elif isinstance(widget, QSpinBox):
                out[key] = widget.value()
            elif isinstance(widget, QLineEdit):
                out[key] = widget.text()
        return out

    def save_app_settings(self) -> None:
        try:
            changes = self.store.settings.set_many(self._read_app_settings())
        except WardHuddleError as error:
            show_message(self.ui.appMessage, str(error), error=True)
            return
        show_message(self.ui.appMessage, "Settings saved.")
        self.changed.emit(changes)
