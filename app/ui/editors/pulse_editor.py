"""The culture pulse (§A6), a tab of the Improvement page.

* The team check-in from the daily sheets: "% Good" per week, charted like any measure (it is the
  derived measure of that name), and the counts of the last weeks.
* The quarterly local pulse of the nine NQPS questions, typed in as how many people gave each
  answer; autosaved. A result (percentage, chart point) shows only for a question with 5 or more
  answers.
* Results over the quarters: % positive per question and quarter, and a chart of the chosen one.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from app.domain.pulse import (
    MIN_RESPONSES,
    POSITIVE_WORDS,
    SCALES,
    ItemSeries,
    PulseItem,
    PulseSurvey,
    national_pulse_note,
    quarter_label,
    short_quarter_label,
)
from app.errors import ValidationError, WardHuddleError
from app.services.changes import Changes
from app.services.store import AppStore
from app.ui.editors.fields import Field
from app.ui.editors.record_editor import RecordEditor
from app.ui.generated.ui_pulse_editor import Ui_PulseEditor
from app.ui.panels.pulse_chart import PulseChart
from app.ui.widgets.form_helpers import commit_open_editor, fit_narrow, show_message

CHECKIN_WEEKS = 8
HEADER_WORDS = {
    "Neither agree nor disagree": "Neither",
    "Strongly disagree": "Strongly\ndisagree",
    "Strongly agree": "Strongly\nagree",
}
READ_ONLY = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled


class PulseEditor(RecordEditor):
    """The culture pulse tab: the check-in, this quarter's counts (a record editor), the results."""

    noun = "pulse"
    draft_page = "improvement"
    leave_asks = False  # the Improvement page keeps its widgets, so leaving never loses typing
    status_on_open = False  # the page's one saved indicator speaks for the last save
    message_where = "on the pulse"
    stale_hint = "Your typing is still on screen."
    fields = (Field("note", "note", "plain", strip=False),)  # the counts are read from their tables

    def __init__(self, store: AppStore, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self.ui = Ui_PulseEditor()
        self.ui.setupUi(self)
        self.ward_id: str | None = None
        self.series: list[ItemSeries] = []
        self.checkin_chart: Any = None
        self.results_chart: Any = None
        self._charts_stale = True
        ui = self.ui
        fit_narrow(self)
        line = self.fontMetrics().height()
        for table in (ui.frequencyTable, ui.agreementTable, ui.resultsTable):
            table.verticalHeader().setVisible(False)
            table.setWordWrap(True)
            table.horizontalHeader().sectionResized.connect(lambda *_a, t=table: self._fit_rows(t))
        for table in (ui.frequencyTable, ui.agreementTable):
            table.itemChanged.connect(self._count_edited)
        ui.checkinTable.verticalHeader().setVisible(False)
        ui.checkinTable.setMaximumHeight(line * (CHECKIN_WEEKS + 3))
        ui.note.setMaximumHeight(line * 5)
        ui.quarter.setMinimumContentsLength(28)
        self.bind_fields(self.fields)
        ui.quarter.currentIndexChanged.connect(self._quarter_chosen)
        ui.deletePulse.clicked.connect(self.delete)
        ui.resultsTable.itemSelectionChanged.connect(self._draw_results)
        if store.read_only:
            ui.deletePulse.setEnabled(False)

    @property
    def survey(self) -> PulseSurvey | None:
        return self._record

    def show_reload(self, visible: bool) -> None:
        pass  # choosing the quarter again reloads it

    # -- loading -------------------------------------------------------------------------------------
    def load(self, ward_id: str | None) -> None:
        self.flush()
        self.ward_id = ward_id
        combo = self.ui.quarter
        combo.blockSignals(True)
        combo.clear()
        for quarter in self.store.pulse.quarters(ward_id) if ward_id else []:
            saved = self.store.pulse.surveys.find(ward_id, quarter) is not None
            combo.addItem(quarter_label(quarter) + ("" if saved else " (nothing entered)"), quarter.isoformat())
        previous = next((i for i in range(combo.count()) if "(nothing" not in combo.itemText(i)), 0)
        combo.setCurrentIndex(previous if combo.count() else -1)
        combo.blockSignals(False)
        self._open_quarter()
        self.refresh()

    def refresh(self) -> None:
        """Check-in and results again (a sheet or pulse was saved)."""
        if self.ward_id is None:
            return
        weeks = self.store.pulse.checkin_weeks(self.ward_id, CHECKIN_WEEKS)
        table = self.ui.checkinTable
        table.setColumnCount(5)
        table.setHorizontalHeaderLabels(["Week commencing", "Good", "OK", "Struggling", "% Good"])
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.setRowCount(len(weeks))
        for row, week in enumerate(reversed(weeks)):
            cells = (
                f"{week.week:%d %b %Y}",
                str(week.good),
                str(week.ok),
                str(week.struggling),
                f"{100 * week.good / week.total:.0f}%",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(READ_ONLY)
                table.setItem(row, column, item)
        self.ui.checkinSummary.setText(
            "How the team felt at each huddle (Good, OK, Struggling), added up by week from the daily sheets. "
            + ("" if weeks else "No check-in answers on the sheets of the last weeks yet.")
        )
        self._fill_results()
        self._charts_stale = True
        if self.isVisible():
            self._draw_charts()

    def showEvent(self, event) -> None:  # N802 - Qt override
        super().showEvent(event)
        if self._charts_stale:
            self._draw_charts()

    def _draw_charts(self) -> None:
        """The charts are built the first time the tab is shown (pyqtgraph loads then)."""
        self._charts_stale = False
        if self.ward_id is None:
            return
        from app.ui.charts.spc_chart import SpcChart

        if self.checkin_chart is None:
            self.checkin_chart = SpcChart(self.ui.checkinChartHost)
            self.checkin_chart.setMinimumHeight(round(self.fontMetrics().height() * 16))
            self.ui.checkinChartLayout.addWidget(self.checkin_chart)
        self.checkin_chart.set_chart(self.store.pulse.checkin_chart(self.ward_id))
        self._draw_results()

    def _quarter_chosen(self, _index: int) -> None:
        if not self.flush():
            return
        self._open_quarter()

    def _open_quarter(self) -> None:
        data = self.ui.quarter.currentData()
        quarter = date.fromisoformat(data) if data else None
        if self.ward_id is None or quarter is None:
            self.autosave.clear()
            self._record = None
            self.ui.pulseBox.setEnabled(False)
            return
        self.ui.pulseBox.setEnabled(True)
        self.ui.quarterNote.setText(national_pulse_note(quarter))
        self.ui.quarterNote.setVisible(bool(national_pulse_note(quarter)))
        self.open(self.store.pulse.survey_for(self.ward_id, quarter))

    def show_quarter_draft(self, survey: PulseSurvey) -> None:
        """A quarter's counts as they were typed before Ward Huddle stopped."""
        combo = self.ui.quarter
        combo.blockSignals(True)
        combo.setCurrentIndex(max(0, combo.findData(survey.quarter_start.isoformat())))
        combo.blockSignals(False)
        self.ui.pulseBox.setEnabled(True)
        self.show_draft(survey)

    def after_fill(self) -> None:
        self.ui.deletePulse.setEnabled(self._record.is_saved and not self.store.read_only)

    def fill_more(self, survey: PulseSurvey) -> None:
        """Each question is a full-width row (its words wrap at any text size) above the row of its
        counts, the number of answers and the result."""
        for table, scale in ((self.ui.frequencyTable, "frequency"), (self.ui.agreementTable, "agreement")):
            items = [(n, i) for n, i in enumerate(survey.items) if i.question.scale == scale]
            options = SCALES[scale]
            table.clearSpans()
            table.setColumnCount(len(options) + 2)
            table.setHorizontalHeaderLabels([*(HEADER_WORDS.get(o, o) for o in options), "Answers", "Result"])
            for column, option in enumerate(options):
                table.horizontalHeaderItem(column).setToolTip(option)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            table.setRowCount(len(items) * 2)
            for position, (index, item) in enumerate(items):
                row = position * 2
                question = QTableWidgetItem(f"{item.question.number or position + 1}. {item.question.text}")
                question.setFlags(READ_ONLY)
                question.setData(Qt.ItemDataRole.UserRole, index)
                question.setToolTip(f"{item.question.dimension}; NQPS wording of {item.question.year}")
                font = question.font()
                font.setBold(True)
                question.setFont(font)
                table.setItem(row, 0, question)
                table.setSpan(row, 0, 1, len(options) + 2)
                for column, (option, count) in enumerate(zip(options, item.counts, strict=False)):
                    cell = QTableWidgetItem(str(count) if count else "")
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    cell.setToolTip(option)
                    cell.setData(Qt.ItemDataRole.AccessibleTextRole, f"{item.question.text}: {option}")
                    if self.store.read_only:
                        cell.setFlags(READ_ONLY)
                    table.setItem(row + 1, column, cell)
                self._fill_result(table, row + 1, item)
            self._fit_rows(table)

    @staticmethod
    def _fit_rows(table: QTableWidget) -> None:
        table.resizeRowsToContents()
        table.setMinimumHeight(
            table.horizontalHeader().height() + 4 + sum(table.rowHeight(r) for r in range(table.rowCount()))
        )

    def _fill_result(self, table: QTableWidget, row: int, item: PulseItem) -> None:
        columns = len(item.question.options)
        percent = item.positive_percent
        result = (
            "–"
            if item.responses == 0
            else f"hidden (<{MIN_RESPONSES})"
            if percent is None
            else f"{percent:.0f}% positive"
        )
        for column, text in ((columns, str(item.responses)), (columns + 1, result)):
            cell = QTableWidgetItem(text)
            cell.setFlags(READ_ONLY)
            cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            cell.setToolTip(item.summary())
            cell.setData(Qt.ItemDataRole.AccessibleTextRole, f"{item.question.text}: {item.summary()}")
            table.setItem(row, column, cell)

    # -- results over the quarters ------------------------------------------------------------------
    def _fill_results(self) -> None:
        table = self.ui.resultsTable
        selected = max(table.currentRow(), 0)
        self.series = self.store.pulse.results(self.ward_id) if self.ward_id else []
        quarters = self.series[0].quarters if self.series else ()
        table.blockSignals(True)
        table.setColumnCount(len(quarters) + 1)
        table.setHorizontalHeaderLabels(["Question", *(short_quarter_label(q) for q in quarters)])
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.setRowCount(len(self.series))
        for row, series in enumerate(self.series):
            question = QTableWidgetItem(series.question.text)
            question.setFlags(READ_ONLY)
            table.setItem(row, 0, question)
            for column, (percent, n) in enumerate(zip(series.percents, series.responses, strict=False), start=1):
                text = "–" if n == 0 else (f"hidden (<{MIN_RESPONSES})" if percent is None else f"{percent:.0f}%")
                cell = QTableWidgetItem(text)
                cell.setFlags(READ_ONLY)
                cell.setData(
                    Qt.ItemDataRole.AccessibleTextRole,
                    f"{short_quarter_label(quarters[column - 1])}: {text}"
                    + (f" {POSITIVE_WORDS[series.question.scale]}, {n} answers" if percent is not None else ""),
                )
                table.setItem(row, column, cell)
        self._fit_rows(table)
        table.blockSignals(False)
        if self.series:
            table.selectRow(min(selected, len(self.series) - 1))
        self.ui.resultsLabel.setText(
            "% positive per question (choose a row to chart it)"
            if self.series
            else "No pulse entered yet: choose a quarter above and type in the counts."
        )

    def _draw_results(self) -> None:
        row = self.ui.resultsTable.currentRow()
        if not 0 <= row < len(self.series) or not self.isVisible():
            return
        if self.results_chart is None:
            self.results_chart = PulseChart(self.ui.resultsChartHost)
            self.results_chart.setMinimumHeight(round(self.fontMetrics().height() * 14))
            self.ui.resultsChartLayout.addWidget(self.results_chart)
        self.results_chart.set_series(self.series[row])

    # -- saving -----------------------------------------------------------------------------------
    def _count_edited(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        self._changed()

    def read_more(self, survey: PulseSurvey) -> PulseSurvey:
        items = list(survey.items)
        for table in (self.ui.frequencyTable, self.ui.agreementTable):
            commit_open_editor(table)
        for table in (self.ui.frequencyTable, self.ui.agreementTable):
            for row in range(0, table.rowCount(), 2):
                index = int(table.item(row, 0).data(Qt.ItemDataRole.UserRole))
                item = items[index]
                counts = []
                for column, option in enumerate(item.question.options):
                    cell = table.item(row + 1, column)
                    text = (cell.text() if cell else "").strip()
                    if not text:
                        counts.append(0)
                    elif text.isdigit():
                        counts.append(int(text))
                    else:
                        raise ValidationError(
                            f"'{text}' is not a whole number of people ({item.question.text}: "
                            f"{option}). Type a count such as 3, or leave it empty for none."
                        )
                items[index] = PulseItem(item.question, tuple(counts))
        return replace(survey, items=tuple(items))

    def read_form(self) -> PulseSurvey:
        return self.read()

    def save_record(self, survey: PulseSurvey) -> tuple[PulseSurvey, Changes]:
        return self.store.pulse.save(survey)

    def after_save(self, saved: PulseSurvey) -> None:
        was, self._loading = self._loading, True
        for table in (self.ui.frequencyTable, self.ui.agreementTable):
            for row in range(0, table.rowCount(), 2):
                index = int(table.item(row, 0).data(Qt.ItemDataRole.UserRole))
                self._fill_result(table, row + 1, saved.items[index])
        self._loading = was
        index = self.ui.quarter.currentIndex()
        self.ui.quarter.setItemText(index, quarter_label(saved.quarter_start))
        self.ui.deletePulse.setEnabled(not self.store.read_only)
        self._fill_results()
        self._charts_stale = True
        if self.isVisible():
            self._draw_results()

    def delete(self) -> None:
        from app.ui import prompts

        if self.survey is None or not self.survey.is_saved:
            return
        if not prompts.ask_yes_no(
            self, "Delete pulse", f"Delete the pulse counts for {self.survey.label}?", yes="Delete", no="Keep them"
        ):
            return
        try:
            changes = self.store.pulse.delete(self.survey)
        except WardHuddleError as error:
            show_message(self.ui.message, str(error), error=True)
            return
        self.discard_draft()
        self.autosave.clear()
        self.load(self.ward_id)
        show_message(self.ui.message, "The pulse for that quarter was deleted.")
        self.changed.emit(changes)
