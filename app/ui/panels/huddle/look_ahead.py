"""Look ahead: patients at risk (bed, risk flags, mitigation), threats to safety today, isolation
and closed bays, reminders and whether the ward's data was reviewed."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.domain.huddle import THREATS
from app.services.store import AppStore
from app.ui.editors.fields import Field
from app.ui.generated.ui_huddle_look_ahead import Ui_HuddleLookAhead
from app.ui.panels.huddle.rows import AtRiskTable
from app.ui.panels.huddle.section import Section
from app.ui.widgets.list_editors import ChoiceChecks


class LookAheadSection(Section):
    form = Ui_HuddleLookAhead
    fields = (
        Field("at_risk", "at_risk_table", "value"),
        Field("threats", "threats", "value"),
        Field("threats_detail", "threatsDetail"),
        Field("isolation_count", "isolationCount", "count"),
        Field("bay_closed", "bayClosed", "check"),
        Field("reminders", "reminders", "plain"),
        Field("data_reviewed", "dataReviewed", "check"),
    )
    tab_stops = (
        "at_risk",
        "addAtRisk",
        "removeAtRisk",
        "threats",
        "threats_detail",
        "isolation_count",
        "bay_closed",
        "reminders",
        "data_reviewed",
    )

    def __init__(self, store: AppStore) -> None:
        super().__init__(store)
        ui = self.ui
        self.at_risk_table = AtRiskTable(ui.atRisk)
        ui.addAtRisk.clicked.connect(self.at_risk_table.add)
        ui.removeAtRisk.clicked.connect(self.at_risk_table.remove_selected)
        self.threats = ChoiceChecks()
        self.threats.set_options(THREATS, columns=3, across=True)
        holder = QVBoxLayout(ui.threatsBox)
        holder.setContentsMargins(0, 0, 0, 0)
        holder.addWidget(self.threats)
        ui.atRiskNote.setWordWrap(True)
        line = self.fontMetrics().height()
        ui.reminders.setMaximumHeight(line * 4)
        ui.atRisk.setMinimumHeight(line * 8)
        ui.atRisk.setMaximumHeight(int(line * 8 * 1.6))
        chain = [ui.removeAtRisk, *self.threats.widgets(), ui.threatsDetail]  # in the order they show
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
