"""History: a week of huddle sheets at a glance (days × slots). Enter opens a sheet on the huddle
page (where it is edited under the revision check); delete leaves a tombstone after confirming."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem

from app.domain.huddle import HuddleSheet
from app.domain.weeks import week_label
from app.errors import WardHuddleError
from app.services.changes import Changes
from app.services.store import AppStore
from app.ui.generated.ui_history_page import Ui_HistoryPage
from app.ui.pages.base import Page
from app.ui.widgets.form_helpers import show_message


def describe(sheet: HuddleSheet) -> str:
    if not sheet.held:
        return f"NOT HELD: {sheet.not_held_reason}".rstrip(": ")
    parts = ["Held"]
    if sheet.duration_minutes is not None:
        parts.append(f"{sheet.duration_minutes} min")
    if sheet.attendees:
        parts.append(f"{len(sheet.attendees)} present")
    if sheet.events:
        parts.append(f"{len(sheet.events)} event{'s' if len(sheet.events) != 1 else ''}")
    if sheet.leader:
        parts.append(f"led by {sheet.leader}")
    return " · ".join(parts)


class HistoryPage(Page):
    title = "History"
    listens_to = Changes.HUDDLES | Changes.WARDS
    open_huddle = Signal(object, str)  # date, slot

    def __init__(self, store: AppStore) -> None:
        super().__init__()
        self.store = store
        self.ui = Ui_HistoryPage()
        self.ui.setupUi(self)
        self.ui.title.setObjectName("title")
        today = store.huddles.today()
        self.week_start = today - timedelta(days=today.weekday())
        self._cells: dict[tuple[int, int], HuddleSheet] = {}
        self._slots: list[str] = []
        self.ui.week.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.ui.week.verticalHeader().setDefaultSectionSize(int(self.fontMetrics().height() * 3.2))
        self.ui.week.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.ui.previousWeek.clicked.connect(lambda: self.show_week(self.week_start - timedelta(days=7)))
        self.ui.nextWeek.clicked.connect(lambda: self.show_week(self.week_start + timedelta(days=7)))
        self.ui.thisWeek.clicked.connect(lambda: self.show_week(self.store.huddles.today()))
        self.ui.openSheet.clicked.connect(self.open_selected)
        self.ui.week.cellActivated.connect(lambda _r, _c: self.open_selected())
        self.ui.deleteSheet.clicked.connect(self.delete_selected)
        self.ui.weeklyPack.clicked.connect(self.weekly_pack)
        self.ui.deleteSheet.setEnabled(not store.read_only)
        self.load()

    def refresh(self, changes: Changes) -> None:
        if changes & self.listens_to:
            self.load()

    def show_week(self, any_day: date) -> None:
        self.week_start = any_day - timedelta(days=any_day.weekday())
        self.load()

    def load(self) -> None:
        ward_id = self.store.current_ward_id()
        if not ward_id:
            return
        ward = self.store.wards.get(ward_id)
        end = self.week_start + timedelta(days=6)
        iso = self.week_start.isocalendar()
        self.ui.weekLabel.setText(f"Week {iso.week}, {self.week_start:%d %b} to {end:%d %b %Y}")
        sheets = self.store.huddles.sheets_between(ward_id, self.week_start, end)
        self._slots = list(ward.details.huddle_slots)
        for sheet in sheets:
            if sheet.slot not in self._slots:
                self._slots.append(sheet.slot)
        table = self.ui.week
        table.clear()
        table.setRowCount(7)
        table.setColumnCount(len(self._slots))
        table.setHorizontalHeaderLabels(self._slots)
        table.setVerticalHeaderLabels([f"{self.week_start + timedelta(days=d):%a %d %b}" for d in range(7)])
        self._cells = {}
        by_key = {(s.huddle_date, s.slot): s for s in sheets}
        held = not_held = 0
        for row in range(7):
            day = self.week_start + timedelta(days=row)
            for col, slot in enumerate(self._slots):
                sheet = by_key.get((day, slot))
                item = QTableWidgetItem(describe(sheet) if sheet else "–")
                item.setData(
                    Qt.ItemDataRole.AccessibleTextRole, f"{day:%A} {slot}: {describe(sheet) if sheet else 'no sheet'}"
                )
                if sheet:
                    self._cells[(row, col)] = sheet
                    held += sheet.held
                    not_held += not sheet.held
                    if not sheet.held:
                        font = item.font()
                        font.setBold(True)
                        item.setFont(font)
                table.setItem(row, col, item)
        self.ui.summary.setText(f"{held} huddle{'s' if held != 1 else ''} held, {not_held} not held this week.")
        today = self.store.huddles.today()
        if self.week_start <= today <= end:
            table.setCurrentCell((today - self.week_start).days, 0)

    def _selected(self) -> tuple[date, str, HuddleSheet | None] | None:
        row, col = self.ui.week.currentRow(), self.ui.week.currentColumn()
        if row < 0 or col < 0 or col >= len(self._slots):
            show_message(self.ui.message, "Select a day and slot first.", error=True)
            return None
        return self.week_start + timedelta(days=row), self._slots[col], self._cells.get((row, col))

    def open_selected(self) -> None:
        chosen = self._selected()
        if chosen is not None:
            self.open_huddle.emit(chosen[0], chosen[1])

    def delete_selected(self) -> None:
        from app.ui import prompts

        chosen = self._selected()
        if chosen is None:
            return
        day, slot, sheet = chosen
        if sheet is None:
            show_message(self.ui.message, "There is no sheet there to delete.", error=True)
            return
        if not prompts.ask_yes_no(
            self,
            "Delete huddle sheet",
            f"Delete the {slot.lower()} huddle sheet for {day:%A %d %B}?",
            yes="Delete sheet",
            no="Keep it",
        ):
            return
        try:
            changes = self.store.huddles.delete(sheet)
        except WardHuddleError as error:
            show_message(self.ui.message, str(error), error=True)
            self.load()
            return
        show_message(self.ui.message, "The sheet was deleted.")
        self.load()
        self.changed.emit(changes)

    def weekly_pack(self) -> None:
        from app.services import printing as printing_service
        from app.ui import printing

        ward_id = self.store.current_ward_id() or ""
        week = week_label(self.week_start)
        store = self.store
        printing.save_pdf(self, lambda: printing_service.week_pack_pdf(store, ward_id, week), f"weekly-pack-{week}.pdf")
