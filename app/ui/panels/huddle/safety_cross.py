"""Today's safety cross: a colour and a count for each focus harm, the days since the last harm,
and the month so far. Saved with the sheet but as records of its own (one per harm and day)."""

from __future__ import annotations

from datetime import date

from app.domain.safety_cross import CrossDay
from app.domain.ward import Ward
from app.services.store import AppStore
from app.ui.generated.ui_huddle_safety_cross import Ui_HuddleSafetyCross
from app.ui.panels.huddle.section import Section
from app.ui.panels.huddle_tables import CrossRows
from app.ui.widgets.safety_cross_view import SafetyCrossMonthView


class SafetyCrossSection(Section):
    form = Ui_HuddleSafetyCross
    tab_stops = ("cross",)

    def __init__(self, store: AppStore) -> None:
        super().__init__(store)
        self.cross = CrossRows(self.ui.crossRows)
        self.cross.changed.connect(self.edited)
        self.month_view = SafetyCrossMonthView()
        self.ui.crossLayout.replaceWidget(self.ui.crossMonth, self.month_view)
        self.ui.crossMonth.deleteLater()

    @property
    def rows(self) -> list:
        return self.cross.rows

    def set_ward(self, ward: Ward, staff_names: list[str]) -> None:
        super().set_ward(ward, staff_names)
        self.cross.build(ward.details.focus_harms)

    def load(self, day: date) -> None:
        if self.ward is None:
            return
        huddles = self.store.huddles
        today = huddles.cross_today(self.ward.id, day)  # boxes, days since and look back: one set of facts
        saved = {c.harm.key: c.box for c in today if c.box is not None}
        days = {c.harm.key: c.days_since for c in today}
        notes = {
            c.harm.key: " · ".join(
                part for part in (c.source_words, f"⚠ {c.contradiction}" if c.contradiction else "") if part
            )
            for c in today
        }
        self.cross.set(saved, days, notes)
        self.month_view.set_months(huddles.cross_month(self.ward.id, day.year, day.month), today=day.day)
        self.ui.crossMonthLabel.setText(f"{day:%B %Y}")

    def values(self, day: date) -> tuple[CrossDay, ...]:
        """Today's boxes that changed since they were loaded (unchanged ones make no new revision)."""
        return self.cross.values(self.ward.id, day) if self.ward is not None else ()

    def saved(self, days: tuple[CrossDay, ...], day: date) -> None:
        """After a save: reload, since look back may have marked, changed or cleared a box."""
        self.load(day)
