"""The tables and progress bars of the Export and import page: column headings, filling a table
with rows of text, short file names, and progress carried from a worker thread to a bar."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem

from app.domain.uk_dates import format_stamp

IMPORT_COLUMNS = (
    "File",
    "Result",
    "Inserted",
    "Updated",
    "Unchanged",
    "Older than held",
    "Deleted",
    "Conflicts",
    "Held back",
    "Details",
)
WARD_COLUMNS = (
    "Ward",
    "Code",
    "Files",
    "Last file",
    "Exported",
    "Received",
    "Missing numbers",
    "Anomalies",
)
HISTORY_COLUMNS = ("Made", "Week", "Number", "File", "Records")
PENDING_COLUMNS = ("Ward in the files", "Device", "Files", "Export numbers", "Received")
CONFLICT_COLUMNS = ("Record", "Ward", "Revision", "Versions")
QUARANTINE_COLUMNS = ("When", "File", "Record", "Why")


def short_name(file_name: str) -> str:
    """ "huddle-export_RX9_W7_3f2a9c1e_00012_2026-03-16.zip" -> "RX9_W7_3f2a9c1e_00012_2026-03-16"."""
    if file_name.startswith("huddle-export_") and file_name.endswith(".zip"):
        return file_name[len("huddle-export_") : -4]
    return file_name


def when(text: str) -> str:
    """A stored UTC time in the PC's own time, UK style (never UTC on screen)."""
    return format_stamp(text)


def setup_table(table: QTableWidget, columns: tuple[str, ...], stretch: int | None = None) -> None:
    table.setColumnCount(len(columns))
    table.setHorizontalHeaderLabels(list(columns))
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    else:
        header.setStretchLastSection(True)
    table.verticalHeader().setVisible(False)


def fill_table(table: QTableWidget, rows: list[tuple[str, ...]]) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.setItem(r, c, QTableWidgetItem(value))


class Progress(QObject):
    """Carries progress from a worker thread to the bar (queued across threads)."""

    moved = Signal(int, int, str)

    def __call__(self, done: int, total: int, message: str) -> None:
        self.moved.emit(done, total, message)


def narrow_file_column(table: QTableWidget) -> None:
    """File names are long: show about 24 characters (elided in the middle, whole on hover)
    so the details column keeps its room."""
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
    table.setColumnWidth(0, table.fontMetrics().averageCharWidth() * 34)
    table.setTextElideMode(Qt.TextElideMode.ElideMiddle)


def show_progress(bar, done: int, total: int, message: str) -> None:
    bar.setMaximum(max(total, 1))
    bar.setValue(min(done, max(total, 1)))
    bar.setFormat(f"{message} (%p%)" if message else "%p%")
