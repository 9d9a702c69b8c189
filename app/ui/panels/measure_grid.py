"""The data grid's columns and its Qt model: one row per period (or event), the value or the
numerator and denominator, the worked-out percentage or rate, the note and the exclusion."""

from __future__ import annotations

from datetime import date
from typing import Any, NamedTuple

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QColor

from app.domain.measure import DataPoint, MeasureDetails, period_label

NUMBER_KEYS = ("value", "numerator", "denominator", "computed")


class Column(NamedTuple):
    key: str  # period / value / numerator / denominator / computed / note / excluded
    title: str
    editable: bool


def columns_for(details: MeasureDetails) -> list[Column]:
    freq = details.frequency
    first = {"daily": "Day", "weekly": "Week commencing", "monthly": "Month", "event": "Event date"}[freq]
    cols = [Column("period", first, freq == "event")]
    kind = details.data_kind
    if kind == "percentage":
        cols += [
            Column("numerator", "Numerator", True),
            Column("denominator", "Denominator", True),
            Column("computed", "%", False),
        ]
    elif kind == "rate":
        cols += [
            Column("numerator", "Events (numerator)", True),
            Column("denominator", f"Denominator ({details.unit})" if details.unit else "Denominator", True),
            Column("computed", f"Rate per {details.rate_per:,}", False),
        ]
    elif kind == "days_between":
        cols += [Column("computed", "Days since the previous event", False)]
    else:
        cols += [Column("value", f"Value ({details.unit})" if details.unit else "Value", True)]
    cols += [Column("note", "Note", True), Column("excluded", "Excluded from the calculations", False)]
    return cols


def _number_text(value: float | None, *, for_editing: bool = False) -> str:
    if value is None:
        return ""
    if for_editing:
        return f"{value:.10g}"
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.10g}" if abs(value) >= 1000 else f"{value:.4g}" if abs(value) < 1 else f"{round(value, 2):,}"


class DataGridModel(QAbstractTableModel):
    """Rows of (period or None for the new-event row, stored point or None)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.details = MeasureDetails(name="")
        self.columns: list[Column] = columns_for(self.details)
        self.rows: list[tuple[date | None, DataPoint | None]] = []
        self.computed: dict[date, float | None] = {}
        self.read_only = True
        self.edit_handler = lambda _row, _key, _text: False

    def set_rows(
        self,
        details: MeasureDetails,
        rows: list[tuple[date | None, DataPoint | None]],
        computed: dict[date, float | None],
        read_only: bool,
    ) -> None:
        self.beginResetModel()
        self.details, self.rows, self.computed, self.read_only = details, rows, computed, read_only
        self.columns = columns_for(details)
        self.endResetModel()

    def update_row(self, row: int, point: DataPoint | None, computed: dict[date, float | None]) -> None:
        period = self.rows[row][0]
        self.rows[row] = (period, point)
        self.computed = computed
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))
        col = self.column_of("computed")
        if col >= 0 and self.rows:
            self.dataChanged.emit(self.index(0, col), self.index(len(self.rows) - 1, col))

    def column_of(self, key: str) -> int:
        return next((i for i, c in enumerate(self.columns) if c.key == key), -1)

    # -- Qt model -------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid() or self.read_only:
            return base
        column = self.columns[index.column()]
        period, _point = self.rows[index.row()]
        if column.key == "period":
            return base | Qt.ItemFlag.ItemIsEditable if period is None else base
        return base | Qt.ItemFlag.ItemIsEditable if column.editable else base

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        key = self.columns[index.column()].key
        period, point = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            editing = role == Qt.ItemDataRole.EditRole
            if key == "period":
                if period is None:
                    return "" if editing else "New event: type its date"
                return period.strftime("%d/%m/%Y") if editing else period_label(period, self.details.frequency)
            if key == "computed":
                value = self.computed.get(period) if period else None
                if value is not None and self.details.is_ratio:
                    return f"{value:.1f}" if self.details.data_kind == "percentage" else f"{value:.2f}"
                return _number_text(value)
            if point is None:
                return ""
            if key in ("value", "numerator", "denominator"):
                return _number_text(getattr(point, key), for_editing=editing)
            if key == "note":
                return point.note
            if key == "excluded":
                return f"Excluded: {point.exclude_reason}" if point.excluded else ""
        if role == Qt.ItemDataRole.TextAlignmentRole and key in NUMBER_KEYS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and (key == "computed" or (key == "period" and period is None)):
            return QColor("#4c6272")
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "computed":
                return "Worked out for you from the other columns."
            if key == "excluded" and point is not None and point.excluded:
                return (
                    f"Left out of the centre line, limits and rules (still shown on the chart): {point.exclude_reason}"
                )
        return None

    def setData(self, index: QModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        return bool(
            self.edit_handler(index.row(), self.columns[index.column()].key, "" if value is None else str(value))
        )
