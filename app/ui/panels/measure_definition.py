"""The measure definition panel (§A5), shown on the Measures page's Definition tab.

A panel, not a modal dialog: it sits in the page, so it never blocks the window. Choices that do
not fit the data are not offered (a p chart only for percentages, a u chart only for rates, "each
event" for days between events); the service validates again, and its message is shown here.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidgetItem, QWidget

from app.domain.measure import (
    CHART_TYPES,
    CHARTS_FOR_KIND,
    DATA_KINDS,
    FREQUENCIES,
    IMPROVEMENTS,
    MEASURE_TYPES,
    RATE_PER_CHOICES,
    Measure,
    MeasureDetails,
    RebasePoint,
    period_label,
)
from app.domain.measure_input import parse_date, parse_number
from app.errors import ValidationError, WardHuddleError
from app.services.changes import Changes
from app.services.store import AppStore
from app.ui import prompts
from app.ui.generated.ui_measure_definition import Ui_MeasuresDefinition
from app.ui.widgets.form_helpers import show_message

FIELD_WIDGETS = {
    "name": "name",
    "measure_type": "measureType",
    "definition": "definition",
    "data_kind": "dataKind",
    "frequency": "frequency",
    "improvement": "improvement",
    "target": "target",
    "chart_type": "chartType",
    "baseline": "baseline",
    "rebase": "rebaseTable",
    "unit": "unit",
    "rate_per": "ratePer",
    "data_source": "dataSource",
}


def _fill(combo: QComboBox, options: dict[str, str]) -> None:
    combo.clear()
    for key, label in options.items():
        combo.addItem(label, key)


def _select(combo: QComboBox, key: object) -> None:
    index = combo.findData(key)
    if index >= 0:
        combo.setCurrentIndex(index)


class MeasureDefinitionPanel(QWidget):
    """``load(measure)`` (None for a new measure); ``saved`` carries (measure, Changes)."""

    saved = Signal(object, object)

    def __init__(self, store: AppStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.ui = Ui_MeasuresDefinition()
        self.ui.setupUi(self)
        self.measure: Measure | None = None
        self.ward_id: str | None = None
        self._rebase: list[RebasePoint] = []
        _fill(self.ui.measureType, MEASURE_TYPES)
        _fill(self.ui.dataKind, DATA_KINDS)
        _fill(self.ui.improvement, IMPROVEMENTS)
        _fill(self.ui.ratePer, {n: f"{n:,}" for n in RATE_PER_CHOICES})
        table = self.ui.rebaseTable
        table.setColumnCount(2)
        table.setHorizontalHeaderLabels(["New period starts", "Reason"])
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().setVisible(False)
        self.ui.dataKind.currentIndexChanged.connect(self._kind_changed)
        self.ui.chartType.currentIndexChanged.connect(self._chart_changed)
        self.ui.frequency.currentIndexChanged.connect(self._show_rebase)
        self.ui.saveDefinition.clicked.connect(self.save)
        self.ui.revertDefinition.clicked.connect(lambda: self.load(self.measure, self.ward_id))
        self.ui.addRebase.clicked.connect(self.add_rebase)
        self.ui.removeRebase.clicked.connect(self.remove_rebase)
        self.load(None, None)

    # -- loading -------------------------------------------------------------------------
    def load(self, measure: Measure | None, ward_id: str | None) -> None:
        self.measure = measure
        self.ward_id = ward_id
        d = measure.details if measure is not None else MeasureDetails(name="")
        self.ui.name.setText(d.name)
        _select(self.ui.measureType, d.measure_type)
        self.ui.definition.setPlainText(d.definition)
        _select(self.ui.dataKind, d.data_kind)
        self._kind_changed()
        self.ui.unit.setText(d.unit)
        _select(self.ui.ratePer, d.rate_per)
        _select(self.ui.frequency, d.frequency)
        _select(self.ui.improvement, d.improvement)
        self.ui.target.setText("" if d.target is None else f"{d.target:g}")
        _select(self.ui.chartType, d.chart_type)
        self.ui.baseline.setValue(d.baseline or 0)
        self.ui.screenOutliers.setChecked(d.screen_outliers)
        self.ui.dataSource.setText(d.data_source)
        self._rebase = list(d.rebase)
        self._show_rebase()
        self._chart_changed()
        derived = measure is not None and measure.is_derived
        read_only = derived or self.store.read_only
        for widget in (self.ui.name, self.ui.unit, self.ui.target, self.ui.dataSource):
            widget.setReadOnly(read_only)
        self.ui.definition.setReadOnly(read_only)
        for widget in (
            self.ui.measureType,
            self.ui.dataKind,
            self.ui.ratePer,
            self.ui.frequency,
            self.ui.improvement,
            self.ui.chartType,
            self.ui.baseline,
            self.ui.screenOutliers,
            self.ui.addRebase,
            self.ui.removeRebase,
            self.ui.saveDefinition,
            self.ui.revertDefinition,
        ):
            widget.setEnabled(not read_only)
        if derived:
            self.ui.frequency.setEnabled(False)
        self._chart_changed()  # screening applies to XmR charts only
        self.ui.readOnlyNote.setText(
            "This measure is worked out from the daily huddle sheets: it updates whenever a sheet is saved, "
            "and cannot be edited here."
            if derived
            else ("Set up a new measure, then save it. Its data go in on the Data tab." if measure is None else "")
        )
        self.ui.readOnlyNote.setVisible(bool(self.ui.readOnlyNote.text()))
        self.ui.saveDefinition.setText("&Save definition" if measure is not None else "&Create measure")
        show_message(self.ui.definitionMessage, "")

    def _kind_changed(self) -> None:
        kind = self.ui.dataKind.currentData() or "count"
        chart = self.ui.chartType.currentData()
        self.ui.chartType.blockSignals(True)
        _fill(self.ui.chartType, {c: CHART_TYPES[c] for c in CHARTS_FOR_KIND[kind]})
        _select(self.ui.chartType, chart if chart in CHARTS_FOR_KIND[kind] else "run")
        self.ui.chartType.blockSignals(False)
        frequency = self.ui.frequency.currentData()
        self.ui.frequency.blockSignals(True)
        if kind == "days_between":
            _fill(self.ui.frequency, {"event": FREQUENCIES["event"]})
        else:
            _fill(self.ui.frequency, FREQUENCIES)
            _select(self.ui.frequency, frequency if frequency in FREQUENCIES else "weekly")
        self.ui.frequency.blockSignals(False)
        self.ui.ratePer.setEnabled(kind == "rate")
        self.ui.ratePerLabel.setEnabled(kind == "rate")
        self.ui.unit.setEnabled(kind not in ("percentage", "days_between"))
        self._chart_changed()

    def _chart_changed(self) -> None:
        xmr = self.ui.chartType.currentData() == "xmr"
        self.ui.screenOutliers.setEnabled(xmr and not (self.measure is not None and self.measure.is_derived))

    def _show_rebase(self) -> None:
        frequency = self.ui.frequency.currentData() or "weekly"
        table = self.ui.rebaseTable
        table.setRowCount(len(self._rebase))
        for row, point in enumerate(self._rebase):
            table.setItem(row, 0, QTableWidgetItem(period_label(point.period, frequency)))
            table.setItem(row, 1, QTableWidgetItem(point.reason))

    # -- editing ---------------------------------------------------------------------------
    def add_rebase(self) -> None:
        text = prompts.ask_text(
            self,
            "Rebase the chart",
            "Date the new period starts (for example 03/03/2025). The centre line and limits "
            "are worked out again from this point on:",
        )
        if text is None or not text.strip():
            return
        try:
            when = parse_date(text)
        except ValidationError as error:
            show_message(self.ui.definitionMessage, str(error), error=True)
            return
        reason = prompts.ask_text(
            self,
            "Reason for the rebase",
            "Why is the chart rebased here? Rebase only when the reason for the change is known "
            "(for example: 'New falls bundle in use from this week'):",
        )
        if reason is None:
            return
        if not reason.strip():
            show_message(self.ui.definitionMessage, "A rebase needs a reason, so nothing was added.", error=True)
            return
        self._rebase = sorted([*self._rebase, RebasePoint(when, reason.strip())], key=lambda r: r.period)
        self._show_rebase()
        show_message(self.ui.definitionMessage, "Rebase added: save the definition to keep it.")

    def remove_rebase(self) -> None:
        row = self.ui.rebaseTable.currentRow()
        if not 0 <= row < len(self._rebase):
            show_message(self.ui.definitionMessage, "Select a rebase point in the list first.", error=True)
            return
        del self._rebase[row]
        self._show_rebase()
        show_message(self.ui.definitionMessage, "Rebase removed: save the definition to keep the change.")

    def details(self) -> MeasureDetails:
        """What the form holds, unvalidated (the target is parsed as a UK number)."""
        target = parse_number(self.ui.target.text(), "The target")
        return MeasureDetails(
            name=self.ui.name.text(),
            measure_type=self.ui.measureType.currentData(),
            definition=self.ui.definition.toPlainText(),
            data_kind=self.ui.dataKind.currentData(),
            frequency=self.ui.frequency.currentData(),
            improvement=self.ui.improvement.currentData(),
            target=target,
            chart_type=self.ui.chartType.currentData(),
            baseline=self.ui.baseline.value() or None,
            rebase=tuple(self._rebase),
            unit=self.ui.unit.text() if self.ui.unit.isEnabled() else "",
            rate_per=int(self.ui.ratePer.currentData() or 1000),
            data_source=self.ui.dataSource.text(),
            screen_outliers=self.ui.screenOutliers.isChecked(),
        )

    def save(self) -> None:
        if self.ward_id is None:
            show_message(self.ui.definitionMessage, "Set up a ward first (Settings).", error=True)
            return
        try:
            details = self.details()
            if self.measure is None:
                measure, changes = self.store.measures.create(self.ward_id, details)
                text = f"Created '{measure.name}'. Now add its data on the Data tab."
            else:
                assert self.measure.rev is not None
                measure, changes = self.store.measures.update(self.measure.id, self.measure.rev, details)
                text = "Definition saved."
        except WardHuddleError as error:
            show_message(self.ui.definitionMessage, str(error), error=True)
            field = getattr(error, "field", None)
            widget = getattr(self.ui, FIELD_WIDGETS.get(field or "", ""), None)
            if widget is not None:
                widget.setFocus()
            return
        self.load(measure, self.ward_id)
        self.saved.emit(measure, changes | Changes.MEASURES)  # the page reloads (and so reloads this panel)
        show_message(self.ui.definitionMessage, text)
