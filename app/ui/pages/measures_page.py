"""Measures: the ward's own measures and those worked out from the huddle sheets, each with its
latest variation and assurance icon; for the selected one, its chart, its data and its definition.

The chart widget (pyqtgraph) is built the first time a chart is shown, so opening the app never
pays for it. The page reloads when it is shown after a change elsewhere (a huddle sheet saved
changes the derived measures), not on every change while hidden.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QApplication, QHeaderView, QTableWidgetItem

from app.domain.chart_figure import figure_for
from app.domain.measure import MEASURE_TYPES, Measure, format_value
from app.domain.measure_series import MeasureChart
from app.errors import WardHuddleError
from app.services.changes import Changes
from app.services.store import AppStore
from app.ui import prompts
from app.ui.charts import icons
from app.ui.generated.ui_measures_page import Ui_MeasuresPage
from app.ui.pages.base import Page, paint_scroll_areas_once
from app.ui.pages.built_on_show import focus_into
from app.ui.panels.measure_data import MeasureDataPanel
from app.ui.panels.measure_definition import MeasureDefinitionPanel
from app.ui.widgets.form_helpers import show_message

ID_ROLE = Qt.ItemDataRole.UserRole


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def short_value(value: float | None, measure: Measure) -> str:
    """The latest value for the list: the number with a short unit (the chart has the full one)."""
    text = format_value(value, measure.details)
    unit = measure.details.display_unit
    if measure.details.data_kind == "rate":
        return text.replace(f" {unit}", f" per {measure.details.rate_per:,}")
    if len(unit) > 12 and text.endswith(unit):
        return text[: -len(unit)].strip()
    return text


class MeasuresPage(Page):
    title = "Measures"
    listens_to = Changes.MEASURES | Changes.HUDDLES | Changes.ACTIONS | Changes.WARDS | Changes.SETTINGS

    def __init__(self, store: AppStore) -> None:
        super().__init__()
        from app.ui.charts.pyside_refcounts import pin_singletons

        pin_singletons()  # PySide6 6.12.0 on Python 3.11 steals references to None/True (see that module)
        self.store = store
        self.ui = Ui_MeasuresPage()
        self.ui.setupUi(self)
        self.ui.title.setObjectName("title")
        self.chart_widget: Any = None
        self.overview: list[tuple[Measure, MeasureChart]] = []
        self.measure: Measure | None = None
        self.current_chart: MeasureChart | None = None
        self._dirty = False
        self._icon_side = 32
        self.ward_id: str | None = None
        self._generation = 0  # of load(): a result from an older one is dropped
        self._new_started = 0  # times "New measure" was pressed (its form is kept when the list arrives)

        # the Data and Definition tabs are built when first shown (or first needed): a first
        # visit shows the chart, and building both took a fifth of that visit
        self._data_panel: MeasureDataPanel | None = None
        self._definition_panel: MeasureDefinitionPanel | None = None

        table = self.ui.measureList
        table.setColumnCount(2)
        table.setHorizontalHeaderLabels(["Icons", "Measure"])
        table.horizontalHeaderItem(0).setToolTip("Variation icon, then assurance icon (Making Data Count)")
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setVisible(False)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header.sectionResized.connect(lambda *_args: table.resizeRowsToContents())
        self.ui.splitter.setStretchFactor(0, 2)
        self.ui.splitter.setStretchFactor(1, 3)
        self.ui.splitter.setSizes([430, 770])

        table.itemSelectionChanged.connect(self._selection_changed)
        self.ui.newMeasure.clicked.connect(self.new_measure)
        self.ui.deleteMeasure.clicked.connect(self.delete_measure)
        self.ui.exportPng.clicked.connect(lambda: self.export("png"))
        self.ui.exportSvg.clicked.connect(lambda: self.export("svg"))
        self.ui.howButton.toggled.connect(self.ui.howText.setVisible)
        self.ui.tabs.currentChanged.connect(self._tab_changed)
        if store.read_only:
            self.ui.newMeasure.setEnabled(False)
            self.ui.deleteMeasure.setEnabled(False)
        paint_scroll_areas_once(self)
        self.load()

    # -- the Data and Definition tabs, built on first use ------------------------------------------
    @property
    def data_panel(self) -> MeasureDataPanel:
        if self._data_panel is None:
            panel = self._data_panel = MeasureDataPanel(self.store, self)
            self.ui.dataHostLayout.addWidget(panel)
            panel.show()
            panel.changed.connect(self._data_changed)
            panel.load(self.measure)
        return self._data_panel

    @property
    def definition_panel(self) -> MeasureDefinitionPanel:
        if self._definition_panel is None:
            panel = self._definition_panel = MeasureDefinitionPanel(self.store, self)
            self.ui.definitionHostLayout.addWidget(panel)
            panel.show()
            paint_scroll_areas_once(panel)
            panel.saved.connect(self._definition_saved)
            panel.load(self.measure, self.ward_id)
        return self._definition_panel

    # -- loading -------------------------------------------------------------------------------
    def refresh(self, changes: Changes) -> None:
        if not changes & self.listens_to:
            return
        if self.isVisible():
            self.load()
        else:
            self._dirty = True

    def showEvent(self, event: QShowEvent) -> None:  # Qt override
        super().showEvent(event)
        if self._dirty:
            self._dirty = False
            self.load()

    def load(self, select_id: str | None = None) -> None:
        """Read the list again and show the selected measure (or ``select_id``). Every measure's
        analysis is worked out on a worker (on the trust file, seconds of huddle sheets read): the
        page is usable meanwhile and says it is working; the list fills in when they arrive."""
        self.ward_id = self.store.current_ward_id()
        wanted = select_id or (self.measure.id if self.measure is not None else None)
        self._generation += 1
        generation, ward_id, store = self._generation, self.ward_id, self.store
        if not ward_id:
            self._overview_ready(generation, wanted, [])
            return
        self.ui.chartSummary.setText("Working out each measure's chart and icons…")
        from app.ui import tasks

        def work() -> list[tuple[Measure, MeasureChart]]:
            with store.reader() as reader:  # its own connection: this runs on a worker thread
                return reader.measures.overview(ward_id)

        started_new = self._new_started
        tasks.run_in_background(work, lambda overview: self._overview_ready(generation, wanted, overview, started_new))

    def _overview_ready(self, generation: int, wanted: str | None, overview: list, started_new: int = 0) -> None:
        if generation != self._generation:  # a newer load is on its way
            return
        self.overview = overview
        table = self.ui.measureList
        table.blockSignals(True)
        table.setRowCount(len(self.overview))
        side = max(24, round(table.fontMetrics().height() * 1.4))
        table.setIconSize(QSize(side * 2 + side // 4, side))
        self._icon_side = side
        selected_row = -1
        for row, (measure, chart) in enumerate(self.overview):
            self._fill_row(row, measure, chart)
            if measure.id == wanted:
                selected_row = row
        table.blockSignals(False)
        QTimer.singleShot(0, table.resizeRowsToContents)  # once the columns have their widths
        if self._new_started != started_new:  # "New measure" was pressed meanwhile: keep its form
            return
        if selected_row < 0 and self.overview and (wanted is None or not wanted.startswith("new")):
            selected_row = 0
        if selected_row >= 0:
            table.selectRow(selected_row)
            self._show(self.overview[selected_row][0], self.overview[selected_row][1])
        else:
            self._show(None, None)

    def _fill_row(self, row: int, measure: Measure, chart: MeasureChart) -> None:
        table = self.ui.measureList
        variation = icons.variation_text(chart.variation_icon) if chart.variation_icon else chart.variation_text
        words = f"Variation: {variation}. Assurance: {chart.assurance_text}"
        cell = QTableWidgetItem()
        cell.setIcon(icons.pair_icon(chart.variation_icon, chart.assurance, self._icon_side))
        cell.setToolTip(words)
        cell.setData(Qt.ItemDataRole.AccessibleTextRole, words)
        kind = MEASURE_TYPES[measure.details.measure_type].lower() + " measure"
        if measure.is_derived:
            kind += ", from the huddle sheets"
        latest = chart.latest
        latest_text = f"latest {short_value(latest.value, measure)}" if latest is not None else "no data yet"
        if chart.variation_icon is None and latest is not None:
            latest_text += f" · no icon: {chart.why_no_icon}"  # an empty icon cell says why
        name = QTableWidgetItem(f"{measure.name}\n{kind} · {latest_text}")
        name.setData(ID_ROLE, measure.id)
        name.setData(Qt.ItemDataRole.AccessibleTextRole, f"{measure.name}, {kind}, {latest_text}")
        if measure.is_derived:
            name.setToolTip("Worked out from the daily huddle sheets; updates when a sheet is saved.")
        table.setItem(row, 0, cell)
        table.setItem(row, 1, name)

    def _selection_changed(self) -> None:
        row = self.ui.measureList.currentRow()
        items = self.ui.measureList.selectedItems()
        if not items or not 0 <= row < len(self.overview):
            return
        measure, chart = self.overview[row]
        if self.measure is not None and self.measure.id == measure.id and self.current_chart is chart:
            return
        self._show(measure, chart)

    def _show(self, measure: Measure | None, chart: MeasureChart | None) -> None:
        self.measure = measure
        self.current_chart = chart
        self.ui.deleteMeasure.setEnabled(measure is not None and not measure.is_derived and not self.store.read_only)
        if self._definition_panel is not None:
            self._definition_panel.load(measure, self.ward_id)
        if self._data_panel is not None:
            self._data_panel.load(measure)
        self._draw()

    # -- the chart -------------------------------------------------------------------------------
    def _ensure_chart_widget(self) -> Any:
        if self.chart_widget is None:
            from app.ui.charts.spc_chart import SpcChart

            self.chart_widget = SpcChart(self.ui.chartHost)
            self.chart_widget.setMinimumHeight(round(self.fontMetrics().height() * 22))
            self.ui.chartHostLayout.addWidget(self.chart_widget)
        return self.chart_widget

    def _tab_changed(self, _index: int) -> None:
        shown = self.ui.tabs.currentWidget()
        if shown is self.ui.chartTab:
            self._draw()
            return
        if shown is self.ui.dataTab and self._data_panel is None:
            focus_into(self.data_panel, shown)  # built now (the property)
        elif shown is self.ui.definitionTab and self._definition_panel is None:
            focus_into(self.definition_panel, shown)

    def _cycle_annotations(self) -> list:
        """PDSA cycles testing a change on this measure, drawn at their dates."""
        if self.measure is None or not self.measure.id:
            return []
        return self.store.projects.annotations_for_measure(self.measure.id)

    def _draw(self) -> None:
        chart = self.current_chart
        has_chart = chart is not None and bool(chart.points)
        self.ui.exportPng.setEnabled(has_chart)
        self.ui.exportSvg.setEnabled(has_chart)
        if chart is None:
            self.ui.chartSummary.setText("No measure selected. Choose one from the list, or make a new measure.")
            self.ui.iconsText.clear()
            self.ui.howText.clear()
            if self.chart_widget is not None:
                self.chart_widget.setVisible(False)
            return
        widget = self._ensure_chart_widget()
        widget.setVisible(True)
        if self.ui.tabs.currentWidget() is self.ui.chartTab or widget.chart is None:
            widget.set_chart(chart, self._cycle_annotations())
        figure = widget.figure if widget.chart is chart else figure_for(chart, self._cycle_annotations())
        self.ui.iconsText.setText("<b>" + _html(" ".join(figure.summary)) + "</b>")
        self.ui.chartSummary.setText(" ".join([*figure.caption, *(f"Key: {k}" for k in figure.key)]))
        self.ui.howText.setText(" ".join(figure.how))

    # -- actions -----------------------------------------------------------------------------------
    def new_measure(self) -> None:
        self._new_started += 1
        self.ui.measureList.clearSelection()
        self.measure = None
        self.current_chart = None
        self.definition_panel.load(None, self.ward_id)
        self.data_panel.load(None)
        self._draw()
        self.ui.tabs.setCurrentWidget(self.ui.definitionTab)
        self.definition_panel.ui.name.setFocus()

    def delete_measure(self) -> None:
        measure = self.measure
        if measure is None or measure.is_derived or measure.rev is None:
            show_message(self.ui.message, "Select one of the ward's own measures first.", error=True)
            return
        if not prompts.ask_yes_no(
            self,
            "Delete measure",
            f"Delete '{measure.name}' and all its data? This cannot be undone here.",
            yes="Delete",
            no="Keep",
        ):
            return
        try:
            changes = self.store.measures.delete(measure.id, measure.rev)
        except WardHuddleError as error:
            show_message(self.ui.message, str(error), error=True)
            return
        self.measure = None
        self.load()
        show_message(self.ui.message, f"Deleted '{measure.name}'.")
        self.changed.emit(changes)

    def _data_changed(self, changes: Changes) -> None:
        self._reload_current()
        self.changed.emit(changes)

    def _definition_saved(self, measure: Measure, changes: Changes) -> None:
        self.load(select_id=measure.id)
        self.changed.emit(changes)

    def _reload_current(self) -> None:
        """After a data save: new chart and list row for the current measure only."""
        if self.measure is None:
            return
        chart = self.store.measures.chart(self.measure.id)
        self.current_chart = chart
        for row, (measure, _old) in enumerate(self.overview):
            if measure.id == self.measure.id:
                self.overview[row] = (measure, chart)
                self.ui.measureList.blockSignals(True)
                self._fill_row(row, measure, chart)
                self.ui.measureList.blockSignals(False)
        self._draw()

    def export(self, kind: str) -> None:
        chart = self.current_chart
        if chart is None or not chart.points:
            show_message(self.ui.message, "There is no chart to export yet.", error=True)
            return
        widget = self._ensure_chart_widget()
        if widget.chart is not chart:
            widget.set_chart(chart, self._cycle_annotations())
        safe = re.sub(r"[^A-Za-z0-9 ._-]+", "", chart.details.name).strip() or "chart"
        file_filter = "PNG image (*.png)" if kind == "png" else "SVG drawing (*.svg)"
        path = prompts.save_file(self, f"Export chart as {kind.upper()}", f"{safe}.{kind}", file_filter)
        if not path:
            return
        if not path.lower().endswith(f".{kind}"):
            path += f".{kind}"
        # Drawing the scene must happen on the UI thread (about 0.2 s for a 1,600 px PNG of a
        # 5-year daily chart); the file is then written in the background.
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        try:
            data = widget.png_bytes() if kind == "png" else widget.svg_bytes()
        finally:
            QApplication.restoreOverrideCursor()

        from app.ui import tasks

        def done(_result: object) -> None:
            show_message(self.ui.message, f"Chart saved to {path}.")

        def failed(error: BaseException) -> None:
            show_message(self.ui.message, f"The chart could not be saved to {path}: {error}", error=True)

        tasks.run_in_background(lambda: self.store.measures.save_chart_file(path, data), on_done=done, on_error=failed)
