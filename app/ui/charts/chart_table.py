"""Every point of a chart as a table (date, value, signal in words, notes and marks): what the
hover callout says, reachable by keyboard and read by screen readers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from app.domain.chart_figure import ChartFigure

COLUMNS = ("Date", "Value", "Signal", "Notes and marks")


class PointsTable(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(COLUMNS), parent)
        self.setHorizontalHeaderLabels(COLUMNS)
        self.setAccessibleName("Chart points as a table")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setTabKeyNavigation(False)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # the signal in words
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.setWordWrap(True)
        self._figure: ChartFigure | None = None

    def fill(self, figure: ChartFigure) -> None:
        """Filled when shown (a 5-year daily chart is 1,800 rows)."""
        self._figure = figure
        if self.isVisible():
            self._fill()

    def showEvent(self, event) -> None:  # Qt override
        super().showEvent(event)
        self._fill()

    def _fill(self) -> None:
        figure = self._figure
        points = figure.points if figure is not None else []
        self.setRowCount(len(points))
        for row, p in enumerate(points):
            for col, text in enumerate((p.date_text, p.value_text, p.signal, "; ".join(p.extra))):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{COLUMNS[col]}: {text or 'none'}")
                item.setToolTip(text)
                self.setItem(row, col, item)
        self.setColumnWidth(3, self.fontMetrics().horizontalAdvance("M") * 14)
        if points:
            self.scrollToBottom()
